//! A corpus of generated articles for benchmarks: the seed articles' lines, shuffled between
//! articles, with their numbers, dates, weekdays and names changed, so that some articles agree
//! with `claims.yaml` and some do not.
//!
//! cargo run --release --example gen_corpus -- --articles N --out DIR [--seed S] [--seeds DIR]
//!
//! The same arguments always write the same bytes. Articles go to `DIR/0000/000000.txt`, a
//! thousand to a folder. About a tenth are in English (lines of a small English pool below),
//! the rest in Indonesian (the lines of `tests/articles/*.txt`); about half open with front
//! matter that dates them, the rest carry whatever date their text gives, or none.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// English lines on the same story, so that English articles exercise the English cues.
const ENGLISH: &[&str] = &[
    "North Korean leader Kim Jong Un praised the troops sent to help Russia in the war in Ukraine.",
    "KCNA said on Thursday (21 August 2025) that Kim praised the soldiers in a meeting with commanders.",
    "South Korea's National Intelligence Service said North Korea had sent more than 10,000 troops to the Kursk region in 2024.",
    "About 600 North Korean soldiers have been killed and thousands more wounded, Seoul said.",
    "According to Seoul, about 2,000 North Korean troops were killed fighting for Russia.",
    "Ukraine estimated that North Korea had sent 14,000 troops in total, including 3,000 reinforcements.",
    "Russia confirmed on Saturday for the first time that North Korean troops fought in Kursk.",
    "North Korea first acknowledged the deployment in April, in a statement carried by KCNA.",
    "Trump met Putin in Alaska on Friday (15 August 2025) for a summit on the war.",
    "On Monday (18 August 2025) Trump met with Volodymyr Zelensky and European leaders.",
    "Putin and Kim first met in 2019 in Vladivostok, and held a second summit in September 2023.",
    "The two leaders signed a mutual defence pact in Pyongyang last year.",
    "In a letter last week, Putin called the North Korean soldiers heroic.",
    "Putin said on Wednesday that the troops joined the fighting on the initiative of Kim.",
    "Kim awarded state honours and medals to soldiers who returned from Russia, KCNA reported on Friday.",
    "The talks in Beijing lasted 2.5 hours, RIA Novosti reported.",
    "Western officials believe at least 100 soldiers died in the first weeks of fighting.",
    "Moscow and Pyongyang have grown closer since the war began in February 2022.",
];

const WEEKDAYS_ID: &[&str] = &["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
const WEEKDAYS_EN: &[&str] =
    &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Names that may stand for one another: a generated article may credit the wrong source or
/// name the wrong country, as a careless rewrite does.
const SWAPS: &[&[&str]] = &[
    &["Korea Selatan", "Ukraina", "Korea Utara", "Rusia"],
    &["Seoul", "Kyiv", "Pyongyang", "Moskow"],
    &["South Korea", "Ukraine", "North Korea", "Russia"],
    &["KCNA", "AFP", "RIA Novosti"],
    &["Putin", "Trump", "Kim"],
];

#[path = "support/rng.rs"]
mod rng;

use rng::Rng;

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut count, mut out, mut seed) = (1000usize, PathBuf::from("target/corpus"), 1u64);
    let mut seeds = PathBuf::from("tests/articles");
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_else(|| panic!("{arg} takes a value"));
        match arg.as_str() {
            "--articles" => count = value.parse().expect("--articles takes a number"),
            "--out" => out = PathBuf::from(value),
            "--seed" => seed = value.parse().expect("--seed takes a number"),
            "--seeds" => seeds = PathBuf::from(value),
            _ => panic!("unknown argument {arg}"),
        }
    }
    let lines = seed_lines(&seeds);
    let mut rng = Rng(seed);
    let mut bytes = 0usize;
    for n in 0..count {
        let text = article(&mut rng, &lines);
        let path = out.join(format!("{:04}", n / 1000)).join(format!("{n:06}.txt"));
        if n % 1000 == 0 {
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("create folder");
        }
        std::fs::write(&path, &text).expect("write article");
        bytes += text.len();
    }
    println!("wrote {count} articles, {:.1} MB, to {}", bytes as f64 / 1e6, out.display());
}

/// Every non-empty line of the seed articles, in file order.
fn seed_lines(dir: &Path) -> Vec<String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("seed folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .flat_map(|p| {
            std::fs::read_to_string(p)
                .expect("seed article")
                .lines()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// One article of about 3 KB.
fn article(rng: &mut Rng, seeds: &[String]) -> String {
    let english = rng.chance(0.1);
    let mut text = String::new();
    if rng.chance(0.5) {
        let (y, m, d) = date(rng);
        let lang = if english { "en" } else { "id" };
        let _ = write!(text, "---\ndate: {y}-{m:02}-{d:02}\nlanguage: {lang}\n---\n");
    }
    let target = 2400 + rng.below(1200);
    // Runs of consecutive lines keep a seed's sentences together, as a rewrite would.
    while text.len() < target {
        let (pool, weekdays): (Vec<&str>, _) = if english {
            (ENGLISH.to_vec(), WEEKDAYS_EN)
        } else {
            (seeds.iter().map(String::as_str).collect(), WEEKDAYS_ID)
        };
        let start = rng.below(pool.len());
        for line in pool.iter().cycle().skip(start).take(1 + rng.below(4)) {
            text.push_str(&mutate(rng, line, weekdays));
            text.push('\n');
            if english || rng.chance(0.5) {
                text.push('\n');
            }
        }
    }
    text
}

/// A day between the first and the last estimates of the story, give or take.
fn date(rng: &mut Rng) -> (u32, u32, u32) {
    (2024 + rng.below(2) as u32, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32)
}

/// `line` with some of its digit runs, weekdays and names changed. Most lines stay as they
/// are, so most findings stay consistent and some break.
fn mutate(rng: &mut Rng, line: &str, weekdays: &[&str]) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut rest = line;
    while let Some(at) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..at]);
        let len = rest[at..].find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len() - at);
        let digits = &rest[at..at + len];
        // A run with a leading zero is the tail of a grouped figure ("10.000"): left alone.
        if !digits.starts_with('0') && rng.chance(0.25) {
            let value: u64 = digits.parse().unwrap_or(0);
            let _ = write!(out, "{}", new_number(rng, value, len));
        } else {
            out.push_str(digits);
        }
        rest = &rest[at + len..];
    }
    out.push_str(rest);
    for &day in weekdays {
        if out.contains(day) && rng.chance(0.2) {
            out = out.replacen(day, rng.pick(weekdays), 1);
        }
    }
    for group in SWAPS {
        for &name in group.iter() {
            if out.contains(name) && rng.chance(0.05) {
                out = out.replacen(name, rng.pick(group), 1);
            }
        }
    }
    out
}

/// Another plausible value for a digit run: a day stays a day, a year a year of the story, and a
/// count moves by a factor.
fn new_number(rng: &mut Rng, value: u64, len: usize) -> u64 {
    match value {
        1..=31 if len <= 2 => 1 + rng.below(28) as u64,
        1990..=2030 if len == 4 => 2018 + rng.below(9) as u64,
        _ => {
            let factors = [1, 2, 3, 5, 10];
            let scaled = value * factors[rng.below(factors.len())];
            if rng.chance(0.5) { scaled } else { (value / 2).max(1) }
        }
    }
}
