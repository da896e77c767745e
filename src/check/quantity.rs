//! Quantity claims: a figure, whose estimate it is, and as of when.
//!
//! The figure is the quantity mention nearest the cue whose counted noun the claim accepts.
//! A claim without a `unit` compares counts only: a measure ("2,5 jam") is never its figure. A
//! claim with one compares measures of its dimension only, converted into its unit (the
//! functions a unit changes stand together at the end of this file).
//! Article and canon figures are compared as intervals of plausible values, so qualifiers are
//! compatible when their intervals meet: "lebih dari 10.000" holds against "more than 10,000",
//! "sekitar 2.000" breaks against "about 600". On the canon's side an open bound is closed at
//! half as much again ("at least 100" does not vouch for 2,000).
//!
//! Against a dated series the article is compared with the latest estimate as of its own date:
//! agreeing with it is `consistent`; agreeing only with an older one is `outdated`; agreeing
//! with none given by then is `discrepant`. Without an article date, a figure that agrees with
//! some estimate is `unresolved`: canon cannot tell whether a later one replaced it.
//!
//! Whose figure it is: several quantity claims may be placed in one sentence; each figure goes
//! to one of those placed (see [`assign`]), so another estimator's figure ("Ukraina memperkirakan …
//! 14.000 tentara") is never compared with Seoul's. When the sentence names sources and none of
//! them is the owning claim's estimator, the figure is credited to the wrong source
//! (`discrepant`).

use std::borrow::Cow;
use std::fmt::Write;

use chrono::Datelike;

use crate::canon::places::Nesting;
use crate::canon::{Canon, Claim, ClaimValue, Estimate, QuantityClaim};
use crate::check::MAY_REPEAT;
use crate::check::event;
use crate::check::period;
use crate::check::place::{self, Placement, Prepared, distance};
use crate::finding::{Finding, Status};
use crate::lang::Lang;
use crate::mention::{
    Amount, DateExpr, DateMention, DateValue, Dimension, Mention, Period, Qualifier, Quantity,
    Unit, Vague, Value, written_step,
};
use crate::render::number;
use crate::span::Span;
use crate::structure::clause::{self, Predicates};
use crate::structure::period::Written;
use crate::structure::role::{self, Role};
use crate::structure::words::{self, Word};

/// How far an open bound of the canon reaches: "more than 10,000" vouches for up to 15,000.
const OPEN_BOUND: f64 = 1.5;

/// The figures of one sentence, handed out to quantity claims by [`assign`], each with its role
/// in the sentence.
pub type Assignment<'c, 'a> = Vec<(&'c str, &'a Mention, Role)>;

/// `assignment` is what [`assign`] gave out in the placement's sentence.
///
/// A figure that someone unnamed gives ("kata seorang pejabat", "officials said") is nobody's
/// estimate the canon holds: it may agree, but it raises no alarm. Nor does a figure far below
/// the estimate that the sentence does not call a total (`far_below`), one more than five times
/// above it or more than a fifth under it that no slipped digit explains (`far_apart`), an older
/// figure of ten or fewer under half the estimate that the sentence does not call a total
/// (`stale_under_half`), a count of bodies for a claim that counts the dead (`counts_bodies`), a
/// figure of a sentence that tells of another time (`another_time`), one of a sentence that
/// tells of a day before the article's without saying it is a running total (`told_of_a_day`),
/// or an older figure told as of "today" that was no misstatement the day before the article's
/// date (`written_the_day_before`).
///
/// A claim that says what time its figures cover (`period`) compares a figure the sentence
/// gives a time ([`period::of_figure`]) with the estimates of a time that holds it or that it
/// holds; a figure of another time is another fact ([`another_period`]). A figure given no
/// time is compared with every estimate, as for a claim without a period.
pub fn check(
    canon: &Canon,
    claim: &Claim,
    q: &QuantityClaim,
    article: &Prepared,
    at: Placement,
    assignment: &Assignment,
) -> Option<Finding> {
    let told = told_period(claim, q, article, at, assignment);
    // The estimates of a time that holds the figure's, or that it holds.
    let within: Vec<Estimate> = match &told {
        Some(t) => {
            let nested = |e: &&Estimate| e.period.is_some_and(|p| p.nested(t.period));
            q.series.iter().filter(nested).copied().collect()
        }
        None => Vec::new(),
    };
    let another = told.as_ref().filter(|_| within.is_empty());
    let narrowed = (!within.is_empty() && within.len() < q.series.len())
        .then(|| QuantityClaim { series: within, ..q.clone() });
    let whole = q;
    let q = narrowed.as_ref().unwrap_or(q);
    let compared = match another {
        Some(told) => another_period(claim, whole, article, at, assignment, told),
        None => compare(claim, q, article, at, assignment),
    };
    // With no figure of its own, the claim may take a part larger than its total: the reasons
    // below that set a figure aside set the part aside too.
    let (mut finding, part) = match compared {
        Some(finding) => (finding, None),
        None => part_beyond_total(claim, q, article, at, assignment)
            .map(|(finding, part)| (finding, Some(part)))?,
    };
    // A figure that disagrees with the estimates of its time and is the estimate of another:
    // told for the wrong time, the message says so.
    if let Some(t) =
        told.as_ref().filter(|_| another.is_none() && finding.status == Status::Discrepant)
        && let Some((_, found, _)) = figure(claim, assignment)
        && let Some(period) = of_another_time(whole, t, found)
    {
        finding.message = format!(
            "{}: the figure is the estimate for {period}, not for {} (\"{}\")",
            finding.message,
            t.period,
            article.text(t.span)
        );
    }
    let alarm = matches!(finding.status, Status::Discrepant | Status::Outdated);
    let measured = figure(claim, assignment)
        .map(|(_, found, _)| in_claim_unit(q, found))
        .or(part.map(Cow::Borrowed));
    let found = measured.as_deref();
    let counted = !is_measure(q);
    let why = if !alarm {
        None
    } else if let Some(why) = breakdown(claim, article, at.sentence, assignment) {
        Some(why.to_string())
    } else if let Some(attacker) = with_the_attacker(article, at.sentence) {
        Some(format!(
            "counts the attacker too (\"{attacker}\"), whom the claim's count may leave out"
        ))
    } else if let Some((part, how)) = a_place_within(canon, q, article, at.sentence) {
        Some(format!("counts those in {part}, {how} the claim's count covers: a part of it"))
    } else if let Some(together) = counted_together(canon, claim, article, at.sentence) {
        Some(format!(
            "the sentence counts {together}: the figure may be of all of them, not of the \
             claim's place alone"
        ))
    } else if found.is_some_and(|f| matches!(f.amount, Amount::Vague(_))) {
        // "thousands of people gathered", "ratusan warga": a word of amount says a size, no
        // figure, and a size is no misstatement of a count.
        Some("a vague amount, no figure to compare".to_string())
    } else if article.sources(at.sentence).is_empty() && article.speaker_unknown(at.sentence) {
        Some("given by a speaker the sentence does not name".to_string())
    } else if let Some(why) =
        told.as_ref().zip(found).and_then(|(t, found)| another_length(q, article, t, found))
    {
        Some(why)
    } else if let Some(window) = over_a_window(article, at.sentence) {
        Some(format!(
            "counted over a time of its own (\"{window}\"): what happened then, a part of the \
             running total"
        ))
    } else if counted && found.is_some_and(|found| far_below(q, article, at.sentence, found)) {
        Some(format!(
            "under a {FAR_BELOW}th of the estimate, and not called a total: a part, an \
             increment or another count"
        ))
    } else if counted
        && finding.status == Status::Outdated
        && found.is_some_and(|found| stale_under_half(q, article, at.sentence, found))
    {
        Some(
            "under half the estimate, and not called a total: a part that an early count \
             happens to equal as often as the early count itself"
                .to_string(),
        )
    } else if let Some(bodies) = found
        .filter(|_| finding.status == Status::Discrepant && counted)
        .and_then(|found| counts_bodies(found, article.lang()))
        .filter(|_| counts_the_dead(claim, article.lang()))
    {
        Some(format!(
            "a count of {bodies}: bodies are counted where they are found, brought out, \
             received, identified or handed over, each count one stage of the work behind the \
             toll"
        ))
    } else if let Some(times) = found
        .filter(|_| finding.status == Status::Discrepant && counted)
        .and_then(|found| far_apart(q, article, found))
    {
        Some(format!(
            "{times} the estimate, and no digit slipped: a count of something else (a part, \
             another category, place or time)"
        ))
    } else if let Some(other) =
        found.and_then(|found| another_estimators(canon, claim, q, article, at, found))
    {
        Some(format!(
            "agrees with {other}, whose cue stands here too: the article gives that count \
             without naming its source"
        ))
    } else if let Some(today) = found
        .filter(|_| finding.status == Status::Outdated)
        .and_then(|found| written_the_day_before(q, article, at.sentence, found))
    {
        Some(format!(
            "told as of \"{today}\", and no misstatement as of the day before the article's \
             date: the text may have been written that day, and be dated by its publishing"
        ))
    } else if let Some(day) = numbered_day(article, at.sentence)
        .filter(|_| {
            finding.status == Status::Outdated
                || found.is_some_and(|f| agrees_before(q, article, f))
        })
        .or_else(|| found.and_then(|f| fronted_day(q, article, at.sentence, f)))
    {
        Some(format!(
            "a count as of \"{day}\", a day of its own: it agrees with an estimate of the days before the article's"
        ))
    } else if let Some(day) = (figure(claim, assignment).zip(found))
        .filter(|_| finding.status == Status::Outdated)
        .and_then(|((mention, ..), found)| {
            dated_by_its_event(q, article, at.sentence, mention.span, found)
        })
    {
        Some(format!(
            "told in the clause of an event the sentence dates (\"{day}\"), and the estimate in \
             force that day: a count of then, not an outdated one"
        ))
    } else if let Some(time) = found
        .filter(|_| finding.status == Status::Outdated)
        .and_then(|found| as_of_a_time_alone(q, article, at.sentence, found))
    {
        Some(format!(
            "counted up to a time with no day (\"{time}\"), and an estimate given at that time \
             of the article's day or the day before agrees: a count as of then"
        ))
    } else if let Some(word) = paragraph_told_as_earlier(article, at.sentence)
        .filter(|_| finding.status == Status::Outdated)
    {
        Some(format!(
            "its paragraph opens as earlier (\"{word}\"): an older count told as such, not as \
             current"
        ))
    } else if let Some(others) = others_follow(claim, article, at) {
        Some(format!("the next sentence counts the others (\"{others}\"): the figure is a part"))
    } else if let Some(year) = over_the_year(article, at.sentence).filter(|_| !q.has_period()) {
        Some(format!(
            "counted over the year (\"{year}\"): all of its events, not the claim's alone"
        ))
    } else if let Some(when) = another_time(q, article, at.sentence).filter(|_| told.is_none()) {
        Some(format!("the sentence tells of {when}, long before the claim's first estimate"))
    } else {
        told_of_a_day(q, article, at.sentence)
            .map(|day| format!("a count of what happened {day}, not a running total"))
    };
    if let Some(why) = why {
        finding.status = Status::Unresolved;
        finding.message = format!("{why} ({})", finding.message);
    }
    Some(finding)
}

/// A figure the claim takes from a breakdown, by the noun or the cue of the claim ("dua pilot,
/// empat kru kabin, 46 penumpang dewasa", "137 adults, 17 children and 1 infant", "40
/// narapidana tewas di lapas, satu … di ambulans, dan delapan … di RSUD"), is no alarm when it
/// disagrees: a list of three or more figures, or one after a word that opens a breakdown,
/// cuts a count by category, place or time as its source does (the pilots among the crew or
/// not, children by one age or another, the seriously injured of all injured), and a figure of
/// one cut seldom equals the canon's figure of another. The total before it is compared as any.
///
/// Unless the breakdown does not add up to the whole the sentence states ("62 orang, terdiri
/// dari 12 kru pesawat, 43 penumpang dewasa, 7 anak-anak, dan 3 bayi": 65): then one of its
/// figures is wrong, and the one that disagrees with the canon is likely it.
fn breakdown(
    claim: &Claim,
    article: &Prepared,
    n: usize,
    assignment: &Assignment,
) -> Option<&'static str> {
    let (mention, ..) = figure(claim, assignment)?;
    let list = breakdown_of(article, n, mention.span)?;
    if !list.marked && counts_of_claims(&list, assignment) {
        return None;
    }
    let sum: Option<f64> = list.parts.iter().map(|(_, p)| exact(p)).sum();
    let adds_up = match (list.whole.and_then(exact), sum) {
        (Some(whole), Some(sum)) if list.exhaustive || sum > whole => (whole - sum).abs() < 0.5,
        _ => true,
    };
    adds_up.then_some(
        "one figure of a breakdown, whose categories its source may cut otherwise than the canon's",
    )
}

/// Every figure of an enumeration is another claim's: "BNPB juga mencatat 1.485 orang
/// luka-luka, 154 orang hilang, dan 16.802 orang yang mengungsi" (Harian Terbit, 25 December
/// 2018) lists the injured, the missing and the evacuees, counts the canon holds one by one, no
/// categories of one count cut otherwise.
fn counts_of_claims(list: &Breakdown, assignment: &Assignment) -> bool {
    let owner = |span: Span| assignment.iter().find(|(_, m, _)| m.span == span).map(|a| a.0);
    let mut owners: Vec<&str> = list.parts.iter().filter_map(|&(span, _)| owner(span)).collect();
    let all = owners.len() == list.parts.len();
    owners.sort_unstable();
    owners.dedup();
    all && owners.len() == list.parts.len() && owners.len() > 1
}

/// The sentence counts the attacker with the victims: "Nine people died, including the suspect,
/// in a shooting at an outlet mall in Allen, Texas" (wfaa.com, 12 May 2023), "that tally may have
/// included the gunman", "telah menewaskan dua orang termasuk pelaku". The words, as written.
fn with_the_attacker<'a>(article: &Prepared<'a>, n: usize) -> Option<&'a str> {
    const ATTACKERS: &[&str] = &[
        "shooter",
        "gunman",
        "suspect",
        "attacker",
        "bomber",
        "assailant",
        "perpetrator",
        "pelaku",
        "tersangka",
        "penembak",
    ];
    let words = &article.grammar(n).words;
    words.iter().enumerate().find_map(|(i, w)| {
        if !w.is_any(&["including", "included", "includes", "termasuk"]) {
            return None;
        }
        let next = words.get(i + 1)?;
        let noun = if next.is_any(&["the", "a", "sang"]) { words.get(i + 2)? } else { next };
        noun.is_any(ATTACKERS).then(|| article.text(w.span.cover(noun.span)))
    })
}

/// The sentence places what it tells ("di", "in", "at" before the place) in a place that lies
/// within one of the places the claim's count covers (its `place`), or in one of several it
/// covers: "Di Pasaman Barat, total korban meninggal sebanyak 10 orang" (republika.co.id, 8 March
/// 2022), of a toll kept for Pasaman Barat and Pasaman together. The figure counts that place's
/// part. The place as written, and how it stands to the count's ("a place within pasaman-barat",
/// "one of the places").
fn a_place_within<'a>(
    canon: &Canon,
    q: &QuantityClaim,
    article: &Prepared<'a>,
    n: usize,
) -> Option<(&'a str, String)> {
    if q.places.is_empty() {
        return None;
    }
    let words = &article.grammar(n).words;
    entities_of(article, n).find_map(|(span, id)| {
        if !words::before(words, span).last()?.is_any(&["di", "in", "at"]) {
            return None;
        }
        // One of several places the count covers is a part of it too.
        if q.places.iter().any(|p| p == id) {
            return (q.places.len() > 1)
                .then(|| (article.text(span), "one of the places".to_string()));
        }
        let whole =
            q.places.iter().find(|p| canon.places.nesting(id, p) == Some(Nesting::Inside))?;
        Some((article.text(span), format!("a place within {whole}")))
    })
}

/// The entities the `n`-th sentence names, with where, in order.
fn entities_of<'p>(article: &'p Prepared, n: usize) -> impl Iterator<Item = (Span, &'p str)> {
    (article.sentences[n].mentions.iter()).filter_map(|m| match &m.value {
        Value::Entity(id) => Some((m.span, id.as_str())),
        _ => None,
    })
}

/// Place nouns that "both" or "two" make a pair of: "for both countries", "kedua negara".
const PAIRED_PLACES: &[&str] = &[
    "countries",
    "nations",
    "states",
    "provinces",
    "regions",
    "cities",
    "counties",
    "districts",
    "negara",
    "provinsi",
    "kabupaten",
    "kota",
    "daerah",
    "wilayah",
];

/// The claim counts one place (its `context`), and the sentence tells of it together with
/// another: the place of a claim that counts by the same cue elsewhere, joined to one of the
/// claim's by "and" ("killing more than 45,000 people" after "struck southeastern Turkey and
/// neighboring Syria", of a canon that counts Turkey's dead and Syria's apart), or "both" and a
/// place noun ("The overall death toll for both countries has now surpassed 39,000"), or names
/// the claim's place after "termasuk", "including" ("Dari sejumlah serangan teror di Surabaya
/// dan termasuk ledakan di Rusunawa Sidoarjo"). A figure there may count them all: the places,
/// as written ("Turkey and … Syria", "both countries", "Rusunawa Sidoarjo with others").
fn counted_together(canon: &Canon, claim: &Claim, article: &Prepared, n: usize) -> Option<String> {
    if claim.context.is_empty() {
        return None;
    }
    let words = &article.grammar(n).words;
    let pair = words
        .windows(2)
        .find(|w| w[0].is_any(&["both", "two", "kedua", "dua"]) && w[1].is_any(PAIRED_PLACES));
    if let Some(pair) = pair {
        return Some(format!("\"{}\" together", article.text(pair[0].span.cover(pair[1].span))));
    }
    let places = || entities_of(article, n);
    let ours = |id: &str| claim.context.iter().any(|c| c == id);
    // "Dari sejumlah serangan teror di Surabaya dan termasuk ledakan di Rusunawa Sidoarjo, …":
    // the claim's place among others the figure counts.
    let including = words.iter().find_map(|w| {
        if !w.is_any(&["termasuk", "including"]) {
            return None;
        }
        let (span, _) = places().find(|(at, id)| {
            ours(id)
                && at.start > w.span.end
                && article.text(Span::new(w.span.end, at.start)).split_whitespace().count() <= 3
        })?;
        Some(format!("{} with others (\"{}\")", article.text(span), w.lower()))
    });
    if including.is_some() {
        return including;
    }
    let lang = article.lang();
    let cues = claim.cue_texts.get(&lang)?;
    let elsewhere = |id: &str| {
        canon.claims.iter().any(|other| {
            other.id != claim.id
                && matches!(other.value, ClaimValue::Quantity(_))
                && other.context.iter().any(|c| c == id)
                && other.cue_texts.get(&lang).is_some_and(|o| o.iter().any(|c| cues.contains(c)))
        })
    };
    places().zip(places().skip(1)).find_map(|((a, first), (b, second))| {
        let joined = (ours(first) && !ours(second) && elsewhere(second))
            || (ours(second) && !ours(first) && elsewhere(first));
        if !joined || a.end > b.start {
            return None;
        }
        let gap = article.text(Span::new(a.end, b.start));
        let and = gap.split_whitespace().count() <= 2
            && gap.split_whitespace().any(|w| ["and", "dan", "serta"].contains(&w));
        and.then(|| format!("{} and {} together", article.text(a), article.text(b)))
    })
}

