//! Dates and weekdays as the extractor reads them, one `describe` line per mention.
//!
//! Each case is a text, its language, the article's date it is resolved against (`None`: relative
//! dates stay unresolved) and every date and weekday mention expected, in text order. The seed
//! cases copy the five seed articles verbatim (the seeds live outside the repository).

mod support;

use canon::lang::Lang;
use canon::mention::Kind;
use rstest::rstest;

/// The date and weekday mentions of `text`, as `describe` lines.
fn dates(text: &str, lang: Lang, date: Option<&str>) -> Vec<String> {
    support::read_kinds(text, lang, date, &[Kind::Date, Kind::Weekday])
}

#[rstest]
#[case::slashes("Jakarta (21/8/2025) - Kim", Lang::Id, &["date 2025-08-21: \"21/8/2025\""])]
#[case::slashes_padded("lahir 05/01/1990.", Lang::Id, &["date 1990-01-05: \"05/01/1990\""])]
#[case::hyphens("tanggal 21-8-2025", Lang::Id, &["date 2025-08-21: \"21-8-2025\""])]
#[case::iso("date 2025-08-21 DUNIA", Lang::En, &["date 2025-08-21: \"2025-08-21\""])]
#[case::iso_slashes("2025/08/21", Lang::En, &["date 2025-08-21: \"2025/08/21\""])]
#[case::dotted("Jakarta, 21.08.2025", Lang::Id, &["date 2025-08-21: \"21.08.2025\""])]
#[case::id_month("pada 21 Agustus 2025,", Lang::Id, &["date 2025-08-21: \"21 Agustus 2025\""])]
#[case::id_month_line("4 September 2025", Lang::Id, &["date 2025-09-04: \"4 September 2025\""])]
#[case::id_abbr("21 Agt 2025", Lang::Id, &["date 2025-08-21: \"21 Agt 2025\""])]
#[case::id_abbr_dot("21 Agt. 2025", Lang::Id, &["date 2025-08-21: \"21 Agt. 2025\""])]
#[case::id_okt("12 Okt 2025", Lang::Id, &["date 2025-10-12: \"12 Okt 2025\""])]
#[case::id_nop("3 Nop 2024", Lang::Id, &["date 2024-11-03: \"3 Nop 2024\""])]
#[case::id_peb("3 Peb 2024", Lang::Id, &["date 2024-02-03: \"3 Peb 2024\""])]
#[case::id_mei("05 Mei 2025", Lang::Id, &["date 2025-05-05: \"05 Mei 2025\""])]
#[case::id_leap_day("29 Februari 2024", Lang::Id, &["date 2024-02-29: \"29 Februari 2024\""])]
#[case::id_history("diproklamasikan pada 17 Agustus 1945.", Lang::Id, &["date 1945-08-17: \"17 Agustus 1945\""])]
#[case::id_lower("21 agustus 2025", Lang::Id, &["date 2025-08-21: \"21 agustus 2025\""])]
#[case::en_abbr_dot("Sept. 4, 2025", Lang::En, &["date 2025-09-04: \"Sept. 4, 2025\""])]
#[case::en_month_day("on September 4, 2025, Putin", Lang::En, &["date 2025-09-04: \"September 4, 2025\""])]
#[case::en_no_comma("December 25 2024", Lang::En, &["date 2024-12-25: \"December 25 2024\""])]
#[case::en_ordinal("4th September 2025", Lang::En, &["date 2025-09-04: \"4th September 2025\""])]
#[case::en_ordinal_of("the 4th of September 2025", Lang::En, &["date 2025-09-04: \"4th of September 2025\""])]
#[case::en_abbr("Aug 21, 2025", Lang::En, &["date 2025-08-21: \"Aug 21, 2025\""])]
#[case::en_day_month("on 1 March 2025", Lang::En, &["date 2025-03-01: \"1 March 2025\""])]
#[case::en_may("May 5, 2025", Lang::En, &["date 2025-05-05: \"May 5, 2025\""])]
#[case::two_dates("dari 1/8/2025 hingga 21/8/2025", Lang::Id, &["date 2025-08-01: \"1/8/2025\"", "date 2025-08-21: \"21/8/2025\""])]
// The month first only where the day cannot be: the second number is above 12.
#[case::month_first("10/31/1974", Lang::En, &["date 1974-10-31: \"10/31/1974\""])]
#[case::month_first_dotted("10.31.1974", Lang::En, &["date 1974-10-31: \"10.31.1974\""])]
#[case::ambiguous_day_first("3/4/2015", Lang::En, &["date 2015-04-03: \"3/4/2015\""])]
// Two-digit years close a numeric date: 00–39 are 2000–2039, 40–99 are 1940–1999.
#[case::two_digit_year("21/08/25", Lang::Id, &["date 2025-08-21: \"21/08/25\""])]
#[case::two_digit_year_old("17/08/45", Lang::Id, &["date 1945-08-17: \"17/08/45\""])]
#[case::month_first_two_digits("10-31-74", Lang::En, &["date 1974-10-31: \"10-31-74\""])]
#[case::two_digit_after_month("14th April 15", Lang::En, &["date 2015-04-14: \"14th April 15\""])]
#[case::month_name_slashes("31/Oct/1974", Lang::En, &["date 1974-10-31: \"31/Oct/1974\""])]
// A lower-case month that is also a verb, beside a day.
#[case::lower_march("march 3 2015", Lang::En, &["date 2015-03-03: \"march 3 2015\""])]
#[case::lower_march_suffix("march 3rd 2015", Lang::En, &["date 2015-03-03: \"march 3rd 2015\""])]
#[case::lower_of_march("the 1st of march 2015", Lang::En, &["date 2015-03-01: \"1st of march 2015\""])]
#[case::month_the_day("february the 15th 2015", Lang::En, &["date 2015-02-15: \"february the 15th 2015\""])]
// A day said as an ordinal word, before a year or after "of" (a lower-case month too).
#[case::spelled_after_month("march third 2015", Lang::En, &["date 2015-03-03: \"march third 2015\""])]
#[case::spelled_after_month_comma("May first, 2015", Lang::En, &["date 2015-05-01: \"May first, 2015\""])]
#[case::spelled_of_month("the third of march 2015", Lang::En, &["date 2015-03-03: \"third of march 2015\""])]
#[case::spelled_compound("twenty-first of May 2015", Lang::En, &["date 2015-05-21: \"twenty-first of May 2015\""])]
fn days_with_a_year(#[case] text: &str, #[case] lang: Lang, #[case] expected: &[&str]) {
    assert_eq!(dates(text, lang, None), expected);
    // Absolute dates do not depend on the article's date.
    assert_eq!(dates(text, lang, Some("2030-01-01")), expected);
}

#[rstest]
#[case::id_month_year("September 2023", Lang::Id, &["date 2023-09: \"September 2023\""])]
#[case::id_juni("pada Juni 2024", Lang::Id, &["date 2024-06: \"Juni 2024\""])]
#[case::id_bulan("pada bulan Juni 2024", Lang::Id, &["date 2024-06: \"bulan Juni 2024\""])]
#[case::id_month_tahun("Juni tahun 2024", Lang::Id, &["date 2024-06: \"Juni tahun 2024\""])]
#[case::en_march("in March 2024", Lang::En, &["date 2024-03: \"March 2024\""])]
#[case::en_may("in May 2024", Lang::En, &["date 2024-05: \"May 2024\""])]
#[case::en_abbr("Jan 2025", Lang::En, &["date 2025-01: \"Jan 2025\""])]
#[case::en_comma("September, 2023", Lang::En, &["date 2023-09: \"September, 2023\""])]
#[case::pada("pada 2024, beserta", Lang::Id, &["date 2024: \"2024\""])]
#[case::iso_month("2014-10", Lang::En, &["date 2014-10: \"2014-10\""])]
#[case::iso_month_slash("2014/10", Lang::En, &["date 2014-10: \"2014/10\""])]
#[case::month_slash_year("per 8/2025", Lang::Id, &["date 2025-08: \"8/2025\""])]
#[case::pada_capital("Pada 2024 Korea Utara", Lang::Id, &["date 2024: \"2024\""])]
#[case::tahun("tahun 2019", Lang::Id, &["date 2019: \"tahun 2019\""])]
#[case::pada_tahun("pada tahun 2024,", Lang::Id, &["date 2024: \"tahun 2024\""])]
#[case::sejak("sejak 2019", Lang::Id, &["date 2019: \"2019\""])]
#[case::hingga("hingga 2030", Lang::Id, &["date 2030: \"2030\""])]
#[case::akhir("pada akhir 2024", Lang::Id, &["date 2024: \"2024\""])]
#[case::pertengahan("pertengahan 2023", Lang::Id, &["date 2023: \"2023\""])]
#[case::en_in("in 2024", Lang::En, &["date 2024: \"2024\""])]
#[case::en_since("since 2019", Lang::En, &["date 2019: \"2019\""])]
#[case::en_until("until 2030.", Lang::En, &["date 2030: \"2030\""])]
#[case::en_mid("by mid-2024", Lang::En, &["date 2024: \"2024\""])]
#[case::en_year("the year 2024", Lang::En, &["date 2024: \"year 2024\""])]
#[case::year_then_verb("Sejak 2019 pemerintah menaikkan", Lang::Id, &["date 2019: \"2019\""])]
fn months_and_years(#[case] text: &str, #[case] lang: Lang, #[case] expected: &[&str]) {
    assert_eq!(dates(text, lang, None), expected);
}

