//! Placing a claim in an article: the sentences its cues match, with the filters a claim may
//! add (who the subject is, which entities the context names).
//!
//! In: an article prepared for checking ([`Prepared`]), a claim. Out: [`Placement`]s, at most
//! one per sentence: the first cue match that passes the filters.

use std::cell::OnceCell;

use chrono::NaiveDate;

use crate::canon::{Canon, Claim};
use crate::check::source::{self, Source};
use crate::check::{Context, sentence};
use crate::lang::Lang;
use crate::mention::{Mention, Value};
use crate::span::Span;
use crate::wordset::WordMap;

/// How many sentences back a sentence that names nobody looks for the people it speaks of.
pub const CONTEXT_REACH: usize = 3;

/// A sentence of the article, with its mentions and named sources.
pub struct Sentence<'a> {
    pub span: Span,
    /// The mentions inside the sentence, in order (none from ignored lines).
    pub mentions: &'a [Mention],
    /// Whom the sentence credits: found when a claim first asks, since most sentences carry
    /// no claim and finding sources runs two regexes.
    sources: OnceCell<Vec<Source<'a>>>,
}

/// An article split into sentences, ready for claims.
pub struct Prepared<'a> {
    pub cx: &'a Context<'a>,
    pub sentences: Vec<Sentence<'a>>,
}

impl<'a> Prepared<'a> {
    pub fn new(cx: &'a Context<'a>, body_start: usize) -> Prepared<'a> {
        let mentions = &cx.reading.mentions;
        let sentences = sentence::split(cx.text, body_start)
            .into_iter()
            .filter(|span| !cx.is_ignored(*span))
            .map(|span| {
                let first = mentions.partition_point(|m| m.span.start < span.start);
                let last = mentions.partition_point(|m| m.span.start < span.end);
                let inside = &mentions[first..last.max(first)];
                let end = inside.iter().rposition(|m| m.span.end <= span.end).map_or(0, |i| i + 1);
                Sentence { span, mentions: &inside[..end], sources: OnceCell::new() }
            })
            .collect();
        Prepared { cx, sentences }
    }

    pub fn lang(&self) -> Lang {
        self.cx.reading.language
    }

    pub fn date(&self) -> Option<NaiveDate> {
        self.cx.reading.date
    }

    pub fn text(&self, span: Span) -> &'a str {
        self.cx.text.get(span.range()).unwrap_or("")
    }

    /// The sources the `n`-th sentence names ([`source::sources`]).
    pub fn sources(&self, n: usize) -> &[Source<'a>] {
        let sentence = &self.sentences[n];
        sentence.sources.get_or_init(|| {
            source::sources(self.cx.text, sentence.span, self.lang(), sentence.mentions)
        })
    }
}

/// Where a claim's cue matched.
#[derive(Clone, Copy, Debug)]
pub struct Placement {
    pub sentence: usize,
    pub cue: Span,
}

/// The sentences that carry `claim`: its cue in the article's language, its subject named
/// nearest before the cue, its context entities named in the sentence (or, when the sentence
/// names nobody, in the last sentence that does, up to [`CONTEXT_REACH`] back).
pub fn place(claim: &Claim, article: &Prepared) -> Vec<Placement> {
    place_in(claim, article, 0..article.sentences.len())
}

/// The entities each claim's `context` and `subject` ask for. A claim can be placed only in an
/// article that names every one of them, somewhere: [`place`] looks no further in the others.
/// In a canon of many stories, that turns away most claims before any of their sentences.
pub struct Needs<'c> {
    /// The canon's entity ids, each with its place among them, sorted.
    ids: WordMap<&'c str, usize>,
    /// Per claim, the entities it asks for.
    of_claim: Vec<Box<[usize]>>,
}

