//! Times of day as the extractor reads them, one `describe` line per mention, on sentences of
//! real articles (each case names its source and date) and on the forms the module docs list.
//!
//! A line reads `time HH:MM [hedge] precision [zone=…] [day="…"]: "text"`: the clock or the
//! span of the part of the day on the writer's clock, the hedge before it, the zone after it,
//! and the date or weekday it is written with.

mod support;

use canon::lang::Lang;
use canon::mention::Kind;
use rstest::rstest;

fn times(text: &str, lang: Lang) -> Vec<String> {
    support::read_kinds(text, lang, Some("2023-06-22"), &[Kind::Time])
}

#[rstest]
// grid.id via kailipost.com, 2021-01-15.
#[case::id_wita(
    "Gempa malam ini, Badan Mateorologi dan Klimatologi (BMKG) pusat, menginformasikan terjadi pada Jum’at (15/01/2021) sekitar pukul 02.28 WITA, pada 6 km arah baratlaut Majene, Sulbar.",
    Lang::Id,
    &["time 18:00–03:59 part-of-day: \"malam ini\"", "time 02:28 approx minute zone=WITA day=\"15/01/2021\": \"sekitar pukul 02.28 WITA\""]
)]
// lintasntt.com, 2021-01-15: a wrong time (the quake was at 01.28 WIB).
#[case::id_wib_hedged(
    "Majene – Gempa dengan magnitudo 6,2 mengguncang berlokasi sekitar 6 kilometer timur laut Majene, Sulawesi Barat, Jumat (15/1/2021) sekitar pukul 21.28 WIB mengakibatkan 3 orang tewas.",
    Lang::Id,
    &["time 21:28 approx minute zone=WIB day=\"15/1/2021\": \"sekitar pukul 21.28 WIB\""]
)]
// prbandungraya.pikiran-rakyat.com, 2021-01-15: a part of the day, an hour of one digit.
#[case::id_dini_hari(
    "Gempa besar di Majene itu teradu dini hari sekitar pukul 1.28 WIB, Jumat, 15 Januari 2021.",
    Lang::Id,
    &["time 00:00–04:59 part-of-day: \"dini hari\"", "time 01:28 approx minute zone=WIB day=\"Jumat\": \"sekitar pukul 1.28 WIB\""]
)]
#[case::id_siang(
    "Pada hari Kamis, gempa terjadi di siang hari sekitar pukul 13.35 WIB dan dapat dirasakan di wilayah Mamuju, Toraja, Mamsa, Pinrang, Pare-pare, Wajo, Polewali Mandar, Tanah Grogot dan Balikpapan.",
    Lang::Id,
    &["time 10:00–15:59 part-of-day: \"siang\"", "time 13:35 approx minute zone=WIB: \"sekitar pukul 13.35 WIB\""]
)]
// inspirasimakassar.id, 2021-01-14: seconds, and a colon.
#[case::id_seconds(
    "Gempa berkekuatan Magnitudo 5.9 SR mengguncang Mamuju dan sekitarnya, tepat pukul 14:35:49 WITA, Kamis, 14 Januari 2021.",
    Lang::Id,
    &["time 14:35 minute zone=WITA day=\"Kamis\": \"pukul 14:35:49 WITA\""]
)]
// tribunnews.com (jatim), 2021-01-15: BMKG's own line; "Wita" in any case.
#[case::id_bmkg(
    "#Gempa Magnitudo: 6.2, 15-Jan-21 01:28:17 WIB, Koordinat: 2.98 LS, 118.94 BT (6 km TimurLaut MAJENE-SULBAR), Kedalaman: 10 Km #BMKG.",
    Lang::Id,
    &["time 01:28 minute zone=WIB: \"01:28:17 WIB\""]
)]
#[case::id_wita_lower(
    "Gempa susulan ini lebih kuat magnitudonya jika dibandingkan pada gempa sebelumnya pada Kamis (14/1/2021) pukul 14.30 Wita.",
    Lang::Id,
    &["time 14:30 minute zone=WITA day=\"14/1/2021\": \"pukul 14.30 Wita\""]
)]
// onlinenews.id, 2021-01-09: a part of the day after a date, and two clocks.
#[case::id_sore(
    "PESAWAT Sriwijaya Air dengan Nomer penerbangan SJ-182 rute Jakarta – Pontianak dilaporkan telah hilang kontak, pada Sabtu (09/01/2021) sore.",
    Lang::Id,
    &["time 14:00–18:59 part-of-day day=\"09/01/2021\": \"sore\""]
)]
#[case::id_two_clocks(
    "Diketahui pesawat lepas landas dari Bandara Seokarno Hatta pukul 14.36 WIB dan hilang kontak pada pukul 14.40 WIB.",
    Lang::Id,
    &["time 14:36 minute zone=WIB: \"pukul 14.36 WIB\"", "time 14:40 minute zone=WIB: \"pukul 14.40 WIB\""]
)]
// progres.id, 2021-01-09: "sekira", and "jam" as a time word.
#[case::id_sekira(
    "Pesawat Sriwijaya Air SJY-182 rute Jakarta-Pontianak hilang kontak sekira pukul 14.30 WIB, Sabtu (09/01/2021).",
    Lang::Id,
    &["time 14:30 approx minute zone=WIB day=\"Sabtu\": \"sekira pukul 14.30 WIB\""]
)]
#[case::id_jam(
    "“Iya katanya ada (pesawat jatuh) tadi jam 14.30 WIB.",
    Lang::Id,
    &["time 14:30 minute zone=WIB: \"jam 14.30 WIB\""]
)]
// samudranews.com, 2021-01: a flight log's clocks, their zone written onto them.
#[case::id_code(
    "\"SJ182 PKCLC, STD 13:25WIB, Stand : D52, Off Block 14:13WIB, Takeoff 14:36WIB.\"",
    Lang::Id,
    &["time 13:25 minute zone=WIB: \"13:25WIB\"", "time 14:13 minute zone=WIB: \"14:13WIB\"", "time 14:36 minute zone=WIB: \"14:36WIB\""]
)]
// nytimes-style NY Post copy, 2023-06-21: "by", a.m., ET.
#[case::en_by_et(
    "The missing Titanic-bound submersible containing five crew members will run out of breathable air by 7:08 a.m. ET Thursday, the US Coast Guard has projected.",
    Lang::En,
    &["time 07:08 before minute zone=ET: \"by 7:08 a.m. ET\""]
)]
// newstimesuk.com, 2023-06-22: a time in brackets in another zone.
#[case::en_uk_time(
    "The world waits for news as the window for survival of the five passengers aboard the Titan sub is fast closing, with the US Coastguard estimating that the oxygen supply ran out at 7.08am (12.08pm UK time) today.",
    Lang::En,
    &["time 07:08 minute: \"7.08am\"", "time 12:08 minute zone=UK time day=\"today\": \"12.08pm UK time\""]
)]
#[case::en_zones_listed(
    "A US Coast Guard spokesman said a ten-hour countdown had now begun, with the vital oxygen supply expected to run out at 7.08am US Eastern Time (11.08am GMT, 12.08pm UK, 9.08pm Sydney).",
    Lang::En,
    &["time 07:08 minute: \"7.08am\"", "time 11:08 minute zone=GMT: \"11.08am GMT\"", "time 12:08 minute: \"12.08pm\"", "time 21:08 minute: \"9.08pm\""]
)]
// tass.com, 2023-06-22: Moscow time.
#[case::en_moscow(
    "The oxygen reserve on the Titan submersible that disappeared in the Atlantic Ocean will run out by 2:08 p.m. Moscow time, NBC reported, citing a US Coast Guard spokesperson.",
    Lang::En,
    &["time 14:08 before minute zone=MSK: \"by 2:08 p.m. Moscow time\""]
)]
// masslive.com, 2023-06-22: a standard time's name written out, in June.
#[case::en_eastern_standard(
    "Based on estimates previously made by the United States Coast Guard in the days following the missing Titanic submersible’s disappearance on Sunday, the vessel is expected to have run out of oxygen as of 7 a.m. Eastern Standard Time on Thursday.",
    Lang::En,
    &["time 07:00 hour zone=EST day=\"Thursday\": \"7 a.m. Eastern Standard Time\""]
)]
// eonline.com, 2023-06-22: "just before".
#[case::en_just_before(
    "According to NBC News, Coast Guard officials previously estimated Titan's 96-hour oxygen supply \"could run out of air\" just before 7:10 a.m. ET June 22.",
    Lang::En,
    &["time 07:10 before minute zone=ET day=\"June 22\": \"just before 7:10 a.m. ET\""]
)]
// dnyuz.com (Newsweek), 2023-06-21: about, a part of the day after a weekday, a bound.
#[case::en_about_morning(
    "If this figure is accurate Titan is due to run out of oxygen at about 10 a.m. ET on Thursday morning, and had just 23.5 hours of breathable air left as of 10:30 a.m. on Wednesday.",
    Lang::En,
    &["time 10:00 approx hour zone=ET day=\"Thursday\": \"about 10 a.m. ET\"", "time 05:00–11:59 part-of-day day=\"Thursday\": \"morning\"", "time 10:30 minute day=\"Wednesday\": \"10:30 a.m.\""]
)]
// insideedition.com, 2023-06-21: "approximately", ADT.
#[case::en_adt(
    "The Titan began its voyage at approximately 8 a.m. ADT on Sunday, and communication was lost about 100 minutes into the descent, with the vessel approximately halfway on its journey to the ocean floor.",
    Lang::En,
    &["time 08:00 approx hour zone=ADT day=\"Sunday\": \"approximately 8 a.m. ADT\""]
)]
// opoyi.com, 2023-06-21: a.m. without points, a weekday's night.
#[case::en_am_night(
    "The Canadian Coast Guard was alerted after the United States, at 9:13 pm on Sunday night.",
    Lang::En,
    &["time 21:13 minute day=\"Sunday\": \"9:13 pm\"", "time 18:00–04:59 part-of-day day=\"Sunday\": \"night\""]
)]
// ibtimes.com, 2023-06-22: parts of the day after a weekday.
#[case::en_thursday_morning(
    "• Titan parts were discovered Thursday morning near the wreck of the Titanic",
    Lang::En,
    &["time 05:00–11:59 part-of-day day=\"Thursday\": \"morning\""]
)]
#[case::en_early(
    "• The submersible went missing early Sunday",
    Lang::En,
    &["time 00:00–07:59 part-of-day day=\"Sunday\": \"early\""]
)]
// mccourier.com, 2023-06-23: "this morning".
#[case::en_this_morning(
    "This morning, an ROV or remote-operated automobile from the vessel Horizon Arctic found the tailcone of the Titan submersible roughly 1,600 toes from the bow of the Titanic on the seafloor.",
    Lang::En,
    &["time 05:00–11:59 part-of-day: \"This morning\""]
)]
// oisnip (NY Post), 2023-06-21: "around 6 p.m." and a clock without a zone.
#[case::en_around_pm(
    "The French government delivered its Victor 6000, a robot capable of diving 20,000 feet below sea level, to the area Titan vanished at around 6 p.m. Wednesday, with just 13 hours to scan the area for the missing sub.",
    Lang::En,
    &["time 18:00 approx hour day=\"Wednesday\": \"around 6 p.m.\""]
)]
fn real_sentences(#[case] text: &str, #[case] lang: Lang, #[case] expected: &[&str]) {
    assert_eq!(times(text, lang), expected);
}

