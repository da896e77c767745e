//! The canon as written: types that mirror `claims.yaml` key for key. Unknown keys are
//! rejected here, with their line and column; everything else is checked in `validate`.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Canon {
    #[serde(default)]
    pub ignore: Vec<String>,
    #[serde(default)]
    pub entities: BTreeMap<String, Entity>,
    #[serde(default)]
    pub claims: Vec<Claim>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// Language code → names and aliases.
    pub names: BTreeMap<String, Vec<String>>,
    /// The organisations this entity speaks for (a spokesperson, an official).
    pub speaks_for: Option<OneOrMany>,
    /// The larger places this place lies in (a city's province, a province's country).
    pub within: Option<OneOrMany>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Optional here so that a claim without one is reported with every other problem.
    pub id: Option<String>,
    pub statement: String,
    #[serde(default)]
    pub sources: Vec<String>,
    /// Language code → phrases, or regexes written `/…/`.
    #[serde(default)]
    pub cues: BTreeMap<String, Vec<String>>,
    pub subject: Option<String>,
    #[serde(default)]
    pub context: Context,
    pub quantity: Option<Quantity>,
    pub event: Option<Event>,
    pub attribution: Option<Attribution>,
    #[serde(default)]
    pub examples: Examples,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quantity {
    /// Language code → the nouns the figure counts.
    #[serde(default)]
    pub counts: BTreeMap<String, Vec<String>>,
    pub estimator: OneOrMany,
    /// Entities known not to have given the figure: a rival, a party that denies it.
    pub not_by: Option<OneOrMany>,
    /// The places the count covers, entity ids: a figure of a place within one of them is a
    /// part.
    pub place: Option<OneOrMany>,
    pub tolerance: Option<f64>,
    /// The unit the figure measures in ("hour", "metre", "usd"): a measure, not a count.
    pub unit: Option<String>,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub qualifier: Option<String>,
    pub as_of: Option<Scalar>,
    /// The time the figure covers: "2024", "2024-03", "2025-01/2025-06".
    pub period: Option<Scalar>,
    pub series: Option<Vec<Estimate>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Estimate {
    pub value: f64,
    pub value_max: Option<f64>,
    pub qualifier: Option<String>,
    /// The unit this estimate was given in, of the claim's dimension.
    pub unit: Option<String>,
    pub as_of: Scalar,
    /// The time this estimate's figure covers.
    pub period: Option<Scalar>,
    /// Where this estimate was reported (documentation for editors; not checked).
    #[allow(dead_code)]
    pub source: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub date: Option<Scalar>,
    /// The time of day, "HH:MM" or a span "HH:MM-HH:MM", in `zone`.
    pub time: Option<String>,
    /// The zone of `time`: a name ("WIB", "EDT") or an offset ("+07:00").
    pub zone: Option<String>,
    pub place: Option<String>,
    #[serde(default)]
    pub first: bool,
    /// An ordered series: the first, second … such event.
    pub series: Option<Vec<SeriesEvent>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeriesEvent {
    pub date: Scalar,
    pub place: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attribution {
    pub source: OneOrMany,
    /// Entities known not to have said it.
    pub not_by: Option<OneOrMany>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub holds: Vec<Example>,
    #[serde(default)]
    pub breaks: Vec<Example>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Example {
    Text(String),
    Dated(DatedExample),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatedExample {
    pub text: String,
    pub date: Option<Scalar>,
    pub language: Option<String>,
}

/// A YAML scalar that may come as a string or a number: `2019` and `2024-06-19` are both dates.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Scalar {
    Int(i64),
    Text(String),
}

impl Scalar {
    pub fn text(&self) -> String {
        match self {
            Scalar::Int(n) => n.to_string(),
            Scalar::Text(s) => s.clone(),
        }
    }
}

/// The entities a claim's sentence must name: all of a list, or any one of `any_of`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Context {
    All(Vec<String>),
    Any { any_of: Vec<String> },
}

impl Default for Context {
    fn default() -> Context {
        Context::All(Vec::new())
    }
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}
