//! The one door to YAML: every YAML text canon reads (the canon, an article's front matter) is
//! parsed here, and every YAML error leaves here with a line and column.
//!
//! Callers get their own types back (`serde::Deserialize`, with `deny_unknown_fields` where the
//! file's shape is a contract) or a [`YamlError`]; nothing outside this module names `serde_yaml`.

use std::collections::BTreeMap;

use std::sync::LazyLock;

use regex::Regex;
use serde::de::DeserializeOwned;

/// A YAML text that could not be read into the expected shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YamlError {
    /// 1-based line and column in the text that was parsed (0 when the parser gave none).
    pub line: usize,
    pub column: usize,
    /// The parser's message, without its own "at line … column …" suffix.
    pub message: String,
}

/// What is said of a line indented with a tab.
pub const TAB_MESSAGE: &str = "tabs are not allowed for indentation in YAML: indent with spaces";

/// Parses `text` into a `T`.
///
/// A tab in the indentation is the most common way to break a YAML file by hand, and the
/// parser's own words for it ("found character that cannot start any token", sometimes lines
/// later) do not say so: when the text does not parse and a line at or before the error is
/// indented with a tab, the error is that line's tab, said plainly.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    if let Some((line, column)) = too_deep(text) {
        let message = format!("brackets nested deeper than {MAX_DEPTH} levels");
        return Err(YamlError { line, column, message });
    }
    serde_yaml::from_str(text).map_err(|error| {
        let location = error.location();
        let (line, column) = location.as_ref().map_or((0, 0), |l| place(text, l.index()));
        let (yaml_line, yaml_column) = location.map_or((0, 0), |l| (l.line(), l.column()));
        if let Some(&(line, column)) =
            tab_indents(text).first().filter(|&&(tab, _)| line == 0 || tab <= line)
        {
            return YamlError { line, column, message: TAB_MESSAGE.to_string() };
        }
        let message = without_own_place(&error.to_string(), yaml_line, yaml_column);
        YamlError { line, column, message }
    })
}

/// The 1-based line and column (in characters) of byte `index`, lines ending at `\n` only.
///
/// YAML also breaks lines at a lone `\r` (and at U+0085, U+2028, U+2029), so the parser's own
/// line can be far past what an editor shows for a file with stray carriage returns; the byte
/// offset it gives is exact, and the place is counted from it as everything else in canon is.
fn place(text: &str, index: usize) -> (usize, usize) {
    let mut end = index.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
}

/// The parser's message with its places rewritten: the place the error is reported at is
/// dropped (it leads the error already), any other is written `line:column`, as in "while
/// scanning a quoted scalar that starts at 3:28", where the unclosed quote is.
fn without_own_place(message: &str, line: usize, column: usize) -> String {
    static PLACE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r" at line (\d+) column (\d+)").expect("valid regex"));
    let own = format!(" at line {line} column {column}");
    let message = PLACE.replace_all(message, |caps: &regex::Captures| {
        if caps[0] == own {
            String::new()
        } else {
            format!(" that starts at {}:{}", &caps[1], &caps[2])
        }
    });
    message.into_owned()
}

/// How deep `[` and `{` may nest. The deserializer stops at 128 levels anyway, but only after the
/// YAML scanner has read the whole text, and the scanner's time grows with the depth for every
/// token: 100,000 unclosed brackets take minutes. So depth is checked first, in one pass.
pub const MAX_DEPTH: usize = 128;

/// Where a flow collection opens deeper than [`MAX_DEPTH`], if one does.
///
/// It over-counts rather than under-counts, and cheaply: a bracket counts where YAML could open
/// a collection with it (at the start of a line or a value: after indentation, `:`, `-`, `,` or
/// another bracket), quoted scalars and comments are skipped, and a closing bracket closes one
/// level. A sane file never comes near the limit, since nesting beyond it fails to load anyway.
fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (n, line) in text.lines().enumerate() {
        let mut opens = true;
        let mut after_space = true;
        let mut chars = line.chars().enumerate();
        while let Some((col, c)) = chars.next() {
            let mut opened = false;
            match c {
                '[' | '{' if opens => {
                    opened = true;
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Some((n + 1, col + 1));
                    }
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                '\'' | '"' if opens => {
                    // Skip to the closing quote on this line ('' and \" escape one).
                    let mut escaped = false;
                    for (_, q) in chars.by_ref() {
                        if q == c && !escaped {
                            break;
                        }
                        escaped = c == '"' && q == '\\' && !escaped;
                    }
                }
                '#' if after_space => break,
                _ => {}
            }
            opens = c.is_whitespace() && opens || opened || matches!(c, ':' | '-' | ',');
            after_space = c.is_whitespace();
        }
    }
    None
}

