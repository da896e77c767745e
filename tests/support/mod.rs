//! What the extraction tests share: one helper that reads a text and describes each mention.
#![allow(dead_code)]

use canon::extract::{Aliases, extract, resolve_dates};
use canon::lang::Lang;
use canon::mention::Kind;
use canon::render::describe;
use chrono::NaiveDate;

/// Every mention in `text` as one line each (see `canon::render::describe`), relative dates
/// resolved against `date` ("YYYY-MM-DD") when given.
pub fn read(text: &str, lang: Lang, date: Option<&str>) -> Vec<String> {
    read_with(text, lang, date, &Aliases::default())
}

pub fn read_with(text: &str, lang: Lang, date: Option<&str>, aliases: &Aliases) -> Vec<String> {
    let reference = date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("test date"));
    let mut mentions = extract(text, lang, aliases);
    resolve_dates(&mut mentions, reference);
    mentions.iter().map(|m| describe(m, text)).collect()
}

/// Like [`read`], keeping only the mentions of the given kinds.
pub fn read_kinds(text: &str, lang: Lang, date: Option<&str>, kinds: &[Kind]) -> Vec<String> {
    let reference = date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("test date"));
    let mut mentions = extract(text, lang, &Aliases::default());
    resolve_dates(&mut mentions, reference);
    mentions.iter().filter(|m| kinds.contains(&m.kind())).map(|m| describe(m, text)).collect()
}