/// Both are counts, or both measures: a measure is no whole of a count, nor a count of one.
fn same_kind(a: &Quantity, b: &Quantity) -> bool {
    a.unit.is_some() == b.unit.is_some()
}

/// The value of a figure written exactly, with no hedge.
fn exact(q: &Quantity) -> Option<f64> {
    match (q.amount, q.qualifier) {
        (Amount::Exact(v), Qualifier::Exact) => Some(v),
        _ => None,
    }
}

/// A breakdown of a total, as [`breakdown_of`] finds it.
struct Breakdown<'a> {
    /// The figure before the breakdown: the whole it divides, if the sentence states one.
    whole: Option<&'a Quantity>,
    /// The breakdown's figures, with where they stand.
    parts: Vec<(Span, &'a Quantity)>,
    /// Told as all of the whole ("including" tells of some).
    exhaustive: bool,
    /// A word that opens a breakdown opens it ("terdiri dari", "rinciannya", "including").
    marked: bool,
}

/// The breakdown of a total the figure at `span` stands in: the figures of an enumeration of
/// three or more ("155 passengers composed of 138 adults, 16 children and 1 infant", "10
/// orang meninggal, 5 luka berat, 20 luka ringan"), or those after a word that opens a
/// breakdown ("terdiri dari 6 kru dan 56 penumpang", "including 3 children").
fn breakdown_of<'a>(article: &Prepared<'a>, n: usize, span: Span) -> Option<Breakdown<'a>> {
    let figures: Vec<(Span, &Quantity)> = (article.sentences[n].mentions.iter())
        .filter_map(|m| match &m.value {
            Value::Quantity(q) => Some((m.span, q)),
            _ => None,
        })
        .collect();
    let spans: Vec<Span> = figures.iter().map(|f| f.0).collect();
    let i = spans.iter().position(|&f| f == span)?;
    let words = &article.grammar(n).words;
    let marker = words::before(words, span).iter().rev().find(|w| w.is_any(role::BREAKDOWN));
    let (first, last) = match marker {
        Some(marker) => (spans.iter().position(|f| f.start > marker.span.start)?, spans.len()),
        None => {
            let run = enumeration_around(article.cx.text, &spans, i)?;
            (run.start, run.end)
        }
    };
    // The whole is a count when the parts are ("selama tujuh hari ditemukan 77 orang selamat,
    // 9 orang meninggal dunia, dan 17 orang hilang" divides no seven days).
    Some(Breakdown {
        whole: first
            .checked_sub(1)
            .map(|w| figures[w].1)
            .filter(|whole| same_kind(whole, figures[i].1)),
        parts: figures[first..last].to_vec(),
        exhaustive: marker.is_none_or(|w| !w.is("including")),
        marked: marker.is_some(),
    })
}

/// The figures (indices into `spans`, a sentence's figures in order) of the enumeration the
/// `i`-th stands in ([`role::enumerated`]), if it stands in one.
fn enumeration_around(text: &str, spans: &[Span], i: usize) -> Option<std::ops::Range<usize>> {
    let listed = role::enumerated(text, spans);
    if !*listed.get(i)? {
        return None;
    }
    let first = listed[..i].iter().rposition(|l| !l).map_or(0, |k| k + 1);
    let last = listed[i..].iter().position(|l| !l).map_or(spans.len(), |k| i + k);
    Some(first..last)
}

/// No figure of the sentence is the claim's total, and the one nearest the cue that it passes
/// over only as a part of its own count ("140 of the 300 victims were killed", "140 dari 300
/// korban meninggal": the whole is one the claim counts, or none is stated) is larger than every
/// estimate the article could be compared with: those given by its date or just after, all of
/// them without a date. A part is at most its total: the claim is `discrepant`. The part's
/// lowest plausible value must exceed the estimate's highest ("more than 130" against 120 does;
/// "about 125" does not); a vague part ("ratusan") or one credited only to a source the claim
/// does not name is left alone. A part at most the total says nothing of it: no finding.
fn part_beyond_total<'a>(
    claim: &Claim,
    q: &QuantityClaim,
    article: &Prepared<'a>,
    at: Placement,
    assignment: &Assignment,
) -> Option<(Finding, &'a Quantity)> {
    let n = at.sentence;
    let mentions = article.sentences[n].mentions;
    if is_measure(q)
        || figure(claim, assignment).is_some()
        || !mentions.iter().any(|m| matches!(m.value, Value::Quantity(_)))
    {
        return None;
    }
    let credited: Vec<&str> = article.sources(n).iter().map(|s| s.entity).collect();
    if !credited.is_empty() && !credited.iter().any(|c| q.estimators.iter().any(|e| e == c)) {
        return None;
    }
    let view = Figures::of(article, n);
    let cues = article.cue_occurrences(claim, n, at.cue);
    if view.breaks_down(&cues) {
        return None;
    }
    let taken = |i: usize| assignment.iter().any(|(_, m, _)| std::ptr::eq(*m, &mentions[i]));
    let (_, i) = (cues.iter())
        .flat_map(|&cue| {
            let parts = view.parts_of_own_count(q, cue, &cues);
            parts.into_iter().map(move |i| (distance(cue, mentions[i].span), i))
        })
        .filter(|&(_, i)| !taken(i))
        .min_by_key(|&(d, _)| d)?;
    let Value::Quantity(part) = &mentions[i].value else { return None };
    if matches!(part.amount, Amount::Vague(_)) {
        return None;
    }
    let reach = article.date().map(|d| d + chrono::Duration::days(AHEAD_DAYS));
    let comparable: Vec<&Estimate> =
        q.series.iter().filter(|e| reach.is_none_or(|r| e.as_of <= r)).collect();
    let highest = (comparable.iter())
        .map(|e| canon_interval(e, q.tolerance).1)
        .fold(f64::NEG_INFINITY, f64::max);
    let total = match article.date() {
        Some(date) => comparable.iter().rev().find(|e| e.as_of <= date).or(comparable.first()),
        None => comparable.last(),
    }?;
    if article_interval(part, q.tolerance).0 <= highest {
        return None;
    }
    let expected = estimate_by(total, &q.estimators.join(", "));
    let finding = Finding {
        check: claim.id.clone(),
        status: Status::Discrepant,
        span: mentions[i].span,
        found: describe_found(part, &credited, q.unit),
        message: format!(
            "a part (\"{}\") larger than the total, {expected}",
            article.text(mentions[i].span)
        ),
        expected,
    };
    Some((finding, part))
}

/// The sentence names no source, and another claim counts what the cue says by other
/// estimators (its own cue matches where this claim's does): when one of its estimates given by
/// the article's date, or just after, agrees with the figure, the article gives that count
/// ("korban meninggal … kini bertambah menjadi 47 orang", the search office's 47 against the
/// agency's 46) and misstates neither. Which estimate, as words.
fn another_estimators(
    canon: &Canon,
    claim: &Claim,
    q: &QuantityClaim,
    article: &Prepared,
    at: Placement,
    found: &Quantity,
) -> Option<String> {
    if !article.sources(at.sentence).is_empty() {
        return None;
    }
    let span = article.sentences[at.sentence].span;
    let lang = article.lang();
    let given =
        |e: &&Estimate| article.date().is_none_or(|d| (e.as_of - d).num_days() <= AHEAD_DAYS);
    canon.claims.iter().filter(|other| other.id != claim.id).find_map(|other| {
        let ClaimValue::Quantity(oq) = &other.value else { return None };
        if oq.estimators == q.estimators || !counts(oq, lang, found) {
            return None;
        }
        let found = &*in_claim_unit(oq, found);
        let agreeing = oq.series.iter().filter(given).find(|e| agrees(found, e, oq.tolerance))?;
        // A claim placed by its own context ("Fifteen are reported dead in Georgia", Georgia's
        // count) is not given away to one whose context the sentence does not name (Florida's).
        if !claim.context.is_empty() && place::place_in(other, article, [at.sentence]).is_empty() {
            return None;
        }
        let cue = other.cues.get(&lang)?;
        let overlaps = article
            .find_cue(cue, span)
            .any(|m| Span::new(span.start + m.start, span.start + m.end).overlaps(at.cue));
        overlaps.then(|| {
            format!(
                "the estimate by {} of {} ({})",
                oq.estimators.join(", "),
                DateValue::Day(agreeing.as_of),
                other.id
            )
        })
    })
}

/// The `n`-th sentence counts as of a day it numbers: "Hingga hari keenam, jumlah korban …",
/// "hari ke-3 pencarian", "on the sixth day of the search", "Saat hari terakhir pencarian". The
/// words, as written.
fn numbered_day<'a>(article: &Prepared<'a>, n: usize) -> Option<&'a str> {
    let words = &article.grammar(n).words;
    // "Saat hari terakhir pencarian", "on the final day": the last of them.
    let last = words.windows(2).find(|w| {
        (w[0].is("hari") && w[1].is("terakhir"))
            || (w[0].is_any(&["last", "final"]) && w[1].is("day"))
    });
    if let Some(w) = last {
        return Some(article.text(w[0].span.cover(w[1].span)));
    }
    article.sentences[n].mentions.iter().find_map(|m| {
        let Value::Ordinal(_) = m.value else { return None };
        let before = words::before(words, m.span).last();
        let after = words::after(words, m.span).first();
        match (before, after) {
            (Some(b), _) if b.is("hari") => Some(article.text(b.span.cover(m.span))),
            (_, Some(a)) if a.is("day") => Some(article.text(m.span.cover(a.span))),
            _ => None,
        }
    })
}

/// The `n`-th sentence opens with a day before the article's, set off by a comma ("Pada Kamis 3
/// Juli 2025 sore, total 29 orang berhasil diselamatkan …", "On Tuesday, 15 were still
/// missing"): all its clause tells is told as of that day, and the figure agrees with the
/// estimate in force then (the latest given by that day). History, not an outdated count. The
/// words of the day, as written.
fn fronted_day<'a>(
    q: &QuantityClaim,
    article: &Prepared<'a>,
    n: usize,
    found: &Quantity,
) -> Option<&'a str> {
    const PARTS: &[&str] =
        &["pagi", "siang", "sore", "petang", "malam", "morning", "afternoon", "evening", "night"];
    let grammar = article.grammar(n);
    let words = &grammar.words;
    let mut first = words.iter().position(|w| !w.is_mark(&['"', '“', '\'', '‘']))?;
    if words[first].is_any(&["pada", "on"]) {
        first += 1;
    }
    let start = words.get(first)?.span.start;
    let (expression, day) = article.sentences[n].mentions.iter().find_map(|m| match &m.value {
        Value::Date(DateMention { value: Some(DateValue::Day(day)), .. }) => {
            let expression = grammar.date_expression(m.span);
            (expression.start == start).then_some((expression, *day))
        }
        _ => None,
    })?;
    let mut after = words::after(words, expression);
    while after.first().is_some_and(|w| w.is_mark(&[')']) || w.is_any(PARTS)) {
        after = &after[1..];
    }
    if !after.first().is_some_and(|w| w.is_mark(&[','])) || article.date().is_none_or(|d| day >= d)
    {
        return None;
    }
    let in_force = q.series.iter().rev().find(|e| e.as_of <= day)?;
    agrees(found, in_force, q.tolerance).then(|| article.text(expression))
}

/// The `n`-th sentence tells its figure as of the day it is written on, by a word of that day
/// ("hari ini", "malam ini", "pagi ini", "today", "tonight", "this morning") with no other date
/// beside it than that day's, and the figure is no misstatement as of the day before the
/// article's date: the latest estimate by then, or an earlier count of that day's. A text written in the evening or at night
/// (or in a zone behind the article's) and published after midnight is dated by its publishing,
/// and its "today" is the day before. The words, as written.
fn written_the_day_before<'a>(
    q: &QuantityClaim,
    article: &Prepared<'a>,
    n: usize,
    found: &Quantity,
) -> Option<&'a str> {
    const PARTS: &[&str] = &["hari", "pagi", "siang", "sore", "petang", "malam"];
    const THIS: &[&str] = &["morning", "afternoon", "evening"];
    // How many words from it a date or weekday says which day it is: "hari ini, Senin
    // (4/12/2023)", "Sabtu sore ini", "Hingga Sabtu (18/7/2020) hari ini".
    const BESIDE: usize = 3;
    let words = &article.grammar(n).words;
    let today = words.windows(2).position(|w| {
        (w[0].is_any(PARTS) && w[1].is("ini")) || (w[0].is("this") && w[1].is_any(THIS))
    });
    let (first, last) = match today {
        Some(i) => (i, i + 1),
        None => {
            let i = words.iter().position(|w| w.is_any(&["today", "tonight"]))?;
            (i, i)
        }
    };
    let date = article.date()?;
    let day_before = date.pred_opt()?;
    let near = &words[first.saturating_sub(BESIDE)..(last + 1 + BESIDE).min(words.len())];
    // The day a date or weekday of the sentence names, and whether it stands beside the word.
    let named = article.sentences[n].mentions.iter().filter_map(|m| {
        let beside = near.iter().any(|w| m.span.contains(w.span));
        match &m.value {
            Value::Date(d) if matches!(d.expr, DateExpr::DayOffset(0)) => None,
            Value::Date(d) => match d.value {
                Some(DateValue::Day(day)) => Some((Some(day), beside)),
                _ => Some((None, beside)),
            },
            // "Selasa malam ini" in a Wednesday's article: the day before, by name.
            Value::Weekday(w) => {
                let day = [date, day_before].into_iter().find(|d| d.weekday() == w.day);
                Some((day, beside))
            }
            _ => None,
        }
    });
    // The sentence names the article's own day ("…," ujar Sutopo, Kamis 4 Oktober 2018), or
    // another day than the day before beside the word.
    let another_day = named
        .into_iter()
        .any(|(day, beside)| day == Some(date) || (beside && day != Some(day_before)));
    if another_day {
        return None;
    }
    let given: Vec<&Estimate> = q.series.iter().filter(|e| e.as_of <= day_before).collect();
    let current = given.last()?;
    let no_misstatement = agrees(found, current, q.tolerance)
        || (current.as_of == day_before && earlier_that_day(q, &given, found));
    no_misstatement.then(|| article.text(words[first].span.cover(words[last].span)))
}

/// The `n`-th sentence counts up to a time of day it writes with no day ("BMKG mencatat empat
/// kali gempa susulan hingga pukul 00.29 WIB", kompas.com, 2 October 2025; "as of 6 p.m."), names
/// no date, and the figure agrees with an estimate the canon gives at that time on the article's
/// day or the day before: the count as of then, told as such, not an outdated one. The words of
/// the time, as written.
fn as_of_a_time_alone<'a>(
    q: &QuantityClaim,
    article: &Prepared<'a>,
    n: usize,
    found: &Quantity,
) -> Option<&'a str> {
    let mentions = &article.sentences[n].mentions;
    if mentions.iter().any(|m| matches!(m.value, Value::Date(_) | Value::Weekday(_))) {
        return None;
    }
    let words = &article.grammar(n).words;
    // The marker stands before the time or opens its words ("hingga pukul 00.29 WIB").
    let time = mentions.iter().find(|m| {
        let before = words::before(words, m.span);
        let own = words::within(words, m.span);
        let lead: Vec<&Word> =
            before.iter().rev().take(2).rev().chain(own.iter().take(2)).collect();
        let as_of = lead.windows(2).any(|w| w[0].is("as") && w[1].is("of"));
        matches!(m.value, Value::Time(_)) && (as_of || lead.iter().any(|w| w.is_any(AS_OF_MARKERS)))
    })?;
    let Value::Time(told) = &time.value else { return None };
    let date = article.date()?;
    let day_before = date.pred_opt()?;
    // An estimate the canon gives at that time of day, on the article's day or the day before.
    let zones_agree = |e: &Estimate| match (e.at.and_then(|t| t.zone), told.zone) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    let given_then = q.series.iter().any(|e| {
        (e.as_of == date || e.as_of == day_before)
            && e.at.is_some_and(|t| told.written.overlaps(crate::clock::Minutes::at(t.minute)))
            && zones_agree(e)
            && agrees(found, e, q.tolerance)
    });
    given_then.then(|| article.text(time.span))
}

/// The figure at `figure` is told in the clause of an event the `n`-th sentence dates on a day
/// before the article's, a few words after the date: "PT … ini terbakar pada Kamis (26/10) dan
/// menewaskan 47 orang" (tempo.co, 31 October 2017), "longsor kembali menerjang … Sabtu 13 April
/// 2024 dengan menelan sejumlah 14 korban jiwa", "struck on Saturday, killing 14". The verb
/// tells what the event did that day, and the figure agrees with the estimate in force at its
/// end: history, not an outdated count. Not when a word makes it a running count ("telah",
/// "kini", "jumlah", "mencapai", "has", "now", "toll"), nor for a date a count runs since or
/// up to ("sejak", "hingga", "as of"). The date as written.
fn dated_by_its_event<'a>(
    q: &QuantityClaim,
    article: &Prepared<'a>,
    n: usize,
    figure: Span,
    found: &Quantity,
) -> Option<&'a str> {
    // How many words may stand between the date and the figure.
    const REACH: usize = 12;
    const RUNNING: &[&str] = &[
        "telah",
        "sudah",
        "kini",
        "sekarang",
        "hingga",
        "sampai",
        "total",
        "jumlah",
        "bertambah",
        "menjadi",
        "mencapai",
        "terbaru",
        "has",
        "have",
        "so",
        "toll",
        "risen",
        "rose",
        "climbed",
        "reached",
        "far",
        "since",
        "sejak",
        "latest",
    ];
    let date = article.date()?;
    let grammar = article.grammar(n);
    let words = &grammar.words;
    // A word of the present anywhere: "Hingga kini, longsor pada Sabtu (9/1) menewaskan …".
    const NOW: &[&str] = &["kini", "sekarang", "now", "currently"];
    let before_figure = words::before(words, figure);
    if before_figure.iter().any(|w| w.is_any(NOW)) {
        return None;
    }
    let (expression, day) = (article.sentences[n].mentions.iter())
        .filter(|m| m.span.end <= figure.start)
        .filter_map(|m| match &m.value {
            Value::Date(DateMention { value: Some(DateValue::Day(day)), .. }) if *day < date => {
                Some((grammar.date_expression(m.span), *day))
            }
            _ => None,
        })
        .next_back()?;
    if as_of_marker(article, n, expression) {
        return None;
    }
    // The words from a few before the date to the figure.
    let from = before_figure.partition_point(|w| w.span.end <= expression.start);
    let between = before_figure.iter().filter(|w| w.span.start >= expression.end).count();
    if between > REACH || before_figure[from.saturating_sub(3)..].iter().any(|w| w.is_any(RUNNING))
    {
        return None;
    }
    let in_force = q.series.iter().rev().find(|e| e.as_of <= day)?;
    agrees(found, in_force, q.tolerance).then(|| article.text(expression))
}

