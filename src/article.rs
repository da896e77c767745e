//! Articles: a file's text, its optional front matter, and what is known of it before any claim
//! is checked: its language, its date, and where each of them came from.
//!
//! In: a path and its bytes. Out: an [`Article`], or an [`Error`] naming the file, line and
//! column (a binary file, bad UTF-8, bad front matter). An empty file is an article with nothing
//! in it ([`Article::is_blank`] says so); a byte-order mark is dropped; CRLF line ends are read
//! as line ends (a lone CR is white space). [`Article::read`] then extracts the article's mentions
//! and settles its date, in this order of trust:
//! 1. `--date` given on the command line (`option`);
//! 2. `date:` in the front matter (`front-matter`);
//! 3. a header line near the top, such as "date 2025-09-04" (`header`);
//! 4. the first full date the text states: its dateline, or failing that the first dated event
//!    (`dateline`);
//! 5. none: relative dates then stay unresolved.
//!
//! Front matter is a YAML block between `---` lines at the very top: `date`, `language`,
//! `source`, `title`. Its lines keep their numbers: spans are offsets into the whole file.

use std::path::Path;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use serde::Deserialize;

use crate::error::Error;
use crate::extract::{Aliases, extract_part, resolve_dates};
use crate::lang::{self, Lang};
use crate::mention::{DateExpr, DateValue, Mention, Value};
use crate::span::Span;
use crate::token::{Token, tokenize};

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    date: Option<String>,
    language: Option<String>,
    source: Option<String>,
    title: Option<String>,
}

/// An article as loaded: its text and what its front matter says.
#[derive(Clone, Debug)]
pub struct Article {
    /// The path as the user named it ("-" for standard input).
    pub path: String,
    pub text: String,
    /// Where the article's own text starts (after the front matter).
    pub body_start: usize,
    pub date: Option<NaiveDate>,
    pub language: Option<Lang>,
    pub source: Option<String>,
    pub title: Option<String>,
}

/// What the user set for an article on the command line, over anything the article says.
#[derive(Clone, Copy, Debug, Default)]
pub struct Overrides {
    pub language: Option<Lang>,
    pub date: Option<NaiveDate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateSource {
    Option,
    FrontMatter,
    Header,
    Dateline,
    None,
}

impl DateSource {
    pub fn name(self) -> &'static str {
        match self {
            DateSource::Option => "option",
            DateSource::FrontMatter => "front-matter",
            DateSource::Header => "header",
            DateSource::Dateline => "dateline",
            DateSource::None => "none",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangSource {
    Option,
    FrontMatter,
    Detected,
}

impl LangSource {
    pub fn name(self) -> &'static str {
        match self {
            LangSource::Option => "option",
            LangSource::FrontMatter => "front-matter",
            LangSource::Detected => "detected",
        }
    }
}

/// An article read: its language and date settled, its mentions extracted and resolved.
#[derive(Clone, Debug)]
pub struct Reading {
    pub language: Lang,
    pub language_source: LangSource,
    pub date: Option<NaiveDate>,
    pub date_source: DateSource,
    /// Spans are offsets into the article's whole text.
    pub mentions: Vec<Mention>,
    /// The tokens of the whole text, front matter included (tokenized apart from the body),
    /// made once for extraction and for the checks that walk the words.
    pub tokens: Vec<Token>,
}

impl Article {
    /// Reads the file at `path`.
    pub fn load(path: &Path) -> Result<Article, Error> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path)
            .map_err(|e| Error::file(&name, format!("cannot read: {}", io_message(&e))))?;
        Article::from_bytes(&name, bytes)
    }

