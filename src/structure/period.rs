//! Periods: the time a figure covers, as a sentence writes it.
//!
//! In: a sentence's words ([`Grammar`]) and its mentions, relative dates resolved. Out: every
//! period the sentence writes ([`Written`]): where it stands, the words that name its time, the
//! run of days it covers, and what the words around it make of it. Nothing here sees a claim:
//! which figure a period is of is for matching to say (`check::period`).
//!
//! A period is written as
//!
//! - a year or a month, as the date reader reads it: "pada 2024", "sepanjang tahun 2023",
//!   "selama 2024", "in March 2024", "throughout 2023", "tahun lalu", "last year", "tahun ini",
//!   "this year's"; a year alone after a word of time ("periode yang sama 2023");
//! - a part of a year: "semester I 2025", "semester I/2025", "semester II-2024", "kuartal I
//!   2022", "triwulan III tahun ini", "paruh pertama tahun ini", "enam bulan pertama di tahun
//!   2025", "the first half of 2025", "the third quarter of 2024", "H1 2025", "Q3-2024", "the
//!   first 11 months of 2023";
//! - a run of months or of years: "Januari-Maret 2024", "Januari–Maret 2024", "Januari hingga
//!   Maret 2024", "Januari s.d. Maret 2024", "dari Januari sampai Desember 2023", "January to
//!   August this year", "between January and June this year", "Desember 2023–Februari 2024",
//!   "2020-2024". A first month without its year is of the last month's year, or of the year
//!   before when it comes later in the year ("Desember–Februari 2024" starts in December 2023).
//!
//! Not a period (the figure keeps today's reading):
//!
//! - a day or a week: it dates a count or a report ("per 3 Mei", "pekan lalu");
//! - a date after "per", "hingga", "sampai", "until", "through", "by", "as of" (as of when
//!   something is counted: "hingga semester I 2025", "as of November 2024"), after "sejak",
//!   "since", "mulai", "sebelum", "setelah", "before", "after" (a time open at one end), after
//!   "awal", "akhir", "pertengahan", "early", "late", "mid", "the end of" (a part of the time the
//!   words do not bound), after "fiscal" (a fiscal year is no calendar year), or a year
//!   followed by "/" and a year (a season, "2023/2024");
//! - a date right after a number ("Nomor 6 Tahun 2023": the year of a law);
//! - a date a few words after a verb of saying or of publishing, in its clause ("data yang
//!   dirilis BPS pada Februari 2024": the time of the report).
//!
//! After a word of comparison ("dibandingkan 2022", "compared to 2022", "from last year", "than
//! in 2022") a period is the time of what a figure is compared with: [`Written::baseline`]. A
//! year between a determiner and a noun, or a possessive ("the 2023 agreement", "this year's
//! rice production"), dates that noun: [`Written::noun`].

use crate::mention::{DateValue, Mention, Period, Value};
use crate::span::Span;
use crate::structure::clause::{Grammar, SPEECH_VERBS};
use crate::structure::words::Word;

/// A period as a sentence writes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Written {
    /// The words of the period with the word that introduces it ("sepanjang 2023", "in the
    /// first half of 2025", "dari Januari hingga Maret 2024").
    pub span: Span,
    /// The words that name its time alone ("2023", "first half of 2025", "tahun lalu").
    pub time: Span,
    pub period: Period,
    /// Written after a word of comparison ("dibandingkan 2022", "compared to the previous
    /// year", "from last year"): the time of what a figure is compared with, which is never the
    /// time of a figure before it.
    pub baseline: bool,
    /// Written before a noun, which it dates ("the 2023 agreement", "this year's rice
    /// production"): the words of that noun.
    pub noun: Option<Span>,
}

/// Words that introduce a period, kept in its [`Written::span`].
const MARKERS: &[&str] = &[
    "pada",
    "sepanjang",
    "selama",
    "di",
    "dalam",
    "periode",
    "in",
    "during",
    "throughout",
    "for",
    "over",
];

/// Words after which a date is no period: as of when something is counted, a time open at one
/// end, a part of the time the words do not bound, a fiscal year.
const NOT_A_PERIOD: &[&str] = &[
    "per",
    "hingga",
    "sampai",
    "until",
    "till",
    "through",
    "thru",
    "by",
    "sd",
    "sejak",
    "since",
    "mulai",
    "starting",
    "sebelum",
    "setelah",
    "sesudah",
    "pasca",
    "jelang",
    "menjelang",
    "before",
    "after",
    "prior",
    "ahead",
    "awal",
    "akhir",
    "pertengahan",
    "early",
    "late",
    "mid",
    "end",
    "beginning",
    "start",
    "middle",
    "close",
    "fiscal",
    "anggaran",
];

