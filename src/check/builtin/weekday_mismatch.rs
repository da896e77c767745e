//! `weekday-mismatch`: a weekday that disagrees with the date written beside it.
//!
//! ## What it flags
//! A weekday followed by its date, as news agencies write them ("Senin (29/4/2025)",
//! "on Thursday (21 August)"), where the date fell on another day of the week. The date is read
//! as extraction resolved it: a date without a year ("Sabtu (26/4)") takes the year of the
//! article's date.
//!
//! ## Why it matters
//! A wrong weekday is the commonest slip in dated reporting, and it is rarely harmless: one of
//! the two is wrong, and readers cannot tell which. It often betrays a time-zone shift (a KCNA
//! statement of Monday morning in Pyongyang is Sunday in Europe) or a date copied from another
//! report.
//!
//! ## Example
//! ```text
//! …kata komisi tersebut, dikutip KCNA, Senin (29/4/2025).
//! ```
//! 29 April 2025 was a Tuesday: `discrepant`, found `monday`, expected `tuesday`, message
//! `2025-04-29 was a tuesday, not a monday`.
//!
//! Every weekday that has a full date beside it gets a finding, so that a reviewer sees the
//! check ran:
//! - they agree: `consistent`, message `2025-08-21 was a thursday`;
//! - they disagree: `discrepant`, message `2025-04-29 was a tuesday, not a monday`;
//! - the date beside it cannot be resolved (no year, and the article has no date):
//!   `unresolved`, message `the date beside "Sabtu" could not be resolved`;
//! - the date beside it names no day there is ("Minggu (29/2/2018)": 2018 was no leap year; "30/2",
//!   "31/4"): `discrepant`, message `"29/2/2018" names no day there is`. One of the two is wrong,
//!   as with any mismatch.
//!
//! A weekday standing alone ("pada hari Rabu"), or beside a date coarser than a day ("Senin pekan
//! lalu"), has nothing to be checked against and gets no finding. Weekdays in ignored lines are
//! passed over. The span is the weekday's own word.

use chrono::Datelike;

use crate::check::Context;
use crate::finding::{Finding, Status};
use crate::mention::{DateValue, Value, weekday_name};

const NAME: &str = "weekday-mismatch";

pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    for mention in &cx.reading.mentions {
        let Value::Weekday(weekday) = &mention.value else { continue };
        if cx.is_ignored(mention.span) {
            continue;
        }
        let said = weekday_name(weekday.day);
        if let Some(void) = weekday.beside_void {
            out.push(Finding {
                check: NAME.to_string(),
                status: Status::Discrepant,
                span: mention.span,
                found: said.to_string(),
                expected: String::new(),
                message: format!(
                    "\"{}\" names no day there is",
                    cx.text.get(void.range()).unwrap_or("")
                ),
            });
            continue;
        }
        if weekday.beside.is_none() {
            continue;
        }
        let (status, expected, message) = match weekday.date {
            Some(DateValue::Day(date)) => {
                let actual = weekday_name(date.weekday());
                let date = DateValue::Day(date);
                if actual == said {
                    (Status::Consistent, actual.to_string(), format!("{date} was a {actual}"))
                } else {
                    (
                        Status::Discrepant,
                        actual.to_string(),
                        format!("{date} was a {actual}, not a {said}"),
                    )
                }
            }
            // A year, a month or a week: no single day to compare with.
            Some(_) => continue,
            None => (
                Status::Unresolved,
                String::new(),
                format!("the date beside \"{}\" could not be resolved", mention.text(cx.text)),
            ),
        };
        out.push(Finding {
            check: NAME.to_string(),
            status,
            span: mention.span,
            found: said.to_string(),
            expected,
            message,
        });
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, Weekday};
    use rstest::rstest;

    use super::*;
    use crate::article::{Article, Overrides};
    use crate::extract::Aliases;
    use crate::mention::DateExpr;
    use crate::span::Span;

    fn ymd(y: i32, m: u32, d: u32) -> DateValue {
        DateValue::day(y, m, d).expect("valid test date")
    }

    /// Runs the check on `text` read by the real parsers, dated `reference`, after asserting
    /// that the parser read the weekday `word` as `day` beside `beside`. Lines holding
    /// `ignore` are ignored. One line per finding.
    fn check(
        text: &str,
        word: &str,
        day: Weekday,
        beside: Option<DateExpr>,
        reference: Option<NaiveDate>,
        ignore: Option<&str>,
    ) -> Vec<String> {
        let article = Article::parse("t.txt", text.to_string()).expect("no front matter");
        let overrides = Overrides { date: reference, ..Overrides::default() };
        let reading = article.read(&Aliases::default(), overrides);
        let start = text.find(word).expect("the weekday is in the text");
        let read = reading.mentions.iter().find_map(|m| match m.value {
            Value::Weekday(w) if m.span.start == start => Some((w.day, w.beside)),
            _ => None,
        });
        assert_eq!(read, Some((day, beside)), "the parser's reading of {word:?}");
        let ignored: Vec<Span> = ignore
            .map(|line| {
                let at = text.find(line).expect("the ignored line is in the text");
                Span::new(at, at + line.len())
            })
            .into_iter()
            .collect();
        let aliases = Aliases::default();
        let cx = Context { text, reading: &reading, aliases: &aliases, ignored: &ignored };
        let mut out = Vec::new();
        run(&cx, &mut out);
        out.iter()
            .map(|f| {
                assert_eq!(f.check, NAME);
                format!(
                    "{} {:?} found={} expected={}: {}",
                    f.status.name(),
                    &text[f.span.range()],
                    f.found,
                    f.expected,
                    f.message
                )
            })
            .collect()
    }

    #[rstest]
    // Seed 003: KCNA's statement came on Monday 28 April; 29 April 2025 was a Tuesday.
    #[case::seed_003_monday_for_a_tuesday(
        "kata komisi tersebut, dikutip KCNA, Senin (29/4/2025).",
        "Senin",
        Weekday::Mon,
        ymd(2025, 4, 29),
        "discrepant \"Senin\" found=monday expected=tuesday: 2025-04-29 was a tuesday, not a monday"
    )]
    #[case::seed_000_thursday(
        "menurut laporan media Korea Utara, Korean Central News Agency (KCNA), pada Kamis (21/8/2025).",
        "Kamis",
        Weekday::Thu,
        ymd(2025, 8, 21),
        "consistent \"Kamis\" found=thursday expected=thursday: 2025-08-21 was a thursday"
    )]
    #[case::seed_000_monday(
        "Berselang dua hari, pada Senin (18/8/2025), ia mengagendakan pertemuan",
        "Senin",
        Weekday::Mon,
        ymd(2025, 8, 18),
        "consistent \"Senin\" found=monday expected=monday: 2025-08-18 was a monday"
    )]
    #[case::english_sunday_for_a_monday(
        "KCNA said on Sunday (28 April 2025) that",
        "Sunday",
        Weekday::Sun,
        ymd(2025, 4, 28),
        "discrepant \"Sunday\" found=sunday expected=monday: 2025-04-28 was a monday, not a sunday"
    )]
    #[case::leap_day(
        "Kamis (29/2/2024)",
        "Kamis",
        Weekday::Thu,
        ymd(2024, 2, 29),
        "consistent \"Kamis\" found=thursday expected=thursday: 2024-02-29 was a thursday"
    )]
    fn a_weekday_beside_a_full_date_is_checked(
        #[case] text: &str,
        #[case] word: &str,
        #[case] day: Weekday,
        #[case] date: DateValue,
        #[case] expected: &str,
    ) {
        let beside = Some(DateExpr::Absolute(date));
        assert_eq!(check(text, word, day, beside, None, None), [expected]);
    }

    #[test]
    fn a_date_without_a_year_takes_the_articles_year() {
        let text = "Rusia mengonfirmasi pada Sabtu (26/4).";
        let beside = Some(DateExpr::BareDay { month: 4, day: 26 });
        let reference = NaiveDate::from_ymd_opt(2025, 4, 29);
        assert_eq!(
            check(text, "Sabtu", Weekday::Sat, beside, reference, None),
            ["consistent \"Sabtu\" found=saturday expected=saturday: 2025-04-26 was a saturday"]
        );
        // The same words a year later name a Sunday.
        let reference = NaiveDate::from_ymd_opt(2026, 5, 1);
        assert_eq!(
            check(text, "Sabtu", Weekday::Sat, beside, reference, None),
            [
                "discrepant \"Sabtu\" found=saturday expected=sunday: 2026-04-26 was a sunday, not a saturday"
            ]
        );
    }

    #[test]
    fn a_date_that_cannot_be_resolved_is_unresolved() {
        let text = "Rusia mengonfirmasi pada Sabtu (26/4).";
        let beside = Some(DateExpr::BareDay { month: 4, day: 26 });
        assert_eq!(
            check(text, "Sabtu", Weekday::Sat, beside, None, None),
            [
                "unresolved \"Sabtu\" found=saturday expected=: the date beside \"Sabtu\" could not be resolved"
            ]
        );
    }

    #[rstest]
    #[case::standing_alone("Putin bertemu Kim pada hari Rabu.", "Rabu", Weekday::Wed, None)]
    // The parser reads a weekday next to a week or a month as standing alone: neither names
    // one day to compare it with.
    #[case::beside_a_week("Senin pekan lalu", "Senin", Weekday::Mon, None)]
    #[case::beside_a_month("Senin (April 2025)", "Senin", Weekday::Mon, None)]
    fn a_weekday_with_nothing_to_compare_gets_no_finding(
        #[case] text: &str,
        #[case] word: &str,
        #[case] day: Weekday,
        #[case] beside: Option<DateExpr>,
    ) {
        let reference = NaiveDate::from_ymd_opt(2025, 9, 4);
        assert_eq!(check(text, word, day, beside, reference, None), Vec::<String>::new());
    }

    /// A date that no calendar has beside a weekday: one of the two is wrong. Liputan6, 29 July
    /// 2018 (https://opera.liputan6.com/news/read/3603628/korban-meninggal-gempa-lombok-bertambah-jadi-14-orang):
    /// 2018 was no leap year, and the Sunday meant was 29 July. A day of a month with no year
    /// ("31/4") exists in no year either; 29 February does in a leap year, and is checked as any
    /// (`leap_day` above).
    #[rstest]
    #[case::no_leap_year(
        "Pendataan masih dilakukan,' ujar Sutopo melalui pesan tertulis, Minggu (29/2/2018).",
        "Minggu",
        Weekday::Sun,
        "discrepant \"Minggu\" found=sunday expected=: \"29/2/2018\" names no day there is"
    )]
    #[case::no_such_day_any_year(
        "Rusia mengonfirmasi pada Sabtu (31/4).",
        "Sabtu",
        Weekday::Sat,
        "discrepant \"Sabtu\" found=saturday expected=: \"31/4\" names no day there is"
    )]
    fn a_weekday_beside_a_date_that_does_not_exist_is_discrepant(
        #[case] text: &str,
        #[case] word: &str,
        #[case] day: Weekday,
        #[case] expected: &str,
    ) {
        let reference = NaiveDate::from_ymd_opt(2018, 7, 29);
        assert_eq!(check(text, word, day, None, reference, None), [expected]);
    }

    #[test]
    fn weekdays_in_ignored_lines_are_passed_over() {
        let text = "Berita utama.\nBaca juga: Senin (29/4/2025) Kim bertemu Putin\nLanjutan.";
        let beside = Some(DateExpr::Absolute(ymd(2025, 4, 29)));
        let ignore = Some("Baca juga: Senin (29/4/2025) Kim bertemu Putin");
        assert_eq!(check(text, "Senin", Weekday::Mon, beside, None, ignore), Vec::<String>::new());
        assert_eq!(check(text, "Senin", Weekday::Mon, beside, None, None).len(), 1);
    }
}
