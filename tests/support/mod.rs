//! What the extraction tests share: one helper that reads a text and describes each mention.
#![allow(dead_code)]

use canon::article::{Article, Overrides};
use canon::canon::Canon;
use canon::check::check_article;
use canon::extract::{Aliases, extract, resolve_dates};
use canon::lang::Lang;
use canon::mention::Kind;
use canon::render::describe;
use chrono::NaiveDate;

/// Every mention in `text` as one line each (see `canon::render::describe`), relative dates
/// resolved against `date` ("YYYY-MM-DD") when given.
pub fn read(text: &str, lang: Lang, date: Option<&str>) -> Vec<String> {
    read_with(text, lang, date, &Aliases::default())
}

pub fn read_with(text: &str, lang: Lang, date: Option<&str>, aliases: &Aliases) -> Vec<String> {
    let reference = date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("test date"));
    let mut mentions = extract(text, lang, aliases);
    resolve_dates(&mut mentions, reference);
    mentions.iter().map(|m| describe(m, text)).collect()
}

/// Like [`read`], keeping only the mentions of the given kinds.
pub fn read_kinds(text: &str, lang: Lang, date: Option<&str>, kinds: &[Kind]) -> Vec<String> {
    let reference = date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("test date"));
    let mut mentions = extract(text, lang, &Aliases::default());
    resolve_dates(&mut mentions, reference);
    mentions.iter().filter(|m| kinds.contains(&m.kind())).map(|m| describe(m, text)).collect()
}

/// The repository's root: tests name every file relative to it.
pub fn root() -> &'static std::path::Path {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The standard output of `canon check ARGS` run in the repository's root, plain (no colour,
/// not in CI), where it checks the seeds by default: they hold discrepancies, so it exits 1.
pub fn check_seeds(args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_canon"))
        .arg("check")
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("CI")
        .output()
        .expect("canon runs");
    assert_eq!(out.status.code(), Some(1), "the seeds hold discrepancies: {out:?}");
    String::from_utf8(out.stdout).expect("utf-8")
}

/// A file's stem ("000_015d0fc2f736e994" for "tests/articles/000_015d0fc2f736e994.txt").
pub fn stem(path: &std::path::Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).expect("a file name").to_string()
}

/// Asserts `rendered` against `snapshots/<name>.snap`, with the input file in its header.
pub fn snapshot(name: &str, input: &str, description: &str, rendered: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_input_file(input);
    settings.set_description(description);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, rendered));
}

/// The canon in `claims.yaml` at the root, loaded (a failing load lists every problem).
pub fn canon() -> canon::canon::Canon {
    let path = root().join("claims.yaml");
    canon::canon::Canon::load(&path).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        panic!("claims.yaml does not load:\n{}", list.join("\n"))
    })
}

/// The findings of `claim` on `text`, an article in `lang` of `date` ("YYYY-MM-DD"), against the
/// canon written in `canon`: each as "status: message; found …", in lower case.
pub fn findings_of(canon: &str, text: &str, lang: Lang, date: &str, claim: &str) -> Vec<String> {
    let canon = Canon::parse("claims.yaml", canon).expect("the canon loads");
    let article = Article::parse("a.txt", text.to_string()).expect("an article");
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("a date");
    let overrides = Overrides { language: Some(lang), date: Some(date) };
    let checked = check_article(&canon, article, overrides);
    (checked.findings.iter())
        .filter(|f| f.check == claim)
        .map(|f| format!("{:?}: {}; found {}", f.status, f.message, f.found).to_lowercase())
        .collect()
}

/// Asserts [`findings_of`]: `expected` is "none", "quiet" (no alarm: no `discrepant` or
/// `outdated` finding, whatever else), or a status with a piece of its finding ("unresolved:
/// plans change", "discrepant: 120 minutes").
pub fn assert_finding_of(
    canon: &str,
    text: &str,
    lang: Lang,
    date: &str,
    claim: &str,
    expected: &str,
) {
    let found = findings_of(canon, text, lang, date, claim);
    if expected == "none" {
        assert!(found.is_empty(), "{text:?}: no finding expected, got {found:?}");
        return;
    }
    if expected == "quiet" {
        let alarm = |f: &String| f.starts_with("discrepant") || f.starts_with("outdated");
        assert!(!found.iter().any(alarm), "{text:?}: {found:?}");
        return;
    }
    let (status, piece) = expected.split_once(": ").unwrap_or((expected, ""));
    assert!(
        found.iter().any(|f| f.starts_with(status) && f.contains(piece)),
        "{text:?}: {expected:?} expected, got {found:?}"
    );
}
