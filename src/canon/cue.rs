//! A claim's cues in one language, compiled for what matching does with them: finding where
//! they match in one sentence at a time, over and over.
//!
//! The `regex` crate builds, besides the automata that find a match, a one-pass DFA (which
//! reports capture groups: a cue has none that anyone reads) and a literal prefilter of its own
//! (the cue index is that prefilter, for every claim at once). Those made a compiled cue weigh
//! 20 to 90 KB and took most of the time of loading a canon: a canon of 10,000 claims held
//! 888 MB and took seconds to load. Built with `regex-automata`'s meta engine without them, a
//! cue matches exactly as the same pattern in `regex` does (the same parser, syntax and search
//! semantics), in a few kilobytes. The bounded backtracker stays: it weighs nothing until used,
//! and it is what searches a sentence whose letters are not all ASCII (the lazy DFA gives up on
//! a Unicode `\b` there), several times faster than the PikeVM left without it.
//!
//! Most cues are phrases, not regexes, and a phrase of ASCII words needs no regex engine: its
//! words are compared byte for byte in any ASCII case, and the word boundaries and white space
//! between them are Unicode's, as the regex has them ([`Phrases`]). Such a cue is compiled when
//! the canon is loaded, so that it fails there if it must, and the compiled regex is dropped:
//! it is compiled again only for a text that holds one of the two letters outside ASCII that
//! match an ASCII letter in any case (the Kelvin sign, the long s), which the phrases leave to
//! the regex.

use std::ops::Range;
use std::sync::OnceLock;

use regex_automata::Input;
use regex_automata::meta::{self, BuildError, FindMatches, Regex};
use regex_automata::util::syntax;

use super::family;
use crate::lang::Lang;

/// What marks a word of a phrase as the root of a word family.
pub const FAMILY_MARKER: char = family::MARKER;

/// A claim's cues in one language: they match where their pattern ([`joined`]) matches as
/// `regex` has it, in any case, with Unicode's classes.
#[derive(Clone, Debug)]
pub struct Cue {
    pattern: String,
    size_limit: usize,
    /// The same matches found without the regex, when every cue is a phrase of ASCII words.
    /// Boxed: a canon's maps hold cues by value, and most would not use the room.
    phrases: Option<Box<Phrases>>,
    /// The compiled pattern: at once without phrases, on demand with them.
    regex: OnceLock<Option<Regex>>,
}

/// The regex of one cue in `lang`: `/…/` is a regex as written; anything else is a phrase
/// matched on word boundaries, in any case, with any run of white space between its words. A
/// word of a phrase written `~root` stands for the root's word family in `lang` ([`family`]).
pub fn pattern(cue: &str, lang: Lang) -> String {
    match as_regex(cue) {
        Some(regex) => format!("(?:{regex})"),
        None => {
            let words: Vec<String> = cue
                .split_whitespace()
                .map(|word| match family::root(word) {
                    Some(root) if family::check(root).is_ok() => family::regex(root, lang),
                    _ => regex::escape(word),
                })
                .collect();
            format!(r"\b{}\b", words.join(r"\s+"))
        }
    }
}

/// The regex of a set of cues in `lang` (`None` when there are none): each cue's pattern,
/// joined.
pub fn joined(cues: &[String], lang: Lang) -> Option<String> {
    let patterns: Vec<String> = written(cues).map(|c| pattern(c, lang)).collect();
    (!patterns.is_empty()).then(|| patterns.join("|"))
}

/// What is wrong with how a cue marks word families: a marker with no root or a root that is
/// not letters, a marker on a regex or inside one.
pub fn check(cue: &str) -> Result<(), String> {
    if let Some(regex) = as_regex(cue) {
        let mut chars = regex.chars().peekable();
        while let Some(c) = chars.next() {
            if c == family::MARKER && chars.peek().is_some_and(|c| c.is_alphabetic()) {
                return Err(format!(
                    "a word family ('{}') cannot be asked for inside a regex: write the root as a phrase of its own, or the forms in the regex",
                    family::MARKER
                ));
            }
        }
        return Ok(());
    }
    for root in cue.split_whitespace().filter_map(family::root) {
        if root.starts_with('/') {
            return Err(format!(
                "a word family ('{}') is asked for of a word, not of a regex",
                family::MARKER
            ));
        }
        family::check(root)?;
    }
    Ok(())
}

