//! The JSON that other tools read. Its shapes are contracts: fields are only ever added.
//!
//! `canon extract --format json` writes one [`Extraction`]:
//!
//! ```json
//! {"path": "tests/articles/000.txt", "language": "id", "language_source": "detected",
//!  "date": "2025-08-21", "date_source": "dateline",
//!  "mentions": [{"kind": "quantity", "text": "lebih dari 10 ribu pasukan", "line": 14,
//!                "column": 85, "value": 10000, "qualifier": "more-than", "noun": "pasukan"}]}
//! ```
//!
//! A mention has `kind` (number, quantity, date, weekday, time, ordinal, entity), its exact `text`, its
//! 1-based `line` and `column` (in characters), and a `value`:
//! - number and quantity: a JSON number; `null` for a vague amount ("ribuan"), which has
//!   `"qualifier": "vague"` and `"vague": "thousands"`. Quantities always have a `qualifier`
//!   (exact, approx, more-than, at-least, fewer-than, up-to, range, vague); a range also has
//!   `value_max`. Optional: `noun` (what is counted), `unit` (a measure: "hour", "percent"; such
//!   a number has kind `number`).
//! - date: "YYYY", "YYYY-MM" or "YYYY-MM-DD" at the precision written, with `precision` (year,
//!   month, week, day; a week is named by its Monday). A relative date has `resolved_from` (the
//!   expression) once resolved, and `value: null` while it cannot be (no article date).
//! - weekday: the English name in lower case; `date` is the date written beside it, if any.
//! - time: "HH:MM" on the writer's clock, or "HH:MM–HH:MM" for a part of the day (which may
//!   run past midnight), with `precision` (minute, hour, part-of-day); optional: `qualifier`
//!   (approx, after, before, bound: since or until), `zone` ("WIB", "EDT", "local time"), and
//!   `day`, the text of the date or weekday it is written with.
//! - ordinal: the number; entity: the entity's id.

use serde::Serialize;
use serde_json::Value as Json;

use crate::article::Reading;
use crate::check::Checked;
use crate::mention::{Amount, DateValue, Mention, Value, weekday_name};
use crate::render::{Report, Tally};
use crate::span::LineIndex;

#[derive(Serialize)]
pub struct Extraction<'a> {
    pub path: &'a str,
    pub language: &'static str,
    pub language_source: &'static str,
    pub date: Option<String>,
    pub date_source: &'static str,
    pub mentions: Vec<MentionJson<'a>>,
}

#[derive(Serialize)]
pub struct MentionJson<'a> {
    kind: &'static str,
    text: &'a str,
    line: usize,
    column: usize,
    value: Json,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_max: Option<Json>,
    #[serde(skip_serializing_if = "Option::is_none")]
    qualifier: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vague: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    noun: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    precision: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    resolved_from: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    zone: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<&'a str>,
}

/// An article's date as "YYYY-MM-DD": the text of chrono's `%Y-%m-%d`, written without
/// parsing a format string (see [`DateValue`]'s `Display`).
fn day(date: chrono::NaiveDate) -> String {
    DateValue::Day(date).to_string()
}

/// A number as JSON: an integer when it is one, so 10000 is never written 10000.0.
pub fn number(value: f64) -> Json {
    if value.fract() == 0.0 && value.abs() < 9_007_199_254_740_992.0 {
        Json::from(value as i64)
    } else {
        serde_json::Number::from_f64(value).map_or(Json::Null, Json::Number)
    }
}

