//! Why a claim did or did not match in an article: the trace behind `canon explain`.
//!
//! In: the canon, a claim and an article. Out: a [`Trace`]: every sentence where one of the
//! claim's cues matched, whether the `subject` and `context` filters let the claim in, which
//! mentions were weighed as its value, which one was taken and why, which were passed over and
//! why, and the finding the check gave. Pure: no IO, never fails.
//!
//! The trace retells the steps of [`place`], [`quantity`], [`event`] and
//! [`attribution`](crate::check::attribution) with their own pieces (cues,
//! [`subject_before`], [`distance`], [`quantity::assign`]); the findings are the check's own,
//! so a trace can never report a conclusion the check did not reach. A test keeps the traced
//! placements equal to the check's.

use chrono::NaiveDate;

use crate::article::{Article, DateSource, Overrides, Reading};
use crate::canon::{Canon, Claim, ClaimValue};
use crate::check::place::{self, CONTEXT_REACH, Prepared, Sentence, distance, subject_before};
use crate::check::{Context, check, event, event_place, ignored_lines, period, quantity};
use crate::finding::Finding;
use crate::lang::Lang;
use crate::mention::Value;
use crate::span::Span;
use crate::structure::role::Role;

/// One article, as the claim saw it.
pub struct Trace {
    pub language: Lang,
    pub date: Option<NaiveDate>,
    pub date_source: DateSource,
    /// The claim has cues in the article's language.
    pub has_cues: bool,
    /// Every sentence where a cue matched, in order.
    pub sentences: Vec<SentenceTrace>,
    /// The claim's findings in the article, as the check gave them.
    pub findings: Vec<Finding>,
}

/// A sentence where a cue matched.
pub struct SentenceTrace {
    pub span: Span,
    /// The cue match the claim was placed by (the first that passes `subject`), or the first.
    pub cue: Span,
    pub subject: Option<Filter>,
    pub context: Option<Filter>,
    /// The claim was placed in this sentence.
    pub placed: bool,
    /// The mentions weighed as the claim's value, in order of the text.
    pub candidates: Vec<Candidate>,
    /// The claim's finding in this sentence.
    pub finding: Option<Finding>,
}

/// A filter of the claim and how the sentence fared.
pub struct Filter {
    pub passed: bool,
    /// What the filter asks and what the sentence gave, in words.
    pub detail: String,
}

/// A mention weighed as the claim's value.
pub struct Candidate {
    pub span: Span,
    /// "figure", "date", "ordinal", "place", "source", "period".
    pub role: &'static str,
    pub taken: bool,
    /// Why it was taken or passed over.
    pub why: String,
}

/// The trace of `claim` in `article`.
pub fn explain(canon: &Canon, claim: &Claim, article: &Article, overrides: Overrides) -> Trace {
    let reading: Reading = article.read(&canon.aliases, overrides);
    let findings: Vec<Finding> =
        check(canon, article, &reading).into_iter().filter(|f| f.check == claim.id).collect();
    let ignored = ignored_lines(canon, article);
    let cx = Context {
        text: &article.text,
        reading: &reading,
        aliases: &canon.aliases,
        ignored: &ignored,
    };
    let prepared = Prepared::new(&cx, article.body_start);
    let cues = claim.cues.get(&reading.language);
    let mut sentences = Vec::new();
    for (n, sentence) in prepared.sentences.iter().enumerate() {
        let Some(cues) = cues else { break };
        let start = sentence.span.start;
        let matches: Vec<Span> = cues
            .find_iter(prepared.text(sentence.span))
            .map(|m| Span::new(start + m.start, start + m.end))
            .collect();
        let Some(&first) = matches.first() else { continue };
        let (cue, subject) = match &claim.subject {
            None => (first, None),
            Some(want) => {
                let fits = matches.iter().find(|&&c| subject_before(sentence, c) == Some(want));
                let cue = fits.copied().unwrap_or(first);
                let named = subject_before(sentence, cue);
                let detail = format!(
                    "subject {want}: the entity named nearest before the cue is {}",
                    named.unwrap_or("none")
                );
                (cue, Some(Filter { passed: fits.is_some(), detail }))
            }
        };
        let context = (!claim.context.is_empty()).then(|| context(claim, &prepared, n));
        let placed =
            subject.as_ref().is_none_or(|f| f.passed) && context.as_ref().is_none_or(|f| f.passed);
        let candidates =
            if placed { candidates(canon, claim, &prepared, n, cue) } else { Vec::new() };
        let finding = findings.iter().find(|f| sentence.span.contains(f.span)).cloned();
        sentences.push(SentenceTrace {
            span: sentence.span,
            cue,
            subject,
            context,
            placed,
            candidates,
            finding,
        });
    }
    Trace {
        language: reading.language,
        date: reading.date,
        date_source: reading.date_source,
        has_cues: cues.is_some(),
        sentences,
        findings,
    }
}

