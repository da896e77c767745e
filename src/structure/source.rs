//! Named sources: whom a sentence credits with what it says.
//!
//! A source is an entity named right after an attribution marker ("menurut Seoul",
//! "berdasarkan informasi dari intelijen Korea Utara", "according to Kyiv", "kata Kim") or right
//! before a reporting verb ("Ukraina memperkirakan", "Seoul said"). "Right after" allows a few
//! words of its own ("menurut laporan media Korea Utara"), but no comma. Entities joined to a
//! source by "dan"/"and", by brackets ("Korean Central News Agency (KCNA)") or by a comma in
//! apposition (an entity followed at once by punctuation) are sources too.
//!
//! The marker and verb lists are grammar, not a story: they are the same for every canon.

use std::sync::LazyLock;

use crate::canon::Cue;
use crate::lang::Lang;
use crate::mention::{Mention, Value};
use crate::span::Span;

/// Words that put the source after them. At one place the first that fits is taken, so a
/// phrase comes before its own first word ("dikutip oleh" before "dikutip").
const MARKERS: &[(Lang, &[&str])] = &[
    (
        Lang::Id,
        &[
            "menurut",
            "berdasarkan",
            "mengutip",
            "dikutip oleh",
            "dikutip",
            "dilansir dari",
            "dilansir oleh",
            "dilansir",
            "dilaporkan oleh",
            "kata",
            "ujar",
            "tutur",
            "papar",
            "ungkap",
            "jelas",
            "terang",
            "tegas",
            "imbuh",
            "tambah",
            "sumber",
        ],
    ),
    (
        Lang::En,
        &[
            "according to",
            "citing",
            "cited by",
            "quoted by",
            "reported by",
            "said",
            "says",
            "told",
            "per",
        ],
    ),
];

/// Verbs that put the source before them.
const VERBS: &[(Lang, &[&str])] = &[
    (
        Lang::Id,
        &[
            "menyatakan",
            "mengatakan",
            "memperkirakan",
            "menyebutkan",
            "menyebut",
            "melaporkan",
            "mengklaim",
            "mengungkapkan",
            "menaksir",
            "mencatat",
            "memperingatkan",
            "menuding",
            "menuduh",
            "menjelaskan",
            "menuturkan",
            "menegaskan",
            "menambahkan",
            "memaparkan",
            "membeberkan",
            "menyampaikan",
            "mengonfirmasi",
            "mengumumkan",
            "menerangkan",
            "mengabarkan",
        ],
    ),
    (
        Lang::En,
        &[
            "said",
            "says",
            "stated",
            "estimated",
            "estimates",
            "reported",
            "reports",
            "claimed",
            "claims",
            "believes",
            "assessed",
            "told",
            "announced",
            "confirmed",
            "added",
            "explained",
            "noted",
            "wrote",
            "tweeted",
            "posted",
            "revealed",
            "disclosed",
        ],
    ),
];

/// How many words may stand between a marker and its source, or a source and its verb.
const MAX_GAP_WORDS: usize = 4;

/// The phrases of `table` in `lang`, matched as cues are: on word boundaries, in any case, with
/// any white space between words.
fn phrases(table: &[(Lang, &[&str])], lang: Lang) -> Cue {
    let words: Vec<String> = table
        .iter()
        .filter(|(l, _)| *l == lang)
        .flat_map(|(_, words)| words.iter().map(|w| w.to_string()))
        .collect();
    Cue::of(&words, lang, 1 << 20).expect("valid marker phrases")
}

static MARKER: LazyLock<[Cue; 2]> = LazyLock::new(|| Lang::ALL.map(|l| phrases(MARKERS, l)));
static VERB: LazyLock<[Cue; 2]> = LazyLock::new(|| Lang::ALL.map(|l| phrases(VERBS, l)));

/// The markers and the verbs in `lang`.
pub fn cues(lang: Lang) -> [&'static Cue; 2] {
    [&MARKER[index(lang)], &VERB[index(lang)]]
}

fn index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

/// A source named in a sentence: the entity and where it is named.
#[derive(Clone, Debug, PartialEq)]
pub struct Source<'m> {
    pub entity: &'m str,
    pub span: Span,
}