/// Words of comparison: a period after them is the time of what a figure is compared with.
const COMPARED: &[&str] = &[
    "dibanding",
    "dibandingkan",
    "ketimbang",
    "daripada",
    "dari",
    "than",
    "from",
    "compared",
    "versus",
    "vs",
];

/// Verbs of publishing: a date a few words after one dates the report, as after a verb of saying.
const PUBLISHED: &[&str] = &[
    "dirilis",
    "merilis",
    "dipublikasikan",
    "diumumkan",
    "dilaporkan",
    "diterbitkan",
    "released",
    "published",
    "issued",
];

/// Words after which a year written alone, with no date read there, is a time.
const YEAR_AFTER: &[&str] = &[
    "sama",
    "periode",
    "period",
    "tahun",
    "year",
    "sepanjang",
    "selama",
    "pada",
    "di",
    "during",
    "throughout",
];

/// Every period the sentence of `grammar` writes, in order. `text` is the article's text;
/// `mentions` the sentence's, with relative dates resolved.
pub fn read(text: &str, grammar: &Grammar, mentions: &[Mention]) -> Vec<Written> {
    let reader = Reader::new(text, &grammar.words, mentions);
    let mut out = Vec::new();
    let mut i = 0;
    while i < reader.pieces.len() {
        match reader.at(i) {
            Some((written, last)) => {
                out.extend(written);
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// A word of the sentence, or a part of one joined by a hyphen ("januari-maret", "i-2025",
/// "2020-2024" are three pieces each, the hyphen one of them).
struct Piece<'t> {
    span: Span,
    lower: &'t str,
    mark: Option<char>,
    capital: bool,
}

impl Piece<'_> {
    fn is(&self, word: &str) -> bool {
        self.mark.is_none() && self.lower == word
    }

    fn is_any(&self, words: &[&str]) -> bool {
        self.mark.is_none() && words.contains(&self.lower)
    }

    fn is_mark(&self, marks: &[char]) -> bool {
        self.mark.is_some_and(|m| marks.contains(&m))
    }
}

/// A date read by the date reader, over pieces `first..=last`.
struct Date {
    first: usize,
    last: usize,
    value: DateValue,
}

struct Reader<'t> {
    pieces: Vec<Piece<'t>>,
    dates: Vec<Date>,
}

impl<'t> Reader<'t> {
    fn new(text: &str, words: &'t [Word<'t>], mentions: &[Mention]) -> Reader<'t> {
        let mut pieces = Vec::with_capacity(words.len());
        for w in words {
            let lower = w.lower();
            // Only a word of ASCII is split: its pieces' places are then its bytes'.
            if w.mark.is_some() || !lower.contains('-') || !lower.is_ascii() {
                pieces.push(Piece { span: w.span, lower, mark: w.mark, capital: w.capital });
                continue;
            }
            let mut at = w.span.start;
            for (n, part) in lower.split('-').enumerate() {
                if n > 0 {
                    pieces.push(Piece {
                        span: Span::new(at, at + 1),
                        lower: "",
                        mark: Some('-'),
                        capital: false,
                    });
                    at += 1;
                }
                let span = Span::new(at, at + part.len());
                let capital =
                    text.get(span.range()).is_some_and(|p| p.starts_with(char::is_uppercase));
                pieces.push(Piece { span, lower: part, mark: None, capital });
                at += part.len();
            }
        }
        let holding = |at: usize| pieces.iter().position(|p| p.span.start <= at && at < p.span.end);
        let dates = mentions
            .iter()
            .filter_map(|m| {
                let Value::Date(date) = &m.value else { return None };
                let first = holding(m.span.start)?;
                let last = holding(m.span.end.checked_sub(1)?)?;
                Some(Date { first, last, value: date.value? })
            })
            .collect();
        Reader { pieces, dates }
    }

    fn piece(&self, i: usize) -> Option<&Piece<'t>> {
        self.pieces.get(i)
    }

    /// The date the date reader read starting at piece `i`.
    fn date_at(&self, i: usize) -> Option<&Date> {
        self.dates.iter().find(|d| d.first == i)
    }

    /// The year written at piece `i`: four digits, 1900 to 2100.
    fn year(&self, i: usize) -> Option<i32> {
        let p = self.piece(i)?;
        let digits =
            p.mark.is_none() && p.lower.len() == 4 && p.lower.bytes().all(|b| b.is_ascii_digit());
        digits.then(|| p.lower.parse().ok()).flatten().filter(|y| (1900..=2100).contains(y))
    }

    /// The month named at piece `i` (a month cut short, or "May", only capitalised).
    fn month(&self, i: usize) -> Option<u32> {
        let p = self.piece(i).filter(|p| p.mark.is_none())?;
        let (month, needs_capital) = crate::extract::month(p.lower)?;
        (!needs_capital || p.capital).then_some(month)
    }

    /// A year at piece `i`: written as a year ("2025", "tahun 2025"), or a date of a year the
    /// date reader read ("tahun ini", "last year"). The last piece, and the year.
    fn year_ref(&self, i: usize) -> Option<(usize, i32)> {
        if let Some(d) = self.date_at(i) {
            return match d.value {
                DateValue::Year(y) => Some((d.last, y)),
                _ => None,
            };
        }
        if let Some(y) = self.year(i) {
            return Some((i, y));
        }
        let p = self.piece(i)?;
        if p.is_any(&["tahun", "year"]) {
            return self.year(i + 1).map(|y| (i + 1, y));
        }
        None
    }

    /// The period written from piece `i`, with the piece it ends at; `None` when none starts
    /// there. A period that starts there and is no period of a figure ([`NOT_A_PERIOD`], …)
    /// gives `Some((None, last))`: its words are passed over.
    fn at(&self, i: usize) -> Option<(Option<Written>, usize)> {
        const OPENERS: &[&str] = &["dari", "from", "sejak", "since", "mulai", "antara", "between"];
        let opener = self.piece(i).is_some_and(|p| p.is_any(OPENERS));
        if opener && let Some((last, period)) = self.range(i + 1) {
            return Some((self.written(i, i + 1, last, period, true), last));
        }
        let (last, period) =
            self.part_of_year(i).or_else(|| self.range(i)).or_else(|| self.single(i))?;
        Some((self.written(i, i, last, period, false), last))
    }

    /// A part of a year from piece `i`: a half, a quarter, the first months. The piece it
    /// ends at, and the period.
    fn part_of_year(&self, i: usize) -> Option<(usize, Period)> {
        let p = self.piece(i)?;
        // "H1 2025", "Q3-2024".
        let short = |letter: char, parts: u32| {
            let rest = p.lower.strip_prefix(letter)?;
            let n: u32 = rest.parse().ok().filter(|n| (1..=parts).contains(n))?;
            let (last, year) = self.year_ref(self.after_separator(i + 1))?;
            Some((last, n, year))
        };
        if let Some((last, n, year)) = short('h', 2) {
            return Some((last, half(year, n)));
        }
        if let Some((last, n, year)) = short('q', 4) {
            return Some((last, quarter(year, n)));
        }
        // "semester I 2025", "kuartal II-2025", "triwulan III tahun ini".
        let parts = if p.is_any(&["semester", "smt"]) {
            2
        } else if p.is_any(&["kuartal", "kwartal", "triwulan"]) {
            4
        } else {
            0
        };
        if parts > 0 {
            let n = ordinal(self.piece(i + 1)?).filter(|n| *n <= parts)?;
            let (last, year) = self.year_ref(self.after_separator(i + 2))?;
            return Some((last, part(year, n, parts)));
        }
        // "paruh pertama tahun ini", "paruh kedua 2024".
        if p.is("paruh") {
            let n = ordinal(self.piece(i + 1)?).filter(|n| *n <= 2)?;
            let (last, year) = self.year_ref(i + 2)?;
            return Some((last, half(year, n)));
        }
        let next = self.piece(i + 1)?;
        // "enam bulan pertama di tahun 2025", "sepuluh bulan pertama 2023".
        if let Some(months) = count(p)
            && next.is("bulan")
            && self.piece(i + 2).is_some_and(|w| w.is("pertama"))
        {
            let on = self.piece(i + 3).is_some_and(|w| w.is_any(&["di", "pada"]));
            let (last, year) = self.year_ref(i + 3 + usize::from(on))?;
            return Some((last, months_from(year, 1, months)));
        }
        // "the first 11 months of 2023", "the first six months of 2025".
        if p.is("first")
            && let Some(months) = count(next)
            && self.piece(i + 2).is_some_and(|w| w.is_any(&["months", "month"]))
            && self.piece(i + 3).is_some_and(|w| w.is("of"))
        {
            let (last, year) = self.year_ref(i + 4)?;
            return Some((last, months_from(year, 1, months)));
        }
        // "the first half of 2025", "the third quarter of 2024".
        let n = ordinal(p)?;
        let parts = if next.is("half") {
            2
        } else if next.is("quarter") {
            4
        } else {
            return None;
        };
        let of = usize::from(self.piece(i + 2).is_some_and(|w| w.is("of")));
        let (last, year) = self.year_ref(i + 2 + of)?;
        (n <= parts).then(|| (last, part(year, n, parts)))
    }

    /// Piece `i`, or the piece after it when it is a "/" or "-" between a part and its year.
    fn after_separator(&self, i: usize) -> usize {
        if self.piece(i).is_some_and(|p| p.is_mark(&['/', '-', '–'])) { i + 1 } else { i }
    }

    /// A run of months or of years from piece `i`: the piece it ends at, and the period.
    fn range(&self, i: usize) -> Option<(usize, Period)> {
        let between = i > 0 && self.piece(i - 1).is_some_and(|p| p.is_any(&["antara", "between"]));
        // The first month, with its year when written; or the first year.
        let (month, year, next) = if let Some(m) = self.month(i) {
            match self.date_at(i) {
                Some(Date { last, value: DateValue::Month(y, _), .. }) if *last > i => {
                    (Some(m), Some(*y), last + 1)
                }
                _ => match self.year(i + 1) {
                    Some(y) => (Some(m), Some(y), i + 2),
                    None => (Some(m), None, i + 1),
                },
            }
        } else if let Some(y) = self.year(i) {
            (None, Some(y), i + 1)
        } else {
            // "tahun 2020-2024": the first year as the date reader read it.
            match self.date_at(i) {
                Some(Date { last, value: DateValue::Year(y), .. }) => (None, Some(*y), last + 1),
                _ => return None,
            }
        };
        let end = self.join(next, between)?;
        let period = match month {
            Some(first) => {
                let (last_piece, last_year, last_month) = match self.date_at(end) {
                    Some(Date { last, value: DateValue::Month(y, m), .. }) => (*last, *y, *m),
                    _ => {
                        let m = self.month(end)?;
                        let (last, y) = self.year_ref(end + 1)?;
                        (last, y, m)
                    }
                };
                let first_year =
                    year.unwrap_or(if first <= last_month { last_year } else { last_year - 1 });
                let period = Period {
                    first: DateValue::month(first_year, first)?,
                    last: DateValue::month(last_year, last_month)?,
                };
                (last_piece, period)
            }
            None => {
                let (first, last) = (year?, self.year(end)?);
                if !(first < last && last - first <= 50) {
                    return None;
                }
                (end, Period { first: DateValue::Year(first), last: DateValue::Year(last) })
            }
        };
        period.1.days().map(|_| period)
    }

    /// The piece after the word or mark that joins a run's two ends at piece `i`: a dash,
    /// "hingga", "sampai", "s.d.", "s/d", "to", "through", "until"; "dan", "and" after "antara",
    /// "between".
    fn join(&self, i: usize, between: bool) -> Option<usize> {
        let p = self.piece(i)?;
        if p.is_mark(&['-', '–', '—'])
            || p.is_any(&["hingga", "sampai", "sd", "to", "through", "thru", "until", "till"])
            || (between && p.is_any(&["dan", "and"]))
        {
            return Some(i + 1);
        }
        // "s.d." and "s/d": "s", a mark, "d", and a closing point.
        let d = self.piece(i + 2);
        if p.is("s")
            && self.piece(i + 1).is_some_and(|m| m.is_mark(&['.', '/']))
            && d.is_some_and(|d| d.is("d"))
        {
            let point = self.piece(i + 3).is_some_and(|m| m.is_mark(&['.']));
            return Some(i + 3 + usize::from(point));
        }
        None
    }

    /// A date of a year or a month starting at piece `i`, or a year written alone after a word
    /// of time ([`YEAR_AFTER`]).
    fn single(&self, i: usize) -> Option<(usize, Period)> {
        if let Some(d) = self.date_at(i) {
            return match d.value {
                DateValue::Year(_) | DateValue::Month(..) => Some((d.last, Period::of(d.value))),
                _ => None,
            };
        }
        let before = |back: usize| i.checked_sub(back).and_then(|k| self.piece(k));
        // "dibanding 2022", "dibandingkan dengan 2022", "compared to 2022".
        let compared = before(1)
            .is_some_and(|p| p.is_any(&["dibanding", "dibandingkan", "ketimbang"]))
            || before(1).is_some_and(|p| p.is_any(&["dengan", "to", "with"]))
                && before(2).is_some_and(|p| p.is_any(&["dibanding", "dibandingkan", "compared"]));
        // "the 2023 agreement", "Indonesia's 2023 exports": a year before a noun, which it dates.
        let determined = before(1).is_some_and(|p| p.is_any(DETERMINERS) || possessive(p));
        let after_time_word =
            before(1).is_some_and(|p| p.is_any(YEAR_AFTER)) || compared || determined;
        let year = self.year(i).filter(|_| after_time_word)?;
        Some((i, Period::of(DateValue::Year(year))))
    }

    /// The period of pieces `first..=last`, whose time starts at piece `time` (after an
    /// opener), as the words around it make it: `None` when they make it no period of a figure.
    fn written(
        &self,
        first: usize,
        time: usize,
        last: usize,
        period: Period,
        opened: bool,
    ) -> Option<Written> {
        let pieces = &self.pieces;
        // The word before, past a determiner: what introduces the period.
        let determiner = |k: usize| pieces[k].is_any(&["the", "a"]);
        let mut k = first;
        while k > 0 && determiner(k - 1) {
            k -= 1;
        }
        let before = k.checked_sub(1).map(|b| &pieces[b]);
        let before2 = k.checked_sub(2).map(|b| &pieces[b]);
        let next = pieces.get(last + 1);
        if !opened {
            if before.is_some_and(|b| b.is_any(NOT_A_PERIOD)) {
                return None;
            }
            // "as of November 2024", "by the end of 2024".
            if before.is_some_and(|b| b.is("of"))
                && before2.is_some_and(|b| b.is("as") || b.is_any(NOT_A_PERIOD))
            {
                return None;
            }
            // "Nomor 6 Tahun 2023": the year of a law.
            if before.is_some_and(|b| {
                b.mark.is_none() && b.lower.starts_with(|c: char| c.is_ascii_digit())
            }) {
                return None;
            }
        }
        // "2023/2024": a season, or a fiscal year across two.
        if next.is_some_and(|n| n.is_mark(&['/'])) && self.year(last + 2).is_some() {
            return None;
        }
        // A verb of saying or publishing a few words before, in the clause: the time of the
        // report.
        // What is said after "bahwa", "that" is no report's time: "melaporkan bahwa sepanjang
        // tahun 2024, …".
        let reported = pieces[..k]
            .iter()
            .rev()
            .take(4)
            .take_while(|p| !p.is_mark(&[',', ';', '(', ')']) && !p.is_any(&["bahwa", "that"]))
            .any(|p| p.is_any(SPEECH_VERBS) || p.is_any(PUBLISHED));
        if reported {
            return None;
        }
        // "dibandingkan periode yang sama 2023", "compared to the same period in 2022".
        const PASSING: &[&str] = &[
            "periode", "yang", "sama", "tahun", "dengan", "period", "same", "the", "of", "in",
            "to", "with", "year",
        ];
        let compared = pieces[..k].iter().rev().find(|p| !p.is_any(PASSING));
        let baseline = compared.is_some_and(|p| p.is_any(COMPARED));
        // "the 2023 agreement", "this year's rice production": a date that dates a noun.
        let single = !opened && (self.date_at(first).is_some() || self.year(first).is_some());
        let determined = single
            && first > 0
            && (pieces[first - 1].is_any(DETERMINERS) || possessive(&pieces[first - 1]));
        let before_noun = next.is_some_and(|n| n.mark.is_none() && !n.is_any(MARKERS));
        let noun = (possessive(&pieces[last]) || determined && before_noun)
            .then(|| {
                let words: Vec<&Piece> =
                    pieces[last + 1..].iter().take_while(|p| p.mark.is_none()).take(3).collect();
                Some(words.first()?.span.cover(words.last()?.span))
            })
            .flatten();
        let introduced = before.filter(|b| b.is_any(MARKERS)).map(|b| b.span.start);
        let start = introduced.unwrap_or(pieces[first].span.start).min(pieces[first].span.start);
        Some(Written {
            span: Span::new(start, pieces[last].span.end),
            time: Span::new(pieces[time].span.start, pieces[last].span.end),
            period,
            baseline,
            noun,
        })
    }
}

