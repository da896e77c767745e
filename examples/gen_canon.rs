//! A canon of a given size for benchmarks: the story's own `claims.yaml`, cut to its first N
//! claims or grown to N with generated claims and entities.
//!
//! cargo run --release --example gen_canon -- --claims N --out FILE [--seed S] [--from claims.yaml]
//!
//! The same arguments always write the same bytes, and a larger canon holds every claim of a
//! smaller one with the same seed, so 10, 100, 1,000 and 10,000 claims compare like with like.
//!
//! What a canon of many stories looks like, as far as the matcher cares: most claims' cues are
//! words no given article uses (made-up words here), a few are common verbs of the seeds
//! (`tewas`, `mengirim`, "killed"), each generated claim names its own entities (one entity for
//! every ten claims), a few cues are regexes, and a third of the claims need a context entity.
//! The YAML is written as text, not through a YAML library, so that the story's comments and
//! layout stay as they are.

use std::fmt::Write as _;
use std::path::PathBuf;

/// Words of the seed articles that generated claims may use as cues, so that some of them are
/// placed in sentences and cost what a real claim costs.
const COMMON_ID: &[&str] = &[
    "tewas",
    "mengirim",
    "pertemuan",
    "bertemu",
    "memuji",
    "menyatakan",
    "mengonfirmasi",
    "kunjungan",
    "pasukan",
    "perang",
    "bertempur",
    "medali",
    "menandatangani",
    "laporan",
];
const COMMON_EN: &[&str] =
    &["killed", "sent", "summit", "met", "praised", "confirmed", "visit", "troops", "war"];

/// How often a generated cue is a common word rather than a made-up one.
const COMMON_SHARE: f64 = 0.03;
/// How often a generated cue is a regex.
const REGEX_SHARE: f64 = 0.02;
/// Generated claims per generated entity.
const CLAIMS_PER_ENTITY: usize = 10;

#[path = "support/rng.rs"]
mod rng;

use rng::Rng;

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut count, mut out, mut seed) = (100usize, PathBuf::from("target/claims.yaml"), 1u64);
    let mut from = PathBuf::from("claims.yaml");
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_else(|| panic!("{arg} takes a value"));
        match arg.as_str() {
            "--claims" => count = value.parse().expect("--claims takes a number"),
            "--out" => out = PathBuf::from(value),
            "--seed" => seed = value.parse().expect("--seed takes a number"),
            "--from" => from = PathBuf::from(value),
            _ => panic!("unknown argument {arg}"),
        }
    }
    let story = std::fs::read_to_string(&from).expect("the story's canon");
    let text = canon(&story, count, seed);
    std::fs::write(&out, text).expect("write canon");
    println!("wrote a canon of {count} claims to {}", out.display());
}

/// The story's canon cut or grown to `count` claims.
fn canon(story: &str, count: usize, seed: u64) -> String {
    let claims_at = story.find("\nclaims:\n").expect("a `claims:` section") + 1;
    let (head, claims) = story.split_at(claims_at);
    // Each claim of the story starts with "  - id:"; the text before the first is the header.
    let starts: Vec<usize> = claims.match_indices("\n  - id:").map(|(i, _)| i + 1).collect();
    if count <= starts.len() {
        let end = starts.get(count).copied().unwrap_or(claims.len());
        return format!("{head}{}", &claims[..end]);
    }
    let extra = count - starts.len();
    let mut rng = Rng(seed);
    let entities = extra.div_ceil(CLAIMS_PER_ENTITY);
    let mut names = String::from("  # Generated entities.\n");
    for e in 0..entities {
        // Three syllables at least: a short made-up name could be a real word ("kita").
        let (a, b) = (capitalised(&word(&mut rng, 3)), capitalised(&word(&mut rng, 3)));
        let _ = writeln!(
            names,
            "  gen-entity-{e}:\n    names:\n      id: [{a} {b}, {a}]\n      en: [{a} {b}]"
        );
    }
    let mut out = format!("{head}{names}{claims}");
    out.push_str("\n  # Generated claims.\n");
    for n in 0..extra {
        claim(&mut rng, n, entities, &mut out);
    }
    out
}

fn claim(rng: &mut Rng, n: usize, entities: usize, out: &mut String) {
    let entity = format!("gen-entity-{}", n / CLAIMS_PER_ENTITY);
    let other = format!("gen-entity-{}", rng.below(entities));
    let id_cues: Vec<String> = (0..1 + rng.below(3)).map(|_| cue(rng, COMMON_ID)).collect();
    let en_cues: Vec<String> = (0..1 + rng.below(2)).map(|_| cue(rng, COMMON_EN)).collect();
    let common = |c: &String| COMMON_ID.contains(&c.as_str()) || COMMON_EN.contains(&c.as_str());
    let needs_context = id_cues.iter().chain(&en_cues).any(common) || rng.chance(0.33);
    let _ = writeln!(out, "  - id: generated-{n}");
    let _ = writeln!(out, "    statement: Generated claim {n}, about {entity}.");
    let _ = writeln!(out, "    sources: [\"generated, seed claim {n}\"]");
    let _ = writeln!(
        out,
        "    cues:\n      id: [{}]\n      en: [{}]",
        id_cues.join(", "),
        en_cues.join(", ")
    );
    if needs_context {
        let _ = writeln!(out, "    context: [{entity}]");
    }
    match rng.below(3) {
        0 => {
            let value = 10 * (1 + rng.below(2000));
            let _ = writeln!(
                out,
                "    quantity:\n      counts:\n        id: [tentara, pasukan]\n        en: [troops, soldiers]\n      estimator: {other}\n      value: {value}\n      qualifier: approx\n      as_of: 2025-0{}-1{}",
                1 + rng.below(9),
                rng.below(10)
            );
        }
        1 => {
            let _ =
                writeln!(out, "    event:\n      date: 202{}-0{}", rng.below(6), 1 + rng.below(9));
        }
        _ => {
            let _ = writeln!(out, "    attribution:\n      source: {other}");
        }
    }
}

/// A cue: a made-up word, now and then a common one or a regex. Made-up words have three
/// syllables at least: shorter ones are too often real words ("dari").
fn cue(rng: &mut Rng, common: &[&str]) -> String {
    if rng.chance(COMMON_SHARE) {
        rng.pick(common).to_string()
    } else if rng.chance(REGEX_SHARE) {
        format!("'/\\b{}(?:nya|kan)?\\b/'", word(rng, 3))
    } else if rng.chance(0.2) {
        format!("{} {}", word(rng, 3), word(rng, 3))
    } else {
        word(rng, 3)
    }
}

/// A pronounceable made-up word of `least` to `least + 2` syllables.
fn word(rng: &mut Rng, least: usize) -> String {
    const ONSETS: &[&str] =
        &["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "w", "ng", "ny"];
    const VOWELS: &[&str] = &["a", "e", "i", "o", "u"];
    let mut w = String::new();
    for _ in 0..least + rng.below(3) {
        w.push_str(ONSETS[rng.below(ONSETS.len())]);
        w.push_str(VOWELS[rng.below(VOWELS.len())]);
    }
    if rng.chance(0.4) {
        w.push_str(["n", "r", "k", "s"][rng.below(4)]);
    }
    w
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or(String::new(), |c| c.to_uppercase().collect::<String>() + chars.as_str())
}
