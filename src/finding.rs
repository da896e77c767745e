//! Findings: what canon concludes about one statement of an article.
//!
//! A finding names its check (a claim's id, or a built-in check's name such as
//! `weekday-mismatch`), its status, the span of the exact excerpt it is about, what the article
//! says (`found`), what the canon says (`expected`) and a one-line reason. Findings are data: the
//! renderers turn them into text, JSON or snapshots.

use crate::span::Span;

/// How a statement stands against the canon, from best to worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// It agrees with the canon.
    Consistent,
    /// It could not be settled (a relative date without an article date, say).
    Unresolved,
    /// Not wrong in itself, but worth a look (letters of another script, a near-miss name).
    Warning,
    /// It agreed with the canon once, but a later estimate had replaced it by the article's date.
    Outdated,
    /// It contradicts the canon.
    Discrepant,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Consistent,
        Status::Unresolved,
        Status::Warning,
        Status::Outdated,
        Status::Discrepant,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Status::Consistent => "consistent",
            Status::Unresolved => "unresolved",
            Status::Warning => "warning",
            Status::Outdated => "outdated",
            Status::Discrepant => "discrepant",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The claim id, or the built-in check's name.
    pub check: String,
    pub status: Status,
    /// The exact excerpt the finding is about, as a byte span of the article's text.
    pub span: Span,
    /// What the article states.
    pub found: String,
    /// What the canon holds.
    pub expected: String,
    /// Why, in one line.
    pub message: String,
}

/// The order findings are reported in: by position, then check, then status and message, so
/// that output never depends on the order checks ran in.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.span.start, a.span.end, &a.check, a.status, &a.message, &a.found).cmp(&(
            b.span.start,
            b.span.end,
            &b.check,
            b.status,
            &b.message,
            &b.found,
        ))
    });
}
