//! The canon's mutation self-test: does each claim's matcher notice a wrong value?
//!
//! In: the canon. Out: for each `holds` example, its mutants (the example with the value it
//! states changed: the number, the date, the weekday, the source) and which of them still come
//! out consistent. A `holds` example proves that the matcher finds the fact; a mutant that slips
//! through shows that it would also accept a wrong one, so the claim is untested on that value.
//!
//! Only what the claim actually took is changed: the mentions under its findings (the figure,
//! the date and a weekday inside it, the source of an attribution), for a quantity, the
//! estimator the sentence credits, and for an event, the place its cue's clause names when it
//! agrees with the event's: it becomes a place the canon places apart from it, which the check
//! holds `discrepant`. A source becomes one the claim lists under `not_by`, and
//! only then: any other source may be repeating the claim's own, which is no error. A mutant is
//! caught when the claim then comes out `discrepant` or `outdated`, or when another claim or a
//! built-in check raises an alarm on the changed words: the mutant runs through the whole canon,
//! as `canon check` would run it. Consistent, unresolved or no finding at all let it slip.
//! Pure: no IO, never fails.

use chrono::Weekday;

use crate::article::{Article, Overrides, Reading};
use crate::canon::{Canon, Claim, ClaimValue, EventClaim, Example, Expect, Nesting, QuantityClaim};
use crate::check::examples::{run_all, run_one};
use crate::check::place::{self, Prepared};
use crate::check::{Context, Matcher, event, ignored_lines, period};
use crate::finding::{Finding, Status};
use crate::lang::Lang;
use crate::mention::{
    Amount, DateValue, Period, Quantity, TimeMention, TimePrecision, UNITS, Unit, Value,
};
use crate::render::number;
use crate::span::Span;

/// What a mutant changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Number,
    /// The unit of a measure, to another of its dimension: "96 jam" → "96 hari".
    Unit,
    Date,
    Weekday,
    Time,
    /// The time a figure covers, for a claim with a `period`: a year earlier.
    Period,
    Source,
    /// The place an event's sentence gives it, to a place apart from the event's.
    Place,
}

impl Change {
    pub fn name(self) -> &'static str {
        match self {
            Change::Number => "number",
            Change::Unit => "unit",
            Change::Date => "date",
            Change::Weekday => "weekday",
            Change::Time => "time",
            Change::Period => "period",
            Change::Source => "source",
            Change::Place => "place",
        }
    }
}

/// An example with one value changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Mutant {
    pub change: Change,
    /// What was replaced, as a byte span of the example's text.
    pub span: Span,
    pub original: String,
    pub replacement: String,
    /// The mutated example's text.
    pub text: String,
}

/// A mutant run: the claim's findings in it, and whether it slipped through.
#[derive(Clone, Debug)]
pub struct Trial {
    pub mutant: Mutant,
    pub findings: Vec<Finding>,
    pub caught: bool,
}

/// The mutants of one example, each tried.
pub struct Tested<'c> {
    pub claim: &'c Claim,
    pub example: &'c Example,
    pub trials: Vec<Trial>,
}

impl Tested<'_> {
    pub fn survivors(&self) -> impl Iterator<Item = &Trial> {
        self.trials.iter().filter(|t| !t.caught)
    }
}

/// Every `holds` example that passes, with its mutants tried, in the canon's order.
pub fn run(canon: &Canon) -> Vec<Tested<'_>> {
    let matcher = Matcher::new(canon);
    canon
        .claims
        .iter()
        .flat_map(|claim| claim.examples.iter().map(move |example| (claim, example)))
        .filter(|(_, example)| example.expect == Expect::Holds)
        .map(|(claim, example)| {
            let trials = mutants(&matcher, claim, example)
                .into_iter()
                .map(|mutant| try_mutant(&matcher, claim, example, mutant))
                .collect();
            Tested { claim, example, trials }
        })
        .collect()
}

