//! Event claims: when something happened, and whether it was the first, or the n-th, of its
//! kind.
//!
//! The date is the one the cue's clause gives its event (see
//! [`crate::structure::clause`]): a date that belongs to another verb of the sentence is not
//! the event's, and with none of its own the claim says nothing of the date. The ordinal
//! ("pertama kalinya", "keempat", "fourth") is the one nearest an occurrence of the cue, close
//! to it ([`ordinal`]); when a cue word stands twice, the date compared with it is its own
//! occurrence's. Dates are compared as runs of days, so a coarser precision is compared at that
//! precision ("tahun lalu" = 2024 agrees with 2024-06-19).
//!
//! - A single event: another day, month or year is `discrepant`; a relative date the article
//!   cannot resolve is `unresolved`. When the claim records the event as a first and the
//!   sentence calls an event "the first" without a date of its own, the event is taken to be
//!   the article's news: if the article is dated more than [`NEWS_LAG_DAYS`] after the real
//!   first, it calls a later event the first (`discrepant`).
//! - A series (the claim lists the events in order): "the n-th" is compared with the n-th
//!   event; a date alone must be one of them.
//! - A time of day, when the claim has one: the time written with the event's own date, or
//!   the one its cue's clause owns, compared at the precision written, as instants when both
//!   sides have a zone ([`compare_time`]). A date written with a time of another zone is
//!   compared with the event's day in that zone ("Monday 9 p.m. EDT" is Tuesday in Jakarta).
//! - A place, when the canon places the event's: the place the cue's clause names
//!   ([`event_place`]). One apart from the event's makes an agreeing date, or none, `discrepant`;
//!   with a date that disagrees too, it tells of another event (`unresolved`).

use chrono::{Days, NaiveDate};

use crate::article::DateSource;
use crate::canon::{Canon, Claim, ClaimValue, Event, EventClaim, EventTime};
use crate::check::event_place;
use crate::check::place::{Placement, Prepared, distance};
use crate::clock::{self, DAY, Minutes, Zone, ZoneKind};
use crate::finding::{Finding, Status};
use crate::mention::{
    DateExpr, DateValue, HEDGE_AFTER_MINUTES, Mention, TimeHedge, TimeMention, Value,
};
use crate::span::Span;
use crate::structure::clause::{self, Predicates, Through};
use crate::structure::words::{self, Word};

/// How long after an event an article may still report it as news.
pub const NEWS_LAG_DAYS: u64 = 7;

/// How far from the cue an ordinal may stand and still count the cue's event, in bytes.
pub const ORDINAL_REACH: usize = 40;

/// A date that disagrees is no alarm when the sentence tells of a plan or a forecast
/// (`planned`): plans change, and the canon holds what happened. Nor is one that another event
/// of the canon happened on (`another_events`), another day of the event's week
/// (`same_week`), a day next to the event's with a time near the midnight between them
/// (`near_midnight`), or the day of an announcement of it (`announced`).
pub fn check(
    canon: &Canon,
    claim: &Claim,
    e: &EventClaim,
    article: &Prepared,
    at: Placement,
) -> Option<Finding> {
    let ordinal = ordinal(claim, article, at);
    let date = own_date(claim, article, at, counted(e, ordinal));
    let time = match e.events.first().and_then(|ev| ev.time) {
        Some(_) if !e.is_series => own_time(claim, article, at, date),
        _ => None,
    };
    let found = match compare(claim, e, article, at, date, time, ordinal) {
        Some(found) if date.is_some() => Some(with_time(claim, e, article, date, time, found)),
        Some(found) => Some(found),
        None => time.and_then(|time| time_alone(claim, e, article, time)),
    };
    let place = event_place::compare(canon, claim, &placed_events(e, date, ordinal), article, at);
    let Some(mut finding) = found else {
        return place.and_then(|place| place_alone(canon, claim, e, article, place));
    };
    if finding.status == Status::Discrepant
        && let Some(why) = date.and_then(|m| unsure_why(canon, claim, e, article, at, m))
    {
        finding.status = Status::Unresolved;
        finding.message = format!("{why} ({})", finding.message);
    }
    if let Some(place) = place {
        with_place(&mut finding, place);
    }
    Some(finding)
}

/// Why a date at `m` that disagrees with the event's may not misdate it, the first reason that
/// holds: a plan ([`planned`], [`infinitive`]), another event's date ([`another_events`]), an
/// announcement's ([`announced`]), the night either side of midnight ([`near_midnight`]), or
/// another day of the event's week not bound to the cue ([`same_week`]).
fn unsure_why(
    canon: &Canon,
    claim: &Claim,
    e: &EventClaim,
    article: &Prepared,
    at: Placement,
    m: &Mention,
) -> Option<String> {
    // The claim's cue occurrences in the sentence: found once, for every reason that asks.
    let cues = article.cue_occurrences(claim, at.sentence, at.cue);
    if let Some(why) =
        planned(article, at.sentence, m).or_else(|| infinitive(&cues, article, at, m))
    {
        return Some(format!("{why}: plans change"));
    }
    if let Some(other) = another_events(canon, claim, &cues, article, at, m) {
        return Some(format!(
            "the date is {other}'s, whose cue stands in the sentence too: it likely dates that"
        ));
    }
    if let Some(verb) = announced(&cues, e, article, at, m) {
        return Some(format!("dates the announcement (\"{verb}\"), not the event it announces"));
    }
    if let Some(why) = near_midnight(e, article, at.sentence, m) {
        return Some(why);
    }
    if let Some(dateline) = caption_day(article, at.sentence, m) {
        return Some(format!(
            "the day of the dateline its sentence opens with (\"{dateline}\"): a caption's, \
             the day the photograph was taken"
        ));
    }
    if let Some(day) = still_to_come(e, article, m) {
        return Some(format!(
            "the event happened on {day}, after the article's date: what the article gives is \
             the day it was expected, and plans change"
        ));
    }
    if let Some(event) = in_the_last_seven_days(e, article, m) {
        return Some(format!(
            "\"last week\" may count back seven days from the article's, and the event, on \
             {event}, falls in them"
        ));
    }
    if let Some(word) = of_a_report(&cues, article, at, m) {
        return Some(format!(
            "dates the report (\"{word}\") the cue's noun stands in, not the event it reports"
        ));
    }
    if let Some(word) = state_goes_on(&cues, article, at, m) {
        return Some(format!(
            "the day of a state that goes on (\"{word}\"), not the day the event happened"
        ));
    }
    if let Some(word) = the_articles_day(e, article, m) {
        return Some(format!(
            "\"{word}\" names the article's own day, after the event's: what the event still \
             does that day, or a text written the day before its date, as often as a misdating"
        ));
    }
    let Value::Date(d) = &m.value else { return None };
    let value = d.value?;
    let week = nearest(&e.events, value)
        .is_some_and(|event| same_week(article, at.sentence, m, value, event.date));
    let bound = cues.iter().any(|&cue| bound_to_the_cue(article, cue, m));
    (week && !bound).then(|| {
        "another day of the event's week, and no weekday of the event's written with it: it \
         likely tells of what followed"
            .to_string()
    })
}

/// The place the sentence at `at` gives the claim's event, as the check weighs it: how it
/// stands to the place of the event the sentence means. What the mutation self-test changes.
pub fn bound_place(
    canon: &Canon,
    claim: &Claim,
    e: &EventClaim,
    article: &Prepared,
    at: Placement,
) -> Option<event_place::Found> {
    let ordinal = ordinal(claim, article, at);
    let date = own_date(claim, article, at, counted(e, ordinal));
    let events = placed_events(e, date, ordinal);
    event_place::compare(canon, claim, &events, article, at)
}

/// The events whose place the sentence's place is compared with: the claim's event; of a
/// series, the n-th when the sentence says "the n-th", else those on the date it gives, else
/// all of them.
fn placed_events<'e>(
    e: &'e EventClaim,
    date: Option<&Mention>,
    ordinal: Option<(&Mention, u32, Span)>,
) -> Vec<&'e Event> {
    if !e.is_series {
        return e.events.iter().take(1).collect();
    }
    if let Some((_, n, _)) = ordinal {
        let nth = usize::try_from(n).ok().and_then(|n| n.checked_sub(1));
        return nth.and_then(|i| e.events.get(i)).into_iter().collect();
    }
    let on_the_date: Vec<&Event> = match date.map(|m| &m.value) {
        Some(Value::Date(d)) => match d.value {
            Some(v) => e.events.iter().filter(|ev| v.overlaps(ev.date)).collect(),
            None => Vec::new(),
        },
        _ => Vec::new(),
    };
    if on_the_date.is_empty() { e.events.iter().collect() } else { on_the_date }
}

/// "surabaya", "hanoi or singapore": the places of the events a place is apart from.
fn described_places(places: &[String]) -> String {
    places.join(" or ")
}

/// The place the sentence gives the event, weighed with the finding of its date or time: a
/// place apart from the event's makes an agreeing date `discrepant` (the event happened
/// elsewhere); a date that disagrees as well tells of another event, `unresolved`. A place
/// that agrees, or a finding canon is unsure of already, leaves the finding as it is.
fn with_place(finding: &mut Finding, place: event_place::Found) {
    let Some(theirs) = &place.apart_from else { return };
    let theirs = described_places(theirs);
    match finding.status {
        Status::Consistent => {
            finding.status = Status::Discrepant;
            finding.span = place.span;
            finding.found = format!("{}, in {}", finding.found, place.id);
            finding.message = placed_wrong(&place, &theirs);
        }
        // A date that disagrees and a place said to lie in the wrong larger place are two
        // misstatements of one event: the date's stands.
        Status::Discrepant | Status::Outdated if place.chain_of.is_some() => {}
        Status::Discrepant | Status::Outdated => {
            finding.status = Status::Unresolved;
            finding.message = format!(
                "another place ({}) as well: it likely tells of another event ({})",
                place.id, finding.message
            );
        }
        Status::Unresolved | Status::Warning => {}
    }
}

/// The finding of a sentence that gives the event a place and no date, time or ordinal: only a
/// place apart from the event's is said (`discrepant`); one that agrees says nothing new. With
/// nothing else to tie the sentence to the claim's event, a place apart is another event's when
/// the article names the event's own place (or a place in it) anywhere: it tells of two
/// ("Gempa di Cianjur disebabkan … Sedangkan untuk penyebab pasti dari gempa yang terjadi di
/// Garut …"). No alarm then.
fn place_alone(
    canon: &Canon,
    claim: &Claim,
    e: &EventClaim,
    article: &Prepared,
    place: event_place::Found,
) -> Option<Finding> {
    let theirs = place.apart_from.as_deref()?;
    if place.chain_of.is_none() && event_place::article_names(canon, article, theirs) {
        return None;
    }
    let expected = match e.events.as_slice() {
        [event] if !e.is_series => describe_event(event, e.first),
        all => all.iter().map(|ev| describe_event(ev, false)).collect::<Vec<_>>().join(", "),
    };
    Some(finding(
        claim,
        Status::Discrepant,
        place.span,
        format!("in {}", place.id),
        expected,
        placed_wrong(&place, &described_places(theirs)),
    ))
}

