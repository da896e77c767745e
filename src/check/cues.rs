//! Which claims a sentence may carry, found for every claim at once.
//!
//! In: the canon's claims (built once per canon), then an article's text and sentences. Out:
//! the (claim, sentence) pairs where a claim's cue may match: every pair where it does match,
//! and a few where it does not. Each claim's own cue then decides, as before, so what is
//! found never changes; only the claims whose cues cannot match are skipped. This is what keeps
//! the cost of an article from growing with every claim added to the canon: running
//! ten thousand cue regexes over every sentence is replaced by one pass of an Aho–Corasick
//! automaton over the text.
//!
//! How a cue becomes literals: the canon compiles a phrase cue to `\bword\s+word\b` (words
//! escaped, any case) and a regex cue to `(?:…)`, and joins a claim's cues with `|`. A phrase
//! matches only where each of its words occurs, so its longest word, searched in any ASCII
//! case, is a literal the text must hold. A regex cue gives the prefixes every one of its
//! matches starts with, as the regex crate's own literal extraction finds them (`/tewas(nya)?/`
//! gives `tewas`). A claim for which that yields nothing usable (a regex that can start
//! anywhere, a word with no ASCII letters) is a candidate in every sentence: its regex runs
//! everywhere, as every claim's did before.
//!
//! The same walk over the text's words notes where a word stands that a phrase starts with: of
//! a claim's cue, or of the sources' markers and verbs ([`Found::starts`]). A phrase matches
//! only there, so phrases are then looked for at those places alone rather than by reading
//! every byte of every sentence once per cue.
//!
//! The regex searches case-insensitively with Unicode's simple case folding, which maps two
//! non-ASCII letters to ASCII ones: the Kelvin sign to `k` and the long s to `s`. A text that
//! holds either makes every claim a candidate everywhere, so the literals never miss a match.

use std::collections::HashMap;

use aho_corasick::AhoCorasick;
use regex_syntax::hir::literal::Extractor;

use crate::ascii;
use crate::canon::{Claim, cue};
use crate::lang::Lang;
use crate::span::Span;
use crate::structure::source;
use crate::wordset::{self, Sketch, WordMap};

/// The cue literals of every claim in one language.
#[derive(Debug, Default)]
struct LangIndex {
    /// Whole words of ASCII letters and digits, looked up word by word: the cost per word does
    /// not grow with the number of claims. Literals, the common case, and the words that the
    /// phrases of this language start with ([`cue::Cue::first_words`]: the claims' cues and
    /// the sources' markers and verbs).
    words: WordMap<Box<[u8]>, Word>,
    /// How many literals are words.
    word_literals: u32,
    /// A filter over the words' lengths and first and last letters: most words of a text are
    /// turned away by one bit, before any hashing.
    sketch: Sketch,
    /// The other literals, searched anywhere in the text lower-cased; their ids follow the
    /// words'.
    automaton: Option<AhoCorasick>,
    /// For each literal (word or automaton pattern), the claims (indices, ascending) it
    /// stands for.
    owners: Vec<Vec<u32>>,
    /// Claims with a cue in this language that no literal stands for.
    always: Vec<u32>,
    /// Every claim with a cue in this language, ascending.
    all: Vec<u32>,
}

/// What a word of [`LangIndex::words`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Word {
    /// The literal it is, if any.
    literal: Option<u32>,
    /// A phrase starts with it.
    head: bool,
}

/// What the cue index finds in an article.
#[derive(Debug, Default)]
pub struct Found {
    /// The (claim, sentence) pairs whose cue may match, sorted by claim then sentence.
    pub candidates: Vec<(u32, u32)>,
    /// Where the words that phrases start with stand in the text, ascending: the only places
    /// where a phrase of a claim's cue or of the sources' markers and verbs can match (see
    /// [`cue::Cue::find_iter_at`]).
    pub starts: Vec<usize>,
}

