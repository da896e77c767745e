//! Weekdays, with the date written beside them or alone.
//!
//! In: a [`Scan`] and the token a weekday (or "hari" before one) may start at. Out, pushed:
//! - beside a date ("Kamis (21/8/2025)", "Kamis, 21 Agustus 2025", "Sabtu (26/4)", "Minggu,
//!   (7/6/2024)", "Monday, April 28, 2025"): a weekday mention over the weekday word that keeps the date's
//!   expression in `beside`, and a date mention over the date. It records what is written; that
//!   29/4/2025 was no Monday is for a later check to say. Beside a date that does not exist
//!   ("Minggu (29/2/2018)") there is no date mention, and the weekday keeps where that date
//!   stands in `beside_void`.
//! - alone ("pada hari Rabu", "pada Jumat", "on Wednesday"): a weekday mention, and a date mention
//!   (over "hari Rabu" or "Jumat") naming the latest such day on or before the article's date;
//!   after "last", the latest before it ("last Thursday" said on a Thursday is a week back);
//!   after "next", the first after it, which names a day only where it is also next week's
//!   ([`WhichWeekday::Next`]). A weekday that names no single day ("Jumat depan", "this Friday",
//!   "setiap Jumat", "the next Friday" of a story) gets the weekday mention only.
//! - told by its week ("Wednesday of next week", "Sunday from last week", "Thursday last week",
//!   "last week's Sunday"): a weekday mention, and a date mention over the whole, that week's
//!   day. Without "of" or "from" the week must close the phrase ("said Friday last week was …"
//!   leaves the weekday alone and the week to itself).
//! - before a day of a month not named ("Tuesday the 19th", "Tuesday 19th"): a weekday mention,
//!   and a date mention over the day: of the last such day and the next, the one that is that
//!   weekday ([`DateExpr::DayOfMonth`]).
//!
//! English weekdays count only capitalized, or in lower case where their week is told ("last
//! sunday", "wednesday of next week"); Indonesian ones capitalized or after "hari"/"pada".
//! "Minggu" before "lalu"/"ini"/"depan" is a week, and after a count ("Dua Minggu") a duration.
//! A weekday alone after a capitalized word ("Pasar Minggu", "Good Friday") or before a holy day's
//! name ("Jumat Agung") is part of a name and yields nothing.

use chrono::Weekday;

use super::lexicon;
use super::tokens::{day_at, is_count, word_at, word_before};
use super::{Hit, absolute, date_mention, weekday_mention};
use crate::clock;
use crate::extract::Scan;
use crate::mention::{DateExpr, Mention, Value, WhichWeekday};
use crate::token::TokenKind;

/// Reads the weekday starting at token `i`, pushes its mentions and returns the last token read.
pub(super) fn read(scan: &Scan, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
    if let Some(last) = of_a_week_before(scan, i, out) {
        return Some(last);
    }
    let after_hari = scan.is_word(i, "hari");
    let at = if after_hari { i + 1 } else { i };
    let day = weekday_at(scan, at, after_hari)?;
    // "Sabtu malam, 1 Oktober 2022", "Rabu dini hari, 2 Juli 2025", "Sunday morning, June 18":
    // weekday, part of the day and date are one expression.
    let beside = date_beside(scan, at + 1).or_else(|| {
        let part = parts_of_day_after(scan, at + 1)?;
        date_beside(scan, at + 1 + part)
            .filter(|_| scan.is_punct(at + 1 + part, ',') || scan.is_punct(at + 1 + part, '('))
    });
    if let Some((date, last)) = beside {
        // Beside a date that does not exist, the weekday is still written, but names no date;
        // where that date stands is kept, for a check to say it names no day.
        let mut weekday = weekday_mention(scan, at, day, date.expr);
        if let Value::Weekday(w) = &mut weekday.value
            && date.expr.is_none()
        {
            w.beside_void = Some(scan.span(date.first, date.last));
        }
        out.push(weekday);
        out.extend(date_mention(scan, date));
        return Some(last);
    }
    if !after_hari && in_a_name(scan, at) {
        return None;
    }
    // "Tuesday the 19th", "Tuesday 19th": a day of a month not named, which the weekday must
    // be (never the last Tuesday). The weekday keeps no date beside it: the day is picked by
    // it, so there is nothing left to compare.
    // Before a noun ("Tuesday 19th anniversary") the day names nothing.
    if let Some((dd, first, last)) = absolute::day_of_unnamed_month(scan, at + 1) {
        out.push(weekday_mention(scan, at, day, None));
        if absolute::closes_a_day(scan, last + 1) {
            let expr = DateExpr::DayOfMonth { day: dd, weekday: Some(day) };
            out.extend(date_mention(scan, Hit::new(first, last, expr)));
        }
        return Some(last);
    }
    // "Sabtu sore ini", "Senin pagi tadi", "Hari ini, Senin": the article's own day, which the
    // weekday must be.
    if is_today(scan, at) {
        out.push(weekday_mention(scan, at, day, Some(DateExpr::DayOffset(0))));
        return Some(at);
    }
    out.push(weekday_mention(scan, at, day, None));
    // "Wednesday of next week", "Sunday from last week", "Thursday last week": that week's
    // day, the week's words in the span.
    if let Some((weeks, last)) = week_after(scan, at + 1).filter(|_| !in_a_range(scan, at)) {
        let expr = DateExpr::Weekday { day, which: WhichWeekday::OfWeek(weeks) };
        out.extend(date_mention(scan, Hit::new(i, last, expr)));
        return Some(last);
    }
    if let Some(which) = which_day(scan, at) {
        let expr = DateExpr::Weekday { day, which };
        out.extend(date_mention(scan, Hit::new(i, at, expr)));
    }
    Some(at)
}

