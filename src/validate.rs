//! `canon validate`: everything wrong with a canon, at once, with a hint for each problem.
//!
//! In: a canon file's name and text. Out: a [`Report`]: the loader's problems (unknown keys,
//! duplicate ids, impossible dates, undefined entities, regexes that do not compile), then, if
//! the canon loads, its examples that do not come out as they say, then the claims whose
//! matcher let a mutant through (see [`crate::check::mutate`]). Every problem names the file,
//! line, column and claim id. Pure but for [`read`]: never fails, never prints.

use std::collections::BTreeMap;

use crate::canon::{Canon, Claim, ClaimValue, Expect, cue};
use crate::check::{MAY_REPEAT, examples, mutate};
use crate::error::Error;
use crate::lang::{self, Lang};
use crate::yaml::Locator;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The canon is wrong: `canon validate` fails.
    Error,
    /// The canon works, but something is untested.
    Warning,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub error: Error,
    /// What to do about it, in one line.
    pub hint: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Report {
    pub problems: Vec<Problem>,
    /// What was looked at: claims, examples run, mutants tried (0 when the canon did not load).
    pub claims: usize,
    pub examples: usize,
    pub mutants: usize,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.problems.iter().filter(|p| p.severity == severity).count()
    }
}

/// Reads a canon file's text for [`validate`]: the one step that touches the file system.
pub fn read(path: &std::path::Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|e| {
        let message = format!("cannot read: {}", crate::article::io_message(&e));
        Error::file(&path.display().to_string(), message)
    })
}

/// Validates the canon `text`, named `path` in problems.
pub fn validate(path: &str, text: &str) -> Report {
    let canon = match Canon::parse(path, text) {
        Ok(canon) => canon,
        Err(errors) => {
            let entities = entity_ids(text);
            let problems = errors
                .into_iter()
                .map(|mut error| {
                    if error.claim.is_none() && error.line > 0 {
                        error.claim = claim_at(text, error.line);
                    }
                    let hint = hint(&error.message, &entities);
                    Problem { severity: Severity::Error, error, hint }
                })
                .collect();
            return Report { problems, ..Report::default() };
        }
    };
    let mut report = Report { claims: canon.claims.len(), ..Report::default() };
    for outcome in examples::run(&canon) {
        report.examples += 1;
        if outcome.passed {
            continue;
        }
        let e = outcome.example;
        let date = e.date.map_or(String::new(), |d| format!(" --date {d}"));
        let explain = format!("echo {:?} | canon explain {}{date} -", e.text, outcome.claim.id);
        // A `breaks` example that credits another source: since sources repeat one another,
        // only a source listed under `not_by` makes it wrong.
        let repeats = e.expect == Expect::Breaks
            && outcome.findings.iter().any(|f| f.message.contains(MAY_REPEAT));
        let hint = if repeats {
            format!(
                "a source the claim does not name may repeat the claim's own: list the one this example credits under `not_by` if it never gave this; see why: {explain}"
            )
        } else {
            format!("see why: {explain}")
        };
        report.problems.push(Problem {
            severity: Severity::Error,
            error: Error::new(path, e.line, e.column, outcome.problem())
                .in_claim(&outcome.claim.id),
            hint: Some(hint),
        });
    }
    for tested in mutate::run(&canon) {
        report.mutants += tested.trials.len();
        for trial in tested.survivors() {
            let e = tested.example;
            let m = &trial.mutant;
            let got = match trial.findings.first() {
                Some(f) => format!("still comes out {}", f.status.name()),
                None => "gives no finding".to_string(),
            };
            let message = format!(
                "untested: changing the {} {:?} to {:?} {got}: {:?}",
                m.change.name(),
                m.original,
                m.replacement,
                m.text
            );
            report.problems.push(Problem {
                severity: Severity::Warning,
                error: Error::new(path, e.line, e.column, message).in_claim(&tested.claim.id),
                hint: Some(format!(
                    "the matcher does not notice a wrong {}: add a `breaks` example like this one, or tighten the claim",
                    m.change.name()
                )),
            });
        }
    }
    report.problems.extend(cannot_work(path, text, &canon));
    report.problems.sort_by_key(|p| (p.error.line, p.error.column, p.severity));
    report
}

