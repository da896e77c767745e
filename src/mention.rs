//! What extraction reads in an article: mentions of numbers, quantities, dates, weekdays,
//! ordinals and entities, each with the byte span of its exact surface text.
//!
//! These are plain values: no positions in lines (see [`crate::span::LineIndex`]), no colour, no
//! JSON. Dates are kept at the precision the article wrote them, and relative dates keep the
//! expression they came from ([`DateExpr`]) so that resolving them against an article's date is a
//! separate, pure step that never guesses.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::clock::{self, Minutes, Zone};
use crate::span::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A number, with the qualifier written before it and the noun it counts, if any.
    Quantity(Quantity),
    Date(DateMention),
    Weekday(WeekdayMention),
    /// "pukul 20.30 WIB", "9:30 a.m. ET", "Sabtu malam", "shortly after 6 p.m.".
    Time(TimeMention),
    /// "keempat", "ke-4", "fourth", "4th".
    Ordinal(u32),
    /// The id of a known entity, as given by the alias list.
    Entity(String),
}

/// The kinds of mention, in the order they sort in for one span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Number,
    Quantity,
    Date,
    Weekday,
    Time,
    Ordinal,
    Entity,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Quantity => "quantity",
            Kind::Date => "date",
            Kind::Weekday => "weekday",
            Kind::Time => "time",
            Kind::Ordinal => "ordinal",
            Kind::Entity => "entity",
        }
    }
}

impl Mention {
    pub fn kind(&self) -> Kind {
        match &self.value {
            Value::Quantity(q) if q.is_count() => Kind::Quantity,
            Value::Quantity(_) => Kind::Number,
            Value::Date(_) => Kind::Date,
            Value::Weekday(_) => Kind::Weekday,
            Value::Time(_) => Kind::Time,
            Value::Ordinal(_) => Kind::Ordinal,
            Value::Entity(_) => Kind::Entity,
        }
    }

    /// The exact surface text of this mention in `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.range()).unwrap_or("")
    }
}

/// How much a number is: one value, a range, or a vague order of magnitude ("ribuan").
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Amount {
    Exact(f64),
    Range(f64, f64),
    /// Vague quantities are never turned into numbers.
    Vague(Vague),
}

/// "ribuan", "thousands", "beberapa", "several" …: kept as what they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vague {
    Several,
    Dozens,
    Tens,
    Hundreds,
    Thousands,
    TensOfThousands,
    HundredsOfThousands,
    Millions,
    Many,
}

impl Vague {
    /// Its name in the JSON output: the English word, lower case.
    pub fn name(self) -> &'static str {
        match self {
            Vague::Several => "several",
            Vague::Dozens => "dozens",
            Vague::Tens => "tens",
            Vague::Hundreds => "hundreds",
            Vague::Thousands => "thousands",
            Vague::TensOfThousands => "tens-of-thousands",
            Vague::HundredsOfThousands => "hundreds-of-thousands",
            Vague::Millions => "millions",
            Vague::Many => "many",
        }
    }
}

/// The hedge written before a number. Ranges and vague amounts are told by [`Amount`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Qualifier {
    #[default]
    Exact,
    /// "sekitar", "about", "around", "kira-kira".
    Approx,
    /// "lebih dari", "more than", "over".
    MoreThan,
    /// "setidaknya", "sedikitnya", "at least".
    AtLeast,
    /// "hampir", "nearly", "kurang dari", "fewer than".
    FewerThan,
    /// "hingga", "up to", "as many as".
    UpTo,
}

impl Qualifier {
    pub fn name(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::MoreThan => "more-than",
            Qualifier::AtLeast => "at-least",
            Qualifier::FewerThan => "fewer-than",
            Qualifier::UpTo => "up-to",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub amount: Amount,
    pub qualifier: Qualifier,
    /// The noun the number counts, lower case as written ("tentara", "troops").
    pub noun: Option<String>,
    /// A unit of measure ("hour", "percent"): the number measures, it does not count.
    pub unit: Option<&'static str>,
}

impl Quantity {
    /// A plain number: no qualifier, no noun, no unit.
    pub fn number(value: f64) -> Quantity {
        Quantity {
            amount: Amount::Exact(value),
            qualifier: Qualifier::Exact,
            noun: None,
            unit: None,
        }
    }

    /// A count of something (kind `quantity`), as against a bare number or a measure with a unit
    /// (kind `number`).
    pub fn is_count(&self) -> bool {
        self.unit.is_none()
            && (self.noun.is_some()
                || self.qualifier != Qualifier::Exact
                || !matches!(self.amount, Amount::Exact(_)))
    }

    /// The single value, or the lower bound of a range; `None` for vague amounts.
    pub fn value(&self) -> Option<f64> {
        match self.amount {
            Amount::Exact(v) | Amount::Range(v, _) => Some(v),
            Amount::Vague(_) => None,
        }
    }

    /// The unit of measure, from the table of [`UNITS`].
    pub fn measure(&self) -> Option<&'static Unit> {
        self.unit.and_then(unit)
    }
}

/// What a unit measures. Figures of one dimension convert into one another; money keeps its
/// currency, each a dimension of its own, so that no figure is ever converted between
/// currencies (a rate of exchange is a fact of a day, not of grammar).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dimension {
    Duration,
    Length,
    Mass,
    Percent,
    /// How many times something happened: "15 kali", "three times".
    Times,
    /// Money in one currency, by its code ("usd").
    Money(&'static str),
}

