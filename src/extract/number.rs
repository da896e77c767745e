//! Numbers, quantities and ordinals, in Indonesian and English.
//!
//! In: the [`Scan`] after the date parser has claimed its tokens. Out: mentions of kind
//! `number` (a bare number, or a measure with its unit: "2,5 jam"), `quantity` (a number with a
//! qualifier, a counted noun or a range, and vague amounts: "lebih dari 10 ribu pasukan",
//! "ribuan lainnya") and `ordinal` ("keempat", "ke-4", "4th"). Each mention's span is its exact
//! surface text, qualifier and noun included, and its tokens are claimed.
//!
//! It reads scales cut short ("10 rb", "2,5 jt", "1.2bn", "100K"; "M" is a million in English,
//! "1.2M", and a miliar only in Indonesian money, "Rp1,2 M"; a single digit with "K" or "M" is a
//! name: "4K", "3M"), halves and decimals said aloud ("setengah juta", "satu setengah", "dua koma
//! lima", "two point two million"), zero in words ("nol", "zero"), negatives ("-504" after a
//! space, "minus 3,5", "negatif lima", "negative five"), a leading decimal mark (".77", ",77"),
//! dozens and plural scales after a number ("200 dozens", "three billions"). A bare "satu" or
//! "one" stays unread: alone it is more often a pronoun or an article than a count.
//!
//! It never reads a claimed token, never turns a vague amount into a number, never reads across
//! a paragraph break, and never reports phone numbers, addresses, versions, names like
//! "Covid-19", codes with leading zeros ("0033"), times of day, fractions or a year standing
//! alone. Both languages are always read; the article's language only decides what a lone
//! separator before three digits means ("10.000" is ten thousand in Indonesian, ten in English).
//! Values are built exactly and nothing beyond 10^18 is kept.

mod digits;
mod guard;
mod lexicon;
mod ordinal;
mod quantity;
mod words;

use crate::extract::{STARTS_NUMBER, Scan};
use crate::mention::{Mention, Value};
use crate::token::TokenKind;

/// The words a number may start with (see [`Scan::starts`]).
/// `word` (any case) is a number written in letters: "tiga", "three", "Seribu".
pub(crate) fn is_number_word(word: &str) -> bool {
    lexicon::number_word(&word.to_lowercase()).is_some()
}

/// The value of a number written in one word (lower case), up to nineteen: "enam", "sebelas",
/// "six", "eleven".
pub(crate) fn small_number_word(word: &str) -> Option<u32> {
    match lexicon::number_word(word)? {
        lexicon::Part::Digit(n) | lexicon::Part::Teen(n) => u32::try_from(n).ok(),
        _ => None,
    }
}

/// The value of an ordinal written in one word (lower case): "pertama", "keempat", "kesebelas",
/// "fourth".
pub(crate) fn ordinal_word(word: &str) -> Option<u32> {
    match word {
        "pertama" | "kesatu" => Some(1),
        _ => (word.strip_prefix("ke").and_then(small_number_word).filter(|&n| n >= 2))
            .or_else(|| lexicon::ordinal_en(word)),
    }
}

/// The unit a word written after a number names ("jam", "feet", "%" is no word): its
/// canonical name ("hour", "foot"), as [`crate::mention::unit`] knows it.
pub(crate) fn unit_word(word: &str) -> Option<&'static str> {
    match word.trim().to_lowercase().as_str() {
        "%" => Some("percent"),
        "m" => Some("metre"),
        "$" => Some("usd"),
        "rp" => Some("idr"),
        word => lexicon::unit(word),
    }
}

pub(super) fn starters() -> Vec<&'static str> {
    lexicon::starters()
}

/// A word that may start a number and is in no table: an Indonesian ordinal ("keempat").
pub(super) fn starts_beyond_the_tables(word: &str) -> bool {
    lexicon::is_ordinal_word(word)
}

pub(super) fn extract(scan: &mut Scan, out: &mut Vec<Mention>) {
    let mut i = 0;
    while i < scan.len() {
        match read_at(scan, i) {
            Step::Found { value, first, last } => {
                out.push(Mention { span: scan.span(first, last), value });
                scan.claim(first, last);
                i = last.max(i) + 1;
            }
            Step::Skip(last) => i = last.max(i) + 1,
            Step::Pass => i += 1,
        }
    }
}

