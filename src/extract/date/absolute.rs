//! Dates written with their numbers: days, months and years, with or without a year.
//!
//! In: a [`Scan`] and the token a date may start at. Out: a [`Hit`] for "21/8/2025",
//! "2025-08-21", "21.08.2025", "21 Agustus 2025", "4th September 2025", "Sept. 4, 2025",
//! "September 2023", "bulan Juni 2024", "tahun 2019", "pada 2024" (span "2024"), "(26/4)",
//! "26 April", "pada April" (span "April"), "Mei lalu", "Januari mendatang", "next March",
//! "10/31/1974", "21/08/25", "31/Oct/1974", "2014-10", "8/2025", "march 3 2015", "first of
//! March", "March third 2015", "on the 15th", "on 2/15".
//!
//! Numeric dates are day first (d/m/y), as in Indonesian and most international news, or ISO
//! (y-m-d); month first (m/d/y) only where the day cannot come first (the second number is above
//! 12: "10/31/1974"). A two-number date ("26/4") is read only between parentheses or beside a
//! weekday: anywhere else it is as likely a ratio or a score. A year and a month ("2014-10") is
//! read unless the month is the next year's last two digits (a season, "2010-11"); a month and a
//! year ("8/2025") unless a number's label or a capitalised code stands before it ("No. 8/2025",
//! "Perpres 8/2025"). A bare four-digit number is a year only after a preposition or
//! "tahun"/"year"; alone it is left to the number parser. A two-digit year is read only closing a
//! numeric date ("21/08/25") or a day and month with no word after it ("14th April 15"): 00–39 are
//! 2000–2039, 40–99 are 1940–1999. It never reads an impossible date. A month in lower case that
//! is also a verb or cut short ("march", "may", "aug") counts only beside a day.
//!
//! A day may be said as an ordinal word: after "of" ("first of march"; never after "a" or a
//! count, "a third of"), before a year ("march third 2015"), or after a month that is neither a
//! lower-case verb nor after "in" and the like, closing a phrase ("set for March first."; not
//! "they march first", "in March first", "May first-quarter"). A day of a month not named ("on
//! the 15th", "by the 1st") is read only after "the" and "on", "by", "until" or "since",
//! closing a phrase (not "on the 15th floor", "the 15th of 20"), and only where no month, year
//! or week of the story's was written before it (the caller, [`super::read_at`], sees those). After "on", a two-number date
//! with no year is read in the one order it can be ("on 2/15", "on 26/4"; "on 3/4" is not).

use chrono::{Datelike, NaiveDate};

use super::Hit;
use super::lexicon::{self, MonthForm};
use super::tokens::{
    after_month, day_at, is_count, is_counted_noun, is_word, joined_after, month_at,
    preposition_before, small_number, spelled_day_at, word_at, word_before, year_at, year_digits,
};
use crate::extract::Scan;
use crate::mention::{DateExpr, DateValue};
use crate::token::TokenKind;

/// The date starting at token `i`, standing on its own in the text.
pub(super) fn read(scan: &Scan, i: usize) -> Option<Hit> {
    match scan.kind(i)? {
        TokenKind::Digits => numeric(scan, i, false)
            .or_else(|| day_then_month(scan, i))
            .or_else(|| first_day_of_range(scan, i))
            .or_else(|| year_after_preposition(scan, i))
            .or_else(|| day_on_the(scan, i)),
        TokenKind::Word => year_after_noun(scan, i)
            .or_else(|| month_then_rest(scan, i))
            .or_else(|| spelled_day_then_month(scan, i)),
        TokenKind::Punct => None,
    }
}

/// The date of one day starting at token `i`, written beside a weekday: "21/8/2025", "26/4",
/// "21 Agustus 2025", "April 28, 2025".
pub(super) fn day_beside(scan: &Scan, i: usize) -> Option<Hit> {
    numeric(scan, i, true)
        .or_else(|| day_then_month(scan, i))
        .or_else(|| month_then_rest(scan, i))
        .filter(|hit| hit.is_day())
}

/// A day, or an invalid hit when it does not exist.
fn day(first: usize, last: usize, value: Option<DateValue>) -> Option<Hit> {
    Some(value.map_or(Hit::invalid(first, last), |v| Hit::new(first, last, DateExpr::Absolute(v))))
}

