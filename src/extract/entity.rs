//! Names of known entities: every mention of an alias, tagged with its entity's id.
//!
//! In: a list of (entity id, alias) pairs, given by the canon (extraction knows no names of its
//! own), and a text. Out: one [`Value::Entity`] mention per alias found on word boundaries.
//!
//! Which alias means whom is data. When aliases overlap, the longest one at the leftmost place
//! wins, so an alias list that knows "Ong Kim Swee" never reads the "Kim" inside it as another
//! entity's "Kim". Matching ignores case and Latin diacritics ("Zelenskyy" = "ZELENSKYY",
//! "Sao Paulo" = "São Paulo"), except where that is not safe:
//! - an alias written in capitals only ("AS", "NIS", "KCNA") matches only in capitals, so the
//!   Indonesian abbreviation "AS" never matches the English word "as";
//! - marks on letters of other scripts (Thai vowels, say) are kept: they are not diacritics.
//!
//! Runs of white space match one space, so a name broken across a line still matches.

use std::any::Any;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::ascii;
use crate::mention::{Mention, Value};
use crate::span::Span;
use crate::wordset;

/// The aliases of known entities, compiled once for matching.
#[derive(Clone, Debug, Default)]
pub struct Aliases {
    matcher: Option<wordset::Patterns>,
    /// Per pattern, in the order given.
    patterns: Vec<Pattern>,
    derived: Derived,
}

/// What a later stage derives from the aliases alone, built on first use and kept as long as
/// the aliases: the index of names that `misspelled-entity` searches. Building it for every
/// article made each article's cost grow with the canon's names; the aliases live as
/// long as the canon, so it is built once per canon. The slot is typed at run time so that
/// extraction need not know the checks that use it.
#[derive(Default)]
struct Derived(OnceLock<Box<dyn Any + Send + Sync>>);

impl Clone for Derived {
    /// A copy starts empty: it is derived again on first use.
    fn clone(&self) -> Derived {
        Derived::default()
    }
}

impl std::fmt::Debug for Derived {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.get().is_some() { "Derived(built)" } else { "Derived(empty)" })
    }
}

#[derive(Clone, Debug)]
struct Pattern {
    id: String,
    alias: String,
    /// An abbreviation in capitals: it must match exactly as written.
    exact: bool,
}

impl Aliases {
    /// Compiles `(entity id, alias)` pairs. Empty aliases are passed over.
    pub fn new<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Aliases {
        let mut needles = Vec::new();
        let mut patterns = Vec::new();
        for (id, alias) in pairs {
            let folded = Folded::new(alias.trim()).text;
            if folded.is_empty() {
                continue;
            }
            let alias = alias.trim();
            needles.push(folded);
            patterns.push(Pattern {
                id: id.to_string(),
                alias: alias.to_string(),
                exact: is_acronym(alias),
            });
        }
        // Building fails only for sizes far beyond any canon; no aliases then match.
        let matcher = (!needles.is_empty()).then(|| wordset::Patterns::new(&needles)).flatten();
        Aliases { matcher, patterns, derived: Derived::default() }
    }

    /// What `build` derives from these aliases, built once and kept. There is one slot: `None`
    /// when it already holds another type (the caller then builds its own).
    pub fn derived<T: Any + Send + Sync>(&self, build: impl FnOnce(&Aliases) -> T) -> Option<&T> {
        self.derived.0.get_or_init(|| Box::new(build(self))).downcast_ref()
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Every `(entity id, alias)` pair, in the order given.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.patterns.iter().map(|p| (p.id.as_str(), p.alias.as_str()))
    }

    /// The aliases that never name their own entity: each folds to the text of an alias of
    /// another entity given before it, which matches wherever it does (an abbreviation in
    /// capitals matches only where the other is written alike), so the words it matches are
    /// always read as the other's. Each as `(its index, the index of the alias read instead)`,
    /// indices into [`Aliases::iter`].
    pub fn shadowed(&self) -> Vec<(usize, usize)> {
        let mut by_text: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut out = Vec::new();
        for (i, p) in self.patterns.iter().enumerate() {
            let same = by_text.entry(Folded::new(&p.alias).text).or_default();
            let read_instead = same.iter().copied().find(|&j| {
                let other = &self.patterns[j];
                other.id != p.id && (!other.exact || other.alias == p.alias)
            });
            out.extend(read_instead.map(|j| (i, j)));
            same.push(i);
        }
        out
    }

    /// `text` folded as aliases are matched: lower case, without Latin diacritics, white space
    /// runs as one space.
    pub fn fold(text: &str) -> String {
        Folded::new(text).text
    }

