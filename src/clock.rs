//! Times of day: the zones news writes, the parts of the day as spans, and instants to compare.
//!
//! In: a zone's name as written ("WIB", "EDT", "ET", "local time"), a part of the day
//! ("malam", "morning"), a day and a minute of it. Out: offsets from UTC and spans of minutes.
//! Pure tables and arithmetic: no IO, never fails (an unknown name or a day outside a rule's
//! years gives `None`, and the caller does not compare).
//!
//! Zones are a table of the names news writes, not the tz database: an abbreviation is what an
//! article writes, and the tz database does not map abbreviations to offsets (CST, IST and BST
//! each name several zones), so that table would be ours anyway. Only the names that follow a
//! clock change with the season ("ET", "Eastern time", "UK time") need a rule, and two rules
//! cover them: the United States' and Canada's, and the United Kingdom's (ARCHITECTURE.md).

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::lang::Lang;

/// Minutes in a day.
pub const DAY: i32 = 1440;

/// A time zone as news writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Zone {
    /// The name canon shows: "WIB", "EDT", "ET", "local time".
    pub name: &'static str,
    pub kind: ZoneKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ZoneKind {
    /// A fixed offset from UTC, in minutes.
    Fixed(i32),
    /// A region's clock, which follows its summer time: the offset of its standard time, and
    /// the rule. US names ("EST", "EDT") are read so too: writers put the standard time's name
    /// on a summer day ("7 a.m. Eastern Standard Time", in June), and the clock they mean is the
    /// region's.
    Region(i32, Summer),
    /// "local time", "waktu setempat": the zone of the place the event happened, the canon's.
    Local,
}

/// The rule of a region's summer time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Summer {
    /// The United States and Canada: from the second Sunday of March to the first Sunday of
    /// November since 2007; from the first Sunday of April to the last Sunday of October from
    /// 1987 to 2006.
    America,
    /// The United Kingdom (and the European Union): from the last Sunday of March to the last
    /// Sunday of October, since 1996.
    Europe,
}

impl Summer {
    /// The day is in summer time (from the day it starts, to the day before it ends); `None`
    /// for a year the rule does not cover.
    fn on(self, day: NaiveDate) -> Option<bool> {
        let year = day.year();
        let (start, end) = match self {
            Summer::America if year >= 2007 => (nth_sunday(year, 3, 2)?, nth_sunday(year, 11, 1)?),
            Summer::America if year >= 1987 => (nth_sunday(year, 4, 1)?, last_sunday(year, 10)?),
            Summer::Europe if year >= 1996 => (last_sunday(year, 3)?, last_sunday(year, 10)?),
            _ => return None,
        };
        Some(start <= day && day < end)
    }
}

fn nth_sunday(year: i32, month: u32, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Sun, n)
}

fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    let last = NaiveDate::from_ymd_opt(year, month + 1, 1)?.pred_opt()?;
    let back = u64::from(last.weekday().num_days_from_sunday());
    last.checked_sub_days(Days::new(back))
}

impl Zone {
    /// Minutes ahead of UTC on `day`; `None` for the local zone (the caller's to give) and for
    /// a region's clock on a day its rule does not cover.
    pub fn offset(self, day: NaiveDate) -> Option<i32> {
        match self.kind {
            ZoneKind::Fixed(offset) => Some(offset),
            ZoneKind::Region(standard, summer) => Some(standard + 60 * i32::from(summer.on(day)?)),
            ZoneKind::Local => None,
        }
    }

    /// The language of the place whose clock the zone is: a time written with no zone in an
    /// article of that language is taken to be in it. `None` for UTC and zones of other
    /// languages. An offset the canon writes takes the language of the first of [`ZONES`]
    /// on its clock ("+07:00" is WIB's, Indonesian), though it is shown as an offset.
    pub fn lang(self) -> Option<Lang> {
        let zone = ZONES.iter().find(|z| z.0 == self.name);
        zone.or_else(|| ZONES.iter().find(|z| z.1 == self.kind)).and_then(|z| z.2)
    }