/// A day and month with no year, or an invalid hit when that day exists in no year (29 February
/// does).
fn bare_day(first: usize, last: usize, month: u32, day: u32) -> Option<Hit> {
    if NaiveDate::from_ymd_opt(2000, month, day).is_none() {
        return Some(Hit::invalid(first, last));
    }
    Some(Hit::new(first, last, DateExpr::BareDay { month, day }))
}

/// "21/8/2025", "21-8-2025", "2025-08-21", "21.08.2025", and "26/4" when `bare` or between
/// parentheses.
fn numeric(scan: &Scan, i: usize, bare: bool) -> Option<Hit> {
    // Part of a longer run of numbers ("1/21/8/2025", "10:21/8"): not a date.
    if scan.attached(i)
        && (scan.is_digits(i.wrapping_sub(1))
            || [':', '/', '-', '.'].iter().any(|&c| joined_after(scan, i, c)))
    {
        return None;
    }
    if let Some(hit) = dotted(scan, i).or_else(|| day_month_name_year(scan, i)) {
        return Some(hit);
    }
    let sep = ['/', '-'].into_iter().find(|&c| scan.is_punct(i + 1, c))?;
    let glued = |j: usize| scan.attached(j);
    if !(glued(i + 1) && glued(i + 2) && scan.is_digits(i + 2)) {
        return None;
    }
    if scan.is_punct(i + 3, sep) && glued(i + 3) && glued(i + 4) && scan.is_digits(i + 4) {
        if continues(scan, i + 4) {
            return None;
        }
        return day_month_year(scan, i, i + 2, i + 4)
            .or_else(|| year_month_day(scan, i, i + 2, i + 4))
            .or_else(|| month_day_year(scan, i, i + 2, i + 4));
    }
    if let Some(hit) = year_then_month(scan, i, sep).or_else(|| month_then_year(scan, i, sep)) {
        return Some(hit);
    }
    let in_parens = scan.is_punct(i.wrapping_sub(1), '(') && scan.is_punct(i + 3, ')');
    // "on 2/15", "on 26/4": after "on" the two numbers are a day and a month, in the one order
    // they can be (one is above 12); "on 3/4" could be either, "on 2/15 of" is a fraction.
    let on = !(bare || in_parens) && word_before(scan, i) == "on" && closes_a_day(scan, i + 3);
    if sep != '/' || !(bare || in_parens || on) || continues(scan, i + 2) {
        return None;
    }
    let (first, second) = (small_number(scan, i, 2)?, small_number(scan, i + 2, 2)?);
    if on {
        return match (first > 12, second > 12) {
            (true, false) => bare_day(i, i + 2, second, first),
            (false, true) => bare_day(i, i + 2, first, second),
            _ => None,
        };
    }
    bare_day(i, i + 2, second, first)
}

/// The number run goes on after token `last` ("21/8/2025/3", "21-8-2025-1").
fn continues(scan: &Scan, last: usize) -> bool {
    let sep = [':', '/', '-'].iter().any(|&c| scan.is_punct(last + 1, c));
    sep && scan.attached(last + 1) && scan.attached(last + 2) && scan.is_digits(last + 2)
}

fn day_month_year(scan: &Scan, d: usize, m: usize, y: usize) -> Option<Hit> {
    let (dd, mm) = (small_number(scan, d, 2)?, small_number(scan, m, 2)?);
    let yy = year_digits(scan, y).or_else(|| two_digit_year(scan, y))?;
    // "10/31/1974": the month first, when the day cannot be (month_day_year).
    if mm > 12 && dd <= 12 {
        return None;
    }
    day(d, y, DateValue::day(yy, mm, dd))
}

/// "10/31/1974", "10/31/74": the month first, read only when the order cannot be the other
/// (the second number is above 12).
fn month_day_year(scan: &Scan, m: usize, d: usize, y: usize) -> Option<Hit> {
    let (mm, dd) = (small_number(scan, m, 2)?, small_number(scan, d, 2)?);
    let yy = year_digits(scan, y).or_else(|| two_digit_year(scan, y))?;
    (mm <= 12 && dd > 12).then(|| day(m, y, DateValue::day(yy, mm, dd)))?
}

