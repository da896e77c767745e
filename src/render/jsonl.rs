//! `canon check --format jsonl`: one JSON object per line, one line per article, written as
//! each article is checked, in input order. Each line is an article object of the `json`
//! format's contract (see [`crate::render::json::Check`]): `{"path", "date", "date_source",
//! "language", "findings": […]}`. Nothing is written at the end.
//!
//! A line is written straight from the article and its findings, with the bytes
//! `serde_json::to_string` gives for [`ArticleJson`](crate::render::json::ArticleJson): same
//! fields in the same order, same escapes. Building the owned `ArticleJson` copied every string
//! of every finding, and serde_json's escaping looks up a table for every byte: this writer
//! takes less than half of their instructions per article. A test holds the two to the same
//! bytes.

use std::fmt::Write;

use crate::check::Checked;
use crate::mention::DateValue;
use crate::render::snapshot::excerpt;
use crate::render::{Report, Tally};
use crate::span::LineIndex;

pub struct JsonlReport;

impl Report for JsonlReport {
    fn article(&mut self, checked: &Checked) -> String {
        let text = &checked.article.text;
        let reading = &checked.reading;
        let index = LineIndex::new(text);
        // Findings take 250 bytes each on average; one allocation is then enough for most.
        let mut out = String::with_capacity(256 + 320 * checked.findings.len());
        out.push_str("{\"path\":");
        push_str(&mut out, &checked.article.path);
        out.push_str(",\"date\":");
        match reading.date {
            Some(date) => push_str(&mut out, &DateValue::Day(date).to_string()),
            None => out.push_str("null"),
        }
        out.push_str(",\"date_source\":");
        push_str(&mut out, reading.date_source.name());
        out.push_str(",\"language\":");
        push_str(&mut out, reading.language.code());
        out.push_str(",\"findings\":[");
        for (n, f) in checked.findings.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            let p = index.position(text, f.span.start);
            out.push_str("{\"check\":");
            push_str(&mut out, &f.check);
            out.push_str(",\"status\":");
            push_str(&mut out, f.status.name());
            out.push_str(",\"line\":");
            // Writing into a `String` cannot fail.
            let _ = write!(out, "{}", p.line);
            out.push_str(",\"column\":");
            let _ = write!(out, "{}", p.column);
            out.push_str(",\"excerpt\":");
            push_str(&mut out, &excerpt(text, f.span));
            out.push_str(",\"found\":");
            push_str(&mut out, &f.found);
            out.push_str(",\"expected\":");
            push_str(&mut out, &f.expected);
            out.push_str(",\"message\":");
            push_str(&mut out, &f.message);
            out.push('}');
        }
        out.push_str("]}\n");
        out
    }

    fn finish(&mut self, _: &Tally) -> String {
        String::new()
    }
}

/// A byte that a JSON string cannot hold as it is: `"`, `\` and the control characters below
/// U+0020. Every other character, U+007F and U+2028 included, is written as it is.
fn must_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// `s` as a JSON string, escaped as serde_json escapes it: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`,
/// `\t`, and `\u00XX` (lower-case hex) for the other control characters.
///
/// Most strings have nothing to escape. They are tested 16 bytes at a time (the compiler makes
/// the test of a block a few vector instructions), the last bytes padded with spaces into a
/// block of their own, and only a block with something to escape is looked at byte by byte.
fn push_str(out: &mut String, s: &str) {
    const BLOCK: usize = 16;
    out.push('"');
    let bytes = s.as_bytes();
    // `s[written..]` is still to be written. Every byte escaped is ASCII, so `written` and the
    // offsets of escaped bytes all fall on character boundaries.
    let mut written = 0;
    let mut block = |at: usize, block: &[u8; BLOCK]| {
        if !block.iter().fold(false, |any, &b| any | must_escape(b)) {
            return;
        }
        for (i, &b) in bytes.iter().enumerate().skip(at).take(BLOCK) {
            if must_escape(b) {
                out.push_str(&s[written..i]);
                push_escape(out, b);
                written = i + 1;
            }
        }
    };
    let (blocks, rest) = bytes.as_chunks::<BLOCK>();
    for (n, b) in blocks.iter().enumerate() {
        block(n * BLOCK, b);
    }
    if !rest.is_empty() {
        let mut last = [b' '; BLOCK];
        last[..rest.len()].copy_from_slice(rest);
        block(bytes.len() - rest.len(), &last);
    }
    out.push_str(&s[written..]);
    out.push('"');
}

fn push_escape(out: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match b {
        b'"' => out.push_str("\\\""),
        b'\\' => out.push_str("\\\\"),
        0x08 => out.push_str("\\b"),
        0x0c => out.push_str("\\f"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        b'\t' => out.push_str("\\t"),
        _ => {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Overrides};
    use crate::canon::Canon;
    use crate::finding::{Finding, Status};
    use crate::render::json::ArticleJson;
    use crate::span::Span;

    fn serde(checked: &Checked) -> String {
        serde_json::to_string(&ArticleJson::new(checked)).expect("serializes") + "\n"
    }

    /// On every article of the tests, the line is the one serde_json writes for the article
    /// object of the `json` format.
    #[test]
    fn lines_are_the_json_formats_article_objects() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let canon = Canon::load(&root.join("claims.yaml")).expect("the canon loads");
        let mut findings = 0;
        for entry in std::fs::read_dir(root.join("tests/articles")).expect("articles") {
            let article = Article::load(&entry.expect("entry").path()).expect("article");
            let checked = crate::check::check_article(&canon, article, Overrides::default());
            findings += checked.findings.len();
            assert_eq!(JsonlReport.article(&checked), serde(&checked));
        }
        assert!(findings > 20, "the articles have {findings} findings");
    }

    /// Every character that needs an escape, and many that do not, at every place around the
    /// 16-byte blocks the escaping tests at once, are written as serde_json writes them.
    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let text = "Kamis,\t21/8/2025 \r\n\"kutipan\"\u{a0}dan\u{2028}Tุมภา\\ 😀\u{7f}\u{1}\n";
        let article = Article::from_bytes("a \"b\"\\c\u{1b}.txt", text.as_bytes().to_vec());
        let article = article.expect("the article reads");
        let canon =
            Canon::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("claims.yaml"))
                .expect("the canon loads");
        let mut checked = crate::check::check_article(&canon, article, Overrides::default());
        let mut odd: String = (0u8..0x80).map(char::from).collect();
        odd.push_str("é\u{85}\u{2029}ุ😀\"\\");
        let text = checked.article.text.clone();
        let len = text.len();
        for n in 0..70 {
            let message: String = odd.chars().cycle().skip(n).take(n % 37 + n).collect();
            let start = (n * 7) % len;
            let start = (0..=start).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            let end = (start + n % 19).min(len);
            let end = (end..=len).find(|&i| text.is_char_boundary(i)).unwrap_or(len);
            checked.findings.push(Finding {
                check: message.chars().rev().collect(),
                status: Status::ALL[n % Status::ALL.len()],
                span: Span::new(start, end),
                found: "x".repeat(n) + &message,
                expected: message.clone() + &"y".repeat(n),
                message,
            });
        }
        assert_eq!(JsonlReport.article(&checked), serde(&checked));
        checked.reading.date = None;
        checked.findings.clear();
        assert_eq!(JsonlReport.article(&checked), serde(&checked));
    }
}
