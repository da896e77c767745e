//! The words and marks of a piece of a sentence, as the structure rules read them: lower case,
//! with where each stands. A word runs on over a hyphen ("luka-luka", "di-") and over a digit
//! group's mark ("13.000", "2,5"); every other character that is not white space is a mark.
//!
//! A word the text writes in lower case already is borrowed from the text: most words of a
//! sentence are, and a sentence read for its structure costs no allocation for them.

use std::borrow::Cow;

use crate::ascii;
use crate::lang::Lang;
use crate::span::Span;

/// A word, lower case, or a mark of punctuation, with where it stands in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Word<'t> {
    pub span: Span,
    /// The word in lower case; empty for a mark.
    lower: Cow<'t, str>,
    /// The mark, for punctuation.
    pub mark: Option<char>,
    /// The word starts with a capital letter.
    pub capital: bool,
}

impl Word<'_> {
    /// The word in lower case; empty for a mark.
    #[inline]
    pub fn lower(&self) -> &str {
        &self.lower
    }

    #[inline]
    pub fn is(&self, word: &str) -> bool {
        self.mark.is_none() && self.lower() == word
    }

    #[inline]
    pub fn is_any(&self, words: &[&str]) -> bool {
        self.mark.is_none() && words.contains(&self.lower())
    }

    #[inline]
    pub fn is_mark(&self, marks: &[char]) -> bool {
        self.mark.is_some_and(|m| marks.contains(&m))
    }

    pub fn is_number(&self) -> bool {
        self.mark.is_none() && self.lower().starts_with(|c: char| c.is_ascii_digit())
    }
}

/// The words and marks of `text[span]`, in order, their spans in `text`.
pub fn of(text: &str, span: Span) -> Vec<Word<'_>> {
    let piece = text.get(span.range()).unwrap_or("");
    if piece.is_ascii() { of_ascii(piece, span.start) } else { of_chars(piece, span.start) }
}

/// [`of`] a character at a time, for any text.
fn of_chars(piece: &str, offset: usize) -> Vec<Word<'_>> {
    let span = Span::new(offset, offset + piece.len());
    let mut out = Vec::with_capacity(piece.len() / 5);
    let mut chars = piece.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = at + c.len_utf8();
            while let Some(&(next, d)) = chars.peek() {
                let joins = d.is_alphanumeric() || {
                    let after = piece[next + d.len_utf8()..].chars().next();
                    after.is_some_and(char::is_alphanumeric)
                        && (matches!(d, '-' | '\'' | '’')
                            || (matches!(d, '.' | ',') && c.is_ascii_digit()))
                };
                if !joins {
                    break;
                }
                end = next + d.len_utf8();
                chars.next();
            }
            let word = &piece[at..end];
            let lower =
                if word.is_ascii() { ascii_lower(word) } else { word.to_lowercase().into() };
            let span = Span::new(span.start + at, span.start + end);
            out.push(Word { span, lower, mark: None, capital: c.is_uppercase() });
        } else if !c.is_whitespace() {
            let end = at + c.len_utf8();
            let span = Span::new(span.start + at, span.start + end);
            out.push(Word { span, lower: Cow::Borrowed(""), mark: Some(c), capital: false });
        }
    }
    out
}

/// [`of`] for a piece of ASCII text starting at `offset`: the same words, a byte at a time, and
/// the letters and digits of a word eight at a time.
fn of_ascii(piece: &str, offset: usize) -> Vec<Word<'_>> {
    let bytes = piece.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 5);
    let mut at = 0;
    while at < bytes.len() {
        let c = bytes[at];
        if c.is_ascii_alphanumeric() {
            let mut end = at + 1;
            loop {
                end += ascii::alphanumerics(&bytes[end..]);
                // A hyphen or an apostrophe joins the letters or digits after it; a digit
                // group's mark does in a word that starts with a digit.
                let Some(&d) = bytes.get(end) else { break };
                let after = bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric);
                let joins = after
                    && (matches!(d, b'-' | b'\'')
                        || (matches!(d, b'.' | b',') && c.is_ascii_digit()));
                if !joins {
                    break;
                }
                end += 2;
            }
            let span = Span::new(offset + at, offset + end);
            let lower = ascii_lower(&piece[at..end]);
            out.push(Word { span, lower, mark: None, capital: c.is_ascii_uppercase() });
            at = end;
        } else {
            if !c.is_ascii_whitespace() {
                let span = Span::new(offset + at, offset + at + 1);
                out.push(Word {
                    span,
                    lower: Cow::Borrowed(""),
                    mark: Some(char::from(c)),
                    capital: false,
                });
            }
            at += 1;
        }
    }
    out
}

/// An ASCII word in lower case: the word itself when it has no capital.
fn ascii_lower(word: &str) -> Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The words of `words` (in order) that start before `span`.
pub fn before<'w, 't>(words: &'w [Word<'t>], span: Span) -> &'w [Word<'t>] {
    &words[..words.partition_point(|w| w.span.start < span.start)]
}

