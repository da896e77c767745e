//! `canon check --format html`: the review page. One self-contained HTML file (its style and a
//! small script inline; nothing fetched from anywhere) that shows every article's text with each
//! finding marked on its excerpt, and an overview of the run.
//!
//! In: the canon (claims' statements and sources, built-in checks' summaries) and the checked
//! articles, one at a time in input order. Out: the page, written as the articles come: the
//! page's head with the first article, one `<details>` section per article, and the overview,
//! the claims and the script at [`Report::finish`]. The overview comes last in the file but
//! first on screen: `main` is a flex column and the overview has `order: -1`, so it stands first
//! without the script (and in print); the script then moves it first in the document too, so
//! that keyboard and screen-reader order is the order seen. Nothing is kept of an article once
//! its section is written but its row of the overview (counts, and what it states per claim).
//!
//! The page's shape is a contract for the tests and the browser check
//! (`scripts/browser-check`):
//!
//! - an article is `<details class="article" id="aN" data-path="…">` (N counts from 1 in output
//!   order), open when the run has at most [`OPEN_UP_TO`] inputs and closed otherwise, so a page
//!   of thousands of articles lays out only its overview until one is opened;
//! - its text is `<div class="text">`: the article's whole text (front matter included, so lines
//!   and columns are the findings' own), each finding's excerpt inside a mark
//!   `<span class="m st-STATUS" tabindex="0" title="…">`, whose `<span class="x">` holds the
//!   excerpt's text and whose title tells each of its findings in four lines (see `title` below);
//! - each finding `K` (its place in the article's findings, from 1, as in `--format json`) has
//!   exactly one visible label, after its mark's excerpt:
//!   `<span class="lab st-STATUS" id="aN-fK" data-status data-check data-line data-column>`,
//!   an icon and the status's name;
//! - findings whose excerpts overlap (nested, crossing or the same) share one mark over the union
//!   of their excerpts, coloured by the worst of their statuses, with one label each: every
//!   finding appears exactly once, and every mark's text is a run of the article's.
//!
//! A mark's panel (`<span class="pop">`, shown on hover and on keyboard focus) is made by the
//! script the first time the mark is pointed at or focused, from its title, its labels and the
//! overview's entry of each claim (`<dt id="c-CLAIM">`, written once per claim): the claim's id
//! and statement, what was found, what was expected, the reason and the claim's sources (an
//! `http(s)` address in a source is a link). A browser pays for elements far more than for
//! attributes' bytes: written into every mark, panels doubled the page and made it five times
//! slower to open (ARCHITECTURE.md).
//!
//! The overview: the run's counts; a filter by status and by claim (or built-in check); one
//! table (`#matrix`) with a row per article, its counts by status (sortable) and, per claim that
//! some article states, the claim × article matrix of `snapshots/corpus.snap`: an icon per
//! finding, linking to its label, and what the article states when one claim is filtered. Past
//! [`TABLE_ROWS`] rows the rest start hidden; then the claims and checks the findings name.
//!
//! Text is escaped everywhere (`&`, `<`, `>`, `"`, `'`), so an article's `<script>` is shown and
//! never run. Characters that a page cannot hold as they are become visible stand-ins, one
//! character for one so that columns still count: C0 controls and DEL their Unicode control
//! pictures, C1 controls and noncharacters U+FFFD; a CR is dropped before a LF and is a space
//! elsewhere (canon reads a lone CR as white space, a browser as a line end). The output is a
//! function of its input alone: no time, no hash-map order.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;
use std::ops::Range;

use crate::canon::Canon;
use crate::check::Checked;
use crate::finding::{Finding, Status};
use crate::render::{Report, Tally, checks, language_and_date};
use crate::span::{LineIndex, Span};

/// Runs with at most this many inputs have their articles open; larger ones start collapsed.
pub const OPEN_UP_TO: usize = 20;

/// The overview's table shows this many articles until asked for all: a browser lays out a
/// table of thousands of rows and dozens of columns for seconds, and hidden rows cost nothing.
/// Sorting and filtering reach every row. Without the script, a style in `<noscript>` shows all.
pub const TABLE_ROWS: usize = 200;