/// A literal that occurs wherever a cue matches.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Literal {
    /// A whole word (a run of ASCII letters and digits between characters that are not), lower
    /// case.
    Word(Vec<u8>),
    /// Bytes anywhere, lower case.
    Anywhere(Vec<u8>),
}

/// The cue literals of every claim, per language, built once per canon.
#[derive(Debug, Default)]
pub struct CueIndex {
    langs: [LangIndex; 2],
}

impl CueIndex {
    pub fn new(claims: &[Claim]) -> CueIndex {
        CueIndex { langs: Lang::ALL.map(|lang| LangIndex::new(claims, lang)) }
    }

    /// The (claim, sentence) pairs of `text` whose cue may match, sorted by claim then
    /// sentence, leaving out the claims `keep` turns away, and where phrases may start.
    /// `sentences` are spans of `text`, in order and apart.
    pub fn candidates(
        &self,
        lang: Lang,
        text: &str,
        sentences: &[Span],
        mut keep: impl FnMut(u32) -> bool,
    ) -> Found {
        let index = &self.langs[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)];
        let mut out: Vec<(u32, u32)> = Vec::new();
        let mut everywhere = |claims: &[u32], out: &mut Vec<(u32, u32)>| {
            for &claim in claims.iter().filter(|&&claim| keep(claim)) {
                out.extend((0..sentences.len() as u32).map(|s| (claim, s)));
            }
        };
        // Literals found, as (sentence, literal). A literal across a sentence boundary is in
        // neither sentence, as a regex run on each sentence would not find it.
        let mut found: Vec<(u32, u32)> = Vec::new();
        let mut starts: Vec<usize> = Vec::new();
        let sentence_of = |start: usize, end: usize| {
            let at = sentences.partition_point(|s| s.end < end);
            sentences.get(at).is_some_and(|s| s.start <= start).then_some(at as u32)
        };
        // The words are looked up, and the other literals searched for, in the text lower-cased
        // (ASCII only, so offsets stay).
        let lower = text.to_ascii_lowercase();
        if !index.words.is_empty() {
            for (start, end) in ascii_words(text.as_bytes()) {
                let word = &lower.as_bytes()[start..end];
                if !index.sketch.may_hold(word) {
                    continue;
                }
                let Some(&Word { literal, head }) = index.words.get(word) else { continue };
                if head {
                    starts.push(start);
                }
                if let Some(literal) = literal
                    && let Some(sentence) = sentence_of(start, end)
                {
                    found.push((sentence, literal));
                }
            }
        }
        if cue::folds_to_ascii(text.as_bytes()) {
            everywhere(&index.all, &mut out);
            return Found { candidates: out, starts };
        }
        everywhere(&index.always, &mut out);
        if let Some(automaton) = &index.automaton {
            // The patterns are lower case: a case-sensitive automaton can skip ahead with its
            // prefilter, which makes a search for a few literals nearly free.
            let first = index.word_literals;
            for m in automaton.find_overlapping_iter(&lower) {
                if let Some(sentence) = sentence_of(m.start(), m.end()) {
                    found.push((sentence, first + m.pattern().as_u32()));
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        for (sentence, literal) in found {
            let owners = index.owners[literal as usize].iter().filter(|&&claim| keep(claim));
            out.extend(owners.map(|&claim| (claim, sentence)));
        }
        out.sort_unstable();
        out.dedup();
        Found { candidates: out, starts }
    }
}

impl LangIndex {
    fn new(claims: &[Claim], lang: Lang) -> LangIndex {
        let mut index = LangIndex::default();
        let mut by_literal: HashMap<Literal, Vec<u32>> = HashMap::new();
        let mut order: Vec<Literal> = Vec::new();
        for (n, claim) in claims.iter().enumerate() {
            let Some(regex) = claim.cues.get(&lang) else { continue };
            let n = n as u32;
            index.all.push(n);
            let Some(literals) = literals_of(regex.as_str()) else {
                index.always.push(n);
                continue;
            };
            for literal in literals {
                let owners = by_literal.entry(literal.clone()).or_insert_with(|| {
                    order.push(literal);
                    Vec::new()
                });
                if owners.last() != Some(&n) {
                    owners.push(n);
                }
            }
        }
        // Words first, then the automaton's patterns, so that a literal's id is its place in
        // `owners`.
        let (words_first, anywhere): (Vec<Literal>, Vec<Literal>) =
            order.into_iter().partition(|l| matches!(l, Literal::Word(_)));
        let (mut patterns, mut words) = (Vec::new(), Vec::new());
        for literal in words_first.into_iter().chain(anywhere) {
            let id = index.owners.len() as u32;
            index.owners.push(by_literal.remove(&literal).unwrap_or_default());
            match literal {
                Literal::Word(word) => {
                    words.push((word.into_boxed_slice(), Word { literal: Some(id), head: false }))
                }
                Literal::Anywhere(bytes) => patterns.push(bytes),
            }
        }
        index.word_literals = words.len() as u32;
        let mut place: HashMap<Box<[u8]>, usize> =
            words.iter().enumerate().map(|(at, (word, _))| (word.clone(), at)).collect();
        let claim_cues = claims.iter().filter_map(|claim| claim.cues.get(&lang));
        let cues = claim_cues.chain(source::cues(lang));
        for head in cues.filter_map(cue::Cue::first_words).flatten() {
            let at = *place.entry(Box::from(head)).or_insert_with(|| {
                words.push((Box::from(head), Word { literal: None, head: true }));
                words.len() - 1
            });
            words[at].1.head = true;
        }
        for (word, _) in &words {
            index.sketch.add(word);
        }
        index.words = WordMap::new(words);
        if !patterns.is_empty() {
            index.automaton = wordset::automaton(&patterns);
            // Building fails only for sizes far beyond any canon: every claim is then a
            // candidate everywhere, which is slow but finds the same.
            if index.automaton.is_none() {
                index.always.clone_from(&index.all);
            }
        }
        index
    }
}

/// The runs of ASCII letters and digits in `text`, as byte ranges. A phrase word of ASCII
/// letters and digits that a cue regex matches stands between `\b` or `\s` and `\b` or `\s`,
/// so in the text it is a whole run of word characters, which is a whole run of these.
fn ascii_words(text: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while !text.get(at)?.is_ascii_alphanumeric() {
            at += 1;
        }
        let start = at;
        at += ascii::alphanumerics(&text[start..]);
        Some((start, at))
    })
}