/// The figure agrees with an estimate of the claim given before the article's date.
fn agrees_before(q: &QuantityClaim, article: &Prepared, found: &Quantity) -> bool {
    let before = |e: &&Estimate| article.date().is_some_and(|d| e.as_of < d);
    q.series.iter().filter(before).any(|e| agrees(found, e, q.tolerance))
}

/// A sentence before the `n`-th in its paragraph opens with a word that tells what follows as
/// earlier, set off by a comma ("Sebelumnya, curah hujan yang tinggi menyebabkan jebolnya
/// tanggul … . Jebolnya tanggul … menyebabkan sebanyak 89 desa … terendam banjir."): the
/// paragraph tells the story's past, and its figures are of then. Not a reminder of what was
/// reported ("Sebelumnya diberitakan, …"). The word, as written.
fn paragraph_told_as_earlier<'a>(article: &Prepared<'a>, n: usize) -> Option<&'a str> {
    const EARLIER: &[&str] = &["sebelumnya", "previously", "earlier"];
    let first = Some(paragraph_opening(article, n)).filter(|&k| k < n)?;
    let words = &article.grammar(first).words;
    let (word, comma) = (words.first()?, words.get(1)?);
    (word.is_any(EARLIER) && comma.is_mark(&[','])).then(|| article.text(word.span))
}

/// The sentence that opens the `n`-th sentence's paragraph (its line): the `n`-th itself when
/// it is the first.
fn paragraph_opening(article: &Prepared, n: usize) -> usize {
    let start = article.sentences[n].span.start;
    let paragraph = article.cx.text[..start].rfind('\n').map_or(0, |i| i + 1);
    (0..n).find(|&k| article.sentences[k].span.start >= paragraph).unwrap_or(n)
}

/// The next sentence of the paragraph counts the others of what the cue says: "… korban tewas
/// di Mamuju ada 34 orang. Sembilan korban tewas lainnya ada di Kabupaten Majene.", "Tiga
/// terdakwa … divonis …. Sementara terdakwa lainnya …". The figure before is a part of the
/// count, not the count. The words, as written.
fn others_follow<'a>(claim: &Claim, article: &Prepared<'a>, at: Placement) -> Option<&'a str> {
    const OTHERS: &[&str] = &["lainnya", "lain", "sisanya", "other", "others", "remaining"];
    const REACH: usize = 3;
    let next = at.sentence + 1;
    let span = article.sentences.get(next)?.span;
    let gap = article.cx.text.get(article.sentences[at.sentence].span.end..span.start)?;
    if gap.contains('\n') {
        return None;
    }
    let cue = claim.cues.get(&article.lang())?;
    let words = &article.grammar(next).words;
    article.find_cue(cue, span).find_map(|m| {
        let found = Span::new(span.start + m.start, span.start + m.end);
        let before = words::before(words, found);
        let after = words::after(words, found);
        let mut near = (before.iter().rev().take(REACH)).chain(after.iter().take(REACH));
        near.find(|w| w.is_any(OTHERS)).map(|w| article.text(found.cover(w.span)))
    })
}

/// How many times smaller than the estimate a figure must be to be no misstatement of it. A
/// digit dropped, the slip that most shrinks a figure, leaves a tenth ("22" for 222): the bound
/// stays well below.
const FAR_BELOW: f64 = 20.0;

/// The claim's figure in the `n`-th sentence is under a [`FAR_BELOW`]th of the estimate of the
/// article's day, and the sentence does not call it a total: "TIM DVI Polri hari ini berhasil
/// mengidentifikasi dua korban" (55 identified), "Satu korban jiwa, Zhafirah, mengembuskan
/// napas terakhir" (24 dead) count a part, an increment or something else, not the toll
/// misstated.
fn far_below(q: &QuantityClaim, article: &Prepared, n: usize, found: &Quantity) -> bool {
    under_untold(q, article, n, found, FAR_BELOW)
}

/// The claim's figure in the `n`-th sentence is more than `times` times smaller than the
/// estimate of the article's day, and the sentence does not call it a total.
fn under_untold(
    q: &QuantityClaim,
    article: &Prepared,
    n: usize,
    found: &Quantity,
    times: f64,
) -> bool {
    let estimate = day_estimate(q, article);
    matches!((found.value(), estimate), (Some(f), Some(e)) if f * times < e)
        && !calls_a_total(article, n)
}

/// The claim's figure in the `n`-th sentence is under half the estimate of the article's day,
/// the sentence does not call it a total, and it is no more than [`SMALL_PART`]. Told for an
/// `outdated` figure: it agrees with an early estimate, and a part of the count (two bodies
/// found at one place, three of one family) equals an early count about as often as the early
/// count is told as current.
fn stale_under_half(q: &QuantityClaim, article: &Prepared, n: usize, found: &Quantity) -> bool {
    found.value().is_some_and(|f| f <= SMALL_PART) && under_untold(q, article, n, found, 2.0)
}

/// The largest figure [`stale_under_half`] takes for a part: a part told in a sentence (two
/// bodies, three of a family) and a count of the first hours are both a few; that a count of
/// hundreds equals an early estimate is no chance.
const SMALL_PART: f64 = 10.0;

/// The claim's estimate of the article's day: the latest given by then, or the first when the
/// article is older than all of them.
fn day_estimate(q: &QuantityClaim, article: &Prepared) -> Option<f64> {
    day_estimate_of(q, article).map(|e| e.value)
}

/// [`day_estimate`], the estimate itself.
fn day_estimate_of<'q>(q: &'q QuantityClaim, article: &Prepared) -> Option<&'q Estimate> {
    let given = |e: &&Estimate| article.date().is_none_or(|d| e.as_of <= d);
    q.series.iter().rev().find(given).or(q.series.first())
}

/// How many times larger than the estimate a figure may be and still misstate it: a stale
/// figure, a rounding or a mistyped digit stays within it.
const FAR_APART: f64 = 5.0;

/// How many times smaller than the estimate a figure may be and still misstate it. A part is
/// smaller than its whole, never larger, and the misstatements that come out smaller are kept
/// near the whole or named otherwise: an older count agrees with an earlier estimate
/// (`outdated`), a count of earlier the same day lies between two estimates, a slipped digit is
/// a power of ten away. What is left a fifth or more under the estimate and agrees with none
/// (one place's dead, one day's finds, one group of the missing, one team's evacuees, a count
/// the canon does not hold) is more often a part or another count than the whole misstated.
const FAR_UNDER: f64 = 1.25;

/// The figure is more than [`FAR_APART`] times larger or [`FAR_UNDER`] times smaller than the
/// estimate of the article's day, no power of ten away from it (a digit dropped or added: "22"
/// for 222, "2000 ribu" for 2,000) and not its digits swapped: it counts something else ("six members of a roadwork crew" against
/// a ship's crew of 21, "172 ribu warga terdampak" against 2,081 dead), not the estimate
/// misstated. How many times, as words.
fn far_apart(q: &QuantityClaim, article: &Prepared, found: &Quantity) -> Option<String> {
    let (value, estimate) = (found.value()?, day_estimate(q, article)?);
    let ratio = value / estimate;
    if !ratio.is_finite() || ratio <= 0.0 || (1.0 / FAR_UNDER..=FAR_APART).contains(&ratio) {
        return None;
    }
    let power = 10f64.powf(ratio.log10().round());
    if (ratio / power - 1.0).abs() <= 0.06 || transposed(value, estimate) {
        return None;
    }
    Some(if ratio > 1.0 {
        format!("{} times", number(ratio.round()))
    } else if ratio >= 0.5 {
        "more than a fifth under".to_string()
    } else if ratio > 1.0 / 3.0 {
        "less than half".to_string()
    } else {
        // The fraction one n-th is named as the n-th: "a third", "a fourth", "a 6th".
        format!("a {} of", super::event::ordinal_name((1.0 / ratio).round() as u32))
    })
}

/// Words for a body, the head of a noun that counts bodies.
const BODIES: &[&str] =
    &["jenazah", "mayat", "jasad", "body", "bodies", "remains", "corpse", "corpses"];

/// The figure counts bodies ("dua jenazah korban", "around 89 bodies", "human remains"): the
/// head of its noun is a word for a body. The dead are counted by who died; bodies by where
/// they are in the work that follows (found, evacuated, received at a hospital, identified,
/// handed over), by each team that does it, and such a count lags the toll and is a part of it
/// until the work ends. A count of bodies that disagrees with the claim's estimate is no
/// misstatement of the dead's count as far as canon can tell ([`counts_the_dead`]). A count of
/// bags ("15 kantong jenazah") is counted by the bag. The word, as written.
fn counts_bodies(found: &Quantity, lang: Lang) -> Option<&str> {
    let head = head_noun(found.noun.as_deref()?, lang)?;
    BODIES.contains(&head).then_some(head)
}

/// Words of death, the first of a claim's cue: a claim that has one counts the dead.
const DEATH: &[&str] = &[
    "tewas",
    "meninggal",
    "mati",
    "menewaskan",
    "tewaskan",
    "killed",
    "kills",
    "dead",
    "died",
    "die",
    "death",
    "deaths",
    "fatalities",
    "perished",
];

/// The claim counts the dead: one of its cues in the language begins with a word of death
/// ("meninggal dunia", "death toll", "killed"). A claim of one stage of the work that follows
/// (bodies identified, recovered, handed over) is cued by that stage ("diidentifikasi",
/// "released to", "identified dead") and counts bodies, whose count is its fact.
fn counts_the_dead(claim: &Claim, lang: Lang) -> bool {
    let cues = claim.cue_texts.get(&lang).map_or(&[][..], Vec::as_slice);
    cues.iter().any(|cue| {
        let first = cue.split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty());
        first.is_some_and(|word| DEATH.iter().any(|d| word.eq_ignore_ascii_case(d)))
    })
}

/// The head of a noun: its first word in Indonesian, its last in English.
fn head_noun(noun: &str, lang: Lang) -> Option<&str> {
    match lang {
        Lang::Id => noun.split(' ').next(),
        Lang::En => noun.split(' ').next_back(),
    }
}

/// `found` is `estimate` with two neighbouring digits swapped, a figure of three digits or more:
/// "3,985" for 3,958, "693" for 639, "16.802" for 16,082. A slip of the keys, never another
/// count's figure by chance.
fn swapped_digits(found: f64, estimate: f64) -> bool {
    let whole = |v: f64| v.fract() == 0.0 && (100.0..1e15).contains(&v);
    if !whole(found) || !whole(estimate) || found == estimate {
        return false;
    }
    // Digit by digit from the last, as integers: no text is written for a comparison.
    let (mut a, mut b) = (found as u64, estimate as u64);
    // The places where they differ, the first two of them, and how many.
    let (mut apart, mut n, mut at) = ([(0, 0, 0); 2], 0, 0);
    while a > 0 || b > 0 {
        let (da, db) = (a % 10, b % 10);
        if da != db {
            if let Some(slot) = apart.get_mut(n) {
                *slot = (at, da, db);
            }
            n += 1;
        }
        (a, b, at) = (a / 10, b / 10, at + 1);
    }
    let [(i, a1, b1), (j, a2, b2)] = apart;
    let same_length = (found as u64).ilog10() == (estimate as u64).ilog10();
    same_length && n == 2 && j == i + 1 && a1 == b2 && a2 == b1
}

/// The two whole numbers are written with the same digits in another order: "26.545" for
/// 62,545 is two digits swapped, a slip of the hand, however far apart the values are.
fn transposed(found: f64, estimate: f64) -> bool {
    let digits = |v: f64| {
        let mut d: Vec<u8> = format!("{v:.0}").into_bytes();
        d.sort_unstable();
        d
    };
    found.fract() == 0.0 && estimate.fract() == 0.0 && digits(found) == digits(estimate)
}

/// The `n`-th sentence says its figures are a running total ([`RUNNING_TOTAL`]).
fn calls_a_total(article: &Prepared, n: usize) -> bool {
    article.grammar(n).words.iter().any(|w| w.is_any(RUNNING_TOTAL))
}

/// How long before a claim's first estimate a date of the sentence must end for the sentence
/// to tell of another time.
const ANOTHER_TIME_DAYS: i64 = 180;

/// A date the sentence writes in full ends long before the claim's first estimate: the sentence
/// tells of another time, and its figures count something else ("kapal selam ARA San Juan
/// menghilang … pada 15 November 2017 dengan membawa 44 awak", "the Camp Fire of 2018 killed
/// 85"). The date, as written.
fn another_time(q: &QuantityClaim, article: &Prepared, n: usize) -> Option<String> {
    let first = q.series.first()?.as_of;
    article.sentences[n].mentions.iter().find_map(|m| {
        let Value::Date(date) = &m.value else { return None };
        let DateExpr::Absolute(value) = date.expr else { return None };
        let (_, last) = value.days()?;
        ((first - last).num_days() > ANOTHER_TIME_DAYS).then(|| article.text(m.span).to_string())
    })
}

/// Units of a time a count may be kept over: "enam jam pertama", "the past 24 hours".
const WINDOW_UNITS: &[&str] = &[
    "jam", "hari", "minggu", "pekan", "bulan", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months",
];

/// The `n`-th sentence keeps a count over a time of its own, the first or the last hours, days
/// or weeks: "tercatat 77 kali gempa susulan terjadi pada rentang enam jam pertama", "24 jam
/// terakhir", "in the first 48 hours", "over the past two weeks", "within 24 hours". What
/// happened in that time is a part of a running total, whatever the figure. The words, as
/// written.
fn over_a_window<'a>(article: &Prepared<'a>, n: usize) -> Option<&'a str> {
    let words = &article.grammar(n).words;
    let number = |w: &Word| in_a_figure(w, article.sentences[n].mentions);
    // The words are compared first; a number is looked for only beside them.
    words.windows(3).find_map(|w| {
        let id =
            w[2].is_any(&["pertama", "terakhir"]) && w[1].is_any(WINDOW_UNITS) && number(&w[0]);
        let en = w[0].is_any(&["first", "past", "last", "previous", "within"])
            && w[2].is_any(WINDOW_UNITS)
            && number(&w[1]);
        (id || en).then(|| article.text(w[0].span.cover(w[2].span)))
    })
}

/// The word is a number, or a word of a figure among `mentions` ("enam" of "enam jam").
fn in_a_figure(w: &Word, mentions: &[Mention]) -> bool {
    w.is_number()
        || (mentions.iter())
            .any(|m| matches!(m.value, Value::Quantity(_)) && m.span.contains(w.span))
}

/// Phrases of a count kept over a year so far, as words.
const OVER_THE_YEAR: &[&[&str]] = &[
    &["this", "year"],
    &["since", "january"],
    &["year", "to", "date"],
    &["sepanjang", "tahun"],
    &["sejak", "awal", "tahun"],
    &["tahun", "ini"],
];

/// The `n`-th sentence keeps its count over the year so far: "More than 260 people have died in
/// Nepal in flood-related disasters this year" (baohaiduong.vn, 29 September 2024), "sepanjang
/// tahun 2024". A year's toll sums every event of the kind, the claim's one among them. The
/// phrase, as written.
fn over_the_year<'a>(article: &Prepared<'a>, n: usize) -> Option<&'a str> {
    let words = &article.grammar(n).words;
    // Every phrase holds one of these words: the rest are compared only around it.
    let anchors = (0..words.len()).filter(|&i| words[i].is_any(&["year", "tahun", "january"]));
    anchors.into_iter().find_map(|at| {
        OVER_THE_YEAR.iter().find_map(|p| {
            let k = p.iter().position(|w| words[at].is(w))?;
            let run = words.get(at.checked_sub(k)?..at - k + p.len())?;
            (run.iter().zip(p.iter()).all(|(w, p)| w.is(p)))
                .then(|| article.text(run[0].span.cover(run[run.len() - 1].span)))
        })
    })
}

/// Words that make a figure a running total: "total", "jumlah", "mencapai", "so far".
const RUNNING_TOTAL: &[&str] = &[
    "total",
    "jumlah",
    "mencapai",
    "menjadi",
    "keseluruhan",
    "seluruhnya",
    "sejauh",
    "toll",
    "far",
    "date",
    "all",
    "altogether",
    "overall",
    "cumulative",
];

/// The sentence tells of a day before the article's ("pada Rabu kemarin, terdapat tiga korban
/// yang berhasil diidentifikasi", "Two bodies were recovered the next day") and says nothing
/// of a running total: its figures count what happened then, not the total as of then. A day
/// before the claim's first estimate is the event's own, whose count is the total. The day, as
/// written, when it does.
fn told_of_a_day(q: &QuantityClaim, article: &Prepared, n: usize) -> Option<String> {
    const NARRATIVE: &[&str] = &[
        "the next day",
        "the following day",
        "that same day",
        "that same week",
        "that day",
        "the day after",
        "keesokan harinya",
        "hari berikutnya",
        "pada hari yang sama",
        "hari itu",
    ];
    let sentence = &article.sentences[n];
    let text = article.cx.text;
    let body = text.get(sentence.span.range()).unwrap_or("");
    // Only a day told relative to the article's ("kemarin", "pada Rabu", "last week"): a date
    // written in full more often dates the story's event, of which the figure tells a fact
    // ("lifted off on July 16, 1969, carrying a crew of four").
    let today = article.date();
    let day = sentence.mentions.iter().find_map(|m| {
        let Value::Date(date) = &m.value else { return None };
        let relative = matches!(
            date.expr,
            DateExpr::DayOffset(_) | DateExpr::Weekday { .. } | DateExpr::WeekOffset(_)
        );
        let day = match date.value? {
            DateValue::Day(day) => day,
            DateValue::Week(monday) => monday,
            _ => return None,
        };
        let marked = as_of_marker(article, n, m.span);
        // A day before any estimate is the day of the event itself: what happened then is
        // the count ("At least 22 people are dead in multiple shootings … on Wednesday night").
        let counted = q.series.first().is_some_and(|first| day >= first.as_of);
        (relative && today.is_some_and(|t| day < t) && !marked && counted)
            .then(|| format!("on {}", DateValue::Day(day)))
    });
    let told = day.or_else(|| {
        // Every phrase names a day or a week: most sentences are passed at once.
        let lower = body.to_ascii_lowercase();
        if !["day", "hari", "week"].iter().any(|w| lower.contains(w)) {
            return None;
        }
        NARRATIVE.iter().find(|p| lower.contains(*p)).map(|p| format!("\"{p}\""))
    })?;
    (!calls_a_total(article, n)).then_some(told)
}

/// The time the sentence gives the claim's figure, for a claim that says what time its figures
/// cover; `None` for any other claim, or when the sentence gives the figure none.
fn told_period(
    claim: &Claim,
    q: &QuantityClaim,
    article: &Prepared,
    at: Placement,
    assignment: &Assignment,
) -> Option<Written> {
    if !q.has_period() {
        return None;
    }
    let (mention, ..) = figure(claim, assignment)?;
    let cues = article.cue_occurrences(claim, at.sentence, at.cue);
    period::of_figure(article, at.sentence, mention.span, &cues)
}