/// Whether `text` holds `cue` (one cue as written, in `lang`) where its pattern matches.
pub fn found_in(cue: &str, lang: Lang, text: &str) -> bool {
    compile(&pattern(cue, lang), super::REGEX_SIZE_LIMIT).is_ok_and(|regex| regex.is_match(text))
}

/// Whether `cue` is a pattern rather than words to match as written: a regex, or a phrase
/// with a word family in it. Reading a pattern does not tell what it matches.
pub fn is_pattern(cue: &str) -> bool {
    as_regex(cue).is_some() || has_family(cue)
}

fn has_family(cue: &str) -> bool {
    cue.split_whitespace().any(|w| family::root(w).is_some())
}

/// The cues that are written, trimmed.
fn written(cues: &[String]) -> impl Iterator<Item = &str> {
    cues.iter().map(|c| c.trim()).filter(|c| !c.is_empty())
}

fn as_regex(cue: &str) -> Option<&str> {
    cue.strip_prefix('/').and_then(|c| c.strip_suffix('/'))
}

fn compile(pattern: &str, size_limit: usize) -> Result<Regex, String> {
    let config =
        meta::Config::new().nfa_size_limit(Some(size_limit)).auto_prefilter(false).onepass(false);
    meta::Builder::new()
        .configure(config)
        .syntax(syntax::Config::new().case_insensitive(true))
        .build(pattern)
        .map_err(|e| message(&e))
}

impl Cue {
    /// Compiles `pattern`, which may grow to `size_limit` bytes compiled. The error is the
    /// `regex` crate's message, on one line.
    pub fn new(pattern: &str, size_limit: usize) -> Result<Cue, String> {
        let regex = compile(pattern, size_limit)?;
        Ok(Cue {
            pattern: pattern.to_string(),
            size_limit,
            phrases: None,
            regex: OnceLock::from(Some(regex)),
        })
    }

    /// Compiles a set of cues in `lang` ([`joined`]), with the phrase matcher when every one
    /// is a phrase of ASCII words with no word family. A set with no cue written is an error
    /// (its pattern would be empty), and so is a cue [`check`] finds wrong.
    pub fn of(cues: &[String], lang: Lang, size_limit: usize) -> Result<Cue, String> {
        for cue in written(cues) {
            check(cue).map_err(|m| format!("cue '{cue}': {m}"))?;
        }
        let pattern = joined(cues, lang).ok_or_else(|| "no cue is written".to_string())?;
        let cue = Cue::new(&pattern, size_limit)?;
        match Phrases::new(cues) {
            Some(phrases) => {
                Ok(Cue { phrases: Some(Box::new(phrases)), regex: OnceLock::new(), ..cue })
            }
            None => Ok(cue),
        }
    }

    /// The pattern, as written to be compiled.
    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.find(text).is_some()
    }

    /// The first match in `text`.
    pub fn find(&self, text: &str) -> Option<Range<usize>> {
        self.find_iter(text).next()
    }

    /// The words a phrase of the cue may start with, lower case: the run of ASCII letters and
    /// digits each phrase opens with ("u" for "u.s. forces"). `None` when the cue is not all
    /// phrases, or a phrase opens with another character: such a cue is searched byte by byte.
    pub fn first_words(&self) -> Option<Vec<&[u8]>> {
        self.phrases.as_ref()?.first_words()
    }

    /// Every match in `text`, apart, from left to right, as [`Cue::find_iter`] finds them, but
    /// looking for phrases only where `starts` (ascending offsets into `text`, less `offset`)
    /// say a word that a phrase starts with ([`Cue::first_words`]) stands. Wherever a phrase
    /// may match there must be such a start; other starts cost only a look. Without `starts`,
    /// every byte is looked at.
    pub fn find_iter_at<'r, 'h>(
        &'r self,
        text: &'h str,
        starts: Option<&'h [usize]>,
        offset: usize,
    ) -> Matches<'r, 'h> {
        match (&self.phrases, starts) {
            (Some(phrases), Some(starts))
                if phrases.indexed && !folds_to_ascii(text.as_bytes()) =>
            {
                Matches::At { phrases, text, starts, offset, at: 0 }
            }
            _ => self.find_iter(text),
        }
    }

    /// Every match in `text`, apart, from left to right.
    pub fn find_iter<'r, 'h>(&'r self, text: &'h str) -> Matches<'r, 'h> {
        match &self.phrases {
            Some(phrases) if !folds_to_ascii(text.as_bytes()) => {
                Matches::Phrases { phrases, text, at: 0 }
            }
            // The pattern compiled when the cue was made, so it compiles again.
            _ => match self.regex.get_or_init(|| compile(&self.pattern, self.size_limit).ok()) {
                Some(regex) => Matches::Regex(regex.find_iter(Input::new(text))),
                None => Matches::None,
            },
        }
    }
}