#[rstest]
#[case::pkl("Pkl. 08.15 kapal berangkat.", Lang::Id, &["time 08:15 minute: \"Pkl. 08.15\""])]
#[case::twelve_hour_malam("Kapal tiba pukul 9 malam.", Lang::Id, &["time 21:00 hour: \"pukul 9 malam\""])]
#[case::twelve_hour_pagi("Rapat dimulai jam 10 pagi.", Lang::Id, &["time 10:00 hour: \"jam 10 pagi\""])]
#[case::sabtu_malam("Kericuhan terjadi pada Sabtu malam, 1 Oktober 2022, usai laga.", Lang::Id, &["time 18:00–03:59 part-of-day day=\"Sabtu\": \"malam\""])]
#[case::dini_hari_before_date("tenggelam pada Rabu dini hari, 2 Juli 2025, sekitar", Lang::Id, &["time 00:00–04:59 part-of-day day=\"Rabu\": \"dini hari\""])]
#[case::pada_malam_hari("Kebakaran terjadi pada malam hari.", Lang::Id, &["time 18:00–03:59 part-of-day: \"malam\""])]
#[case::bound_sejak("Jalan ditutup sejak pukul 08.00 hingga pukul 10.00 WIB.", Lang::Id, &["time 08:00 bound minute: \"sejak pukul 08.00\"", "time 10:00 bound minute zone=WIB: \"hingga pukul 10.00 WIB\""])]
// The end of a period written after a dash is left unread: its start is a bound already.
#[case::period_dash("Layanan buka pukul 08.00-10.00 WIB.", Lang::Id, &["time 08:00 bound minute: \"pukul 08.00\""])]
#[case::menjelang("Ledakan terdengar menjelang pukul 12.00.", Lang::Id, &["time 12:00 before minute: \"menjelang pukul 12.00\""])]
#[case::local_time("The quake struck at 21:05 local time on Monday.", Lang::En, &["time 21:05 minute zone=local time day=\"Monday\": \"21:05 local time\""])]
#[case::shortly_after("The blast came shortly after 6 p.m. on Friday.", Lang::En, &["time 18:00 after hour day=\"Friday\": \"shortly after 6 p.m.\""])]
#[case::monday_at("The ship sank Monday at 9:30 a.m. EDT.", Lang::En, &["time 09:30 minute zone=EDT day=\"Monday\": \"9:30 a.m. EDT\""])]
#[case::morning_of("Divers went in on the morning of June 18.", Lang::En, &["time 05:00–11:59 part-of-day day=\"June 18\": \"morning\""])]
#[case::in_the_evening("They left at 7 in the evening.", Lang::En, &["time 19:00 hour: \"7 in the evening\""])]
#[case::noon("The talks ended at noon.", Lang::En, &["time 12:00 hour: \"noon\""])]
// Not times: a duration, a decimal, a count of hours, hours of a week.
#[case::durations("Pencarian berlangsung 2 jam dan 10.30 persen warga bekerja 24 jam 7 hari.", Lang::Id, &[])]
#[case::decimal("The index rose 20.30 points, or 9.45 percent.", Lang::En, &[])]
#[case::lower_et("We met et al. at 9 et cetera.", Lang::En, &[])]
fn forms(#[case] text: &str, #[case] lang: Lang, #[case] expected: &[&str]) {
    assert_eq!(times(text, lang), expected);
}