/// Who a sentence says is speaking, beyond the sources it names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Speaker {
    /// No marker or verb of saying, or only named sources.
    #[default]
    Named,
    /// A pronoun speaks: "menurutnya", "katanya", "kata dia", "he said", "according to her". Who
    /// that is, a sentence before says.
    Pronoun,
    /// Someone unnamed speaks: "kata seorang pejabat", "officials said", "a lawmaker said".
    /// Such a speaker credits nobody the canon knows.
    Unknown,
}

/// Whom a sentence credits: the sources it names, and, when it names none, whether a pronoun
/// or someone the canon does not know speaks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Attribution<'m> {
    pub sources: Vec<Source<'m>>,
    pub speaker: Speaker,
}

/// Pronouns that may speak.
const PRONOUNS: &[&str] =
    &["dia", "ia", "beliau", "mereka", "he", "she", "they", "him", "her", "them", "it"];

/// Words of saying with the pronoun "-nya" joined to them: "menurutnya", "katanya".
const SAID_BY_HIM: &[&str] = &[
    "menurutnya",
    "katanya",
    "ujarnya",
    "tuturnya",
    "ungkapnya",
    "jelasnya",
    "terangnya",
    "paparnya",
    "imbuhnya",
    "tambahnya",
    "lanjutnya",
    "sebutnya",
    "tegasnya",
    "bebernya",
    "ucapnya",
];

/// Nouns of speakers left unnamed: "kata seorang pejabat", "officials said", "Police said".
const UNNAMED: &[&str] = &[
    "pejabat",
    "sumber",
    "petugas",
    "warga",
    "saksi",
    "pihak",
    "aparat",
    "relawan",
    "seorang",
    "para",
    "official",
    "officials",
    "authorities",
    "police",
    "rescuers",
    "source",
    "sources",
    "witnesses",
    "witness",
    "residents",
    "experts",
    "investigators",
    "lawmakers",
    "lawmaker",
    "officers",
    "officer",
    "a",
    "an",
    "one",
    "some",
];

/// Words that end the noun phrase of a speaker after a marker.
const AFTER_SPEAKER: &[&str] = &[
    "di", "pada", "saat", "ketika", "dalam", "kepada", "dari", "usai", "seusai", "setelah", "in",
    "on", "at", "to", "during", "after", "that", "bahwa", "when",
];

/// Whom `sentence` (a span of `text`) credits, given the sentence's entity mentions in order:
/// the sources it names, each entity once, in the order named, and who speaks when it names
/// none. `starts`, when given, are where the words that markers and verbs start with stand in
/// the sentence (offsets into `text`): they are looked for there alone (see
/// [`Cue::find_iter_at`]).
pub fn attribution<'m>(
    text: &str,
    sentence: Span,
    lang: Lang,
    mentions: &'m [Mention],
    starts: Option<&[usize]>,
) -> Attribution<'m> {
    let entities: Vec<(&'m str, Span)> = mentions
        .iter()
        .filter_map(|m| match &m.value {
            Value::Entity(id) if sentence.contains(m.span) => Some((id.as_str(), m.span)),
            _ => None,
        })
        .collect();
    let mut found: Vec<usize> = Vec::new();
    let mut speaker = Speaker::Named;
    let mut hear = |said: Speaker| {
        if said == Speaker::Pronoun || speaker == Speaker::Named {
            speaker = said;
        }
    };
    let body = &text[sentence.range()];
    let [markers, verbs] = cues(lang);
    let last_start = entities.last().map_or(0, |e| e.1.start);
    for marker in markers.find_iter_at(body, starts, sentence.start) {
        let end = sentence.start + marker.end;
        let first = (entities.iter())
            .position(|&(_, s)| s.start >= end && gap_ok(text, end, s.start))
            .filter(|_| end <= last_start);
        match first {
            Some(first) => {
                found.push(first);
                chain(text, &entities, first, 1, &mut found);
            }
            None => hear(speaker_after(text, end, sentence.end)),
        }
    }
    for verb in verbs.find_iter_at(body, starts, sentence.start) {
        let start = sentence.start + verb.start;
        if takes_lives(text, sentence.start + verb.end, sentence.end) || is_a_noun(text, start) {
            continue;
        }
        if let Some(last) =
            entities.iter().rposition(|&(_, s)| s.end <= start && gap_ok(text, s.end, start))
        {
            found.push(last);
            chain(text, &entities, last, -1, &mut found);
        } else if let Some(said) = speaker_before(text, sentence.start, start) {
            hear(said);
        }
    }
    let lower = body.to_lowercase();
    if lower.split(|c: char| !c.is_alphanumeric()).any(|w| SAID_BY_HIM.contains(&w)) {
        hear(Speaker::Pronoun);
    }
    let mut out: Vec<Source<'m>> = Vec::new();
    found.sort_unstable();
    for i in found {
        let (entity, span) = entities[i];
        if !out.iter().any(|s| s.entity == entity) {
            out.push(Source { entity, span });
        }
    }
    let speaker = if out.is_empty() { speaker } else { Speaker::Named };
    Attribution { sources: out, speaker }
}

