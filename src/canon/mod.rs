//! The canon: the facts of a story as editors keep them in `claims.yaml`, loaded once and
//! validated at the door.
//!
//! In: the text of a canon file. Out: a [`Canon`] whose every claim is valid (ids unique and
//! kebab-case, entities defined, dates real, regexes compiled), or every problem found, each an
//! [`Error`] with the file, line, column and claim id. Later stages never see a bad claim.
//!
//! The file's reference, with an example of every kind, is `docs/claims.md`.

pub mod cue;
pub(crate) mod family;
pub mod places;
mod raw;
pub mod schema;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rayon::prelude::*;
use regex::{Regex, RegexBuilder};
use regex_syntax::hir::Look;

pub use cue::Cue;
pub use places::{Nesting, Places};

use crate::clock::{self, Minutes, Zone};
use crate::error::Error;
use crate::extract::Aliases;
use crate::lang::Lang;
use crate::mention::{DateValue, Period, Qualifier, Unit, written_step};
use crate::yaml::{self, Locator};

/// How large one compiled cue or ignore pattern may grow (regex's own limit is ten times this):
/// a pattern that exceeds it is an error in the canon, not a slow run.
const REGEX_SIZE_LIMIT: usize = 1 << 20;

const EMPTY: &str = "the canon is empty: it needs `entities` and `claims`";

/// The relative tolerance of "about": "sekitar 600" agrees with anything from 540 to 660.
pub const DEFAULT_TOLERANCE: f64 = 0.1;

#[derive(Debug)]
pub struct Canon {
    /// The file, as the user named it.
    pub path: String,
    /// Lines that are not an article's own text.
    pub ignore: Vec<Regex>,
    /// The `ignore` patterns as one alternation, so that a line is matched once rather than
    /// once per pattern; `None` when there are none, or when together they outgrow the size
    /// limit that each keeps alone.
    pub ignore_any: Option<Regex>,
    pub entities: Vec<Entity>,
    pub claims: Vec<Claim>,
    pub aliases: Aliases,
    /// Where the places the canon places lie (the entities' `within`).
    pub places: Places,
}

#[derive(Debug)]
pub struct Entity {
    pub id: String,
    pub names: BTreeMap<Lang, Vec<String>>,
    /// The organisations it speaks for (entity ids): a figure or a statement credited to it is
    /// credited to them too.
    pub speaks_for: Vec<String>,
    /// The larger places it lies in (entity ids): a city's province, a province's country.
    pub within: Vec<String>,
}

#[derive(Debug)]
pub struct Claim {
    pub id: String,
    pub statement: String,
    pub sources: Vec<String>,
    /// Per language: one regex that matches any cue.
    pub cues: BTreeMap<Lang, Cue>,
    /// Per language: the cues as written, in order, trimmed (none empty).
    pub cue_texts: BTreeMap<Lang, Vec<String>>,
    /// The entity that must be named nearest before the cue (who did it).
    pub subject: Option<String>,
    /// Entities that must be named in the sentence or the one before it: all of them, or (with
    /// `context_any`) any one.
    pub context: Vec<String>,
    /// `context` asks for any one of its entities (`context: {any_of: […]}`), not all.
    pub context_any: bool,
    pub value: ClaimValue,
    pub examples: Vec<Example>,
    /// The 1-based line where the claim starts in the canon file.
    pub line: usize,
}

impl Claim {
    /// The claim's `context` is met when `named` holds for all its entities, or for any one
    /// with `context_any`. No context is always met.
    pub fn context_met(&self, named: impl Fn(&String) -> bool) -> bool {
        if self.context_any {
            self.context.is_empty() || self.context.iter().any(named)
        } else {
            self.context.iter().all(named)
        }
    }
}

#[derive(Debug)]
pub enum ClaimValue {
    Quantity(QuantityClaim),
    Event(EventClaim),
    Attribution(AttributionClaim),
}

impl ClaimValue {
    pub fn kind(&self) -> &'static str {
        match self {
            ClaimValue::Quantity(_) => "quantity",
            ClaimValue::Event(_) => "event",
            ClaimValue::Attribution(_) => "attribution",
        }
    }
}

#[derive(Clone, Debug)]
pub struct QuantityClaim {
    /// Per language, lower case: the nouns the figure counts. Empty: any noun.
    pub counts: BTreeMap<Lang, Vec<String>>,
    /// Whose figure this is: entity ids.
    pub estimators: Vec<String>,
    /// Who is known not to have given it (entity ids): a figure credited to one of them is
    /// misattributed. Anyone else the claim does not name may be repeating the estimate.
    pub not_by: Vec<String>,
    /// The places the count covers (entity ids; `place`): a figure the sentence places in a
    /// place that lies within one of them, and is none of them, counts a part. Empty: the
    /// canon does not say.
    pub places: Vec<String>,
    pub tolerance: f64,
    /// The unit the figure measures in: the claim takes only figures of its dimension,
    /// converted into it. `None`: a count, of figures with no unit.
    pub unit: Option<&'static Unit>,
    /// Oldest first; at least one.
    pub series: Vec<Estimate>,
}

impl QuantityClaim {
    /// The canon says what time the claim's figures cover (`period`): on all its estimates,
    /// when on any.
    pub fn has_period(&self) -> bool {
        self.series.iter().any(|e| e.period.is_some())
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    /// In the claim's unit, for a measure.
    pub value: f64,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    pub as_of: NaiveDate,
    /// The time of day the estimate was given, when the canon says (`as_of: "2024-07-30
    /// 18:00 WIB"`): it orders the estimates of one day.
    pub at: Option<EstimateTime>,
    /// The unit `value` is in: the claim's, for a measure; `None` for a count.
    pub unit: Option<&'static Unit>,
    /// The time the figure covers (`period: 2024`): a sentence that gives the figure another
    /// time tells of another fact (`check::quantity`). `None`: the canon does not say.
    pub period: Option<Period>,
    /// The estimate as the canon wrote it, when in another unit than the claim's: `value` and
    /// `value_max` are then that figure converted, read to the precision written (as an
    /// article's converted figure is, see `check::quantity`), and output shows it as written.
    pub given: Option<Given>,
}

/// The time of day of an estimate: its minute and, when written, its zone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EstimateTime {
    pub minute: i32,
    pub zone: Option<Zone>,
}

/// An estimate as written in a unit of its own.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Given {
    pub unit: &'static Unit,
    pub value: f64,
    pub value_max: Option<f64>,
}

impl Estimate {
    /// This estimate, written in `given`, converted into `to`, the claim's unit. An exact
    /// figure (or range) is read to the digit it is written to ("1,600 feet" is 1,550 to 1,650
    /// feet), as an article's is: a conversion is exact only to that precision. A hedged figure
    /// is converted as it stands, its hedge reaching further than the rounding.
    fn in_unit(self, given: &'static Unit, to: &'static Unit) -> Estimate {
        if given.name == to.name {
            return self;
        }
        let exact = self.qualifier == Qualifier::Exact;
        let half = |v: f64| if exact { written_step(v) / 2.0 } else { 0.0 };
        let top = self.value_max.unwrap_or(self.value);
        let value_max =
            (exact || self.value_max.is_some()).then(|| given.convert(top + half(top), to));
        Estimate {
            value: given.convert((self.value - half(self.value)).max(0.0), to),
            value_max,
            unit: Some(to),
            given: Some(Given { unit: given, value: self.value, value_max: self.value_max }),
            ..self
        }
    }
}

#[derive(Debug)]
pub struct EventClaim {
    /// One event, or an ordered series where the n-th is "the n-th such event".
    pub events: Vec<Event>,
    /// Ordinals count the events of `events`.
    pub is_series: bool,
    /// The (single) event was the first of its kind.
    pub first: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub date: DateValue,
    pub place: Option<String>,
    /// The time of day, when the canon gives one (then `date` is a day).
    pub time: Option<EventTime>,
}

