//! A [`Draft`] as `claims.yaml` text: entities, then claims, each in the order first seen,
//! with comments that say where each was seen and `TODO` where the editor must verify or fill
//! in, and at the end what was passed over. Written by hand rather than by serde_yaml, whose
//! output has no comments; every string that is not plainly a name or a word is written in
//! double quotes, escaped, so any text reads back as itself.

use std::fmt::Write;

use crate::draft::{Claim, Draft, NO_ESTIMATOR, Seen, Value, number, one_line};
use crate::mention::Qualifier;

/// How many places a claim's comment lists before it counts the rest.
const PLACES: usize = 3;

/// The draft as YAML.
pub fn yaml(draft: &Draft) -> String {
    let mut out = String::new();
    header(draft, &mut out);
    entities(draft, &mut out);
    if draft.claims.is_empty() {
        out.push_str("\nclaims: []\n");
    } else {
        out.push_str("\nclaims:\n");
    }
    for (n, claim) in draft.claims.iter().enumerate() {
        out.push('\n');
        match &claim.value {
            Value::Quantity { .. } => quantity(draft, claim, &mut out),
            Value::Event { .. } => event(draft, claim, &mut out),
        }
        twin(&draft.claims[..n], claim, &mut out);
        example(draft, claim, &mut out);
    }
    passed(draft, &mut out);
    out
}

fn header(draft: &Draft, out: &mut String) {
    out.push_str("# yaml-language-server: $schema=claims.schema.json\n");
    let n = draft.sources.len();
    let _ = writeln!(
        out,
        "# A draft canon written by `canon draft` from {n} article{}:",
        if n == 1 { "" } else { "s" }
    );
    for s in &draft.sources {
        let date = s.date.map_or("no date".to_string(), |d| d.to_string());
        let _ = writeln!(
            out,
            "#   {}: {} ({}), {date} ({})",
            one_line(&s.path),
            s.lang,
            s.lang_source.name(),
            s.date_source.name()
        );
    }
    out.push_str(
        "# It holds what the articles say, not yet what is true: verify every value against the\n\
         # sources and resolve every TODO. Entities and claims come in the order they first\n\
         # appear, article by article as named; the counts are over all the articles. A claim's\n\
         # example is a sentence it was drafted from, which comes out consistent under this draft.\n",
    );
    if draft.problems.is_empty() {
        out.push_str(
            "# It loads with `canon validate` as it is; claims without an example, and claims\n\
             # whose mutants slip through, are warned about.\n",
        );
    } else {
        out.push_str("# It does not load as it is:\n");
        for problem in &draft.problems {
            let _ = writeln!(out, "#   {}", one_line(problem));
        }
    }
}

fn entities(draft: &Draft, out: &mut String) {
    if draft.entities.is_empty() && !draft.needs_an_estimator() {
        out.push_str("\nentities: {}\n");
        return;
    }
    out.push_str(
        "\nentities:\n\
         \x20 # TODO: keep the people, places and organisations; drop what is no name; give each\n\
         \x20 # entity all its names (a run that holds a title and a name is both: split it).\n",
    );
    for e in &draft.entities {
        let times = if e.count == 1 { "once".to_string() } else { format!("{} times", e.count) };
        let articles = if e.articles == 1 {
            "1 article".to_string()
        } else {
            format!("{} articles", e.articles)
        };
        let _ = writeln!(out, "  {}:  # {times}, in {articles}", e.id);
        out.push_str("    names:\n");
        for (lang, names) in &e.names {
            let _ = writeln!(out, "      {lang}: {}", list(names));
        }
    }
    if draft.needs_an_estimator() {
        let _ = writeln!(
            out,
            "  # TODO: who gave the figures no article credits: their names here, or each claim's\n\
             \x20 # estimator instead of `{NO_ESTIMATOR}`.\n\
             \x20 {NO_ESTIMATOR}:\n\
             \x20   names:\n\
             \x20     en: [TODO]"
        );
    }
}

