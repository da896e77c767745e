//! Dates and weekdays, in Indonesian and English (both always active).
//!
//! In: the token [`Scan`] of a text, before any other parser has claimed a token. Out: a
//! [`Value::Date`] mention for every date written, at the precision written, and a
//! [`Value::Weekday`] mention for every weekday, keeping the date written beside it. Every token
//! of a mention is claimed, so "21/8/2025" never becomes three numbers and "pada 2024" never
//! becomes a count.
//!
//! It never resolves a relative date (each mention carries `expr.resolve(None)`, which is `None`
//! for relative forms; [`super::resolve_dates`] does the rest), never guesses a missing year or
//! century, and never reports an impossible date ("30/2/2025" yields nothing).
//!
//! Spans hold the date words themselves. Prepositions and articles ("pada", "sejak", "in", "the")
//! stay outside, because they are not part of the date and change with the sentence; the nouns
//! that make a number or a weekday a date stay inside ("tahun 2019", "bulan Juni 2024",
//! "hari Rabu").
//!
//! The readers, tried in this order at each unclaimed token:
//! - [`weekday`]: "Kamis (21/8/2025)", "pada hari Rabu", "on Friday", "last Thursday",
//!   "next Monday", "Wednesday of next week", "last week's Sunday", "Tuesday the 19th";
//! - [`relative`]: "tahun lalu", "Juni tahun lalu", "last week", "kemarin", "dua tahun lalu";
//! - [`absolute`]: "21/8/2025", "21 Agustus 2025", "Sept. 4, 2025", "September 2023",
//!   "pada 2024", "(26/4)", "pada April", "first of March", "on the 15th", "on 2/15".

mod absolute;
mod lexicon;
mod relative;
mod tokens;
mod weekday;

use chrono::Weekday;

use crate::extract::Scan;
use crate::mention::{DateExpr, DateMention, DateValue, Mention, Value, WeekdayMention};

/// A date read off the tokens: its expression and the tokens `first..=last` its span covers.
/// `word`, in lower case, names a weekday or a month ([`lexicon::names_a_day_or_month`]).
pub(crate) fn names_a_day_or_month(word: &str) -> bool {
    lexicon::names_a_day_or_month(word)
}

/// The month `word`, in lower case, names, and whether it names it only when capitalised
/// ("May", "Jan"): for readers of later stages that meet month names outside a date, as in a
/// run of months ("Januari–Maret 2024").
pub(crate) fn month(word: &str) -> Option<(u32, bool)> {
    lexicon::month(word)
}

/// `expr` is `None` for a date that does not exist ("30/2/2025"): its tokens are still claimed,
/// so that they are not read as numbers, but it yields no mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Hit {
    first: usize,
    last: usize,
    expr: Option<DateExpr>,
}

impl Hit {
    fn new(first: usize, last: usize, expr: DateExpr) -> Hit {
        Hit { first, last, expr: Some(expr) }
    }

    fn invalid(first: usize, last: usize) -> Hit {
        Hit { first, last, expr: None }
    }

    /// The date names one day (a weekday can stand beside it), or none that exists.
    fn is_day(self) -> bool {
        matches!(
            self.expr,
            None | Some(DateExpr::Absolute(DateValue::Day(_)) | DateExpr::BareDay { .. })
        )
    }
}

pub(super) fn extract(scan: &mut Scan, out: &mut Vec<Mention>) {
    let mut i = 0;
    while i < scan.len() {
        if !scan.is_claimed(i)
            && let Some(last) = read_at(scan, i, out)
        {
            scan.claim(i, last);
            // A part of the day inside the expression ("Sabtu malam, 1 Oktober 2022") is a
            // time, for the time reader.
            if let Some((first, end)) = weekday::part_inside(scan, i, last) {
                scan.release(first, end);
            }
            i = last + 1;
        } else {
            i += 1;
        }
    }
}

/// Reads the date or weekday starting at token `i`, pushes its mentions and returns the last
/// token read; `None` (and nothing pushed) when none starts there.
/// The words a date may start with (see [`Scan::starts`]).
pub(super) fn starters() -> Vec<&'static str> {
    lexicon::starters()
}

fn read_at(scan: &Scan, i: usize, out: &mut Vec<Mention>) -> Option<usize> {
    if !lexicon::may_start_a_date(scan, i) {
        return None;
    }
    if let Some(last) = weekday::read(scan, i, out) {
        return Some(last);
    }
    let hit = relative::read(scan, i).or_else(|| absolute::read(scan, i))?;
    if matches!(hit.expr, Some(DateExpr::DayOfMonth { weekday: None, .. })) && told_before(out) {
        return None;
    }
    out.extend(date_mention(scan, hit));
    Some(hit.last)
}

