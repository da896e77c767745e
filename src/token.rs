//! The tokenizer: an article's text as words, digit runs and punctuation, with byte spans.
//!
//! In: a text. Out: tokens in order, each with its span and whether white space stands before it.
//! It never interprets: "10.000" is one digit run whatever the language, "ke-4" is three tokens
//! (`ke`, `-`, `4`) with no space between them, and the parsers in `extract` decide what they mean.
//!
//! - A **word** is a run of letters and combining marks, with an apostrophe inside it kept
//!   (`Jum'at`, `Jum’at`). Letters of any script are letters: mixed-script words stay one token.
//! - A **digit run** is decimal digits, with a single `.` or `,` between two digits kept inside
//!   ("10.000", "2,5", "1,200,000"). A full stop after a number ("sebanyak 600.") is punctuation.
//!   Digits of other scripts are digits too (full-width "１０", Arabic-Indic "٣٠٠", Devanagari,
//!   Thai, Javanese …: see [`digit_value`]), and so are the full-width point and comma. A run
//!   also goes on across one non-breaking, narrow, thin, figure or zero-width space followed by
//!   exactly three digits and no more ("10\u{a0}000"), after a group of one to three digits: that
//!   is thousands grouping and nothing else. An ordinary space never joins two runs ("pada 2019
//!   100 orang" is two numbers). [`fold_digits`] writes such a run in ASCII for the parsers.
//! - Anything else that is not white space is one **punctuation** token per character.

use crate::ascii;
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

/// The value of a decimal digit of any of the scripts news in our languages may quote: ASCII,
/// full-width (as Chinese and Japanese text writes them), Arabic-Indic and Extended Arabic-Indic,
/// N'Ko, the Brahmic scripts of South and South-East Asia (Devanagari to Sinhala, Thai, Lao,
/// Tibetan, Myanmar, Khmer), Mongolian, Balinese and Javanese. Other `Nd` digits are rare enough
/// in Indonesian and English news to be left as punctuation (they yield no number).
pub fn digit_value(c: char) -> Option<u32> {
    const ZEROS: &[u32] = &[
        0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66,
        0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0x1B50, 0xA9D0,
        0xFF10,
    ];
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let code = c as u32;
    let zero = ZEROS.iter().rev().find(|&&z| z <= code)?;
    let value = code - zero;
    (value < 10).then_some(value)
}

/// A decimal point or a thousands separator between two digits: `.` and `,`, full-width too.
fn is_digit_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '\u{FF0E}' | '\u{FF0C}')
}

/// A space that groups thousands and nothing else: no-break (U+00A0), figure (U+2007), thin
/// (U+2009), narrow no-break (U+202F) and zero-width (U+200B), as word processors and
/// typographers write "10 000".
fn is_group_space(c: char) -> bool {
    matches!(c, '\u{A0}' | '\u{2007}' | '\u{2009}' | '\u{202F}' | '\u{200B}')
}

fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// The end of the digit run that starts at `start` (on a digit). One pass over the run: every
/// character is looked at a bounded number of times, so a million digits cost a million steps.
fn digit_run_end(text: &str, start: usize) -> usize {
    let mut end = start;
    // Digits since the start of the run or its last separator.
    let mut group = 0usize;
    loop {
        let mut rest = text[end..].chars();
        let Some(c) = rest.next() else { break };
        if is_digit(c) {
            group += 1;
        } else if (is_digit_separator(c) && group > 0 && rest.next().is_some_and(is_digit))
            || (is_group_space(c) && (1..=3).contains(&group) && three_digits_end(rest))
        {
            group = 0;
        } else {
            break;
        }
        end += c.len_utf8();
    }
    end
}

/// `rest` opens with exactly three digits, and no fourth.
fn three_digits_end(mut rest: std::str::Chars) -> bool {
    (0..3).all(|_| rest.next().is_some_and(is_digit)) && !rest.next().is_some_and(is_digit)
}

/// A digit run as the number parsers read it, when it is not plain ASCII: digits as ASCII
/// digits, full-width separators as `.` and `,`, and a grouping space as the separator that
/// groups thousands in `group_with` (`.` in Indonesian, `,` in English), so that "10\u{a0}000"
/// reads as 10000 in both languages and never as a year. `None` when the run is ASCII already.
pub fn fold_digits(run: &str, group_with: char) -> Option<String> {
    if run.is_ascii() {
        return None;
    }
    Some(
        run.chars()
            .map(|c| match c {
                '\u{FF0E}' => '.',
                '\u{FF0C}' => ',',
                c if is_group_space(c) => group_with,
                c => digit_value(c).and_then(|d| char::from_digit(d, 10)).unwrap_or(c),
            })
            .collect(),
    )
}

/// Splits `text` into tokens.
///
/// ASCII is classified byte by byte, and only other characters are decoded. Both paths follow
/// the same rules (a character's class never depends on how it is stored), so the tokens are
/// those of a walk over the characters.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut space_before = true;
    let mut newline_before = false;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let start = at;
        let kind = if b.is_ascii_alphabetic() {
            at = word_end(text, at + 1);
            TokenKind::Word
        } else if b.is_ascii() {
            if ascii::is_space(b) {
                space_before = true;
                newline_before |= b == b'\n';
                at += 1;
                continue;
            }
            if b.is_ascii_digit() {
                at = digit_run_end(text, start);
                TokenKind::Digits
            } else {
                at += 1;
                TokenKind::Punct
            }
        } else {
            let c = text[at..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            at += c.len_utf8();
            if c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}' {
                space_before = true;
                continue;
            }
            if is_word_char(c) {
                at = word_end(text, at);
                TokenKind::Word
            } else if digit_value(c).is_some() {
                at = digit_run_end(text, start);
                TokenKind::Digits
            } else {
                TokenKind::Punct
            }
        };
        tokens.push(Token { kind, span: Span::new(start, at), space_before, newline_before });
        space_before = false;
        newline_before = false;
    }
    tokens
}

/// The end of the word whose first character ends at `at`: word characters, and apostrophes
/// with a letter right after them.
fn word_end(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        at += ascii::letters(bytes.get(at..).unwrap_or_default());
        let Some(&b) = bytes.get(at) else { return at };
        // An ASCII character other than a letter or an apostrophe ends the word.
        if b.is_ascii() && b != b'\'' {
            return at;
        }
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            text[at..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER)
        };
        let next = at + c.len_utf8();
        let inner_apostrophe = is_apostrophe(c) && text[next..].starts_with(char::is_alphabetic);
        if !(is_word_char(c) || inner_apostrophe) {
            return at;
        }
        at = next;
    }
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
