//! `canon draft`: a starting canon proposed from trusted articles, for an editor to verify.
//!
//! In: articles, loaded, and what the command line sets over them (language, date). Out: a
//! [`Draft`]: the names the articles write as entities ([`names`]), a quantity claim for each
//! figure with its counted noun, the verb beside it as cue and the source its sentence credits
//! ([`figures`]), an event claim for each dated event with the verb of the date's clause as cue
//! ([`events`]), and what was passed over and why; [`write::yaml`] writes it as `claims.yaml`
//! text, with `TODO` comments where the editor must verify or fill in. Never fails, never
//! prints, never touches a file.
//!
//! The stages are `canon check`'s own: each article is read twice, first with no names (for
//! the names), then with the names found as entities, so that the structure stage can tell whom
//! a sentence credits. A figure and a date are read by the rules the check reads them by, so a
//! claim drafted from a sentence takes the same value back from it.
//!
//! The same figure of the same noun in several articles is one claim, whose cues are every
//! verb it was seen with and whose `as_of` is the earliest date of the articles that state it
//! (the day the editor must check); the same cue and date, one event claim. Claims come in the
//! order of their first appearance, article by article as named, and so do entities.
//!
//! Each claim's example is the first sentence it was drafted from (of its first five) that
//! comes out consistent, run alone through the whole draft as `canon validate` runs it; when
//! none does, the claim says so. A figure of an article with no date is passed over: a claim
//! needs the day of its estimate. So the draft loads as it is; were it not to, its header
//! would say why.

pub mod events;
pub mod figures;
pub mod names;
pub mod write;

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::article::{Article, DateSource, LangSource, Overrides, Reading};
use crate::canon::Canon;
use crate::check::place::Prepared;
use crate::check::{Context, examples};
use crate::extract::Aliases;
use crate::lang::Lang;
use crate::mention::{DateValue, Qualifier};
use crate::span::{LineIndex, Span};

/// Verbs of reporting beyond the verbs of saying ([`crate::structure::clause::SPEECH_VERBS`]):
/// they tell who reported or declared a count or an event ("Basarnas mencatat enam santri
/// masih belum ditemukan", "99 orang dinyatakan selamat"), never what it is, nor when it
/// happened.
pub const REPORTING: &[&str] = &[
    "dikutip",
    "dilansir",
    "dilaporkan",
    "diberitakan",
    "menambahkan",
    "mencatat",
    "mencatatkan",
    "dicatat",
    "dinyatakan",
    "quoted",
    "declared",
    "cited",
    "citing",
];

/// The entity that stands for the estimator of a figure no article credits.
pub const NO_ESTIMATOR: &str = "todo-estimator";

/// An article a draft was made from, and what was settled about it.
#[derive(Clone, Debug)]
pub struct Source {
    pub path: String,
    /// Its address, from its front matter's `source`.
    pub address: Option<String>,
    pub lang: Lang,
    pub lang_source: LangSource,
    pub date: Option<NaiveDate>,
    pub date_source: DateSource,
}

/// Where a figure or a date was seen.
#[derive(Clone, Debug, PartialEq)]
pub struct Seen {
    /// The article's index among [`Draft::sources`].
    pub article: usize,
    pub line: usize,
    pub column: usize,
    /// The figure's or the date's words, on one line.
    pub excerpt: String,
    /// Its sentence, on one line.
    pub sentence: String,
}

/// A drafted claim: what any claim has, and its value.
#[derive(Clone, Debug)]
pub struct Claim {
    pub id: String,
    pub lang: Lang,
    /// Its cue words, in the order seen.
    pub cues: Vec<String>,
    /// Every place it was seen, in order.
    pub seen: Vec<Seen>,
    /// The indices in `seen` of the sentences written as its `holds` examples: the one that
    /// comes out consistent under the draft, if any.
    pub examples: Vec<usize>,
    pub value: Value,
}

#[derive(Clone, Debug)]
pub enum Value {
    Quantity {
        value: f64,
        value_max: Option<f64>,
        qualifier: Qualifier,
        noun: Option<String>,
        /// No verb stood near it: its cue is its noun.
        cue_is_noun: bool,
        /// The entities its sentences credit, in order.
        estimators: Vec<String>,
        /// How many of its sentences credit no one.
        uncredited: usize,
        /// How many credit someone unnamed.
        unnamed: usize,
        /// The earliest date of the articles that state it.
        as_of: NaiveDate,
    },
    Event {
        date: DateValue,
        /// The entities its sentences name.
        named: Vec<String>,
    },
}

/// What `canon draft` proposes.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    pub sources: Vec<Source>,
    pub entities: Vec<names::Name>,
    pub claims: Vec<Claim>,
    /// Figures and dates no claim was drafted for, with why.
    pub passed: Vec<(Seen, String)>,
    /// Why the draft does not load as written, one problem a line (none when it loads).
    pub problems: Vec<String>,
}