/// Every line whose indentation holds a tab, as its 1-based line and the column of the tab.
/// Blank lines are left out: white space alone indents nothing.
pub fn tab_indents(text: &str) -> Vec<(usize, usize)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .filter_map(|(n, line)| {
            let indent = &line[..line.len() - line.trim_start().len()];
            indent.find('\t').map(|at| (n + 1, indent[..at].chars().count() + 1))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Shape {
        date: String,
    }

    #[test]
    fn errors_carry_line_and_column() {
        let error = parse::<Shape>("date: x\ndtae: y\n").unwrap_err();
        assert_eq!((error.line, error.column), (2, 1));
        assert!(error.message.starts_with("unknown field `dtae`"), "{}", error.message);
        assert!(parse::<Shape>("date: 2025-01-01\n").is_ok());
    }

    #[test]
    fn a_tab_in_the_indentation_is_named() {
        let error =
            parse::<BTreeMap<String, BTreeMap<String, u32>>>("a:\n  b: 1\n \tc: 2\n").unwrap_err();
        assert_eq!((error.line, error.column, error.message.as_str()), (3, 2, TAB_MESSAGE));
        assert_eq!(tab_indents("a\tb\n\t\n\tc\n"), [(3, 1)]);
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = format!("a: {}", "[".repeat(MAX_DEPTH + 1));
        assert_eq!(too_deep(&deep), Some((1, MAX_DEPTH + 4)));
        let error = parse::<Shape>(&deep).unwrap_err();
        assert_eq!(error.message, "brackets nested deeper than 128 levels");
        // Brackets in quotes, comments and inside plain text are not nesting.
        let flat = format!(
            "a: '{0}'\nb: \"{0}\"\nc: x {0}\n# {0}\nd: [[1], {{e: [2]}}] # {0}\n",
            "[".repeat(MAX_DEPTH + 1)
        );
        assert_eq!(too_deep(&flat), None);
    }
}

/// Finds where things stand in a YAML text, for errors that are found after parsing (a
/// duplicate id, an undefined entity), which serde cannot place. It reads the text as lines:
/// good enough for block-style YAML as people write it, and it answers `None` rather than guess.
pub struct Locator<'t> {
    lines: Vec<&'t str>,
}

impl<'t> Locator<'t> {
    pub fn new(text: &'t str) -> Locator<'t> {
        Locator { lines: text.lines().collect() }
    }

    /// The 1-based line of the `n`th (0-based) item of the top-level list `key`, such as the
    /// third claim: the line where its `- ` stands.
    pub fn list_item(&self, key: &str, n: usize) -> Option<usize> {
        self.list_items(key).get(n).copied()
    }

    /// The 1-based lines of every item of the top-level list `key`, in order: one pass over the
    /// text, so that placing thousands of claims costs one reading of the file, not one each.
    pub fn list_items(&self, key: &str) -> Vec<usize> {
        let mut indent = None;
        self.block(key)
            .filter(|(_, _, trimmed)| trimmed.starts_with("- ") || *trimmed == "-")
            .filter(|&(_, this_indent, _)| *indent.get_or_insert(this_indent) == this_indent)
            .map(|(line, _, _)| line)
            .collect()
    }

    /// The keys of the top-level mapping `key` (written in block style), each with the 1-based
    /// line and column where it stands; the first place wins for a key written twice.
    pub fn map_keys(&self, key: &str) -> BTreeMap<&'t str, (usize, usize)> {
        let mut keys = BTreeMap::new();
        let mut indent = None;
        let lines = self.block(key).filter(|(_, _, trimmed)| {
            !trimmed.is_empty() && !trimmed.starts_with('#') && !trimmed.starts_with('-')
        });
        for (line, this_indent, trimmed) in lines {
            if *indent.get_or_insert(this_indent) != this_indent {
                continue;
            }
            if let Some((name, _)) = trimmed.split_once(':') {
                let name = name.trim().trim_matches(['\'', '"']);
                // Indentation is ASCII spaces: its width in bytes is its width in characters.
                keys.entry(name).or_insert((line, this_indent + 1));
            }
        }
        keys
    }