const STYLE: &str = include_str!("html.css");
const SCRIPT: &str = include_str!("html.js");

/// The icon of a status, shown with its name: colour is never the only sign.
pub fn icon(status: Status) -> &'static str {
    match status {
        Status::Consistent => "✓",
        Status::Unresolved => "?",
        Status::Warning => "!",
        Status::Outdated => "◷",
        Status::Discrepant => "✗",
    }
}

/// What the page says of a check a finding names.
struct CheckInfo {
    id: String,
    /// The claim's statement, or the built-in check's summary.
    about: String,
    sources: Vec<String>,
    /// A claim of the canon (a column of the matrix), not a built-in check.
    claim: bool,
}

/// One article's row of the overview.
struct Row {
    path: String,
    counts: [usize; Status::ALL.len()],
    /// What the article states per claim: (check index, status, found, label id).
    stated: Vec<(usize, Status, String, String)>,
}

/// `canon check --format html`: see the module's documentation.
pub struct HtmlReport {
    canon: String,
    checks: Vec<CheckInfo>,
    /// Where each check's id stands in `checks` (looked up, never iterated).
    by_id: HashMap<String, usize>,
    /// The checks some finding has named so far, by their index in `checks`.
    seen: Vec<bool>,
    /// Checks named by findings that neither the canon nor the built-in checks know.
    unknown: BTreeSet<String>,
    open: bool,
    started: bool,
    rows: Vec<Row>,
}

impl HtmlReport {
    /// A report for a run over `inputs` paths (files and folders named, or files found): it
    /// decides whether articles start open.
    pub fn new(canon: &Canon, inputs: usize) -> HtmlReport {
        let claims = canon.claims.len();
        let checks: Vec<CheckInfo> = checks(canon)
            .enumerate()
            .map(|(n, (id, about))| CheckInfo {
                id: id.to_string(),
                about: about.to_string(),
                sources: canon.claims.get(n).map_or_else(Vec::new, |c| c.sources.clone()),
                claim: n < claims,
            })
            .collect();
        let by_id = checks.iter().enumerate().map(|(n, c)| (c.id.clone(), n)).collect();
        HtmlReport {
            canon: canon.path.clone(),
            seen: vec![false; checks.len()],
            unknown: BTreeSet::new(),
            checks,
            by_id,
            open: inputs <= OPEN_UP_TO,
            started: false,
            rows: Vec::new(),
        }
    }

    /// The page's head and the opening of the articles, once, before anything else.
    fn start(&mut self, out: &mut String) {
        if std::mem::replace(&mut self.started, true) {
            return;
        }
        out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.push_str(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
        );
        push_text(out, &format!("canon review: {}", self.canon));
        out.push_str("</title>\n<style>\n");
        out.push_str(STYLE);
        out.push_str("</style>\n<noscript><style>#matrix tr[hidden] { display: table-row; } ");
        out.push_str(".more { display: none; }</style></noscript>\n</head>\n<body>\n");
        out.push_str("<header>\n<h1>canon review</h1>\n<p>What <code>canon check</code> found ");
        out.push_str("in each article against <code>");
        push_text(out, &self.canon);
        out.push_str("</code>, marked on the text: hover over a mark, or move to it with Tab, ");
        out.push_str("for the claim, what was found and expected, and why. ");
        out.push_str("<a href=\"#overview\">Overview</a> · <a href=\"#articles\">Articles</a>");
        out.push_str("</p>\n</header>\n<main>\n<section id=\"articles\">\n<h2>Articles</h2>\n");
    }

    /// Notes that a finding names `check`.
    fn saw(&mut self, check: &str) {
        match self.by_id.get(check) {
            Some(&c) => self.seen[c] = true,
            None => {
                self.unknown.insert(check.to_string());
            }
        }
    }
}

