//! Holds the DOM a browser made of a review page to the findings it shows, for
//! `scripts/browser-check`:
//!
//! cargo run --example page_dom -- DOM.html FINDINGS.json [--panels N]
//!
//! DOM.html is what `chromium --headless --dump-dom` wrote of the page of `canon check --format
//! html`, FINDINGS.json the `--format json` of the same run. Every finding must have exactly one
//! label, in a mark whose text holds its excerpt at its line and column (`tests/html/dom.rs`,
//! the rules `tests/html.rs` holds the page as written to). The page's script must have run: the
//! overview stands first in `main`. With `--panels N`, N marks must have the panel the script
//! makes when a mark is pointed at or focused, and each panel must tell, for each finding of its
//! mark, the claim's id and statement (or the built-in check's summary), what was found and
//! expected, and why. Prints each problem and exits 1, or prints what held.

#[path = "../tests/html/dom.rs"]
mod dom;

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dom_path, json_path, panels) = match args.as_slice() {
        [dom, json] => (dom, json, 0),
        [dom, json, flag, n] if flag == "--panels" => {
            (dom, json, n.parse().unwrap_or_else(|_| fail("--panels takes a number")))
        }
        _ => fail("usage: page_dom DOM.html FINDINGS.json [--panels N]"),
    };
    let read = |path: &str| {
        std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{path}: {e}")))
    };
    let page = read(dom_path);
    let findings: Value = serde_json::from_str(&read(json_path))
        .unwrap_or_else(|e| fail(&format!("{json_path}: {e}")));
    let mut problems = dom::problems(&page, &findings);
    let html = Html::parse_document(&page);
    let first = select(&html, "main > section").next().and_then(|s| s.attr("id"));
    if first != Some("overview") {
        problems.push(format!("the script did not run: main's first section is {first:?}"));
    }
    let marks = select(&html, ".m").filter(|m| m.select(&selector(".pop")).next().is_some());
    let marks: Vec<_> = marks.collect();
    if marks.len() != panels {
        problems.push(format!("{} marks have a panel, not {panels}", marks.len()));
    }
    for mark in &marks {
        problems.extend(panel(&html, mark));
    }
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("page_dom: {problem}");
        }
        std::process::exit(1);
    }
    let articles = findings["articles"].as_array().map_or(0, Vec::len);
    let count = select(&html, ".lab").count();
    println!(
        "page_dom: {count} findings in {articles} articles, each marked once where it says{}",
        if panels > 0 {
            format!("; {panels} panel(s) tell each finding's claim")
        } else {
            String::new()
        }
    );
}

/// The problems of a mark's panel: an entry per label, each telling the label's claim (or
/// check), its statement (or summary), what was found and expected, and why.
fn panel(html: &Html, mark: &ElementRef) -> Vec<String> {
    let labels: Vec<ElementRef> = mark.select(&selector(".lab")).collect();
    let entries: Vec<String> =
        mark.select(&selector(".pop .f")).map(|f| f.text().collect()).collect();
    let mut problems = Vec::new();
    if entries.len() != labels.len() {
        problems.push(format!("a panel has {} entries for {} labels", entries.len(), labels.len()));
    }
    for (label, entry) in labels.iter().zip(&entries) {
        let check = label.attr("data-check").unwrap_or("");
        let about: String = select(html, &format!("[id='c-{check}'] + dd .about"))
            .map(|a| a.text().collect::<String>())
            .collect();
        for part in [check, about.as_str(), "found ", "expected ", "reason "] {
            if part.is_empty() || !entry.contains(part) {
                problems.push(format!("the panel of {check} lacks {part:?}: {entry:?}"));
            }
        }
    }
    problems
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("selector")
}

fn select<'a>(html: &'a Html, css: &str) -> std::vec::IntoIter<scraper::ElementRef<'a>> {
    html.select(&selector(css)).collect::<Vec<_>>().into_iter()
}

fn fail(message: &str) -> ! {
    eprintln!("page_dom: {message}");
    std::process::exit(2);
}