/// Warnings for what loads but cannot be shown to work: a claim with no example (nothing proves
/// its cues and filters ever place it), a count's `place` the canon places nowhere, a regex or
/// word family among a claim's cues that no example matches, a claim placed alike and taking the same values as one before it (the two
/// compete for every value), and names that alias matching gives to another entity.
///
fn cannot_work(path: &str, text: &str, canon: &Canon) -> Vec<Problem> {
    let mut problems = Vec::new();
    for claim in canon.claims.iter().filter(|c| c.examples.is_empty()) {
        problems.push(at_claim(
            path,
            text,
            claim,
            "no examples: nothing shows that this claim's cues ever place it".into(),
            format!(
                "add `examples:` with a `holds` sentence as an article would write it and a `breaks` one with the value wrong; `echo \"…\" | canon explain {} -` shows what the matcher reads",
                claim.id
            ),
        ));
    }
    // A count's `place` that the canon places nowhere: no figure's place lies within it.
    for claim in &canon.claims {
        let ClaimValue::Quantity(q) = &claim.value else { continue };
        let unplaced: Vec<&str> =
            q.places.iter().map(String::as_str).filter(|p| !canon.places.is_placed(p)).collect();
        if let Some(first) = unplaced.first() {
            problems.push(at_claim(
                path,
                text,
                claim,
                format!(
                    "place: '{first}' is placed nowhere: no place an article names can be told within it"
                ),
                format!(
                    "give '{first}' a `within`, or the places articles name in it a `within: {first}`"
                ),
            ));
        }
    }
    let at = Locator::new(text);
    for (n, claim) in canon.claims.iter().enumerate() {
        let unshown = unshown_cues(claim);
        let Some((lang, first)) = unshown.first() else { continue };
        let end = canon.claims.get(n + 1).map(|c| c.line);
        let (line, column) = cue_place(text, &at, claim.line, end, *lang, first);
        let several = claim.cue_texts.len() > 1;
        let listed: Vec<String> = unshown
            .iter()
            .map(
                |(lang, cue)| {
                    if several { format!("'{cue}' ({lang})") } else { format!("'{cue}'") }
                },
            )
            .collect();
        let one = listed.len() == 1;
        let message = format!(
            "no example matches the {} {}: nothing shows that {} ever {} the claim",
            if one { "cue" } else { "cues" },
            listed.join(", "),
            if one { "this pattern" } else { "these patterns" },
            if one { "places" } else { "place" },
        );
        let hint = if one {
            "add an example that uses it as an article would write it, or drop the cue"
        } else {
            "add examples that use each as an article would write it, or drop the cues"
        };
        problems.push(Problem {
            severity: Severity::Warning,
            error: Error::new(path, line, column, message).in_claim(&claim.id),
            hint: Some(hint.into()),
        });
    }
    for (n, claim) in canon.claims.iter().enumerate() {
        if let Some(other) = canon.claims[..n].iter().find(|other| competes(other, claim)) {
            problems.push(at_claim(
                path,
                text,
                claim,
                format!(
                    "the same cues and filters as claim '{}' (line {}): the two compete for every value either places, and the first in the file wins a tie",
                    other.id, other.line
                ),
                "tell them apart: a cue of its own, a `subject` or `context`, other `counts`, or another estimator".into(),
            ));
        }
    }
    problems.extend(unnamed_entities(path, text, canon));
    problems
}