impl Dimension {
    /// Its name in messages: "time", "length", "money in usd".
    pub fn name(self) -> String {
        match self {
            Dimension::Duration => "time".into(),
            Dimension::Length => "length".into(),
            Dimension::Mass => "mass".into(),
            Dimension::Percent => "a percentage".into(),
            Dimension::Times => "a number of times".into(),
            Dimension::Money(code) => format!("money in {code}"),
        }
    }
}

/// A unit a figure may be measured in: what [`Quantity::unit`] holds and a canon's `unit`
/// names.
#[derive(Debug, PartialEq)]
pub struct Unit {
    /// The canonical name, English, singular: "hour", "metre", "nautical-mile", "usd".
    pub name: &'static str,
    pub dimension: Dimension,
    /// Its size in the dimension's base unit (second, metre, kilogram; 1 for the others): a
    /// month is a twelfth of a year of 365.2425 days, so that 30 months are 2.5 years exactly.
    pub size: f64,
    /// How output writes it after a figure: "hours", "m", "USD".
    pub symbol: &'static str,
    /// A word a writer puts after a number for it, per language (Indonesian, English): the
    /// mutation self-test writes figures with it.
    pub words: [&'static str; 2],
}

impl Unit {
    /// `value`, a figure in this unit, in `to`, a unit of the same dimension.
    pub fn convert(&self, value: f64, to: &Unit) -> f64 {
        if self.name == to.name { value } else { value * self.size / to.size }
    }

    /// "96 hours", "about 488 m", "250000 USD", "10%": an amount as words, with the unit.
    pub fn write(&self, amount: &str) -> String {
        let one = amount == "1" || amount.ends_with(" 1");
        match self.dimension {
            Dimension::Percent => format!("{amount}{}", self.symbol),
            _ if one && self.symbol.len() > 3 => {
                format!("{amount} {}", self.symbol.strip_suffix('s').unwrap_or(self.symbol))
            }
            _ => format!("{amount} {}", self.symbol),
        }
    }
}

/// Every unit canon reads or a canon may name, by dimension, smallest first.
pub const UNITS: &[Unit] = {
    use Dimension::*;
    const fn u(
        name: &'static str,
        dimension: Dimension,
        size: f64,
        symbol: &'static str,
        words: [&'static str; 2],
    ) -> Unit {
        Unit { name, dimension, size, symbol, words }
    }
    const DAY: f64 = 86_400.0;
    const YEAR: f64 = 365.2425 * DAY;
    &[
        u("second", Duration, 1.0, "seconds", ["detik", "seconds"]),
        u("minute", Duration, 60.0, "minutes", ["menit", "minutes"]),
        u("hour", Duration, 3_600.0, "hours", ["jam", "hours"]),
        u("day", Duration, DAY, "days", ["hari", "days"]),
        u("week", Duration, 7.0 * DAY, "weeks", ["pekan", "weeks"]),
        u("month", Duration, YEAR / 12.0, "months", ["bulan", "months"]),
        u("year", Duration, YEAR, "years", ["tahun", "years"]),
        u("centimetre", Length, 0.01, "cm", ["cm", "centimetres"]),
        u("foot", Length, 0.3048, "ft", ["kaki", "feet"]),
        u("metre", Length, 1.0, "m", ["meter", "metres"]),
        u("kilometre", Length, 1_000.0, "km", ["km", "kilometres"]),
        u("mile", Length, 1_609.344, "mi", ["mil", "miles"]),
        u("nautical-mile", Length, 1_852.0, "nmi", ["mil laut", "nautical miles"]),
        u("gram", Mass, 0.001, "g", ["gram", "grams"]),
        u("kilogram", Mass, 1.0, "kg", ["kg", "kilograms"]),
        u("tonne", Mass, 1_000.0, "t", ["ton", "tonnes"]),
        u("percent", Percent, 1.0, "%", ["persen", "percent"]),
        u("times", Times, 1.0, "times", ["kali", "times"]),
        u("usd", Money("usd"), 1.0, "USD", ["dolar AS", "US dollars"]),
        u("idr", Money("idr"), 1.0, "IDR", ["rupiah", "rupiah"]),
        u("eur", Money("eur"), 1.0, "EUR", ["euro", "euros"]),
        u("gbp", Money("gbp"), 1.0, "GBP", ["poundsterling", "pounds"]),
        u("jpy", Money("jpy"), 1.0, "JPY", ["yen", "yen"]),
        u("inr", Money("inr"), 1.0, "INR", ["rupee", "rupees"]),
        u("sgd", Money("sgd"), 1.0, "SGD", ["dolar Singapura", "Singapore dollars"]),
        u("aud", Money("aud"), 1.0, "AUD", ["dolar Australia", "Australian dollars"]),
        u("cad", Money("cad"), 1.0, "CAD", ["dolar Kanada", "Canadian dollars"]),
    ]
};

/// The unit named `name` ("hour", "usd"), if canon knows it.
pub fn unit(name: &str) -> Option<&'static Unit> {
    UNITS.iter().find(|u| u.name == name)
}

/// The step of the last digit a figure is written to, for reading a converted figure at the
/// precision written: "2" is written to the one, "2.5" to the tenth, "105" to the one, "1,600"
/// to the hundred. Trailing zeros of a whole number may be rounding or digits, so there the
/// step is never coarser than the figure's second significant digit: "3,000" is read to the
/// hundred, not to the thousand, and "500" to the ten. Zero is written to the one.
pub fn written_step(value: f64) -> f64 {
    let a = value.abs();
    if a == 0.0 || !a.is_finite() {
        return 1.0;
    }
    // The shortest decimal that reads back as the value: the digits as a writer gave them.
    let digits = format!("{a}");
    let last = match digits.split_once('.') {
        Some((_, decimals)) => -(decimals.len() as i32),
        None => (digits.len() - digits.trim_end_matches('0').len()) as i32,
    };
    let second = a.log10().floor() as i32 - 1;
    10f64.powi(if last > 0 { last.min(second) } else { last })
}

/// A date at the precision it was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateValue {
    Year(i32),
    /// A year and a month (1–12).
    Month(i32, u32),
    /// A week, named by its Monday ("pekan lalu", "last week").
    Week(NaiveDate),
    Day(NaiveDate),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Week,
    Day,
}

