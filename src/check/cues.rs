//! Which claims a sentence may carry, found for every claim at once.
//!
//! In: the canon's claims (built once per canon), then an article's text and sentences. Out:
//! the (claim, sentence) pairs where a claim's cue may match: every pair where it does match,
//! and a few where it does not. Each claim's own cue regex then decides, as before, so what is
//! found never changes; only the claims whose cues cannot match are skipped. This is what keeps
//! the cost of an article from growing with every claim added to the canon (issue 5): running
//! ten thousand cue regexes over every sentence is replaced by one pass of an Aho–Corasick
//! automaton over the text.
//!
//! How a cue becomes a literal: the canon compiles a phrase cue to `\bword\s+word\b` (words
//! escaped, any case) and joins a claim's cues with `|`. A phrase matches only where each of
//! its words occurs, so one of its words, searched in any ASCII case, is a literal the text
//! must contain. A claim whose cues are all phrases of ASCII words is found through them; a
//! claim with a regex cue (`/…/`), or a phrase with no ASCII word, is a candidate in every
//! sentence (its regex runs everywhere, as all claims' did before).
//!
//! The regex searches case-insensitively with Unicode's simple case folding, which maps two
//! non-ASCII letters to ASCII ones: the Kelvin sign to `k` and the long s to `s`. A text that
//! holds either makes every claim a candidate everywhere, so the literals never miss a match.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

use crate::canon::Claim;
use crate::lang::Lang;
use crate::span::Span;

/// Letters outside ASCII that case-insensitive regexes match to ASCII letters.
const FOLDS_TO_ASCII: [char; 2] = ['\u{212A}', '\u{17F}'];

/// The cue literals of every claim in one language.
#[derive(Debug, Default)]
struct LangIndex {
    automaton: Option<AhoCorasick>,
    /// For each literal of the automaton, the claims (indices, ascending) it stands for.
    owners: Vec<Vec<u32>>,
    /// Claims with a cue in this language that no literal stands for.
    always: Vec<u32>,
    /// Every claim with a cue in this language, ascending.
    all: Vec<u32>,
}

/// The cue literals of every claim, per language, built once per canon.
#[derive(Debug, Default)]
pub struct CueIndex {
    langs: [LangIndex; 2],
}

impl CueIndex {
    pub fn new(claims: &[Claim]) -> CueIndex {
        let langs = Lang::ALL.map(|lang| {
            let mut index = LangIndex::default();
            let mut literals: Vec<String> = Vec::new();
            let mut by_literal: HashMap<String, usize> = HashMap::new();
            for (n, claim) in claims.iter().enumerate() {
                let Some(regex) = claim.cues.get(&lang) else { continue };
                let n = n as u32;
                index.all.push(n);
                let Some(words) = literals_of(regex.as_str()) else {
                    index.always.push(n);
                    continue;
                };
                for word in words {
                    let at = *by_literal.entry(word.clone()).or_insert_with(|| {
                        literals.push(word);
                        index.owners.push(Vec::new());
                        literals.len() - 1
                    });
                    if index.owners[at].last() != Some(&n) {
                        index.owners[at].push(n);
                    }
                }
            }
            // Building fails only for sizes far beyond any canon: every claim is then a
            // candidate everywhere, which is slow but finds the same.
            index.automaton = (!literals.is_empty())
                .then(|| {
                    AhoCorasickBuilder::new()
                        .ascii_case_insensitive(true)
                        .match_kind(MatchKind::Standard)
                        .build(&literals)
                        .ok()
                })
                .flatten();
            if index.automaton.is_none() {
                index.always.clone_from(&index.all);
            }
            index
        });
        CueIndex { langs }
    }

