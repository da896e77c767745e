//! Binding rules, sentence by sentence: which figure or date a claim takes, and when canon stays
//! silent. Each case is a sentence against a small canon of an invented story, with the status
//! canon gives it (or none) and a piece of the finding's message. The rules are grammar, the
//! same for every canon; the real articles they were found on are in `tests/realworld/`.

mod support;

use canon::article::{Article, Overrides};
use canon::canon::Canon;
use canon::check::check_article;
use canon::lang::Lang;
use chrono::NaiveDate;
use rstest::rstest;

/// An invented flood: a death toll and an injured count by the disaster agency (which the
/// volunteers never gave), the command post's own toll, the day of the flash flood and the day
/// the search ended.
const CANON: &str = r#"
entities:
  agency:
    names:
      id: [BNPB, Badan Nasional Penanggulangan Bencana]
      en: [BNPB, the disaster agency]
  navy:
    names:
      en: [Royal Thai Navy SEAL, Thai navy SEAL unit]
  kota:
    names:
      id: [Kota Hulu]
      en: [Kota Hulu]
  ministry:
    names:
      id: [Kementerian Sosial, Kemensos]
      en: [the social ministry]
  volunteers:
    names:
      id: [Relawan Hulu]
      en: [Hulu Volunteers]
  post:
    names:
      id: [Posko Hulu]
      en: [the Hulu command post]
  spokesman:
    names:
      id: [Budi Santoso]
      en: [Budi Santoso]
    speaks_for: agency
claims:
  - id: deaths
    statement: The flood killed 120 by 3 March, by the disaster agency's count.
    sources: [invented]
    cues:
      id: [meninggal, tewas]
      en: [killed, dead]
    quantity:
      estimator: agency
      not_by: volunteers
      series:
        - {value: 100, as_of: 2030-03-02}
        - {value: 120, as_of: 2030-03-03}
  - id: deaths-post
    statement: The command post counted 118 dead on 3 March.
    sources: [invented]
    cues:
      id: [meninggal]
      en: [killed]
    context: [post]
    quantity:
      estimator: post
      value: 118
      as_of: 2030-03-03
  - id: missing
    statement: The agency counted 50 missing on the morning of 3 March, 40 that evening, 30 on 4 March.
    sources: [invented]
    cues:
      id: [hilang]
      en: [missing]
    quantity:
      estimator: agency
      series:
        - {value: 50, as_of: 2030-03-03}
        - {value: 40, as_of: 2030-03-03}
        - {value: 30, as_of: 2030-03-04}
  - id: injured
    statement: The agency counted 300 injured.
    sources: [invented]
    cues:
      id: [luka-luka, luka]
      en: [injured]
    quantity:
      estimator: agency
      value: 300
      as_of: 2030-03-02
  - id: identified
    statement: The police identified 60 of the dead by 4 March.
    sources: [invented]
    cues:
      id: [teridentifikasi]
      en: [identified]
    quantity:
      estimator: agency
      value: 60
      as_of: 2030-03-04
  - id: flood-date
    statement: The flood struck on Friday 1 March 2030.
    sources: [invented]
    cues:
      id: [banjir bandang]
      en: [flash flood]
    event:
      date: 2030-03-01
  - id: search-end
    statement: The search ended on Friday 8 March 2030.
    sources: [invented]
    cues:
      id: [pencarian, dihentikan]
      en: [search, called off]
    event:
      date: 2030-03-08
      place: kota
"#;

/// The statuses of `claim`'s findings on `text`, each with its message.
fn findings(text: &str, lang: Lang, date: &str, claim: &str) -> Vec<String> {
    support::findings_of(CANON, text, lang, date, claim)
}

/// `expected` is "none", "quiet" (no alarm: no `discrepant` or `outdated` finding, whatever
/// else), or a status with a piece of its message ("unresolved: plans change").
fn assert_finding(text: &str, lang: Lang, date: &str, claim: &str, expected: &str) {
    support::assert_finding_of(CANON, text, lang, date, claim, expected);
}

/// A figure counts its noun together with another joined by "dan", "atau", "and", "or": the
/// sum is neither's figure. A conjunction that joins clauses, each with its own figure, or a
/// figure's own noun to something else, joins no count.
#[rstest]
#[case::sum_after(
    "BNPB menyatakan total korban meninggal dan luka-luka sebanyak 448 orang.",
    Lang::Id,
    "injured",
    "none"
)]
#[case::sum_before("BNPB said 448 people were killed or injured.", Lang::En, "deaths", "none")]
#[case::clauses_id(
    "Menurut BNPB, 125 orang meninggal dan 21 orang luka-luka.",
    Lang::Id,
    "deaths",
    "discrepant"
)]
#[case::clauses_en(
    "The disaster agency said the flood killed 300 people and injured 700.",
    Lang::En,
    "injured",
    "discrepant"
)]
fn a_figure_of_two_counts_together_is_neither(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] claim: &str,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", claim, expected);
}

/// "Menurutnya", "he said": a pronoun speaks. When no sentence before names a source the canon
/// knows, who speaks is unknown, and a figure that disagrees raises no alarm.
#[rstest]
#[case::unknown_id(
    "Gubernur meninjau lokasi banjir. Menurutnya, ada 162 orang meninggal dunia.",
    Lang::Id,
    "unresolved: a speaker the sentence does not name"
)]
#[case::known_id(
    "BNPB mengatakan banjir meluas. Menurutnya, ada 162 orang meninggal dunia.",
    Lang::Id,
    "discrepant"
)]
#[case::unknown_en(
    "The governor toured the town. He said 162 people were killed.",
    Lang::En,
    "unresolved: a speaker the sentence does not name"
)]
fn a_pronoun_nobody_known_stands_for_credits_nobody(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// A date the sentence tells as a plan ("akan", "sedianya", "scheduled") or that lies after the
/// article's own is what was to happen: plans change, so it raises no alarm. A future told with
/// a day already past contradicts itself, and the year is wrong.
#[rstest]
#[case::will_id(
    "Pencarian akan berakhir pada Jumat (1/3).",
    Lang::Id,
    "2030-02-27",
    "unresolved: plans change"
)]
#[case::supposed_id(
    "Sedianya, pencarian berakhir pada Rabu kemarin.",
    Lang::Id,
    "2030-03-07",
    "unresolved: plans change"
)]
#[case::scheduled_en(
    "The search is scheduled to end on March 1.",
    Lang::En,
    "2030-02-27",
    "unresolved: plans change"
)]
#[case::ahead_of_article(
    "\"Pencarian dihentikan Sabtu 2 Maret,\" kata Kepala BNPB.",
    Lang::Id,
    "2030-02-27",
    "unresolved: a date after the article's own"
)]
#[case::fact_id("Pencarian dihentikan pada Kamis (7/3).", Lang::Id, "2030-03-09", "discrepant")]
#[case::planned_end(
    "Pencarian dihentikan sampai 11 Maret 2030.",
    Lang::Id,
    "2030-03-09",
    "unresolved: told as a planned end"
)]
#[case::end_that_came(
    "Pencarian dihentikan sampai 9 Maret 2030.",
    Lang::Id,
    "2030-03-12",
    "discrepant"
)]
#[case::will_today(
    "Pencarian bakal dihentikan pada Senin (4/3/2030).",
    Lang::Id,
    "2030-03-04",
    "unresolved: plans change"
)]
#[case::future_in_the_past(
    "Pencarian akan berakhir pada Senin (8/3/2027) mendatang.",
    Lang::Id,
    "2030-03-04",
    "discrepant"
)]
#[case::full_date_ahead("The search ended on March 6, 2031.", Lang::En, "2030-03-10", "discrepant")]
fn a_plan_is_no_event(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] date: &str,
    #[case] expected: &str,
) {
    assert_finding(text, lang, date, "search-end", expected);
}

/// A date restated right after the date it restates ("Kamis (7/3/2030) kemarin") is one
/// expression with it: as a whole it is written as of when something goes on.
#[test]
fn a_restated_date_is_one_expression() {
    let text = "Pencarian masih terus berlangsung hingga Kamis (7/3/2030) kemarin.";
    assert_finding(text, Lang::Id, "2030-03-08", "search-end", "none");
}

/// A name in the possessive is grammar, not a typo.
#[test]
fn a_possessive_is_no_misspelling() {
    let text = "The Royal Thai Navy’s SEAL unit continued the search, and the Royal Thai Navy SEEL divers dived.";
    let found = findings(text, Lang::En, "2030-03-04", "misspelled-entity");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("\"royal thai navy seel\""), "{found:?}");
}

/// What did not happen has no date: "CVR belum ditemukan", "has yet to be found". A negation
/// before another verb of the sentence leaves the cue alone.
#[rstest]
#[case::not_yet_id("Pencarian korban belum dihentikan pada Sabtu (9/3).", Lang::Id, "none")]
#[case::not_yet_en("The search has not been called off on Saturday, March 9.", Lang::En, "none")]
#[case::other_verb_id(
    "Korban belum ditemukan sejak pencarian dihentikan pada Sabtu (9/3).",
    Lang::Id,
    "discrepant"
)]
fn a_negated_event_has_no_date(#[case] text: &str, #[case] lang: Lang, #[case] expected: &str) {
    assert_finding(text, lang, "2030-03-10", "search-end", expected);
}

/// A date set off by commas and brackets before "meskipun", "although" closes the clause
/// before it: it is not the date of what the subordinate clause tells.
#[test]
fn a_date_before_a_subordinate_clause_is_not_its_own() {
    let text = "Tim resmi ditarik, pada Sabtu (2/3/2030), meskipun pencarian belum dihentikan.";
    assert_finding(text, Lang::Id, "2030-03-10", "search-end", "none");
}

/// The noun before a verb is not its subject when it is the object of a participle or a
/// preposition: "The board investigating the search reported on March 2" dates the report.
#[rstest]
#[case::participle(
    "The board investigating the search reported on March 9 that divers had left.",
    "none"
)]
#[case::subject("The search ended on March 9.", "discrepant")]
fn the_object_of_a_participle_is_no_subject(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::En, "2030-03-10", "search-end", expected);
}

/// A cue word that is a modifier inside a name ("Search" in "Search and Rescue Agency Board",
/// "Bencana" in "Badan Nasional Penanggulangan Bencana") is not the cue. A headline in title
/// case tells no names apart by their capitals.
#[rstest]
#[case::english_name(
    "Officials of the Search Agency on March 9 thanked the volunteers.",
    Lang::En,
    "none"
)]
#[case::english_head("The agency ended the Search on March 9.", Lang::En, "discrepant")]
#[case::headline("Search Ends on March 9 in Kota Hulu", Lang::En, "discrepant")]
fn a_cue_inside_a_name_is_no_cue(#[case] text: &str, #[case] lang: Lang, #[case] expected: &str) {
    assert_finding(text, lang, "2030-03-10", "search-end", expected);
}

/// "Lainnya", "lain", "others" after a figure count the rest of a group told of in another
/// sentence, or beside some ("selain"): not the total. With the group in the same sentence
/// the others are the rest of everyone.
#[rstest]
#[case::rest_of_a_group(
    "BNPB menemukan 11 korban meninggal. Sedangkan 3 orang lainnya luka-luka.",
    "none"
)]
#[case::besides("Selain empat orang itu, ada dua korban luka-luka lain, kata BNPB.", "none")]
#[case::rest_of_everyone(
    "Menurut BNPB, 120 orang meninggal dan 250 orang lainnya luka-luka.",
    "discrepant"
)]
fn the_others_are_no_total(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-04", "injured", expected);
}

/// A place right after the cue that narrows the count to those there: a name the canon does
/// not know, or the spot itself. A place the canon names is the story's own, and a common noun
/// says where, not which.
#[rstest]
#[case::by_name("Menurut BNPB, 7 orang meninggal di RSUD Kota Hilir.", Lang::Id, "none")]
#[case::the_spot("Menurut BNPB, 41 orang meninggal di tempat.", Lang::Id, "none")]
#[case::at_the_scene("BNPB said 41 people were killed at the scene.", Lang::En, "none")]
#[case::story_place("Menurut BNPB, 111 orang meninggal di Kota Hulu.", Lang::Id, "discrepant")]
#[case::at_once("BNPB said 111 people were killed at once.", Lang::En, "discrepant")]
fn a_count_of_one_place_is_a_part(#[case] text: &str, #[case] lang: Lang, #[case] expected: &str) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// A part of a whole the claim does not count counts within that whole: "Of the four flight
/// attendants, two died" are not all the dead; "Dari 150 korban, 111 di antaranya meninggal"
/// are.
#[rstest]
#[case::of_a_group(
    "Of the four flight attendants, two died, the disaster agency said.",
    Lang::En,
    "none"
)]
#[case::of_all(
    "Dari 150 korban, 111 di antaranya meninggal, menurut BNPB.",
    Lang::Id,
    "discrepant"
)]
fn a_part_of_another_group_is_not_the_toll(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// Between a part and what its own clause says of it may stand auxiliaries ("dinyatakan",
/// "ditemukan", "berhasil", "still"): the part is then the count of what the clause says. The
/// forms are those of real reports of the ferry KMP Yunicee: "Dari 57 orang tersebut, 39 orang
/// di antaranya ditemukan selamat, tujuh orang meninggal, dan 11 orang lainnya belum
/// ditemukan." (fbeta.republika.co.id, 30 June 2021); "Dari jumlah tersebut, 51 orang berhasil
/// diselamatkan, 9 orang ditemukan meninggal dunia, dan 17 orang dinyatakan hilang."
/// (bali.idntimes.com, 5 July 2021); "… and 11 people are still being searched for"
/// (indonesiaexpat.id, 30 June 2021).
#[rstest]
#[case::found_dead(
    "Menurut BNPB, dari 300 korban, 120 orang ditemukan meninggal, dan 30 orang hilang.",
    "deaths",
    "consistent"
)]
// Not a list of three: a wrong figure of a list is no alarm (see
// `a_figure_of_a_breakdown_may_cut_otherwise`).
#[case::found_dead_wrong(
    "Menurut BNPB, dari 300 korban, 110 orang ditemukan meninggal.",
    "deaths",
    "discrepant"
)]
#[case::managed_to(
    "Menurut BNPB, dari 120 korban, 60 orang berhasil teridentifikasi.",
    "identified",
    "consistent"
)]
#[case::still(
    "Of the 300 victims, 120 were killed and 30 are still missing, the disaster agency said.",
    "missing",
    "consistent"
)]
#[case::other_words_between(
    "Menurut BNPB, dari 300 korban, 90 orang di antaranya anak-anak ditemukan meninggal.",
    "deaths",
    "none"
)]
fn auxiliaries_stand_between_a_part_and_its_cue(
    #[case] text: &str,
    #[case] claim: &str,
    #[case] expected: &str,
) {
    let lang = if text.starts_with("Menurut") { Lang::Id } else { Lang::En };
    assert_finding(text, lang, "2030-03-04", claim, expected);
}

/// A figure a correction sets aside is not what the sentence states: "bukan 53, melainkan 57
/// orang" states 57 (fbeta.republika.co.id, 30 June 2021: "jumlah penumpang (manifest) dan ABK
/// KMP Yunicee ternyata bukan 53, melainkan 57 orang").
#[rstest]
#[case::id_right(
    "Menurut BNPB, korban meninggal bukan 100, melainkan 120 orang.",
    Lang::Id,
    "consistent"
)]
#[case::id_wrong(
    "Menurut BNPB, korban meninggal bukan 120, melainkan 125 orang.",
    Lang::Id,
    "discrepant"
)]
#[case::en_right("BNPB said not 100 but 120 people were killed.", Lang::En, "consistent")]
fn a_corrected_figure_is_set_aside(#[case] text: &str, #[case] lang: Lang, #[case] expected: &str) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// A date that closes its clause ("on March 2, after …") never reaches into the next, and a
/// clause of "where" describes a place: a date outside it is not its verb's. Inside a place's
/// commas ("in Kota Hulu, Borneo, in March 2030") the clause goes on.
#[rstest]
#[case::after_clause(
    "Divers carry out checks at the river on March 2, after the agency called off the search.",
    "2030-03-09",
    "none"
)]
#[case::where_clause(
    "Teams were regrouping on Saturday, March 2, outside the town, where the search ended.",
    "2030-03-10",
    "none"
)]
#[case::place_commas(
    "The agency will rebuild the bridge where the search ended in Kota Hulu, Borneo, in March 2030.",
    "2031-01-10",
    "consistent"
)]
fn a_date_keeps_to_its_clause(#[case] text: &str, #[case] date: &str, #[case] expected: &str) {
    assert_finding(text, Lang::En, date, "search-end", expected);
}

/// A search at one place the canon does not name is not the search: "Pencarian korban di Hotel
/// Roa-Roa dihentikan" ended one hotel's. A place the canon names, in any word of its name, is
/// the story's own.
#[rstest]
#[case::one_place("Pencarian korban di Hotel Mawar dihentikan pada Sabtu (9/3/2030).", "none")]
#[case::story_place(
    "Pencarian korban di Kota Hulu dihentikan pada Sabtu (9/3/2030).",
    "discrepant"
)]
fn an_event_at_one_place_is_not_the_event(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-10", "search-end", expected);
}

/// Verbs of saying name their speaker before them: "Bupati itu mengabarkan bahwa …" is someone
/// the canon does not know; a passive ("has been officially confirmed") names nobody.
#[rstest]
#[case::unnamed_speaker(
    "Pejabat itu juga mengabarkan bahwa korban meninggal berjumlah 162 orang.",
    Lang::Id,
    "unresolved: a speaker the sentence does not name"
)]
#[case::passive(
    "That 162 people were killed has been officially confirmed.",
    Lang::En,
    "discrepant"
)]
fn a_verb_of_saying_names_its_speaker(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// A figure far below the estimate of the day (under a twentieth), which the sentence does not
/// call a total, counts a part, an increment or something else: no alarm. A figure more than
/// five times the estimate or more than a fifth under it, called a total or not, counts
/// something else too (a part is smaller than its whole, never larger), unless a digit slipped
/// ("12" or "1.200" for 120, "102" for 120): that is a misstatement.
#[rstest]
#[case::increment(
    "Tim BNPB hari ini berhasil menemukan dua korban meninggal.",
    "unresolved: under a 20th"
)]
#[case::dropped_digit("Menurut BNPB, 12 orang meninggal.", "discrepant")]
#[case::added_digit("Menurut BNPB, 1.200 orang meninggal.", "discrepant")]
#[case::a_total(
    "Menurut BNPB, jumlah korban meninggal mencapai dua orang.",
    "unresolved: something else"
)]
#[case::far_above("Menurut BNPB, 700 orang meninggal.", "unresolved: 6 times the estimate")]
#[case::near("Menurut BNPB, 500 orang meninggal.", "discrepant")]
#[case::under_half("Menurut BNPB, 50 orang meninggal.", "unresolved: less than half the estimate")]
#[case::a_fourth("Menurut BNPB, 30 orang meninggal.", "unresolved: a fourth of the estimate")]
#[case::a_fifth_under("Menurut BNPB, 70 orang meninggal.", "unresolved: more than a fifth under")]
#[case::near_under("Menurut BNPB, 105 orang meninggal.", "discrepant")]
fn a_figure_far_below_the_estimate_is_no_misstatement(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-04", "deaths", expected);
}

/// A sentence that writes a date long before the claim's first estimate tells of another time,
/// and its figures count something else.
#[rstest]
#[case::another_time(
    "Pada banjir serupa tahun 2019, 110 orang tewas, menurut BNPB.",
    "unresolved: long before"
)]
#[case::this_time("Pada banjir 2 Maret 2030, 110 orang tewas, menurut BNPB.", "discrepant")]
fn a_sentence_of_another_time_counts_another_thing(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-04", "deaths", expected);
}

/// A date between a determiner and a noun ("following the March 2 flood") dates that noun,
/// never the verb of its clause; it is the cue's own when the noun is the cue ("the March 2
/// search").
#[rstest]
#[case::another_noun("The road has reopened following the March 2 flood, the agency said.", "none")]
#[case::the_cue("Divers returned a week after the March 2 search, the agency said.", "discrepant")]
fn a_date_before_a_noun_is_that_nouns(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::En, "2030-03-20", "search-end", expected);
}

/// A day after the article's own, told as past ("since the March 9 search", written on 8
/// March, the day the search ended), is a slip in the date, not a plan.
#[test]
fn a_day_ahead_told_as_past_is_no_plan() {
    let text = "Nothing has been found since the March 9 search.";
    assert_finding(text, Lang::En, "2030-03-08", "search-end", "discrepant");
}

