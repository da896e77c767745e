//! Extraction throughput: the seed articles repeated to a given size, read the way `canon`
//! reads an article (front matter, language, every parser, the canon's entity names, date
//! resolution), timed in this process.
//!
//! cargo run --release --example bench_extract -- [--mb 100] [--claims claims.yaml] [ARTICLE…]
//!
//! Without articles it reads `tests/articles/*.txt`. Each article is read as often as it takes
//! to reach the size, article by article, so the figure is per-article throughput and not the
//! cost of one giant text.

use std::path::PathBuf;
use std::time::Instant;

use canon::article::{Article, Overrides};
use canon::canon::Canon;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut megabytes = 100.0_f64;
    let mut claims = PathBuf::from("claims.yaml");
    let mut paths: Vec<PathBuf> = Vec::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--mb" => {
                megabytes = args.next().and_then(|v| v.parse().ok()).expect("--mb takes a number")
            }
            "--claims" => claims = args.next().map(PathBuf::from).expect("--claims takes a file"),
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() {
        let mut found: Vec<PathBuf> = std::fs::read_dir("tests/articles")
            .expect("tests/articles")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        found.sort();
        paths = found;
    }
    let canon = Canon::load(&claims).unwrap_or_else(|e| panic!("{}", e[0]));
    let articles: Vec<Article> =
        paths.iter().map(|p| Article::load(p).expect("article loads")).collect();
    let target = (megabytes * 1_000_000.0) as usize;
    let (mut bytes, mut mentions, mut reads) = (0usize, 0usize, 0usize);
    let start = Instant::now();
    while bytes < target {
        for article in &articles {
            let reading = article.read(&canon.aliases, Overrides::default());
            mentions += reading.mentions.len();
            bytes += article.text.len();
            reads += 1;
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "read {reads} articles, {:.1} MB, {mentions} mentions in {seconds:.2} s: {:.1} MB/s, {:.0} articles/s",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / seconds,
        reads as f64 / seconds
    );
}
