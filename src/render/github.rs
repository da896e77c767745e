//! `canon check --format github`: GitHub Actions workflow commands, one line per finding that
//! is not consistent, so findings show up on the pull request beside the lines they are about:
//!
//! ```text
//! ::error file=tests/articles/003.txt,line=4,col=223,title=canon%3A weekday-mismatch::2025-04-29 was a tuesday, not a monday (found: monday; expected: tuesday)
//! ```
//!
//! Discrepant findings are `error`s, outdated ones and warnings `warning`s, unresolved ones
//! `notice`s. Values are escaped as GitHub's runner reads them: `%`, `\r` and `\n` everywhere,
//! and `:` and `,` in properties too.

use crate::check::Checked;
use crate::finding::Status;
use crate::render::sarif::message;
use crate::render::{Report, Tally};
use crate::span::LineIndex;

pub struct GithubReport;

impl Report for GithubReport {
    fn article(&mut self, checked: &Checked) -> String {
        let text = &checked.article.text;
        let index = LineIndex::new(text);
        let mut out = String::new();
        for f in checked.findings.iter().filter(|f| f.status != Status::Consistent) {
            let p = index.position(text, f.span.start);
            out.push_str(&format!(
                "::{} file={},line={},col={},title={}::{}\n",
                command(f.status),
                property(&checked.article.path),
                p.line,
                p.column,
                property(&format!("canon: {} ({})", f.check, f.status.name())),
                data(&message(f))
            ));
        }
        out
    }

    fn finish(&mut self, _: &Tally) -> String {
        String::new()
    }
}

/// The workflow command for a status.
pub fn command(status: Status) -> &'static str {
    match status {
        Status::Discrepant => "error",
        Status::Outdated | Status::Warning => "warning",
        Status::Unresolved | Status::Consistent => "notice",
    }
}

/// A command's message, escaped.
pub fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A command's property value (file, title), escaped.
pub fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_runner_reads() {
        assert_eq!(data("50% done\r\nnext: a, b"), "50%25 done%0D%0Anext: a, b");
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        assert_eq!(command(Status::Outdated), "warning");
        assert_eq!(command(Status::Unresolved), "notice");
    }
}
