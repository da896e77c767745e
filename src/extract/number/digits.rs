//! The value of a digit run ("10.000", "2,5", "1,200,000") in the article's language.
//!
//! In: the run as the tokenizer kept it (digits with single `.` or `,` between them), the
//! language, and a power of ten from a scale word ("juta" = 6). Out: the exact value, or `None`
//! for a run that is not a number as written in news (a version "1.2.3", a code "007", a value
//! beyond 10^18). It never rounds twice: the run is rewritten as a plain decimal literal with an
//! exponent ("2.5e6") and parsed once, so "2,5 juta" is exactly 2500000.

use crate::lang::Lang;

/// Values above this are not quantities anyone writes in news; a longer run yields no mention.
pub(super) const MAX_VALUE: f64 = 1e18;

/// Room for the literal: 19 integer digits, a point, a fraction and an exponent.
const BUFFER: usize = 48;

/// How the separators of a run are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    /// No separator: an integer.
    Plain,
    /// Every separator groups thousands.
    Grouped,
    /// The last separator is the decimal point; any before it group thousands.
    Decimal,
}

/// The value of `run` times 10^`exp`, or `None` when the run is not a well-formed number.
pub(super) fn value(run: &str, lang: Lang, exp: u32) -> Option<f64> {
    let bytes = run.as_bytes();
    let reading = reading(bytes, lang)?;
    let mut buf = [0u8; BUFFER];
    let mut len = 0;
    let mut push = |b: u8| -> Option<()> {
        *buf.get_mut(len)? = b;
        len += 1;
        Some(())
    };
    let last_sep = bytes.iter().rposition(|b| !b.is_ascii_digit());
    for (k, &b) in bytes.iter().enumerate() {
        if b.is_ascii_digit() {
            push(b)?;
        } else if reading == Reading::Decimal && Some(k) == last_sep {
            push(b'.')?;
        }
    }
    push(b'e')?;
    // `exp` comes from the scale table (at most 12): two digits at most, written without
    // allocating.
    if exp >= 10 {
        push(b'0' + (exp / 10 % 10) as u8)?;
    }
    push(b'0' + (exp % 10) as u8)?;
    let literal = std::str::from_utf8(buf.get(..len)?).ok()?;
    let value = literal.parse::<f64>().ok()?;
    (value.is_finite() && value <= MAX_VALUE).then_some(value)
}

/// How the separators of `bytes` are read, or `None` when they fit no reading.
fn reading(bytes: &[u8], lang: Lang) -> Option<Reading> {
    let integer_len = bytes.iter().position(|b| !b.is_ascii_digit()).unwrap_or(bytes.len());
    // A run that starts with 0 and goes on ("007", "0812") is a code or a phone number; "0,5" is
    // a number, and so is a zero-padded one with the language's decimal mark ("01,10" in
    // Indonesian, "01.10" in English). More than 19 integer digits is beyond any value we keep.
    let decimal_mark = match lang {
        Lang::Id => b',',
        Lang::En => b'.',
    };
    let padded_decimal = bytes.iter().filter(|b| !b.is_ascii_digit()).eq([&decimal_mark]);
    if integer_len > 19 || (bytes.first() == Some(&b'0') && integer_len > 1 && !padded_decimal) {
        return None;
    }
    let mut seps = bytes.iter().copied().filter(|b| !b.is_ascii_digit());
    let Some(first) = seps.next() else {
        return Some(Reading::Plain);
    };
    let (count, last) = seps.fold((1usize, first), |(n, _), b| (n + 1, b));
    let reading = if first != last {
        Reading::Decimal
    } else if count > 1 {
        Reading::Grouped
    } else {
        single(bytes, first, lang)
    };
    well_formed(bytes, reading).then_some(reading)
}

/// One separator: followed by exactly three digits it follows the language (Indonesian groups
/// with a dot, English with a comma); followed by any other count it can only be decimal.
fn single(bytes: &[u8], sep: u8, lang: Lang) -> Reading {
    let after = bytes.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let groups_with = match lang {
        Lang::Id => b'.',
        Lang::En => b',',
    };
    if after == 3 && sep == groups_with && grouped_ok(bytes, bytes.len()) {
        Reading::Grouped
    } else {
        Reading::Decimal
    }
}

