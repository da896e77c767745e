//! Quantities: a number with the hedge before it, the unit or noun after it, or two numbers
//! making a range; vague amounts ("ribuan", "thousands of").
//!
//! In: a token index. Out: a [`Quantity`] and the tokens it spans, or `None`. The phrase is read
//! left to right: lead ("lebih dari", "antara"), currency ("Rp", "US$"), amount (digits with a
//! scale word, words, or a vague word), range end, then unit or noun. It never keeps a year
//! standing alone ("pada 2024"), a lone "satu"/"one" that counts nothing ("salah satu", "no
//! one"), or a vague word that needs a noun and has none ("lebih banyak").

use super::digits;
use super::guard;
use super::lexicon::{self, Lead, NeedsNoun, Part};
use super::words;
use crate::extract::Scan;
use crate::lang::Lang;
use crate::mention::{self, Amount, Dimension, Qualifier, Quantity};
use crate::token::TokenKind;

/// A quantity found in the text.
pub(super) struct Found {
    pub quantity: Quantity,
    pub first: usize,
    pub last: usize,
}

/// A number read from digits or words.
#[derive(Clone, Copy, Debug)]
struct Numeral {
    value: f64,
    last: usize,
    /// The multiplier of a final scale word ("12 ribu"), shared with a range's first end.
    tail_scale: Option<f64>,
    /// Four digits, 1800–2100, with no separator or scale: perhaps a year.
    year_like: bool,
    /// The single word "satu" or "one".
    lone_one: bool,
}

/// The amount of a phrase and what it needs to stand.
struct Body {
    amount: Amount,
    last: usize,
    year_like: bool,
    lone_one: bool,
    needs_noun: bool,
}

/// The quantity phrase that starts at token `i`.
pub(super) fn read(scan: &Scan, i: usize) -> Option<Found> {
    if let Some((negative, point, j)) = prefix(scan, i) {
        return signed(scan, i, negative, point, j);
    }
    let (lead, j) = match lexicon::lead_at(scan, i) {
        Some((lead, last)) => (Some(lead), last + 1),
        None => (None, i),
    };
    let (currency, j) = match currency_at(scan, j) {
        Some((unit, last)) => (Some(unit), last + 1),
        None => (None, j),
    };
    let qualifier = match lead {
        Some(Lead::Qualifier(q)) => q,
        _ => Qualifier::Exact,
    };
    let body = match lead {
        Some(Lead::Between) => between(scan, j)?,
        _ => match amount(scan, j) {
            Some(body) => body,
            None if currency.is_none() => return one_of_a_unit(scan, i, j, qualifier),
            None => return None,
        },
    };
    // "Pasal 28 ayat 3", "page 3 of 10", "SJ 182", "IMO 9697428", "Liga 1", "Kepulauan
    // Seribu": a number that labels or names something counts nothing.
    if lead.is_none() && currency.is_none() && (labels(scan, i) || in_a_name(scan, i)) {
        return None;
    }
    // "four-lane", "2-day", "five-star": a number joined to a word by a hyphen is a modifier,
    // unless the word is a unit ("10-year-old", "100-day"), read as a measure below.
    if is_compound_modifier(scan, body.last) {
        return None;
    }
    let vague = matches!(body.amount, Amount::Vague(_));
    let (unit, noun, last) = match currency {
        Some(unit) => (Some(unit), None, body.last),
        None => after(scan, body.last + 1, body.last, vague),
    };
    // "1 jam 45 menit", "2 years and 6 months": one measure, in the smaller unit.
    let (amount, unit, last) = match (body.amount, unit) {
        (Amount::Exact(v), Some(u)) if currency.is_none() => match compound(scan, last + 1, u, v) {
            Some((v, u, last)) => (Amount::Exact(v), Some(u), last),
            None => (body.amount, unit, last),
        },
        _ => (body.amount, unit, last),
    };
    let quantity = Quantity { amount, qualifier, noun, unit };
    stands(scan, i, &body, &quantity).then_some(Found { quantity, first: i, last })
}

/// The number at token `i` labels something: a label word before it ("Pasal 28", "page 3"),
/// or a code in capitals written before a number of digits ("SJ 182", "SJ-182", "IMO 9697428").
fn labels(scan: &Scan, i: usize) -> bool {
    let prev = i.wrapping_sub(1);
    if lexicon::is_label(scan.lower(prev)) {
        return true;
    }
    // "SJ-182": the code joined by a hyphen.
    let code_at = if scan.is_punct(prev, '-') && scan.attached(i) && scan.attached(prev) {
        prev.wrapping_sub(1)
    } else {
        prev
    };
    let code = scan.raw(code_at);
    scan.kind(i) == Some(TokenKind::Digits)
        && scan.kind(code_at) == Some(TokenKind::Word)
        && (2..=5).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && !scan.newline_before(i)
}