    /// The lines of the top-level block `key:` opens, each as its 1-based number, its
    /// indentation and its text after it.
    fn block<'s>(&'s self, key: &str) -> impl Iterator<Item = (usize, usize, &'t str)> + 's {
        let start = self.top_level(key).map_or(self.lines.len(), |s| s + 1);
        self.lines
            .iter()
            .enumerate()
            .skip(start)
            .map(|(i, line)| {
                let trimmed = line.trim_start();
                (i + 1, line.len() - trimmed.len(), trimmed)
            })
            .take_while(|&(_, indent, trimmed)| !ends_block(trimmed, indent))
    }

    /// The 0-based index of the line `key:` that opens a top-level entry.
    fn top_level(&self, key: &str) -> Option<usize> {
        self.lines.iter().position(|l| l.strip_prefix(key).is_some_and(|r| r.trim_end() == ":"))
    }

    /// The first line at or after `from` (1-based) where `key:` opens a mapping entry, with the
    /// column where its value starts (or the key, when the value is on later lines). Stops at
    /// `until` (exclusive) when given.
    pub fn key(&self, from: usize, until: Option<usize>, key: &str) -> Option<(usize, usize)> {
        let end = until.unwrap_or(self.lines.len() + 1).min(self.lines.len() + 1);
        (from.max(1)..end).find_map(|n| {
            let line = self.lines[n - 1];
            let body = line.trim_start().trim_start_matches("- ");
            let key_col = line.len() - body.len();
            let rest = body.strip_prefix(key)?.strip_prefix(':')?;
            let value = rest.trim_start();
            let col = if value.is_empty() || value.starts_with('#') {
                key_col
            } else {
                line.len() - value.len()
            };
            Some((n, line[..col].chars().count() + 1))
        })
    }

    /// The first place at or after line `from` (and before `until`) where `needle` is written.
    pub fn find(&self, from: usize, until: Option<usize>, needle: &str) -> Option<(usize, usize)> {
        if needle.is_empty() {
            return None;
        }
        let end = until.unwrap_or(self.lines.len() + 1).min(self.lines.len() + 1);
        (from.max(1)..end).find_map(|n| {
            let line = self.lines[n - 1];
            line.find(needle).map(|at| (n, line[..at].chars().count() + 1))
        })
    }
}

/// A line at the left margin that is neither a list item nor a comment ends a top-level block.
fn ends_block(trimmed: &str, indent: usize) -> bool {
    !trimmed.is_empty() && indent == 0 && !trimmed.starts_with('-') && !trimmed.starts_with('#')
}

#[cfg(test)]
mod locator_tests {
    use super::*;

    #[test]
    fn finds_items_keys_and_values() {
        let text = "entities:\n  a:\n    names: x\nclaims:\n  - id: one\n    event:\n      date: 2025-02-30\n  - id: two\n    statement: s\n";
        let at = Locator::new(text);
        assert_eq!(at.list_item("claims", 0), Some(5));
        assert_eq!(at.list_item("claims", 1), Some(8));
        assert_eq!(at.list_item("claims", 2), None);
        assert_eq!(at.key(5, Some(8), "id"), Some((5, 9)));
        assert_eq!(at.key(5, Some(8), "date"), Some((7, 13)));
        assert_eq!(at.key(5, Some(8), "event"), Some((6, 5)));
        assert_eq!(at.key(5, Some(8), "statement"), None);
        assert_eq!(at.find(1, None, "2025-02-30"), Some((7, 13)));
        assert_eq!(at.list_items("claims"), [5, 8]);
        assert_eq!(at.map_keys("entities").into_iter().collect::<Vec<_>>(), [("a", (2, 3))]);
    }
}