/// A year of two digits closing a numeric date ("21/08/25", "3/3/15", "10/31/74"): 2000–2039
/// for 00–39, 1940–1999 for 40–99. Never a year standing alone.
fn two_digit_year(scan: &Scan, y: usize) -> Option<i32> {
    let raw = scan.raw(y);
    if raw.len() != 2 {
        return None;
    }
    let yy = i32::try_from(small_number(scan, y, 2)?).ok()?;
    Some(if yy < 40 { 2000 + yy } else { 1900 + yy })
}

/// "31/Oct/1974", "31-Oct-1974": a day, a month's name and a year joined by slashes or hyphens.
fn day_month_name_year(scan: &Scan, i: usize) -> Option<Hit> {
    let sep = ['/', '-'].into_iter().find(|&c| scan.is_punct(i + 1, c))?;
    let glued = (i + 1..=i + 4).all(|j| scan.attached(j));
    let (dd, _) = day_at(scan, i).filter(|&(_, after)| after == i + 1)?;
    let (month, _) = lexicon::MONTHS.find(super::tokens::word_at(scan, i + 2))?;
    if !glued || !scan.is_punct(i + 3, sep) || continues(scan, i + 4) {
        return None;
    }
    let year = year_digits(scan, i + 4)?;
    day(i, i + 4, DateValue::day(year, month, dd))
}

/// "2014-10", "2014/10": a year and a month (not a season, "2010-11", whose second number is
/// the next year's).
fn year_then_month(scan: &Scan, i: usize, sep: char) -> Option<Hit> {
    let year = year_digits(scan, i)?;
    let month = small_number(scan, i + 2, 2)?;
    let season = u32::try_from((year + 1) % 100).ok() == Some(month);
    if season || continues(scan, i + 2) || !scan.attached(i + 1) || !scan.attached(i + 2) {
        return None;
    }
    let _ = sep;
    Some(Hit::new(i, i + 2, DateExpr::Absolute(DateValue::month(year, month)?)))
}

/// "2/2013", "8/2025": a month and a year, joined by a slash; not a number of a law or a
/// decision ("No. 8/2025", "UU 1/2025", "Perpres 8/2025").
fn month_then_year(scan: &Scan, i: usize, sep: char) -> Option<Hit> {
    if sep != '/' || !scan.attached(i + 1) || !scan.attached(i + 2) || continues(scan, i + 2) {
        return None;
    }
    let month = small_number(scan, i, 2).filter(|m| (1..=12).contains(m))?;
    let year = year_digits(scan, i + 2)?;
    let mut before = i.checked_sub(1);
    if let Some(p) = before.filter(|&p| scan.is_punct(p, '.')) {
        before = p.checked_sub(1);
    }
    let numbered = before.is_some_and(|p| {
        is_word(scan, p)
            && (scan.is_capitalized(p)
                || ["no", "nomor", "nomer", "number", "nr", "pasal", "ayat"]
                    .contains(&scan.lower(p)))
    });
    (!numbered).then(|| Hit::new(i, i + 2, DateExpr::Absolute(DateValue::Month(year, month))))
}

fn year_month_day(scan: &Scan, y: usize, m: usize, d: usize) -> Option<Hit> {
    let yy = year_digits(scan, y)?;
    let (mm, dd) = (small_number(scan, m, 2)?, small_number(scan, d, 2)?);
    day(y, d, DateValue::day(yy, mm, dd))
}

/// "21.08.2025" is one token: the tokenizer keeps a dot between digits. Thousands groups have
/// three digits, so "1.200.000" never reads as a date.
fn dotted(scan: &Scan, i: usize) -> Option<Hit> {
    let mut parts = scan.raw(i).split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let sizes = (1..=2).contains(&d.len()) && (1..=2).contains(&m.len()) && y.len() == 4;
    if parts.next().is_some() || !sizes || continues(scan, i) {
        return None;
    }
    let number = |s: &str| s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse().ok()).flatten();
    let year = i32::try_from(number(y)?).ok()?;
    let (d, m) = (number(d)?, number(m)?);
    // "10.31.1974": the month first, when the day cannot be.
    let (d, m) = if m > 12 && d <= 12 { (m, d) } else { (d, m) };
    day(i, i, DateValue::day(year, m, d))
}