/// The number at token `i` is part of a name: a number word written with a capital after a
/// capitalised word ("Kepulauan Seribu", "Seven Sisters"), or digits after a capitalised word
/// that itself follows a word in lower case, as names stand in running text ("laga Liga 1",
/// "the Apollo 11 mission"), before a word in lower case ("KRI Nanggala 402 bisa"), or between
/// capitalised words in prose ("Resor Militer 142 Brigjen … mengatakan"); in a
/// headline of capitalised words ("Korban Jadi 268") and after a sentence's first word
/// ("Sebanyak 268 orang") the digits stay a number.
fn in_a_name(scan: &Scan, i: usize) -> bool {
    let prev = i.wrapping_sub(1);
    let word_before = |j: usize| {
        scan.kind(j) == Some(TokenKind::Word) && !scan.newline_before(j + 1) && !scan.is_claimed(j)
    };
    if !word_before(prev) || !scan.is_capitalized(prev) {
        return false;
    }
    match scan.kind(i) {
        Some(TokenKind::Word) => scan.is_capitalized(i),
        // "the largest magnitude of M4.0": a symbol written onto its value names nothing.
        Some(TokenKind::Digits) if super::guard::symbol_with_value(scan, i) => false,
        Some(TokenKind::Digits) => {
            let before = prev.wrapping_sub(1);
            let in_prose = word_before(before) && scan.raw(before).starts_with(char::is_lowercase);
            // "KRI Nanggala 402 bisa mengangkut": a lower-case word after the digits says the
            // sentence is prose, not a headline, unless the capitalised word opens the sentence
            // ("Sebanyak 268 orang").
            let opens = prev == 0
                || scan.newline_before(prev)
                || [".", "!", "?", "\"", "“"].contains(&scan.raw(before))
                || scan.kind(before) != Some(TokenKind::Word);
            // A unit after the digits makes them a measure ("the Titan 105 minutes into its
            // dive", "Titan's 96-hour oxygen supply"), not a name's.
            let unit_at =
                if scan.is_punct(i + 1, '-') && scan.attached(i + 1) { i + 2 } else { i + 1 };
            if lexicon::unit(scan.lower(unit_at)).is_some() && !scan.newline_before(i + 1) {
                return false;
            }
            // A word that counts people or things after the digits makes them a count
            // ("Kabupaten Minahasa 608 jiwa", "di Majene 2.650 orang"), not a name's.
            const COUNTED: &[&str] =
                &["orang", "jiwa", "kk", "unit", "rumah", "korban", "warga", "people", "persons"];
            if scan.kind(i + 1) == Some(TokenKind::Word)
                && COUNTED.contains(&scan.lower(i + 1))
                && !scan.newline_before(i + 1)
            {
                return false;
            }
            // A name of three letters or more: "M 5,6" is a magnitude.
            let lower_after = scan.raw(prev).chars().count() >= 3
                && scan.kind(i + 1) == Some(TokenKind::Word)
                && scan.raw(i + 1).starts_with(char::is_lowercase)
                && !scan.newline_before(i + 1);
            // "Komandan Resor Militer 142 Brigjen TNI Firman Dahlan mengatakan": between
            // capitalised words, in a sentence of prose (a word in lower case comes after the
            // name), the digits are part of the name; in a headline they stay a number.
            let capital_after = || {
                scan.kind(i + 1) == Some(TokenKind::Word)
                    && scan.is_capitalized(i + 1)
                    && !scan.newline_before(i + 1)
            };
            let prose_after = || {
                (i + 2..i + 10)
                    .take_while(|&j| !scan.newline_before(j) && scan.kind(j).is_some())
                    .any(|j| {
                        scan.kind(j) == Some(TokenKind::Word)
                            && scan.raw(j).starts_with(char::is_lowercase)
                    })
            };
            in_prose || !opens && (lower_after || capital_after() && prose_after())
        }
        _ => false,
    }
}

/// A hyphen joins the number ending at token `last` to the word after it, and that word is no
/// unit: "four-lane", "two-day"... ("10-year-old" has a unit, and is a measure).
fn is_compound_modifier(scan: &Scan, last: usize) -> bool {
    let (hyphen, word) = (last + 1, last + 2);
    scan.is_punct(hyphen, '-')
        && scan.attached(hyphen)
        && scan.attached(word)
        && scan.kind(word) == Some(TokenKind::Word)
        && lexicon::unit(scan.lower(word)).is_none()
}

