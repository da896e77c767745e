//! The command line as data: every file in `tests/cli/*.case` is one run of the binary, with
//! its arguments, optional standard input, and the exact standard output, standard error and
//! exit code expected.
//!
//! A case file:
//!
//! ```text
//! args: ["check", "--format", "json", "tests/articles/003_713e3813aabe39d1.txt"]
//! status: 1
//! --- stdin
//! (optional: what standard input holds; without this section it is empty)
//! --- stdout
//! …exactly what is written…
//! --- stderr
//! …exactly what is written…
//! ```
//!
//! `args` is a JSON array; `env`, optional, a JSON object of extra variables. A section holds
//! everything up to the next section line; one whose text does not end in a new line is headed
//! `--- stdout (no newline at end)`. The binary runs in the repository's root with `NO_COLOR=1`
//! and without `CI` or `CLICOLOR_FORCE`, so output is plain and never depends on the machine.
//!
//! `CANON_BLESS=1 cargo test --test cli_cases` rewrites each case with what the binary does now:
//! review the diff before committing it.

mod support;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use rstest::rstest;

const SECTIONS: [&str; 3] = ["stdin", "stdout", "stderr"];
const NO_NEWLINE: &str = " (no newline at end)";

#[derive(Debug, Default, PartialEq)]
struct Case {
    args: Vec<String>,
    env: Vec<(String, String)>,
    status: i32,
    stdin: Option<String>,
    stdout: String,
    stderr: String,
}

fn parse(text: &str, path: &Path) -> Case {
    let mut case = Case::default();
    let mut section: Option<(&str, bool)> = None;
    let mut body = String::new();
    let finish = |case: &mut Case, section: Option<(&str, bool)>, body: &mut String| {
        let Some((name, no_newline)) = section else { return };
        let mut content = std::mem::take(body);
        if no_newline {
            content.pop();
        }
        match name {
            "stdin" => case.stdin = Some(content),
            "stdout" => case.stdout = content,
            _ => case.stderr = content,
        }
    };
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches('\n');
        let header = bare.strip_prefix("--- ").and_then(|h| {
            let (name, no_newline) = match h.strip_suffix(NO_NEWLINE) {
                Some(name) => (name, true),
                None => (h, false),
            };
            SECTIONS.iter().find(|s| **s == name).map(|s| (*s, no_newline))
        });
        if let Some(header) = header {
            finish(&mut case, section, &mut body);
            section = Some(header);
        } else if section.is_some() {
            body.push_str(line);
        } else if let Some(args) = bare.strip_prefix("args: ") {
            case.args = serde_json::from_str(args).expect("args: a JSON array of strings");
        } else if let Some(env) = bare.strip_prefix("env: ") {
            let map: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(env).expect("env: a JSON object");
            case.env =
                map.into_iter().map(|(k, v)| (k, v.as_str().unwrap_or("").to_string())).collect();
        } else if let Some(status) = bare.strip_prefix("status: ") {
            case.status = status.trim().parse().expect("status: a number");
        } else if !bare.trim().is_empty() && !bare.starts_with('#') {
            panic!("{}: cannot read the line {bare:?}", path.display());
        }
    }
    finish(&mut case, section, &mut body);
    case
}

fn write(case: &Case, comment: &str) -> String {
    let mut out = comment.to_string();
    out.push_str(&format!("args: {}\n", serde_json::to_string(&case.args).unwrap_or_default()));
    if !case.env.is_empty() {
        let map: serde_json::Map<String, serde_json::Value> =
            case.env.iter().map(|(k, v)| (k.clone(), v.clone().into())).collect();
        out.push_str(&format!("env: {}\n", serde_json::Value::Object(map)));
    }
    out.push_str(&format!("status: {}\n", case.status));
    let sections = [
        ("stdin", case.stdin.as_deref()),
        ("stdout", Some(&case.stdout[..])),
        ("stderr", Some(&case.stderr[..])),
    ];
    for (name, content) in sections {
        let Some(content) = content else { continue };
        if content.is_empty() || content.ends_with('\n') {
            out.push_str(&format!("--- {name}\n{content}"));
        } else {
            out.push_str(&format!("--- {name}{NO_NEWLINE}\n{content}\n"));
        }
    }
    out
}

/// Runs the binary as `case` says and returns what it did, in the same shape.
fn run(case: &Case) -> Case {
    let mut command = Command::new(env!("CARGO_BIN_EXE_canon"));
    command
        .args(&case.args)
        .current_dir(support::root())
        .env("NO_COLOR", "1")
        .env_remove("CI")
        .env_remove("CLICOLOR_FORCE")
        .envs(case.env.iter().map(|(k, v)| (k, v)))
        .stdin(if case.stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("canon runs");
    if let Some(stdin) = &case.stdin {
        child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("stdin written");
    }
    let output = child.wait_with_output().expect("canon ends");
    Case {
        args: case.args.clone(),
        env: case.env.clone(),
        status: output.status.code().unwrap_or(-1),
        stdin: case.stdin.clone(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[rstest]
fn cli_case(#[files("tests/cli/*.case")] path: PathBuf) {
    let text = std::fs::read_to_string(&path).expect("the case reads");
    let expected = parse(&text, &path);
    let actual = run(&expected);
    if std::env::var_os("CANON_BLESS").is_some_and(|v| v == "1") {
        let comment: String =
            text.lines().take_while(|l| l.starts_with('#')).map(|l| format!("{l}\n")).collect();
        std::fs::write(&path, write(&actual, &comment)).expect("the case is written");
        return;
    }
    assert!(
        expected == actual,
        "{}: the binary did otherwise (CANON_BLESS=1 rewrites the case):\n--- expected\n{}\n--- actual\n{}",
        path.display(),
        write(&expected, ""),
        write(&actual, "")
    );
}

#[test]
fn a_case_reads_back_as_it_was_written() {
    let case = Case {
        args: vec!["check".into(), "a b".into()],
        env: vec![("X".into(), "1".into())],
        status: 1,
        stdin: Some("in\n".into()),
        stdout: "--- not a header\nno end".into(),
        stderr: String::new(),
    };
    let text = write(&case, "# a comment\n");
    assert_eq!(parse(&text, Path::new("t.case")), case);
}
