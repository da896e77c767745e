//! The `canon` binary: argument parsing, file and terminal IO, exit codes. Glue only: every
//! decision about text is made in the library.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use canon::article::{Article, Overrides};
use canon::canon::Canon;
use canon::check::check_article;
use canon::error::Error;
use canon::extract::Aliases;
use canon::finding::Status;
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
    /// Check articles against the canon and report every finding.
    ///
    /// Exit codes: 0 no discrepancy; 1 at least one discrepant finding; 2 canon could not do its
    /// job (a bad canon, an unreadable article, bad usage).
    ///
    /// Example: canon check --claims claims.yaml tests/articles
    Check(CheckArgs),
    /// Show what the matchers read in an article: numbers, quantities, dates, weekdays, names.
    ///
    /// Example: canon extract --date 2025-09-04 tests/articles/002_484335ed030999fc.txt
    Extract(ExtractArgs),
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Articles, or folders searched for *.txt and *.md (default: tests/articles).
    paths: Vec<PathBuf>,
    /// The canon to check against.
    #[arg(long, value_name = "FILE", default_value = "claims.yaml")]
    claims: PathBuf,
    /// The date of the article (YYYY-MM-DD), over what the article says; for a single article.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<NaiveDate>,
    /// human: the findings that need a look, and a summary per article; json: the documented
    /// JSON contract, every finding.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
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
    /// A canon whose entity names are read too (default: claims.yaml, when it exists).
    #[arg(long, value_name = "FILE")]
    claims: Option<PathBuf>,
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
        Command::Check(args) => check(args),
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

fn load_article(path: &Path) -> Result<Article, Error> {
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

fn load_canon(path: &Path) -> Result<Canon, Failure> {
    Canon::load(path).map_err(|mut errors| {
        let last = errors.pop();
        for error in &errors {
            eprintln!("canon: error: {error}");
        }
        match last {
            Some(last) if errors.is_empty() => Failure::Error(last),
            last => {
                if let Some(last) = last {
                    eprintln!("canon: error: {last}");
                }
                let n = errors.len() + 1;
                Failure::Error(Error::file(
                    &path.display().to_string(),
                    format!("{n} problems in the canon"),
                ))
            }
        }
    })
}

/// The articles named: files as given, folders searched recursively for `*.txt` and `*.md`
/// (hidden entries skipped), each folder's entries in name order.
fn article_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            collect(path, &mut out)?;
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    let name = dir.display().to_string();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::file(&name, format!("cannot read folder: {e}")))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')))
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt" || e == "md") {
            out.push(path);
        }
    }
    Ok(())
}

fn check(args: CheckArgs) -> Result<ExitCode, Failure> {
    let canon = load_canon(&args.claims)?;
    let paths =
        if args.paths.is_empty() { vec![PathBuf::from("tests/articles")] } else { args.paths };
    let files = article_paths(&paths)?;
    if args.date.is_some() && files.len() != 1 {
        let message = "--date sets the date of a single article, but more were given";
        return Err(Failure::Error(Error::file("--date", message)));
    }
    let overrides = Overrides { language: None, date: args.date };
    let mut failed = 0;
    let mut checked = Vec::new();
    for path in &files {
        match load_article(path) {
            Ok(article) => checked.push(check_article(&canon, article, overrides)),
            Err(error) => {
                eprintln!("canon: error: {error}");
                failed += 1;
            }
        }
    }
    let discrepant: usize = checked.iter().map(|c| c.count(Status::Discrepant)).sum();
    let out = match args.format {
        Format::Human => {
            let mut out: String = checked.iter().map(render::human::findings).collect();
            let s = |n: usize| if n == 1 { "" } else { "s" };
            out.push_str(&format!(
                "{} article{} checked, {failed} failed; {discrepant} discrepant finding{}\n",
                checked.len(),
                s(checked.len()),
                s(discrepant)
            ));
            out
        }
        Format::Json => {
            let articles = checked.iter().map(render::json::ArticleJson::new).collect();
            serde_json::to_string_pretty(&render::json::Check { articles }).unwrap_or_default()
                + "\n"
        }
    };
    write_stdout(&out)?;
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else if discrepant > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn extract(args: ExtractArgs) -> Result<ExitCode, Failure> {
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
