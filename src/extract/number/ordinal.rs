//! Ordinals: "pertama", "kedua", "keempat", "ke-4", "kedua belas"; "first", "fourth", "4th",
//! "twenty-first".
//!
//! In: a token index. Out: the ordinal and the tokens it spans, or `None`. Indonesian "kali"
//! beside an ordinal is part of it ("pertama kalinya", "kali pertama": the first time).
//!
//! It never reads "kedua", "ketiga" … before a noun as an ordinal: there they mean "both", "all
//! three" ("pemimpin kedua negara" = the leaders of both countries, "kedua belah pihak"). After
//! a noun and before a function word or punctuation they are ordinals ("pertemuan kedua dengan
//! Putin", "pihak ketiga."). Nor does it read "second" as an ordinal where it is a unit of time
//! ("wait a second.").

use super::lexicon::{self, Part};
use super::{digits, words};
use crate::extract::Scan;
use crate::lang::Lang;
use crate::token::TokenKind;

/// An ordinal found in the text.
pub(super) struct Ordinal {
    pub value: u32,
    pub first: usize,
    pub last: usize,
}

const SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// The ordinal that starts at token `i` (or, for "kali pertama", just before it).
pub(super) fn read(scan: &Scan, i: usize) -> Option<Ordinal> {
    match scan.kind(i)? {
        TokenKind::Digits => suffixed(scan, i),
        TokenKind::Word => indonesian(scan, i).or_else(|| english(scan, i)),
        TokenKind::Punct => None,
    }
}

/// "4th", "21st": plain digits with a suffix written onto them.
fn suffixed(scan: &Scan, i: usize) -> Option<Ordinal> {
    if !scan.attached(i + 1) || !SUFFIXES.contains(&scan.lower(i + 1)) || scan.is_claimed(i + 1) {
        return None;
    }
    // "1,000th" has a separator: it groups thousands, whatever the language.
    let grouped = || {
        digits::value(scan.raw(i), Lang::En, 0)
            .filter(|v| v.fract() == 0.0 && *v <= f64::from(u32::MAX))
            .map(|v| v as u32)
    };
    let value = plain_u32(scan.raw(i)).or_else(grouped)?;
    Some(Ordinal { value, first: i, last: i + 1 })
}

fn indonesian(scan: &Scan, i: usize) -> Option<Ordinal> {
    let word = scan.lower(i);
    let (value, last) = match word {
        "pertama" | "kesatu" => {
            // "pertama-tama" is "first of all", an adverb.
            if scan.is_punct(i + 1, '-') && scan.attached(i + 1) {
                return None;
            }
            (1, i)
        }
        // "ke-4", "ke-20": always an ordinal. "Korban ke 133", with a space: after a noun;
        // after a verb, "ke" is "to" ("naik ke 133 orang").
        "ke" => {
            let hyphen = scan.is_punct(i + 1, '-') && scan.attached(i + 1);
            let digits = if hyphen { i + 2 } else { i + 1 };
            let spaced =
                !hyphen && scan.kind(digits) == Some(TokenKind::Digits) && after_noun(scan, i);
            if !(scan.attached(digits) || spaced) || scan.is_claimed(digits) {
                return None;
            }
            (plain_u32(scan.raw(digits))?, digits)
        }
        _ => {
            let stem = word.strip_prefix("ke")?;
            let part = lexicon::number_word(stem)
                .filter(|p| matches!(p, Part::Digit(2..) | Part::Teen(_) | Part::OneHundred))?;
            let number = words::read(scan, i, Some(part))?;
            if means_all(scan, i, number.last) {
                return None;
            }
            (u32::try_from(number.value).ok()?, number.last)
        }
    };
    let (first, last) = with_kali(scan, i, last);
    Some(Ordinal { value, first, last })
}