/// What is wrong with the place `place`, apart from the event's places `theirs` (described).
fn placed_wrong(place: &event_place::Found, theirs: &str) -> String {
    match &place.chain_of {
        Some(own) => format!("{own} lies in {theirs}, not in {}", place.id),
        None => format!("the event happened in {theirs}, not {}", place.id),
    }
}

/// "Since" follows the ordinal and its cue at `span`, a few words on in their clause: "their
/// first face-to-face meeting since an ill-fated summit in Hanoi", "perjalanan pertama Putin
/// ke Pyongyang sejak tahun 2000". The first since something is not the first of all; it
/// counts no series.
fn since(words: &[Word], span: Span) -> bool {
    (words::after(words, span).iter())
        .take_while(|w| !w.is_mark(&[',', '.', ';', ':']))
        .take(5)
        .any(|w| w.is_any(&["since", "sejak"]))
}

/// The cue occurrence an ordinal counts, when the claim reads ordinals: the n-th of a series,
/// or the first of a claim that records one. The date of that occurrence is the one compared
/// with the ordinal. An ordinal the claim does not read ("the fourth deadliest") binds no date.
pub fn counted(e: &EventClaim, ordinal: Option<(&Mention, u32, Span)>) -> Option<Span> {
    let (_, n, cue) = ordinal?;
    (e.is_series || e.first && n == 1).then_some(cue)
}

/// The ordinal that counts the cue's event ("pertemuan kelima", "the fourth summit"): of the
/// sentence's ordinals within [`ORDINAL_REACH`] of an occurrence of the claim's cue, the one
/// nearest the occurrence nearest it, with that occurrence. When a cue word stands twice ("…
/// rapat itu … rapat kelima …"), each occurrence counts its own: the ordinal counts from the
/// one nearest it, not from the first.
pub fn ordinal<'a>(
    claim: &Claim,
    article: &Prepared<'a>,
    at: Placement,
) -> Option<(&'a Mention, u32, Span)> {
    let sentence = &article.sentences[at.sentence];
    let ordinals = || {
        sentence.mentions.iter().filter_map(|m| match m.value {
            Value::Ordinal(n) => Some((m, n)),
            _ => None,
        })
    };
    ordinals().next()?;
    let cues = article.cue_occurrences(claim, at.sentence, at.cue);
    let words = &article.grammar(at.sentence).words;
    ordinals()
        .filter_map(|(m, n)| {
            let cue = cues.iter().copied().min_by_key(|&c| distance(c, m.span))?;
            let d = distance(cue, m.span);
            (d <= ORDINAL_REACH && !since(words, m.span.cover(cue))).then_some((m, n, cue, d))
        })
        .min_by_key(|&(m, _, _, d)| (d, m.span.start))
        .map(|(m, n, cue, _)| (m, n, cue))
}

/// Another event claim of the canon, whose cue stands in the sentence too, happened on the
/// date found ("KEBAKARAN depo … pada Jumat (3/3) malam berhasil dipadamkan … pada Sabtu (4/3)":
/// the fire's day, not the day it was put out): the date is that event's, wrongly bound, not a
/// misdating of this one. The other event must be told in words of its own, not in a cue word
/// the two claims share, where it may take the date: in the clause of this claim's cue ("the
/// search for survivors of floods"), or owning it by the rules of [`clause`], or nearer it than
/// this claim's cue ("recovered on Monday from the debris of a … building which collapsed" is
/// the recovery's Monday). And the date must be a day or a month: a year is too coarse to tell
/// whose it is. The other claim's id.
fn another_events<'c>(
    canon: &'c Canon,
    claim: &Claim,
    own: &[Span],
    article: &Prepared,
    at: Placement,
    m: &Mention,
) -> Option<&'c str> {
    let Value::Date(date) = &m.value else { return None };
    let found = date.value?.days()?;
    // A year is too coarse to tell whose date it is; a day or a month is not.
    if (found.1 - found.0).num_days() > 31 {
        return None;
    }
    let span = article.sentences[at.sentence].span;
    let lang = article.lang();
    canon.claims.iter().filter(|other| other.id != claim.id).find_map(|other| {
        let ClaimValue::Event(oe) = &other.value else { return None };
        let agrees = oe.events.iter().any(|ev| {
            ev.date.days().is_some_and(|(start, end)| found.0 <= end && start <= found.1)
        });
        if !agrees {
            return None;
        }
        // The other event is told in words of its own, not in a cue word the two claims share.
        let cue = other.cues.get(&lang)?;
        let told: Vec<Span> = (article.find_cue(cue, span))
            .map(|m| Span::new(span.start + m.start, span.start + m.end))
            .filter(|at| !own.iter().any(|o| o.overlaps(*at)))
            .collect();
        // And it stands in the clause of this claim's cue ("released the results of separate
        // investigations into the shooting"), or its own clause may take the date: "were
        // recovered on Tuesday, as the efforts … evolve in the aftermath of the … collapse"
        // leaves Tuesday to the recovery.
        if told.is_empty() {
            return None;
        }
        let one_clause = |o: &Span| own.iter().any(|c| in_one_clause(article, at.sentence, *c, *o));
        let nearer = |o: &Span| own.iter().all(|c| distance(*o, m.span) <= distance(*c, m.span));
        // The clause rules are read only when neither simpler test tells.
        let owns = || {
            let read = Predicates::new(article.grammar(at.sentence), &told, lang);
            read.owner(m.span).is_some()
        };
        (told.iter().any(|o| one_clause(o) || nearer(o)) || owns()).then_some(other.id.as_str())
    })
}

/// Words that make what a clause tells a plan or a forecast: "Sedianya, pencarian berakhir pada
/// Rabu", "direncanakan dilaksanakan pada Rabu (19/10/2022)", "is expected to reopen on May 10".
const PLAN: &[&str] = &[
    "sedianya",
    "rencananya",
    "direncanakan",
    "dijadwalkan",
    "semula",
    "seharusnya",
    "mestinya",
    "diperkirakan",
    "scheduled",
    "planned",
    "plans",
    "expected",
    "supposed",
    "originally",
];

/// Words of the future tense: "akan berakhir pada Jumat (12/10)", "will end on Friday". They
/// make a plan only of a day still to come, the article's own included: "akan mulai
/// disidangkan pada Senin (17/10/2020) mendatang", written in 2022, contradicts itself, and the
/// year is wrong.
const FUTURE: &[&str] = &["akan", "bakal", "hendak", "will", "mendatang"];

/// Why the date at `date` of the `n`-th sentence is a plan's, not an event's: a word of plan
/// stands before it in the sentence, or of the future with a day still to come; or the day
/// falls after the article's own and was written without its year, which the article's date
/// gives it (said on 10 October, "dihentikan Kamis 11 Oktober" is what was to happen), unless
/// the sentence tells of the past ("since the May 26 accident", written on 14 May). A date
/// written in full after the article's date ("pertandingan yang digelar 1 Oktober 2023", in
/// January 2023) is no plan, but a wrong year; unless "sampai", "until" stands before it (past
/// "pada", "tanggal", "on"): the end of a state still to last ("ditutup lagi sampai 22 April
/// 2024", on 21 April).
fn planned(article: &Prepared, n: usize, date: &Mention) -> Option<String> {
    let Value::Date(d) = &date.value else { return None };
    let first = d.value.and_then(|v| v.days()).map(|(first, _)| first);
    let today = article.date();
    let words = &article.grammar(n).words;
    // "since the May 26 accident": told as past, a day ahead is a slip, not a plan.
    const PAST: &[&str] =
        &["since", "sejak", "ago", "lalu", "last", "kemarin", "yesterday", "earlier"];
    let past = || words.iter().any(|w| w.is_any(PAST));
    if let (Some(first), Some(today)) = (first, today)
        && first > today
        && d.expr.is_relative()
        && !past()
    {
        return Some(format!("a date after the article's own ({})", DateValue::Day(today)));
    }
    // "bakal digelar … pada Kamis (18/1/2022)", written that day: still to come.
    let to_come = first.zip(today).is_some_and(|(first, today)| first >= today);
    let start = article.grammar(n).date_expression(date.span).start;
    // "ditutup lagi sampai 22 April", written on the 21st: how long a state is to last is
    // planned, whatever the claim is about.
    let ahead = first.zip(today).is_some_and(|(first, today)| first > today);
    if ahead
        && let Some(w) = word_before_date(article, n, date.span)
        && (w.is_any(clause::UNTIL) || w.is_any(BOUND))
    {
        return Some(format!("told as a planned end (\"{}\")", w.lower()));
    }
    let after_date = words.iter().skip_while(|w| w.span.start < date.span.end).take(1);
    (words.iter().take_while(|w| w.span.end <= start).chain(after_date))
        .find(|w| w.is_any(PLAN) || to_come && w.is_any(FUTURE))
        .map(|w| format!("told as a plan (\"{}\")", w.lower()))
}

/// The cue is an infinitive, and a date still to come (the article's day or after, or a
/// weekday alone) follows it:
/// "Remaining portion of Surfside condo to be demolished Sunday", "the port is set to reopen on
/// May 10". What is yet to be done is a plan. (A date before the cue is the main verb's:
/// "arrived on June 29 to meet the families".)
fn infinitive(cues: &[Span], article: &Prepared, at: Placement, date: &Mention) -> Option<String> {
    let words = &article.grammar(at.sentence).words;
    let to = |cue: &Span| words::nearest_before(words, *cue, &["be"]).is_some_and(|w| w.is("to"));
    // Still to come, or a weekday alone ("Sunday", which a plan means ahead): "the
    // first crewed mission to land on the Moon, in November 1969" tells of the past.
    let Value::Date(d) = &date.value else { return None };
    let first = d.value.and_then(|v| v.days()).map(|(first, _)| first)?;
    let weekday = matches!(d.expr, DateExpr::Weekday { .. });
    if !weekday && article.date().is_none_or(|today| first < today) {
        return None;
    }
    cues.iter()
        .any(|cue| cue.end <= date.span.start && to(cue))
        .then(|| "told as a plan (\"to\")".to_string())
}