impl Report for HtmlReport {
    fn article(&mut self, checked: &Checked) -> String {
        let text = &checked.article.text;
        let n = self.rows.len() + 1;
        let mut out = String::with_capacity(4096 + 2 * text.len() + 1500 * checked.findings.len());
        self.start(&mut out);
        let mut row = Row {
            path: checked.article.path.clone(),
            counts: Status::ALL.map(|s| checked.count(s)),
            stated: Vec::new(),
        };
        let _ = write!(out, "<details class=\"article\" id=\"a{n}\" data-path=\"");
        push_text(&mut out, &row.path);
        out.push_str(if self.open { "\" open>\n<summary>" } else { "\">\n<summary>" });
        let _ = write!(out, "<span class=\"n\">{n}</span> <span class=\"path\">");
        push_text(&mut out, &row.path);
        out.push_str("</span> ");
        push_counts(&mut out, &row.counts);
        out.push_str("</summary>\n<p class=\"meta\">");
        let (language, date) = language_and_date(&checked.reading);
        let _ = write!(out, "language {language} · date {date}");
        if let Some(title) = &checked.article.title {
            out.push_str(" · title “");
            push_text(&mut out, title);
            out.push('”');
        }
        if let Some(source) = &checked.article.source {
            out.push_str(" · source ");
            push_linked(&mut out, source);
        }
        let _ =
            write!(out, "</p>\n<div class=\"text\" lang=\"{}\">", checked.reading.language.code());

        let index = LineIndex::new(text);
        let mut written = 0;
        for (span, members) in marks(text, &checked.findings) {
            push_text(&mut out, &text[written..span.start]);
            written = span.end;
            let worst = members.iter().map(|&k| checked.findings[k].status).max();
            let worst = worst.unwrap_or(Status::Consistent).name();
            let _ = write!(out, "<span class=\"m st-{worst}\" tabindex=\"0\" title=\"");
            let title: Vec<String> = members.iter().map(|&k| title(&checked.findings[k])).collect();
            push_text(&mut out, &title.join("\n\n"));
            out.push_str("\"><span class=\"x\">");
            push_text(&mut out, &text[span.range()]);
            out.push_str("</span>");
            for &k in &members {
                let f = &checked.findings[k];
                let p = index.position(text, f.span.start);
                let id = format!("a{n}-f{}", k + 1);
                let status = f.status.name();
                let _ = write!(
                    out,
                    "<span class=\"lab st-{status}\" id=\"{id}\" data-status=\"{status}\" \
                     data-check=\""
                );
                push_text(&mut out, &f.check);
                let _ = write!(
                    out,
                    "\" data-line=\"{}\" data-column=\"{}\">{} {status}</span>",
                    p.line,
                    p.column,
                    icon(f.status)
                );
                self.saw(&f.check);
                if let Some(&c) = self.by_id.get(&f.check).filter(|&&c| self.checks[c].claim) {
                    row.stated.push((c, f.status, f.found.clone(), id));
                }
            }
            out.push_str("</span>");
        }
        push_text(&mut out, &text[written..]);
        out.push_str("</div>\n</details>\n");
        // The matrix lists a claim's findings in the order of the text, as corpus.snap does.
        row.stated.sort_by_key(|&(c, ..)| c);
        self.rows.push(row);
        out
    }

    fn finish(&mut self, tally: &Tally) -> String {
        let mut out = String::new();
        self.start(&mut out);
        out.push_str("</section>\n<section id=\"overview\">\n<h2>Overview</h2>\n");
        let s = |n: usize| if n == 1 { "" } else { "s" };
        let _ = write!(
            out,
            "<p class=\"totals\">{} article{} checked, {} skipped, {} failed. ",
            tally.checked,
            s(tally.checked),
            tally.skipped,
            tally.failed
        );
        let mut totals = [0; Status::ALL.len()];
        for row in &self.rows {
            for (total, n) in totals.iter_mut().zip(row.counts) {
                *total += n;
            }
        }
        push_counts(&mut out, &totals);
        out.push_str("</p>\n");
        self.push_filters(&mut out);
        self.push_table(&mut out);
        self.push_checks(&mut out);
        out.push_str("</section>\n</main>\n<script>\n");
        out.push_str(SCRIPT);
        out.push_str("</script>\n</body>\n</html>\n");
        out
    }
}