impl<'c> Needs<'c> {
    pub fn new(canon: &'c Canon) -> Needs<'c> {
        let mut sorted: Vec<&str> = canon.entities.iter().map(|e| e.id.as_str()).collect();
        sorted.sort_unstable();
        let ids = WordMap::new(sorted.into_iter().enumerate().map(|(at, id)| (id, at)));
        let place = |id: &str| ids.get(id.as_bytes()).copied();
        // An id the canon does not list (validation rejects it) is never named: `usize::MAX`.
        let of_claim = (canon.claims.iter())
            .map(|claim| {
                (claim.context.iter().chain(&claim.subject))
                    .map(|id| place(id).unwrap_or(usize::MAX))
                    .collect()
            })
            .collect();
        Needs { ids, of_claim }
    }

    /// The entities named among `mentions`, as a set of bits.
    pub fn named(&self, mentions: &[Mention]) -> Vec<u64> {
        let mut bits = vec![0u64; self.ids.len().div_ceil(64)];
        for mention in mentions {
            if let Value::Entity(id) = &mention.value
                && let Some(&at) = self.ids.get(id.as_bytes())
            {
                bits[at / 64] |= 1 << (at % 64);
            }
        }
        bits
    }

    /// The `claim`-th claim may be placed in an article that names the entities `named`.
    pub fn met(&self, claim: usize, named: &[u64]) -> bool {
        let has = |at: &usize| named.get(at / 64).is_some_and(|bits| bits & 1 << (at % 64) != 0);
        self.of_claim.get(claim).is_none_or(|needs| needs.iter().all(has))
    }
}

/// [`place`], looking only in the sentences numbered `candidates` (ascending): those where
/// [`crate::check::cues`] says the claim's cue may match.
pub fn place_in(
    claim: &Claim,
    article: &Prepared,
    candidates: impl IntoIterator<Item = usize>,
) -> Vec<Placement> {
    let Some(cues) = claim.cues.get(&article.lang()) else { return Vec::new() };
    let mut out = Vec::new();
    for n in candidates {
        let Some(sentence) = article.sentences.get(n) else { continue };
        // The filters that need no cue come first: they are cheaper than the cue's regex, and
        // in a canon of many stories most claims whose cue word occurs are about another
        // story, whose people the sentence does not name.
        //
        // A sentence that names nobody ("Ini adalah pertemuan keempat mereka") speaks of the
        // people last named, a few sentences back at most; one that names anyone speaks for
        // itself.
        let names_anyone =
            |s: &Sentence| s.mentions.iter().any(|m| matches!(m.value, Value::Entity(_)));
        let scope = (0..=n.min(CONTEXT_REACH))
            .map(|back| &article.sentences[n - back])
            .find(|s| names_anyone(s))
            .unwrap_or(sentence);
        let in_context = |id: &String| {
            scope.mentions.iter().any(|m| matches!(&m.value, Value::Entity(e) if e == id))
        };
        let names_subject = |id: &String| {
            sentence.mentions.iter().any(|m| matches!(&m.value, Value::Entity(e) if e == id))
        };
        if !claim.context.iter().all(in_context) || !claim.subject.iter().all(names_subject) {
            continue;
        }
        let body = article.text(sentence.span);
        let cue = cues
            .find_iter(body)
            .map(|m| Span::new(sentence.span.start + m.start, sentence.span.start + m.end))
            .find(|&cue| {
                claim.subject.as_deref().is_none_or(|s| subject_before(sentence, cue) == Some(s))
            });
        if let Some(cue) = cue {
            out.push(Placement { sentence: n, cue });
        }
    }
    out
}

/// The entity named nearest before `cue` in the sentence: who does what the cue says.
pub fn subject_before<'a>(sentence: &'a Sentence, cue: Span) -> Option<&'a str> {
    sentence.mentions.iter().rev().find_map(|m| match &m.value {
        Value::Entity(id) if m.span.end <= cue.start => Some(id.as_str()),
        _ => None,
    })
}

/// How far a mention stands from the cue, in bytes; mentions after the cue count a little
/// farther, since news text names the figure before the verb more often than after it
/// ("600 tentara tewas", "600 soldiers were killed").
pub fn distance(cue: Span, mention: Span) -> usize {
    const AFTER: usize = 24;
    if mention.overlaps(cue) {
        0
    } else if mention.end <= cue.start {
        cue.start - mention.end
    } else {
        mention.start - cue.end + AFTER
    }
}