/// Warnings for entities whose names alias matching gives to another entity: an alias that
/// folds to the text of another entity's alias, given before it (the entities go by id), is
/// always read as that other's ([`crate::extract::Aliases::shadowed`]). An entity none of
/// whose names is its own is never found in a text, and no claim that names it can work.
///
/// An entity that no claim and no example names is not warned about: the checks read every
/// entity a text names, not only the claims' (a figure credited to a source the claim does not
/// name is no alarm; a count placed in a place the canon knows is the story's own), and
/// `misspelled-entity` reads the longer names of all.
fn unnamed_entities(path: &str, text: &str, canon: &Canon) -> Vec<Problem> {
    let pairs: Vec<(&str, &str)> = canon.aliases.iter().collect();
    let mut lost: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    for (i, j) in canon.aliases.shadowed() {
        let ((id, alias), (other, _)) = (pairs[i], pairs[j]);
        lost.entry(id).or_default().push((alias, other));
    }
    let at = Locator::new(text);
    let places = at.map_keys("entities");
    let mut problems = Vec::new();
    for (id, names) in lost {
        let Some(&(start, column)) = places.get(id) else { continue };
        let end =
            places.values().filter(|&&(l, c)| l > start && c == column).map(|&(l, _)| l).min();
        let (line, column) = at.find(start + 1, end, names[0].0).unwrap_or((start, column));
        let listed: Vec<String> =
            names.iter().map(|(alias, other)| format!("'{alias}' (of '{other}')")).collect();
        let all = names.len() == pairs.iter().filter(|(e, _)| *e == id).count();
        let named_by = canon.claims.iter().find(|c| names_entity(c, id));
        let (message, hint) = if all {
            let claim = named_by.map_or(String::new(), |c| {
                format!("; claim '{}' names it, and can never find it", c.id)
            });
            (
                format!(
                    "entity '{id}' is never found: all its names are other entities' too, whose ids come first, and a text that writes them names those: {}{claim}",
                    listed.join(", ")
                ),
                format!(
                    "give '{id}' a name of its own, or merge the entities and name the one that is left in the claims"
                ),
            )
        } else if let [(alias, other)] = names.as_slice() {
            (
                format!(
                    "entity '{id}': its name '{alias}' is also a name of '{other}', whose id comes first: a text that writes it names '{other}', never '{id}'"
                ),
                "keep each name under the one entity it means".into(),
            )
        } else {
            (
                format!(
                    "entity '{id}': its names {} are other entities' too, whose ids come first: a text that writes them names those, never '{id}'",
                    listed.join(", ")
                ),
                "keep each name under the one entity it means".into(),
            )
        };
        problems.push(Problem {
            severity: Severity::Warning,
            error: Error::new(path, line, column, message),
            hint: Some(hint),
        });
    }
    problems
}

/// Whether `claim` names the entity `id`: as its subject, in its context, as an estimator or
/// a source, under `not_by`, as an event's place.
fn names_entity(claim: &Claim, id: &str) -> bool {
    let is = |e: &String| e == id;
    let value = match &claim.value {
        ClaimValue::Quantity(q) => q.estimators.iter().chain(&q.not_by).any(is),
        ClaimValue::Attribution(a) => a.sources.iter().chain(&a.not_by).any(is),
        ClaimValue::Event(e) => e.events.iter().any(|e| e.place.as_deref() == Some(id)),
    };
    value || claim.subject.as_deref() == Some(id) || claim.context.iter().any(is)
}

/// The cues of `claim` (each with its language) that no example shows to match: the regexes
/// and word families (`~root`) that no example in the cue's language holds. A phrase of plain
/// words matches what it says, and the claim's other examples show what the claim does with
/// it; a pattern may match nothing an article writes (a slip in a regex, a root that is not
/// the family's), and only an example shows that it matches. A claim with no examples has
/// none: it is warned about as a whole.
fn unshown_cues(claim: &Claim) -> Vec<(Lang, &str)> {
    let mut unshown = Vec::new();
    if claim.examples.is_empty() {
        return unshown;
    }
    for (&lang, cues) in &claim.cue_texts {
        let texts: Vec<&str> = (claim.examples.iter())
            .filter(|e| e.language.unwrap_or_else(|| lang::detect(&e.text)) == lang)
            .map(|e| e.text.as_str())
            .collect();
        let shown = |c: &str| texts.iter().any(|t| cue::found_in(c, lang, t));
        let patterns = cues.iter().filter(|c| cue::is_pattern(c));
        unshown.extend(patterns.filter(|c| !shown(c)).map(|c| (lang, c.as_str())));
    }
    unshown
}