impl Precision {
    pub fn name(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Week => "week",
            Precision::Day => "day",
        }
    }
}

impl DateValue {
    /// A valid month (1–12) of `year`, or `None`.
    pub fn month(year: i32, month: u32) -> Option<DateValue> {
        (1..=12).contains(&month).then_some(DateValue::Month(year, month))
    }

    /// A valid day, or `None` (30 February is `None`).
    pub fn day(year: i32, month: u32, day: u32) -> Option<DateValue> {
        NaiveDate::from_ymd_opt(year, month, day).map(DateValue::Day)
    }

    /// The Monday that starts the week of `date`.
    pub fn week_of(date: NaiveDate) -> DateValue {
        let back = u64::from(date.weekday().num_days_from_monday());
        DateValue::Week(date.checked_sub_days(Days::new(back)).unwrap_or(date))
    }

    pub fn precision(self) -> Precision {
        match self {
            DateValue::Year(_) => Precision::Year,
            DateValue::Month(..) => Precision::Month,
            DateValue::Week(_) => Precision::Week,
            DateValue::Day(_) => Precision::Day,
        }
    }

    pub fn year(self) -> i32 {
        match self {
            DateValue::Year(y) | DateValue::Month(y, _) => y,
            DateValue::Week(d) | DateValue::Day(d) => d.year(),
        }
    }

    /// The first and last day this date covers: a year runs from 1 January to 31 December, a
    /// week from Monday to Sunday. Two dates agree at the coarser precision when their days
    /// overlap. `None` only for years outside the calendar's range.
    pub fn days(self) -> Option<(NaiveDate, NaiveDate)> {
        match self {
            DateValue::Year(y) => {
                Some((NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y, 12, 31)?))
            }
            DateValue::Month(y, m) => {
                let first = NaiveDate::from_ymd_opt(y, m, 1)?;
                let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
                Some((first, last))
            }
            DateValue::Week(monday) => Some((monday, monday.checked_add_days(Days::new(6))?)),
            DateValue::Day(d) => Some((d, d)),
        }
    }

    /// The two dates share at least one day: "2024" agrees with "2024-06-19".
    pub fn overlaps(self, other: DateValue) -> bool {
        match (self.days(), other.days()) {
            (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
            _ => false,
        }
    }
}

impl std::fmt::Display for DateValue {
    /// "2025", "2025-08", or "2025-08-21" (a week shows its Monday).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (year, month, day) = match *self {
            DateValue::Year(y) => (y, None, None),
            DateValue::Month(y, m) => (y, Some(m), None),
            DateValue::Week(d) | DateValue::Day(d) => (d.year(), Some(d.month()), Some(d.day())),
        };
        if !(0..10_000).contains(&year) || month.is_some_and(|m| m > 99) {
            return match self {
                DateValue::Year(y) => write!(f, "{y:04}"),
                DateValue::Month(y, m) => write!(f, "{y:04}-{m:02}"),
                // The text of chrono's `d.format("%Y-%m-%d")`, whose `%Y` gives such years a
                // sign and at least four digits: "+10000-01-01", "-0044-03-15".
                DateValue::Week(d) | DateValue::Day(d) => {
                    write!(f, "{year:+05}-{:02}-{:02}", d.month(), d.day())
                }
            };
        }
        // The same text, written digit by digit: `write!` with padding, and chrono's `format`
        // above all (it parses its format string on every call), cost hundreds of instructions
        // per date, and check messages and JSON write a dozen dates per article.
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let year = year.unsigned_abs();
        let mut text = [0; 10];
        text[..4].copy_from_slice(&[
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
        ]);
        let mut len = 4;
        for n in [month, day].into_iter().flatten() {
            text[len..len + 3].copy_from_slice(&[b'-', digit(n / 10), digit(n)]);
            len += 3;
        }
        f.write_str(std::str::from_utf8(&text[..len]).map_err(|_| std::fmt::Error)?)
    }
}

/// The time a figure covers: a run of days from the first day of `first` to the last day of
/// `last`, each at the precision written ("2023"; "2025-01" to "2025-06", the first half of
/// 2025). A year, a month or a day alone is a run from itself to itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Period {
    pub first: DateValue,
    pub last: DateValue,
}

impl Period {
    /// The run of one date: a year, a month, a day.
    pub fn of(date: DateValue) -> Period {
        Period { first: date, last: date }
    }

    /// The first and last day the period covers; `None` for years outside the calendar, or a
    /// run whose end comes before its start.
    pub fn days(self) -> Option<(NaiveDate, NaiveDate)> {
        let (from, _) = self.first.days()?;
        let (_, to) = self.last.days()?;
        (from <= to).then_some((from, to))
    }