/// "21 Agustus 2025", "4th of September 2025", "21 Agt. 2025", "26 April".
fn day_then_month(scan: &Scan, i: usize) -> Option<Hit> {
    let (dd, mut j) = day_at(scan, i)?;
    let of = scan.is_word(j, "of");
    if of {
        j += 1;
    }
    // "the 1st of march", "3rd may 2015": a month written in lower case, that is also a verb
    // or cut short, counts after a day said with "of" or a suffix, or before a year.
    let suffixed = j > i + 1 + usize::from(of);
    let (month, form) = month_at(scan, j).or_else(|| {
        let loose = lexicon::MONTHS.find(super::tokens::word_at(scan, j))?;
        let year_after = year_at(scan, after_month(scan, j, loose.1)).is_some();
        (of || suffixed || year_after).then_some(loose)
    })?;
    let after = after_month(scan, j, form);
    if let Some(year) = year_at(scan, after) {
        return day(i, after, DateValue::day(year, month, dd));
    }
    // "14th April 15": two digits closing the date, with no word after them to count, are
    // its year (see two_digit_year); "4 Agustus 45 orang" counts people.
    let closes = !is_word(scan, after + 1) && !scan.is_digits(after + 1) && !scan.attached(after);
    if closes && let Some(year) = two_digit_year(scan, after).filter(|_| scan.is_digits(after)) {
        return day(i, after, DateValue::day(year, month, dd));
    }
    bare_day(i, j, month, dd)
}

/// "first of March", "the third of march 2015", "twenty-first of May": a day said as an
/// ordinal word, "of" and a month (in lower case too: "of" makes it a date). Not a fraction
/// ("a third of May's rain", "one third of", "one-third of"): no article "a" nor a count
/// stands before it, nor a hyphen written against it.
fn spelled_day_then_month(scan: &Scan, i: usize) -> Option<Hit> {
    let (dd, of) = spelled_day_at(scan, i)?;
    let fraction = matches!(word_before(scan, i), "a" | "an")
        || i.checked_sub(1).is_some_and(|p| is_count(scan, p))
        || joined_after(scan, i, '-');
    if fraction || !scan.is_word(of, "of") {
        return None;
    }
    let (month, form) = lexicon::MONTHS.find(word_at(scan, of + 1))?;
    if form == MonthForm::Abbr && !scan.is_capitalized(of + 1) {
        return None;
    }
    let after = after_month(scan, of + 1, form);
    if let Some(year) = year_at(scan, after) {
        return day(i, after, DateValue::day(year, month, dd));
    }
    bare_day(i, of + 1, month, dd)
}

/// A day of a month not named, said with its suffix, from token `i`, after "the" perhaps ("the
/// 19th", "19th"), with no month nor "of" after it: the day, and its first and last token (the
/// span leaves "the" out). Whether it closes a phrase is [`closes_a_day`]'s to say.
pub(super) fn day_of_unnamed_month(scan: &Scan, i: usize) -> Option<(u32, usize, usize)> {
    let at = if scan.is_word(i, "the") { i + 1 } else { i };
    let (day, after) = day_at(scan, at)?;
    let suffixed = after == at + 2;
    (suffixed && month_at(scan, after).is_none() && !scan.is_word(after, "of")).then_some((
        day,
        at,
        after - 1,
    ))
}

/// "on the 15th", "by the 1st", "until the 30th": a day of a month not named, after "the" and
/// a preposition that makes it a date, closing the phrase. Not "on the 15th floor", "the 15th
/// of 20", "since the 19th-century".
fn day_on_the(scan: &Scan, i: usize) -> Option<Hit> {
    let before_the = i.checked_sub(1).map_or("", |p| word_before(scan, p));
    if word_before(scan, i) != "the" || !matches!(before_the, "on" | "by" | "until" | "since") {
        return None;
    }
    let (day, first, last) = day_of_unnamed_month(scan, i)?;
    closes_a_day(scan, last + 1)
        .then(|| Hit::new(first, last, DateExpr::DayOfMonth { day, weekday: None }))
}