impl<'a> Extraction<'a> {
    pub fn new(path: &'a str, text: &'a str, reading: &'a Reading) -> Extraction<'a> {
        let index = LineIndex::new(text);
        Extraction {
            path,
            language: reading.language.code(),
            language_source: reading.language_source.name(),
            date: reading.date.map(day),
            date_source: reading.date_source.name(),
            mentions: reading.mentions.iter().map(|m| mention(m, text, &index)).collect(),
        }
    }
}

fn mention<'a>(m: &'a Mention, text: &'a str, index: &LineIndex) -> MentionJson<'a> {
    let position = index.position(text, m.span.start);
    let mut json = MentionJson {
        kind: m.kind().name(),
        text: m.text(text),
        line: position.line,
        column: position.column,
        value: Json::Null,
        value_max: None,
        qualifier: None,
        vague: None,
        noun: None,
        unit: None,
        precision: None,
        resolved_from: None,
        date: None,
        zone: None,
        day: None,
    };
    match &m.value {
        Value::Quantity(q) => {
            let is_count = q.is_count();
            match q.amount {
                Amount::Exact(v) => {
                    json.value = number(v);
                    let hedged = q.qualifier != Default::default();
                    json.qualifier = (is_count || hedged).then_some(q.qualifier.name());
                }
                Amount::Range(lo, hi) => {
                    json.value = number(lo);
                    json.value_max = Some(number(hi));
                    json.qualifier = Some("range");
                }
                Amount::Vague(v) => {
                    json.qualifier = Some("vague");
                    json.vague = Some(v.name());
                }
            }
            json.noun = q.noun.as_deref();
            json.unit = q.unit;
        }
        Value::Date(d) => {
            json.value = d.value.map_or(Json::Null, |v| Json::from(v.to_string()));
            json.precision = d.value.map(|v| v.precision().name());
            json.resolved_from = (d.expr.is_relative() && d.value.is_some()).then(|| m.text(text));
        }
        Value::Weekday(w) => {
            json.value = Json::from(weekday_name(w.day));
            json.date = w.date.map(|d| d.to_string());
        }
        Value::Time(t) => {
            json.value = Json::from(crate::clock::describe(t.written));
            json.precision = Some(t.precision.name());
            json.qualifier = (t.hedge != crate::mention::TimeHedge::Exact).then(|| t.hedge.name());
            json.zone = t.zone.map(|z| z.name);
            json.day = t.day.and_then(|d| text.get(d.range()));
        }
        Value::Ordinal(n) => json.value = Json::from(*n),
        Value::Entity(id) => json.value = Json::from(id.as_str()),
    }
    json
}

/// `canon check --format json`:
///
/// ```json
/// {"articles": [{"path": "tests/articles/003.txt", "date": "2025-04-29",
///   "date_source": "dateline", "language": "id",
///   "findings": [{"check": "weekday-mismatch", "status": "discrepant", "line": 4,
///                 "column": 143, "excerpt": "Senin", "found": "monday",
///                 "expected": "tuesday", "message": "…"}]}]}
/// ```
///
/// `status` is one of consistent, discrepant, outdated, unresolved, warning. Findings come in
/// the order of the article's text. After the articles, `summary` counts the articles
/// `checked`, `skipped` (blank) and `failed` (unreadable; each reported on standard error), and
/// the `discrepant` findings. `canon check --format jsonl` writes the same article objects, one
/// per line, as each article is checked.
#[derive(Serialize)]
pub struct Check {
    pub articles: Vec<ArticleJson>,
    pub summary: Summary,
}

/// The counts of a run, as in [`crate::render::Tally`].
#[derive(Serialize)]
pub struct Summary {
    pub checked: usize,
    pub skipped: usize,
    pub failed: usize,
    pub discrepant: usize,
}

/// One article of [`Check`]: owned, so a report can keep it after the article is gone.
#[derive(Serialize)]
pub struct ArticleJson {
    path: String,
    date: Option<String>,
    date_source: &'static str,
    language: &'static str,
    findings: Vec<FindingJson>,
}

#[derive(Serialize)]
struct FindingJson {
    check: String,
    status: &'static str,
    line: usize,
    column: usize,
    excerpt: String,
    found: String,
    expected: String,
    message: String,
}

impl ArticleJson {
    pub fn new(checked: &Checked) -> ArticleJson {
        let text = &checked.article.text;
        let index = LineIndex::new(text);
        ArticleJson {
            path: checked.article.path.clone(),
            date: checked.reading.date.map(day),
            date_source: checked.reading.date_source.name(),
            language: checked.reading.language.code(),
            findings: checked
                .findings
                .iter()
                .map(|f| {
                    let p = index.position(text, f.span.start);
                    FindingJson {
                        check: f.check.clone(),
                        status: f.status.name(),
                        line: p.line,
                        column: p.column,
                        excerpt: crate::render::snapshot::excerpt(text, f.span),
                        found: f.found.clone(),
                        expected: f.expected.clone(),
                        message: f.message.clone(),
                    }
                })
                .collect(),
        }
    }
}

/// `canon check --format json`: the whole [`Check`] document, written at the end.
#[derive(Default)]
pub struct JsonReport {
    articles: Vec<ArticleJson>,
}

impl Report for JsonReport {
    fn article(&mut self, checked: &Checked) -> String {
        self.articles.push(ArticleJson::new(checked));
        String::new()
    }

    fn finish(&mut self, tally: &Tally) -> String {
        let summary = Summary {
            checked: tally.checked,
            skipped: tally.skipped,
            failed: tally.failed,
            discrepant: tally.discrepant,
        };
        let check = Check { articles: std::mem::take(&mut self.articles), summary };
        serde_json::to_string_pretty(&check).unwrap_or_default() + "\n"
    }
}
