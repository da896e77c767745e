//! Times of day, in Indonesian and English (both always active).
//!
//! In: the token [`Scan`] of a text after dates have been read, and the date and weekday
//! mentions found. Out: a [`Value::Time`] mention for every time of day written, at the
//! precision written, with the hedge before it, the zone after it, and the date or weekday it
//! is written with. Every token of a mention is claimed, so a clock is never read as a number.
//!
//! What is read:
//! - a clock: "pukul 20.30 WIB", "pkl. 08.15", "jam 10 pagi", "14:40:15 WIB", "21:05 local
//!   time", "9:30 a.m. ET", "7.08am", "9 p.m. EDT", "6 in the evening", "noon". "20.30" is a
//!   clock only after "pukul", "pkl" or "jam", or before "am"/"pm" or a zone; an hour alone
//!   only so too ("2 jam" is two hours);
//! - a part of the day ([`clock::PARTS`]) written with a date or weekday ("Sabtu malam",
//!   "Minggu (3/12/2023) sore", "Sunday morning", "on the morning of June 18", "early Sunday"),
//!   after a clock ("pukul 9 malam"), or in set phrases ("dini hari", "pada malam hari", "pagi
//!   ini", "tadi malam", "in the afternoon", "at night", "this morning", "tonight");
//! - the hedge before it ("sekitar", "around", "shortly after", "menjelang", "by") and the
//!   words that make it a bound of a period ("sejak", "hingga", "since", "until", "from", two
//!   clocks joined by a dash);
//! - the zone after it ([`clock::written`]): abbreviations of English zones in capitals only.
//!
//! The date a time is written with stands before it, apart only by "at", "on", "pada", commas
//! and brackets ("Monday at 9:30 a.m.", "Minggu (18/6/2023) pukul 10.00"), or after it, apart
//! by those and "of", "the" ("at 9:30 a.m. on June 18", "the early hours of Sunday").

use crate::clock::{self, DAY, Minutes};
use crate::extract::{STARTS_TIME, Scan};
use crate::mention::{Mention, TimeHedge, TimeMention, TimePrecision, Value};
use crate::span::Span;
use crate::token::TokenKind;

/// Words a clock may be written after.
const TIME_WORDS: &[&str] = &["pukul", "pkl", "jam"];

/// The words a time may start with, besides digits (see [`Scan::starts`]).
pub(super) fn starters() -> Vec<&'static str> {
    let mut words: Vec<&str> = TIME_WORDS.to_vec();
    words.extend(clock::PARTS.iter().filter_map(|(phrase, _)| phrase.first().copied()));
    words.push("tonight");
    words
}

pub(super) fn extract(scan: &mut Scan, out: &mut Vec<Mention>) {
    let mut days: Vec<Span> = (out.iter())
        .filter(|m| matches!(m.value, Value::Date(_) | Value::Weekday(_)))
        .map(|m| m.span)
        .collect();
    days.sort_unstable_by_key(|s| (s.start, s.end));
    let mut i = 0;
    while i < scan.len() {
        let read = if scan.is_claimed(i) { None } else { read_at(scan, i, &days) };
        match read {
            Some((first, last, time)) => {
                out.push(Mention { span: scan.span(first, last), value: Value::Time(time) });
                scan.claim(first, last);
                i = last + 1;
            }
            None => i += 1,
        }
    }
}

/// The time whose core (clock or part of the day) starts at token `i`: its first and last
/// tokens (hedge and zone included) and the mention.
fn read_at(scan: &Scan, i: usize, days: &[Span]) -> Option<(usize, usize, TimeMention)> {
    let (core_first, last, written, precision) = match scan.kind(i)? {
        TokenKind::Digits => clock_at(scan, i)?,
        TokenKind::Word if scan.starts(i) & STARTS_TIME != 0 => part_at(scan, i, days)?,
        _ => return None,
    };
    // The zone, after a clock or a part of the day ("Sunday morning ET" is rare; "malam WIB" is
    // not read).
    let (zone, last) = match precision {
        TimePrecision::Part => (None, last),
        _ => match zone_after(scan, last) {
            Some((zone, end)) => (Some(zone), end),
            None => (None, last),
        },
    };
    let (first, mut hedge) = hedge_before(scan, core_first);
    // Two clocks joined by a dash are a period: "pukul 08.00-10.00 WIB".
    let dash = |k: usize| scan.is_punct(k, '-') || scan.is_punct(k, '–');
    if (dash(last + 1) && scan.is_digits(last + 2))
        || (dash(core_first.wrapping_sub(1)) && scan.is_digits(core_first.wrapping_sub(2)))
    {
        hedge = TimeHedge::Bound;
    }
    let day = day_before(scan, first, days).or_else(|| day_after(scan, last, days));
    Some((first, last, TimeMention { written, precision, hedge, zone, day }))
}

