//! `canon validate`: every problem of a canon at once.

use std::path::PathBuf;
use std::process::ExitCode;

use canon::render;
use canon::validate::{Severity, read, validate};

use crate::cli::{Failure, write_stdout};

/// Check a canon file: every problem at once, each with file:line:column, the line with a caret
/// under the place, the claim id and a hint.
///
/// Besides what loading checks (unknown keys, duplicate ids, impossible dates, undefined
/// entities, regexes that do not compile), every `holds` example must come out consistent and
/// every `breaks` example discrepant. Then the mutation self-test changes the value each
/// `holds` example states (its number, date, weekday, source): a claim whose matcher does not
/// notice is reported as untested (a warning), with the mutant that slipped through. Warnings
/// too: a claim with no examples, a regex or word family among the cues that no example
/// matches, two claims with the same cues and filters, and an entity's name that alias
/// matching gives to another entity.
///
/// Exit codes: 0 the canon is valid (warnings allowed); 1 it has errors; 2 it cannot be read.
///
/// Examples:
///   canon validate
///   canon validate tests/stories/apollo/claims.yaml
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The canon file. Example: canon validate claims.yaml
    #[arg(default_value = "claims.yaml")]
    file: PathBuf,
}

pub fn run(args: Args) -> Result<ExitCode, Failure> {
    let name = args.file.display().to_string();
    let text = read(&args.file)?;
    let report = validate(&name, &text);
    write_stdout(&render::validate::report(&name, &text, &report))?;
    Ok(if report.count(Severity::Error) > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
