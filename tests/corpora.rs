//! The public corpora of two parsers (Duckling, dateparser), read one row at a time.
//!
//! Each row of `tests/fixtures/corpora/*.tsv` is one expression: it is read alone, as canon
//! reads an article in the row's language, with the row's reference date as the article's, and
//! what canon reads is set against the value the corpus expects. A row is read **right** when
//! canon reads exactly one value of the row's kind and it is the expected one, **missed** when
//! it reads none, **coarser** when it reads one date at a coarser precision that holds the
//! expected one ("last week" read in "sunday from last week": canon compares dates as runs of
//! days, so it never contradicts), and **wrong** otherwise (another value, or several). The rows left out of
//! scope, and why, are `out-of-scope.tsv` (the folder's README).
//!
//! The test prints the share read right per language and kind, fails on any row read wrong,
//! and holds each share at or above the bound below, so that a reading lost shows up. Run
//! `cargo test --test corpora -- --nocapture` for the table and every row not read right.

mod support;

use canon::extract::{Aliases, extract, resolve_dates};
use canon::lang::Lang;
use canon::mention::{Amount, DateValue, Kind, Mention, Value};
use chrono::NaiveDate;

/// The tables, their language and kind, and the share of their rows read right at least.
const TABLES: &[(&str, Lang, Table, f64)] = &[
    ("duckling-numeral-id", Lang::Id, Table::Numbers, 0.975),
    ("duckling-numeral-en", Lang::En, Table::Numbers, 0.96),
    ("dateparser-time-id", Lang::Id, Table::Dates, 1.0),
    ("duckling-time-en", Lang::En, Table::Dates, 0.979),
];

#[derive(Clone, Copy, Debug, PartialEq)]
enum Table {
    Numbers,
    Dates,
}

#[derive(Debug, PartialEq)]
enum Outcome {
    Right,
    Missed,
    /// One date read at a coarser precision, holding the expected one.
    Coarser,
    /// What was read instead, as `describe` writes it.
    Wrong(Vec<String>),
}