fn compare(
    claim: &Claim,
    e: &EventClaim,
    article: &Prepared,
    at: Placement,
    date: Option<&Mention>,
    time: Option<&Mention>,
    ordinal: Option<(&Mention, u32, Span)>,
) -> Option<Finding> {
    let date_value = |m: &Mention| match m.value {
        Value::Date(d) => d.value,
        _ => None,
    };
    if e.is_series {
        return series(claim, e, article, at, date, ordinal);
    }
    let event = &e.events[0];
    let expected = describe_event(event, e.first);
    if let (true, Some((m, 1, cue)), None) = (e.first, ordinal, date) {
        let span = m.span.cover(cue);
        let Some(day) = article.date() else {
            return Some(finding(
                claim,
                Status::Unresolved,
                span,
                "the first, undated".into(),
                expected,
                "calls it the first, but the article has no date to tell which event it means"
                    .into(),
            ));
        };
        let found = format!("the first, on {} (the article's date)", DateValue::Day(day));
        return Some(if is_later(DateValue::Day(day), event.date, NEWS_LAG_DAYS) {
            finding(
                claim,
                Status::Discrepant,
                span,
                found,
                expected,
                format!("calls a later event the first: the first was on {}", event.date),
            )
        } else {
            finding(
                claim,
                Status::Consistent,
                span,
                found,
                expected,
                "the first was reported in its own time".into(),
            )
        });
    }
    let m = date?;
    let found_first =
        if e.first && matches!(ordinal, Some((_, 1, _))) { ", the first" } else { "" };
    Some(match date_value(m) {
        None => finding(
            claim,
            Status::Unresolved,
            m.span,
            format!("{:?}, unresolved{found_first}", article.text(m.span)),
            expected,
            unpinned(article),
        ),
        Some(value) if value.overlaps(event.date) => finding(
            claim,
            Status::Consistent,
            m.span,
            format!("{}{found_first}", found_date(value)),
            expected,
            format!("the date agrees at the precision written ({})", value.precision().name()),
        ),
        Some(value)
            if let Some((zone, day)) = day_in_zone(event, article, time)
                && value.overlaps(DateValue::Day(day)) =>
        {
            finding(
                claim,
                Status::Consistent,
                m.span,
                format!("{}{found_first}", found_date(value)),
                expected,
                format!("the date agrees in {}, where the event fell on {day}", zone.name),
            )
        }
        Some(value) if same_day_of_year(m, event.date) => finding(
            claim,
            Status::Consistent,
            m.span,
            format!("{}{found_first}", found_date(value)),
            expected,
            "the day and month agree; the year was not written".into(),
        ),
        Some(value)
            if let Some(why) =
                elsewhen(article, at.sentence, m, value, std::slice::from_ref(event)) =>
        {
            finding(
                claim,
                Status::Unresolved,
                m.span,
                format!("{}{found_first}", found_date(value)),
                expected,
                why,
            )
        }
        Some(value) => finding(
            claim,
            Status::Discrepant,
            m.span,
            format!("{}{found_first}", found_date(value)),
            expected,
            format!("the event happened on {}, not {}", event.date, found_date(value)),
        ),
    })
}

fn series(
    claim: &Claim,
    e: &EventClaim,
    article: &Prepared,
    at: Placement,
    date: Option<&Mention>,
    ordinal: Option<(&Mention, u32, Span)>,
) -> Option<Finding> {
    let value = date.map(|m| match m.value {
        Value::Date(d) => d.value,
        _ => None,
    });
    let count = e.events.len();
    if let Some((m, n, cue)) = ordinal {
        // The finding covers what it compares: the ordinal, its cue and the date.
        let span = date.map_or(m.span.cover(cue), |d| m.span.cover(cue).cover(d.span));
        let nth = ordinal_name(n);
        let Some(event) =
            usize::try_from(n).ok().and_then(|n| n.checked_sub(1)).and_then(|i| e.events.get(i))
        else {
            return Some(finding(
                claim,
                Status::Discrepant,
                span,
                format!("the {nth}"),
                format!("{count} in all"),
                format!("there have been {count}, not a {nth}"),
            ));
        };
        let expected = format!("the {nth}: {}", describe_event(event, false));
        return Some(match value {
            Some(None) => finding(
                claim,
                Status::Unresolved,
                span,
                format!("the {nth}, unresolved date"),
                expected,
                unpinned(article),
            ),
            Some(Some(v)) if v.overlaps(event.date) => finding(
                claim,
                Status::Consistent,
                span,
                format!("the {nth}, {v}"),
                expected,
                "the ordinal and the date agree".into(),
            ),
            Some(Some(v))
                if let Some(why) = date.and_then(|m| loose_relative(article, at.sentence, m)) =>
            {
                finding(claim, Status::Unresolved, span, format!("the {nth}, {v}"), expected, why)
            }
            Some(Some(v)) => finding(
                claim,
                Status::Discrepant,
                span,
                format!("the {nth}, {v}"),
                expected,
                format!("the {nth} was on {}, not {v}", event.date),
            ),
            None => match article.date() {
                Some(day) if is_later(event.date, DateValue::Day(day), 0) => finding(
                    claim,
                    Status::Discrepant,
                    span,
                    format!("the {nth}"),
                    expected,
                    format!(
                        "the {nth} had not happened by the article's date ({})",
                        DateValue::Day(day)
                    ),
                ),
                _ => finding(
                    claim,
                    Status::Consistent,
                    span,
                    format!("the {nth}"),
                    expected,
                    format!("there was a {nth}"),
                ),
            },
        });
    }
    let m = date?;
    let all: Vec<String> = e.events.iter().map(|ev| ev.date.to_string()).collect();
    let expected = all.join(", ");
    Some(match value.flatten() {
        None => finding(
            claim,
            Status::Unresolved,
            m.span,
            format!("{:?}, unresolved", article.text(m.span)),
            expected,
            unpinned(article),
        ),
        Some(v) => match e.events.iter().position(|ev| v.overlaps(ev.date)) {
            Some(i) => finding(
                claim,
                Status::Consistent,
                m.span,
                v.to_string(),
                format!(
                    "the {}: {}",
                    ordinal_name(i as u32 + 1),
                    describe_event(&e.events[i], false)
                ),
                "the date is one of the series".into(),
            ),
            None if e.events.iter().any(|ev| same_day_of_year(m, ev.date)) => finding(
                claim,
                Status::Consistent,
                m.span,
                v.to_string(),
                expected,
                "the day and month are one event's; the year was not written".into(),
            ),
            None if let Some(why) = elsewhen(article, at.sentence, m, v, &e.events) => {
                finding(claim, Status::Unresolved, m.span, v.to_string(), expected, why)
            }
            None => finding(
                claim,
                Status::Discrepant,
                m.span,
                v.to_string(),
                expected,
                format!("none of the {count} was on {v}"),
            ),
        },
    })
}