impl Draft {
    /// Some claim names [`NO_ESTIMATOR`].
    pub fn needs_an_estimator(&self) -> bool {
        self.claims.iter().any(|c| match &c.value {
            Value::Quantity { estimators, .. } => estimators.is_empty(),
            Value::Event { .. } => false,
        })
    }
}

/// The draft of `articles`, read with `overrides` (the command line's language and date).
pub fn draft(articles: &[Article], overrides: Overrides) -> Draft {
    let none = Aliases::default();
    let first: Vec<Reading> = articles.iter().map(|a| a.read(&none, overrides)).collect();
    let pages: Vec<names::Page> = articles
        .iter()
        .zip(&first)
        .map(|(a, r)| names::Page {
            text: &a.text,
            body_start: a.body_start,
            lang: r.language,
            mentions: &r.mentions,
        })
        .collect();
    let entities = names::find(&pages);
    let pairs = entities
        .iter()
        .flat_map(|e| e.names.values().flatten().map(move |name| (e.id.as_str(), name.as_str())));
    let aliases = Aliases::new(pairs);
    let mut draft = Draft { entities, ..Draft::default() };
    let mut claims = Claims::default();
    for (n, article) in articles.iter().enumerate() {
        let reading = article.read(&aliases, overrides);
        draft.sources.push(Source {
            path: article.path.clone(),
            address: article.source.clone(),
            lang: reading.language,
            lang_source: reading.language_source,
            date: reading.date,
            date_source: reading.date_source,
        });
        let cx =
            Context { text: &article.text, reading: &reading, aliases: &aliases, ignored: &[] };
        let prepared = Prepared::new(&cx, article.body_start);
        let lines = LineIndex::new(&article.text);
        let seen = |s: usize, span: Span| {
            let at = lines.position(&article.text, span.start);
            Seen {
                article: n,
                line: at.line,
                column: at.column,
                excerpt: one_line(&article.text[span.range()]),
                sentence: one_line(prepared.text(prepared.sentences[s].span)),
            }
        };
        let mut found: Vec<Found> = Vec::new();
        found.extend(figures::read(&prepared, &seen).into_iter().map(|read| match read {
            figures::Read::Figure(f) => Found::Figure(f),
            figures::Read::Passed(s, why) => Found::Passed(s, why),
        }));
        found.extend(events::read(&prepared, &seen).into_iter().map(|read| match read {
            events::Read::Event(e) => Found::Event(e),
            events::Read::Passed(s, why) => Found::Passed(s, why),
        }));
        // Figures and dates together, in the order of the text.
        found.sort_by_key(|found| {
            let seen = match found {
                Found::Figure(f) => &f.seen,
                Found::Event(e) => &e.seen,
                Found::Passed(s, _) => s,
            };
            (seen.line, seen.column)
        });
        for found in found {
            match found {
                Found::Figure(f) if reading.date.is_none() => {
                    let why = "its article has no date for `as_of` (give one with --date or `date:` in its front matter)";
                    draft.passed.push((f.seen, why.to_string()));
                }
                Found::Figure(f) => {
                    if let Some(date) = reading.date {
                        claims.figure(*f, reading.language, date);
                    }
                }
                Found::Event(e) => claims.event(*e, reading.language),
                Found::Passed(seen, why) => draft.passed.push((seen, why)),
            }
        }
    }
    draft.claims = claims.list;
    settle_examples(&mut draft);
    draft
}

enum Found {
    Figure(Box<figures::Figure>),
    Event(Box<events::Dated>),
    Passed(Seen, String),
}

/// The claims drafted so far, and where each key's claim is.
#[derive(Default)]
struct Claims {
    list: Vec<Claim>,
    by_key: HashMap<String, usize>,
}

