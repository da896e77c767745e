//! Evaluation on annotated real articles: how often canon's alarms are right, and how many of
//! the real errors it catches.
//!
//! In: a story's folder (`claims.yaml`, the story's canon, and `articles.yaml`, passages of real
//! articles with every checkable statement labelled by hand: `ok`, `flag` or `soft`; the format
//! is in `tests/realworld/README.md`). Out: each article's findings set against its statements
//! ([`Scored`]), and their sums ([`Tally`]). Loading is the only step that can fail; its errors
//! name the file, the line and the column.
//!
//! An alarm (`discrepant`, `outdated`, or a built-in check's `warning`: each asks a reviewer to
//! look) is true when it falls on a statement labelled `flag`
//! with the same check; on any other statement, or on none, it is false. A `flag` statement is
//! caught when a true alarm falls on it. A statement labelled `ok` or `flag` is covered when any
//! finding of its check falls on it.

use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::article::{Article, Overrides};
use crate::canon::Canon;
use crate::check::Matcher;
use crate::error::Error;
use crate::finding::{Finding, Status};
use crate::lang::Lang;
use crate::span::Span;

/// What an annotator said of a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// States the claim's fact and agrees with the canon as of the article's date.
    Ok,
    /// States the claim's fact and contradicts it: a real error.
    Flag,
    /// Nothing canon may alarm on: hedged, out of scope, not the claim's figure.
    Soft,
}

/// Which half of a story an article belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Half {
    /// Rules may be tuned by looking at it.
    Dev,
    /// Only measured.
    Report,
}

impl Half {
    pub fn name(self) -> &'static str {
        match self {
            Half::Dev => "dev",
            Half::Report => "report",
        }
    }
}

/// One annotated statement: the check it is about, where its value stands in the article's
/// text, and its label.
#[derive(Clone, Debug)]
pub struct Statement {
    pub check: String,
    pub span: Span,
    pub label: Label,
    pub reason: String,
}

/// An article of the set: its passages joined into one text, one passage a line.
#[derive(Clone, Debug)]
pub struct Annotated {
    pub id: String,
    pub url: String,
    pub published: NaiveDate,
    pub language: Lang,
    pub half: Half,
    pub article: Article,
    pub statements: Vec<Statement>,
}

