//! `canon explain`'s report: for each article, the sentences where the claim's cues matched,
//! how its filters fared, the mentions weighed as its value (taken or passed over, and why),
//! and the finding. Plain text with positions as `line:column`; coloured when the binary says so.

use colored::Colorize;

use crate::canon::Claim;
use crate::check::explain::Trace;
use crate::mention::DateValue;
use crate::render::snapshot::excerpt;
use crate::span::{LineIndex, Span};

/// How much of a sentence is shown.
const SENTENCE_CHARS: usize = 100;

/// The claim's header: id, kind, statement, and its cues and filters.
pub fn claim(claim: &Claim) -> String {
    let mut out = format!("{} ({}): {}\n", claim.id.bold(), claim.value.kind(), claim.statement);
    for (lang, regex) in &claim.cues {
        out.push_str(&format!("  cues ({lang}): {}\n", regex.as_str()));
    }
    if let Some(subject) = &claim.subject {
        out.push_str(&format!("  subject: {subject}\n"));
    }
    if !claim.context.is_empty() {
        let any = if claim.context_any { "any of " } else { "" };
        out.push_str(&format!("  context: {any}{}\n", claim.context.join(", ")));
    }
    out
}

/// One article's trace.
pub fn trace(path: &str, text: &str, claim: &Claim, trace: &Trace) -> String {
    let index = LineIndex::new(text);
    let at = |span: Span| {
        let p = index.position(text, span.start);
        format!("{}:{}", p.line, p.column)
    };
    let date = trace.date.map_or("none".to_string(), |d| DateValue::Day(d).to_string());
    let mut out = format!(
        "\n{}: language {}, date {date} ({})\n",
        path.bold(),
        trace.language,
        trace.date_source.name()
    );
    if !trace.has_cues {
        out.push_str(&format!(
            "  the claim has no cues in '{}': it is never placed here\n",
            trace.language
        ));
        return out;
    }
    if trace.sentences.is_empty() {
        out.push_str("  no cue of the claim matches any sentence\n");
    }
    for s in &trace.sentences {
        let sentence = excerpt(text, s.span);
        let shown: String = sentence.chars().take(SENTENCE_CHARS).collect();
        let more = if sentence.chars().count() > SENTENCE_CHARS { "…" } else { "" };
        out.push_str(&format!("  {} sentence {:?}{more}\n", at(s.span).dimmed(), shown));
        out.push_str(&format!("    cue {:?} at {}\n", excerpt(text, s.cue), at(s.cue)));
        for filter in s.subject.iter().chain(&s.context) {
            let mark = if filter.passed { "passes".green() } else { "fails".red() };
            out.push_str(&format!("    {mark}: {}\n", filter.detail));
        }
        if !s.placed {
            out.push_str("    not placed: the claim is not checked in this sentence\n");
            continue;
        }
        for c in &s.candidates {
            let verdict = if c.taken { "taken".green() } else { "passed over".yellow() };
            out.push_str(&format!(
                "    {} {:?} at {}: {verdict}: {}\n",
                c.role,
                excerpt(text, c.span),
                at(c.span),
                c.why
            ));
        }
        match &s.finding {
            Some(f) => out.push_str(&format!(
                "    => {} at {}: found {}; expected {}; {}\n",
                f.status.name().bold(),
                at(f.span),
                f.found,
                f.expected,
                f.message
            )),
            None => out.push_str(&format!(
                "    => no finding: nothing here states the claim's {}\n",
                match claim.value.kind() {
                    "quantity" => "figure",
                    "event" => "date, ordinal or place",
                    _ => "source",
                }
            )),
        }
    }
    let summary: Vec<&str> = trace.findings.iter().map(|f| f.status.name()).collect();
    out.push_str(&format!(
        "  {} finding{}{}\n",
        trace.findings.len(),
        if trace.findings.len() == 1 { "" } else { "s" },
        if summary.is_empty() { String::new() } else { format!(": {}", summary.join(", ")) }
    ));
    out
}