/// A clock starting at the digit token `i`: its first and last tokens (the time word before
/// it included), the minute or span written, and its precision.
fn clock_at(scan: &Scan, i: usize) -> Option<(usize, usize, Minutes, TimePrecision)> {
    if scan.attached(i) && !scan.is_punct(i.wrapping_sub(1), '(') {
        return None;
    }
    let raw = scan.raw(i);
    // "20.30", "7.08am": hours and minutes in one digit run.
    let (hour, minute, mut last) = if let Some((h, m)) = raw.split_once(['.', ',']) {
        (number(h, 2)?, Some(number(m, 2).filter(|_| m.len() == 2)?), i)
    } else if scan.is_punct(i + 1, ':') && scan.attached(i + 1) && scan.attached(i + 2) {
        let m = scan.raw(i + 2);
        let minute = number(m, 2).filter(|_| m.len() == 2 && scan.is_digits(i + 2))?;
        let mut last = i + 2;
        // Seconds: "01:28:17".
        if scan.is_punct(last + 1, ':') && scan.attached(last + 1) && scan.is_digits(last + 2) {
            last += 2;
        }
        (number(raw, 2)?, Some(minute), last)
    } else {
        (number(raw, 2)?, None, i)
    };
    let colon = last > i;
    let word_before = time_word_before(scan, i);
    let meridiem = meridiem_after(scan, last);
    if let Some((_, end)) = meridiem {
        last = end;
    }
    let at = scan.is_word(i.wrapping_sub(1), "at");
    let word_after = scan.kind(last + 1) == Some(TokenKind::Word);
    // "pukul 10 pagi", "6 in the evening", "10 at night".
    let part = if word_after && (at || word_before.is_some()) && meridiem.is_none() {
        part_after_clock(scan, last)
    } else {
        None
    };
    let framed = colon
        || word_before.is_some()
        || meridiem.is_some()
        || part.is_some()
        || (word_after && (minute.is_some() || at) && zone_after(scan, last).is_some());
    if !framed || minute.is_some_and(|m| m > 59) {
        return None;
    }
    let mut hour = hour as i32;
    if let Some((pm, _)) = meridiem {
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = hour % 12 + if pm { 12 } else { 0 };
    } else if let Some((span, end)) = part {
        hour = clock::hour_in_part(hour, span);
        last = end;
    }
    if hour > 24 || (hour == 24 && minute.is_some_and(|m| m > 0)) {
        return None;
    }
    let first = word_before.unwrap_or(i);
    let at = hour * 60 + minute.unwrap_or(0) as i32;
    let precision = if minute.is_some() { TimePrecision::Minute } else { TimePrecision::Hour };
    Some((first, last, Minutes::at(at % DAY), precision))
}