/// The context filter: the claim's entities must be named in the sentence, or, when it names
/// nobody, in the last sentence that does, up to [`CONTEXT_REACH`] back.
fn context(claim: &Claim, article: &Prepared, n: usize) -> Filter {
    let names_anyone =
        |s: &Sentence| s.mentions.iter().any(|m| matches!(m.value, Value::Entity(_)));
    let back = (0..=n.min(CONTEXT_REACH)).find(|&back| names_anyone(&article.sentences[n - back]));
    let scope = &article.sentences[n - back.unwrap_or(0)];
    let missing: Vec<&str> = claim
        .context
        .iter()
        .filter(|id| {
            !scope.mentions.iter().any(|m| matches!(&m.value, Value::Entity(e) if e == *id))
        })
        .map(String::as_str)
        .collect();
    let whose = match back {
        Some(0) | None => "the sentence".to_string(),
        Some(1) => "the sentence before (this one names nobody)".to_string(),
        Some(k) => format!("the sentence {k} back (this one names nobody)"),
    };
    let list = claim.context.join(", ");
    let passed =
        if claim.context_any { missing.len() < claim.context.len() } else { missing.is_empty() };
    let detail = match (claim.context_any, passed) {
        (true, true) => format!("context any of {list}: one named in {whose}"),
        (true, false) => format!("context any of {list}: none named in {whose}"),
        (false, true) => format!("context {list}: all named in {whose}"),
        (false, false) => format!("context {list}: {} not named in {whose}", missing.join(", ")),
    };
    Filter { passed, detail }
}

