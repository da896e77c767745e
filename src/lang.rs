//! The languages canon reads, and how an article's language is told when nobody says.
//!
//! Detection counts function words of each language: they are frequent, short and almost never
//! shared between Indonesian and English, so a few sentences decide. Ties go to Indonesian, the
//! language of the first corpus; the detected language is always reported, so a wrong guess shows.

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use crate::token::{Token, TokenKind, tokenize};
use crate::wordset::Sketch;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    Id,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Lang, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "id" | "ind" | "indonesian" | "bahasa indonesia" => Ok(Lang::Id),
            "en" | "eng" | "english" => Ok(Lang::En),
            _ => Err(format!("unknown language '{s}' (expected 'id' or 'en')")),
        }
    }
}

const INDONESIAN: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "adalah", "tidak",
    "dalam", "akan", "telah", "oleh", "juga", "bahwa", "mereka", "sebagai", "kepada", "atau",
];

const ENGLISH: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "by", "as", "from",
    "has", "have", "were", "are", "this", "it", "its", "which",
];

/// A filter of both lists: most words are no function word, and are turned away by one bit.
static FUNCTION_WORDS: LazyLock<Sketch> = LazyLock::new(|| {
    let mut sketch = Sketch::default();
    for word in INDONESIAN.iter().chain(ENGLISH) {
        sketch.add(word.as_bytes());
    }
    sketch
});

/// The language of `text`, from the function words it uses.
pub fn detect(text: &str) -> Lang {
    detect_in(text, &tokenize(text))
}

/// The language of the text that `tokens` (tokens of `text`) cover, as [`detect`] tells it: a
/// caller that has the tokens already need not walk the text again.
///
/// A word is a run of letters: a word token split where it holds an apostrophe or a mark.
/// Every letter of a text stands in a word token, so these are the words of the text.
pub fn detect_in(text: &str, tokens: &[Token]) -> Lang {
    let (mut id, mut en) = (0usize, 0usize);
    // The function words are short and ASCII: other words are passed over without being
    // lower-cased, and the short ones are lower-cased in place, with no allocation.
    let mut lower = [0u8; 8];
    let mut count = |word: &str| {
        if word.is_empty() || word.len() > 8 || !word.is_ascii() {
            return;
        }
        let lower = &mut lower[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        if !FUNCTION_WORDS.may_hold(lower) {
            return;
        }
        let word = std::str::from_utf8(lower).unwrap_or_default();
        if INDONESIAN.contains(&word) {
            id += 1;
        } else if ENGLISH.contains(&word) {
            en += 1;
        }
    };
    for token in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let Some(word) = text.get(token.span.range()) else { continue };
        if word.bytes().all(|b| b.is_ascii_alphabetic()) {
            count(word);
        } else {
            word.split(|c: char| !c.is_alphabetic()).for_each(&mut count);
        }
    }
    if en > id { Lang::En } else { Lang::Id }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_function_words() {
        assert_eq!(detect("Pasukan itu dikirim ke Rusia pada tahun lalu dan"), Lang::Id);
        assert_eq!(detect("The troops were sent to Russia in the last year and"), Lang::En);
        assert_eq!(detect(""), Lang::Id);
        // Words split at apostrophes and marks, as runs of letters: "it's" holds "it".
        assert_eq!(detect("it's it’s dan"), Lang::En);
        assert_eq!(detect("dan10the the"), Lang::En);
    }

    #[test]
    fn parses_codes_and_names() {
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("indonesian".parse::<Lang>(), Ok(Lang::Id));
        assert!("fr".parse::<Lang>().is_err());
    }
}