/// Whether the phrase read is a quantity and not a year, an idiom, or a lone vague word.
fn stands(scan: &Scan, i: usize, body: &Body, q: &Quantity) -> bool {
    let bare = q.noun.is_none() && q.unit.is_none();
    if body.lone_one && bare && q.qualifier == Qualifier::Exact {
        return false;
    }
    if body.needs_noun && q.noun.is_none() {
        return false;
    }
    if body.year_like {
        // "pada 2024", "hingga 2024", "2019-2023": dates, whatever follows a "pada".
        let said_year = lexicon::is_year_marker(scan.lower(i.wrapping_sub(1)));
        let hedged = !matches!(q.qualifier, Qualifier::Exact | Qualifier::UpTo);
        if (said_year && q.qualifier == Qualifier::Exact) || (bare && !hedged) {
            return false;
        }
    }
    true
}

/// A vague amount, or a number with perhaps the end of a range after it, from token `j`.
fn amount(scan: &Scan, j: usize) -> Option<Body> {
    if let Some(((vague, NeedsNoun(needs_noun)), last)) = lexicon::vague_at(scan, j)
        && !refuses_many(scan, j)
    {
        let amount = Amount::Vague(vague);
        return Some(Body { amount, last, year_like: false, lone_one: false, needs_noun });
    }
    let low = numeral_at(scan, j)?;
    if let Some((lo, high)) = range_end(scan, &low).filter(|_| !changed_from(scan, j)) {
        let amount = Amount::Range(lo, high.value);
        let year_like = low.year_like && high.year_like;
        return Some(Body {
            amount,
            last: high.last,
            year_like,
            lone_one: false,
            needs_noun: false,
        });
    }
    Some(Body {
        amount: Amount::Exact(low.value),
        last: low.last,
        year_like: low.year_like,
        lone_one: low.lone_one,
        needs_noun: false,
    })
}

/// "lebih banyak", "paling banyak", "how many": "banyak"/"many" is no amount there.
fn refuses_many(scan: &Scan, j: usize) -> bool {
    const BEFORE: &[&str] = &[
        "lebih", "paling", "terlalu", "sangat", "cukup", "tidak", "begitu", "semakin", "how", "so",
        "too", "as", "not", "very",
    ];
    matches!(scan.lower(j), "banyak" | "many") && BEFORE.contains(&scan.lower(j.wrapping_sub(1)))
}

/// "antara 11.000 dan 12.000", "between 11,000 and 12,000", and with the words of a range
/// between the two: "antara 70 hingga 96 jam", "between 70 to 96 hours".
fn between(scan: &Scan, j: usize) -> Option<Body> {
    let low = numeral_at(scan, j)?;
    let and = low.last + 1;
    if scan.is_claimed(and) {
        return None;
    }
    let joins = scan.is_word(and, "dan")
        || scan.is_word(and, "and")
        || scan.is_punct(and, '-')
        || scan.is_punct(and, '–');
    let and = if joins { and } else { lexicon::range_word_at(scan, and)? };
    let high_start = currency_at(scan, and + 1).map_or(and + 1, |(_, last)| last + 1);
    let high = numeral_at(scan, high_start)?;
    let lo = shared_scale(&low, &high);
    (high.value > lo).then_some(Body {
        amount: Amount::Range(lo, high.value),
        last: high.last,
        year_like: low.year_like && high.year_like,
        lone_one: false,
        needs_noun: false,
    })
}

/// The number at token `j` is where a count changed from: "rose from 100 to 110", "naik dari
/// 100 hingga 110" tell of two counts, not a range of one ("ranged from 10 to 20" is a range).
fn changed_from(scan: &Scan, j: usize) -> bool {
    const CHANGED: &[&str] = &[
        "rose",
        "risen",
        "increased",
        "climbed",
        "jumped",
        "grew",
        "fell",
        "dropped",
        "declined",
        "decreased",
        "naik",
        "turun",
        "bertambah",
        "berkurang",
        "meningkat",
        "menurun",
    ];
    let from = j.wrapping_sub(1);
    (scan.is_word(from, "from") || scan.is_word(from, "dari"))
        && CHANGED.contains(&scan.lower(from.wrapping_sub(1)))
}

/// The end of a range after `low`: "-12.000", "hingga 12.000", "to 12,000", "atau tiga", "or
/// three" (two or three is about two to three). Returns the low end
/// (scaled when only the high end has a scale word: "11 hingga 12 ribu") and the high end.
fn range_end(scan: &Scan, low: &Numeral) -> Option<(f64, Numeral)> {
    let k = low.last + 1;
    if scan.is_claimed(k) {
        return None;
    }
    let dash = scan.is_punct(k, '-') || scan.is_punct(k, '–') || scan.is_punct(k, '—');
    let connector_last = if dash { k } else { lexicon::range_word_at(scan, k)? };
    let start = connector_last + 1;
    // "dua atau tiga hari" is a range; "USD250.000 atau Rp3,7 miliar" is one sum in two
    // currencies, each its own figure.
    let either = scan.is_word(k, "atau") || scan.is_word(k, "or");
    if either && currency_at(scan, start).is_some() {
        return None;
    }
    let start = currency_at(scan, start).map_or(start, |(_, last)| last + 1);
    let high = numeral_at(scan, start)?;
    let lo = shared_scale(low, &high);
    (high.value > lo).then_some((lo, high))
}

