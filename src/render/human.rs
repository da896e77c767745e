//! Output for people at a terminal: one line per mention or finding, coloured when the binary
//! says so (through `colored`'s global switch, which only the binary sets).

use colored::Colorize;

use crate::article::Reading;
use crate::canon::Canon;
use crate::check::{Checked, coverage};
use crate::finding::Status;
use crate::mention::Mention;
use crate::render::snapshot::{counts, excerpt};
use crate::render::{Report, Tally, describe};
use crate::span::LineIndex;

/// `canon extract --format human`: a header line, then `line:column  kind value: "text"`.
pub fn extraction(path: &str, text: &str, reading: &Reading) -> String {
    let index = LineIndex::new(text);
    let (language, date) = crate::render::language_and_date(reading);
    let mut out = format!("{}: language {language}, date {date}\n", path.bold());
    for mention in &reading.mentions {
        let p = index.position(text, mention.span.start);
        let at = format!("{}:{}", p.line, p.column);
        let line = describe(mention, text);
        let (kind, rest) = line.split_once(' ').unwrap_or((&line, ""));
        out.push_str(&format!("{:>7}  {} {rest}\n", at.dimmed(), kind.cyan()));
    }
    out
}

/// `canon check --format human` for one article: every finding but the consistent ones, as
/// `path:line:column: status [check] reason`, with the excerpt, found and expected below it,
/// then a summary line.
pub fn findings(checked: &Checked) -> String {
    let text = &checked.article.text;
    let index = LineIndex::new(text);
    let mut out = String::new();
    for f in checked.findings.iter().filter(|f| f.status != Status::Consistent) {
        let p = index.position(text, f.span.start);
        let status = match f.status {
            Status::Discrepant => f.status.name().red().bold(),
            Status::Outdated => f.status.name().yellow().bold(),
            Status::Warning => f.status.name().yellow(),
            Status::Unresolved => f.status.name().blue(),
            Status::Consistent => f.status.name().green(),
        };
        out.push_str(&format!(
            "{}:{}:{}: {status} [{}] {}\n    {} {:?}\n    {} {}\n    {} {}\n",
            checked.article.path.bold(),
            p.line,
            p.column,
            f.check.cyan(),
            f.message,
            "excerpt: ".dimmed(),
            excerpt(text, f.span),
            "found:   ".dimmed(),
            f.found,
            "expected:".dimmed(),
            f.expected
        ));
    }
    out.push_str(&format!("{}: {}\n", checked.article.path.bold(), counts(checked)));
    out
}

/// `canon check --uncovered`: each figure and date no finding speaks of, as
/// `path:line:column: not covered: kind value details: "text"`.
pub fn uncovered(checked: &Checked, mentions: &[&Mention]) -> String {
    let text = &checked.article.text;
    let index = LineIndex::new(text);
    let mut out = String::new();
    for m in mentions {
        let p = index.position(text, m.span.start);
        out.push_str(&format!(
            "{}:{}:{}: {} {}\n",
            checked.article.path.bold(),
            p.line,
            p.column,
            "not covered:".dimmed(),
            describe(m, text)
        ));
    }
    out
}

/// `canon check --format human`: each article's findings as it is checked, then one line for
/// the run; with `uncovered`, the figures and dates no finding speaks of after each article's
/// findings.
pub struct HumanReport<'c> {
    pub uncovered: Option<&'c Canon>,
}

impl Report for HumanReport<'_> {
    fn article(&mut self, checked: &Checked) -> String {
        let mut out = findings(checked);
        if let Some(canon) = self.uncovered {
            out.push_str(&uncovered(checked, &coverage::uncovered(canon, checked)));
        }
        out
    }

    fn finish(&mut self, tally: &Tally) -> String {
        let s = |n: usize| if n == 1 { "" } else { "s" };
        format!(
            "{} article{} checked, {} skipped, {} failed; {} discrepant finding{}\n",
            tally.checked,
            s(tally.checked),
            tally.skipped,
            tally.failed,
            tally.discrepant,
            s(tally.discrepant)
        )
    }
}
