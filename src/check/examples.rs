//! The canon's own examples: every `holds` sentence must come out consistent for its claim,
//! every `breaks` sentence discrepant. They prove that each claim's matcher works, and they
//! are run by the tests (and by `canon validate`).

use crate::article::{Article, Overrides};
use crate::canon::{Canon, Claim, Example, Expect};
use crate::check::Matcher;
use crate::finding::{Finding, Status};

/// One example run: what the claim's matcher found in it, and whether that is what the example
/// expects.
pub struct Outcome<'c> {
    pub claim: &'c Claim,
    pub example: &'c Example,
    /// The findings of this claim in the example.
    pub findings: Vec<Finding>,
    pub passed: bool,
}

impl Outcome<'_> {
    /// Why the example failed, in one line ("" when it passed).
    pub fn problem(&self) -> String {
        if self.passed {
            return String::new();
        }
        let statuses: Vec<&str> = self.findings.iter().map(|f| f.status.name()).collect();
        let mut got =
            if statuses.is_empty() { "no finding".to_string() } else { statuses.join(", ") };
        // An `unresolved` says why the matcher stayed silent: that is what the editor changes.
        if let Some(silent) = self.findings.iter().find(|f| f.status == Status::Unresolved) {
            got = format!("{got} ({})", silent.message);
        }
        let want = match self.example.expect {
            Expect::Holds => "consistent",
            Expect::Breaks => "discrepant",
        };
        format!(
            "a `{}` example must come out {want}, but gave {got}: {:?}",
            self.example.expect.name(),
            self.example.text
        )
    }
}

/// Runs every example of every claim, in the canon's order, with one matcher for them all.
pub fn run(canon: &Canon) -> Vec<Outcome<'_>> {
    let matcher = Matcher::new(canon);
    canon
        .claims
        .iter()
        .flat_map(|claim| claim.examples.iter().map(move |example| (claim, example)))
        .map(|(claim, example)| run_one(&matcher, claim, example))
        .collect()
}

/// Runs one example as a one-sentence article, dated and in the language the example says.
pub fn run_one<'c>(matcher: &Matcher, claim: &'c Claim, example: &'c Example) -> Outcome<'c> {
    let findings: Vec<Finding> =
        run_all(matcher, example).into_iter().filter(|f| f.check == claim.id).collect();
    let passed = match example.expect {
        Expect::Holds => {
            !findings.is_empty() && findings.iter().all(|f| f.status == Status::Consistent)
        }
        Expect::Breaks => findings.iter().any(|f| f.status == Status::Discrepant),
    };
    Outcome { claim, example, findings, passed }
}

/// Every finding of the whole canon on `example`, as `canon check` gives them.
pub fn run_all(matcher: &Matcher, example: &Example) -> Vec<Finding> {
    let overrides = Overrides { language: example.language, date: example.date };
    match Article::parse("<example>", example.text.clone()) {
        Ok(article) => matcher.check_article(article, overrides).findings,
        Err(_) => Vec::new(),
    }
}
