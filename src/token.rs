//! The tokenizer: an article's text as words, digit runs and punctuation, with byte spans.
//!
//! In: a text. Out: tokens in order, each with its span and whether white space stands before it.
//! It never interprets: "10.000" is one digit run whatever the language, "ke-4" is three tokens
//! (`ke`, `-`, `4`) with no space between them, and the parsers in `extract` decide what they mean.
//!
//! - A **word** is a run of letters and combining marks, with an apostrophe inside it kept
//!   (`Jum'at`, `Jum’at`). Letters of any script are letters: mixed-script words stay one token.
//! - A **digit run** is ASCII digits, with a single `.` or `,` between two digits kept inside
//!   ("10.000", "2,5", "1,200,000"). A full stop after a number ("sebanyak 600.") is punctuation.
//! - Anything else that is not white space is one **punctuation** token per character.

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Digits,
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
    /// White space (or the start of the text) stands right before this token.
    pub space_before: bool,
    /// A line break stands between the previous token and this one.
    pub newline_before: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_mark(c)
}

/// Combining marks (Thai vowels and tone marks, Latin diacritics written apart) belong to the
/// word they stand in.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    let mut space_before = true;
    let mut newline_before = false;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}' {
            space_before = true;
            newline_before |= c == '\n';
            continue;
        }
        let mut end = start + c.len_utf8();
        let kind = if is_word_char(c) {
            while let Some(&(i, next)) = chars.peek() {
                let inner_apostrophe = is_apostrophe(next)
                    && text[i + next.len_utf8()..].starts_with(char::is_alphabetic);
                if !(is_word_char(next) || inner_apostrophe) {
                    break;
                }
                chars.next();
                end = i + next.len_utf8();
            }
            TokenKind::Word
        } else if c.is_ascii_digit() {
            let bytes = text.as_bytes();
            while end < bytes.len() {
                let b = bytes[end];
                if b.is_ascii_digit() {
                    end += 1;
                } else if (b == b'.' || b == b',')
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
                    && bytes[end - 1].is_ascii_digit()
                {
                    end += 2;
                } else {
                    break;
                }
            }
            while chars.peek().is_some_and(|&(i, _)| i < end) {
                chars.next();
            }
            TokenKind::Digits
        } else {
            TokenKind::Punct
        };
        tokens.push(Token { kind, span: Span::new(start, end), space_before, newline_before });
        space_before = false;
        newline_before = false;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<String> {
        tokenize(text)
            .iter()
            .map(|t| {
                let kind = match t.kind {
                    TokenKind::Word => "w",
                    TokenKind::Digits => "d",
                    TokenKind::Punct => "p",
                };
                let space = if t.space_before { " " } else { "" };
                format!("{space}{kind}:{}", &text[t.span.range()])
            })
            .collect()
    }

    #[test]
    fn numbers_keep_their_separators_but_not_a_final_stop() {
        assert_eq!(show("sebanyak 600."), [" w:sebanyak", " d:600", "p:."]);
        assert_eq!(show("10.000 dan 2,5"), [" d:10.000", " w:dan", " d:2,5"]);
        assert_eq!(show("1.200.000,"), [" d:1.200.000", "p:,"]);
    }

    #[test]
    fn dates_and_hyphens_split_into_adjacent_tokens() {
        assert_eq!(show("(21/8/2025)"), [" p:(", "d:21", "p:/", "d:8", "p:/", "d:2025", "p:)"]);
        assert_eq!(show("ke-4 Covid-19"), [" w:ke", "p:-", "d:4", " w:Covid", "p:-", "d:19"]);
    }

    #[test]
    fn words_keep_apostrophes_and_marks() {
        assert_eq!(
            show("Jum'at Jum’at Tุมภาพันธ์ 'x'"),
            [" w:Jum'at", " w:Jum’at", " w:Tุมภาพันธ์", " p:'", "w:x", "p:'"]
        );
    }

    #[test]
    fn newlines_are_recorded() {
        let tokens = tokenize("a\nb c");
        assert!(!tokens[0].newline_before);
        assert!(tokens[1].newline_before);
        assert!(!tokens[2].newline_before);
    }
}
