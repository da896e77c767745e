//! The review page (`canon check --format html`): valid HTML by a browser-grade parser
//! (html5ever, through `scraper`), every finding marked exactly once with its status label at
//! the line and column it names, hostile text shown and never run, the overview in step with the
//! findings, and the same bytes on every run. `scripts/browser-check` holds a real browser's DOM
//! to the same rules (`tests/html/dom.rs`).

mod support;

#[path = "html/dom.rs"]
mod dom;

use canon::article::{Article, Overrides};
use canon::canon::Canon;
use canon::check::{Checked, check_article};
use canon::finding::{Finding, Status};
use canon::render::html::{HtmlReport, OPEN_UP_TO, TABLE_ROWS, shown};
use canon::render::json::JsonReport;
use canon::render::{Report, Tally};
use canon::span::Span;
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

fn select<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    html.select(&Selector::parse(css).expect("selector")).collect()
}

/// The page, parsed: html5ever reports no parse error.
fn parse(page: &str) -> Html {
    let html = Html::parse_document(page);
    assert_eq!(html.errors, Vec::<std::borrow::Cow<str>>::new(), "parse errors");
    html
}

/// The page and the JSON document of the same articles, rendered from the same findings.
fn render(canon: &Canon, checked: &[Checked], inputs: usize) -> (String, Value) {
    let mut html = HtmlReport::new(canon, inputs);
    let mut json = JsonReport::default();
    let mut tally = Tally::default();
    let mut page = String::new();
    for c in checked {
        tally.add(c);
        page.push_str(&html.article(c));
        json.article(c);
    }
    page.push_str(&html.finish(&tally));
    (page, serde_json::from_str(&json.finish(&tally)).expect("json"))
}

fn article(path: &str, text: &str) -> Article {
    Article::from_bytes(path, text.as_bytes().to_vec()).expect("the article reads")
}

fn finding(check: &str, status: Status, span: (usize, usize), found: &str) -> Finding {
    Finding {
        check: check.to_string(),
        status,
        span: Span::new(span.0, span.1),
        found: found.to_string(),
        expected: "what the canon holds".to_string(),
        message: format!("why {check} is {}", status.name()),
    }
}

