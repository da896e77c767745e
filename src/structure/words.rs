//! The words and marks of a piece of a sentence, as the structure rules read them: lower case,
//! with where each stands. A word runs on over a hyphen ("luka-luka", "di-") and over a digit
//! group's mark ("13.000", "2,5"); every other character that is not white space is a mark.

use crate::span::Span;

/// A word, lower case, or a mark of punctuation, with where it stands in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    pub span: Span,
    /// The word in lower case; empty for a mark.
    pub lower: String,
    /// The mark, for punctuation.
    pub mark: Option<char>,
    /// The word starts with a capital letter.
    pub capital: bool,
}

impl Word {
    pub fn is(&self, word: &str) -> bool {
        self.mark.is_none() && self.lower == word
    }

    pub fn is_any(&self, words: &[&str]) -> bool {
        self.mark.is_none() && words.contains(&self.lower.as_str())
    }

    pub fn is_mark(&self, marks: &[char]) -> bool {
        self.mark.is_some_and(|m| marks.contains(&m))
    }

    pub fn is_number(&self) -> bool {
        self.mark.is_none() && self.lower.starts_with(|c: char| c.is_ascii_digit())
    }
}

/// The words and marks of `text[span]`, in order, their spans in `text`.
pub fn of(text: &str, span: Span) -> Vec<Word> {
    let piece = text.get(span.range()).unwrap_or("");
    let mut out = Vec::new();
    let mut chars = piece.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = at + c.len_utf8();
            while let Some(&(next, d)) = chars.peek() {
                let after = piece[next + d.len_utf8()..].chars().next();
                let joins = d.is_alphanumeric()
                    || (after.is_some_and(char::is_alphanumeric)
                        && (matches!(d, '-' | '\'' | '’')
                            || (matches!(d, '.' | ',') && c.is_ascii_digit())));
                if !joins {
                    break;
                }
                end = next + d.len_utf8();
                chars.next();
            }
            out.push(Word {
                span: Span::new(span.start + at, span.start + end),
                lower: piece[at..end].to_lowercase(),
                mark: None,
                capital: c.is_uppercase(),
            });
        } else if !c.is_whitespace() {
            let end = at + c.len_utf8();
            out.push(Word {
                span: Span::new(span.start + at, span.start + end),
                lower: String::new(),
                mark: Some(c),
                capital: false,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_run_over_hyphens_and_digit_marks() {
        let text = "x Korban luka-luka 13.000 orang, (33).";
        let found: Vec<String> = of(text, Span::new(2, text.len()))
            .iter()
            .map(|w| w.mark.map_or(w.lower.clone(), String::from))
            .collect();
        assert_eq!(found, ["korban", "luka-luka", "13.000", "orang", ",", "(", "33", ")", "."]);
        assert_eq!(of(text, Span::new(2, 8))[0].span, Span::new(2, 8));
        assert!(of(text, Span::new(2, 8))[0].capital);
    }
}
