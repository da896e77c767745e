//! `canon explain` tells the check's own story: in every seed article, for every claim, the
//! sentences the trace says the claim was placed in are those the check placed it in, and the
//! trace's findings are the check's.

mod support;

use canon::article::{Article, Overrides};
use canon::check::check_article;
use canon::check::explain::{explain, placed_by_check};

#[test]
fn traces_place_claims_where_the_check_does() {
    let canon = support::canon();
    let mut placed = 0;
    for entry in std::fs::read_dir(support::root().join("tests/articles")).expect("articles") {
        let path = entry.expect("entry").path();
        let article = Article::load(&path).expect("article loads");
        let reading = article.read(&canon.aliases, Overrides::default());
        let checked = check_article(&canon, article.clone(), Overrides::default());
        for claim in &canon.claims {
            let trace = explain(&canon, claim, &article, Overrides::default());
            let traced: Vec<_> =
                trace.sentences.iter().filter(|s| s.placed).map(|s| s.span).collect();
            assert_eq!(
                traced,
                placed_by_check(&canon, claim, &article, &reading),
                "{} in {}",
                claim.id,
                path.display()
            );
            placed += traced.len();
            let own: Vec<_> =
                checked.findings.iter().filter(|f| f.check == claim.id).cloned().collect();
            assert_eq!(trace.findings, own, "{} in {}", claim.id, path.display());
            for s in trace.sentences.iter().filter(|s| s.finding.is_some()) {
                assert!(s.placed, "a finding in a sentence the claim was not placed in");
            }
        }
    }
    assert!(placed > 20, "the seeds place claims in {placed} sentences");
}
