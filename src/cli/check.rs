//! `canon check`: every article against the canon, in the format asked for.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::ValueEnum;

use std::sync::atomic::{AtomicBool, Ordering};

use canon::article::Overrides;
use canon::check::{Checked, Matcher, parallel};
use canon::error::Error;
use canon::render::{self, Report, Tally};

use crate::cli::inputs::{articles, load_article};
use crate::cli::progress::Progress;
use crate::cli::{Failure, load_canon, parse_date, write_stdout};

/// Check articles against the canon and report every finding.
///
/// Reads files, folders (recursively: *.txt and *.md; hidden files and files a .gitignore or
/// .ignore names are skipped) and standard input (-). With many articles at a terminal, a
/// progress bar runs on standard error (never in CI).
///
/// Exit codes: 0 no discrepancy; 1 at least one discrepant finding; 2 canon could not do its
/// job (a bad canon, an unreadable article, bad usage).
///
/// Examples:
///   canon check
///   canon check --format github tests/articles
///   canon check --format html tests/articles > review.html
///   canon check --uncovered tests/articles
///   canon check --date 2025-09-04 - < article.txt
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Articles, folders searched for *.txt and *.md, or - for standard input (default:
    /// tests/articles). Example: canon check tests/articles/003_713e3813aabe39d1.txt
    paths: Vec<PathBuf>,
    /// The canon to check against. Example: --claims tests/stories/apollo/claims.yaml
    #[arg(long, value_name = "FILE", default_value = "claims.yaml")]
    claims: PathBuf,
    /// The date of the article (YYYY-MM-DD), over what the article says; for a single article.
    /// Example: --date 2025-09-04
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<NaiveDate>,
    /// human: what needs a look, per article (coloured at a terminal); json: the documented
    /// JSON contract, every finding; jsonl: one article per line, as each is checked; sarif:
    /// SARIF 2.1.0 for code-scanning dashboards; github: workflow commands that annotate a pull
    /// request; html: a review page, every finding marked on its article's text. Example:
    /// --format html > review.html
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// How many threads check articles (default: one per core). Output is the same whatever
    /// the number. Example: --threads 1
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// With --format human: after each article's findings, list every figure and date no
    /// finding speaks of, so an editor sees what the canon does not cover yet. Example:
    /// canon check --uncovered tests/articles
    #[arg(long)]
    uncovered: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
    Jsonl,
    Sarif,
    Github,
    Html,
}

/// What became of one article: checked, passed over as blank, or not read.
enum Outcome {
    Checked(Box<Checked>),
    Blank(String),
    Failed(Error),
    /// Output had stopped (a closed pipe): the article was not worked on.
    Stopped,
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    if args.uncovered && !matches!(args.format, Format::Human) {
        let message = "works with the human format only: leave out --format, or --uncovered";
        return Err(Failure::Error(Error::file("--uncovered", message)));
    }
    let canon = load_canon(&args.claims)?;
    let matcher = Matcher::new(&canon);
    let (files, walk_errors) = articles(args.paths, args.date.is_some())?;
    let overrides = Overrides { language: None, date: args.date };
    let mut report: Box<dyn Report> = match args.format {
        Format::Human => {
            Box::new(render::human::HumanReport { uncovered: args.uncovered.then_some(&canon) })
        }
        Format::Json => Box::<render::json::JsonReport>::default(),
        Format::Jsonl => Box::new(render::jsonl::JsonlReport),
        Format::Sarif => Box::new(render::sarif::SarifReport::new(&canon)),
        Format::Github => Box::new(render::github::GithubReport),
        Format::Html => Box::new(render::html::HtmlReport::new(&canon, files.len())),
    };
    let mut tally = Tally::default();
    for error in walk_errors {
        eprintln!("canon: error: {error}");
        tally.failed += 1;
    }
    let threads = args
        .threads
        .map_or_else(|| std::thread::available_parallelism().map_or(1, usize::from), usize::from);
    let mut progress = Progress::new(files.len());
    let stopped = AtomicBool::new(false);
    let mut failure: Option<Failure> = None;
    let work = |path: PathBuf| {
        if stopped.load(Ordering::Relaxed) {
            return (path, Outcome::Stopped);
        }
        let outcome = match load_article(&path) {
            Ok(article) if article.is_blank() => Outcome::Blank(article.path),
            Ok(article) => Outcome::Checked(Box::new(matcher.check_article(article, overrides))),
            Err(error) => Outcome::Failed(error),
        };
        (path, outcome)
    };
    let sink = |(path, outcome): (PathBuf, Outcome)| {
        if failure.is_some() {
            return;
        }
        progress.tick(&path.display().to_string());
        let out = match outcome {
            Outcome::Checked(checked) => {
                tally.add(&checked);
                report.article(&checked)
            }
            Outcome::Blank(path) => {
                progress.clear();
                eprintln!("canon: warning: {path}: blank article, skipped");
                tally.skipped += 1;
                return;
            }
            Outcome::Failed(error) => {
                progress.clear();
                eprintln!("canon: error: {error}");
                tally.failed += 1;
                return;
            }
            Outcome::Stopped => return,
        };
        if !out.is_empty() {
            progress.before_output();
        }
        if let Err(e) = write_stdout(&out) {
            stopped.store(true, Ordering::Relaxed);
            failure = Some(e);
        }
    };
    parallel::in_order(files, threads, work, sink);
    progress.clear();
    if let Some(failure) = failure {
        return Err(failure);
    }
    write_stdout(&report.finish(&tally))?;
    Ok(if tally.failed > 0 {
        ExitCode::from(2)
    } else if tally.discrepant > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
