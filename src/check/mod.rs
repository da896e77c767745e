//! Matching: an article's mentions checked against the canon, and the built-in checks.
//!
//! In: an article's text and its [`Reading`] (mentions with resolved dates), the canon's
//! aliases. Out: [`Finding`]s, sorted. Matching never reads files and never fails.

pub mod builtin;

use crate::article::Reading;
use crate::extract::Aliases;
use crate::finding::{self, Finding};
use crate::span::Span;

/// Everything a check may look at for one article.
pub struct Context<'a> {
    /// The article's whole text; spans index it.
    pub text: &'a str,
    pub reading: &'a Reading,
    pub aliases: &'a Aliases,
    /// Lines that are not the article's own text ("Baca juga: …"), as byte spans: checks pass
    /// over what lies in them.
    pub ignored: &'a [Span],
}

impl Context<'_> {
    /// `span` lies in an ignored line.
    pub fn is_ignored(&self, span: Span) -> bool {
        self.ignored.iter().any(|line| line.overlaps(span))
    }
}

/// Runs every built-in check.
pub fn builtins(cx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for check in builtin::BUILTINS {
        (check.run)(cx, &mut out);
    }
    finding::sort(&mut out);
    out
}