/// Runs `mutant` in place of `example`, through the whole canon as `canon check` does: the
/// change is caught when the claim comes out `discrepant` or `outdated`, or when another claim
/// or a built-in check raises an alarm on the changed words (a weekday changed beside its date
/// is `weekday-mismatch`'s). The claim's own findings come first.
pub fn try_mutant(matcher: &Matcher, claim: &Claim, example: &Example, mutant: Mutant) -> Trial {
    let changed = Example { text: mutant.text.clone(), ..example.clone() };
    let alarm = |f: &Finding| matches!(f.status, Status::Discrepant | Status::Outdated);
    let at = Span::new(mutant.span.start, mutant.span.start + mutant.replacement.len());
    let (mut findings, others): (Vec<Finding>, Vec<Finding>) =
        run_all(matcher, &changed).into_iter().partition(|f| f.check == claim.id);
    findings.extend(others.into_iter().filter(|f| alarm(f) && f.span.overlaps(at)));
    let caught = findings.iter().any(alarm);
    Trial { mutant, findings, caught }
}

/// The mutants of a `holds` example that passes (none for any other example).
pub fn mutants(matcher: &Matcher, claim: &Claim, example: &Example) -> Vec<Mutant> {
    let canon = matcher.canon;
    let outcome = run_one(matcher, claim, example);
    if example.expect != Expect::Holds || !outcome.passed {
        return Vec::new();
    }
    let Ok(article) = Article::parse("<example>", example.text.clone()) else {
        return Vec::new();
    };
    let overrides = Overrides { language: example.language, date: example.date };
    let reading = article.read(&canon.aliases, overrides);
    let lang = reading.language;
    let taken = |span: Span| outcome.findings.iter().any(|f| f.span.overlaps(span));
    let credited = |id: &str| match &claim.value {
        ClaimValue::Quantity(q) => q.estimators.iter().any(|e| e == id),
        ClaimValue::Attribution(a) => a.sources.iter().any(|s| s == id),
        ClaimValue::Event(_) => false,
    };
    let text = &example.text;
    let mut edits: Vec<(Change, Vec<Span>, String)> = Vec::new();
    for m in &reading.mentions {
        let written = text.get(m.span.range()).unwrap_or("");
        match &m.value {
            Value::Quantity(q) if taken(m.span) && q.unit.is_some() => {
                if let ClaimValue::Quantity(measured) = &claim.value {
                    let changed = measure_mutants(measured, example, q, lang);
                    edits.extend(changed.into_iter().map(|(c, text)| (c, vec![m.span], text)));
                }
            }
            Value::Quantity(q) if taken(m.span) && q.is_count() => {
                // Ten times the claim's estimate of the example's day: a digit added, which a
                // figure far from the estimate for another reason would not be (a figure five
                // times apart counts something else), and a vague amount ("ribuan") too.
                let estimate = match &claim.value {
                    ClaimValue::Quantity(counted) => (counted.series.iter().rev())
                        .find(|e| example.date.is_none_or(|d| e.as_of <= d))
                        .or(counted.series.first())
                        .map(|e| e.value),
                    _ => None,
                };
                let figure = match (q.amount, estimate) {
                    (_, Some(v)) => number(v * 10.0),
                    (Amount::Exact(v) | Amount::Range(v, _), None) => number(v * 10.0),
                    (Amount::Vague(_), None) => "3".to_string(),
                };
                let noun = q.noun.as_deref().map_or(String::new(), |n| format!(" {n}"));
                edits.push((Change::Number, vec![m.span], format!("{figure}{noun}")));
            }
            Value::Date(d) if taken(m.span) => {
                if let Some(v) = d.value {
                    edits.push((Change::Date, vec![m.span], earlier_year(written, v.year(), lang)));
                }
            }
            Value::Weekday(w) if taken(m.span) => {
                // The day before: a weekday told alone then names the day before the one
                // meant, a slip; the day after would name a day six days back, when the
                // article is of the day meant, which tells of another day of the week.
                let day = weekday_word(lang, w.day.pred()).to_string();
                edits.push((Change::Weekday, vec![m.span], day));
            }
            Value::Time(t) if taken(m.span) => {
                if let Some(changed) = changed_time(written, t) {
                    edits.push((Change::Time, vec![m.span], changed));
                }
            }
            // A source is renamed everywhere the sentence names it ("Korean Central News
            // Agency (KCNA)"), or the other name would still credit it.
            Value::Entity(id) if credited(id) => {
                let spans: Vec<Span> = reading
                    .mentions
                    .iter()
                    .filter(|o| matches!(&o.value, Value::Entity(e) if e == id))
                    .map(|o| o.span)
                    .collect();
                if edits.iter().any(|(c, s, _)| *c == Change::Source && *s == spans) {
                    continue;
                }
                if let Some(name) = other_entity(canon, claim, &reading.mentions, lang) {
                    edits.push((Change::Source, spans, name));
                }
            }
            _ => {}
        }
    }
    if let ClaimValue::Quantity(q) = &claim.value
        && q.has_period()
    {
        let figures: Vec<Span> = outcome.findings.iter().map(|f| f.span).collect();
        edits.extend(
            period_mutant(canon, claim, &article, &reading, &figures)
                .map(|(span, text)| (Change::Period, vec![span], text)),
        );
    }
    if let ClaimValue::Event(e) = &claim.value
        && let Some((spans, name)) = place_mutant(canon, claim, e, &article, &reading)
    {
        edits.push((Change::Place, spans, name));
    }
    edits
        .into_iter()
        .map(|(change, spans, replacement)| {
            let mut mutated = String::new();
            let mut at = 0;
            for span in &spans {
                mutated.push_str(&text[at..span.start]);
                mutated.push_str(&replacement);
                at = span.end;
            }
            mutated.push_str(&text[at..]);
            let span = spans[0];
            let original = text.get(span.range()).unwrap_or("").to_string();
            Mutant { change, span, original, replacement, text: mutated }
        })
        .collect()
}

