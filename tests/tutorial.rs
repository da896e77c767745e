//! docs/tutorial.md, followed start to finish: every command it runs, on the files it writes,
//! must print what it shows, and the canon it ends with is the story's committed one.
//!
//! The tutorial is read as a sequence of fenced blocks, by their info string:
//!
//! - `console`: commands after `$ `, each followed by what it prints (standard output, then
//!   standard error). A line `…` stands for any lines; `> FILE` at the end of a command sends
//!   its standard output to FILE instead. Commands of `canon` are run, with the binary this
//!   build made; `cargo` commands (running the tests, reviewing snapshots) cannot run inside a
//!   test, and what they make is checked by the `shows=` blocks instead.
//! - `LANG file=PATH`: the tutorial writes PATH with this text.
//! - `diff edit=PATH`: the tutorial edits PATH: the lines marked `-` and the unmarked ones
//!   around them are replaced by the unmarked ones and those marked `+`.
//! - `LANG shows=PATH`: a part of PATH in the repository (a snapshot the tests wrote), as it
//!   is, `…` standing for lines left out.
//!
//! Everything runs in a scratch folder that holds a copy of the story's articles, in the
//! places the repository has them, so the tutorial's paths are the repository's.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

const STORY: &str = "tests/stories/hualien";

struct Block {
    info: String,
    /// The line of the tutorial the block starts on.
    line: usize,
    body: String,
}

fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for (n, line) in text.lines().enumerate() {
        match (&mut open, line.strip_prefix("```")) {
            (None, Some(info)) => {
                open =
                    Some(Block { info: info.trim().to_string(), line: n + 1, body: String::new() })
            }
            (Some(_), Some("")) => out.extend(open.take()),
            (Some(block), _) => {
                block.body.push_str(line);
                block.body.push('\n');
            }
            (None, None) => {}
        }
    }
    assert!(open.is_none(), "docs/tutorial.md: a fenced block is not closed");
    out
}

/// The value of `key=` in an info string.
fn attribute<'i>(info: &'i str, key: &str) -> Option<&'i str> {
    info.split_whitespace().find_map(|w| w.strip_prefix(key)?.strip_prefix('='))
}

/// `actual` is what `expected` shows: line for line, a line `…` standing for any lines.
fn shows(expected: &str, actual: &str) -> bool {
    fn at(expected: &[&str], actual: &[&str]) -> bool {
        match expected.split_first() {
            None => actual.is_empty(),
            Some((&"…", rest)) => (0..=actual.len()).any(|skip| at(rest, &actual[skip..])),
            Some((line, rest)) => actual.first() == Some(line) && at(rest, &actual[1..]),
        }
    }
    fn trim(s: &str) -> Vec<&str> {
        s.trim_end().lines().map(str::trim_end).collect()
    }
    at(&trim(expected), &trim(actual))
}

/// The words of a command line, with "double-quoted" words kept whole.
fn words(command: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in command.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                out.extend((!word.is_empty()).then(|| std::mem::take(&mut word)))
            }
            c => word.push(c),
        }
    }
    out.extend((!word.is_empty()).then_some(word));
    out
}