#[rstest]
#[case::id_day_month("pada 26 April", Lang::Id, Some("2025-04-29"), &["date 2025-04-26 relative: \"26 April\""])]
#[case::id_day_month_none("pada 26 April", Lang::Id, None, &["date unresolved relative: \"26 April\""])]
#[case::parens("(26/4)", Lang::Id, Some("2025-04-29"), &["date 2025-04-26 relative: \"26/4\""])]
#[case::parens_none("(26/4)", Lang::Id, None, &["date unresolved relative: \"26/4\""])]
#[case::later_month_is_last_year("pada 30 Desember", Lang::Id, Some("2025-04-29"), &["date 2024-12-30 relative: \"30 Desember\""])]
#[case::leap_day("29 Februari", Lang::Id, Some("2025-04-29"), &["date 2024-02-29 relative: \"29 Februari\""])]
#[case::en_month_day("on April 26, the", Lang::En, Some("2025-04-29"), &["date 2025-04-26 relative: \"April 26\""])]
#[case::en_day_month("on 26 April", Lang::En, Some("2025-04-29"), &["date 2025-04-26 relative: \"26 April\""])]
#[case::pada_month("Pada April, Korea Utara", Lang::Id, Some("2025-08-21"), &["date 2025-04 relative: \"April\""])]
#[case::pada_month_none("pada April", Lang::Id, None, &["date unresolved relative: \"April\""])]
#[case::pada_later_month("pada September", Lang::Id, Some("2025-08-21"), &["date 2024-09 relative: \"September\""])]
#[case::bulan("bulan April", Lang::Id, Some("2025-08-21"), &["date 2025-04 relative: \"bulan April\""])]
#[case::sejak("sejak Mei", Lang::Id, Some("2025-08-21"), &["date 2025-05 relative: \"Mei\""])]
#[case::lalu("Mei lalu", Lang::Id, Some("2025-08-21"), &["date 2025-05 relative: \"Mei lalu\""])]
#[case::en_in("in April", Lang::En, Some("2025-08-21"), &["date 2025-04 relative: \"April\""])]
#[case::en_march("in March", Lang::En, Some("2025-08-21"), &["date 2025-03 relative: \"March\""])]
#[case::en_early("early June", Lang::En, Some("2025-08-21"), &["date 2025-06 relative: \"June\""])]
#[case::spelled_of_month("first of march", Lang::En, Some("2013-02-12"), &["date 2013-03-01 relative: \"first of march\""])]
#[case::spelled_after_month("The vote is set for March first.", Lang::En, Some("2013-02-12"), &["date 2013-03-01 relative: \"March first\""])]
#[case::spelled_then_and("on August thirtieth and", Lang::En, Some("2025-09-04"), &["date 2025-08-30 relative: \"August thirtieth\""])]
// A day of a month not named, after "on the", "by the": the nearest such day.
#[case::on_the_day("on the 15th", Lang::En, Some("2025-08-21"), &["date 2025-08-15 relative: \"15th\""])]
#[case::by_the_day("due by the 1st.", Lang::En, Some("2025-08-21"), &["date 2025-09-01 relative: \"1st\""])]
#[case::on_the_day_ahead("will meet on the 15th", Lang::En, Some("2025-08-21"), &["date 2025-09-15 relative: \"15th\""])]
#[case::on_the_day_after_yesterday("Talks failed yesterday, as they did on the 15th.", Lang::En, Some("2025-08-21"), &["date 2025-08-20 relative: \"yesterday\"", "date 2025-08-15 relative: \"15th\""])]
// After a month of the story's, "the 15th" is most often that month's: left unread.
#[case::on_the_day_after_a_month("In March the river rose. On the 15th, it broke.", Lang::En, Some("2025-08-21"), &["date 2025-03 relative: \"March\""])]
// After "on", a day and a month in the one order they can be.
#[case::on_month_first("on 2/15", Lang::En, Some("2013-02-12"), &["date 2013-02-15 relative: \"2/15\""])]
#[case::on_day_first("signed on 26/4.", Lang::En, Some("2025-04-29"), &["date 2025-04-26 relative: \"26/4\""])]
fn without_a_year(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] date: Option<&str>,
    #[case] expected: &[&str],
) {
    assert_eq!(dates(text, lang, date), expected);
}

#[rstest]
#[case::tahun_lalu("tahun lalu", Some("2025-08-21"), &["date 2024 relative: \"tahun lalu\""])]
#[case::tahun_lalu_none("tahun lalu", None, &["date unresolved relative: \"tahun lalu\""])]
#[case::tahun_sebelumnya("pada tahun sebelumnya", Some("2025-08-21"), &["date 2024 relative: \"tahun sebelumnya\""])]
#[case::tahun_kemarin("tahun kemarin", Some("2025-08-21"), &["date 2024 relative: \"tahun kemarin\""])]
#[case::tahun_silam("tahun silam", Some("2025-08-21"), &["date 2024 relative: \"tahun silam\""])]
#[case::tahun_ini("tahun ini", Some("2025-08-21"), &["date 2025 relative: \"tahun ini\""])]
#[case::tahun_depan("tahun depan", Some("2025-08-21"), &["date 2026 relative: \"tahun depan\""])]
#[case::tahun_mendatang("tahun mendatang", Some("2025-08-21"), &["date 2026 relative: \"tahun mendatang\""])]
#[case::last_year("last year", Some("2025-08-21"), &["date 2024 relative: \"last year\""])]
#[case::last_year_possessive("last year's summit", Some("2025-08-21"), &["date 2024 relative: \"last year's\""])]
#[case::previous_year("the previous year", Some("2025-08-21"), &["date 2024 relative: \"previous year\""])]
#[case::this_year("earlier this year", Some("2025-08-21"), &["date 2025 relative: \"this year\""])]
#[case::next_year("next year", Some("2025-08-21"), &["date 2026 relative: \"next year\""])]
#[case::month_last_year("pada Juni tahun lalu", Some("2025-09-04"), &["date 2024-06 relative: \"Juni tahun lalu\""])]
#[case::month_last_year_none("pada Juni tahun lalu", None, &["date unresolved relative: \"Juni tahun lalu\""])]
#[case::bulan_last_year("bulan Juni tahun lalu", Some("2025-09-04"), &["date 2024-06 relative: \"bulan Juni tahun lalu\""])]
#[case::en_month_last_year("in June last year", Some("2025-09-04"), &["date 2024-06 relative: \"June last year\""])]
#[case::en_month_of_last_year("in June of last year", Some("2025-09-04"), &["date 2024-06 relative: \"June of last year\""])]
#[case::en_may_last_year("May last year", Some("2025-09-04"), &["date 2024-05 relative: \"May last year\""])]
#[case::bulan_this_year("pada bulan April tahun ini", Some("2025-08-21"), &["date 2025-04 relative: \"bulan April tahun ini\""])]
#[case::en_month_next_year("March next year", Some("2025-08-21"), &["date 2026-03 relative: \"March next year\""])]
#[case::bulan_lalu("bulan lalu", Some("2025-08-21"), &["date 2025-07 relative: \"bulan lalu\""])]
#[case::bulan_lalu_january("bulan lalu", Some("2025-01-31"), &["date 2024-12 relative: \"bulan lalu\""])]
#[case::last_month("last month", Some("2025-08-21"), &["date 2025-07 relative: \"last month\""])]
#[case::bulan_depan("bulan depan", Some("2025-08-21"), &["date 2025-09 relative: \"bulan depan\""])]
#[case::pekan_lalu("pekan lalu", Some("2025-08-21"), &["date 2025-08-11 week relative: \"pekan lalu\""])]
#[case::pekan_lalu_none("pekan lalu", None, &["date unresolved relative: \"pekan lalu\""])]
#[case::minggu_lalu("minggu lalu", Some("2025-08-21"), &["date 2025-08-11 week relative: \"minggu lalu\""])]
#[case::minggu_lalu_capital("Minggu lalu, Rusia", Some("2025-08-21"), &["date 2025-08-11 week relative: \"Minggu lalu\""])]
#[case::last_week("last week", Some("2025-08-21"), &["date 2025-08-11 week relative: \"last week\""])]
#[case::pekan_ini("pekan ini", Some("2025-08-21"), &["date 2025-08-18 week relative: \"pekan ini\""])]
#[case::next_week("next week", Some("2025-08-21"), &["date 2025-08-25 week relative: \"next week\""])]
#[case::kemarin("kata dia kemarin.", Some("2025-08-21"), &["date 2025-08-20 relative: \"kemarin\""])]
#[case::kemarin_capital("Kemarin, Kim", Some("2025-03-01"), &["date 2025-02-28 relative: \"Kemarin\""])]
#[case::yesterday("yesterday", Some("2025-08-21"), &["date 2025-08-20 relative: \"yesterday\""])]
#[case::hari_ini("hari ini", Some("2025-08-21"), &["date 2025-08-21 relative: \"hari ini\""])]
#[case::today("today", Some("2025-08-21"), &["date 2025-08-21 relative: \"today\""])]
#[case::besok("besok", Some("2025-08-21"), &["date 2025-08-22 relative: \"besok\""])]
#[case::tomorrow("tomorrow", None, &["date unresolved relative: \"tomorrow\""])]
#[case::years_ago("dua tahun lalu", Some("2025-08-21"), &["date 2023 relative: \"dua tahun lalu\""])]
#[case::days_ago("3 hari yang lalu", Some("2025-08-21"), &["date 2025-08-18 relative: \"3 hari yang lalu\""])]
#[case::a_year_ago("setahun lalu", Some("2025-08-21"), &["date 2024 relative: \"setahun lalu\""])]
#[case::a_week_ago("sepekan lalu", Some("2025-08-21"), &["date 2025-08-11 week relative: \"sepekan lalu\""])]
#[case::en_weeks_ago("two weeks ago", Some("2025-08-21"), &["date 2025-08-04 week relative: \"two weeks ago\""])]
#[case::en_a_year_ago("a year ago", Some("2025-08-21"), &["date 2024 relative: \"a year ago\""])]
// Two days away, in one word or two: never read as tomorrow or yesterday.
#[case::lusa("lusa", Some("2025-08-21"), &["date 2025-08-23 relative: \"lusa\""])]
#[case::besok_lusa("besok lusa", Some("2025-08-21"), &["date 2025-08-23 relative: \"besok lusa\""])]
#[case::kemarin_lusa("kemarin lusa", Some("2025-08-21"), &["date 2025-08-19 relative: \"kemarin lusa\""])]
#[case::kemarin_dulu("kemarin dulu", Some("2025-08-21"), &["date 2025-08-19 relative: \"kemarin dulu\""])]
#[case::day_after_tomorrow("the day after tomorrow", Some("2025-08-21"), &["date 2025-08-23 relative: \"day after tomorrow\""])]
#[case::day_before_yesterday("the day before yesterday", Some("2025-08-21"), &["date 2025-08-19 relative: \"day before yesterday\""])]
// A distance ahead: "lagi", "hence", "from now", "from today"; "in"/"dalam" where the phrase
// opens the sentence or the sentence speaks of the future.
#[case::hari_lagi("3 hari lagi", Some("2025-08-21"), &["date 2025-08-24 relative: \"3 hari lagi\""])]
#[case::dalam_hari("dalam 3 hari", Some("2025-08-21"), &["date 2025-08-24 relative: \"3 hari\""])]
#[case::akan_dalam("Ia akan kembali dalam 3 hari.", Some("2025-08-21"), &["date 2025-08-24 relative: \"3 hari\""])]
#[case::in_days("in 7 days", Some("2025-08-21"), &["date 2025-08-28 relative: \"7 days\""])]
#[case::in_a_week("in a week", Some("2025-08-21"), &["date 2025-08-25 week relative: \"a week\""])]
#[case::will_in("It will reopen in two weeks", Some("2025-08-21"), &["date 2025-09-01 week relative: \"two weeks\""])]
#[case::years_from_today("3 years from today", Some("2025-08-21"), &["date 2028 relative: \"3 years from today\""])]
#[case::a_day_from_now("a day from now", Some("2025-08-21"), &["date 2025-08-22 relative: \"a day from now\""])]
#[case::hence("7 days hence", Some("2025-08-21"), &["date 2025-08-28 relative: \"7 days hence\""])]
#[case::fortnight_ago("a fortnight ago", Some("2025-08-21"), &["date 2025-08-07 relative: \"a fortnight ago\""])]
// Units cut short.
#[case::bln_lalu("4 bln lalu", Some("2025-08-21"), &["date 2025-04 relative: \"4 bln lalu\""])]
#[case::thn_lalu("4 thn lalu", Some("2025-08-21"), &["date 2021 relative: \"4 thn lalu\""])]
#[case::next_yr("next yr", Some("2025-08-21"), &["date 2026 relative: \"next yr\""])]
#[case::current_year("current year", Some("2025-08-21"), &["date 2025 relative: \"current year\""])]
// A month with a word of the future after it, or a direction before it.
#[case::januari_mendatang("Januari mendatang", Some("2025-08-21"), &["date 2026-01 relative: \"Januari mendatang\""])]
#[case::oktober_mendatang("pada Oktober mendatang", Some("2025-08-21"), &["date 2025-10 relative: \"Oktober\""])]
// Two digits after a day and month, before the noun they count, are a count, not a year.
#[case::two_digits_count("4 Agustus 45 orang", Some("2025-08-21"), &["date 2025-08-04 relative: \"4 Agustus\""])]
#[case::next_march("next March", Some("2025-08-21"), &["date 2026-03 relative: \"March\""])]
#[case::last_march("last March", Some("2025-08-21"), &["date 2025-03 relative: \"March\""])]
fn relative(#[case] text: &str, #[case] date: Option<&str>, #[case] expected: &[&str]) {
    // Both languages are always read: the language given changes nothing.
    assert_eq!(dates(text, Lang::Id, date), expected);
    assert_eq!(dates(text, Lang::En, date), expected);
}