    /// Appends a mention for every alias found in `text`.
    pub fn find(&self, text: &str, out: &mut Vec<Mention>) {
        let Some(matcher) = &self.matcher else { return };
        let folded = Folded::new(text);
        let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
        matcher.for_each(folded.text.as_bytes(), |start, end, pattern| {
            if !folded.on_word_boundaries(start, end) {
                return;
            }
            let original = &text[folded.original(start)..folded.original(end)];
            let alias = &self.patterns[pattern];
            if !alias.exact || alias.alias == original {
                candidates.push((start, end, pattern));
            }
        });
        // Leftmost first, then longest: the longer alias claims the words.
        candidates.sort_by_key(|&(start, end, pattern)| (start, std::cmp::Reverse(end), pattern));
        let mut taken_until = 0;
        for (start, end, pattern) in candidates {
            if start < taken_until {
                continue;
            }
            taken_until = end;
            let span = Span::new(folded.original(start), folded.original(end));
            out.push(Mention { span, value: Value::Entity(self.patterns[pattern].id.clone()) });
        }
    }
}

/// Two to six letters, all capitals: an abbreviation, matched as written.
fn is_acronym(alias: &str) -> bool {
    let letters = alias.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters) && alias.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// A text lower-cased, stripped of Latin diacritics and with white space runs folded to one
/// space, with the way back to the original's byte offsets.
struct Folded {
    text: String,
    /// For each byte of `text`, and one past its end: the original byte offset.
    origin: Vec<usize>,
}

impl Folded {
    fn new(original: &str) -> Folded {
        let bytes = original.as_bytes();
        // Built as bytes: runs of ASCII are copied lower-cased eight bytes at a time, and other
        // characters are written whole, so the bytes are UTF-8 throughout.
        let mut text: Vec<u8> = Vec::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        let mut last_latin = false;
        let mut in_space = false;
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            // A run of printable ASCII and single spaces folds to itself but for case: it is
            // copied lower-cased, byte for byte. A space that follows white space is not
            // copied, so it is left to the steps below.
            let run = if in_space && b == b' ' { 0 } else { ascii::words(&bytes[at..]) };
            if run > 0 {
                let copied = &bytes[at..at + run];
                ascii::push_lower(copied, &mut text);
                origin.extend(at..at + run);
                // White space leaves `last_latin` as it was.
                if let Some(&last) = copied.iter().rev().find(|&&b| b != b' ') {
                    last_latin = last.is_ascii_alphabetic();
                }
                in_space = copied[run - 1] == b' ';
                at += run;
                continue;
            }
            if ascii::is_space(b) {
                if !in_space {
                    text.push(b' ');
                    origin.push(at);
                }
                in_space = true;
                at += 1;
                continue;
            }
            let c = original[at..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            let here = at;
            at += c.len_utf8();
            if c.is_whitespace() {
                if !in_space {
                    push(&mut text, &mut origin, ' ', here);
                }
                in_space = true;
                continue;
            }
            in_space = false;
            if is_combining_mark(c) && last_latin {
                continue;
            }
            let mut base = None;
            decompose_canonical(c, |d| {
                if base.is_none() {
                    base = Some(d);
                }
            });
            let base = base.unwrap_or(c);
            let latin = base.is_ascii_alphabetic();
            let keep = if latin { base } else { c };
            for lower in keep.to_lowercase() {
                push(&mut text, &mut origin, lower, here);
            }
            last_latin = latin;
        }
        origin.push(original.len());
        // Whole characters only were written, so this never fails; were it to, nothing would
        // match rather than anything panic.
        let text = String::from_utf8(text).unwrap_or_default();
        Folded { text, origin }
    }

    fn original(&self, folded: usize) -> usize {
        self.origin
            .get(folded)
            .copied()
            .unwrap_or(usize::MAX)
            .min(*self.origin.last().unwrap_or(&0))
    }