    /// Every day of `other` is one of this period's: 2024 holds 2024-03 and the first half of
    /// 2024; the first half of 2024 does not hold 2024.
    pub fn holds(self, other: Period) -> bool {
        match (self.days(), other.days()) {
            (Some((a0, a1)), Some((b0, b1))) => a0 <= b0 && b1 <= a1,
            _ => false,
        }
    }

    /// The two cover the same days, however written: 2024 and January to December 2024.
    pub fn same_days(self, other: Period) -> bool {
        self.days().is_some() && self.days() == other.days()
    }

    /// One of the two periods holds the other, as written at its precision: "in 2024" is told
    /// of a figure of 2024-03 or of the first half of 2024, "in March 2024" of a figure of 2024.
    /// Periods that only overlap, or lie apart, are two.
    pub fn nested(self, other: Period) -> bool {
        self.holds(other) || other.holds(self)
    }
}

impl std::fmt::Display for Period {
    /// "2024", "2024-03", or a run "2025-01/2025-06", as a canon writes it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.first == self.last {
            write!(f, "{}", self.first)
        } else {
            write!(f, "{}/{}", self.first, self.last)
        }
    }
}

/// How far ahead of the article's date a day written without a year may be taken when nothing
/// in its sentence speaks of the future: "Senin (1/9)" written on 29 August is two days ahead;
/// "(2/1)" written on 21 August is last January, not next.
pub const UNTENSED_AHEAD_DAYS: i64 = 31;

/// What a date expression says, before it is resolved against the article's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateExpr {
    /// "21/8/2025", "September 2023", "pada 2024".
    Absolute(DateValue),
    /// A month with no year ("pada April"): that month of the reference's year, or of the year
    /// before when it lies after the reference's month; the next such month, on or after the
    /// reference's, when the sentence speaks of it as ahead.
    BareMonth(u32),
    /// A day and month with no year ("Sabtu (26/4)", "on Saturday (26 April)"): the occurrence
    /// nearest the reference (a tie goes back; one ahead only up to [`UNTENSED_AHEAD_DAYS`]), or
    /// the next one on or after it when the sentence speaks of it as ahead.
    BareDay { month: u32, day: u32 },
    /// "tahun lalu" (-1), "tahun ini" (0), "Juni tahun lalu" (-1, June), "Dec. 12 last year" and
    /// "12 Desember tahun lalu" (-1, December, 12).
    YearOffset { years: i32, month: Option<u32>, day: Option<u32> },
    /// "bulan lalu" (-1).
    MonthOffset(i32),
    /// "pekan lalu", "last week" (-1).
    WeekOffset(i32),
    /// "kemarin", "yesterday" (-1).
    DayOffset(i32),
    /// A weekday with no date written beside it ("pada hari Rabu", "last Thursday", "Wednesday
    /// of next week"): which such day it names is `which`'s.
    Weekday { day: Weekday, which: WhichWeekday },
    /// A day of a month not named ("on the 15th", "Tuesday the 19th"): the latest such day on
    /// or before the reference or the first after it, the nearer (a tie goes back; one ahead
    /// only up to [`UNTENSED_AHEAD_DAYS`]), or the first on or after the reference when the
    /// sentence speaks of it as ahead. A weekday written with it must be that day's: of the
    /// two it picks the one that agrees, and names none when neither does (it never looks
    /// further than these two, which would hide a wrong weekday).
    DayOfMonth { day: u32, weekday: Option<Weekday> },
}

/// Which day a weekday written without a date names ([`DateExpr::Weekday`]). Weeks run from
/// Monday to Sunday.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WhichWeekday {
    /// "pada hari Rabu", "on Friday": the latest such day on or before the reference, or the
    /// first on or after it when the sentence speaks of it as ahead.
    Latest,
    /// "last Friday": the latest such day before the reference, never the reference itself
    /// ("last Thursday" said on a Thursday is a week back).
    Before,
    /// "next Monday": the first such day after the reference, when it is also the one of the
    /// next week; none when the two differ ("next Wednesday" said on a Tuesday is tomorrow to
    /// some writers and eight days on to others).
    Next,
    /// "Wednesday of next week" (1), "Monday of this week" (0), "last week's Sunday" (-1): the
    /// day of the week this many weeks from the reference's.
    OfWeek(i32),
}

impl DateExpr {
    pub fn is_relative(self) -> bool {
        !matches!(self, DateExpr::Absolute(_))
    }

    /// The date this expression names, given the article's date; `None` when it is relative
    /// and there is no reference date (never guessed).
    pub fn resolve(self, reference: Option<NaiveDate>) -> Option<DateValue> {
        self.resolve_toward(reference, false)
    }

