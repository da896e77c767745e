//! Weekdays, with the date written beside them or alone.
//!
//! In: a [`Scan`] and the token a weekday (or "hari" before one) may start at. Out, pushed:
//! - beside a date ("Kamis (21/8/2025)", "Kamis, 21 Agustus 2025", "Sabtu (26/4)", "Minggu,
//!   (7/6/2024)", "Monday, April 28, 2025"): a weekday mention over the weekday word that keeps the date's
//!   expression in `beside`, and a date mention over the date. It records what is written; that
//!   29/4/2025 was no Monday is for a later check to say.
//! - alone ("pada hari Rabu", "pada Jumat", "on Wednesday"): a weekday mention, and a date mention
//!   (over "hari Rabu" or "Jumat") naming the latest such day on or before the article's date.
//!   A weekday that names no single past day ("Jumat depan", "next Friday", "setiap Jumat") gets
//!   the weekday mention only.
//!
//! English weekdays count only capitalized; Indonesian ones capitalized or after "hari"/"pada".
//! "Minggu" before "lalu"/"ini"/"depan" is a week, and after a count ("Dua Minggu") a duration.
//! A weekday alone after a capitalized word ("Pasar Minggu", "Good Friday") or before a holy day's
//! name ("Jumat Agung") is part of a name and yields nothing.

use chrono::Weekday;

use super::lexicon;
use super::tokens::{day_at, is_count, word_at, word_before};
use super::{Hit, absolute, date_mention, weekday_mention};
use crate::extract::Scan;
use crate::mention::{DateExpr, Mention};

/// Reads the weekday starting at token `i`, pushes its mentions and returns the last token read.
pub(super) fn read(scan: &Scan, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
    let after_hari = scan.is_word(i, "hari");
    let at = if after_hari { i + 1 } else { i };
    let day = weekday_at(scan, at, after_hari)?;
    if let Some((date, last)) = date_beside(scan, at + 1) {
        // Beside a date that does not exist, the weekday is still written, but names no date.
        out.push(weekday_mention(scan, at, day, date.expr));
        out.extend(date_mention(scan, date));
        return Some(last);
    }
    if !after_hari && in_a_name(scan, at) {
        return None;
    }
    // "Tuesday the 19th", "Tuesday 19th": a day of a month not named, which no date form
    // holds; the weekday stands, and names no date (never the last Tuesday).
    if let Some(last) = day_of_unnamed_month(scan, at + 1) {
        out.push(weekday_mention(scan, at, day, None));
        return Some(last);
    }
    // "Sabtu sore ini", "Senin pagi tadi", "Hari ini, Senin": the article's own day, which the
    // weekday must be.
    if is_today(scan, at) {
        out.push(weekday_mention(scan, at, day, Some(DateExpr::DayOffset(0))));
        return Some(at);
    }
    out.push(weekday_mention(scan, at, day, None));
    if names_a_past_day(scan, at) {
        out.extend(date_mention(scan, Hit::new(i, at, DateExpr::LastWeekday(day))));
    }
    Some(at)
}

/// A day of the month written with an ordinal suffix from token `i`, after "the" perhaps
/// ("the 19th", "19th"), with no month after it: its last token.
fn day_of_unnamed_month(scan: &Scan, i: usize) -> Option<usize> {
    let at = if scan.is_word(i, "the") { i + 1 } else { i };
    let (_, after) = day_at(scan, at)?;
    let suffixed = after == at + 2;
    (suffixed && super::tokens::month_at(scan, after).is_none() && !scan.is_word(after, "of"))
        .then_some(after - 1)
}

/// The weekday at token `i` names the article's own day: a part of the day and "ini" or "tadi"
/// after it ("Sabtu sore ini", "Senin pagi tadi"), or "hari ini" and a comma before it ("Hari
/// ini, Senin, …").
fn is_today(scan: &Scan, i: usize) -> bool {
    const PARTS: &[&str] = &["pagi", "siang", "sore", "malam", "dini"];
    let mut j = i + 1;
    while PARTS.contains(&word_at(scan, j)) || scan.is_word(j, "hari") {
        j += 1;
    }
    let after = j > i + 1 && (scan.is_word(j, "ini") || scan.is_word(j, "tadi"));
    let before = i >= 3
        && scan.is_punct(i - 1, ',')
        && scan.is_word(i - 2, "ini")
        && scan.is_word(i - 3, "hari");
    after || before
}

