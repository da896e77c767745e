//! Checking throughput: a corpus streamed through the library the way `canon check` streams
//! it, on several threads, with results in input order.
//!
//! cargo run --release --example bench_check -- [--claims claims.yaml] [--threads 2]
//!     [--out FILE] [--upto load|tokens|read|check|json] PATH…
//!
//! Each article is loaded, read, checked and rendered as one line of JSON (the line `canon check
//! --format jsonl` writes for it) on the worker threads; the lines are written in the articles'
//! order to `--out` (default: nowhere) and hashed. The hash is printed, so two runs (another
//! thread count, another version of the matcher) can be compared for byte-identical output
//! without keeping 100,000 findings around. Folders are searched for `*.txt` and `*.md` in name
//! order, as `canon check` does.
//!
//! `--upto` stops each article after one stage, to see what the stages before it cost on the
//! same corpus and threads: `load` (the file read, checked as UTF-8 and split from its front
//! matter), `tokens` (and its body tokenized), `read` (and read: language, date, every mention),
//! `check` (and checked) or `json` (and rendered: the default, the only stage with output).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use canon::article::{Article, Overrides};
use canon::canon::Canon;
use canon::check::{Matcher, parallel};
use canon::finding::Status;
use canon::render::Report;
use canon::render::jsonl::JsonlReport;
use canon::token::tokenize;

/// The allocator of the `canon` binary, so that the figures are those of `canon check`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut claims = PathBuf::from("claims.yaml");
    let (mut threads, mut out, mut upto) = (2usize, None::<PathBuf>, Stage::Json);
    let mut paths: Vec<PathBuf> = Vec::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--claims" => claims = args.next().map(PathBuf::from).expect("--claims takes a file"),
            "--threads" => {
                threads =
                    args.next().and_then(|v| v.parse().ok()).expect("--threads takes a number")
            }
            "--out" => out = args.next().map(PathBuf::from),
            "--upto" => {
                upto = args
                    .next()
                    .as_deref()
                    .and_then(Stage::parse)
                    .expect("--upto takes load, tokens, read, check or json")
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    let loading = Instant::now();
    let canon = Canon::load(&claims).unwrap_or_else(|e| panic!("{}", e[0]));
    let matcher = Matcher::new(&canon);
    let load_seconds = loading.elapsed().as_secs_f64();
    let start = Instant::now();
    let files = paths.iter().flat_map(|p| walk(p));
    let mut sink: Box<dyn Write> = match &out {
        Some(path) => Box::new(std::io::BufWriter::new(std::fs::File::create(path).expect("out"))),
        None => Box::new(std::io::sink()),
    };
    let (mut articles, mut bytes, mut findings, mut discrepant) = (0usize, 0usize, 0usize, 0usize);
    let mut hash = Fnv::default();
    parallel::in_order(
        files,
        threads,
        |path| {
            let article = Article::load(&path).expect("article loads");
            let size = article.text.len();
            let (found, broken, line) = match upto {
                Stage::Load => (0, 0, String::new()),
                Stage::Tokens => (tokenize(article.body()).len(), 0, String::new()),
                Stage::Read => (
                    article.read(&canon.aliases, Overrides::default()).mentions.len(),
                    0,
                    String::new(),
                ),
                Stage::Check | Stage::Json => {
                    let checked = matcher.check_article(article, Overrides::default());
                    let (found, broken) =
                        (checked.findings.len(), checked.count(Status::Discrepant));
                    let line = match upto {
                        Stage::Json => JsonlReport.article(&checked),
                        _ => String::new(),
                    };
                    (found, broken, line)
                }
            };
            (size, found, broken, line)
        },
        |(size, found, broken, line)| {
            articles += 1;
            bytes += size;
            findings += found;
            discrepant += broken;
            hash.write(line.as_bytes());
            sink.write_all(line.as_bytes()).expect("write");
        },
    );
    sink.flush().expect("flush");
    let seconds = start.elapsed().as_secs_f64();
    // One summary line: what the stage counted, the time, and the hash when lines were written.
    let counted = match upto {
        Stage::Load => String::new(),
        Stage::Tokens => format!(", {findings} tokens"),
        Stage::Read => format!(", {findings} mentions"),
        Stage::Check | Stage::Json => format!(", {findings} findings ({discrepant} discrepant)"),
    };
    let hash = match upto {
        Stage::Json => format!("; output hash {:016x}", hash.0),
        _ => String::new(),
    };
    println!(
        "{} {articles} articles, {:.1} MB{counted} in {seconds:.2} s on {threads} threads: {:.1} MB/s, {:.0} articles/s; canon of {} claims loaded in {load_seconds:.3} s{hash}",
        upto.verb(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / seconds,
        articles as f64 / seconds,
        canon.claims.len(),
    );
}

/// Where each article stops (`--upto`).
#[derive(Clone, Copy)]
enum Stage {
    Load,
    Tokens,
    Read,
    Check,
    Json,
}

impl Stage {
    fn parse(name: &str) -> Option<Stage> {
        Some(match name {
            "load" => Stage::Load,
            "tokens" => Stage::Tokens,
            "read" => Stage::Read,
            "check" => Stage::Check,
            "json" => Stage::Json,
            _ => return None,
        })
    }

    fn verb(self) -> &'static str {
        match self {
            Stage::Load => "loaded",
            Stage::Tokens => "tokenized",
            Stage::Read => "read",
            Stage::Check | Stage::Json => "checked",
        }
    }
}

/// The articles under `path`, in name order, lazily: a folder's listing is read when the walk
/// reaches it, so a million paths are never held at once.
fn walk(path: &Path) -> Box<dyn Iterator<Item = PathBuf>> {
    if !path.is_dir() {
        return Box::new(std::iter::once(path.to_path_buf()));
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .expect("read folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')))
        .collect();
    entries.sort();
    Box::new(entries.into_iter().flat_map(|p| -> Box<dyn Iterator<Item = PathBuf>> {
        if p.is_dir() {
            walk(&p)
        } else if p.extension().is_some_and(|e| e == "txt" || e == "md") {
            Box::new(std::iter::once(p))
        } else {
            Box::new(std::iter::empty())
        }
    }))
}

/// FNV-1a, 64 bits: a stable hash of the output, to compare runs.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}
