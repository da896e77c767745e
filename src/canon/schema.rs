//! The JSON Schema of `claims.yaml` (draft 2020-12), for editors: with the YAML language server,
//! the first line of the canon (`# yaml-language-server: $schema=claims.schema.json`) gives
//! completion, hover text and errors as one types.
//!
//! In: nothing. Out: the schema as a JSON value. The loader stays the judge: the schema says
//! what the shape is (keys, types, enums, required keys, date formats), the loader also checks
//! what a schema cannot (defined entities, unique ids, compiling regexes, real days). Tests keep
//! the two in step: the keys of every object are the keys `raw.rs` accepts, the enums are the
//! loader's, and `claims.schema.json` is what [`schema`] generates.

use serde_json::{Map, Value as Json, json};

use crate::lang::Lang;
use crate::mention::{Qualifier, UNITS};

/// The qualifiers a canon may write, as the loader reads them.
pub const QUALIFIERS: [Qualifier; 6] = [
    Qualifier::Exact,
    Qualifier::Approx,
    Qualifier::MoreThan,
    Qualifier::AtLeast,
    Qualifier::FewerThan,
    Qualifier::UpTo,
];

const KEBAB: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

/// An object that accepts exactly `properties`, with the `required` ones.
fn object(description: &str, properties: &[(&str, Json)], required: &[&str]) -> Json {
    let properties: Map<String, Json> =
        properties.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
    let mut out = json!({
        "type": "object",
        "description": description,
        "properties": properties,
        "additionalProperties": false,
    });
    if !required.is_empty() {
        out["required"] = json!(required);
    }
    out
}

/// `schema` with a description.
fn described(mut schema: Json, description: &str) -> Json {
    schema["description"] = json!(description);
    schema
}

fn reference(name: &str, description: &str) -> Json {
    json!({"$ref": format!("#/$defs/{name}"), "description": description})
}

fn string(description: &str) -> Json {
    json!({"type": "string", "description": description})
}

fn strings(description: &str) -> Json {
    json!({"type": "array", "items": {"type": "string"}, "description": description})
}

/// Language code → list of strings.
fn per_language(description: &str) -> Json {
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    json!({
        "type": "object",
        "description": description,
        "propertyNames": {"enum": codes},
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
    })
}

fn one_or_many(description: &str) -> Json {
    json!({
        "description": description,
        "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "minItems": 1}],
    })
}

