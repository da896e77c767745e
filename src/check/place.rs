//! Placing a claim in an article: the sentences its cues match, with the filters a claim may
//! add (who the subject is, which entities the context names).
//!
//! In: an article prepared for checking ([`Prepared`]), a claim. Out: [`Placement`]s, at most
//! one per sentence: the first cue match that passes the filters.

use std::cell::OnceCell;

use chrono::NaiveDate;

use crate::canon::cue::Matches;
use crate::canon::{Canon, Claim, Cue};
use crate::check::Context;
use crate::lang::Lang;
use crate::mention::{Mention, Value};
use crate::span::Span;
use crate::structure::clause::Grammar;
use crate::structure::sentence;
use crate::structure::source::{self, Attribution, Source, Speaker};
use crate::structure::words;
use crate::wordset::WordMap;

/// How many sentences back a sentence that names nobody looks for the people it speaks of.
pub const CONTEXT_REACH: usize = 3;

/// A sentence of the article, with its mentions and named sources.
pub struct Sentence<'a> {
    pub span: Span,
    /// The mentions inside the sentence, in order (none from ignored lines).
    pub mentions: &'a [Mention],
    /// Whom the sentence credits: found when a claim first asks, since most sentences carry
    /// no claim and finding sources is two searches of the sentence (markers, verbs).
    sources: OnceCell<Attribution<'a>>,
    /// Its words and what each is to the structure rules, read when a claim first asks.
    grammar: OnceCell<Grammar<'a>>,
}