/// Where `cue` (of `lang`) is written in the claim that starts on line `start`: a list item of
/// its language under `cues`, not a piece of a longer cue. The claim's `cues:` key when not
/// found.
fn cue_place(
    text: &str,
    at: &Locator,
    start: usize,
    end: Option<usize>,
    lang: Lang,
    cue: &str,
) -> (usize, usize) {
    let Some(cues) = at.key(start, end, "cues") else { return (start, 1) };
    let from = at.key(cues.0, end, lang.code()).map_or(cues.0, |(line, _)| line);
    let last = end.unwrap_or(usize::MAX);
    let opens = |c: char| matches!(c, '[' | ',' | '-' | '\'' | '"' | ':');
    let closes = |c: char| matches!(c, ']' | ',' | '\'' | '"' | '#');
    for (n, line) in text.lines().enumerate().skip(from - 1).take_while(|(n, _)| n + 1 < last) {
        for (i, _) in line.match_indices(cue) {
            let before = line[..i].trim_end().chars().next_back();
            let after = line[i + cue.len()..].trim_start().chars().next();
            if before.is_some_and(opens) && after.is_none_or(closes) {
                return (n + 1, line[..i].chars().count() + 1);
            }
        }
    }
    cues
}

/// A warning about `claim`, placed at the `id:` of its first line.
fn at_claim(path: &str, text: &str, claim: &Claim, message: String, hint: String) -> Problem {
    let column = text.lines().nth(claim.line.saturating_sub(1)).and_then(|l| l.find("id:"));
    Problem {
        severity: Severity::Warning,
        error: Error::new(path, claim.line, column.map_or(1, |c| c + 1), message)
            .in_claim(&claim.id),
        hint: Some(hint),
    }
}

/// Two claims of one kind that are placed alike and take the same values: the same cues in
/// every language, subject and context, and for quantities the same counted nouns and
/// estimators.
fn competes(a: &Claim, b: &Claim) -> bool {
    fn cues(c: &Claim) -> Vec<(crate::lang::Lang, &str)> {
        c.cues.iter().map(|(l, cue)| (*l, cue.as_str())).collect()
    }
    let same_value = match (&a.value, &b.value) {
        (ClaimValue::Quantity(x), ClaimValue::Quantity(y)) => {
            x.counts == y.counts && x.estimators == y.estimators
        }
        (ClaimValue::Event(_), ClaimValue::Event(_)) => true,
        (ClaimValue::Attribution(_), ClaimValue::Attribution(_)) => true,
        _ => false,
    };
    same_value
        && cues(a) == cues(b)
        && a.subject == b.subject
        && a.context == b.context
        && a.context_any == b.context_any
}

/// The id of the claim whose block holds `line`: the nearest `- id:` at or above it, under
/// `claims:`.
fn claim_at(text: &str, line: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().take(line).collect();
    for l in lines.iter().rev() {
        if l.trim_end() == "claims:" {
            return None;
        }
        if let Some(id) = l.trim_start().strip_prefix("- id:") {
            let id = id.split('#').next().unwrap_or("").trim().trim_matches(['"', '\'']);
            return (!id.is_empty()).then(|| id.to_string());
        }
    }
    None
}

/// The entity ids the canon defines, read leniently (the canon may not load).
fn entity_ids(text: &str) -> Vec<String> {
    let value: serde_json::Value = crate::yaml::parse(text).unwrap_or_default();
    value["entities"].as_object().map_or(Vec::new(), |m| m.keys().cloned().collect())
}