    /// The (claim, sentence) pairs of `text` whose cue may match, sorted by claim then
    /// sentence. `sentences` are spans of `text`, in order and apart.
    pub fn candidates(&self, lang: Lang, text: &str, sentences: &[Span]) -> Vec<(u32, u32)> {
        let index = &self.langs[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)];
        let mut out: Vec<(u32, u32)> = Vec::new();
        let everywhere = |claims: &[u32], out: &mut Vec<(u32, u32)>| {
            for &claim in claims {
                out.extend((0..sentences.len() as u32).map(|s| (claim, s)));
            }
        };
        if text.contains(FOLDS_TO_ASCII) {
            everywhere(&index.all, &mut out);
            return out;
        }
        everywhere(&index.always, &mut out);
        if let Some(automaton) = &index.automaton {
            // Literals found, as (sentence, literal); a literal across a sentence boundary is
            // in neither sentence, as a regex run on each sentence would not find it.
            let mut found: Vec<(u32, u32)> = Vec::new();
            for m in automaton.find_overlapping_iter(text) {
                let at = sentences.partition_point(|s| s.end < m.end());
                if sentences.get(at).is_some_and(|s| s.start <= m.start()) {
                    found.push((at as u32, m.pattern().as_u32()));
                }
            }
            found.sort_unstable();
            found.dedup();
            for (sentence, literal) in found {
                out.extend(index.owners[literal as usize].iter().map(|&claim| (claim, sentence)));
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// One literal for each alternative of a claim's cue regex, lower case, when every alternative
/// is a phrase the canon compiled from words; `None` when one is not (a regex cue).
///
/// The alternatives are split at each `|` outside brackets and escapes. A regex cue is written
/// `(?:…)`, and a piece that starts so is never a phrase, so however a regex's own brackets
/// split it, the claim falls back to its regex.
fn literals_of(pattern: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for alternative in alternatives(pattern) {
        let words = alternative.strip_prefix(r"\b")?.strip_suffix(r"\b")?;
        let mut best: Option<String> = None;
        for escaped in words.split(r"\s+") {
            let word = unescape(escaped);
            // Only a word the canon could have written: escaping it again gives it back.
            if word.is_empty() || regex::escape(&word) != escaped {
                return None;
            }
            if word.is_ascii() && best.as_ref().is_none_or(|b| word.len() > b.len()) {
                best = Some(word.to_ascii_lowercase());
            }
        }
        out.push(best?);
    }
    (!out.is_empty()).then_some(out)
}

/// `pattern` split at its top-level `|`.
fn alternatives(pattern: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start, mut escaped) = (0usize, 0usize, false);
    for (at, c) in pattern.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '|' if depth == 0 => {
                out.push(&pattern[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    out.push(&pattern[start..]);
    out
}

/// A word as `regex::escape` wrote it, with its backslashes taken away.
fn unescape(escaped: &str) -> String {
    let mut out = String::with_capacity(escaped.len());
    let mut chars = escaped.chars();
    while let Some(c) = chars.next() {
        out.push(if c == '\\' { chars.next().unwrap_or('\\') } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canon::Canon;

    #[test]
    fn phrases_give_a_literal_and_regexes_none() {
        assert_eq!(
            literals_of(r"\bbala\s+bantuan\b|\btotal\b"),
            Some(vec!["bantuan".into(), "total".into()])
        );
        assert_eq!(literals_of(r"\bluka\-luka\b"), Some(vec!["luka-luka".into()]));
        assert_eq!(literals_of(r"\bKTT\b"), Some(vec!["ktt".into()]));
        assert_eq!(literals_of(r"\bkilled\b|(?:kill(ed|s)?)"), None);
        assert_eq!(literals_of(r"(?:[)]|\bfoo\b)"), None);
        assert_eq!(literals_of(r"\bcafé\b"), None);
        assert_eq!(literals_of(r"\bcafé\s+noir\b"), Some(vec!["noir".into()]));
    }

    const CANON: &str = r#"
entities:
  seoul:
    names:
      id: [Seoul]
claims:
  - id: killed
    statement: Killed.
    sources: [x]
    cues:
      id: [tewas, bala bantuan]
      en: ['/kill(ed|s)?/']
    event:
      date: 2024
  - id: sent
    statement: Sent.
    sources: [x]
    cues:
      id: [mengirim, tewas]
    event:
      date: 2024
"#;

    #[test]
    fn candidates_are_the_claims_whose_literal_is_in_the_sentence() {
        let canon = Canon::parse("claims.yaml", CANON).unwrap();
        let index = CueIndex::new(&canon.claims);
        let text = "Sepuluh TEWAS. Lalu mengirim bantuan. Tidak ada.";
        let sentences = [Span::new(0, 14), Span::new(15, 37), Span::new(38, 48)];
        assert_eq!(index.candidates(Lang::Id, text, &sentences), [(0, 0), (0, 1), (1, 0), (1, 1)]);
        // A regex cue is tried in every sentence.
        assert_eq!(index.candidates(Lang::En, text, &sentences), [(0, 0), (0, 1), (0, 2)]);
        // The Kelvin sign matches "k" in a case-insensitive regex: every claim, everywhere.
        let kelvin = "\u{212A}illed.";
        let all = index.candidates(Lang::Id, kelvin, &[Span::new(0, kelvin.len())]);
        assert_eq!(all, [(0, 0), (1, 0)]);
    }
}