    /// An article from raw bytes, which must be UTF-8 text.
    ///
    /// A NUL byte never stands in text: a file that holds one is binary (an image, a PDF, a
    /// word-processor file saved under the wrong name) and is refused as such, naming the first
    /// one, rather than read as a stream of odd characters that yields nothing. Invalid UTF-8 is
    /// refused with its byte offset. Both errors carry the line and column of the bad byte.
    pub fn from_bytes(path: &str, bytes: Vec<u8>) -> Result<Article, Error> {
        if let Some(at) = memchr::memchr(0, &bytes) {
            let (line, column) = place_of_byte(&bytes, at);
            return Err(Error::new(
                path,
                line,
                column,
                format!("not a text file: NUL byte at byte offset {at}"),
            ));
        }
        match String::from_utf8(bytes) {
            Ok(text) => Article::parse(path, text),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let (line, column) = place_of_byte(e.as_bytes(), at);
                Err(Error::new(path, line, column, format!("invalid UTF-8 at byte offset {at}")))
            }
        }
    }

    /// An article from its text; fails only on bad front matter.
    ///
    /// A byte-order mark at the start is dropped: it is an encoding mark, not text, and left in
    /// it would count as a character in the columns of the first line.
    pub fn parse(path: &str, mut text: String) -> Result<Article, Error> {
        if text.starts_with('\u{FEFF}') {
            text.drain(..'\u{FEFF}'.len_utf8());
        }
        let (front, body_start) = match front_matter(&text) {
            None => (FrontMatter::default(), 0),
            Some((yaml, start_line, body_start)) => {
                let front = crate::yaml::parse::<Option<FrontMatter>>(yaml).map_err(|e| {
                    Error::new(
                        path,
                        e.line + start_line - 1,
                        e.column,
                        format!("front matter: {}", e.message),
                    )
                })?;
                (front.unwrap_or_default(), body_start)
            }
        };
        let at = |key: &str| {
            let line = text[..body_start].lines().position(|l| l.starts_with(key)).unwrap_or(0) + 1;
            (line, key.len() + 2)
        };
        let date = match &front.date {
            None => None,
            Some(raw) => Some(NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| {
                let (line, column) = at("date:");
                Error::new(
                    path,
                    line,
                    column,
                    format!("front matter: '{raw}' is not a date (YYYY-MM-DD)"),
                )
            })?),
        };
        let language = match &front.language {
            None => None,
            Some(raw) => Some(raw.parse::<Lang>().map_err(|message| {
                let (line, column) = at("language:");
                Error::new(path, line, column, format!("front matter: {message}"))
            })?),
        };
        Ok(Article {
            path: path.to_string(),
            text,
            body_start,
            date,
            language,
            source: front.source,
            title: front.title,
        })
    }

    /// The article's own text, after the front matter.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// The article has no text of its own (an empty file, or front matter alone): reading it
    /// finds nothing, which a caller may want to say rather than count it as checked.
    pub fn is_blank(&self) -> bool {
        self.body().trim().is_empty()
    }

    /// Settles the language and date, extracts every mention and resolves relative dates.
    pub fn read(&self, aliases: &Aliases, overrides: Overrides) -> Reading {
        let body = self.body();
        // The front matter and the body apart, as if each were the whole text: a token never
        // runs from one into the other.
        let mut tokens = tokenize(&self.text[..self.body_start]);
        let front = tokens.len();
        tokens.extend(tokenize(body).into_iter().map(|mut token| {
            token.span =
                Span::new(token.span.start + self.body_start, token.span.end + self.body_start);
            token
        }));
        let (language, language_source) = match (overrides.language, self.language) {
            (Some(lang), _) => (lang, LangSource::Option),
            (None, Some(lang)) => (lang, LangSource::FrontMatter),
            (None, None) => (lang::detect_in(&self.text, &tokens[front..]), LangSource::Detected),
        };
        let mut mentions =
            extract_part(&self.text, self.body_start, &tokens[front..], language, aliases);
        let (date, date_source) = if let Some(date) = overrides.date {
            (Some(date), DateSource::Option)
        } else if let Some(date) = self.date {
            (Some(date), DateSource::FrontMatter)
        } else if let Some(date) = header_date(body) {
            (Some(date), DateSource::Header)
        } else if let Some(date) = first_full_date(&mentions) {
            (Some(date), DateSource::Dateline)
        } else {
            (None, DateSource::None)
        };
        resolve_dates(&mut mentions, date);
        Reading { language, language_source, date, date_source, mentions, tokens }
    }
}