/// The separators fit the reading: grouping separators all alike and between groups of three
/// (the first of one to three digits); a decimal point only once, after every grouping one.
fn well_formed(bytes: &[u8], reading: Reading) -> bool {
    match reading {
        Reading::Plain => true,
        Reading::Grouped => grouped_ok(bytes, bytes.len()),
        Reading::Decimal => {
            let Some(point) = bytes.iter().rposition(|b| !b.is_ascii_digit()) else {
                return false;
            };
            let point_char = bytes.get(point).copied();
            let before = bytes.get(..point).unwrap_or_default();
            let repeats = before.iter().any(|&b| Some(b) == point_char);
            !repeats && (before.iter().all(u8::is_ascii_digit) || grouped_ok(bytes, point))
        }
    }
}

/// `bytes[..end]` is digits in groups of three after a first group of one to three, joined by
/// one separator character.
fn grouped_ok(bytes: &[u8], end: usize) -> bool {
    let Some(part) = bytes.get(..end) else {
        return false;
    };
    let Some(&sep) = part.iter().find(|b| !b.is_ascii_digit()) else {
        return true;
    };
    let mut groups = part.split(|&b| b == sep);
    let first_ok =
        groups.next().is_some_and(|g| (1..=3).contains(&g.len()) && g.first() != Some(&b'0'));
    first_ok && groups.all(|g| g.len() == 3 && g.iter().all(u8::is_ascii_digit))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(run: &str) -> Option<f64> {
        value(run, Lang::Id, 0)
    }

    fn en(run: &str) -> Option<f64> {
        value(run, Lang::En, 0)
    }

    #[test]
    fn separators_follow_the_language_only_when_ambiguous() {
        assert_eq!(id("10.000"), Some(10000.0));
        assert_eq!(en("10.000"), Some(10.0));
        assert_eq!(en("10,000"), Some(10000.0));
        assert_eq!(id("10,000"), Some(10.0));
        assert_eq!(id("2,5"), Some(2.5));
        assert_eq!(en("2,5"), Some(2.5));
        assert_eq!(en("2.5"), Some(2.5));
        assert_eq!(id("1.200.000"), Some(1_200_000.0));
        assert_eq!(id("1,200,000"), Some(1_200_000.0));
        assert_eq!(en("1.234,5"), Some(1234.5));
        assert_eq!(id("1,234.5"), Some(1234.5));
        assert_eq!(id("0,5"), Some(0.5));
    }

    #[test]
    fn scale_is_exact() {
        assert_eq!(value("2,5", Lang::Id, 6), Some(2_500_000.0));
        assert_eq!(value("1.2", Lang::En, 9), Some(1_200_000_000.0));
        assert_eq!(value("0,1", Lang::Id, 3), Some(100.0));
    }

    #[test]
    fn malformed_runs_are_not_numbers() {
        assert_eq!(id("1.2.3"), None);
        assert_eq!(id("192.168.1.1"), None);
        assert_eq!(id("1.234.56"), None);
        assert_eq!(id("1,2.3,4"), None);
        assert_eq!(id("007"), None);
        assert_eq!(id("0812"), None);
        assert_eq!(id("0812,5"), Some(812.5));
        assert_eq!(en("01.10"), Some(1.1));
        assert_eq!(en("01,10"), None);
        assert_eq!(id("12.34.567"), None);
    }

    #[test]
    fn huge_runs_yield_nothing() {
        assert_eq!(id(&"9".repeat(1_000_000)), None);
        assert_eq!(id("9999999999999999999"), None);
        assert_eq!(value("5", Lang::Id, 18), Some(MAX_VALUE * 5.0).filter(|v| *v <= MAX_VALUE));
        assert_eq!(id("1000000000000000000"), Some(1e18));
        assert_eq!(id(&format!("1,{}", "5".repeat(100))), None);
    }
}