/// A date before in the text names a month, a year or a week of its own: a day of a month not
/// named after it ("In March … On the 15th, …") is most often of that month, not the nearest
/// to the article's date, so it is left unread. Days told from the article's ("yesterday", "on
/// Monday") name no other month.
fn told_before(out: &[Mention]) -> bool {
    out.iter().any(|m| match &m.value {
        Value::Date(d) => !matches!(
            d.expr,
            DateExpr::DayOffset(_) | DateExpr::Weekday { .. } | DateExpr::DayOfMonth { .. }
        ),
        _ => false,
    })
}

/// The mention of a date, unless it does not exist.
fn date_mention(scan: &Scan, hit: Hit) -> Option<Mention> {
    let expr = hit.expr?;
    let ahead = is_ahead(scan, hit.first, hit.last);
    let value = Value::Date(DateMention { expr, value: expr.resolve(None), ahead });
    Some(Mention { span: scan.span(hit.first, hit.last), value })
}

fn weekday_mention(scan: &Scan, i: usize, day: Weekday, beside: Option<DateExpr>) -> Mention {
    let ahead = is_ahead(scan, i, i);
    Mention {
        span: scan.span(i, i),
        value: Value::Weekday(WeekdayMention { day, beside, date: None, ahead, beside_void: None }),
    }
}

/// How many words before a date its sentence's tense is read from.
const TENSE_REACH: usize = 8;

/// The date at tokens `first..=last` is spoken of as ahead of the article's time: a word of the
/// future stands before it in its sentence, a few words back at most ("akan", "besok",
/// "dijadwalkan"; "will", "next", "is expected to"), or right after it ("Senin (1/9)
/// mendatang", "pekan depan"). A year-less date then resolves to its next occurrence.
fn is_ahead(scan: &Scan, first: usize, last: usize) -> bool {
    const BEFORE: &[&str] = &[
        "akan",
        "besok",
        "esok",
        "lusa",
        "mendatang",
        "dijadwalkan",
        "direncanakan",
        "rencananya",
        "hendak",
        "will",
        "next",
        "upcoming",
        "scheduled",
        "expected",
        "tomorrow",
        "shall",
        "plans",
        "planned",
    ];
    const AFTER: &[&str] = &["mendatang", "depan", "nanti"];
    let mut j = first;
    for _ in 0..TENSE_REACH {
        if j == 0 || scan.newline_before(j) {
            break;
        }
        j -= 1;
        if [".", "!", "?"].iter().any(|stop| scan.raw(j) == *stop) {
            break;
        }
        let word = scan.lower(j);
        // "di depan" is "in front of", not "next".
        let depan = word == "depan" && !(j > 0 && scan.is_word(j - 1, "di"));
        if BEFORE.contains(&word) || depan {
            return true;
        }
    }
    // Inside the span too: "Januari mendatang" holds its word of the future.
    let after = (first + 1..last + 3).any(|k| {
        !scan.newline_before(k)
            && AFTER.contains(&scan.lower(k))
            && !(scan.is_word(k, "depan") && scan.is_word(k - 1, "di"))
    }) && !scan.newline_before(last + 1);
    after || before_future_verb(scan, first, last)
}

/// The date stands between a subject and its verb, and the verb is in the future: "The US
/// Coast Guard on Monday will begin a public hearing", "Presiden pada Senin (26/4) akan
/// melantik". Not a date of a verb or relative clause before it: in "the miners killed on
/// Monday will be buried", "korban yang tewas pada Senin akan dimakamkan", Monday is past.
fn before_future_verb(scan: &Scan, first: usize, last: usize) -> bool {
    let mut k = last + 1;
    while scan.is_punct(k, ')') {
        k += 1;
    }
    let future = ["will", "akan", "bakal"].iter().any(|w| scan.is_word(k, w));
    if !future || scan.newline_before(k) || first < 2 {
        return false;
    }
    let mut j = first - 1;
    if scan.is_word(j, "on") || scan.is_word(j, "pada") {
        j -= 1;
    }
    let subject = scan.lower(j);
    let verb_form = !scan.is_capitalized(j)
        && (subject.ends_with("ed") || subject.starts_with("di") || subject.starts_with("ter"));
    let relative = (j.saturating_sub(4)..=j)
        .any(|i| ["yang", "who", "which", "that"].iter().any(|w| scan.is_word(i, w)));
    scan.kind(j) == Some(crate::token::TokenKind::Word) && !verb_form && !relative
}