fn assert_marked_where_they_say(page: &str, findings: &Value) {
    parse(page);
    let problems = dom::problems(page, findings);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_seeds_page_marks_every_finding_once_where_it_says() {
    let page = support::check_seeds(&["--format", "html"]);
    let findings: Value =
        serde_json::from_str(&support::check_seeds(&["--format", "json"])).expect("json");
    assert_marked_where_they_say(&page, &findings);
    let html = parse(&page);
    let count = findings["articles"].as_array().expect("articles").iter();
    let count: usize = count.map(|a| a["findings"].as_array().expect("findings").len()).sum();
    assert!(count > 40, "the seeds have {count} findings");
    assert_eq!(select(&html, ".lab").len(), count);
    // A small run opens every article.
    assert_eq!(select(&html, "details.article[open]").len(), 5);
}

/// What the page is for: the seeds' page shows 003's weekday mismatch and 001's wrong
/// attribution, mixed script and misspelled name on the text, each with its label.
#[test]
fn the_seeds_page_shows_what_needs_a_look() {
    let html = parse(&support::check_seeds(&["--format", "html"]));
    let marked = |article: &str, check: &str| -> Vec<(String, String)> {
        let css =
            format!("details[data-path='tests/articles/{article}'] .lab[data-check='{check}']");
        select(&html, &css)
            .iter()
            .map(|label| {
                let mark = ElementRef::wrap(label.parent().expect("a mark")).expect("an element");
                let excerpt = select_in(&mark, ".x").concat();
                (label.text().collect(), excerpt)
            })
            .collect()
    };
    let want = |status: &str, excerpt: &str| (status.to_string(), excerpt.to_string());
    assert_eq!(
        marked("003_713e3813aabe39d1.txt", "weekday-mismatch"),
        [want("✗ discrepant", "Senin")]
    );
    let seed = "001_f011f847b0c797aa.txt";
    let troops = marked(seed, "troops-sent-2024");
    assert!(troops.contains(&want("✗ discrepant", "lebih dari 10.000 tentara")), "{troops:?}");
    assert_eq!(marked(seed, "mixed-script"), [want("! warning", "Tุมภาพันธ์")]);
    assert_eq!(marked(seed, "misspelled-entity"), [want("! warning", "Korearn Utara")]);
}

fn select_in(element: &ElementRef, css: &str) -> Vec<String> {
    let selector = Selector::parse(css).expect("selector");
    element.select(&selector).map(|e| e.text().collect()).collect()
}

/// The overview's table: a row per article with its counts by status, and per claim a link to
/// each of its findings there, as `snapshots/corpus.snap` lists them; the claims' entries hold
/// their statements and sources.
#[test]
fn the_overview_counts_and_links_every_finding() {
    let page = support::check_seeds(&["--format", "html"]);
    let findings: Value =
        serde_json::from_str(&support::check_seeds(&["--format", "json"])).expect("json");
    let html = parse(&page);
    let rows = select(&html, "#matrix tbody tr");
    let articles = findings["articles"].as_array().expect("articles");
    assert_eq!(rows.len(), articles.len());
    let canon = Canon::load(&support::root().join("claims.yaml")).expect("the canon loads");
    for (n, (row, article)) in rows.iter().zip(articles).enumerate() {
        let cells = select_in(row, "td");
        assert_eq!(cells[1], article["path"].as_str().expect("path"));
        let findings = article["findings"].as_array().expect("findings");
        for (k, status) in Status::ALL.iter().rev().enumerate() {
            let count = findings.iter().filter(|f| f["status"] == status.name()).count();
            assert_eq!(cells[2 + k], count.to_string(), "row {n}, {}", status.name());
        }
        for claim in &canon.claims {
            let css = format!("td[data-check='{}'] a", claim.id);
            let links: Vec<String> = row
                .select(&Selector::parse(&css).expect("selector"))
                .map(|a| a.attr("href").unwrap_or("").to_string())
                .collect();
            let expected: Vec<String> = (findings.iter().enumerate())
                .filter(|(_, f)| f["check"] == claim.id.as_str())
                .map(|(k, _)| format!("#a{}-f{}", n + 1, k + 1))
                .collect();
            if select(&html, &format!("th[data-check='{}']", claim.id)).is_empty() {
                assert!(expected.is_empty(), "{} has findings but no column", claim.id);
            } else {
                assert_eq!(links, expected, "row {n}, claim {}", claim.id);
            }
        }
    }
    let troops = select(&html, "#c-troops-sent-2024 + dd");
    let entry: String = troops[0].text().collect();
    let claim = canon.claim("troops-sent-2024").expect("the claim");
    assert!(entry.contains(&claim.statement), "{entry}");
    assert!(claim.sources.iter().all(|s| entry.contains(s.as_str())), "{entry}");
    let killed = select(&html, "#c-north-korean-troops-killed + dd a");
    let hrefs: Vec<&str> = killed.iter().filter_map(|a| a.attr("href")).collect();
    let moscow_times = "https://www.themoscowtimes.com/2025/09/02/\
                        around-2k-north-korean-soldiers-killed-fighting-for-russia-\
                        seoul-claims-a90400";
    assert_eq!(hrefs, [moscow_times]);
}

/// A canon whose statement and sources, and an article whose path, front matter, text and
/// findings, hold markup, quotes, addresses that are not the web's and characters a page
/// cannot hold: all are shown as text, nothing runs, and only web addresses become links.
#[test]
fn hostile_text_is_shown_and_never_run() {
    let yaml = r#"
entities:
  x:
    names:
      en: [Xanadu]
claims:
  - id: evil
    statement: "<script>alert('statement')</script> & \"quoted\""
    sources:
      - "javascript:alert(1)"
      - "see https://example.com/?a=1&b=\"2\"<img src=x onerror=alert(3)> (archived)."
    cues:
      en: [built]
    context: [x]
    event:
      date: 1999-01-01
"#;
    let canon = Canon::parse("evil.yaml", yaml).expect("the canon loads");
    let text = "---\ntitle: \"<b>bold</b>\"\nsource: javascript:alert(2)\n---\n\
                Xanadu <script>alert('text')</script> was built\r\nin 1999 & \"more\" 'x' \
                <img src=x onerror=alert(4)> \u{1}\u{7f}\u{85}\u{9f}\u{fffe}\u{1fffe} \r lone.\n\
                </div></span></details><!-- -->\n";
    let path = "a <b>\"path\"</b>.txt";
    let mut checked = check_article(&canon, article(path, text), Overrides::default());
    let at = |s: &str| text.find(s).expect("in the text");
    let tag = at("<script>");
    checked.findings = vec![
        finding("evil", Status::Discrepant, (tag, tag + 31), "<script>alert('found')</script>"),
        finding("<evil \"check\">", Status::Warning, (at("<img"), at("\u{1}") + 11), "\r\n\"'&"),
        finding("evil", Status::Consistent, (at("\r lone"), at("lone.") + 4), "</span>"),
        finding("evil", Status::Outdated, (at("</div>"), at("<!--") + 7), "-->"),
    ];
    let (page, findings) = render(&canon, std::slice::from_ref(&checked), 1);
    assert_marked_where_they_say(&page, &findings);
    let html = parse(&page);
    assert_eq!(select(&html, "script").len(), 1, "only the page's own script");
    assert!(select(&html, "img, [src], link, iframe, object, embed").is_empty());
    assert!(select(&html, "b").iter().all(|b| b.text().collect::<String>() == "sources"));
    for element in select(&html, "*") {
        for (name, value) in element.value().attrs() {
            assert!(!name.starts_with("on"), "{name}={value:?}");
            if name == "href" {
                assert!(value.starts_with('#') || value.starts_with("https://"), "{value:?}");
            }
        }
    }
    let links: Vec<&str> =
        select(&html, "a[href^='https']").iter().filter_map(|a| a.attr("href")).collect();
    assert_eq!(links, ["https://example.com/?a=1&b="]);
    // The text as shown is the article's, with stand-ins for what a page cannot hold.
    let shown_text: String = select(&html, ".text")[0]
        .descendants()
        .filter(|n| {
            n.ancestors()
                .filter_map(ElementRef::wrap)
                .all(|e| !e.value().classes().any(|c| c == "lab"))
        })
        .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
        .collect();
    assert_eq!(shown_text, shown(text));
    assert!(
        shown_text.contains("\u{2401}\u{2421} \u{fffd}\u{fffd}\u{fffd}   lone."),
        "{shown_text:?}"
    );
    let meta: String = select(&html, ".meta")[0].text().collect();
    assert!(meta.contains("title “<b>bold</b>” · source javascript:alert(2)"), "{meta}");
    assert_eq!(select(&html, "details.article")[0].attr("data-path"), Some(path));
    let title = select(&html, ".m")[0].attr("title").unwrap_or("");
    assert!(title.contains("found: <script>alert('found')</script>"), "{title}");
}

/// Findings whose excerpts are the same, nested, crossing, touching, empty or at the text's
/// ends: each still has exactly one label, inside a mark that holds its excerpt.
#[test]
fn overlapping_excerpts_share_a_mark_and_each_appears_once() {
    let canon = support::canon();
    let text = "Alpha beta gamma delta\nepsilon zeta eta theta iota.";
    let mut checked = check_article(&canon, article("overlap.txt", text), Overrides::default());
    let at = |s: &str| text.find(s).expect("in the text");
    let end = text.len();
    checked.findings = vec![
        finding("a", Status::Consistent, (0, 5), "alpha"),
        finding("b", Status::Discrepant, (0, 5), "alpha again"),
        finding("c", Status::Warning, (at("beta"), at("delta") + 5), "beta to delta"),
        finding("d", Status::Unresolved, (at("gamma"), at("gamma") + 5), "gamma inside"),
        finding("e", Status::Outdated, (at("delta"), at("zeta") + 4), "crossing the line"),
        finding("f", Status::Consistent, (at(" eta") + 1, at(" eta") + 4), "touching nothing"),
        finding("g", Status::Consistent, (at("theta"), at("theta")), "empty"),
        finding("h", Status::Consistent, (at("theta"), at("theta") + 5), "theta"),
        finding("i", Status::Discrepant, (at("iota"), end), "to the end"),
    ];
    canon::finding::sort(&mut checked.findings);
    let (page, findings) = render(&canon, std::slice::from_ref(&checked), 1);
    assert_marked_where_they_say(&page, &findings);
    let html = parse(&page);
    let marks: Vec<(String, usize, String)> = select(&html, ".m")
        .iter()
        .map(|m| {
            let class =
                m.value().classes().find(|c| c.starts_with("st-")).unwrap_or("").to_string();
            (select_in(m, ".x").concat(), select_in(m, ".lab").len(), class)
        })
        .collect();
    let mark = |text: &str, labels: usize, status: &str| {
        (text.to_string(), labels, format!("st-{status}"))
    };
    assert_eq!(
        marks,
        [
            mark("Alpha", 2, "discrepant"),
            mark("beta gamma delta\nepsilon zeta", 3, "outdated"),
            mark("eta", 1, "consistent"),
            mark("", 1, "consistent"),
            mark("theta", 1, "consistent"),
            mark("iota.", 1, "discrepant"),
        ]
    );
}

/// The page is written as articles are checked: its head with the first, then one section per
/// article in input order; the overview and the script come only at the end. A run with no
/// article is still a whole page.
#[test]
fn the_page_streams_article_by_article() {
    let canon = support::canon();
    let texts = ["Kamis (21/8/2025) Korea Utara.", "Senin (28/4/2025).", "Nothing here."];
    let mut report = HtmlReport::new(&canon, texts.len());
    for (n, text) in texts.iter().enumerate() {
        let checked =
            check_article(&canon, article(&format!("{n}.txt"), text), Overrides::default());
        let piece = report.article(&checked);
        assert_eq!(piece.starts_with("<!DOCTYPE html>"), n == 0);
        assert!(piece.contains(&format!("<details class=\"article\" id=\"a{}\"", n + 1)));
        assert!(piece.trim_end().ends_with("</details>"), "{piece}");
        assert!(!piece.contains("id=\"overview\"") && !piece.contains("<script>"));
    }
    let end = report.finish(&Tally::default());
    assert!(end.contains("<section id=\"overview\">") && end.ends_with("</html>\n"));
    let empty = HtmlReport::new(&canon, 0).finish(&Tally::default());
    let html = parse(&empty);
    assert!(select(&html, "details.article").is_empty());
    assert_eq!(select(&html, "#overview").len(), 1);
}

/// A large run starts with its articles closed and shows the first rows of its table; a small
/// one opens them all.
#[test]
fn large_runs_start_collapsed() {
    let canon = support::canon();
    let checked: Vec<Checked> = (0..=TABLE_ROWS)
        .map(|n| {
            let text = format!("Kamis (21/8/2025) {n}.");
            check_article(&canon, article(&format!("{n}.txt"), &text), Overrides::default())
        })
        .collect();
    let (page, findings) = render(&canon, &checked, checked.len());
    assert_marked_where_they_say(&page, &findings);
    let html = parse(&page);
    assert_eq!(select(&html, "details.article").len(), TABLE_ROWS + 1);
    assert!(select(&html, "details.article[open]").is_empty());
    assert_eq!(select(&html, "#matrix tbody tr[hidden]").len(), 1);
    assert_eq!(select(&html, ".more:not([hidden])").len(), 1);
    let (page, _) = render(&canon, &checked[..OPEN_UP_TO], OPEN_UP_TO);
    let html = parse(&page);
    assert_eq!(select(&html, "details.article[open]").len(), OPEN_UP_TO);
    assert!(select(&html, "#matrix tbody tr[hidden]").is_empty());
}

/// The page needs nothing from anywhere: no element loads a resource, and the style imports
/// nothing.
#[test]
fn the_page_is_self_contained() {
    let page = support::check_seeds(&["--format", "html"]);
    let html = parse(&page);
    assert!(select(&html, "[src], link, iframe, object, embed, img").is_empty());
    for style in select(&html, "style") {
        let css: String = style.text().collect();
        assert!(!css.contains("url(") && !css.contains("@import"), "{css}");
    }
}

/// The same articles give the same bytes: run after run, and on one thread or several.
#[test]
fn the_page_is_the_same_bytes_every_time() {
    let one = support::check_seeds(&["--format", "html", "--threads", "1"]);
    assert_eq!(one, support::check_seeds(&["--format", "html", "--threads", "2"]));
    assert_eq!(one, support::check_seeds(&["--format", "html", "--threads", "2"]));
}
