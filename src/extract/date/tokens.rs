//! Small token readers the date readers share: a day number, a month name, a year, and the
//! words that stand around them.
//!
//! In: a [`Scan`] and a token index (any index: out of range reads as nothing). Out: what the
//! token means to a date, or `None`. They never claim and never allocate.

use super::lexicon::{self, MonthForm};
use crate::extract::Scan;
use crate::token::TokenKind;

pub(super) fn is_word(scan: &Scan, i: usize) -> bool {
    scan.kind(i) == Some(TokenKind::Word)
}

/// The token before `i` is the punctuation `c`, written against it ("2024-2025", "mid-2024").
pub(super) fn joined_after(scan: &Scan, i: usize, c: char) -> bool {
    scan.attached(i) && i.checked_sub(1).is_some_and(|p| scan.is_punct(p, c))
}

/// The lower-case word before token `i` ("" if there is none, or it is no word).
pub(super) fn word_before<'s>(scan: &'s Scan, i: usize) -> &'s str {
    match i.checked_sub(1) {
        Some(p) if is_word(scan, p) => scan.lower(p),
        _ => "",
    }
}

/// The lower-case word at token `i` ("" if it is no word).
pub(super) fn word_at<'s>(scan: &'s Scan, i: usize) -> &'s str {
    if is_word(scan, i) { scan.lower(i) } else { "" }
}

/// A month name at token `i`. Abbreviations and the English verbs ("May", "March") count only
/// capitalized.
pub(super) fn month_at(scan: &Scan, i: usize) -> Option<(u32, MonthForm)> {
    let (month, form) = lexicon::MONTHS.find(word_at(scan, i))?;
    (form == MonthForm::Full || scan.is_capitalized(i)).then_some((month, form))
}

/// The token after a month name at `i`, past the full stop of an abbreviation ("Sept. 4").
pub(super) fn after_month(scan: &Scan, i: usize, form: MonthForm) -> usize {
    if form == MonthForm::Abbr && scan.is_punct(i + 1, '.') && scan.attached(i + 1) {
        i + 2
    } else {
        i + 1
    }
}

/// Plain digits of at most `max` characters at token `i`, as a number ("08" is 8). A digit run
/// with a separator inside ("2,5", "10.000") is none, and `max` keeps any value from overflowing.
pub(super) fn small_number(scan: &Scan, i: usize, max: usize) -> Option<u32> {
    let raw = scan.raw(i);
    let plain = !raw.is_empty() && raw.len() <= max && raw.bytes().all(|b| b.is_ascii_digit());
    if scan.is_digits(i) && plain { raw.parse().ok() } else { None }
}

/// A day of the month at token `i` (1–31), with an English ordinal suffix written against it
/// ("4th"): the day, and the token after it.
pub(super) fn day_at(scan: &Scan, i: usize) -> Option<(u32, usize)> {
    let day = small_number(scan, i, 2).filter(|d| (1..=31).contains(d))?;
    let suffix = scan.attached(i + 1) && matches!(word_at(scan, i + 1), "st" | "nd" | "rd" | "th");
    Some((day, if suffix { i + 2 } else { i + 1 }))
}

/// A day of the month said as an English ordinal word at token `i` ("first", "third",
/// "twenty-first"): the day, and the token after it.
pub(super) fn spelled_day_at(scan: &Scan, i: usize) -> Option<(u32, usize)> {
    let tens = match word_at(scan, i) {
        "twenty" => 20,
        "thirty" => 30,
        word => return lexicon::DAY_ORDINALS.find(word).map(|day| (day, i + 1)),
    };
    let joined = scan.is_punct(i + 1, '-') && scan.attached(i + 1) && scan.attached(i + 2);
    let unit =
        lexicon::DAY_ORDINALS.find(word_at(scan, i + 2)).filter(|&unit| joined && unit < 10)?;
    Some((tens + unit, i + 3)).filter(|&(day, _)| day <= 31)
}

/// A year of four digits at token `i` (1000–2999), unless it is one end of a range or a ratio
/// ("2024-2025", "2024/2025") or a decade ("2000-an").
pub(super) fn year_at(scan: &Scan, i: usize) -> Option<i32> {
    let year = year_digits(scan, i)?;
    let joined_next = scan.attached(i + 1)
        && (scan.is_punct(i + 1, '-')
            || scan.is_punct(i + 1, '/')
            || scan.is_punct(i + 1, '%')
            || is_word(scan, i + 1));
    let joined_prev = (joined_after(scan, i, '-') || joined_after(scan, i, '/'))
        && i.checked_sub(2).is_some_and(|p| scan.is_digits(p));
    (!joined_next && !joined_prev).then_some(year)
}

/// Four digits at token `i` that can be a year (1000–2999), whatever stands around them.
pub(super) fn year_digits(scan: &Scan, i: usize) -> Option<i32> {
    if scan.raw(i).len() != 4 {
        return None;
    }
    let year = i32::try_from(small_number(scan, i, 4)?).ok()?;
    (1000..=2999).contains(&year).then_some(year)
}

/// The preposition before token `i` that makes a year or a month there a date ("pada 2024",
/// "in April", "mid-2024"): `Some(up_to)`, `up_to` telling a word that also means "up to".
pub(super) fn preposition_before(scan: &Scan, i: usize) -> Option<bool> {
    let mut p = i.checked_sub(1)?;
    if joined_after(scan, i, '-') && scan.attached(p) {
        p = p.checked_sub(1)?;
    }
    if !is_word(scan, p) {
        return None;
    }
    lexicon::PREPOSITIONS.find(scan.lower(p))
}

/// Token `i` counts something: digits, a number word, or a vague count ("dua", "beberapa").
pub(super) fn is_count(scan: &Scan, i: usize) -> bool {
    let word = word_at(scan, i);
    scan.is_digits(i)
        || lexicon::NUMBER_WORDS.find(word).is_some()
        || lexicon::has(lexicon::VAGUE_COUNTS, word)
}

/// Token `i` is a noun a number counts or measures ("tentara", "troops", "persen").
pub(super) fn is_counted_noun(scan: &Scan, i: usize) -> bool {
    !scan.is_capitalized(i) && lexicon::has(lexicon::COUNTED, word_at(scan, i))
}
