//! The languages canon reads, and how an article's language is told when nobody says.
//!
//! Detection counts function words of each language: they are frequent, short and almost never
//! shared between Indonesian and English, so a few sentences decide. Ties go to Indonesian, the
//! language of the first corpus; the detected language is always reported, so a wrong guess shows.

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

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
    let (mut id, mut en) = (0usize, 0usize);
    // The function words are short and ASCII: other words are passed over without being
    // lower-cased, and the short ones are lower-cased in place, with no allocation.
    let mut lower = [0u8; 8];
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty() && w.len() <= 8) {
        if !word.is_ascii() {
            continue;
        }
        let lower = &mut lower[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        if !FUNCTION_WORDS.may_hold(lower) {
            continue;
        }
        let word = std::str::from_utf8(lower).unwrap_or_default();
        if INDONESIAN.contains(&word) {
            id += 1;
        } else if ENGLISH.contains(&word) {
            en += 1;
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
    }

    #[test]
    fn parses_codes_and_names() {
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("indonesian".parse::<Lang>(), Ok(Lang::Id));
        assert!("fr".parse::<Lang>().is_err());
    }
}
