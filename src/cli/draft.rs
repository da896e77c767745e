//! `canon draft`: a starting canon proposed from trusted articles, on standard output.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use canon::article::{Article, Overrides};
use canon::draft;
use canon::lang::Lang;

use crate::cli::inputs::{articles, load_article};
use crate::cli::{Failure, parse_date, parse_lang, write_stdout};

/// Propose a starting canon from trusted articles, as claims.yaml text on standard output.
///
/// The names the articles write become entities (with how often each is seen); each figure
/// with its counted noun, a quantity claim (the verb beside it as cue, the source its sentence
/// credits as estimator, the article's date as `as_of`); each dated event, an event claim (the
/// verb of the date's clause as cue). The same figure of the same noun in several articles is
/// one claim. TODO comments mark what to verify and the sources to fill in. It never writes a
/// file: redirect the output, and edit it before you trust it.
///
/// Reads files, folders (recursively: *.txt and *.md) and standard input (-), with their front
/// matter as `canon check` reads it.
///
/// Examples:
///   canon draft tests/articles > draft.yaml
///   canon draft --lang en --date 2019-07-20 - < article.txt
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Articles, folders searched for *.txt and *.md, or - for standard input. Example: canon
    /// draft tests/articles
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The articles' language, over their front matter and detection (id or en). Example:
    /// --lang en
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
    /// The date of the article (YYYY-MM-DD), over what the article says; for a single article.
    /// Example: --date 2025-09-04
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<NaiveDate>,
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let (paths, mut failed) = articles(args.paths, args.date.is_some())?;
    let mut loaded: Vec<Article> = Vec::new();
    for path in &paths {
        match load_article(path) {
            Ok(article) if article.is_blank() => {
                eprintln!("canon: warning: {}: blank: nothing to draft from", article.path);
            }
            Ok(article) => loaded.push(article),
            Err(error) => failed.push(error),
        }
    }
    for error in &failed {
        eprintln!("canon: error: {error}");
    }
    let overrides = Overrides { language: args.lang, date: args.date };
    let draft = draft::draft(&loaded, overrides);
    write_stdout(&draft::write::yaml(&draft))?;
    Ok(if failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) })
}