/// The matches of a [`Cue`] in a text, as byte ranges.
pub enum Matches<'r, 'h> {
    Regex(FindMatches<'r, 'h>),
    Phrases {
        phrases: &'r Phrases,
        text: &'h str,
        at: usize,
    },
    /// Phrases looked for at the given starts alone (see [`Cue::find_iter_at`]).
    At {
        phrases: &'r Phrases,
        text: &'h str,
        starts: &'h [usize],
        offset: usize,
        at: usize,
    },
    None,
}

impl Iterator for Matches<'_, '_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        match self {
            Matches::Regex(matches) => matches.next().map(|m| m.range()),
            Matches::Phrases { phrases, text, at } => {
                // A phrase is never empty, so the next search starts where this match ends.
                let found = phrases.find_at(text, *at)?;
                *at = found.end;
                Some(found)
            }
            Matches::At { phrases, text, starts, offset, at } => {
                while let Some((&start, rest)) = starts.split_first() {
                    *starts = rest;
                    let Some(start) = start.checked_sub(*offset).filter(|&s| s >= *at) else {
                        continue;
                    };
                    if let Some(found) = phrases.match_at(text, start) {
                        *at = found.end;
                        return Some(found);
                    }
                }
                None
            }
            Matches::None => None,
        }
    }
}

/// Phrases of ASCII words, matched as their regex `\bw1\s+w2\b|…` matches in any case:
/// leftmost first, and at one place the first phrase in order.
#[derive(Clone, Debug)]
pub struct Phrases {
    phrases: Box<[Phrase]>,
    /// What each byte is: [`CLASSES`], and [`START`] for a byte a phrase starts with, in either
    /// case.
    classes: [u8; 256],
    /// Every phrase starts with an ASCII letter or digit, so [`Cue::first_words`] can say
    /// where it may start.
    indexed: bool,
}

#[derive(Clone, Debug)]
struct Phrase {
    /// The words, lower case, each followed by one space.
    words: Box<[u8]>,
    head: Head,
}

impl Phrases {
    /// `None` when a cue is a regex, has a word that is not all ASCII or asks for a family.
    fn new(cues: &[String]) -> Option<Phrases> {
        let mut phrases = Vec::new();
        let mut classes = CLASSES;
        for cue in written(cues) {
            if as_regex(cue).is_some() || !cue.is_ascii() || has_family(cue) {
                return None;
            }
            let mut words = Vec::new();
            for word in cue.split_whitespace() {
                words.extend(word.bytes().map(|b| b.to_ascii_lowercase()));
                words.push(b' ');
            }
            let first = words[0];
            for byte in [first, first.to_ascii_uppercase()] {
                classes[usize::from(byte)] |= START;
            }
            let head = Head::new(words.split(|&b| b == b' ').next()?);
            phrases.push(Phrase { words: words.into(), head });
        }
        let indexed =
            phrases.iter().all(|p| p.words.first().is_some_and(u8::is_ascii_alphanumeric));
        (!phrases.is_empty()).then(|| Phrases { phrases: phrases.into(), classes, indexed })
    }