    /// [`DateExpr::resolve`], for a date its sentence speaks of as ahead of the reference
    /// (`ahead`) or not: a date without a year, or a weekday without a date, then resolves
    /// forward.
    pub fn resolve_toward(self, reference: Option<NaiveDate>, ahead: bool) -> Option<DateValue> {
        if let DateExpr::Absolute(value) = self {
            return Some(value);
        }
        let r = reference?;
        match self {
            DateExpr::Absolute(value) => Some(value),
            DateExpr::BareMonth(month) => {
                let year = match ahead {
                    true if month < r.month() => r.year() + 1,
                    false if month > r.month() => r.year() - 1,
                    _ => r.year(),
                };
                DateValue::month(year, month)
            }
            DateExpr::BareDay { month, day } => {
                let near = (r.year() - 1..=r.year() + 1)
                    .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
                    .filter(|&date| {
                        // News speaks of the past: a date ahead is taken without a word of the
                        // future only when it is near.
                        let days = (date - r).num_days();
                        if ahead { days >= 0 } else { days <= UNTENSED_AHEAD_DAYS }
                    });
                // Nearest first; at equal distance, the one before.
                let best = near.min_by_key(|&date| ((date - r).num_days().abs(), date > r))?;
                Some(DateValue::Day(best))
            }
            DateExpr::YearOffset { years, month: None, .. } => {
                Some(DateValue::Year(r.year() + years))
            }
            DateExpr::YearOffset { years, month: Some(month), day: None } => {
                DateValue::month(r.year() + years, month)
            }
            DateExpr::YearOffset { years, month: Some(month), day: Some(day) } => {
                NaiveDate::from_ymd_opt(r.year() + years, month, day).map(DateValue::Day)
            }
            DateExpr::MonthOffset(months) => {
                let first = r.with_day(1)?;
                let moved = if months < 0 {
                    first.checked_sub_months(Months::new(months.unsigned_abs()))
                } else {
                    first.checked_add_months(Months::new(months.unsigned_abs()))
                }?;
                Some(DateValue::Month(moved.year(), moved.month()))
            }
            DateExpr::WeekOffset(weeks) => {
                Some(DateValue::week_of(shift_days(r, i64::from(weeks) * 7)?))
            }
            DateExpr::DayOffset(days) => Some(DateValue::Day(shift_days(r, i64::from(days))?)),
            DateExpr::Weekday { day, which } => {
                let (today, day) = (
                    i64::from(r.weekday().num_days_from_monday()),
                    i64::from(day.num_days_from_monday()),
                );
                let days = match which {
                    WhichWeekday::Latest if ahead => (day - today).rem_euclid(7),
                    WhichWeekday::Latest => -(today - day).rem_euclid(7),
                    WhichWeekday::Before => -(today - day - 1).rem_euclid(7) - 1,
                    // The first such day after today is next week's only when it is no later
                    // in the week than today.
                    WhichWeekday::Next if day <= today => 7 - today + day,
                    WhichWeekday::Next => return None,
                    WhichWeekday::OfWeek(weeks) => i64::from(weeks) * 7 - today + day,
                };
                Some(DateValue::Day(shift_days(r, days)?))
            }
            DateExpr::DayOfMonth { day, weekday } => {
                // The latest such day on or before the reference, and the first after it.
                let first = r.with_day(1)?;
                let in_month = |months: i32| {
                    let month = if months < 0 {
                        first.checked_sub_months(Months::new(months.unsigned_abs()))
                    } else {
                        first.checked_add_months(Months::new(months.unsigned_abs()))
                    };
                    month?.with_day(day)
                };
                let back = (-2..=0).rev().filter_map(in_month).find(|&date| date <= r);
                let forth =
                    (0..=2).filter_map(in_month).find(|&date| date > r || ahead && date == r);
                let candidates = if ahead { [None, forth] } else { [back, forth] };
                let best = candidates
                    .into_iter()
                    .flatten()
                    .filter(|&date| ahead || (date - r).num_days() <= UNTENSED_AHEAD_DAYS)
                    .filter(|date| weekday.is_none_or(|w| date.weekday() == w))
                    .min_by_key(|&date| ((date - r).num_days().abs(), date > r))?;
                Some(DateValue::Day(best))
            }
        }
    }
}

fn shift_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days < 0 {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub expr: DateExpr,
    /// The resolved date; `None` for a relative expression without a reference date.
    pub value: Option<DateValue>,
    /// Its sentence speaks of it as ahead ("akan", "will", "mendatang"): a date without a
    /// year resolves forward.
    pub ahead: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekdayMention {
    pub day: Weekday,
    /// The date written beside the weekday ("Kamis (21/8/2025)"), for a later check to compare;
    /// `None` for a weekday standing alone.
    pub beside: Option<DateExpr>,
    /// `beside`, resolved; `None` when it is relative and there is no reference date.
    pub date: Option<DateValue>,
    /// Its sentence speaks of it as ahead (see [`DateMention::ahead`]).
    pub ahead: bool,
    /// Where a date written beside the weekday stands that names no day there is ("Minggu
    /// (29/2/2018)": 2018 had no 29 February); `beside` is then `None`.
    pub beside_void: Option<Span>,
}

/// A time of day, at the precision written, with its hedge and zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeMention {
    /// The minute of the clock written ("20.30": 20:30; "9 p.m.": 21:00), or the span of a
    /// part of the day ("malam": 18:00–03:59), on the writer's clock.
    pub written: Minutes,
    pub precision: TimePrecision,
    pub hedge: TimeHedge,
    /// The zone written after it ("WIB", "EDT", "local time"); `None` when none is.
    pub zone: Option<Zone>,
    /// The date or weekday written with it, whose day it is a time of ("Sabtu malam", "Monday
    /// at 9:30 a.m.", "at 9:30 a.m. on June 18"): that mention's span.
    pub day: Option<Span>,
}

/// How precisely a time is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimePrecision {
    /// Hours and minutes: "20.30", "9:45 a.m.".
    Minute,
    /// An hour alone: "9 p.m.", "pukul 10 pagi", "noon".
    Hour,
    /// A part of the day: "malam", "Sunday morning".
    Part,
}

impl TimePrecision {
    pub fn name(self) -> &'static str {
        match self {
            TimePrecision::Minute => "minute",
            TimePrecision::Hour => "hour",
            TimePrecision::Part => "part-of-day",
        }
    }
}

