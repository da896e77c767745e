//! A review page (`canon check --format html`) held against the findings of `--format json`:
//! every finding has exactly one label, with its status, check, line and column, inside a
//! mark whose text holds the finding's excerpt at that line and column of the article's text
//! as the page shows it. Used on the page as canon writes it (`tests/html.rs`) and on the DOM a
//! browser made of it (`examples/page_dom.rs`, run by `scripts/browser-check`).
//!
//! The page's text is read as a browser lays it out: the text of the article's `.text` element
//! in document order, leaving out the labels and panels inside marks.

use std::collections::HashMap;

use canon::finding::Status;
use canon::render::html::{icon, shown};
use scraper::node::Node;
use scraper::{ElementRef, Html, Selector};
use serde_json::Value as Json;

/// A mark of an article's text: where its text starts and ends (in characters of the page's
/// text of the article).
#[derive(Debug)]
struct Mark {
    start: usize,
    end: usize,
}

/// A finding's label as the page has it.
#[derive(Debug)]
struct Label {
    mark: usize,
    status: String,
    check: String,
    line: String,
    column: String,
    text: String,
    title: String,
}

/// An article's text as the page shows it, its marks and its labels by id.
#[derive(Default)]
struct Read {
    text: Vec<char>,
    marks: Vec<Mark>,
    labels: HashMap<String, Label>,
    problems: Vec<String>,
}

fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("a valid selector")
}

fn has_class(e: &ElementRef, class: &str) -> bool {
    e.value().classes().any(|c| c == class)
}

impl Read {
    fn walk(&mut self, node: ElementRef, mark: Option<(usize, &str)>) {
        for child in node.children() {
            match child.value() {
                Node::Text(t) => self.text.extend(t.chars()),
                Node::Element(_) => {
                    let Some(e) = ElementRef::wrap(child) else { continue };
                    if has_class(&e, "pop") {
                        continue;
                    }
                    if has_class(&e, "lab") {
                        self.label(&e, mark);
                    } else if has_class(&e, "m") {
                        if mark.is_some() {
                            self.problems.push("a mark inside a mark".to_string());
                        }
                        let n = self.marks.len();
                        self.marks.push(Mark { start: self.text.len(), end: self.text.len() });
                        self.walk(e, Some((n, e.attr("title").unwrap_or(""))));
                        self.marks[n].end = self.text.len();
                    } else {
                        self.walk(e, mark);
                    }
                }
                _ => {}
            }
        }
    }

    fn label(&mut self, e: &ElementRef, mark: Option<(usize, &str)>) {
        let id = e.attr("id").unwrap_or("").to_string();
        let Some((mark, title)) = mark else {
            self.problems.push(format!("label {id:?} is outside any mark"));
            return;
        };
        let attr = |name: &str| e.attr(name).unwrap_or("").to_string();
        let label = Label {
            mark,
            status: attr("data-status"),
            check: attr("data-check"),
            line: attr("data-line"),
            column: attr("data-column"),
            text: e.text().collect(),
            title: title.to_string(),
        };
        if self.labels.insert(id.clone(), label).is_some() {
            self.problems.push(format!("label {id:?} appears more than once"));
        }
    }

    /// The character offset of a 1-based line and column of the page's text.
    fn offset(&self, line: usize, column: usize) -> Option<usize> {
        let mut at = 0;
        for _ in 1..line {
            at += self.text[at..].iter().position(|&c| c == '\n')? + 1;
        }
        let at = at + column - 1;
        (at <= self.text.len() && !self.text[at - (column - 1)..at].contains(&'\n')).then_some(at)
    }

    /// Where `excerpt` (words joined by single spaces, as findings give it: white space at its
    /// ends left out) ends when it starts at `at` of the page's text, if it does.
    fn excerpt_end(&self, at: usize, excerpt: &str) -> Option<usize> {
        let spaces = |i: usize| self.text[i..].iter().take_while(|c| c.is_whitespace()).count();
        let mut i = at + spaces(at);
        for (n, word) in excerpt.split(' ').enumerate() {
            if n > 0 {
                match spaces(i) {
                    0 => return None,
                    n => i += n,
                }
            }
            for c in shown(word).chars() {
                if self.text.get(i) != Some(&c) {
                    return None;
                }
                i += 1;
            }
        }
        Some(i)
    }
}

