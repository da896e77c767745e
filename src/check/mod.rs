//! Matching: an article's mentions checked against the canon, and the built-in checks.
//!
//! In: the canon, an article and its [`Reading`] (mentions with resolved dates). Out:
//! [`Finding`]s, sorted. Matching never reads files, never fails and never prints.
//!
//! For each claim: the sentences its cues place it in ([`place`]), then the comparison its kind
//! calls for ([`quantity`], with [`period`] for the time a figure covers, [`event`],
//! [`attribution`]). Lines the canon's `ignore` patterns match are not the article's own text:
//! nothing in them is checked.

pub mod attribution;
pub mod builtin;
pub mod coverage;
pub mod cues;
pub mod event;
pub mod event_place;
pub mod examples;
pub mod explain;
pub mod mutate;
pub mod paragraph;
pub mod parallel;
pub mod period;
pub mod place;
pub mod quantity;

/// What a finding says of a source the claim does not name, which may be repeating the claim's
/// own (`unresolved`): `canon validate` reads it to point an editor to `not_by`.
pub const MAY_REPEAT: &str = "who may repeat";

use crate::article::{Article, Overrides, Reading};
use crate::canon::{Canon, ClaimValue};
use crate::check::cues::CueIndex;
use crate::extract::Aliases;
use crate::finding::{self, Finding};
use crate::span::Span;

/// Everything a check may look at for one article.
pub struct Context<'a> {
    /// The article's whole text; spans index it.
    pub text: &'a str,
    pub reading: &'a Reading,
    pub aliases: &'a Aliases,
    /// Lines that are not the article's own text ("Baca juga: …"), as byte spans in order:
    /// checks pass over what lies in them.
    pub ignored: &'a [Span],
}

impl Context<'_> {
    /// `span` lies in an ignored line.
    pub fn is_ignored(&self, span: Span) -> bool {
        // The lines are in order and apart: only the first that ends after the span starts
        // can overlap it.
        let at = self.ignored.partition_point(|line| line.end <= span.start);
        self.ignored.get(at).is_some_and(|line| line.overlaps(span))
    }
}

/// An article with what canon read in it and what it found.
pub struct Checked {
    pub article: Article,
    pub reading: Reading,
    pub findings: Vec<Finding>,
}

impl Checked {
    /// How many findings have `status`.
    pub fn count(&self, status: finding::Status) -> usize {
        self.findings.iter().filter(|f| f.status == status).count()
    }
}

/// A canon made ready for checking many articles: what can be derived from the claims once,
/// rather than once per article, is derived here.
pub struct Matcher<'c> {
    pub canon: &'c Canon,
    cues: CueIndex,
    needs: place::Needs<'c>,
}