/// The low end of a range, taking the high end's scale word when it has none of its own and
/// the result stays below the high end.
fn shared_scale(low: &Numeral, high: &Numeral) -> f64 {
    match (low.tail_scale, high.tail_scale) {
        (None, Some(scale)) if low.value * scale <= high.value => low.value * scale,
        _ => low.value,
    }
}

/// A number from token `i`: digits with perhaps a scale word, or words, with the decimals said
/// after it ("dua koma lima", "two point two million", "satu setengah").
fn numeral_at(scan: &Scan, i: usize) -> Option<Numeral> {
    if scan.is_claimed(i) {
        return None;
    }
    let whole = match scan.kind(i)? {
        TokenKind::Digits => digits_at(scan, i, false),
        TokenKind::Word => words_at(scan, i),
        TokenKind::Punct => None,
    }?;
    Some(with_decimals(scan, whole).unwrap_or(whole))
}

/// `whole` and the decimals said after it: "koma"/"point" and digits or digit words ("dua koma
/// lima", "1 point 1", "two point two million"), or "setengah", "and a half" (a half: "satu
/// setengah", "dua setengah juta", "two and a half years"); then perhaps a scale word. `None`
/// when none follow.
fn with_decimals(scan: &Scan, whole: Numeral) -> Option<Numeral> {
    let integer = whole.value >= 0.0 && whole.value.fract() == 0.0 && whole.value < 1e15;
    if whole.tail_scale.is_some() || !integer || whole.year_like {
        return None;
    }
    let k = whole.last + 1;
    if scan.is_claimed(k) || scan.paragraph_before(k) || scan.kind(k) != Some(TokenKind::Word) {
        return None;
    }
    let (decimals, last) = if lexicon::is_decimal_point(scan.lower(k)) {
        decimals_at(scan, k + 1)?
    } else if scan.lower(k) == "setengah" {
        (String::from("5"), k)
    } else if scan.is_word(k, "and")
        && scan.is_word(k + 1, "a")
        && scan.is_word(k + 2, "half")
        && !scan.is_claimed(k + 2)
        && !(scan.is_punct(k + 3, '-') && scan.attached(k + 3))
    {
        // "two and a half years"; not "… and a half-dozen".
        (String::from("5"), k + 2)
    } else {
        return None;
    };
    let (exp, last) = match scale_word_at(scan, last + 1) {
        Some(exp) => (exp, last + 1),
        None => (0, last),
    };
    let value = format!("{}.{decimals}e{exp}", whole.value as u64).parse::<f64>().ok()?;
    (value.is_finite() && value <= digits::MAX_VALUE).then_some(Numeral {
        value,
        last,
        tail_scale: (exp > 0).then(|| 10f64.powi(exp as i32)),
        year_like: false,
        lone_one: false,
    })
}

/// The decimals said after "koma"/"point", from token `j`: digits ("1 point 1") or digit words
/// ("koma dua lima", "point seven seven"), and the last token read.
fn decimals_at(scan: &Scan, j: usize) -> Option<(String, usize)> {
    if scan.is_claimed(j) || scan.paragraph_before(j) {
        return None;
    }
    let raw = scan.raw(j);
    if scan.is_digits(j) && raw.len() <= 12 && raw.bytes().all(|b| b.is_ascii_digit()) {
        return Some((raw.to_string(), j));
    }
    let mut decimals = String::new();
    let mut last = None;
    let mut k = j;
    while decimals.len() < 12 && scan.kind(k) == Some(TokenKind::Word) && !scan.is_claimed(k) {
        let digit = match lexicon::number_word(scan.lower(k)) {
            Some(Part::Digit(d)) => d,
            _ if lexicon::is_zero_word(scan.lower(k)) => 0,
            _ => break,
        };
        decimals.push(char::from(b'0' + digit as u8));
        last = Some(k);
        k += 1;
    }
    Some((decimals, last?))
}

/// The power of ten of the scale word at token `k` ("juta", "million", "rb"), if any.
fn scale_word_at(scan: &Scan, k: usize) -> Option<u32> {
    if scan.is_claimed(k) || scan.paragraph_before(k) || scan.kind(k) != Some(TokenKind::Word) {
        return None;
    }
    lexicon::digit_scale(scan.lower(k))
}

