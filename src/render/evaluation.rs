//! The evaluation's report: per story and half, how many real errors canon caught and how many
//! of its alarms were false ([`header`], [`row`]); and, for tuning, every false alarm and missed error of
//! an article with the line it stands in ([`misses`]). Plain text, the same bytes every run.

use std::fmt::Write;

use crate::evaluate::{Half, Label, Scored, Tally, Verdict};
use crate::span::Span;

/// The header of the report's table, over a [`row`] per story and half.
pub fn header() -> String {
    format!(
        "{:<22} {:<6} {:>4} {:>6} {:>6} {:>6} {:>6} {:>9} {:>9} {:>9}",
        "story",
        "half",
        "arts",
        "errors",
        "caught",
        "alarms",
        "false",
        "precision",
        "recall",
        "coverage"
    )
}

/// One row: a story (or "all stories") in one half (or "both").
pub fn row(name: &str, half: &str, t: &Tally) -> String {
    let percent = |r: Option<f64>| r.map_or("-".to_string(), |r| format!("{:.1}%", r * 100.0));
    format!(
        "{:<22} {:<6} {:>4} {:>6} {:>6} {:>6} {:>6} {:>9} {:>9} {:>9}",
        name,
        half,
        t.articles,
        t.errors,
        t.caught,
        t.alarms,
        t.false_alarms,
        percent(t.precision()),
        percent(t.recall()),
        percent(t.coverage()),
    )
}

/// The sum of the articles of `scored` in `half`.
pub fn tally(scored: &[Scored], half: Half) -> Tally {
    let mut t = Tally::default();
    for s in scored.iter().filter(|s| s.annotated.half == half) {
        t.add(Tally::of(s));
    }
    t
}

/// Every false alarm and missed error of an article, each with the line it stands in, and with
/// `true_alarms` the true alarms too; empty when there is none of them.
pub fn misses(s: &Scored, true_alarms: bool) -> String {
    let mut out = String::new();
    let text = &s.annotated.article.text;
    let line_of = |span: Span| {
        let start = text[..span.start].rfind('\n').map_or(0, |n| n + 1);
        let end = text[span.end..].find('\n').map_or(text.len(), |n| span.end + n);
        &text[start..end]
    };
    let id = &s.annotated.id;
    // Writing to a String cannot fail.
    for &(n, verdict) in &s.alarms {
        let f = &s.findings[n];
        let what = match verdict {
            Verdict::True if !true_alarms => continue,
            Verdict::True => "true alarm",
            Verdict::OnLabel(Label::Ok) => "false alarm on an ok statement",
            Verdict::OnLabel(_) => "false alarm on a soft statement",
            Verdict::Unannotated => "false alarm on no statement",
        };
        let _ = writeln!(
            out,
            "{id}: {what}: {} {} {:?}",
            f.status.name(),
            f.check,
            &text[f.span.range()]
        );
        let _ = writeln!(out, "    found {}; expected {}; {}", f.found, f.expected, f.message);
        let _ = writeln!(out, "    | {}", line_of(f.span));
    }
    for (i, st) in s.annotated.statements.iter().enumerate() {
        if st.label == Label::Flag && !s.caught[i] {
            let said: Vec<String> = (s.findings.iter())
                .filter(|f| f.check == st.check && f.span.overlaps(st.span))
                .map(|f| format!("{} ({})", f.status.name(), f.message))
                .collect();
            let _ = writeln!(
                out,
                "{id}: missed {} {:?}: {}",
                st.check,
                &text[st.span.range()],
                st.reason
            );
            if !said.is_empty() {
                let _ = writeln!(out, "    canon said {}", said.join("; "));
            }
            let _ = writeln!(out, "    | {}", line_of(st.span));
        }
    }
    out
}