/// The JSON Schema of a canon file.
pub fn schema() -> Json {
    let qualifiers: Vec<&str> = QUALIFIERS.iter().map(|q| q.name()).collect();
    let day = json!({"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"});
    // A day, or a day and a time with an optional zone: "2024-07-30 18:00 WIB".
    let as_of = json!({"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}( \S.*)?)?$"});
    let zones: Vec<&str> = crate::clock::canon_zone_names();
    let zone = json!({
        "description": "the zone of `time`: a name news writes, or an offset such as +07:00",
        "anyOf": [
            {"enum": zones},
            {"type": "string", "pattern": r"^(UTC|GMT)?[+-]\d{1,2}(:\d{2})?$"},
        ],
    });
    let time = json!({
        "type": "string",
        "pattern": r"^\d{2}:\d{2}([-–]\d{2}:\d{2})?$",
        "description": "the time of day in `zone`: HH:MM, or a span HH:MM-HH:MM (the date must be one day)",
    });
    let date = json!({"anyOf": [
        {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
        {"type": "integer", "minimum": 1000, "maximum": 9999},
    ]});
    // A year, a month or a day, or a run of two of them written from/to: "2025-01/2025-06".
    let period = |description: &str| {
        json!({
            "description": description,
            "anyOf": [
                {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$"},
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ],
        })
    };
    let qualifier =
        json!({"enum": qualifiers, "description": "how the figure is hedged (default: exact)"});
    let value = json!({"type": "number", "minimum": 0, "description": "the figure"});
    let units: Vec<&str> = UNITS.iter().map(|u| u.name).collect();
    let unit = |description: &str| json!({"enum": units, "description": description});
    let value_max = json!({"type": "number", "minimum": 0, "description": "the top of a range"});
    let entity = object(
        "an entity: its names and aliases per language",
        &[
            ("names", per_language("language code → names and aliases")),
            (
                "speaks_for",
                one_or_many(
                    "the organisations it speaks for (a spokesperson, an official): entity ids; a figure or statement credited to it is theirs",
                ),
            ),
            (
                "within",
                one_or_many(
                    "the larger places this place lies in (a city's province, a province's country): entity ids; a place the canon places this way is compared with an event's",
                ),
            ),
        ],
        &["names"],
    );
    let estimate = object(
        "one estimate of a series",
        &[
            ("value", value.clone()),
            ("value_max", value_max.clone()),
            ("qualifier", qualifier.clone()),
            (
                "unit",
                unit(
                    "the unit this estimate was given in, of the dimension of the claim's (default: the claim's)",
                ),
            ),
            (
                "as_of",
                described(
                    as_of.clone(),
                    "the day the estimate was given (YYYY-MM-DD), or the day and time (\"YYYY-MM-DD HH:MM\", with an optional zone); estimates of one day go in the order given",
                ),
            ),
            (
                "period",
                period(
                    "the time this estimate's figure covers: YYYY, YYYY-MM or YYYY-MM-DD, or a run from/to (2025-01/2025-06); on every estimate of the series or on none",
                ),
            ),
            ("source", string("where the estimate was reported (not checked)")),
        ],
        &["value", "as_of"],
    );
    let mut quantity = object(
        "a figure, whose estimate it is, and as of when: `value` and `as_of`, or a `series`",
        &[
            (
                "counts",
                per_language("language code → the nouns the figure counts (any noun when absent)"),
            ),
            ("estimator", one_or_many("whose estimate it is: an entity id, or a list")),
            (
                "not_by",
                one_or_many(
                    "who never gave the figure (a rival, a party that denies it): crediting them is discrepant",
                ),
            ),
            (
                "place",
                one_or_many(
                    "the places the count covers, entity ids: a figure the sentence places in a place within one of them (`within`) counts a part",
                ),
            ),
            (
                "tolerance",
                json!({"type": "number", "minimum": 0, "exclusiveMaximum": 1, "description": "how far \"about\" reaches (default 0.1)"}),
            ),
            (
                "unit",
                unit(
                    "the unit the figure measures in (a measure: it takes figures of this dimension, converted; money keeps its currency); without it, a count",
                ),
            ),
            ("value", value),
            ("value_max", value_max),
            ("qualifier", qualifier),
            (
                "as_of",
                described(
                    as_of,
                    "the day of the estimate (YYYY-MM-DD), or the day and time (\"YYYY-MM-DD HH:MM\", with an optional zone: \"2024-07-30 18:00 WIB\")",
                ),
            ),
            (
                "period",
                period(
                    "the time the figure covers: YYYY, YYYY-MM or YYYY-MM-DD, or a run from/to (2025-01/2025-06); a figure a sentence gives another time is another fact",
                ),
            ),
            (
                "series",
                json!({"type": "array", "items": {"$ref": "#/$defs/estimate"}, "minItems": 1, "description": "dated estimates; several of one day in the order given, the last being the day's"}),
            ),
        ],
        &["estimator"],
    );
    quantity["oneOf"] = json!([{"required": ["value", "as_of"]}, {"required": ["series"]}]);
    let series_event = object(
        "one event of an ordered series",
        &[
            ("date", described(date.clone(), "YYYY, YYYY-MM or YYYY-MM-DD: the real precision")),
            (
                "place",
                string(
                    "an entity id: where it happened, compared when the canon places it (`within`)",
                ),
            ),
        ],
        &["date"],
    );
    let mut event = object(
        "when something happened: a `date`, or an ordered `series` of events",
        &[
            ("date", described(date.clone(), "YYYY, YYYY-MM or YYYY-MM-DD: the real precision")),
            ("time", time),
            ("zone", zone),
            (
                "place",
                string(
                    "an entity id: where it happened; compared with the place the cue's clause names when the canon places both (`within`)",
                ),
            ),
            ("first", json!({"type": "boolean", "description": "it was the first of its kind"})),
            (
                "series",
                json!({"type": "array", "items": {"$ref": "#/$defs/seriesEvent"}, "minItems": 1, "description": "the events in order: the n-th is \"the n-th\""}),
            ),
        ],
        &[],
    );
    event["oneOf"] = json!([{"required": ["date"]}, {"required": ["series"]}]);
    let attribution = object(
        "who is the source of a statement",
        &[
            ("source", one_or_many("an entity id, or a list")),
            (
                "not_by",
                one_or_many(
                    "who never said it: crediting them is discrepant, anyone else unresolved",
                ),
            ),
        ],
        &["source"],
    );
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let example = json!({
        "description": "a sentence, or {text, date, language}",
        "oneOf": [
            {"type": "string"},
            object(
                "an example with the date and language of its one-sentence article",
                &[
                    ("text", string("the sentence")),
                    ("date", described(day, "the article's date (YYYY-MM-DD)")),
                    ("language", json!({"enum": codes, "description": "the article's language"})),
                ],
                &["text"],
            ),
        ],
    });
    let examples = object(
        "sentences that prove the matcher",
        &[
            (
                "holds",
                json!({"type": "array", "items": {"$ref": "#/$defs/example"}, "description": "must come out consistent"}),
            ),
            (
                "breaks",
                json!({"type": "array", "items": {"$ref": "#/$defs/example"}, "description": "must come out discrepant"}),
            ),
        ],
        &[],
    );
    let mut claim = object(
        "a fact of the story",
        &[
            (
                "id",
                json!({"type": "string", "pattern": KEBAB, "description": "kebab-case, unique: the name findings carry"}),
            ),
            ("statement", string("the fact in one sentence")),
            (
                "sources",
                json!({"type": "array", "items": {"type": "string"}, "minItems": 1, "description": "where it was reported"}),
            ),
            (
                "cues",
                per_language(
                    "language code → phrases, or regexes written /…/, that place the claim in a sentence; a phrase word written ~root matches the root's word family in that language",
                ),
            ),
            ("subject", string("an entity that must be named nearest before the cue")),
            (
                "context",
                json!({
                    "description": "entities that must be named in the sentence (or the one before, when it names nobody): all of a list, or any one of `any_of`",
                    "oneOf": [
                        strings("all of these entities"),
                        object(
                            "any one of these entities",
                            &[("any_of", strings("entity ids"))],
                            &["any_of"],
                        ),
                    ],
                }),
            ),
            ("quantity", reference("quantity", "a figure")),
            ("event", reference("event", "a date")),
            ("attribution", reference("attribution", "a source")),
            ("examples", reference("examples", "holds and breaks examples")),
        ],
        &["id", "statement", "sources", "cues"],
    );
    claim["oneOf"] = json!([
        {"required": ["quantity"]},
        {"required": ["event"]},
        {"required": ["attribution"]},
    ]);
    let mut root = object(
        "canon's claims.yaml: the facts of a story (reference: docs/claims.md)",
        &[
            ("ignore", strings("regexes (any case) for lines that are not an article's own text")),
            (
                "entities",
                json!({
                    "type": "object",
                    "description": "entity id (kebab-case) → its names",
                    "propertyNames": {"pattern": KEBAB},
                    "additionalProperties": {"$ref": "#/$defs/entity"},
                }),
            ),
            (
                "claims",
                json!({"type": "array", "items": {"$ref": "#/$defs/claim"}, "description": "the facts"}),
            ),
        ],
        &[],
    );
    root["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    root["title"] = json!("canon claims");
    root["$defs"] = json!({
        "entity": entity,
        "claim": claim,
        "quantity": quantity,
        "estimate": estimate,
        "event": event,
        "seriesEvent": series_event,
        "attribution": attribution,
        "examples": examples,
        "example": example,
    });
    root
}

/// The schema as written to `claims.schema.json`: pretty, ending in a new line.
pub fn text() -> String {
    serde_json::to_string_pretty(&schema()).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::canon::raw;

    /// The keys serde accepts at the place of `__unknown` in `yaml`, from its own message.
    fn accepted<T: serde::de::DeserializeOwned + std::fmt::Debug>(yaml: &str) -> Vec<String> {
        let error = crate::yaml::parse::<T>(yaml).unwrap_err();
        let (_, list) = error.message.split_once("expected one of ").unwrap_or_else(|| {
            error.message.split_once("expected ").expect("serde lists the keys")
        });
        let mut keys: Vec<String> = list
            .replace("` or `", "`, `")
            .split(", ")
            .map(|k| k.trim_matches('`').to_string())
            .collect();
        keys.sort();
        keys
    }

    fn keys(schema: &Json) -> Vec<String> {
        let mut keys: Vec<String> =
            schema["properties"].as_object().expect("properties").keys().cloned().collect();
        keys.sort();
        keys
    }

    #[test]
    fn every_object_has_the_keys_the_loader_accepts() {
        let s = schema();
        let d = &s["$defs"];
        let claim = "claims:\n  - id: a\n    statement: s\n";
        let cases = [
            (&s, "__unknown: 1\n".to_string()),
            (&d["entity"], "entities:\n  a:\n    __unknown: 1\n".to_string()),
            (&d["claim"], format!("{claim}    __unknown: 1\n")),
            (&d["quantity"], format!("{claim}    quantity:\n      __unknown: 1\n")),
            (
                &d["estimate"],
                format!("{claim}    quantity:\n      series:\n        - __unknown: 1\n"),
            ),
            (&d["event"], format!("{claim}    event:\n      __unknown: 1\n")),
            (
                &d["seriesEvent"],
                format!("{claim}    event:\n      series:\n        - __unknown: 1\n"),
            ),
            (&d["attribution"], format!("{claim}    attribution:\n      __unknown: 1\n")),
            (&d["examples"], format!("{claim}    examples:\n      __unknown: 1\n")),
        ];
        for (schema, yaml) in cases {
            assert_eq!(keys(schema), accepted::<raw::Canon>(&yaml), "{yaml}");
        }
        // An example is untagged (a string or a map), so serde names no keys for it: ask the
        // map's own type.
        let dated = accepted::<raw::DatedExample>("text: t\n__unknown: 1\n");
        assert_eq!(keys(&d["example"]["oneOf"][1]), dated);
    }

    #[test]
    fn enums_are_the_loaders() {
        let s = schema();
        let names: Vec<&str> = s["$defs"]["estimate"]["properties"]["qualifier"]["enum"]
            .as_array()
            .expect("enum")
            .iter()
            .filter_map(Json::as_str)
            .collect();
        assert_eq!(names, ["exact", "approx", "more-than", "at-least", "fewer-than", "up-to"]);
        for name in names {
            assert!(super::super::parse_qualifier(name).is_some(), "{name}");
        }
        for lang in ["id", "en"] {
            assert!(lang.parse::<Lang>().is_ok());
        }
        for def in ["quantity", "estimate"] {
            let units = s["$defs"][def]["properties"]["unit"]["enum"].as_array().expect("enum");
            assert_eq!(units.len(), UNITS.len());
            for name in units.iter().filter_map(Json::as_str) {
                assert!(crate::mention::unit(name).is_some(), "{name}");
            }
        }
        assert_eq!(s["$defs"]["claim"]["required"], json!(["id", "statement", "sources", "cues"]));
    }

    #[test]
    fn required_keys_are_required_by_the_loader() {
        let lines = [
            "id: a",
            "statement: s",
            "sources: [x]",
            "cues: {id: [c]}",
            "attribution: {source: e}",
        ];
        let canon = |lines: &[&str]| {
            format!(
                "entities:\n  e:\n    names: {{id: [E]}}\nclaims:\n  - {}\n",
                lines.join("\n    ")
            )
        };
        assert!(crate::canon::Canon::parse("c.yaml", &canon(&lines)).is_ok());
        for n in 0..lines.len() {
            let mut without = lines.to_vec();
            without.remove(n);
            let result = crate::canon::Canon::parse("c.yaml", &canon(&without));
            assert!(result.is_err(), "without `{}` the claim still loads", lines[n]);
        }
    }
}
