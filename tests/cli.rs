//! The binary as users and tools meet it: `canon extract` and `canon check`, their JSON
//! contracts and their exit codes, run on the seed articles.

mod support;

use std::process::{Command, Output};

use serde_json::Value;

fn canon(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_canon"))
        .args(args)
        .current_dir(support::root())
        .env("NO_COLOR", "1")
        .output()
        .expect("canon runs")
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// The mentions whose text is `text`.
fn mentions<'j>(extraction: &'j Value, text: &str) -> Vec<&'j Value> {
    extraction["mentions"]
        .as_array()
        .expect("mentions")
        .iter()
        .filter(|m| m["text"] == text)
        .collect()
}

#[test]
fn extract_reads_a_quantity_a_date_and_its_weekday() {
    let out = canon(&["extract", "--format", "json", "tests/articles/000_015d0fc2f736e994.txt"]);
    assert!(out.status.success());
    let doc = json(&out);
    assert_eq!((doc["language"].as_str(), doc["date"].as_str()), (Some("id"), Some("2025-08-21")));
    let troops = mentions(&doc, "lebih dari 10 ribu pasukan");
    assert_eq!(troops.len(), 1);
    assert_eq!(troops[0]["kind"], "quantity");
    assert_eq!(troops[0]["value"], 10000);
    assert_eq!(troops[0]["qualifier"], "more-than");
    let date = &mentions(&doc, "21/8/2025")[0];
    assert_eq!((date["kind"].as_str(), date["value"].as_str()), (Some("date"), Some("2025-08-21")));
    let weekday = &mentions(&doc, "Kamis")[0];
    assert_eq!(
        (weekday["kind"].as_str(), weekday["value"].as_str()),
        (Some("weekday"), Some("thursday"))
    );
    assert_eq!(weekday["date"], "2025-08-21");
    assert_eq!((weekday["line"].as_u64(), weekday["column"].as_u64()), (Some(2), Some(148)));
}

#[test]
fn extract_resolves_relative_dates_against_the_articles_own_header() {
    let out = canon(&["extract", "--format", "json", "tests/articles/002_484335ed030999fc.txt"]);
    let doc = json(&out);
    assert_eq!(
        (doc["date"].as_str(), doc["date_source"].as_str()),
        (Some("2025-09-04"), Some("header"))
    );
    let june = &mentions(&doc, "Juni tahun lalu")[0];
    assert_eq!(june["value"], "2024-06");
    assert_eq!(june["resolved_from"], "Juni tahun lalu");
    let hours = &mentions(&doc, "2,5 jam")[0];
    assert_eq!(
        (hours["kind"].as_str(), hours["value"].as_f64(), hours["unit"].as_str()),
        (Some("number"), Some(2.5), Some("hour"))
    );
}

#[test]
fn extract_leaves_relative_dates_unresolved_without_a_date_and_resolves_them_with_one() {
    let out = canon(&["extract", "--format", "json", "tests/articles/004_870d5c23f8876ef5.txt"]);
    let doc = json(&out);
    assert_eq!(doc["date"], Value::Null);
    let last_year = &mentions(&doc, "tahun lalu")[0];
    assert_eq!((&last_year["value"], last_year.get("resolved_from")), (&Value::Null, None));
    let out = canon(&[
        "extract",
        "--format",
        "json",
        "--date",
        "2025-08-22",
        "tests/articles/004_870d5c23f8876ef5.txt",
    ]);
    let doc = json(&out);
    assert_eq!(doc["date_source"], "option");
    assert_eq!(mentions(&doc, "tahun lalu")[0]["value"], "2024");
}

#[test]
fn extract_reads_standard_input_in_either_language() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_canon"))
        .args(["extract", "--lang", "en", "--date", "2025-09-04", "-"])
        .current_dir(support::root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("canon runs");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"More than ten thousand troops were sent last year.")
        .expect("write");
    let out = child.wait_with_output().expect("canon ends");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.contains("quantity 10000 more-than noun=troops: \"More than ten thousand troops\""),
        "{text}"
    );
    assert!(text.contains("date 2024 relative: \"last year\""), "{text}");
}

#[test]
fn check_exits_1_on_the_seeds_and_writes_the_json_contract() {
    let out = canon(&["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "the seeds hold discrepancies");
    let doc = json(&out);
    let articles = doc["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 5);
    let a003 = &articles[3];
    assert_eq!(a003["path"], "tests/articles/003_713e3813aabe39d1.txt");
    assert_eq!(
        (a003["date"].as_str(), a003["date_source"].as_str(), a003["language"].as_str()),
        (Some("2025-04-29"), Some("dateline"), Some("id"))
    );
    let mismatch = a003["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["check"] == "weekday-mismatch")
        .expect("found");
    for key in ["status", "line", "column", "excerpt", "found", "expected", "message"] {
        assert!(mismatch.get(key).is_some(), "finding lacks {key}: {mismatch}");
    }
    assert_eq!(
        (mismatch["status"].as_str(), mismatch["excerpt"].as_str()),
        (Some("discrepant"), Some("Senin"))
    );
}

#[test]
fn check_exits_0_when_nothing_is_discrepant() {
    let out = canon(&["check", "tests/articles/000_015d0fc2f736e994.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.ends_with("1 article checked, 0 skipped, 0 failed; 0 discrepant findings\n"),
        "{text}"
    );
}

#[test]
fn check_exits_2_on_a_bad_canon_or_an_unreadable_article() {
    let out = canon(&["check", "--claims", "tests/no-such-canon.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "canon: error: tests/no-such-canon.yaml: cannot read: no such file or directory\n"
    );
    let out =
        canon(&["check", "tests/articles/000_015d0fc2f736e994.txt", "tests/no-such-article.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("tests/no-such-article.txt: cannot read: no such file or directory")
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("1 article checked, 0 skipped, 1 failed")
    );
}