/// Each date of the sentence, with its distance from the cue occurrence that owns it, or why
/// none does ([`Predicates::owner`]): what `own_date` chooses from, and what a trace shows.
/// With `counted`, the occurrence of the cue an ordinal counts ([`ordinal`]), only a date of
/// that occurrence is the event's: "Gempa 14 Januari terjadi … sedangkan gempa kedua pada 15
/// Januari …" dates the second with 15 January. The reasons are written only when `reasons`
/// asks for them (a trace does; the check does not read them).
pub fn dates<'a>(
    claim: &Claim,
    article: &Prepared<'a>,
    at: Placement,
    counted: Option<Span>,
    reasons: bool,
) -> Vec<(&'a Mention, Result<usize, String>)> {
    let sentence = &article.sentences[at.sentence];
    // Most sentences a cue places a claim in state no date: nothing to read.
    if !sentence.mentions.iter().any(|m| matches!(m.value, Value::Date(_))) {
        return Vec::new();
    }
    let cues = article.cue_occurrences(claim, at.sentence, at.cue);
    let read = Predicates::new(article.grammar(at.sentence), &cues, article.lang());
    // A claim is about what a speaker said when the speaker is among its entities ("Putin
    // pada hari Rabu menyatakan bahwa … atas inisiatif Kim", context: putin): the day of
    // saying is then its date. Otherwise the day of an announcement dates nothing it announces.
    // The speaker is the entity named nearest before the verb of saying ("Namun Putin, yang
    // pekan lalu menyebut …"), or right after it ("…, kata Kim").
    let about_speaker = |verb: Span| {
        fn entity(m: &Mention) -> Option<&str> {
            match &m.value {
                Value::Entity(id) => Some(id.as_str()),
                _ => None,
            }
        }
        let mentions = sentence.mentions;
        let before = mentions.iter().rev().filter(|m| m.span.end <= verb.start).find_map(entity);
        let after = mentions.iter().filter(|m| m.span.start >= verb.end).find_map(entity);
        let named = |id: &str| claim.context.iter().chain(&claim.subject).any(|c| c == id);
        before.is_some_and(named) || after.is_some_and(|id| named(id) && is_marker(article, verb))
    };
    // The owner of each date, and the cue occurrence it belongs to.
    let mut cue_of: Vec<Option<Span>> = Vec::new();
    let mut all: Vec<(&'a Mention, Result<usize, String>)> = (sentence.mentions.iter())
        .filter(|m| matches!(m.value, Value::Date(_)))
        .map(|m| {
            let verdict = match read.owner(m.span) {
                None if reasons => Err(read.why_not(m.span)),
                None => Err(String::new()),
                Some(owner)
                    if owner.through == Through::Speech
                        && !owner.verb.is_some_and(about_speaker) =>
                {
                    Err("dates the saying, and the claim is not about its speaker".to_string())
                }
                Some(owner)
                    if counted.is_some_and(|c| {
                        c != cues[owner.cue]
                            && !one_telling(article, at.sentence, c, cues[owner.cue])
                    }) =>
                {
                    Err("belongs to another occurrence of the cue than the one the ordinal counts"
                        .to_string())
                }
                Some(owner) => Ok(cues[owner.cue]),
            };
            cue_of.push(verdict.as_ref().ok().copied());
            (m, verdict.map(|cue| distance(cue, m.span)))
        })
        .collect();
    // Why an owned date tells of something else than the event is read nearest first, and only
    // until one date stands (what the check takes); a trace reads it for every date.
    // An owned date not yet read keeps its cue in `cue_of`.
    loop {
        let unread = (0..all.len()).filter(|&i| cue_of[i].is_some());
        let Some(i) = unread.min_by_key(|&i| all[i].1.as_ref().ok().copied()) else { break };
        let Some(cue) = cue_of[i].take() else { break };
        match not_the_events(claim, article, at.sentence, all[i].0, cue) {
            Some(why) => all[i].1 = Err(why),
            None if reasons => {}
            None => break,
        }
    }
    all
}

/// The cue occurrences at `a` and `b` tell of one event: they are other words of the cue, in
/// one clause with nothing between them that starts another ("Kim bertemu Putin untuk
/// pertemuan kedua", "met for their second summit"). The same word twice names two ("Gempa 14
/// Januari … sedangkan gempa kedua pada 15 Januari"), and so does a clause of its own ("pasca
/// letusan pertama, Gunung Api Ruang … kembali meletus pada hari ini"), or a word that sets
/// another event beside it ("since", "setelah").
fn one_telling(article: &Prepared, n: usize, a: Span, b: Span) -> bool {
    let text = |s: Span| article.text(s).to_lowercase();
    text(a) != text(b) && in_one_clause(article, n, a, b)
}

/// Nothing between `a` and `b` of the `n`-th sentence starts another clause: no mark, no word
/// that joins or opens one ("dan", "yang", "setelah", "and", "that", "since").
fn in_one_clause(article: &Prepared, n: usize, a: Span, b: Span) -> bool {
    const BOUNDARIES: &[&str] = &[
        "sedangkan",
        "sementara",
        "namun",
        "tetapi",
        "tapi",
        "dan",
        "yang",
        "sejak",
        "setelah",
        "sebelum",
        "pasca",
        "while",
        "whereas",
        "but",
        "and",
        "that",
        "which",
        "who",
        "since",
        "after",
        "before",
        "following",
    ];
    let between = Span::new(a.end.min(b.end), a.start.max(b.start));
    let words = &article.grammar(n).words;
    !words::within(words, between).iter().any(|w| w.mark.is_some() || w.is_any(BOUNDARIES))
}

/// Why the date at `m`, which the cue occurrence at `cue` owns, is not the event's: it is a
/// dateline's, this week's news of something else, or the cue tells of another occurrence, of
/// what victims are of, of a pause, of a period's bound, of an announcement, of another place,
/// or of what did not happen.
fn not_the_events(
    claim: &Claim,
    article: &Prepared,
    n: usize,
    m: &Mention,
    cue: Span,
) -> Option<String> {
    let before = word_before_date(article, n, m.span);
    Some(if in_dateline(article.cx.text, m.span) {
        "the dateline's: the day the article was filed".to_string()
    } else if recent(claim, article, m) {
        format!(
            "a day of the article's last {NEWS_LAG_DAYS} days, more than {FAR_DAYS} days from the event: news of something else"
        )
    } else if let Some(word) = repeated(claim, article, n, cue) {
        format!("told as another occurrence (\"{word}\")")
    } else if let Some(word) = dependent(article, n, cue).filter(|_| !dated_of(article, n, cue, m))
    {
        format!("the cue says what the {word} are of: the date is the clause's")
    } else if let Some(word) = temporary(article, n, cue) {
        format!("told as for a while (\"{word}\"): a pause, not the event")
    } else if let Some(word) = before.filter(|w| w.is_any(BOUND) && !cue.contains(w.span)) {
        format!("a bound of a period (\"{}\"), not the day it happened", article.text(word.span))
    } else if let Some(word) = before.filter(|w| w.is_any(ANNOUNCED)) {
        format!("dates the {}, not the event it tells of", article.text(word.span))
    } else if let Some(place) = elsewhere(article, n, cue) {
        format!("tells of it at \"{place}\", a place the canon does not name")
    } else if negated(article, n, cue) {
        "the cue is negated (\"belum ditemukan\"): it did not happen".into()
    } else {
        return None;
    })
}

/// The place, by a name the canon does not know, that the cue's clause is narrowed to:
/// "Pencarian korban di Hotel Roa-Roa juga sudah dihentikan sejak 8 Oktober" ended the search
/// at one hotel, not the search. A place the canon names, in any word of its name ("di
/// Perairan Kepulauan Seribu"), is the story's own. English "in" is left alone: "in Thailand"
/// is as often the whole as a part.
fn elsewhere<'a>(article: &Prepared<'a>, n: usize, cue: Span) -> Option<&'a str> {
    let words = &article.grammar(n).words;
    let mentions = article.sentences[n].mentions;
    let at = words.partition_point(|w| w.span.start < cue.start);
    let to = words.partition_point(|w| w.span.start < cue.end);
    // From the start of the cue's clause ("Pencarian korban di Hotel Roa-Roa … dihentikan")
    // to a few words after it ("the search for survivors at …").
    let from = words[..at].iter().rposition(|w| w.is_mark(&[',', ';', ':'])).map_or(0, |i| i + 1);
    let after = words[to..]
        .iter()
        .take(3)
        .take_while(|w| w.mark.is_none() && !w.capital && !w.is_any(&["di", "at"]))
        .count();
    let marker =
        (from..=to + after).find(|&i| words.get(i).is_some_and(|w| w.is_any(&["di", "at"])))?;
    // The place's name runs over its capitalised words: "Perairan Kepulauan Seribu".
    let name: Vec<&Word> =
        words[marker + 1..].iter().take_while(|w| w.mark.is_none() && w.capital).collect();
    let named = |w: &&Word| mentions.iter().any(|m| m.span.overlaps(w.span));
    let last = name.last()?;
    (!name.iter().any(named))
        .then(|| article.text(Span::new(words[marker].span.start, last.span.end)))
}

/// The cue names what a noun of people or of remembrance is of: "evakuasi korban erupsi
/// Gunung Marapi pada Kamis (7/12/2023)", "the victims of the collapse", "the anniversary of the
/// crash". The date of its clause is the clause's verb's (the evacuation, the memorial), not
/// the event's. The noun, as written.
pub(super) fn dependent<'a>(article: &Prepared<'a>, n: usize, cue: Span) -> Option<&'a str> {
    // Indonesian puts the noun right before ("korban erupsi"), English before "of (the)".
    const BEFORE: &[&str] = &["korban", "pengungsi", "penyintas", "peringatan"];
    const OF: &[&str] = &["victims", "survivors", "families", "anniversary", "memorial"];
    let words = &article.grammar(n).words;
    let mut before =
        words::before(words, cue).iter().rev().filter(|w| !w.is_any(&["the", "a", "an"]));
    let first = before.next()?;
    let noun = match first.is("of") {
        true => before.next().filter(|w| w.is_any(OF))?,
        false => Some(first).filter(|w| w.is_any(BEFORE))?,
    };
    Some(article.text(noun.span))
}

/// The date is the cue's own, written right after it with "of": "Survivors of the blaze of
/// Aug. 8, 2023", "the victims of the crash of 9 January".
fn dated_of(article: &Prepared, n: usize, cue: Span, m: &Mention) -> bool {
    if m.span.start < cue.end {
        return false;
    }
    let words = &article.grammar(n).words;
    let between = words::within(words, Span::new(cue.end, m.span.start));
    matches!(between, [w] if w.is("of"))
}

/// Words that make the date after them a bound of a period: "suspended … until Wednesday
/// morning" tells when the pause ends, not when it began.
const BOUND: &[&str] = &["until", "till", "untill", "through"];

/// Nouns of an announcement: a date right after them ("dalam jumpa pers Jumat 23 April 2021",
/// "at a briefing on Monday") dates the saying, not what was said.
const ANNOUNCED: &[&str] = &[
    "pers",
    "konpers",
    "briefing",
    "conference",
    "statement",
    "keterangan",
    "rilis",
    "release",
    "wawancara",
    "interview",
];

/// The word before the date expression at `date`, past "on", "pada", "tanggal", "hari" and
/// marks: "until" in "until Monday", "pers" in "jumpa pers Jumat 23 April".
fn word_before_date<'p>(article: &'p Prepared, n: usize, date: Span) -> Option<&'p Word<'p>> {
    let grammar = article.grammar(n);
    let start = grammar.date_expression(date).start;
    let before = &grammar.words[..grammar.words.partition_point(|w| w.span.end <= start)];
    let filler = |w: &&Word| {
        w.is_any(&["on", "pada", "tanggal", "hari", "a", "the"]) || w.is_mark(&[',', '('])
    };
    before.iter().rev().find(|w| !filler(w))
}

/// The cue's event is told as lasting a while: "pencarian untuk sementara dihentikan",
/// "operations were temporarily suspended". A pause is not the event; as written.
fn temporary<'a>(article: &Prepared<'a>, n: usize, cue: Span) -> Option<&'a str> {
    const AUXILIARIES: &[&str] =
        &["untuk", "waktu", "be", "been", "being", "is", "was", "were", "has", "have", "had"];
    let words = &article.grammar(n).words;
    let before = words::nearest_before(words, cue, AUXILIARIES);
    let after =
        words::after(words, cue).iter().take(3).find(|w| w.is_any(&["temporarily", "sementara"]));
    before
        .filter(|w| w.is_any(&["sementara", "temporarily"]))
        .or(after)
        .map(|w| article.text(w.span))
}

/// How far from every event of a claim a day of the article's week must be to tell of
/// something else.
const FAR_DAYS: i64 = 30;

/// The date at `m`, written in full, falls in the [`NEWS_LAG_DAYS`] up to the article's date and more than
/// [`FAR_DAYS`] from every event of the claim, with another day and month than any of them:
/// the sentence tells of this week's news ("gempa 5,8 Magnitudo menghantam Kabupaten Mamuju …
/// pada hari Rabu (8/7/2022) kemarin", a year and a half after the claim's quake), not the
/// claim's event misdated. The current year written for an old event keeps its day and month
/// ("pertandingan yang digelar 1 Oktober 2023", of 1 October 2022) and stays an alarm.
fn recent(claim: &Claim, article: &Prepared, m: &Mention) -> bool {
    let crate::canon::ClaimValue::Event(e) = &claim.value else { return false };
    let (Value::Date(d), Some(today)) = (&m.value, article.date()) else { return false };
    // Written in full: a date the article's own lends a year to is read as written elsewhere.
    let DateExpr::Absolute(value) = d.expr else { return false };
    let Some((first, last)) = value.days() else { return false };
    let this_week = last <= today && (today - first).num_days() <= NEWS_LAG_DAYS as i64;
    let far = |event: &Event| {
        event.date.days().is_some_and(|event| {
            days_apart((first, last), event).is_some_and(|gap| gap > FAR_DAYS)
                && !same_day_and_month((first, last), event)
        })
    };
    this_week && e.events.iter().all(far)
}

