//! Digit runs that are not numbers of anything: phone numbers, addresses, versions, names of
//! things ("Covid-19", "F-16"), times of day and dates.
//!
//! In: the index of a digit token. Out: whether it may be read as a number and, when not, the
//! last token of the form it belongs to, so the whole form is passed over ("0812-3456-7890" is
//! not three numbers). It never claims: the date parser has already run and no parser after
//! this one reads digits, so a form passed over needs no claim.

use super::lexicon;
use crate::extract::Scan;
use crate::token::TokenKind;

/// How far a run of tokens written without spaces is followed: longer runs are not prose, and
/// the bound keeps the scan linear on pathological text.
const RUN_LIMIT: usize = 32;

/// Words written straight after digits that keep them a number: ordinal suffixes and units
/// ("4th", "10km").
const ATTACHED_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "km", "kg", "cm", "ft"];

/// The digit token `i` continues the form before it: "19" in "Covid-19", "20" in "2019-20".
/// Such a token is never the start of a number.
pub(super) fn continues_previous(scan: &Scan, i: usize) -> bool {
    let prev = i.wrapping_sub(1);
    let before = prev.wrapping_sub(1);
    scan.attached(i)
        && scan.is_punct(prev, '-')
        && scan.attached(prev)
        && matches!(scan.kind(before), Some(TokenKind::Word | TokenKind::Digits))
}

/// `None` when the digit token `i` may be a number; otherwise the last token to pass over.
pub(super) fn blocked(scan: &Scan, i: usize) -> Option<usize> {
    blocked_unless_signed(scan, i, false)
}

/// [`blocked`], but for a sign or point before the digits, which the quantity reader has read
/// as part of the number ("-504", ".77").
pub(super) fn blocked_past_sign(scan: &Scan, i: usize) -> Option<usize> {
    blocked_unless_signed(scan, i, true)
}

fn blocked_unless_signed(scan: &Scan, i: usize, sign_read: bool) -> Option<usize> {
    let (start, end) = attached_run(scan, i);
    if is_address(scan, start, end) || end - start >= RUN_LIMIT {
        return Some(end);
    }
    if let Some(last) = phone(scan, i) {
        return Some(last);
    }
    if let Some(last) = street_number(scan, i) {
        return Some(last);
    }
    if attached_word_before(scan, i)
        || attached_word_after(scan, i)
        || is_decade(scan, i)
        || (!sign_read && signed(scan, i))
    {
        return Some(end);
    }
    if let Some(last) = score(scan, i) {
        return Some(last);
    }
    if let Some(last) = time_of_day(scan, i) {
        return Some(last);
    }
    beside_month(scan, i).then_some(i)
}

/// The first and last token of the run written without spaces around token `i`, bounded.
fn attached_run(scan: &Scan, i: usize) -> (usize, usize) {
    let mut start = i;
    while start > 0 && scan.attached(start) && i - start < RUN_LIMIT {
        start -= 1;
    }
    let mut end = i;
    while scan.attached(end + 1) && end - i < RUN_LIMIT {
        end += 1;
    }
    (start, end)
}

/// A URL, an e-mail address, a path, a date or a fraction: the run holds '/', '@', "://" or
/// "www".
fn is_address(scan: &Scan, start: usize, end: usize) -> bool {
    let marks = ['/', '@', '\\'];
    (start..=end).any(|j| marks.iter().any(|&c| scan.is_punct(j, c)) || scan.is_word(j, "www"))
}

/// A street number: digits, then a street's name and its kind ("8777 Collins Ave.", "12 Baker
/// Street", "15 Jl. Sudirman" is the other order and needs none). Returns the last token of it.
fn street_number(scan: &Scan, i: usize) -> Option<usize> {
    const STREETS: &[&str] =
        &["ave", "avenue", "st", "street", "rd", "road", "blvd", "boulevard", "drive", "lane"];
    let name = i + 1;
    let named = scan.kind(name) == Some(TokenKind::Word) && scan.is_capitalized(name);
    let kind = (name + 1..name + 3).find(|&k| STREETS.contains(&scan.lower(k)))?;
    let capitalized = (name..kind).all(|k| scan.is_capitalized(k));
    (named && capitalized && scan.is_capitalized(kind)).then_some(kind)
}

/// A phone number: "+62 21 555 1234", "0812-3456-7890", "(021) 5551234", or three or more digit
/// groups joined by hyphens ("2025-09-04"). Returns the last token of it.
fn phone(scan: &Scan, i: usize) -> Option<usize> {
    let international = scan.is_punct(i.wrapping_sub(1), '+') && scan.attached(i);
    let leading_zero = scan.raw(i).len() > 1
        && scan.raw(i).starts_with('0')
        && scan.raw(i).bytes().all(|b| b.is_ascii_digit());
    let mut last = i;
    let mut groups = 1;
    loop {
        let next = last + 1;
        if (scan.is_punct(next, '-') || scan.is_punct(next, ')'))
            && scan.attached(next)
            && scan.is_digits(next + 1)
        {
            last = next + 1;
        } else if (international || leading_zero) && scan.is_digits(next) && !scan.attached(next) {
            last = next;
        } else {
            break;
        }
        groups += 1;
        if groups > RUN_LIMIT {
            break;
        }
    }
    (international || leading_zero || groups >= 3).then_some(last)
}