#[rstest]
#[case::parens("pada Kamis (21/8/2025).", Lang::Id, None, &["weekday thursday date=2025-08-21: \"Kamis\"", "date 2025-08-21: \"21/8/2025\""])]
#[case::comma_and_parens("pada Minggu, (7/6/2024) dini hari.", Lang::Id, None, &["weekday sunday date=2024-06-07: \"Minggu\"", "date 2024-06-07: \"7/6/2024\""])]
#[case::comma("pada Kamis, 21 Agustus 2025, Kim", Lang::Id, None, &["weekday thursday date=2025-08-21: \"Kamis\"", "date 2025-08-21: \"21 Agustus 2025\""])]
#[case::saturday("Sabtu, 23 Agustus 2025", Lang::Id, None, &["weekday saturday date=2025-08-23: \"Sabtu\"", "date 2025-08-23: \"23 Agustus 2025\""])]
#[case::inside_parens("(Kamis, 21/8/2025)", Lang::Id, None, &["weekday thursday date=2025-08-21: \"Kamis\"", "date 2025-08-21: \"21/8/2025\""])]
#[case::wrong_weekday_kept("Senin (29/4/2025)", Lang::Id, Some("2025-04-29"), &["weekday monday date=2025-04-29: \"Senin\"", "date 2025-04-29: \"29/4/2025\""])]
#[case::bare_day("Sabtu (26/4)", Lang::Id, Some("2025-04-29"), &["weekday saturday date=2025-04-26: \"Sabtu\"", "date 2025-04-26 relative: \"26/4\""])]
#[case::bare_day_none("Sabtu (26/4)", Lang::Id, None, &["weekday saturday date=unresolved: \"Sabtu\"", "date unresolved relative: \"26/4\""])]
#[case::en_bare_day("on Saturday (26 April)", Lang::En, Some("2025-04-29"), &["weekday saturday date=2025-04-26: \"Saturday\"", "date 2025-04-26 relative: \"26 April\""])]
#[case::en_full("Monday, April 28, 2025", Lang::En, None, &["weekday monday date=2025-04-28: \"Monday\"", "date 2025-04-28: \"April 28, 2025\""])]
// A part of the day between the weekday and its date: one expression, the weekday that date's
// (suaragardanasional.com, 2022-11-21; bitvonline.com, 2025-07-13).
#[case::part_then_parens("Gempa bumi bermagnitudo (M) 5,6 yang terjadi Senin siang (21/11/2022) di wilayah Kabupaten Cianjur", Lang::Id, None, &["weekday monday date=2022-11-21: \"Senin\"", "date 2022-11-21: \"21/11/2022\""])]
#[case::two_word_part_then_comma("tenggelam pada Rabu dini hari, 2 Juli 2025, sekitar pukul 00.30 WITA", Lang::Id, None, &["weekday wednesday date=2025-07-02: \"Rabu\"", "date 2025-07-02: \"2 Juli 2025\""])]
#[case::part_hari_then_comma("pada Kamis pagi hari, 3 Juli 2025", Lang::Id, None, &["weekday thursday date=2025-07-03: \"Kamis\"", "date 2025-07-03: \"3 Juli 2025\""])]
#[case::en_part_then_comma("on Sunday morning, June 18, 2023, the", Lang::En, None, &["weekday sunday date=2023-06-18: \"Sunday\"", "date 2023-06-18: \"June 18, 2023\""])]
// Without a comma or bracket the words after the part are no date of the weekday's.
#[case::part_then_count("Sabtu pagi 10 orang tewas", Lang::Id, None, &["date unresolved relative: \"Sabtu\"", "weekday saturday: \"Sabtu\""])]
#[case::en_day_first("Thursday 21 August 2025", Lang::En, None, &["weekday thursday date=2025-08-21: \"Thursday\"", "date 2025-08-21: \"21 August 2025\""])]
#[case::jumat_apostrophe("Jum'at (22/8/2025)", Lang::Id, None, &["weekday friday date=2025-08-22: \"Jum'at\"", "date 2025-08-22: \"22/8/2025\""])]
#[case::jumat_curly("Jum’at (22/8/2025)", Lang::Id, None, &["weekday friday date=2025-08-22: \"Jum’at\"", "date 2025-08-22: \"22/8/2025\""])]
#[case::minggu_date("Minggu (27/4/2025)", Lang::Id, None, &["weekday sunday date=2025-04-27: \"Minggu\"", "date 2025-04-27: \"27/4/2025\""])]
#[case::hari_rabu("pada hari Rabu", Lang::Id, Some("2025-09-04"), &["date 2025-09-03 relative: \"hari Rabu\"", "weekday wednesday: \"Rabu\""])]
#[case::hari_rabu_none("pada hari Rabu", Lang::Id, None, &["date unresolved relative: \"hari Rabu\"", "weekday wednesday: \"Rabu\""])]
#[case::same_day("pada hari Kamis", Lang::Id, Some("2025-09-04"), &["date 2025-09-04 relative: \"hari Kamis\"", "weekday thursday: \"Kamis\""])]
#[case::pada_jumat("pada Jumat", Lang::Id, Some("2025-08-23"), &["date 2025-08-22 relative: \"Jumat\"", "weekday friday: \"Jumat\""])]
#[case::pada_jumat_none("pada Jumat", Lang::Id, None, &["date unresolved relative: \"Jumat\"", "weekday friday: \"Jumat\""])]
#[case::lower_after_pada("pada selasa", Lang::Id, Some("2025-08-21"), &["date 2025-08-19 relative: \"selasa\"", "weekday tuesday: \"selasa\""])]
#[case::hari_minggu("hari Minggu", Lang::Id, Some("2025-08-21"), &["date 2025-08-17 relative: \"hari Minggu\"", "weekday sunday: \"Minggu\""])]
#[case::hari_minggu_lower("pada hari minggu", Lang::Id, Some("2025-08-21"), &["date 2025-08-17 relative: \"hari minggu\"", "weekday sunday: \"minggu\""])]
#[case::ahad("Ahad", Lang::Id, Some("2025-08-21"), &["date 2025-08-17 relative: \"Ahad\"", "weekday sunday: \"Ahad\""])]
#[case::en_on("on Wednesday", Lang::En, Some("2025-09-04"), &["date 2025-09-03 relative: \"Wednesday\"", "weekday wednesday: \"Wednesday\""])]
#[case::en_last("last Friday", Lang::En, Some("2025-08-21"), &["date 2025-08-15 relative: \"Friday\"", "weekday friday: \"Friday\""])]
// "last Thursday" said on a Thursday is a week back, never the article's own day.
#[case::en_last_same_day("last Thursday", Lang::En, Some("2025-08-21"), &["date 2025-08-14 relative: \"Thursday\"", "weekday thursday: \"Thursday\""])]
#[case::en_last_lower("last sunday", Lang::En, Some("2013-02-12"), &["date 2013-02-10 relative: \"sunday\"", "weekday sunday: \"sunday\""])]
// "next Monday" is the first Monday after the article's day when that is also next week's.
#[case::en_next_monday("next Monday", Lang::En, Some("2025-08-21"), &["date 2025-08-25 relative: \"Monday\"", "weekday monday: \"Monday\""])]
#[case::en_next_same_day("next thursday", Lang::En, Some("2025-08-21"), &["date 2025-08-28 relative: \"thursday\"", "weekday thursday: \"thursday\""])]
// Said on a Thursday, "next Friday" is tomorrow to some and eight days on to others: no day.
#[case::en_next("next Friday", Lang::En, Some("2025-08-21"), &["date unresolved relative: \"Friday\"", "weekday friday: \"Friday\""])]
// "the next Friday" follows a day of the story; "the last Friday" of a month counts within it.
#[case::en_the_next("The next Friday, he was freed.", Lang::En, Some("2025-08-21"), &["weekday friday: \"Friday\""])]
#[case::en_the_last("on the last Friday of the month", Lang::En, Some("2025-08-21"), &["weekday friday: \"Friday\""])]
// A weekday of a week told from the article's.
#[case::en_of_next_week("wednesday of next week", Lang::En, Some("2013-02-12"), &["date 2013-02-20 relative: \"wednesday of next week\"", "weekday wednesday: \"wednesday\""])]
#[case::en_next_week("The vote is on Wednesday next week.", Lang::En, Some("2013-02-12"), &["date 2013-02-20 relative: \"Wednesday next week\"", "weekday wednesday: \"Wednesday\""])]
#[case::en_from_last_week("sunday from last week", Lang::En, Some("2013-02-12"), &["date 2013-02-10 relative: \"sunday from last week\"", "weekday sunday: \"sunday\""])]
#[case::en_of_this_week("Monday of this week", Lang::En, Some("2013-02-12"), &["date 2013-02-11 relative: \"Monday of this week\"", "weekday monday: \"Monday\""])]
#[case::en_last_weeks("last week's Sunday", Lang::En, Some("2013-02-12"), &["date 2013-02-10 relative: \"last week's Sunday\"", "weekday sunday: \"Sunday\""])]
#[case::en_last_week_then_in("met Thursday last week in Geneva", Lang::En, Some("2025-08-21"), &["date 2025-08-14 relative: \"Thursday last week\"", "weekday thursday: \"Thursday\""])]
// Where the week may open a clause of its own ("said Friday last week was …"), the weekday is
// not bound to it: it names no day, and the week is read on its own.
#[case::en_week_is_subject("Officials said Friday last week was the deadliest", Lang::En, Some("2025-08-21"), &["weekday friday: \"Friday\"", "date 2025-08-11 week relative: \"last week\""])]
#[case::en_week_then_count("said Thursday last week 5 people died", Lang::En, Some("2025-08-21"), &["weekday thursday: \"Thursday\"", "date 2025-08-11 week relative: \"last week\""])]
// Both ends of a span of days every week: the week is read on its own.
#[case::en_range_next_week("from Monday to Friday next week", Lang::En, Some("2025-08-21"), &["weekday monday: \"Monday\"", "weekday friday: \"Friday\"", "date 2025-08-25 week relative: \"next week\""])]
// A day of a month not named beside a weekday: of the last such day and the next, the one that
// is that weekday; none when neither is.
#[case::day_of_unnamed_month("Tuesday the 19th", Lang::En, Some("2013-02-12"), &["weekday tuesday: \"Tuesday\"", "date 2013-02-19 relative: \"19th\""])]
#[case::day_of_unnamed_month_bare("Tuesday 19th", Lang::En, Some("2013-02-12"), &["weekday tuesday: \"Tuesday\"", "date 2013-02-19 relative: \"19th\""])]
#[case::day_of_unnamed_month_back("on Saturday the 9th,", Lang::En, Some("2013-02-12"), &["weekday saturday: \"Saturday\"", "date 2013-02-09 relative: \"9th\""])]
#[case::day_of_unnamed_month_neither("Thursday the 15th", Lang::En, Some("2013-02-12"), &["weekday thursday: \"Thursday\"", "date unresolved relative: \"15th\""])]
#[case::day_of_unnamed_month_noun("Tuesday 19th anniversary", Lang::En, Some("2013-02-12"), &["weekday tuesday: \"Tuesday\""])]
#[case::day_of_named_month("Tuesday the 19th of March", Lang::En, Some("2013-03-12"), &["weekday tuesday date=2013-03-19: \"Tuesday\"", "date 2013-03-19 relative: \"19th of March\""])]
#[case::depan("Jumat depan", Lang::Id, Some("2025-08-21"), &["weekday friday: \"Jumat\""])]
#[case::setiap("setiap Jumat", Lang::Id, Some("2025-08-21"), &["weekday friday: \"Jumat\""])]
#[case::weekday_of_last_week("Kamis pekan lalu", Lang::Id, Some("2025-08-21"), &["weekday thursday: \"Kamis\"", "date 2025-08-11 week relative: \"pekan lalu\""])]
#[case::unclosed_parens("Kamis (21/8/2025", Lang::Id, Some("2025-08-21"), &["date 2025-08-21 relative: \"Kamis\"", "weekday thursday: \"Kamis\"", "date 2025-08-21: \"21/8/2025\""])]
#[case::dangling("Senin (", Lang::Id, Some("2025-08-21"), &["date 2025-08-18 relative: \"Senin\"", "weekday monday: \"Senin\""])]
#[case::invalid_date_beside("Senin (30/2/2025)", Lang::Id, None, &["weekday monday: \"Senin\""])]
// A date without a year is the occurrence nearest the article's date: written on Friday 29
// August, "Senin (1/9)" is the Monday after, not a Sunday a year before.
#[case::nearest_ahead("Sidang digelar Senin (1/9).", Lang::Id, Some("2025-08-29"), &["weekday monday date=2025-09-01: \"Senin\"", "date 2025-09-01 relative: \"1/9\""])]
// Spoken of as ahead, it is the next occurrence, even when the last one is nearer.
#[case::akan("Sidang akan digelar pada Sabtu (26/4).", Lang::Id, Some("2025-04-29"), &["weekday saturday date=2026-04-26: \"Sabtu\"", "date 2026-04-26 relative: \"26/4\""])]
#[case::mendatang("Rapat pada Rabu (30/4) mendatang", Lang::Id, Some("2025-04-20"), &["weekday wednesday date=2025-04-30: \"Rabu\"", "date 2025-04-30 relative: \"30/4\""])]
#[case::akan_hari("Ia akan tiba pada hari Rabu", Lang::Id, Some("2025-09-04"), &["date 2025-09-10 relative: \"hari Rabu\"", "weekday wednesday: \"Rabu\""])]
#[case::en_will("The hearing will open on Wednesday", Lang::En, Some("2025-09-04"), &["date 2025-09-10 relative: \"Wednesday\"", "weekday wednesday: \"Wednesday\""])]
// A date between the subject and a verb in the future is that verb's: the US Coast Guard's
// hearing (kvia.com, CNN, 16 September 2024), read as if written the Thursday before, is the
// Monday after, not the one before.
#[case::en_will_after("The US Coast Guard on Monday will begin a multi-day hearing to examine the loss of the Titan", Lang::En, Some("2024-09-12"), &["date 2024-09-16 relative: \"Monday\"", "weekday monday: \"Monday\""])]
// Not where the date is a verb's before it: "killed on Monday" is past.
#[case::en_will_after_a_verb("The miners killed on Monday will be buried", Lang::En, Some("2024-09-12"), &["date 2024-09-09 relative: \"Monday\"", "weekday monday: \"Monday\""])]
// A weekday of "this afternoon" or "today" names the article's own day, which it must be.
#[case::sore_ini("Hingga Sabtu sore ini, 310 orang meninggal.", Lang::Id, Some("2022-11-25"), &["weekday saturday date=2022-11-25: \"Sabtu\""])]
#[case::hari_ini("Hari ini, Senin, tepat setahun gempa.", Lang::Id, Some("2023-11-21"), &["date 2023-11-21 relative: \"Hari ini\"", "weekday monday date=2023-11-21: \"Senin\""])]
// "di depan" is "in front of": no future there.
#[case::di_depan("Ia berdiri di depan gedung pada hari Rabu", Lang::Id, Some("2025-09-04"), &["date 2025-09-03 relative: \"hari Rabu\"", "weekday wednesday: \"Rabu\""])]
fn weekdays(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] date: Option<&str>,
    #[case] expected: &[&str],
) {
    assert_eq!(dates(text, lang, date), expected);
}

