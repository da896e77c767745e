//! Generality: other stories, each with its own canon and articles under
//! `tests/stories/<story>/`, go through the same harness as the seed story. Their findings are
//! recorded in `snapshots/story-<story>-<article stem>.snap`.

mod support;

use std::path::PathBuf;

use canon::article::{Article, Overrides};
use canon::canon::Canon;
use canon::check::{check_article, examples};
use canon::render::snapshot;
use rstest::rstest;

fn story_canon(story: &str) -> Canon {
    let path = support::root().join("tests/stories").join(story).join("claims.yaml");
    Canon::load(&path).unwrap_or_else(|errors| {
        panic!("{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))
    })
}

#[rstest]
fn story_article(#[files("tests/stories/*/articles/*.txt")] path: PathBuf) {
    let story = support::stem(
        path.parent().and_then(|p| p.parent()).expect("tests/stories/<story>/articles"),
    );
    let canon = story_canon(&story);
    let stem = support::stem(&path);
    let input = format!("tests/stories/{story}/articles/{stem}.txt");
    let checked =
        check_article(&canon, Article::load(&path).expect("article loads"), Overrides::default());
    let name = format!("story-{story}-{stem}");
    support::snapshot(
        &name,
        &input,
        &format!("canon check --claims tests/stories/{story}/claims.yaml {input}"),
        &snapshot::findings(&input, &checked),
    );
}

#[rstest]
fn story_examples(#[files("tests/stories/*/claims.yaml")] path: PathBuf) {
    let story = support::stem(path.parent().expect("tests/stories/<story>"));
    let canon = story_canon(&story);
    let failures: Vec<String> = examples::run(&canon)
        .iter()
        .filter(|o| !o.passed)
        .map(|o| format!("{}: {}", o.claim.id, o.problem()))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