/// "last week's Sunday", "next week's Wednesday", starting at token `i`: the weekday of a week
/// told from the article's, its mentions pushed; the weekday's token.
fn of_a_week_before(scan: &Scan, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
    let weeks = lexicon::EN_DIRECTIONS.find(word_at(scan, i))?;
    if !matches!(word_at(scan, i + 1), "week's" | "week’s") || word_before(scan, i) == "the" {
        return None;
    }
    let (day, true) = lexicon::WEEKDAYS.find(word_at(scan, i + 2))? else {
        return None;
    };
    out.push(weekday_mention(scan, i + 2, day, None));
    let expr = DateExpr::Weekday { day, which: WhichWeekday::OfWeek(weeks) };
    out.extend(date_mention(scan, Hit::new(i, i + 2, expr)));
    Some(i + 2)
}

/// The words of a week told from the article's, from token `i`, after a weekday: "of next
/// week", "from last week", "this week", "last week" ("Thursday last week"). How many weeks
/// from the article's, and the last token.
///
/// Without "of" or "from" the week must close a phrase: in "officials said Friday last week
/// was the deadliest" the weekday is the day of saying and the week is the clause's subject.
fn week_after(scan: &Scan, i: usize) -> Option<(i32, usize)> {
    const CLOSERS: &[&str] =
        &["after", "and", "at", "before", "in", "on", "to", "when", "while", "with"];
    let joined = matches!(word_at(scan, i), "of" | "from");
    let at = if joined { i + 1 } else { i };
    let weeks = lexicon::EN_DIRECTIONS.find(word_at(scan, at))?;
    let after = at + 2;
    let closes = match scan.kind(after) {
        None | Some(TokenKind::Punct) => true,
        Some(_) if scan.newline_before(after) => true,
        Some(TokenKind::Word) => CLOSERS.contains(&scan.lower(after)),
        Some(TokenKind::Digits) => false,
    };
    (scan.is_word(at + 1, "week") && (joined || closes)).then_some((weeks, at + 1))
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
    let (day, english) = lexicon::WEEKDAYS.find(word_at(scan, i))?;
    let minggu = scan.is_word(i, "minggu");
    let after_pada = word_before(scan, i) == "pada" && !minggu;
    // An English weekday in lower case counts where its week is told: "last sunday", "next
    // monday", "wednesday of next week".
    let bound = english
        && (matches!(word_before(scan, i), "last" | "next") || week_after(scan, i + 1).is_some());
    if !(scan.is_capitalized(i) || (!english && (after_hari || after_pada)) || bound) {
        return None;
    }
    if minggu && !after_hari {
        // "Minggu lalu", "Minggu ke-3", "Minggu pertama": a week, not a Sunday.
        let a_week = lexicon::ID_DIRECTIONS.find(word_at(scan, i + 1)).is_some()
            || matches!(word_at(scan, i + 1), "ke" | "pertama" | "kedua" | "ketiga" | "terakhir");
        let a_duration = i.checked_sub(1).is_some_and(|p| is_count(scan, p));
        if a_week || a_duration {
            return None;
        }
    }
    Some(day)
}

