//! Quantity claims: a figure, whose estimate it is, and as of when.
//!
//! The figure is the quantity mention nearest the cue whose counted noun the claim accepts.
//! Only counts are compared: a measure ("2,5 jam") is never a claim's figure.
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

use std::fmt::Write;

use crate::canon::{Claim, ClaimValue, Estimate, QuantityClaim};
use crate::check::place::{Placement, Prepared, distance};
use crate::finding::{Finding, Status};
use crate::lang::Lang;
use crate::mention::{Amount, DateValue, Mention, Qualifier, Quantity, Vague, Value};
use crate::render::number;
use crate::span::Span;
use crate::structure::role::{self, Role};
use crate::structure::words;

/// How far an open bound of the canon reaches: "more than 10,000" vouches for up to 15,000.
const OPEN_BOUND: f64 = 1.5;

/// The figures of one sentence, handed out to quantity claims by [`assign`], each with its role
/// in the sentence.
pub type Assignment<'c, 'a> = Vec<(&'c str, &'a Mention, Role)>;

/// `assignment` is what [`assign`] gave out in the placement's sentence.
///
/// A figure that someone the canon does not know gives ("kata seorang pejabat", "officials
/// said") is nobody's estimate the canon holds: it may agree, but it raises no alarm.
pub fn check(
    claim: &Claim,
    q: &QuantityClaim,
    article: &Prepared,
    at: Placement,
    assignment: &Assignment,
) -> Option<Finding> {
    let mut finding = compare(claim, q, article, at, assignment)?;
    let alarm = matches!(finding.status, Status::Discrepant | Status::Outdated);
    if alarm && article.sources(at.sentence).is_empty() && article.speaker_unknown(at.sentence) {
        finding.status = Status::Unresolved;
        finding.message =
            format!("given by a speaker the canon does not know ({})", finding.message);
    }
    Some(finding)
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
    let found_text = describe_found(found, &credited);
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
    // A figure credited to another source is the other source's, unless the sentence names
    // the estimator too ("Memang laporan resmi BNPB jumlah meninggal 334 orang, …, kata
    // Herman"): then canon cannot tell whose it is, and says nothing of whose it is.
    let sentence = &article.sentences[at.sentence];
    let names_estimator = sentence
        .mentions
        .iter()
        .any(|m| matches!(&m.value, Value::Entity(id) if q.estimators.iter().any(|e| e == id)));
    if !credited.is_empty()
        && !names_estimator
        && !credited.iter().any(|c| q.estimators.iter().any(|e| e == c))
    {
        let agreeing = q.series.iter().find(|e| agrees(found, e, q.tolerance))?;
        return Some(finding(
            Status::Discrepant,
            estimate_by(agreeing, &estimators),
            format!(
                "the figure is credited to {}, but the estimate is {estimators}'s",
                credited.join(", ")
            ),
        ));
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
    let date = as_of_written(article, at.sentence).filter(|&d| d < date).unwrap_or(date);
    let day = DateValue::Day(date);
    let given: Vec<&Estimate> = q.series.iter().filter(|e| e.as_of <= date).collect();
    let Some(current) = given.last() else {
        let first = &q.series[0];
        return Some(finding(
            Status::Discrepant,
            estimate_by(first, &estimators),
            format!("no estimate by {estimators} had been given by the article's date ({day})"),
        ));
    };
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
    if current.as_of == date
        && let Some(previous) = given.iter().rev().nth(1)
        && (agrees(found, previous, q.tolerance) || between(found, previous, current, q.tolerance))
    {
        let message = format!(
            "agrees with the estimate of {} or lies between it and the estimate of {}, given on the day the figure is dated: the article may be older than that day's update",
            DateValue::Day(previous.as_of),
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
    let message = match q.series.iter().find(|e| e.as_of > date && agrees(found, e, q.tolerance)) {
        Some(later) => format!(
            "no estimate by {estimators} had given this figure by the article's date ({day}); it was first given on {}",
            DateValue::Day(later.as_of)
        ),
        None if q.series.len() == 1 => format!("disagrees with the estimate by {estimators}"),
        None => format!(
            "disagrees with the latest estimate by {estimators} as of the article's date ({day})"
        ),
    };
    Some(finding(Status::Discrepant, expected, message))
}

/// The figure lies between two estimates, as a figure of a running count revised during a day
/// does.
fn between(found: &Quantity, a: &Estimate, b: &Estimate, tolerance: f64) -> bool {
    let (lo, hi) = article_interval(found, tolerance);
    let (x, y) = (a.value.min(b.value), a.value.max(b.value));
    x <= lo && hi <= y
}

/// The day a sentence gives its figures as of: a date after "hingga", "sampai", "per", "as
/// of", "through", "until" ("Data BNPB hingga Selasa", "as of Tuesday night").
fn as_of_written(article: &Prepared, n: usize) -> Option<chrono::NaiveDate> {
    const MARKERS: &[&str] = &["hingga", "sampai", "per", "of", "through", "until", "pada"];
    let sentence = &article.sentences[n];
    let text = article.cx.text;
    sentence.mentions.iter().find_map(|m| {
        let Value::Date(date) = &m.value else { return None };
        let before = text.get(sentence.span.start..m.span.start)?;
        let word = before.trim_end().rsplit(|c: char| !c.is_alphanumeric()).next()?.to_lowercase();
        let word = word.as_str();
        // "pada" only right after "data" or "tercatat": "data pada Senin".
        let marked = match word {
            "of" => before.trim_end().to_lowercase().ends_with("as of"),
            "pada" => {
                let lower = before.trim_end().to_lowercase();
                let rest = lower.strip_suffix("pada").unwrap_or("").trim_end();
                rest.ends_with("data") || rest.ends_with("tercatat")
            }
            _ => MARKERS.contains(&word),
        };
        match date.value? {
            DateValue::Day(day) if marked => Some(day),
            _ => None,
        }
    })
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
    let roles = roles(article, n);
    let text = article.cx.text;
    // The sentence's coordinated clauses: where each starts.
    let bounds = clause_bounds(text, sentence.span);
    let segment = |at: usize| bounds.partition_point(|&b| b <= at);
    // (distance, claim, figure, claim's id, figure's index), nearest first.
    let mut pairs = Vec::new();
    for (claim, placed_at) in placed {
        let ClaimValue::Quantity(q) = &claim.value else { continue };
        // Every occurrence of the cue in the sentence may own a figure: the one nearest a
        // figure counts ("… rapat itu … rapat kelima …"). A claim with a subject keeps the
        // occurrence its subject was found before.
        let cues: Vec<Span> = match (&claim.subject, claim.cues.get(&article.lang())) {
            (None, Some(cue)) => (article.find_cue(cue, sentence.span))
                .map(|m| Span::new(sentence.span.start + m.start, sentence.span.start + m.end))
                .collect(),
            _ => vec![placed_at],
        };
        for cue in cues {
            let eligible = |i: usize| -> bool {
                let mention = &sentence.mentions[i];
                let Value::Quantity(found) = &mention.value else { return false };
                counts(q, article.lang(), found)
                    && (!is_subtype(q, article.lang(), found) || mention.span.contains(cue))
                    && !is_modifier(cue, mention.span, article.lang())
                    && match roles[i] {
                        Role::Total | Role::Earlier => true,
                        // "133 di antaranya meninggal": a part is the count of what its own
                        // clause says of it, after it.
                        // or the part its cue names: "43 penumpang dewasa" for the adults.
                        Role::Part => {
                            mention.span.contains(cue)
                                || cue.start >= mention.span.end
                                    && !text[mention.span.end..cue.start].contains([',', ';', ':'])
                        }
                        _ => false,
                    }
            };
            // Only the figures next to the cue, one on each side, may be its own: a figure
            // beyond another that the claim counts belongs to that one's clause ("302 orang
            // luka ringan, 21 orang luka berat, dan 125 orang meninggal": "meninggal" owns the
            // 125 alone).
            //
            // And a figure of the cue's own clause comes first: "jumlah meninggal menjadi 310
            // orang dan yang belum ditemukan 24 orang" gives "belum ditemukan" the 24 alone.
            let all: Vec<usize> = (0..sentence.mentions.len()).filter(|&i| eligible(i)).collect();
            let own_clause: Vec<usize> = (all.iter().copied())
                .filter(|&i| segment(sentence.mentions[i].span.start) == segment(cue.start))
                .collect();
            let figures = if own_clause.is_empty() { all } else { own_clause };
            let before =
                figures.iter().rev().find(|&&i| sentence.mentions[i].span.start < cue.start);
            let after = figures.iter().find(|&&i| sentence.mentions[i].span.start >= cue.start);
            for &i in before.into_iter().chain(after) {
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
            let (a, b) = (fit(a.1, a.2, credited), fit(b.1, b.2, credited));
            b.partial_cmp(&a).unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    let mut out: Assignment = Vec::new();
    let mut taken = vec![false; sentence.mentions.len()];
    for (_, _, _, id, n) in pairs {
        if !taken[n] && !out.iter().any(|(claimed, ..)| *claimed == id) {
            taken[n] = true;
            out.push((id, &sentence.mentions[n], roles[n]));
        }
    }
    out
}

/// Where the coordinated clauses of `sentence` start, after the first: after a comma,
/// semicolon or colon, and at "dan", "serta", "sedangkan", "sementara", "and", "while",
/// "whereas", "but".
fn clause_bounds(text: &str, sentence: Span) -> Vec<usize> {
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
    (words::of(text, sentence).iter())
        .filter(|w| w.is_mark(&[',', ';', ':']) || w.is_any(JOINS))
        .map(|w| w.span.end)
        .collect()
}

/// The figure counts an Indonesian noun of two words whose head the claim counts but not the
/// whole: a kind of what the claim counts ("empat kru kabin" of the crew, "46 penumpang
/// dewasa" of the passengers), which only a cue naming it may take.
fn is_subtype(q: &QuantityClaim, lang: Lang, found: &Quantity) -> bool {
    let nouns = q.counts.get(&lang).map_or(&[][..], Vec::as_slice);
    lang == Lang::Id
        && found.noun.as_ref().is_some_and(|n| n.contains(' ') && !nouns.iter().any(|x| x == n))
        && !nouns.is_empty()
}

/// The cue stands inside the figure's own words, before its last word, in English, where a
/// modifier comes before its noun: "two missing workers", "the 12 rescued miners" say which
/// workers, not how many went missing.
fn is_modifier(cue: Span, figure: Span, lang: Lang) -> bool {
    lang == Lang::En && figure.contains(cue) && cue.end < figure.end
}

/// The role of each mention of the `n`-th sentence that is a quantity ([`role::of`]); other
/// mentions are `Total`, and never looked at.
pub fn roles(article: &Prepared, n: usize) -> Vec<Role> {
    let sentence = &article.sentences[n];
    let mentions = sentence.mentions;
    let starts: Vec<Option<usize>> = (mentions.iter())
        .map(|m| matches!(m.value, Value::Quantity(_)).then_some(m.span.start))
        .collect();
    (mentions.iter().enumerate())
        .map(|(i, m)| match &m.value {
            Value::Quantity(q) => {
                let next = starts[i + 1..].iter().flatten().next().copied();
                role::of(article.cx.text, sentence.span, m.span, q, next, article.lang())
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

/// The claim can count this quantity: it measures nothing, and its noun, if any, is one the
/// claim counts.
pub fn counts(q: &QuantityClaim, lang: Lang, quantity: &Quantity) -> bool {
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
        Amount::Exact(v) => hedge(v, q.qualifier, tolerance),
        Amount::Range(lo, hi) => {
            (hedge(lo, q.qualifier, tolerance).0, hedge(hi, q.qualifier, tolerance).1)
        }
        Amount::Vague(v) => vague_interval(v),
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

fn describe_found(q: &Quantity, credited: &[&str]) -> String {
    let mut s = describe_amount(q);
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

/// "about 600 as of 2025-04-30", written at the end of `s`.
fn write_estimate(s: &mut String, e: &Estimate) {
    s.push_str(hedge_words(e.qualifier));
    s.push_str(&number(e.value));
    if let Some(max) = e.value_max {
        s.push_str(" to ");
        s.push_str(&number(max));
    }
    // Writing to a String cannot fail.
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