/// An event's time of day: a minute or a span of minutes, in a zone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EventTime {
    pub minutes: Minutes,
    pub zone: Zone,
    /// The zone's offset on the event's day, in minutes ahead of UTC.
    pub offset: i32,
}

impl Event {
    /// The first and last instant of the event's time (minutes since 1970 in UTC), when it
    /// has one.
    pub fn instants(&self) -> Option<(i64, i64)> {
        let (time, DateValue::Day(day)) = (self.time?, self.date) else { return None };
        Some((
            clock::instant(day, time.minutes.from, time.offset),
            clock::instant(day, time.minutes.to, time.offset),
        ))
    }
}

#[derive(Debug)]
pub struct AttributionClaim {
    pub sources: Vec<String>,
    /// Who is known not to have said it (entity ids): crediting one of them is wrong. Anyone
    /// else the claim does not name may be repeating the source's word.
    pub not_by: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expect {
    Holds,
    Breaks,
}

impl Expect {
    pub fn name(&self) -> &'static str {
        match self {
            Expect::Holds => "holds",
            Expect::Breaks => "breaks",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Example {
    pub expect: Expect,
    pub text: String,
    pub date: Option<NaiveDate>,
    pub language: Option<Lang>,
    /// Where the example is written in the canon file.
    pub line: usize,
    pub column: usize,
}

impl Canon {
    /// Reads and validates the canon file at `path`.
    pub fn load(path: &std::path::Path) -> Result<Canon, Vec<Error>> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            vec![Error::file(&name, format!("cannot read: {}", crate::article::io_message(&e)))]
        })?;
        Canon::parse(&name, &text)
    }

    /// Validates a canon given as text; `path` names it in errors.
    pub fn parse(path: &str, text: &str) -> Result<Canon, Vec<Error>> {
        if text.trim().is_empty() {
            return Err(vec![Error::file(path, EMPTY)]);
        }
        let raw: Option<raw::Canon> = yaml::parse(text).map_err(|e| {
            // A syntax error stops the parser, so it is the only one there is to list; tabs
            // are the exception, found line by line, and every tab-indented line is listed.
            if e.message == yaml::TAB_MESSAGE {
                let tabs = yaml::tab_indents(text);
                return tabs.iter().map(|&(l, c)| Error::new(path, l, c, yaml::TAB_MESSAGE)).collect();
            }
            // A file that parses as one scalar or a list (prose, an article given by mistake)
            // gets serde's "invalid type: string \"…the whole text…\", expected struct Canon".
            let message = match e.message.strip_prefix("invalid type: ") {
                Some(rest) if e.message.ends_with("expected struct Canon") => {
                    let found = rest.split([' ', ',']).next().unwrap_or("something else");
                    format!(
                        "not a canon: expected a YAML mapping with `entities` and `claims`, found a {found}"
                    )
                }
                _ => e.message,
            };
            let mut error = Error::new(path, e.line, e.column, message);
            // serde names the claim by its index ("claims[3].quantity.value: …"); the editor
            // knows it by its id.
            error.claim = claim_index(&error.message).and_then(|n| claim_id(text, n));
            vec![error]
        })?;
        // A file of comments only is empty too.
        let Some(raw) = raw else {
            return Err(vec![Error::file(path, EMPTY)]);
        };
        let at = Locator::new(text);
        let entity_places = at.map_keys("entities");
        let claim_lines = at.list_items("claims");
        let validator = Validator {
            path,
            at,
            entity_places,
            claim_lines,
            errors: Vec::new(),
            claim_errors: 0,
            compiled: BTreeMap::new(),
        };
        validator.canon(raw)
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }
}

/// The index `n` of a message that opens with "claims[n]".
fn claim_index(message: &str) -> Option<usize> {
    message.strip_prefix("claims[")?.split_once(']')?.0.parse().ok()
}

/// The id written in the `n`th claim of a canon's text, when it is written plainly.
fn claim_id(text: &str, n: usize) -> Option<String> {
    let at = Locator::new(text);
    let lines = at.list_items("claims");
    let (line, column) = at.key(*lines.get(n)?, lines.get(n + 1).copied(), "id")?;
    let value = text.lines().nth(line - 1)?.chars().skip(column - 1).collect::<String>();
    let id = value.split('#').next()?.trim().trim_matches(['\'', '"']);
    (!id.is_empty()).then(|| id.to_string())
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// "2019", "2025-04" or "2024-06-19", at that precision; `None` for anything else, 30 February
/// included.
pub fn parse_date(text: &str) -> Option<DateValue> {
    let parts: Vec<&str> = text.trim().split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [y] => Some(DateValue::Year(number(y, 4)? as i32)),
        [y, m] => DateValue::month(number(y, 4)? as i32, number(m, 2)?),
        [y, m, d] => DateValue::day(number(y, 4)? as i32, number(m, 2)?, number(d, 2)?),
        _ => None,
    }
}

fn parse_day(text: &str) -> Option<NaiveDate> {
    match parse_date(text)? {
        DateValue::Day(d) => Some(d),
        _ => None,
    }
}

/// "2024", "2024-03", "2024-03-15", or a run of two of them written `from/to`
/// ("2025-01/2025-06", "2023-12-20/2024-01-05"): the time a figure covers. `Err` says what is
/// wrong: not a period, or a run that ends before it starts.
pub fn parse_period(text: &str) -> Result<Period, &'static str> {
    const NOT: &str = "is not a period: YYYY, YYYY-MM or YYYY-MM-DD, or a run of two written from/to (2025-01/2025-06)";
    let period = match text.trim().split_once('/') {
        None => Period::of(parse_date(text).ok_or(NOT)?),
        Some((first, last)) => {
            Period { first: parse_date(first).ok_or(NOT)?, last: parse_date(last).ok_or(NOT)? }
        }
    };
    period.days().map(|_| period).ok_or("ends before it starts")
}

/// "20:30", "09:05", or a span "18:00-20:00" (its end not before its start); `None` for
/// anything else.
pub fn parse_time(text: &str) -> Option<Minutes> {
    let minute = |s: &str| {
        let (h, m) = s.trim().split_once(':')?;
        let two = |s: &str, max: i32| {
            (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<i32>().ok())
                .flatten()
                .filter(|&n| n <= max)
        };
        Some(two(h, 23)? * 60 + two(m, 59)?)
    };
    match text.split_once(['-', '–']) {
        Some((from, to)) => {
            let (from, to) = (minute(from)?, minute(to)?);
            (to >= from).then_some(Minutes { from, to })
        }
        None => Some(Minutes::at(minute(text)?)),
    }
}

/// "2024-07-30", "2024-07-30 18:00" or "2024-07-30 18:00 WIB" (a zone's name or an offset):
/// the day, and the time when written. `None` for anything else.
pub fn parse_as_of(text: &str) -> Option<(NaiveDate, Option<EstimateTime>)> {
    let mut parts = text.split_whitespace();
    let day = parse_day(parts.next()?)?;
    let Some(time) = parts.next() else { return Some((day, None)) };
    let minutes = parse_time(time)?;
    if minutes.from != minutes.to {
        return None;
    }
    let rest: Vec<&str> = parts.collect();
    let zone = match rest.as_slice() {
        [] => None,
        words => Some(Zone::parse(&words.join(" ")).filter(|z| z.offset(day).is_some())?),
    };
    Some((day, Some(EstimateTime { minute: minutes.from, zone })))
}

fn parse_qualifier(text: &str) -> Option<Qualifier> {
    schema::QUALIFIERS.into_iter().find(|q| q.name() == text)
}

/// Every match of the ignore pattern `pattern` starts at the start of a line (`^`).
fn starts_lines(pattern: &str) -> bool {
    let mut parser =
        regex_syntax::ParserBuilder::new().case_insensitive(true).multi_line(true).build();
    parser.parse(pattern).is_ok_and(|hir| {
        let prefix = hir.properties().look_set_prefix();
        [Look::Start, Look::StartLF, Look::StartCRLF].into_iter().any(|look| prefix.contains(look))
    })
}