fn digits_at(scan: &Scan, i: usize, sign_read: bool) -> Option<Numeral> {
    let blocked =
        if sign_read { guard::blocked_past_sign(scan, i) } else { guard::blocked(scan, i) };
    if blocked.is_some() {
        return None;
    }
    // "a $5-million fund", "a Rs 500-crore trust": a scale joined on by a hyphen, as a
    // modifier writes it.
    let hyphened = (scan.is_punct(i + 1, '-') && scan.attached(i + 1) && scan.attached(i + 2))
        .then(|| scale_word_at(scan, i + 2))
        .flatten();
    let (scale_word, exp) = match hyphened {
        Some(exp) => (i + 2, Some(exp)),
        None => (i + 1, guard::scale_suffix(scan, i)),
    };
    let raw = scan.raw(i);
    // "2 dozens", "200 dozens", "3 lusin": twelve times the number.
    let dozen = exp.is_none()
        && !scan.is_claimed(scale_word)
        && !scan.paragraph_before(scale_word)
        && matches!(scan.lower(scale_word), "dozen" | "dozens" | "lusin");
    let mut value = digits::value(raw, scan.lang, exp.unwrap_or(0))?;
    if dozen {
        value *= 12.0;
    }
    let year_like = exp.is_none()
        && !dozen
        && raw.len() == 4
        && raw.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y));
    Some(Numeral {
        value,
        last: if exp.is_some() || dozen { scale_word } else { i },
        tail_scale: exp.map(|e| 10f64.powi(e as i32)).or(dozen.then_some(12.0)),
        year_like,
        lone_one: false,
    })
}

fn words_at(scan: &Scan, i: usize) -> Option<Numeral> {
    let word = scan.lower(i);
    if lexicon::is_zero_word(word) {
        return Some(Numeral {
            value: 0.0,
            last: i,
            tail_scale: None,
            year_like: false,
            lone_one: false,
        });
    }
    // "setengah juta", "seperempat miliar": a half or a quarter of a scale.
    let part = match word {
        "setengah" => Some("0.5"),
        "seperempat" => Some("0.25"),
        _ => None,
    };
    if let Some(part) = part {
        let exp = scale_word_at(scan, i + 1)?;
        let value = format!("{part}e{exp}").parse::<f64>().ok()?;
        let tail_scale = Some(10f64.powi(exp as i32));
        return Some(Numeral { value, last: i + 1, tail_scale, year_like: false, lone_one: false });
    }
    let number = words::read(scan, i, None)?;
    let lone_one = number.words == 1 && number.value == 1;
    if lone_one && idiomatic_one(scan, i) {
        return None;
    }
    let value = number.value as f64;
    (value <= digits::MAX_VALUE).then_some(Numeral {
        value,
        last: number.last,
        tail_scale: number.tail_scale.map(|s| s as f64),
        year_like: false,
        lone_one,
    })
}

