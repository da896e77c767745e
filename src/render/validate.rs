//! `canon validate`'s report, as compilers show problems: the problem on one line
//! (`file:line:column: claim 'id': message`), the line of the canon with a caret under the
//! place, and a hint; then a closing count. Coloured when the binary says so.

use colored::Colorize;

use crate::span::LineIndex;
use crate::validate::{Problem, Report, Severity};

/// The whole report for the canon `text`.
pub fn report(path: &str, text: &str, report: &Report) -> String {
    let index = LineIndex::new(text);
    let mut out: String = report.problems.iter().map(|p| problem(text, &index, p)).collect();
    let s = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let counts = format!(
        "{}, {}",
        s(report.count(Severity::Error), "error"),
        s(report.count(Severity::Warning), "warning")
    );
    if report.claims == 0 && report.count(Severity::Error) > 0 {
        out.push_str(&format!("{path}: does not load: {counts}\n"));
    } else {
        out.push_str(&format!(
            "{path}: {}, {} run, {} tried: {counts}\n",
            s(report.claims, "claim"),
            s(report.examples, "example"),
            s(report.mutants, "mutant")
        ));
    }
    out
}

fn problem(text: &str, index: &LineIndex, p: &Problem) -> String {
    let severity = match p.severity {
        Severity::Error => p.severity.name().red().bold(),
        Severity::Warning => p.severity.name().yellow().bold(),
    };
    let mut out = format!("{severity}: {}\n", p.error);
    let line = p.error.line;
    if line > 0 {
        let source = index.line_text(text, line);
        let width = line.to_string().len();
        let pad = " ".repeat(width);
        let column = p.error.column.max(1);
        let before: String = source.chars().take(column - 1).collect();
        let marked = source.chars().skip(column - 1).take_while(|&c| !is_boundary(c)).count();
        let lead: String = before.chars().map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
        let bar = "|".blue().bold();
        out.push_str(&format!("{pad} {bar}\n{} {bar} {source}\n", line.to_string().blue().bold()));
        out.push_str(&format!("{pad} {bar} {lead}{}\n", "^".repeat(marked.max(1)).bold()));
        if let Some(hint) = &p.hint {
            out.push_str(&format!("{pad} {} {}: {hint}\n", "=".blue().bold(), "help".bold()));
        }
    } else if let Some(hint) = &p.hint {
        out.push_str(&format!("  {} {}: {hint}\n", "=".blue().bold(), "help".bold()));
    }
    out.push('\n');
    out
}

/// Where a caret run stops: the end of a YAML word.
fn is_boundary(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ':' | ']' | '}' | '{' | '[' | '#')
}
