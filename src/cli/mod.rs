//! The command line: arguments (clap), the one runner per subcommand (one file each), and what
//! they share: loading the canon, writing to standard output, colour, exit codes. Only the
//! binary prints.

mod check;
mod draft;
mod explain;
mod extract;
mod inputs;
mod progress;
mod schema;
mod validate;

use std::ffi::OsStr;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use canon::canon::Canon;
use canon::error::Error;
use canon::lang::Lang;

const EXIT_CODES: &str = "\
Exit codes:
  0  the articles are consistent with the canon (validate: the canon is valid)
  1  at least one discrepant finding (validate: the canon has errors)
  2  canon could not do its job: a bad canon, an unreadable input, bad usage";

/// Checks news articles against a curated canon of facts.
#[derive(Parser)]
#[command(name = "canon", version, about, after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// When to colour the output: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE
    /// forces it). Example: --color never
    #[arg(long, value_enum, global = true, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(Subcommand)]
enum Command {
    Check(check::Args),
    Extract(extract::Args),
    Validate(validate::Args),
    Explain(explain::Args),
    Schema(schema::Args),
    Draft(draft::Args),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Whether to colour: `--color always|never` wins; under `auto`, a non-empty `NO_COLOR` turns
/// colour off, a `CLICOLOR_FORCE` other than `0` turns it on, and otherwise a terminal has it.
pub fn use_color(
    choice: ColorChoice,
    is_terminal: bool,
    no_color: Option<&OsStr>,
    force: Option<&OsStr>,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if no_color.is_some_and(|v| !v.is_empty()) => false,
        ColorChoice::Auto if force.is_some_and(|v| !v.is_empty() && v != "0") => true,
        ColorChoice::Auto => is_terminal,
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = use_color(
        cli.color,
        io::stdout().is_terminal(),
        std::env::var_os("NO_COLOR").as_deref(),
        std::env::var_os("CLICOLOR_FORCE").as_deref(),
    );
    colored::control::set_override(color);
    let result = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Validate(args) => validate::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Draft(args) => draft::run(args),
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

/// Why a runner stopped early.
pub enum Failure {
    /// The reader went away (a closed pipe): stop without a word.
    Quiet,
    /// The tool could not do its job: exit code 2.
    Error(Error),
}

impl From<Error> for Failure {
    fn from(error: Error) -> Failure {
        Failure::Error(error)
    }
}

/// Writes `text` to standard output at once (streaming formats rely on it).
pub fn write_stdout(text: &str) -> Result<(), Failure> {
    if text.is_empty() {
        return Ok(());
    }
    let mut stdout = io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(Failure::Quiet),
        Err(e) => Err(Failure::Error(Error::file("<stdout>", e.to_string()))),
        Ok(()) => Ok(()),
    }
}

/// Loads the canon; every problem goes to standard error, the last one as the failure.
pub fn load_canon(path: &Path) -> Result<Canon, Failure> {
    Canon::load(path).map_err(|errors| {
        let name = path.display().to_string();
        match errors.as_slice() {
            [one] => Failure::Error(one.clone()),
            all => {
                for error in all {
                    eprintln!("canon: error: {error}");
                }
                let message =
                    format!("{} problems in the canon (see `canon validate {name}`)", all.len());
                Failure::Error(Error::file(&name, message))
            }
        }
    })
}

pub fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
}

pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("'{s}' is not a date (YYYY-MM-DD)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_follows_the_option_then_the_environment_then_the_terminal() {
        let on = Some(OsStr::new("1"));
        let empty = Some(OsStr::new(""));
        let zero = Some(OsStr::new("0"));
        assert!(use_color(ColorChoice::Always, false, on, None));
        assert!(!use_color(ColorChoice::Never, true, None, on));
        assert!(!use_color(ColorChoice::Auto, true, on, None));
        assert!(!use_color(ColorChoice::Auto, true, on, on), "NO_COLOR wins over CLICOLOR_FORCE");
        assert!(use_color(ColorChoice::Auto, true, empty, None), "an empty NO_COLOR is unset");
        assert!(use_color(ColorChoice::Auto, false, None, on));
        assert!(!use_color(ColorChoice::Auto, false, None, zero));
        assert!(use_color(ColorChoice::Auto, true, None, None));
        assert!(!use_color(ColorChoice::Auto, false, None, None), "plain when piped");
    }
}