/// What to do about a loader's problem, from its message.
fn hint(message: &str, entities: &[String]) -> Option<String> {
    let quoted = |open: char, close: char| {
        let start = message.find(open)? + open.len_utf8();
        let end = message[start..].find(close)? + start;
        Some(&message[start..end])
    };
    if message.contains("unknown field") {
        let unknown = quoted('`', '`')?;
        let (_, list) = message.split_once("expected ")?;
        let list = list.trim_start_matches("one of ").replace("` or `", "`, `");
        let allowed: Vec<&str> = list.split(", ").map(|k| k.trim_matches('`')).collect();
        if unknown == "period" {
            return Some(
                "a `period` says what time a quantity's figure covers: write it under `quantity`, or on each estimate of its `series`"
                    .into(),
            );
        }
        return Some(match closest(unknown, &allowed) {
            Some(key) => format!("did you mean `{key}`?"),
            None => format!("the keys allowed here are {}", allowed.join(", ")),
        });
    }
    if message.contains("undefined entity") {
        let id = message.split("undefined entity '").nth(1)?.split('\'').next()?;
        let known: Vec<&str> = entities.iter().map(String::as_str).collect();
        return Some(match closest(id, &known) {
            Some(near) => format!("did you mean `{near}`? (or define '{id}' under `entities`)"),
            None => format!("define '{id}' under `entities`"),
        });
    }
    if message.contains("does not lie within itself") {
        return Some(
            "`within` names the larger places it lies in: a city's province, a province's country"
                .into(),
        );
    }
    if message.contains("places cannot lie within one another") {
        return Some(
            "remove the `within` that closes the circle: a place lies within larger places only"
                .into(),
        );
    }
    if message.contains("duplicate claim id") {
        return Some("give each claim an id of its own".into());
    }
    if message.contains("is not a date") || message.contains("is not a day") {
        return Some(
            "write a real date: YYYY-MM-DD (YYYY or YYYY-MM where only that is known)".into(),
        );
    }
    if message.starts_with("period: ") && message.contains("is not a period") {
        return Some(
            "write a year, a month or a day (2024, 2024-03, 2024-03-15), or a run of two written from/to: 2025-01/2025-06"
                .into(),
        );
    }
    if message.contains("ends before it starts") {
        return Some("write the run's first time first: 2025-01/2025-06".into());
    }
    if message.contains("has no `period`, and others of the series have one")
        || message.contains("a `period` is the quantity's, or each estimate's")
    {
        return Some(
            "one time for the whole claim goes on the quantity (`period: 2024`); a time for each figure goes on every estimate of the series"
                .into(),
        );
    }
    if message.contains("does not compile") {
        return Some(
            "a cue is a phrase, or a regex written /…/ in the syntax of Rust's regex crate".into(),
        );
    }
    if message.contains("asks for a word family wrongly") {
        return Some(format!(
            "a word of a phrase written {m}root (`{m}kirim`, `{m}send`) matches the root's word family; the root is letters, and a regex writes its forms out",
            m = crate::canon::cue::FAMILY_MARKER
        ));
    }
    if message.contains("is not a unit canon knows") {
        let value = quoted('\'', '\'')?;
        let names: Vec<&str> = crate::mention::UNITS.iter().map(|u| u.name).collect();
        let near = crate::extract::unit_word(value).or_else(|| closest(value, &names));
        return Some(match near {
            Some(unit) => format!("did you mean `{unit}`?"),
            None => "a unit is named in English, singular: hour, metre, usd".into(),
        });
    }
    if message.contains("the estimates of a claim measure one thing") {
        return Some(
            "write the estimate in a unit of the claim's dimension, or leave its `unit` out to use the claim's"
                .into(),
        );
    }
    if message.contains("measures, it counts no nouns") {
        return Some("a figure with a unit has no noun: the unit says what it measures".into());
    }
    if message.contains("qualifier:") {
        let value = quoted('\'', '\'')?;
        let names: Vec<&str> = crate::canon::schema::QUALIFIERS.iter().map(|q| q.name()).collect();
        return closest(value, &names).map(|q| format!("did you mean `{q}`?"));
    }
    if message.contains("not kebab-case") {
        let id = quoted('\'', '\'')?;
        let kebab: String = id
            .to_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        return Some(format!("write it as '{kebab}'"));
    }
    None
}

/// The candidate nearest `word` by edit distance, if it is near enough to be a slip.
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|&(d, _)| d <= limit)
        .min()
        .map(|(_, c)| c)
}