/// "dari 100 menjadi 110", "from 100 to 110": the figure it became is the claim's, the one
/// before it an earlier figure.
#[rstest]
#[case::indonesian("Menurut BNPB, korban meninggal naik dari 100 menjadi 110 orang.", Lang::Id)]
#[case::english("BNPB said the number of people killed rose from 100 to 110.", Lang::En)]
fn the_figure_it_became_is_the_claims(#[case] text: &str, #[case] lang: Lang) {
    let found = findings(text, lang, "2030-03-04", "deaths");
    assert!(found.iter().any(|f| f.starts_with("discrepant")), "{text:?}: {found:?}");
}

/// A figure credited to a source the claim does not name is no alarm: officials repeat one
/// another's counts. Only a source the claim says never gave it (`not_by`) misattributes it.
#[rstest]
#[case::relay_id(
    "Menurut Kemensos, 120 orang meninggal.",
    Lang::Id,
    "unresolved: who may repeat it"
)]
#[case::relay_en(
    "The social ministry said 120 people were killed.",
    Lang::En,
    "unresolved: who may repeat it"
)]
#[case::never_id(
    "Menurut Relawan Hulu, 120 orang meninggal.",
    Lang::Id,
    "discrepant: who never gave it"
)]
#[case::never_en(
    "Hulu Volunteers said 120 people were killed.",
    Lang::En,
    "discrepant: who never gave it"
)]
fn a_figure_repeated_by_another_source_is_no_alarm(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// A figure that agrees with an estimate the canon dates after the article is no misstatement:
/// the article may have had it before the canon's source.
#[rstest]
#[case::later(
    "BNPB menyatakan 120 orang meninggal.",
    "unresolved: the article may have had it first"
)]
#[case::none("BNPB menyatakan 150 orang meninggal.", "discrepant")]
fn a_figure_given_later_is_no_misstatement(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-02", "deaths", expected);
}

/// A date is compared at what the article wrote: a day and month written without a year ("on
/// March 8") agree with the event's whatever year the article's date lends them.
#[rstest]
#[case::same_day("The search was called off on March 8.", "consistent: the year was not written")]
#[case::other_day("The search was called off on March 9.", "discrepant")]
fn a_year_not_written_is_not_compared(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::En, "2031-04-01", "search-end", expected);
}

/// A day told only from the article's ("on Sunday", "kemarin") more than a week from the event
/// tells of something else; a day that cannot be pinned (in a quotation, said on a day of its
/// own; hedged, "more than a week ago") is compared with nothing.
#[rstest]
#[case::weeks_later(
    "The search was called off on Sunday.",
    "2031-04-01",
    "unresolved: likely tells of something else"
)]
#[case::days_later("The search was called off on Saturday.", "2030-03-12", "discrepant")]
#[case::quoted(
    "'The search was called off yesterday,' the mayor said.",
    "2030-03-10",
    "unresolved: a quotation"
)]
#[case::unquoted(
    "The search was called off yesterday, the mayor said.",
    "2030-03-10",
    "discrepant"
)]
#[case::hedged(
    "The search was called off more than a week ago.",
    "2030-03-20",
    "unresolved: told loosely"
)]
fn a_day_told_from_the_articles_must_be_pinned(
    #[case] text: &str,
    #[case] date: &str,
    #[case] expected: &str,
) {
    assert_finding(text, Lang::En, date, "search-end", expected);
}

/// The date of a dateline is the day the story was filed, never an event's.
#[rstest]
#[case::dateline_en("Kota Hulu, March 10 (AP) — The search was called off.", Lang::En, "none")]
#[case::dateline_id("Kota Hulu, 10 Maret 2030 (Antara) - Pencarian dihentikan.", Lang::Id, "none")]
#[case::in_the_story("The search was called off on March 9.", Lang::En, "discrepant")]
#[case::weekday_first(
    "On Saturday (March 9, 2030) the search was called off.",
    Lang::En,
    "discrepant"
)]
#[case::agency_credit(
    "Kota Hulu, (AP - Wire / News - 10th Mar, 2030) The search was called off.",
    Lang::En,
    "none"
)]
fn a_datelines_date_dates_no_event(#[case] text: &str, #[case] lang: Lang, #[case] expected: &str) {
    assert_finding(text, lang, "2030-03-10", "search-end", expected);
}

/// What the cue's clause tells is not the event when it happened again ("kembali dihentikan",
/// "called off again"), for a while ("untuk sementara dihentikan", "temporarily"), or is yet to
/// be done ("to be called off", below); a date after "until" bounds a period, and a date after a noun
/// of announcement ("dalam jumpa pers", "at a briefing") dates the saying.
#[rstest]
#[case::again_id("Pencarian kembali dihentikan pada Senin (11/3/2030).", Lang::Id, "none")]
#[case::again_en("The search was called off again on Monday, March 11.", Lang::En, "none")]
#[case::for_a_while_id(
    "Pencarian untuk sementara dihentikan pada Senin (4/3/2030).",
    Lang::Id,
    "none"
)]
#[case::for_a_while_en("The search was temporarily called off on March 4.", Lang::En, "none")]
#[case::until("The search was called off until Monday, March 11.", Lang::En, "none")]
#[case::briefing(
    "The search was called off, BNPB said at a briefing on March 11.",
    Lang::En,
    "none"
)]
#[case::plain_id("Pencarian dihentikan pada Sabtu (9/3/2030).", Lang::Id, "discrepant")]
fn another_time_of_the_event_is_not_its_date(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-20", "search-end", expected);
}

/// One more of the event's kind, told as such ("Longsor juga terjadi …", "a landslide also
/// struck"), is another occurrence, not the claim's event. Built on detik.com (16 April 2024),
/// of the Tana Toraja landslides: the first struck on 13 April, another at Randan Batu on the
/// 14th (the place left out here: a place the canon does not name sets the date aside by
/// itself). An ordinal is not enough ("Longsor kedua …"): the claim's own event may be the
/// second ("kunjungan kedua ke Pyongyang", seed 002).
#[rstest]
#[case::also_id(
    "Longsor juga terjadi pada Minggu (14/4/2024) sekitar pukul 03.00.",
    Lang::Id,
    "none"
)]
#[case::also_en("A landslide also happened on Sunday, April 14, 2024.", Lang::En, "none")]
#[case::second_id(
    "Longsor kedua terjadi pada Minggu (14/4/2024) sekitar pukul 03.00.",
    Lang::Id,
    "discrepant"
)]
#[case::plain_id(
    "Longsor terjadi pada Minggu (14/4/2024) sekitar pukul 03.00.",
    Lang::Id,
    "discrepant"
)]
fn one_more_of_its_kind_is_another_event(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    let canon = r#"
claims:
  - id: landslide
    statement: A landslide, on 13 April 2024 (invented after the Tana Toraja landslides).
    sources: [invented]
    cues:
      id: [longsor]
      en: [landslide]
    event:
      date: 2024-04-13
"#;
    support::assert_finding_of(canon, text, lang, "2024-04-16", "landslide", expected);
}

/// An infinitive with a day still to come is a plan ("to be called off on Monday"); with a day
/// past, it tells what was done ("the last search to be called off, on March 9").
#[rstest]
#[case::ahead(
    "The search is to be called off on March 11, 2030.",
    "2030-03-09",
    "unresolved: told as a plan"
)]
#[case::weekday(
    "The search is to be called off Monday.",
    "2030-03-09",
    "unresolved: told as a plan"
)]
#[case::past("It was the last search to be called off, on March 9.", "2030-03-20", "discrepant")]
fn an_infinitive_with_a_day_to_come_is_a_plan(
    #[case] text: &str,
    #[case] date: &str,
    #[case] expected: &str,
) {
    assert_finding(text, Lang::En, date, "search-end", expected);
}

/// A figure said of one place, even the story's own, in a sentence that counts another place
/// too, is a part: "77 orang meninggal dunia di Kota Hulu dan sembilan orang di Kabupaten
/// Hilir".
#[rstest]
#[case::two_places_id(
    "BNPB mencatat 77 orang meninggal dunia di Kota Hulu dan sembilan orang di Kabupaten Hilir.",
    Lang::Id,
    "none"
)]
#[case::two_places_en(
    "BNPB said 77 people were killed in Lower Valley and nine in Kota Hulu.",
    Lang::En,
    "none"
)]
#[case::one_place_id(
    "BNPB mencatat 107 orang meninggal dunia di Kota Hulu.",
    Lang::Id,
    "discrepant"
)]
fn a_figure_of_one_place_of_several_is_a_part(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// A cue set aside ("Selain korban meninggal, …", "Apart from the dead, …") owns no figure
/// after the phrase.
#[rstest]
#[case::selain(
    "Selain korban meninggal, BNPB mencatat ada juga 68 korban selamat.",
    Lang::Id,
    "none"
)]
#[case::apart_from("Apart from the dead, BNPB said 68 people survived.", Lang::En, "none")]
fn a_cue_set_aside_owns_no_figure(#[case] text: &str, #[case] lang: Lang, #[case] expected: &str) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// An addition ("penambahan … sebanyak 10 orang", "kembali … 20 korban"), a decrease
/// ("berkurang satu orang"), what may have been ("may have died", "mungkin … ada 17") and a count
/// of those on the spot are no totals.
#[rstest]
#[case::addition(
    "BNPB mencatat penambahan jumlah orang meninggal sebanyak 10 orang.",
    Lang::Id,
    "none"
)]
#[case::again("BNPB kembali mencatat 20 korban meninggal.", Lang::Id, "none")]
#[case::again_to_total(
    "BNPB kembali mencatat korban meninggal bertambah menjadi 150 orang.",
    Lang::Id,
    "discrepant"
)]
#[case::decrease("Menurut BNPB, korban meninggal berkurang satu orang.", Lang::Id, "none")]
#[case::may_have("BNPB said 40 people may have been killed by the surge.", Lang::En, "none")]
#[case::perhaps(
    "Menurut BNPB, mungkin kalau dijumlahkan ada 17 orang meninggal.",
    Lang::Id,
    "none"
)]
#[case::on_the_spot("BNPB said 40 people were killed on the spot.", Lang::En, "none")]
#[case::di_lokasi("Menurut BNPB, 40 orang meninggal di lokasi kejadian.", Lang::Id, "none")]
fn a_change_a_possibility_or_the_spot_is_no_total(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// A date written in full that falls in the article's last week, a month or more from the
/// event, tells of this week's news; one more than a year from the event on another day of the
/// year tells of another event. The current year written for an old event keeps its day and
/// month and stays an alarm.
#[rstest]
#[case::this_week("Pencarian dihentikan pada Rabu (2/4/2031).", "2031-04-03", "none")]
#[case::year_slip("Pencarian dihentikan pada Sabtu (8/3/2031).", "2031-04-03", "discrepant")]
#[case::years_before(
    "The search was called off in 2026.",
    "2030-03-20",
    "unresolved: another event"
)]
#[case::a_year_off("The search was called off on March 8, 2029.", "2030-03-20", "discrepant")]
fn a_date_far_from_the_event_tells_of_another(
    #[case] text: &str,
    #[case] date: &str,
    #[case] expected: &str,
) {
    let lang = if text.starts_with("The") { Lang::En } else { Lang::Id };
    assert_finding(text, lang, date, "search-end", expected);
}

/// A count of a day told relative to the article's counts what happened that day, not the
/// total; the day of the event itself, before any estimate, is counted whole.
#[rstest]
#[case::the_event_day("BNPB said 150 people were killed in the flood on Friday.", "discrepant")]
#[case::a_later_day(
    "BNPB said 150 people were killed on Sunday.",
    "unresolved: a count of what happened"
)]
fn a_count_of_the_events_own_day_is_the_total(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::En, "2030-03-04", "deaths", expected);
}

/// After a total, a dash or a colon opens its breakdown: the figures after it are parts.
#[rstest]
#[case::dash(
    "BNPB said 120 people were killed -- 100 in Kota Hulu and 20 elsewhere.",
    Lang::En,
    "consistent"
)]
#[case::colon(
    "BNPB mencatat 120 orang meninggal: 100 orang tertimbun dan 20 orang hanyut.",
    Lang::Id,
    "consistent"
)]
fn a_dash_after_a_total_opens_its_parts(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    let found = findings(text, lang, "2030-03-04", "deaths");
    assert!(
        found.iter().all(|f| f.starts_with(expected)) && !found.is_empty(),
        "{text:?}: {found:?}"
    );
}

/// A date dates the noun it stands before, a name between them ("the March 1 Kota Hulu flood
/// case") or as a possessive ("last month's flood"): not a cue elsewhere in the sentence. A cue
/// that says what victims or an anniversary are of ("korban banjir", "the victims of the
/// search") gives its date to the clause's verb.
#[rstest]
#[case::name_before_noun(
    "The search was called off, said officials of the March 11 Kota Hulu flood inquiry.",
    Lang::En,
    "none"
)]
#[case::possessive(
    "The search for victims of Monday's landslide was called off.",
    Lang::En,
    "none"
)]
#[case::korban("Tim SAR mengevakuasi korban pencarian pada Senin (11/3/2030).", Lang::Id, "none")]
#[case::victims_of("Divers recovered the victims of the search on March 11.", Lang::En, "none")]
#[case::own("The search was called off on March 9.", Lang::En, "discrepant")]
fn a_date_of_another_noun_is_not_the_cues(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-20", "search-end", expected);
}

/// A day written in full more than half a year from the event, on another day of the year,
/// tells of another event; the same day and month a year off is a slip.
#[rstest]
#[case::another_day("Pencarian dihentikan pada Jumat (1/2/2029).", "unresolved: another event")]
#[case::same_day("Pencarian dihentikan pada Kamis (8/3/2029).", "discrepant")]
fn a_day_half_a_year_away_tells_of_another_event(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-20", "search-end", expected);
}

/// Commas between names, and one before a conjunction that joins names, list things: they end
/// no clause, and a cue before the list still owns the figure after it.
#[rstest]
#[case::names(
    "BNPB said the flood killed people in Kota Hulu, Lower Valley, and Upper Ridge, 150 in all.",
    "discrepant"
)]
#[case::clauses("BNPB said the flood killed 120 people, and the storm injured 150.", "consistent")]
fn a_list_of_names_ends_no_clause(#[case] text: &str, #[case] expected: &str) {
    let found = findings(text, Lang::En, "2030-03-04", "deaths");
    assert!(found.iter().any(|f| f.starts_with(expected)), "{text:?}: {found:?}");
}

/// A figure no source is credited with, that another estimator of the same count gave, is that
/// estimator's count: no alarm for this claim's.
#[rstest]
#[case::the_posts(
    "Jumlah korban meninggal kini bertambah menjadi 118 orang.",
    "unresolved: by post"
)]
#[case::nobodys("Jumlah korban meninggal kini bertambah menjadi 117 orang.", "discrepant")]
#[case::credited("Menurut BNPB, korban meninggal kini 118 orang.", "discrepant")]
fn another_estimators_count_is_theirs(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-04", "deaths", expected);
}

/// "Six of the crew", "150 of the total 280": the first is a part; the second is the whole it is
/// taken from, and what the sentence says of the part is not said of the whole. A cue in the
/// whole's own noun phrase counts the whole.
#[rstest]
#[case::partitive("BNPB said 250 of the injured were taken to hospitals.", "injured", "quiet")]
#[case::all_of(
    "BNPB said all 250 of the injured were taken to hospitals.",
    "injured",
    "discrepant"
)]
#[case::whole_after_verb(
    "BNPB said the flood killed 90 of the 130 people in the village.",
    "deaths",
    "quiet"
)]
#[case::whole_named(
    "BNPB said 150 of the total 280 injured have been discharged.",
    "injured",
    "discrepant"
)]
#[case::consists_of(
    "BNPB mencatat 130 orang yang terdiri dari 110 orang meninggal dan 20 orang hilang.",
    "deaths",
    "quiet"
)]
fn a_part_and_its_whole(#[case] text: &str, #[case] claim: &str, #[case] expected: &str) {
    let lang = if text.contains(" the ") { Lang::En } else { Lang::Id };
    assert_finding(text, lang, "2030-03-04", claim, expected);
}

/// A figure said on a day, the day written after the speaker at the end of the sentence or of
/// the quotation that holds it, is compared with the estimates of that day.
#[rstest]
#[case::same_sentence(
    "Ada 100 orang meninggal dunia, ujar Kepala BNPB, Sabtu (2/3/2030).",
    "consistent"
)]
#[case::quotation(
    "\"Ada 100 orang yang meninggal dunia. Ini tragedi,\" ujar Kepala BNPB, Sabtu (2/3/2030).",
    "consistent"
)]
#[case::unsaid("Ada 100 orang meninggal dunia, menurut BNPB.", "outdated")]
fn a_figure_said_on_a_day_is_that_days(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-04", "deaths", expected);
}

/// A date of a relative clause set off by commas ("X, who has been in office since March 1,
/// said …"), or a possessive date of another noun ("last week's flood"), is not the cue's.
#[rstest]
#[case::set_off(
    "Governor Budi, who has been in office since March 1, said the search was called off.",
    "quiet"
)]
#[case::possessive("Officials published the search report on last week's flood.", "quiet")]
#[case::own("Governor Budi said the search was called off on March 9.", "discrepant")]
fn a_date_of_a_clause_or_noun_set_apart_is_not_the_cues(
    #[case] text: &str,
    #[case] expected: &str,
) {
    assert_finding(text, Lang::En, "2030-03-20", "search-end", expected);
}

/// A wrong date is a slip of its day, month or year, or a day off; a day weeks away that
/// differs in more than one of them tells of another event.
#[rstest]
#[case::weeks_away("Pencarian dihentikan pada 20 Februari 2030.", "unresolved: no slip")]
#[case::month_slip("Pencarian dihentikan pada 8 Februari 2030.", "discrepant")]
#[case::day_off("Pencarian dihentikan pada 9 Maret 2030.", "discrepant")]
#[case::year_lent("Pencarian dihentikan pada tanggal 7 Maret.", "discrepant")]
fn a_date_weeks_away_is_no_slip(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2031-03-20", "search-end", expected);
}

/// Beside or but for someone named, or before a sentence that counts the others of the same,
/// a figure is not the total.
#[rstest]
#[case::beside_a_name("Menurut BNPB, selain Budi, 250 orang luka-luka.", "injured", "quiet")]
#[case::but_for("Menurut BNPB, 250 korban luka kecuali Budi telah pulang.", "injured", "quiet")]
#[case::others_next(
    "Menurut BNPB, 110 orang meninggal di Kota Hulu. Sebanyak 30 orang meninggal lainnya ada di desa tetangga.",
    "deaths",
    "unresolved: counts the others"
)]
#[case::others_of_another(
    "Menurut BNPB, 110 orang meninggal. Korban lainnya dirawat di rumah sakit.",
    "deaths",
    "discrepant"
)]
fn a_figure_beside_others_is_no_total(
    #[case] text: &str,
    #[case] claim: &str,
    #[case] expected: &str,
) {
    assert_finding(text, Lang::Id, "2030-03-04", claim, expected);
}

/// Those of one place of origin are a part of the count.
#[rstest]
#[case::from_her_state("BNPB said 110 people from her state were killed.", "quiet")]
#[case::asal("Menurut BNPB, 110 warga asal Sukabumi meninggal dunia.", "quiet")]
#[case::from_a_day("BNPB said 110 people were killed from Saturday's flood.", "discrepant")]
fn those_of_one_origin_are_a_part(#[case] text: &str, #[case] expected: &str) {
    let lang = if text.contains("Menurut") { Lang::Id } else { Lang::En };
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// Those of one sex or age are a part of all counted.
#[rstest]
#[case::male("BNPB said 110 male victims were killed.", Lang::En, "quiet")]
#[case::perempuan("Menurut BNPB, 110 korban perempuan meninggal dunia.", Lang::Id, "quiet")]
#[case::all("BNPB said 110 victims were killed.", Lang::En, "discrepant")]
fn those_of_one_sex_or_age_are_a_part(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// A date another event of the canon happened on, whose cue stands in the sentence in words of
/// its own, is that event's, wrongly bound: no alarm.
#[rstest]
#[case::the_floods(
    "Pencarian korban banjir bandang Jumat (1/3/2030) dihentikan.",
    "unresolved: flood-date"
)]
#[case::shared_word("Pencarian dihentikan pada Jumat (1/3/2030).", "discrepant")]
#[case::no_other("Pencarian korban longsor dihentikan pada Jumat (1/3/2030).", "discrepant")]
fn another_events_date_is_theirs(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-20", "search-end", expected);
}