/// The YAML between the opening and closing `---` lines, the line it starts on, and where the
/// body starts; `None` when the text does not open with front matter.
fn front_matter(text: &str) -> Option<(&str, usize, usize)> {
    let rest = text.strip_prefix("---\n").or_else(|| text.strip_prefix("---\r\n"))?;
    let yaml_start = text.len() - rest.len();
    let mut at = yaml_start;
    for line in rest.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            return Some((&text[yaml_start..at], 2, at + line.len()));
        }
        at += line.len();
    }
    None
}

/// "date 2025-09-04", "Date: 2025-09-04" or "tanggal 2025-09-04" on one of the first lines.
fn header_date(body: &str) -> Option<NaiveDate> {
    static HEADER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:date|tanggal)\s*:?\s*(\d{4}-\d{2}-\d{2})\b").expect("valid regex")
    });
    body.lines()
        .filter(|line| !line.trim().is_empty())
        .take(3)
        .find_map(|line| HEADER.captures(line))
        .and_then(|caps| NaiveDate::parse_from_str(&caps[1], "%Y-%m-%d").ok())
}

/// The first date with day, month and year that the text states.
fn first_full_date(mentions: &[Mention]) -> Option<NaiveDate> {
    mentions.iter().find_map(|m| match m.value {
        Value::Date(d) => match d.expr {
            DateExpr::Absolute(DateValue::Day(date)) => Some(date),
            _ => None,
        },
        _ => None,
    })
}

/// The 1-based line and column (in characters; an invalid byte counts as one) of byte `at`.
fn place_of_byte(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = String::from_utf8_lossy(&bytes[..at.min(bytes.len())]);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// An IO error's message without the "(os error 2)" suffix, lower case.
pub(crate) fn io_message(error: &std::io::Error) -> String {
    let message = error.to_string();
    let message = message.split(" (os error").next().unwrap_or(&message).to_string();
    let mut chars = message.chars();
    chars.next().map_or(message.clone(), |c| c.to_lowercase().collect::<String>() + chars.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article::parse("a.txt", text.to_string()).unwrap()
    }

    #[test]
    fn front_matter_is_read_and_left_out_of_the_body() {
        let a = article("---\ndate: 2025-09-04\nlanguage: en\nsource: https://x\n---\nBody.\n");
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 9, 4));
        assert_eq!(a.language, Some(Lang::En));
        assert_eq!(a.body(), "Body.\n");
        assert_eq!(article("no front matter\n---\n").body_start, 0);
    }

    #[test]
    fn bad_front_matter_names_the_line() {
        let error =
            Article::parse("a.txt", "---\nlanguage: id\ndtae: 2025\n---\n".into()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "a.txt:3:1: front matter: unknown field `dtae`, expected one of `date`, `language`, `source`, `title`"
        );
        let error = Article::parse("a.txt", "---\ndate: 2025-02-30\n---\n".into()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "a.txt:2:7: front matter: '2025-02-30' is not a date (YYYY-MM-DD)"
        );
    }

    #[test]
    fn invalid_utf8_names_the_byte_offset() {
        let error = Article::from_bytes("a.txt", b"ab\ncd\xffe".to_vec()).unwrap_err();
        assert_eq!(error.to_string(), "a.txt:2:3: invalid UTF-8 at byte offset 5");
    }

    #[test]
    fn the_date_comes_from_the_most_trusted_source() {
        let none = Aliases::default();
        let header = article(" date 2025-09-04 DUNIA\nText.\n");
        let reading = header.read(&none, Overrides::default());
        assert_eq!(
            (reading.date, reading.date_source),
            (NaiveDate::from_ymd_opt(2025, 9, 4), DateSource::Header)
        );
        let forced =
            Overrides { date: NaiveDate::from_ymd_opt(2020, 1, 1), language: Some(Lang::En) };
        let reading = header.read(&none, forced);
        assert_eq!(reading.date_source, DateSource::Option);
        assert_eq!(reading.language_source, LangSource::Option);
        let reading = article("Tidak ada tanggal di sini.").read(&none, Overrides::default());
        assert_eq!((reading.date, reading.date_source), (None, DateSource::None));
        assert_eq!((reading.language, reading.language_source), (Lang::Id, LangSource::Detected));
    }
}