/// Words before a noun that a date between them and the noun dates: "the 2023 agreement".
const DETERMINERS: &[&str] = &["the", "this", "its", "their", "his", "her", "our"];

/// A possessive: "year's", "Indonesia’s" (an apostrophe joins the "s" to its word).
fn possessive(p: &Piece) -> bool {
    p.mark.is_none() && (p.lower.ends_with("'s") || p.lower.ends_with("’s"))
}

/// A part's number: "I" to "IV", 1 to 4, "pertama" to "keempat", "first" to "fourth", "1st" to
/// "4th".
fn ordinal(p: &Piece) -> Option<u32> {
    const ROMAN: [&str; 4] = ["i", "ii", "iii", "iv"];
    const SUFFIXED: [&str; 4] = ["1st", "2nd", "3rd", "4th"];
    if p.mark.is_some() {
        return None;
    }
    let nth = |list: [&str; 4]| list.iter().position(|w| *w == p.lower).map(|k| k as u32 + 1);
    (nth(ROMAN).or_else(|| nth(SUFFIXED)))
        .or_else(|| p.lower.parse().ok())
        .or_else(|| crate::extract::ordinal_word(p.lower))
        .filter(|n| (1..=4).contains(n))
}

/// How many months: 2 to 12, in digits or a word of either language.
fn count(p: &Piece) -> Option<u32> {
    if p.mark.is_some() {
        return None;
    }
    let n = p.lower.parse().ok().or_else(|| crate::extract::small_number_word(p.lower))?;
    (2..=12).contains(&n).then_some(n)
}