/// The event the cue names happened again: a word of repetition stands right before the cue
/// ("kembali erupsi", "another eruption", "a new collapse") or right after it ("erupsi lagi",
/// "erupted again"), or "juga" before a light verb says one more happened ("Longsor juga
/// terjadi di Desa Randan Batu"). Not an ordinal: "kunjungan kedua ke Pyongyang" may be the
/// very visit the claim is about. It tells of a later occurrence, not the claim's event, unless
/// the claim counts a series of them or its cue holds the word itself ("dibuka kembali"). A cue written
/// as a regex may match across the word ("gempa susulan terjadi" for `/gempa … terjadi/`): a
/// word after the cue's first that no cue of the claim spells is read as standing after it.
/// The word, as written.
pub(super) fn repeated<'a>(
    claim: &Claim,
    article: &Prepared<'a>,
    n: usize,
    cue: Span,
) -> Option<&'a str> {
    const BEFORE: &[&str] = &["kembali", "another", "new", "renewed", "fresh", "repeated"];
    const AFTER: &[&str] = &["lagi", "kembali", "again", "susulan"];
    if matches!(&claim.value, crate::canon::ClaimValue::Event(e) if e.is_series) {
        return None;
    }
    let words = &article.grammar(n).words;
    let before = words::nearest_before(words, cue, &["a", "an", "the", "telah", "sudah"]);
    let next = words::after(words, cue);
    // "Longsor juga terjadi di Desa Randan Batu": one more of its kind also happened.
    let also = match next {
        [also, verb, ..]
            if also.is_any(&["juga", "also"])
                && verb.is_any(crate::structure::clause::LIGHT_VERBS) =>
        {
            Some(also)
        }
        _ => None,
    };
    let after = next.iter().take(2).find(|w| w.is_any(AFTER)).or(also);
    let spelled =
        |w: &Word| claim.cue_texts.values().flatten().any(|c| c.to_lowercase().contains(w.lower()));
    // Only a cue of several words has words inside it: most cues are one.
    let inside = || {
        let several = article.text(cue).contains(char::is_whitespace);
        let within = if several { words::within(words, cue) } else { &[] };
        within.iter().skip(1).take(2).find(|w| w.is_any(AFTER) && !spelled(w))
    };
    before.filter(|w| w.is_any(BEFORE)).or(after).or_else(inside).map(|w| article.text(w.span))
}

/// The date at `date` stands in a dateline: at the head of its line, after nothing but a
/// place's capitalised name and a news agency's in brackets, and before the dash or colon that
/// opens the story ("Seoul, Jan 11 (EFE).- …", "April 6 (UPI) — …", "Baltimore, (APP - … -
/// 28th Mar, 2024) …"). It is the day the story was filed, never the day of an event it tells.
pub fn in_dateline(text: &str, date: Span) -> bool {
    // The head of the line is short: look back no farther than it may reach.
    let mut from = date.start.saturating_sub(61);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let line_start = match text[from..date.start].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let head = &text[line_start..date.start];
    // Before the date: a capitalised name, commas, brackets and dashes, no running text.
    // A word that starts in lower case; bytes of other scripts count as letters.
    let lower_word = |s: &str| {
        let mut prev = b' ';
        s.bytes().any(|b| {
            let starts = b.is_ascii_lowercase() && !(prev.is_ascii_alphanumeric() || prev >= 0x80);
            prev = b;
            starts
        })
    };
    if head.len() > 60 || lower_word(head) {
        return false;
    }
    // Opened brackets hold an agency's credit before the date ("(APP - UrduPoint / … - 28th
    // Mar, 2024)"), not a weekday's date ("On Monday (18 August 2025)").
    let opened = head.matches('(').count() > head.matches(')').count()
        && head.rsplit('(').next().is_some_and(|credit| credit.contains(['-', '–', '—', '/']));
    let rest = &text[date.end..];
    let line_end = rest.find('\n').unwrap_or(rest.len());
    let rest = &rest[..line_end];
    // After it: an agency in brackets, then the separator, before any running text.
    let mut tail = rest.trim_start();
    if opened {
        let Some(close) = tail.find(')') else { return false };
        tail = tail[close + 1..].trim_start();
    } else if tail.starts_with('(') {
        let Some(close) = tail.find(')') else { return false };
        if lower_word(&tail[..close]) {
            return false;
        }
        tail = tail[close + 1..].trim_start();
    }
    let tail = tail.trim_start_matches('.').trim_start();
    ["—", "–", "- ", "-", ":"].iter().any(|sep| tail.starts_with(sep))
        || opened && tail.starts_with(|c: char| c.is_uppercase())
}

/// A word of negation stands right before the cue, or before the auxiliaries that stand
/// before it: "CVR belum ditemukan", "belum juga ditemukan", "had not been found", "has yet to
/// be recovered". What did not happen has no date. ("belum ditemukan sejak hilang kontak"
/// negates the finding, not the loss.)
pub(super) fn negated(article: &Prepared, n: usize, cue: Span) -> bool {
    const NOT: &[&str] = &["belum", "tidak", "tak", "bukan", "not", "never", "yet", "no"];
    const AUXILIARIES: &[&str] = &[
        "juga", "pernah", "lagi", "be", "been", "being", "to", "is", "was", "were", "have", "has",
    ];
    let words = &article.grammar(n).words;
    let before = &words[..words.partition_point(|w| w.span.end <= cue.start)];
    before.iter().rev().find(|w| !w.is_any(AUXILIARIES)).is_some_and(|w| w.is_any(NOT))
}

/// The date the cue's clause gives its event: of the sentence's dates, those that belong to an
/// occurrence of the claim's cue ([`dates`]; the one an ordinal counts, `counted`, when there
/// is one), and of those the one nearest its cue. A date that belongs to another verb of the
/// sentence ("dihentikan pada Kamis", "announced Thursday") is not the event's.
fn own_date<'a>(
    claim: &Claim,
    article: &Prepared<'a>,
    at: Placement,
    counted: Option<Span>,
) -> Option<&'a Mention> {
    (dates(claim, article, at, counted, false).into_iter())
        .filter_map(|(m, verdict)| verdict.ok().map(|d| (m, d)))
        .min_by_key(|&(_, d)| d)
        .map(|(m, _)| m)
}

/// The time of the event: a time written with its own date ("Sabtu malam, 1 Oktober 2022",
/// "Monday at 9:30 a.m."), or else one the cue's clause owns, nearest the cue. A time that
/// bounds a period ("sejak pukul 08.00", "until 5 p.m.") is not the event's.
pub fn own_time<'a>(
    claim: &Claim,
    article: &Prepared<'a>,
    at: Placement,
    date: Option<&Mention>,
) -> Option<&'a Mention> {
    let sentence = &article.sentences[at.sentence];
    let times = || {
        (sentence.mentions.iter())
            .filter(|m| matches!(&m.value, Value::Time(t) if t.hedge != TimeHedge::Bound))
    };
    let day_of = |m: &Mention| match &m.value {
        Value::Time(t) => t.day,
        _ => None,
    };
    times().next()?;
    if let Some(date) = date {
        let expression = article.grammar(at.sentence).date_expression(date.span);
        let bound = times().filter(|m| day_of(m).is_some_and(|d| d.overlaps(expression)));
        if let Some(m) = bound.min_by_key(|m| distance(date.span, m.span)) {
            return Some(m);
        }
    }
    // A time of another date than the event's own is that date's; with no date of its own,
    // a time its clause owns is the event's, unless it tells of something else, as a date
    // would ([`not_the_events`]).
    let cues = article.cue_occurrences(claim, at.sentence, at.cue);
    let read = Predicates::new(article.grammar(at.sentence), &cues, article.lang());
    times()
        .filter(|m| date.is_none() || day_of(m).is_none())
        .filter_map(|m| {
            let owner = read.owner(m.span)?;
            let cue = cues[owner.cue];
            let told = owner.through != Through::Speech
                && not_the_events(claim, article, at.sentence, m, cue).is_none();
            told.then(|| (m, distance(cue, m.span)))
        })
        .min_by_key(|&(_, d)| d)
        .map(|(m, _)| m)
}

/// The day of the article's time at `time`: the date written with it, when that names one day.
fn day_of_time(article: &Prepared, time: &TimeMention) -> Option<NaiveDate> {
    let span = time.day?;
    article.cx.reading.mentions.iter().filter(|m| m.span == span).find_map(|m| match &m.value {
        Value::Date(d) => match d.value? {
            DateValue::Day(day) => Some(day),
            _ => None,
        },
        Value::Weekday(w) => match w.date? {
            DateValue::Day(day) => Some(day),
            _ => None,
        },
        _ => None,
    })
}

/// The zone the article's time is read in: the zone written ("local time" is the event's), or,
/// when none is, the event's zone if the article is in that zone's language (a time with no
/// zone in an Indonesian article about an event in WIB is WIB). `Err` says why there is none.
fn zone_of(time: &TimeMention, event: EventTime, article: &Prepared) -> Result<Zone, String> {
    match time.zone {
        Some(zone) if zone.kind == ZoneKind::Local => Ok(event.zone),
        Some(zone) => Ok(zone),
        None if event.zone.lang() == Some(article.lang()) => Ok(event.zone),
        None => Err(format!(
            "the time has no zone, and the article is not in the language of {}, the event's: it cannot be placed",
            event.zone.name
        )),
    }
}

/// The day the event fell on in the zone of the article's time, when that time is written with
/// the date and its zone is not the event's: "Monday 9 p.m. EDT" of an event on Tuesday 08:00
/// WIB. The zone and the day (the first, for a span that runs over midnight there).
fn day_in_zone(
    event: &Event,
    article: &Prepared,
    time: Option<&Mention>,
) -> Option<(Zone, NaiveDate)> {
    let Value::Time(t) = &time?.value else { return None };
    let event_time = event.time?;
    let zone = zone_of(t, event_time, article).ok()?;
    if zone == event_time.zone {
        return None;
    }
    let (first, _) = event.instants()?;
    let offset = zone.offset(day_of_time(article, t)?)?;
    clock::local(first, offset).map(|(day, _)| (zone, day))
}

/// How the article's time compares with the event's.
enum TimeVerdict {
    Agrees(String),
    Differs(String),
    Unsure(String),
}

/// The article's time `t` (on `day`, when its date is written with it) against the event's:
/// both as instants when the article's day is known, else as times of day in the article's
/// zone. The spans meet: it agrees.
fn compare_time(
    event: &Event,
    t: &TimeMention,
    day: Option<NaiveDate>,
    article: &Prepared,
) -> TimeVerdict {
    let (Some(event_time), Some((first, last))) = (event.time, event.instants()) else {
        return TimeVerdict::Unsure("the event has no time".into());
    };
    let zone = match zone_of(t, event_time, article) {
        Ok(zone) => zone,
        Err(why) => return TimeVerdict::Unsure(why),
    };
    let reference = day.or(match event.date {
        DateValue::Day(d) => Some(d),
        _ => None,
    });
    let Some(offset) = reference.and_then(|d| zone.offset(d)) else {
        return TimeVerdict::Unsure(format!("{} has no offset canon knows on that day", zone.name));
    };
    let reach = t.reach();
    let agrees = match day {
        Some(day) => {
            let (from, to) =
                (clock::instant(day, reach.from, offset), clock::instant(day, reach.to, offset));
            from <= last && first <= to
        }
        None => {
            let Some((_, minute)) = clock::local(first, offset) else {
                return TimeVerdict::Unsure("the event's time cannot be placed".into());
            };
            let span = Minutes { from: minute, to: minute + (last - first) as i32 };
            [-DAY, 0, DAY].iter().any(|&by| reach.overlaps(span.shift(by)))
        }
    };
    let written = if t.zone.is_none() {
        format!(" (read in {}, the zone of the article's language)", zone.name)
    } else {
        String::new()
    };
    let there = in_zone(event, zone, offset);
    if agrees {
        TimeVerdict::Agrees(format!(
            "the time agrees at the precision written ({}){written}",
            t.precision.name()
        ))
    } else {
        TimeVerdict::Differs(format!(
            "the event happened at {}{there}, not {}{written}",
            describe_time(event_time),
            t.describe()
        ))
    }
}

