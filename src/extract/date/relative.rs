//! Dates written relative to the article's date: "tahun lalu", "Juni tahun lalu", "bulan lalu",
//! "pekan lalu", "kemarin", "hari ini", "last year", "June last year", "the previous year",
//! "dua tahun lalu", "three weeks ago", "kemarin lusa", "the day after tomorrow", "3 hari lagi",
//! "4 bln lalu", "a fortnight ago", "in 7 days", "3 years from today", "next yr".
//!
//! In: a [`Scan`] and the token a date may start at. Out: a [`Hit`] whose expression is one of the
//! relative [`DateExpr`]s; resolving it is [`DateExpr::resolve`]'s job, given the article's date.
//!
//! A unit after a count is a duration ("dua minggu", "beberapa hari lalu") and is left to the
//! number parser, unless "lalu"/"ago" makes it a distance back in time with an exact count
//! ("dua tahun lalu"). English "the last year" is the past twelve months, not last year.

use super::Hit;
use super::lexicon::{self, Unit};
use super::tokens::word_before;
use super::tokens::{after_month, day_at, is_count, joined_after, month_at, small_number, word_at};
use crate::extract::Scan;
use crate::mention::DateExpr;

pub(super) fn read(scan: &Scan, i: usize) -> Option<Hit> {
    day_word(scan, i)
        .or_else(|| month_of_relative_year(scan, i))
        .or_else(|| unit_then_direction(scan, i))
        .or_else(|| direction_then_unit(scan, i))
        .or_else(|| ago(scan, i))
}

fn offset(unit: Unit, n: i32) -> DateExpr {
    match unit {
        Unit::Fortnight => DateExpr::DayOffset(n.saturating_mul(14)),
        Unit::Year => DateExpr::YearOffset { years: n, month: None, day: None },
        Unit::Month => DateExpr::MonthOffset(n),
        Unit::Week => DateExpr::WeekOffset(n),
        Unit::Day => DateExpr::DayOffset(n),
    }
}

/// A unit noun at token `i` ("tahun", "year", "year's"): the unit, and whether it is Indonesian.
fn unit_at(scan: &Scan, i: usize) -> Option<(Unit, bool)> {
    let word = word_at(scan, i);
    let word = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
    lexicon::UNITS.find(word)
}

/// "kemarin", "yesterday", "today", "besok", "tomorrow", "lusa"; two days away in two words:
/// "kemarin lusa" and "kemarin dulu" (the day before yesterday), "besok lusa", "day after
/// tomorrow", "day before yesterday" (span without "the"). The two-word forms are read
/// first: "kemarin lusa" is never yesterday, nor "the day after tomorrow" tomorrow.
fn day_word(scan: &Scan, i: usize) -> Option<Hit> {
    let word = word_at(scan, i);
    let next = word_at(scan, i + 1);
    let two_days = match (word, next) {
        ("kemarin", "lusa" | "dulu") => Some((-2, i + 1)),
        ("besok", "lusa") => Some((2, i + 1)),
        ("day", "after") if scan.is_word(i + 2, "tomorrow") => Some((2, i + 2)),
        ("day", "before") if scan.is_word(i + 2, "yesterday") => Some((-2, i + 2)),
        _ => None,
    };
    if let Some((days, last)) = two_days {
        return Some(Hit::new(i, last, DateExpr::DayOffset(days)));
    }
    let days = lexicon::DAY_WORDS.find(word)?;
    Some(Hit::new(i, i, DateExpr::DayOffset(days)))
}

/// "Juni tahun lalu", "bulan April tahun ini", "June last year", "June of last year", with the
/// day of the month before it or after it: "2 Juni tahun lalu", "Dec. 12 last year", "Dec. 12 of
/// last year".
fn month_of_relative_year(scan: &Scan, i: usize) -> Option<Hit> {
    let (mut day, at) = match day_at(scan, i) {
        Some((day, after)) => (Some(day), after),
        None if scan.is_word(i, "bulan") => (None, i + 1),
        None => (None, i),
    };
    let (month, form) = month_at(scan, at)?;
    let mut j = after_month(scan, at, form);
    if day.is_none()
        && let Some((after_day, after)) = day_at(scan, j)
    {
        (day, j) = (Some(after_day), after);
        if scan.is_punct(j, ',') {
            j += 1;
        }
    }
    if scan.is_word(j, "of") {
        j += 1;
    }
    let years = if scan.is_word(j, "tahun") {
        lexicon::ID_DIRECTIONS.find(word_at(scan, j + 1))?
    } else if unit_at(scan, j + 1) == Some((Unit::Year, false)) {
        lexicon::EN_DIRECTIONS.find(word_at(scan, j))?
    } else {
        return None;
    };
    Some(Hit::new(i, j + 1, DateExpr::YearOffset { years, month: Some(month), day }))
}