    /// The run of ASCII letters and digits that each phrase opens with, when every phrase
    /// opens with one.
    fn first_words(&self) -> Option<Vec<&[u8]>> {
        self.indexed.then(|| {
            (self.phrases.iter())
                .filter_map(|p| p.words.split(|b| !b.is_ascii_alphanumeric()).next())
                .collect()
        })
    }

    /// The first match that starts at `from` or after.
    fn find_at(&self, text: &str, from: usize) -> Option<Range<usize>> {
        let mut start = from;
        while let Some(at) = next_start(&self.classes, text.as_bytes(), start) {
            start = at;
            if let Some(found) = self.match_at(text, start) {
                return Some(found);
            }
            start += 1;
        }
        None
    }

    /// The match that starts at `start`: the first phrase, in order, that stands there.
    fn match_at(&self, text: &str, start: usize) -> Option<Range<usize>> {
        let bytes = text.as_bytes();
        let first = *bytes.get(start)?;
        if self.classes[usize::from(first)] & START == 0 || !word_boundary(text, start) {
            return None;
        }
        let eight = chunk(bytes, start);
        self.phrases
            .iter()
            .filter(|phrase| phrase.head.may_start(eight))
            .find_map(|phrase| phrase_at(text, start, &phrase.words))
            .map(|end| start..end)
    }
}

/// The first bytes of a phrase as a number, to compare with eight bytes of a text at once: the
/// text's bytes, with bit 5 set where the phrase has a letter (which makes an ASCII capital
/// lower case, and nothing else equal to a lower-case letter) and only where the phrase has
/// bytes, equal `bytes`.
#[derive(Clone, Copy, Debug)]
struct Head {
    bytes: u64,
    letters: u64,
    mask: u64,
}

impl Head {
    fn new(word: &[u8]) -> Head {
        let mut head = Head { bytes: 0, letters: 0, mask: 0 };
        for (i, &b) in word.iter().take(8).enumerate() {
            head.bytes |= u64::from(b) << (8 * i);
            head.mask |= 0xFF << (8 * i);
            if b.is_ascii_alphabetic() {
                head.letters |= 0x20 << (8 * i);
            }
        }
        head
    }

    fn may_start(&self, chunk: u64) -> bool {
        (chunk | self.letters) & self.mask == self.bytes
    }
}

/// What a byte is: of a word (an ASCII letter, digit or `_`), or of a character outside ASCII.
const CLASSES: [u8; 256] = {
    let mut classes = [0; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        classes[b] = if !byte.is_ascii() {
            OTHER
        } else if byte.is_ascii_alphanumeric() || byte == b'_' {
            WORD
        } else {
            0
        };
        b += 1;
    }
    classes
};
const WORD: u8 = 1;
const OTHER: u8 = 2;
const START: u8 = 4;

/// The first place at `from` or after where a phrase may start: a byte a phrase starts with,
/// where the byte before does not rule out a word boundary (both ASCII, both of a word or both
/// not). A loop of its own, short enough for its variables to stay in registers.
#[inline(never)]
fn next_start(classes: &[u8; 256], bytes: &[u8], from: usize) -> Option<usize> {
    let mut before = match from.checked_sub(1) {
        Some(i) => classes[usize::from(*bytes.get(i)?)],
        None => 0,
    };
    for (i, &b) in bytes.get(from..)?.iter().enumerate() {
        let class = classes[usize::from(b)];
        if class & START != 0 && (before & OTHER != 0 || (before ^ class) & WORD != 0) {
            return Some(from + i);
        }
        before = class;
    }
    None
}

/// Eight bytes of `bytes` from `at` as a number (little end first), zeros past the end.
fn chunk(bytes: &[u8], at: usize) -> u64 {
    let mut eight = [0; 8];
    let rest = &bytes[at.min(bytes.len())..];
    let n = rest.len().min(8);
    eight[..n].copy_from_slice(&rest[..n]);
    u64::from_le_bytes(eight)
}

/// Where `words` (each followed by a space) end when they stand at `start` with white space
/// between them and a word boundary after them.
fn phrase_at(text: &str, start: usize, words: &[u8]) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = start;
    for (i, word) in words.split(|&b| b == b' ').filter(|w| !w.is_empty()).enumerate() {
        if i > 0 {
            let space = white_space(&text[at..]);
            if space == 0 {
                return None;
            }
            at += space;
        }
        let end = at + word.len();
        if !bytes.get(at..end).is_some_and(|b| b.eq_ignore_ascii_case(word)) {
            return None;
        }
        at = end;
    }
    word_boundary(text, at).then_some(at)
}