/// An invented collapse and flood, each with the day its bodies were recovered or its search
/// ended, for real sentences that tell two events: the collapse or flood happened on the day
/// the sentence gives the other event.
const TWO_EVENTS: &str = r#"
claims:
  - id: collapse-date
    statement: The building collapsed on Monday 1 May 2023.
    sources: [invented]
    cues:
      en: [collapsed]
    event:
      date: 2023-05-01
  - id: recovery-date
    statement: The last two bodies were recovered on Saturday 29 April 2023.
    sources: [invented]
    cues:
      en: [recovered]
    event:
      date: 2023-04-29
  - id: flood-date
    statement: The floods struck on Friday 7 April 2017.
    sources: [invented]
    cues:
      en: [floods]
    event:
      date: 2017-04-07
  - id: search-end
    statement: The search for survivors was abandoned on Saturday 8 April 2017.
    sources: [invented]
    cues:
      en: [search]
    event:
      date: 2017-04-08
"#;

/// A date that another event of the canon happened on is that event's only where its cue may
/// take it: it stands in the clause of the claim's cue ("the search for survivors of floods"),
/// or its own clause owns the date, or it stands nearer the date. A date bound to the claim's
/// verb, with the other event told in a clause of its own further on, is the claim's.
/// Sentences: nagpurtoday.in, 1 May 2023 (https://www.nagpurtoday.in/maha-bldg-collapse-toll-rises-to-8-rescue-op-on/05011039);
/// AP on federalnewsradio.com, 7 April 2017
/// (http://federalnewsradio.com/health-news/2017/04/colombia-ends-search-for-flood-survivors-death-toll-at-314/).
#[rstest]
#[case::other_clause(
    "Two more bodies were recovered on Monday from the debris of a two-storey building which collapsed in Bhiwandi town of Maharashtra’s Thane district, raising the death toll to eight, officials said.",
    "2023-05-01",
    "recovery-date",
    "discrepant: the event happened on 2023-04-29"
)]
#[case::same_clause(
    "Colombian officials on Friday formally abandoned the search for survivors of floods that killed at least 314 people in the small southern city of Mocoa, though 106 people remain listed as missing.",
    "2017-04-07",
    "search-end",
    "unresolved: flood-date"
)]
fn another_events_date_is_theirs_only_where_its_cue_may_take_it(
    #[case] text: &str,
    #[case] date: &str,
    #[case] claim: &str,
    #[case] expected: &str,
) {
    support::assert_finding_of(TWO_EVENTS, text, Lang::En, date, claim, expected);
}

/// Those of one place alone, or of elsewhere, are a part of the count.
#[rstest]
#[case::alone("BNPB said 110 people were killed in Kota Hulu alone.", "quiet")]
#[case::outside("BNPB put the number of people killed outside Kota Hulu at 110.", "quiet")]
#[case::everywhere("BNPB put the number of people killed at 110.", "discrepant")]
fn those_of_one_place_alone_are_a_part(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::En, "2030-03-04", "deaths", expected);
}

/// A date takes a predicate of its own clause, between the commas that end clauses, before one
/// across them.
#[rstest]
#[case::own_clause(
    "A week after a catastrophic flash flood tore across the valley, volunteers on the ground Friday are searching for 160 missing people.",
    "quiet"
)]
#[case::no_predicate_of_its_own("The flash flood struck the valley, on Saturday.", "discrepant")]
fn a_date_takes_its_own_clauses_predicate(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::En, "2030-03-08", "flood-date", expected);
}

/// A cue inside the breakdown after a figure tells of a part, not of the whole it divides.
#[rstest]
#[case::inside(
    "BNPB mencatat 300 orang dengan rincian meninggal dunia 120 dan luka-luka 180.",
    "quiet"
)]
#[case::before("BNPB mencatat korban meninggal 300 orang.", "discrepant")]
fn a_cue_inside_a_breakdown_tells_of_a_part(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-04", "deaths", expected);
}

/// A count as of a day the sentence numbers ("hingga hari keenam") is that day's: agreeing with
/// an earlier estimate, it is no alarm.
#[rstest]
#[case::hari_keenam(
    "Hingga hari keenam, korban meninggal mencapai 100 orang, kata BNPB.",
    Lang::Id,
    "unresolved: a day of its own"
)]
#[case::sixth_day(
    "By the sixth day, BNPB said 100 people were killed.",
    Lang::En,
    "unresolved: a day of its own"
)]
#[case::no_day("Korban meninggal mencapai 100 orang, kata BNPB.", Lang::Id, "outdated")]
#[case::last_day(
    "Saat hari terakhir pencarian, korban meninggal mencapai 100 orang, kata BNPB.",
    Lang::Id,
    "unresolved: a day of its own"
)]
fn a_count_as_of_a_numbered_day_is_that_days(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// Places written before their figures break a count down too: each is a part.
#[rstest]
#[case::before(
    "Menurut BNPB, di Kota Hulu ada 110 orang meninggal dan di Lembah ada 10 orang.",
    "quiet"
)]
#[case::one_place("Menurut BNPB, di Kota Hulu ada 110 orang meninggal.", "discrepant")]
fn places_before_their_figures_break_a_count_down(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-04", "deaths", expected);
}

/// The most of one place is the largest part, not the whole.
#[rstest]
#[case::paling_banyak(
    "Menurut BNPB, paling banyak dari Kota Hulu 110 orang meninggal dunia.",
    "quiet"
)]
#[case::the_most("BNPB said the most killed in Kota Hulu were 110.", "quiet")]
#[case::the_whole("Menurut BNPB, 110 orang meninggal dunia.", "discrepant")]
fn the_most_of_one_place_is_a_part(#[case] text: &str, #[case] expected: &str) {
    let lang = if text.contains("BNPB said") { Lang::En } else { Lang::Id };
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// A series may hold several estimates of one day, in the order given: the last is the day's; an
/// earlier one of the article's own day is no alarm, one of a day before is `outdated`.
#[rstest]
#[case::earlier_the_same_day("Menurut BNPB, 50 orang masih hilang.", "2030-03-03", "unresolved")]
#[case::the_days_last("Menurut BNPB, 40 orang masih hilang.", "2030-03-03", "consistent")]
#[case::the_days_first_a_day_on("Menurut BNPB, 50 orang masih hilang.", "2030-03-05", "outdated")]
#[case::none_of_them("Menurut BNPB, 70 orang masih hilang.", "2030-03-03", "discrepant")]
fn several_estimates_of_one_day(#[case] text: &str, #[case] date: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, date, "missing", expected);
}

/// A paragraph that states the canon's figure and, beside it, another figure of the same claim
/// tells of two counts (a part, another day, another method): the other is no alarm. Unless the
/// two are told by the same word, which states one count twice.
#[rstest]
#[case::a_part(
    "Menurut BNPB, 120 orang meninggal. Sebanyak 110 orang meninggal di Kota Hulu.",
    Lang::Id,
    "unresolved: two counts"
)]
#[case::before_and_after(
    "BNPB said 120 people were killed in all. Of them, 110 killed were found in the river.",
    Lang::En,
    "unresolved: two counts"
)]
#[case::the_same_words(
    "Menurut BNPB, korban meninggal mencapai 120 orang. Korban meninggal mencapai 110 orang.",
    Lang::Id,
    "discrepant"
)]
#[case::another_paragraph(
    "Menurut BNPB, 120 orang meninggal.\nSebanyak 110 orang meninggal di Kota Hulu.",
    Lang::Id,
    "discrepant"
)]
fn a_paragraph_with_the_figure_tells_of_two_counts(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// An article that states the current figure tells an earlier estimate's figure, anywhere in
/// it, as the count's history: no alarm. Alone, the earlier figure is `outdated`.
#[rstest]
#[case::history_id(
    "Menurut BNPB, 120 orang meninggal.\nSebelum hujan reda, korban meninggal tercatat 100 orang.",
    Lang::Id,
    "unresolved: tells the count's history"
)]
#[case::history_en(
    "BNPB said 120 people were killed.\nThe flood killed 100 people in the town, BNPB said.",
    Lang::En,
    "unresolved: tells the count's history"
)]
#[case::alone("Menurut BNPB, korban meninggal tercatat 100 orang.", Lang::Id, "outdated")]
fn an_earlier_figure_beside_the_current_one_is_history(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// A paragraph that gives three different figures of one claim or more divides its count by
/// something the claim does not tell apart (events, places, days): none of them is an alarm,
/// however alike their words. Two figures told alike stay one count stated twice.
#[rstest]
#[case::three_events_id(
    "Menurut BNPB, gempa pertama menyebabkan 20 orang meninggal. Gempa kedua menyebabkan 110 orang meninggal. Gempa ketiga menyebabkan dua orang meninggal.",
    Lang::Id,
    "unresolved: the paragraph gives 3 figures"
)]
#[case::three_events_en(
    "The disaster agency said the first quake killed 20 people. The second quake killed 110 people. The third killed two people.",
    Lang::En,
    "unresolved: the paragraph gives 3 figures"
)]
#[case::two_alike(
    "Menurut BNPB, gempa pertama menyebabkan 20 orang meninggal. Gempa kedua menyebabkan 110 orang meninggal.",
    Lang::Id,
    "discrepant"
)]
#[case::three_in_three_paragraphs(
    "Menurut BNPB, 20 orang meninggal.\nMenurut BNPB, 110 orang meninggal.\nMenurut BNPB, 2 orang meninggal.",
    Lang::Id,
    "discrepant"
)]
fn a_paragraph_of_many_figures_divides_the_count(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// A figure a share is taken from ("half of the 300", "sebagian besar dari 300") is the
/// whole: what the clause says, it says of the share. Unless the cue is the whole's own noun
/// ("half the 60,000 victims are children": the toll is 60,000).
#[rstest]
#[case::share_en(
    "Half of the 300 villagers were killed, the disaster agency said.",
    Lang::En,
    "none"
)]
#[case::share_id(
    "Menurut BNPB, sebagian besar dari 300 warga desa itu meninggal.",
    Lang::Id,
    "none"
)]
#[case::no_share("The disaster agency said 300 villagers were killed.", Lang::En, "discrepant")]
fn a_share_is_said_of_the_share_not_the_whole(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// A count told by one means ("melalui DNA", "through dental records") is a part of all the cue
/// counts: the means narrows it. Told without one, it is the count.
#[rstest]
#[case::means_after_id(
    "Menurut BNPB, jenazah yang teridentifikasi melalui DNA sejumlah 42 dan sidik jari sejumlah 13.",
    Lang::Id,
    "none"
)]
// After idcorner.co.id, 2023-03-05: "Untuk 9 jenazah lainnya yang tidak teridentifikasi melalui
// metode sidik jari, …"
#[case::means_before_en(
    "The disaster agency said 42 bodies were identified through DNA samples.",
    Lang::En,
    "none"
)]
#[case::no_means("The disaster agency said 52 victims were identified.", Lang::En, "discrepant")]
fn a_count_by_one_means_is_a_part(#[case] text: &str, #[case] lang: Lang, #[case] expected: &str) {
    assert_finding(text, lang, "2030-03-05", "identified", expected);
}

/// Another day of the event's week, two to seven days away, most often dates what followed the
/// event (a search, a visit, a hearing): no alarm. Unless a weekday of the event's own is written
/// with it (the digits slipped), or the date modifies the event's noun ("the March 4 flash
/// flood"). A day off stays an alarm.
#[rstest]
#[case::days_after(
    "Banjir bandang melanda Kota Hulu pada Senin (4/3/2030).",
    Lang::Id,
    "unresolved: the event's week"
)]
#[case::the_events_weekday(
    "Banjir bandang melanda Kota Hulu pada Jumat (4/3/2030).",
    Lang::Id,
    "discrepant"
)]
#[case::weekday_alone(
    "The flash flood hit Kota Hulu on Monday.",
    Lang::En,
    "unresolved: the event's week"
)]
#[case::modifies_the_noun("Residents recalled the March 4 flash flood.", Lang::En, "discrepant")]
#[case::a_day_off(
    "Banjir bandang melanda Kota Hulu pada Sabtu (2/3/2030).",
    Lang::Id,
    "discrepant"
)]
fn another_day_of_the_events_week_tells_of_what_followed(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-06", "flood-date", expected);
}

/// A date right after the cue's verb, with at most a preposition and a named place between, is
/// the verb's own: another day of the event's week there is a misdating. A weekday of that other
/// day written with it says the writer meant that day.
#[rstest]
#[case::the_verbs_own("The search was called off in Kota Hulu on March 4.", "discrepant")]
#[case::the_verbs_own_id("Pencarian dihentikan di Kota Hulu pada 4 Maret 2030.", "discrepant")]
#[case::another_weekday_written(
    "Pencarian dihentikan di Kota Hulu pada Senin (4/3/2030).",
    "unresolved: the event's week"
)]
#[case::another_verbs(
    "The search was widened to Kota Hulu on March 4.",
    "unresolved: the event's week"
)]
fn a_date_after_the_cues_verb_is_its_own(#[case] text: &str, #[case] expected: &str) {
    let lang = if text.starts_with("The") { Lang::En } else { Lang::Id };
    assert_finding(text, lang, "2030-03-10", "search-end", expected);
}

/// What the canon does not cover (`canon check --uncovered`): the figures and dates no finding
/// speaks of; not a measure ("2 jam"), nor a date on a line of its own (a byline).
#[test]
fn the_figures_no_finding_speaks_of_are_uncovered() {
    let canon = Canon::parse("claims.yaml", CANON).expect("the canon loads");
    let text = "Menurut BNPB, 120 orang meninggal. Sebanyak 300 rumah rusak pada 2 Maret 2030 \
                dan banjir berlangsung 2 jam.\n5 Maret 2030\n";
    let article = Article::parse("a.txt", text.to_string()).expect("an article");
    let date = NaiveDate::from_ymd_opt(2030, 3, 5);
    let checked = check_article(&canon, article, Overrides { language: Some(Lang::Id), date });
    let uncovered: Vec<&str> = canon::check::coverage::uncovered(&canon, &checked)
        .iter()
        .map(|m| &text[m.span.range()])
        .collect();
    assert_eq!(uncovered, ["300 rumah", "2 Maret 2030"]);
}

/// Before the estimators' first count: a day or three before it, a figure over it is a
/// misstatement (or the article had it first, when it agrees; under it, see
/// `a_count_before_the_first_estimate_under_it_is_of_before`); days before it, it is someone
/// else's count of before theirs.
#[rstest]
#[case::just_before("2030-03-01", "discrepant: no estimate by")]
#[case::days_before("2030-02-20", "unresolved: another count")]
fn a_figure_before_the_first_estimate(#[case] date: &str, #[case] expected: &str) {
    assert_finding("Menurut BNPB, 190 orang meninggal.", Lang::Id, date, "deaths", expected);
}

/// A date whose words name no one day ("next Wednesday" said on a Tuesday: this week's or the
/// next?) is compared with nothing, and says so, though the article has a date.
#[test]
fn a_date_naming_no_one_day_is_unresolved() {
    let text = "The search was called off next Wednesday.";
    assert_finding(text, Lang::En, "2030-03-05", "search-end", "unresolved: name no one day");
}

/// Someone who speaks for an organisation (`speaks_for`) gives its figures: the editor lists
/// the organisation once, and a figure credited to its spokesman is the organisation's.
#[rstest]
#[case::agrees("Menurut Budi Santoso, 120 orang meninggal.", "consistent")]
#[case::disagrees("Menurut Budi Santoso, 110 orang meninggal.", "discrepant")]
fn a_spokesman_speaks_for_the_agency(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-04", "deaths", expected);
}

/// `context: {any_of: […]}` asks for any one of its entities in the sentence, where a list asks
/// for all of them.
#[rstest]
#[case::one_of_them("Menurut BNPB, 12 orang diselamatkan di Kota Hulu.", "discrepant")]
#[case::the_other("Menurut BNPB, 12 orang diselamatkan di Lembah Hijau.", "discrepant")]
#[case::neither("Menurut BNPB, 12 orang diselamatkan.", "none")]
fn a_context_may_ask_for_any_one(#[case] text: &str, #[case] expected: &str) {
    const ANY: &str = r#"
entities:
  agency:
    names:
      id: [BNPB]
  kota:
    names:
      id: [Kota Hulu]
  lembah:
    names:
      id: [Lembah Hijau]
claims:
  - id: rescued
    statement: Ten were rescued in the valley towns.
    sources: [invented]
    cues:
      id: [diselamatkan]
    context: {any_of: [kota, lembah]}
    quantity:
      estimator: agency
      value: 10
      as_of: 2030-03-02
"#;
    let canon = Canon::parse("claims.yaml", ANY).expect("the canon loads");
    let article = Article::parse("a.txt", text.to_string()).expect("an article");
    let date = NaiveDate::from_ymd_opt(2030, 3, 4);
    let checked = check_article(&canon, article, Overrides { language: Some(Lang::Id), date });
    let found: Vec<String> = (checked.findings.iter())
        .filter(|f| f.check == "rescued")
        .map(|f| f.status.name().to_string())
        .collect();
    match expected {
        "none" => assert!(found.is_empty(), "{text:?}: {found:?}"),
        status => assert_eq!(found, [status], "{text:?}"),
    }
}

/// An entity's names may hold the forms used as adjectives ("Malaysian"): "according to
/// Malaysian officials" credits Malaysia, and a misspelt one ("Malaysain officials") is flagged
/// and credits no one else.
#[rstest]
#[case::credited("According to Malaysian officials, 40 people were rescued.", "discrepant", "")]
#[case::another("According to Indonesian officials, 40 people were rescued.", "none", "")]
#[case::misspelt(
    "According to Malaysain officials, 30 people were rescued.",
    "consistent",
    "misspelled-entity"
)]
fn names_may_hold_adjectives(#[case] text: &str, #[case] expected: &str, #[case] also: &str) {
    const DEMONYMS: &str = r#"
entities:
  malaysia:
    names:
      en: [Malaysia, Malaysian]
  indonesia:
    names:
      en: [Indonesia, Indonesian]
claims:
  - id: rescued
    statement: Malaysian rescuers pulled out 30.
    sources: [invented]
    cues:
      en: [rescued]
    quantity:
      estimator: malaysia
      value: 30
      as_of: 2030-03-03
"#;
    let canon = Canon::parse("claims.yaml", DEMONYMS).expect("the canon loads");
    let article = Article::parse("a.txt", text.to_string()).expect("an article");
    let date = NaiveDate::from_ymd_opt(2030, 3, 4);
    let checked = check_article(&canon, article, Overrides { language: Some(Lang::En), date });
    let of = |check: &str| -> Vec<&str> {
        (checked.findings.iter()).filter(|f| f.check == check).map(|f| f.status.name()).collect()
    };
    match expected {
        // Another source's own figure: canon says nothing of it.
        "none" => assert!(of("rescued").is_empty(), "{text:?}: {:?}", of("rescued")),
        status => assert_eq!(of("rescued"), [status], "{text:?}"),
    }
    if !also.is_empty() {
        assert_eq!(of(also), ["warning"], "{text:?}");
    }
}