/// Runs one `canon` command line in `dir`; what it prints, or "" when its output goes to a
/// file.
fn run(dir: &Path, command: &str) -> String {
    let mut args = words(command);
    assert_eq!(args.first().map(String::as_str), Some("canon"), "not a canon command: {command}");
    args.remove(0);
    let into = match args.iter().position(|a| a == ">") {
        Some(at) => {
            let file = args.get(at + 1).cloned().expect("a file after >");
            args.truncate(at);
            Some(file)
        }
        None => None,
    };
    let output = Command::new(env!("CARGO_BIN_EXE_canon"))
        .args(&args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("CI")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("canon runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    match into {
        Some(file) => {
            std::fs::write(dir.join(file), stdout).expect("the output is written");
            stderr
        }
        None => stdout + &stderr,
    }
}

/// Applies a `diff edit=` block to `text`.
fn edit(text: &str, hunk: &str) -> Option<String> {
    let (mut before, mut after) = (String::new(), String::new());
    for line in hunk.lines() {
        let (mark, rest) = line.split_at(line.len().min(1));
        let rest = format!("{rest}\n");
        match mark {
            "-" => before.push_str(&rest),
            "+" => after.push_str(&rest),
            _ => {
                before.push_str(&rest);
                after.push_str(&rest);
            }
        }
    }
    (text.matches(&before).count() == 1).then(|| text.replacen(&before, &after, 1))
}

/// A scratch folder with the story's articles in their places.
fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("canon-tutorial-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let articles = Path::new(STORY).join("articles");
    std::fs::create_dir_all(dir.join(&articles)).expect("the scratch folder");
    for entry in std::fs::read_dir(support::root().join(&articles)).expect("the articles") {
        let path = entry.expect("an article").path();
        let name = path.file_name().expect("a name");
        std::fs::copy(&path, dir.join(&articles).join(name)).expect("the article is copied");
    }
    dir
}

#[test]
fn the_tutorial_runs_as_written() {
    let tutorial = std::fs::read_to_string(support::root().join("docs/tutorial.md"))
        .expect("docs/tutorial.md");
    let dir = scratch();
    let mut commands = 0;
    for block in blocks(&tutorial) {
        let place = format!("docs/tutorial.md:{}", block.line);
        if block.info == "console" {
            let mut lines = block.body.lines().peekable();
            while let Some(line) = lines.next() {
                let Some(command) = line.strip_prefix("$ ") else {
                    panic!("{place}: output with no command before it: {line:?}");
                };
                let mut expected = String::new();
                while let Some(out) = lines.next_if(|l| !l.starts_with("$ ")) {
                    expected.push_str(out);
                    expected.push('\n');
                }
                if command.starts_with("cargo ") {
                    continue;
                }
                let actual = run(&dir, command);
                commands += 1;
                assert!(
                    shows(&expected, &actual),
                    "{place}: `{command}` printed otherwise:\n--- shown\n{expected}--- printed\n{actual}"
                );
            }
        } else if let Some(path) = attribute(&block.info, "file") {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("the folder");
            std::fs::write(&path, &block.body).expect("the file is written");
        } else if let Some(path) = attribute(&block.info, "edit") {
            let path = dir.join(path);
            let text = std::fs::read_to_string(&path).expect("the file to edit");
            let edited = edit(&text, &block.body)
                .unwrap_or_else(|| panic!("{place}: the lines to edit are not once in {path:?}"));
            std::fs::write(&path, edited).expect("the file is written");
        } else if let Some(path) = attribute(&block.info, "shows") {
            let text = std::fs::read_to_string(support::root().join(path))
                .unwrap_or_else(|e| panic!("{place}: {path}: {e}"));
            let part = format!("…\n{}…\n", block.body);
            assert!(shows(&part, &text), "{place}: {path} holds otherwise:\n{text}");
        }
    }
    assert!(commands >= 8, "the tutorial runs its commands ({commands} run)");
    let built = std::fs::read_to_string(dir.join(STORY).join("claims.yaml")).expect("the canon");
    let committed = std::fs::read_to_string(support::root().join(STORY).join("claims.yaml"))
        .expect("the story's canon");
    assert!(built == committed, "the tutorial's canon is not {STORY}/claims.yaml:\n{built}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_tutorial_reader_reads_what_it_is_given() {
    assert!(shows("a\n…\nd\n", "a\nb\nc\nd\n"));
    assert!(shows("a\n…\n", "a\n"));
    assert!(!shows("a\nd\n", "a\nb\nd\n"));
    assert_eq!(
        words(r#"canon explain x "a b" > out.yaml"#),
        ["canon", "explain", "x", "a b", ">", "out.yaml"]
    );
    assert_eq!(edit("x\ny\nz\n", " x\n-y\n+w\n").as_deref(), Some("x\nw\nz\n"));
    assert_eq!(edit("x\ny\nx\ny\n", " x\n-y\n"), None, "ambiguous");
    let parsed = blocks("text\n```console\n$ canon x\n```\n```yaml file=a.yaml\nk: v\n```\n");
    assert_eq!(parsed.len(), 2);
    assert_eq!((parsed[0].info.as_str(), parsed[0].line), ("console", 2));
    assert_eq!(attribute(&parsed[1].info, "file"), Some("a.yaml"));
}
