//! What extraction reads in every article of `tests/articles/`, recorded as a reviewed snapshot
//! `snapshots/extract-<article stem>.snap`, names of the canon's entities included. A new
//! article becomes a new test (build.rs reruns rstest's file scan); a changed reading shows up
//! as a snapshot diff.

mod support;

use std::path::PathBuf;

use canon::article::{Article, Overrides};
use canon::render::snapshot;
use rstest::rstest;

#[rstest]
fn extraction(#[files("tests/articles/*.txt")] path: PathBuf) {
    let canon = support::canon();
    let article = Article::load(&path).expect("article loads");
    let reading = article.read(&canon.aliases, Overrides::default());
    let input = format!("tests/articles/{}.txt", support::stem(&path));
    let name = format!("extract-{}", support::stem(&path));
    support::snapshot(
        &name,
        &input,
        &format!("canon extract {input}"),
        &snapshot::extraction(&article.text, &reading),
    );
}