/// "12", "08": one or two ASCII digits.
fn number(s: &str, len: usize) -> Option<u32> {
    (!s.is_empty() && s.len() <= len && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// The time word right before the digit token `i` ("pukul", "pkl.", "jam"): its token.
fn time_word_before(scan: &Scan, i: usize) -> Option<usize> {
    let mut j = i.checked_sub(1)?;
    if scan.is_punct(j, '.') && scan.is_word(j.wrapping_sub(1), "pkl") {
        j -= 1;
    }
    // "24 jam 7 hari" counts hours: "jam" after a number is no time word.
    let counted = scan.is_word(j, "jam") && scan.is_digits(j.wrapping_sub(1));
    (TIME_WORDS.contains(&scan.lower(j)) && scan.kind(j) == Some(TokenKind::Word) && !counted)
        .then_some(j)
}

/// "am", "pm", "a.m.", "p.m" after token `i`: whether it is after noon, and its last token.
fn meridiem_after(scan: &Scan, i: usize) -> Option<(bool, usize)> {
    let next = i + 1;
    if scan.newline_before(next) {
        return None;
    }
    match scan.lower(next) {
        "am" | "pm" if scan.kind(next) == Some(TokenKind::Word) => {
            Some((scan.lower(next) == "pm", next))
        }
        "a" | "p" if scan.kind(next) == Some(TokenKind::Word) => {
            let dotted = scan.is_punct(next + 1, '.')
                && scan.attached(next + 1)
                && scan.is_word(next + 2, "m")
                && scan.attached(next + 2);
            if !dotted {
                return None;
            }
            // The closing point, unless it ends the sentence too.
            let point = scan.is_punct(next + 3, '.') && scan.attached(next + 3);
            Some((scan.lower(next) == "p", if point { next + 3 } else { next + 2 }))
        }
        _ => None,
    }
}

/// The zone written after token `i`, and its last token.
fn zone_after(scan: &Scan, i: usize) -> Option<(clock::Zone, usize)> {
    let mut at = i + 1;
    // "7:08 a.m. (ET)" is rare; "(12.08pm UK time)" is a second time, read on its own.
    if scan.newline_before(at) || scan.kind(at) != Some(TokenKind::Word) {
        return None;
    }
    let mut words = [""; 3];
    let mut len = 0;
    while len < 3 && scan.kind(at + len) == Some(TokenKind::Word) && !scan.newline_before(at + len)
    {
        words[len] = scan.lower(at + len);
        len += 1;
    }
    let (zone, n) = clock::written(&words[..len])?;
    if n == 1 && clock::capitals_only(zone) && scan.raw(at) != scan.raw(at).to_uppercase() {
        return None;
    }
    at += n - 1;
    Some((zone, at))
}

/// The part of the day after a clock ending at token `i`: "pagi" in "pukul 10 pagi", "in the
/// evening", "at night". Its span and last token.
fn part_after_clock(scan: &Scan, i: usize) -> Option<(Minutes, usize)> {
    let next = i + 1;
    if scan.newline_before(next) {
        return None;
    }
    let start = match scan.lower(next) {
        "in" if scan.is_word(next + 1, "the") => next + 2,
        "at" if scan.is_word(next + 1, "night") => next + 1,
        _ => next,
    };
    let (span, n) = part_words(scan, start)?;
    Some((span, start + n - 1))
}

/// The part of the day whose words start at token `i`, and how many words.
fn part_words(scan: &Scan, i: usize) -> Option<(Minutes, usize)> {
    let words: Vec<&str> = (i..i + 2)
        .take_while(|&k| {
            scan.kind(k) == Some(TokenKind::Word) && (k == i || !scan.newline_before(k))
        })
        .map(|k| scan.lower(k))
        .collect();
    clock::part_of_day(&words)
}

/// A part of the day starting at the word `i`, in a frame that makes it a time: after a date
/// or weekday, or in a set phrase. Its first and last tokens, span and precision.
fn part_at(scan: &Scan, i: usize, days: &[Span]) -> Option<(usize, usize, Minutes, TimePrecision)> {
    let part = TimePrecision::Part;
    // "noon" is a clock, "midnight" a short span: both read anywhere.
    if scan.is_word(i, "noon") || scan.is_word(i, "midday") {
        return Some((i, i, Minutes::at(720), TimePrecision::Hour));
    }
    if scan.is_word(i, "tonight") {
        return Some((i, i, clock::part_of_day(&["night"])?.0, part));
    }
    // "early Sunday": the early morning of the day after.
    if scan.is_word(i, "early")
        && day_after(scan, i, days).is_some_and(|d| d.start == scan.span(i + 1, i + 1).start)
    {
        return Some((i, i, clock::part_of_day(&["early", "morning"])?.0, part));
    }
    let (span, n) = part_words(scan, i)?;
    let last = i + n - 1;
    let word = |k: usize| scan.lower(k);
    let prev = i.wrapping_sub(1);
    let set_phrase = n == 2
        && matches!((word(i), word(last)), ("dini", "hari") | ("tengah", "malam"))
        || scan.is_word(i, "midnight")
        // "pada malam hari", "pagi hari".
        || scan.is_word(last + 1, "hari") && !scan.is_word(last + 2, "ini")
        // "pagi ini", "malam tadi", "tadi malam".
        || (scan.is_word(last + 1, "ini") || scan.is_word(last + 1, "tadi"))
        || scan.is_word(prev, "tadi")
        // "in the afternoon", "at night", "this morning", "last night", "early hours".
        || (word(prev) == "the" && scan.is_word(prev.wrapping_sub(1), "in"))
        || (scan.is_word(i, "night") && matches!(word(prev), "at" | "last"))
        || (word(prev) == "this" && !scan.is_word(i, "night"));
    // After a date or weekday: "Sabtu malam", "Minggu (3/12/2023) sore", "Sunday morning";
    // "the morning of June 18" before one.
    let with_day = day_before(scan, i, days).is_some_and(|d| {
        // Right after it: "Sunday morning", "(3/12/2023) sore", not "Sunday, in the morning".
        let gap = scan.text.get(d.end..scan.span(i, i).start).unwrap_or("");
        gap.chars().all(|c| c == ')' || c.is_whitespace())
    }) || (word(prev) == "the"
        && scan.is_word(last + 1, "of")
        && day_after(scan, last, days).is_some());
    if !(set_phrase || with_day) {
        return None;
    }
    // "this morning", "tadi malam", "pagi ini": the words that name the day are the time's.
    let first = if matches!(word(prev), "this" | "last" | "tadi") { prev } else { i };
    let last = if matches!(word(last + 1), "ini" | "tadi") { last + 1 } else { last };
    Some((first, last, span, part))
}

/// The hedge before the core of a time starting at token `first` (past "at", "pada"): the
/// first token of the time and the hedge.
fn hedge_before(scan: &Scan, first: usize) -> (usize, TimeHedge) {
    const ABOUT: &[&str] =
        &["sekitar", "sekira", "kurang", "around", "about", "approximately", "roughly", "circa"];
    const AFTER: &[&str] = &["after", "lewat", "selepas", "setelah", "sesudah", "past"];
    const BEFORE: &[&str] = &["before", "menjelang", "jelang", "sebelum", "by"];
    const BOUND: &[&str] = &[
        "since", "until", "till", "from", "through", "sejak", "hingga", "sampai", "mulai", "dari",
        "to",
    ];
    const MODIFIERS: &[&str] = &["shortly", "just", "soon", "right", "sesaat", "tak", "lama"];
    let mut at = first;
    let mut j = first.wrapping_sub(1);
    if scan.newline_before(first) {
        return (first, TimeHedge::Exact);
    }
    // "at about 8 a.m.", "pada sekitar pukul": the preposition may stand either side.
    let preposition = |k: usize| scan.is_word(k, "at") || scan.is_word(k, "pada");
    if preposition(j) && !scan.newline_before(j + 1) {
        j = j.wrapping_sub(1);
    }
    let word = scan.lower(j);
    let hedge = if ABOUT.contains(&word) {
        TimeHedge::About
    } else if scan.is_word(j, "lebih") && scan.is_word(j.wrapping_sub(1), "kurang") {
        // "kurang lebih pukul 9".
        j -= 1;
        TimeHedge::About
    } else if AFTER.contains(&word) {
        TimeHedge::After
    } else if BEFORE.contains(&word) {
        TimeHedge::Before
    } else if BOUND.contains(&word) {
        TimeHedge::Bound
    } else {
        return (at, TimeHedge::Exact);
    };
    if scan.kind(j) != Some(TokenKind::Word) || scan.newline_before(j + 1) {
        return (at, TimeHedge::Exact);
    }
    at = j;
    if MODIFIERS.contains(&scan.lower(j.wrapping_sub(1))) && !scan.newline_before(j) {
        at = j - 1;
    }
    (at, hedge)
}

/// Tokens between a time and its date that join them: "at", "on", "pada", "of", "the",
/// "tanggal", commas and brackets.
fn joins(scan: &Scan, k: usize) -> bool {
    match scan.kind(k) {
        Some(TokenKind::Punct) => [",", "(", ")"].contains(&scan.raw(k)),
        Some(TokenKind::Word) => {
            ["at", "on", "pada", "of", "the", "tanggal", "hari"].contains(&scan.lower(k))
        }
        _ => false,
    }
}

/// The date or weekday written right before token `first`, apart only by joining words.
fn day_before(scan: &Scan, first: usize, days: &[Span]) -> Option<Span> {
    let mut j = first.checked_sub(1)?;
    for _ in 0..3 {
        if scan.newline_before(j + 1) {
            return None;
        }
        let end = scan.token(j)?.span.end;
        if let Some(day) = days.iter().rev().find(|d| d.end == end) {
            return Some(*day);
        }
        if !joins(scan, j) {
            return None;
        }
        j = j.checked_sub(1)?;
    }
    None
}

/// The date or weekday written right after token `last`, apart only by joining words.
fn day_after(scan: &Scan, last: usize, days: &[Span]) -> Option<Span> {
    for j in last + 1..last + 4 {
        if scan.newline_before(j) {
            return None;
        }
        let start = scan.token(j)?.span.start;
        if let Some(day) = days.iter().find(|d| d.start == start) {
            return Some(*day);
        }
        if !joins(scan, j) {
            return None;
        }
    }
    None
}