/// A story: its canon and its annotated articles.
#[derive(Debug)]
pub struct Story {
    /// The folder's name.
    pub name: String,
    pub title: String,
    pub canon: Canon,
    pub articles: Vec<Annotated>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSet {
    story: String,
    articles: Vec<RawArticle>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArticle {
    id: String,
    url: String,
    published: String,
    language: String,
    half: String,
    passages: Vec<RawPassage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPassage {
    text: String,
    #[serde(default)]
    statements: Vec<RawStatement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatement {
    check: String,
    at: String,
    #[serde(default)]
    nth: Option<usize>,
    label: String,
    #[serde(default)]
    reason: String,
}

/// The built-in checks a statement may name besides the canon's claims.
const BUILTINS: &[&str] = &["weekday-mismatch", "misspelled-entity", "mixed-script"];

/// Loads the story in `dir`: its canon, then its articles, every problem of the articles'
/// file at once.
pub fn load_story(dir: &Path) -> Result<Story, Vec<Error>> {
    let canon = Canon::load(&dir.join("claims.yaml"))?;
    let path = dir.join("articles.yaml");
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(&path)
        .map_err(|e| vec![Error::file(&shown, format!("cannot be read: {e}"))])?;
    let raw: RawSet = crate::yaml::parse(&text)
        .map_err(|e| vec![Error::new(&shown, e.line, e.column, e.message)])?;
    let mut errors = Vec::new();
    let mut articles: Vec<Annotated> = Vec::new();
    for raw_article in raw.articles {
        match annotated(&shown, &text, &canon, raw_article) {
            Ok(article) => {
                if articles.iter().any(|a| a.id == article.id) {
                    let (line, column) = place_of(&text, &article.id);
                    errors.push(Error::new(
                        &shown,
                        line,
                        column,
                        format!("article '{}' is listed twice", article.id),
                    ));
                }
                articles.push(article);
            }
            Err(mut found) => errors.append(&mut found),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let name = dir.file_name().map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    Ok(Story { name, title: raw.story, canon, articles })
}

/// The 1-based line and column where `needle` first stands in `text` as a value of a key
/// (`id: a`, `at: "b"`), or failing that anywhere (1:1 when it does not).
fn place_of(text: &str, needle: &str) -> (usize, usize) {
    let as_value = [format!(": \"{needle}\""), format!(": '{needle}'"), format!(": {needle}")];
    let found = (as_value.iter())
        .find_map(|v| text.find(v.as_str()).map(|at| at + v.find(needle).unwrap_or(0)))
        .or_else(|| text.find(needle));
    let Some(at) = found else { return (1, 1) };
    let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    (text[..at].matches('\n').count() + 1, text[line_start..at].chars().count() + 1)
}

fn annotated(
    path: &str,
    file: &str,
    canon: &Canon,
    raw: RawArticle,
) -> Result<Annotated, Vec<Error>> {
    let mut errors = Vec::new();
    let here = |needle: &str, message: String| {
        let (line, column) = place_of(file, needle);
        Error::new(path, line, column, format!("article '{}': {message}", raw.id))
    };
    let published = NaiveDate::parse_from_str(raw.published.trim(), "%Y-%m-%d");
    let language = raw.language.parse::<Lang>();
    let half = match raw.half.as_str() {
        "dev" => Some(Half::Dev),
        "report" => Some(Half::Report),
        _ => None,
    };
    if published.is_err() {
        errors.push(here(&raw.id, format!("'{}' is not a date (YYYY-MM-DD)", raw.published)));
    }
    if let Err(message) = &language {
        errors.push(here(&raw.id, message.clone()));
    }
    if half.is_none() {
        errors.push(here(&raw.id, format!("half '{}' is neither dev nor report", raw.half)));
    }
    let mut text = String::new();
    let mut statements = Vec::new();
    for passage in &raw.passages {
        // A passage is one paragraph: one line of the article, as news text has it.
        let body = passage.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let start = text.len();
        text.push_str(&body);
        text.push('\n');
        for s in &passage.statements {
            let at = s.at.split_whitespace().collect::<Vec<_>>().join(" ");
            let nth = s.nth.unwrap_or(1);
            let found = if at.is_empty() || nth == 0 {
                None
            } else {
                body.match_indices(at.as_str()).nth(nth - 1)
            };
            let Some((offset, _)) = found else {
                errors.push(here(&s.at, format!("'{}' is not in its passage", s.at)));
                continue;
            };
            let label = match s.label.as_str() {
                "ok" => Label::Ok,
                "flag" => Label::Flag,
                "soft" => Label::Soft,
                other => {
                    errors.push(here(&s.at, format!("label '{other}' is not ok, flag or soft")));
                    continue;
                }
            };
            let known =
                canon.claims.iter().any(|c| c.id == s.check) || BUILTINS.contains(&&*s.check);
            if !known {
                errors.push(here(
                    &s.check,
                    format!("'{}' is neither a claim of the canon nor a built-in check", s.check),
                ));
                continue;
            }
            let span = Span::new(start + offset, start + offset + at.len());
            statements.push(Statement {
                check: s.check.clone(),
                span,
                label,
                reason: s.reason.clone(),
            });
        }
    }
    match (published, language, half) {
        (Ok(published), Ok(language), Some(half)) if errors.is_empty() => {
            let name = format!("{path}#{}", raw.id);
            let mut article = Article::parse(&name, text).map_err(|e| vec![e])?;
            article.date = Some(published);
            article.language = Some(language);
            article.source = Some(raw.url.clone());
            Ok(Annotated {
                id: raw.id,
                url: raw.url,
                published,
                language,
                half,
                article,
                statements,
            })
        }
        _ => Err(errors),
    }
}

/// What became of one alarm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// On a statement labelled `flag`.
    True,
    /// On a statement labelled `ok` or `soft`.
    OnLabel(Label),
    /// On no annotated statement of its check.
    Unannotated,
}

/// An article's findings set against its statements.
pub struct Scored<'s> {
    pub annotated: &'s Annotated,
    pub findings: Vec<Finding>,
    /// Per alarm among `findings` (by index), what it was.
    pub alarms: Vec<(usize, Verdict)>,
    /// Per statement (by index): caught (for `flag`) and covered (any finding of its check).
    pub caught: Vec<bool>,
    pub covered: Vec<bool>,
}

/// The finding is an alarm: it tells a reviewer something is wrong. A warning (a misspelled
/// name, letters of another script) asks for a look as much as a discrepancy does, and a false
/// one costs as much of the reviewer's time.
pub fn is_alarm(finding: &Finding) -> bool {
    matches!(finding.status, Status::Discrepant | Status::Outdated | Status::Warning)
}

/// Checks every article of `story` against its canon and scores the findings.
pub fn score(story: &Story) -> Vec<Scored<'_>> {
    let matcher = Matcher::new(&story.canon);
    story
        .articles
        .iter()
        .map(|annotated| {
            // The date and language stand in the article as front matter would put them.
            let checked = matcher.check_article(annotated.article.clone(), Overrides::default());
            score_article(annotated, checked.findings)
        })
        .collect()
}

fn score_article(annotated: &Annotated, findings: Vec<Finding>) -> Scored<'_> {
    let on = |f: &Finding, s: &Statement| f.check == s.check && f.span.overlaps(s.span);
    let statements = &annotated.statements;
    let mut caught = vec![false; statements.len()];
    let covered = statements.iter().map(|s| findings.iter().any(|f| on(f, s))).collect();
    let mut alarms = Vec::new();
    for (n, finding) in findings.iter().enumerate().filter(|(_, f)| is_alarm(f)) {
        let hit: Vec<usize> =
            (0..statements.len()).filter(|&i| on(finding, &statements[i])).collect();
        let verdict = if let Some(&flag) = hit.iter().find(|&&i| statements[i].label == Label::Flag)
        {
            caught[flag] = true;
            Verdict::True
        } else if let Some(&i) = hit.first() {
            Verdict::OnLabel(statements[i].label)
        } else {
            Verdict::Unannotated
        };
        alarms.push((n, verdict));
    }
    Scored { annotated, findings, alarms, caught, covered }
}

/// Sums over articles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub articles: usize,
    /// Statements labelled `ok` or `flag`: what canon could check.
    pub checkable: usize,
    /// Of those, how many a finding of their check falls on.
    pub covered: usize,
    /// Statements labelled `flag`: the real errors.
    pub errors: usize,
    /// Of those, how many a true alarm falls on.
    pub caught: usize,
    pub alarms: usize,
    pub false_alarms: usize,
}

impl Tally {
    pub fn of(scored: &Scored) -> Tally {
        let statements = &scored.annotated.statements;
        let checkable = |i: &usize| statements[*i].label != Label::Soft;
        let flags = |i: &usize| statements[*i].label == Label::Flag;
        Tally {
            articles: 1,
            checkable: (0..statements.len()).filter(checkable).count(),
            covered: (0..statements.len()).filter(|i| checkable(i) && scored.covered[*i]).count(),
            errors: (0..statements.len()).filter(flags).count(),
            caught: (0..statements.len()).filter(|i| flags(i) && scored.caught[*i]).count(),
            alarms: scored.alarms.len(),
            false_alarms: scored.alarms.iter().filter(|(_, v)| *v != Verdict::True).count(),
        }
    }

