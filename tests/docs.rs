//! docs/claims.md keeps in step with the schema: every object of the schema (`canon schema`,
//! `claims.schema.json`) has a table of its keys in the reference, headed by a line
//! `<!-- keys: NAME -->`, that lists exactly its properties, and says "yes" in its second column
//! for exactly the required ones; every qualifier and language the schema allows is named.
//! A key added to the canon without a word in the reference fails here, and so does a key the
//! reference still lists after it is gone.

mod support;

use std::collections::BTreeMap;
use std::collections::BTreeSet;

use serde_json::Value;

/// An object's keys and its required keys.
#[derive(Debug, Default, PartialEq)]
struct Keys {
    all: BTreeSet<String>,
    required: BTreeSet<String>,
}

/// Every object of the schema that has properties, by name: "canon" for the file, a `$defs`
/// entry by its name, an object inside a property (one of `oneOf`) by the property's name.
fn schema_objects() -> BTreeMap<String, Keys> {
    fn walk(node: &Value, name: &str, out: &mut BTreeMap<String, Keys>) {
        match node {
            Value::Object(map) => {
                if let Some(Value::Object(properties)) = map.get("properties") {
                    let keys = out.entry(name.to_string()).or_default();
                    keys.all.extend(properties.keys().cloned());
                    if let Some(Value::Array(required)) = map.get("required") {
                        keys.required
                            .extend(required.iter().filter_map(|r| r.as_str().map(String::from)));
                    }
                    for (key, value) in properties {
                        walk(value, key, out);
                    }
                }
                if let Some(Value::Object(defs)) = map.get("$defs") {
                    for (key, value) in defs {
                        walk(value, key, out);
                    }
                }
                for key in ["oneOf", "anyOf", "items", "additionalProperties"] {
                    if let Some(inner) = map.get(key) {
                        walk(inner, name, out);
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, name, out)),
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    walk(&canon::canon::schema::schema(), "canon", &mut out);
    out
}

/// The key tables of the reference: each `<!-- keys: NAME -->` line and the table after it.
/// A row's keys are the names in backticks in its first cell ("`quantity` / `event`").
fn doc_tables(text: &str) -> BTreeMap<String, Keys> {
    let mut out = BTreeMap::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(name) =
            line.trim().strip_prefix("<!-- keys: ").and_then(|r| r.strip_suffix(" -->"))
        else {
            continue;
        };
        let keys: &mut Keys = out.entry(name.to_string()).or_default();
        while lines.peek().is_some_and(|l| l.trim().is_empty()) {
            lines.next();
        }
        // The heading and the rule under it, then the rows.
        lines.next();
        lines.next();
        while let Some(row) = lines.next_if(|l| l.starts_with('|')) {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let (Some(first), Some(second)) = (cells.get(1), cells.get(2)) else { continue };
            for key in first.split('`').skip(1).step_by(2) {
                keys.all.insert(key.to_string());
                if second.starts_with("yes") {
                    keys.required.insert(key.to_string());
                }
            }
        }
    }
    out
}

fn reference() -> String {
    std::fs::read_to_string(support::root().join("docs/claims.md")).expect("docs/claims.md")
}

#[test]
fn every_object_of_the_schema_has_its_keys_in_the_reference() {
    let schema = schema_objects();
    let docs = doc_tables(&reference());
    let names = |m: &BTreeMap<String, Keys>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&docs), names(&schema), "one table per object of the schema");
    for (name, keys) in &schema {
        let documented = &docs[name];
        let missing: Vec<&String> = keys.all.difference(&documented.all).collect();
        let gone: Vec<&String> = documented.all.difference(&keys.all).collect();
        assert!(
            missing.is_empty() && gone.is_empty(),
            "docs/claims.md, keys of {name}: not in the reference {missing:?}; not in the schema {gone:?}"
        );
        assert_eq!(documented.required, keys.required, "docs/claims.md, required keys of {name}");
    }
}

#[test]
fn the_reference_names_every_qualifier_and_language() {
    let text = reference();
    for qualifier in canon::canon::schema::QUALIFIERS {
        assert!(text.contains(&format!("`{}`", qualifier.name())), "{}", qualifier.name());
    }
    for lang in canon::lang::Lang::ALL {
        assert!(text.contains(&format!("`{}`", lang.code())), "{}", lang.code());
    }
}

#[test]
fn key_tables_are_read_as_written() {
    let text = "x\n<!-- keys: thing -->\n\n| key | required | meaning |\n|---|---|---|\n| `a` | yes | … |\n| `b` / `c` | exactly one | … |\n\nafter\n| `d` | yes | not in the table |\n";
    let tables = doc_tables(text);
    let keys = &tables["thing"];
    assert_eq!(keys.all.iter().map(String::as_str).collect::<Vec<_>>(), ["a", "b", "c"]);
    assert_eq!(keys.required.iter().map(String::as_str).collect::<Vec<_>>(), ["a"]);
}