/// The length of the white space (Unicode's) that `text` starts with.
fn white_space(text: &str) -> usize {
    text.char_indices().find(|&(_, c)| !c.is_whitespace()).map_or(text.len(), |(i, _)| i)
}

/// Unicode's `\b` at `at`, a character boundary: a word character on one side only.
fn word_boundary(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let before = match at.checked_sub(1).map(|i| bytes[i]) {
        None => false,
        Some(b) if b.is_ascii() => CLASSES[usize::from(b)] == WORD,
        Some(_) => text[..at].chars().next_back().is_some_and(is_word),
    };
    let after = match bytes.get(at) {
        None => false,
        Some(&b) if b.is_ascii() => CLASSES[usize::from(b)] == WORD,
        Some(_) => text[at..].chars().next().is_some_and(is_word),
    };
    before != after
}

fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        regex_syntax::is_word_character(c)
    }
}

/// `text` holds a letter outside ASCII that matches an ASCII letter in any case: the Kelvin
/// sign (`k`) or the long s (`s`). Neither phrases nor the cue index's literals see those.
pub(crate) fn folds_to_ascii(text: &[u8]) -> bool {
    // Looked for by a byte each (C5 BF, E2 84 AA) that is rare in news text: 0x84, not the E2
    // that curly quotes and dashes start with.
    memchr::memchr2_iter(0xC5, 0x84, text).any(|i| match text[i] {
        0xC5 => text.get(i + 1) == Some(&0xBF),
        _ => i.checked_sub(1).and_then(|j| text.get(j..i + 2)) == Some(&[0xE2, 0x84, 0xAA][..]),
    })
}

