//! Quantity claims: a figure, whose estimate it is, and as of when.
//!
//! The figure is the quantity mention nearest the cue whose counted noun the claim accepts.
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
//! Whose figure it is: when the sentence names sources and none of them is the claim's
//! estimator, the figure is either another claim's (another estimator's claim whose cues also
//! match here: passed over, never compared) or credited to the wrong source (`discrepant`).

use crate::canon::{Canon, Claim, ClaimValue, Estimate, QuantityClaim};
use crate::check::place::{Placement, Prepared, Sentence, distance};
use crate::finding::{Finding, Status};
use crate::lang::Lang;
use crate::mention::{Amount, Mention, Qualifier, Quantity, Vague, Value};
use crate::render::number;

/// How far an open bound of the canon reaches: "more than 10,000" vouches for up to 15,000.
const OPEN_BOUND: f64 = 1.5;

pub fn check(
    canon: &Canon,
    claim: &Claim,
    q: &QuantityClaim,
    article: &Prepared,
    at: Placement,
) -> Option<Finding> {
    let sentence = &article.sentences[at.sentence];
    let (mention, found) = figure(q, sentence, article.lang(), at)?;
    let credited: Vec<&str> = sentence.sources.iter().map(|s| s.entity).collect();
    let found_text = describe_found(found, &credited);
    let finding = |status, expected: String, message: String| Finding {
        check: claim.id.clone(),
        status,
        span: mention.span,
        found: found_text.clone(),
        expected,
        message,
    };
    let estimators = q.estimators.join(", ");
    if !credited.is_empty() && !credited.iter().any(|c| q.estimators.iter().any(|e| e == c)) {
        if belongs_elsewhere(canon, claim, &credited, found, sentence, article) {
            return None;
        }
        let agreeing = q.series.iter().find(|e| agrees(found, e, q.tolerance))?;
        return Some(finding(
            Status::Discrepant,
            format!("{}, by {estimators}", describe_estimate(agreeing)),
            format!(
                "the figure is credited to {}, but the estimate is {estimators}'s",
                credited.join(", ")
            ),
        ));
    }
    let Some(date) = article.date() else {
        return Some(match q.series.iter().rev().find(|e| agrees(found, e, q.tolerance)) {
            Some(e) => finding(
                Status::Unresolved,
                format!("{}, by {estimators}", describe_estimate(e)),
                "agrees with an estimate, but the article has no date to tell whether a later one replaced it".into(),
            ),
            None => finding(
                Status::Discrepant,
                describe_series(&q.series, &estimators),
                format!("agrees with no estimate by {estimators}"),
            ),
        });
    };
    let day = date.format("%Y-%m-%d");
    let given: Vec<&Estimate> = q.series.iter().filter(|e| e.as_of <= date).collect();
    let Some(current) = given.last() else {
        let first = &q.series[0];
        return Some(finding(
            Status::Discrepant,
            format!("{}, by {estimators}", describe_estimate(first)),
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
        return Some(finding(
            Status::Consistent,
            format!("{}, by {estimators}", describe_estimate(current)),
            message,
        ));
    }
    let expected = format!("{}, by {estimators}", describe_estimate(current));
    if let Some(old) = given.iter().rev().skip(1).find(|e| agrees(found, e, q.tolerance)) {
        let message = format!(
            "agrees with the estimate of {}, which the estimate of {} had replaced by the article's date ({day})",
            old.as_of.format("%Y-%m-%d"),
            current.as_of.format("%Y-%m-%d")
        );
        return Some(finding(Status::Outdated, expected, message));
    }
    let message = match q.series.iter().find(|e| e.as_of > date && agrees(found, e, q.tolerance)) {
        Some(later) => format!(
            "no estimate by {estimators} had given this figure by the article's date ({day}); it was first given on {}",
            later.as_of.format("%Y-%m-%d")
        ),
        None => format!(
            "disagrees with the latest estimate by {estimators} as of the article's date ({day})"
        ),
    };
    Some(finding(Status::Discrepant, expected, message))
}

/// The quantity mention nearest the cue that the claim can count.
fn figure<'a>(
    q: &QuantityClaim,
    sentence: &'a Sentence,
    lang: Lang,
    at: Placement,
) -> Option<(&'a Mention, &'a Quantity)> {
    sentence
        .mentions
        .iter()
        .filter_map(|m| match &m.value {
            Value::Quantity(quantity) if counts(q, lang, quantity) => Some((m, quantity)),
            _ => None,
        })
        .min_by_key(|(m, _)| distance(at.cue, m.span))
}

/// The claim can count this quantity: it measures nothing, and its noun, if any, is one the
/// claim counts.
pub fn counts(q: &QuantityClaim, lang: Lang, quantity: &Quantity) -> bool {
    let nouns = q.counts.get(&lang).map_or(&[][..], Vec::as_slice);
    quantity.unit.is_none()
        && (nouns.is_empty() || quantity.noun.as_ref().is_none_or(|n| nouns.contains(n)))
}

/// Another claim whose estimator the sentence credits, and whose cues match here, owns the
/// figure ("Ukraina memperkirakan … 14.000 tentara" is Ukraine's figure, not Seoul's).
fn belongs_elsewhere(
    canon: &Canon,
    claim: &Claim,
    credited: &[&str],
    found: &Quantity,
    sentence: &Sentence,
    article: &Prepared,
) -> bool {
    canon.claims.iter().filter(|other| other.id != claim.id).any(|other| {
        let ClaimValue::Quantity(oq) = &other.value else { return false };
        oq.estimators.iter().any(|e| credited.contains(&e.as_str()))
            && counts(oq, article.lang(), found)
            && other
                .cues
                .get(&article.lang())
                .is_some_and(|cues| cues.is_match(article.text(sentence.span)))
    })
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

fn vague_interval(v: Vague) -> (f64, f64) {
    match v {
        Vague::Several => (2.0, 9.0),
        Vague::Tens | Vague::Dozens => (10.0, 99.0),
        Vague::Hundreds => (100.0, 999.0),
        Vague::Thousands => (1_000.0, 9_999.0),
        Vague::TensOfThousands => (10_000.0, 99_999.0),
        Vague::HundredsOfThousands => (100_000.0, 999_999.0),
        Vague::Millions => (1e6, 1e9),
        Vague::Many => (2.0, f64::INFINITY),
    }
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
        s = format!("{s} {noun}");
    }
    if !credited.is_empty() {
        s = format!("{s}, credited to {}", credited.join(", "));
    }
    s
}

fn describe_estimate(e: &Estimate) -> String {
    let value = match e.value_max {
        Some(max) => format!("{} to {}", number(e.value), number(max)),
        None => number(e.value),
    };
    format!("{}{value} as of {}", hedge_words(e.qualifier), e.as_of.format("%Y-%m-%d"))
}

fn describe_series(series: &[Estimate], estimators: &str) -> String {
    let all: Vec<String> = series.iter().map(describe_estimate).collect();
    format!("{}, by {estimators}", all.join("; "))
}