/// The hedge written before a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimeHedge {
    Exact,
    /// "sekitar", "around", "about", "approximately".
    About,
    /// "shortly after", "just after", "lewat".
    After,
    /// "just before", "shortly before", "menjelang", "by".
    Before,
    /// "since", "until", "from", "sejak", "hingga", "sampai": the bound of a period, not the
    /// time of an event.
    Bound,
}

impl TimeHedge {
    pub fn name(self) -> &'static str {
        match self {
            TimeHedge::Exact => "exact",
            TimeHedge::About => "approx",
            TimeHedge::After => "after",
            TimeHedge::Before => "before",
            TimeHedge::Bound => "bound",
        }
    }
}

/// How far a hedge reaches: "about" half an hour either way, "shortly after" and "just
/// before" an hour and a half one way.
pub const HEDGE_ABOUT_MINUTES: i32 = 30;
pub const HEDGE_AFTER_MINUTES: i32 = 90;

impl TimeMention {
    /// The minutes the words may mean on the writer's clock: the time at the precision
    /// written, then the hedge. A clock is taken as rounded as far as its minutes are round:
    /// "9 p.m." and "21.00" to the hour (half an hour either way), "9:45" to the quarter (7
    /// minutes), "9:50" to five minutes (2), "9:47" to the minute.
    pub fn reach(&self) -> Minutes {
        let rounding = match self.precision {
            TimePrecision::Part => 0,
            TimePrecision::Hour => 30,
            TimePrecision::Minute => match self.written.from.rem_euclid(60) {
                0 => 30,
                m if m % 15 == 0 => 7,
                m if m % 5 == 0 => 2,
                _ => 0,
            },
        };
        let at = self.written.widen(rounding, rounding);
        match self.hedge {
            TimeHedge::Exact | TimeHedge::Bound => at,
            TimeHedge::About => at.widen(HEDGE_ABOUT_MINUTES, HEDGE_ABOUT_MINUTES),
            TimeHedge::After => at.widen(0, HEDGE_AFTER_MINUTES),
            TimeHedge::Before => at.widen(HEDGE_AFTER_MINUTES, 0),
        }
    }

    /// "20:30 WIB", "about 09:00 ET", "18:00–03:59" (a part of the day), "after 18:00".
    pub fn describe(&self) -> String {
        let hedge = match self.hedge {
            TimeHedge::Exact | TimeHedge::Bound => "",
            TimeHedge::About => "about ",
            TimeHedge::After => "after ",
            TimeHedge::Before => "before ",
        };
        let zone = self.zone.map_or(String::new(), |z| format!(" {}", z.name));
        format!("{hedge}{}{zone}", clock::describe(self.written))
    }
}