/// The `n`-th half (`parts` 2) or quarter (`parts` 4) of `year`.
fn part(year: i32, n: u32, parts: u32) -> Period {
    let months = 12 / parts;
    months_from(year, months * (n - 1) + 1, months * n)
}

fn half(year: i32, n: u32) -> Period {
    part(year, n, 2)
}

fn quarter(year: i32, n: u32) -> Period {
    part(year, n, 4)
}

/// Months `first` to `last` of `year`.
fn months_from(year: i32, first: u32, last: u32) -> Period {
    Period { first: DateValue::Month(year, first), last: DateValue::Month(year, last) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Aliases, extract, resolve_dates};
    use crate::lang::Lang;
    use chrono::NaiveDate;

    /// Each period `text` writes, as "words: period", with a mark for a baseline ("<") and a
    /// dated noun ("noun: words"); relative dates resolved against `date`.
    fn periods(text: &str, lang: Lang, date: &str) -> Vec<String> {
        let mut mentions = extract(text, lang, &Aliases::default());
        resolve_dates(&mut mentions, NaiveDate::parse_from_str(date, "%Y-%m-%d").ok());
        let grammar = Grammar::read(text, Span::new(0, text.len()), &mentions, lang);
        read(text, &grammar, &mentions)
            .iter()
            .map(|w| {
                let mut out = format!("{}: {}", &text[w.span.range()], w.period);
                if w.baseline {
                    out.push_str(" <");
                }
                if let Some(noun) = w.noun {
                    out.push_str(&format!(" (noun: {})", &text[noun.range()]));
                }
                out
            })
            .collect()
    }

    fn assert_periods(cases: &[(&str, Lang, &[&str])]) {
        for &(text, lang, expected) in cases {
            assert_eq!(periods(text, lang, "2025-02-03"), expected, "{text}");
        }
    }

    #[test]
    fn a_year_or_a_month_is_a_period() {
        assert_periods(&[
            ("Indonesia mengirim 1.200 pekerja pada 2024.", Lang::Id, &["pada 2024: 2024"]),
            (
                "Ekspor sepanjang tahun 2023 mencapai 5 juta ton.",
                Lang::Id,
                &["sepanjang tahun 2023: 2023"],
            ),
            ("Selama 2024, 11 juta wisatawan datang.", Lang::Id, &["Selama 2024: 2024"]),
            ("Tahun lalu, 300 orang tewas.", Lang::Id, &["Tahun lalu: 2024"]),
            ("Pada Maret 2024 ada 50 kasus.", Lang::Id, &["Pada Maret 2024: 2024-03"]),
            ("They sent 1,200 workers in 2024.", Lang::En, &["in 2024: 2024"]),
            ("Throughout 2023, exports rose.", Lang::En, &["Throughout 2023: 2023"]),
            ("Last year 300 people died.", Lang::En, &["Last year: 2024"]),
            ("This year 200 people died.", Lang::En, &["This year: 2025"]),
            // What is said after "bahwa" is no report's time.
            (
                "P2MI melaporkan bahwa sepanjang tahun 2024, sebanyak 10.111 orang diberangkatkan.",
                Lang::Id,
                &["sepanjang tahun 2024: 2024"],
            ),
            // A year alone after a word of time, where the date reader read a count.
            (
                "Produksi turun dibandingkan periode yang sama 2023 sebesar 53,98 juta ton.",
                Lang::Id,
                &["2023: 2023 <"],
            ),
        ]);
    }

    #[test]
    fn a_part_of_a_year_is_a_period() {
        assert_periods(&[
            (
                "Investasi semester I 2025 mencapai Rp942 triliun.",
                Lang::Id,
                &["semester I 2025: 2025-01/2025-06"],
            ),
            (
                "Investasi pada semester I/2025 naik.",
                Lang::Id,
                &["pada semester I/2025: 2025-01/2025-06"],
            ),
            ("Investasi kuartal II-2025 naik.", Lang::Id, &["kuartal II-2025: 2025-04/2025-06"]),
            (
                "Ekspor pada kuartal I 2022 berjumlah 115 juta kg.",
                Lang::Id,
                &["pada kuartal I 2022: 2022-01/2022-03"],
            ),
            (
                "El Nino pada semester II-2023 kuat.",
                Lang::Id,
                &["pada semester II-2023: 2023-07/2023-12"],
            ),
            (
                "Ekspor triwulan III tahun ini naik.",
                Lang::Id,
                &["triwulan III tahun ini: 2025-07/2025-09"],
            ),
            (
                "Panen paruh pertama tahun ini naik.",
                Lang::Id,
                &["paruh pertama tahun ini: 2025-01/2025-06"],
            ),
            (
                "Investasi enam bulan pertama di tahun 2025 naik.",
                Lang::Id,
                &["enam bulan pertama di tahun 2025: 2025-01/2025-06"],
            ),
            (
                "Exports rose in the first half of 2025.",
                Lang::En,
                &["in the first half of 2025: 2025-01/2025-06"],
            ),
            (
                "Exports rose in the third quarter of 2024.",
                Lang::En,
                &["in the third quarter of 2024: 2024-07/2024-09"],
            ),
            ("Exports rose in H1 2025.", Lang::En, &["in H1 2025: 2025-01/2025-06"]),
            ("Exports rose in Q3-2024.", Lang::En, &["in Q3-2024: 2024-07/2024-09"]),
            (
                "It received 10 million tourists in the first 11 months of 2023.",
                Lang::En,
                &["in the first 11 months of 2023: 2023-01/2023-11"],
            ),
        ]);
    }

    #[test]
    fn a_run_of_months_or_years_is_a_period() {
        assert_periods(&[
            (
                "Pada Januari-Maret 2024, ekspor 300 ton.",
                Lang::Id,
                &["Pada Januari-Maret 2024: 2024-01/2024-03"],
            ),
            (
                "Pada periode Januari – April 2024 ini produksi turun.",
                Lang::Id,
                &["periode Januari – April 2024: 2024-01/2024-04"],
            ),
            (
                "Sepanjang Januari—Desember 2024, produksi 53 juta ton.",
                Lang::Id,
                &["Sepanjang Januari—Desember 2024: 2024-01/2024-12"],
            ),
            (
                "Nilai ekspor pada Januari hingga Maret 2023 naik.",
                Lang::Id,
                &["pada Januari hingga Maret 2023: 2023-01/2023-03"],
            ),
            (
                "Realisasi Januari s.d. Maret 2024 naik.",
                Lang::Id,
                &["Januari s.d. Maret 2024: 2024-01/2024-03"],
            ),
            (
                "Dari Januari sampai Desember 2023 ada 11,7 juta kunjungan.",
                Lang::Id,
                &["Dari Januari sampai Desember 2023: 2023-01/2023-12"],
            ),
            (
                "Musim hujan Desember–Februari 2024 panjang.",
                Lang::Id,
                &["Desember–Februari 2024: 2023-12/2024-02"],
            ),
            (
                "Pada Desember 2023 hingga Februari 2024 hujan.",
                Lang::Id,
                &["Pada Desember 2023 hingga Februari 2024: 2023-12/2024-02"],
            ),
            ("Korban pada periode 2020-2024 turun.", Lang::Id, &["periode 2020-2024: 2020/2024"]),
            (
                "Output in January to August this year fell.",
                Lang::En,
                &["in January to August this year: 2025-01/2025-08"],
            ),
            (
                "Output will reach 18 million tons between January and June this year.",
                Lang::En,
                &["between January and June this year: 2025-01/2025-06"],
            ),
            (
                "From January to March 2024, 50 cases were reported.",
                Lang::En,
                &["From January to March 2024: 2024-01/2024-03"],
            ),
        ]);
    }

    #[test]
    fn a_date_of_a_count_a_report_or_an_open_time_is_no_period() {
        assert_periods(&[
            ("Hingga Maret 2024, 300 pekerja dikirim.", Lang::Id, &[]),
            ("Realisasi investasi hingga semester I 2025 tercatat Rp942 triliun.", Lang::Id, &[]),
            ("Data per Desember 2023 mencatat 1,14 juta kunjungan.", Lang::Id, &[]),
            ("As of November 2024, 272,164 workers have been deployed.", Lang::En, &[]),
            ("By the end of 2024, 300 had died.", Lang::En, &[]),
            ("Sejak 2020, 918.905 PMI ditempatkan.", Lang::Id, &[]),
            ("Since 2020, 900 workers left.", Lang::En, &[]),
            ("Pada akhir 2024 ada 300 kasus.", Lang::Id, &[]),
            ("Pada awal 2024 ada 300 kasus.", Lang::Id, &[]),
            ("In fiscal year 2024 the budget grew.", Lang::En, &[]),
            ("Undang-Undang Nomor 6 Tahun 2023 berlaku.", Lang::Id, &[]),
            ("Musim tanam 2023/2024 ada 300 ribu hektare.", Lang::Id, &[]),
            (
                "Data yang dirilis BPS pada Februari 2024 menunjukkan 11,68 juta kunjungan.",
                Lang::Id,
                &[],
            ),
            // A day or a week dates a count or a report.
            ("Pada Senin (3/2/2025), 300 orang tewas.", Lang::Id, &[]),
            ("Pekan lalu 300 orang tewas.", Lang::Id, &[]),
        ]);
    }

    #[test]
    fn a_period_after_a_comparison_is_a_baseline_and_one_before_a_noun_dates_it() {
        assert_periods(&[
            ("Ekspor melonjak 62,33% dibanding 2022.", Lang::Id, &["2022: 2022 <"]),
            ("Naik dibandingkan dengan 2022.", Lang::Id, &["2022: 2022 <"]),
            ("Output fell 2.43% from last year.", Lang::En, &["last year: 2024 <"]),
            ("It rose compared to the same period in 2022.", Lang::En, &["in 2022: 2022 <"]),
            (
                "Exports surged by over 250% compared to the previous year.",
                Lang::En,
                &["previous year: 2024 <"],
            ),
            (
                "This year's rice production is estimated to reach 30.9 million tonnes.",
                Lang::En,
                &["This year's: 2025 (noun: rice production is)"],
            ),
            (
                "Under the 2023 agreement, 1,200 workers left.",
                Lang::En,
                &["2023: 2023 (noun: agreement)"],
            ),
            (
                "Indonesia's 2023 exports rose to 5 million tons.",
                Lang::En,
                &["2023: 2023 (noun: exports rose to)"],
            ),
            // A figure between the two: the earlier count's time is its own.
            (
                "Naik dari 900 pada 2023 menjadi 1.200 pada 2024.",
                Lang::Id,
                &["pada 2023: 2023", "pada 2024: 2024"],
            ),
        ]);
    }
}
