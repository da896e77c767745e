//! Built-in checks: they need no claim. Each one is a small unit with a stable name, its own file,
//! and its documentation in the file's header.

mod misspelled_entity;
mod mixed_script;
mod weekday_mismatch;

use crate::check::Context;
use crate::finding::Finding;

/// A built-in check: a stable name and a function from an article to findings.
pub struct Builtin {
    pub name: &'static str,
    /// One line: what it flags.
    pub summary: &'static str,
    pub run: fn(&Context, &mut Vec<Finding>),
}

/// Every built-in check, in a fixed order.
pub const BUILTINS: &[Builtin] = &[
    Builtin {
        name: "weekday-mismatch",
        summary: "a weekday that disagrees with the date written beside it",
        run: weekday_mismatch::run,
    },
    Builtin {
        name: "mixed-script",
        summary: "letters of another script inside Latin-script text",
        run: mixed_script::run,
    },
    Builtin {
        name: "misspelled-entity",
        summary: "a near miss of a known name",
        run: misspelled_entity::run,
    },
];

/// The lines of `text` that start with one of `prefixes`, as `ignored_lines` gives them: each
/// line's span without its line break.
#[cfg(test)]
fn lines_starting_with(text: &str, prefixes: &[&str]) -> Vec<crate::span::Span> {
    let mut ignored = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if prefixes.iter().any(|prefix| line.starts_with(prefix)) {
            ignored.push(crate::span::Span::new(at, at + line.trim_end().len()));
        }
        at += line.len();
    }
    ignored
}