impl<'c> Matcher<'c> {
    pub fn new(canon: &'c Canon) -> Matcher<'c> {
        Matcher { canon, cues: CueIndex::new(&canon.claims), needs: place::Needs::new(canon) }
    }

    /// Reads `article` with the canon's aliases and checks it.
    pub fn check_article(&self, article: Article, overrides: Overrides) -> Checked {
        let reading = article.read(&self.canon.aliases, overrides);
        let findings = self.check(&article, &reading);
        Checked { article, reading, findings }
    }

    /// Every claim placed in the article, as (claim's index, placement), by claim then sentence:
    /// what [`place::place`] gives for each claim of the canon in turn. Only the claims that may
    /// be placed are looked at: those whose cue may be in a sentence ([`cues`]) and whose
    /// entities the article names ([`place::Needs`]).
    ///
    /// The cue index also finds where phrases may start, and leaves that with `prepared`, so
    /// that the cues and the sources' markers and verbs are looked for there alone.
    pub fn placements(&self, prepared: &mut place::Prepared) -> Vec<(u32, place::Placement)> {
        let reading = prepared.cx.reading;
        let spans: Vec<Span> = prepared.sentences.iter().map(|s| s.span).collect();
        let named = self.needs.named(&reading.mentions);
        let keep = |claim: u32| self.needs.met(claim as usize, &named);
        let found = self.cues.candidates(reading.language, prepared.cx.text, &spans, keep);
        prepared.starts = Some(found.starts);
        let (candidates, prepared) = (found.candidates, &*prepared);
        let mut placed = Vec::new();
        for group in candidates.chunk_by(|a, b| a.0 == b.0) {
            let claim = &self.canon.claims[group[0].0 as usize];
            let sentences = group.iter().map(|&(_, sentence)| sentence as usize);
            let found = place::place_in(claim, prepared, sentences);
            placed.extend(found.into_iter().map(|at| (group[0].0, at)));
        }
        placed
    }

    /// Every finding for `article`: each claim where the article states it, then the built-in
    /// checks, sorted.
    pub fn check(&self, article: &Article, reading: &Reading) -> Vec<Finding> {
        let canon = self.canon;
        let ignored = ignored_lines(canon, article);
        let cx =
            Context { text: &article.text, reading, aliases: &canon.aliases, ignored: &ignored };
        let mut prepared = place::Prepared::new(&cx, article.body_start);
        // Every claim placed first: the figures of a sentence are handed out among the
        // quantity claims placed there ([`quantity::assign`]), once, when the first of them is
        // checked.
        let placed = self.placements(&mut prepared);
        // The quantity claims placed in each sentence, by sentence, in the canon's order.
        let mut by_sentence: Vec<(usize, u32, Span)> = placed
            .iter()
            .filter(|(claim, _)| {
                matches!(canon.claims[*claim as usize].value, ClaimValue::Quantity(_))
            })
            .map(|&(claim, at)| (at.sentence, claim, at.cue))
            .collect();
        by_sentence.sort_unstable_by_key(|&(sentence, claim, _)| (sentence, claim));
        let mut assigned: Vec<Option<quantity::Assignment>> = Vec::new();
        assigned.resize_with(prepared.sentences.len(), || None);
        let mut out = Vec::new();
        // Where the quantity claims' findings start in `out`, and end.
        let mut counts = Vec::new();
        for (claim, at) in placed {
            let claim = &canon.claims[claim as usize];
            let first = out.len();
            let found = match &claim.value {
                ClaimValue::Quantity(q) => {
                    let assignment = assigned[at.sentence].get_or_insert_with(|| {
                        let first = by_sentence.partition_point(|p| p.0 < at.sentence);
                        let rivals = by_sentence[first..]
                            .iter()
                            .take_while(|p| p.0 == at.sentence)
                            .map(|&(_, claim, cue)| (&canon.claims[claim as usize], cue));
                        quantity::assign(rivals, at.sentence, &prepared)
                    });
                    quantity::check(canon, claim, q, &prepared, at, assignment)
                }
                ClaimValue::Event(e) => event::check(canon, claim, e, &prepared, at),
                ClaimValue::Attribution(a) => attribution::check(claim, a, &prepared, at),
            };
            out.extend(found);
            if matches!(claim.value, ClaimValue::Quantity(_)) {
                counts.extend(first..out.len());
            }
        }
        paragraph::two_counts(&article.text, &mut out, &counts);
        paragraph::many_counts(&article.text, &mut out, &counts);
        for check in builtin::BUILTINS {
            (check.run)(&cx, &mut out);
        }
        finding::sort(&mut out);
        out
    }
}

/// Reads `article` with the canon's aliases and checks it. To check many articles against one
/// canon, make a [`Matcher`] once and use [`Matcher::check_article`].
pub fn check_article(canon: &Canon, article: Article, overrides: Overrides) -> Checked {
    Matcher::new(canon).check_article(article, overrides)
}

/// Every finding for `article` (see [`Matcher::check`]).
pub fn check(canon: &Canon, article: &Article, reading: &Reading) -> Vec<Finding> {
    Matcher::new(canon).check(article, reading)
}

/// The lines of the article's body that an `ignore` pattern matches, whole.
pub fn ignored_lines(canon: &Canon, article: &Article) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = article.body_start;
    for line in lines(article.body()) {
        let content = line.trim_end_matches(['\n', '\r']);
        let ignored = match &canon.ignore_any {
            Some(any) => any.is_match(content),
            None => canon.ignore.iter().any(|re| re.is_match(content)),
        };
        if ignored {
            out.push(Span::new(start, start + content.len()));
        }
        start += line.len();
    }
    out
}