/// The mutants of a measure that a claim with a unit took, as replacements of its words: ten
/// times the claim's estimate of the example's day, written in the figure's own unit ("96 jam"
/// → "960 jam", "$250,000" → "2500000 US dollars"), and the figure's number in the next unit of
/// its dimension ("96 jam" → "96 hari", "1,600 feet" → "1600 metres"), a unit slipped. Money
/// and percentages have no other unit of their dimension: a currency is never converted, so
/// another one would only leave the claim silent.
fn measure_mutants(
    claim: &QuantityClaim,
    example: &Example,
    found: &Quantity,
    lang: Lang,
) -> Vec<(Change, String)> {
    let (Some(unit), Some(written)) = (claim.unit, found.measure()) else {
        return Vec::new();
    };
    if written.dimension != unit.dimension {
        return Vec::new();
    }
    // "1 day", "2 days": English writes one of a unit in the singular.
    let word = |u: &Unit, one: bool| match lang {
        Lang::En if one => u.words[1].strip_suffix('s').unwrap_or(u.words[1]),
        Lang::En => u.words[1],
        Lang::Id => u.words[0],
    };
    let mut out = Vec::new();
    let estimate = (claim.series.iter().rev())
        .find(|e| example.date.is_none_or(|d| e.as_of <= d))
        .or(claim.series.first())
        .map(|e| e.value);
    if let Some(v) = estimate {
        let ten_times = (unit.convert(v, written) * 10.0).round();
        out.push((Change::Number, format!("{} {}", number(ten_times), word(written, false))));
    }
    let next = UNITS
        .iter()
        .filter(|u| u.dimension == written.dimension && u.name != written.name)
        .min_by(|a, b| {
            let away = |u: &Unit| (u.size / written.size).ln().abs();
            away(a).total_cmp(&away(b))
        });
    if let (Some(next), Some(v)) = (next, found.value()) {
        out.push((Change::Unit, format!("{} {}", number(v), word(next, v == 1.0))));
    }
    out
}

/// A date a year earlier (the slip a writer makes; one far off would tell of another event),
/// written as the article wrote it where it wrote the year
/// ("15/8/2025" → "15/8/2024"), else as a year ("tahun lalu" → "tahun 2023").
fn earlier_year(written: &str, year: i32, lang: Lang) -> String {
    let earlier = (year - 1).to_string();
    if written.contains(&year.to_string()) {
        written.replacen(&year.to_string(), &earlier, 1)
    } else {
        match lang {
            Lang::Id => format!("tahun {earlier}"),
            Lang::En => format!("in {earlier}"),
        }
    }
}

