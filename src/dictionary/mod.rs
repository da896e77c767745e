//! The common words of each language: is a word of a text a word of the language, or another
//! word than its dictionary has (a name, a typo)?
//!
//! Each list is a data file of this folder, built into the library (`include_str!`), so that
//! every machine reads a text to the same findings: `en.txt` from SCOWL (Debian's `wamerican`),
//! `id.txt` from the Indonesian dictionary of LibreOffice (Debian's `hunspell-id`), each kept to
//! its words of four letters or more written in lower-case letters only (no names, no
//! abbreviations), one a line, sorted. `scripts/wordlists.sh` makes them again; `README.md`
//! beside them says where they come from and under which licence.
//!
//! A word of the text is a word of the language when it is in the list, or when the list has a
//! root whose family ([`crate::canon::family`]) has it: "tabungan" (savings) is "tabung" with
//! -an, "pengungsian" is "ungsi" with peng- and -an, "stopped" is "stop" with -ed. The lists are
//! read on first use, once per process.

use std::sync::LazyLock;

use crate::canon::family;
use crate::lang::Lang;

/// The fewest letters a word of the lists has: shorter words are too often a name's piece or
/// an abbreviation ("Rob", "Jin") to tell one from a word.
pub const MIN_LETTERS: usize = 4;

static EN: LazyLock<Vec<&'static str>> = LazyLock::new(|| lines(include_str!("en.txt")));
static ID: LazyLock<Vec<&'static str>> = LazyLock::new(|| lines(include_str!("id.txt")));

fn lines(text: &'static str) -> Vec<&'static str> {
    let mut words: Vec<&str> = text.lines().filter(|w| !w.is_empty()).collect();
    // Sorted by the script already; sorted again so that a hand-edited list cannot break the
    // search by halving.
    words.sort_unstable();
    words.dedup();
    words
}

fn list(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &EN,
        Lang::Id => &ID,
    }
}

/// The list of `lang` has `word` (in lower case) as it is.
fn listed(word: &str, lang: Lang) -> bool {
    word.len() >= MIN_LETTERS && list(lang).binary_search(&word).is_ok()
}

/// Letters that Indonesian me-/pe- drop before their nasal ("menembak" of "tembak"), put back to
/// find the root.
const DROPPED: [&str; 5] = ["", "k", "p", "t", "s"];

/// `word` is a word of `lang`: in its list, or a form of a root in it. Case does not count; a
/// word with anything but ASCII letters is none.
pub fn is_word(word: &str, lang: Lang) -> bool {
    if word.len() < MIN_LETTERS || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let word = word.to_ascii_lowercase();
    if listed(&word, lang) {
        return true;
    }
    // The roots the word may be built on: itself less a start (Indonesian prefixes, with the
    // letter a nasal drops put back) and less an end (suffixes, inflections, with an English
    // root's final e or y put back); each found in the list is asked of the family, which
    // decides.
    let n = word.len();
    let (starts, ends, put_back): (usize, usize, &[&str]) = match lang {
        Lang::Id => (7, 7, &[""]),
        Lang::En => (0, 4, &["", "e", "y"]),
    };
    for start in 0..=starts.min(n) {
        for end in 0..=ends.min(n - start) {
            if start == 0 && end == 0 {
                continue;
            }
            let stem = &word[start..n - end];
            let fronts: &[&str] = if lang == Lang::Id && start > 0 { &DROPPED } else { &[""] };
            for front in fronts {
                for back in put_back {
                    let root = format!("{front}{stem}{back}");
                    if listed(&root, lang) && family::is_member(&word, &root, lang) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted_lower_case_words() {
        for lang in Lang::ALL {
            let words = list(lang);
            assert!(words.len() > 20_000, "{lang:?}");
            assert!(
                words
                    .iter()
                    .all(|w| w.len() >= MIN_LETTERS && w.bytes().all(|b| b.is_ascii_lowercase()))
            );
        }
    }

    #[test]
    fn words_and_their_forms() {
        for word in ["tabungan", "gabungan", "pengungsian", "mengirim", "Kanan", "Sumber", "rapi"] {
            assert!(is_word(word, Lang::Id), "{word}");
        }
        for word in ["abbot", "stopped", "carries", "evacuating", "Towers", "ocean"] {
            assert!(is_word(word, Lang::En), "{word}");
        }
    }

    #[test]
    fn names_and_typos_are_no_words() {
        for word in ["Laksmana", "Candrawati", "Tinur", "Kementrian", "Yoshua", "kan", "", "ab-c"] {
            assert!(!is_word(word, Lang::Id), "{word}");
        }
        for word in ["Uvarde", "Champlin", "Nargolet", "Washinton", "rob", "café"] {
            assert!(!is_word(word, Lang::En), "{word}");
        }
    }
}