/// The weekday named at token `i`.
fn weekday_at(scan: &Scan, i: usize, after_hari: bool) -> Option<Weekday> {
    let (day, english) = lexicon::find(lexicon::WEEKDAYS, word_at(scan, i))?;
    let minggu = scan.is_word(i, "minggu");
    let after_pada = word_before(scan, i) == "pada" && !minggu;
    if !(scan.is_capitalized(i) || (!english && (after_hari || after_pada))) {
        return None;
    }
    if minggu && !after_hari {
        // "Minggu lalu", "Minggu ke-3", "Minggu pertama": a week, not a Sunday.
        let a_week = lexicon::find(lexicon::ID_DIRECTIONS, word_at(scan, i + 1)).is_some()
            || matches!(word_at(scan, i + 1), "ke" | "pertama" | "kedua" | "ketiga" | "terakhir");
        let a_duration = i.checked_sub(1).is_some_and(|p| is_count(scan, p));
        if a_week || a_duration {
            return None;
        }
    }
    Some(day)
}

/// The date of one day written right after a weekday, after a comma or between parentheses:
/// the date, and the last token read (the closing parenthesis, if any).
fn date_beside(scan: &Scan, i: usize) -> Option<(Hit, usize)> {
    // "Minggu, (7/6/2024)": a comma may stand before the bracket too.
    let comma = scan.is_punct(i, ',');
    let paren = scan.is_punct(i, '(') || (comma && scan.is_punct(i + 1, '('));
    let at = match (comma, paren) {
        (true, true) => i + 2,
        (true, false) | (false, true) => i + 1,
        (false, false) => i,
    };
    let hit = absolute::day_beside(scan, at)?;
    if !paren {
        return Some((hit, hit.last));
    }
    scan.is_punct(hit.last + 1, ')').then_some((hit, hit.last + 1))
}

/// The weekday at `i`, standing alone, is part of a name: it follows a capitalized word on the
/// same line that is no preposition ("Pasar Minggu", "Good Friday"), or a holy day's name follows
/// it ("Jumat Agung").
fn in_a_name(scan: &Scan, i: usize) -> bool {
    let after_name = i.checked_sub(1).is_some_and(|p| {
        scan.is_capitalized(p)
            && !scan.newline_before(i)
            && !lexicon::has(lexicon::WEEKDAY_LEADS, scan.lower(p))
    });
    let holy = scan.is_capitalized(i + 1) && lexicon::has(lexicon::HOLY_DAYS, scan.lower(i + 1));
    after_name || holy
}

/// The weekday at `i`, standing alone, names a single day in the past: not "Jumat depan",
/// "next Friday", "setiap Jumat", nor "Kamis pekan lalu" (whose week is read on its own).
fn names_a_past_day(scan: &Scan, i: usize) -> bool {
    let before = word_before(scan, i);
    let after = word_at(scan, i + 1);
    // "Senin-Jumat", "Senin hingga Jumat", "Monday to Friday": a span of days, every week.
    let weekday = |j: usize| lexicon::find(lexicon::WEEKDAYS, word_at(scan, j)).is_some();
    let joins = |j: usize| {
        scan.is_punct(j, '-') || matches!(word_at(scan, j), "hingga" | "sampai" | "to" | "through")
    };
    let range = (joins(i + 1) && weekday(i + 2))
        || i.checked_sub(2).is_some_and(|p| joins(p + 1) && weekday(p));
    let week_follows = matches!(after, "pekan" | "minggu")
        || (matches!(after, "last" | "next" | "this") && scan.is_word(i + 2, "week"));
    !(lexicon::has(lexicon::NOT_PAST_BEFORE, before)
        || lexicon::has(lexicon::NOT_PAST_AFTER, after)
        || week_follows
        || range)
}