fn compile(pattern: &str) -> Result<Regex, String> {
    RegexBuilder::new(pattern).case_insensitive(true).size_limit(REGEX_SIZE_LIMIT).build().map_err(
        |e| match e {
            regex::Error::CompiledTooBig(limit) => {
                format!("it is too large (compiled, it would exceed the limit of {limit} bytes)")
            }
            e => e
                .to_string()
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
        },
    )
}

struct Validator<'a> {
    path: &'a str,
    at: Locator<'a>,
    /// Where each entity id is written, and where each claim starts: found in one pass each,
    /// because looking them up one by one would read the file once per entity or claim.
    entity_places: BTreeMap<&'a str, (usize, usize)>,
    claim_lines: Vec<usize>,
    errors: Vec<Error>,
    /// How many errors there were when the claim being validated began.
    claim_errors: usize,
    /// Every claim's cue sets, compiled (or why not) before the claims are validated, by
    /// pattern ([`Validator::precompile`]).
    compiled: BTreeMap<String, Result<Cue, String>>,
}

/// Where a claim stands in the file: its first line, and the first line of the next claim.
#[derive(Clone, Copy)]
struct Block {
    start: usize,
    end: Option<usize>,
}

impl Validator<'_> {
    fn error(&mut self, (line, column): (usize, usize), claim: Option<&str>, message: String) {
        let mut error = Error::new(self.path, line, column, message);
        error.claim = claim.map(str::to_string);
        self.errors.push(error);
    }

    /// The place of `key` inside a claim's block, or the claim's own first line.
    fn place(&self, block: Block, key: &str) -> (usize, usize) {
        self.at.key(block.start, block.end, key).unwrap_or((block.start, 1))
    }

    /// The place of `needle` after `key` inside a claim's block.
    fn place_of(&self, block: Block, key: &str, needle: &str) -> (usize, usize) {
        let from = self.place(block, key).0;
        self.at.find(from, block.end, needle).unwrap_or_else(|| self.place(block, key))
    }

    fn canon(mut self, raw: raw::Canon) -> Result<Canon, Vec<Error>> {
        let ignore = self.ignore(&raw.ignore);
        let entities = self.entities(raw.entities);
        let known: BTreeSet<&str> = entities.iter().map(|e| e.id.as_str()).collect();
        let known: BTreeSet<String> = known.into_iter().map(str::to_string).collect();
        for entity in &entities {
            for id in entity.speaks_for.iter().filter(|id| !known.contains(*id)) {
                let place = self.entity_places.get(entity.id.as_str()).copied().unwrap_or((0, 0));
                self.error(
                    place,
                    None,
                    format!(
                        "entity '{}': speaks_for: undefined entity '{id}' (define it under `entities`)",
                        entity.id
                    ),
                );
            }
        }
        self.within(&entities, &known);
        self.precompile(&raw.claims);
        let mut claims = Vec::new();
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for (n, claim) in raw.claims.into_iter().enumerate() {
            let start = self.claim_lines.get(n).copied().unwrap_or(0);
            let block = Block { start, end: self.claim_lines.get(n + 1).copied() };
            // A claim without an id is still validated, under its place in the list, so that
            // its other problems are listed too.
            let id = match &claim.id {
                Some(id) => id.clone(),
                None => {
                    let label = format!("claims[{n}]");
                    let message = format!("claim {} (claims[{n}]) has no `id`", n + 1);
                    let place = self.at.find(start, Some(start + 1), "-").unwrap_or((start, 1));
                    self.error(place, None, message);
                    label
                }
            };
            if let Some(first) = seen.get(&id) {
                let message = format!("duplicate claim id '{id}' (first defined on line {first})");
                self.error(self.place(block, "id"), Some(&id), message);
                continue;
            }
            seen.insert(id.clone(), start);
            if let Some(claim) = self.claim(id, claim, block, &known) {
                claims.push(claim);
            }
        }
        if !self.errors.is_empty() {
            // In the order of the file, as a reader fixes them; problems of the whole file first.
            self.errors.sort_by_key(|e| (e.line, e.column));
            return Err(self.errors);
        }
        for claim in &mut claims {
            speak_for(&entities, claim);
        }
        let aliases = Aliases::new(entities.iter().flat_map(|e| {
            e.names.values().flatten().map(move |name| (e.id.as_str(), name.as_str()))
        }));
        let ignore_any = (!ignore.is_empty())
            .then(|| {
                let each: Vec<String> = raw.ignore.iter().map(|p| format!("(?:(?m){p})")).collect();
                // A line holds no line break, so a pattern that matches only at the start of a
                // line matches a line only at its start: searched from there alone, a line that
                // does not match is given up at once rather than scanned to its end.
                let anchor = if raw.ignore.iter().all(|p| starts_lines(p)) { r"\A" } else { "" };
                compile(&format!("{anchor}(?:{})", each.join("|"))).ok()
            })
            .flatten();
        let places = Places::new(entities.iter().map(|e| (e.id.as_str(), e.within.as_slice())));
        Ok(Canon {
            path: self.path.to_string(),
            ignore,
            ignore_any,
            entities,
            claims,
            aliases,
            places,
        })
    }

    /// The entities' `within`: each names a defined entity other than itself, and no place lies
    /// within itself through others (a cycle, given once, at the entity that closes it).
    fn within(&mut self, entities: &[Entity], known: &BTreeSet<String>) {
        let mut graph: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for entity in entities.iter().filter(|e| !e.within.is_empty()) {
            let id = entity.id.as_str();
            for larger in &entity.within {
                let place = self.within_place(id, larger);
                if !known.contains(larger) {
                    let message = format!(
                        "entity '{id}': within: undefined entity '{larger}' (define it under `entities`)"
                    );
                    self.error(place, None, message);
                } else if larger == id {
                    let message =
                        format!("entity '{id}': within: a place does not lie within itself");
                    self.error(place, None, message);
                } else {
                    graph.entry(id).or_default().push(larger.as_str());
                }
            }
        }
        for (id, around) in places::cycles(&graph) {
            let closes = around.first().copied().unwrap_or(id);
            let path: Vec<String> = around.iter().map(|p| format!("'{p}'")).collect();
            let message = format!(
                "entity '{id}': within: '{closes}' lies within '{id}' already ({}): places cannot lie within one another",
                path.join(" → ")
            );
            self.error(self.within_place(id, closes), None, message);
        }
    }

    /// Where the entity `id` writes `larger` in its `within`, or else where the entity is.
    fn within_place(&self, id: &str, larger: &str) -> (usize, usize) {
        let Some(&(start, column)) = self.entity_places.get(id) else { return (0, 0) };
        // The entity's block ends where the next entity starts.
        let end = (self.entity_places.values())
            .filter(|&&(line, c)| line > start && c == column)
            .map(|&(line, _)| line)
            .min();
        let key = self.at.key(start, end, "within");
        key.and_then(|(line, _)| self.at.find(line, end, larger)).or(key).unwrap_or((start, column))
    }

    /// Compiles the distinct cue sets of `claims` on every core, into `compiled`, where the
    /// claims take them from: compiling is most of loading a canon of thousands of claims, and
    /// the claims of one story share their cues.
    fn precompile(&mut self, claims: &[raw::Claim]) {
        let mut sets: Vec<(String, Lang, &[String])> = claims
            .iter()
            .flat_map(|c| c.cues.iter())
            .filter_map(|(lang, c)| {
                let lang = lang.parse::<Lang>().ok()?;
                Some((cue::joined(c, lang)?, lang, c.as_slice()))
            })
            .collect();
        sets.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        sets.dedup_by(|a, b| a.0 == b.0);
        self.compiled = sets
            .into_par_iter()
            .map(|(pattern, lang, cues)| {
                let cue = Cue::of(cues, lang, REGEX_SIZE_LIMIT);
                (pattern, cue)
            })
            .collect();
    }

    fn ignore(&mut self, patterns: &[String]) -> Vec<Regex> {
        let mut out = Vec::new();
        for pattern in patterns {
            match compile(&format!("(?m){pattern}")) {
                Ok(regex) => out.push(regex),
                Err(message) => {
                    let place = self.at.find(1, None, pattern).unwrap_or((0, 0));
                    self.error(
                        place,
                        None,
                        format!("ignore pattern '{pattern}' does not compile: {message}"),
                    );
                }
            }
        }
        out
    }

    fn entities(&mut self, raw: BTreeMap<String, raw::Entity>) -> Vec<Entity> {
        let mut out = Vec::new();
        for (id, entity) in raw {
            let place = self.entity_places.get(id.as_str()).copied().unwrap_or((0, 0));
            if !is_kebab(&id) {
                self.error(
                    place,
                    None,
                    format!("entity id '{id}' is not kebab-case (a-z, 0-9, '-')"),
                );
            }
            let mut names = BTreeMap::new();
            for (lang, list) in entity.names {
                match lang.parse::<Lang>() {
                    Ok(lang) => {
                        names.insert(
                            lang,
                            list.into_iter().filter(|n| !n.trim().is_empty()).collect(),
                        );
                    }
                    Err(message) => self.error(place, None, format!("entity '{id}': {message}")),
                }
            }
            if names.values().all(Vec::is_empty) {
                self.error(place, None, format!("entity '{id}' has no names"));
            }
            let speaks_for = entity.speaks_for.map_or_else(Vec::new, raw::OneOrMany::into_vec);
            let within = entity.within.map_or_else(Vec::new, raw::OneOrMany::into_vec);
            out.push(Entity { id, names, speaks_for, within });
        }
        out
    }

    fn entity_refs(
        &mut self,
        ids: &[String],
        block: Block,
        key: &str,
        claim: &str,
        known: &BTreeSet<String>,
    ) {
        for id in ids {
            if !known.contains(id) {
                let place = self.place_of(block, key, id);
                self.error(
                    place,
                    Some(claim),
                    format!("{key}: undefined entity '{id}' (define it under `entities`)"),
                );
            }
        }
    }

    fn claim(
        &mut self,
        id: String,
        raw: raw::Claim,
        block: Block,
        known: &BTreeSet<String>,
    ) -> Option<Claim> {
        let errors_before = self.errors.len();
        self.claim_errors = errors_before;
        if raw.id.is_some() && !is_kebab(&id) {
            self.error(
                self.place(block, "id"),
                Some(&id),
                format!("claim id '{id}' is not kebab-case (a-z, 0-9, '-')"),
            );
        }
        if raw.statement.trim().is_empty() {
            self.error(self.place(block, "statement"), Some(&id), "the statement is empty".into());
        }
        if raw.sources.iter().all(|s| s.trim().is_empty()) {
            self.error(block_start(block), Some(&id), "the claim has no `sources`".into());
        }
        let cue_texts = (raw.cues.iter())
            .filter_map(|(lang, cues)| {
                let written = cues.iter().map(|c| c.trim()).filter(|c| !c.is_empty());
                Some((lang.parse::<Lang>().ok()?, written.map(str::to_string).collect()))
            })
            .collect();
        let cues = self.cues(raw.cues, block, &id);
        if let Some(subject) = &raw.subject {
            self.entity_refs(std::slice::from_ref(subject), block, "subject", &id, known);
        }
        let (context, context_any) = match raw.context {
            raw::Context::All(ids) => (ids, false),
            raw::Context::Any { any_of } => (any_of, true),
        };
        self.entity_refs(&context, block, "context", &id, known);
        let kinds = [raw.quantity.is_some(), raw.event.is_some(), raw.attribution.is_some()];
        let value = match (raw.quantity, raw.event, raw.attribution) {
            _ if kinds.iter().filter(|&&k| k).count() != 1 => {
                let message =
                    "a claim holds exactly one of `quantity`, `event` or `attribution`".to_string();
                self.error(block_start(block), Some(&id), message);
                None
            }
            (Some(q), _, _) => self.quantity(q, block, &id, known).map(ClaimValue::Quantity),
            (_, Some(e), _) => self.event(e, block, &id, known).map(ClaimValue::Event),
            (None, None, None) => None,
            (_, _, Some(a)) => {
                let sources = a.source.into_vec();
                self.entity_refs(&sources, block, "source", &id, known);
                let not_by = a.not_by.map(raw::OneOrMany::into_vec).unwrap_or_default();
                self.entity_refs(&not_by, block, "not_by", &id, known);
                Some(ClaimValue::Attribution(AttributionClaim { sources, not_by }))
            }
        };
        let examples = self.examples(raw.examples, block, &id);
        let value = value?;
        (self.errors.len() == errors_before).then(|| Claim {
            id,
            statement: raw.statement.trim().to_string(),
            sources: raw.sources,
            cues,
            cue_texts,
            subject: raw.subject,
            context,
            context_any,
            value,
            examples,
            line: block.start,
        })
    }

    fn cues(
        &mut self,
        raw: BTreeMap<String, Vec<String>>,
        block: Block,
        id: &str,
    ) -> BTreeMap<Lang, Cue> {
        let mut out = BTreeMap::new();
        for (lang, cues) in raw {
            let Ok(lang) = lang
                .parse::<Lang>()
                .map_err(|m| self.error(self.place(block, "cues"), Some(id), format!("cues: {m}")))
            else {
                continue;
            };
            let Some(joined) = cue::joined(&cues, lang) else { continue };
            // Compiled already ([`Validator::precompile`]); each cue is compiled alone only to
            // find which one is wrong.
            let compiled = self.compiled.get(&joined).cloned();
            match compiled.unwrap_or_else(|| Cue::of(&cues, lang, REGEX_SIZE_LIMIT)) {
                Ok(cue) => {
                    out.insert(lang, cue);
                }
                Err(together) => {
                    let errors_before = self.errors.len();
                    for cue in cues.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
                        let message = match cue::check(cue) {
                            Err(m) => format!("cue '{cue}' asks for a word family wrongly: {m}"),
                            Ok(()) => match Cue::new(&cue::pattern(cue, lang), REGEX_SIZE_LIMIT) {
                                Err(m) => format!("cue '{cue}' does not compile: {m}"),
                                Ok(_) => continue,
                            },
                        };
                        let place = self.place_of(block, "cues", cue);
                        self.error(place, Some(id), message);
                    }
                    if self.errors.len() == errors_before {
                        let message =
                            format!("the cues for '{lang}' together do not compile: {together}");
                        self.error(self.place(block, "cues"), Some(id), message);
                    }
                }
            }
        }
        if out.is_empty() && self.errors.len() == self.claim_errors {
            self.error(
                self.place(block, "cues"),
                Some(id),
                "the claim has no `cues`: nothing would place it in a sentence".into(),
            );
        }
        out
    }

    fn date(&mut self, raw: &raw::Scalar, block: Block, key: &str, id: &str) -> Option<DateValue> {
        let text = raw.text();
        let date = parse_date(&text);
        if date.is_none() {
            let place = self.place_of(block, key, &text);
            self.error(
                place,
                Some(id),
                format!("{key}: '{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
            );
        }
        date
    }

    fn day(&mut self, raw: &raw::Scalar, block: Block, key: &str, id: &str) -> Option<NaiveDate> {
        let text = raw.text();
        let day = parse_day(&text);
        if day.is_none() {
            let place = self.place_of(block, key, &text);
            self.error(place, Some(id), format!("{key}: '{text}' is not a day (YYYY-MM-DD)"));
        }
        day
    }

    /// An estimate's `as_of`: a day, or a day and a time, with an error naming what is wrong.
    fn as_of(
        &mut self,
        raw: &raw::Scalar,
        block: Block,
        id: &str,
    ) -> Option<(NaiveDate, Option<EstimateTime>)> {
        let text = raw.text();
        let parsed = parse_as_of(&text);
        if parsed.is_none() {
            let place = self.place_of(block, "as_of", &text);
            let zone = text.split_whitespace().skip(2).collect::<Vec<_>>().join(" ");
            let bad_zone = parse_day(text.split_whitespace().next().unwrap_or(""))
                .zip(text.split_whitespace().nth(1).and_then(parse_time))
                .is_some()
                && !zone.is_empty();
            let message = if bad_zone {
                format!("as_of: '{text}': {}", zone_problem(&zone))
            } else if !text.trim().contains(char::is_whitespace) {
                format!("as_of: '{text}' is not a day (YYYY-MM-DD)")
            } else {
                format!(
                    "as_of: '{text}' is not a day, or a day and a time (YYYY-MM-DD, \"YYYY-MM-DD HH:MM\", \"YYYY-MM-DD HH:MM WIB\")"
                )
            };
            self.error(place, Some(id), message);
        }
        parsed
    }

    /// An event's `time` and `zone`, on its day `date`.
    fn event_time(
        &mut self,
        raw: &raw::Event,
        date: Option<DateValue>,
        block: Block,
        id: &str,
    ) -> Option<EventTime> {
        let (time, zone) = match (&raw.time, &raw.zone) {
            (None, None) => return None,
            (Some(_), None) => {
                let message = "the event's `time` needs its `zone`: a name (WIB, WITA, WIT, UTC, EDT, ET …) or an offset such as +07:00".to_string();
                self.error(self.place(block, "time"), Some(id), message);
                return None;
            }
            (None, Some(_)) => {
                let message = "`zone` is the zone of the event's `time`, which is missing".into();
                self.error(self.place(block, "zone"), Some(id), message);
                return None;
            }
            (Some(time), Some(zone)) => (time, zone),
        };
        let minutes = parse_time(time);
        if minutes.is_none() {
            let message = format!(
                "time: '{time}' is not a time of day (HH:MM, or HH:MM-HH:MM for a span, 00:00 to 23:59)"
            );
            self.error(self.place_of(block, "time", time), Some(id), message);
        }
        let parsed = Zone::parse(zone).filter(|z| !matches!(z.kind, clock::ZoneKind::Local));
        if parsed.is_none() {
            self.error(
                self.place_of(block, "zone", zone),
                Some(id),
                format!("zone: {}", zone_problem(zone)),
            );
        }
        let day = match date {
            Some(DateValue::Day(day)) => Some(day),
            Some(other) => {
                let message = format!(
                    "the event's date {other} is not one day: a `time` needs a date of one day (YYYY-MM-DD)"
                );
                self.error(self.place(block, "date"), Some(id), message);
                None
            }
            None => None,
        };
        let (minutes, zone, day) = (minutes?, parsed?, day?);
        let Some(offset) = zone.offset(day) else {
            let message = format!(
                "zone: '{}' has no offset canon knows on {day} (its summer-time rule covers the United States and Canada from 1987, the United Kingdom from 1996): write the offset, such as -04:00",
                zone.name
            );
            self.error(self.place_of(block, "zone", zone.name), Some(id), message);
            return None;
        };
        Some(EventTime { minutes, zone, offset })
    }

    /// The error of an estimate of a series (given `as_of`) that lacks `what` others of the
    /// series have, with how to `fix` it.
    fn estimate_lacks(
        &mut self,
        block: Block,
        id: &str,
        as_of: &raw::Scalar,
        what: &str,
        fix: &str,
    ) {
        let as_of = as_of.text();
        let message = format!(
            "the estimate of {as_of} has no {what}, and others of the series have one: {fix}"
        );
        let place = self.place_of(block, "series", &as_of);
        self.error(place, Some(id), message);
    }

    /// A `period`, with an error naming what is wrong with it.
    fn period(&mut self, raw: &raw::Scalar, block: Block, id: &str) -> Option<Period> {
        let text = raw.text();
        parse_period(&text)
            .map_err(|problem| {
                let place = self.place_of(block, "period", &text);
                self.error(place, Some(id), format!("period: '{text}' {problem}"));
            })
            .ok()
    }

    fn qualifier(&mut self, raw: Option<&str>, block: Block, id: &str) -> Qualifier {
        let Some(text) = raw else { return Qualifier::Exact };
        parse_qualifier(text).unwrap_or_else(|| {
            let place = self.place_of(block, "qualifier", text);
            let message = format!("qualifier: '{text}' is not one of exact, approx, more-than, at-least, fewer-than, up-to");
            self.error(place, Some(id), message);
            Qualifier::Exact
        })
    }

    fn quantity(
        &mut self,
        raw: raw::Quantity,
        block: Block,
        id: &str,
        known: &BTreeSet<String>,
    ) -> Option<QuantityClaim> {
        let estimators = raw.estimator.into_vec();
        self.entity_refs(&estimators, block, "estimator", id, known);
        let not_by = raw.not_by.map(raw::OneOrMany::into_vec).unwrap_or_default();
        self.entity_refs(&not_by, block, "not_by", id, known);
        let places = raw.place.map(raw::OneOrMany::into_vec).unwrap_or_default();
        self.entity_refs(&places, block, "place", id, known);
        let mut counts = BTreeMap::new();
        for (lang, nouns) in raw.counts {
            match lang.parse::<Lang>() {
                Ok(lang) => {
                    counts.insert(lang, nouns.iter().map(|n| n.trim().to_lowercase()).collect());
                }
                Err(message) => {
                    self.error(self.place(block, "counts"), Some(id), format!("counts: {message}"))
                }
            }
        }
        // The claim's unit: its own, or else the one its estimates are given in.
        let first_given = raw.series.iter().flatten().find_map(|e| e.unit.as_deref());
        let unit = match (raw.unit.as_deref(), first_given) {
            (Some(text), _) => self.unit(text, block, id),
            (None, Some(text)) => self.unit(text, block, id),
            (None, None) => None,
        };
        if unit.is_some() && !counts.is_empty() {
            self.error(
                self.place(block, "counts"),
                Some(id),
                "a quantity with a `unit` measures, it counts no nouns: drop `counts`".into(),
            );
        }
        let single = raw.value.is_some() || raw.as_of.is_some() || raw.qualifier.is_some();
        let period = raw.period.as_ref().and_then(|p| self.period(p, block, id));
        let estimate_periods = raw.series.iter().flatten().filter(|e| e.period.is_some()).count();
        if raw.period.is_some() && estimate_periods > 0 {
            let message = "a `period` is the quantity's, or each estimate's of its series, not both: write it once on the quantity, or on every estimate".to_string();
            self.error(self.place(block, "period"), Some(id), message);
        }
        let mut series = Vec::new();
        match (single, raw.series) {
            (true, Some(_)) | (false, None) => {
                let message =
                    "a quantity has either `value` and `as_of`, or a `series` of them".to_string();
                self.error(self.place(block, "quantity"), Some(id), message);
            }
            (true, None) => {
                let qualifier = self.qualifier(raw.qualifier.as_deref(), block, id);
                let as_of = match &raw.as_of {
                    Some(as_of) => self.as_of(as_of, block, id),
                    None => {
                        self.error(
                            self.place(block, "quantity"),
                            Some(id),
                            "the quantity has no `as_of` date".into(),
                        );
                        None
                    }
                };
                if let (Some(value), Some((as_of, at))) = (raw.value, as_of) {
                    series.push(Estimate {
                        value,
                        value_max: raw.value_max,
                        qualifier,
                        as_of,
                        at,
                        unit,
                        period,
                        given: None,
                    });
                } else if raw.value.is_none() {
                    self.error(
                        self.place(block, "quantity"),
                        Some(id),
                        "the quantity has no `value`".into(),
                    );
                }
            }
            (false, Some(raw_series)) => {
                for estimate in raw_series {
                    let qualifier = self.qualifier(estimate.qualifier.as_deref(), block, id);
                    let own_period = match &estimate.period {
                        Some(p) => self.period(p, block, id),
                        None if estimate_periods > 0 && period.is_none() => {
                            let fix = "give each estimate its period, or the quantity one";
                            self.estimate_lacks(block, id, &estimate.as_of, "`period`", fix);
                            None
                        }
                        None => period,
                    };
                    let given = match (estimate.unit.as_deref(), unit) {
                        (Some(text), Some(claim_unit)) => {
                            self.estimate_unit(text, claim_unit, block, id)
                        }
                        (None, None) => None,
                        (None, Some(claim_unit)) if raw.unit.is_some() => Some(claim_unit),
                        (None, Some(_)) => {
                            let fix = "give the quantity a `unit`, or each estimate one";
                            self.estimate_lacks(block, id, &estimate.as_of, "unit", fix);
                            None
                        }
                        (Some(_), None) => None,
                    };
                    if let Some((as_of, at)) = self.as_of(&estimate.as_of, block, id) {
                        let written = Estimate {
                            value: estimate.value,
                            value_max: estimate.value_max,
                            qualifier,
                            as_of,
                            at,
                            unit,
                            period: own_period,
                            given: None,
                        };
                        let new = match (given, unit) {
                            (Some(given), Some(claim_unit)) => written.in_unit(given, claim_unit),
                            _ => written,
                        };
                        if let Some(before) = given_later(&series, &new) {
                            let text = estimate.as_of.text();
                            let message = format!(
                                "as_of: '{text}' is earlier than '{before}', written before it: estimates of one day go in the order they were given"
                            );
                            self.error(self.place_of(block, "as_of", &text), Some(id), message);
                        }
                        series.push(new);
                    }
                }
                // Several estimates of one day (a toll revised during the day) keep the order
                // they are written in: the last is the day's.
                series.sort_by_key(|e| e.as_of);
            }
        }
        for estimate in &series {
            if !estimate.value.is_finite()
                || estimate.value < 0.0
                || estimate.value_max.is_some_and(|m| m < estimate.value)
            {
                let what = if unit.is_some() { "a measure" } else { "a count" };
                self.error(
                    self.place(block, "value"),
                    Some(id),
                    format!("value {} is not {what} (or value_max is below it)", estimate.value),
                );
            }
        }
        let tolerance = raw.tolerance.unwrap_or(DEFAULT_TOLERANCE);
        if !(0.0..1.0).contains(&tolerance) {
            self.error(
                self.place(block, "tolerance"),
                Some(id),
                format!("tolerance {tolerance} is not between 0 and 1"),
            );
        }
        (!series.is_empty()).then_some(QuantityClaim {
            counts,
            estimators,
            not_by,
            places,
            tolerance,
            unit,
            series,
        })
    }

    /// The unit named `text`, or an error that lists the units canon knows.
    fn unit(&mut self, text: &str, block: Block, id: &str) -> Option<&'static Unit> {
        let found = crate::mention::unit(text.trim());
        if found.is_none() {
            let names: Vec<&str> = crate::mention::UNITS.iter().map(|u| u.name).collect();
            let message =
                format!("unit: '{text}' is not a unit canon knows: one of {}", names.join(", "));
            self.error(self.unit_place(block, text), Some(id), message);
        }
        found
    }

    /// Where `unit: text` is written in a claim's block, a key of the quantity or of one of
    /// its estimates (written inline, `{value: 4, unit: day, …}`): the place of the value.
    fn unit_place(&self, block: Block, text: &str) -> (usize, usize) {
        let key = "unit: ";
        match self.at.find(block.start, block.end, &format!("{key}{text}")) {
            Some((line, column)) => (line, column + key.len()),
            None => self.place_of(block, "unit", text),
        }
    }

    /// The unit `text` of one estimate of a series, which must measure what the claim's
    /// `claim_unit` does.
    fn estimate_unit(
        &mut self,
        text: &str,
        claim_unit: &'static Unit,
        block: Block,
        id: &str,
    ) -> Option<&'static Unit> {
        let given = self.unit(text, block, id)?;
        if given.dimension != claim_unit.dimension {
            let message = format!(
                "unit: '{text}' measures {}, and the claim's unit '{}' measures {}: the estimates of a claim measure one thing",
                given.dimension.name(),
                claim_unit.name,
                claim_unit.dimension.name()
            );
            self.error(self.unit_place(block, text), Some(id), message);
            return None;
        }
        Some(given)
    }

    fn event(
        &mut self,
        raw: raw::Event,
        block: Block,
        id: &str,
        known: &BTreeSet<String>,
    ) -> Option<EventClaim> {
        let places: Vec<String> = raw
            .place
            .iter()
            .cloned()
            .chain(raw.series.iter().flatten().filter_map(|e| e.place.clone()))
            .collect();
        self.entity_refs(&places, block, "place", id, known);
        let date = raw.date.as_ref().and_then(|d| self.date(d, block, "date", id));
        let time = self.event_time(&raw, date, block, id);
        if raw.series.is_some() && (raw.time.is_some() || raw.zone.is_some()) {
            let message = "a `time` belongs to one event's `date`, not to a `series`".to_string();
            self.error(self.place(block, "time"), Some(id), message);
        }
        match (raw.date, raw.series) {
            (Some(_), None) => {
                let date = date?;
                Some(EventClaim {
                    events: vec![Event { date, place: raw.place, time }],
                    is_series: false,
                    first: raw.first,
                })
            }
            (None, Some(series)) if !series.is_empty() && raw.place.is_none() && !raw.first => {
                let events: Vec<Event> = series
                    .into_iter()
                    .filter_map(|e| {
                        let date = self.date(&e.date, block, "date", id)?;
                        Some(Event { date, place: e.place, time: None })
                    })
                    .collect();
                Some(EventClaim { events, is_series: true, first: false })
            }
            _ => {
                let message = "an event has a `date` (with optional `place` and `first`), or a non-empty `series` of dated events".to_string();
                self.error(self.place(block, "event"), Some(id), message);
                None
            }
        }
    }

    fn examples(&mut self, raw: raw::Examples, block: Block, id: &str) -> Vec<Example> {
        let mut out = Vec::new();
        let lists = [(Expect::Holds, raw.holds), (Expect::Breaks, raw.breaks)];
        for (expect, list) in lists {
            for example in list {
                let (text, date, language) = match example {
                    raw::Example::Text(text) => (text, None, None),
                    raw::Example::Dated(d) => (d.text, d.date, d.language),
                };
                let needle: String = text.chars().take(40).collect();
                let (line, column) = self.place_of(block, expect.name(), needle.trim());
                let date = date.and_then(|d| self.day(&d, block, expect.name(), id));
                let language = language.and_then(|l| {
                    l.parse::<Lang>()
                        .map_err(|m| self.error((line, column), Some(id), format!("example: {m}")))
                        .ok()
                });
                out.push(Example { expect: expect.clone(), text, date, language, line, column });
            }
        }
        out
    }
}