/// The verb ending at `end` takes lives, not words: "claimed the lives of 291 people", "claims
/// 40 lives". It says nothing, and no one speaks.
fn takes_lives(text: &str, end: usize, sentence_end: usize) -> bool {
    let verb = text.get(..end).unwrap_or("").rsplit(char::is_whitespace).next().unwrap_or("");
    let claim = ["claimed", "claims", "claim"].iter().any(|v| verb.eq_ignore_ascii_case(v));
    let rest = text.get(end..sentence_end).unwrap_or("");
    let lives = rest.split_whitespace().take(3).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.eq_ignore_ascii_case("lives") || w.eq_ignore_ascii_case("life")
    });
    claim && lives
}

/// The word at `start` follows a determiner, or "early" ("all the reports", "their claims", "a
/// report", "early reports"): a noun, not a verb of saying.
fn is_a_noun(text: &str, start: usize) -> bool {
    const DETERMINERS: &[&str] =
        &["the", "a", "an", "these", "those", "its", "their", "his", "her", "our", "such", "early"];
    let before = text.get(..start).unwrap_or("");
    let word = before.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty()).unwrap_or("");
    DETERMINERS.iter().any(|d| word.eq_ignore_ascii_case(d))
        && before.trim_end().len() < before.len()
}

/// Who speaks after a marker that names no source: a pronoun ("kata dia", "according to
/// her"), or someone the canon does not know ("kata seorang pejabat", "ujar Rochim").
///
/// A speaker named with a capital ("ujar Rochim", "kata Kepala BPBD Agung") is a name the canon
/// does not list, not an unknown speaker: often the estimator's own spokesperson.
fn speaker_after(text: &str, from: usize, to: usize) -> Speaker {
    let rest = text.get(from..to).unwrap_or("");
    let first = rest.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty());
    match first {
        Some(w) if PRONOUNS.contains(&w.to_lowercase().as_str()) => Speaker::Pronoun,
        Some(w) if AFTER_SPEAKER.contains(&w.to_lowercase().as_str()) => Speaker::Named,
        Some(w) if UNNAMED.contains(&w.to_lowercase().as_str()) => Speaker::Unknown,
        // A name, or what is said after "said": "said 600 people died".
        Some(w) if !w.starts_with(char::is_lowercase) => Speaker::Named,
        Some(_) => Speaker::Unknown,
        None => Speaker::Named,
    }
}

/// Who speaks before a verb of saying that names no source: a pronoun ("dia mengatakan", "she
/// said"), someone unnamed ("officials said"), a name the canon does not list ("Rochim
/// said"), or nobody (a passive: "were reported missing").
fn speaker_before(text: &str, from: usize, to: usize) -> Option<Speaker> {
    let before = text.get(from..to).unwrap_or("");
    let word = before.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty())?;
    let word = word.to_lowercase();
    const AUXILIARIES: &[&str] =
        &["was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "yang"];
    // "has been officially confirmed": an adverb stands between a passive's auxiliary and
    // its verb.
    let adverb = word.len() > 4 && word.ends_with("ly");
    let passive = adverb
        && before
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .nth_back(1)
            .is_some_and(|w| AUXILIARIES.contains(&w.to_lowercase().as_str()));
    if AUXILIARIES.contains(&word.as_str())
        || passive
        || before.trim_end().ends_with([',', '"', '”'])
    {
        return None;
    }
    let named = !UNNAMED.contains(&word.as_str())
        && before
            .split(|c: char| !c.is_alphanumeric())
            .rfind(|w| !w.is_empty())
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    Some(if PRONOUNS.contains(&word.as_str()) {
        Speaker::Pronoun
    } else if named {
        Speaker::Named
    } else {
        Speaker::Unknown
    })
}

