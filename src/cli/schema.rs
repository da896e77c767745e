//! `canon schema`: the JSON Schema of claims.yaml.

use std::process::ExitCode;

use crate::cli::{Failure, write_stdout};

/// Print the JSON Schema (draft 2020-12) of claims.yaml.
///
/// The repository keeps it as claims.schema.json, and claims.yaml's first line points the YAML
/// language server at it, for completion and errors as you type. A test keeps the file equal to
/// what this prints.
///
/// Example:
///   canon schema > claims.schema.json
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {}

pub fn run(_: Args) -> Result<ExitCode, Failure> {
    write_stdout(&canon::canon::schema::text())?;
    Ok(ExitCode::SUCCESS)
}