/// The figure is told for a part of the time of the estimate it is compared with (the claim
/// counts 2024, the sentence "semester I 2024" or "Januari–April 2024") and lies below it: the
/// count of a part of the time, which a part never exceeds, not the whole misstated. Or it is
/// told for a longer time that holds the estimate's (the claim counts the first half of 2025,
/// the sentence "tahun 2025") and lies above it: the longer time's count. Why, in words.
fn another_length(
    q: &QuantityClaim,
    article: &Prepared,
    told: &Written,
    found: &Quantity,
) -> Option<String> {
    let estimate = day_estimate_of(q, article)?;
    let own = estimate.period.filter(|p| !p.same_days(told.period))?;
    let (low, high) = article_interval(found, q.tolerance);
    let written = format!("{} (\"{}\")", told.period, article.text(told.span));
    if own.holds(told.period) && high < estimate.value {
        return Some(format!(
            "told for {written}, a part of the claim's {own}, and below its estimate: the count \
             of a part of the time, not of the whole"
        ));
    }
    (told.period.holds(own) && low > estimate.value).then(|| {
        format!(
            "told for {written}, which holds the claim's {own}, and above its estimate: the \
             count of a longer time"
        )
    })
}

/// The period of the claim's estimate that `found` is, among those of a time `told` neither holds
/// nor lies in.
fn of_another_time(q: &QuantityClaim, told: &Written, found: &Quantity) -> Option<Period> {
    let found = &*in_claim_unit(q, found);
    let elsewhere = |e: &&Estimate| e.period.is_some_and(|p| !p.nested(told.period));
    let estimate =
        q.series.iter().rev().filter(elsewhere).find(|e| same_figure(found, e, q.tolerance))?;
    estimate.period
}

/// The sentence gives the figure a time that holds none of the claim's periods and lies in none
/// of them. The canon's figure told for another time ([`same_figure`]) is `discrepant`
/// ("11.570 pekerja … pada 2024", of the count of 2023), unless the sentence credits it only to
/// a source the claim does not name, who may count otherwise (`unresolved`); another figure,
/// or a bound the estimate meets ("more than 10,000"), is another time's fact, no misstatement
/// of the claim's (`unresolved`).
fn another_period(
    claim: &Claim,
    q: &QuantityClaim,
    article: &Prepared,
    at: Placement,
    assignment: &Assignment,
    told: &Written,
) -> Option<Finding> {
    let (mention, found, _) = figure(claim, assignment)?;
    let credited: Vec<&str> = article.sources(at.sentence).iter().map(|s| s.entity).collect();
    let found_text = describe_found(found, &credited, q.unit);
    let found = &*in_claim_unit(q, found);
    let estimators = q.estimators.join(", ");
    let written = format!("{} (\"{}\")", told.period, article.text(told.span));
    let finding = |status, expected: String, message: String| Finding {
        check: claim.id.clone(),
        status,
        span: mention.span,
        found: found_text.clone(),
        expected,
        message,
    };
    let Some(agreeing) = q.series.iter().rev().find(|e| same_figure(found, e, q.tolerance)) else {
        let mut periods: Vec<String> =
            q.series.iter().filter_map(|e| e.period).map(|p| p.to_string()).collect();
        periods.dedup();
        return Some(finding(
            Status::Unresolved,
            describe_series(&q.series, &estimators),
            format!(
                "a figure for {written}, and the claim counts {}: another time's figure is another fact",
                periods.join(", ")
            ),
        ));
    };
    let claim_period = agreeing.period.map_or(String::new(), |p| p.to_string());
    let message =
        format!("the figure is the estimate by {estimators} for {claim_period}, not for {written}");
    let others_only = credited_to_others(q, article, at.sentence, &credited)
        && !credited.iter().any(|c| q.not_by.iter().any(|n| n == c));
    Some(if others_only {
        finding(
            Status::Unresolved,
            estimate_by(agreeing, &estimators),
            format!("{message}; credited to {}, {MAY_REPEAT} it", credited.join(", ")),
        )
    } else {
        finding(Status::Discrepant, estimate_by(agreeing, &estimators), message)
    })
}

/// The `n`-th sentence credits its figures (`credited`) to sources the claim does not name as
/// its estimators, and names none of them: the figure is another source's.
fn credited_to_others(q: &QuantityClaim, article: &Prepared, n: usize, credited: &[&str]) -> bool {
    let estimator = |id: &str| q.estimators.iter().any(|e| e == id);
    let names_estimator = (article.sentences[n].mentions.iter())
        .any(|m| matches!(&m.value, Value::Entity(id) if estimator(id)));
    !credited.is_empty() && !names_estimator && !credited.iter().any(|c| estimator(c))
}

fn compare(
    claim: &Claim,
    q: &QuantityClaim,
    article: &Prepared,
    at: Placement,
    assignment: &Assignment,
) -> Option<Finding> {
    let (mention, found, role) = figure(claim, assignment)?;
    let credited: Vec<&str> = article.sources(at.sentence).iter().map(|s| s.entity).collect();
    let found_text = describe_found(found, &credited, q.unit);
    let measured = in_claim_unit(q, found);
    let found = &*measured;
    // Called once, on whichever path the figure takes.
    let finding = move |status, expected: String, message: String| Finding {
        check: claim.id.clone(),
        status,
        span: mention.span,
        found: found_text,
        expected,
        message,
    };
    let estimators = q.estimators.join(", ");
    // A figure credited to a source the claim does not name is no alarm unless the claim
    // says that source never gave it: officials, agencies and papers repeat one another's
    // counts ("According to FEMA, … more than 1300 people are still unaccounted for"). The
    // figure is then compared as the estimator's, which it agrees or disagrees with as it
    // stands; the credit alone raises an alarm only for a source in `not_by`.
    if credited_to_others(q, article, at.sentence, &credited) {
        let agreeing = q.series.iter().find(|e| agrees(found, e, q.tolerance))?;
        let disowned: Vec<&str> =
            credited.iter().copied().filter(|c| q.not_by.iter().any(|n| n == c)).collect();
        let (status, message) = if disowned.is_empty() {
            (
                Status::Unresolved,
                format!(
                    "agrees with the estimate by {estimators}, credited to {}, {MAY_REPEAT} it",
                    credited.join(", ")
                ),
            )
        } else {
            (
                Status::Discrepant,
                format!(
                    "the figure is credited to {}, who never gave it: the estimate is {estimators}'s",
                    disowned.join(", ")
                ),
            )
        };
        return Some(finding(status, estimate_by(agreeing, &estimators), message));
    }
    if role == Role::Earlier {
        // History, not news: an earlier figure that agrees with an estimate given by the
        // article's date is consistent, and one that agrees with none is no alarm, since
        // canon cannot tell which earlier count the article means.
        let given = |e: &&Estimate| article.date().is_none_or(|d| e.as_of <= d);
        return Some(
            match q.series.iter().rev().filter(given).find(|e| agrees(found, e, q.tolerance)) {
                Some(e) => finding(
                    Status::Consistent,
                    estimate_by(e, &estimators),
                    format!(
                        "{}: agrees with the estimate of {}",
                        role.reason(),
                        DateValue::Day(e.as_of)
                    ),
                ),
                None => finding(
                    Status::Unresolved,
                    describe_series(&q.series, &estimators),
                    format!("{}: it agrees with no estimate by {estimators}", role.reason()),
                ),
            },
        );
    }
    let Some(date) = article.date() else {
        return Some(match q.series.iter().rev().find(|e| agrees(found, e, q.tolerance)) {
            Some(e) if q.series.len() == 1 => finding(
                Status::Consistent,
                estimate_by(e, &estimators),
                format!("agrees with the estimate by {estimators}"),
            ),
            Some(e) => finding(
                Status::Unresolved,
                estimate_by(e, &estimators),
                "agrees with an estimate, but the article has no date to tell whether a later one replaced it".into(),
            ),
            None => finding(
                Status::Discrepant,
                describe_series(&q.series, &estimators),
                format!("agrees with no estimate by {estimators}"),
            ),
        });
    };
    // "hingga Selasa, 268 orang", "as of Tuesday, 268": the figure is given as of an earlier
    // day than the article's, and is compared with the estimates of that day.
    // A day before any estimate was given is not read as such: it is more likely misread.
    let first_given = q.series.first().map(|e| e.as_of);
    let date = as_of_written(article, at.sentence)
        .filter(|&d| d < date && first_given.is_some_and(|f| d >= f))
        .unwrap_or(date);
    let day = DateValue::Day(date);
    let given: Vec<&Estimate> = q.series.iter().filter(|e| e.as_of <= date).collect();
    // A figure the canon dates a day or three later is no misstatement: a wrong figure seldom
    // equals the count officials give just after, and the article more likely had it before
    // the canon's source (a figure read out at a briefing, an update in another time zone).
    let had_first = || {
        let later =
            q.series.iter().find(|e| soon_after(e, date) && agrees(found, e, q.tolerance))?;
        Some(format!(
            "agrees with the estimate by {estimators} of {}, after the article's date ({day}): the article may have had it first",
            DateValue::Day(later.as_of)
        ))
    };
    let Some(current) = given.last() else {
        let first = &q.series[0];
        // The estimators first counted days after the article: its figure is someone else's
        // count of before theirs (the police's toll, before a fact-finding team's), not a
        // misstatement of a count nobody had given yet.
        let long_before = (first.as_of - date).num_days() > AHEAD_DAYS;
        let (status, message) = match had_first() {
            Some(message) => (Status::Unresolved, message),
            None if long_before => (
                Status::Unresolved,
                format!(
                    "no estimate by {estimators} until {}, days after the article's date ({day}): the figure is another count, of before theirs",
                    DateValue::Day(first.as_of)
                ),
            ),
            // "There are hundreds of people missing": a vague amount before any count was given
            // misstates none.
            None if matches!(found.amount, Amount::Vague(_)) => (
                Status::Unresolved,
                format!(
                    "a vague amount, and no estimate by {estimators} had been given by the article's date ({day})"
                ),
            ),
            // "trapped for the last 14 days", two days before the canon's first count of 17: a
            // count that grows, told lower before anyone gave one, is a count of before it.
            None if grows(q)
                && article_interval(found, q.tolerance).1
                    < canon_interval(first, q.tolerance).0 =>
            {
                (
                    Status::Unresolved,
                    format!(
                        "under the first estimate by {estimators}, of {}, after the article's date ({day}): a count that grows, told before it",
                        DateValue::Day(first.as_of)
                    ),
                )
            }
            // "Sebanyak 12 warga dilaporkan hilang", the day before the canon's first count of
            // the missing: a count that falls as well as rises (the missing, evacuees) may have
            // stood anywhere before anyone gave one.
            None if grows(q) && falls(q) => (
                Status::Unresolved,
                format!(
                    "no estimate by {estimators} had been given by the article's date ({day}), \
                     and the count falls as well as rises: it may have stood there before"
                ),
            ),
            None => (
                Status::Discrepant,
                format!("no estimate by {estimators} had been given by the article's date ({day})"),
            ),
        };
        return Some(finding(status, estimate_by(first, &estimators), message));
    };
    // "at least 3,985 deaths" of the UN's 3,958: within the hedges, but two digits swapped. A
    // bound the estimate meets is no slip ("more than 102" of 120 is true).
    let written = match (found.amount, found.qualifier) {
        (Amount::Exact(v), Qualifier::MoreThan | Qualifier::AtLeast) => {
            Some(v).filter(|&v| v > current.value)
        }
        (Amount::Exact(v), Qualifier::FewerThan | Qualifier::UpTo) => {
            Some(v).filter(|&v| v < current.value)
        }
        (Amount::Exact(v), _) => Some(v),
        _ => None,
    };
    if let Some(written) = written.filter(|&v| swapped_digits(v, current.value))
        && !q.series.iter().any(|e| e.value == written)
    {
        let message =
            format!("{} is {} with two digits swapped", number(written), number(current.value));
        return Some(finding(Status::Discrepant, estimate_by(current, &estimators), message));
    }
    if agrees(found, current, q.tolerance) {
        let message = if q.series.len() > 1 {
            format!(
                "agrees with the latest estimate by {estimators} as of the article's date ({day})"
            )
        } else {
            format!("agrees with the estimate by {estimators}")
        };
        return Some(finding(Status::Consistent, estimate_by(current, &estimators), message));
    }
    let expected = estimate_by(current, &estimators);
    // An estimate given on the article's own day may have come out after the article was
    // written: the day's earlier figure, or one between it and the new one (a toll revised
    // during the day), is no alarm.
    if current.as_of == date && earlier_that_day(q, &given, found) {
        let message = format!(
            "lies between the estimate before and the estimate of {}, given on the day the figure is dated: the article may be older than that day's update",
            DateValue::Day(current.as_of)
        );
        return Some(finding(Status::Unresolved, expected, message));
    }
    if let Some(old) = given.iter().rev().skip(1).find(|e| agrees(found, e, q.tolerance)) {
        let message = format!(
            "agrees with the estimate of {}, which the estimate of {} had replaced by the article's date ({day})",
            DateValue::Day(old.as_of),
            DateValue::Day(current.as_of)
        );
        return Some(finding(Status::Outdated, expected, message));
    }
    if let Some(message) = had_first() {
        return Some(finding(Status::Unresolved, expected, message));
    }
    let message = if q.series.len() == 1 {
        format!("disagrees with the estimate by {estimators}")
    } else {
        format!(
            "disagrees with the latest estimate by {estimators} as of the article's date ({day})"
        )
    };
    Some(finding(Status::Discrepant, expected, message))
}

/// The figure is an earlier count of the day of the last estimate of `given` (the estimates
/// given by a day, in order): one of that day's estimates before its last (a series may hold
/// several of one day, in the order given), the last estimate of the days before, or a figure
/// between that one and the day's.
fn earlier_that_day(q: &QuantityClaim, given: &[&Estimate], found: &Quantity) -> bool {
    let Some(current) = given.last() else { return false };
    let day_starts = given.iter().rposition(|e| e.as_of != current.as_of).map_or(0, |i| i + 1);
    let same_day = &given[day_starts..given.len() - 1];
    let previous = day_starts.checked_sub(1).map(|i| given[i]).or(same_day.first().copied());
    same_day.iter().any(|e| agrees(found, e, q.tolerance))
        || match previous {
            Some(previous) => {
                agrees(found, previous, q.tolerance)
                    || between(found, previous, current, q.tolerance)
            }
            // The first estimate, given on the article's day: a lower count of a rising total
            // may be that day's earlier one.
            None => !is_measure(q) && article_interval(found, q.tolerance).1 < current.value,
        }
}

/// The claim counts something that grows as a story goes on: people (the dead, the missing,
/// evacuees) or a span of time ("trapped for 14 days"), not a length, a mass or a sum fixed
/// once.
fn grows(q: &QuantityClaim) -> bool {
    q.unit.is_none_or(|u| u.dimension == Dimension::Duration)
}

/// The claim's count has fallen from one estimate to the next (the missing, as they are found;
/// evacuees, as they go home): where it stood before its first estimate is unknown, above or
/// below it.
fn falls(q: &QuantityClaim) -> bool {
    q.series.windows(2).any(|w| w[1].value < w[0].value)
}

/// How many days after an article an estimate may be given and still be news the article had
/// first.
const AHEAD_DAYS: i64 = 3;

/// `e` was given after `date`, by at most [`AHEAD_DAYS`].
fn soon_after(e: &Estimate, date: chrono::NaiveDate) -> bool {
    (1..=AHEAD_DAYS).contains(&(e.as_of - date).num_days())
}

/// The figure lies between two estimates, as a figure of a running count revised during a day
/// does.
///
/// A figure within a thousandth of the newer estimate is that estimate mistyped, not a figure of
/// the day before it: "62.540" for 62,545.
fn between(found: &Quantity, a: &Estimate, b: &Estimate, tolerance: f64) -> bool {
    let (lo, hi) = article_interval(found, tolerance);
    let (x, y) = (a.value.min(b.value), a.value.max(b.value));
    let near_newer =
        found.value().is_some_and(|v| ((v - b.value) / b.value.max(1.0)).abs() < 0.001);
    x <= lo && hi <= y && !near_newer
}

/// The day a sentence gives its figures as of: a date after "hingga", "sampai", "per", "as
/// of", "through", "until" ("Data BNPB hingga Selasa", "as of Tuesday night"), the day the
/// figures were said, written last after the speaker ("… ujar Ketua Komnas HAM di Tangerang,
/// Kamis (9/9).", "…, the governor said Tuesday."), or the day of the dateline that opens its
/// paragraph ([`dateline_day`]).
///
/// A sentence inside a quotation was said on the day written after the quotation closes, in
/// the same paragraph: "Ada 41 orang yang meninggal dunia. Lalu, …," ujar …, Kamis (9/9).
fn as_of_written(article: &Prepared, n: usize) -> Option<chrono::NaiveDate> {
    let day_of = |k: usize, as_of: &dyn Fn(Span) -> bool| {
        article.sentences[k].mentions.iter().find_map(|m| {
            let Value::Date(date) = &m.value else { return None };
            match date.value? {
                DateValue::Day(day) if as_of(m.span) => Some(day),
                _ => None,
            }
        })
    };
    let own = day_of(n, &|at| as_of_marker(article, n, at) || said_on(article, n, at));
    own.or_else(|| {
        let quote_closes = closing_quote(article, n)?;
        day_of(quote_closes, &|at| said_on(article, quote_closes, at))
    })
    .or_else(|| dateline_day(article, n))
}

/// The day of the dateline that opens the `n`-th sentence's paragraph
/// ([`event::in_dateline`]), when no sentence of the paragraph after it up to the `n`-th writes
/// a date: the day the paragraph was filed, as a photo caption's ("PARADISE, CA – NOVEMBER 11:
/// University of Nevada Reno archaeology students search for human remains …") or a wire's.
/// What the paragraph tells is told as of that day.
fn dateline_day(article: &Prepared, n: usize) -> Option<chrono::NaiveDate> {
    let text = article.cx.text;
    let first = paragraph_opening(article, n);
    let dates = |k: usize| {
        article.sentences[k].mentions.iter().filter(|m| matches!(m.value, Value::Date(_)))
    };
    if (first + 1..=n).any(|k| dates(k).next().is_some()) {
        return None;
    }
    let m = dates(first).next().filter(|m| event::in_dateline(text, m.span))?;
    match &m.value {
        Value::Date(DateMention { value: Some(DateValue::Day(day)), .. }) => Some(*day),
        _ => None,
    }
}

/// How many sentences a quotation may run on after the one it holds.
const QUOTATION_REACH: usize = 3;

/// When the `n`-th sentence stands inside a quotation (its paragraph opened one before it and
/// has not closed it), the sentence where the quotation closes, in the same paragraph.
fn closing_quote(article: &Prepared, n: usize) -> Option<usize> {
    let text = article.cx.text;
    let start = article.sentences[n].span.start;
    let paragraph = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[paragraph..start];
    let straight = before.matches('"').count();
    let opened_before =
        straight % 2 == 1 || before.matches('“').count() > before.matches('”').count();
    // Or the sentence opens the quotation itself: its first quotation mark opens it.
    let own = article.text(article.sentences[n].span);
    let opens_here = !opened_before && own.trim_start().starts_with(['"', '“']);
    if !opened_before && !opens_here {
        return None;
    }
    let last = (n + QUOTATION_REACH).min(article.sentences.len() - 1);
    for k in n..=last {
        let span = article.sentences[k].span;
        let body = article.text(span);
        if k > n && text[start..span.start].contains('\n') {
            return None;
        }
        let marks = body.matches(['"', '”']).count();
        if marks > usize::from(k == n && opens_here) {
            return Some(k);
        }
    }
    None
}