impl HtmlReport {
    /// The checks that some finding of the run names, in the canon's order (claims, then
    /// built-in checks), by their index in `checks`.
    fn named(&self) -> Vec<usize> {
        (0..self.checks.len()).filter(|&c| self.seen[c]).collect()
    }

    fn push_filters(&self, out: &mut String) {
        out.push_str(
            "<div class=\"filters\"><label>Status <select id=\"f-status\">\
             <option value=\"\">any</option>",
        );
        for &status in Status::ALL.iter().rev() {
            let _ =
                write!(out, "<option value=\"{0}\">{1} {0}</option>", status.name(), icon(status));
        }
        out.push_str(
            "</select></label> <label>Claim or check <select id=\"f-check\">\
             <option value=\"\">any</option>",
        );
        let ids = self.named().into_iter().map(|c| self.checks[c].id.as_str());
        for id in ids.chain(self.unknown.iter().map(String::as_str)) {
            out.push_str("<option value=\"");
            push_text(out, id);
            out.push_str("\">");
            push_text(out, id);
            out.push_str("</option>");
        }
        out.push_str(
            "</select></label> <output id=\"f-shown\"></output></div>\n\
             <noscript><p>Sorting and filtering need JavaScript.</p></noscript>\n",
        );
    }

    /// The articles' table: counts by status, then the claim × article matrix.
    fn push_table(&self, out: &mut String) {
        let columns: Vec<usize> =
            self.named().into_iter().filter(|&c| self.checks[c].claim).collect();
        let _ = write!(
            out,
            "<div class=\"scroll\"><table id=\"matrix\" data-rows=\"{TABLE_ROWS}\">\n\
             <caption>Each article\u{2019}s \
             findings by status, and what it states of each claim (a mark per finding; filter \
             by a claim to read them). Click a heading to sort.</caption>\n<thead><tr>\
             <th scope=\"col\"><button type=\"button\">#</button></th>\
             <th scope=\"col\"><button type=\"button\">article</button></th>",
        );
        for &status in Status::ALL.iter().rev() {
            let _ = write!(
                out,
                "<th scope=\"col\" class=\"num\"><button type=\"button\">\
                 <span class=\"tag st-{0}\">{1} {0}</span></button></th>",
                status.name(),
                icon(status)
            );
        }
        for &c in &columns {
            let (id, about) = (Escaped(&self.checks[c].id), Escaped(&self.checks[c].about));
            let _ = write!(
                out,
                "<th scope=\"col\" class=\"claim\" data-check=\"{id}\" title=\"{about}\">\
                 <button type=\"button\">{id}</button></th>"
            );
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for (n, row) in self.rows.iter().enumerate() {
            let n = n + 1;
            let hidden = if n > TABLE_ROWS { " hidden" } else { "" };
            let _ =
                write!(out, "<tr data-a=\"a{n}\"{hidden}><td data-v=\"{n}\">{n}</td><td data-v=\"");
            push_text(out, &row.path);
            let _ = write!(out, "\"><a href=\"#a{n}\">");
            push_text(out, &row.path);
            out.push_str("</a></td>");
            for count in row.counts.iter().rev() {
                let _ = write!(out, "<td class=\"num\" data-v=\"{count}\">{count}</td>");
            }
            let mut stated = row.stated.iter().peekable();
            for &c in &columns {
                let mut cell = String::new();
                let mut worst = None;
                while let Some((_, status, found, id)) = stated.next_if(|s| s.0 == c) {
                    worst = worst.max(Some(*status));
                    let _ = write!(
                        cell,
                        "<a class=\"st-{0}\" href=\"#{id}\" title=\"{0} ",
                        status.name()
                    );
                    push_text(&mut cell, found);
                    let _ = write!(cell, "\">{}</a> ", icon(*status));
                }
                let rank =
                    worst.map_or(0, |w| Status::ALL.iter().position(|&s| s == w).unwrap_or(0) + 1);
                out.push_str("<td data-check=\"");
                push_text(out, &self.checks[c].id);
                let _ = write!(out, "\" data-v=\"{rank}\">{}</td>", cell.trim_end());
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody></table></div>\n");
        let _ = writeln!(
            out,
            "<p class=\"more\"{}><button type=\"button\" id=\"show-all\">\
             Show all {} articles</button></p>",
            if self.rows.len() > TABLE_ROWS { "" } else { " hidden" },
            self.rows.len()
        );
    }

    /// The claims and checks the findings name: statement or summary, and sources. The marks'
    /// panels link here.
    fn push_checks(&self, out: &mut String) {
        let named = self.named();
        let claims = self.checks.iter().filter(|c| c.claim).count();
        let stated = named.iter().filter(|&&c| self.checks[c].claim).count();
        let _ = write!(
            out,
            "<details id=\"checks\"><summary>Claims and checks named by the findings \
             ({stated} of the canon\u{2019}s {claims} claims, {} built-in check{})\
             </summary>\n<dl>\n",
            named.len() - stated,
            if named.len() - stated == 1 { "" } else { "s" }
        );
        for c in named {
            let check = &self.checks[c];
            let (id, about) = (Escaped(&check.id), Escaped(&check.about));
            let _ = write!(
                out,
                "<dt id=\"c-{id}\"><code>{id}</code></dt><dd><span class=\"about\">{about}</span>"
            );
            if !check.sources.is_empty() {
                out.push_str("<span class=\"sources\"><b>sources</b> ");
                push_sources(out, &check.sources);
                out.push_str("</span>");
            }
            out.push_str("</dd>\n");
        }
        out.push_str("</dl>\n</details>\n");
    }
}

/// The findings of an article grouped into marks, in the order of the text: each mark's span
/// (on character boundaries) and the indices of its findings, in the findings' order. Findings
/// whose spans overlap share a mark over their union; an empty span has a mark of its own.
fn marks(text: &str, findings: &[Finding]) -> Vec<(Span, Vec<usize>)> {
    let floor = |i: usize| (0..=i.min(text.len())).rev().find(|&i| text.is_char_boundary(i));
    let spans: Vec<Span> = findings
        .iter()
        .map(|f| {
            let start = floor(f.span.start).unwrap_or(0);
            let end = (f.span.end.min(text.len())..=text.len())
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(text.len());
            Span::new(start, end.max(start))
        })
        .collect();
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_by_key(|&k| (spans[k].start, spans[k].end, k));
    let mut out: Vec<(Span, Vec<usize>)> = Vec::new();
    for k in order {
        let span = spans[k];
        match out.last_mut() {
            Some((last, members)) if span.start < last.end => {
                *last = last.cover(span);
                members.push(k);
            }
            _ => out.push((span, vec![k])),
        }
    }
    for (_, members) in &mut out {
        members.sort_unstable();
    }
    out
}

/// A mark's tooltip for one finding, as plain text: a block of four lines, the same in every
/// mark, which the script lays out as the mark's panel: "ICON STATUS · CHECK", then "found: …",
/// "expected: …" and "reason: …". A line break inside a value becomes a space, so that a block
/// is always four lines and blocks are apart by an empty line.
fn title(f: &Finding) -> String {
    let line = |s: &str| s.replace(['\r', '\n'], " ");
    format!(
        "{} {} · {}\nfound: {}\nexpected: {}\nreason: {}",
        icon(f.status),
        f.status.name(),
        line(&f.check),
        line(&f.found),
        line(&f.expected),
        line(&f.message)
    )
}

/// "✓ 6 consistent ✗ 1 discrepant": each status that occurs, worst first.
fn push_counts(out: &mut String, counts: &[usize; Status::ALL.len()]) {
    out.push_str("<span class=\"counts\">");
    for (status, n) in Status::ALL.iter().zip(counts).rev().filter(|&(_, &n)| n > 0) {
        let _ = write!(
            out,
            "<span class=\"count st-{0}\">{1} {n} {0}</span>",
            status.name(),
            icon(*status)
        );
    }
    if counts.iter().all(|&n| n == 0) {
        out.push_str("<span class=\"count\">no finding</span>");
    }
    out.push_str("</span>");
}

/// The sources of a claim, separated by semicolons, their addresses linked.
fn push_sources(out: &mut String, sources: &[String]) {
    for (n, source) in sources.iter().enumerate() {
        if n > 0 {
            out.push_str("; ");
        }
        push_linked(out, source);
    }
}

/// `text` with every `http://` or `https://` address in it a link. Nothing else becomes a link,
/// so no `javascript:` address can reach an `href`.
fn push_linked(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = find_address(rest) {
        push_text(out, &rest[..at.start]);
        let address = &rest[at.clone()];
        out.push_str("<a href=\"");
        push_text(out, address);
        out.push_str("\" rel=\"noreferrer\">");
        push_text(out, address);
        out.push_str("</a>");
        rest = &rest[at.end..];
    }
    push_text(out, rest);
}

/// The first web address in `text`: from `http://` or `https://` to the next white space or
/// character that no address holds as it is (`"`, `<`, `>`, a backquote), without the
/// punctuation that ends a sentence or closes a bracket the address did not open.
fn find_address(text: &str) -> Option<Range<usize>> {
    let start = ["http://", "https://"].iter().filter_map(|p| text.find(p)).min()?;
    let tail = &text[start..];
    let stop = |c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '`');
    let mut end = start + tail.find(stop).unwrap_or(tail.len());
    loop {
        let address = &text[start..end];
        let last = address.chars().next_back()?;
        let unbalanced = last == ')' && address.matches('(').count() < address.matches(')').count();
        if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'') || unbalanced {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    let scheme = if text[start..].starts_with("https://") { 8 } else { 7 };
    (end > start + scheme).then_some(start..end)
}

/// What the page shows for a character that it cannot hold as it is (see the module's
/// documentation), or `None` for one it writes as it is. NEL, a C1 control that is white space
/// to canon, is a space. A CR is decided by its caller.
pub fn stand_in(c: char) -> Option<char> {
    match c {
        '\t' | '\n' => None,
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32),
        '\u{7f}' => Some('\u{2421}'),
        '\u{85}' => Some(' '),
        '\u{80}'..='\u{9f}' | '\u{fdd0}'..='\u{fdef}' => Some('\u{fffd}'),
        _ if (c as u32) & 0xfffe == 0xfffe => Some('\u{fffd}'),
        _ => None,
    }
}

/// `text` as the page shows it, unescaped: [`stand_in`] applied, CRs as [`push_text`] writes
/// them. For comparing a page's text with an article's.
pub fn shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' => out.push(' '),
            _ => out.push(stand_in(c).unwrap_or(c)),
        }
    }
    out
}

