//! Matching: an article's mentions checked against the canon, and the built-in checks.
//!
//! In: the canon, an article and its [`Reading`] (mentions with resolved dates). Out:
//! [`Finding`]s, sorted. Matching never reads files, never fails and never prints.
//!
//! For each claim: the sentences its cues place it in ([`place`]), then the comparison its kind
//! calls for ([`quantity`], [`event`], [`attribution`]). Lines the canon's `ignore` patterns
//! match are not the article's own text: nothing in them is checked.

pub mod attribution;
pub mod builtin;
pub mod event;
pub mod examples;
pub mod explain;
pub mod mutate;
pub mod place;
pub mod quantity;
pub mod sentence;
pub mod source;

use crate::article::{Article, Overrides, Reading};
use crate::canon::{Canon, ClaimValue};
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

/// An article with what canon read in it and what it found.
pub struct Checked {
    pub article: Article,
    pub reading: Reading,
    pub findings: Vec<Finding>,
}

impl Checked {
    /// How many findings have `status`.
    pub fn count(&self, status: finding::Status) -> usize {
        self.findings.iter().filter(|f| f.status == status).count()
    }
}

/// Reads `article` with the canon's aliases and checks it.
pub fn check_article(canon: &Canon, article: Article, overrides: Overrides) -> Checked {
    let reading = article.read(&canon.aliases, overrides);
    let findings = check(canon, &article, &reading);
    Checked { article, reading, findings }
}

/// Every finding for `article`: each claim where the article states it, then the built-in
/// checks, sorted.
pub fn check(canon: &Canon, article: &Article, reading: &Reading) -> Vec<Finding> {
    let ignored = ignored_lines(canon, article);
    let cx = Context { text: &article.text, reading, aliases: &canon.aliases, ignored: &ignored };
    let prepared = place::Prepared::new(&cx, article.body_start);
    let mut out = Vec::new();
    for claim in &canon.claims {
        for at in place::place(claim, &prepared) {
            let found = match &claim.value {
                ClaimValue::Quantity(q) => quantity::check(canon, claim, q, &prepared, at),
                ClaimValue::Event(e) => event::check(claim, e, &prepared, at),
                ClaimValue::Attribution(a) => attribution::check(claim, a, &prepared, at),
            };
            out.extend(found);
        }
    }
    for check in builtin::BUILTINS {
        (check.run)(&cx, &mut out);
    }
    finding::sort(&mut out);
    out
}

/// The lines of the article's body that an `ignore` pattern matches, whole.
pub fn ignored_lines(canon: &Canon, article: &Article) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = article.body_start;
    for line in article.body().split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if canon.ignore.iter().any(|re| re.is_match(content)) {
            out.push(Span::new(start, start + content.len()));
        }
        start += line.len();
    }
    out
}