/// The time the example gives the figure a claim with a `period` took, a year earlier, as a
/// replacement of its words: the years written shifted ("sepanjang 2024" → "sepanjang 2023",
/// "semester I/2025" → "semester I/2024"), or, for a time told from the article's ("tahun
/// lalu", "this year's"), the time written out ("tahun 2023", "in 2023").
fn period_mutant(
    canon: &Canon,
    claim: &Claim,
    article: &Article,
    reading: &Reading,
    figures: &[Span],
) -> Option<(Span, String)> {
    let ignored = ignored_lines(canon, article);
    let cx = Context { text: &article.text, reading, aliases: &canon.aliases, ignored: &ignored };
    let prepared = Prepared::new(&cx, article.body_start);
    let (n, figure) = figures.iter().find_map(|&f| {
        let n = prepared.sentences.iter().position(|s| s.span.contains(f))?;
        Some((n, f))
    })?;
    let at = place::place_in(claim, &prepared, [n]).into_iter().next()?;
    let cues = prepared.cue_occurrences(claim, n, at.cue);
    let told = period::of_figure(&prepared, n, figure, &cues)?;
    let written = prepared.text(told.time);
    let shifted = shift_years(written);
    if shifted != written {
        return Some((told.time, shifted));
    }
    let earlier = |d: DateValue| match d {
        DateValue::Year(y) => DateValue::Year(y - 1),
        DateValue::Month(y, m) => DateValue::Month(y - 1, m),
        other => other,
    };
    let time = written_period(
        Period { first: earlier(told.period.first), last: earlier(told.period.last) },
        reading.language,
    )?;
    // A time told without a word before it ("Tahun lalu, …", "sent 1,200 workers last year")
    // is given one.
    let introduced = told.span != told.time;
    let mut out = match (introduced, reading.language) {
        (true, _) => time,
        (false, Lang::Id) => format!("pada {time}"),
        (false, Lang::En) => format!("in {time}"),
    };
    if written.starts_with(char::is_uppercase) {
        out = out[..1].to_uppercase() + &out[1..];
    }
    Some((told.time, out))
}

/// `text` with every year written in it (four digits, 1900 to 2100) a year earlier.
fn shift_years(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..at]);
        let len = rest[at..].find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len() - at);
        let digits = &rest[at..at + len];
        match digits.parse::<i32>() {
            Ok(year) if len == 4 && (1900..=2100).contains(&year) => {
                out.push_str(&(year - 1).to_string())
            }
            _ => out.push_str(digits),
        }
        rest = &rest[at + len..];
    }
    out.push_str(rest);
    out
}

/// A period as an article writes it: "tahun 2023", "Maret 2023", "Januari-Agustus 2023",
/// "Desember 2022-Februari 2023", "2019-2023" (English: "2023", "March 2023" …). `None` for a
/// period of days or weeks.
fn written_period(period: Period, lang: Lang) -> Option<String> {
    const ID: [&str; 12] = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let names = match lang {
        Lang::Id => ID,
        Lang::En => EN,
    };
    let month = |m: u32| names.get(m.checked_sub(1)? as usize).copied();
    Some(match (period.first, period.last) {
        (DateValue::Year(a), DateValue::Year(b)) if a == b => match lang {
            Lang::Id => format!("tahun {a}"),
            Lang::En => a.to_string(),
        },
        (DateValue::Year(a), DateValue::Year(b)) => format!("{a}-{b}"),
        (DateValue::Month(y, m), DateValue::Month(z, n)) if (y, m) == (z, n) => {
            format!("{} {y}", month(m)?)
        }
        (DateValue::Month(y, m), DateValue::Month(z, n)) if y == z => {
            format!("{}-{} {y}", month(m)?, month(n)?)
        }
        (DateValue::Month(y, m), DateValue::Month(z, n)) => {
            format!("{} {y}-{} {z}", month(m)?, month(n)?)
        }
        _ => return None,
    })
}