/// The date at `date` ends the `n`-th sentence, a few words after a verb of saying: the day
/// the sentence's words were said.
fn said_on(article: &Prepared, n: usize, date: Span) -> bool {
    const SAID: &[&str] = &[
        "kata",
        "katanya",
        "ujar",
        "ujarnya",
        "ucap",
        "ucapnya",
        "tutur",
        "tuturnya",
        "jelas",
        "jelasnya",
        "ungkap",
        "ungkapnya",
        "terang",
        "tegas",
        "imbuh",
        "tambah",
        "papar",
        "mengatakan",
        "menjelaskan",
        "menyampaikan",
        "menegaskan",
        "menuturkan",
        "said",
        "says",
        "told",
        "added",
        "explained",
        "stated",
    ];
    const REACH: usize = 12;
    let grammar = article.grammar(n);
    let words = &grammar.words;
    let expression = grammar.date_expression(date);
    let last = words::after(words, expression).iter().all(|w| w.mark.is_some());
    last && words::before(words, expression).iter().rev().take(REACH).any(|w| w.is_any(SAID))
}

/// Words after which a date or time says as of when something is counted.
const AS_OF_MARKERS: &[&str] = &["hingga", "sampai", "per", "through", "until"];

/// The date at `date` of the `n`-th sentence is written as of when something is counted: after
/// "hingga", "sampai", "per", "as of", "through", "until", or "data pada", "tercatat pada".
fn as_of_marker(article: &Prepared, n: usize, date: Span) -> bool {
    let words = &article.grammar(n).words;
    // "Hingga Kamis (4/10)": the weekday written with the date is one expression with it.
    let start = article.grammar(n).date_expression(date).start;
    match &words[..words.partition_point(|w| w.span.end <= start)] {
        [.., before, w] if w.is("of") => before.is("as"),
        // "pada" only right after "data" or "tercatat": "data pada Senin".
        [.., before, w] if w.is("pada") => before.is_any(&["data", "tercatat"]),
        [.., w] => w.is_any(AS_OF_MARKERS),
        [] => false,
    }
}

/// The quantity mention this claim speaks of in the sentence, as [`assign`] handed them out.
fn figure<'a>(
    claim: &Claim,
    assignment: &Assignment<'_, 'a>,
) -> Option<(&'a Mention, &'a Quantity, Role)> {
    let &(_, mention, role) = assignment.iter().find(|(id, ..)| *id == claim.id)?;
    match &mention.value {
        Value::Quantity(quantity) => Some((mention, quantity, role)),
        _ => None,
    }
}