/// What went wrong, in the words `regex` uses, on one line.
fn message(error: &BuildError) -> String {
    if let Some(limit) = error.size_limit() {
        return format!("it is too large (compiled, it would exceed the limit of {limit} bytes)");
    }
    let full = match error.syntax_error() {
        Some(syntax) => syntax.to_string(),
        None => error.to_string(),
    };
    full.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same matches as `regex` gives for the same pattern, any case.
    #[test]
    fn matches_as_regex_does() {
        let patterns = [
            r"\btewas\b|\bterbunuh\b",
            r"\bbala\s+bantuan\b",
            r"(?:tewas(nya)?)",
            r"(?:\d+ (orang|tentara))",
            r"\bzelensk(y|yy)\b",
            r"(?:)",
        ];
        let text = "TEWAS, tewasnya; bala\n bantuan. 600 Tentara, ZELENSKYY ﬁ Straße ſ \u{212A}";
        for pattern in patterns {
            let cue = Cue::new(pattern, 1 << 20).expect("compiles");
            let regex = regex::RegexBuilder::new(pattern).case_insensitive(true).build().unwrap();
            let ours: Vec<_> = cue.find_iter(text).collect();
            let theirs: Vec<_> = regex.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(ours, theirs, "{pattern}");
            assert_eq!(cue.find(text), regex.find(text).map(|m| m.range()));
            assert_eq!(cue.is_match("nothing here"), regex.is_match("nothing here"));
        }
    }

    /// The cues' regex, compiled by the `regex` crate.
    fn theirs(cues: &[String]) -> regex::Regex {
        let pattern = joined(cues, Lang::Id).expect("cues");
        regex::RegexBuilder::new(&pattern).case_insensitive(true).build().unwrap()
    }

    fn regex_matches(regex: &regex::Regex, text: &str) -> Vec<Range<usize>> {
        regex.find_iter(text).map(|m| m.range()).collect()
    }

    fn strings(cues: &[&str]) -> Vec<String> {
        cues.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn phrases_of_ascii_words_are_matched_without_the_regex() {
        let phrases = strings(&["bala bantuan", "luka-luka", " tewas ", "", "(KCNA)"]);
        assert!(Phrases::new(&phrases).is_some());
        for cues in [&["tewas", "/tewas(nya)?/"][..], &["Zelenskyy", "Sudžа"], &[""]] {
            assert!(Phrases::new(&strings(cues)).is_none(), "{cues:?}");
        }
        assert!(Cue::of(&strings(&["", " "]), Lang::Id, 1 << 20).is_err());
        let cue = Cue::of(&phrases, Lang::Id, 1 << 20).unwrap();
        let text = "Bala\u{a0}\n bantuan tiba; LUKA-LUKA, tewasnya (KCNA) x(KCNA)y é(KCNA)é tewas";
        let found: Vec<&str> = cue.find_iter(text).map(|m| &text[m]).collect();
        // `\b(` wants a word character before the bracket: "x(KCNA)y" matches, " (KCNA) " not;
        // nor do the letters have to be ASCII.
        assert_eq!(found, ["Bala\u{a0}\n bantuan", "LUKA-LUKA", "(KCNA)", "(KCNA)", "tewas"]);
        assert_eq!(cue.find_iter(text).collect::<Vec<_>>(), regex_matches(&theirs(&phrases), text));
    }

    /// The phrase matcher finds what the regex finds, in texts made of the phrases' words,
    /// their neighbours in every script, Unicode white space and the letters that fold to ASCII.
    #[test]
    fn phrases_match_as_their_regex_does() {
        let sets: [&[&str]; 4] = [
            &["tewas", "bala bantuan", "bala"],
            &["said", "says", "according to", "according"],
            &["luka-luka", "(kcna)", "10.000", "a_b"],
            &["s", "k s", "ks"],
        ];
        let pieces = [
            "tewas",
            "TeWaS",
            "bala",
            "BALA",
            "bantuan",
            "said",
            "says",
            "according",
            "to",
            "luka",
            "-",
            "(",
            ")",
            "kcna",
            "10",
            ".",
            "000",
            "a",
            "_",
            "b",
            "s",
            "k",
            "S",
            "K",
            " ",
            "  ",
            "\n",
            "\t",
            "\u{a0}",
            "\u{2003}",
            "\u{3000}",
            "\u{85}",
            "\u{200b}",
            "é",
            "ж",
            "ـ",
            "\u{301}",
            "中",
            "1",
            "_",
            ",",
            "“",
            "”",
            "—",
            "\u{212a}",
            "\u{17f}",
            "nya",
            "x",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % n as u64).unwrap_or(0)
        };
        for set in sets {
            let cues = strings(set);
            let cue = Cue::of(&cues, Lang::Id, 1 << 20).unwrap();
            assert!(cue.phrases.is_some(), "{set:?}");
            let regex = theirs(&cues);
            for _ in 0..3000 {
                let text: String = (0..next(24)).map(|_| pieces[next(pieces.len())]).collect();
                let ours: Vec<Range<usize>> = cue.find_iter(&text).collect();
                assert_eq!(ours, regex_matches(&regex, &text), "{set:?} in {text:?}");
            }
        }
    }

    /// Word characters and white space as the regex crate has them, for every character.
    #[test]
    fn word_characters_and_white_space_are_unicode_s() {
        let word = regex::Regex::new(r"^\w$").unwrap();
        let space = regex::Regex::new(r"^\s$").unwrap();
        let mut buffer = [0; 4];
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let c_str = c.encode_utf8(&mut buffer);
            assert_eq!(is_word(c), word.is_match(c_str), "{c:?}");
            assert_eq!(white_space(c_str) > 0, space.is_match(c_str), "{c:?}");
        }
    }

    #[test]
    fn errors_read_as_regex_writes_them() {
        let unclosed = String::from(r"\btewas(");
        let error = Cue::new(&unclosed, 1 << 20).expect_err("an unclosed group");
        let theirs = regex::Regex::new(&unclosed).expect_err("an unclosed group").to_string();
        let theirs: Vec<&str> = theirs.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(error, theirs.join(" "));
        let big = Cue::new(r"\w{1000}", 1 << 10).expect_err("too large");
        assert!(big.contains("exceed the limit of 1024 bytes"), "{big}");
    }
}