/// The tokens of a part of the day between the weekday at token `i` (or "hari" before it) and
/// the date it was read with, up to token `last`: "malam" in "Sabtu malam, 1 Oktober 2022".
pub(super) fn part_inside(scan: &Scan, i: usize, last: usize) -> Option<(usize, usize)> {
    // Most dates stand right against their weekday, or after a comma or bracket.
    if last < i + 3 {
        return None;
    }
    let at = if scan.is_word(i, "hari") { i + 1 } else { i };
    let n = parts_of_day_after(scan, at + 1)?;
    (at + n < last).then_some((at + 1, at + n))
}

/// How many words a part of the day takes from token `i` ("malam", "dini hari", "early
/// morning"), with "hari" after it ("pagi hari"); none if no part stands there.
fn parts_of_day_after(scan: &Scan, i: usize) -> Option<usize> {
    if scan.kind(i) != Some(TokenKind::Word) {
        return None;
    }
    let words = [scan.lower(i), word_at(scan, i + 1)];
    let (_, taken) = clock::part_of_day(&words)?;
    Some(if taken == 1 && words[1] == "hari" { 2 } else { taken })
}

/// The date of one day written right after a weekday, after a comma or between parentheses:
/// the date, and the last token read (the closing parenthesis, if any).
fn date_beside(scan: &Scan, i: usize) -> Option<(Hit, usize)> {
    // "Minggu, (7/6/2024)": a comma may stand before the bracket too.
    let comma = scan.is_punct(i, ',');
    let paren = scan.is_punct(i, '(') || (comma && scan.is_punct(i + 1, '('));
    let mut at = match (comma, paren) {
        (true, true) => i + 2,
        (true, false) | (false, true) => i + 1,
        (false, false) => i,
    };
    // "Tuesday the 19th of March": "the" before a day said with its suffix.
    if !paren && scan.is_word(at, "the") && day_at(scan, at + 1).is_some_and(|(_, a)| a == at + 3) {
        at += 1;
    }
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

/// The weekday at `i` is one end of a span of days, every week: "Senin-Jumat", "Senin hingga
/// Jumat", "Monday to Friday".
fn in_a_range(scan: &Scan, i: usize) -> bool {
    let weekday = |j: usize| lexicon::WEEKDAYS.find(word_at(scan, j)).is_some();
    let joins = |j: usize| {
        scan.is_punct(j, '-') || matches!(word_at(scan, j), "hingga" | "sampai" | "to" | "through")
    };
    (joins(i + 1) && weekday(i + 2)) || i.checked_sub(2).is_some_and(|p| joins(p + 1) && weekday(p))
}

/// Which single day the weekday at `i`, standing alone, names: the latest such day ("pada
/// Jumat", "on Friday"), the one before the article's day ("last Friday") or after it ("next
/// Friday"). None for "Jumat depan", "setiap Jumat", "this Friday", "Kamis pekan lalu" (whose
/// week is read on its own), nor after "the" ("the next Friday" follows a day of the story,
/// "the last Friday" of a month is counted within it).
fn which_day(scan: &Scan, i: usize) -> Option<WhichWeekday> {
    let before = word_before(scan, i);
    let after = word_at(scan, i + 1);
    let week_follows = matches!(after, "pekan" | "minggu")
        || (matches!(after, "last" | "next" | "this") && scan.is_word(i + 2, "week"));
    if lexicon::has(lexicon::NOT_PAST_AFTER, after) || week_follows || in_a_range(scan, i) {
        return None;
    }
    let the = i.checked_sub(1).is_some_and(|p| word_before(scan, p) == "the");
    match before {
        "last" | "next" if the => None,
        "last" => Some(WhichWeekday::Before),
        "next" => Some(WhichWeekday::Next),
        _ if lexicon::has(lexicon::NOT_PAST_BEFORE, before) => None,
        _ => Some(WhichWeekday::Latest),
    }
}
