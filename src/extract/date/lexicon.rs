//! The words dates are made of, in Indonesian and English, as static tables.
//!
//! In: a lower-case word (as [`Scan::lower`](crate::extract::Scan::lower) gives it). Out: what
//! the word means to a date, if anything. Every table is sorted by its key (a unit test keeps
//! them sorted): the lists are searched by halving, the tables of words and meanings looked up
//! in a map of their words made on first use ([`Table`]).

use chrono::Weekday;

use std::sync::OnceLock;

use crate::extract::{STARTS_DATE, Scan};
use crate::token::TokenKind;
use crate::wordset::WordMap;

/// How a month is written, which decides where it may stand alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MonthForm {
    /// "Agustus", "september": a month in any case, even with no day or year beside it.
    Full,
    /// "Agt", "Sept": capitalized and beside a day or year only ("Jan" is also a name).
    Abbr,
    /// "May", "March": English verbs too, so capitalized only.
    Verb,
}

use MonthForm::{Abbr, Full, Verb};

pub(super) static MONTHS: Table<(u32, MonthForm)> = Table::new(&[
    ("agt", (8, Abbr)),
    ("agu", (8, Abbr)),
    ("agus", (8, Abbr)),
    ("agustus", (8, Full)),
    ("apr", (4, Abbr)),
    ("april", (4, Full)),
    ("aug", (8, Abbr)),
    ("august", (8, Full)),
    ("dec", (12, Abbr)),
    ("december", (12, Full)),
    ("des", (12, Abbr)),
    ("desember", (12, Full)),
    ("feb", (2, Abbr)),
    ("februari", (2, Full)),
    ("february", (2, Full)),
    ("jan", (1, Abbr)),
    ("januari", (1, Full)),
    ("january", (1, Full)),
    ("jul", (7, Abbr)),
    ("juli", (7, Full)),
    ("july", (7, Full)),
    ("jun", (6, Abbr)),
    ("june", (6, Full)),
    ("juni", (6, Full)),
    ("mar", (3, Abbr)),
    ("march", (3, Verb)),
    ("maret", (3, Full)),
    ("may", (5, Verb)),
    ("mei", (5, Full)),
    ("nop", (11, Abbr)),
    ("nov", (11, Abbr)),
    ("november", (11, Full)),
    ("oct", (10, Abbr)),
    ("october", (10, Full)),
    ("okt", (10, Abbr)),
    ("oktober", (10, Full)),
    ("peb", (2, Abbr)),
    ("pebruari", (2, Full)),
    ("sep", (9, Abbr)),
    ("sept", (9, Abbr)),
    ("september", (9, Full)),
]);

/// Weekdays; `true` for the English names, which count only when capitalized.
pub(super) static WEEKDAYS: Table<(Weekday, bool)> = Table::new(&[
    ("ahad", (Weekday::Sun, false)),
    ("friday", (Weekday::Fri, true)),
    ("jum'at", (Weekday::Fri, false)),
    ("jumat", (Weekday::Fri, false)),
    ("jum’at", (Weekday::Fri, false)),
    ("kamis", (Weekday::Thu, false)),
    ("minggu", (Weekday::Sun, false)),
    ("monday", (Weekday::Mon, true)),
    ("rabu", (Weekday::Wed, false)),
    ("sabtu", (Weekday::Sat, false)),
    ("saturday", (Weekday::Sat, true)),
    ("selasa", (Weekday::Tue, false)),
    ("senin", (Weekday::Mon, false)),
    ("sunday", (Weekday::Sun, true)),
    ("thursday", (Weekday::Thu, true)),
    ("tuesday", (Weekday::Tue, true)),
    ("wednesday", (Weekday::Wed, true)),
]);

/// The calendar units relative dates count in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Year,
    Month,
    Week,
    Day,
    /// Fourteen days: "a fortnight ago".
    Fortnight,
}

/// Unit nouns; `true` for the Indonesian ones, which take their direction after them
/// ("tahun lalu") where English puts it before ("last year").
pub(super) static UNITS: Table<(Unit, bool)> = Table::new(&[
    ("bln", (Unit::Month, true)),
    ("bulan", (Unit::Month, true)),
    ("day", (Unit::Day, false)),
    ("days", (Unit::Day, false)),
    ("fortnight", (Unit::Fortnight, false)),
    ("fortnights", (Unit::Fortnight, false)),
    ("hari", (Unit::Day, true)),
    ("minggu", (Unit::Week, true)),
    ("month", (Unit::Month, false)),
    ("months", (Unit::Month, false)),
    ("pekan", (Unit::Week, true)),
    ("tahun", (Unit::Year, true)),
    ("thn", (Unit::Year, true)),
    ("week", (Unit::Week, false)),
    ("weeks", (Unit::Week, false)),
    ("year", (Unit::Year, false)),
    ("years", (Unit::Year, false)),
    ("yr", (Unit::Year, false)),
    ("yrs", (Unit::Year, false)),
]);

