//! Attribution claims: who is the source of a statement.
//!
//! In a sentence that carries the claim, the sources the sentence names (see
//! [`crate::structure::source`]) should include one of the claim's. Naming only a source the
//! claim says never said it (`not_by`) is `discrepant`; naming only others is `unresolved`,
//! since officials and papers repeat one another ("Today, … was recovered,' Baltimore Mayor
//! Brandon M Scott said", of a recovery the police announced); naming none says nothing.

use crate::canon::{AttributionClaim, Claim};
use crate::check::MAY_REPEAT;
use crate::check::place::{Placement, Prepared};
use crate::finding::{Finding, Status};

pub fn check(
    claim: &Claim,
    a: &AttributionClaim,
    article: &Prepared,
    at: Placement,
) -> Option<Finding> {
    let sources = article.sources(at.sentence);
    let first = sources.first()?;
    let named: Vec<&str> = sources.iter().map(|s| s.entity).collect();
    let found = format!("credited to {}", named.join(", "));
    let expected = format!("source: {}", a.sources.join(", "));
    let disowned: Vec<&str> =
        named.iter().copied().filter(|n| a.not_by.iter().any(|x| x == n)).collect();
    let (status, message) = if named.iter().any(|n| a.sources.iter().any(|s| s == n)) {
        (Status::Consistent, "the sentence credits the right source".to_string())
    } else if !disowned.is_empty() {
        (
            Status::Discrepant,
            format!(
                "the sentence credits {}, who never said it: the source is {}",
                disowned.join(", "),
                a.sources.join(", ")
            ),
        )
    } else {
        (
            Status::Unresolved,
            format!(
                "the sentence credits {}, {MAY_REPEAT} what {} said",
                named.join(", "),
                a.sources.join(", ")
            ),
        )
    };
    let span =
        sources.iter().find(|s| a.sources.iter().any(|x| x == s.entity)).unwrap_or(first).span;
    Some(Finding { check: claim.id.clone(), status, span, found, expected, message })
}
