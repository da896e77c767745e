//! How right canon is on real articles nobody tuned it for: every story of the evaluation set
//! (`tests/realworld/`, described in its README) checked against its own canon, and the
//! findings set against the statements annotated by hand.
//!
//! cargo run --release --example realworld -- [--verbose] [--all-alarms] [--uncovered] [--by-kind]
//!     [--half dev|report] [ROOT]
//!
//! Prints, per story and half and in all: the articles, the real errors (statements labelled
//! `flag`) and how many were caught, the alarms (`discrepant`, `outdated`, `warning`) and how
//! many were false, precision, recall, and the share of checkable statements (`ok` or `flag`)
//! that a finding of their check covers. `--verbose` lists every false alarm and every missed
//! error with its passage, for tuning on the `dev` half; `--all-alarms` lists the true alarms
//! too; `--uncovered` lists every checkable statement no finding covers; `--by-kind` counts the
//! alarms, and the false ones, per kind of check (a claim's kind, or the built-in check's name)
//! and status, and the real errors per kind by what canon said of them (caught, or the status
//! of the finding on a missed one, or nothing); `--half` keeps one half.

use std::collections::BTreeMap;
use std::path::PathBuf;

use canon::evaluate::{self, Half, Tally};
use canon::render::evaluation;

fn main() {
    let mut root = PathBuf::from("tests/realworld");
    let (mut verbose, mut uncovered, mut by_kind, mut all_alarms, mut only) =
        (false, false, false, false, None);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--verbose" | "-v" => verbose = true,
            "--uncovered" => uncovered = true,
            "--by-kind" => by_kind = true,
            "--all-alarms" => (verbose, all_alarms) = (true, true),
            "--half" => {
                only = match args.next().as_deref() {
                    Some("dev") => Some(Half::Dev),
                    Some("report") => Some(Half::Report),
                    other => fail(&format!("--half takes dev or report, not {other:?}")),
                }
            }
            _ if arg.starts_with('-') => fail(&format!("unknown option {arg}")),
            _ => root = PathBuf::from(arg),
        }
    }
    let dirs = evaluate::story_dirs(&root).unwrap_or_else(|e| fail(&e.to_string()));
    let mut stories = Vec::new();
    for dir in &dirs {
        match evaluate::load_story(dir) {
            Ok(story) => stories.push(story),
            Err(errors) => {
                for e in errors {
                    eprintln!("error: {e}");
                }
                std::process::exit(2);
            }
        }
    }
    let halves: Vec<Half> =
        [Half::Dev, Half::Report].into_iter().filter(|h| only.is_none_or(|o| o == *h)).collect();
    println!("{}", evaluation::header());
    let mut total = [Tally::default(), Tally::default()];
    // (kind, status) → (alarms, false alarms), over the halves kept.
    let mut kinds: BTreeMap<(String, &str), (usize, usize)> = BTreeMap::new();
    // (kind, what canon said of it) → real errors, over the halves kept.
    let mut errors: BTreeMap<(String, &str), usize> = BTreeMap::new();
    for story in &stories {
        let scored = evaluate::score(story);
        for &half in &halves {
            if verbose {
                for s in scored.iter().filter(|s| s.annotated.half == half) {
                    for line in evaluation::misses(s, all_alarms).lines() {
                        println!("  {line}");
                    }
                }
            }
            if uncovered {
                for s in scored.iter().filter(|s| s.annotated.half == half) {
                    let statements = &s.annotated.statements;
                    for (i, st) in statements.iter().enumerate() {
                        if st.label != evaluate::Label::Soft && !s.covered[i] {
                            let text = &s.annotated.article.text;
                            let at = text.get(st.span.range()).unwrap_or("");
                            println!("  {}: uncovered {} {at:?}", s.annotated.id, st.check);
                        }
                    }
                }
            }
            for s in scored.iter().filter(|s| s.annotated.half == half) {
                for &(n, verdict) in &s.alarms {
                    let finding = &s.findings[n];
                    let kind = kind_of(story, &finding.check);
                    let entry = kinds.entry((kind, finding.status.name())).or_default();
                    entry.0 += 1;
                    entry.1 += usize::from(verdict != evaluate::Verdict::True);
                }
            }
            for s in scored.iter().filter(|s| s.annotated.half == half) {
                for (i, st) in s.annotated.statements.iter().enumerate() {
                    if st.label != evaluate::Label::Flag {
                        continue;
                    }
                    let kind = kind_of(story, &st.check);
                    // What canon said where it missed: the status of a finding of the
                    // statement's check on it, or nothing.
                    let said = if s.caught[i] {
                        "caught"
                    } else {
                        (s.findings.iter())
                            .find(|f| f.check == st.check && f.span.overlaps(st.span))
                            .map_or("nothing", |f| f.status.name())
                    };
                    *errors.entry((kind, said)).or_default() += 1;
                }
            }
            let tally = evaluation::tally(&scored, half);
            println!("{}", evaluation::row(&story.name, half.name(), &tally));
            total[half as usize].add(tally);
        }
    }
    let mut all = Tally::default();
    for &half in &halves {
        println!("{}", evaluation::row("all stories", half.name(), &total[half as usize]));
        all.add(total[half as usize]);
    }
    if halves.len() > 1 {
        println!("{}", evaluation::row("all stories", "both", &all));
    }
    if by_kind {
        println!("\n{:<22} {:<11} {:>6} {:>6}", "kind", "status", "alarms", "false");
        for ((kind, status), (alarms, false_alarms)) in &kinds {
            println!("{kind:<22} {status:<11} {alarms:>6} {false_alarms:>6}");
        }
        println!("\n{:<22} {:<11} {:>6}", "kind", "errors", "count");
        for ((kind, said), count) in &errors {
            println!("{kind:<22} {said:<11} {count:>6}");
        }
    }
}

/// The kind of a check: its claim's kind, or the built-in check's own name.
fn kind_of(story: &evaluate::Story, check: &str) -> String {
    (story.canon.claims.iter())
        .find(|c| c.id == check)
        .map_or(check.to_string(), |c| c.value.kind().to_string())
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(2);
}