/// A time far from the one written, written as the article wrote it: a clock's hour six hours
/// on ("pukul 20.30 WIB" → "pukul 02.30 WIB"), a twelve-hour clock's other half of the day
/// ("9:30 a.m." → "9:30 p.m."), a part of the day its opposite ("malam" → "pagi", "morning" →
/// "evening"). Six hours and twelve lie beyond what any rounding or hedge reaches.
fn changed_time(written: &str, t: &TimeMention) -> Option<String> {
    if t.precision == TimePrecision::Part {
        const OPPOSITE: &[(&str, &str)] = &[
            ("dini hari", "sore"),
            ("tengah malam", "tengah hari"),
            ("tengah hari", "tengah malam"),
            ("subuh", "sore"),
            ("pagi", "malam"),
            ("siang", "malam"),
            ("sore", "pagi"),
            ("petang", "pagi"),
            ("malam", "pagi"),
            ("early morning", "evening"),
            ("early hours", "evening"),
            ("early", "late"),
            ("morning", "evening"),
            ("afternoon", "morning"),
            ("evening", "morning"),
            ("tonight", "this morning"),
            ("night", "morning"),
            ("midnight", "noon"),
        ];
        let lower = written.to_lowercase();
        let (from, to) = OPPOSITE.iter().find(|(from, _)| lower.contains(from))?;
        let at = lower.find(from)?;
        let mut out = written.to_string();
        let capital = written[at..].starts_with(char::is_uppercase);
        let to = if capital { to[..1].to_uppercase() + &to[1..] } else { to.to_string() };
        out.replace_range(at..at + from.len(), &to);
        return Some(out);
    }
    // A twelve-hour clock: the other half of the day.
    for (from, to) in [("a.m", "p.m"), ("p.m", "a.m"), ("am", "pm"), ("pm", "am")] {
        if let Some(at) = written.to_lowercase().rfind(from)
            && written[..at].ends_with(|c: char| c.is_ascii_digit() || c == ' ')
        {
            let mut out = written.to_string();
            out.replace_range(at..at + from.len(), to);
            return Some(out);
        }
    }
    // A clock: its hour six hours on, at the width written.
    let start = written.find(|c: char| c.is_ascii_digit())?;
    let len = written[start..].find(|c: char| !c.is_ascii_digit()).unwrap_or(written.len() - start);
    let hour: u32 = written[start..start + len].parse().ok()?;
    let shifted = if hour > 12 || len == 2 { (hour + 6) % 24 } else { (hour + 6) % 12 };
    let mut out = written.to_string();
    out.replace_range(start..start + len, &format!("{shifted:0len$}"));
    Some(out)
}

/// The place the example gives the claim's event, when it agrees with the event's, and the
/// name of a place to put there: the first the canon places apart from every event of the
/// claim, and named nowhere in the example, in the example's language where it has a name in
/// it. A place elsewhere, the check says, is `discrepant`. Every place of the example that
/// agrees with the event's is renamed ("di Surabaya, Jawa Timur" → "di Jakarta, Jakarta"):
/// a sentence that still names the event's place leaves the check unsure which is meant.
fn place_mutant(
    canon: &Canon,
    claim: &Claim,
    e: &EventClaim,
    article: &Article,
    reading: &Reading,
) -> Option<(Vec<Span>, String)> {
    let ignored = ignored_lines(canon, article);
    let cx = Context { text: &article.text, reading, aliases: &canon.aliases, ignored: &ignored };
    let prepared = Prepared::new(&cx, article.body_start);
    let found = (place::place(claim, &prepared).into_iter())
        .filter_map(|at| event::bound_place(canon, claim, e, &prepared, at))
        .find(|found| found.apart_from.is_none())?;
    let theirs: Vec<&str> = e.events.iter().filter_map(|ev| ev.place.as_deref()).collect();
    let named =
        |id: &str| reading.mentions.iter().any(|m| matches!(&m.value, Value::Entity(e) if e == id));
    let apart = |id: &str| {
        theirs.iter().all(|p| canon.places.nesting(id, p).is_none_or(|n| n == Nesting::Apart))
    };
    let other = canon.places.ids().find(|&id| apart(id) && !named(id))?;
    let entity = canon.entity(other)?;
    let name = (entity.names.get(&reading.language).and_then(|n| n.first()))
        .or_else(|| entity.names.values().flatten().next())?;
    let agrees = |id: &str| {
        theirs.iter().any(|p| canon.places.nesting(id, p).is_some_and(|n| n != Nesting::Apart))
    };
    let mut spans: Vec<Span> = (reading.mentions.iter())
        .filter(|m| matches!(&m.value, Value::Entity(id) if agrees(id)))
        .map(|m| m.span)
        .collect();
    if !spans.contains(&found.span) {
        spans.push(found.span);
        spans.sort_by_key(|s| s.start);
    }
    Some((spans, name.clone()))
}