/// Token `i` ends a day written before it, so that no noun follows for the day to count or to
/// order ("the 15th floor", "19th-century", "2/15 of"): nothing, a new paragraph, punctuation
/// other than a hyphen written against the day, or a function word or verb ([`ends_a_date`])
/// other than "of".
pub(super) fn closes_a_day(scan: &Scan, i: usize) -> bool {
    match scan.kind(i) {
        None => true,
        _ if scan.newline_before(i) => true,
        Some(TokenKind::Punct) => {
            !(scan.attached(i) && (scan.is_punct(i, '-') || scan.is_punct(i, '–')))
        }
        Some(TokenKind::Word) => {
            let word = scan.lower(i);
            word != "of" && !scan.is_capitalized(i) && ends_a_date(word)
        }
        Some(TokenKind::Digits) => false,
    }
}

/// The first day of a range of days in one month ("21-23 Agustus 2025"): that day, dated by the
/// month and year written after the last. The span is the first day alone; the last day is read
/// next, as a date of its own.
fn first_day_of_range(scan: &Scan, i: usize) -> Option<Hit> {
    let (first, after) = day_at(scan, i)?;
    if !(scan.is_punct(after, '-') || scan.is_punct(after, '–')) {
        return None;
    }
    let expr = match day_then_month(scan, after + 1)?.expr? {
        DateExpr::Absolute(DateValue::Day(last)) if first < last.day() => {
            DateExpr::Absolute(DateValue::day(last.year(), last.month(), first)?)
        }
        DateExpr::BareDay { month, day } if first < day => DateExpr::BareDay { month, day: first },
        _ => return None,
    };
    Some(Hit::new(i, after - 1, expr))
}

/// "tahun 2019", "year 2024", unless a count follows ("tahun 2000 tentara" is no year).
fn year_after_noun(scan: &Scan, i: usize) -> Option<Hit> {
    if !(scan.is_word(i, "tahun") || scan.is_word(i, "year")) || is_counted_noun(scan, i + 2) {
        return None;
    }
    let year = year_at(scan, i + 1)?;
    Some(Hit::new(i, i + 1, DateExpr::Absolute(DateValue::Year(year))))
}

/// "pada 2024", "sejak 2019", "in 2024", "mid-2024": the span is the year alone. Not before a
/// counted noun ("pada 2000 tentara"); after a word that also means "up to" ("hingga 2000"), only
/// years 1900–2100.
fn year_after_preposition(scan: &Scan, i: usize) -> Option<Hit> {
    let year = year_at(scan, i)?;
    let up_to = preposition_before(scan, i)?;
    if (up_to && !(1900..=2100).contains(&year)) || is_counted_noun(scan, i + 1) {
        return None;
    }
    Some(Hit::new(i, i, DateExpr::Absolute(DateValue::Year(year))))
}

/// A date that starts with its month, after an optional "bulan": "September 4, 2025",
/// "April 26", "September 2023", "bulan Juni 2024", "Juni tahun 2024", "pada April", "bulan
/// April", "Mei lalu".
fn month_then_rest(scan: &Scan, i: usize) -> Option<Hit> {
    let bulan = scan.is_word(i, "bulan");
    let at = if bulan { i + 1 } else { i };
    let Some((month, form)) = month_at(scan, at) else {
        // "march 3 2015", "march 3": a month in lower case that is also a verb ("march", "may")
        // or cut short ("aug") counts before a day.
        let (month, form) = lexicon::MONTHS.find(super::tokens::word_at(scan, at))?;
        return month_then_day(scan, i, after_month(scan, at, form), month, true)
            .filter(|_| !bulan && !scan.is_capitalized(at));
    };
    let after = after_month(scan, at, form);
    if !bulan && let Some(hit) = month_then_day(scan, i, after, month, false) {
        return Some(hit);
    }
    let year_at_token =
        if scan.is_word(after, "tahun") || scan.is_punct(after, ',') { after + 1 } else { after };
    if let Some(year) = year_at(scan, year_at_token) {
        let value = DateValue::month(year, month)?;
        return Some(Hit::new(i, year_at_token, DateExpr::Absolute(value)));
    }
    bare_month(scan, i, at, month, form, bulan)
}