#[rstest]
#[case::covid("pandemi Covid-19")]
#[case::time("pukul 21:05 WIB")]
#[case::time_dot("pukul 21.05 WIB")]
#[case::thousands("1.200.000 orang")]
#[case::version("version 2.3.1")]
#[case::phone("0812-3456-7890")]
#[case::holiday("parade militer \"Hari Kemenangan\" di Beijing")]
#[case::years_plural("tahun-tahun sebelumnya")]
#[case::invalid_february("30/2/2025")]
#[case::invalid_month("13/13/2025")]
#[case::invalid_named("31 Juni 2025")]
#[case::invalid_bare("(31/4)")]
#[case::bare_year("Pada 2024 tentara")]
#[case::year_then_count("pada 2000 tentara")]
#[case::en_year_then_count("in 2000 troops")]
#[case::en_year_then_cases("in 2000 cases")]
#[case::tahun_then_count("tahun 2000 tentara")]
#[case::up_to_count("hingga 2500")]
#[case::bare_number("sebanyak 2024")]
#[case::decade("tahun 2000-an")]
#[case::year_range("pada 2024-2025")]
#[case::ratio("rasio 10/3 itu")]
#[case::no_century_alone("pada 25")]
#[case::duration("selama dua minggu")]
#[case::duration_capital("Dua Minggu Terakhir")]
#[case::vague_days("dalam beberapa hari terakhir")]
#[case::vague_days_ago("beberapa hari lalu")]
#[case::reduplicated_days("dalam hari-hari terakhir")]
#[case::week_numbered("Minggu ke-3 Liga")]
#[case::week_first("Minggu pertama bulan puasa")]
#[case::lower_minggu("tiga minggu")]
#[case::place("di Pasar Minggu")]
#[case::good_friday("on Good Friday")]
#[case::holy_friday("pada Jumat Agung")]
#[case::en_lower_weekday("the monday meeting")]
#[case::en_may_verb("it may be")]
#[case::en_march_verb("they march on")]
#[case::en_lower_may("they may 5 times")]
#[case::en_lower_march_count("they march 3 miles")]
#[case::en_lower_may_after_day("some 3 may vote")]
#[case::season("the 2010-11 season")]
#[case::law_number("UU No. 8/2025 tentang")]
#[case::regulation("Perpres 8/2025")]
#[case::in_years_past("prices doubled in two years")]
#[case::dalam_terakhir("dalam 3 hari terakhir")]
#[case::later_narrative("three days later")]
#[case::last_fortnight("over the last fortnight")]
#[case::abbr_alone("pada Jan")]
#[case::past_year("over the last year")]
#[case::next_months("in the next month")]
#[case::thai("Tentang Tุมภาพันธ์ Korea Utara")]
#[case::same_day("pada hari yang sama")]
#[case::future("di masa depan")]
#[case::decimal("selama 2,5 jam")]
#[case::huge("pada 99999999999 tahun 99999999999999999999")]
#[case::huge_date("31/12/99999 dan 99999999999/1/2025")]
#[case::hari_alone("hari")]
// "the 15th" of a list, a floor, a century; a day said as a word with no month; a fraction.
#[case::on_the_floor("on the 15th floor")]
#[case::for_the_time("for the 15th time")]
#[case::on_the_of("on the 15th of 20 attempts")]
#[case::since_century("since the 19th-century")]
#[case::the_day_alone("the 15th was quiet")]
#[case::on_the_first_word("they agreed on the first.")]
#[case::on_ambiguous_pair("on 3/4")]
#[case::on_fraction("based on 2/15 of the votes")]
#[case::on_score("won on 12/15 shooting")]
#[case::march_first_verb("they march first to the square")]
#[case::march_first_lower("march first")]
#[case::may_first_verb("you may first need a permit")]
#[case::may_first_responders("May first responders be praised")]
#[case::may_first_quarter("May first-quarter results")]
#[case::first_lady("March First Lady")]
#[case::a_third_of("a third of March rainfall")]
#[case::one_third_of("one third of march")]
#[case::one_third_hyphen("one-third of March rainfall")]
#[case::first_of_all("first of all")]
#[case::second_of_the_month("the second of the month")]
fn not_dates(#[case] text: &str) {
    for lang in Lang::ALL {
        assert_eq!(dates(text, lang, Some("2025-08-21")), Vec::<String>::new(), "{text}");
    }
}