fn quantity(draft: &Draft, claim: &Claim, out: &mut String) {
    let Value::Quantity {
        value,
        value_max,
        qualifier,
        noun,
        cue_is_noun,
        estimators,
        uncredited,
        unnamed,
        as_of,
    } = &claim.value
    else {
        return;
    };
    places(draft, claim, out);
    out.push_str(
        "  # TODO: check the figure, what it counts and the cue; state the fact; give the sources.\n",
    );
    let first = &claim.seen[0];
    let statement =
        format!("TODO: {} ({}), as the articles say", first.excerpt, claim.cues.join(", "));
    opening(draft, claim, &statement, out);
    if *cue_is_noun {
        out.push_str(
            "    # No verb stood near the figure: its noun stands for the cue. TODO: the words that\n\
             \x20   # say what is counted (\"killed\", \"tewas\").\n",
        );
    }
    out.push_str("    quantity:\n");
    if let Some(noun) = noun {
        let _ = writeln!(
            out,
            "      counts:\n        {}: {}",
            claim.lang,
            list(std::slice::from_ref(noun))
        );
    }
    match estimators.as_slice() {
        [] => {
            let why = if *unnamed > 0 { "credits someone unnamed" } else { "credits no one" };
            let _ = writeln!(
                out,
                "      estimator: {NO_ESTIMATOR}  # its sentence {why}: TODO who gave it"
            );
        }
        credited => {
            let ids = if credited.len() == 1 { credited[0].clone() } else { list(credited) };
            let also = match uncredited {
                0 => String::new(),
                n => format!(" ({n} of its sentences credit no one)"),
            };
            let _ =
                writeln!(out, "      estimator: {ids}  # credited{also}: TODO check who gave it");
        }
    }
    let _ = writeln!(out, "      value: {}", number(*value));
    if let Some(max) = value_max {
        let _ = writeln!(out, "      value_max: {}", number(*max));
    }
    if *qualifier != Qualifier::Exact {
        let _ = writeln!(out, "      qualifier: {}", qualifier.name());
    }
    let _ = writeln!(
        out,
        "      as_of: {as_of}  # the first article's date: TODO the day it was given"
    );
}

fn event(draft: &Draft, claim: &Claim, out: &mut String) {
    let Value::Event { date, named } = &claim.value else { return };
    places(draft, claim, out);
    if !named.is_empty() {
        let _ = writeln!(out, "  # Its sentence names {}.", named.join(", "));
    }
    out.push_str(
        "  # TODO: check the date and the cue; state the fact; give the sources; a `subject` or\n\
         \x20 # `context` keeps the claim to this event.\n",
    );
    let statement = format!("TODO: {} on {date}, as the articles say", claim.cues.join(", "));
    opening(draft, claim, &statement, out);
    let _ = writeln!(out, "    event:\n      date: {date}");
}

/// Says which claim before this one it would compete with (`canon validate` warns of them):
/// the same cues, and for a figure the same noun.
fn twin(earlier: &[Claim], claim: &Claim, out: &mut String) {
    let same = |other: &&Claim| {
        other.lang == claim.lang
            && other.cues == claim.cues
            && match (&other.value, &claim.value) {
                (Value::Quantity { noun: a, .. }, Value::Quantity { noun: b, .. }) => a == b,
                (Value::Event { .. }, Value::Event { .. }) => true,
                _ => false,
            }
    };
    let Some(other) = earlier.iter().find(same) else { return };
    let todo = match claim.value {
        Value::Quantity { .. } => {
            "one count over time? Then one claim with a `series`; two counts? Tell them apart \
             (`estimator`, `context`, other `counts`)"
        }
        Value::Event { .. } => {
            "one event told with two dates? Keep the true one; two events? Tell them apart \
             (`subject`, `context`)"
        }
    };
    comment(out, "    ", &format!("TODO: the same cues as `{}`: {todo}.", other.id));
}

/// `text` as comment lines of at most 96 characters, each after `indent`.
fn comment(out: &mut String, indent: &str, text: &str) {
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent.len() + 2 + line.len() + 1 + word.len() > 96 {
            let _ = writeln!(out, "{indent}# {line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{indent}# {line}");
    }
}

/// Where the claim was seen, as a comment.
fn places(draft: &Draft, claim: &Claim, out: &mut String) {
    let first = &claim.seen[0];
    let _ = writeln!(out, "  # {}: {}", quoted(&first.excerpt), place(draft, first));
    for seen in claim.seen.iter().skip(1).take(PLACES - 1) {
        let _ = writeln!(out, "  #   also {}: {}", quoted(&seen.excerpt), place(draft, seen));
    }
    if claim.seen.len() > PLACES {
        let _ = writeln!(out, "  #   and {} more", claim.seen.len() - PLACES);
    }
}