/// "September 4, 2025", "Aug 21 2025"; "April 26" only when no word follows the day that could
/// be what it counts ("in April 26 people died"), or when a determiner comes before it ("the
/// May 26 accident").
///
/// The day may be said as an ordinal word ("March third 2015", "March first"): before a year,
/// or closing a phrase ([`closes_a_day`]) after a month that is no verb written in lower case
/// (`loose`: "they march first", "you may first") and no preposition of months ("in March
/// first", where "first" tells an order).
fn month_then_day(scan: &Scan, first: usize, at: usize, month: u32, loose: bool) -> Option<Hit> {
    // "february the 15th": "the" before a day said with its suffix.
    let the = scan.is_word(at, "the") && day_at(scan, at + 1).is_some_and(|(_, a)| a == at + 3);
    let at = if the { at + 1 } else { at };
    let (dd, after, spelled) = match day_at(scan, at) {
        Some((dd, after)) => (dd, after, false),
        None => spelled_day_at(scan, at).map(|(dd, after)| (dd, after, true))?,
    };
    let year_token = if scan.is_punct(after, ',') { after + 1 } else { after };
    if let Some(year) = year_at(scan, year_token) {
        return day(first, year_token, DateValue::day(year, month, dd));
    }
    if spelled {
        let order = loose || preposition_before(scan, first).is_some();
        return (!order && closes_a_day(scan, after))
            .then(|| bare_day(first, after - 1, month, dd))?;
    }
    // "the March 26 collapse": after a determiner, the day and month name the noun's date.
    let determined = first > 0 && DETERMINERS.contains(&scan.lower(first - 1));
    if is_word(scan, after)
        && !scan.is_capitalized(after)
        && !ends_a_date(scan.lower(after))
        && !determined
    {
        return None;
    }
    bare_day(first, after - 1, month, dd)
}

/// Words that make a noun phrase of what follows them: "the May 26 accident".
const DETERMINERS: &[&str] = &["the", "this", "that", "its", "their", "last"];

/// A word after "March 26" that cannot be the noun the 26 counts, so that the two are a date:
/// a function word, a verb or an adverb ("on March 26 after the ship struck", "on Aug. 8 killed
/// at least 114", "ignited Nov. 8 near Poe Dam"). Before a noun ("in April 26 people died") the
/// number counts.
fn ends_a_date(word: &str) -> bool {
    const FUNCTION: &[&str] = &[
        "after",
        "before",
        "when",
        "while",
        "and",
        "but",
        "at",
        "in",
        "on",
        "that",
        "the",
        "a",
        "an",
        "to",
        "from",
        "by",
        "with",
        "as",
        "since",
        "until",
        "during",
        "of",
        "was",
        "were",
        "is",
        "are",
        "has",
        "had",
        "have",
        "will",
        "would",
        "said",
        "says",
        "for",
        "or",
        "near",
        "due",
        "amid",
        "following",
        "through",
        "into",
        "across",
        "around",
        "inside",
        "outside",
        "where",
        "which",
        "who",
    ];
    // An adverb too: "The blaze that started Nov. 8 largely destroyed …".
    let adverb = word.len() > 4 && word.ends_with("ly");
    FUNCTION.contains(&word) || (word.len() > 4 && word.ends_with("ed")) || adverb
}

/// A month on its own: after "bulan" or a preposition ("pada April", "in May"), or before "lalu"
/// ("Mei lalu", span included). Abbreviations never stand alone ("Jan" is also a name).
fn bare_month(
    scan: &Scan,
    first: usize,
    at: usize,
    month: u32,
    form: MonthForm,
    bulan: bool,
) -> Option<Hit> {
    if form == MonthForm::Abbr {
        return None;
    }
    let expr = DateExpr::BareMonth(month);
    // "next March", "last March": the word before makes it a date, and tells its tense.
    let direction =
        ["next", "last", "this", "coming"].contains(&super::tokens::word_before(scan, at));
    if bulan || direction || preposition_before(scan, at).is_some() {
        Some(Hit::new(first, at, expr))
    } else if ["lalu", "mendatang", "depan"].iter().any(|w| scan.is_word(at + 1, w)) {
        // "Mei lalu", "Januari mendatang", "Oktober depan".
        Some(Hit::new(first, at + 1, expr))
    } else {
        None
    }
}