/// What the parser does at one token.
enum Step {
    Found {
        value: Value,
        first: usize,
        last: usize,
    },
    /// Not a number, and neither is anything up to this token ("0812-3456-7890").
    Skip(usize),
    Pass,
}

fn read_at(scan: &Scan, i: usize) -> Step {
    if scan.is_claimed(i) {
        return Step::Pass;
    }
    let candidate = match scan.kind(i) {
        Some(TokenKind::Digits) => {
            if guard::continues_previous(scan, i) {
                return Step::Pass;
            }
            if let Some(last) = guard::blocked(scan, i) {
                return Step::Skip(last);
            }
            true
        }
        Some(TokenKind::Word) => scan.starts(i) & STARTS_NUMBER != 0,
        Some(TokenKind::Punct) => {
            quantity::currency_sign(scan, i).is_some() || quantity::starts_signed(scan, i)
        }
        None => false,
    };
    if !candidate {
        return Step::Pass;
    }
    if let Some(o) = ordinal::read(scan, i) {
        return Step::Found { value: Value::Ordinal(o.value), first: o.first, last: o.last };
    }
    match quantity::read(scan, i) {
        Some(q) => Step::Found { value: Value::Quantity(q.quantity), first: q.first, last: q.last },
        None => Step::Pass,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn one_word_numbers_and_ordinals_come_from_the_lexicon() {
        let small: Vec<Option<u32>> =
            ["enam", "sebelas", "six", "eleven", "puluh", "kemarin"].map(small_number_word).into();
        assert_eq!(small, [Some(6), Some(11), Some(6), Some(11), None, None]);
        let ordinals: Vec<Option<u32>> =
            ["pertama", "kesatu", "kedua", "keempat", "kesebelas", "fourth", "kemarin", "ke"]
                .map(ordinal_word)
                .into();
        assert_eq!(ordinals, [Some(1), Some(1), Some(2), Some(4), Some(11), Some(4), None, None]);
    }

    /// Pieces of number phrases and of the forms that look like them, glued at random.
    const PIECES: &[&str] = &[
        "1",
        "10.000",
        "2,5",
        "0812",
        "-",
        "–",
        "/",
        ":",
        "+",
        "$",
        "US",
        "Rp",
        "%",
        ".",
        ",",
        "ke",
        "kedua",
        "pertama",
        "kali",
        "satu",
        "dua",
        "puluh",
        "belas",
        "ratus",
        "ribu",
        "juta",
        "a",
        "hundred",
        "and",
        "twenty",
        "first",
        "second",
        "th",
        "lebih",
        "dari",
        "sekitar",
        "antara",
        "dan",
        "hingga",
        "ribuan",
        "lainnya",
        "tentara",
        "Korea",
        "2024",
        "jam",
        "WIB",
        "pukul",
        "of",
        "the",
        "www",
        "@",
        "99999999999999999999",
        "per",
        "cent",
        "half",
        "Oktober",
        "(",
        ")",
        "é",
        "ุ",
        "\n",
    ];

    /// A small deterministic generator, so a failure can be replayed.
    fn texts() -> impl Iterator<Item = String> {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        std::iter::repeat_with(move || {
            let mut text = String::new();
            for _ in 0..24 {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let pick = (state >> 33) as usize;
                text.push_str(PIECES[pick % PIECES.len()]);
                if !pick.is_multiple_of(3) {
                    text.push(' ');
                }
            }
            text
        })
        .take(5_000)
    }

    #[test]
    fn random_text_never_panics_and_spans_stay_inside() {
        for text in texts() {
            for lang in Lang::ALL {
                let mut scan = Scan::new(&text, lang);
                let mut out = Vec::new();
                extract(&mut scan, &mut out);
                for m in &out {
                    assert!(m.span.end <= text.len(), "{text:?}");
                    assert!(text.get(m.span.range()).is_some_and(|s| !s.is_empty()), "{text:?}");
                }
                // Claims keep mentions apart: no token is read twice.
                out.sort_by_key(|m| m.span.start);
                for pair in out.windows(2) {
                    assert!(pair[0].span.end <= pair[1].span.start, "{text:?}");
                }
            }
        }
    }
}