/// A sign or a point written before the number at token `i`: "-504", "−5", "minus 3,5",
/// "negatif lima", "negative five hundred", ".77", ",77". Returns whether it negates, whether
/// the digits after it are decimals, and the number's first token. The mark stands free (after
/// a space, or opening the text): "No.5", "F-16" and "10-20" are other things.
fn prefix(scan: &Scan, i: usize) -> Option<(bool, bool, usize)> {
    let next = i + 1;
    let open = || !scan.is_claimed(next) && !scan.paragraph_before(next);
    match scan.kind(i)? {
        TokenKind::Word if lexicon::is_negative_word(scan.lower(i)) && open() => {
            let number = scan.is_digits(next)
                || (scan.kind(next) == Some(TokenKind::Word)
                    && (words::read(scan, next, None).is_some()
                        || lexicon::is_zero_word(scan.lower(next))));
            number.then_some((true, false, next))
        }
        TokenKind::Punct => {
            // Most marks stand before no digits: that is looked at first.
            let free = scan.is_digits(next) && scan.attached(next) && !scan.attached(i) && open();
            if !free {
                None
            } else if scan.is_punct(i, '-') || scan.is_punct(i, '−') {
                Some((true, false, next))
            } else if scan.is_punct(i, '.') || scan.is_punct(i, ',') {
                Some((false, true, next))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Token `i` is a sign or a point that a number starts with ("-504", ".77").
pub(super) fn starts_signed(scan: &Scan, i: usize) -> bool {
    scan.kind(i) == Some(TokenKind::Punct) && prefix(scan, i).is_some()
}

/// The number after a sign or a point at token `i` (see [`prefix`]), with its unit or noun.
fn signed(scan: &Scan, i: usize, negative: bool, point: bool, j: usize) -> Option<Found> {
    let number = if point {
        let raw = scan.raw(j);
        if !raw.bytes().all(|b| b.is_ascii_digit()) || guard::blocked_past_sign(scan, j).is_some() {
            return None;
        }
        let literal = format!("0{}{raw}", scan.raw(i));
        let value = digits::value(&literal, scan.lang, 0)?;
        Numeral { value, last: j, tail_scale: None, year_like: false, lone_one: false }
    } else if scan.is_digits(j) {
        let whole = digits_at(scan, j, true)?;
        with_decimals(scan, whole).unwrap_or(whole)
    } else {
        numeral_at(scan, j)?
    };
    if is_compound_modifier(scan, number.last) {
        return None;
    }
    let value = if negative { -number.value } else { number.value };
    let (unit, noun, last) = after(scan, number.last + 1, number.last, false);
    let quantity =
        Quantity { amount: Amount::Exact(value), qualifier: Qualifier::Exact, noun, unit };
    Some(Found { quantity, first: i, last })
}

/// "salah satu", "satu sama lain", "satu-satunya", "no one", "one of the", "one another".
fn idiomatic_one(scan: &Scan, i: usize) -> bool {
    const BEFORE: &[&str] =
        &["salah", "no", "any", "every", "each", "the", "this", "that", "which", "another", "some"];
    const AFTER: &[&str] = &["sama", "per", "of", "another", "anyway"];
    let hyphen_after = scan.is_punct(i + 1, '-') && scan.attached(i + 1);
    hyphen_after
        || BEFORE.contains(&scan.lower(i.wrapping_sub(1)))
        || AFTER.contains(&scan.lower(i + 1))
}

/// The signs of currencies written before a number: "$5", "₹10 lakh", "€3", "£2", "¥100".
const CURRENCY_SIGNS: &[(char, &str)] =
    &[('$', "usd"), ('€', "eur"), ('£', "gbp"), ('¥', "jpy"), ('₹', "inr")];

/// The currency whose sign is the mark at token `i`.
pub(super) fn currency_sign(scan: &Scan, i: usize) -> Option<&'static str> {
    let c = scan.raw(i).chars().next()?;
    let sign = CURRENCY_SIGNS.iter().find(|&&(sign, _)| sign == c)?;
    (scan.kind(i) == Some(TokenKind::Punct)).then_some(sign.1)
}

/// A currency written before the number: "Rp", "Rp.", "USD", "$", "US$", "€", "₹". Returns the unit and
/// the last token of the sign.
fn currency_at(scan: &Scan, i: usize) -> Option<(&'static str, usize)> {
    if scan.is_claimed(i) {
        return None;
    }
    if let Some(unit) = currency_sign(scan, i) {
        return Some((unit, i));
    }
    if scan.is_word(i, "us") && scan.is_punct(i + 1, '$') && scan.attached(i + 1) {
        return Some(("usd", i + 1));
    }
    let unit = lexicon::currency_prefix(scan.lower(i), scan.lang)?;
    let dot = scan.is_punct(i + 1, '.') && scan.attached(i + 1);
    Some((unit, if dot { i + 1 } else { i }))
}

/// The unit, the noun, or a tail word after the amount, from token `k`; `last` is the amount's
/// last token. Returns unit, noun and the phrase's last token.
fn after(
    scan: &Scan,
    k: usize,
    last: usize,
    vague: bool,
) -> (Option<&'static str>, Option<String>, usize) {
    // A line break ends the phrase: a heading's number does not count the next line's word.
    if scan.is_claimed(k) || scan.newline_before(k) {
        return (None, None, last);
    }
    if let Some((unit, unit_last)) = unit_at(scan, k) {
        return (Some(unit), None, unit_last);
    }
    if let Some((noun, noun_last)) = noun_at(scan, k) {
        return (None, Some(noun), noun_last);
    }
    // "ribuan lainnya" keeps its tail; "1.200 lainnya" is the number 1200 (a bare number has
    // no noun to say it counts people, and the span of a number is the number).
    let last = if vague { tail_at(scan, k).unwrap_or(last) } else { last };
    (None, None, last)
}

/// "lainnya", "others", "more", "of others" after an amount whose noun is left unsaid
/// ("ribuan lainnya terluka"): part of the phrase, and nothing after it is read as its noun.
fn tail_at(scan: &Scan, k: usize) -> Option<usize> {
    let tail = |j: usize| {
        scan.kind(j) == Some(TokenKind::Word)
            && !scan.is_claimed(j)
            && (lexicon::is_tail(scan.lower(j)) || scan.lower(j) == "more")
    };
    let of = (scan.is_word(k, "of") || scan.is_word(k, "dari")) && !scan.is_claimed(k);
    if tail(k) {
        Some(k)
    } else if of && tail(k + 1) && scan.lower(k + 1) != "more" {
        Some(k + 1)
    } else {
        None
    }
}

/// One or half of a unit, with no number before it, from token `j` (`i` is the phrase's first
/// token, `qualifier` what a lead before it said): "an hour", "setahun" (a year), "half an
/// hour", "setengah jam", perhaps the first part of a compound ("an hour and 45 minutes", "an
/// hour and a half"). "a", "an" and the words of one ("setahun") are read after a qualifier
/// ("just over an hour", "lebih dari setahun") or before the rest of a compound: alone they are
/// more often an article than a figure ("an hour later", "sehari sebelumnya"). A half stands
/// alone.
fn one_of_a_unit(scan: &Scan, i: usize, j: usize, qualifier: Qualifier) -> Option<Found> {
    if scan.is_claimed(j) || scan.kind(j) != Some(TokenKind::Word) {
        return None;
    }
    // Most words read here are "a" and the leads of other phrases: the words of one are looked
    // for only among the words of "se-".
    let word = scan.lower(j);
    let (value, at) = match word {
        "a" | "an" => (1.0, j + 1),
        "setengah" => (0.5, j + 1),
        "half" if matches!(scan.lower(j + 1), "a" | "an") && !scan.is_claimed(j + 1) => {
            (0.5, j + 2)
        }
        _ if word.starts_with("se") => (1.0, j),
        _ => return None,
    };
    let (unit, last) = if at == j {
        (lexicon::one_of_a_unit(word)?, j)
    } else if scan.is_claimed(at) || scan.newline_before(at) {
        return None;
    } else {
        unit_at(scan, at)?
    };
    let (value, unit, last, compound) = match compound(scan, last + 1, unit, value) {
        Some((value, unit, last)) => (value, unit, last, true),
        None => (value, unit, last, false),
    };
    if value == 1.0 && qualifier == Qualifier::Exact && !compound {
        return None;
    }
    let quantity =
        Quantity { amount: Amount::Exact(value), qualifier, noun: None, unit: Some(unit) };
    Some(Found { quantity, first: i, last })
}

/// The rest of a measure of two units after a figure `value` in `unit`, from token `k`: "1 jam
/// 45 menit", "2 tahun 6 bulan", "1 hour and 45 minutes", "satu jam, 45 menit", "an hour and a
/// half", "a year-and-a-half". Returns the whole in the smaller unit (105 minutes, 30 months), that unit and the last
/// token. Only time and length are written so, and the second unit is the smaller.
fn compound(
    scan: &Scan,
    k: usize,
    unit: &'static str,
    value: f64,
) -> Option<(f64, &'static str, usize)> {
    if scan.is_claimed(k) || scan.newline_before(k) {
        return None;
    }
    // Looked up last: most figures have no second unit.
    let time_or_length = || {
        mention::unit(unit)
            .filter(|u| matches!(u.dimension, Dimension::Duration | Dimension::Length))
    };
    // "a year-and-a-half": the half written onto the unit.
    let hyphen = |j: usize| scan.is_punct(j, '-') && scan.attached(j) && scan.attached(j + 1);
    let written_onto = hyphen(k)
        && scan.is_word(k + 1, "and")
        && hyphen(k + 2)
        && scan.is_word(k + 3, "a")
        && hyphen(k + 4)
        && scan.is_word(k + 5, "half");
    if written_onto && (k..=k + 5).all(|j| !scan.is_claimed(j)) {
        return time_or_length().map(|_| (value + 0.5, unit, k + 5));
    }
    // "1 jam 45 menit", "an hour and 45 minutes", "satu jam, 45 menit".
    let joined = scan.is_word(k, "dan") || scan.is_word(k, "and") || scan.is_punct(k, ',');
    let j = if joined { k + 1 } else { k };
    if scan.is_claimed(j) || scan.newline_before(j) {
        return None;
    }
    // "an hour and a half", "two years and a half".
    let and = joined && !scan.is_punct(k, ',');
    if and && scan.is_word(j, "a") && scan.is_word(j + 1, "half") && !scan.is_claimed(j + 1) {
        return time_or_length().map(|_| (value + 0.5, unit, j + 1));
    }
    let number = numeral_at(scan, j)?;
    let (second, last) =
        unit_at(scan, number.last + 1).filter(|_| !scan.is_claimed(number.last + 1))?;
    let first = time_or_length()?;
    let smaller = mention::unit(second)?;
    (smaller.dimension == first.dimension && smaller.size < first.size)
        .then(|| (first.convert(value, smaller) + number.value, second, last))
}

/// A unit after the number: "jam", "%", "per cent", "dolar AS", "m", "nautical miles", "mil
/// laut", "Singapore dollars". Returns it and its last token.
fn unit_at(scan: &Scan, k: usize) -> Option<(&'static str, usize)> {
    if scan.is_punct(k, '%') {
        return Some(("percent", k));
    }
    // "10-year-old", "100-day": a unit joined by a hyphen.
    if scan.is_punct(k, '-') && scan.attached(k) && scan.attached(k + 1) && !scan.is_claimed(k + 1)
    {
        return lexicon::unit(scan.lower(k + 1)).map(|unit| (unit, k + 1));
    }
    if scan.kind(k) != Some(TokenKind::Word) {
        return None;
    }
    let next_free = || !scan.is_claimed(k + 1) && !scan.newline_before(k + 1);
    let next = || lexicon::unit(scan.lower(k + 1)).filter(|_| next_free());
    let word = scan.lower(k);
    match word {
        "per" if scan.is_word(k + 1, "cent") && next_free() => return Some(("percent", k + 1)),
        // "500 m": a metre, in lower case and standing free ("3M" is a name, "4m" may be
        // millions).
        "m" if scan.raw(k) == "m" && !scan.attached(k) => return Some(("metre", k)),
        // "900 nautical miles".
        "nautical" if next() == Some("mile") => return Some(("nautical-mile", k + 1)),
        _ => {}
    }
    // "50 Singapore dollars", "US dollars".
    if scan.is_capitalized(k)
        && let Some(code) = lexicon::dollar_of(word)
        && next() == Some("usd")
        && !scan.is_word(k + 1, "usd")
    {
        return Some((code, k + 1));
    }
    let unit = lexicon::unit(word)?;
    // "900 mil laut": a nautical mile.
    if unit == "mile" && scan.is_word(k + 1, "laut") && next_free() {
        return Some(("nautical-mile", k + 1));
    }
    // "10 juta dolar AS", "dolar Singapura": the country of the dollar belongs to the unit.
    if unit == "usd"
        && word != "usd"
        && scan.is_capitalized(k + 1)
        && next_free()
        && let Some(code) = lexicon::dollar_of(scan.lower(k + 1))
    {
        return Some((code, k + 1));
    }
    Some((unit, k))
}

/// The noun counted, from token `k`: skipping "dari"/"of the" ("600 dari prajurit", "600 of the
/// soldiers") and "more", keeping reduplication ("anak-anak") and a few two-word nouns.
fn noun_at(scan: &Scan, k: usize) -> Option<(String, usize)> {
    let mut j = k;
    if scan.is_word(j, "dari") {
        j += 1;
        if scan.is_word(j, "para") {
            j += 1;
        }
    } else if scan.is_word(j, "of") {
        j += 1;
        if scan.is_word(j, "the") {
            j += 1;
        }
    } else if scan.is_word(j, "more") {
        j += 1;
    }
    // "600 North Korean soldiers": names used as adjectives stand between a number and its
    // noun in English; they are skipped only when a lower-case noun follows them.
    let names = (j..j + 3).take_while(|&t| scan.is_capitalized(t) && !scan.is_claimed(t)).count();
    if names > 0 && is_noun(scan, j + names) {
        j += names;
    }
    if (k..=j).any(|t| scan.is_claimed(t)) || !is_noun(scan, j) {
        return None;
    }
    let word = scan.lower(j);
    let repeated = scan.is_punct(j + 1, '-')
        && scan.attached(j + 1)
        && scan.attached(j + 2)
        && scan.lower(j + 2) == word
        && !scan.is_claimed(j + 2);
    if repeated {
        return Some((format!("{word}-{word}"), j + 2));
    }
    let second = scan.lower(j + 1);
    if COMPOUNDS.contains(&(word, second)) && !scan.is_claimed(j + 1) {
        return Some((format!("{word} {second}"), j + 1));
    }
    // A noun of two words: the head and its modifier, in either order ("construction workers",
    // "crew members"; "orang dewasa", "kru kabin"). A claim counts it when it counts either
    // word (see `check::quantity::counts`).
    // An English head is a plural after its modifier; a word after a plural is more often a
    // verb ("two leaders met").
    // "dua korban jatuhnya Sriwijaya Air": a word with "-nya" is no modifier of the noun.
    let head_after = !second.ends_with("nya") && scan.lang != Lang::En
        || (second.len() > 3
            && second.ends_with('s')
            && !second.ends_with("ss")
            && !word.ends_with('s'));
    if head_after && is_noun(scan, j + 1) && !scan.attached(j + 1) {
        return Some((format!("{word} {second}"), j + 1));
    }
    Some((word.to_string(), j))
}

/// Nouns of two words whose first word alone means something else ("bala" is "disaster").
const COMPOUNDS: &[(&str, &str)] =
    &[("bala", "bantuan"), ("korban", "jiwa"), ("anak", "buah"), ("warga", "negara")];

/// A lower-case content word: not a function word, not part of a number phrase, not a month,
/// and in English not a past participle ("600 killed").
fn is_noun(scan: &Scan, j: usize) -> bool {
    if scan.kind(j) != Some(TokenKind::Word) || scan.is_claimed(j) {
        return false;
    }
    let raw = scan.raw(j);
    let word = scan.lower(j);
    raw.starts_with(char::is_lowercase)
        && !scan.attached(j)
        && !scan.newline_before(j)
        && word.chars().count() >= 2
        && !lexicon::is_not_noun(word)
        && !lexicon::is_verb_form(word)
        && !(scan.lang == Lang::Id && lexicon::is_active_verb(word))
        && !lexicon::is_tail(word)
        && !lexicon::is_number_vocabulary(word)
        && !lexicon::is_month(word)
        && !word.ends_with("ed")
}
