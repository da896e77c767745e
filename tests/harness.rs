//! The harness: every article of `tests/articles/` checked against `claims.yaml`, its findings
//! recorded in the reviewed snapshot `snapshots/<article stem>.snap`, and the whole corpus in
//! `snapshots/corpus.snap`, a claim × article table. With `CI` set, a changed or missing
//! snapshot fails and nothing is written.

mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use canon::article::{Article, Overrides};
use canon::check::check_article;
use canon::render::snapshot;
use rstest::rstest;

fn checked(path: &Path) -> canon::check::Checked {
    let canon = support::canon();
    let article = Article::load(path).expect("article loads");
    check_article(&canon, article, Overrides::default())
}

#[rstest]
fn article(#[files("tests/articles/*.txt")] path: PathBuf) {
    let stem = support::stem(&path);
    let input = format!("tests/articles/{stem}.txt");
    let rendered = snapshot::findings(&input, &checked(&path));
    support::snapshot(&stem, &input, &format!("canon check {input}"), &rendered);
}

fn articles(folder: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(support::root().join(folder))
        .expect("articles folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn corpus() {
    let canon = support::canon();
    let paths = articles("tests/articles");
    let names: Vec<String> = paths.iter().map(|p| support::stem(p)).collect();
    let all: Vec<_> = paths
        .iter()
        .map(|p| {
            check_article(&canon, Article::load(p).expect("article loads"), Overrides::default())
        })
        .collect();
    let rendered = snapshot::corpus(&canon, &names, &all);
    support::snapshot(
        "corpus",
        "claims.yaml",
        "what each article states, claim by claim",
        &rendered,
    );
}

/// Every snapshot belongs to something that still exists: a removed article must take its
/// snapshots with it.
#[test]
fn no_orphan_snapshots() {
    let mut expected: BTreeSet<String> = ["corpus".to_string(), "realworld-dev".to_string()].into();
    for path in articles("tests/articles") {
        expected.insert(support::stem(&path));
        expected.insert(format!("extract-{}", support::stem(&path)));
    }
    for story in
        std::fs::read_dir(support::root().join("tests/stories")).expect("tests/stories").flatten()
    {
        let name = story.file_name().to_string_lossy().to_string();
        for path in articles(&format!("tests/stories/{name}/articles")) {
            expected.insert(format!("story-{name}-{}", support::stem(&path)));
        }
    }
    let orphans: Vec<String> = std::fs::read_dir(support::root().join("snapshots"))
        .expect("snapshots")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "snap"))
        .map(|p| support::stem(&p))
        .filter(|name| !expected.contains(name))
        .collect();
    assert!(orphans.is_empty(), "snapshots with no article: {orphans:?} (delete them)");
}
