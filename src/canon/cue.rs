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

use regex_automata::meta::{self, BuildError, FindMatches, Regex};
use regex_automata::util::syntax;
use regex_automata::{Input, Match};

/// A compiled cue pattern: any case, Unicode, as `regex` compiles it.
#[derive(Clone, Debug)]
pub struct Cue {
    regex: Regex,
    pattern: String,
}

impl Cue {
    /// Compiles `pattern`, which may grow to `size_limit` bytes compiled. The error is the
    /// `regex` crate's message, on one line.
    pub fn new(pattern: &str, size_limit: usize) -> Result<Cue, String> {
        let config = meta::Config::new()
            .nfa_size_limit(Some(size_limit))
            .auto_prefilter(false)
            .onepass(false);
        let regex = meta::Builder::new()
            .configure(config)
            .syntax(syntax::Config::new().case_insensitive(true))
            .build(pattern)
            .map_err(|e| message(&e))?;
        Ok(Cue { regex, pattern: pattern.to_string() })
    }

    /// The pattern, as written to be compiled.
    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.regex.is_match(text)
    }

    /// The first match in `text`.
    pub fn find(&self, text: &str) -> Option<Match> {
        self.regex.find(text)
    }

    /// Every match in `text`, apart, from left to right.
    pub fn find_iter<'r, 'h>(&'r self, text: &'h str) -> FindMatches<'r, 'h> {
        self.regex.find_iter(Input::new(text))
    }
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
            let ours: Vec<_> = cue.find_iter(text).map(|m| m.range()).collect();
            let theirs: Vec<_> = regex.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(ours, theirs, "{pattern}");
            assert_eq!(cue.find(text).map(|m| m.range()), regex.find(text).map(|m| m.range()));
            assert_eq!(cue.is_match("nothing here"), regex.is_match("nothing here"));
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
