//! The languages canon reads, and how an article's language is told when nobody says.
//!
//! Detection counts function words of each language: they are frequent, short and almost never
//! shared between Indonesian and English, so a few sentences decide. Ties go to Indonesian, the
//! language of the first corpus; the detected language is always reported, so a wrong guess shows.

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use crate::ascii;
use crate::token::{Token, TokenKind, tokenize};

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

/// A word of one to eight ASCII letters as a number: its bytes lower-cased, the first in the
/// lowest byte (see [`ascii::letters_lowered`]). Function words are such words, and no two words
/// share a number.
fn key(word: &[u8]) -> Option<u64> {
    ascii::letters_lowered(ascii::block_at(word, 0), word.len())
}

/// Both lists by [`key`], in a table of 128 slots (open addressing): a word is looked up by one
/// multiplication and, mostly, one comparison. A slot holds the key (0 when empty) and whether
/// the word is English.
static FUNCTION_WORDS: LazyLock<[(u64, bool); 128]> = LazyLock::new(|| {
    let mut table = [(0, false); 128];
    let words = INDONESIAN.iter().map(|w| (w, false)).chain(ENGLISH.iter().map(|w| (w, true)));
    for (word, english) in words {
        let Some(key) = key(word.as_bytes()) else { continue };
        let mut slot = slot_of(key);
        while table[slot].0 != 0 {
            slot = (slot + 1) % table.len();
        }
        table[slot] = (key, english);
    }
    table
});

fn slot_of(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 57) as usize
}

/// Whether `word` is a function word of English (`Some(true)`) or Indonesian (`Some(false)`).
fn function_word(word: &[u8]) -> Option<bool> {
    function_word_of(key(word)?)
}

/// [`function_word`] of the word whose [`key`] is `key`.
fn function_word_of(key: u64) -> Option<bool> {
    let table = &*FUNCTION_WORDS;
    let mut slot = slot_of(key);
    loop {
        match table[slot] {
            (0, _) => return None,
            (k, english) if k == key => return Some(english),
            _ => slot = (slot + 1) % table.len(),
        }
    }
}

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
    // Function words of Indonesian, then of English.
    let mut counts = [0usize; 2];
    let mut count = |english: Option<bool>| {
        if let Some(english) = english {
            counts[usize::from(english)] += 1;
        }
    };
    let bytes = text.as_bytes();
    for token in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        // Most words are ASCII letters: those of up to eight are read as one number, which is
        // their key.
        let len = token.span.end - token.span.start;
        if len <= 8 {
            let block = ascii::block_at(bytes, token.span.start);
            if let Some(key) = ascii::letters_lowered(block, len) {
                count(function_word_of(key));
                continue;
            }
        }
        // A longer word of ASCII letters is no function word; any other is split into runs of
        // letters.
        let Some(word) = text.get(token.span.range()) else { continue };
        if ascii::letters(word.as_bytes()) != word.len() {
            for part in word.split(|c: char| !c.is_alphabetic()) {
                count(function_word(part.as_bytes()));
            }
        }
    }
    let [id, en] = counts;
    if en > id { Lang::En } else { Lang::Id }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Detection by its definition: every run of letters of every word token, looked up.
    fn counted_by_runs(text: &str) -> Lang {
        let (mut id, mut en) = (0, 0);
        for token in tokenize(text).iter().filter(|t| t.kind == TokenKind::Word) {
            for run in text[token.span.range()].split(|c: char| !c.is_alphabetic()) {
                let lower = run.to_ascii_lowercase();
                en += usize::from(run.is_ascii() && ENGLISH.contains(&lower.as_str()));
                id += usize::from(run.is_ascii() && INDONESIAN.contains(&lower.as_str()));
            }
        }
        if en > id { Lang::En } else { Lang::Id }
    }

    #[test]
    fn detection_counts_as_runs_of_letters_do() {
        // Words at the end of the text, of seven to nine letters, in capitals, with apostrophes,
        // marks and other scripts, and glued to digits.
        let pieces = [
            "the",
            "THE",
            "The ",
            "dan ",
            "DAN",
            "sebagai",
            "sebagaix",
            "sebagaixy",
            " ",
            "it's",
            "it’s",
            "yang",
            "\u{301}",
            "é",
            "ที่",
            "10",
            "and",
            ", ",
            "\n",
            "whichever",
            "Which",
        ];
        let mut english = 0;
        for n in 0..3000usize {
            let text: String =
                (0..n % 17).map(|k| pieces[(n * 11 + k * k * 5 + k) % pieces.len()]).collect();
            let expected = counted_by_runs(&text);
            english += usize::from(expected == Lang::En);
            assert_eq!(detect(&text), expected, "{text:?}");
        }
        assert!((500..2500).contains(&english), "{english} English");
    }

    #[test]
    fn detects_by_function_words() {
        assert_eq!(detect("Pasukan itu dikirim ke Rusia pada tahun lalu dan"), Lang::Id);
        assert_eq!(detect("The troops were sent to Russia in the last year and"), Lang::En);
        assert_eq!(detect(""), Lang::Id);
        // Words split at apostrophes and marks, as runs of letters: "it's" holds "it".
        assert_eq!(detect("it's it’s dan"), Lang::En);
        assert_eq!(detect("dan10the the"), Lang::En);
    }

    /// The table answers as the two lists do, for their words in any case and for every word of
    /// the seeds.
    #[test]
    fn the_table_of_function_words_agrees_with_the_lists() {
        let seeds = ["000_015d0fc2f736e994.txt", "001_f011f847b0c797aa.txt"]
            .map(|name| std::fs::read_to_string(format!("tests/articles/{name}")).unwrap());
        let mut words: Vec<String> =
            INDONESIAN.iter().chain(ENGLISH).map(|w| w.to_string()).collect();
        words.extend(words.clone().iter().map(|w| w.to_uppercase()));
        words.extend(
            seeds.iter().flat_map(|s| s.split(|c: char| !c.is_alphabetic()).map(String::from)),
        );
        words.extend(["", "yangg", "thé", "abcdefghi", "\u{0}"].map(String::from));
        for word in &words {
            let lower = word.to_ascii_lowercase();
            let expected = if !word.is_ascii() || word.len() > 8 {
                None
            } else if INDONESIAN.contains(&lower.as_str()) {
                Some(false)
            } else if ENGLISH.contains(&lower.as_str()) {
                Some(true)
            } else {
                None
            };
            assert_eq!(function_word(word.as_bytes()), expected, "{word:?}");
        }
    }

    #[test]
    fn parses_codes_and_names() {
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("indonesian".parse::<Lang>(), Ok(Lang::Id));
        assert!("fr".parse::<Lang>().is_err());
    }
}