/// Indonesian words after a unit: "tahun lalu" (-1), "tahun ini" (0), "tahun depan" (+1).
/// "sebelumnya" (the one before) is read against the article's date like "lalu".
pub(super) static ID_DIRECTIONS: Table<i32> = Table::new(&[
    ("depan", 1),
    ("ini", 0),
    ("kemarin", -1),
    ("lalu", -1),
    ("mendatang", 1),
    ("sebelumnya", -1),
    ("silam", -1),
]);

/// English words before a unit: "last year", "this year", "next year", "the previous year".
pub(super) static EN_DIRECTIONS: Table<i32> =
    Table::new(&[("current", 0), ("last", -1), ("next", 1), ("previous", -1), ("this", 0)]);

/// Words that are a day on their own.
pub(super) static DAY_WORDS: Table<i32> = Table::new(&[
    ("besok", 1),
    ("kemarin", -1),
    ("lusa", 2),
    ("today", 0),
    ("tomorrow", 1),
    ("yesterday", -1),
]);

/// Small numbers written as words, for "dua tahun lalu", "three weeks ago".
pub(super) static NUMBER_WORDS: Table<u32> = Table::new(&[
    ("delapan", 8),
    ("dua", 2),
    ("eight", 8),
    ("empat", 4),
    ("enam", 6),
    ("five", 5),
    ("four", 4),
    ("lima", 5),
    ("nine", 9),
    ("one", 1),
    ("satu", 1),
    ("sebelas", 11),
    ("sembilan", 9),
    ("sepuluh", 10),
    ("seven", 7),
    ("six", 6),
    ("ten", 10),
    ("three", 3),
    ("tiga", 3),
    ("tujuh", 7),
    ("two", 2),
]);

/// Days of the month said as English ordinal words, for "first of March", "March third 2015".
/// "twenty-first" … "thirty-first" are "twenty"/"thirty", a hyphen and a word below ten.
pub(super) static DAY_ORDINALS: Table<u32> = Table::new(&[
    ("eighteenth", 18),
    ("eighth", 8),
    ("eleventh", 11),
    ("fifteenth", 15),
    ("fifth", 5),
    ("first", 1),
    ("fourteenth", 14),
    ("fourth", 4),
    ("nineteenth", 19),
    ("ninth", 9),
    ("second", 2),
    ("seventeenth", 17),
    ("seventh", 7),
    ("sixteenth", 16),
    ("sixth", 6),
    ("tenth", 10),
    ("third", 3),
    ("thirteenth", 13),
    ("thirtieth", 30),
    ("twelfth", 12),
    ("twentieth", 20),
]);

/// One unit in a single word: "setahun lalu", "sepekan lalu".
pub(super) static ONE_UNIT_WORDS: Table<Unit> = Table::new(&[
    ("sebulan", Unit::Month),
    ("sehari", Unit::Day),
    ("seminggu", Unit::Week),
    ("sepekan", Unit::Week),
    ("setahun", Unit::Year),
]);

/// Vague counts: a unit after them is a duration ("beberapa hari lalu"), never "hari lalu".
pub(super) static VAGUE_COUNTS: &[&str] = &[
    "banyak", "beberapa", "belasan", "berapa", "few", "many", "puluhan", "ratusan", "sejumlah",
    "several",
];

/// Words before a year or a month that make it a date: "pada 2024", "sejak 2019", "in April".
/// `true` for those also read as "up to" before a count ("hingga 2000 orang"), which take only
/// years 1900–2100.
pub(super) static PREPOSITIONS: Table<bool> = Table::new(&[
    ("akhir", false),
    ("awal", false),
    ("during", false),
    ("early", false),
    ("hingga", true),
    ("in", false),
    ("jelang", false),
    ("late", false),
    ("medio", false),
    ("menjelang", false),
    ("mid", false),
    ("pada", false),
    ("pertengahan", false),
    ("sampai", true),
    ("sejak", false),
    ("selama", false),
    ("sepanjang", false),
    ("since", false),
    ("till", true),
    ("until", true),
]);