/// The English name of a weekday, lower case, as in the JSON output.
pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "monday",
        Weekday::Tue => "tuesday",
        Weekday::Wed => "wednesday",
        Weekday::Thu => "thursday",
        Weekday::Fri => "friday",
        Weekday::Sat => "saturday",
        Weekday::Sun => "sunday",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn resolve(expr: DateExpr, reference: &str) -> String {
        expr.resolve(Some(date(reference))).map_or("-".into(), |v| v.to_string())
    }

    #[test]
    fn periods_hold_one_another_by_their_days() {
        let year = Period::of(DateValue::Year(2024));
        let months = |a: u32, b: u32| Period {
            first: DateValue::Month(2024, a),
            last: DateValue::Month(2024, b),
        };
        assert!(year.holds(months(1, 6)) && !months(1, 6).holds(year));
        assert!(year.nested(months(1, 6)) && months(1, 6).nested(year));
        assert!(year.same_days(months(1, 12)) && year.holds(months(1, 12)));
        assert!(!months(1, 6).nested(months(4, 9)), "overlapping runs are two");
        assert!(!year.nested(Period::of(DateValue::Year(2023))));
        let backwards = months(6, 1);
        assert_eq!(backwards.days(), None);
        assert!(!backwards.nested(year) && !backwards.same_days(backwards));
        assert_eq!(months(1, 6).to_string(), "2024-01/2024-06");
        assert_eq!(year.to_string(), "2024");
    }

    #[test]
    fn relative_dates_resolve_against_the_reference() {
        assert_eq!(resolve(DateExpr::BareMonth(4), "2025-08-21"), "2025-04");
        assert_eq!(resolve(DateExpr::BareMonth(9), "2025-08-21"), "2024-09");
        assert_eq!(resolve(DateExpr::BareMonth(8), "2025-08-21"), "2025-08");
        assert_eq!(resolve(DateExpr::BareDay { month: 4, day: 26 }, "2025-04-29"), "2025-04-26");
        assert_eq!(resolve(DateExpr::BareDay { month: 12, day: 30 }, "2025-04-29"), "2024-12-30");
        assert_eq!(resolve(DateExpr::BareDay { month: 2, day: 29 }, "2025-04-29"), "2024-02-29");
        // The nearest occurrence: "Senin (1/9)" written on the Friday before is this Monday.
        assert_eq!(resolve(DateExpr::BareDay { month: 9, day: 1 }, "2025-08-29"), "2025-09-01");
        assert_eq!(resolve(DateExpr::BareDay { month: 1, day: 5 }, "2025-12-28"), "2026-01-05");
        assert_eq!(resolve(DateExpr::BareDay { month: 12, day: 28 }, "2026-01-05"), "2025-12-28");
        assert_eq!(
            resolve(DateExpr::YearOffset { years: -1, month: Some(6), day: None }, "2025-09-04"),
            "2024-06"
        );
        assert_eq!(
            resolve(DateExpr::YearOffset { years: -1, month: None, day: None }, "2025-09-04"),
            "2024"
        );
        assert_eq!(
            resolve(
                DateExpr::YearOffset { years: -1, month: Some(12), day: Some(12) },
                "2025-09-04"
            ),
            "2024-12-12"
        );
        assert_eq!(resolve(DateExpr::MonthOffset(-1), "2025-01-31"), "2024-12");
        assert_eq!(resolve(DateExpr::WeekOffset(-1), "2025-08-21"), "2025-08-11");
        assert_eq!(resolve(DateExpr::DayOffset(-1), "2025-03-01"), "2025-02-28");
        let latest = |day| DateExpr::Weekday { day, which: WhichWeekday::Latest };
        assert_eq!(resolve(latest(Weekday::Wed), "2025-09-04"), "2025-09-03");
        assert_eq!(resolve(latest(Weekday::Thu), "2025-09-04"), "2025-09-04");
        assert_eq!(resolve(latest(Weekday::Sat), "2025-04-29"), "2025-04-26");
        // Told by the week, on Tuesday 12 February 2013.
        let which = |day, which| DateExpr::Weekday { day, which };
        assert_eq!(resolve(which(Weekday::Tue, WhichWeekday::Before), "2013-02-12"), "2013-02-05");
        assert_eq!(resolve(which(Weekday::Sun, WhichWeekday::Before), "2013-02-12"), "2013-02-10");
        assert_eq!(resolve(which(Weekday::Mon, WhichWeekday::Before), "2013-02-12"), "2013-02-11");
        assert_eq!(resolve(which(Weekday::Tue, WhichWeekday::Next), "2013-02-12"), "2013-02-19");
        assert_eq!(resolve(which(Weekday::Mon, WhichWeekday::Next), "2013-02-12"), "2013-02-18");
        assert_eq!(resolve(which(Weekday::Wed, WhichWeekday::Next), "2013-02-12"), "-");
        assert_eq!(resolve(which(Weekday::Sun, WhichWeekday::Next), "2013-02-17"), "2013-02-24");
        assert_eq!(
            resolve(which(Weekday::Wed, WhichWeekday::OfWeek(1)), "2013-02-12"),
            "2013-02-20"
        );
        assert_eq!(
            resolve(which(Weekday::Mon, WhichWeekday::OfWeek(0)), "2013-02-12"),
            "2013-02-11"
        );
        assert_eq!(
            resolve(which(Weekday::Sun, WhichWeekday::OfWeek(-1)), "2013-02-12"),
            "2013-02-10"
        );
        // A day of a month not named: the nearer of the last and the next, and only one ahead
        // by a month at most; a weekday written with it picks the one that is that weekday.
        let day_of = |day, weekday| DateExpr::DayOfMonth { day, weekday };
        assert_eq!(resolve(day_of(15, None), "2013-02-12"), "2013-02-15");
        assert_eq!(resolve(day_of(1, None), "2013-02-12"), "2013-02-01");
        assert_eq!(resolve(day_of(31, None), "2013-02-12"), "2013-01-31");
        assert_eq!(resolve(day_of(30, None), "2013-03-01"), "2013-03-30");
        assert_eq!(resolve(day_of(19, Some(Weekday::Tue)), "2013-02-12"), "2013-02-19");
        assert_eq!(resolve(day_of(28, Some(Weekday::Thu)), "2013-02-12"), "2013-02-28");
        assert_eq!(resolve(day_of(15, Some(Weekday::Thu)), "2013-02-12"), "-");
        assert_eq!(resolve(day_of(5, Some(Weekday::Sat)), "2013-01-02"), "2013-01-05");
        assert_eq!(resolve(day_of(29, Some(Weekday::Sat)), "2013-01-02"), "2012-12-29");
    }

    #[test]
    fn dates_spoken_of_as_ahead_resolve_forward() {
        let ahead = |expr: DateExpr, reference: &str| {
            expr.resolve_toward(Some(date(reference)), true).map_or("-".into(), |v| v.to_string())
        };
        assert_eq!(ahead(DateExpr::BareDay { month: 4, day: 26 }, "2025-04-29"), "2026-04-26");
        assert_eq!(ahead(DateExpr::BareDay { month: 4, day: 29 }, "2025-04-29"), "2025-04-29");
        assert_eq!(ahead(DateExpr::BareMonth(4), "2025-08-21"), "2026-04");
        assert_eq!(ahead(DateExpr::BareMonth(9), "2025-08-21"), "2025-09");
        let latest = |day| DateExpr::Weekday { day, which: WhichWeekday::Latest };
        assert_eq!(ahead(latest(Weekday::Mon), "2025-08-29"), "2025-09-01");
        assert_eq!(ahead(latest(Weekday::Fri), "2025-08-29"), "2025-08-29");
        // Days told by the week ignore the tense: "next Monday" is ahead anyway.
        let next = DateExpr::Weekday { day: Weekday::Mon, which: WhichWeekday::Next };
        assert_eq!(ahead(next, "2013-02-12"), "2013-02-18");
        let on_the = DateExpr::DayOfMonth { day: 10, weekday: None };
        assert_eq!(ahead(on_the, "2013-02-12"), "2013-03-10");
        assert_eq!(
            ahead(DateExpr::DayOfMonth { day: 12, weekday: None }, "2013-02-12"),
            "2013-02-12"
        );
    }

    #[test]
    fn relative_dates_stay_unresolved_without_a_reference() {
        assert_eq!(DateExpr::BareMonth(4).resolve(None), None);
        let absolute = DateExpr::Absolute(DateValue::Year(2019));
        assert_eq!(absolute.resolve(None), Some(DateValue::Year(2019)));
    }

    #[test]
    fn dates_are_written_as_chrono_and_padding_write_them() {
        let years = [
            -262_143, -100_000, -10_000, -9999, -1000, -999, -100, -44, -1, 0, 1, 9, 10, 99, 100,
            999, 1000, 1970, 2025, 9999, 10_000, 12_345, 99_999, 100_000, 262_142,
        ];
        for year in years {
            for (month, day) in [(1, 1), (2, 28), (9, 30), (10, 5), (12, 31)] {
                let d = NaiveDate::from_ymd_opt(year, month, day).unwrap();
                let chrono = d.format("%Y-%m-%d").to_string();
                assert_eq!(DateValue::Day(d).to_string(), chrono);
                assert_eq!(DateValue::Week(d).to_string(), chrono);
            }
        }
        for year in (-1100..=11_000).step_by(7) {
            let d = NaiveDate::from_ymd_opt(year, 7, 4).unwrap();
            assert_eq!(DateValue::Day(d).to_string(), d.format("%Y-%m-%d").to_string());
        }
        assert_eq!(DateValue::day(-44, 3, 15).unwrap().to_string(), "-0044-03-15");
        assert_eq!(DateValue::Year(2025).to_string(), "2025");
        assert_eq!(DateValue::Year(7).to_string(), "0007");
        assert_eq!(DateValue::Year(-7).to_string(), "-007");
        assert_eq!(DateValue::Year(12_345).to_string(), "12345");
        assert_eq!(DateValue::Month(2025, 8).to_string(), "2025-08");
        assert_eq!(DateValue::Month(-44, 3).to_string(), "-044-03");
        assert_eq!(DateValue::Month(10_000, 12).to_string(), "10000-12");
        assert_eq!(DateValue::Month(2025, 123).to_string(), "2025-123");
        assert_eq!(DateValue::day(10_000, 1, 1).unwrap().to_string(), "+10000-01-01");
        let (min, max) = (NaiveDate::MIN, NaiveDate::MAX);
        assert_eq!(DateValue::Day(min).to_string(), min.format("%Y-%m-%d").to_string());
        assert_eq!(DateValue::Day(max).to_string(), max.format("%Y-%m-%d").to_string());
    }

    #[test]
    fn dates_compare_at_coarser_precision() {
        assert_eq!(DateValue::day(2025, 2, 30), None);
        assert!(DateValue::Year(2024).overlaps(DateValue::day(2024, 6, 19).unwrap()));
        assert!(DateValue::Month(2024, 2).overlaps(DateValue::day(2024, 2, 29).unwrap()));
        assert!(!DateValue::Month(2025, 4).overlaps(DateValue::day(2025, 5, 1).unwrap()));
        let week = DateValue::week_of(NaiveDate::from_ymd_opt(2025, 8, 14).unwrap());
        assert!(week.overlaps(DateValue::day(2025, 8, 15).unwrap()));
        assert!(!week.overlaps(DateValue::day(2025, 8, 10).unwrap()));
    }

    #[test]
    fn units_convert_within_their_dimension() {
        let (hour, minute, year, month) = (
            unit("hour").unwrap(),
            unit("minute").unwrap(),
            unit("year").unwrap(),
            unit("month").unwrap(),
        );
        assert_eq!(minute.convert(105.0, hour), 1.75);
        assert_eq!(month.convert(30.0, year), 2.5);
        assert_eq!(year.convert(2.0, month), 24.0);
        let (foot, metre) = (unit("foot").unwrap(), unit("metre").unwrap());
        assert!((foot.convert(3_000.0, metre) - 914.4).abs() < 1e-9);
        assert_eq!(unit("furlong"), None);
        // Names are unique, and every dimension's units are listed smallest first.
        for (n, a) in UNITS.iter().enumerate() {
            for b in &UNITS[n + 1..] {
                assert_ne!(a.name, b.name);
                assert!(a.dimension != b.dimension || a.size <= b.size, "{} {}", a.name, b.name);
            }
        }
        assert_eq!(hour.write("96"), "96 hours");
        assert_eq!(hour.write("1"), "1 hour");
        assert_eq!(unit("metre").unwrap().write("488"), "488 m");
        assert_eq!(unit("usd").unwrap().write("about 250000"), "about 250000 USD");
        assert_eq!(hour.write("more than 1"), "more than 1 hour");
        assert_eq!(unit("percent").unwrap().write("10"), "10%");
    }

    #[test]
    fn a_figure_is_read_to_the_digit_it_is_written_to() {
        assert_eq!(written_step(1_600.0), 100.0);
        assert_eq!(written_step(3_000.0), 100.0);
        assert_eq!(written_step(490.0), 10.0);
        assert_eq!(written_step(500.0), 10.0);
        assert_eq!(written_step(105.0), 1.0);
        assert_eq!(written_step(96.0), 1.0);
        assert_eq!(written_step(2.5), 0.1);
        assert_eq!(written_step(12_500.0), 100.0);
        assert_eq!(written_step(1.0), 1.0);
        assert_eq!(written_step(2.0), 1.0);
        assert_eq!(written_step(10.0), 1.0);
        assert_eq!(written_step(0.0), 1.0);
    }
}
