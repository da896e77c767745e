//! `canon check --format sarif`: SARIF 2.1.0, the format code-scanning dashboards read.
//!
//! One run whose tool is canon; its rules are the checks: every claim of the canon (the rule's
//! id is the claim's id, its description the claim's statement), then the built-in checks.
//! Every finding that is not consistent is a result, at its article's path, line and column
//! (columns count Unicode code points: `columnKind` says so), with a level from its status:
//! discrepant is `error`, outdated and warning are `warning`, unresolved is a `note`. The
//! result's message says what was found and what the canon holds; `properties.status` keeps
//! canon's own word. Written whole, at the end.

use serde_json::{Value as Json, json};

use crate::canon::Canon;
use crate::check::Checked;
use crate::finding::{Finding, Status};
use crate::render::snapshot::excerpt;
use crate::render::{Report, Tally, checks};
use crate::span::LineIndex;

/// The address of the schema SARIF files name.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub struct SarifReport {
    rules: Vec<String>,
    descriptions: Vec<String>,
    results: Vec<Json>,
}

impl SarifReport {
    pub fn new(canon: &Canon) -> SarifReport {
        let (rules, descriptions) =
            checks(canon).map(|(id, about)| (id.to_string(), about.to_string())).unzip();
        SarifReport { rules, descriptions, results: Vec::new() }
    }

    fn result(&self, checked: &Checked, index: &LineIndex, f: &Finding) -> Json {
        let text = &checked.article.text;
        let start = index.position(text, f.span.start);
        let end = index.position(text, f.span.end);
        let mut result = json!({
            "ruleId": f.check,
            "level": level(f.status),
            "message": {"text": message(f)},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": uri(&checked.article.path)},
                "region": {
                    "startLine": start.line,
                    "startColumn": start.column,
                    "endLine": end.line,
                    "endColumn": end.column,
                    "snippet": {"text": excerpt(text, f.span)},
                },
            }}],
            "properties": {"status": f.status.name()},
        });
        if let Some(n) = self.rules.iter().position(|r| *r == f.check) {
            result["ruleIndex"] = json!(n);
        }
        result
    }
}

impl Report for SarifReport {
    fn article(&mut self, checked: &Checked) -> String {
        let index = LineIndex::new(&checked.article.text);
        let results: Vec<Json> = checked
            .findings
            .iter()
            .filter(|f| f.status != Status::Consistent)
            .map(|f| self.result(checked, &index, f))
            .collect();
        self.results.extend(results);
        String::new()
    }

    fn finish(&mut self, _: &Tally) -> String {
        let rules: Vec<Json> = self
            .rules
            .iter()
            .zip(&self.descriptions)
            .map(|(id, text)| json!({"id": id, "shortDescription": {"text": text}}))
            .collect();
        let doc = json!({
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "canon",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }},
                "columnKind": "unicodeCodePoints",
                "results": std::mem::take(&mut self.results),
            }],
        });
        serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
    }
}

/// The SARIF level of a status.
pub fn level(status: Status) -> &'static str {
    match status {
        Status::Discrepant => "error",
        Status::Outdated | Status::Warning => "warning",
        Status::Unresolved => "note",
        Status::Consistent => "none",
    }
}

/// "reason (found: …; expected: …)": one line that stands on its own on a dashboard.
pub fn message(f: &Finding) -> String {
    format!("{} (found: {}; expected: {})", f.message, f.found, f.expected)
}

/// A path as a relative URI reference: forward slashes, spaces and `%` escaped.
fn uri(path: &str) -> String {
    path.replace('\\', "/").replace('%', "%25").replace(' ', "%20")
}