/// Nouns and units a number counts or measures: after one, "pada 2000" is a count
/// ("pada 2000 tentara"), not a year.
pub(super) static COUNTED: &[&str] = &[
    "anak",
    "buah",
    "cases",
    "casualties",
    "children",
    "civilians",
    "dolar",
    "dollars",
    "ekor",
    "hari",
    "jam",
    "jiwa",
    "juta",
    "kali",
    "kendaraan",
    "kg",
    "km",
    "korban",
    "meter",
    "miliar",
    "million",
    "orang",
    "pasukan",
    "pekerja",
    "penduduk",
    "pengungsi",
    "people",
    "percent",
    "persen",
    "personel",
    "prajurit",
    "refugees",
    "ribu",
    "rudal",
    "rumah",
    "rupiah",
    "soldiers",
    "tahun",
    "tentara",
    "thousand",
    "times",
    "ton",
    "troops",
    "unit",
    "units",
    "warga",
    "women",
    "workers",
    "years",
];

/// Capitalized words that may stand right before a weekday standing alone. After any other
/// capitalized word the weekday is taken as part of a name ("Pasar Minggu", "Good Friday").
pub(super) static WEEKDAY_LEADS: &[&str] = &[
    "by", "every", "hari", "hingga", "last", "next", "on", "pada", "sampai", "sejak", "setiap",
    "since", "this", "tiap", "until",
];

/// Capitalized words after a weekday that make a holy day's name ("Jumat Agung", "Rabu Abu").
pub(super) static HOLY_DAYS: &[&str] = &["abu", "agung", "palma", "paskah", "putih", "suci"];

/// Words before a weekday that make it no single past day: "next Friday", "setiap Jumat".
pub(super) static NOT_PAST_BEFORE: &[&str] =
    &["coming", "each", "every", "next", "setiap", "this", "tiap"];

/// Words after a weekday that make it no single past day: "Jumat depan", "Jumat ini".
pub(super) static NOT_PAST_AFTER: &[&str] = &["depan", "ini", "mendatang", "nanti"];

/// Token `i` can be the first token of a date: digits, or a word some reader starts with.
///
/// Most words start no date, and every reader looks words up in several tables; one look-up per
/// word spares the others (it makes the date parser about ten times faster). [`Scan::starts`]
/// has it for every word, with the number parser's.
pub(super) fn may_start_a_date(scan: &Scan, i: usize) -> bool {
    match scan.kind(i) {
        Some(TokenKind::Digits) => true,
        Some(TokenKind::Word) => scan.starts(i) & STARTS_DATE != 0,
        _ => false,
    }
}

/// Every word a date may start with.
pub(super) fn starters() -> Vec<&'static str> {
    let mut words = vec!["a", "an", "bulan", "hari", "tahun", "year"];
    words.extend(MONTHS.iter().map(|e| e.0));
    words.extend(WEEKDAYS.iter().map(|e| e.0));
    words.extend(UNITS.iter().map(|e| e.0));
    words.extend(EN_DIRECTIONS.iter().map(|e| e.0));
    words.extend(DAY_WORDS.iter().map(|e| e.0));
    words.extend(NUMBER_WORDS.iter().map(|e| e.0));
    words.extend(ONE_UNIT_WORDS.iter().map(|e| e.0));
    words.extend(DAY_ORDINALS.iter().map(|e| e.0));
    words.extend(["twenty", "thirty"]);
    words
}

/// `word`, in lower case, names a weekday or a month, in full or cut short ("saturday",
/// "sept", "agustus").
pub(in crate::extract) fn names_a_day_or_month(word: &str) -> bool {
    WEEKDAYS.find(word).is_some() || MONTHS.find(word).is_some()
}

/// The month `word`, in lower case, names, and whether it names it only when capitalised: a
/// month cut short ("jan", "sept") is also a name, and "may" and "march" are English verbs.
pub(in crate::extract) fn month(word: &str) -> Option<(u32, bool)> {
    MONTHS.find(word).map(|(month, form)| (month, form != MonthForm::Full))
}

/// A table of words and what they mean, sorted by word (a unit test keeps it so), looked up by
/// a map of its words made on first use: the tables are asked about every word a date may start
/// at, several each, and a hash answers sooner than halving the table.
pub(super) struct Table<T: 'static> {
    entries: &'static [(&'static str, T)],
    map: OnceLock<WordMap<&'static str, T>>,
}

impl<T: Copy> Table<T> {
    const fn new(entries: &'static [(&'static str, T)]) -> Table<T> {
        Table { entries, map: OnceLock::new() }
    }

    /// The value of `word`.
    #[inline]
    pub(super) fn find(&self, word: &str) -> Option<T> {
        let map = self.map.get_or_init(|| WordMap::new(self.entries.iter().copied()));
        map.get(word.as_bytes()).copied()
    }
}

