//! `misspelled-entity` on real text: `tests/fixtures/misspellings.tsv` holds real misspellings
//! of names and real correct words near names, each a fragment quoted from a public page.
//!
//! Each row is checked alone, as canon checks an article in the row's language, against a small
//! canon of the row's names only (no claims). A `flag` row is **found** when some
//! `misspelled-entity` finding overlaps the row's `found` words; any other finding of the check
//! on any row is a **false alarm** (on an `ok` row, the near name itself is one). The test prints
//! recall and false alarms, every row missed and every false alarm, and holds the figures to the
//! bounds below, so that a rule that costs a catch or adds an alarm shows up. Run
//! `cargo test --test misspellings -- --nocapture` for the table.

mod support;

use canon::article::{Article, Overrides};
use canon::canon::Canon;
use canon::check::check_article;

/// Flag rows found, at least; findings on words that are no misspelling, at most.
const FOUND_AT_LEAST: usize = 46;
const FALSE_ALARMS_AT_MOST: usize = 18;

/// One row of the table.
struct Row {
    line: usize,
    flag: bool,
    found: String,
    lang: String,
    names: String,
    fragment: String,
}

fn rows() -> Vec<Row> {
    let path = support::root().join("tests/fixtures/misspellings.tsv");
    let text = std::fs::read_to_string(&path).expect("misspellings.tsv");
    let mut rows = Vec::new();
    let mut header = false;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), 7, "misspellings.tsv:{}: seven cells: {line}", i + 1);
        if !header {
            assert_eq!(cells[..3], ["expect", "found", "lang"], "the header comes first");
            header = true;
            continue;
        }
        let flag = match cells[0] {
            "flag" => true,
            "ok" => false,
            other => panic!("misspellings.tsv:{}: expect is flag or ok, not {other:?}", i + 1),
        };
        assert!(
            cells[4].contains(cells[1]),
            "misspellings.tsv:{}: found is in the fragment",
            i + 1
        );
        assert!(["id", "en"].contains(&cells[2]), "misspellings.tsv:{}: lang", i + 1);
        assert!(cells[5].starts_with("http"), "misspellings.tsv:{}: a source address", i + 1);
        rows.push(Row {
            line: i + 1,
            flag,
            found: cells[1].to_string(),
            lang: cells[2].to_string(),
            names: cells[3].to_string(),
            fragment: cells[4].to_string(),
        });
    }
    rows
}

/// The row's names as a canon: one entity per `;`-separated group, its aliases apart by `=`,
/// under the row's language.
fn canon_of(row: &Row) -> Canon {
    let mut yaml = String::from("entities:\n");
    for (n, entity) in row.names.split(" ; ").enumerate() {
        let names: Vec<String> = entity
            .split(" = ")
            .map(|name| format!("'{}'", name.trim().replace('\'', "''")))
            .collect();
        yaml.push_str(&format!(
            "  e{n}:\n    names:\n      {}: [{}]\n",
            row.lang,
            names.join(", ")
        ));
    }
    yaml.push_str("claims: []\n");
    Canon::parse("claims.yaml", &yaml)
        .unwrap_or_else(|e| panic!("misspellings.tsv:{}: the names load: {e:?}", row.line))
}

/// The `misspelled-entity` findings on the row, as (start, end, found).
fn findings(row: &Row) -> Vec<(usize, usize, String)> {
    let canon = canon_of(row);
    let text = format!("---\nlanguage: {}\n---\n{}\n", row.lang, row.fragment);
    let body = text.find(&row.fragment).expect("the fragment is the body");
    let article = Article::parse("row.txt", text.clone()).expect("a row parses");
    let checked = check_article(&canon, article, Overrides::default());
    checked
        .findings
        .iter()
        .filter(|f| f.check == "misspelled-entity")
        .map(|f| (f.span.start - body, f.span.end - body, f.found.clone()))
        .collect()
}

#[test]
fn misspellings_table() {
    let rows = rows();
    let (mut flags, mut found, mut oks, mut false_alarms) = (0, 0, 0, 0);
    let mut report = Vec::new();
    for row in &rows {
        let at = row.fragment.find(&row.found).expect("found is in the fragment");
        let span = (at, at + row.found.len());
        let hits = findings(row);
        let on_found = |h: &(usize, usize, String)| h.0 < span.1 && span.0 < h.1;
        if row.flag {
            flags += 1;
            if hits.iter().any(on_found) {
                found += 1;
            } else {
                report.push(format!("missed      {}: {:?} ({})", row.line, row.found, row.names));
            }
        } else {
            oks += 1;
        }
        for hit in hits.iter().filter(|h| !row.flag || !on_found(h)) {
            false_alarms += 1;
            report.push(format!("false alarm {}: {:?} ({})", row.line, hit.2, row.names));
        }
    }
    println!("misspellings.tsv: {} rows, {flags} flag, {oks} ok", rows.len());
    println!("recall: {found} of {flags} misspellings found");
    println!("false alarms: {false_alarms}");
    for line in &report {
        println!("  {line}");
    }
    assert!(flags >= 40 && oks >= 60, "the table keeps at least 40 flag and 60 ok rows");
    assert!(found >= FOUND_AT_LEAST, "{found} found, fewer than {FOUND_AT_LEAST}");
    assert!(
        false_alarms <= FALSE_ALARMS_AT_MOST,
        "{false_alarms} false alarms, more than {FALSE_ALARMS_AT_MOST}"
    );
}