    /// The zone the canon writes as `name` ("WIB", "EDT", "ET"), or as an offset ("+07:00",
    /// "-04:00", "UTC+7"); `None` for anything else.
    pub fn parse(name: &str) -> Option<Zone> {
        let name = name.trim();
        if let Some(zone) = ZONES.iter().find(|z| z.0.eq_ignore_ascii_case(name)) {
            return Some(Zone { name: zone.0, kind: zone.1 });
        }
        let rest = name.strip_prefix("UTC").or_else(|| name.strip_prefix("GMT")).unwrap_or(name);
        let (sign, rest) = match rest.as_bytes().first() {
            Some(b'+') => (1, &rest[1..]),
            Some(b'-') => (-1, &rest[1..]),
            _ => return None,
        };
        let (hours, minutes) = rest.split_once(':').unwrap_or((rest, "00"));
        let digits = |s: &str, max: i32| {
            (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<i32>().ok())
                .flatten()
                .filter(|&n| n <= max)
        };
        let offset = sign * (digits(hours, 14)? * 60 + digits(minutes, 59)?);
        let zone = OFFSETS.iter().find(|z| z.1 == ZoneKind::Fixed(offset))?;
        Some(Zone { name: zone.0, kind: zone.1 })
    }
}

use ZoneKind::{Fixed, Local, Region};

const ET: ZoneKind = Region(-300, Summer::America);
const CT: ZoneKind = Region(-360, Summer::America);
const MT: ZoneKind = Region(-420, Summer::America);
const PT: ZoneKind = Region(-480, Summer::America);
const AT: ZoneKind = Region(-240, Summer::America);
const UK: ZoneKind = Region(0, Summer::Europe);

/// The zones news writes, by the name canon shows, with the language of their place.
const ZONES: &[(&str, ZoneKind, Option<Lang>)] = &[
    ("WIB", Fixed(420), Some(Lang::Id)),
    ("WITA", Fixed(480), Some(Lang::Id)),
    ("WIT", Fixed(540), Some(Lang::Id)),
    ("UTC", Fixed(0), None),
    ("GMT", Fixed(0), None),
    ("ET", ET, Some(Lang::En)),
    ("EDT", ET, Some(Lang::En)),
    ("EST", ET, Some(Lang::En)),
    ("CT", CT, Some(Lang::En)),
    ("CDT", CT, Some(Lang::En)),
    ("CST", CT, Some(Lang::En)),
    ("MT", MT, Some(Lang::En)),
    ("MDT", MT, Some(Lang::En)),
    ("MST", MT, Some(Lang::En)),
    ("PT", PT, Some(Lang::En)),
    ("PDT", PT, Some(Lang::En)),
    ("PST", PT, Some(Lang::En)),
    ("AT", AT, Some(Lang::En)),
    ("ADT", AT, Some(Lang::En)),
    ("AST", AT, Some(Lang::En)),
    ("NDT", Fixed(-150), Some(Lang::En)),
    ("NST", Fixed(-210), Some(Lang::En)),
    ("UK time", UK, Some(Lang::En)),
    ("BST", Fixed(60), Some(Lang::En)),
    ("IST", Fixed(330), Some(Lang::En)),
    ("CET", Fixed(60), None),
    ("CEST", Fixed(120), None),
    ("MSK", Fixed(180), None),
    ("SGT", Fixed(480), Some(Lang::En)),
    ("HKT", Fixed(480), Some(Lang::En)),
    ("MYT", Fixed(480), None),
    ("JST", Fixed(540), None),
    ("KST", Fixed(540), None),
    ("AEST", Fixed(600), Some(Lang::En)),
    ("AEDT", Fixed(660), Some(Lang::En)),
    ("local time", Local, None),
];

/// The zones a canon may name (every one of [`ZONES`] but the local time).
pub fn canon_zone_names() -> Vec<&'static str> {
    ZONES.iter().filter(|z| z.1 != Local).map(|z| z.0).collect()
}

/// The names of the offsets a canon may write, shown as written: an offset names no place
/// ("+08:00" is Hong Kong's clock as much as WITA's or Singapore's), so a finding shows the
/// offset, not a zone's name it may not be.
const OFFSETS: &[(&str, ZoneKind)] = &[
    ("UTC", Fixed(0)),
    ("UTC-02:30", Fixed(-150)),
    ("UTC-03:00", Fixed(-180)),
    ("UTC-03:30", Fixed(-210)),
    ("UTC-04:00", Fixed(-240)),
    ("UTC-05:00", Fixed(-300)),
    ("UTC-06:00", Fixed(-360)),
    ("UTC-07:00", Fixed(-420)),
    ("UTC-08:00", Fixed(-480)),
    ("UTC-09:00", Fixed(-540)),
    ("UTC-10:00", Fixed(-600)),
    ("UTC+01:00", Fixed(60)),
    ("UTC+02:00", Fixed(120)),
    ("UTC+03:00", Fixed(180)),
    ("UTC+04:00", Fixed(240)),
    ("UTC+05:00", Fixed(300)),
    ("UTC+05:30", Fixed(330)),
    ("UTC+05:45", Fixed(345)),
    ("UTC+06:00", Fixed(360)),
    ("UTC+06:30", Fixed(390)),
    ("UTC+07:00", Fixed(420)),
    ("UTC+08:00", Fixed(480)),
    ("UTC+09:00", Fixed(540)),
    ("UTC+10:00", Fixed(600)),
    ("UTC+10:30", Fixed(630)),
    ("UTC+11:00", Fixed(660)),
    ("UTC+12:00", Fixed(720)),
    ("UTC+13:00", Fixed(780)),
];