/// Literals, lower case, one of which occurs wherever the claim's cue regex matches: for each
/// alternative, the longest ASCII word of a phrase, or the prefixes of a regex cue. `None` when
/// some alternative gives none that can be searched.
///
/// The alternatives are split at each `|` outside brackets, classes and escapes. A piece that
/// is neither a phrase nor a whole regex fails to parse and gives `None`, so a wrong split can
/// only make the claim a candidate everywhere, never miss it.
fn literals_of(pattern: &str) -> Option<Vec<Literal>> {
    let mut out = Vec::new();
    for alternative in alternatives(pattern) {
        match phrase_literal(alternative) {
            Some(word) if word.bytes().all(|b| b.is_ascii_alphanumeric()) => {
                out.push(Literal::Word(word.into_bytes()))
            }
            Some(word) => out.push(Literal::Anywhere(word.into_bytes())),
            None => out.extend(regex_prefixes(alternative)?.into_iter().map(Literal::Anywhere)),
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The longest ASCII word of a phrase as the canon compiles it (`\bword\s+word\b`).
fn phrase_literal(alternative: &str) -> Option<String> {
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
    best
}

/// The prefixes every match of `regex` starts with, lower case, when there are finitely many,
/// none empty and all ASCII. They are taken from the regex as written, without case folding
/// (which would spell out every mix of cases): a case-insensitive match is the same letters in
/// other cases, which searching lower-cased words and text finds, and the two non-ASCII letters
/// that fold to ASCII ones are handled apart (see the module's documentation).
fn regex_prefixes(regex: &str) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::parse(regex).ok()?;
    let prefixes = Extractor::new().extract(&hir);
    let literals = prefixes.literals()?;
    literals
        .iter()
        .map(|l| {
            let bytes = l.as_bytes();
            (!bytes.is_empty() && bytes.is_ascii()).then(|| bytes.to_ascii_lowercase())
        })
        .collect()
}

/// `pattern` split at its top-level `|`.
fn alternatives(pattern: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start, mut escaped) = (0usize, 0usize, false);
    // Nesting of character classes, and where the innermost one opened: a `]` right after
    // `[` or `[^` is a literal.
    let (mut class, mut opened) = (0usize, 0usize);
    for (at, c) in pattern.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' => {
                class += 1;
                opened = at;
            }
            ']' if class > 0 => {
                let inside = &pattern[opened + 1..at];
                if !inside.is_empty() && inside != "^" {
                    class -= 1;
                }
            }
            _ if class > 0 => {}
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

    fn literals(pattern: &str) -> Option<Vec<String>> {
        let show = |l: &Literal| match l {
            Literal::Word(w) => String::from_utf8_lossy(w).into_owned(),
            Literal::Anywhere(b) => format!("~{}", String::from_utf8_lossy(b)),
        };
        literals_of(pattern).map(|all| all.iter().map(show).collect())
    }

    /// The runs of ASCII letters and digits, as a byte-by-byte loop finds them: in texts that
    /// start, end and break between words every way, and in the test articles.
    #[test]
    fn ascii_words_are_the_runs_of_letters_and_digits() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts: Vec<String> =
            ["", " ", "a", "Korban 13.000 orang", " é2,5x-\n’ab9  Σ", "ab9é"]
                .map(String::from)
                .into();
        for entry in std::fs::read_dir(root.join("tests/articles")).expect("articles") {
            texts.push(std::fs::read_to_string(entry.expect("entry").path()).expect("article"));
        }
        for text in &texts {
            let bytes = text.as_bytes();
            let mut runs = Vec::new();
            let mut start = None;
            for (at, b) in bytes.iter().chain([&b' ']).enumerate() {
                match (b.is_ascii_alphanumeric(), start) {
                    (true, None) => start = Some(at),
                    (false, Some(from)) => {
                        runs.push((from, at));
                        start = None;
                    }
                    _ => {}
                }
            }
            assert_eq!(ascii_words(bytes).collect::<Vec<_>>(), runs, "{text:?}");
        }
    }

    #[test]
    fn phrases_give_a_word_and_regexes_their_prefixes() {
        assert_eq!(literals(r"\bbala\s+bantuan\b|\btotal\b").unwrap(), ["bantuan", "total"]);
        assert_eq!(literals(r"\bluka\-luka\b").unwrap(), ["~luka-luka"]);
        assert_eq!(literals(r"\bKTT\b").unwrap(), ["ktt"]);
        assert_eq!(literals(r"\bcafé\s+noir\b").unwrap(), ["noir"]);
        assert_eq!(literals(r"(?:Kill(ed|s)?)").unwrap(), ["~killed", "~kills", "~kill"]);
        assert_eq!(literals(r"(?:[)|]x|y)").unwrap(), ["~)x", "~|x", "~y"]);
        // Nothing to search for: the claim is tried everywhere.
        assert_eq!(literals(r"\bcafé\b"), None);
        assert_eq!(literals(r"\bkilled\b|(?:\w+nya)"), None);
        assert_eq!(literals(r"(?:x?)"), None);
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
      en: ['/\w+ed/']
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
        let text = "Sepuluh TEWAS. Lalu mengirim bantuan. Tidak ada; pertewasan.";
        let sentences = [Span::new(0, 14), Span::new(15, 37), Span::new(38, 60)];
        let found = index.candidates(Lang::Id, text, &sentences, |_| true);
        assert_eq!(found.candidates, [(0, 0), (0, 1), (1, 0), (1, 1)]);
        // Where phrases may start: "TEWAS" and "mengirim". "bantuan" ends a phrase, and no
        // marker or verb starts with any other word here.
        assert_eq!(found.starts, [8, 20]);
        // A regex cue is tried in every sentence.
        let found = index.candidates(Lang::En, text, &sentences, |_| true);
        assert_eq!(found.candidates, [(0, 0), (0, 1), (0, 2)]);
        // The Kelvin sign matches "k" in a case-insensitive regex: every claim, everywhere.
        let kelvin = "\u{212A}illed.";
        let all = index.candidates(Lang::Id, kelvin, &[Span::new(0, kelvin.len())], |_| true);
        assert_eq!(all.candidates, [(0, 0), (1, 0)]);
        // So does the long s "s".
        let long_s = "tewa\u{17F}.";
        let all = index.candidates(Lang::Id, long_s, &[Span::new(0, long_s.len())], |_| true);
        assert_eq!(all.candidates, [(0, 0), (1, 0)]);
    }

    /// Looking for phrases only where the index says their first words stand finds what
    /// looking at every byte finds: for the claims' cues and the sources' markers and verbs, in
    /// texts of their words with all kinds of characters between them, in every span that
    /// neither starts nor ends inside a word (as [`crate::check::place::Prepared`] asks).
    #[test]
    fn phrases_looked_for_at_the_starts_are_those_found_byte_by_byte() {
        let canon = Canon::parse(
            "claims.yaml",
            r#"
entities: {}
claims:
  - id: a
    statement: A.
    sources: [x]
    cues:
      id: [tewas, bala bantuan, luka-luka, g20 summit, kata dia]
      en: [u.s. forces, killed, said, '/k\w+/']
    event:
      date: 2024
"#,
        )
        .unwrap();
        let index = CueIndex::new(&canon.claims);
        let words = [
            "tewas",
            "Tewas",
            "bala",
            "BALA",
            "bantuan",
            "luka",
            "luka-luka",
            "g20",
            "G20",
            "summit",
            "kata",
            "Kata",
            "dia",
            "u",
            "U.S.",
            "forces",
            "killed",
            "said",
            "SAID",
            "menurut",
            "mengatakan",
            "according",
            "to",
            "dikutip",
            "oleh",
            "per",
            "x",
            "é",
        ];
        let gaps = [
            " ", " ", " ", "  ", "\n", ".", ",", "-", "'", "\u{2019}", "_", "1", "\u{a0}", "é",
            "ж", "\u{201C}", "", "\u{212A}",
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut compared = 0;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..1 + next(14) {
                text.push_str(words[next(words.len())]);
                text.push_str(gaps[next(gaps.len())]);
            }
            let bounds: Vec<usize> =
                (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let apart = |at: usize| {
                let bytes = text.as_bytes();
                let before = at.checked_sub(1).and_then(|i| bytes.get(i));
                !before.is_some_and(u8::is_ascii_alphanumeric)
            };
            for lang in Lang::ALL {
                let whole = [Span::new(0, text.len())];
                let starts = index.candidates(lang, &text, &whole, |_| true).starts;
                let cues = canon.claims.iter().filter_map(|c| c.cues.get(&lang));
                for cue in cues.chain(source::cues(lang)) {
                    for _ in 0..6 {
                        let (a, b) = (bounds[next(bounds.len())], bounds[next(bounds.len())]);
                        let span = Span::new(a.min(b), a.max(b));
                        let after = text.as_bytes().get(span.end);
                        if !apart(span.start) || after.is_some_and(u8::is_ascii_alphanumeric) {
                            continue;
                        }
                        let body = &text[span.range()];
                        let from = starts.partition_point(|&at| at < span.start);
                        let to = starts.partition_point(|&at| at < span.end);
                        let at: Vec<_> =
                            cue.find_iter_at(body, Some(&starts[from..to]), span.start).collect();
                        let every: Vec<_> = cue.find_iter(body).collect();
                        assert_eq!(at, every, "{:?} in {body:?}", cue.as_str());
                        compared += every.len();
                    }
                }
            }
        }
        assert!(compared > 800, "{compared} matches compared");
    }
}