/// The words of `words` (in order) that start at the end of `span` or after it.
pub fn after<'w, 't>(words: &'w [Word<'t>], span: Span) -> &'w [Word<'t>] {
    &words[words.partition_point(|w| w.span.start < span.end)..]
}

/// The word nearest before `span` that is not one of `passing` ("the", "be", auxiliaries).
pub fn nearest_before<'w, 't>(
    words: &'w [Word<'t>],
    span: Span,
    passing: &[&str],
) -> Option<&'w Word<'t>> {
    before(words, span).iter().rev().find(|w| !w.is_any(passing))
}

/// The words of `words` (in order) that stand wholly inside `span`.
pub fn within<'w, 't>(words: &'w [Word<'t>], span: Span) -> &'w [Word<'t>] {
    let from = words.partition_point(|w| w.span.start < span.start);
    let to = words.partition_point(|w| w.span.end <= span.end).max(from);
    &words[from..to]
}

/// The words at `span` are a modifier inside a name, not a word of the sentence's own: in
/// English, where a name's head comes last, a capitalised word followed by another ("Railway
/// Accident Investigation Board", "Maui Fire Department"); in Indonesian, where it comes
/// first, one after another ("Badan Nasional Penanggulangan Bencana"). The head of a name is
/// its own word ("the Key Bridge", "Lapas Tangerang"). A sentence written in title case, as a
/// headline is ("Fire Death Toll Rises to 36"), has no names told apart by their capitals.
pub fn inside_a_name(text: &str, words: &[Word], span: Span, lang: Lang) -> bool {
    let first = words.partition_point(|w| w.span.start < span.start);
    let last = words.partition_point(|w| w.span.end <= span.end);
    let Some(word) = words.get(first).filter(|w| w.capital && last > first) else {
        return false;
    };
    // An acronym ("SR", "BNPB") is a word of its own, and so is a symbol written with its
    // figure ("Gempa M 5,6", "M5.9").
    if text.get(span.range()).is_some_and(|cue| cue.contains(|c: char| c.is_ascii_digit())) {
        return false;
    }
    let written = text.get(word.span.range()).unwrap_or("");
    if written.chars().filter(|c| c.is_uppercase()).count() > 1 {
        return false;
    }
    let capital = |w: Option<&Word>| w.is_some_and(|w| w.mark.is_none() && w.capital);
    let neighbour = match lang {
        Lang::En => capital(words.get(last)),
        Lang::Id => first > 0 && capital(words.get(first - 1)),
    };
    neighbour && !title_case(words)
}

/// The sentence is written in title case, as a headline is ("Longsor Terjang Desa Situkung"):
/// four in five of its longer words capitalised. Its capitals tell no names from other words.
pub fn title_case(words: &[Word]) -> bool {
    let (mut long, mut capitals) = (0, 0);
    for w in words.iter().filter(|w| w.mark.is_none() && w.lower().len() >= 4) {
        long += 1;
        capitals += usize::from(w.capital);
    }
    capitals * 5 >= long * 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_run_over_hyphens_and_digit_marks() {
        let text = "x Korban luka-luka 13.000 orang, (33).";
        let found: Vec<String> = of(text, Span::new(2, text.len()))
            .iter()
            .map(|w| w.mark.map_or(w.lower().to_string(), String::from))
            .collect();
        assert_eq!(found, ["korban", "luka-luka", "13.000", "orang", ",", "(", "33", ")", "."]);
        assert_eq!(of(text, Span::new(2, 8))[0].span, Span::new(2, 8));
        assert!(of(text, Span::new(2, 8))[0].capital);
        let all = of(text, Span::new(2, text.len()));
        let inside: Vec<&str> = within(&all, Span::new(9, 25)).iter().map(Word::lower).collect();
        assert_eq!(inside, ["luka-luka", "13.000"]);
    }

    /// The byte loop for ASCII text reads what the character loop reads.
    #[test]
    fn ascii_words_are_read_as_any_others() {
        let pieces = [
            "Korban",
            " ",
            "luka-luka",
            "13.000",
            ",",
            "2,5",
            "-",
            "'",
            "x",
            ".",
            "(33)",
            "\t",
            "di-",
            "A.",
            "'s",
            "\n",
        ];
        for n in 0..3000usize {
            let mut k = n.wrapping_mul(2_654_435_761) % 1_000_000_007;
            let mut text = String::new();
            for _ in 0..8 {
                text.push_str(pieces[k % pieces.len()]);
                k /= 5;
                k += n;
            }
            assert_eq!(of_ascii(&text, 7), of_chars(&text, 7), "{text:?}");
        }
    }

    #[test]
    fn long_and_other_script_words_are_kept_whole() {
        let text = "Penanggulangannyaberkepanjangan ÉTAT Δέλτα";
        let found: Vec<String> =
            of(text, Span::new(0, text.len())).iter().map(|w| w.lower().to_string()).collect();
        assert_eq!(found, ["penanggulangannyaberkepanjangan", "état", "δέλτα"]);
    }
}
