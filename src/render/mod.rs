//! Rendering: findings and mentions turned into text for people and into JSON for tools.
//!
//! Only this module knows about colour and JSON. Positions arrive as byte spans and become
//! line:column here, through [`crate::span::LineIndex`].
//!
//! `canon check` writes through a [`Report`]: one type per format, each in its own file
//! (`human`, `json`, `jsonl`, `sarif`, `github`, `html`); the binary only chooses one and writes what it
//! returns, article by article, so a streaming format reaches its reader as each article ends.

pub mod evaluation;
pub mod explain;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod sarif;
pub mod snapshot;
pub mod validate;

use crate::canon::Canon;
use crate::check::Checked;
use crate::check::builtin::BUILTINS;
use crate::mention::{Amount, DateValue, Mention, Value, weekday_name};

/// What a run of `canon check` saw: for the closing line and the exit code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Articles checked.
    pub checked: usize,
    /// Articles passed over: blank (nothing but white space and front matter).
    pub skipped: usize,
    /// Articles or folders that could not be read: missing, unreadable, not text, not UTF-8,
    /// bad front matter. Each is reported on standard error, and the exit code is 2.
    pub failed: usize,
    /// Discrepant findings, over all articles.
    pub discrepant: usize,
}

impl Tally {
    /// Counts one checked article.
    pub fn add(&mut self, checked: &Checked) {
        self.checked += 1;
        self.discrepant += checked.count(crate::finding::Status::Discrepant);
    }
}

/// An output format of `canon check`. Each call returns the text to write at once: after each
/// article in input order, then once at the end.
pub trait Report {
    fn article(&mut self, checked: &Checked) -> String;
    fn finish(&mut self, tally: &Tally) -> String;
}

/// Every check a finding may name, in a fixed order: the canon's claims (id and statement),
/// then the built-in checks (name and summary).
pub fn checks(canon: &Canon) -> impl Iterator<Item = (&str, &str)> {
    let claims = canon.claims.iter().map(|c| (c.id.as_str(), c.statement.as_str()));
    claims.chain(BUILTINS.iter().map(|b| (b.name, b.summary)))
}

/// How an article's language and date were settled, as output shows them:
/// ("id (detected)", "2025-08-21 (dateline)").
pub fn language_and_date(reading: &crate::article::Reading) -> (String, String) {
    let date = reading.date.map_or("none".to_string(), |d| DateValue::Day(d).to_string());
    (
        format!("{} ({})", reading.language, reading.language_source.name()),
        format!("{date} ({})", reading.date_source.name()),
    )
}

/// A number as people write it in output: integers without a decimal point, others in their
/// shortest exact form ("10000", "2.5").
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        // The text of `{value:.0}`, written as the integer it is: formatting a float with a
        // precision costs several times more, and findings write a few numbers each.
        if value == 0.0 && value.is_sign_negative() {
            return "-0".to_string();
        }
        (value as i64).to_string()
    } else {
        format!("{value}")
    }
}

/// A mention on one line, without its position: `kind value details: "text"`.
///
/// This is the notation of `canon extract --format human` and of the extraction tests:
/// `quantity 10000 more-than noun=pasukan: "lebih dari 10 ribu pasukan"`,
/// `date 2024-06 relative: "Juni tahun lalu"`, `weekday thursday date=2025-08-21: "Kamis"`.
pub fn describe(mention: &Mention, text: &str) -> String {
    let kind = mention.kind().name();
    let details = match &mention.value {
        Value::Quantity(q) => {
            let mut s = match q.amount {
                Amount::Exact(v) => number(v),
                Amount::Range(lo, hi) => format!("{}..{} range", number(lo), number(hi)),
                Amount::Vague(v) => format!("{} vague", v.name()),
            };
            if q.qualifier != Default::default() {
                s = format!("{s} {}", q.qualifier.name());
            }
            if let Some(noun) = &q.noun {
                s = format!("{s} noun={noun}");
            }
            if let Some(unit) = q.unit {
                s = format!("{s} unit={unit}");
            }
            s
        }
        Value::Date(d) => {
            let value = d.value.map_or("unresolved".to_string(), |v| v.to_string());
            let precision = d.value.map(|v| v.precision());
            let week =
                if precision == Some(crate::mention::Precision::Week) { " week" } else { "" };
            let relative = if d.expr.is_relative() { " relative" } else { "" };
            format!("{value}{week}{relative}")
        }
        Value::Weekday(w) => match (w.beside, w.date) {
            (_, Some(date)) => format!("{} date={date}", weekday_name(w.day)),
            (Some(_), None) => format!("{} date=unresolved", weekday_name(w.day)),
            (None, None) => weekday_name(w.day).to_string(),
        },
        Value::Time(t) => {
            let mut s = crate::clock::describe(t.written);
            if t.hedge != crate::mention::TimeHedge::Exact {
                s = format!("{s} {}", t.hedge.name());
            }
            s = format!("{s} {}", t.precision.name());
            if let Some(zone) = t.zone {
                s = format!("{s} zone={}", zone.name);
            }
            if let Some(day) = t.day {
                s = format!("{s} day={:?}", text.get(day.range()).unwrap_or(""));
            }
            s
        }
        Value::Ordinal(n) => n.to_string(),
        Value::Entity(id) => id.clone(),
    };
    format!("{kind} {details}: {:?}", mention.text(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_written_as_a_float_with_no_decimals_would_be() {
        let mut values = vec![0.0, -0.0, 1.0, -1.0, 999_999_999_999_999.0, -999_999_999_999_999.0];
        values.extend((0..50).map(|e| 2f64.powi(e)));
        values.extend((0..15).map(|e| -(10f64.powi(e))));
        values.extend([10_000.0, 600.0, 4_100.0, 12_345_678.0]);
        for value in values {
            assert_eq!(number(value), format!("{value:.0}"), "{value:?}");
        }
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(1e15), "1000000000000000");
        assert_eq!(number(0.1 + 0.2), "0.30000000000000004");
    }
}