/// A part of the claim's own count is at most its total. No figure of the sentence is the toll,
/// and a part of it ("140 dari 300 korban", "140 of the 300 victims", no whole or a whole the
/// claim counts) larger than every estimate given by the article's date or just after is
/// `discrepant`; one at most the total says nothing of it. A hedge counts from its lower bound:
/// "more than 100" may still be at most 120. The forms are those of real reports: "Adapun dari
/// sembilan korban, tiga diantaranya merupakan korban banjir yang meninggal karena hipotermia."
/// (katadata.co.id, 1 January 2020,
/// <https://katadata.co.id/agustiyanti/berita/5e9a4c3c5ef09/bnpb-9-orang-meninggal-dunia-akibat-banjir-dan-longsor-di-jabodetabek>);
/// "Tunisian authorities say at least 25 of the 48 survivors … are being treated for
/// non-life threatening injuries." (VOA, 8 May 2002,
/// <https://www.voanews.com/a/a-13-a-2002-05-08-34-final-66489852/552700.html>).
#[rstest]
#[case::dari_larger(
    "Menurut BNPB, 140 dari 300 korban meninggal.",
    "2030-03-04",
    "discrepant: a part (\"140\") larger than the total, 120 as of 2030-03-03"
)]
#[case::dari_within("Menurut BNPB, 100 dari 300 korban meninggal.", "2030-03-04", "none")]
#[case::of_the_larger(
    "BNPB said 140 of the 300 victims were killed.",
    "2030-03-04",
    "discrepant: a part (\"140\") larger than the total, 120"
)]
#[case::of_the_within("BNPB said three of the six suspects were killed.", "2030-03-04", "none")]
#[case::of_those(
    "BNPB said 140 of those killed were children.",
    "2030-03-04",
    "discrepant: a part"
)]
#[case::more_than_within(
    "BNPB said more than 100 of the 300 victims were killed.",
    "2030-03-04",
    "none"
)]
#[case::more_than_beyond(
    "BNPB said more than 130 of the 300 victims were killed.",
    "2030-03-04",
    "discrepant: a part (\"more than 130\")"
)]
#[case::about_within("BNPB said about 125 of the 300 victims were killed.", "2030-03-04", "none")]
// Before the 120 of 3 March, the 120 given the next day could still be the article's total.
#[case::a_later_estimate("BNPB said 110 of the 300 victims were killed.", "2030-03-02", "none")]
#[case::beyond_every_estimate(
    "BNPB said 140 of the 300 victims were killed.",
    "2030-03-02",
    "discrepant: a part (\"140\") larger than the total, 100 as of 2030-03-02"
)]
// "Di antaranya" with the cue right after it is the count of all who died, compared as the
// total: 100 is the estimate the 120 replaced.
#[case::di_antaranya_larger(
    "Menurut BNPB, 300 orang menjadi korban, 140 di antaranya meninggal.",
    "2030-03-04",
    "discrepant: disagrees"
)]
#[case::di_antaranya_within(
    "Menurut BNPB, 300 orang menjadi korban, 100 di antaranya meninggal.",
    "2030-03-04",
    "outdated"
)]
fn a_part_is_at_most_the_total(#[case] text: &str, #[case] date: &str, #[case] expected: &str) {
    let lang = if text.starts_with("Menurut") { Lang::Id } else { Lang::En };
    assert_finding(text, lang, date, "deaths", expected);
}

/// A part of a whole the claim does not count ("140 of the 300 soldiers", when the claim counts
/// people and victims) counts within that whole: it says nothing of the total, however large.
#[rstest]
#[case::soldiers("BNPB said 140 of the 300 soldiers were killed.", Lang::En, "none")]
#[case::tentara("Menurut BNPB, 140 dari 300 tentara meninggal.", Lang::Id, "none")]
#[case::victims("BNPB said 140 of the 300 victims were killed.", Lang::En, "discrepant: a part")]
#[case::korban("Menurut BNPB, 140 dari 300 korban meninggal.", Lang::Id, "discrepant: a part")]
fn a_part_of_another_whole_says_nothing_of_the_total(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    const COUNTED: &str = r#"
entities:
  agency:
    names:
      id: [BNPB]
      en: [BNPB]
claims:
  - id: deaths
    statement: The flood killed 120 people by 3 March, by the disaster agency's count.
    sources: [invented]
    cues:
      id: [meninggal]
      en: [killed]
    quantity:
      estimator: agency
      counts:
        id: [orang, korban]
        en: [people, victims]
      value: 120
      as_of: 2030-03-03
"#;
    support::assert_finding_of(COUNTED, text, lang, "2030-03-04", "deaths", expected);
}

/// The cue must tell of the part: not a cue after another part of a breakdown, nor after a
/// whole and its part.
#[rstest]
#[case::breakdown(
    "Menurut BNPB, 300 orang ditemukan, dengan rincian korban selamat sebanyak 160 orang dan meninggal dunia berjumlah 140 orang.",
    "deaths"
)]
#[case::whole_first("Menurut BNPB, korban 189 orang, 181 di antaranya meninggal dunia.", "deaths")]
fn a_part_the_cue_does_not_tell_of_is_no_part_of_its_count(
    #[case] text: &str,
    #[case] claim: &str,
) {
    let found = findings(text, Lang::Id, "2030-03-04", claim);
    assert!(!found.iter().any(|f| f.contains("a part (")), "{text:?}: {found:?}");
}

/// The people on board a plane, as its airline broke them down: 155 passengers (137 adults, 17
/// children, an infant) and seven crew (two pilots, four cabin crew, an engineer). Early reports
/// cut the passengers otherwise (138 adults, 16 children).
const ON_BOARD: &str = r#"
entities:
  airline:
    names:
      id: [AirAsia]
      en: [AirAsia]
claims:
  - id: passengers
    statement: The plane carried 155 passengers.
    sources: ["https://asiatraveltips.com/news14/3012-AirAsia.shtml"]
    cues:
      id: [penumpang]
      en: [passengers]
    quantity:
      counts:
        id: [penumpang]
        en: [passengers]
      estimator: airline
      value: 155
      as_of: 2014-12-28
  - id: adults
    statement: 137 of the passengers were adults.
    sources: ["https://asiatraveltips.com/news14/3012-AirAsia.shtml"]
    cues:
      id: [dewasa]
      en: [adults]
    quantity:
      estimator: airline
      value: 137
      as_of: 2014-12-28
  - id: crew
    statement: The crew were seven.
    sources: ["https://asiatraveltips.com/news14/3012-AirAsia.shtml"]
    cues:
      id: [awak, kru]
      en: [crew]
    quantity:
      counts:
        id: [awak, kru]
        en: [crew]
      estimator: airline
      value: 7
      as_of: 2014-12-28
"#;

/// A figure of a breakdown, taken by the noun its claim counts, is no alarm when it disagrees:
/// its source may cut the categories otherwise (the pilots among the crew or not, children by
/// another age). It agrees as any figure does, and the total it divides is compared as any.
/// Real sentences of the QZ8501 coverage, a story the rule was not written on.
#[rstest]
// https://opera.liputan6.com/news/read/2153427/… (29 Dec 2014)
#[case::id_other_cut(
    "Pesawat bertipe Airbus A320-200 PK-AXC itu mengangkut 155 penumpang yang terdiri atas 138 penumpang dewasa, 16 penumpang anak-anak, dan 1 bayi.",
    Lang::Id,
    "adults",
    "unresolved: one figure of a breakdown"
)]
#[case::id_total(
    "Pesawat bertipe Airbus A320-200 PK-AXC itu mengangkut 155 penumpang yang terdiri atas 138 penumpang dewasa, 16 penumpang anak-anak, dan 1 bayi.",
    Lang::Id,
    "passengers",
    "consistent"
)]
// https://jatim.antaranews.com/amp/berita/148294/tentang-kami (28 Dec 2014)
// "137 adalah orang dewasa" states the adults' count: the cue stands in its item of the list,
// and in no other.
#[case::id_same_cut(
    "\"Di dalam pesawat terdapat 155 penumpang, di mana sebanyak 137 adalah orang dewasa, 17 anak-anak dan 1 bayi.",
    Lang::Id,
    "adults",
    "consistent"
)]
// https://fbeta.republika.co.id/berita/nhacrx/tujuh-penumpang-airasia-qz8501-adalah-wna (28 Dec 2014)
#[case::id_crew_parts(
    "Disamping itu, terdapat dua pilot, empat awak kabin dan satu teknisi.",
    Lang::Id,
    "crew",
    "quiet"
)]
// https://annalyn.net/air-asia-qz8501-lost-why-2014-was-a-bad-year-for-aviation (Dec 2014)
#[case::en_other_cut(
    "On board were 155 passengers composed of 138 adults, 16 children and 1 infant.",
    Lang::En,
    "adults",
    "unresolved: one figure of a breakdown"
)]
#[case::en_total(
    "On board were 155 passengers composed of 138 adults, 16 children and 1 infant.",
    Lang::En,
    "passengers",
    "consistent"
)]
// https://asiatraveltips.com/news14/3012-AirAsia.shtml (30 Dec 2014)
#[case::en_same_cut(
    "There were 155 passengers on board, with 137 adults, 17 children and 1 infant.",
    Lang::En,
    "adults",
    "consistent"
)]
#[case::en_crew_parts(
    "The crew consisted of 2 pilots, 4 cabin crew and 1 engineer.",
    Lang::En,
    "crew",
    "quiet"
)]
// Constructed: a breakdown that adds up to its whole is another cut (7 + 138 + 16 + 1 = 162);
// one that does not has a wrong figure, and the one that disagrees is likely it.
#[case::adds_up(
    "Pesawat itu mengangkut 162 orang, terdiri dari 7 kru, 138 penumpang dewasa, 16 anak-anak dan 1 bayi.",
    Lang::Id,
    "adults",
    "unresolved: one figure of a breakdown"
)]
#[case::does_not_add_up(
    "Pesawat itu mengangkut 162 orang, terdiri dari 7 kru, 139 penumpang dewasa, 16 anak-anak dan 1 bayi.",
    Lang::Id,
    "adults",
    "discrepant"
)]
#[case::some_of_them(
    "The plane carried 162 people, including 140 adults and 16 children.",
    Lang::En,
    "adults",
    "unresolved: one figure of a breakdown"
)]
// A slip outside any breakdown stays an alarm.
#[case::en_no_breakdown("AirAsia said 138 adults were on board.", Lang::En, "adults", "discrepant")]
fn a_figure_of_a_breakdown_may_cut_otherwise(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] claim: &str,
    #[case] expected: &str,
) {
    support::assert_finding_of(ON_BOARD, text, lang, "2014-12-30", claim, expected);
}

/// A count of the displaced, 31,467 in BNPB's breakdown of the day (19.997 + 10.217 + 1.092 +
/// 161, katakini.com, 11 February 2021).
const DISPLACED: &str = r#"
entities:
  bnpb:
    names:
      id: [BNPB]
      en: [BNPB]
claims:
  - id: displaced
    statement: 31,467 people were displaced by the floods.
    sources: ["https://www.katakini.com/artikel/42478/banjir-di-indonesia-31-ribu-orang-mengungsi/"]
    cues:
      id: [mengungsi]
      en: [displaced]
    quantity:
      counts:
        id: [orang, warga, jiwa]
        en: [people, residents]
      estimator: bnpb
      value: 31467
      as_of: 2021-02-11
"#;

/// A count of four digits or more in whole hundreds is a rounding, read as "about" it; a figure
/// written to the ten or the unit is read as written.
#[rstest]
// https://www.katakini.com/artikel/42478/banjir-di-indonesia-31-ribu-orang-mengungsi/ (11 Feb 2021)
#[case::headline("Banjir di Indonesia, 31 Ribu Orang Mengungsi", Lang::Id, "consistent")]
#[case::digits("Banjir di Indonesia, 31.000 Orang Mengungsi", Lang::Id, "consistent")]
// Constructed: a rounding stays within the tolerance of "about".
#[case::too_far("Banjir di Indonesia, 36 ribu orang mengungsi", Lang::Id, "discrepant")]
#[case::hundreds("Sebanyak 31.500 orang mengungsi.", Lang::Id, "consistent")]
#[case::to_the_ten("Sebanyak 31.410 orang mengungsi.", Lang::Id, "discrepant")]
#[case::hundreds_too_far("Sebanyak 36.400 orang mengungsi.", Lang::Id, "discrepant")]
fn a_round_count_is_a_rounding(#[case] text: &str, #[case] lang: Lang, #[case] expected: &str) {
    // Read the day after the count, so that no earlier count of its day is in question.
    support::assert_finding_of(DISPLACED, text, lang, "2021-02-12", "displaced", expected);
}

/// A magnitude whose cue is a symbol written with its figure.
const MAGNITUDE: &str = r#"
entities:
  bmkg:
    names:
      id: [BMKG]
  cianjur:
    names:
      id: [Cianjur]
claims:
  - id: magnitude
    statement: BMKG measured the main shock at magnitude 5.6.
    sources: ["https://bandung.kompas.com/read/2022/12/31/205118478/kaleidoskop-2022-gempa-m-56-di-cianjur-yang-telan-ratusan-korban-jiwa"]
    cues:
      id: [magnitudo, '/\bM ?\d/']
    quantity:
      estimator: bmkg
      value: 5.6
      as_of: 2022-11-21
      tolerance: 0.01
"#;

/// A cue holding a digit ("M 5" of "Gempa M 5,6") is a symbol with its figure, not a word inside
/// the name before it, and a verb after the figure is not the noun it counts.
#[rstest]
// https://bandung.kompas.com/read/2022/12/31/205118478/… (31 Dec 2022): "Gempa M 5,6 di Cianjur
// yang Telan Ratusan Korban Jiwa".
#[case::headline("Gempa M 5,6 di Cianjur yang Telan Ratusan Korban Jiwa", "consistent")]
#[case::verb_after("Gempa M 5,6 mengguncang Cianjur.", "consistent")]
// Constructed: another figure.
#[case::slip("Gempa M 5,9 mengguncang Cianjur.", "discrepant")]
// A symbol glued to its figure ("M5,6") is read as one written apart.
#[case::glued("Gempa M5,6 mengguncang Cianjur.", "consistent")]
#[case::glued_slip("Gempa M5,9 mengguncang Cianjur.", "discrepant")]
fn a_symbol_with_its_figure_is_a_cue(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(MAGNITUDE, text, Lang::Id, "2022-11-22", "magnitude", expected);
}

/// Hurricane Michael's landfall, with the noun alone as its cue.
const LANDFALL: &str = r#"
entities:
  michael:
    names:
      en: [Hurricane Michael, Michael]
claims:
  - id: landfall
    statement: Hurricane Michael made landfall near Mexico Beach, Florida, on 10 October 2018.
    sources: ["https://www.axios.com/hurricane-michael-unprecedented-florida-panhandle-a870f495-b339-4b29-a7ce-7458664961d1.html"]
    cues:
      en: [landfall]
    event:
      date: 2018-10-10
"#;

/// "Make" is a support verb: its object is the event, and the date it takes is the event's.
#[rstest]
// https://www.axios.com/hurricane-michael-unprecedented-florida-panhandle-… (10 Oct 2018)
#[case::made(
    "Hurricane Michael made landfall in Mexico Beach, Florida as a high-end Category 4 storm early Wednesday afternoon.",
    "consistent"
)]
// Constructed: an adjective before the noun, and another day.
#[case::adjective(
    "Hurricane Michael made a devastating landfall in Mexico Beach, Florida early Tuesday afternoon.",
    "discrepant"
)]
fn make_is_a_support_verb(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(LANDFALL, text, Lang::En, "2018-10-11", "landfall", expected);
}

/// People left homeless, first counted a day after the articles below (a count of the test's,
/// not the source's).
const HOMELESS: &str = r#"
entities:
  wise:
    names:
      en: [Bob Wise, Wise]
claims:
  - id: homeless
    statement: The state counted 12,000 people left homeless by the floods.
    sources: ["https://www.cbsnews.com/news/door-to-door-search/"]
    cues:
      en: [homeless]
    quantity:
      counts:
        en: [people]
      estimator: wise
      value: 12000
      as_of: 2030-07-03
"#;

/// A vague amount before any count was given misstates none; a figure over the first count
/// does.
#[rstest]
// https://www.cbsnews.com/news/door-to-door-search/ (Appalachian floods)
#[case::vague(
    "West Virginia Gov. Bob Wise said after touring the area by helicopter and on foot that hundreds of people were homeless and at least 375 homes and 30 businesses were damaged.",
    "unresolved: a vague amount"
)]
// Constructed: a figure instead.
#[case::figure(
    "West Virginia Gov. Bob Wise said that 20,000 people were homeless.",
    "discrepant: no estimate"
)]
fn a_vague_amount_before_any_count_misstates_none(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(HOMELESS, text, Lang::En, "2030-07-01", "homeless", expected);
}

/// The children killed at a school, counted as students or children.
const SCHOOL: &str = r#"
entities:
  dps:
    names:
      en: [DPS, Department of Public Safety]
claims:
  - id: children-killed
    statement: 19 children were killed.
    sources: ["https://dailyplanetdc.com/2022/05/24/14-students-1-teacher-killed-in-texas-elementary-school-shooting/"]
    cues:
      en: [killed]
    quantity:
      counts:
        en: [students, children]
      estimator: dps
      value: 19
      as_of: 2022-05-25
"#;

/// Two counted nouns joined by "and" before one verb are both its subjects: the one the claim
/// counts is its figure, when the other is a noun the claim does not count.
#[rstest]
// people.com, 21 June 2022 (a caption of 24 May, when the first count was 14). FIXME: the
// figure is bound, but a figure more than a fifth under the only estimate the canon holds is
// read as a part: unresolved, where the labels call it a misstatement (the day's first count,
// told a month later).
#[case::joined(
    "Fourteen students and one teacher were killed during a massacre in a Texas elementary school, the deadliest US school shooting in more than four years.",
    "unresolved: found 14 students"
)]
// https://dailyplanetdc.com/2022/05/24/14-students-1-teacher-killed-in-texas-elementary-school-shooting/
// FIXME: joined by a comma, as a headline writes them, the first figure is left in a clause of
// its own: no finding, where "consistent" is right.
#[case::headline("19 students, 2 teachers killed in Texas elementary school shooting", "none")]
// Constructed: the joined figure is right.
#[case::joined_right("Nineteen students and two teachers were killed.", "consistent")]
// Constructed: another verb stands in the first clause, which is a clause of its own.
#[case::two_clauses("Fourteen students fled and one teacher was killed.", "none")]
fn nouns_joined_by_and_share_a_verb(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(SCHOOL, text, Lang::En, "2022-06-21", "children-killed", expected);
}

/// The Lahaina fire's date.
const FIRE: &str = r#"
entities:
  lahaina:
    names:
      en: [Lahaina]
claims:
  - id: fire-date
    statement: The Lahaina fire broke out on 8 August 2023.
    sources: ["https://staradvertiser.com/?p=1269990 (the Aug. 8 Lahaina fire)"]
    cues:
      en: [fire, blaze]
    event:
      date: 2023-08-08
"#;

/// What victims or survivors are of takes no date of its own clause; a date the cue's noun
/// phrase writes is the cue's.
#[rstest]
// Constructed: "of" and the date after the noun, right and wrong.
#[case::of_the_date(
    "Survivors of the blaze of Aug. 8, 2023, are still waiting for homes.",
    "consistent"
)]
#[case::of_a_wrong_date(
    "Survivors of the blaze of Sept. 8, 2023, are still waiting for homes.",
    "discrepant"
)]
// The clause's own date stays the clause's.
#[case::the_clause_date("Survivors of the blaze met the governor on Aug. 20, 2023.", "none")]
fn a_date_after_of_is_the_cues(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(FIRE, text, Lang::En, "2024-08-08", "fire-date", expected);
}

/// The Sulawesi Tengah earthquake's toll by the disaster agency (BNPB), 9 October 2018.
const TOLL: &str = r#"
entities:
  bnpb:
    names:
      id: [BNPB, Badan Nasional Penanggulangan Bencana]
claims:
  - id: deaths
    statement: BNPB counted 2,010 dead at 13:00 WIB on 9 October 2018.
    sources: ["https://amp.kontan.co.id/news/korban-meninggal-akibat-bencana-di-sulteng-mencapai-2010-orang"]
    cues:
      id: [korban meninggal]
    quantity:
      estimator: bnpb
      value: 2010
      as_of: 2018-10-09
"#;

/// The commas of an aside that only says until when ("per 9 Oktober 2018 pukul 13.00 WIB",
/// "hingga sore ini") end no clause: the figure after it is the cue's.
#[rstest]
// https://amp.kontan.co.id/news/korban-meninggal-akibat-bencana-di-sulteng-mencapai-2010-orang
// (9 Oct 2018)
#[case::real(
    "Jumlah korban meninggal dunia akibat bencana gempa bumi dan tsunami di Sulawesi Tengah, per 9 Oktober 2018 pukul 13.00 WIB, meningkat menjadi 2.010 korban.",
    "consistent"
)]
// Constructed: another figure.
#[case::slip(
    "Jumlah korban meninggal dunia akibat bencana gempa bumi dan tsunami di Sulawesi Tengah, per 9 Oktober 2018 pukul 13.00 WIB, meningkat menjadi 2.110 korban.",
    "discrepant"
)]
// Constructed: an aside that says more than when is a clause of its own.
#[case::not_only_when(
    "Jumlah korban meninggal dunia akibat bencana gempa bumi dan tsunami di Sulawesi Tengah, menurut warga yang selamat, meningkat menjadi 2.100 korban.",
    "none"
)]
fn an_aside_of_time_ends_no_clause(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(TOLL, text, Lang::Id, "2018-10-09", "deaths", expected);
}