/// The mentions of a placed sentence that the claim's kind weighs as its value.
fn candidates(
    canon: &Canon,
    claim: &Claim,
    article: &Prepared,
    n: usize,
    cue: Span,
) -> Vec<Candidate> {
    let sentence = &article.sentences[n];
    let sources = article.sources(n);
    let mut out = Vec::new();
    match &claim.value {
        ClaimValue::Quantity(q) => {
            // The quantity claims placed in the sentence, as the check hands them its figures.
            let placed = canon.claims.iter().filter_map(|rival| {
                let at = place::place_in(rival, article, [n]).into_iter().next()?;
                matches!(rival.value, ClaimValue::Quantity(_)).then_some((rival, at.cue))
            });
            let assigned = quantity::assign(placed, n, article);
            let view = quantity::Figures::of(article, n);
            let cues = article.cue_occurrences(claim, n, cue);
            let owned: Vec<usize> = cues.iter().flat_map(|&c| view.owned(q, c, &cues)).collect();
            for (i, m) in sentence.mentions.iter().enumerate() {
                let Value::Quantity(_) = &m.value else { continue };
                let d = distance(cue, m.span);
                let owner = assigned.iter().find(|(_, a, _)| a.span == m.span).map(|(id, ..)| *id);
                // The reason a figure is passed over is given for the cue occurrence nearest it.
                let nearest =
                    cues.iter().copied().min_by_key(|&c| distance(c, m.span)).unwrap_or(cue);
                let (taken, why) = if owner == Some(claim.id.as_str()) {
                    let role = assigned.iter().find(|(_, a, _)| a.span == m.span).map(|(.., r)| *r);
                    let earlier = match role {
                        Some(Role::Earlier) => format!("; {}", Role::Earlier.reason()),
                        _ => String::new(),
                    };
                    (
                        true,
                        format!(
                            "the figure next to the cue that the claim counts (distance {d}){earlier}"
                        ),
                    )
                } else if let Some(why) = view.passed_over(q, nearest, &cues, i) {
                    (false, why)
                } else if let Some(other) = owner {
                    (
                        false,
                        format!("handed to claim '{other}', nearer its cue or fitting it better"),
                    )
                } else if !owned.contains(&i) {
                    (false, "not next to the cue: another figure the claim counts, or a clause, stands between".to_string())
                } else {
                    (false, format!("farther from the cue (distance {d}) than the figure taken"))
                };
                out.push(Candidate { span: m.span, role: "figure", taken, why });
            }
            // The times the sentence writes, for a claim that says what time its figures cover.
            if q.has_period() {
                let taken =
                    assigned.iter().find(|(id, ..)| *id == claim.id).map(|(_, m, _)| m.span);
                let told = taken.and_then(|f| period::of_figure(article, n, f, &cues));
                for w in period::written(article, n) {
                    let is_told = told.as_ref().is_some_and(|t| t.span == w.span);
                    let why = if is_told {
                        format!("the time the figure's clause gives it: {}", w.period)
                    } else if taken.is_none() {
                        format!("{}: no figure was taken to give it to", w.period)
                    } else if w.baseline {
                        format!("{}: the time of what a figure is compared with", w.period)
                    } else if w.noun.is_some() {
                        format!("{}: dates a noun that holds no cue of the claim", w.period)
                    } else {
                        format!(
                            "{}: another clause's time, or another figure stands between",
                            w.period
                        )
                    };
                    out.push(Candidate { span: w.span, role: "period", taken: is_told, why });
                }
            }
            for s in sources {
                let own = q.estimators.iter().any(|e| e == s.entity);
                let why = if own {
                    format!("credited: {} is the claim's estimator", s.entity)
                } else {
                    format!(
                        "credited: {} is not among the estimators ({})",
                        s.entity,
                        q.estimators.join(", ")
                    )
                };
                out.push(Candidate { span: s.span, role: "source", taken: true, why });
            }
        }
        ClaimValue::Event(e) => {
            let placement = place::Placement { sentence: n, cue };
            let ordinal = event::ordinal(claim, article, placement);
            let counted = event::counted(e, ordinal);
            let dates = event::dates(claim, article, placement, counted, true);
            let taken_date = (dates.iter())
                .filter_map(|(m, verdict)| verdict.as_ref().ok().map(|d| (m.span, *d)))
                .min_by_key(|&(_, d)| d)
                .map(|(span, _)| span);
            let places = event_place::places(canon, claim, article, placement, true);
            let taken_place = (places.iter())
                .filter_map(|(m, verdict)| verdict.as_ref().ok().map(|d| (m.span, *d)))
                .min_by_key(|&(span, d)| (d, span.start))
                .map(|(span, _)| span);
            // An ordinal's distance is from the cue occurrence nearest it.
            let cues = article.cue_occurrences(claim, n, cue);
            let from_cue = |span: Span| cues.iter().map(|&c| distance(c, span)).min();
            for m in sentence.mentions {
                let d = distance(cue, m.span);
                let verdict = dates.iter().find(|(date, _)| date.span == m.span).map(|(_, v)| v);
                let (role, taken, why) = match (&m.value, verdict) {
                    (Value::Date(_), _) if Some(m.span) == taken_date => (
                        "date",
                        true,
                        format!("a date of the cue's own clause, the nearest (distance {d})"),
                    ),
                    (Value::Date(_), Some(Err(why))) => ("date", false, why.clone()),
                    (Value::Date(_), _) => {
                        ("date", false, format!("farther from the cue (distance {d})"))
                    }
                    (Value::Ordinal(_), _) => {
                        let d = from_cue(m.span).unwrap_or(d);
                        match ordinal {
                            Some((o, ..)) if o.span == m.span => (
                                "ordinal",
                                true,
                                format!(
                                    "the ordinal nearest an occurrence of the cue (distance {d}, within {})",
                                    event::ORDINAL_REACH
                                ),
                            ),
                            _ if d > event::ORDINAL_REACH => (
                                "ordinal",
                                false,
                                format!(
                                    "distance {d} from the cue, beyond {}",
                                    event::ORDINAL_REACH
                                ),
                            ),
                            _ => ("ordinal", false, format!("farther from the cue (distance {d})")),
                        }
                    }
                    (Value::Entity(_), _) => {
                        let Some((_, verdict)) = places.iter().find(|(p, _)| p.span == m.span)
                        else {
                            continue;
                        };
                        match verdict {
                            Ok(d) if Some(m.span) == taken_place => (
                                "place",
                                true,
                                format!(
                                    "a place of the cue's own clause, the nearest (distance {d})"
                                ),
                            ),
                            Ok(d) => {
                                ("place", false, format!("farther from the cue (distance {d})"))
                            }
                            Err(why) => ("place", false, why.clone()),
                        }
                    }
                    _ => continue,
                };
                out.push(Candidate { span: m.span, role, taken, why });
            }
        }
        ClaimValue::Attribution(a) => {
            for m in sentence.mentions {
                let Value::Entity(id) = &m.value else { continue };
                let credited = sources.iter().any(|s| s.span == m.span);
                let why = match (credited, a.sources.contains(id)) {
                    (true, true) => format!("credited as the source: {id} is the claim's source"),
                    (true, false) => format!(
                        "credited as the source: {id} is not the claim's ({})",
                        a.sources.join(", ")
                    ),
                    (false, _) => format!("{id} is named, but not credited as a source"),
                };
                out.push(Candidate { span: m.span, role: "source", taken: credited, why });
            }
        }
    }
    out.sort_by_key(|c| c.span);
    out
}

/// The sentences the check places `claim` in, as [`place::place`] finds them: for the test
/// that keeps traces and checks in step.
pub fn placed_by_check(
    canon: &Canon,
    claim: &Claim,
    article: &Article,
    reading: &Reading,
) -> Vec<Span> {
    let ignored = ignored_lines(canon, article);
    let cx = Context { text: &article.text, reading, aliases: &canon.aliases, ignored: &ignored };
    let prepared = Prepared::new(&cx, article.body_start);
    place::place(claim, &prepared).iter().map(|p| prepared.sentences[p.sentence].span).collect()
}