/// " (09:30 EDT)": the event's time in another zone, with the day when it changes there.
fn in_zone(event: &Event, zone: Zone, offset: i32) -> String {
    let (Some(time), Some((first, last))) = (event.time, event.instants()) else {
        return String::new();
    };
    if zone == time.zone || offset == time.offset {
        return String::new();
    }
    let (Some((day, from)), Some((_, to))) =
        (clock::local(first, offset), clock::local(last, offset))
    else {
        return String::new();
    };
    let span = clock::describe(Minutes { from, to: if to < from { to + DAY } else { to } });
    let on = if event.date == DateValue::Day(day) { String::new() } else { format!("{day} ") };
    format!(" ({on}{span} {})", zone.name)
}

/// "20:30 WIB", "18:00–20:00 WIB".
fn describe_time(time: EventTime) -> String {
    format!("{} {}", clock::describe(time.minutes), time.zone.name)
}

/// The date's finding, with the event's time compared too: when the date agrees, the time
/// decides (a wrong time is `discrepant`, one that cannot be placed `unresolved`); a date that
/// disagrees, or cannot be compared, stays what it is.
fn with_time(
    claim: &Claim,
    e: &EventClaim,
    article: &Prepared,
    date: Option<&Mention>,
    time: Option<&Mention>,
    found: Finding,
) -> Finding {
    let (Some(m), Some(event), Some(date)) = (time, e.events.first(), date) else { return found };
    let Value::Time(t) = &m.value else { return found };
    if found.status != Status::Consistent || event.time.is_none() {
        return found;
    }
    let day = day_of_time(article, t).or(match &date.value {
        Value::Date(d) => match d.value {
            Some(DateValue::Day(day)) if t.day.is_some() => Some(day),
            _ => None,
        },
        _ => None,
    });
    let span = found.span.cover(m.span);
    let found_text = format!("{}, {}", found.found, t.describe());
    let expected = found.expected.clone();
    match compare_time(event, t, day, article) {
        TimeVerdict::Agrees(why) => finding(
            claim,
            Status::Consistent,
            span,
            found_text,
            expected,
            format!("{}; {why}", found.message),
        ),
        TimeVerdict::Differs(why) => {
            finding(claim, Status::Discrepant, span, found_text, expected, why)
        }
        TimeVerdict::Unsure(why) => finding(
            claim,
            Status::Unresolved,
            span,
            found_text,
            expected,
            format!("{}; {why}", found.message),
        ),
    }
}

/// A time written with no date of the event's: compared as a time of day.
fn time_alone(claim: &Claim, e: &EventClaim, article: &Prepared, m: &Mention) -> Option<Finding> {
    let (Value::Time(t), Some(event)) = (&m.value, e.events.first()) else { return None };
    event.time?;
    let expected = describe_event(event, e.first);
    let found = t.describe();
    let day = day_of_time(article, t);
    Some(match compare_time(event, t, day, article) {
        TimeVerdict::Agrees(why) => {
            finding(claim, Status::Consistent, m.span, found, expected, why)
        }
        TimeVerdict::Differs(why) => {
            finding(claim, Status::Discrepant, m.span, found, expected, why)
        }
        TimeVerdict::Unsure(why) => {
            finding(claim, Status::Unresolved, m.span, found, expected, why)
        }
    })
}

/// The word at `verb` puts its speaker after it: "kata", "ujar", "said" (after what is said).
fn is_marker(article: &Prepared, verb: Span) -> bool {
    let word = article.text(verb).to_lowercase();
    ["kata", "ujar", "tutur", "ungkap", "said", "says"].contains(&word.as_str())
}

/// A finding of `claim`.
fn finding(
    claim: &Claim,
    status: Status,
    span: Span,
    found: String,
    expected: String,
    message: String,
) -> Finding {
    Finding { check: claim.id.clone(), status, span, found, expected, message }
}

/// The date was written with its day and month but not its year ("ended on July 10"), and
/// they are the event's: the year the article's date lent it is no statement of the article.
fn same_day_of_year(m: &Mention, event: DateValue) -> bool {
    use chrono::Datelike;
    let (Value::Date(d), DateValue::Day(day)) = (&m.value, event) else { return false };
    matches!(d.expr, DateExpr::BareDay { month, day: dd } if month == day.month() && dd == day.day())
}

/// Why a date that disagrees with every event of `events` tells of something else rather than
/// misdating one: it is far from all of them on another day of the year ([`remote`]), a day
/// told from the article's far from all of them ([`far_relative`]), no slip of any of their
/// days ([`no_slip`]), or a day told from the article's that cannot be pinned
/// ([`loose_relative`]).
fn elsewhen(
    article: &Prepared,
    n: usize,
    m: &Mention,
    value: DateValue,
    events: &[Event],
) -> Option<String> {
    let all = |far: &dyn Fn(DateValue) -> bool| events.iter().all(|event| far(event.date));
    if all(&|event| remote(m, value, event, article.date())) {
        Some(
            "far from the event, on another day of the year: it likely tells of another event"
                .into(),
        )
    } else if all(&|event| far_relative(m, value, event)) {
        Some(format!(
            "a day told from the article's ({}), more than {NEWS_LAG_DAYS} days from the event: it likely tells of something else",
            article.text(m.span)
        ))
    } else if let Some(word) = recent_beside(article, n, m)
        && article.date().is_some_and(|today| {
            all(&|event| is_later(DateValue::Day(today), event, NEWS_LAG_DAYS))
        })
    {
        Some(format!(
            "told as of the article's own days (\"{word}\"), of an event more than \
             {NEWS_LAG_DAYS} days before the article: it likely tells of another event"
        ))
    } else if all(&|event| no_slip(m, value, event, article.date())) {
        Some(format!(
            "more than {SLIP_DAYS} days from the event, and more than its day, month or year apart: no slip of its date, it likely tells of another event"
        ))
    } else {
        loose_relative(article, n, m)
    }
}

/// The event of `events` nearest the day `value`, if it is one day.
fn nearest(events: &[Event], value: DateValue) -> Option<&Event> {
    let (first, last) = value.days()?;
    events
        .iter()
        .filter_map(|event| Some((event, days_apart((first, last), event.date.days()?))))
        .min_by_key(|&(_, gap)| gap.unwrap_or(0))
        .map(|(event, _)| event)
}

/// The date is bound to the cue itself: it stands right before it, as a modifier of the
/// event's noun ("the May 22, 2022 shooting", "the June 2 accident"), or after it as the
/// adjunct of the cue's verb, with at most a preposition and a named place between ("lifted
/// off on July 14, 1969", "splashed down in the Pacific Ocean on July 28, 1969", "dihentikan di
/// Kota Hulu pada 2 Maret"). Such a date is the event's own, whatever else the sentence tells
/// of. A date in brackets after a weekday ("pada Senin (4/3)") is not read so: the weekday
/// names the day the writer meant, and it is not the event's (see [`same_week`]).
fn bound_to_the_cue(article: &Prepared, cue: Span, m: &Mention) -> bool {
    const BETWEEN: &[&str] =
        &["on", "pada", "hari", "tanggal", "the", "in", "at", "near", "off", "di", "dekat"];
    let text = article.cx.text;
    if m.span.end <= cue.start {
        return text.get(m.span.end..cue.start).is_some_and(|g| g.trim().is_empty());
    }
    let between = |w: &str| {
        BETWEEN.iter().any(|b| w.eq_ignore_ascii_case(b)) || w.starts_with(char::is_uppercase)
    };
    cue.end <= m.span.start
        && text.get(cue.end..m.span.start).is_some_and(|gap| (gap.split_whitespace()).all(between))
}

/// The date at `m` belongs to a verb of saying whose object is the cue's noun: "mengumumkan
/// penghentian pencarian … pada Jumat", "announced the transition on Thursday". It dates the
/// announcement, which may come a day or a few before the event it announces (a decision made
/// for the next day) or after it: not a misdating of the event, when it lies within
/// [`SLIP_DAYS`] of it ("The notices of claim were announced Sept. 15", of 15 October, stays an
/// alarm). The verb, as written. A claim whose cue is the verb itself is about the announcement,
/// and keeps its date.
fn announced<'a>(
    cues: &[Span],
    e: &EventClaim,
    article: &Prepared<'a>,
    at: Placement,
    m: &Mention,
) -> Option<&'a str> {
    // An announcement falls near what it announces: a date weeks away misdates either.
    let Value::Date(d) = &m.value else { return None };
    let found = d.value?.days()?;
    let near = e.events.iter().any(|event| {
        event
            .date
            .days()
            .is_some_and(|event| days_apart(found, event).is_none_or(|gap| gap <= SLIP_DAYS))
    });
    if !near {
        return None;
    }
    let read = Predicates::new(article.grammar(at.sentence), cues, article.lang());
    let owner = read.owner(m.span)?;
    let verb = owner.verb?;
    let words = &article.grammar(at.sentence).words;
    let is_saying = words.iter().any(|w| w.span == verb && w.is_any(clause::SPEECH_VERBS));
    let cue_is_verb = cues.iter().any(|c| c.overlaps(verb));
    (owner.through == Through::Own && is_saying && !cue_is_verb).then(|| article.text(verb))
}

/// The date at `m` is last week told from the article's ("two earthquakes hit Turkey and Syria
/// last week", on Sunday 12 February 2023, of the quakes of Monday the 6th), and the event falls
/// in the seven days before the article's date, in its own calendar week: writers count "last
/// week" back from the day as often as by the calendar. The event's day.
fn in_the_last_seven_days(e: &EventClaim, article: &Prepared, m: &Mention) -> Option<DateValue> {
    let Value::Date(d) = &m.value else { return None };
    if !matches!(d.expr, DateExpr::WeekOffset(-1)) {
        return None;
    }
    let today = article.date()?;
    let (_, week_end) = d.value?.days()?;
    e.events.iter().map(|ev| ev.date).find(|date| {
        date.days().is_some_and(|(first, last)| {
            first > week_end && last < today && (today - first).num_days() <= 7
        })
    })
}

/// Nouns of a report, whose date is the report's: "Update data kejadian gempa bumi Bawean pada
/// Minggu 24 Maret 2024", "laporan banjir per Senin".
const REPORT_NOUNS: &[&str] =
    &["data", "update", "pembaruan", "laporan", "rekapitulasi", "rekap", "report", "tally"];

