//! The articles named on the command line: files as given, `-` for standard input, folders
//! walked for `*.txt` and `*.md`.
//!
//! Folders are walked by the `ignore` crate (ripgrep's walker), so hidden files and folders
//! are skipped and so is whatever a `.gitignore` or `.ignore` in the tree (or above it) ignores,
//! as in a git work tree, whether or not the folder is in one. The user's global git excludes
//! are not read, so the same tree gives the same articles on every machine. Entries come in
//! name order.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use canon::article::Article;
use canon::error::Error;

/// The article files under `paths` (tests/articles when none is named), in order, and what
/// could not be walked (a folder that cannot be read, say), each reported once: the caller
/// counts those as failed and goes on. Links are followed, so linked articles are checked; a
/// link loop is found by the walker and reported once, as an error, instead of trapping it. With `dated`, `--date` was given: it sets the date of one article, so exactly one
/// must be named.
pub fn articles(paths: Vec<PathBuf>, dated: bool) -> Result<(Vec<PathBuf>, Vec<Error>), Error> {
    let paths = if paths.is_empty() { vec![PathBuf::from("tests/articles")] } else { paths };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(&path, &mut out, &mut errors);
        } else {
            out.push(path);
        }
    }
    if dated && out.len() != 1 {
        let message = format!("sets the date of a single article, but {} were given", out.len());
        return Err(Error::file("--date", message));
    }
    Ok((out, errors))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<Error>) {
    let walker = ignore::WalkBuilder::new(dir)
        .hidden(true)
        .ignore(true)
        .git_ignore(true)
        .require_git(false)
        .git_global(false)
        .git_exclude(false)
        .follow_links(true)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                // The walker's messages start with a capital; ours are lower case.
                let message = e.to_string();
                let mut chars = message.chars();
                let message = chars
                    .next()
                    .map_or(String::new(), |c| c.to_lowercase().chain(chars).collect::<String>());
                errors.push(Error::file(&dir.display().to_string(), message));
                continue;
            }
        };
        let path = entry.path();
        if entry.file_type().is_some_and(|t| t.is_file())
            && path.extension().is_some_and(|e| e == "txt" || e == "md")
        {
            out.push(entry.into_path());
        }
    }
}

/// Reads the article at `path`, or standard input for `-`.
pub fn load_article(path: &Path) -> Result<Article, Error> {
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
