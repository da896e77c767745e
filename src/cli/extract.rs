//! `canon extract`: what the matchers read in one article.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::ValueEnum;

use canon::article::Overrides;
use canon::extract::Aliases;
use canon::lang::Lang;
use canon::render;

use crate::cli::inputs::load_article;
use crate::cli::{Failure, load_canon, parse_date, parse_lang, write_stdout};

/// Show what canon reads in an article: numbers, quantities, dates, weekdays, ordinals, names.
///
/// Examples:
///   canon extract tests/articles/002_484335ed030999fc.txt
///   canon extract --lang en --date 2025-09-04 --format json - < article.txt
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The article to read, or - for standard input. Example: canon extract article.txt
    path: PathBuf,
    /// The article's language, over its front matter and detection (id or en). Example: --lang en
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
    /// The article's date (YYYY-MM-DD): relative dates such as "tahun lalu" resolve against it.
    /// Example: --date 2025-09-04
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<NaiveDate>,
    /// human: one line per mention; json: the documented JSON contract. Example: --format json
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// A canon whose entity names are read too (default: claims.yaml, when it exists).
    /// Example: --claims tests/stories/apollo/claims.yaml
    #[arg(long, value_name = "FILE")]
    claims: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let aliases = match &args.claims {
        Some(path) => load_canon(path)?.aliases,
        None if Path::new("claims.yaml").is_file() => load_canon(Path::new("claims.yaml"))?.aliases,
        None => Aliases::default(),
    };
    let article = load_article(&args.path)?;
    let reading = article.read(&aliases, Overrides { language: args.lang, date: args.date });
    let out = match args.format {
        Format::Human => render::human::extraction(&article.path, &article.text, &reading),
        Format::Json => {
            let json = render::json::Extraction::new(&article.path, &article.text, &reading);
            serde_json::to_string_pretty(&json).unwrap_or_default() + "\n"
        }
    };
    write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}