/// Digits written onto a word: "v2", "G20", "MH17" (but "Rp10.000" is money, and "M5,6" a
/// symbol with its value).
fn attached_word_before(scan: &Scan, i: usize) -> bool {
    let prev = i.wrapping_sub(1);
    scan.attached(i)
        && scan.kind(prev) == Some(TokenKind::Word)
        && lexicon::currency_prefix(scan.lower(prev), scan.lang).is_none()
        && !symbol_with_value(scan, i)
}

/// One capital letter written onto a number with one decimal, alone: "Gempa M5,6", "an M6.2
/// quake", a magnitude's symbol and its value. A code is written without a decimal ("G20",
/// "A320").
pub(super) fn symbol_with_value(scan: &Scan, i: usize) -> bool {
    let prev = i.wrapping_sub(1);
    let letter = scan.raw(prev);
    let raw = scan.raw(i);
    let one_decimal = raw.rsplit_once([',', '.']).is_some_and(|(whole, tenths)| {
        !whole.is_empty() && whole.len() <= 2 && tenths.len() == 1 && !whole.contains([',', '.'])
    });
    scan.attached(i)
        && letter.len() == 1
        && letter.bytes().all(|b| b.is_ascii_uppercase())
        && !scan.attached(prev)
        && !scan.attached(i + 1)
        && one_decimal
}

/// "-5", ".5", "No.5": a sign or a point written onto the digits from a free-standing mark.
/// A sign is not kept (quantities here are never negative) and a leading point is rare enough
/// in news that reading "5" would more often be wrong than right.
fn signed(scan: &Scan, i: usize) -> bool {
    let prev = i.wrapping_sub(1);
    let mark = scan.is_punct(prev, '-') || scan.is_punct(prev, '.') || scan.is_punct(prev, ',');
    let free = !scan.attached(prev) || scan.kind(prev.wrapping_sub(1)) == Some(TokenKind::Word);
    let money = lexicon::currency_prefix(scan.lower(prev.wrapping_sub(1)), scan.lang).is_some();
    scan.attached(i) && mark && free && !money
}

/// A word written onto the digits: "5G", "3D", "4K" (but "4th", "10km", "50rb" and "100K" are
/// read).
fn attached_word_after(scan: &Scan, i: usize) -> bool {
    scan.attached(i + 1)
        && scan.kind(i + 1) == Some(TokenKind::Word)
        && !ATTACHED_SUFFIXES.contains(&scan.lower(i + 1))
        && scale_suffix(scan, i).is_none()
}

/// The power of ten of the scale abbreviation after the digit token `i`: "10 rb", "50rb",
/// "2,5 jt", "1.2bn", and where they cannot be a name, "K" and "M": "100K", "1,2K" (a thousand;
/// one digit alone, "4K", "5K", is a name), in English "1.2M", "30M" (a million), in Indonesian
/// only in money, "Rp1,2 M" (miliar: 10^9), and in English money written onto the digits
/// "$50m". "M" or "K" alone, or before a word in lower case without money ("5 M orang"), is no
/// scale.
pub(super) fn scale_suffix(scan: &Scan, i: usize) -> Option<u32> {
    let k = i + 1;
    if scan.is_claimed(k) || scan.kind(k) != Some(TokenKind::Word) || scan.paragraph_before(k) {
        return None;
    }
    let word = scan.lower(k);
    if let Some(exp) = lexicon::digit_scale(word) {
        return Some(exp);
    }
    // Most words after a number are its noun: the money and the name are looked at only for
    // "k" and "m".
    if word != "k" && word != "m" {
        return None;
    }
    let raw = scan.raw(i);
    let money = money_before(scan, i);
    let not_a_name = raw.len() > 1 || money;
    match (word, scan.raw(k)) {
        ("k", _) if scan.attached(k) && not_a_name => Some(3),
        ("m", "M") if money && scan.lang == crate::lang::Lang::Id => Some(9),
        // "$50m": in money written onto the digits, a million. Elsewhere "4m" may be millions
        // or metres, and is left unread.
        ("m", "m") if money && scan.attached(k) && scan.lang == crate::lang::Lang::En => Some(6),
        ("m", "M") if scan.attached(k) && not_a_name && scan.lang == crate::lang::Lang::En => {
            Some(6)
        }
        _ => None,
    }
}