/// Every cut of a text full of dates (at each character boundary) reads without a panic: readers
/// look past the end of the tokens all the time.
#[test]
fn truncated_text_never_panics() {
    let text = "Kamis (21/8/2025), Sabtu (26/4) 21.08.2025 2025-08-21 Sept. 4, 2025 pada hari Rabu \
                Juni tahun lalu 4th of September 2025 21-23 Agustus 2025 dua tahun lalu Jum’at \
                pada 2024 (31/4) 99999999999/1/2025 mid-2024 last year's";
    // Every form is read once; "(31/4)" and "99999999999/1/2025" are no dates.
    assert_eq!(dates(text, Lang::Id, Some("2025-08-21")).len(), 19);
    for (cut, _) in text.char_indices() {
        for piece in [&text[..cut], &text[cut..]] {
            dates(piece, Lang::En, Some("2025-08-21"));
        }
    }
}

/// Readings that take a decision: each says what is read and why.
#[rstest]
// A range of days: both ends are days of the month written after the last.
#[case::day_range("21-23 Agustus 2025", &["date 2025-08-21: \"21\"", "date 2025-08-23: \"23 Agustus 2025\""])]
// A day of a relative year, the day before the month or after it.
#[case::day_of_last_year("pada 2 Juni tahun lalu", &["date 2024-06-02 relative: \"2 Juni tahun lalu\""])]
#[case::en_day_of_last_year("on Dec. 12 last year", &["date 2024-12-12 relative: \"Dec. 12 last year\""])]
#[case::en_day_of_last_year_comma("on July 30, last year", &["date 2024-07-30 relative: \"July 30, last year\""])]
#[case::weekday_range("Senin-Jumat", &["weekday monday: \"Senin\"", "weekday friday: \"Jumat\""])]
#[case::weekday_range_words("dari Senin hingga Jumat", &["weekday monday: \"Senin\"", "weekday friday: \"Jumat\""])]
#[case::headline_name("Kim Jong Un Bertemu Putin Rabu", &[])]
#[case::iso_with_time("pada 5 Mei 2024 lalu dan 2025-08-21T10:00", &["date 2024-05-05: \"5 Mei 2024\"", "date 2025-08-21: \"2025-08-21\""])]
// "26 people" is a count, so only the month is read.
#[case::month_then_count("In April 26 people died", &["date 2025-04 relative: \"April\""])]
// Before a function word or a verb the day is a day: "on Aug. 8 killed", "March 26 after".
#[case::month_day_then_verb("the fire on Aug. 8 killed at least 114", &["date 2025-08-08 relative: \"Aug. 8\""])]
#[case::month_day_then_after("collapsed on March 26 after the ship struck", &["date 2025-03-26 relative: \"March 26\""])]
// … and before an adverb or a preposition of place: "started Nov. 8 largely destroyed",
// "ignited Nov. 8 near Poe Dam" (constructed after the Camp Fire's reports).
#[case::month_day_then_adverb("The blaze that started Nov. 8 largely destroyed the town", &["date 2024-11-08 relative: \"Nov. 8\""])]
#[case::month_day_then_near("The fire ignited Nov. 8 near Poe Dam", &["date 2024-11-08 relative: \"Nov. 8\""])]
// After a determiner, the day and month name the noun's date: "the May 26 accident".
#[case::month_day_of_a_noun("since the May 26 accident", &["date 2025-05-26 relative: \"May 26\""])]
#[case::mid_month("Mid-April", &["date 2025-04 relative: \"April\""])]
#[case::years_ago("10 tahun lalu, 1.000 tahun lalu, 100 tahun lalu", &["date 2015 relative: \"10 tahun lalu\"", "date 1925 relative: \"100 tahun lalu\""])]
// FIXME: "May" the person, after "since", reads as the month.
#[case::may_the_person("since May took office", &["date 2025-05 relative: \"May\""])]
// FIXME: an English weekday before a capitalized word can be a title ("Sunday Times").
#[case::weekday_in_a_title("the Sunday Times reported", &["date 2025-08-17 relative: \"Sunday\"", "weekday sunday: \"Sunday\""])]
// FIXME: a score between parentheses reads as a day and month.
#[case::score_in_parens("menang (2/1)", &["date 2025-01-02 relative: \"2/1\""])]
// After a preposition of months, "first" tells an order, not a day: "in March first".
#[case::in_march_first("in March first, then in April", &["date 2025-03 relative: \"March\"", "date 2025-04 relative: \"April\""])]
fn judgment_calls(#[case] text: &str, #[case] expected: &[&str]) {
    assert_eq!(dates(text, Lang::Id, Some("2025-08-21")), expected);
}

