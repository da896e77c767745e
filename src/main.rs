//! The `canon` binary: argument parsing, file and terminal IO, exit codes. Glue only: every
//! decision about text is made in the library.

use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use canon::article::{Article, Overrides};
use canon::error::Error;
use canon::extract::Aliases;
use canon::lang::Lang;
use canon::render;

/// Checks news articles against a curated canon of facts.
#[derive(Parser)]
#[command(name = "canon", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show what the matchers read in an article: numbers, quantities, dates, weekdays, names.
    ///
    /// Example: canon extract --date 2025-09-04 tests/articles/002_484335ed030999fc.txt
    Extract(ExtractArgs),
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// The article to read, or '-' for standard input.
    path: PathBuf,
    /// The article's language, over its front matter and detection (id or en).
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
    /// The article's date (YYYY-MM-DD): relative dates such as "tahun lalu" resolve against it.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<NaiveDate>,
    /// human: one line per mention; json: the documented JSON contract.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("'{s}' is not a date (YYYY-MM-DD)"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    colored::control::set_override(
        io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    );
    let result = match cli.command {
        Command::Extract(args) => extract(args),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Quiet) => ExitCode::SUCCESS,
        Err(Failure::Error(error)) => {
            eprintln!("canon: error: {error}");
            ExitCode::from(2)
        }
    }
}

enum Failure {
    /// The reader went away (a closed pipe): stop without a word.
    Quiet,
    Error(Error),
}

impl From<Error> for Failure {
    fn from(error: Error) -> Failure {
        Failure::Error(error)
    }
}

fn write_stdout(text: &str) -> Result<(), Failure> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(Failure::Quiet),
        Err(e) => Err(Failure::Error(Error::file("<stdout>", e.to_string()))),
        Ok(()) => Ok(()),
    }
}

fn load_article(path: &PathBuf) -> Result<Article, Error> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::file("-", format!("cannot read: {e}")))?;
        Article::from_bytes("-", bytes)
    } else {
        Article::load(path)
    }
}

fn extract(args: ExtractArgs) -> Result<ExitCode, Failure> {
    let article = load_article(&args.path)?;
    let reading =
        article.read(&Aliases::default(), Overrides { language: args.lang, date: args.date });
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