/// The zone an article writes after a clock, by its words in lower case: abbreviations
/// ("wib", "edt", "et"; the caller asks abbreviations of English zones in capitals), and the
/// phrases of one or two words ("local time", "waktu setempat", "eastern time", "uk time",
/// "moscow time"). The zone, and how many words it took.
pub fn written(words: &[&str]) -> Option<(Zone, usize)> {
    const PHRASES: &[(&[&str], &str)] = &[
        (&["local", "time"], "local time"),
        (&["waktu", "setempat"], "local time"),
        (&["eastern", "daylight", "time"], "EDT"),
        (&["eastern", "standard", "time"], "EST"),
        (&["eastern", "time"], "ET"),
        (&["central", "time"], "CT"),
        (&["mountain", "time"], "MT"),
        (&["pacific", "time"], "PT"),
        (&["atlantic", "time"], "AT"),
        (&["uk", "time"], "UK time"),
        (&["british", "time"], "UK time"),
        (&["london", "time"], "UK time"),
        (&["moscow", "time"], "MSK"),
        (&["newfoundland", "time"], "NDT"),
    ];
    for (phrase, name) in PHRASES {
        if opens_with(words, phrase) {
            return Some((Zone::parse(name)?, phrase.len()));
        }
    }
    let first = *words.first()?;
    let zone = ZONES.iter().find(|z| z.0.len() <= 4 && z.0.eq_ignore_ascii_case(first))?;
    Some((Zone { name: zone.0, kind: zone.1 }, 1))
}

/// A zone's abbreviation that is only read in capitals ("ET", "IST"): English words and other
/// abbreviations share them. Indonesia's ("WIB") are read in any case.
pub fn capitals_only(zone: Zone) -> bool {
    !matches!(zone.name, "WIB" | "WITA" | "WIT")
}

/// A span of minutes of one day: from `from` to `to`, both included. `to` may pass 1439 (the
/// night runs into the next day) and `from` may be below 0 (a hedge that reaches back).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Minutes {
    pub from: i32,
    pub to: i32,
}

impl Minutes {
    pub fn at(minute: i32) -> Minutes {
        Minutes { from: minute, to: minute }
    }

    pub fn widen(self, before: i32, after: i32) -> Minutes {
        Minutes { from: self.from - before, to: self.to + after }
    }

    pub fn shift(self, by: i32) -> Minutes {
        Minutes { from: self.from + by, to: self.to + by }
    }

    pub fn overlaps(self, other: Minutes) -> bool {
        self.from <= other.to && other.from <= self.to
    }
}