/// The Camp Fire's dead, by the Butte County sheriff (a count of the test's date).
const CAMP_FIRE: &str = r#"
entities:
  butte:
    names:
      en: [Butte County sheriff]
  paradise:
    names:
      en: [Paradise]
claims:
  - id: deaths
    statement: The Butte County sheriff counted 23 dead in the Camp Fire by 10 November 2018.
    sources: ["https://www.itv.com/news/2018-11-11/death-toll-in-california-wildfires-rises-as-homes-left-destroyed/"]
    cues:
      en: [bodies, dead]
    quantity:
      estimator: butte
      value: 23
      as_of: 2018-11-10
"#;

/// What a clause says was found at a place by a name the canon does not know is a count of
/// those found there, a part: "discovered in the Woolsey Fire burn area", "found on Edgewood
/// Lane". A month or a day is no place.
#[rstest]
// http://foxnews.com/us/at-least-2-dead-in-californias-woolsey-fire-la-coroner-says (9 Nov 2018)
#[case::real(
    "At least two bodies were discovered in the Woolsey Fire burn area in Southern California on Friday as wildfires continued to rage across the state, the Los Angeles County coroner’s office said.",
    "none"
)]
// Constructed: a place the canon names, and a month.
#[case::named("Twenty people were found dead in Paradise on Friday.", "discrepant")]
#[case::month("Twenty people were found dead in November.", "discrepant")]
fn found_at_a_place_the_canon_does_not_know_is_a_part(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(CAMP_FIRE, text, Lang::En, "2018-11-11", "deaths", expected);
}

/// The flash flood of Nagekeo, September 2025, by BNPB (Abdul Muhari, 13 September 2025).
const NAGEKEO: &str = r#"
entities:
  bnpb:
    names:
      id: [BNPB, Abdul Muhari]
claims:
  - id: deaths
    statement: BNPB counted 5 dead in the flash flood of Nagekeo on 13 September 2025.
    sources: ["https://indoposco.id/nasional/2025/09/13/bencana-banjir-di-sejumlah-wilayah-bnpb-korban-meninggal-22-dan-8-hilang"]
    cues:
      id: [korban meninggal]
    quantity:
      estimator: bnpb
      value: 5
      as_of: 2025-09-13
"#;

/// A list of kinds, each with its own count, is no breakdown of one whole: the figure whose
/// item holds the cue, when no other item does, is the cue's count.
#[rstest]
// https://indoposco.id/nasional/2025/09/13/bencana-banjir-di-sejumlah-wilayah-bnpb-korban-meninggal-22-dan-8-hilang
// (13 Sep 2025)
#[case::kinds(
    "Sementara di Kabupaten Nagekeo, Provinsi Nusa Tenggara Timur, banjir bandang mengakibatkan 5 korban meninggal dunia, 3 hilang, 3 luka-luka, serta 57 jiwa mengungsi.",
    "deaths",
    "consistent"
)]
// Constructed: another figure. Told in a list, it may be cut otherwise than the canon's
// count: no alarm.
#[case::kinds_slip(
    "Sementara di Kabupaten Nagekeo, Provinsi Nusa Tenggara Timur, banjir bandang mengakibatkan 6 korban meninggal dunia, 3 hilang, 3 luka-luka, serta 57 jiwa mengungsi.",
    "deaths",
    "unresolved: one figure of a breakdown"
)]
fn a_list_of_kinds_is_no_breakdown(
    #[case] text: &str,
    #[case] claim: &str,
    #[case] expected: &str,
) {
    support::assert_finding_of(NAGEKEO, text, Lang::Id, "2025-09-14", claim, expected);
}

/// A count by one estimator, with the series and the English cues given (the dead's, or the
/// bodies recovered's): the canon of the bodies rule, which meets each real sentence with the
/// toll of its story.
fn bodies_canon(series: &str, cues: &str) -> String {
    format!(
        r#"
entities:
  army:
    names:
      en: [Bangladesh Army, Major General Chowdhury Hasan Sarwardi, the Army]
      id: [Tim SAR Gabungan, Basarnas]
claims:
  - id: deaths
    statement: The disaster's dead, or the bodies recovered, by the rescuers' count.
    sources: [invented]
    cues:
      en: {cues}
      id: [meninggal, tewas, jenazah]
    quantity:
      estimator: army
      series: {series}
      tolerance: 0.02
"#
    )
}

/// Bodies are counted where they are in the work that follows a disaster (found, evacuated,
/// received, identified, handed over), by each team that does it: such a count lags the toll
/// and is a part of it. A count of bodies that disagrees with a claim counting the dead is
/// `unresolved`; a claim of one stage of that work (no cue of it begins with a word of death) is
/// checked as any.
#[rstest]
// https://indiatvnews.com/amp/news/world/bangladesh-collapse-death-toll-rises-to-435-11563.html
// (2 May 2013), against an invented toll of 435 the day before.
#[case::pulled_out(
    "\"A total of 429 bodies have so far been pulled out of the collapsed building,\" Major General Chowdhury Hasan Sarwardi of Bangladesh Army's Nine Infantry Division told reporters at the disaster site.",
    Lang::En,
    "[{value: 435, as_of: 2013-05-01}]",
    "2013-05-02",
    "[killed, dead, death toll, bodies, recovered, pulled out]",
    "unresolved: a count of bodies"
)]
// https://www.newindianexpress.com/states/kerala/2024/Jul/31/day-2-wayanad-landslides-over-170-dead-225-missing-army-recovers-89-bodies-rescues-1000-people
// (31 Jul 2024), against the Kerala government's toll of 93
// on 30 July, and 143 then 167 on 31 July.
#[case::recovered_by_one_team(
    "Military personnel intensified search and rescue operations, with the Army saying that it has recovered around 89 bodies so far and rescued nearly 1,000 people.",
    Lang::En,
    "[{value: 93, as_of: 2024-07-30}, {value: 143, as_of: 2024-07-31}, {value: 167, as_of: 2024-07-31}]",
    "2024-07-31",
    "[killed, dead, death toll, bodies, recovered, pulled out]",
    "unresolved: a count of bodies"
)]
// https://ambon.tribunnews.com/2025/01/22/bencana-longsor-di-pekalongan-jateng-19-orang-meninggal-dunia-7-dalam-pencarian?page=all
// (22 Jan 2025), against the toll of 21 that day (17 the day
// before).
#[case::evacuated(
    "Terakhir, Tim SAR Gabungan mengevakuasi dua jenazah korban longsor di Desa Petungkriyono, Pekalongan, Rabu (22/1/2025).",
    Lang::Id,
    "[{value: 17, as_of: 2025-01-21}, {value: 21, as_of: 2025-01-22}]",
    "2025-01-22",
    "[killed, dead, death toll, bodies, recovered, pulled out]",
    "unresolved: a count of jenazah"
)]
// Constructed: the dead, not bodies, are the claim's fact.
#[case::the_dead(
    "The Army said 429 people have been killed.",
    Lang::En,
    "[{value: 435, as_of: 2013-05-01}]",
    "2013-05-02",
    "[killed, dead, death toll, bodies, recovered, pulled out]",
    "discrepant"
)]
// Constructed: a claim of bodies recovered takes a count of bodies as its fact.
#[case::a_claim_of_bodies(
    "The Army said 429 bodies have so far been recovered.",
    Lang::En,
    "[{value: 435, as_of: 2013-05-01}]",
    "2013-05-02",
    "[recovered, pulled out]",
    "discrepant"
)]
fn a_count_of_bodies_is_no_death_toll(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] series: &str,
    #[case] date: &str,
    #[case] cues: &str,
    #[case] expected: &str,
) {
    support::assert_finding_of(&bodies_canon(series, cues), text, lang, date, "deaths", expected);
}

/// A canon of one event claim, `id`, with the cues given in the language given, on `date`, at
/// `time` in `zone` when they are given.
fn one_event(id: &str, lang: &str, cues: &str, date: &str, time: Option<(&str, &str)>) -> String {
    let time = time.map_or(String::new(), |(time, zone)| {
        format!("\n      time: \"{time}\"\n      zone: {zone}")
    });
    format!(
        "claims:\n  - id: {id}\n    statement: An event.\n    sources: [test]\n    cues:\n      {lang}: [{cues}]\n    event:\n      date: {date}{time}\n"
    )
}

/// A day next to the event's, written with a time near the midnight between them (or, with no
/// time written, of an event the canon times near it), is the night told from its other side:
/// `unresolved`, not a misdating. A wide part of the day ("late Wednesday night") is no time near
/// midnight, nor is a time far from the canon's own.
/// Sentences: karebanews.id, 8 July 2024
/// (https://karebanews.id/tanah-longsor-di-tambang-emas-bonebolango-11-orang-meninggal-dunia/),
/// of a landslide the canon dates Sunday 7 July; suara.com, 5 July 2025
/// (https://www.suara.com/news/2025/07/05/193955/tim-penyelam-akan-diturunkan-ke-lokasi-bangkai-kapal-kmp-tunu-pratama-jaya?page=2),
/// of a ferry that sank late on 2 July WIB; northescambia.com, 27 September 2024
/// (http://www.northescambia.com/2024/09/devastating-hurricane-helene-makes-landfall-as-category-4-near-perry-florida),
/// of a landfall at 11:10 p.m. on Thursday 26 September; palmbeachpost.com, 8 July 2021
/// (https://www.palmbeachpost.com/story/news/2021/07/08/surfside-condo-collapse-death-toll-60-80-potentially-unaccounted/7899510002/),
/// of a turn to recovery that took effect at midnight on Wednesday 7 July.
#[rstest]
#[case::clock_before_midnight(
    "Tanah longsor yang terjadi lokasi tambang emas tradisional Desa Tulabolo Timur, Kecamatan Suwawa Timur, terjadi pada Sabtu 6 Juli 2024 sekitar pukul 23.45 WITA.",
    Lang::Id,
    "2024-07-08",
    one_event("e", "id", "longsor, tanah longsor", "2024-07-07", None),
    "unresolved: one night told from its other side"
)]
// The canon's time written as an offset: "+08:00" is WITA's clock.
#[case::one_clock_two_names(
    "Tanah longsor yang terjadi lokasi tambang emas tradisional Desa Tulabolo Timur, Kecamatan Suwawa Timur, terjadi pada Sabtu 6 Juli 2024 sekitar pukul 23.45 WITA.",
    Lang::Id,
    "2024-07-08",
    one_event("e", "id", "longsor, tanah longsor", "2024-07-07", Some(("00:10", "\"+08:00\""))),
    "unresolved: one night told from its other side"
)]
#[case::clock_after_midnight(
    "Sebelumnya diberitakan, KMP Tunu Pratama Jaya terbalik saat berlayar dari Pelabuhan Ketapang, Banyuwangi, menuju Pelabuhan Gilimanuk, Bali, pada Kamis (3/7/2025) sekitar pukul 00.16 WITA.",
    Lang::Id,
    "2025-07-05",
    // The reader gives the date to the voyage's verb, which the cue lists.
    one_event("e", "id", "terbalik, berlayar", "2025-07-02", None),
    "unresolved: one night told from its other side"
)]
#[case::far_from_the_canons_time(
    "Sebelumnya diberitakan, KMP Tunu Pratama Jaya terbalik saat berlayar dari Pelabuhan Ketapang, Banyuwangi, menuju Pelabuhan Gilimanuk, Bali, pada Kamis (3/7/2025) sekitar pukul 00.16 WITA.",
    Lang::Id,
    "2025-07-05",
    one_event("e", "id", "terbalik, berlayar", "2025-07-02", Some(("19:00", "WIB"))),
    "discrepant: the event happened on 2025-07-02"
)]
#[case::a_wide_night(
    "Hurricane Helene made a devastating landfall in the Florida Big Bend region late Wednesday night, bringing with it catastrophic winds and storm surge.",
    Lang::En,
    "2024-09-27",
    one_event("e", "en", "made landfall, landfall", "2024-09-26", None),
    "discrepant: the event happened on 2024-09-26"
)]
#[case::the_canons_time(
    "The transition on Thursday from a rescue to a recovery effort at the site of the condominium collapse in Surfside proved to be more than semantics as officials talked of protocols for collecting and returning personal items — from jewelry to firearms — found in the rubble to even waiving survivors' property taxes.",
    Lang::En,
    "2021-07-08",
    one_event("e", "en", "transition", "2021-07-07", Some(("19:15-23:59", "EDT"))),
    "unresolved: which the canon places at 19:15–23:59 edt"
)]
// The same sentence dated a day later, so that "Thursday" is not the article's own day (which
// is a reason of its own to stay silent).
#[case::no_time(
    "The transition on Thursday from a rescue to a recovery effort at the site of the condominium collapse in Surfside proved to be more than semantics as officials talked of protocols for collecting and returning personal items — from jewelry to firearms — found in the rubble to even waiving survivors' property taxes.",
    Lang::En,
    "2021-07-09",
    one_event("e", "en", "transition", "2021-07-07", None),
    "discrepant: the event happened on 2021-07-07"
)]
fn a_night_is_told_from_either_side_of_midnight(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] date: &str,
    #[case] canon: String,
    #[case] expected: &str,
) {
    support::assert_finding_of(&canon, text, lang, date, "e", expected);
}

/// kutipan.co, 15 July 2024: a regent announces, on Friday, the close of a search that the
/// canon ends on Saturday.
const ANNOUNCED: &str = "KUTIPAN – Bupati Bone Bolango, Merlan Uloli, mengumumkan penghentian pencarian korban tanah longsor yang disepakati dalam rapat Forum Koordinasi Pimpinan Daerah di posko SAR Desa Tulabolo, Kecamatan Suwawa Timur, Kabupaten Bone Bolango, pada Jumat.";

/// A verb of saying whose object is the cue's noun takes the date for the announcement, which
/// may fall a day before or after the event it announces: `unresolved`, within a week of the
/// event (a month away, it misdates either). A claim whose cue is the verb keeps its date.
/// Sentences: kutipan.co, 15 July 2024 (https://kutipan.co/?p=62744), of a search the canon
/// ends on Saturday 13 July; kompas.com, 3 November 2022
/// (https://regional.kompas.com/read/2022/11/03/043543778/menangis-saat-umumkan-penghentian-pencarian-17-korban-cantika-kepala-sar?page=1),
/// against a canon that ends the search a day later (an invented date); people.com on
/// uk.news.yahoo.com, 22 June 2023
/// (https://uk.news.yahoo.com/coast-guard-says-debris-field-165442746.html), against a canon that
/// dates the discovery of a debris field the day before (an invented date).
#[rstest]
#[case::a_day_before(
    ANNOUNCED,
    "2024-07-15",
    one_event("e", "id", "penghentian", "2024-07-13", None),
    "unresolved: dates the announcement (\"mengumumkan\")"
)]
#[case::another_story_en(
    "The Coast Guard’s Northeast Division announced the discovery on Twitter just before 12 p.m. ET on Thursday.",
    "2023-06-22",
    one_event("e", "en", "discovery, discovered", "2023-06-21", None),
    "unresolved: dates the announcement (\"announced\")"
)]
#[case::a_month_away(
    ANNOUNCED,
    "2024-07-15",
    one_event("e", "id", "penghentian", "2024-06-13", None),
    // Not the announcement's reason: a weekday alone so far off tells of something else.
    "unresolved: a day told from the article's (jumat)"
)]
#[case::the_verb_is_the_cue(
    ANNOUNCED,
    "2024-07-15",
    one_event("e", "id", "mengumumkan penghentian", "2024-07-13", None),
    "discrepant: the event happened on 2024-07-13"
)]
// FIXME: the date after the comma that ends the sentence is read as the relative clause's
// ("yang masih hilang, Rabu (2/11/2022)"), not the announcement's, so the rule is never asked.
#[case::another_story(
    "Kepala Kantor SAR Kelas A Kupang I Putu Sudayana sempat menangis dan meminta maaf saat mengumumkan penghentian pencarian 17 korban kapal Express Cantika 77 yang masih hilang, Rabu (2/11/2022).",
    "2022-11-03",
    one_event("e", "id", "penghentian", "2022-11-03", None),
    "none"
)]
fn an_announcement_dates_itself_not_what_it_announces(
    #[case] text: &str,
    #[case] date: &str,
    #[case] canon: String,
    #[case] expected: &str,
) {
    let lang = if canon.contains("en: [") { Lang::En } else { Lang::Id };
    support::assert_finding_of(&canon, text, lang, date, "e", expected);
}

/// A search's missing, by an invented search office: 30 still sought on 3 March. Its cues name
/// the one fact in more words than one.
const SOUGHT: &str = r#"
entities:
  office:
    names:
      id: [Kantor SAR Hulu]
claims:
  - id: missing
    statement: The search office counted 30 still sought on 3 March.
    sources: [invented]
    cues:
      id: [hilang, dalam pencarian, masih dalam proses pencarian]
    quantity:
      estimator: office
      value: 30
      as_of: 2030-03-03
"#;

/// Two of a claim's cues joined by "dan" ("hilang dan dalam pencarian") say its one fact twice
/// over: the figure is the claim's, not a sum of two counts. Another word joined to the cue
/// still makes a sum ("meninggal dan hilang"), and an adverb after "dan" changes neither.
/// The figure is read; how it then compares is other rules' (a figure far below the canon's is
/// a count of something else, one of a list of three a breakdown).
#[rstest]
// https://bacapesan.fajar.co.id/2024/07/10/basarnas-gunakan-helikopter-evakuasi-korban-longsor-di-tambang-emas-di-gorontalo/amp (10 July 2024)
#[case::two_cues(
    "Dari jumlah tersebut, 23 orang ditemukan meninggal dunia, 73 orang selamat dengan luka ringan dan berat, serta 45 orang masih hilang dan dalam pencarian.",
    "discrepant: found 45 orang"
)]
// https://www.tandaseru.com/?p=103624 (January 2026, on a boat that sank on 23 January 2026)
#[case::adverb_between(
    "Sementara itu, 1 orang dinyatakan hilang dan masih dalam proses pencarian oleh tim SAR gabungan, yakni Dr. Wildan (50) asal Mandaong.",
    "unresolved: found 1 orang"
)]
// https://www.ngopibareng.id/read/tim-sar-temukan-objek-diduga-bangkai-kmp-tunu-pratama-jaya-di-kedalaman-60-meter (5 July 2025)
#[case::others(
    "Hingga saat ini, total korban selamat mencapai 30 orang, enam orang ditemukan meninggal dunia, dan 29 lainnya masih dinyatakan hilang dan dalam pencarian intensif oleh tim SAR.",
    "unresolved: found 29"
)]
#[case::another_fact("Sebanyak 45 orang meninggal dan hilang.", "none")]
#[case::another_fact_adverb("Sebanyak 45 orang hilang dan masih dirawat.", "none")]
fn cues_of_one_claim_joined_count_one_fact(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(SOUGHT, text, Lang::Id, "2030-03-04", "missing", expected);
}

/// A toll by one estimator, with the series given: the canon of the rules of the day a figure
/// is told as of, which meets each real sentence with a series of its story's day.
fn day_canon(series: &str) -> String {
    format!(
        r#"
entities:
  officials:
    names:
      en: [Beshear, Gov. Beshear, Andy Beshear]
      id: [BNPB, Sutopo Purwo Nugroho, Tim SAR]
claims:
  - id: deaths
    statement: The disaster's dead, by the officials' count.
    sources: [invented]
    cues:
      en: [killed, dead, death toll, died]
      id: [meninggal, tewas, korban jiwa]
    quantity:
      estimator: officials
      series: {series}
"#
    )
}