/// Hands the figures of a sentence to the quantity claims whose cues place them there, one
/// figure per claim and one claim per figure: nearest cue first ([`distance`]); at equal
/// distance (the same cue word) the claim that fits the figure best (`fit`). So "Sekitar 600
/// tentara tewas dan ribuan lainnya luka-luka" gives the 600 to the killed and the thousands to
/// the wounded, and "Ukraina memperkirakan … total 14.000 tentara, termasuk 3.000 bala
/// bantuan" gives Ukraine's total to Ukraine's claim, never to Seoul's.
///
/// `placed` are the quantity claims placed in the `n`-th sentence, each with the cue that placed
/// it ([`place`](crate::check::place)), in the canon's order: a claim that is not placed there
/// (its cue is not in the sentence, or it is about people the sentence does not speak of) takes
/// no figure from one that is. The figures are handed out once per sentence, and each claim's
/// [`check`] looks its own up.
pub fn assign<'c, 'a>(
    placed: impl IntoIterator<Item = (&'c Claim, Span)>,
    n: usize,
    article: &Prepared<'a>,
) -> Assignment<'c, 'a> {
    let sentence = &article.sentences[n];
    // Most sentences a cue places a claim in state no figure: nothing to hand out.
    if !sentence.mentions.iter().any(|m| matches!(m.value, Value::Quantity(_))) {
        return Vec::new();
    }
    let view = Figures::of(article, n);
    // (distance, claim, figure, claim's id, figure's index), nearest first.
    let mut pairs = Vec::new();
    for (claim, placed_at) in placed {
        let ClaimValue::Quantity(q) = &claim.value else { continue };
        let cues = article.cue_occurrences(claim, n, placed_at);
        if view.breaks_down(&cues) {
            continue;
        }
        for &cue in &cues {
            for i in view.owned(q, cue, &cues) {
                let Value::Quantity(found) = &sentence.mentions[i].value else { continue };
                pairs.push((
                    distance(cue, sentence.mentions[i].span),
                    q,
                    found,
                    claim.id.as_str(),
                    i,
                ));
            }
        }
    }
    pairs.sort_by_key(|pair| pair.0);
    // Pairs at equal distance go best fit first. Only then are the sentence's sources needed:
    // most sentences have none to rank, and are never searched for sources.
    let mut credited: Option<Vec<&str>> = None;
    for tied in pairs.chunk_by_mut(|a, b| a.0 == b.0).filter(|tied| tied.len() > 1) {
        let credited =
            credited.get_or_insert_with(|| article.sources(n).iter().map(|s| s.entity).collect());
        tied.sort_by(|a, b| {
            let fit_of = |(_, q, found, ..): &(_, &QuantityClaim, &Quantity, _, _)| {
                fit(q, &in_claim_unit(q, found), credited)
            };
            let (a, b) = (fit_of(a), fit_of(b));
            b.partial_cmp(&a).unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    let mut out: Assignment = Vec::new();
    let mut taken = vec![false; sentence.mentions.len()];
    for (_, _, _, id, n) in pairs {
        if !taken[n] && !out.iter().any(|(claimed, ..)| *claimed == id) {
            taken[n] = true;
            out.push((id, &sentence.mentions[n], view.roles[n]));
        }
    }
    out
}

/// The relative clauses of a sentence, for which figures a cue may own.
struct Relatives {
    spans: Vec<Span>,
    /// A verb stands outside every relative clause of the sentence: it has a main clause of
    /// its own.
    verb_outside: bool,
}

impl Relatives {
    /// Why a cue may not own the figure at `figure`: the figure stands in a relative clause the
    /// cue is outside of ("Tragedi Kanjuruhan yang memakan korban hingga lebih dari 500 orang"
    /// counts no suspects), or the figure is the noun a relative clause holding the cue
    /// describes ("The six construction workers that fell into the river", "dua korban yang
    /// tertimbun"): the clause says which, not how many. After "ada", "terdapat", "there
    /// were", the relative clause is what is said of the figure, and it owns it. `None` when
    /// it may.
    fn passed_over(&self, cue: Span, figure: Span, text: &str) -> Option<&'static str> {
        let of = |s: Span| self.spans.iter().position(|r| r.contains(s));
        let (fig_in, cue_in) = (of(figure), of(cue));
        if fig_in.is_some() && fig_in != cue_in {
            return Some("in a relative clause the cue is outside of");
        }
        let r = cue_in.filter(|_| fig_in.is_none()).map(|i| self.spans[i])?;
        let between = text.get(figure.end..r.start).unwrap_or("").trim();
        let head = figure.end <= r.start && (between.is_empty() || between == ",");
        // A clause of "where" describes a place, never the figure: "FOUR boys who have been
        // rescued … from the cave where they were trapped".
        let marker = text.get(r.range()).unwrap_or("").split_whitespace().next();
        if !head && marker.is_some_and(|m| m.eq_ignore_ascii_case("where")) {
            return Some("in a clause of \"where\", which describes a place");
        }
        // Only the last words before the figure are read: lower-cased from a few characters
        // more than the longest phrase.
        let before = text.get(..figure.start).unwrap_or("").trim_end();
        let from = before.char_indices().rev().nth(EXISTENTIAL_CHARS).map_or(0, |(at, _)| at);
        let before = before[from..].to_lowercase();
        let existential = ["ada", "terdapat", "there were", "there are", "there was", "there is"]
            .iter()
            .any(|w| {
                before.ends_with(w)
                    || before.strip_suffix(" sebanyak").is_some_and(|rest| rest.ends_with(w))
            })
            || last_of_counts(text, figure);
        // "baru satu korban yang teridentifikasi": with no verb outside it, the relative
        // clause is what the sentence says of the figure.
        let said_of_it = !self.verb_outside;
        (head && !existential && !said_of_it).then_some(
            "the noun a relative clause holding the cue describes: it says which, not how many",
        )
    }
}

/// The word opens a predicate or a clause of its own after "dan", "and": an auxiliary or a
/// modal ([`clause::AUXILIARIES`], [`clause::MODALS`]), or a word of being. What follows says
/// more of those counted, or of others ("Over 80 others sustained injuries and had to be
/// hospitalised", "30 people died and had announced a compensation", "22 lainnya hilang serta ada
/// 45 orang mengalami luka bakar"); it names no category counted with them. An adverb does not
/// open one: "45 orang hilang dan masih dirawat" may count the missing with those in care.
fn opens_a_predicate(w: &Word) -> bool {
    w.is_any(clause::AUXILIARIES) || w.is_any(clause::MODALS) || w.is_any(&["ada", "terdapat"])
}

/// Verbs that record counts: a list of figures after one is a list of counts.
const RECORDING: &[&str] =
    &["mencatat", "tercatat", "mendata", "terdata", "ada", "terdapat", "recorded", "counted"];

/// The figure at `figure` ends a list of counts that a verb of recording opens: "BNPB juga
/// mencatat 1.485 orang luka-luka, 154 orang hilang, dan 16.802 orang yang mengungsi" (Harian
/// Terbit, 25 December 2018). Its relative clause says what it counts, as the nouns of the
/// figures before it do.
fn last_of_counts(text: &str, figure: Span) -> bool {
    let before = text.get(..figure.start).unwrap_or("").trim_end();
    let Some(list) = ["dan", "serta", "and"].iter().find_map(|w| {
        let rest = before.strip_suffix(w)?;
        rest.ends_with([' ', ',']).then_some(rest)
    }) else {
        return false;
    };
    // The clause the list stands in: back to the sentence's start, or a mark that ends one (a
    // full stop inside a figure, "1.485", does not).
    let end = [". ", "; ", ": "].iter().filter_map(|m| list.rfind(m)).max();
    let clause = &list[end.map_or(0, |at| at + 2)..];
    let lower = clause.to_lowercase();
    let mut words = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    words.any(|w| RECORDING.contains(&w)) && clause.contains(',')
}

/// More characters than the longest phrase of being ("there were sebanyak") has.
const EXISTENTIAL_CHARS: usize = 24;

/// Between a part and its cue stand only the part's marker and auxiliaries: "133 diantaranya
/// meninggal", "131 orang di antaranya dinyatakan meninggal", "39 orang di antaranya ditemukan
/// selamat", "51 orang berhasil diselamatkan", "11 people are still being searched for"; not
/// "40 diantaranya anak-anak telah tewas", where the part is of the children, and all 131
/// died. `sentence` holds the sentence's words; `from` and `to` are offsets in the text.
pub(crate) fn only_auxiliaries(sentence: &[Word], from: usize, to: usize) -> bool {
    const ALLOWED: &[&str] = &[
        "di",
        "antaranya",
        "diantaranya",
        "antara",
        "mereka",
        "orang",
        "jiwa",
        "telah",
        "sudah",
        "masih",
        "dinyatakan",
        "dilaporkan",
        "ditemukan",
        "berhasil",
        "yang",
        "of",
        "them",
        "whom",
        "were",
        "was",
        "have",
        "had",
        "has",
        "been",
        "are",
        "is",
        "still",
        "reported",
    ];
    to >= from && words::within(sentence, Span::new(from, to)).iter().all(|w| w.is_any(ALLOWED))
}

/// Where the coordinated clauses of a sentence (its words) start, after the first: after a comma,
/// semicolon or colon, and at "dan", "serta", "sedangkan", "sementara", "and", "while",
/// "whereas", "but".
pub(crate) fn clause_bounds(words: &[words::Word], mentions: &[Mention]) -> Vec<usize> {
    const JOINS: &[&str] = &[
        "dan",
        "serta",
        "sedangkan",
        "sementara",
        "namun",
        "tetapi",
        "and",
        "while",
        "whereas",
        "but",
    ];
    // "gempa dan tsunami", "12 boys and their coach": a conjunction joins nouns, not clauses,
    // unless a figure or "yang" follows it closely ("… 310 orang dan yang belum ditemukan 24",
    // "600 tentara tewas dan ribuan lainnya terluka").
    let opens_clause = |i: usize| {
        let next = &words[i + 1..(i + 3).min(words.len())];
        let figure_at = |w: &words::Word| {
            mentions
                .iter()
                .any(|m| matches!(m.value, Value::Quantity(_)) && m.span.start == w.span.start)
        };
        !words[i].is_any(&["dan", "and", "serta"])
            || next.iter().any(|w| w.is("yang") || w.is("who") || figure_at(w))
    };
    // "… the Shalimar-Chennai Coromandel Express, Visvesvaraya-Howrah Superfast Express, and a
    // goods train has reached 294": commas between names, and one before a conjunction that
    // joins no clause, list things; they end no clause.
    let in_a_list = |i: usize| {
        let (Some(before), Some(after)) = (i.checked_sub(1).map(|b| &words[b]), words.get(i + 1))
        else {
            return false;
        };
        let names = before.capital && after.capital && after.mark.is_none() && !after.is_number();
        let joins_nouns = after.is_any(&["dan", "and", "serta"]) && !opens_clause(i + 1);
        words[i].is_mark(&[',']) && i > 1 && (names || joins_nouns && before.capital)
    };
    // "jumlah korban tewas …, hingga sore ini, mencapai 27 orang": the commas of an aside that
    // only says until when end no clause.
    const UNTIL: &[&str] = &["hingga", "sampai", "per", "until", "as"];
    const TIMES: &[&str] = &[
        "ini",
        "pagi",
        "siang",
        "sore",
        "malam",
        "kemarin",
        "today",
        "tonight",
        "yesterday",
        "of",
        "pukul",
    ];
    let dated = |w: &words::Word| {
        w.is_any(TIMES)
            || mentions.iter().any(|m| {
                matches!(m.value, Value::Date(_) | Value::Weekday(_) | Value::Time(_))
                    && m.span.contains(w.span)
            })
    };
    let time_aside = |open: usize| {
        let close = (open + 1..words.len()).find(|&k| words[k].mark.is_some());
        close.is_some_and(|close| {
            let inner = &words[open + 1..close];
            words[close].is_mark(&[','])
                && inner.len() <= 8
                && inner.first().is_some_and(|w| w.is_any(UNTIL))
                && inner.iter().skip(1).all(dated)
        })
    };
    let closes_time_aside =
        |i: usize| (0..i).rev().find(|&k| words[k].mark.is_some()).is_some_and(time_aside);
    (0..words.len())
        .filter(|&i| {
            words[i].is_mark(&[',', ';', ':'])
                && !in_a_list(i)
                && !(words[i].is_mark(&[',']) && (time_aside(i) || closes_time_aside(i)))
                || words[i].is_any(JOINS) && opens_clause(i)
        })
        .map(|i| words[i].span.end)
        .collect()
}

/// The cue stands inside the figure's own words, before its last word, in English, where a
/// modifier comes before its noun: "two missing workers", "the 12 rescued miners" say which
/// workers, not how many went missing.
fn is_modifier(cue: Span, figure: Span, text: &str, lang: Lang) -> bool {
    const STATES: &[&str] = &["dead", "alive", "missing", "injured", "wounded", "trapped"];
    let word = text.get(cue.range()).unwrap_or("").split_whitespace().next().unwrap_or("");
    let word = word.to_lowercase();
    // An adjective of state, not a noun of the count: "two missing workers", not "21 crew
    // members".
    let adjective =
        STATES.contains(&word.as_str()) || word.ends_with("ed") || word.ends_with("ing");
    lang == Lang::En && figure.contains(cue) && cue.end < figure.end && adjective
}

/// The figures of a sentence as binding reads them: each one's role, the sentence's
/// coordinated clauses and its relative clauses.
pub struct Figures<'p, 'a> {
    article: &'p Prepared<'a>,
    n: usize,
    roles: Vec<Role>,
    /// Where the coordinated clauses start, after the first.
    bounds: Vec<usize>,
    relatives: Relatives,
}

impl<'p, 'a> Figures<'p, 'a> {
    pub fn of(article: &'p Prepared<'a>, n: usize) -> Figures<'p, 'a> {
        let grammar = article.grammar(n);
        let roles = roles_of(article, n, &grammar.words);
        let bounds = clause_bounds(&grammar.words, article.sentences[n].mentions);
        let read = Predicates::new(grammar, &[], article.lang());
        Figures {
            article,
            n,
            roles,
            bounds,
            relatives: Relatives {
                spans: read.relative_clauses(),
                verb_outside: read.verb_outside(),
            },
        }
    }

    fn segment(&self, at: usize) -> usize {
        self.bounds.partition_point(|&b| b <= at)
    }

    /// Why the cue at `cue` may not own the `i`-th mention of the sentence as the claim's
    /// figure; `None` when it may. `cues` are all the occurrences of the claim's cues in the
    /// sentence.
    pub fn passed_over(
        &self,
        q: &QuantityClaim,
        cue: Span,
        cues: &[Span],
        i: usize,
    ) -> Option<String> {
        self.passed_over_by(q, cue, cues, i, self.placed_apart(q, cue))
    }

    /// [`Figures::passed_over`], given the place the cue's count is narrowed to, which
    /// depends on the cue alone ([`Figures::placed_apart`]).
    fn passed_over_by(
        &self,
        q: &QuantityClaim,
        cue: Span,
        cues: &[Span],
        i: usize,
        apart: Option<&str>,
    ) -> Option<String> {
        let (article, lang) = (self.article, self.article.lang());
        let text = article.cx.text;
        let mention = &article.sentences[self.n].mentions[i];
        let Value::Quantity(found) = &mention.value else { return Some("not a figure".into()) };
        if !counts(q, lang, found) {
            if let Some(why) = not_measured(q, found) {
                return Some(why);
            }
            return Some(match (found.unit, &found.noun) {
                (Some(unit), _) => format!("a measure ({unit}), not a count"),
                (None, Some(noun)) => format!("counts \"{noun}\", which the claim does not count"),
                (None, None) => "not a count the claim counts".to_string(),
            });
        }
        if let Some(name) = self.inside_a_name(i) {
            return Some(format!("part of a name (\"{name}\"), no count"));
        }
        if let Some(word) = self.another_dimension(q, cues, mention.span) {
            return Some(format!("measures another dimension (\"{word}\") than the claim's"));
        }
        if let Some(noun) = self.measures_another_noun(q, cues, mention.span) {
            return Some(format!("measures the \"{noun}\" it stands before, not the cue's"));
        }
        // The cue names a part when it stands in the figure's words and is not the head of
        // its noun: "dewasa" in "43 penumpang dewasa" for the adults; "kru" in "empat kru
        // kabin" is only the noun counted.
        // Lower-cased only for a cue inside the figure's words.
        let cue_text = mention.span.contains(cue).then(|| text[cue.range()].to_lowercase());
        let head = found.noun.as_deref().and_then(|n| head_noun(n, lang));
        let names_part = cue_text.as_deref().is_some_and(|c| head.is_none_or(|h| h != c));
        // Or the cue is the part's own noun, with nothing to narrow it: "50 penumpang" and
        // "12 kru" of "62 orang, terdiri dari 50 penumpang dan 12 kru"; not "empat kru kabin".
        let is_the_noun = cue_text.is_some() && found.noun.as_deref() == cue_text.as_deref();
        // "25 of the dead had been identified": a cue in the figure's own words after "of the"
        // names the group some are taken from, not what they count ("all 13 of the boys" are
        // all of them).
        let of_group = mention.span.contains(cue) && {
            let sentence_words = &article.grammar(self.n).words;
            let led = words::within(sentence_words, Span::new(mention.span.start, cue.start));
            let before = words::before(sentence_words, mention.span);
            !before.last().is_some_and(|w| w.is("all"))
                && led.windows(2).any(|w| w[0].is("of") && w[1].is_any(&["the", "those", "these"]))
        };
        if of_group {
            return Some(format!(
                "the cue names the group the part is taken from (\"{}\"), not what the part \
                 counts",
                text[mention.span.range()].trim()
            ));
        }
        if is_modifier(cue, mention.span, text, lang) {
            return Some("the cue says which, not how many (\"two missing workers\")".into());
        }
        if let Some(since) = self.compared_since(mention.span) {
            return Some(format!(
                "after \"{since}\": a count of the earlier event the sentence compares with"
            ));
        }
        if let Some(said) = self.said_of_those(cue, cues, mention.span) {
            return Some(format!(
                "the cue says which, and \"{said}\" what of them: those of whom it holds, a part"
            ));
        }
        if let Some(why) = self.relatives.passed_over(cue, mention.span, text) {
            return Some(why.into());
        }
        if let Some(place) = apart {
            return Some(format!(
                "counts those {place}, a place the canon does not name: a part of the whole"
            ));
        }
        if let Some(word) = self.set_aside(cue, mention.span) {
            return Some(format!(
                "the cue is set aside (\"{word}\"): the figure counts something else"
            ));
        }
        if let Some(means) = self.by_one_means(cue, mention.span) {
            return Some(format!(
                "counts those of one means (\"{means}\"): a part of all the cue counts"
            ));
        }
        if let Some(place) = self.one_place_of_several(i) {
            return Some(format!(
                "counts those {place}, one place of several the sentence counts: a part"
            ));
        }
        // "131 orang dengan rincian korban selamat 23, meninggal dunia 73": a cue inside the
        // breakdown after a figure tells of a part, not of the whole.
        let marker_between = cue.start >= mention.span.end
            && words::within(
                &article.grammar(self.n).words,
                Span::new(mention.span.end, cue.start),
            )
            .iter()
            .any(|w| w.is_any(role::BREAKDOWN));
        if marker_between {
            return Some(
                "the whole a breakdown divides; the cue stands inside the breakdown".into(),
            );
        }
        if self.whole_of_a_part(i) && !self.names_the_whole(cue, mention.span) {
            return Some(
                "the whole a part is taken from (\"205 bodies of the total 288\"): what the \
                 sentence says of it, it says of the part"
                    .into(),
            );
        }
        if let Some(other) = self.counted_with(cue, mention.span, cues) {
            return Some(format!(
                "counts the cue together with \"{other}\": the figure is their sum"
            ));
        }
        match self.roles[i] {
            Role::Total | Role::Earlier => None,
            // "133 di antaranya meninggal": a part is the count of what its own clause says
            // of it, after it; or of the part its cue names.
            Role::Part
                if names_part
                    || is_the_noun
                    || cue.start >= mention.span.end
                        && self.segment(mention.span.start) == self.segment(cue.start)
                        && only_auxiliaries(
                            &article.grammar(self.n).words,
                            mention.span.end,
                            cue.start,
                        )
                        && self.whole_counted(q, i)
                    || self.own_item(cue, i) && self.whole_counted(q, i)
                    || self.object_of_the_cue(cue, mention.span) =>
            {
                None
            }
            // "Dari jumlah tersebut, korban meninggal sebanyak 131 orang", "Dari jumlah itu, 7
            // orang meninggal dunia": some of those told before, of a kind the cue names
            // beside the figure, in its own clause. A cue that is only the figure's own noun
            // repeats the total's and names no part ("Dari jumlah itu, 20 kantong jenazah
            // sudah menjalani pemeriksaan"), nor does one in the opening, which names the total
            // ("dari seluruh jumlah korban luka, sebanyak 60 orang masih dalam perawatan").
            Role::OfThose
                if !mention.span.contains(cue)
                    && self.segment(cue.start) == self.segment(mention.span.start) =>
            {
                None
            }
            // "43 penumpang dewasa": the adults, for a claim whose cue names them; "in Turkey
            // alone", for a count whose `place` is Turkey.
            Role::Narrowed if names_part || self.alone_in_its_place(q, i) => None,
            // "half the 60,000 victims are children": the whole is the count its noun names.
            Role::Whole if is_the_noun => None,
            Role::Possible if is_measure(q) => None,
            // "killing 10 people and wounding another 3": after the cue's own verb, "another"
            // counts others than those of the clause before, all the cue tells of.
            Role::Increment if self.another_after_the_cue(cue, mention.span) => None,
            role => Some(role.reason().into()),
        }
    }

    /// The measure at `figure` is said of a dimension other than length ("the 13-meter (42.6
    /// feet) wide tunnel"), by a word right after it (past a bracketed conversion, or the end of
    /// the bracket it stands in) that is none of the claim's cues there: a width, height, depth
    /// or thickness, which a claim measures only where its cues name it. The word.
    fn another_dimension(&self, q: &QuantityClaim, cues: &[Span], figure: Span) -> Option<&'a str> {
        const OTHER: &[&str] =
            &["wide", "high", "tall", "deep", "thick", "lebar", "tinggi", "dalam", "tebal"];
        q.unit?;
        let words = &self.article.grammar(self.n).words;
        let mut after = words.iter().filter(|w| w.span.start >= figure.end).peekable();
        // "(42.6 feet)": a conversion, the same measure.
        if after.peek().is_some_and(|w| w.is_mark(&['('])) {
            after.find(|w| w.is_mark(&[')']))?;
        } else if after.peek().is_some_and(|w| w.is_mark(&[')'])) {
            after.next();
        }
        let word = after.next()?;
        let is_cue = cues.iter().any(|c| c.contains(word.span));
        (word.is_any(OTHER) && !is_cue).then(|| self.article.text(word.span))
    }

    /// The measure at `figure`, a length or a mass, is written as an adjective ("60-metre", or
    /// after "a") before a noun that is none of the claim's cues: it measures that noun ("a muck fall in a 60-metre
    /// stretch on the Silkyara side of the tunnel"), not the cue's ("the 4.5 km tunnel"). The
    /// noun.
    fn measures_another_noun(
        &self,
        q: &QuantityClaim,
        cues: &[Span],
        figure: Span,
    ) -> Option<&'a str> {
        const NOT_NOUNS: &[&str] = &[
            "of", "in", "on", "at", "from", "to", "into", "and", "or", "by", "for", "with", "long",
            "wide", "high", "tall", "deep", "thick", "away", "above", "below", "per", "each",
        ];
        // A length or a mass: a duration before a noun is the span of what the noun names,
        // often the cue's own ("sentenced to a year-and-a-half prison sentence").
        let unit = q.unit?;
        if !matches!(unit.dimension, Dimension::Length | Dimension::Mass) {
            return None;
        }
        let words = &self.article.grammar(self.n).words;
        let written = self.article.text(figure);
        let before = words::before(words, figure).last();
        let adjective = written.contains('-') || before.is_some_and(|w| w.is_any(&["a", "an"]));
        let next = words.iter().find(|w| w.span.start >= figure.end)?;
        let noun = next.mark.is_none()
            && !next.capital
            && !next.is_number()
            && !next.is_any(NOT_NOUNS)
            && !cues.iter().any(|c| c.overlaps(next.span))
            && !crate::structure::clause::is_verb(next, self.article.lang());
        (adjective && noun).then(|| self.article.text(next.span))
    }

    /// The `i`-th figure is told of one place alone ("Nearly 530,000 people have been evacuated
    /// from the disaster area in Turkey alone"), and that place is one the claim's count covers
    /// (its `place`): the claim's whole, not a part of it.
    fn alone_in_its_place(&self, q: &QuantityClaim, i: usize) -> bool {
        if q.places.is_empty() {
            return false;
        }
        let mentions = self.article.sentences[self.n].mentions;
        let words = &self.article.grammar(self.n).words;
        let figure = mentions[i].span;
        let Some(alone) = words
            .iter()
            .filter(|w| w.span.start >= figure.end)
            .find(|w| w.is_any(&["alone", "saja"]))
        else {
            return false;
        };
        entities_of(self.article, self.n).any(|(span, id)| {
            q.places.iter().any(|p| p == id)
                && span.start >= figure.end
                && span.end <= alone.span.start
                && self.article.text(Span::new(span.end, alone.span.start)).trim().is_empty()
        })
    }

    /// The cue's last word stands right before "another" and the figure: "wounding another 3",
    /// "injuring another 50".
    fn another_after_the_cue(&self, cue: Span, figure: Span) -> bool {
        let words = &self.article.grammar(self.n).words;
        let before = words::before(words, figure);
        match before {
            [.., last, another] => another.is("another") && last.span.end == cue.end,
            _ => false,
        }
    }

    /// The figure stands after "since" ("sejak") that follows a superlative: "the deadliest
    /// attack since May 24, when 21 people were killed in an elementary school in Uvalde", "the
    /// deadliest mass shooting in California since the 2018 Thousand Oaks shooting which left 12
    /// people dead". What comes after it tells of the earlier event the sentence measures this
    /// one against. The superlative and "since", as written.
    fn compared_since(&self, figure: Span) -> Option<&'a str> {
        const SUPERLATIVES: &[&str] =
            &["deadliest", "worst", "largest", "biggest", "most", "terparah", "terbesar", "paling"];
        let words = &self.article.grammar(self.n).words;
        let before = words::before(words, figure);
        let since = before.iter().rposition(|w| w.is_any(&["since", "sejak"]))?;
        if before[since..].iter().any(|w| w.is_mark(&[';', '.'])) {
            return None;
        }
        let from = since.saturating_sub(6);
        let superlative = before[from..since].iter().rposition(|w| w.is_any(SUPERLATIVES))?;
        let first = &before[from + superlative];
        Some(self.article.text(first.span.cover(before[since].span)))
    }

    /// In Indonesian, the figure and its cue make the subject of another predicate, told with a
    /// mark of aspect: "12 orang meninggal dunia sudah teridentifikasi", "299 korban selamat
    /// masih menjalani perawatan, sementara sisanya sudah dipulangkan". The cue says which; the
    /// figure counts those of whom the predicate holds, a part. Not when the predicate restates
    /// the claim (another of its cues: "5 korban hilang masih dalam pencarian") or only names,
    /// declares or records them ("lima orang tersangka telah ditetapkan"), nor after "belum",
    /// which restates a state not yet ended ("belum ditemukan"). The marker and the verb, as
    /// written.
    fn said_of_those(&self, cue: Span, cues: &[Span], figure: Span) -> Option<&'a str> {
        const ASPECT: &[&str] = &["sudah", "telah", "masih", "sedang"];
        if self.article.lang() != Lang::Id || cue.start < figure.start {
            return None;
        }
        let words = &self.article.grammar(self.n).words;
        // The cue stands in the figure's words or right after them.
        let between = words::within(words, Span::new(figure.end, cue.start.max(figure.end)));
        if cue.start > figure.end && !between.is_empty() {
            return None;
        }
        let mut after = words::after(words, cue.cover(figure));
        // "meninggal" is "meninggal dunia" written whole.
        if after.first().is_some_and(|w| w.is("dunia")) {
            after = &after[1..];
        }
        let (marker, verb) = (after.first()?, after.get(1)?);
        // A verb that names, declares or records them says of them only what the cue does.
        const ESTABLISH: &[&str] = &[
            "ditetapkan",
            "dinyatakan",
            "dilaporkan",
            "tercatat",
            "terdata",
            "terkonfirmasi",
            "dikonfirmasi",
        ];
        let restates = verb.is_any(ESTABLISH)
            || cues.iter().any(|c| c.start >= verb.span.start && c.start < verb.span.end);
        (marker.is_any(ASPECT) && verb.mark.is_none() && !verb.is_number() && !restates)
            .then(|| self.article.text(marker.span.cover(verb.span)))
    }

    /// The `i`-th mention stands in a list of figures ([`role::enumerated`]), the cue stands in
    /// its item (from the figure to the next figure of the list, before any "dan" or mark
    /// there), and no other item names the
    /// cue: a list of kinds, each with its own count, not the parts of one whole. "17 korban
    /// tewas, 13 korban luka, dan 9 korban yang masih dicari" counts 17 dead; in "6.570 unit
    /// rumah rusak berat, 2.071 unit rusak sedang, dan 12.641 unit rusak ringan" every item
    /// says "rusak", and each is a part.
    fn own_item(&self, cue: Span, i: usize) -> bool {
        let text = self.article.cx.text;
        let sentence = &self.article.sentences[self.n];
        let figures: Vec<(usize, Span)> = (sentence.mentions.iter().enumerate())
            .filter(|(_, m)| matches!(m.value, Value::Quantity(_)))
            .map(|(k, m)| (k, m.span))
            .collect();
        let spans: Vec<Span> = figures.iter().map(|&(_, s)| s).collect();
        let Some(at) = figures.iter().position(|&(k, _)| k == i) else { return false };
        let Some(list) = enumeration_around(text, &spans, at) else { return false };
        // The items of the list the figure stands in: each from its figure to the next.
        let end = list.end;
        let end_of = |k: usize| match k + 1 < end {
            true => spans[k + 1].start,
            false => text[spans[k].end..sentence.span.end]
                .find([';', '.'])
                .map_or(sentence.span.end, |d| spans[k].end + d),
        };
        let item = |k: usize| Span::new(spans[k].start, end_of(k));
        let word = text[cue.range()].to_lowercase();
        let in_item = |k: usize| text[item(k).range()].to_lowercase().contains(&word);
        // The cue follows its figure with no "dan" between: in "selamat 51 orang dan masih
        // dalam pencarian 18 orang" the cue after "dan" says the next figure's kind.
        let gap = Span::new(spans[at].end.min(cue.start), cue.start);
        let joined = words::within(&self.article.grammar(self.n).words, gap)
            .iter()
            .any(|w| w.mark.is_some() || w.is_any(&["dan", "serta", "atau", "and", "or"]));
        item(at).contains(cue) && !joined && list.filter(|&k| k != at).all(|k| !in_item(k))
    }

    /// The figure at `figure` is the object of the cue's own verb, right after it: "dari 26
    /// jenazah yang telah diperiksa Tim DVI … telah berhasil mengidentifikasi 12 jenazah"
    /// (Antara, 22 August 2015), "identified 12 of the 26 bodies". A part the verb counts is
    /// the cue's count; the whole is what it was taken from. Not a figure of a list, which the
    /// verb opens for all its figures ("menewaskan 51 orang, 169 orang terluka").
    fn object_of_the_cue(&self, cue: Span, figure: Span) -> bool {
        let words = &self.article.grammar(self.n).words;
        let verb = words::within(words, cue).last();
        breakdown_of(self.article, self.n, figure).is_none()
            && cue.end <= figure.start
            && self.segment(cue.start) == self.segment(figure.start)
            && words::within(words, Span::new(cue.end, figure.start)).is_empty()
            && verb.is_some_and(|w| clause::is_verb(w, self.article.lang()))
    }

    /// The mentions of the cue's own clause that the cue passes over only as a part of the
    /// claim's own count: a part ([`Role::Part`]) whose whole the claim counts, or with no whole
    /// stated ([`Figures::whole_counted`]), and nothing else in the way ([`Figures::passed_over`]).
    fn parts_of_own_count(&self, q: &QuantityClaim, cue: Span, cues: &[Span]) -> Vec<usize> {
        let mentions = self.article.sentences[self.n].mentions;
        let own = self.segment(cue.start);
        (0..mentions.len())
            .filter(|&i| {
                self.roles[i] == Role::Part
                    && self.segment(mentions[i].span.start) == own
                    && self.whole_counted(q, i)
                    && self.tells_of_part(cue, i)
                    && self.passed_over(q, cue, cues, i).as_deref() == Some(Role::Part.reason())
            })
            .collect()
    }

    /// The cue tells of the `i`-th mention, a part: it stands in the part's own words, or after
    /// it with only the part's whole and auxiliaries between ("140 of the 300 victims were
    /// killed", "140 dari 300 korban meninggal", "140 of those killed"). Not a cue after another
    /// part of a breakdown ("korban selamat sebanyak 52 orang dan meninggal dunia …") nor after
    /// a whole and its part ("189 orang, 181 di antaranya merupakan penumpang").
    fn tells_of_part(&self, cue: Span, i: usize) -> bool {
        const BETWEEN: &[&str] = &[
            "of",
            "the",
            "those",
            "these",
            "them",
            "whom",
            "out",
            "a",
            "total",
            "dari",
            "jumlah",
            "di",
            "antara",
            "antaranya",
            "diantaranya",
            "mereka",
            "yang",
        ];
        let mentions = self.article.sentences[self.n].mentions;
        let part = mentions[i].span;
        if part.contains(cue) {
            return true;
        }
        if cue.start < part.end {
            return false;
        }
        let whole = (mentions[i + 1..].iter())
            .find(|m| matches!(m.value, Value::Quantity(_)))
            .map(|m| m.span)
            .filter(|s| s.end <= cue.start);
        let words = &self.article.grammar(self.n).words;
        let in_whole = |w: &Word| whole.is_some_and(|s| s.contains(w.span));
        let auxiliary = |w: &Word| only_auxiliaries(words, w.span.start, w.span.end);
        (words::within(words, Span::new(part.end, cue.start)).iter())
            .all(|w| in_whole(w) || w.is_any(BETWEEN) || auxiliary(w))
    }

    /// The `i`-th mention is the whole the figure before it is taken from: "205 bodies of the
    /// total 288", "dua dari lima korban", "three out of the six". What the sentence says
    /// after the whole it says of the part.
    fn whole_of_a_part(&self, i: usize) -> bool {
        let mentions = self.article.sentences[self.n].mentions;
        let Some(part) = mentions[..i].iter().rev().find(|m| matches!(m.value, Value::Quantity(_)))
        else {
            return false;
        };
        let words = &self.article.grammar(self.n).words;
        let between = words::within(words, Span::new(part.span.end, mentions[i].span.start));
        // "189 orang yang terdiri dari 179 penumpang dewasa": "consists of" opens a breakdown.
        let breakdown = ["terdiri", "consisting", "consists", "comprising", "composed", "made"];
        if between.len() > 5 || between.iter().any(|w| w.mark.is_some() || w.is_any(&breakdown)) {
            return false;
        }
        const JOINS: &[&[&str]] = &[
            &["of"],
            &["of", "the"],
            &["of", "the", "total"],
            &["of", "a", "total", "of"],
            &["out", "of"],
            &["out", "of", "the"],
            &["out", "of", "a", "total", "of"],
            &["dari"],
            &["dari", "total"],
            &["dari", "jumlah"],
            &["dari", "total", "jumlah"],
        ];
        JOINS.iter().any(|join| {
            between.len() >= join.len()
                && between[between.len() - join.len()..].iter().zip(*join).all(|(w, j)| w.is(j))
        })
    }

    /// The cue at `cue` stands in the noun phrase of the figure at `figure`, after it, with no
    /// verb between and none in it: "the 181 people on board", not "288 have been identified"
    /// nor "lima korban meninggal".
    fn names_the_whole(&self, cue: Span, figure: Span) -> bool {
        let lang = self.article.lang();
        let words = &self.article.grammar(self.n).words;
        // A copula makes a predicate as a verb does: "11 of the 13 victims were Black".
        const COPULAS: &[&str] = &["is", "are", "was", "were", "adalah", "merupakan", "ialah"];
        cue.start >= figure.end
            && !words::within(words, Span::new(figure.end, cue.end)).iter().any(|w| {
                w.mark.is_some() || w.is_any(COPULAS) || crate::structure::clause::is_verb(w, lang)
            })
    }

    /// The whole the `i`-th mention is a part of is one the claim counts ("Dari 708 korban
    /// tersebut, 133 diantaranya meninggal": all who died), or there is none. A part of a whole
    /// the claim does not count counts within it: "Of the four flight attendants, two died"
    /// are not all the dead. The whole is the figure after the part when "of", "dari" joins
    /// them ("Eighteen of the 24 people"), or else the figure before it.
    fn whole_counted(&self, q: &QuantityClaim, i: usize) -> bool {
        let mentions = self.article.sentences[self.n].mentions;
        let quantity = |m: &'a Mention| match &m.value {
            Value::Quantity(whole) => Some((m.span, whole)),
            _ => None,
        };
        let next = mentions[i + 1..].iter().find_map(quantity);
        let words = &self.article.grammar(self.n).words;
        let of_next = next.is_some_and(|(span, _)| {
            let between = words::within(words, Span::new(mentions[i].span.end, span.start));
            between.first().is_some_and(|w| w.is_any(&["of", "dari", "out"])) && between.len() <= 3
        });
        // A measure ("selama tujuh hari ditemukan 77 orang selamat, …") is no whole of a count,
        // nor a count of a measure.
        let whole = match &mentions[i].value {
            _ if of_next => next,
            Value::Quantity(part) => {
                mentions[..i].iter().rev().filter_map(quantity).find(|(_, w)| same_kind(w, part))
            }
            _ => None,
        };
        whole.is_none_or(|(_, whole)| counts(q, self.article.lang(), whole))
    }

    /// The `k`-th clause of the sentence is an aside, set off by commas, that describes the noun
    /// before it: it opens with a participle or a relative pronoun ("induced by the incessant
    /// rain …,", "which started on Thursday,", "yang dipicu hujan deras,") and a comma ends it.
    fn aside(&self, k: usize) -> bool {
        let (Some(&from), Some(&to)) = (self.bounds.get(k - 1), self.bounds.get(k)) else {
            return false;
        };
        let words = words::within(&self.article.grammar(self.n).words, Span::new(from, to));
        let (Some(first), Some(last)) = (words.first(), words.last()) else { return false };
        let opens = first.is_any(&["which", "who", "yang"])
            || (first.mark.is_none() && first.lower().len() > 4 && first.lower().ends_with("ed"));
        opens && last.is_mark(&[','])
    }

    /// The `i`-th mention is a figure inside a name the canon knows: "tiga gereja" for the
    /// churches bombed ("di tiga Gereja di Surabaya", Antara, 14 May 2018), "KRI Nanggala 402",
    /// "SMA Negeri 72 Jakarta". The number is part of the name, and counts nothing. The name, as
    /// written.
    fn inside_a_name(&self, i: usize) -> Option<&'a str> {
        let mentions = self.article.sentences[self.n].mentions;
        let figure = mentions[i].span;
        // Mentions are in order of their start: a name that holds the figure starts at it or
        // before, and is among the last that do.
        let starts_by = mentions.partition_point(|m| m.span.start <= figure.start);
        (mentions[..starts_by].iter().rev().take(4))
            .find(|m| matches!(m.value, Value::Entity(_)) && m.span.contains(figure))
            .map(|m| self.article.text(m.span))
    }

    /// The place said right after the cue, when it narrows the count to those there: a place
    /// by name the canon does not know ("7 di antaranya meninggal di RSUD Tangerang"), or the
    /// spot itself ("41 narapidana meninggal di tempat", "died at the scene"). A place the
    /// canon names ("meninggal di Cianjur") is the story's own, unless it is one of the claim's
    /// estimators (a hospital that counts); a common noun ("terdata di pos
    /// BKSDA", "mengungsi di 19 titik") says where, not which. English "in" is left alone:
    /// "killed in the collapse" names the event.
    fn placed_apart(&self, q: &QuantityClaim, cue: Span) -> Option<&'a str> {
        let words = &self.article.grammar(self.n).words;
        let mentions = self.article.sentences[self.n].mentions;
        let mut at = words.partition_point(|w| w.span.start < cue.end);
        if words.get(at)?.is_any(&["dunia", "seketika"]) {
            at += 1;
        }
        let (marker, place) = (words.get(at)?, words.get(at + 1)?);
        // One of the claim's estimators is no place of the story: "meninggal di RSUD
        // Tangerang", the hospital that counts, counts those who died there.
        let named = |w: &Word| {
            mentions.iter().any(|m| {
                matches!(&m.value, Value::Entity(id) if !q.estimators.contains(id))
                    && m.span.contains(w.span)
            })
        };
        let third = words.get(at + 2);
        let the_spot = match marker.lower() {
            "di" => {
                place.is("tempat") || place.is("lokasi") && third.is_some_and(|w| w.is("kejadian"))
            }
            "at" => place.is("the") && third.is_some_and(|w| w.is("scene")),
            "on" => place.is("the") && third.is_some_and(|w| w.is("spot")),
            _ => false,
        };
        let by_name = place.capital && !named(place) && !marker.is("on");
        let text = self.article.cx.text;
        let end = if the_spot && !place.is("tempat") { third?.span.end } else { place.span.end };
        (marker.is_any(&["di", "at", "on"]) && (the_spot || by_name))
            .then(|| text.get(marker.span.start..end))
            .flatten()
            .or_else(|| self.found_at(at, &named))
    }

    /// What the cue's clause says was found, it says was found at a place by a name the canon
    /// does not know, after the verb of finding: "The bodies of five people were discovered on
    /// Edgewood Lane", "ditemukan di Dusun Kalilunjar". The count is of those found there, a
    /// part. A day or month is no place ("found on Monday").
    fn found_at(&self, from: usize, named: &dyn Fn(&Word) -> bool) -> Option<&'a str> {
        const FOUND: &[&str] =
            &["found", "discovered", "recovered", "located", "ditemukan", "dievakuasi"];
        const STREETS: &[&str] =
            &["lane", "street", "road", "avenue", "drive", "boulevard", "way", "highway", "court"];
        let words = &self.article.grammar(self.n).words;
        let clause = words[from..].iter().take_while(|w| w.mark.is_none()).take(8);
        let verb = from + clause.clone().position(|w| w.is_any(FOUND))?;
        let marker = words.get(verb + 1)?;
        // Past "the": "in the Woolsey Fire burn area".
        let first = verb + 2 + usize::from(words.get(verb + 2)?.is("the"));
        let name: Vec<&Word> =
            words[first..].iter().take_while(|w| w.capital && w.mark.is_none()).collect();
        let last = name.last()?;
        let day = name.iter().any(|w| crate::extract::names_a_day_or_month(w.lower()));
        let street = last.is_any(STREETS);
        let fits = match marker.lower() {
            "di" | "at" | "in" => true,
            "on" => street,
            _ => false,
        };
        (fits && !day && !name.iter().any(|w| named(w)))
            .then(|| self.article.text(Span::new(marker.span.start, last.span.end)))
    }

    /// The cue stands in a phrase that sets it aside, and the figure outside it: "Selain korban
    /// jiwa, ada juga 68 korban selamat", "Apart from the dead, 56 were injured". The word, as
    /// written.
    fn set_aside(&self, cue: Span, figure: Span) -> Option<&'a str> {
        const ASIDE: &[&str] = &["selain", "besides", "beside"];
        let words = &self.article.grammar(self.n).words;
        let at = words.partition_point(|w| w.span.start < cue.start);
        // The marker opens the cue's phrase, a few words before it ("Selain korban jiwa",
        // "Apart from the dead"), and a comma closes the phrase before the figure.
        let from = at.saturating_sub(3);
        let marker = (from..at).rev().find(|&k| {
            words[k].is_any(ASIDE)
                || words[k].is("from") && k > 0 && words[k - 1].is_any(&["apart", "aside"])
        })?;
        if words[marker..at].iter().any(|w| w.mark.is_some()) || figure.start < cue.end {
            return None;
        }
        let closed = words[at..]
            .iter()
            .take_while(|w| w.span.start < figure.start)
            .any(|w| w.is_mark(&[',', ';']));
        let word = if words[marker].is("from") { marker - 1 } else { marker };
        closed.then(|| self.article.text(words[word].span))
    }

    /// The `i`-th mention is said of one place ("di Mamuju", "in Ohio") and another figure of
    /// the sentence of another ("47 orang meninggal dunia di Kabupaten Mamuju dan sembilan
    /// orang di Kabupaten Majene", "Di Kabupaten Mamuju 7.255 orang dan di Majene 2.650
    /// orang"): the sentence breaks a count down by place, and each figure is a part. The
    /// place, as written.
    /// The cue's verb is told by one means, between it and the figure after it ("teridentifikasi
    /// melalui DNA sejumlah 42 dan sidik jari sejumlah 13", "dievakuasi lewat laut 200 orang"),
    /// or right after it when it follows the figure ("three were identified through dental
    /// records"). The figure counts those of that means alone. Returns the means word.
    fn by_one_means(&self, cue: Span, figure: Span) -> Option<&'static str> {
        const MEANS: &[&str] = &["melalui", "lewat", "via", "through", "using"];
        let words = &self.article.grammar(self.n).words;
        // "tiga jenazah teridentifikasi melalui sidik jari": the means right after the cue
        // that follows the figure, in its clause.
        if cue.start >= figure.end {
            let between = words::within(words, Span::new(figure.end, cue.start));
            let after = words::within(words, Span::new(cue.end, usize::MAX));
            let joined = between.len() <= 3 && between.iter().all(|w| w.mark.is_none());
            let means = after.first().and_then(|w| MEANS.iter().find(|m| w.is(m)));
            return means.filter(|_| joined).copied();
        }
        // A cue inside the figure's own words ("3.000 bala bantuan") has none between them.
        if cue.end > figure.start {
            return None;
        }
        let between = words::within(words, Span::new(cue.end, figure.start));
        if between.len() > 10 || between.iter().any(|w| w.mark.is_some()) {
            return None;
        }
        // The means right after the cue; "melalui DNA sejumlah 42 dan sidik jari sejumlah 13":
        // the means of the figure before holds for the one joined to it.
        let first = between.first()?;
        MEANS.iter().find(|m| first.is(m)).copied()
    }

    fn one_place_of_several(&self, i: usize) -> Option<&'a str> {
        let mentions = self.article.sentences[self.n].mentions;
        let words = &self.article.grammar(self.n).words;
        let figures: Vec<usize> = (0..mentions.len())
            .filter(|&k| matches!(mentions[k].value, Value::Quantity(_)))
            .collect();
        if figures.len() < 2 {
            return None;
        }
        // The place said after a figure, before the next figure: "di" or "in" and the capitalised
        // words of its name (after "Kabupaten", "Kota" and the like, which are capitalised too).
        // What may stand between a place and its figure: "di Majene 2.650", "di Lembah ada 10".
        let leads_in = |rest: &[Word]| {
            rest.len() <= 1 && rest.iter().all(|w| w.is_any(&["sebanyak", "ada", "terdapat"]))
        };
        let named_after = |stretch: &[Word], marker: usize| {
            let name: Vec<&Word> = stretch[marker + 1..]
                .iter()
                .take_while(|w| w.mark.is_none() && w.capital)
                .collect();
            let last = name.last()?;
            Some((
                name.iter().map(|w| w.lower().to_string()).collect::<Vec<_>>(),
                Span::new(stretch[marker].span.start, last.span.end),
                marker + 1 + name.len(),
            ))
        };
        let place_after = |k: usize| {
            let from = mentions[k].span.end;
            let to = figures.iter().map(|&f| mentions[f].span.start).find(|&s| s > from);
            let full = words::within(words, Span::new(from, to.unwrap_or(usize::MAX)));
            let stretch = &full[..full.len().min(6)];
            let marker = stretch.iter().position(|w| w.is_any(&["di", "in"]))?;
            // A name right before the next figure is that figure's place ("7.255 orang dan di
            // Majene 2.650 orang").
            named_after(stretch, marker).filter(|found| to.is_none() || !leads_in(&full[found.2..]))
        };
        // Or said before it, the figure right after the name ("Di Kabupaten Mamuju 7.255
        // orang dan di Majene 2.650 orang"), "sebanyak" or "ada" at most between.
        let place_before = |k: usize| {
            let to = mentions[k].span.start;
            let from = figures.iter().rev().map(|&f| mentions[f].span.end).find(|&e| e <= to);
            let stretch = words::within(words, Span::new(from.unwrap_or(0), to));
            let stretch = &stretch[stretch.len().saturating_sub(6)..];
            let marker = stretch.iter().rposition(|w| w.is_any(&["di", "in"]))?;
            let found = named_after(stretch, marker)?;
            leads_in(&stretch[found.2..]).then_some(found)
        };
        let place = |k: usize| place_after(k).or_else(|| place_before(k)).map(|(n, s, _)| (n, s));
        let (own, span) = place(i)?;
        figures
            .iter()
            .filter(|&&k| k != i)
            .filter_map(|&k| place(k))
            .any(|(other, _)| other != own)
            .then(|| self.article.text(span))
    }

    /// The word the cue is joined to by "dan", "atau", "serta", "and", "or", when the figure at
    /// `figure` stands outside the pair: "total korban meninggal dan luka-luka sebanyak 448
    /// orang", "448 killed or injured" count both together. Not when a figure stands in the
    /// pair ("125 orang meninggal dan 21 luka berat", "killed 300 people and injured 700"): then
    /// the conjunction joins clauses, each with its own figure. Nor when the word joined stands
    /// in another of the claim's cues (`cues`): "45 orang masih hilang dan dalam pencarian"
    /// says the claim's one fact twice over, and counts it alone.
    fn counted_with(&self, cue: Span, figure: Span, cues: &[Span]) -> Option<&'a str> {
        let words = &self.article.grammar(self.n).words;
        let mentions = self.article.sentences[self.n].mentions;
        // The cue is the unit of a figure with no noun of its own ("7,7 SR dan tsunami"): what
        // follows is another thing, not counted with it. A noun of the figure's own is counted
        // with what is joined to it ("181 passengers and crew"), unless that is counted apart
        // ("20 Indians and a Sri Lankan").
        let text = self.article.cx.text;
        let nameless = (mentions.iter()).any(|m| {
            m.span == figure && matches!(&m.value, Value::Quantity(q) if q.noun.is_none())
        });
        let right_after = text.get(figure.end..cue.start).is_some_and(|gap| gap.trim().is_empty());
        if nameless && right_after {
            return None;
        }
        const JOIN: &[&str] = &["dan", "atau", "serta", "maupun", "and", "or"];
        let in_figure = |w: &Word| in_a_figure(w, mentions);
        let first = words.partition_point(|w| w.span.start < cue.start);
        let last = words.partition_point(|w| w.span.end <= cue.end).checked_sub(1)?;
        let other = |join: usize, word: usize| {
            let (join, word) = (words.get(join)?, words.get(word)?);
            let content = word.mark.is_none()
                && !in_figure(word)
                && !cues.iter().any(|c| c.contains(word.span))
                && !word.is_any(&["yang", "who", "which", "that", "the", "a", "an", "para", "di"])
                && !opens_a_predicate(word);
            (join.is_any(JOIN) && content).then_some(word)
        };
        let before = first.checked_sub(2).and_then(|w| other(first - 1, w));
        let after = other(last + 1, last + 2);
        let pair = |w: &Word| Span::new(w.span.start.min(cue.start), w.span.end.max(cue.end));
        [before, after]
            .into_iter()
            .flatten()
            .find(|w| !pair(w).contains(figure) && !figure.contains(w.span))
            .and_then(|w| text.get(w.span.range()))
    }

    /// The claim's cue stands after two figures or more, each of its own: "6.570 unit rumah
    /// rusak berat, 2.071 unit rusak sedang, dan 12.641 unit rusak ringan" breaks the damaged
    /// houses down by how badly, and none of them is the total.
    pub fn breaks_down(&self, cues: &[Span]) -> bool {
        let text = self.article.cx.text;
        let mentions = self.article.sentences[self.n].mentions;
        // The figure each cue stands right after, if any: two or more different ones.
        let after_a_figure = |cue: &Span| {
            mentions.iter().position(|m| {
                matches!(m.value, Value::Quantity(_))
                    && m.span.start < cue.start
                    && (cue.start <= m.span.end
                        || text.get(m.span.end..cue.start).is_some_and(|gap| {
                            !gap.contains([',', ';']) && gap.split_whitespace().count() <= 2
                        }))
            })
        };
        // The parts of a breakdown do not divide it ("155 penumpang yang terdiri atas 138
        // penumpang dewasa, 16 penumpang anak-anak"): the figure before them is the whole.
        let mut figures: Vec<usize> = (cues.iter().filter_map(after_a_figure))
            .filter(|&i| self.roles[i] != Role::Part)
            .collect();
        figures.dedup();
        figures.len() >= 2
    }

    /// The figure right before the "dan", "and" or "serta" that opens the cue's clause (`own`),
    /// when all that stands between that word and the cue is a figure the claim may not own
    /// (another noun's: "one teacher") and the words of its verb: the two figures are
    /// subjects of one verb. `owned` are the figures the claim may own.
    fn joined_subject(&self, own: usize, cue: Span, owned: &[usize]) -> Option<usize> {
        let start = *self.bounds.get(own.checked_sub(1)?)?;
        let words = &self.article.grammar(self.n).words;
        let mentions = self.article.sentences[self.n].mentions;
        let at = words.partition_point(|w| w.span.start < start).checked_sub(1)?;
        let join = words.get(at).filter(|w| w.is_any(&["dan", "and", "serta"]))?;
        let figure_at = |end: usize| {
            (0..mentions.len()).find(|&i| {
                matches!(mentions[i].value, Value::Quantity(_)) && mentions[i].span.end == end
            })
        };
        let first = figure_at(words.get(at.checked_sub(1)?)?.span.end)?;
        // Between the join and the cue: one figure, not the claim's, and nothing else but
        // auxiliaries.
        let inner: Vec<usize> = (0..mentions.len())
            .filter(|&i| matches!(mentions[i].value, Value::Quantity(_)))
            .filter(|&i| {
                mentions[i].span.start >= join.span.end && mentions[i].span.end <= cue.start
            })
            .collect();
        let [other] = inner[..] else { return None };
        let rest = words::within(words, Span::new(mentions[other].span.end, cue.start));
        let auxiliaries = rest.iter().all(|w| {
            w.is_any(&["were", "was", "are", "is", "have", "has", "had", "been", "telah", "sudah"])
        });
        (owned.contains(&first) && !owned.contains(&other) && auxiliaries).then_some(first)
    }

    /// The mentions the cue at `cue` may take as the claim's figure: of those it may own
    /// ([`Figures::passed_over`]), the ones next to it, one on each side, in its own
    /// coordinated clause, or failing that in the clause after it. A figure beyond another that the claim counts
    /// belongs to that one's clause ("302 orang luka ringan, 21 orang luka berat, dan 125 orang
    /// meninggal": "meninggal" owns the 125 alone); "jumlah meninggal menjadi 310 orang dan yang
    /// belum ditemukan 24 orang" gives "belum ditemukan" the 24 alone. `cues` are all the
    /// occurrences of the claim's cues in the sentence.
    pub fn owned(&self, q: &QuantityClaim, cue: Span, cues: &[Span]) -> Vec<usize> {
        let mentions = self.article.sentences[self.n].mentions;
        let apart = self.placed_apart(q, cue);
        // Only figures can be owned: the other mentions are not asked why they are not one.
        let all: Vec<usize> = (0..mentions.len())
            .filter(|&i| matches!(mentions[i].value, Value::Quantity(_)))
            .filter(|&i| self.passed_over_by(q, cue, cues, i, apart).is_none())
            .collect();
        let own = self.segment(cue.start);
        let in_segment = |k: usize| -> Vec<usize> {
            (all.iter().copied()).filter(|&i| self.segment(mentions[i].span.start) == k).collect()
        };
        // With none in its own clause, the cue may take one of the clause after it ("Jumlah
        // korban meninggal akibat gempa, bertambah menjadi 268 orang"), never of one before
        // ("With the death toll at 111, the search for the missing moved …").
        // The clause after is taken only across a comma: after "dan", "and", "while" it is a
        // clause of its own ("328 jiwa korban yang meninggal dunia dan 12 orang masih hilang").
        let across_comma = self.bounds.get(own).is_some_and(|&b| {
            self.article.cx.text.get(..b).is_some_and(|t| t.ends_with([',', ';', ':']))
        });
        let figures = match in_segment(own) {
            own_clause if !own_clause.is_empty() => own_clause,
            _ if across_comma => match in_segment(own + 1) {
                // Past a clause set off by commas that describes the cue's noun: "The death
                // toll from floods and landslides, induced by the incessant rain that started
                // Thursday, has risen to 148" (asiannews.network, 30 September 2024).
                next if next.is_empty() && self.aside(own + 1) => in_segment(own + 2),
                next => next,
            },
            _ => Vec::new(),
        };
        // "Fourteen students and one teacher were killed": the clause opened by "and" before
        // the cue holds only a figure of another noun, which the claim does not count; the
        // figure joined to it by "and" is a subject of the same verb, and the claim's.
        let joined = self.joined_subject(own, cue, &all);
        let before = (figures.iter().rev().find(|&&i| mentions[i].span.start < cue.start))
            .or(joined.as_ref());
        let mut after = figures.iter().find(|&&i| mentions[i].span.start >= cue.start);
        // "tewas dari 44 menjadi 45 korban", "rose from 44 to 45": the figure it became is the
        // cue's, not the earlier one before it.
        if let Some(&earlier) = after.filter(|&&i| self.roles[i] == Role::Earlier) {
            let words = &self.article.grammar(self.n).words;
            let became = figures.iter().find(|&&i| {
                let start = mentions[i].span.start;
                let before = &words[..words.partition_point(|w| w.span.end <= start)];
                start > mentions[earlier].span.end
                    && before.last().is_some_and(|w| w.is_any(&["menjadi", "jadi", "to"]))
            });
            after = became.or(after);
        }
        // A figure right after the cue is its own ("jumlah pengungsi 16.732", "mengidentifikasi
        // jenazah sejumlah 59 jenazah"), whatever stands before it.
        let text = self.article.cx.text;
        let right_after = after.filter(|&&i| {
            let gap = text.get(cue.end..mentions[i].span.start).unwrap_or("");
            mentions[i].span.start >= cue.end
                && !gap.contains([',', ';', ':', '.', '(', ')'])
                && gap.split_whitespace().count() <= 1
        });
        if let Some(&i) = right_after {
            return vec![i];
        }
        before.into_iter().chain(after).copied().collect()
    }
}