/// The cue's noun stands in a report's noun phrase, a noun of [`REPORT_NOUNS`] at most two
/// words before it and no verb between ("Update data kejadian gempa bumi Bawean pada Minggu 24
/// Maret 2024 pukul 07.00 WIB", two days after the quake): the date after it is the report's.
/// The noun, as written.
fn of_a_report<'a>(
    cues: &[Span],
    article: &Prepared<'a>,
    at: Placement,
    m: &Mention,
) -> Option<&'a str> {
    let words = &article.grammar(at.sentence).words;
    let cue = last_cue_before(cues, m.span.start)?;
    // "The 1,670 page report was tabled on March 15": a verb's subject, not its noun phrase.
    let verbal = words
        .iter()
        .find(|w| w.span.start >= cue.start)
        .is_none_or(|w| w.span.start < cue.end && clause::is_verb(w, article.lang()));
    if verbal {
        return None;
    }
    let end = words.partition_point(|w| w.span.end <= cue.start);
    let near = &words[end.saturating_sub(2)..end];
    let at_noun = near.iter().position(|w| w.is_any(REPORT_NOUNS))?;
    let verb_between = near[at_noun + 1..].iter().any(|w| clause::is_verb(w, article.lang()));
    (!verb_between).then(|| article.text(near[at_noun].span))
}

/// The cue occurrence that ends last before byte `at`.
fn last_cue_before(cues: &[Span], at: usize) -> Option<&Span> {
    cues.iter().filter(|c| c.end <= at).max_by_key(|c| c.end)
}

/// Words that tell a state going on at a date, not an event happening then: "belum surut",
/// "masih merendam". (In English the verb after "still" or "remained" takes the date itself, and
/// a noun cue owns no date of another verb.)
const GOES_ON: &[&str] = &["belum", "masih"];

/// A word of [`GOES_ON`] stands between the cue and the date at `m`, outside a relative
/// clause: the date is the day the article sees a state that goes on ("Banjir di Kabupaten
/// Demak … sampai saat ini belum sepenuhnya surut, Senin (1/4/2024)"), not the day the event
/// happened. The word, as written. Before the cue
/// ("masih mengungsi akibat banjir Senin") or inside a clause that describes it ("gempa yang
/// masih terasa … terjadi Senin") the word is another verb's.
fn state_goes_on<'a>(
    cues: &[Span],
    article: &Prepared<'a>,
    at: Placement,
    m: &Mention,
) -> Option<&'a str> {
    let grammar = article.grammar(at.sentence);
    let date = grammar.date_expression(m.span);
    let cue = last_cue_before(cues, date.start)?;
    let between =
        || (grammar.words.iter()).filter(|w| w.span.start >= cue.end && w.span.end <= date.start);
    let word = between().find(|w| w.is_any(GOES_ON))?;
    let relative = between()
        .take_while(|w| w.span.start < word.span.start)
        .any(|w| w.is_any(&["yang", "which", "who", "that", "where"]));
    (!relative).then(|| article.text(word.span))
}

/// The date at `m` is a word alone, a weekday or "today" ("Wednesday", "hari ini"), that names
/// the article's own day, and the event happened the day before (none of its days after). A
/// weekday alone is read from the article's date, and that date is the page's: a wire story
/// written on the evening of the event and published after midnight, or in a zone a day ahead,
/// names its writing day by the page's; and an event that goes on (a fire, a flood, a search)
/// is told by what it does that day ("California's newest huge wildfire advanced on thousands
/// of homes Wednesday", the day after it broke out). A date written in digits says which day it
/// means; a day further back is no reckoning across one night. The word, as written.
fn the_articles_day<'a>(e: &EventClaim, article: &Prepared<'a>, m: &Mention) -> Option<&'a str> {
    let Value::Date(d) = &m.value else { return None };
    if !matches!(d.expr, DateExpr::Weekday { .. } | DateExpr::DayOffset(0)) {
        return None;
    }
    let today = article.date()?;
    let (first, last) = d.value?.days()?;
    let yesterday = today.pred_opt()?;
    let before = |event: &Event| event.date.days().is_some_and(|(_, end)| end < today);
    let eve = |event: &Event| event.date.days().is_some_and(|(_, end)| end == yesterday);
    let told = first == today && last == today;
    (told && e.events.iter().all(before) && e.events.iter().any(eve)).then(|| article.text(m.span))
}

/// The `n`-th sentence opens with a dateline ([`in_dateline`]: "MONTEREY PARK, CA - JANUARY 22:
/// Law enforcement at the scene of a shooting on January 22, 2023 …"), the format of a wire
/// photograph's caption, and the date at `m`, another mention, is the dateline's day: the day
/// the photograph was taken, which a caption repeats, not a statement of when the event
/// happened. The dateline, as written.
fn caption_day<'a>(article: &Prepared<'a>, n: usize, m: &Mention) -> Option<&'a str> {
    let Value::Date(d) = &m.value else { return None };
    let text = article.cx.text;
    let dateline = article.sentences[n].mentions.iter().find(|x| {
        matches!(x.value, Value::Date(_)) && x.span != m.span && in_dateline(text, x.span)
    })?;
    let Value::Date(head) = &dateline.value else { return None };
    (head.value.is_some() && head.value == d.value).then(|| article.text(dateline.span))
}

/// The canon dates every event of the claim after the article's date, and the date at `m` is
/// within [`NEWS_LAG_DAYS`] of the nearest: when the article was written the event was still to
/// come ("pencarian korban ditargetkan hanya sampai tanggal 11 Oktober 2018 mendatang", of a
/// search extended that day to the 12th), and what it gives is the day expected then, not a
/// misdating of what had happened. A date further off is no change of plan but a slip (a wrong
/// year, a wrong month) and stays an alarm. The article's date must be given apart from its
/// text (an option, front matter, a header): one read from the first full date it writes may
/// be the misdated event's own. The nearest event's day.
fn still_to_come(e: &EventClaim, article: &Prepared, m: &Mention) -> Option<DateValue> {
    let Value::Date(d) = &m.value else { return None };
    if article.cx.reading.date_source == DateSource::Dateline {
        return None;
    }
    let (today, value) = (article.date()?, d.value?);
    let after = |event: &Event| event.date.days().is_some_and(|(first, _)| first > today);
    if !e.events.iter().all(after) {
        return None;
    }
    let event = nearest(&e.events, value)?;
    let apart = days_apart(value.days()?, event.date.days()?).unwrap_or(0);
    (apart <= NEWS_LAG_DAYS as i64).then_some(event.date)
}

/// How near midnight, in minutes, a time must lie for the days either side of it to be one
/// night's: as far as a hedge reaches ("shortly after", "menjelang").
const NEAR_MIDNIGHT: i32 = HEDGE_AFTER_MINUTES;

/// Why the date at `m`, a day next to the event's, may be the event's night told from its other
/// side: the time written with the date lies near the midnight between the two days ("Sabtu 6
/// Juli 2024 sekitar pukul 23.45 WITA" of a landslide the canon dates Sunday 7 July), or, with
/// none written, the canon's time of the event does ("Thursday" of a turn that took effect at
/// midnight on Wednesday). News names a night by the evening it began or by the day it ran
/// into, and a first report's hour is often revised across midnight: the day either side is a
/// reckoning, not a misdating. A wide part of the day ("late Wednesday night", "dini hari") is no
/// time near midnight: it stays an alarm. With the event's time in the canon, the time written
/// must also come within [`NEAR_MIDNIGHT`] of it.
fn near_midnight(e: &EventClaim, article: &Prepared, n: usize, m: &Mention) -> Option<String> {
    let Value::Date(d) = &m.value else { return None };
    let Some(DateValue::Day(day)) = d.value else { return None };
    let event = nearest(&e.events, DateValue::Day(day))?;
    let DateValue::Day(event_day) = event.date else { return None };
    let after = match (day - event_day).num_days() {
        1 => true,
        -1 => false,
        _ => return None,
    };
    // The midnight between the two days, in minutes of the date's own day.
    let midnight = if after { 0 } else { DAY };
    let near = |minute: i32| (minute - midnight).abs() <= NEAR_MIDNIGHT;
    let expression = article.grammar(n).date_expression(m.span);
    let written = article.sentences[n].mentions.iter().find_map(|t| match &t.value {
        Value::Time(t)
            if t.hedge != TimeHedge::Bound && t.day.is_some_and(|s| s.overlaps(expression)) =>
        {
            Some(t)
        }
        _ => None,
    });
    match (written, event.time) {
        (Some(t), time) => {
            let reach = t.reach();
            if !(near(reach.from) && near(reach.to)) {
                return None;
            }
            // With the event's time known, the time written must come near it too, on the same
            // clock ("WITA" and a canon's "+08:00" are one).
            if let Some(time) = time {
                let event_minutes = time.minutes.shift(if after { -DAY } else { DAY });
                let widened = reach.widen(NEAR_MIDNIGHT, NEAR_MIDNIGHT);
                let another_clock = t.zone.is_some_and(|z| z.kind != time.zone.kind);
                if another_clock || !widened.overlaps(event_minutes) {
                    return None;
                }
            }
            Some(format!(
                "a day next to the event's, at {} near the midnight between them: one night told from its other side",
                t.describe()
            ))
        }
        (None, Some(time)) => {
            // The end of its time at the close of the event's day, or its start at the opening.
            let edge = if after { time.minutes.to - DAY } else { time.minutes.from };
            let at = describe_time(time);
            (edge.abs() <= NEAR_MIDNIGHT).then(|| {
                format!(
                    "a day next to the event's, which the canon places at {at} near the midnight \
                     between them: one night told from its other side"
                )
            })
        }
        (None, None) => None,
    }
}

/// How many days from an event a misdated day may lie, whatever parts of it were wrong.
const SLIP_DAYS: i64 = 7;

/// The day `value` is no slip of the event's day: it lies more than [`SLIP_DAYS`] from it and
/// differs in more than one of its day, month and year. A wrong date is most often a slip of
/// one of them ("Kamis (1/1/2021)" for 14 January, "9 Januari 2020" for 9 January 2021, "May 2"
/// for June 2) or a day or two off ("30 September" for 1 October); a day weeks away on another
/// day and month ("the June 24 implosion" of a demolition on 4 July, "28 September" of a search
/// that ended on 11 October) is most often another event's.
///
/// A day written without its year has the year the article's date lent it, which the article
/// did not write: it is read in the event's year.
fn no_slip(m: &Mention, value: DateValue, event: DateValue, today: Option<NaiveDate>) -> bool {
    use chrono::Datelike;
    let (Some((first, last)), Some((start, end))) = (value.days(), event.days()) else {
        return false;
    };
    // A day after the article's is no other event it tells of: a plan, or a wrong year.
    if first != last || start != end || today.is_some_and(|t| last > t) {
        return false;
    }
    let yearless = matches!(&m.value, Value::Date(d) if matches!(d.expr, DateExpr::BareDay { .. }));
    let Some(first) = (if yearless { first.with_year(start.year()) } else { Some(first) }) else {
        return false;
    };
    let differ = usize::from(first.year() != start.year())
        + usize::from(first.month() != start.month())
        + usize::from(first.day() != start.day());
    (first - start).num_days().abs() > SLIP_DAYS && differ > 1
}