#[rstest]
#[case::seed_000("Pujian itu disampaikan Kim saat pertemuan dengan para komandan militer, menurut laporan media Korea Utara, Korean Central News Agency (KCNA), pada Kamis (21/8/2025).", Some("2025-08-21"), &["weekday thursday date=2025-08-21: \"Kamis\"", "date 2025-08-21: \"21/8/2025\""])]
#[case::seed_000("KCNA melaporkan bahwa Kim memberikan motivasi kepada para perwira dan tentara yang bertugas di wilayah Kursk, Rusia, sebagaimana yang dilansir dari AFP pada hari yang sama.", Some("2025-08-21"), &[])]
#[case::seed_000("Trump telah mengadakan pertemuan dengan Presiden Rusia Vladimir Putin di Alaska pada Jumat (15/8/2025).", Some("2025-08-21"), &["weekday friday date=2025-08-15: \"Jumat\"", "date 2025-08-15: \"15/8/2025\""])]
#[case::seed_000("Berselang dua hari, pada Senin (18/8/2025), ia mengagendakan pertemuan dengan Presiden Ukraina Volodymyr Zelensky bersama sejumlah pemimpin Eropa.", Some("2025-08-21"), &["weekday monday date=2025-08-18: \"Senin\"", "date 2025-08-18: \"18/8/2025\""])]
#[case::seed_000("Namun Putin, yang pekan lalu menyebut pasukan Korea Utara “heroik” hingga kini menghindari pertemuan dengan Zelensky, untuk membicarakan kesepakatan perdamaian.", Some("2025-08-21"), &["date 2025-08-11 week relative: \"pekan lalu\""])]
#[case::seed_000("Hubungan Rusia dan Korea Utara telah dijalin semakin erat, dengan menandatangani pakta pertahanan bersama tahun lalu saat Putin mengunjungi negara sekutunya yang tertutup itu.", Some("2025-08-21"), &["date 2024 relative: \"tahun lalu\""])]
#[case::seed_000("Pada April, Korea Utara untuk pertama kalinya mengonfirmasi bahwa mereka telah mengerahkan kontingen tentaranya ke garis depan di Ukraina, memperkuat pasukan Rusia.", Some("2025-08-21"), &["date 2025-04 relative: \"April\""])]
#[case::seed_000("Badan intelijen Korea Selatan dan negara Barat menyatakan bahwa Pyongyang telah mengirim lebih dari 10 ribu pasukan ke wilayah Kursk, Rusia pada 2024, beserta meriam artileri, rudal, dan sistem roket jarak jauh.", Some("2025-08-21"), &["date 2024: \"2024\""])]
#[case::seed_000("Menurut Seoul, Sekitar 600 pasukan Korea Utara tewas dan ribuan lainnya terluka saat bertempur untuk Rusia.", Some("2025-08-21"), &[])]
#[case::seed_001("Tentang Tุมภาพันธ์ Korea Utara dalam perjuangan di Rusia", Some("2025-08-21"), &[])]
#[case::seed_001("Menurut laporan Kantor Berita Pusat Korea (KCNA) yang dilaporkan oleh AFP pada Kamis, 21 Agustus 2025, Kim Jong Un menggelar angkatan bersenjata negaranya sebagai pasukan yang berani.", Some("2025-08-21"), &["weekday thursday date=2025-08-21: \"Kamis\"", "date 2025-08-21: \"21 Agustus 2025\""])]
#[case::seed_001("Komentar tersebut muncul ketika Presiden Amerika Serikat, Donald Trump, berupaya mendorong penyelemaan konflik antara Rusia dan Ukraina setelah melakukan serangkaian pertemuan dengan pemimpin kedua negara terkait dalam beberapa hari terakhir.", Some("2025-08-21"), &[])]
#[case::seed_001("Korearn Utara dan Rusia telah memperkuat hubungan mereka, termasuk dengan menandatangani perjanjian pertahanan bersama pada tahun sebelumnya ketika Putin mengunjungi negara terisolasi itu.", Some("2025-08-21"), &["date 2024 relative: \"tahun sebelumnya\""])]
#[case::seed_001("Pada bulan April tahun ini, Korea Utara untuk pertama kalinya mengakui bahwa mereka telah mengirim pasukan ke garis depan Ukraina, bekerja sama dengan militer Rusia.", Some("2025-08-21"), &["date 2025-04 relative: \"bulan April tahun ini\""])]
#[case::seed_001("Menurut laporan intelijen Korea Selatan, Pyongyang mengirimkan lebih dari 10.000 tentara ke Kursk, Rusia, pada tahun 2024, bersama senjata artileri, rudal, dan sistem roket jarak jauh.", Some("2025-08-21"), &["date 2024: \"tahun 2024\""])]
#[case::seed_001("Hingga saat ini, sekitar 600 tentara Korea Utara telah tewas dan ribuan lainnya mengalami cedera saat berperang untuk Rusia.", Some("2025-08-21"), &[])]
#[case::seed_002("date 2025-09-04 DUNIA", Some("2025-09-04"), &["date 2025-09-04: \"2025-09-04\""])]
#[case::seed_002("4 September 2025", Some("2025-09-04"), &["date 2025-09-04: \"4 September 2025\""])]
#[case::seed_002("Presiden Rusia Vladimir Putin pada hari Rabu menyatakan bahwa tentara Korea Utara yang \"berani\" bergabung dalam perang di Ukraina atas inisiatif pemimpin mereka, Kim Jong-un.", Some("2025-09-04"), &["date 2025-09-03 relative: \"hari Rabu\"", "weekday wednesday: \"Rabu\""])]
#[case::seed_002("Putin menyampaikan pernyataan tersebut selama pembicaraan bilateral dengan Kim di Diaoyutai State Guesthouse setelah menghadiri parade militer \"Hari Kemenangan\" di Beijing, China.", Some("2025-09-04"), &[])]
#[case::seed_002("Kim menyatakan bahwa ia berniat untuk fokus pada \"prospek pengembangan hubungan\" dengan Moskow, seraya menambahkan: \"Saya sangat senang bahwa hari ini kita memiliki kesempatan untuk berbicara tentang hubungan kita, tentang interaksi, tentang prospek, tentang pengembangan hubungan ini, dan bahwa saya memiliki kesempatan untuk bertemu dengan Anda secara langsung,\" seperti dikutip oleh kantor berita milik negara Rusia, RIA Novosti.", Some("2025-09-04"), &["date 2025-09-04 relative: \"hari ini\""])]
#[case::seed_002("Ini adalah pertemuan bilateral keempat mereka yang berlangsung selama 2,5 jam.", Some("2025-09-04"), &[])]
#[case::seed_002("Sebelumnya, Putin dan Kim pertama kali bertemu pada tahun 2019, ketika pemimpin Korea Utara melakukan perjalanan ke kota Vladivostok di Timur Jauh Rusia.", Some("2025-09-04"), &["date 2019: \"tahun 2019\""])]
#[case::seed_002("Kemudian pada September 2023, Kim kembali melakukan perjalanan ke Timur Jauh Rusia untuk pertemuan kedua dengan Putin, yang sebelumnya melakukan kunjungan kedua ke Pyongyang pada Juni tahun lalu, di mana mereka menandatangani kemitraan strategis komprehensif yang mengharuskan dukungan militer satu sama lain jika terjadi serangan dari pihak ketiga.", Some("2025-09-04"), &["date 2023-09: \"September 2023\"", "date 2024-06 relative: \"Juni tahun lalu\""])]
#[case::seed_003("Komisi Militer Pusat dari Partai Pekerja yang berkuasa di Korea Utara mengatakan pemimpin Kim Jong Un membuat keputusan untuk mengerahkan pasukan berdasarkan perjanjian kemitraan strategis komprehensif yang ditandatanganinya dengan Putin tahun lalu.", Some("2025-04-29"), &["date 2024 relative: \"tahun lalu\""])]
#[case::seed_003("\"Berdasarkan perintah kepala negara, sub-unit angkatan bersenjata Republik menganggap wilayah Rusia sebagai wilayah negara mereka dan membuktikan aliansi yang kuat antara kedua negara,\" kata komisi tersebut, dikutip KCNA, Senin (29/4/2025).", Some("2025-04-29"), &["weekday monday date=2025-04-29: \"Senin\"", "date 2025-04-29: \"29/4/2025\""])]
#[case::seed_003("Sebelumnya, Ukraina memperkirakan bahwa Korea Utara telah mengirim total 14.000 tentara, termasuk 3.000 bala bantuan untuk menggantikan korban yang gugur ke Rusia.", Some("2025-04-29"), &[])]
#[case::seed_003("Rusia mengonfirmasi pada hari Sabtu untuk pertama kalinya bahwa tentara Korea Utara telah bertempur bersama Rusia di Kursk.", Some("2025-04-29"), &["date 2025-04-26 relative: \"hari Sabtu\"", "weekday saturday: \"Sabtu\""])]
#[case::seed_003("Pekan lalu, Rusia mengatakan pasukan Ukraina telah diusir dari desa Rusia terakhir yang mereka kuasai, meskipun Kyiv membantah klaim tersebut dan mengatakan pasukan mereka masih beroperasi di Belgorod, wilayah Rusia lainnya yang berbatasan dengan Ukraina.", Some("2025-04-29"), &["date 2025-04-21 week relative: \"Pekan lalu\""])]
#[case::seed_004("“Aktivitas tempur dari pasukan operasional luar negeri … membuktikan tanpa ragu kekuatan dari tentara heroik [Korea Utara],” dan bahwa “pembebasan Kursk” membuktikan “semangat juang para pahlawan”, demikian dilaporkan KCNA pada Jumat, mengutip Kim.", None, &["date unresolved relative: \"Jumat\"", "weekday friday: \"Jumat\""])]
#[case::seed_004("Badan intelijen Korea Selatan dan Barat menyebut Pyongyang mengirim lebih dari 10.000 prajurit ke region Kursk Rusia pada 2024, bersama dengan peluru artileri, misil, dan sistem roket jarak jauh untuk digunakan Rusia melawan Ukraina.", None, &["date 2024: \"2024\""])]
#[case::seed_004("Gambar tanpa tanggal yang dirilis KCNA resmi Korea Utara pada Jumat menunjukkan Pemimpin Korea Utara Kim Jong Un bertemu dengan keluarga yang berduka dalam sebuah upacara penganugerahan penghargaan negara kepada pasukan yang bertempur dalam perang Rusia melawan Ukraina [KCNA via KNS/AFP]", None, &["date unresolved relative: \"Jumat\"", "weekday friday: \"Jumat\""])]
#[case::seed_004("Komentar Kim ini muncul bersamaan dengan Presiden Amerika Serikat Donald Trump yang meningkatkan upaya sejauh ini belum berhasil untuk mengakhiri perang Rusia-Ukraina, setelah melakukan pembicaraan tingkat tinggi dengan pemimpin kedua negara dalam hari-hari terakhir.", None, &[])]
#[case::seed_004("Namun Presiden Rusia Vladimir Putin, yang pekan lalu memuji pasukan Korea Utara sebagai “heroik”, hingga kini menghindari pertemuan dengan rekannya dari Ukraina Volodymyr Zelenskyy untuk perundingan damai, dan serangan Rusia terhadap Ukraina telah meningkat seiring pasukan Moskow meraih kemajuan signifikan di garis depan perang.", None, &["date unresolved relative: \"pekan lalu\""])]
#[case::seed_004("Rusia dan Korea Utara telah menjalin hubungan yang semakin erat, termasuk menandatangani pakta pertahanan bersama tahun lalu saat Putin mengunjungi negara tertutup tersebut.", None, &["date unresolved relative: \"tahun lalu\""])]
#[case::seed_004("Ini juga akan dilakukan di masa depan,” ujar Kim, menurut KCNA.", None, &[])]
fn seed_sentences(#[case] text: &str, #[case] date: Option<&str>, #[case] expected: &[&str]) {
    assert_eq!(dates(text, Lang::Id, date), expected);
}