/// A figure told as of "today" ("hari ini", "malam ini", "siang ini", "today", "tonight", "this
/// morning") may have been written the day before the article's date: a text of the evening or
/// the night, published after midnight, is dated by its publishing. A figure that would be
/// `outdated` and is no misstatement as of the day before (its latest estimate, or an earlier
/// count of that day) is `unresolved`. A date of the sentence that names the article's own day,
/// or another day beside the word, says which day it is: the figure is compared as before.
#[rstest]
// https://mitratni-polri.com/2025/01/22/longsor-di-pekalongan-tewaskan-17-korban-13-luka-dan-9-orang-hilang
// (22 Jan 2025), against an invented series: 17 on the evening of 21 January, 19 later that
// night, none yet of the 22nd.
#[case::malam_ini(
    "Hingga malam ini tercatat 17 orang tewas dan 9 korban lainnya masih dicari.",
    Lang::Id,
    "[{value: 17, as_of: \"2025-01-21 18:00 WIB\"}, {value: 19, as_of: \"2025-01-21 23:00 WIB\"}]",
    "2025-01-22",
    "unresolved: told as of \"malam ini\""
)]
// https://katadata.co.id/berita/nasional/5f1414628eeae/korban-banjir-bandang-luwu-utara-36-orang-bnpb-perpanjang-pencarian
// (19 Jul 2020), against an invented series: 36, then 38 on 18 July.
#[case::hari_ini(
    "Hingga hari ini, korban jiwa meninggal akibat bencana alam tersebut telah mencapai 36 orang.",
    Lang::Id,
    "[{value: 30, as_of: 2020-07-17}, {value: 36, as_of: \"2020-07-18 12:00\"}, {value: 38, as_of: \"2020-07-18 20:00\"}]",
    "2020-07-19",
    "unresolved: told as of \"hari ini\""
)]
// https://www.nolangroupmedia.com/jackson_county_sun/news/regional/local-heroes-against-the-flood/article_59f2d46c-1429-11ed-add9-7bbcd4dcce7e.html
// (4 Aug 2022), against an invented series: 37, then 38 on 3 August.
#[case::today(
    "Gov. Beshear announced today that the death toll from the devastating floods has now risen to 37.",
    Lang::En,
    "[{value: 37, as_of: \"2022-08-03 10:00\"}, {value: 38, as_of: \"2022-08-03 18:00\"}]",
    "2022-08-04",
    "unresolved: told as of \"today\""
)]
// https://www.dream.co.id/stories/per-4-oktober-korban-tewas-gempa-palu-jadi-1424-jiwa-1810043.html
// (4 Oct 2018), against an invented series: 1,424, then 1,450 on 3 October. The sentence says
// its day is the article's: the figure is compared as of it.
#[case::the_day_named(
    "\" Hingga siang ini, korban meninggal dunia 1.424 orang,\" ujar Kepala Pusat Data Informasi dan Humas BNPB, Sutopo Purwo Nugroho, di Gedung BNPB, Jakarta, Kamis 4 Oktober 2018.",
    Lang::Id,
    "[{value: 1424, as_of: \"2018-10-03 12:00\"}, {value: 1450, as_of: \"2018-10-03 18:00\"}]",
    "2018-10-04",
    "outdated"
)]
// The same sentence two days after the series: its "hari ini" is not the day before.
#[case::two_days_after(
    "Hingga hari ini, korban jiwa meninggal akibat bencana alam tersebut telah mencapai 36 orang.",
    Lang::Id,
    "[{value: 30, as_of: 2020-07-17}, {value: 36, as_of: \"2020-07-18 12:00\"}, {value: 38, as_of: \"2020-07-18 20:00\"}]",
    "2020-07-20",
    "outdated"
)]
// Constructed: "Selasa malam ini" in a Wednesday's article names the day before; "Rabu malam
// ini", the article's own day.
#[case::the_day_before_named(
    "Hingga Selasa malam ini tercatat 17 orang tewas.",
    Lang::Id,
    "[{value: 17, as_of: \"2025-01-21 18:00 WIB\"}, {value: 19, as_of: \"2025-01-21 23:00 WIB\"}]",
    "2025-01-22",
    "unresolved: told as of \"malam ini\""
)]
#[case::the_articles_day_named(
    "Hingga Rabu malam ini tercatat 17 orang tewas.",
    Lang::Id,
    "[{value: 17, as_of: \"2025-01-21 18:00 WIB\"}, {value: 19, as_of: \"2025-01-21 23:00 WIB\"}]",
    "2025-01-22",
    "outdated"
)]
fn a_figure_of_today_may_be_of_the_day_before(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] series: &str,
    #[case] date: &str,
    #[case] expected: &str,
) {
    support::assert_finding_of(&day_canon(series), text, lang, date, "deaths", expected);
}

/// A dateline that opens a paragraph with a place and a date, before a colon or a dash, as a
/// photo caption does ("PARADISE, CA – NOVEMBER 11: …"), dates what the paragraph tells: a
/// figure of a later sentence of it is compared with the estimates of that day.
#[rstest]
// https://www.record-bee.com/2018/11/13/camp-fire-death-toll-soars-to-42-now-the-deadliest-in-california-history-with-many-still-missing/
// (13 Nov 2018), against the sheriff's tolls of those days: 23 on the 10th was the count
// of the caption's day until that evening's 29.
#[case::caption(
    "PARADISE, CA – NOVEMBER 11: University of Nevada Reno archaeology students search for human remains in a mobile home park in Paradise, Calif., on Sunday, Nov. 11, 2018. Twenty-three people have died so far in the destructive Camp Fire.",
    Lang::En,
    "[{value: 23, as_of: 2018-11-10}, {value: 29, as_of: 2018-11-11}, {value: 42, as_of: 2018-11-12}, {value: 48, as_of: 2018-11-13}]",
    "2018-11-13",
    "unresolved: the estimate of 2018-11-11, given on the day the figure is dated"
)]
// https://www.audacy.com/krld/news/local/search-and-heartbreak-continue-in-texas-hill-country
// (counting "as of Monday", 7 Jul 2025), against an invented series: 81 on 6 July, 104 on
// the 7th.
#[case::caption_of_the_day_before(
    "KERRVILLE, TEXAS - JULY 06: In an aerial view, the sun sets over the Guadalupe River on July 06, 2025 in Kerrville, Texas. Heavy rainfall caused severe flooding along the Guadalupe River in central Texas, leaving more than 80 people reported dead.",
    Lang::En,
    "[{value: 81, as_of: 2025-07-06}, {value: 104, as_of: 2025-07-07}]",
    "2025-07-07",
    "consistent: (2025-07-06)"
)]
fn a_dateline_dates_its_paragraph(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] series: &str,
    #[case] date: &str,
    #[case] expected: &str,
) {
    support::assert_finding_of(&day_canon(series), text, lang, date, "deaths", expected);
}

/// One count by one estimator, with its cue and series given: the canon of the rule of a figure
/// far under the estimate, which meets each real sentence with a count of its story.
fn part_canon(cue: &str, series: &str) -> String {
    format!(
        r#"
entities:
  officials:
    names:
      id: [Basarnas, Posko, Pos Komando, KNKT]
claims:
  - id: count
    statement: A count of the disaster, by the officials.
    sources: [invented]
    cues:
      id: [{cue}]
    quantity:
      estimator: officials
      series: {series}
"#
    )
}

/// A figure more than a fifth under the estimate of its day, that agrees with no estimate and is
/// no slipped digit, is a part or another count (one group of the survivors, the cabin crew of
/// all the crew, a command post's count the canon does not hold) more often than the whole
/// misstated: `unresolved`. Within a fifth, the same sentence misstates the count.
#[rstest]
// https://bacapesan.fajar.co.id/2024/07/10/basarnas-gunakan-helikopter-evakuasi-korban-longsor-di-tambang-emas-di-gorontalo/amp
// (10 Jul 2024), against an invented 92 survivors counted the day before (a count of the day
// itself is the rule of a figure between two of a day's counts).
#[case::survivors_of_one_kind(
    "Dari jumlah tersebut, 23 orang ditemukan meninggal dunia, 73 orang selamat dengan luka ringan dan berat, serta 45 orang masih hilang dan dalam pencarian.",
    "selamat",
    "[{value: 92, as_of: 2024-07-09}]",
    "2024-07-10",
    "unresolved: more than a fifth under"
)]
// The same sentence against an invented 82: within a fifth.
#[case::within_a_fifth(
    "Dari jumlah tersebut, 23 orang ditemukan meninggal dunia, 73 orang selamat dengan luka ringan dan berat, serta 45 orang masih hilang dan dalam pencarian.",
    "selamat",
    "[{value: 82, as_of: 2024-07-09}]",
    "2024-07-10",
    "discrepant"
)]
// https://www.aa.com.tr/id/nasional/knkt-investigasi-lion-air-yang-jatuh-di-karawang-diumumkan-oktober-/1586894
// (18 Sep 2019), against the eight crew aboard.
#[case::cabin_crew_of_the_crew(
    "Sementara itu, tujuh orang sisanya merupakan pilot, kopilot, dan lima awak kabin.",
    "awak",
    "[{value: 8, as_of: 2018-10-29}]",
    "2019-09-18",
    "unresolved: more than a fifth under"
)]
// https://news.okezone.com/read/2022/12/05/519/2720891/erupsi-semeru-2021-mengingat-kembali-letusan-gunung-tertinggi-di-pulau-jawa-setahun-lalu
// (5 Dec 2022), against the nine missing of the canon's last count.
#[case::a_count_the_canon_lacks(
    "Berdasarkan data Pos Komando (Posko) Penanganan Darurat Bencana Erupsi Semeru tercatat 54 orang tewas dan 6 orang hilang.",
    "hilang",
    "[{value: 9, as_of: 2021-12-11}]",
    "2022-12-05",
    "unresolved: more than a fifth under"
)]
fn a_figure_a_fifth_under_the_estimate_is_a_part(
    #[case] text: &str,
    #[case] cue: &str,
    #[case] series: &str,
    #[case] date: &str,
    #[case] expected: &str,
) {
    support::assert_finding_of(&part_canon(cue, series), text, Lang::Id, date, "count", expected);
}

/// A count of the dead by one estimator, with the series given.
fn stale_canon(series: &str) -> String {
    format!(
        r#"
entities:
  officials:
    names:
      id: [BPBD, Tim SAR Gabungan, Basarnas]
claims:
  - id: deaths
    statement: The disaster's dead.
    sources: [invented]
    cues:
      id: [meninggal, tewas, jenazah]
    quantity:
      estimator: officials
      series: {series}
"#
    )
}

/// A figure of ten or fewer that agrees with an early estimate but is under half the day's, in a
/// sentence that does not call it a total, is as often a part that the early count happens to equal (the two
/// bodies found at one place, the three of one family) as the early count told as current:
/// `unresolved`. Called a total ("total jumlah korban tewas … menjadi"), it is the stale count.
#[rstest]
// https://malang.suara.com/amp/read/2021/11/05/132500/update-banjir-bandang-kota-batu-bapak-dan-anak-ditemukan-meninggal
// (5 Nov 2021), against an invented series: two dead on 4 November, six on 5 November.
#[case::bodies_found_at_one_place(
    "Terpisah Kepala BPBD Kota Batu, Agung Sedayu menyebut, dua jenazah ditemukan di aliran sungai lima kilometer dari rumahnya, tepatnya di Desa Sidomulyo Kecamatan Batu Kota Batu.",
    "[{value: 2, as_of: 2021-11-04}, {value: 6, as_of: 2021-11-05}]",
    "2021-11-06",
    "unresolved: under half the estimate, and not called a total"
)]
// https://jpnn.com/news/3-jenazah-korban-terseret-arus-banjir-di-lamteng-ditemukan (February,
// its year not on the page; dated here 1 March 2020), against an invented series: seven, then
// sixteen the next day.
#[case::called_a_total(
    "Semuanya dalam kondisi meninggal dunia. Sehingga, total jumlah korban tewas akibat bencana banjir yang terjadi di Lamteng menjadi tujuh orang.",
    "[{value: 7, as_of: 2020-02-27}, {value: 16, as_of: 2020-02-28}]",
    "2020-03-01",
    "outdated"
)]
// Constructed: a count of hundreds that equals an early estimate is that estimate.
#[case::hundreds(
    "Menurut BPBD, 600 orang meninggal.",
    "[{value: 600, as_of: 2020-02-27}, {value: 2000, as_of: 2020-02-28}]",
    "2020-03-01",
    "outdated"
)]
fn a_part_that_equals_an_early_count_is_no_stale_count(
    #[case] text: &str,
    #[case] series: &str,
    #[case] date: &str,
    #[case] expected: &str,
) {
    support::assert_finding_of(&stale_canon(series), text, Lang::Id, date, "deaths", expected);
}

/// A weekday alone, or "today", that names the article's own day, for an event the day before:
/// what the event still does that day (a fire advancing, a flood rising), or a text written the
/// evening before the page's date, as often as a misdating: `unresolved`. A weekday that names
/// the day before the article's, or a date in digits, says which day it means.
#[rstest]
// https://www.10news.com/news/bluecutfire-active-wildfire-map (posted 17 Aug 2016), of the Blue
// Cut fire, which broke out on Tuesday 16 August 2016.
#[case::the_fire_goes_on(
    "SAN BERNARDINO, Calif. -- California's newest huge wildfire advanced on thousands of homes Wednesday, feeding on drought-stricken vegetation and destroying an untold number of structures as it expanded to nearly 47 square miles.",
    "2016-08-17",
    "unresolved: names the article's own day"
)]
// Constructed: the same words a day later name a day that is not the article's.
#[case::another_day(
    "California's newest huge wildfire advanced on thousands of homes Wednesday.",
    "2016-08-18",
    "discrepant"
)]
fn a_weekday_naming_the_articles_day_may_be_the_event_going_on(
    #[case] text: &str,
    #[case] date: &str,
    #[case] expected: &str,
) {
    let canon = one_event("fire-date", "en", "wildfire, broke out", "2016-08-16", None);
    support::assert_finding_of(&canon, text, Lang::En, date, "fire-date", expected);
}

/// Inside a sentence in sentence case a capital starts a name, not a verb: "Ternate" has a
/// verb's "ter-" only by chance, and a date after it is still the cue's. Sentences: malutsatu.com,
/// 16 April 2020 (https://www.malutsatu.com/2020/04/gempa-magnitudo-58-goyang-ternate-warga-panik-keluar-rumah/);
/// ipol.id, 14 March 2022 (https://ipol.id/2022/03/ternate-diguncang-gempa-berkekuatan-49-magnitudo);
/// teropongmedia.id, 26 August 2024 (https://teropongmedia.id/gempa-m-5-guncang-ternate-maluku-utara).
#[rstest]
#[case::after_the_place(
    "Gempa magnitudo 5,8 mengguncang Ternate, Maluku Utara, Kamis (16/4/2020).",
    "2020-04-16"
)]
#[case::after_the_city(
    "IPOL.ID – Gempa berkekuatan 4,9 magnitudo mengguncang Kota Ternate, Maluku Utara, pada Senin (14/3), sekitar pukul 12.08 WIT.",
    "2022-03-14"
)]
#[case::after_a_direction(
    "Gempa Magnitudo 5,0 mengguncang wilayah barat laut Ternate, Maluku Utara, Senin (26/8/2024), pukul 07.17.03 WIB.",
    "2024-08-26"
)]
fn a_capitalised_name_is_no_verb(#[case] text: &str, #[case] date: &str) {
    let canon = one_event("quake-date", "id", "mengguncang", date, None);
    support::assert_finding_of(&canon, text, Lang::Id, date, "quake-date", "consistent");
}

/// A figure whose cue stands after its own "of the" counts some of the group the cue names,
/// not the group: "25 of the dead had been identified" tells nothing of how many died. "All 13
/// of the boys" is all of them.
#[rstest]
// https://global.chinadaily.com.cn/china/2015-08/18/content_21629934.htm (18 Aug 2015), against
// an invented toll of 60.
#[case::of_the_bodies(
    "Gong Jiansheng, of Tianjin's publicity department, told reporters that the identities of 54 of the bodies had been confirmed, adding that 70 people remained missing.",
    "none"
)]
// Constructed: the figure is the count.
#[case::the_count("Gong Jiansheng told reporters that 54 bodies had been found.", "discrepant")]
fn a_part_of_the_group_the_cue_names_is_not_its_count(#[case] text: &str, #[case] expected: &str) {
    let canon = r#"
entities:
  tianjin:
    names:
      en: [Gong Jiansheng]
claims:
  - id: deaths
    statement: The bodies recovered after the blasts, 60 in an invented count.
    sources: [invented]
    cues:
      en: [bodies, recovered]
    quantity:
      estimator: tianjin
      value: 60
      as_of: 2015-08-17
"#;
    support::assert_finding_of(canon, text, Lang::En, "2015-08-18", "deaths", expected);
}

/// An article cannot tell of an event the canon dates after it: when the canon's event day is
/// after the article's date, a day within a week of it is a plan that moved (or another
/// sitting, step or search told in the same words), `unresolved`. A day further off is a slip
/// (a wrong month, a wrong year), and an article written after the event misdates it.
#[rstest]
// https://m.tribunnews.com/amp/regional/2021/12/17/basarnas-tutup-operasi-sar-korban-erupsi-gunung-semeru
// (17 Dec 2021), dated here the day it tells of, against an invented close the next day.
#[case::before_the_event(
    "TRIBUNNEWS.COM, JAKARTA - Badan Nasional Pencarian dan Pertolongan (Basarnas) akhirnya menutup pelaksanaan operasi SAR erupsi Gunung Semeru, Kamis (16/12/2021) sore.",
    "2021-12-17",
    "2021-12-16",
    "unresolved: the event happened on 2021-12-17, after the article's date"
)]
// The same words, of a close the canon dates more than a week later: no plan moved by days.
#[case::weeks_off(
    "TRIBUNNEWS.COM, JAKARTA - Badan Nasional Pencarian dan Pertolongan (Basarnas) akhirnya menutup pelaksanaan operasi SAR erupsi Gunung Semeru, Kamis (16/12/2021) sore.",
    "2021-12-25",
    "2021-12-16",
    "discrepant"
)]
// The same words in an article written after the close: a misdating.
#[case::told_after(
    "TRIBUNNEWS.COM, JAKARTA - Badan Nasional Pencarian dan Pertolongan (Basarnas) akhirnya menutup pelaksanaan operasi SAR erupsi Gunung Semeru, Kamis (16/12/2021) sore.",
    "2021-12-17",
    "2021-12-18",
    "discrepant"
)]
fn an_event_after_the_article_is_not_misdated_by_it(
    #[case] text: &str,
    #[case] event: &str,
    #[case] date: &str,
    #[case] expected: &str,
) {
    let canon = one_event("search-closed", "id", "menutup, ditutup", event, None);
    support::assert_finding_of(&canon, text, Lang::Id, date, "search-closed", expected);
}

/// A sentence that opens with a day before the article's, set off by a comma, tells its figures
/// as of that day: a figure that agrees with the estimate in force then is history, not an
/// outdated count.
#[rstest]
// https://regional.kompas.com/read/2019/11/10/17001841/3-warga-china-hilang-di-sangiang-pencarian-diperpanjang-jadi-10-hari
// (10 Nov 2019) has "Tim SAR gabungan hingga saat ini terus melakukan pencarian terhadap tiga
// warga China yang hilang"; the sentences here are built on it, against an invented series of
// the missing: five on 1 November, three on 3 November, one on 10 November, in an article of
// 12 November.
#[case::fronted_day(
    "Pada Minggu (3/11/2019) malam, tim SAR gabungan mencari tiga warga China yang hilang di perairan Pulau Sangiang.",
    "unresolved: a count as of"
)]
// Not set off by a comma, the day dates the search, and the count is told as current.
#[case::no_comma(
    "Tim SAR gabungan mencari tiga warga China yang hilang di perairan Pulau Sangiang sejak Minggu (3/11/2019).",
    "outdated"
)]
fn a_fronted_day_dates_the_count(#[case] text: &str, #[case] expected: &str) {
    let canon = r#"
entities:
  sar:
    names:
      id: [Tim SAR gabungan, Basarnas]
claims:
  - id: missing
    statement: The missing, in an invented series.
    sources: [invented]
    cues:
      id: [hilang]
    quantity:
      estimator: sar
      series: [{value: 5, as_of: 2019-11-01}, {value: 3, as_of: 2019-11-03}, {value: 1, as_of: 2019-11-10}]
"#;
    support::assert_finding_of(canon, text, Lang::Id, "2019-11-12", "missing", expected);
}

/// A count told in the clause of an event the sentence dates on a day before the article's
/// ("terbakar pada Kamis (26/10) dan menewaskan 47 orang") is what the event did that day: when
/// it agrees with the estimate in force then, it is history, not an outdated count. A word that
/// makes it a running count ("telah", "kini", "hingga") keeps it current.
#[rstest]
// https://metro.tempo.co (31 Oct 2017), of the fireworks factory fire at Kosambi; the toll was
// 47 on 26 October and 49 from 30 October.
#[case::dated_event(
    "PT yang baru beroperasi sejak dua bulan lalu dan memeperkerjakan 103 orang ini terbakar pada Kamis (26/10) dan menewaskan 47 orang.",
    "unresolved: told in the clause of an event the sentence dates"
)]
// The same count made a running one.
#[case::running(
    "Pabrik itu terbakar pada Kamis (26/10) dan hingga kini telah menewaskan 47 orang.",
    "outdated"
)]
#[case::no_date("Kebakaran pabrik itu menewaskan 47 orang.", "outdated")]
fn a_count_of_a_dated_event_is_of_that_day(#[case] text: &str, #[case] expected: &str) {
    let canon = r#"
entities:
  polda:
    names:
      id: [Polda Metro Jaya]
claims:
  - id: deaths
    statement: The dead of a factory fire, as the police gave them.
    sources: [invented, after tempo.co]
    cues:
      id: [tewas, menewaskan]
    quantity:
      estimator: polda
      series: [{value: 47, as_of: 2017-10-26}, {value: 48, as_of: 2017-10-28}, {value: 49, as_of: 2017-10-30}]
"#;
    support::assert_finding_of(canon, text, Lang::Id, "2017-10-31", "deaths", expected);
}

