//! The machine formats of `canon check` hold to their specifications: SARIF validates against
//! the official SARIF 2.1.0 schema, the GitHub workflow commands are well formed line by line,
//! and both report exactly the findings the JSON contract lists as not consistent.

mod support;

use serde_json::Value;

fn check(format: &str) -> String {
    support::check_seeds(&["--format", format])
}

/// (path, line, column, check, status) of every finding that is not consistent, from the JSON.
fn not_consistent() -> Vec<(String, u64, u64, String, String)> {
    let doc: Value = serde_json::from_str(&check("json")).expect("json");
    let mut out = Vec::new();
    for article in doc["articles"].as_array().expect("articles") {
        for f in article["findings"].as_array().expect("findings") {
            if f["status"] != "consistent" {
                out.push((
                    article["path"].as_str().unwrap_or("").to_string(),
                    f["line"].as_u64().unwrap_or(0),
                    f["column"].as_u64().unwrap_or(0),
                    f["check"].as_str().unwrap_or("").to_string(),
                    f["status"].as_str().unwrap_or("").to_string(),
                ));
            }
        }
    }
    out
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let schema_text =
        std::fs::read_to_string(support::root().join("tests/fixtures/sarif-schema-2.1.0.json"))
            .expect("the SARIF schema");
    let schema: Value = serde_json::from_str(&schema_text).expect("schema JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let sarif: Value = serde_json::from_str(&check("sarif")).expect("SARIF is JSON");
    let errors: Vec<String> =
        validator.iter_errors(&sarif).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert!(errors.is_empty(), "SARIF does not validate:\n{}", errors.join("\n"));
    // The schema accepts much; the results must also be the findings, at their places.
    let run = &sarif["runs"][0];
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert!(rules.contains(&"north-korean-troops-killed") && rules.contains(&"weekday-mismatch"));
    let results: Vec<(String, u64, u64, String, String)> = run["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            let location = &r["locations"][0]["physicalLocation"];
            let rule = r["ruleId"].as_str().unwrap_or("").to_string();
            assert_eq!(rules[r["ruleIndex"].as_u64().expect("ruleIndex") as usize], rule);
            let level = r["level"].as_str().unwrap_or("");
            let status = r["properties"]["status"].as_str().unwrap_or("").to_string();
            let expected_level = match status.as_str() {
                "discrepant" => "error",
                "unresolved" => "note",
                _ => "warning",
            };
            assert_eq!(level, expected_level, "{r}");
            (
                location["artifactLocation"]["uri"].as_str().unwrap_or("").to_string(),
                location["region"]["startLine"].as_u64().unwrap_or(0),
                location["region"]["startColumn"].as_u64().unwrap_or(0),
                rule,
                status,
            )
        })
        .collect();
    assert_eq!(results, not_consistent());
}

#[test]
fn github_commands_are_well_formed_line_by_line() {
    let line_re = regex::Regex::new(
        r"^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+),title=([^,:]+)::([^\r\n]+)$",
    )
    .expect("regex");
    let out = check("github");
    let mut seen = Vec::new();
    for line in out.lines() {
        let c = line_re.captures(line).unwrap_or_else(|| panic!("not a workflow command: {line}"));
        let title = c[5].to_string();
        assert!(title.starts_with("canon%3A "), "{title}");
        let (check, status) = title["canon%3A ".len()..].split_once(" (").expect("check (status)");
        let status = status.trim_end_matches(')').to_string();
        let command = match status.as_str() {
            "discrepant" => "error",
            "unresolved" => "notice",
            _ => "warning",
        };
        assert_eq!(&c[1], command, "{line}");
        assert!(!c[6].contains('%') || c[6].contains("%25") || c[6].contains("%0"), "{line}");
        seen.push((
            c[2].to_string(),
            c[3].parse().expect("line"),
            c[4].parse().expect("col"),
            check.to_string(),
            status,
        ));
    }
    assert_eq!(seen, not_consistent());
}