impl Claims {
    fn figure(&mut self, f: figures::Figure, lang: Lang, date: NaiveDate) {
        let amount = match f.value_max {
            Some(max) => format!("{}-{}", number(f.value), number(max)),
            None => number(f.value),
        };
        // A figure is one claim with the same figure of the same noun, or, with no noun, of
        // the same cue; written with its noun and without ("59 orang meninggal dunia", "dengan
        // rincian 59 meninggal dunia"), with the same cue, it is one claim too. Two nouns ("288
        // people", "288 passengers") are two claims, and so are two cues of bare figures.
        let by_cue = format!("q {lang} ~{} {amount}", f.cue);
        let key = match &f.noun {
            Some(noun) => format!("q {lang} {noun} {amount}"),
            None => by_cue.clone(),
        };
        let bare = |c: &Claim| matches!(c.value, Value::Quantity { noun: None, .. });
        if let Some(&at) = (self.by_key.get(&by_cue))
            .filter(|&&at| !self.by_key.contains_key(&key) && bare(&self.list[at]))
        {
            self.by_key.insert(key.clone(), at);
        }
        let id = match (&f.noun, f.cue_from_noun) {
            (Some(noun), false) if *noun != f.cue => format!("{noun}-{}-{amount}", f.cue),
            _ => format!("{}-{amount}", f.cue),
        };
        let value = Value::Quantity {
            value: f.value,
            value_max: f.value_max,
            qualifier: f.qualifier,
            noun: f.noun.clone(),
            cue_is_noun: f.cue_from_noun,
            estimators: Vec::new(),
            uncredited: 0,
            unnamed: 0,
            as_of: date,
        };
        let at = self.index(key, id, lang, value);
        self.by_key.entry(by_cue).or_insert(at);
        let claim = &mut self.list[at];
        claim.seen.push(f.seen);
        if let Value::Quantity { estimators, uncredited, unnamed, as_of, cue_is_noun, .. } =
            &mut claim.value
        {
            // A verb seen with it is its cue; its noun stands for one only while none was.
            if !f.cue_from_noun && *cue_is_noun {
                claim.cues.clear();
            }
            if !f.cue_from_noun || *cue_is_noun {
                add(&mut claim.cues, &f.cue);
            }
            for source in &f.sources {
                add(estimators, source);
            }
            *uncredited += usize::from(f.sources.is_empty());
            *unnamed += usize::from(f.unnamed);
            *as_of = (*as_of).min(date);
            *cue_is_noun &= f.cue_from_noun;
        }
        if let Value::Quantity { noun: noun @ None, .. } = &mut claim.value {
            *noun = f.noun;
        }
    }

    fn event(&mut self, e: events::Dated, lang: Lang) {
        let key = format!("e {lang} {} {}", e.cue, e.date);
        let id = format!("{}-{}", e.cue, e.date);
        let claim = self.claim(key, id, lang, Value::Event { date: e.date, named: Vec::new() });
        add(&mut claim.cues, &e.cue);
        claim.seen.push(e.seen);
        if let Value::Event { named, .. } = &mut claim.value {
            for id in &e.named {
                add(named, id);
            }
        }
    }

    /// The claim of `key`, made with an id from `id` and `value` the first time.
    fn claim(&mut self, key: String, id: String, lang: Lang, value: Value) -> &mut Claim {
        let at = self.index(key, id, lang, value);
        &mut self.list[at]
    }

    /// Where the claim of `key` is, made with an id from `id` and `value` the first time.
    fn index(&mut self, key: String, id: String, lang: Lang, value: Value) -> usize {
        if let Some(&at) = self.by_key.get(&key) {
            return at;
        }
        let base = names::id_of(&id);
        let base = if base.is_empty() { "claim".to_string() } else { base };
        let taken = |id: &str| self.list.iter().any(|c| c.id == id);
        let id = (1..)
            .map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") })
            .find(|id| !taken(id))
            .unwrap_or(base);
        self.list.push(Claim {
            id,
            lang,
            cues: Vec::new(),
            seen: Vec::new(),
            examples: Vec::new(),
            value,
        });
        self.by_key.insert(key, self.list.len() - 1);
        self.list.len() - 1
    }
}

/// Adds `item` to `list` unless it is there.
fn add(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|i| i == item) {
        list.push(item.to_string());
    }
}

/// A number as a claim writes it: integers without a decimal point.
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// `text` on one line: every run of white space one space.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How many of the sentences a claim was seen in are tried as its example.
const CANDIDATES: usize = 5;

/// Chooses each claim's example: the first sentence it was seen in that comes out consistent
/// when the whole draft runs it, as `canon validate` does. An example is run as an article of
/// its own, whatever the canon's other examples, so the first few sentences of every claim are
/// tried at once, in one draft. A draft that does not load keeps no examples, and its problems
/// are noted.
fn settle_examples(draft: &mut Draft) {
    for claim in &mut draft.claims {
        let mut tried: Vec<usize> = Vec::new();
        for (i, seen) in claim.seen.iter().enumerate() {
            if tried.len() < CANDIDATES
                && !tried.iter().any(|&t| claim.seen[t].sentence == seen.sentence)
            {
                tried.push(i);
            }
        }
        claim.examples = tried;
    }
    let text = write::yaml(draft);
    let canon = match Canon::parse("<draft>", &text) {
        Ok(canon) => canon,
        Err(_) => {
            for claim in &mut draft.claims {
                claim.examples.clear();
            }
            if let Err(errors) = Canon::parse("<draft>", &write::yaml(draft)) {
                draft.problems = errors.iter().map(|e| e.to_string()).collect();
            }
            return;
        }
    };
    let mut passed: HashMap<&str, Vec<bool>> = HashMap::new();
    for outcome in examples::run(&canon) {
        passed.entry(outcome.claim.id.as_str()).or_default().push(outcome.passed);
    }
    for claim in &mut draft.claims {
        let results = passed.get(claim.id.as_str()).map_or(&[][..], Vec::as_slice);
        let first = claim.examples.iter().zip(results).find(|(_, ok)| **ok).map(|(&i, _)| i);
        claim.examples = first.into_iter().collect();
    }
}