/// "07:08", "23:59"; a minute outside the day is written in the day it falls in.
pub fn hhmm(minute: i32) -> String {
    let m = minute.rem_euclid(DAY);
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// "20:30", or "18:00–23:59" for a span.
pub fn describe(span: Minutes) -> String {
    if span.from == span.to {
        hhmm(span.from)
    } else {
        format!("{}–{}", hhmm(span.from), hhmm(span.to))
    }
}

/// The parts of the day, as spans of minutes, in the order they are looked up: a part of one
/// language's is read in either (articles quote one another), and the spans are wide, since
/// writers' use varies: where two parts meet, both are taken.
///
/// Indonesian: dini hari 00:00–04:59, subuh 04:00–06:29, pagi 04:00–11:59, siang 10:00–15:59,
/// sore 14:00–18:59, petang 15:00–19:59, malam 18:00–03:59 (into the next day: "Sabtu malam"
/// and "malam ini" run past midnight, up to the dawn prayer), tengah malam 23:00–00:59, tengah
/// hari 11:00–13:00. English: early morning and the early hours 00:00–07:59, morning
/// 05:00–11:59, midday and noon 11:30–12:30, afternoon 12:00–17:59, evening 17:00–22:59, night
/// 18:00–04:59, midnight 23:00–00:59.
pub const PARTS: &[(&[&str], Minutes)] = &[
    (&["dini", "hari"], Minutes { from: 0, to: 299 }),
    (&["tengah", "malam"], Minutes { from: 1380, to: 1499 }),
    (&["tengah", "hari"], Minutes { from: 660, to: 780 }),
    (&["subuh"], Minutes { from: 240, to: 389 }),
    (&["pagi"], Minutes { from: 240, to: 719 }),
    (&["siang"], Minutes { from: 600, to: 959 }),
    (&["sore"], Minutes { from: 840, to: 1139 }),
    (&["petang"], Minutes { from: 900, to: 1199 }),
    (&["malam"], Minutes { from: 1080, to: 1679 }),
    (&["early", "morning"], Minutes { from: 0, to: 479 }),
    (&["early", "hours"], Minutes { from: 0, to: 479 }),
    (&["morning"], Minutes { from: 300, to: 719 }),
    (&["midday"], Minutes { from: 690, to: 750 }),
    (&["noon"], Minutes { from: 690, to: 750 }),
    (&["afternoon"], Minutes { from: 720, to: 1079 }),
    (&["evening"], Minutes { from: 1020, to: 1379 }),
    (&["night"], Minutes { from: 1080, to: 1739 }),
    (&["midnight"], Minutes { from: 1380, to: 1499 }),
];

/// The part of the day `words` open with (lower case), and how many words it took.
pub fn part_of_day(words: &[&str]) -> Option<(Minutes, usize)> {
    PARTS
        .iter()
        .find_map(|(phrase, span)| opens_with(words, phrase).then_some((*span, phrase.len())))
}

/// `words` open with the words of `phrase`.
fn opens_with(words: &[&str], phrase: &[&str]) -> bool {
    words.len() >= phrase.len() && words[..phrase.len()] == *phrase
}

/// The hour of a twelve-hour clock read with the part of the day written after it: "pukul 9
/// malam" is 21, "pukul 1 siang" 13, "pukul 2 dini hari" 2, "10 pagi" 10. An hour past 12 is a
/// 24-hour clock's and stays.
pub fn hour_in_part(hour: i32, part: Minutes) -> i32 {
    if hour > 12 {
        return hour;
    }
    let (a, b) = (hour % 12, hour % 12 + 12);
    // The reading, morning or afternoon, whose minute falls in the part's span; in both, the
    // later for a part of the afternoon or after; in neither, as written ("pukul 2 malam").
    let inside = |h: i32| {
        let m = h * 60;
        part.overlaps(Minutes::at(m)) || part.overlaps(Minutes::at(m + DAY))
    };
    match (inside(a), inside(b)) {
        (true, true) if part.from >= 720 => b,
        (false, true) => b,
        _ => a,
    }
}

/// An instant, as minutes since 1970-01-01 00:00 UTC, of minute `minute` of `day` in a zone
/// `offset` minutes ahead of UTC.
pub fn instant(day: NaiveDate, minute: i32, offset: i32) -> i64 {
    let days = day.signed_duration_since(NaiveDate::default()).num_days();
    days * i64::from(DAY) + i64::from(minute) - i64::from(offset)
}

/// The day and minute of the instant `at` in a zone `offset` minutes ahead of UTC.
pub fn local(at: i64, offset: i32) -> Option<(NaiveDate, i32)> {
    let local = at + i64::from(offset);
    let days = local.div_euclid(i64::from(DAY));
    let minute = local.rem_euclid(i64::from(DAY)) as i32;
    let epoch = NaiveDate::default();
    let day = if days < 0 {
        epoch.checked_sub_days(Days::new(days.unsigned_abs()))
    } else {
        epoch.checked_add_days(Days::new(days.unsigned_abs()))
    }?;
    Some((day, minute))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn regions_follow_their_summer_time() {
        let et = Zone::parse("ET").unwrap();
        assert_eq!(et.offset(day("2023-06-18")), Some(-240));
        assert_eq!(et.offset(day("2023-01-18")), Some(-300));
        // 2023: from 12 March to 5 November.
        assert_eq!(et.offset(day("2023-03-11")), Some(-300));
        assert_eq!(et.offset(day("2023-03-12")), Some(-240));
        assert_eq!(et.offset(day("2023-11-04")), Some(-240));
        assert_eq!(et.offset(day("2023-11-05")), Some(-300));
        // 2006: from 2 April to 29 October.
        assert_eq!(et.offset(day("2006-04-01")), Some(-300));
        assert_eq!(et.offset(day("2006-04-02")), Some(-240));
        assert_eq!(et.offset(day("2006-10-29")), Some(-300));
        assert_eq!(et.offset(day("1969-07-20")), None);
        // A standard time's name on a summer day is the region's clock.
        assert_eq!(Zone::parse("EST").unwrap().offset(day("2023-06-22")), Some(-240));
        let uk = Zone::parse("UK time").unwrap();
        assert_eq!(uk.offset(day("2023-06-22")), Some(60));
        assert_eq!(uk.offset(day("2023-03-25")), Some(0));
        assert_eq!(uk.offset(day("2023-03-26")), Some(60));
        assert_eq!(uk.offset(day("2023-10-29")), Some(0));
        assert_eq!(Zone::parse("wib").unwrap().offset(day("1990-01-01")), Some(420));
    }

    #[test]
    fn hong_kong_time_is_english() {
        // "The fire was reported at 2.51pm HKT": Hong Kong's clock, which English news writes.
        let (zone, taken) = written(&["hkt"]).unwrap();
        assert_eq!((zone.name, taken), ("HKT", 1));
        assert!(capitals_only(zone));
        assert_eq!(zone.lang(), Some(Lang::En));
        assert_eq!(zone.offset(day("2025-11-26")), Some(480));
    }

    #[test]
    fn offsets_name_no_zone() {
        assert_eq!(Zone::parse("+07:00").unwrap().name, "UTC+07:00");
        assert_eq!(Zone::parse("UTC+8").unwrap().name, "UTC+08:00");
        assert_eq!(Zone::parse("+07:00").unwrap().offset(day("2023-01-01")), Some(420));
        // Shown as an offset, an offset keeps the language of the zone news writes on its
        // clock: an unzoned "pukul 02.28" in Indonesian is read on a "+07:00" canon's clock.
        assert_eq!(Zone::parse("+07:00").unwrap().lang(), Some(Lang::Id));
        assert_eq!(Zone::parse("+05:30").unwrap().lang(), Some(Lang::En));
        assert_eq!(Zone::parse("+03:00").unwrap().lang(), None);
        assert_eq!(Zone::parse("-04:00").unwrap().offset(day("2023-01-01")), Some(-240));
        assert_eq!(Zone::parse("+05:30").unwrap().name, "UTC+05:30");
        assert_eq!(Zone::parse("+07:15"), None);
        assert_eq!(Zone::parse("+25:00"), None);
        assert_eq!(Zone::parse("XYZ"), None);
        assert_eq!(Zone::parse(""), None);
    }

    #[test]
    fn instants_round_trip() {
        // 9:30 EDT is 20:30 WIB, and Monday 21:00 EDT is Tuesday in Jakarta.
        let at = instant(day("2024-07-29"), 9 * 60 + 30, -240);
        assert_eq!(local(at, 420), Some((day("2024-07-29"), 20 * 60 + 30)));
        let at = instant(day("2024-07-29"), 21 * 60, -240);
        assert_eq!(local(at, 420), Some((day("2024-07-30"), 8 * 60)));
        assert_eq!(local(instant(day("1912-04-15"), 140, 0), 0), Some((day("1912-04-15"), 140)));
    }

    #[test]
    fn twelve_hour_clocks_read_with_the_part_of_the_day() {
        let part = |w: &str| part_of_day(&[w]).unwrap().0;
        assert_eq!(hour_in_part(9, part("malam")), 21);
        assert_eq!(hour_in_part(2, part("malam")), 2);
        assert_eq!(hour_in_part(1, part("siang")), 13);
        assert_eq!(hour_in_part(11, part("siang")), 11);
        assert_eq!(hour_in_part(10, part("pagi")), 10);
        assert_eq!(hour_in_part(12, part("pagi")), 0);
        assert_eq!(hour_in_part(4, part("sore")), 16);
        assert_eq!(hour_in_part(7, part("evening")), 19);
        assert_eq!(hour_in_part(7, part("morning")), 7);
        assert_eq!(hour_in_part(20, part("malam")), 20);
        assert_eq!(part_of_day(&["dini", "hari", "tadi"]), Some((Minutes { from: 0, to: 299 }, 2)));
    }

    #[test]
    fn zones_as_articles_write_them() {
        assert_eq!(
            written(&["local", "time", "on"]).map(|(z, n)| (z.name, n)),
            Some(("local time", 2))
        );
        assert_eq!(written(&["wib"]).map(|(z, n)| (z.name, n)), Some(("WIB", 1)));
        assert_eq!(written(&["uk", "time"]).map(|(z, n)| (z.name, n)), Some(("UK time", 2)));
        assert_eq!(written(&["moscow", "time"]).map(|(z, _)| z.name), Some("MSK"));
        assert_eq!(written(&["eastern", "time"]).map(|(z, _)| z.name), Some("ET"));
        assert_eq!(written(&["time"]), None);
        assert_eq!(Zone::parse("WIT").unwrap().lang(), Some(Lang::Id));
        assert_eq!(Zone::parse("UTC").unwrap().lang(), None);
    }
}
