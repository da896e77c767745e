//! The period of a figure: the time a sentence gives a quantity claim's figure, for a claim
//! that says what time its figures cover (`period`).
//!
//! In: an article prepared for checking, a sentence, the place of the figure a claim took and
//! of the claim's cue in it. Out: the period written for that figure ([`Written`]), if any. The
//! periods a sentence writes are read by [`structure::period`](crate::structure::period); which
//! of them is the figure's is read here, with the clauses binding reads figures by
//! ([`quantity::clause_bounds`](crate::check::quantity)):
//!
//! - a period of the figure's own clause with no other figure between them, the nearest ("pada
//!   2021 sebanyak 1,55 juta kunjungan dan 5,88 juta pada 2022": 2021 is the first figure's,
//!   2022 the second's);
//! - failing that, one that opens the sentence or a clause before the figure's, alone in its
//!   clause or after "bahwa", "that" ("Tahun lalu, pekerja migran … mencapai 12.000 orang",
//!   "menunjukkan bahwa pada 2013, total kecelakaan … mencapai 100.106 kasus, dan mengakibatkan
//!   26.416 orang meninggal");
//! - failing that, one alone in a clause after the figure's ("… 10.111 orang, sepanjang 2024").
//!
//! A period of what a figure is compared with ("melonjak 62,33% dibanding 2022") is never the
//! time of a figure before it; a period that dates a noun ("the 2023 agreement", "this year's
//! rice production") is the figure's only when that noun holds the claim's cue. Pure: never
//! fails, never prints.

use crate::check::place::Prepared;
use crate::check::quantity::clause_bounds;
use crate::mention::Value;
use crate::span::Span;
use crate::structure::clause::is_verb;
use crate::structure::period::{self, Written};

/// Words after which a period that closes its clause opens what follows: "bahwa pada 2013, …".
const OPENS: &[&str] = &[
    "bahwa",
    "that",
    "dan",
    "and",
    "namun",
    "but",
    "sementara",
    "sedangkan",
    "while",
    "meanwhile",
];

/// Every period the `n`-th sentence writes, in order.
pub fn written(article: &Prepared, n: usize) -> Vec<Written> {
    period::read(article.cx.text, article.grammar(n), article.sentences[n].mentions)
}

/// The period the `n`-th sentence gives the figure at `figure`, whose claim's cue stands at
/// `cues`; `None` when it gives none.
pub fn of_figure(article: &Prepared, n: usize, figure: Span, cues: &[Span]) -> Option<Written> {
    let all = written(article, n);
    if all.is_empty() {
        return None;
    }
    let grammar = article.grammar(n);
    let words = &grammar.words;
    let mentions = article.sentences[n].mentions;
    let bounds = clause_bounds(words, mentions);
    let clause = |at: usize| bounds.partition_point(|&b| b <= at);
    // The figures of the sentence: a year the date reader read as a count ("periode yang sama
    // 2023 sebesar") is a period's, not a figure.
    let figures: Vec<Span> = (mentions.iter())
        .filter(|m| matches!(m.value, Value::Quantity(_)) && m.span != figure)
        .map(|m| m.span)
        .filter(|s| !all.iter().any(|w| w.span.overlaps(*s)))
        .collect();
    let between = |w: &Written| {
        let (from, to) = if w.span.end <= figure.start {
            (w.span.end, figure.start)
        } else {
            (figure.end, w.span.start)
        };
        figures.iter().any(|f| f.start >= from && f.end <= to)
    };
    let may_be = |w: &&Written| {
        (!w.baseline || w.span.end <= figure.start)
            && w.noun.is_none_or(|noun| cues.iter().any(|c| c.overlaps(noun)))
    };
    // The clause holds nothing but the period: no figure, no verb.
    let alone = |w: &Written| {
        let k = clause(w.span.start);
        let others = words.iter().filter(|x| clause(x.span.start) == k && !w.span.contains(x.span));
        let quiet = others.clone().all(|x| x.mark.is_some() || !is_verb(x, article.lang()));
        quiet && !figures.iter().any(|f| clause(f.start) == k)
    };
    // The period closes its clause, after a word that opens one: "bahwa pada 2013,".
    let opens = |w: &Written| {
        let before = words.iter().rev().find(|x| x.span.end <= w.span.start);
        let after = words.iter().find(|x| x.span.start >= w.span.end);
        let starts =
            before.is_none_or(|b| b.is_mark(&[',', ';', ':', '"', '“']) || b.is_any(OPENS));
        starts && after.is_some_and(|a| a.is_mark(&[',']))
    };
    let own = clause(figure.start);
    let distance = |w: &Written| {
        if w.span.end <= figure.start {
            figure.start - w.span.end
        } else {
            w.span.start - figure.end
        }
    };
    let in_own = (all.iter().filter(may_be))
        .filter(|w| clause(w.span.start) == own && !between(w))
        .min_by_key(|w| distance(w));
    let leading = || {
        (all.iter().filter(may_be)).rfind(|w| clause(w.span.start) < own && (alone(w) || opens(w)))
    };
    let trailing = || {
        (all.iter().filter(may_be)).find(|w| clause(w.span.start) > own && alone(w) && !between(w))
    };
    in_own.or_else(leading).or_else(trailing).cloned()
}