/// "tahun lalu", "bulan ini", "pekan depan", "minggu lalu", "hari ini". Not after a count
/// ("dua minggu", "beberapa hari lalu") nor in a reduplication ("tahun-tahun sebelumnya").
fn unit_then_direction(scan: &Scan, i: usize) -> Option<Hit> {
    let (unit, true) = unit_at(scan, i)? else {
        return None;
    };
    let after_count = i.checked_sub(1).is_some_and(|p| is_count(scan, p));
    if after_count || joined_after(scan, i, '-') {
        return None;
    }
    let n = lexicon::ID_DIRECTIONS.find(word_at(scan, i + 1))?;
    // Of the days only "hari ini" is said: "hari lalu" is the tail of "beberapa hari lalu".
    if unit == Unit::Day && n != 0 {
        return None;
    }
    Some(Hit::new(i, i + 1, offset(unit, n)))
}

/// "last year", "this month", "next week", "the previous year" (span without "the"). Not "the
/// last year", "the next month": spans of time, not calendar units.
fn direction_then_unit(scan: &Scan, i: usize) -> Option<Hit> {
    let n = lexicon::EN_DIRECTIONS.find(word_at(scan, i))?;
    let (unit, false) = unit_at(scan, i + 1)? else {
        return None;
    };
    let singular = !matches!(
        word_at(scan, i + 1),
        "years" | "yrs" | "months" | "weeks" | "days" | "fortnights"
    );
    let span_of_time = word_before(scan, i) == "the" && !scan.is_word(i, "previous");
    if matches!(unit, Unit::Day | Unit::Fortnight) || !singular || span_of_time {
        return None;
    }
    Some(Hit::new(i, i + 1, offset(unit, n)))
}

/// A distance from the article's day: back ("dua tahun lalu", "3 hari yang lalu", "setahun
/// lalu", "two weeks ago", "a fortnight ago") or ahead ("3 hari lagi", "7 days hence", "3 years
/// from today", "a day from now"; "in 7 days", "dalam 3 hari" only where the sentence speaks of
/// the future or the phrase opens it, since "doubled in two years" is a span of the past). A
/// distance in days is a day; in weeks, months or years that week, month or year.
fn ago(scan: &Scan, i: usize) -> Option<Hit> {
    let (n, unit, next) = match lexicon::ONE_UNIT_WORDS.find(word_at(scan, i)) {
        Some(unit) => (1, unit, i + 1),
        None => {
            let word = word_at(scan, i);
            let n = small_number(scan, i, 3)
                .or_else(|| lexicon::NUMBER_WORDS.find(word))
                .or_else(|| matches!(word, "a" | "an").then_some(1))?;
            (n, unit_at(scan, i + 1)?.0, i + 2)
        }
    };
    let n = i32::try_from(n).ok().filter(|&n| n > 0)?;
    let (last, sign) = if ["lalu", "silam", "ago"].iter().any(|w| scan.is_word(next, w)) {
        (next, -1)
    } else if scan.is_word(next, "yang") && scan.is_word(next + 1, "lalu") {
        (next + 1, -1)
    } else if scan.is_word(next, "lagi") || scan.is_word(next, "hence") {
        (next, 1)
    } else if scan.is_word(next, "from") && matches!(word_at(scan, next + 1), "now" | "today") {
        (next + 1, 1)
    } else if ahead_after_preposition(scan, i, next) {
        (next - 1, 1)
    } else {
        return None;
    };
    Some(Hit::new(i, last, offset(unit, sign * n)))
}

/// "in 7 days", "in a week", "dalam 3 hari": the count at `i` follows "in"/"dalam", the phrase
/// ends before `next`, and it names a day ahead: the sentence speaks of the future, or the
/// phrase opens it. Not a span: "dalam 3 hari terakhir", "in 3 years of war".
fn ahead_after_preposition(scan: &Scan, i: usize, next: usize) -> bool {
    let Some(before) = i.checked_sub(1) else { return false };
    if !(scan.is_word(before, "in") || scan.is_word(before, "dalam")) {
        return false;
    }
    const SPANS: &[&str] =
        &["terakhir", "pertama", "belakangan", "ini", "of", "terakhirnya", "sejak", "since"];
    if SPANS.contains(&word_at(scan, next)) || scan.is_punct(next, '\'') {
        return false;
    }
    let opens = before == 0
        || scan.newline_before(before)
        || [".", "!", "?"].contains(&scan.raw(before - 1));
    opens || super::is_ahead(scan, before, next - 1)
}