/// Every date and weekday of each whole seed article, read against the date the article gives
/// (004 gives none).
#[rstest]
#[case::seed_000(SEED_000, Some("2025-08-21"), &[
    "weekday thursday date=2025-08-21: \"Kamis\"",
    "date 2025-08-21: \"21/8/2025\"",
    "weekday friday date=2025-08-15: \"Jumat\"",
    "date 2025-08-15: \"15/8/2025\"",
    "weekday monday date=2025-08-18: \"Senin\"",
    "date 2025-08-18: \"18/8/2025\"",
    "date 2025-08-11 week relative: \"pekan lalu\"",
    "date 2024 relative: \"tahun lalu\"",
    "date 2025-04 relative: \"April\"",
    "date 2024: \"2024\"",
])]
#[case::seed_001(SEED_001, Some("2025-08-21"), &[
    "weekday thursday date=2025-08-21: \"Kamis\"",
    "date 2025-08-21: \"21 Agustus 2025\"",
    "date 2024 relative: \"tahun sebelumnya\"",
    "date 2025-04 relative: \"bulan April tahun ini\"",
    "date 2024: \"tahun 2024\"",
])]
#[case::seed_002(SEED_002, Some("2025-09-04"), &[
    "date 2025-09-04: \"2025-09-04\"",
    "date 2025-09-04: \"4 September 2025\"",
    "date 2025-09-03 relative: \"hari Rabu\"",
    "weekday wednesday: \"Rabu\"",
    "date 2025-09-04 relative: \"hari ini\"",
    "date 2019: \"tahun 2019\"",
    "date 2023-09: \"September 2023\"",
    "date 2024-06 relative: \"Juni tahun lalu\"",
])]
#[case::seed_003(SEED_003, Some("2025-04-29"), &[
    "date 2024 relative: \"tahun lalu\"",
    "weekday monday date=2025-04-29: \"Senin\"",
    "date 2025-04-29: \"29/4/2025\"",
    "date 2025-04-26 relative: \"hari Sabtu\"",
    "weekday saturday: \"Sabtu\"",
    "date 2025-04-21 week relative: \"Pekan lalu\"",
])]
#[case::seed_004(SEED_004, None, &[
    "date unresolved relative: \"Jumat\"",
    "weekday friday: \"Jumat\"",
    "date 2024: \"2024\"",
    "date unresolved relative: \"Jumat\"",
    "weekday friday: \"Jumat\"",
    "date unresolved relative: \"pekan lalu\"",
    "date unresolved relative: \"tahun lalu\"",
])]
fn seed_articles(#[case] text: &str, #[case] date: Option<&str>, #[case] expected: &[&str]) {
    assert_eq!(dates(text, Lang::Id, date), expected);
}

// The five seed articles, verbatim.

const SEED_000: &str = r#"PYONGYANG, desapenari.id – Pemimpin Korea Utara Kim Jong Un memuji pasukan negaranya yang dikerahkan untuk membantu Rusia perang di Ukraina.
Pujian itu disampaikan Kim saat pertemuan dengan para komandan militer, menurut laporan media Korea Utara, Korean Central News Agency (KCNA), pada Kamis (21/8/2025).
KCNA melaporkan bahwa Kim memberikan motivasi kepada para perwira dan tentara yang bertugas di wilayah Kursk, Rusia, sebagaimana yang dilansir dari AFP pada hari yang sama.
baca juga: Ong Kim Swee Resmi Jadi Pelatih Persik Kediri!
“Pasukan kami adalah tentara yang heroik,” kata Kim dalam pidatonya kepada anggota militer Korea Utara di Pyongyang.
“Pasukan kami kini melakukan apa yang seharusnya dilakukan dan yang perlu dilakukan. Mereka akan terus melakukannya di masa depan,” tambahnya.
Pernyataan Kim muncul ketika Presiden Amerika Serikat (AS) Donald Trump meningkatkan upaya yang sejauh ini belum membuahkan hasil untuk mengakhiri perang Rusia-Ukraina.
Trump telah mengadakan pertemuan dengan Presiden Rusia Vladimir Putin di Alaska pada Jumat (15/8/2025).
Berselang dua hari, pada Senin (18/8/2025), ia mengagendakan pertemuan dengan Presiden Ukraina Volodymyr Zelensky bersama sejumlah pemimpin Eropa.
Baca juga: AS-Korsel Latihan Militer, Kim Jong Un Perintahkan Senjata Nuklir Dipercepat
Namun Putin, yang pekan lalu menyebut pasukan Korea Utara “heroik” hingga kini menghindari pertemuan dengan Zelensky, untuk membicarakan kesepakatan perdamaian.
Hubungan Rusia dan Korea Utara telah dijalin semakin erat, dengan menandatangani pakta pertahanan bersama tahun lalu saat Putin mengunjungi negara sekutunya yang tertutup itu.
Pada April, Korea Utara untuk pertama kalinya mengonfirmasi bahwa mereka telah mengerahkan kontingen tentaranya ke garis depan di Ukraina, memperkuat pasukan Rusia.
Badan intelijen Korea Selatan dan negara Barat menyatakan bahwa Pyongyang telah mengirim lebih dari 10 ribu pasukan ke wilayah Kursk, Rusia pada 2024, beserta meriam artileri, rudal, dan sistem roket jarak jauh.
Menurut Seoul, Sekitar 600 pasukan Korea Utara tewas dan ribuan lainnya terluka saat bertempur untuk Rusia."#;

const SEED_001: &str = r#"Tentang Tุมภาพันธ์ Korea Utara dalam perjuangan di Rusia

Jurnalis Berita

By Jurnalis Berita

Pemimpin Korea Utara, Kim Jong Un, menyampaikan pujian kepada pasukan militernya yang sedang membantu Rusia dalam perang melawan Ukraina. Menurut laporan Kantor Berita Pusat Korea (KCNA) yang dilaporkan oleh AFP pada Kamis, 21 Agustus 2025, Kim Jong Un menggelar angkatan bersenjata negaranya sebagai pasukan yang berani.

Dalam pidato kepada anggota militer, Kim Jong Un juga mengekspresikan dukungan yang kuat kepada perwira dan prajurit yang bertugas di wilayah Kursk, Rusia. Berdasarkan informasi dari intelijen Korea Utara, lebih dari 10.000 tentara telah dikirim ke Rusia untuk mendukung serangan militer mereka.

“Tentara kita saat ini melaksanakan tugas mereka dengan tepat dan sesuai dengan kewajiban. Kami akan terus melakukan hal yang sama di masa depan,” tutur Kim Jong Un.

Komentar tersebut muncul ketika Presiden Amerika Serikat, Donald Trump, berupaya mendorong penyelemaan konflik antara Rusia dan Ukraina setelah melakukan serangkaian pertemuan dengan pemimpin kedua negara terkait dalam beberapa hari terakhir.

Sementara itu, Presiden Rusia, Vladimir Putin, yang belum lama ini juga memuji kontribusi pasukan Korea Utara sebagai “heroik,” terus menghindari penawaran pertemuan dengan Presiden Ukraina, Volodymyr Zelensky, untuk membahas penyelesaian damai.

Korearn Utara dan Rusia telah memperkuat hubungan mereka, termasuk dengan menandatangani perjanjian pertahanan bersama pada tahun sebelumnya ketika Putin mengunjungi negara terisolasi itu. Pada bulan April tahun ini, Korea Utara untuk pertama kalinya mengakui bahwa mereka telah mengirim pasukan ke garis depan Ukraina, bekerja sama dengan militer Rusia.

Menurut laporan intelijen Korea Selatan, Pyongyang mengirimkan lebih dari 10.000 tentara ke Kursk, Rusia, pada tahun 2024, bersama senjata artileri, rudal, dan sistem roket jarak jauh. Hingga saat ini, sekitar 600 tentara Korea Utara telah tewas dan ribuan lainnya mengalami cedera saat berperang untuk Rusia.

Pernyataan dan aksi militer ini mengungkapkan seberapa jauh hubungan antara Korea Utara dan Rusia telah mencapai status strategis, meskipun tanpa rencana jelas untuk menyelesaikan konflik di Ukraina. Keterlibatan langsung pasukan asing menambahkan kompleksitas dan menimbulkan pertanyaan mengenai masa depan hubungan internasional di kawasan tersebut. Sepanjang waktu, ekonomi dan keamanan regional tetap menjadi fokus penting baik untuk Pyongyang maupun Moskwa.

Dua negara yang terlibat dalam perang ini kini menghadapi tekanan untuk mengevaluasi strategi mereka, terutama dengan adanya korban jiwa yang terus meningkat. Pemerintahan Donald Trump harus mempertimbangkan langkah-langkah diplomatik baru untuk mengamankan stabilitas di Eropa Timur, sementara Ukraina danaliases yang terlibat harus mempertimbangkan cara untuk melanjutkan perjuangan mereka.

Baca juga Berita lainnya di News Page

Tinggalkan Balasan"#;