    fn on_word_boundaries(&self, start: usize, end: usize) -> bool {
        let before = self.text[..start].chars().next_back();
        let after = self.text[end..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    }
}

fn push(text: &mut Vec<u8>, origin: &mut Vec<usize>, c: char, at: usize) {
    text.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
    origin.extend(std::iter::repeat_n(at, c.len_utf8()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(aliases: &Aliases, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        aliases.find(text, &mut out);
        out.iter()
            .map(|m| match &m.value {
                Value::Entity(id) => format!("{id}:{}", m.text(text)),
                other => format!("{other:?}"),
            })
            .collect()
    }

    fn story() -> Aliases {
        Aliases::new([
            ("kim-jong-un", "Kim Jong Un"),
            ("kim-jong-un", "Kim Jong-un"),
            ("kim-jong-un", "Kim"),
            ("ong-kim-swee", "Ong Kim Swee"),
            ("north-korea", "Korea Utara"),
            ("north-korea", "Korut"),
            ("united-states", "AS"),
            ("zelensky", "Zelensky"),
            ("zelensky", "Zelenskyy"),
            ("sao-paulo", "São Paulo"),
        ])
    }

    /// The fold by its definition, one character at a time: lower case, Latin letters without
    /// their marks, white space runs as one space; each byte mapped to where its character
    /// starts.
    fn fold_by_characters(original: &str) -> (String, Vec<usize>) {
        let (mut text, mut origin) = (String::new(), Vec::new());
        let (mut last_latin, mut in_space) = (false, false);
        for (at, c) in original.char_indices() {
            let mut put = |c: char| {
                text.push(c);
                origin.extend(std::iter::repeat_n(at, c.len_utf8()));
            };
            if c.is_whitespace() {
                if !in_space {
                    put(' ');
                }
                in_space = true;
                continue;
            }
            in_space = false;
            if is_combining_mark(c) && last_latin {
                continue;
            }
            let mut base = None;
            decompose_canonical(c, |d| {
                base.get_or_insert(d);
            });
            let latin = base.unwrap_or(c).is_ascii_alphabetic();
            let keep = if latin { base.unwrap_or(c) } else { c };
            keep.to_lowercase().for_each(&mut put);
            last_latin = latin;
        }
        origin.push(original.len());
        (text, origin)
    }

    #[test]
    fn folding_runs_of_ascii_agrees_with_folding_each_character() {
        let pieces = [
            "Kim",
            " ",
            "  ",
            "\t",
            "\n",
            "\r\n",
            "\u{a0}",
            "e",
            "\u{301}",
            "É",
            "ß",
            "İ",
            "ุ",
            "\u{1f}",
            "\u{7f}",
            "Jong-Un",
            ".",
            "ABCDEFGHIJ",
            "1234567",
        ];
        for n in 0..2000usize {
            let text: String =
                (0..(n % 23)).map(|k| pieces[(n * 7 + k * k * 3 + k) % pieces.len()]).collect();
            let folded = Folded::new(&text);
            assert_eq!((folded.text, folded.origin), fold_by_characters(&text), "{text:?}");
        }
    }

    #[test]
    fn longest_alias_wins_and_names_inside_other_names_do_not_match() {
        let aliases = story();
        assert_eq!(
            found(&aliases, "Pemimpin Korea Utara Kim Jong Un memuji"),
            ["north-korea:Korea Utara", "kim-jong-un:Kim Jong Un"]
        );
        assert_eq!(found(&aliases, "baca juga: Ong Kim Swee Resmi"), ["ong-kim-swee:Ong Kim Swee"]);
        assert_eq!(found(&aliases, "kata Kim. Kimberly, Kimchi"), ["kim-jong-un:Kim"]);
    }

    #[test]
    fn case_and_diacritics_fold_where_safe() {
        let aliases = story();
        assert_eq!(
            found(&aliases, "KOREA UTARA dan korut"),
            ["north-korea:KOREA UTARA", "north-korea:korut"]
        );
        assert_eq!(
            found(&aliases, "Sao Paulo, SÃO PAULO, São Paulo"),
            ["sao-paulo:Sao Paulo", "sao-paulo:SÃO PAULO", "sao-paulo:São Paulo"]
        );
        assert_eq!(found(&aliases, "Presiden AS, as it was"), ["united-states:AS"]);
        assert_eq!(
            found(&aliases, "Zelenskyy, Zelensky"),
            ["zelensky:Zelenskyy", "zelensky:Zelensky"]
        );
    }

    #[test]
    fn derived_values_are_built_once() {
        let aliases = story();
        let mut builds = 0;
        for _ in 0..3 {
            let count = aliases.derived(|a| {
                builds += 1;
                a.iter().count()
            });
            assert_eq!(count, Some(&10));
        }
        assert_eq!(builds, 1);
        assert_eq!(aliases.derived(|_| "another type"), None);
        assert_eq!(aliases.clone().derived(|_| 7usize), Some(&7));
    }

    /// An alias is shadowed exactly where matching gives its words to another entity.
    #[test]
    fn an_alias_another_entity_takes_first_is_shadowed() {
        let aliases = Aliases::new([
            ("abdul-muhari", "Abdul Muhari"),
            ("bnpb", "BNPB"),
            ("bnpb", "abdul  muhari"),
            ("muhari", "Abdul Muhári"),
            ("nis", "NIS"),
            ("other", "nis"),
            ("united-states", "AS"),
            ("us", "AS"),
        ]);
        assert_eq!(aliases.shadowed(), [(2, 0), (3, 0), (7, 6)]);
        assert_eq!(
            found(&aliases, "Abdul Muhari, abdul  muhari, Abdul Muhári; nis, NIS, AS"),
            [
                "abdul-muhari:Abdul Muhari",
                "abdul-muhari:abdul  muhari",
                "abdul-muhari:Abdul Muhári",
                "other:nis",
                "nis:NIS",
                "united-states:AS"
            ]
        );
    }

    #[test]
    fn white_space_runs_and_other_scripts() {
        let aliases = story();
        assert_eq!(found(&aliases, "Korea\n  Utara"), ["north-korea:Korea\n  Utara"]);
        assert_eq!(found(&aliases, "Tุมภาพันธ์ Korea Utara"), ["north-korea:Korea Utara"]);
        assert_eq!(found(&Aliases::default(), "Korea Utara"), Vec::<String>::new());
    }
}
