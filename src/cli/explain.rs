//! `canon explain`: why a claim did or did not match in each article.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use canon::article::Overrides;
use canon::check::explain::explain;
use canon::error::Error;
use canon::render;
use canon::validate::closest;

use crate::cli::inputs::{articles, load_article};
use crate::cli::{Failure, load_canon, parse_date, write_stdout};

/// Show why a claim did or did not match in each article.
///
/// For every sentence where one of the claim's cues matches: the cue, whether the subject and
/// context filters let the claim in, which mention was taken as its value and why, which nearby
/// mentions were passed over and why, and how the value compared with the canon.
///
/// Examples:
///   canon explain north-korean-troops-killed tests/articles/002_484335ed030999fc.txt
///   echo "Menurut Seoul, sekitar 600 tentara tewas." | canon explain north-korean-troops-killed --date 2025-08-21 -
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The claim's id. Example: north-korean-troops-killed
    claim: String,
    /// Articles, folders searched for *.txt and *.md, or - for standard input (default:
    /// tests/articles). Example: tests/articles/003_713e3813aabe39d1.txt
    articles: Vec<PathBuf>,
    /// The canon the claim is in. Example: --claims tests/stories/apollo/claims.yaml
    #[arg(long, value_name = "FILE", default_value = "claims.yaml")]
    claims: PathBuf,
    /// The date of the article (YYYY-MM-DD); for a single article. Example: --date 2025-09-04
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<NaiveDate>,
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let canon = load_canon(&args.claims)?;
    let Some(claim) = canon.claim(&args.claim) else {
        let ids: Vec<&str> = canon.claims.iter().map(|c| c.id.as_str()).collect();
        let hint = match closest(&args.claim, &ids) {
            Some(id) => format!(" (did you mean '{id}'?)"),
            None => " (`canon validate` lists the canon's claims)".to_string(),
        };
        let message = format!("unknown claim '{}'{hint}", args.claim);
        return Err(Failure::Error(Error::file(&canon.path, message)));
    };
    let (files, walk_errors) = articles(args.articles, args.date.is_some())?;
    write_stdout(&render::explain::claim(claim))?;
    let mut failed = !walk_errors.is_empty();
    for error in walk_errors {
        eprintln!("canon: error: {error}");
    }
    for path in &files {
        match load_article(path) {
            Ok(article) => {
                let trace =
                    explain(&canon, claim, &article, Overrides { language: None, date: args.date });
                write_stdout(&render::explain::trace(&article.path, &article.text, claim, &trace))?;
            }
            Err(error) => {
                eprintln!("canon: error: {error}");
                failed = true;
            }
        }
    }
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}