/// An article split into sentences, ready for claims.
pub struct Prepared<'a> {
    pub cx: &'a Context<'a>,
    pub sentences: Vec<Sentence<'a>>,
    /// Where the words that phrases start with stand in the text, ascending, once the cue
    /// index has found them ([`crate::check::cues::Found::starts`]); until then, and for cues
    /// the index does not cover, cues are searched byte by byte.
    pub starts: Option<Vec<usize>>,
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
                Sentence {
                    span,
                    mentions: &inside[..end],
                    sources: OnceCell::new(),
                    grammar: OnceCell::new(),
                }
            })
            .collect();
        Prepared { cx, sentences, starts: None }
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

    /// The `n`-th sentence's words and what each is to the structure rules
    /// ([`Grammar::read`]), read once for every claim placed there.
    pub fn grammar(&self, n: usize) -> &Grammar<'a> {
        let sentence = &self.sentences[n];
        sentence.grammar.get_or_init(|| {
            Grammar::read(self.cx.text, sentence.span, sentence.mentions, self.lang())
        })
    }

    /// Whom the `n`-th sentence credits ([`source::attribution`]).
    fn attribution(&self, n: usize) -> &Attribution<'a> {
        let sentence = &self.sentences[n];
        sentence.sources.get_or_init(|| {
            let (text, span) = (self.cx.text, sentence.span);
            source::attribution(text, span, self.lang(), sentence.mentions, self.starts_in(span))
        })
    }

    /// The sources the `n`-th sentence credits ([`source::attribution`]). A sentence where a
    /// pronoun speaks ("Menurutnya, …", "he said") credits the sources of the last sentence
    /// before it that names any, up to [`CONTEXT_REACH`] back.
    pub fn sources(&self, n: usize) -> &[Source<'a>] {
        let own = self.attribution(n);
        if !own.sources.is_empty() || own.speaker != Speaker::Pronoun {
            return &own.sources;
        }
        (1..=n.min(CONTEXT_REACH))
            .map(|back| &self.attribution(n - back).sources)
            .find(|sources| !sources.is_empty())
            .map_or(&own.sources, |sources| sources.as_slice())
    }

    /// The `n`-th sentence credits someone unnamed, and no one the canon knows: "kata seorang
    /// pejabat", "officials said"; or a pronoun speaks ("Menurutnya, …", "he said") and no
    /// sentence before it, up to [`CONTEXT_REACH`] back, names a source the canon knows: who
    /// "he" is, the canon cannot tell, and the nearest entity is not him.
    pub fn speaker_unknown(&self, n: usize) -> bool {
        match self.attribution(n).speaker {
            Speaker::Unknown => true,
            Speaker::Pronoun => self.sources(n).is_empty(),
            Speaker::Named => false,
        }
    }

    /// The matches of `cue` in the sentence `span`, as offsets into the sentence.
    pub fn find_cue<'r>(&self, cue: &'r Cue, span: Span) -> Matches<'r, '_> {
        cue.find_iter_at(self.text(span), self.starts_in(span), span.start)
    }

    /// The places of `claim`'s cue in the `n`-th sentence: every occurrence may own a figure or
    /// a date, and the one nearest it counts ("… rapat itu … rapat kelima …"). A claim with a
    /// subject keeps the occurrence its subject was found before (`placed_at`).
    ///
    /// A cue word that is a modifier inside a name ("Accident" in "Railway Accident
    /// Investigation Board", "Bencana" in "Badan Nasional Penanggulangan Bencana") is not the
    /// cue: the name is an agency's, and says nothing of an accident or a disaster.
    pub fn cue_occurrences(&self, claim: &Claim, n: usize, placed_at: Span) -> Vec<Span> {
        let sentence = &self.sentences[n];
        let all = match (&claim.subject, claim.cues.get(&self.lang())) {
            (None, Some(cue)) => (self.find_cue(cue, sentence.span))
                .map(|m| Span::new(sentence.span.start + m.start, sentence.span.start + m.end))
                .collect(),
            _ => vec![placed_at],
        };
        // Only a capitalised occurrence may stand inside a name: most are not, and their
        // sentence is not read for it.
        let capital = |cue: &Span| self.text(*cue).starts_with(char::is_uppercase);
        if !all.iter().any(capital) {
            return all;
        }
        let words = &self.grammar(n).words;
        (all.into_iter())
            .filter(|&cue| !words::inside_a_name(self.cx.text, words, cue, self.lang()))
            .collect()
    }

    /// The phrase starts inside `span`, when they were found and hold for it. The starts are
    /// those of whole words of the text; a sentence that begins or ends inside such a word
    /// (two letters with no break between them) has words of its own there, so it is
    /// searched byte by byte.
    pub(crate) fn starts_in(&self, span: Span) -> Option<&[usize]> {
        let starts = self.starts.as_deref()?;
        let bytes = self.cx.text.as_bytes();
        let before = span.start.checked_sub(1).and_then(|i| bytes.get(i));
        let after = bytes.get(span.end);
        if before.is_some_and(u8::is_ascii_alphanumeric)
            || after.is_some_and(u8::is_ascii_alphanumeric)
        {
            return None;
        }
        let from = starts.partition_point(|&at| at < span.start);
        let to = starts.partition_point(|&at| at < span.end);
        starts.get(from..to)
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
                // Any one of several is not needed by itself: only `place` tells.
                let context = if claim.context_any { &[][..] } else { &claim.context[..] };
                (context.iter().chain(&claim.subject))
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
        if !claim.context_met(in_context) || !claim.subject.iter().all(names_subject) {
            continue;
        }
        let cue = article
            .find_cue(cues, sentence.span)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Overrides};
    use crate::check::cues::CueIndex;
    use crate::extract::Aliases;

    /// A sentence that starts or ends inside a word of the text has words of its own there,
    /// which the starts found over the whole text do not hold: it is searched byte by byte.
    #[test]
    fn a_sentence_inside_a_word_is_searched_byte_by_byte() {
        let text = "xkata. Lalu katax. kata";
        let article = Article::parse("t.txt", text.to_string()).expect("an article");
        let aliases = Aliases::default();
        let reading = article.read(&aliases, Overrides::default());
        let cx = Context { text, reading: &reading, aliases: &aliases, ignored: &[] };
        let mut prepared = Prepared::new(&cx, 0);
        let whole = [Span::new(0, text.len())];
        // "kata" is a marker: the index finds where it stands as a word of its own.
        prepared.starts =
            Some(CueIndex::new(&[]).candidates(Lang::Id, text, &whole, |_| true).starts);
        assert_eq!(prepared.starts.as_deref(), Some(&[19][..]));
        let cue = Cue::of(&["kata".to_string()], Lang::Id, 1 << 20).expect("a cue");
        let found = |start, end| -> Vec<(usize, usize)> {
            prepared.find_cue(&cue, Span::new(start, end)).map(|m| (m.start, m.end)).collect()
        };
        assert_eq!(found(1, 5), [(0, 4)], "starts inside \"xkata\"");
        assert_eq!(found(7, 16), [(5, 9)], "ends inside \"katax\"");
        assert!(found(7, 17).is_empty(), "\"katax\" whole");
        assert_eq!(found(19, 23), [(0, 4)], "at a start");
    }
}