/// The keys every claim has: id, statement, sources, cues.
fn opening(draft: &Draft, claim: &Claim, statement: &str, out: &mut String) {
    let _ = writeln!(out, "  - id: {}", claim.id);
    let _ = writeln!(out, "    statement: {}", quoted(statement));
    let mut sources: Vec<String> = Vec::new();
    let mut files = false;
    for seen in &claim.seen {
        let s = &draft.sources[seen.article];
        let source = s.address.clone().unwrap_or_else(|| {
            files = true;
            s.path.clone()
        });
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    let quoted: Vec<String> = sources.iter().map(|s| quoted(s)).collect();
    let todo = if files { "  # TODO: the addresses of the reports" } else { "" };
    let _ = writeln!(out, "    sources: [{}]{todo}", quoted.join(", "));
    let _ = writeln!(out, "    cues:\n      {}: {}", claim.lang, list(&claim.cues));
}

fn example(draft: &Draft, claim: &Claim, out: &mut String) {
    let examples: Vec<&Seen> = claim.examples.iter().filter_map(|&i| claim.seen.get(i)).collect();
    if examples.is_empty() {
        out.push_str(
            "    # TODO: an example: no sentence it was drafted from comes out consistent alone.\n",
        );
        return;
    }
    out.push_str("    examples:\n      holds:\n");
    for seen in examples {
        let source = &draft.sources[seen.article];
        let date = source.date.map_or(String::new(), |d| format!(", date: {d}"));
        let _ = writeln!(
            out,
            "        - {{text: {}{date}, language: {}}}",
            quoted(&seen.sentence),
            claim.lang
        );
    }
}

fn passed(draft: &Draft, out: &mut String) {
    if draft.passed.is_empty() {
        return;
    }
    out.push_str("\n# Passed over: the figures and dates no claim was drafted for, and why.\n");
    for (seen, why) in &draft.passed {
        let _ = writeln!(out, "#   {} {}: {why}", place(draft, seen), quoted(&seen.excerpt));
    }
}

fn place(draft: &Draft, seen: &Seen) -> String {
    let path = draft.sources.get(seen.article).map_or("", |s| s.path.as_str());
    format!("{}:{}:{}", one_line(path), seen.line, seen.column)
}

/// A flow list of scalars: `[a, "b, c"]`.
fn list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|i| scalar(i)).collect();
    format!("[{}]", items.join(", "))
}

/// `text` as a scalar: plain when it is plainly a word or name, else quoted.
pub fn scalar(text: &str) -> String {
    const RESERVED: &[&str] =
        &["true", "false", "null", "yes", "no", "on", "off", "y", "n", "~", "todo"];
    let plain = text.starts_with(char::is_alphabetic)
        && text.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | '\'' | '’'))
        && !text.ends_with([' ', '.'])
        && !text.contains("  ")
        && !RESERVED.contains(&text.to_lowercase().as_str());
    if plain { text.to_string() } else { quoted(text) }
}

/// `text` in double quotes, with what a YAML double-quoted scalar must escape escaped: the
/// quote, the backslash, and every character that is not printable.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || must_escape(c) => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Characters beyond the controls that YAML does not keep as they are in a quoted scalar: the
/// line and paragraph separators (line breaks to a YAML 1.1 reader, folded away), the byte
/// order mark and the two noncharacters at the end of the basic plane.
fn must_escape(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_read_back_as_themselves() {
        for text in [
            "Korea Selatan",
            "Kim Jong-un",
            "O'Brien",
            "yes",
            "TODO",
            "a: b",
            "# not a comment",
            "- item",
            "[x]",
            "tab\there",
            "quote \" and \\ backslash",
            "\u{85}next line\u{2028}",
            "2025-09-04",
            "12",
            "Tุมภาพันธ์",
            "",
        ] {
            let yaml = format!("[{}, {}]", scalar(text), quoted(text));
            let read: Vec<String> = crate::yaml::parse(&yaml).expect(&yaml);
            assert_eq!(read, [text, text], "{yaml}");
        }
    }
}
