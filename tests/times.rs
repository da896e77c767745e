//! Times of day compared, sentence by sentence: each case is a sentence of a real article (its
//! source and date in a comment) or a form the docs name, checked against the canons of the two
//! stories where times matter (`tests/stories/majene-earthquake`, `tests/stories/titan-oxygen`),
//! with the status of the claim's finding (or none) and a piece of its message.

mod support;

use canon::article::{Article, Overrides};
use canon::canon::Canon;
use canon::check::check_article;
use canon::lang::Lang;
use chrono::NaiveDate;
use rstest::rstest;

fn story(name: &str) -> Canon {
    let path = support::root().join("tests/stories").join(name).join("claims.yaml");
    Canon::load(&path).expect("the story's canon loads")
}

/// The claim's finding for `text`, as "status: message", or "none".
fn finding(story_name: &str, claim: &str, text: &str, date: &str, lang: Lang) -> String {
    let canon = story(story_name);
    let article = Article::parse("<case>", text.to_string()).expect("text");
    let overrides = Overrides {
        language: Some(lang),
        date: Some(NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("date")),
    };
    let checked = check_article(&canon, article, overrides);
    let found: Vec<String> = (checked.findings.iter())
        .filter(|f| f.check == claim)
        .map(|f| format!("{}: {}", f.status.name(), f.message))
        .collect();
    if found.is_empty() { "none".into() } else { found.join(" | ") }
}

#[rstest]
// ujungjari.com, 2021-01-15: WIB for an event in WITA.
#[case::id_wib_for_wita(
    "MAJENE, UJUNGJARI.COM — Gempa dengan magnitudo 6,2 mengguncang Majene, Sulawesi Barat pada Jumat, 15 Januari 2021 pukul 01.28 WIB.",
    "2021-01-15",
    Lang::Id,
    "consistent: the date agrees at the precision written (day); the time agrees"
)]
// kailipost.com, 2021-01-15: the local zone.
#[case::id_wita(
    "Gempa terjadi pada Jum’at (15/01/2021) sekitar pukul 02.28 WITA, pada 6 km arah baratlaut Majene, Sulbar.",
    "2021-01-15",
    Lang::Id,
    "consistent"
)]
// The same clock in the wrong zone, and a clock with no zone in an Indonesian article: WITA.
#[case::id_wrong_zone(
    "Gempa terjadi pada Jumat (15/1/2021) pukul 02.28 WIB.",
    "2021-01-15",
    Lang::Id,
    "discrepant: the event happened at 02:28 WITA (01:28 WIB), not 02:28 WIB"
)]
#[case::id_no_zone(
    "Gempa terjadi pada Jumat (15/1/2021) pukul 02.28.",
    "2021-01-15",
    Lang::Id,
    "consistent: the date agrees at the precision written (day); the time agrees at the precision written (minute) (read in WITA"
)]
// Parts of the day compare as spans: "dini hari" holds 02:28, "sore" does not.
#[case::id_dini_hari(
    "Gempa terjadi pada Jumat (15/1/2021) dini hari.",
    "2021-01-16",
    Lang::Id,
    "consistent"
)]
#[case::id_sore(
    "Gempa terjadi pada Jumat (15/1/2021) sore.",
    "2021-01-16",
    Lang::Id,
    "discrepant: the event happened at 02:28 WITA, not 14:00–18:59"
)]
// shepherdgazette.com (CNN), 2021-01-15: "local time" is the event's zone, and 1.28 is WIB's.
#[case::en_local_time(
    "The epicentre of the quake, which struck at 1.28 a.m. local time, was six kilometers (3.73 miles) northeast of Majene city at a depth of 10 kilometers, according to Indonesia’s Meteorology, Climatology and Geophysics Agency.",
    "2021-01-15",
    Lang::En,
    "discrepant: the event happened at 02:28 WITA, not 01:28 local time"
)]
// voinews.id, 2021-01-15: an English article that writes the zone.
#[case::en_wib(
    "The epicenter of the 6.2-magnitude quake which occurred at 01.28 WIB (West Indonesia Standard Time) was located on land six kilometers northeast of Majene at a depth of 10 kilometers, Chief of BMKG Earthquake and Tsunami Center Bambang Setiyo Prayitno said in a written statement.",
    "2021-01-15",
    Lang::En,
    "consistent: the time agrees at the precision written (minute)"
)]
// A clock with no zone in an English article about an event in WITA cannot be placed.
#[case::en_no_zone(
    "The quake struck at 2:28 a.m. on Friday.",
    "2021-01-16",
    Lang::En,
    "unresolved: the date agrees at the precision written (day); the time has no zone, and the article is not in the language of WITA"
)]
// The date changes across zones: Thursday evening in London is Friday morning in Mamuju.
#[case::en_day_before_in_gmt(
    "The quake struck on Thursday at 6:28 p.m. GMT.",
    "2021-01-16",
    Lang::En,
    "consistent: the date agrees in GMT, where the event fell on 2021-01-14; the time agrees"
)]
#[case::en_wrong_day_in_gmt(
    "The quake struck on Friday at 6:28 p.m. GMT.",
    "2021-01-16",
    Lang::En,
    "discrepant: the event happened at 02:28 WITA (2021-01-14 18:28 GMT), not 18:28 GMT"
)]
fn majene(#[case] text: &str, #[case] date: &str, #[case] lang: Lang, #[case] expected: &str) {
    let got = finding("majene-earthquake", "mainshock", text, date, lang);
    assert!(got.starts_with(expected), "{got}");
}

#[rstest]
// tass.com, 2023-06-22: ET, with Moscow's time beside it.
#[case::et(
    "\"The Coast Guard projects that the oxygen supply on the Titan will run out at 7:08 a.m. ET (2:08 p.m. Moscow time - TASS) Thursday,\" NBC quoted the spokesperson as saying.",
    "2023-06-22",
    "consistent: the time agrees at the precision written (minute)"
)]
// newstimesuk.com, 2023-06-22: no zone, in an English article about an event in EDT.
#[case::no_zone_english(
    "The world waits for news as the window for survival of the five passengers aboard the Titan sub is fast closing, with the US Coastguard estimating that the oxygen supply ran out at 7.08am (12.08pm UK time) today.",
    "2023-06-22",
    "consistent: the time agrees at the precision written (minute) (read in EDT"
)]
// The same instant in UK time, and Moscow time, each alone.
#[case::uk_time("The oxygen supply ran out at 12.08pm UK time.", "2023-06-22", "consistent")]
#[case::moscow_time(
    "The oxygen supply ran out at 2:08 p.m. Moscow time.",
    "2023-06-22",
    "consistent"
)]
#[case::wrong_hour(
    "The oxygen supply ran out at 10 a.m. ET on Thursday, June 22, 2023.",
    "2023-06-23",
    "discrepant: the event happened at 07:08 EDT, not 10:00 ET"
)]
// A hedge reaches as far as it says: "shortly after 6 a.m." does not reach 7:08.
#[case::shortly_after(
    "The oxygen supply ran out shortly after 7 a.m. ET.",
    "2023-06-22",
    "consistent"
)]
#[case::before_by("The oxygen supply ran out just before 6 a.m. ET.", "2023-06-22", "discrepant")]
// A time that bounds a period is not the event's.
#[case::bound("The oxygen supply had not run out until 10 a.m. ET.", "2023-06-22", "none")]
fn titan(#[case] text: &str, #[case] date: &str, #[case] expected: &str) {
    let got = finding("titan-oxygen", "oxygen-runs-out", text, date, Lang::En);
    assert!(got.starts_with(expected), "{got}");
}