/// The day `value` lies in the week around the event's day but not next to it: two to
/// [`SLIP_DAYS`] days away. A misdated event is most often a day off ("Selasa (7/9/2021)" of a
/// fire in the small hours of the 8th) or a slip of one part of its date, far off; a day a few
/// days from the event is most often the day of what followed it, which the sentence names
/// with the event's cue (the search, a hearing, a death in hospital, an extended closure).
/// Unless a weekday written beside the date is the event's own ("Minggu (5/12/2023)" of an
/// eruption on Sunday 3 December): then the digits slipped.
fn same_week(
    article: &Prepared,
    n: usize,
    m: &Mention,
    value: DateValue,
    event: DateValue,
) -> bool {
    use chrono::Datelike;
    let (Some((first, last)), Some((start, end))) = (value.days(), event.days()) else {
        return false;
    };
    // A day after the article's is no other event it tells of: a plan, or a wrong year.
    if first != last || start != end || article.date().is_some_and(|t| last > t) {
        return false;
    }
    if !(2..=SLIP_DAYS).contains(&(first - start).num_days().abs()) {
        return false;
    }
    let text = article.cx.text;
    // A weekday written beside a date; a weekday alone ("on Friday") a week from the event's
    // tells nothing of slipped digits, only of which week it was read in.
    let beside = |w: &Mention| {
        let gap = if w.span.end <= m.span.start {
            text.get(w.span.end..m.span.start)
        } else {
            text.get(m.span.end..w.span.start)
        };
        gap.is_some_and(|g| g.len() <= 3 && !g.contains(char::is_alphanumeric))
    };
    let events_weekday = article.sentences[n]
        .mentions
        .iter()
        .any(|w| matches!(&w.value, Value::Weekday(d) if d.day == start.weekday()) && beside(w));
    !events_weekday
}

/// How far from an event a date must lie to tell of another event, unless it keeps the
/// event's day and month.
const REMOTE_DAYS: i64 = 400;

/// How far from an event a day written in full must lie to tell of another event when its day
/// and month are not the event's either.
const REMOTE_DAY_DAYS: i64 = 180;

/// The date tells of another event: it lies more than [`REMOTE_DAYS`] from the event and does
/// not keep its day and month ("the Sutherland Springs, Texas, church shooting in 2017"), or it
/// is a day written in full, more than [`REMOTE_DAY_DAYS`] away, on another day of the year
/// ("Pada 1 Desember 2020, Gunung Semeru erupsi", of the eruption of 4 December 2021). A year
/// slipped by one keeps the day and month ("9 Januari 2020" for 9 January 2021) or lies within
/// the bounds ("in 2023" for June 2022), and stays an alarm; so does a day whose year the
/// article's date lent ("tanggal 30 September", of 1 October), and a day after the article's.
fn remote(m: &Mention, value: DateValue, event: DateValue, today: Option<NaiveDate>) -> bool {
    let (Some((first, last)), Some(event)) = (value.days(), event.days()) else {
        return false;
    };
    // A day after the article's is no other event it tells of: a plan, or a wrong year.
    if today.is_some_and(|t| last > t) {
        return false;
    }
    let Some(gap) = days_apart((first, last), event) else { return false };
    let written_day = first == last
        && matches!(&m.value, Value::Date(d) if matches!(d.expr, DateExpr::Absolute(_)));
    !same_day_and_month((first, last), event)
        && (gap > REMOTE_DAYS || written_day && gap > REMOTE_DAY_DAYS)
}

/// How many days lie between two runs of days; `None` when they meet.
fn days_apart(
    (first, last): (NaiveDate, NaiveDate),
    (start, end): (NaiveDate, NaiveDate),
) -> Option<i64> {
    let gap = if last < start {
        start - last
    } else if first > end {
        first - end
    } else {
        return None;
    };
    Some(gap.num_days())
}

/// The run of days `(first, last)` is one day, with the day and month of the event's first:
/// "9 Januari 2020" for an event of 9 January 2021.
fn same_day_and_month(
    (first, last): (NaiveDate, NaiveDate),
    (start, _): (NaiveDate, NaiveDate),
) -> bool {
    use chrono::Datelike;
    first == last && (first.month(), first.day()) == (start.month(), start.day())
}

/// Words that tell a day from the article's own: yesterday, today, last night ("hari ini",
/// "malam ini": "ini" after a word of the day).
const RECENT: &[&str] = &["kemarin", "semalam", "yesterday", "today", "tonight"];

/// A word of [`RECENT`] stands right beside the date's expression ("Rabu (8/7/2022) kemarin",
/// "hari ini, Senin (4/12/2023)", "yesterday, June 3"), with only marks between: the writer
/// tells the day from the article's, whatever the digits say. As written.
fn recent_beside<'a>(article: &Prepared<'a>, n: usize, m: &Mention) -> Option<&'a str> {
    const DAY: &[&str] = &["hari", "malam", "pagi", "siang", "sore"];
    let grammar = article.grammar(n);
    let expression = grammar.date_expression(m.span);
    let words = &grammar.words;
    let start = words.partition_point(|w| w.span.end <= expression.start);
    let end = words.partition_point(|w| w.span.start < expression.end);
    let after = (end..words.len()).find(|&i| words[i].mark.is_none());
    let before = (0..start).rev().find(|&i| words[i].mark.is_none());
    let recent = |i: usize| {
        words[i].is_any(RECENT) || words[i].is("ini") && i > 0 && words[i - 1].is_any(DAY)
    };
    [after, before].into_iter().flatten().find(|&i| recent(i)).map(|i| article.text(words[i].span))
}

/// The date is a day told only from the article's ("on Sunday", "kemarin") and falls more than
/// [`NEWS_LAG_DAYS`] from the event: an article long after the event tells of something else
/// that day ("was found unconscious … on Sunday", five years on), not of the event misdated. A
/// coarser time ("bulan lalu", "last week") dates what the sentence tells, as written.
fn far_relative(m: &Mention, value: DateValue, event: DateValue) -> bool {
    let Value::Date(d) = &m.value else { return false };
    let relative = matches!(d.expr, DateExpr::Weekday { .. } | DateExpr::DayOffset(_));
    relative && (is_later(value, event, NEWS_LAG_DAYS) || is_later(event, value, NEWS_LAG_DAYS))
}

/// Why a date read without a day cannot be compared: the article has no date to count from, or
/// the words name no one day ("next Wednesday" said on a Tuesday: this week's or the next?).
fn unpinned(article: &Prepared) -> String {
    if article.date().is_some() {
        "a date whose words name no one day (\"next Wednesday\" said on a Tuesday)".into()
    } else {
        "a relative date, and the article has no date to resolve it against".into()
    }
}

/// Why a date told from the article's day ("today", "on Sunday", "a week ago") cannot be
/// pinned to a day: it stands in a quotation, where it counts from the day the words were said
/// ("'Today, … the sixth and final missing victim, was recovered,' … said on X"), or it is
/// hedged ("more than a week ago").
fn loose_relative(article: &Prepared, n: usize, m: &Mention) -> Option<String> {
    const HEDGES: &[&str] =
        &["more", "over", "nearly", "almost", "about", "around", "lebih", "hampir", "sekitar"];
    let Value::Date(d) = &m.value else { return None };
    if !d.expr.is_relative() || matches!(d.expr, DateExpr::BareDay { .. } | DateExpr::BareMonth(_))
    {
        return None;
    }
    let text = article.cx.text;
    if in_quotation(text, article.sentences[n].span, m.span) {
        return Some(
            "a day told from the day a quotation was said, which may not be the article's".into(),
        );
    }
    let grammar = article.grammar(n);
    let before = &grammar.words[..grammar.words.partition_point(|w| w.span.end <= m.span.start)];
    let hedge = before.iter().rev().take(2).find(|w| w.is_any(HEDGES))?;
    Some(format!("a day told loosely (\"{}\"): no day to compare", article.text(hedge.span)))
}

/// `at` stands inside a quotation opened earlier in its sentence and not yet closed: an opening mark
/// at the start of a word (`"`, `“`, `'`, `‘`), a closing one at the end of a word (`"`, `”`,
/// `'`, `’` not followed by a letter, so "building’s" closes nothing).
fn in_quotation(text: &str, sentence: Span, at: Span) -> bool {
    let head = text.get(sentence.start..at.start).unwrap_or("");
    // Every quotation mark is '"', '\'' or starts with the byte 0xE2 ("“", "‘", "’", "”").
    if !head.bytes().any(|b| b == b'"' || b == b'\'' || b == 0xE2) {
        return false;
    }
    let mut open = false;
    let mut prev: Option<char> = None;
    let mut chars = head.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let starts_word = prev.is_none_or(|p| p.is_whitespace() || p == '(');
        let ends_word = next.is_none_or(|n| !n.is_alphanumeric());
        match c {
            '"' => open = !open,
            '“' | '‘' => open = true,
            '”' => open = false,
            '\'' | '’' if !open && starts_word => open = true,
            '\'' | '’' if open && ends_word => open = false,
            _ => {}
        }
        prev = Some(c);
    }
    open
}

/// `a` starts more than `lag` days after `b` ends.
fn is_later(a: DateValue, b: DateValue, lag: u64) -> bool {
    match (a.days(), b.days()) {
        (Some((a0, _)), Some((_, b1))) => {
            b1.checked_add_days(Days::new(lag)).is_some_and(|limit: NaiveDate| a0 > limit)
        }
        _ => false,
    }
}

/// A date as found: "2025-04", or "the week of 2025-08-11" for a week.
fn found_date(value: DateValue) -> String {
    match value {
        DateValue::Week(_) => format!("the week of {value}"),
        _ => value.to_string(),
    }
}

fn describe_event(event: &Event, first: bool) -> String {
    let mut s = event.date.to_string();
    if let Some(time) = event.time {
        s.push(' ');
        s.push_str(&describe_time(time));
    }
    if let Some(place) = &event.place {
        s.push_str(" in ");
        s.push_str(place);
    }
    if first {
        s.push_str(", the first");
    }
    s
}

/// "first", "second", "third", "4th" …
pub(super) fn ordinal_name(n: u32) -> String {
    match n {
        1 => "first".into(),
        2 => "second".into(),
        3 => "third".into(),
        4 => "fourth".into(),
        5 => "fifth".into(),
        _ => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
    }
}