/// Levenshtein distance, in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_words_are_suggested() {
        assert_eq!(edit_distance("statment", "statement"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(closest("statment", &["id", "statement", "sources"]), Some("statement"));
        assert_eq!(closest("xyz", &["statement"]), None);
    }

    #[test]
    fn hints_name_what_to_write() {
        let unknown = "claims[1]: unknown field `sorces`, expected one of `id`, `sources`";
        assert_eq!(hint(unknown, &[]).as_deref(), Some("did you mean `sources`?"));
        let undefined = "estimator: undefined entity 'sout-korea' (define it under `entities`)";
        let known = vec!["south-korea".to_string()];
        assert_eq!(
            hint(undefined, &known).as_deref(),
            Some("did you mean `south-korea`? (or define 'sout-korea' under `entities`)")
        );
        assert_eq!(
            hint("claim id 'Troops_Sent' is not kebab-case (a-z, 0-9, '-')", &[]).as_deref(),
            Some("write it as 'troops-sent'")
        );
        assert_eq!(hint("something else", &[]), None);
        let unit = |text: &str| format!("unit: '{text}' is not a unit canon knows: one of hour");
        assert_eq!(hint(&unit("hours"), &[]).as_deref(), Some("did you mean `hour`?"));
        assert_eq!(hint(&unit("jam"), &[]).as_deref(), Some("did you mean `hour`?"));
        assert_eq!(hint(&unit("feet"), &[]).as_deref(), Some("did you mean `foot`?"));
        assert_eq!(hint(&unit("meter"), &[]).as_deref(), Some("did you mean `metre`?"));
        assert_eq!(hint(&unit("minuet"), &[]).as_deref(), Some("did you mean `minute`?"));
        assert_eq!(
            hint(&unit("furlong"), &[]).as_deref(),
            Some("a unit is named in English, singular: hour, metre, usd")
        );
    }

    /// The example: wartatransparansi.com, 2022-11-21,
    /// <https://www.wartatransparansi.com/2022/11/21/bupati-cianjur-korban-gempa-meninggal-kini-46-orang-luka-luka-di-atas-700-orang.html/2>.
    #[test]
    fn patterns_no_example_matches_are_named() {
        let text = r#"
entities:
  cianjur: {names: {id: [Cianjur]}}
claims:
  - id: quake
    statement: The earthquake struck Cianjur on 21 November 2022.
    sources: [wartatransparansi.com]
    cues:
      id: [~guncang, ~landa, dilanda, '/\bgempa darat\b/', '/\bgempa bumi terjadi\b/']
      en: [struck, '/\bquake hit\b/']
    context: [cianjur]
    event: {date: 2022-11-21}
    examples:
      holds:
        - {text: "Dia menambahkan, gempa bumi yang mengguncang wilayah barat daya Cianjur, Jawa Barat, pada pukul 13.21 WIB, Senin (21/11), merupakan gempa darat berkekuatan magnitudo 5,6.", date: 2022-11-21}
"#;
        let canon = Canon::parse("c.yaml", text).expect("loads");
        // "mengguncang" shows `~guncang`, "gempa darat" the first regex; the phrases need no
        // example, and no example is in English.
        assert_eq!(
            unshown_cues(&canon.claims[0]),
            [
                (Lang::Id, "~landa"),
                (Lang::Id, r"/\bgempa bumi terjadi\b/"),
                (Lang::En, r"/\bquake hit\b/")
            ]
        );
        let at = Locator::new(text);
        assert_eq!(cue_place(text, &at, 5, None, Lang::Id, "~landa"), (9, 22));
        assert_eq!(cue_place(text, &at, 5, None, Lang::En, r"/\bquake hit\b/"), (10, 21));
    }

    #[test]
    fn a_problem_found_by_serde_is_given_its_claim() {
        let text = "claims:\n  - id: one\n    statement: s\n  - id: two\n    statment: s\n";
        assert_eq!(claim_at(text, 5).as_deref(), Some("two"));
        assert_eq!(claim_at(text, 1), None);
    }
}