/// The first name, in `lang`, of the first entity the claim says never gave its figure or
/// statement (`not_by`) that the example does not mention. Only such a source is surely
/// wrong: anyone else may be repeating the claim's source.
fn other_entity(
    canon: &Canon,
    claim: &Claim,
    mentions: &[crate::mention::Mention],
    lang: Lang,
) -> Option<String> {
    let not_by: &[String] = match &claim.value {
        ClaimValue::Quantity(q) => &q.not_by,
        ClaimValue::Attribution(a) => &a.not_by,
        ClaimValue::Event(_) => &[],
    };
    let mentioned =
        |id: &str| mentions.iter().any(|m| matches!(&m.value, Value::Entity(e) if e == id));
    canon
        .entities
        .iter()
        .filter(|e| not_by.contains(&e.id) && !mentioned(&e.id))
        .find_map(|e| e.names.get(&lang).and_then(|names| names.first()).cloned())
}

/// A weekday as the language writes it, capitalised as in running text.
pub fn weekday_word(lang: Lang, day: Weekday) -> &'static str {
    let n = day.num_days_from_monday() as usize;
    match lang {
        Lang::Id => ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"][n],
        Lang::En => {
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][n]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CANON: &str = r#"
entities:
  seoul:
    names:
      id: [Seoul]
  afp:
    names:
      id: [AFP]
  russia:
    names:
      id: [Rusia]
claims:
  - id: killed
    statement: Seoul estimates about 600 killed.
    sources: [s]
    cues:
      id: [tewas]
    quantity:
      counts:
        id: [tentara]
      estimator: seoul
      not_by: afp
      value: 600
      qualifier: approx
      as_of: 2025-04-30
    examples:
      holds:
        - {text: "Menurut Seoul, sekitar 600 tentara tewas.", date: 2025-08-21}
  - id: loose
    statement: Anything counted dies.
    sources: [s]
    cues:
      id: [/\w+/]
    event:
      date: 2025-04-26
    examples:
      holds:
        - {text: "Rusia mengonfirmasi pada hari Sabtu.", date: 2025-04-29}
        - {text: "Rusia mengonfirmasi pada 2025 dan pada 2019.", date: 2025-04-29}
"#;

    fn canon() -> Canon {
        Canon::parse("c.yaml", CANON).expect("the test canon loads")
    }

    fn described(tested: &Tested) -> Vec<String> {
        tested
            .trials
            .iter()
            .map(|t| {
                format!(
                    "{} {:?} -> {:?}: {}",
                    t.mutant.change.name(),
                    t.mutant.original,
                    t.mutant.replacement,
                    if t.caught { "caught" } else { "slipped" }
                )
            })
            .collect()
    }

    #[test]
    fn a_quantity_is_mutated_in_its_figure_and_its_source() {
        let canon = canon();
        let all = run(&canon);
        assert_eq!(
            described(&all[0]),
            [
                r#"source "Seoul" -> "AFP": caught"#,
                r#"number "sekitar 600 tentara" -> "6000 tentara": caught"#,
            ]
        );
        assert_eq!(all[0].trials[1].mutant.text, "Menurut Seoul, 6000 tentara tewas.");
    }

    #[test]
    fn a_change_another_check_catches_is_caught() {
        // The claim compares the date, not the weekday beside it: a weekday changed there
        // leaves the claim consistent, and `weekday-mismatch` raises the alarm.
        let canon = Canon::parse(
            "c.yaml",
            "claims:\n  - id: signed\n    statement: Signed on 18 August 2025.\n    sources: [s]\n    cues:\n      id: [ditandatangani]\n    event:\n      date: 2025-08-18\n    examples:\n      holds:\n        - {text: \"Perjanjian ditandatangani pada Senin (18/8/2025).\", date: 2025-08-21}\n",
        )
        .expect("the canon loads");
        let (claim, example) = (&canon.claims[0], &canon.claims[0].examples[0]);
        let at = example.text.find("Senin").expect("the weekday");
        let mutant = Mutant {
            change: Change::Weekday,
            span: Span::new(at, at + "Senin".len()),
            original: "Senin".into(),
            replacement: "Minggu".into(),
            text: example.text.replace("Senin", "Minggu"),
        };
        let trial = try_mutant(&Matcher::new(&canon), claim, example, mutant);
        assert!(trial.caught, "{:?}", trial.findings);
        assert_eq!(trial.findings[0].status, Status::Consistent);
        assert!(trial.findings.iter().any(|f| f.check == "weekday-mismatch"));
    }

    #[test]
    fn a_date_is_mutated_with_the_weekday_inside_it() {
        let canon = canon();
        let all = run(&canon);
        assert_eq!(
            described(&all[1]),
            [
                r#"date "hari Sabtu" -> "tahun 2024": caught"#,
                r#"weekday "Sabtu" -> "Jumat": caught"#,
            ]
        );
    }

    #[test]
    fn a_mutant_of_a_value_the_claim_did_not_take_is_not_made() {
        // The claim takes the date nearest the cue: 2025. 2019 is left alone.
        let canon = canon();
        let all = run(&canon);
        assert_eq!(described(&all[2]), [r#"date "2025" -> "2024": caught"#]);
    }

    #[test]
    fn breaks_examples_and_failing_examples_have_no_mutants() {
        let canon = canon();
        let claim = canon.claim("killed").expect("claim");
        let mut example = claim.examples[0].clone();
        example.expect = Expect::Breaks;
        assert!(mutants(&Matcher::new(&canon), claim, &example).is_empty());
        example.expect = Expect::Holds;
        example.text = "Menurut Seoul, sekitar 6.000 tentara tewas.".into();
        assert!(mutants(&Matcher::new(&canon), claim, &example).is_empty());
    }

    #[test]
    fn a_period_is_mutated_a_year_earlier() {
        // The time the figure's clause gives it, a year earlier: the figure told for another
        // time breaks a claim with a period.
        let canon = Canon::parse(
            "c.yaml",
            r#"
entities:
  p2mi:
    names:
      id: [P2MI]
      en: [P2MI]
claims:
  - id: sent
    statement: P2MI sent 10,111 migrant workers to South Korea in 2024.
    sources: [s]
    cues:
      id: [diberangkatkan]
      en: [sent]
    quantity:
      estimator: p2mi
      value: 10111
      period: 2024
      as_of: 2024-12-16
    examples:
      holds:
        - {text: "Sepanjang 2024, sebanyak 10.111 pekerja migran diberangkatkan.", date: 2024-12-20}
        - {text: "Tahun lalu, 10.111 pekerja migran diberangkatkan.", date: 2025-01-20}
        - {text: "Indonesia sent 10,111 workers last year.", date: 2025-01-20, language: en}
        - {text: "Sebanyak 10.111 pekerja diberangkatkan pada Januari-Desember 2024.", date: 2025-01-20}
"#,
        )
        .expect("the canon loads");
        let all = run(&canon);
        let periods: Vec<String> = all
            .iter()
            .flat_map(|t| described(t).into_iter().filter(|d| d.starts_with("period")))
            .collect();
        assert_eq!(
            periods,
            [
                r#"period "2024" -> "2023": caught"#,
                r#"period "Tahun lalu" -> "Pada tahun 2023": caught"#,
                r#"period "last year" -> "in 2023": caught"#,
                r#"period "Januari-Desember 2024" -> "Januari-Desember 2023": caught"#,
            ]
        );
        assert_eq!(
            all[2].trials.last().map(|t| t.mutant.text.as_str()),
            Some("Indonesia sent 10,111 workers in 2023.")
        );
    }

    #[test]
    fn a_place_is_mutated_to_one_apart_from_the_events() {
        // The example's places that agree with the event's (Surabaya, and Jawa Timur that holds
        // it) become the first place the canon places apart from it; a place the canon does
        // not place (Bali, with no `within`) is never compared, so never changed.
        let canon = Canon::parse(
            "c.yaml",
            r#"
entities:
  surabaya:
    names:
      id: [Surabaya]
    within: jawa-timur
  jawa-timur:
    names:
      id: [Jawa Timur]
    within: indonesia
  jakarta:
    names:
      id: [Jakarta]
    within: indonesia
  indonesia:
    names:
      id: [Indonesia]
  bali:
    names:
      id: [Bali]
claims:
  - id: signed
    statement: Signed in Surabaya on 18 August 2025.
    sources: [s]
    cues:
      id: [ditandatangani]
    event:
      date: 2025-08-18
      place: surabaya
    examples:
      holds:
        - {text: "Pakta ditandatangani di Surabaya, Jawa Timur, pada 18/8/2025.", date: 2025-08-21}
  - id: visited
    statement: Visited Bali on 20 August 2025.
    sources: [s]
    cues:
      id: [berkunjung]
    event:
      date: 2025-08-20
      place: bali
    examples:
      holds:
        - {text: "Ia berkunjung di Bali pada 20/8/2025.", date: 2025-08-21}
"#,
        )
        .expect("the canon loads");
        let all = run(&canon);
        assert_eq!(
            described(&all[0]),
            [
                r#"date "18/8/2025" -> "18/8/2024": caught"#,
                r#"place "Surabaya" -> "Jakarta": caught"#,
            ]
        );
        assert_eq!(
            all[0].trials[1].mutant.text,
            "Pakta ditandatangani di Jakarta, Jakarta, pada 18/8/2025."
        );
        assert_eq!(described(&all[1]), [r#"date "20/8/2025" -> "20/8/2024": caught"#]);
    }

    #[test]
    fn a_measure_is_mutated_in_its_number_and_its_unit() {
        // A changed unit breaks the claim as a changed number does: "96 hari" for 96 hours is
        // a unit slipped, and "4 days" converted is compared in hours.
        let canon = Canon::parse(
            "c.yaml",
            r#"
entities:
  guard:
    names:
      en: [Coast Guard]
      id: [Penjaga Pantai]
claims:
  - id: supply
    statement: The sub carried 96 hours of oxygen.
    sources: [s]
    cues:
      en: [oxygen supply]
      id: [suplai oksigen]
    quantity:
      estimator: guard
      unit: hour
      value: 96
      as_of: 2023-06-18
    examples:
      holds:
        - {text: "Suplai oksigen kapal itu 96 jam.", date: 2023-06-20, language: id}
        - {text: "It had a four-day oxygen supply.", date: 2023-06-20, language: en}
  - id: price
    statement: A seat cost $250,000.
    sources: [s]
    cues:
      en: [tickets]
    quantity:
      estimator: guard
      unit: usd
      value: 250000
      as_of: 2023-06-18
    examples:
      holds:
        - {text: "The tickets cost $250,000.", date: 2023-06-20, language: en}
"#,
        )
        .expect("the canon loads");
        let all = run(&canon);
        assert_eq!(
            described(&all[0]),
            [r#"number "96 jam" -> "960 jam": caught"#, r#"unit "96 jam" -> "96 hari": caught"#]
        );
        assert_eq!(
            described(&all[1]),
            [
                r#"number "four-day" -> "40 days": caught"#,
                r#"unit "four-day" -> "4 weeks": caught"#
            ]
        );
        // Money has no other unit of its currency: only the number is changed.
        assert_eq!(described(&all[2]), [r#"number "$250,000" -> "2500000 US dollars": caught"#]);
    }
}