#[test]
fn a_count_of_a_dated_event_is_of_that_day_in_a_report_sentence() {
    // https://sumut.antaranews.com (3 July 2018), of KM Sinar Bangun: 18 survivors were counted
    // on 18 June, 21 from 25 June. The sentence goes on with the dead and the missing, which
    // this canon does not hold (a list of its counts alone would be a breakdown).
    let canon = r#"
entities:
  basarnas:
    names:
      id: [Basarnas]
claims:
  - id: survivors
    statement: The survivors of a sinking.
    sources: [invented, after antaranews.com]
    cues:
      id: [selamat]
    quantity:
      estimator: basarnas
      series: [{value: 18, as_of: 2018-06-18}, {value: 21, as_of: 2018-06-25}]
"#;
    let text = "KM Sinar Bangun 6 tenggelam di perairan Danau Toba pada 18 Juni 2018 pukul 17.10 Wib, 18 penumpang selamat.";
    support::assert_finding_of(
        canon,
        text,
        Lang::Id,
        "2018-07-03",
        "survivors",
        "unresolved: told in the clause of an event the sentence dates",
    );
}

/// A count told up to a time of day with no day ("hingga pukul 00.29 WIB") is the count as of
/// then, when the canon gives that count at that time on the article's day or the day before.
#[rstest]
// https://www.kompas.com (2 October 2025), of the Sumenep earthquake: BMKG counted 4 aftershocks
// by 00:29 WIB on 1 October, 117 by 11:49, and 166 by 11:49 on 2 October.
#[case::as_of_a_time(
    "BMKG mencatat empat kali gempa susulan hingga pukul 00.29 WIB dengan magnitudo terbesar magnitudo 4,4.",
    "unresolved: counted up to a time with no day"
)]
// Another time of day: no estimate was given then.
#[case::another_time("BMKG mencatat empat kali gempa susulan hingga pukul 15.00 WIB.", "outdated")]
fn a_count_up_to_a_time_is_of_then(#[case] text: &str, #[case] expected: &str) {
    let canon = r#"
entities:
  bmkg:
    names:
      id: [BMKG]
claims:
  - id: aftershocks
    statement: The aftershocks BMKG counted, after the real series.
    sources: [invented, after kompas.com]
    cues:
      id: [gempa susulan]
    quantity:
      unit: times
      estimator: bmkg
      series:
        - {value: 4, as_of: "2025-10-01 00:29 WIB"}
        - {value: 117, as_of: "2025-10-01 11:49 WIB"}
        - {value: 166, as_of: "2025-10-02 11:49 WIB"}
"#;
    support::assert_finding_of(canon, text, Lang::Id, "2025-10-02", "aftershocks", expected);
}

/// A measure before a list of counts is no whole the list divides: "selama tujuh hari
/// ditemukan 77 orang selamat, …" lists kinds, and its first figure is the survivors' count,
/// not a part of seven days.
#[rstest]
// https://parboaboa.com (5 July 2021), of the KMP Yunicee search, against an invented count of
// survivors.
#[case::after_a_measure(
    "Dari operasi penyelamatan dan pencarian selama tujuh hari ditemukan 77 orang selamat, 9 orang meninggal dunia, dan 17 orang hilang.",
    "unresolved: one figure of a breakdown"
)]
fn a_measure_is_no_whole_of_a_count(#[case] text: &str, #[case] expected: &str) {
    let canon = r#"
entities:
  sar:
    names:
      id: [Basarnas]
claims:
  - id: survivors
    statement: The survivors, in an invented count.
    sources: [invented]
    cues:
      id: [selamat]
    quantity:
      estimator: sar
      value: 51
      as_of: 2021-07-01
"#;
    support::assert_finding_of(canon, text, Lang::Id, "2021-07-05", "survivors", expected);
}

/// A date written with a word that tells it from the article's own day ("kemarin",
/// "yesterday", "hari ini") pins what the sentence tells to the article's days: of an event the
/// canon dates more than a week before the article, it tells of another (an aftershock, a
/// search reopened and closed again), `unresolved`. Without the word, the date misdates the
/// event.
#[rstest]
// https://prfmnews.pikiran-rakyat.com/nasional/pr-133253727/operasi-sar-pencarian-korban-erupsi-semeru-resmi-ditutup
// (17 Dec 2021), against an invented close two weeks earlier.
#[case::yesterday(
    "Operasi SAR pencarian korban erupsi Semeru resmi ditutup pada Kamis, 16 Desember kemarin.",
    "unresolved: told as of the article's own days (\"kemarin\")"
)]
// Constructed: the same sentence without the word.
#[case::no_word(
    "Operasi SAR pencarian korban erupsi Semeru resmi ditutup pada Kamis, 16 Desember.",
    "discrepant"
)]
fn a_day_told_from_the_articles_is_of_a_recent_event(#[case] text: &str, #[case] expected: &str) {
    let canon = one_event("search-closed", "id", "ditutup", "2021-12-02", None);
    support::assert_finding_of(&canon, text, Lang::Id, "2021-12-17", "search-closed", expected);
}

/// In Indonesian, a figure and its cue that make the subject of another predicate, told with a
/// mark of aspect ("sudah", "telah", "masih", "sedang"), count those of whom the predicate
/// holds: the cue says which ("40 jenazah sudah diketahui identitasnya" are the identified
/// bodies, not all the bodies). A predicate that restates the claim (another of its cues:
/// "masih dalam pencarian" of the missing) leaves the figure the claim's.
#[rstest]
// https://surabaya.kompas.com/copy/2022/01/03/185026378/8-potongan-tubuh-korban-erupsi-gunung-semeru-yang-sulit-teridentifikasi
// (3 Jan 2022), against an invented count of 49 bodies received.
#[case::identified_of_the_bodies(
    "Sebanyak 40 jenazah sudah diketahui identitasnya.",
    "jenazah, kantong jenazah",
    "none"
)]
// Constructed: the figure and its cue with no other predicate.
#[case::the_count("Tim DVI telah menerima 40 jenazah.", "jenazah, kantong jenazah", "discrepant")]
// Constructed: a verb that only records them.
#[case::recorded("Sebanyak 40 jenazah telah tercatat di posko.", "jenazah", "discrepant")]
// Constructed: a predicate that restates the claim.
#[case::restated(
    "Sebanyak 40 jenazah masih dalam pencarian.",
    "jenazah, dalam pencarian",
    "discrepant"
)]
fn a_predicate_after_the_figure_and_its_cue_counts_a_part(
    #[case] text: &str,
    #[case] cues: &str,
    #[case] expected: &str,
) {
    let canon = format!(
        r#"
entities:
  dvi:
    names:
      id: [Tim DVI, DVI Polda Jatim]
claims:
  - id: bodies
    statement: The bodies received, in an invented count.
    sources: [invented]
    cues:
      id: [{cues}]
    quantity:
      estimator: dvi
      value: 49
      as_of: 2022-01-02
"#
    );
    support::assert_finding_of(&canon, text, Lang::Id, "2022-01-03", "bodies", expected);
}

/// "Hingga", "sampai" or "until" that opens a clause, with its date set off by a comma, says as
/// of when what follows is counted: the date dates no event.
#[rstest]
// From the development half of tests/realworld/ponorogo-landslide-2017 (republika.co.id, 2
// April 2017), where the rule was found; the canon dates the landslide 1 April.
#[case::as_of_what_follows(
    "Setidaknya 21 rumah tertimbun longsor dan hingga Ahad (2/4), dua orang ditemukan meninggal dan masih ada 26 korban tertimbun longsor yang belum ditemukan.",
    "none"
)]
// Constructed: the same date after "pada" dates the landslide.
#[case::the_events_date(
    "Setidaknya 21 rumah tertimbun longsor pada Ahad (2/4), dan dua orang ditemukan meninggal.",
    "discrepant"
)]
fn until_a_date_that_opens_a_clause_is_as_of(#[case] text: &str, #[case] expected: &str) {
    let canon = one_event("landslide-date", "id", "longsor", "2017-04-01", None);
    support::assert_finding_of(&canon, text, Lang::Id, "2017-04-02", "landslide-date", expected);
}

/// A copula makes a predicate as a verb does: in "11 of the 13 victims were Black" the cue
/// after the whole ("were Black") tells of the part, and the whole is not the claim's count.
#[rstest]
// Constructed on the shape of the sentences that showed it (tests/realworld/
// buffalo-supermarket-shooting-2022, development half).
#[case::copula_after_the_whole("Police said eight of the 12 victims were women.", "none")]
// Constructed: the cue in the whole's own noun phrase names the whole.
#[case::the_whole_named("Police said there were 12 women victims.", "discrepant")]
fn a_copula_after_a_whole_tells_of_the_part(#[case] text: &str, #[case] expected: &str) {
    let canon = r#"
entities:
  police:
    names:
      en: [Police]
claims:
  - id: women-victims
    statement: The women among the victims, in an invented count.
    sources: [invented]
    cues:
      en: [were women, women victims]
    quantity:
      estimator: police
      value: 8
      as_of: 2030-03-01
"#;
    support::assert_finding_of(canon, text, Lang::En, "2030-03-02", "women-victims", expected);
}

/// A wire photograph's caption opens with a dateline ("PLACE - MONTH DAY:") and repeats its day
/// in the body ("… on November 11, 2018 in Paradise"): that day is when the photograph was
/// taken, no statement of when the event happened. Without the dateline the date misdates it.
#[rstest]
// Constructed in the format of the agencies' captions.
#[case::caption(
    "PARADISE, CA - NOVEMBER 11: Firefighters at the scene of the wildfire on November 11, 2018 in Paradise, California.",
    "unresolved: the day the photograph was taken"
)]
#[case::no_dateline(
    "Firefighters at the scene of the wildfire on November 11, 2018 in Paradise, California.",
    "discrepant"
)]
fn a_captions_day_is_the_photographs(#[case] text: &str, #[case] expected: &str) {
    let canon = one_event("fire-date", "en", "wildfire", "2018-11-08", None);
    support::assert_finding_of(&canon, text, Lang::En, "2018-11-13", "fire-date", expected);
}

/// An English form in "-ing" after a preposition of time ("before resigning", "after killing")
/// heads a clause of its own: the date after it is that verb's, not the event's of a cue
/// before it.
#[rstest]
// Constructed on the shape of a sentence of the development half of
// tests/realworld/beirut-port-explosion-2020 (thebridge, 21 August 2020).
#[case::gerund_after_before(
    "The cabinet referred the blast investigation to the council just hours before resigning on August 5.",
    "none"
)]
// Constructed: the date after the cue's own verb.
#[case::the_events_date("The blast ripped through the port on August 5.", "discrepant")]
fn a_gerund_after_a_preposition_of_time_owns_its_date(#[case] text: &str, #[case] expected: &str) {
    let canon = one_event("explosion-date", "en", "blast", "2020-08-04", None);
    support::assert_finding_of(&canon, text, Lang::En, "2020-08-12", "explosion-date", expected);
}

/// A paragraph that opens with "Sebelumnya," ("previously") tells the story's past: an older
/// figure in a later sentence of it is history, not `outdated`. Without that opening the
/// figure is told as current.
#[rstest]
// Constructed on the shape of a passage of the development half of
// tests/realworld/demak-floods-2024 (okezone.com, 25 March 2024).
#[case::told_as_earlier(
    "Sebelumnya, hujan deras menyebabkan tanggul sungai jebol. Dalam banjir itu 5 orang tewas.",
    "unresolved: its paragraph opens as earlier"
)]
#[case::told_as_current(
    "Hujan deras menyebabkan tanggul sungai jebol. Dalam banjir itu 5 orang tewas.",
    "outdated"
)]
fn a_paragraph_told_as_earlier_holds_history(#[case] text: &str, #[case] expected: &str) {
    let canon = stale_canon("[{value: 5, as_of: 2030-01-01}, {value: 9, as_of: 2030-01-03}]");
    support::assert_finding_of(&canon, text, Lang::Id, "2030-01-05", "deaths", expected);
}

/// After "since" that follows a superlative ("the deadliest … since May 24, when 21 people were
/// killed …"), a figure tells of the earlier event the sentence measures this one against.
#[rstest]
// Constructed on the shape of sentences of the report halves of
// tests/realworld/monterey-park-shooting-2023 (nbc15.com, 23 January 2023; wsws.org, 24
// January 2023).
#[case::compared(
    "It was the deadliest shooting in the state since 2018, when 12 people were killed at a bar.",
    "none"
)]
#[case::not_compared(
    "It was the deadliest shooting in the state: 12 people were killed.",
    "discrepant"
)]
fn a_figure_after_a_superlatives_since_is_of_the_earlier_event(
    #[case] text: &str,
    #[case] expected: &str,
) {
    let canon = r#"
entities:
  police:
    names:
      en: [Police]
claims:
  - id: deaths
    statement: The dead, in an invented count.
    sources: [invented]
    cues:
      en: [killed, dead]
    quantity:
      estimator: police
      value: 10
      as_of: 2030-03-01
"#;
    support::assert_finding_of(canon, text, Lang::En, "2030-03-02", "deaths", expected);
}

/// A word of amount ("ribuan", "thousands") says a size, no figure: one that disagrees with the
/// estimate is `unresolved`, never an alarm; one that agrees stays `consistent`.
#[rstest]
// https://m.tribunnews.com/amp/nasional/2022/12/05/update-bnpb-warga-mengungsi-akibat-erupsi-semeru-jadi-2489-jiwa-tersebar-di-11-titik-lokasi
// (5 Dec 2022), against invented counts of the evacuees.
#[case::disagrees("200", "unresolved: a vague amount")]
#[case::agrees("2489", "consistent")]
fn a_vague_amount_is_no_figure_to_compare(#[case] value: &str, #[case] expected: &str) {
    let canon = format!(
        r#"
entities:
  bnpb:
    names:
      id: [BNPB, Abdul Muhari]
claims:
  - id: evacuees
    statement: The evacuees, in an invented count.
    sources: [invented]
    cues:
      id: [pengungsi]
    quantity:
      estimator: bnpb
      value: {value}
      as_of: 2022-12-05
"#
    );
    let text = "Ia mengatakan, ribuan pengungsi tersebar di 11 titik lokasi.";
    support::assert_finding_of(&canon, text, Lang::Id, "2022-12-05", "evacuees", expected);
}

/// Right after the cue's own verb, "another" counts others than those of the clause before,
/// all the cue tells of ("killing 10 people and wounding another 3"): no increment.
#[rstest]
// Constructed on the shape of a sentence of the report half of
// tests/realworld/buffalo-supermarket-shooting-2022 (961thebreeze, 28 November 2022).
#[case::after_the_cue(
    "The gunman was accused of killing 2 people and wounding another 5.",
    "consistent"
)]
// Constructed: "another" that adds to a count told before.
#[case::an_increment("Police said another 5 people were wounded overnight.", "quiet")]
fn another_after_the_cues_verb_is_its_count(#[case] text: &str, #[case] expected: &str) {
    let canon = r#"
entities:
  police:
    names:
      en: [Police]
claims:
  - id: wounded
    statement: The wounded, in an invented count.
    sources: [invented]
    cues:
      en: [wounding, wounded]
    quantity:
      estimator: police
      value: 5
      as_of: 2030-03-01
"#;
    support::assert_finding_of(canon, text, Lang::En, "2030-03-02", "wounded", expected);
}

/// A word of a state that goes on ("belum", "masih") between the cue and a date tells the day
/// the state was seen, not the day the event happened: `unresolved`. Inside a clause that
/// describes the cue's noun it is another verb's. (wartakita.id, 1 April 2024: "Banjir di
/// Kabupaten Demak, Jawa Tengah, sampai saat ini belum sepenuhnya surut, Senin (1/4/2024).")
#[rstest]
#[case::belum(
    "Banjir bandang di Kota Hulu sampai saat ini belum sepenuhnya surut, Senin (18/3/2030).",
    "unresolved: a state that goes on (\"belum\")"
)]
#[case::masih(
    "Banjir bandang masih merendam Kota Hulu pada Senin (18/3/2030).",
    "unresolved: a state that goes on (\"masih\")"
)]
#[case::inside_a_relative_clause(
    "Banjir bandang yang masih terasa dampaknya terjadi pada Senin (18/3/2030).",
    "discrepant"
)]
#[case::the_event_itself("Banjir bandang melanda Kota Hulu pada Senin (18/3/2030).", "discrepant")]
fn a_date_of_a_state_that_goes_on_is_not_the_events(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-19", "flood-date", expected);
}

/// An event's noun inside a report's noun phrase ("Update data kejadian gempa bumi Bawean pada
/// Minggu 24 Maret 2024", merdeka.com, 24 March 2024, two days after the quake): the date is the
/// report's, `unresolved`. With a verb between, the report tells of the event, and the event
/// keeps its date.
#[rstest]
#[case::report(
    "Update data kejadian banjir bandang Kota Hulu pada Senin (18/3/2030) pukul 07.00 WIB.",
    "unresolved: dates the report (\"data\")"
)]
#[case::verb_between(
    "Data BPBD menyebutkan banjir bandang terjadi pada Senin (18/3/2030).",
    "discrepant"
)]
fn a_date_of_a_report_on_the_event_is_the_reports(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-19", "flood-date", expected);
}

/// Two countries' dead, counted apart: Thailand's and Malaysia's in the floods of late November
/// 2024.
const TWO_COUNTRIES: &str = r#"
entities:
  thailand:
    names:
      en: [Thailand, southern Thailand, South Thailand]
  malaysia:
    names:
      en: [Malaysia, northern Malaysia]
claims:
  - id: thailand-deaths
    statement: The floods killed nine in southern Thailand by 30 November 2024.
    sources: [invented]
    cues:
      en: [death toll, killed, die]
    context: [thailand]
    quantity:
      estimator: thailand
      place: thailand
      value: 9
      as_of: 2024-11-30
  - id: malaysia-deaths
    statement: The floods killed three in Malaysia by 30 November 2024.
    sources: [invented]
    cues:
      en: [death toll, killed, die]
    context: [malaysia]
    quantity:
      estimator: malaysia
      value: 3
      as_of: 2024-11-30
"#;

/// A figure told of the claim's place together with the place of a claim that counts apart,
/// joined by "and", or of "both countries", or with the claim's place after "including", may
/// count them all: `unresolved` (a sentence of jakartaobserver, 14 May 2018, counts the dead of
/// "sejumlah serangan teror di Surabaya dan termasuk ledakan di Rusunawa Sidoarjo"). With the
/// claim's place alone it is compared; figures each of its own place are parts. (Reuters in philstar.com, 1
/// December 2024; news.mazzaltov.com; Reuters via news search, all on the floods of southern
/// Thailand and northern Malaysia.)
#[rstest]
#[case::joined_by_and(
    "The death toll from the worst floods in decades in southern Thailand and northern Malaysia climbed to at least 12 on Saturday, authorities said.",
    "unresolved: the sentence counts southern thailand and northern malaysia together"
)]
#[case::and_a_word_between(
    "Huge flooding caused by heavy rain in Malaysia and neighbouring Thailand has killed at least 12 people, officials say.",
    "unresolved: the sentence counts malaysia and thailand together"
)]
#[case::both_countries(
    "Thailand's disaster agency said the overall death toll for both countries has now surpassed 12.",
    "unresolved: the sentence counts \"both countries\" together"
)]
#[case::including(
    "At least 12 people have been killed by flooding across the region, including southern Thailand.",
    "unresolved: the sentence counts southern thailand with others (\"including\")"
)]
#[case::each_its_own_place(
    "12 die in South Thailand, 7 in Malaysia as both countries face worst floods in decades",
    "none"
)]
#[case::one_place(
    "In southern Thailand, the floods have impacted nearly 534,000 households, with the death toll climbing to 12.",
    "discrepant"
)]
fn a_figure_of_two_places_counted_apart_is_neither_alone(
    #[case] text: &str,
    #[case] expected: &str,
) {
    support::assert_finding_of(
        TWO_COUNTRIES,
        text,
        Lang::En,
        "2024-12-01",
        "thailand-deaths",
        expected,
    );
}