const SEED_002: &str = r#" date 2025-09-04 DUNIA
Tentara Korea Utara 'berani' bergabung dalam perang Ukraina atas inisiatif Kim: Putin
Pernyataan ini menandai kali pertama presiden Rusia mengakui keterlibatan pasukan Korea Utara dalam perang Ukraina.
Presiden Rusia meminta Kim untuk menyampaikan "ucapan terima kasih yang hangat kepada seluruh rakyat" Korea Utara. / AA
4 September 2025

Presiden Rusia Vladimir Putin pada hari Rabu menyatakan bahwa tentara Korea Utara yang "berani" bergabung dalam perang di Ukraina atas inisiatif pemimpin mereka, Kim Jong-un.

Putin menyampaikan pernyataan tersebut selama pembicaraan bilateral dengan Kim di Diaoyutai State Guesthouse setelah menghadiri parade militer "Hari Kemenangan" di Beijing, China.

Pernyataan ini menandai pertama kalinya Presiden Rusia mencatat keterlibatan pasukan Korea Utara dalam perang Ukraina atas inisiatif Kim.

Kim menyatakan bahwa ia berniat untuk fokus pada "prospek pengembangan hubungan" dengan Moskow, seraya menambahkan: "Saya sangat senang bahwa hari ini kita memiliki kesempatan untuk berbicara tentang hubungan kita, tentang interaksi, tentang prospek, tentang pengembangan hubungan ini, dan bahwa saya memiliki kesempatan untuk bertemu dengan Anda secara langsung," seperti dikutip oleh kantor berita milik negara Rusia, RIA Novosti.

Putin mengatakan bahwa hubungan antara Rusia dan Korea Utara telah mengambil karakter "khusus yang penuh kepercayaan dan bersahabat, serta karakter sekutu."

Ia mencatat bahwa pasukan khusus Korea Utara telah berpartisipasi dalam pertempuran di wilayah Kursk Rusia melawan pasukan Ukraina.

"Atas inisiatif Anda, seperti yang diketahui, pasukan khusus Anda ikut serta dalam pembebasan wilayah Kursk, sepenuhnya sesuai dengan perjanjian baru kita," kata Putin, memuji tentara Korea Utara yang telah bertempur dengan "berani dan heroik."

Presiden Rusia meminta Kim untuk menyampaikan "kata-kata terhangat dari rasa terima kasih" kepada seluruh rakyat Korea Utara.

Saat mengantar pemimpin Korea Utara ke mobilnya setelah pertemuan mereka, Putin memberikan undangan kepada Kim untuk kunjungan mendatang ke Rusia, dengan mengatakan: "Kami menunggu Anda. Datanglah."

Ini adalah pertemuan bilateral keempat mereka yang berlangsung selama 2,5 jam.

Sebelumnya, Putin dan Kim pertama kali bertemu pada tahun 2019, ketika pemimpin Korea Utara melakukan perjalanan ke kota Vladivostok di Timur Jauh Rusia.

Kemudian pada September 2023, Kim kembali melakukan perjalanan ke Timur Jauh Rusia untuk pertemuan kedua dengan Putin, yang sebelumnya melakukan kunjungan kedua ke Pyongyang pada Juni tahun lalu, di mana mereka menandatangani kemitraan strategis komprehensif yang mengharuskan dukungan militer satu sama lain jika terjadi serangan dari pihak ketiga.

Setelah itu, Pyongyang mengerahkan ribuan tentara ke Rusia dalam perang Ukraina.

Menurut Korea Selatan, Pyongyang kehilangan sekitar 2.000 tentara dalam pertempuran melawan Kiev.

SUMBER:AA
"#;

const SEED_003: &str = r#"GELORA.CO - Korea Utara mengonfirmasi pengiriman pasukan militer ke Rusia di bawah perintah Kim Jong Un. Pasukan militer itu disebut sebagai pahlawan.
Pengerahan pasukan militer Korea Utara ke Rusia ini merupakan perintahah langsung dari Kim Jong Un. Hal ini juga menjadi pertama kalinya Korea Utara mengakui pengerahan pasukan tersebut ke Rusia.
Komisi Militer Pusat dari Partai Pekerja yang berkuasa di Korea Utara mengatakan pemimpin Kim Jong Un membuat keputusan untuk mengerahkan pasukan berdasarkan perjanjian kemitraan strategis komprehensif yang ditandatanganinya dengan Putin tahun lalu.
"Berdasarkan perintah kepala negara, sub-unit angkatan bersenjata Republik menganggap wilayah Rusia sebagai wilayah negara mereka dan membuktikan aliansi yang kuat antara kedua negara," kata komisi tersebut, dikutip KCNA, Senin (29/4/2025).
Di sisi lain, Kim Jong Un mengatakan pasukan militer yang dikirim ke Rusia adalah pahlawan. Mereka berjuang demi keadilan dan perwakilah negara.
"Mereka yang berjuang demi keadilan semuanya adalah pahlawan dan perwakilan kehormatan ibu pertiwi," kata Kim.
Lebih lanjut, Kim Jong Un menganggap pengerahan pasukan itu sebagai suatu kehormatan untuk memiliki aliansi sekuat Rusia.
"Korea Utara menganggapnya sebagai suatu kehormatan untuk memiliki aliansi dengan negara sekuat Federasi Rusia," ujarnya.
Sebelumnya, Ukraina memperkirakan bahwa Korea Utara telah mengirim total 14.000 tentara, termasuk 3.000 bala bantuan untuk menggantikan korban yang gugur ke Rusia.
Namun mereka yang dikirim ke medan perang kekurangan kendaraan lapis baja dan pengalaman dalam peperangan pesawat nirawak. Mereka pun mengalami banyak korban tetapi beradaptasi dengan cepat.
Rusia mengonfirmasi pada hari Sabtu untuk pertama kalinya bahwa tentara Korea Utara telah bertempur bersama Rusia di Kursk. Baik Rusia maupun Korea Utara sebelumnya tidak mengonfirmasi atau membantah pengerahan tersebut.
Pekan lalu, Rusia mengatakan pasukan Ukraina telah diusir dari desa Rusia terakhir yang mereka kuasai, meskipun Kyiv membantah klaim tersebut dan mengatakan pasukan mereka masih beroperasi di Belgorod, wilayah Rusia lainnya yang berbatasan dengan Ukraina.
Sumber: era"#;

const SEED_004: &str = r#"Pemimpin Korea Utara isyaratkan kerja sama militer lebih lanjut dengan Moskow ‘di masa depan’ sembari anugerahkan medali kepada prajurit.
Pemimpin Korea Utara Kim Jong Un telah menganugerahkan medali kepada pasukannya yang kembali dan gugur, yang bertempur untuk Rusia dalam perang melawan Ukraina, disertai pertemuan yang penuh emosi bersama keluarga prajurit yang tewas di medan laga, menurut laporan Kantor Berita Pusat Korea (KCNA) yang dijalankan negara.
“Aktivitas tempur dari pasukan operasional luar negeri … membuktikan tanpa ragu kekuatan dari tentara heroik [Korea Utara],” dan bahwa “pembebasan Kursk” membuktikan “semangat juang para pahlawan”, demikian dilaporkan KCNA pada Jumat, mengutip Kim.
“Tentara kami sekarang melakukan apa yang seharusnya dan perlu dilakukan. Ini juga akan dilakukan di masa depan,” ujar Kim, menurut KCNA.
Dia juga meletakkan karangan bunga di dinding peringatan bagi prajurit Korea Utara yang gugur di luar negeri, serta sebuah konser digelar untuk prajurit yang kembali dari bertugas di Rusia, ditambah sebuah jamuan yang mengikutsertakan anggota keluarga yang berduka dari pasukan yang gugur, kata KCNA.
Foto yang diterbitkan oleh kantor berita tersebut memperlihatkan sang pemimpin Korea Utara memeluk anggota keluarga prajurit yang gugur yang tampak jelas terharu.
Badan intelijen Korea Selatan dan Barat menyebut Pyongyang mengirim lebih dari 10.000 prajurit ke region Kursk Rusia pada 2024, bersama dengan peluru artileri, misil, dan sistem roket jarak jauh untuk digunakan Rusia melawan Ukraina.
Gambar tanpa tanggal yang dirilis KCNA resmi Korea Utara pada Jumat menunjukkan Pemimpin Korea Utara Kim Jong Un bertemu dengan keluarga yang berduka dalam sebuah upacara penganugerahan penghargaan negara kepada pasukan yang bertempur dalam perang Rusia melawan Ukraina [KCNA via KNS/AFP]
Sekitar 600 dari prajurit Korea Utara tersebut dilaporkan tewas dan ribuan lainnya luka-luka saat bertempur untuk Rusia, menurut perkiraan intelijen Seoul.
Komentar Kim ini muncul bersamaan dengan Presiden Amerika Serikat Donald Trump yang meningkatkan upaya sejauh ini belum berhasil untuk mengakhiri perang Rusia-Ukraina, setelah melakukan pembicaraan tingkat tinggi dengan pemimpin kedua negara dalam hari-hari terakhir.
Namun Presiden Rusia Vladimir Putin, yang pekan lalu memuji pasukan Korea Utara sebagai “heroik”, hingga kini menghindari pertemuan dengan rekannya dari Ukraina Volodymyr Zelenskyy untuk perundingan damai, dan serangan Rusia terhadap Ukraina telah meningkat seiring pasukan Moskow meraih kemajuan signifikan di garis depan perang.
Rusia dan Korea Utara telah menjalin hubungan yang semakin erat, termasuk menandatangani pakta pertahanan bersama tahun lalu saat Putin mengunjungi negara tertutup tersebut.
Kim Jong Un (kiri) memeluk seorang prajurit Korea Utara yang bertempur bersama Rusia dalam perangnya melawan Ukraina, di markas Komite Pusat Partai Buruh Korea di Pyongyang [KCNA via KNS/AFP]"#;
