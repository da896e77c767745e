//! Dates written relative to the article's date: "tahun lalu", "Juni tahun lalu", "bulan lalu",
//! "pekan lalu", "kemarin", "hari ini", "last year", "June last year", "the previous year",
//! "dua tahun lalu", "three weeks ago".
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
        Unit::Year => DateExpr::YearOffset { years: n, month: None },
        Unit::Month => DateExpr::MonthOffset(n),
        Unit::Week => DateExpr::WeekOffset(n),
        Unit::Day => DateExpr::DayOffset(n),
    }
}

/// A unit noun at token `i` ("tahun", "year", "year's"): the unit, and whether it is Indonesian.
fn unit_at(scan: &Scan, i: usize) -> Option<(Unit, bool)> {
    let word = word_at(scan, i);
    let word = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
    lexicon::find(lexicon::UNITS, word)
}

/// "kemarin", "yesterday", "today", "besok", "tomorrow".
fn day_word(scan: &Scan, i: usize) -> Option<Hit> {
    let days = lexicon::find(lexicon::DAY_WORDS, word_at(scan, i))?;
    Some(Hit::new(i, i, DateExpr::DayOffset(days)))
}

/// "Juni tahun lalu", "bulan April tahun ini", "June last year", "June of last year". A day before
/// the month ("2 Juni tahun lalu") is covered by the span but not kept: [`DateExpr`] has no form for
/// a day of a relative year, and the month is right where a day of this year would be wrong.
fn month_of_relative_year(scan: &Scan, i: usize) -> Option<Hit> {
    let at = match day_at(scan, i) {
        Some((_, after)) => after,
        None if scan.is_word(i, "bulan") => i + 1,
        None => i,
    };
    let (month, form) = month_at(scan, at)?;
    let mut j = after_month(scan, at, form);
    if scan.is_word(j, "of") {
        j += 1;
    }
    let years = if scan.is_word(j, "tahun") {
        lexicon::find(lexicon::ID_DIRECTIONS, word_at(scan, j + 1))?
    } else if unit_at(scan, j + 1) == Some((Unit::Year, false)) {
        lexicon::find(lexicon::EN_DIRECTIONS, word_at(scan, j))?
    } else {
        return None;
    };
    Some(Hit::new(i, j + 1, DateExpr::YearOffset { years, month: Some(month) }))
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
    let n = lexicon::find(lexicon::ID_DIRECTIONS, word_at(scan, i + 1))?;
    // Of the days only "hari ini" is said: "hari lalu" is the tail of "beberapa hari lalu".
    if unit == Unit::Day && n != 0 {
        return None;
    }
    Some(Hit::new(i, i + 1, offset(unit, n)))
}

/// "last year", "this month", "next week", "the previous year" (span without "the"). Not "the
/// last year", "the next month": spans of time, not calendar units.
fn direction_then_unit(scan: &Scan, i: usize) -> Option<Hit> {
    let n = lexicon::find(lexicon::EN_DIRECTIONS, word_at(scan, i))?;
    let (unit, false) = unit_at(scan, i + 1)? else {
        return None;
    };
    let singular = !matches!(word_at(scan, i + 1), "years" | "months" | "weeks" | "days");
    let span_of_time = word_before(scan, i) == "the" && !scan.is_word(i, "previous");
    if unit == Unit::Day || !singular || span_of_time {
        return None;
    }
    Some(Hit::new(i, i + 1, offset(unit, n)))
}

/// "dua tahun lalu", "3 hari yang lalu", "setahun lalu", "two weeks ago", "a year ago".
fn ago(scan: &Scan, i: usize) -> Option<Hit> {
    let (n, unit, next) = match lexicon::find(lexicon::ONE_UNIT_WORDS, word_at(scan, i)) {
        Some(unit) => (1, unit, i + 1),
        None => {
            let word = word_at(scan, i);
            let n = small_number(scan, i, 3)
                .or_else(|| lexicon::find(lexicon::NUMBER_WORDS, word))
                .or_else(|| matches!(word, "a" | "an").then_some(1))?;
            (n, unit_at(scan, i + 1)?.0, i + 2)
        }
    };
    let last = if ["lalu", "silam", "ago"].iter().any(|w| scan.is_word(next, w)) {
        next
    } else if scan.is_word(next, "yang") && scan.is_word(next + 1, "lalu") {
        next + 1
    } else {
        return None;
    };
    let n = i32::try_from(n).ok().filter(|&n| n > 0)?;
    Some(Hit::new(i, last, offset(unit, -n)))
}