/// A length: an invented tunnel, 4.5 km long.
const TUNNEL: &str = r#"
entities:
  ministry:
    names:
      en: [the ministry]
claims:
  - id: tunnel-length
    statement: The tunnel is 4.5 km long.
    sources: [invented]
    cues:
      en: [tunnel, long]
    quantity:
      estimator: ministry
      unit: kilometre
      value: 4.5
      as_of: 2018-02-20
"#;

/// A figure after "by" in a clause with a verb of change tells how much something changed,
/// however far back the verb stands: an increment, never the length. (news18.com, 20 February
/// 2018: "The tunnel will reduce the travel distance from Dharasu to Yamunotri by about 20 km
/// and travel time by about an hour."; the government's "approval to the construction of 4.5
/// km long 2-lane bi-directional Silkyara Bend - Barkot Tunnel", the same day, is the length.)
#[rstest]
#[case::by_after_a_change(
    "The tunnel will reduce the travel distance from Dharasu to Yamunotri by about 20 km and travel time by about an hour.",
    "none"
)]
#[case::the_length(
    "The CCEA has given approval to the construction of 8.5 km long 2-lane bi-directional Barkot Tunnel.",
    "discrepant"
)]
fn a_figure_by_which_something_changes_is_no_length(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(TUNNEL, text, Lang::En, "2018-02-20", "tunnel-length", expected);
}

/// A measure said of another dimension than the claim's ("wide", "deep", "high"), past a
/// bracketed conversion, is not the length (thetimeskuwait.com, 28 November 2023: "a temporary
/// medical camp set up inside the 13-meter (42.6 feet) wide tunnel"). "long" is the length.
#[rstest]
#[case::wide(
    "The workers will be checked at a medical camp set up inside the 13-meter (42.6 feet) wide tunnel.",
    "none"
)]
#[case::long("The workers were trapped in the 8.5 km long tunnel.", "discrepant")]
fn a_measure_of_another_dimension_is_no_length(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(TUNNEL, text, Lang::En, "2018-02-20", "tunnel-length", expected);
}

/// A measure written as an adjective ("120-meter", or after "a") before a noun that is none of
/// the claim's cues measures that noun, not the cue's (News On AIR, 15 June 2019, of a bridge in
/// Heyuan: "Heyuan city police said, the 120-meter section collapsed yesterday."; the tunnel of
/// the claim stands later in the sentence here).
#[rstest]
#[case::another_noun("The 120-meter section of the tunnel collapsed yesterday.", "none")]
#[case::the_cues_noun("The 8.5-km tunnel collapsed yesterday.", "discrepant")]
fn a_measure_before_another_noun_is_that_nouns(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(TUNNEL, text, Lang::En, "2018-02-20", "tunnel-length", expected);
}

/// Before anyone the claim credits gave a count, a figure under their first one of a count that
/// grows (the dead, days trapped) is a count of before it: `unresolved`. Over it, it still
/// misstates what came. (theweek.in, 26 November 2023, two days before the count of 17 days:
/// "the workers who have been trapped for the last 14 days".)
#[rstest]
#[case::under_the_first(
    "Sebanyak 80 orang meninggal dunia akibat banjir.",
    "unresolved: a count that grows, told before it"
)]
#[case::over_the_first("Sebanyak 150 orang meninggal dunia akibat banjir.", "discrepant")]
fn a_count_before_the_first_estimate_under_it_is_of_before(
    #[case] text: &str,
    #[case] expected: &str,
) {
    assert_finding(text, Lang::Id, "2030-03-01", "deaths", expected);
}

/// "last week" told on the weekend of an event's own week may count back seven days rather
/// than by the calendar: `unresolved`. An event before those seven days is misdated by it.
/// (UPI, Sunday 12 February 2023, of the quakes of Monday the 6th: "The death toll after two
/// earthquakes hit Turkey and Syria last week has risen to more than 33,000".)
#[rstest]
#[case::the_last_seven_days(
    "The flash flood hit Kota Hulu last week.",
    Lang::En,
    "2030-03-03",
    "unresolved: \"last week\" may count back seven days"
)]
#[case::the_last_seven_days_id(
    "Banjir bandang melanda Kota Hulu pekan lalu.",
    Lang::Id,
    "2030-03-03",
    "unresolved: \"last week\" may count back seven days"
)]
#[case::before_them(
    "The flash flood hit Kota Hulu last week.",
    Lang::En,
    "2030-03-12",
    "discrepant"
)]
fn last_week_may_be_the_last_seven_days(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] date: &str,
    #[case] expected: &str,
) {
    assert_finding(text, lang, date, "flood-date", expected);
}

/// The dead of an invented shooting at a bank, the victims alone.
const BANK: &str = r#"
entities:
  police:
    names:
      en: [police, Louisville Metro Police Department]
claims:
  - id: deaths
    statement: Four people were killed at the bank.
    sources: [invented]
    cues:
      en: [killed, dead]
    quantity:
      estimator: police
      value: 4
      as_of: 2023-04-10
"#;

/// A count of the dead that takes in the attacker ("including the suspect", "may have included
/// the gunman") may count one more than the claim's victims: `unresolved`. (thisislagos.ng, of
/// the Louisville bank shooting of 10 April 2023: "Police initially said five people were killed
/// at the Old National Bank, but that tally may have included the gunman."; without "initially",
/// which makes the figure an earlier one already.)
#[rstest]
#[case::may_have_included(
    "Police said five people were killed at the Old National Bank, but that tally may have included the gunman.",
    "unresolved: counts the attacker too"
)]
#[case::including_another(
    "Police said five people were killed at the Old National Bank, including a police officer.",
    "discrepant"
)]
fn a_count_with_the_attacker_is_not_the_victims(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(BANK, text, Lang::En, "2023-04-11", "deaths", expected);
}

/// Two regencies' dead counted together, both within a province.
const REGENCIES: &str = r#"
entities:
  sumbar:
    names:
      id: [Sumatera Barat, Sumbar]
  pasaman-barat:
    names:
      id: [Pasaman Barat, Kabupaten Pasaman Barat]
    within: sumbar
  pasaman:
    names:
      id: [Kabupaten Pasaman]
    within: sumbar
  talamau:
    names:
      id: [Talamau, Kecamatan Talamau]
    within: pasaman-barat
  bnpb:
    names:
      id: [BNPB]
claims:
  - id: deaths
    statement: The earthquake killed 12 in Pasaman Barat and Pasaman together by 1 March 2022.
    sources: [invented]
    cues:
      id: [meninggal, tewas]
    context: {any_of: [pasaman-barat, pasaman, sumbar]}
    quantity:
      estimator: bnpb
      place: [pasaman-barat, pasaman]
      value: 12
      as_of: 2022-03-01
"#;

/// With a `place`, a figure the sentence places in a place within one the count covers, or in
/// one of several it covers, counts a part: `unresolved`. A figure placed in a place of the
/// `context` alone is compared: the context names the story's places, but no count's.
/// (republika.co.id, 8 March 2022: "Di Pasaman Barat, total korban meninggal sebanyak 10
/// orang.", and told of a district and of the province here.)
#[rstest]
#[case::within_the_place(
    "Di Kecamatan Talamau, Pasaman Barat, total korban meninggal sebanyak 10 orang.",
    "unresolved: counts those in kecamatan talamau, a place within pasaman-barat the claim's"
)]
#[case::one_of_the_places(
    "Di Pasaman Barat, total korban meninggal sebanyak 10 orang.",
    "unresolved: counts those in pasaman barat, one of the places the claim's count covers"
)]
#[case::the_province("Di Sumatera Barat, total korban meninggal sebanyak 10 orang.", "discrepant")]
fn a_figure_of_a_place_within_the_counts_is_a_part(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(REGENCIES, text, Lang::Id, "2022-03-08", "deaths", expected);
}

/// "alone" after the place a count covers (its `place`) names the whole, not a part: compared.
/// (Al Jazeera, 9 February 2023: "1,647 people were killed in Hatay alone", of a province; told
/// of the country a count covers here.)
#[test]
fn alone_in_the_counts_own_place_is_the_whole() {
    let text = "At least 12 people were killed in southern Thailand alone, the disaster agency of Thailand said.";
    support::assert_finding_of(
        TWO_COUNTRIES,
        text,
        Lang::En,
        "2024-12-01",
        "thailand-deaths",
        "discrepant",
    );
}

/// A count kept over a time of its own, the first or the last hours or days, is what happened
/// then: a part of the running total, `unresolved`. (suara.com, 22 November 2022: "Ternyata 6
/// jam pertama itu gempanya banyak sekali 62 gempa, kemudian 6 jam kedua 39"; inquisitr.com, 26
/// April 2015: "one of 30 aftershocks that happened within 24 hours"; told of the flood here.)
#[rstest]
#[case::first_hours_id(
    "Dalam 24 jam pertama, BNPB mencatat 110 orang meninggal.",
    Lang::Id,
    "unresolved: counted over a time of its own (\"24 jam pertama\")"
)]
#[case::last_hours_id(
    "BNPB mencatat 110 orang meninggal dalam tiga hari terakhir.",
    Lang::Id,
    "unresolved: counted over a time of its own (\"tiga hari terakhir\")"
)]
#[case::within_en(
    "BNPB said 110 people were killed within 24 hours.",
    Lang::En,
    "unresolved: counted over a time of its own (\"within 24 hours\")"
)]
#[case::past_days_en(
    "BNPB said 110 people were killed over the past two days.",
    Lang::En,
    "unresolved: counted over a time of its own (\"past two days\")"
)]
#[case::no_time_of_its_own(
    "BNPB mencatat 110 orang meninggal dalam banjir bandang pertama.",
    Lang::Id,
    "discrepant"
)]
fn a_count_over_a_time_of_its_own_is_a_part(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// Before a claim's first estimate, a count that has fallen since (the missing, found one by
/// one) may have stood anywhere: its figure then is `unresolved`. A count that only rises, told
/// above its first estimate before anyone gave one, is still a wrong figure. (inews.id, 9
/// January 2021: "Sebanyak 12 warga dilaporkan hilang dan masih dalam pencarian.", the day
/// before the search office's first count of 8; told of the flood here.)
#[rstest]
#[case::falls(
    "Sebanyak 60 warga dilaporkan hilang.",
    "missing",
    "unresolved: the count falls as well as rises"
)]
#[case::only_rises("Sebanyak 130 warga dilaporkan meninggal.", "deaths", "discrepant")]
fn a_count_that_falls_is_unknown_before_its_first_estimate(
    #[case] text: &str,
    #[case] claim: &str,
    #[case] expected: &str,
) {
    assert_finding(text, Lang::Id, "2030-03-01", claim, expected);
}

/// An earthquake and its aftershocks, the quake's cue a regex that reaches over a word.
const AFTERSHOCKS: &str = r#"
entities:
  kota:
    names:
      id: [Kota Hulu]
claims:
  - id: quake-date
    statement: The earthquake struck Kota Hulu on Tuesday 30 September 2025.
    sources: [invented]
    cues:
      id: ['/\bgempa\b[^.]{0,80}?\bterjadi\b/']
    event:
      date: 2025-09-30
"#;

/// A regex cue that matches across a word of repetition ("gempa susulan terjadi" for
/// `/gempa … terjadi/`) tells of another quake, as the word after a cue does: its date is not
/// the quake's. (inews.id, 1 October 2025: "BMKG mencatat sebanyak 117 gempa susulan
/// terjadi di wilayah Kabupaten Sumenep, Jawa Timur, hingga Rabu (1/10/2025) pukul 11.49 WIB.")
#[rstest]
#[case::across_the_word(
    "BMKG mencatat sebanyak 117 gempa susulan terjadi di wilayah Kota Hulu hingga Rabu (1/10/2025) pukul 11.49 WIB.",
    "none"
)]
#[case::the_quake(
    "Gempa terjadi di wilayah Kota Hulu pada Rabu (1/10/2025) pukul 11.49 WIB.",
    "discrepant"
)]
fn a_word_of_repetition_inside_a_regex_cue(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(AFTERSHOCKS, text, Lang::Id, "2025-10-01", "quake-date", expected);
}

/// An enumeration whose figures are each another claim's count (the dead, the injured, the
/// missing) lists the canon's counts, and each is compared; one a word of breakdown opens
/// ("dengan rincian") divides one whole, and stays `unresolved`. A figure that ends a list of
/// counts a verb of recording opens is counted, though a relative clause describes its noun.
/// (inews.id, 25 December 2018: "Sampai saat ini BNPB mencatat sebanyak 429 orang meninggal
/// dunia, 1.485 orang luka-luka dan 154 masih hilang."; harianterbit.com, the same day: "BNPB
/// juga mencatat 1.485 orang luka-luka, 154 orang hilang, dan 16.802 orang yang mengungsi";
/// told of the flood here.)
#[rstest]
#[case::counts_of_claims(
    "Sampai saat ini BNPB mencatat sebanyak 130 orang meninggal dunia, 300 orang luka-luka dan 30 masih hilang.",
    "discrepant"
)]
#[case::a_breakdown(
    "Korban berjumlah 460 orang dengan rincian 130 orang meninggal, 300 luka-luka, dan 30 hilang.",
    "unresolved: one figure of a breakdown"
)]
#[case::last_of_the_counts(
    "BNPB juga mencatat 300 orang luka-luka, 30 orang hilang, dan 130 orang yang meninggal.",
    "discrepant"
)]
fn a_list_of_the_canons_counts_is_no_breakdown(#[case] text: &str, #[case] expected: &str) {
    assert_finding(text, Lang::Id, "2030-03-04", "deaths", expected);
}

/// The churches bombed in Surabaya, named by a number in their name.
const CHURCHES: &str = r#"
entities:
  churches:
    names:
      id: [tiga gereja, 3 gereja]
  polda:
    names:
      id: [Polda Jawa Timur, Polda Jatim]
claims:
  - id: deaths
    statement: The bombings of three churches killed 18 by 14 May 2018.
    sources: [Polda Jatim, 2018-05-14]
    cues:
      id: [meninggal dunia, tewas]
    quantity:
      counts:
        id: [orang, korban, jiwa]
      estimator: polda
      series:
        - {value: 3, as_of: 2018-05-13}
        - {value: 18, as_of: 2018-05-14}
"#;

/// A number inside a name the canon knows is part of the name, no count: "di tiga Gereja di
/// Surabaya" (Antara, 14 May 2018), where the toll is the figure after "menjadi"; told a day
/// later here.
#[rstest]
#[case::inside_a_name(
    "Polda Jawa Timur mengatakan, hingga Senin, korban yang meninggal dunia akibat serangan bom bunuh diri di tiga Gereja di Surabaya menjadi 18 orang.",
    "consistent"
)]
#[case::a_count(
    "Polda Jawa Timur mengatakan, korban yang meninggal dunia akibat serangan bom bunuh diri di gereja di Surabaya menjadi tiga orang.",
    "outdated"
)]
fn a_number_inside_a_name_counts_nothing(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(CHURCHES, text, Lang::Id, "2018-05-15", "deaths", expected);
}

/// The bodies the police identified after a plane crash.
const IDENTIFIED: &str = r#"
entities:
  dvi:
    names:
      id: [Tim DVI Polda Papua, Tim DVI]
      en: [the DVI team]
claims:
  - id: identified
    statement: The DVI team had identified 12 of the dead by 22 August 2015.
    sources: [Polda Papua, 2015-08-22]
    cues:
      id: [mengidentifikasi, teridentifikasi]
      en: [identified]
    quantity:
      counts:
        id: [jenazah, korban]
        en: [bodies, victims]
      estimator: dvi
      value: 12
      as_of: 2015-08-22
"#;

/// A part that is the object of the cue's own verb is the cue's count, and the whole before it
/// ("dari 26 jenazah") what it was taken from. (antaranews.com, 22 August 2015.)
#[rstest]
#[case::id(
    "Arthur menyatakan, dari 26 jenazah yang telah diperiksa Tim DVI Polda Papua telah berhasil mengidentifikasi 12 jenazah yang seluruhnya sudah diserahkan kepada pihak keluarga.",
    Lang::Id,
    "consistent"
)]
#[case::id_wrong(
    "Arthur menyatakan, dari 26 jenazah yang telah diperiksa Tim DVI Polda Papua telah berhasil mengidentifikasi 14 jenazah yang seluruhnya sudah diserahkan kepada pihak keluarga.",
    Lang::Id,
    "discrepant: found 14 jenazah"
)]
fn the_object_of_the_cues_verb_is_its_count(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    support::assert_finding_of(IDENTIFIED, text, lang, "2015-08-22", "identified", expected);
}

/// A count kept over the year so far sums every event of its kind: `unresolved` for a claim
/// that counts one event. (baohaiduong.vn, 29 September 2024: "More than 260 people have died in
/// Nepal in flood-related disasters this year."; told of the flood here.)
#[rstest]
#[case::this_year_en("More than 130 people have been killed in floods this year.", Lang::En)]
#[case::over_the_year_id(
    "Sepanjang tahun 2030, sebanyak 130 orang meninggal akibat banjir.",
    Lang::Id
)]
fn a_count_over_the_year_is_no_events(#[case] text: &str, #[case] lang: Lang) {
    assert_finding(text, lang, "2030-03-04", "deaths", "unresolved: counted over the year");
}

/// "and" before an auxiliary, a modal or a word of being opens another predicate of those
/// counted, and names no category counted with them: the figure is the cue's alone. (livemint.com,
/// 21 February 2025: "Over 80 others sustained injuries and had to be hospitalised";
/// tribunnews.com, 4 December 2022: "22 lainnya hilang serta ada 45 orang mengalami luka bakar";
/// told of the flood here.)
#[rstest]
#[case::had_en("Over 350 people were injured and had to be hospitalised.", Lang::En, "discrepant")]
#[case::terdapat_id(
    "Sebanyak 350 orang luka-luka dan terdapat pula korban hilang.",
    Lang::Id,
    "discrepant"
)]
#[case::a_category_id("Sebanyak 350 orang luka-luka dan hilang.", Lang::Id, "none")]
fn and_before_a_predicate_joins_no_count(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "injured", expected);
}

/// Past an aside set off by commas that describes the cue's noun, the next clause is the cue's:
/// "The death toll from floods and landslides, induced by the incessant rain that started
/// Thursday, has risen to 148" (asiannews.network, 30 September 2024; told of the flood here).
#[rstest]
#[case::participle_en(
    "The number of dead from the flash flood, caused by heavy rain that began on Friday, has risen to 130.",
    Lang::En,
    "discrepant"
)]
#[case::relative_id(
    "Jumlah korban meninggal akibat banjir bandang, yang dipicu hujan deras sejak Jumat, bertambah menjadi 130 orang.",
    Lang::Id,
    "discrepant"
)]
fn an_aside_between_the_cue_and_its_figure(
    #[case] text: &str,
    #[case] lang: Lang,
    #[case] expected: &str,
) {
    assert_finding(text, lang, "2030-03-04", "deaths", expected);
}

/// A figure that is the day's estimate with two neighbouring digits swapped is a slip, though a
/// hedge of the canon's or the article's would let it agree; a bound the estimate meets is none.
/// (kesq.com (CNN), 19 September 2023: "the United Nations has confirmed at least 3,985 deaths",
/// of the UN's 3,958.)
const HEDGED: &str = r#"
entities:
  un:
    names:
      en: [the United Nations, UN]
claims:
  - id: deaths
    statement: The UN counted at least 3,958 dead by 16 September 2023.
    sources: [WHO, 2023-09-16]
    cues:
      en: [deaths, dead]
    quantity:
      estimator: un
      value: 3958
      qualifier: at-least
      as_of: 2023-09-16
"#;

#[rstest]
#[case::swapped(
    "While officials have given hugely different death tolls, the United Nations has confirmed at least 3,985 deaths.",
    "discrepant: 3985 is 3958 with two digits swapped"
)]
#[case::right("The United Nations has confirmed at least 3,958 deaths.", "consistent")]
#[case::a_bound_met("The United Nations has confirmed more than 3,598 deaths.", "consistent")]
fn swapped_digits_are_a_slip(#[case] text: &str, #[case] expected: &str) {
    support::assert_finding_of(HEDGED, text, Lang::En, "2023-09-19", "deaths", expected);
}