/// The lines of `text`, each with its line break, as `str::split_inclusive('\n')` gives them:
/// the breaks found by `memchr`, many bytes at a time.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |at| at + 1);
        let (line, after) = rest.split_at(end);
        rest = after;
        Some(line)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::source;

    #[test]
    fn lines_are_those_split_inclusive_gives() {
        for text in ["", "a", "\n", "a\n", "\n\n", "ab\r\ncd", "ab\ncd\n\n", "é\n€\r\n\r", "x\n\ny"]
        {
            let expected: Vec<&str> = text.split_inclusive('\n').collect();
            assert_eq!(lines(text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    /// The lines each pattern matches alone, as the canon states the rule.
    fn one_by_one(canon: &Canon, article: &Article) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = article.body_start;
        for line in article.body().split_inclusive('\n') {
            let content = line.trim_end_matches(['\n', '\r']);
            if canon.ignore.iter().any(|re| re.is_match(content)) {
                out.push(Span::new(start, start + content.len()));
            }
            start += line.len();
        }
        out
    }

    /// The cue index and the claims' needs only skip claims that cannot be placed: on every
    /// article of the tests, the claims are placed where placing each in every sentence does.
    /// Where the index says phrases start changes nothing either, for claims or sources.
    #[test]
    fn placements_are_those_of_every_claim_in_every_sentence() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let canon = Canon::load(&root.join("claims.yaml")).expect("the canon loads");
        let matcher = Matcher::new(&canon);
        let (mut total, mut sources) = (0, 0);
        for entry in std::fs::read_dir(root.join("tests/articles")).expect("articles") {
            let article = Article::load(&entry.expect("entry").path()).expect("article");
            let reading = article.read(&canon.aliases, Overrides::default());
            let ignored = ignored_lines(&canon, &article);
            let cx = Context {
                text: &article.text,
                reading: &reading,
                aliases: &canon.aliases,
                ignored: &ignored,
            };
            let mut prepared = place::Prepared::new(&cx, article.body_start);
            let each = |prepared: &place::Prepared| -> Vec<(u32, usize, Span)> {
                (canon.claims.iter().enumerate())
                    .flat_map(|(n, claim)| {
                        let found = place::place(claim, prepared);
                        found.into_iter().map(move |at| (n as u32, at.sentence, at.cue))
                    })
                    .collect()
            };
            // Cues searched byte by byte: the index has not said where phrases start yet.
            let every = each(&prepared);
            let fast: Vec<(u32, usize, Span)> = (matcher.placements(&mut prepared).into_iter())
                .map(|(n, at)| (n, at.sentence, at.cue))
                .collect();
            assert_eq!(fast, every, "{}", article.path);
            // Now searched where the index says phrases start: the same, and so are sources.
            assert!(prepared.starts.is_some());
            assert_eq!(each(&prepared), every, "{}", article.path);
            for (n, sentence) in prepared.sentences.iter().enumerate() {
                let (text, lang) = (&article.text, reading.language);
                let span = sentence.span;
                let bytes = source::attribution(text, span, lang, sentence.mentions, None);
                let starts = prepared.starts_in(span);
                let at_starts = source::attribution(text, span, lang, sentence.mentions, starts);
                assert_eq!(at_starts, bytes, "{}: {:?}", article.path, span);
                if at_starts.speaker != source::Speaker::Pronoun {
                    assert_eq!(prepared.sources(n), bytes.sources.as_slice());
                }
                let bytes = bytes.sources;
                sources += bytes.len();
            }
            total += every.len();
        }
        assert!(total > 20, "the articles place claims {total} times");
        assert!(sources > 20, "the articles name {sources} sources");
    }

    #[test]
    fn ignore_patterns_together_match_the_lines_each_matches() {
        let text = "Baca juga: Korea\n  baca juga lain\r\nKata baca juga di tengah\nSUMBER: AA\n\
                    sumber: x\r\nakhir. Sumber: y\n“Baca juga” kutipan\nTinggalkan balasan  \n";
        let article = Article::parse("t.txt", text.to_string()).expect("an article");
        let anchored = ["^\\s*baca juga\\b", "^\\s*sumber\\s*:", "^\\s*tinggalkan balasan\\s*$"];
        let mixed = ["^\\s*baca juga\\b", "sumber\\s*:", "balasan\\s*$"];
        for patterns in [&anchored[..], &mixed[..]] {
            let yaml = format!(
                "ignore:\n{}\nentities: {{}}\nclaims: []\n",
                patterns.iter().map(|p| format!("  - '{p}'")).collect::<Vec<_>>().join("\n")
            );
            let canon = Canon::parse("claims.yaml", &yaml).expect("the canon loads");
            assert!(canon.ignore_any.is_some());
            let lines = ignored_lines(&canon, &article);
            assert_eq!(lines, one_by_one(&canon, &article), "{patterns:?}");
            assert!(lines.len() >= 4, "{patterns:?}: {lines:?}");
        }
    }
}