/// Why `zone` is not a zone a canon may name, listing the ones it may.
fn zone_problem(zone: &str) -> String {
    format!(
        "'{zone}' is not a zone canon knows: write one of {}, or an offset such as +07:00",
        clock::canon_zone_names().join(", ")
    )
}

/// An estimate written before `new` on the same day whose time is after `new`'s: the as_of
/// it was written with ("2024-07-30 18:00 WIB").
fn given_later(series: &[Estimate], new: &Estimate) -> Option<String> {
    let at = |e: &Estimate| {
        let time = e.at?;
        let offset = time.zone.or(new.at?.zone).and_then(|z| z.offset(e.as_of)).unwrap_or(0);
        Some(clock::instant(e.as_of, time.minute, offset))
    };
    let mine = at(new)?;
    let earlier = series.iter().filter(|e| e.as_of == new.as_of).find(|e| at(e) > Some(mine))?;
    let time = earlier.at?;
    let zone = time.zone.map_or(String::new(), |z| format!(" {}", z.name));
    Some(format!("{} {}{zone}", DateValue::Day(earlier.as_of), clock::hhmm(time.minute)))
}

fn block_start(block: Block) -> (usize, usize) {
    (block.start, 1)
}

/// Those who speak for an organisation the claim names (`speaks_for`: a spokesperson, an
/// official) are named with it, as estimators, sources or `not_by`: a figure or a statement
/// credited to the person is the organisation's, and the editor lists the organisation once.
fn speak_for(entities: &[Entity], claim: &mut Claim) {
    let add = |list: &mut Vec<String>| {
        for entity in entities {
            let speaks = entity.speaks_for.iter().any(|org| list.contains(org));
            if speaks && !list.contains(&entity.id) {
                list.push(entity.id.clone());
            }
        }
    };
    match &mut claim.value {
        ClaimValue::Quantity(q) => {
            add(&mut q.estimators);
            add(&mut q.not_by);
        }
        ClaimValue::Attribution(a) => {
            add(&mut a.sources);
            add(&mut a.not_by);
        }
        ClaimValue::Event(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
ignore:
  - '^\s*baca juga\b'
entities:
  seoul:
    names:
      id: [Korea Selatan, Seoul]
      en: [South Korea]
claims:
  - id: killed
    statement: Seoul estimates about 600 killed as of April 2025.
    sources: [https://example.com/a]
    cues:
      id: [tewas]
      en: [killed, /kill(ed|s)?/]
    quantity:
      estimator: seoul
      series:
        - {value: 300, qualifier: approx, as_of: 2025-01-13}
        - {value: 100, qualifier: at-least, as_of: 2024-12-19}
    examples:
      holds:
        - {text: "Menurut Seoul, sekitar 300 tentara tewas.", date: 2025-02-01}
      breaks:
        - "Menurut Seoul, 5.000 tentara tewas."
  - id: treaty
    statement: The treaty was signed on 19 June 2024.
    sources: [https://example.com/b]
    cues:
      id: [pakta]
    event:
      date: 2024-06-19
"#;

    fn errors(text: &str) -> Vec<String> {
        Canon::parse("claims.yaml", text)
            .err()
            .unwrap_or_default()
            .iter()
            .map(|e| e.to_string())
            .collect()
    }

    #[test]
    fn a_good_canon_loads() {
        let canon = Canon::parse("claims.yaml", GOOD).unwrap();
        assert_eq!(canon.claims.len(), 2);
        let killed = canon.claim("killed").unwrap();
        assert_eq!(killed.line, 10);
        let ClaimValue::Quantity(q) = &killed.value else { panic!("quantity") };
        assert_eq!(q.series.iter().map(|e| e.value).collect::<Vec<_>>(), [100.0, 300.0]);
        assert_eq!(killed.examples.len(), 2);
        assert_eq!(killed.examples[0].date, NaiveDate::from_ymd_opt(2025, 2, 1));
        assert!(killed.cues[&Lang::En].is_match("They KILLS"));
        assert_eq!(canon.aliases.iter().count(), 3);
        let ClaimValue::Event(e) = &canon.claim("treaty").unwrap().value else { panic!("event") };
        assert_eq!(e.events[0].date, DateValue::day(2024, 6, 19).unwrap());
    }

    #[test]
    fn every_problem_is_listed_with_its_place_and_claim() {
        let bad = GOOD
            .replace("estimator: seoul", "estimator: busan")
            .replace("date: 2024-06-19", "date: 2025-02-30")
            .replace("/kill(ed|s)?/", "/kill(ed/")
            .replace("id: treaty", "id: killed");
        assert_eq!(
            errors(&bad),
            [
                "claims.yaml:15:20: claim 'killed': cue '/kill(ed/' does not compile: regex parse error: (?:kill(ed) ^ error: unclosed group",
                "claims.yaml:17:18: claim 'killed': estimator: undefined entity 'busan' (define it under `entities`)",
                "claims.yaml:26:9: claim 'killed': duplicate claim id 'killed' (first defined on line 10)",
            ]
        );
    }

    #[test]
    fn unknown_keys_and_impossible_dates() {
        assert_eq!(
            errors(&GOOD.replace("statement: The", "statment: The")),
            [
                "claims.yaml:27:5: claim 'treaty': claims[1]: unknown field `statment`, expected one of `id`, `statement`, `sources`, `cues`, `subject`, `context`, `quantity`, `event`, `attribution`, `examples`"
            ]
        );
        assert_eq!(
            errors(&GOOD.replace("date: 2024-06-19", "date: 2025-02-30")),
            [
                "claims.yaml:32:13: claim 'treaty': date: '2025-02-30' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
            ]
        );
        assert_eq!(
            errors(""),
            ["claims.yaml: the canon is empty: it needs `entities` and `claims`"]
        );
    }

    #[test]
    fn an_event_time_needs_a_zone_a_day_and_a_clock() {
        let with = |time: &str| {
            GOOD.replace("      date: 2024-06-19\n", &format!("      date: 2024-06-19\n{time}"))
        };
        let treaty = |canon: Canon| match &canon.claim("treaty").expect("treaty").value {
            ClaimValue::Event(e) => e.events[0].time,
            _ => None,
        };
        let loaded = Canon::parse("claims.yaml", &with("      time: \"20:30\"\n      zone: WIB\n"));
        let time = treaty(loaded.expect("loads")).expect("a time");
        assert_eq!((time.minutes, time.zone.name, time.offset), (Minutes::at(1230), "WIB", 420));
        let span = Canon::parse(
            "claims.yaml",
            &with("      time: \"18:00-20:00\"\n      zone: \"-04:00\"\n"),
        );
        let time = treaty(span.expect("loads")).expect("a span");
        assert_eq!((time.minutes, time.offset), (Minutes { from: 1080, to: 1200 }, -240));
        assert_eq!(
            errors(&with("      time: \"20:30\"\n")),
            [
                "claims.yaml:33:13: claim 'treaty': the event's `time` needs its `zone`: a name (WIB, WITA, WIT, UTC, EDT, ET …) or an offset such as +07:00"
            ]
        );
        assert_eq!(
            errors(&with("      zone: WIB\n")),
            [
                "claims.yaml:33:13: claim 'treaty': `zone` is the zone of the event's `time`, which is missing"
            ]
        );
        assert_eq!(
            errors(&with("      time: \"24:30\"\n      zone: WIB\n")),
            [
                "claims.yaml:33:14: claim 'treaty': time: '24:30' is not a time of day (HH:MM, or HH:MM-HH:MM for a span, 00:00 to 23:59)"
            ]
        );
        let unknown = errors(&with("      time: \"20:30\"\n      zone: WIBB\n"));
        assert_eq!(unknown.len(), 1);
        assert!(
            unknown[0].starts_with("claims.yaml:34:13: claim 'treaty': zone: 'WIBB' is not a zone canon knows: write one of WIB, WITA, WIT, UTC, GMT, ET, EDT,"),
            "{unknown:?}"
        );
        assert!(unknown[0].ends_with(", or an offset such as +07:00"), "{unknown:?}");
        assert_eq!(
            errors(&GOOD.replace(
                "      date: 2024-06-19\n",
                "      date: 2024-06\n      time: \"20:30\"\n      zone: WIB\n"
            )),
            [
                "claims.yaml:32:13: claim 'treaty': the event's date 2024-06 is not one day: a `time` needs a date of one day (YYYY-MM-DD)"
            ]
        );
        // "ET" follows the United States' summer time, which canon knows from 1987.
        assert_eq!(
            errors(&GOOD.replace(
                "      date: 2024-06-19\n",
                "      date: 1969-07-20\n      time: \"16:17\"\n      zone: ET\n"
            )),
            [
                "claims.yaml:34:13: claim 'treaty': zone: 'ET' has no offset canon knows on 1969-07-20 (its summer-time rule covers the United States and Canada from 1987, the United Kingdom from 1996): write the offset, such as -04:00"
            ]
        );
    }

    #[test]
    fn as_of_may_take_a_time_and_the_day_s_estimates_keep_their_order() {
        let series = |lines: &str| {
            GOOD.replace(
            "        - {value: 300, qualifier: approx, as_of: 2025-01-13}\n        - {value: 100, qualifier: at-least, as_of: 2024-12-19}\n",
            lines,
        )
        };
        let ordered = series(
            "        - {value: 100, as_of: \"2025-01-13 09:00 WIB\"}\n        - {value: 300, as_of: \"2025-01-13 18:00\"}\n        - {value: 350, as_of: 2025-01-13}\n",
        );
        let canon = Canon::parse("claims.yaml", &ordered).expect("loads");
        let ClaimValue::Quantity(q) = &canon.claim("killed").expect("killed").value else {
            panic!("quantity")
        };
        let times: Vec<Option<i32>> = q.series.iter().map(|e| e.at.map(|t| t.minute)).collect();
        assert_eq!(times, [Some(540), Some(1080), None]);
        assert_eq!(q.series[0].at.and_then(|t| t.zone).map(|z| z.name), Some("WIB"));
        assert_eq!(
            errors(&series(
                "        - {value: 300, as_of: \"2025-01-13 18:00\"}\n        - {value: 100, as_of: \"2025-01-13 09:00\"}\n"
            )),
            [
                "claims.yaml:20:32: claim 'killed': as_of: '2025-01-13 09:00' is earlier than '2025-01-13 18:00', written before it: estimates of one day go in the order they were given"
            ]
        );
        // Across zones: 08:00 WIB is 09:00 WITA, an hour before 10:00 WITA.
        assert!(errors(&series("        - {value: 300, as_of: \"2025-01-13 10:00 WITA\"}\n        - {value: 100, as_of: \"2025-01-13 08:00 WIB\"}\n"))[0].contains("is earlier than '2025-01-13 10:00 WITA'"));
        assert_eq!(
            errors(&series("        - {value: 300, as_of: \"2025-01-13 25:00\"}\n")),
            [
                "claims.yaml:19:32: claim 'killed': as_of: '2025-01-13 25:00' is not a day, or a day and a time (YYYY-MM-DD, \"YYYY-MM-DD HH:MM\", \"YYYY-MM-DD HH:MM WIB\")"
            ]
        );
        let zone = errors(&series("        - {value: 300, as_of: \"2025-01-13 18:00 XYZ\"}\n"));
        assert!(zone[0].starts_with("claims.yaml:19:32: claim 'killed': as_of: '2025-01-13 18:00 XYZ': 'XYZ' is not a zone canon knows"), "{zone:?}");
    }

    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(parse_date("2019"), Some(DateValue::Year(2019)));
        assert_eq!(parse_date("2025-04"), Some(DateValue::Month(2025, 4)));
        assert_eq!(parse_date("2025-13"), None);
        assert_eq!(parse_date("2025-4"), None);
        assert_eq!(parse_date("20x5"), None);
    }

    #[test]
    fn a_period_is_a_date_or_a_run_of_two() {
        let read = |text: &str| parse_period(text).map(|p| p.to_string());
        assert_eq!(read("2024"), Ok("2024".to_string()));
        assert_eq!(read("2024-03"), Ok("2024-03".to_string()));
        assert_eq!(read("2025-01/2025-06"), Ok("2025-01/2025-06".to_string()));
        assert_eq!(read("2023-12-20/2024-01-05"), Ok("2023-12-20/2024-01-05".to_string()));
        // A run of two precisions is a run of days all the same: December 2023 to 5 January.
        assert_eq!(read("2023-12/2024-01-05"), Ok("2023-12/2024-01-05".to_string()));
        assert_eq!(read("2025-06/2025-01"), Err("ends before it starts"));
        for wrong in ["2024-13", "2024/", "/2024", "2024/2025/2026", "24", "2024-02-30", "Q1 2024"]
        {
            assert!(read(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn a_period_of_the_quantity_is_every_estimate_s() {
        let with = GOOD.replace(
            "      estimator: seoul\n",
            "      estimator: seoul\n      period: 2024-12/2025-01\n",
        );
        let canon = Canon::parse("claims.yaml", &with).expect("loads");
        let ClaimValue::Quantity(q) = &canon.claim("killed").expect("killed").value else {
            panic!("quantity")
        };
        assert!(q.has_period());
        let periods: Vec<String> =
            q.series.iter().filter_map(|e| e.period).map(|p| p.to_string()).collect();
        assert_eq!(periods, ["2024-12/2025-01", "2024-12/2025-01"]);
        // Each estimate its own.
        let own = GOOD
            .replace(
                "qualifier: approx, as_of: 2025-01-13}",
                "qualifier: approx, period: 2025-01, as_of: 2025-01-13}",
            )
            .replace(
                "qualifier: at-least, as_of: 2024-12-19}",
                "qualifier: at-least, period: 2024, as_of: 2024-12-19}",
            );
        let canon = Canon::parse("claims.yaml", &own).expect("loads");
        let ClaimValue::Quantity(q) = &canon.claim("killed").expect("killed").value else {
            panic!("quantity")
        };
        let periods: Vec<String> =
            q.series.iter().filter_map(|e| e.period).map(|p| p.to_string()).collect();
        assert_eq!(periods, ["2024", "2025-01"]);
        let ClaimValue::Quantity(q) =
            &Canon::parse("claims.yaml", GOOD).expect("loads").claims[0].value
        else {
            panic!("quantity")
        };
        assert!(!q.has_period());
    }

    const MEASURES: &str = r#"
entities:
  guard:
    names:
      en: [Coast Guard]
claims:
  - id: left
    statement: The hours of air left fell as the days passed.
    sources: [briefings]
    cues:
      en: [left]
    quantity:
      estimator: guard
      series:
        - {value: 96, unit: hour, as_of: 2023-06-18}
        - {value: 3, unit: day, as_of: 2023-06-19}
        - {value: 40, qualifier: approx, unit: hour, as_of: 2023-06-20}
"#;

    #[test]
    fn a_measure_takes_its_unit_from_the_claim_or_its_first_estimate() {
        let canon = Canon::parse("claims.yaml", MEASURES).unwrap();
        let ClaimValue::Quantity(q) = &canon.claims[0].value else { panic!("quantity") };
        assert_eq!(q.unit.map(|u| u.name), Some("hour"));
        // "3 days", written exact, is read to the day it is written to: 2.5 to 3.5 days.
        let days = q.series[1];
        assert_eq!((days.value, days.value_max), (60.0, Some(84.0)));
        assert_eq!(days.given.map(|g| (g.unit.name, g.value)), Some(("day", 3.0)));
        // Estimates in the claim's unit are kept as written; a hedged one is converted as it
        // stands.
        assert_eq!((q.series[2].value, q.series[2].given), (40.0, None));
    }

    #[test]
    fn a_unit_is_one_canon_knows_of_one_dimension_and_counts_nothing() {
        let errors = |text: &str| errors(&MEASURES.replace("{value: 3, unit: day", text));
        assert_eq!(
            errors("{value: 3, unit: days"),
            [
                "claims.yaml:16:28: claim 'left': unit: 'days' is not a unit canon knows: one of second, minute, hour, day, week, month, year, centimetre, foot, metre, kilometre, mile, nautical-mile, gram, kilogram, tonne, percent, times, usd, idr, eur, gbp, jpy, inr, sgd, aud, cad"
            ]
        );
        assert_eq!(
            errors("{value: 3, unit: usd"),
            [
                "claims.yaml:16:28: claim 'left': unit: 'usd' measures money in usd, and the claim's unit 'hour' measures time: the estimates of a claim measure one thing"
            ]
        );
        assert_eq!(
            errors("{value: 3"),
            [
                "claims.yaml:16:29: claim 'left': the estimate of 2023-06-19 has no unit, and others of the series have one: give the quantity a `unit`, or each estimate one"
            ]
        );
        let counted = MEASURES
            .replace("estimator: guard", "counts:\n        en: [hours]\n      estimator: guard");
        assert_eq!(
            super::tests::errors(&counted),
            [
                "claims.yaml:13:7: claim 'left': a quantity with a `unit` measures, it counts no nouns: drop `counts`"
            ]
        );
    }
}