impl<T> std::ops::Deref for Table<T> {
    type Target = [(&'static str, T)];

    fn deref(&self) -> &Self::Target {
        self.entries
    }
}

/// `word` is in a sorted list.
pub(super) fn has(list: &[&str], word: &str) -> bool {
    list.binary_search_by(|key| order(key, word)).is_ok()
}

/// The order of `key` and `word`, the order of `str`: their first bytes tell most pairs apart
/// without comparing the rest.
fn order(key: &str, word: &str) -> std::cmp::Ordering {
    let (key, word) = (key.as_bytes(), word.as_bytes());
    match (key.first(), word.first()) {
        (Some(a), Some(b)) if a != b => a.cmp(b),
        _ => key.cmp(word),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(name: &str, keys: impl Iterator<Item = &'static str>) {
        let keys: Vec<_> = keys.collect();
        for pair in keys.windows(2) {
            assert!(pair[0] < pair[1], "{name}: {:?} must come before {:?}", pair[1], pair[0]);
        }
    }

    /// A table's map finds what halving the sorted table finds: each word, and words near them.
    fn found_as_by_halving<T: Copy + PartialEq + std::fmt::Debug>(table: &Table<T>) {
        let halving = |word: &str| {
            table.binary_search_by(|(key, _)| key.cmp(&word)).ok().map(|at| table[at].1)
        };
        let near = |key: &str| {
            let cut = key.char_indices().last().map_or(0, |(at, _)| at);
            [key.to_string(), format!("{key}s"), key[..cut].to_string(), key.to_uppercase()]
        };
        let words = table.iter().flat_map(|(key, _)| near(key));
        for word in words.chain(["", "2024", "x"].map(String::from)) {
            assert_eq!(table.find(&word), halving(&word), "{word:?}");
        }
    }

    #[test]
    fn tables_find_what_halving_finds() {
        found_as_by_halving(&MONTHS);
        found_as_by_halving(&WEEKDAYS);
        found_as_by_halving(&UNITS);
        found_as_by_halving(&ID_DIRECTIONS);
        found_as_by_halving(&EN_DIRECTIONS);
        found_as_by_halving(&DAY_WORDS);
        found_as_by_halving(&NUMBER_WORDS);
        found_as_by_halving(&DAY_ORDINALS);
        found_as_by_halving(&ONE_UNIT_WORDS);
        found_as_by_halving(&PREPOSITIONS);
    }

    #[test]
    fn tables_are_sorted_and_unique() {
        sorted("MONTHS", MONTHS.iter().map(|e| e.0));
        sorted("WEEKDAYS", WEEKDAYS.iter().map(|e| e.0));
        sorted("UNITS", UNITS.iter().map(|e| e.0));
        sorted("ID_DIRECTIONS", ID_DIRECTIONS.iter().map(|e| e.0));
        sorted("EN_DIRECTIONS", EN_DIRECTIONS.iter().map(|e| e.0));
        sorted("DAY_WORDS", DAY_WORDS.iter().map(|e| e.0));
        sorted("NUMBER_WORDS", NUMBER_WORDS.iter().map(|e| e.0));
        sorted("ONE_UNIT_WORDS", ONE_UNIT_WORDS.iter().map(|e| e.0));
        sorted("DAY_ORDINALS", DAY_ORDINALS.iter().map(|e| e.0));
        sorted("PREPOSITIONS", PREPOSITIONS.iter().map(|e| e.0));
        for (name, list) in [
            ("VAGUE_COUNTS", VAGUE_COUNTS),
            ("COUNTED", COUNTED),
            ("WEEKDAY_LEADS", WEEKDAY_LEADS),
            ("HOLY_DAYS", HOLY_DAYS),
            ("NOT_PAST_BEFORE", NOT_PAST_BEFORE),
            ("NOT_PAST_AFTER", NOT_PAST_AFTER),
        ] {
            sorted(name, list.iter().copied());
        }
    }

    #[test]
    fn words_are_ordered_as_strings_are() {
        let tables = MONTHS.iter().map(|e| e.0).chain(WEEKDAYS.iter().map(|e| e.0));
        let words: Vec<&str> = tables.chain(["", "a", "ab", "b", "é", "jum’at"]).collect();
        for a in &words {
            for b in &words {
                assert_eq!(order(a, b), a.cmp(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn lookups_find_every_entry() {
        assert_eq!(MONTHS.find("agustus"), Some((8, Full)));
        assert_eq!(MONTHS.find("may"), Some((5, Verb)));
        assert_eq!(WEEKDAYS.find("jum’at"), Some((Weekday::Fri, false)));
        assert_eq!(MONTHS.find("agustusan"), None);
        assert!(has(COUNTED, "tentara"));
    }
}
