//! What extraction reads in every article of `tests/articles/`, recorded as a reviewed snapshot
//! `snapshots/extract-<article stem>.snap`. A new article becomes a new test (build.rs reruns
//! rstest's file scan); a changed reading shows up as a snapshot diff.

use std::path::{Path, PathBuf};

use canon::article::{Article, Overrides};
use canon::extract::Aliases;
use canon::render::snapshot;
use rstest::rstest;

fn stem(path: &Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).expect("article file name").to_string()
}

#[rstest]
fn extraction(#[files("tests/articles/*.txt")] path: PathBuf) {
    let article = Article::load(&path).expect("article loads");
    let reading = article.read(&Aliases::default(), Overrides::default());
    let relative = format!("tests/articles/{}.txt", stem(&path));
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_input_file(&relative);
    settings.set_description(format!("canon extract {relative}"));
    settings.set_omit_expression(true);
    settings.bind(|| {
        insta::assert_snapshot!(
            format!("extract-{}", stem(&path)),
            snapshot::extraction(&article.text, &reading)
        );
    });
}

/// Every snapshot belongs to an article that still exists: a removed article must take its
/// snapshots with it.
#[test]
fn no_orphan_snapshots() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let articles: Vec<String> = std::fs::read_dir(root.join("tests/articles"))
        .expect("tests/articles")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| stem(&p))
        .collect();
    let orphans: Vec<String> = std::fs::read_dir(root.join("snapshots"))
        .expect("snapshots")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "snap"))
        .map(|p| stem(&p))
        .filter(|name| {
            name.strip_prefix("extract-").is_some_and(|s| !articles.iter().any(|a| a == s))
        })
        .collect();
    assert!(orphans.is_empty(), "snapshots whose article is gone: {orphans:?}");
}
