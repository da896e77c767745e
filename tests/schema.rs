//! The JSON Schema of claims.yaml: the committed `claims.schema.json` is what `canon schema`
//! generates, claims.yaml points editors at it, and every canon in the repository validates
//! against it (the loader's own agreement with the schema is tested in `src/canon/schema.rs`).

mod support;

use serde_json::Value;

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&canon::canon::schema::schema()).expect("the schema compiles")
}

fn errors(path: &str) -> Vec<String> {
    let text = std::fs::read_to_string(support::root().join(path)).expect("the canon reads");
    let value: Value = canon::yaml::parse(&text).expect("the canon is YAML");
    validator().iter_errors(&value).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let committed = std::fs::read_to_string(support::root().join("claims.schema.json"))
        .expect("claims.schema.json");
    assert!(
        committed == canon::canon::schema::text(),
        "claims.schema.json is stale: run `cargo run -- schema > claims.schema.json`"
    );
}

#[test]
fn claims_yaml_names_the_schema_on_its_first_line() {
    let text = std::fs::read_to_string(support::root().join("claims.yaml")).expect("claims.yaml");
    assert_eq!(text.lines().next(), Some("# yaml-language-server: $schema=claims.schema.json"));
}

#[test]
fn every_canon_in_the_repository_validates() {
    for path in [
        "claims.yaml",
        "tests/stories/apollo/claims.yaml",
        "tests/stories/rice-harvest/claims.yaml",
        "tests/fixtures/validate/good.yaml",
    ] {
        assert_eq!(errors(path), Vec::<String>::new(), "{path}");
    }
}

#[test]
fn the_schema_catches_what_an_editor_would_see_while_typing() {
    assert_eq!(
        errors("tests/fixtures/validate/unknown-key.yaml"),
        [
            "/claims/1: \"statement\" is a required property",
            "/claims/1: Additional properties are not allowed ('statment' was unexpected)"
        ]
    );
    let many = errors("tests/fixtures/validate/many-problems.yaml");
    assert!(many.iter().any(|e| e.starts_with("/claims/1/id: ")), "{many:?}");
}