/// The word before "ke" at `i` is a noun ("korban ke 133", "hari ke 10"), not a verb or a
/// preposition that "ke" goes with ("naik ke", "bertambah ke", "dari … ke").
fn after_noun(scan: &Scan, i: usize) -> bool {
    const TOWARD: &[&str] = &[
        "naik",
        "turun",
        "menjadi",
        "jadi",
        "bertambah",
        "berkurang",
        "meningkat",
        "menurun",
        "dari",
        "sampai",
        "hingga",
        "kembali",
        "pindah",
        "dibawa",
        "dikirim",
    ];
    let prev = i.wrapping_sub(1);
    let word = scan.lower(prev);
    scan.kind(prev) == Some(TokenKind::Word)
        && !TOWARD.contains(&word)
        && !["me", "ber", "di", "ter"].iter().any(|p| word.starts_with(p) && word.len() > 5)
}

/// "kedua negara" (both countries) rather than "the second …": the ke-word stands before a
/// lower-case content word, or before a name with no noun before it ("kedua Korea").
fn means_all(scan: &Scan, i: usize, last: usize) -> bool {
    let next = last + 1;
    if scan.kind(next) != Some(TokenKind::Word) || scan.is_claimed(next) {
        return false;
    }
    let word = scan.lower(next);
    if matches!(word, "kali" | "kalinya") || lexicon::is_not_noun(word) {
        return false;
    }
    if scan.is_capitalized(next) {
        let prev = i.wrapping_sub(1);
        let noun_before = scan.kind(prev) == Some(TokenKind::Word)
            && !scan.is_capitalized(prev)
            && !lexicon::is_not_noun(scan.lower(prev));
        return !noun_before;
    }
    true
}

/// "pertama kali", "kedua kalinya", "kali pertama": the span takes "kali" in.
fn with_kali(scan: &Scan, first: usize, last: usize) -> (usize, usize) {
    let free_kali = |j: usize| !scan.is_claimed(j) && scan.is_word(j, "kali");
    if !scan.is_claimed(last + 1) && (free_kali(last + 1) || scan.is_word(last + 1, "kalinya")) {
        (first, last + 1)
    } else if free_kali(first.wrapping_sub(1)) {
        (first - 1, last)
    } else {
        (first, last)
    }
}

fn english(scan: &Scan, i: usize) -> Option<Ordinal> {
    let word = scan.lower(i);
    // "twenty-first": tens, a hyphen, and an ordinal below ten.
    if let Some(Part::Tens(tens)) = lexicon::number_word(word) {
        let joined = scan.is_punct(i + 1, '-') && scan.attached(i + 1) && scan.attached(i + 2);
        let unit = lexicon::ordinal_en(scan.lower(i + 2)).filter(|&n| joined && n < 10)?;
        let value = u32::try_from(tens).ok()?.checked_add(unit)?;
        return (!scan.is_claimed(i + 2)).then_some(Ordinal { value, first: i, last: i + 2 });
    }
    let value = lexicon::ordinal_en(word)?;
    // "one-third", "two-fifths": a fraction, not an ordinal.
    let hyphen = i.wrapping_sub(1);
    let joined = scan.is_punct(hyphen, '-') && scan.attached(i) && scan.attached(hyphen);
    if joined && lexicon::number_word(scan.lower(hyphen.wrapping_sub(1))).is_some() {
        return None;
    }
    let prev = scan.lower(i.wrapping_sub(1));
    let next = scan.lower(i + 1);
    let refused = match word {
        // "at first", "first of all": adverbs.
        "first" => prev == "at" || (next == "of" && scan.is_word(i + 2, "all")),
        // "a second", "a split second": time, unless a noun follows ("a second summit").
        "second" => matches!(prev, "a" | "split" | "per" | "every") && !noun_follows(scan, i + 1),
        _ => false,
    };
    (!refused).then_some(Ordinal { value, first: i, last: i })
}

fn noun_follows(scan: &Scan, i: usize) -> bool {
    scan.kind(i) == Some(TokenKind::Word)
        && !scan.is_capitalized(i)
        && !lexicon::is_not_noun(scan.lower(i))
        && lexicon::unit(scan.lower(i)).is_none()
}

/// Digits with no separator, as a `u32` ("4", "20"); `None` for "1.000" or an overflow.
fn plain_u32(raw: &str) -> Option<u32> {
    if raw.is_empty() || raw.starts_with('0') || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok()
}
