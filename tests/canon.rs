//! The canon in `claims.yaml` holds up: it loads (unique ids, defined entities, compiling
//! regexes, real dates are the loader's own checks), every `holds` example comes out
//! consistent, every `breaks` example discrepant, and every claim is exercised by an article
//! or an example.

mod support;

use std::collections::BTreeSet;

use canon::article::{Article, Overrides};
use canon::canon::Canon;
use canon::check::{check_article, examples};
use canon::finding::Status;

#[test]
fn it_loads_with_unique_sorted_ids() {
    let canon = support::canon();
    let mut seen = BTreeSet::new();
    for claim in &canon.claims {
        assert!(
            seen.insert(&claim.id),
            "claim '{}' (line {}) is defined twice",
            claim.id,
            claim.line
        );
        assert!(
            !claim.sources.is_empty(),
            "claim '{}' (line {}) has no sources",
            claim.id,
            claim.line
        );
    }
    assert!(canon.claims.len() >= 15, "the seed story's canon has {} claims", canon.claims.len());
}

#[test]
fn the_loader_rejects_a_duplicate_id_naming_it() {
    let text = std::fs::read_to_string(support::root().join("claims.yaml")).expect("claims.yaml");
    let doubled = text.replace("- id: ukraine-troops-total", "- id: troops-sent-2024");
    let errors = Canon::parse("claims.yaml", &doubled).expect_err("a duplicate id is an error");
    let messages: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("claim 'troops-sent-2024': duplicate claim id 'troops-sent-2024'")),
        "{messages:?}"
    );
}

#[test]
fn every_example_comes_out_as_it_says() {
    let canon = support::canon();
    let failures: Vec<String> = examples::run(&canon)
        .iter()
        .filter(|o| !o.passed)
        .map(|o| {
            format!(
                "claims.yaml:{}:{}: claim '{}': {}",
                o.example.line,
                o.example.column,
                o.claim.id,
                o.problem()
            )
        })
        .collect();
    assert!(failures.is_empty(), "{} example(s) fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_claim_has_examples_both_ways() {
    let canon = support::canon();
    for claim in &canon.claims {
        let holds =
            claim.examples.iter().filter(|e| e.expect == canon::canon::Expect::Holds).count();
        let breaks = claim.examples.len() - holds;
        assert!(
            holds > 0 && breaks > 0,
            "claim '{}' (line {}) needs a `holds` and a `breaks` example",
            claim.id,
            claim.line
        );
    }
}

#[test]
fn every_claim_is_exercised_by_an_article_or_an_example() {
    let canon = support::canon();
    let mut exercised: BTreeSet<String> = BTreeSet::new();
    for entry in
        std::fs::read_dir(support::root().join("tests/articles")).expect("tests/articles").flatten()
    {
        let article = Article::load(&entry.path()).expect("article loads");
        for finding in check_article(&canon, article, Overrides::default()).findings {
            if finding.status != Status::Unresolved {
                exercised.insert(finding.check);
            }
        }
    }
    for outcome in examples::run(&canon).iter().filter(|o| o.passed) {
        exercised.insert(outcome.claim.id.clone());
    }
    let idle: Vec<&str> =
        canon.claims.iter().map(|c| c.id.as_str()).filter(|id| !exercised.contains(*id)).collect();
    assert!(idle.is_empty(), "claims that nothing exercises: {idle:?}");
}