/// At most a few words and no comma or sentence punctuation between `from` and `to`; the full
/// stop of a short abbreviation ("Col.", "Jr.", "Adm.") is no sentence punctuation.
fn gap_ok(text: &str, from: usize, to: usize) -> bool {
    let gap = &text[from..to];
    let abbreviation = |w: &str| {
        w.strip_suffix('.').is_some_and(|w| {
            (1..=4).contains(&w.len())
                && w.starts_with(char::is_uppercase)
                && w.chars().all(char::is_alphabetic)
        })
    };
    let words: Vec<&str> = gap.split_whitespace().collect();
    let dots_ok = words.iter().all(|w| !w.contains('.') || abbreviation(w));
    dots_ok && !gap.contains([',', ';', ':', '"', '“', '”']) && words.len() <= MAX_GAP_WORDS
}

/// Adds the entities joined to `entities[at]` in direction `step` (1: later, -1: earlier).
fn chain(
    text: &str,
    entities: &[(&str, Span)],
    mut at: usize,
    step: isize,
    found: &mut Vec<usize>,
) {
    loop {
        let Some(next) = at.checked_add_signed(step).filter(|&n| n < entities.len()) else {
            return;
        };
        let (a, b) = if step > 0 {
            (entities[at].1, entities[next].1)
        } else {
            (entities[next].1, entities[at].1)
        };
        if a.end > b.start {
            return;
        }
        let gap = text[a.end..b.start].trim();
        let joined = matches!(
            gap.to_lowercase().as_str(),
            "dan" | "and" | "serta" | "&" | "/" | "(" | ")" | "),"
        ) || (gap == ","
            && text[b.end..].trim_start().starts_with([',', '(', ')', '.', ';']))
            || is_title(gap);
        if !joined {
            return;
        }
        found.push(next);
        at = next;
    }
}