    pub fn add(&mut self, other: Tally) {
        self.articles += other.articles;
        self.checkable += other.checkable;
        self.covered += other.covered;
        self.errors += other.errors;
        self.caught += other.caught;
        self.alarms += other.alarms;
        self.false_alarms += other.false_alarms;
    }

    /// True alarms among alarms; `None` without alarms.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.alarms - self.false_alarms, self.alarms)
    }

    /// Real errors caught; `None` without real errors.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.caught, self.errors)
    }

    /// Checkable statements covered by a finding.
    pub fn coverage(&self) -> Option<f64> {
        ratio(self.covered, self.checkable)
    }
}

fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// The stories under `root`, one per folder that holds an `articles.yaml`, by name.
pub fn story_dirs(root: &Path) -> Result<Vec<std::path::PathBuf>, Error> {
    let shown = root.display().to_string();
    let entries =
        std::fs::read_dir(root).map_err(|e| Error::file(&shown, format!("cannot be read: {e}")))?;
    let mut dirs: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("articles.yaml").is_file())
        .collect();
    dirs.sort();
    Ok(dirs)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CANON: &str = "entities:\n  bnpb:\n    names:\n      id: [BNPB]\nclaims:\n  - id: deaths\n    statement: BNPB counts 268 dead.\n    sources: [x]\n    cues:\n      id: [meninggal]\n    quantity:\n      counts:\n        id: [orang]\n      estimator: bnpb\n      value: 268\n      as_of: 2022-11-22\n";

    fn story(name: &str, articles: &str) -> Result<Story, Vec<Error>> {
        let dir = std::env::temp_dir().join(format!("canon-eval-{name}-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        std::fs::write(dir.join("claims.yaml"), CANON).expect("write");
        std::fs::write(dir.join("articles.yaml"), articles).expect("write");
        let story = load_story(&dir);
        let _ = std::fs::remove_dir_all(&dir);
        story
    }

    #[test]
    fn alarms_are_scored_against_labels() {
        let set = "story: t\narticles:\n  - id: a\n    url: u\n    published: 2022-11-23\n    language: id\n    half: dev\n    passages:\n      - text: >-\n          Menurut BNPB, 300 orang meninggal dunia.\n        statements:\n          - {check: deaths, at: \"300 orang\", label: flag, reason: not 268}\n      - text: >-\n          Sebanyak 268 orang meninggal.\n        statements:\n          - {check: deaths, at: \"268 orang\", label: ok}\n";
        let story = story("scored", set).expect("the set loads");
        let scored = score(&story);
        let tally = Tally::of(&scored[0]);
        assert_eq!(tally.errors, 1);
        assert_eq!(tally.caught, 1, "{:?}", scored[0].findings);
        assert_eq!(tally.false_alarms, 0);
        assert_eq!(tally.checkable, 2);
        assert_eq!(tally.covered, 2);
        assert_eq!(tally.precision(), Some(1.0));
    }

    #[test]
    fn a_value_not_in_its_passage_is_an_error_with_its_place() {
        let set = "story: t\narticles:\n  - id: a\n    url: u\n    published: 2022-11-23\n    language: id\n    half: dev\n    passages:\n      - text: Sebanyak 268 orang meninggal.\n        statements:\n          - {check: deaths, at: \"269 orang\", label: ok}\n          - {check: nothing, at: \"268 orang\", label: ok}\n";
        let errors = story("errors", set).expect_err("two problems");
        let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert!(
            text[0].ends_with(":11:34: article 'a': '269 orang' is not in its passage"),
            "{text:?}"
        );
        assert!(text[1].ends_with(":12:21: article 'a': 'nothing' is neither a claim of the canon nor a built-in check"), "{text:?}");
    }
}
