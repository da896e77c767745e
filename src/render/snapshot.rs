//! Plain text for the reviewed snapshots in `snapshots/`: no colour, no absolute paths, one
//! item per line in a fixed order, so the same inputs always give the same bytes.

use crate::article::Reading;
use crate::canon::Canon;
use crate::check::Checked;
use crate::finding::Status;
use crate::render::describe;
use crate::span::{LineIndex, Span};

/// What extraction read in one article: its language and date with their sources, then every
/// mention as `line:column kind value: "text"`.
pub fn extraction(text: &str, reading: &Reading) -> String {
    let index = LineIndex::new(text);
    let (language, date) = crate::render::language_and_date(reading);
    let mut out = format!("language: {language}\ndate: {date}\n");
    for mention in &reading.mentions {
        let p = index.position(text, mention.span.start);
        out.push_str(&format!("{}:{} {}\n", p.line, p.column, describe(mention, text)));
    }
    out
}

/// One article's findings, for `snapshots/<article stem>.snap`: the article's language and
/// date with their sources, a count per status, then every finding as a block.
pub fn findings(path: &str, checked: &Checked) -> String {
    let text = &checked.article.text;
    let reading = &checked.reading;
    let index = LineIndex::new(text);
    let (language, date) = crate::render::language_and_date(reading);
    let mut out = format!(
        "article: {path}\nlanguage: {language}\ndate: {date}\nfindings: {}\n",
        counts(checked)
    );
    for f in &checked.findings {
        let p = index.position(text, f.span.start);
        out.push_str(&format!(
            "\n{}:{} {}: {}\n  excerpt:  {:?}\n  found:    {}\n  expected: {}\n  reason:   {}\n",
            p.line,
            p.column,
            f.check,
            f.status.name(),
            excerpt(text, f.span),
            f.found,
            f.expected,
            f.message
        ));
    }
    out
}

/// "2 consistent, 1 discrepant": every status that occurs, worst last.
pub fn counts(checked: &Checked) -> String {
    let parts: Vec<String> = Status::ALL
        .iter()
        .map(|&s| (s, checked.count(s)))
        .filter(|&(_, n)| n > 0)
        .map(|(s, n)| format!("{n} {}", s.name()))
        .collect();
    if parts.is_empty() { "none".to_string() } else { parts.join(", ") }
}

/// The exact text of a span, with line breaks shown as spaces so it stays on one line.
pub fn excerpt(text: &str, span: Span) -> String {
    // The words joined by single spaces, built in one string: output writes an excerpt for
    // every finding.
    let words = text.get(span.range()).unwrap_or("");
    let mut out = String::with_capacity(words.len());
    for word in words.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The claim × article table of the corpus: for every claim, what each article states about it
/// (its status and the figure, date or source it states), one article per line, so that a
/// change in one cell is one line of the diff. Built-in checks are left out: they are in the
/// per-article snapshots.
pub fn corpus(canon: &Canon, names: &[String], articles: &[Checked]) -> String {
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let mut out = format!("claims: {}\narticles: {}\n", canon.claims.len(), articles.len());
    for claim in &canon.claims {
        out.push_str(&format!("\n{} ({})\n", claim.id, claim.value.kind()));
        for (name, checked) in names.iter().zip(articles) {
            let cells: Vec<String> = checked
                .findings
                .iter()
                .filter(|f| f.check == claim.id)
                .map(|f| format!("{} {}", f.status.name(), f.found))
                .collect();
            let cell = if cells.is_empty() { "-".to_string() } else { cells.join(" | ") };
            out.push_str(&format!("  {name:<width$}  {cell}\n"));
        }
    }
    out
}