/// The words between two entities make them one speaker: nothing, or a title in capitals
/// ("Maryland State Police Superintendent Col. Roland L. Butler Jr.", "Sekretaris Daerah
/// (Sekda) Kabupaten Cianjur Cecep Alamsyah", "Kepala BNPB Suharyanto").
fn is_title(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= MAX_GAP_WORDS
        && !gap.contains([',', ';', ':'])
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| matches!(c, '(' | ')' | '.'));
            w.starts_with(char::is_uppercase)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::cues::CueIndex;
    use crate::extract::Aliases;

    fn named(text: &str, lang: Lang) -> Vec<String> {
        let aliases = Aliases::new([
            ("seoul", "Korea Selatan"),
            ("seoul", "Seoul"),
            ("seoul", "intelijen Korea Selatan"),
            ("west", "negara Barat"),
            ("pyongyang", "Korea Utara"),
            ("pyongyang", "Pyongyang"),
            ("kyiv", "Ukraina"),
            ("kcna", "Korean Central News Agency"),
            ("kcna", "KCNA"),
            ("kyiv", "Kyiv"),
        ]);
        let mut mentions = Vec::new();
        aliases.find(text, &mut mentions);
        let sentence = Span::new(0, text.len());
        let names = |found: Vec<Source>| found.iter().map(|s| s.entity.to_string()).collect();
        let every: Vec<String> = names(attribution(text, sentence, lang, &mentions, None).sources);
        // Markers and verbs looked for only where the cue index says their words start.
        let starts = CueIndex::new(&[]).candidates(lang, text, &[sentence], |_| true).starts;
        assert_eq!(
            names(attribution(text, sentence, lang, &mentions, Some(&starts)).sources),
            every
        );
        every
    }

    #[test]
    fn sources_after_markers_and_before_verbs() {
        assert_eq!(
            named("Menurut Seoul, Sekitar 600 pasukan Korea Utara tewas", Lang::Id),
            ["seoul"]
        );
        assert_eq!(
            named(
                "Berdasarkan informasi dari intelijen Korea Utara, lebih dari 10.000 tentara",
                Lang::Id
            ),
            ["pyongyang"]
        );
        assert_eq!(
            named("Menurut Korea Selatan, Pyongyang kehilangan sekitar 2.000 tentara", Lang::Id),
            ["seoul"]
        );
        assert_eq!(
            named("Sebelumnya, Ukraina memperkirakan bahwa Korea Utara telah mengirim", Lang::Id),
            ["kyiv"]
        );
        assert_eq!(
            named(
                "Badan intelijen Korea Selatan dan negara Barat menyatakan bahwa Pyongyang telah mengirim",
                Lang::Id
            ),
            ["seoul", "west"]
        );
        assert_eq!(
            named(
                "disampaikan Kim, menurut laporan media Korea Utara, Korean Central News Agency (KCNA), pada Kamis",
                Lang::Id
            ),
            ["pyongyang", "kcna"]
        );
        assert_eq!(
            named("Kyiv said 600 were killed, according to Seoul.", Lang::En),
            ["kyiv", "seoul"]
        );
        // The gap is counted from the end of the longer marker: four words after "dikutip
        // oleh", five after "dikutip".
        assert_eq!(named("Dikutip  oleh media resmi milik negara Seoul, 600", Lang::Id), ["seoul"]);
        assert!(named("Dikutip media resmi milik negara sahabat Seoul, 600", Lang::Id).is_empty());
    }

    fn speaker(text: &str, lang: Lang) -> Speaker {
        let aliases = Aliases::new([("seoul", "Seoul"), ("bnpb", "BNPB")]);
        let mut mentions = Vec::new();
        aliases.find(text, &mut mentions);
        attribution(text, Span::new(0, text.len()), lang, &mentions, None).speaker
    }

    #[test]
    fn pronouns_and_speakers_the_canon_does_not_know() {
        for (text, lang, expected) in [
            (
                "Menurutnya hingga Senin malam, ada 162 orang meninggal dunia.",
                Lang::Id,
                Speaker::Pronoun,
            ),
            ("\"Data belum berubah, masih 62 orang,\" ujar dia.", Lang::Id, Speaker::Pronoun),
            ("Six people died, she said.", Lang::En, Speaker::Pronoun),
            ("Sebanyak 600 orang tewas, kata seorang pejabat.", Lang::Id, Speaker::Unknown),
            ("Officials said 600 people died.", Lang::En, Speaker::Unknown),
            ("Sebanyak 600 orang tewas, ujar Rochim.", Lang::Id, Speaker::Named),
            ("Rochim said 600 people died.", Lang::En, Speaker::Named),
            ("Six workers were reported missing.", Lang::En, Speaker::Named),
            ("Menurut Seoul, 600 orang tewas, kata seorang pejabat.", Lang::Id, Speaker::Named),
            ("Sebanyak 268 orang meninggal dunia.", Lang::Id, Speaker::Named),
            // "claimed the lives of": the verb takes lives, nobody speaks.
            ("The tragic crash claimed the lives of 291 people.", Lang::En, Speaker::Named),
            ("The crash claims 40 lives, a tragic toll.", Lang::En, Speaker::Named),
            ("The tragic crash claimed 291 people died.", Lang::En, Speaker::Unknown),
            // A noun after a determiner: "all the reports" says nothing.
            (
                "Police were overwhelmed, the upshot of all the reports shows.",
                Lang::En,
                Speaker::Named,
            ),
        ] {
            assert_eq!(speaker(text, lang), expected, "{text}");
        }
    }

    #[test]
    fn a_speaker_with_a_title_is_one_source() {
        let aliases = Aliases::new([
            ("regency", "Cecep Alamsyah"),
            ("cianjur", "Kabupaten Cianjur"),
            ("msp", "Maryland State Police"),
            ("butler", "Roland L. Butler Jr."),
        ]);
        let credited = |text: &str, lang: Lang| -> Vec<String> {
            let mut mentions = Vec::new();
            aliases.find(text, &mut mentions);
            let found = attribution(text, Span::new(0, text.len()), lang, &mentions, None).sources;
            found.iter().map(|s| s.entity.to_string()).collect()
        };
        assert_eq!(
            credited(
                "\"Total 334 jiwa,\" kata Sekretaris Daerah (Sekda) Kabupaten Cianjur Cecep Alamsyah saat konferensi pers.",
                Lang::Id
            ),
            ["cianjur", "regency"]
        );
        assert_eq!(
            credited(
                "\"Six workers died,\" Maryland State Police Superintendent Col. Roland L. Butler Jr. said.",
                Lang::En
            ),
            ["msp", "butler"]
        );
    }

    #[test]
    fn entities_that_are_not_credited_are_not_sources() {
        assert_eq!(named("Sekitar 600 pasukan Korea Utara tewas", Lang::Id), Vec::<String>::new());
        assert_eq!(
            named("Pyongyang mengirim pasukan ke Rusia, kata komandan itu", Lang::Id),
            Vec::<String>::new()
        );
    }
}