/// The role of each mention of the `n`-th sentence that is a quantity ([`role::of`]); other
/// mentions are `Total`, and never looked at.
pub fn roles(article: &Prepared, n: usize) -> Vec<Role> {
    roles_of(article, n, &article.grammar(n).words)
}

/// [`roles`], given the sentence's words.
fn roles_of(article: &Prepared, n: usize, words: &[words::Word]) -> Vec<Role> {
    let sentence = &article.sentences[n];
    let mentions = sentence.mentions;
    let figures: Vec<Option<Span>> = (mentions.iter())
        .map(|m| matches!(m.value, Value::Quantity(_)).then_some(m.span))
        .collect();
    let spans: Vec<Span> = figures.iter().flatten().copied().collect();
    let listed = role::enumerated(article.cx.text, &spans);
    let mut nth = 0;
    (mentions.iter().enumerate())
        .map(|(i, m)| match &m.value {
            Value::Quantity(q) => {
                let next = figures[i + 1..].iter().flatten().next().map(|s| s.start);
                let previous = figures[..i].iter().flatten().next_back().copied();
                let (text, lang) = (article.cx.text, article.lang());
                let in_list = listed.get(nth).copied().unwrap_or(false);
                nth += 1;
                match role::of(text, sentence.span, words, m.span, q, previous, next, lang) {
                    Role::Total if in_list => Role::Part,
                    role => role,
                }
            }
            _ => Role::Total,
        })
        .collect()
}