/// The rows of a table: its fields, comments and blank lines left out.
fn rows(name: &str) -> Vec<Vec<String>> {
    let path = support::root().join("tests/fixtures/corpora").join(format!("{name}.tsv"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').map(str::to_string).collect())
        .collect()
}

fn read(text: &str, lang: Lang, reference: Option<NaiveDate>) -> Vec<Mention> {
    let mut mentions = extract(text, lang, &Aliases::default());
    resolve_dates(&mut mentions, reference);
    mentions
}

/// A number row: the one number or quantity read must be the expected value.
fn number_row(text: &str, lang: Lang, expected: f64) -> Outcome {
    let mentions = read(text, lang, None);
    let numbers: Vec<&Mention> =
        mentions.iter().filter(|m| matches!(m.kind(), Kind::Number | Kind::Quantity)).collect();
    match numbers.as_slice() {
        [] => Outcome::Missed,
        [m] if matches!(&m.value, Value::Quantity(q) if q.amount == Amount::Exact(expected)) => {
            Outcome::Right
        }
        _ => Outcome::Wrong(numbers.iter().map(|m| canon::render::describe(m, text)).collect()),
    }
}

/// "day 2013-02-14", "week 2013-02-04", "month 2013-01", "year 2012".
fn date_value(field: &str) -> DateValue {
    let (precision, date) = field.split_once(' ').expect("a precision and a date");
    let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("a day");
    match precision {
        "day" => DateValue::Day(day(date)),
        "week" => DateValue::Week(day(date)),
        "month" => {
            let (y, m) = date.split_once('-').expect("a month");
            DateValue::Month(y.parse().expect("a year"), m.parse().expect("a month"))
        }
        "year" => DateValue::Year(date.parse().expect("a year")),
        other => panic!("unknown precision {other:?}"),
    }
}

/// A date row: the one date read, resolved against the reference, must be the expected one.
fn date_row(text: &str, lang: Lang, reference: NaiveDate, expected: DateValue) -> Outcome {
    let mentions = read(text, lang, Some(reference));
    let dates: Vec<&Mention> = mentions.iter().filter(|m| m.kind() == Kind::Date).collect();
    match dates.as_slice() {
        [] => Outcome::Missed,
        [m] if matches!(&m.value, Value::Date(d) if d.value == Some(expected)) => Outcome::Right,
        [m] if matches!(&m.value, Value::Date(d) if d.value.is_some_and(|v| {
            v.precision() < expected.precision() && holds(v, expected)
        })) =>
        {
            Outcome::Coarser
        }
        _ => Outcome::Wrong(dates.iter().map(|m| canon::render::describe(m, text)).collect()),
    }
}

/// Every day of `inner` is a day of `outer`.
fn holds(outer: DateValue, inner: DateValue) -> bool {
    match (outer.days(), inner.days()) {
        (Some((a0, a1)), Some((b0, b1))) => a0 <= b0 && b1 <= a1,
        _ => false,
    }
}

fn outcome(row: &[String], lang: Lang, table: Table) -> Outcome {
    match (table, row) {
        (Table::Numbers, [text, value]) => {
            number_row(text, lang, value.parse().expect("a number value"))
        }
        (Table::Dates, [text, reference, expected]) => {
            let reference = NaiveDate::parse_from_str(reference, "%Y-%m-%d").expect("a date");
            date_row(text, lang, reference, date_value(expected))
        }
        _ => panic!("a row of {} fields: {row:?}", row.len()),
    }
}

#[test]
fn corpora_are_read_right_and_never_wrong() {
    let mut failures = Vec::new();
    println!(
        "{:<22} {:>4} {:>6} {:>6} {:>7} {:>6} {:>7}",
        "table", "rows", "right", "missed", "coarser", "wrong", "share"
    );
    for &(name, lang, table, bound) in TABLES {
        let rows = rows(name);
        let (mut right, mut missed, mut coarser, mut wrong) = (0, 0, 0, 0);
        for row in &rows {
            match outcome(row, lang, table) {
                Outcome::Right => right += 1,
                Outcome::Missed => {
                    missed += 1;
                    println!("  missed {name}: {:?}", row[0]);
                }
                Outcome::Coarser => {
                    coarser += 1;
                    println!("  coarser {name}: {:?}", row[0]);
                }
                Outcome::Wrong(read) => {
                    wrong += 1;
                    println!(
                        "  WRONG  {name}: {:?} read as {read:?}, expected {:?}",
                        row[0],
                        &row[1..]
                    );
                }
            }
        }
        let share = right as f64 / rows.len() as f64;
        println!(
            "{name:<22} {:>4} {right:>6} {missed:>6} {coarser:>7} {wrong:>6} {:>6.1}%",
            rows.len(),
            share * 100.0
        );
        if wrong > 0 {
            failures.push(format!("{name}: {wrong} rows read wrong"));
        }
        if share < bound {
            failures.push(format!(
                "{name}: {:.1}% read right, below {:.1}%",
                share * 100.0,
                bound * 100.0
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn out_of_scope_rows_name_a_table_and_a_reason() {
    let reasons = support::root().join("tests/fixtures/corpora/README.md");
    let readme = std::fs::read_to_string(reasons).expect("the corpora's README");
    for row in rows("out-of-scope") {
        let [table, text, reason] = row.as_slice() else { panic!("three fields: {row:?}") };
        assert!(TABLES.iter().any(|t| t.0 == table), "{table}: no such table ({text:?})");
        assert!(readme.contains(&format!("`{reason}`")), "{reason}: not explained ({text:?})");
        // A row left out is not also in its table.
        assert!(rows(table).iter().all(|r| &r[0] != text), "{text:?} is in {table} too");
    }
}