/// `text` escaped for HTML, in text or in a quoted attribute alike.
pub fn push_text(out: &mut String, text: &str) {
    let _ = write!(out, "{}", Escaped(text));
}

/// A text that formats escaped for HTML (see [`push_text`]), for markup written with `write!`.
pub struct Escaped<'a>(pub &'a str);

impl std::fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The bytes that start what is escaped or stood in for: the ASCII ones, and the first
        // bytes of C1 controls (0xc2) and of noncharacters (0xef, 0xf0..=0xf4).
        let special = |b: &u8| {
            matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'')
                || matches!(b, 0..=0x08 | 0x0b..=0x1f | 0x7f | 0xc2 | 0xef | 0xf0..)
        };
        if !self.0.as_bytes().iter().any(special) {
            return f.write_str(self.0);
        }
        let mut chars = self.0.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '&' => f.write_str("&amp;")?,
                '<' => f.write_str("&lt;")?,
                '>' => f.write_str("&gt;")?,
                '"' => f.write_str("&quot;")?,
                '\'' => f.write_str("&#39;")?,
                '\r' if chars.peek() == Some(&'\n') => {}
                '\r' => f.write_char(' ')?,
                _ => f.write_char(stand_in(c).unwrap_or(c))?,
            }
        }
        Ok(())
    }
}