/// How well a claim fits a figure, higher is better: its estimator is credited; one of its
/// estimates agrees; how close the nearest agreeing estimate is (negated relative gap).
fn fit(q: &QuantityClaim, found: &Quantity, credited: &[&str]) -> (bool, bool, f64) {
    let is_credited = q.estimators.iter().any(|e| credited.contains(&e.as_str()));
    let gap = q
        .series
        .iter()
        .filter(|e| agrees(found, e, q.tolerance))
        .map(|e| found.value().map_or(0.0, |v| ((v - e.value) / e.value.max(1.0)).abs()))
        .fold(None, |best: Option<f64>, g| Some(best.map_or(g, |b| b.min(g))));
    (is_credited, gap.is_some(), -gap.unwrap_or(f64::INFINITY))
}

/// The claim can take this quantity: a claim without a unit counts, and takes a figure that
/// measures nothing whose noun, if any, is one the claim counts; a claim with a unit takes a
/// measure of its unit's dimension ([`measures`]).
pub fn counts(q: &QuantityClaim, lang: Lang, quantity: &Quantity) -> bool {
    if let Some(unit) = q.unit {
        return measures(unit, quantity);
    }
    let nouns = q.counts.get(&lang).map_or(&[][..], Vec::as_slice);
    quantity.unit.is_none()
        && (nouns.is_empty() || quantity.noun.as_ref().is_none_or(|n| counts_noun(nouns, n)))
}

/// The claim's nouns count `noun`: it is one of them, or it is a noun of two words and one of
/// them is ("construction workers" for "workers", "orang dewasa" for "orang").
fn counts_noun(nouns: &[String], noun: &str) -> bool {
    nouns.iter().any(|n| n == noun) || noun.split(' ').any(|word| nouns.iter().any(|n| n == word))
}

/// The plausible values an article's figure stands for.
fn article_interval(q: &Quantity, tolerance: f64) -> (f64, f64) {
    match q.amount {
        _ if let Some(v) = rounding(q) => hedge(v, Qualifier::Approx, tolerance),
        Amount::Exact(v) => hedge(v, q.qualifier, tolerance),
        Amount::Range(lo, hi) => {
            (hedge(lo, q.qualifier, tolerance).0, hedge(hi, q.qualifier, tolerance).1)
        }
        Amount::Vague(v) => vague_interval(v),
    }
}

/// "terdapat 15.000 jiwa mengungsi", "1,100 people were injured": a count of four digits or
/// more in whole hundreds, with no hedge, is a rounding, read as "about" it. A measure or a sum
/// of money is read as written. The value, when it is one.
fn rounding(q: &Quantity) -> Option<f64> {
    match (q.amount, q.qualifier, q.unit) {
        (Amount::Exact(v), Qualifier::Exact, None) if v >= 1000.0 && v % 100.0 == 0.0 => Some(v),
        _ => None,
    }
}

fn hedge(v: f64, qualifier: Qualifier, tolerance: f64) -> (f64, f64) {
    match qualifier {
        Qualifier::Exact => (v, v),
        Qualifier::Approx => (v * (1.0 - tolerance), v * (1.0 + tolerance)),
        Qualifier::MoreThan | Qualifier::AtLeast => (v, f64::INFINITY),
        Qualifier::FewerThan | Qualifier::UpTo => (0.0, v),
    }
}

/// The values an estimate in the canon vouches for.
fn canon_interval(e: &Estimate, tolerance: f64) -> (f64, f64) {
    let v = e.value;
    match (e.value_max, e.qualifier) {
        (Some(max), Qualifier::Approx) => (v * (1.0 - tolerance), max * (1.0 + tolerance)),
        (Some(max), _) => (v, max),
        (None, Qualifier::MoreThan | Qualifier::AtLeast) => (v, v * OPEN_BOUND),
        (None, Qualifier::FewerThan | Qualifier::UpTo) => (v / OPEN_BOUND, v),
        (None, qualifier) => hedge(v, qualifier, tolerance),
    }
}

/// What a vague amount vouches for. News text uses "ribuan" and "thousands" for anything from
/// a couple of thousand to tens of thousands, so a vague amount is bound below by its order of
/// magnitude and only loosely above (a hundred times as much).
fn vague_interval(v: Vague) -> (f64, f64) {
    let floor: f64 = match v {
        Vague::Several | Vague::Many => 2.0,
        Vague::Tens | Vague::Dozens => 10.0,
        Vague::Hundreds => 100.0,
        Vague::Thousands => 1_000.0,
        Vague::TensOfThousands => 10_000.0,
        Vague::HundredsOfThousands => 100_000.0,
        Vague::Millions => 1e6,
    };
    let ceiling = if matches!(v, Vague::Many) { f64::INFINITY } else { floor * 100.0 };
    (floor, ceiling)
}

/// The figure is the estimate itself, told as a figure (exact, about, or a range) that agrees
/// with it: "more than 10,000" agrees with 11,570 but is no statement of it, nor is "nearly 5.5
/// million" of 1.55 million.
fn same_figure(found: &Quantity, estimate: &Estimate, tolerance: f64) -> bool {
    // A rounding ("12.000 orang") is the same figure as an estimate it rounds only when it
    // is that estimate: near it is not enough to say the figure was told for another time.
    if let Some(v) = rounding(found) {
        let (lo, hi) = canon_interval(estimate, tolerance);
        return (lo..=hi).contains(&v);
    }
    matches!(found.qualifier, Qualifier::Exact | Qualifier::Approx)
        && !matches!(found.amount, Amount::Vague(_))
        && agrees(found, estimate, tolerance)
}

fn agrees(found: &Quantity, estimate: &Estimate, tolerance: f64) -> bool {
    let (a_lo, a_hi) = article_interval(found, tolerance);
    let (c_lo, c_hi) = canon_interval(estimate, tolerance);
    a_lo <= c_hi && c_lo <= a_hi
}

fn hedge_words(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::Exact => "",
        Qualifier::Approx => "about ",
        Qualifier::MoreThan => "more than ",
        Qualifier::AtLeast => "at least ",
        Qualifier::FewerThan => "fewer than ",
        Qualifier::UpTo => "up to ",
    }
}

/// "about 600", "more than 10000", "11000 to 12000", "thousands".
pub fn describe_amount(q: &Quantity) -> String {
    let hedge = hedge_words(q.qualifier);
    match q.amount {
        Amount::Exact(v) => format!("{hedge}{}", number(v)),
        Amount::Range(lo, hi) => format!("{hedge}{} to {}", number(lo), number(hi)),
        Amount::Vague(v) => v.name().replace('-', " "),
    }
}

fn describe_found(q: &Quantity, credited: &[&str], unit: Option<&Unit>) -> String {
    let mut s = match unit {
        Some(unit) => describe_measure(q, unit),
        None => describe_amount(q),
    };
    if let Some(noun) = &q.noun {
        s.push(' ');
        s.push_str(noun);
    }
    for (n, source) in credited.iter().enumerate() {
        s.push_str(if n == 0 { ", credited to " } else { ", " });
        s.push_str(source);
    }
    s
}

/// "about 600 as of 2025-04-30", "about 40 hours as of 2023-06-20", written at the end of `s`.
fn write_estimate(s: &mut String, e: &Estimate) {
    // A measure given in a unit of its own is shown as given.
    let (unit, value, max) = match (e.given, e.unit) {
        (Some(given), _) => (Some(given.unit), given.value, given.value_max),
        (None, unit) => (unit, e.value, e.value_max),
    };
    let mut amount = format!("{}{}", hedge_words(e.qualifier), number(value));
    if let Some(max) = max {
        amount.push_str(" to ");
        amount.push_str(&number(max));
    }
    match unit {
        Some(unit) => s.push_str(&unit.write(&amount)),
        None => s.push_str(&amount),
    }
    // Writing to a String cannot fail.
    if let Some(period) = e.period {
        let _ = write!(s, " for {period}");
    }
    let _ = write!(s, " as of {}", DateValue::Day(e.as_of));
}

/// "about 600 as of 2025-04-30, by south-korea".
fn estimate_by(e: &Estimate, estimators: &str) -> String {
    describe_series(std::slice::from_ref(e), estimators)
}

fn describe_series(series: &[Estimate], estimators: &str) -> String {
    let mut s = String::new();
    for (n, e) in series.iter().enumerate() {
        if n > 0 {
            s.push_str("; ");
        }
        write_estimate(&mut s, e);
    }
    s.push_str(", by ");
    s.push_str(estimators);
    s
}

// Measures: a claim with a `unit` takes figures of its dimension, converted into its unit. The
// functions below are all that a unit changes; a claim without one never reaches them.

/// A figure measured in `unit`'s dimension, so a claim with that unit may take it: time in any
/// unit of time, a length in any of length, money only in its own currency ("$250,000" is no
/// figure of a claim in rupiah: no rate of exchange is a fact of grammar).
fn measures(unit: &Unit, quantity: &Quantity) -> bool {
    quantity.measure().is_some_and(|m| m.dimension == unit.dimension)
}

/// Why a claim with a unit does not take the figure: it counts, or measures another thing.
/// `None` for a claim without a unit.
fn not_measured(q: &QuantityClaim, found: &Quantity) -> Option<String> {
    let unit = q.unit?;
    Some(match found.measure() {
        None => format!("a count, not a measure of {}", unit.dimension.name()),
        Some(m) => format!(
            "a measure of {} ({}), not of {} ({}){}",
            m.dimension.name(),
            m.name,
            unit.dimension.name(),
            unit.name,
            match (m.dimension, unit.dimension) {
                (crate::mention::Dimension::Money(_), crate::mention::Dimension::Money(_)) => {
                    ": currencies are not converted"
                }
                _ => "",
            }
        ),
    })
}

/// The figure as a claim with a unit compares it: in the claim's unit. A figure in the claim's
/// unit, and any figure of a claim without one, is compared as written. A figure in another unit
/// is converted, and read to the precision it is written to (see [`written_step`]): "3,000
/// feet" stands for 2,950 to 3,050 feet, 899 to 930 m, and so agrees with 914 m; "488 m" with
/// 1,600 feet; "two hours" (1.5 to 2.5 hours) with 1 hour 45 minutes, which rounds to it. The
/// writer converted and rounded, and only that rounding is allowed: "500 m" (495 to 505 m) is
/// not 1,600 feet, "one hour" not 1 hour 45 minutes. A hedge ("about") reaches further as usual.
pub fn in_claim_unit<'f>(q: &QuantityClaim, found: &'f Quantity) -> Cow<'f, Quantity> {
    let (Some(to), Some(from)) = (q.unit, found.measure()) else {
        return Cow::Borrowed(found);
    };
    if to.name == from.name || from.dimension != to.dimension {
        return Cow::Borrowed(found);
    }
    let low = |v: f64| from.convert((v - written_step(v) / 2.0).max(0.0), to);
    let high = |v: f64| from.convert(v + written_step(v) / 2.0, to);
    let amount = match found.amount {
        Amount::Exact(v) => Amount::Range(low(v), high(v)),
        Amount::Range(lo, hi) => Amount::Range(low(lo), high(hi)),
        Amount::Vague(v) => {
            let (lo, hi) = vague_interval(v);
            Amount::Range(from.convert(lo, to), from.convert(hi, to))
        }
    };
    Cow::Owned(Quantity { amount, unit: Some(to.name), ..found.clone() })
}

/// The claim measures (it has a unit), where a claim without one counts. A measure differs from
/// a count where counting alone explains the rule: a figure far below or far apart from the
/// estimate is not set aside as a part, an increment or a count of something else (a figure its
/// cue places and that measures what the claim does is wrong when far from it: "96 days" for 96
/// hours, "US$250.00" for $250,000); the first estimate of a day is no total that rose during
/// it, so a lower figure on its day is no earlier count; and what could be, a capacity or a
/// forecast, is often the measure itself ("a four-day emergency supply", "could run out in 20
/// hours").
fn is_measure(q: &QuantityClaim) -> bool {
    q.unit.is_some()
}

/// "about 12500 ft (3810 m)": a measure as written, and in the claim's unit when it was
/// converted.
fn describe_measure(found: &Quantity, unit: &Unit) -> String {
    let amount = describe_amount(found);
    let Some(from) = found.measure() else { return amount };
    let written = from.write(&amount);
    match found.value() {
        Some(v) if from.name != unit.name && from.dimension == unit.dimension => {
            // Four significant digits, two decimals at most, are plenty to see what the figure
            // comes to.
            let converted = from.convert(v, unit);
            let digits = 3 - converted.abs().log10().floor() as i32;
            let shown = format!("{converted:.*}", digits.clamp(0, 2) as usize);
            let shown = if shown.contains('.') {
                shown.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                shown
            };
            format!("{written} ({})", unit.write(&shown))
        }
        _ => written,
    }
}