/// Every problem of `page` against `findings` (a `--format json` document), none when the page
/// marks every finding exactly once where it says.
pub fn problems(page: &str, findings: &Json) -> Vec<String> {
    let html = Html::parse_document(page);
    let mut problems = Vec::new();
    let sections: Vec<ElementRef> = html.select(&selector("details.article")).collect();
    let articles = findings["articles"].as_array().cloned().unwrap_or_default();
    if sections.len() != articles.len() {
        problems.push(format!(
            "{} article sections for {} articles",
            sections.len(),
            articles.len()
        ));
    }
    let text = selector(".text");
    let mut labels = 0;
    for (n, (section, article)) in sections.iter().zip(&articles).enumerate() {
        let path = article["path"].as_str().unwrap_or("");
        let at = format!("article {} ({path})", n + 1);
        if section.attr("data-path") != Some(path)
            || section.attr("id") != Some(&format!("a{}", n + 1))
        {
            problems.push(format!("{at}: its section is {:?}", section.attr("data-path")));
        }
        let mut read = Read::default();
        match section.select(&text).next() {
            Some(t) => read.walk(t, None),
            None => problems.push(format!("{at}: no text")),
        }
        problems.extend(read.problems.iter().map(|p| format!("{at}: {p}")));
        let findings = article["findings"].as_array().cloned().unwrap_or_default();
        labels += read.labels.len();
        if read.labels.len() != findings.len() {
            let (l, f) = (read.labels.len(), findings.len());
            problems.push(format!("{at}: {l} labels for {f} findings"));
        }
        for mark in 0..read.marks.len() {
            if !read.labels.values().any(|l| l.mark == mark) {
                problems.push(format!("{at}: mark {} has no label", mark + 1));
            }
        }
        for (k, f) in findings.iter().enumerate() {
            let id = format!("a{}-f{}", n + 1, k + 1);
            let field = |name: &str| match &f[name] {
                Json::String(s) => s.clone(),
                other => other.to_string(),
            };
            let Some(label) = read.labels.get(&id) else {
                problems.push(format!(
                    "{at}: finding {} ({}) has no label {id}",
                    k + 1,
                    field("check")
                ));
                continue;
            };
            let status = field("status");
            let icon = Status::ALL.iter().find(|s| s.name() == status).map_or("", |&s| icon(s));
            let wanted = format!("{icon} {status}");
            let seen = (&label.status, &label.check, &label.line, &label.column, &label.text);
            if seen != (&status, &field("check"), &field("line"), &field("column"), &wanted) {
                problems.push(format!("{at}: label {id} is {seen:?}, the finding {f}"));
            }
            for line in
                [format!("found: {}", field("found")), format!("reason: {}", field("message"))]
            {
                if !label.title.contains(&line.replace(['\r', '\n'], " ")) {
                    problems.push(format!("{at}: the title of {id}'s mark lacks {line:?}"));
                }
            }
            let (line, column) =
                (f["line"].as_u64().unwrap_or(0), f["column"].as_u64().unwrap_or(0));
            let Some(start) = read.offset(line as usize, column as usize) else {
                problems.push(format!("{at}: {id}: the text has no {line}:{column}"));
                continue;
            };
            let excerpt = field("excerpt");
            let mark = &read.marks[label.mark];
            match read.excerpt_end(start, &excerpt) {
                Some(end) if mark.start <= start && end <= mark.end => {}
                Some(_) => problems.push(format!(
                    "{at}: {id}: {excerpt:?} at {line}:{column} is not inside its mark {:?}",
                    read.text[mark.start..mark.end].iter().collect::<String>()
                )),
                None => problems.push(format!(
                    "{at}: {id}: the text at {line}:{column} is not {excerpt:?} but {:?}",
                    read.text[start..].iter().take(excerpt.chars().count()).collect::<String>()
                )),
            }
        }
    }
    let all = html.select(&selector(".lab")).count();
    if all != labels {
        problems.push(format!("{all} labels in the page, {labels} in its articles' texts"));
    }
    problems
}