/// A currency stands right before the digit token `i`: "Rp50", "Rp 50", "$3", "US$ 5".
fn money_before(scan: &Scan, i: usize) -> bool {
    let prev = i.wrapping_sub(1);
    let sign = scan.kind(prev) == Some(TokenKind::Punct)
        && ["$", "€", "£", "¥", "₹"].contains(&scan.raw(prev));
    let dot = scan.is_punct(prev, '.') && scan.attached(i);
    let word = if dot { prev.wrapping_sub(1) } else { prev };
    sign || lexicon::currency_prefix(scan.lower(word), scan.lang).is_some()
}

/// "2-1", "2019-20": two plain numbers joined by a hyphen, the second not above the first, are
/// a score or a season, not a range. Returns the second.
fn score(scan: &Scan, i: usize) -> Option<usize> {
    let joined = scan.is_punct(i + 1, '-') && scan.attached(i + 1) && scan.attached(i + 2);
    let plain = |j: usize| {
        let raw = scan.raw(j);
        raw.bytes().all(|b| b.is_ascii_digit()).then(|| raw.parse::<u64>().ok()).flatten()
    };
    let (first, second) = (plain(i)?, plain(i + 2).filter(|_| joined)?);
    (second <= first).then_some(i + 2)
}

/// "1990-an", "1990an": a decade.
fn is_decade(scan: &Scan, i: usize) -> bool {
    let hyphen = scan.is_punct(i + 1, '-') && scan.attached(i + 1);
    hyphen && scan.attached(i + 2) && scan.is_word(i + 2, "an")
}

/// "21:05", "9:30 am", "pukul 21.05", "10.30 WIB", "9 pm": the last token of the time, or
/// `None`.
fn time_of_day(scan: &Scan, i: usize) -> Option<usize> {
    let colon = scan.is_punct(i + 1, ':') && scan.attached(i + 1) && scan.is_digits(i + 2);
    let mut last = if colon { i + 2 } else { i };
    let zone = time_zone_after(scan, last);
    if let Some(end) = zone {
        last = end;
    }
    let after_colon = scan.is_punct(i.wrapping_sub(1), ':') && scan.attached(i);
    // "pukul 10", "jam 10"; but "2 jam 10 menit" is a measure, "jam" the unit of the 2.
    let unit_before = scan.lower(i.wrapping_sub(1)) == "jam"
        && (scan.kind(i.wrapping_sub(2)) == Some(TokenKind::Digits)
            || lexicon::number_word(scan.lower(i.wrapping_sub(2))).is_some());
    let said = lexicon::is_time_word(scan.lower(i.wrapping_sub(1)))
        && !unit_before
        && looks_like_clock(scan, i);
    (colon || after_colon || said || (zone.is_some() && looks_like_clock(scan, i))).then_some(last)
}

/// The last token of a time zone or "am"/"pm" ("a.m.") after token `i`.
fn time_zone_after(scan: &Scan, i: usize) -> Option<usize> {
    let next = i + 1;
    if lexicon::is_time_zone(scan.lower(next)) {
        return Some(next);
    }
    let dotted = (scan.is_word(next, "a") || scan.is_word(next, "p"))
        && scan.is_punct(next + 1, '.')
        && scan.attached(next + 1)
        && scan.is_word(next + 2, "m");
    dotted.then_some(next + 2)
}

/// "21", "9", "21.05", "10.30": an hour, with minutes after a single separator.
fn looks_like_clock(scan: &Scan, i: usize) -> bool {
    let raw = scan.raw(i);
    let (hour, minutes) = raw.split_once(['.', ',']).unwrap_or((raw, "00"));
    let hour_ok = hour.len() <= 2 && hour.parse::<u32>().is_ok_and(|h| h <= 24);
    let minutes_ok = minutes.len() == 2 && minutes.parse::<u32>().is_ok_and(|m| m < 60);
    hour_ok && minutes_ok
}

/// "26 April", "April 26", "September 2023", "antara 8 dan 13 Oktober", "October 8 and 13": a
/// day or a year beside a month name is a date, and so is a day joined to such a day.
fn beside_month(scan: &Scan, i: usize) -> bool {
    let month = |j: usize| scan.is_capitalized(j) && lexicon::is_month(scan.lower(j));
    let day = |j: usize| {
        let raw = scan.raw(j);
        scan.is_digits(j)
            && raw.len() <= 2
            && raw.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
    };
    let joins =
        |j: usize| ["dan", "and", "hingga", "sampai", "to", "-", "–"].contains(&scan.lower(j));
    let raw = scan.raw(i);
    let year = raw.len() == 4 && raw.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y));
    let prev = i.wrapping_sub(1);
    let back = i.wrapping_sub(2);
    if year {
        return month(prev);
    }
    day(i)
        && (month(i + 1)
            || month(prev)
            || (joins(i + 1) && day(i + 2) && month(i + 3))
            || (joins(prev) && day(back) && month(back.wrapping_sub(1))))
}
