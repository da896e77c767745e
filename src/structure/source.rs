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
    Cue::of(&words, 1 << 20).expect("valid marker phrases")
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

/// The sources named in `sentence` (a span of `text`), given the sentence's entity mentions in
/// order. Each entity appears once, in the order named. `starts`, when given, are where the
/// words that markers and verbs start with stand in the sentence (offsets into `text`): they
/// are looked for there alone (see [`Cue::find_iter_at`]).
pub fn sources<'m>(
    text: &str,
    sentence: Span,
    lang: Lang,
    mentions: &'m [Mention],
    starts: Option<&[usize]>,
) -> Vec<Source<'m>> {
    let entities: Vec<(&'m str, Span)> = mentions
        .iter()
        .filter_map(|m| match &m.value {
            Value::Entity(id) if sentence.contains(m.span) => Some((id.as_str(), m.span)),
            _ => None,
        })
        .collect();
    // A sentence that names nobody credits nobody: its markers and verbs are not looked for.
    if entities.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<usize> = Vec::new();
    let body = &text[sentence.range()];
    let [markers, verbs] = cues(lang);
    // The entities are apart and in order: none starts after the last one's start.
    let last_start = entities[entities.len() - 1].1.start;
    for marker in markers.find_iter_at(body, starts, sentence.start) {
        let end = sentence.start + marker.end;
        // Markers come in order: one that ends after the last entity starts has no entity after
        // it, nor has any later one.
        if end > last_start {
            break;
        }
        if let Some(first) =
            entities.iter().position(|&(_, s)| s.start >= end && gap_ok(text, end, s.start))
        {
            found.push(first);
            chain(text, &entities, first, 1, &mut found);
        }
    }
    for verb in verbs.find_iter_at(body, starts, sentence.start) {
        let start = sentence.start + verb.start;
        if let Some(last) =
            entities.iter().rposition(|&(_, s)| s.end <= start && gap_ok(text, s.end, start))
        {
            found.push(last);
            chain(text, &entities, last, -1, &mut found);
        }
    }
    let mut out: Vec<Source<'m>> = Vec::new();
    found.sort_unstable();
    for i in found {
        let (entity, span) = entities[i];
        if !out.iter().any(|s| s.entity == entity) {
            out.push(Source { entity, span });
        }
    }
    out
}

/// At most a few words and no comma or sentence punctuation between `from` and `to`.
fn gap_ok(text: &str, from: usize, to: usize) -> bool {
    let gap = &text[from..to];
    !gap.contains([',', ';', ':', '.', '"', '“', '”'])
        && gap.split_whitespace().count() <= MAX_GAP_WORDS
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
            && text[b.end..].trim_start().starts_with([',', '(', ')', '.', ';']));
        if !joined {
            return;
        }
        found.push(next);
        at = next;
    }
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
        let every: Vec<String> = names(sources(text, sentence, lang, &mentions, None));
        // Markers and verbs looked for only where the cue index says their words start.
        let starts = CueIndex::new(&[]).candidates(lang, text, &[sentence], |_| true).starts;
        assert_eq!(names(sources(text, sentence, lang, &mentions, Some(&starts))), every);
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

    #[test]
    fn entities_that_are_not_credited_are_not_sources() {
        assert_eq!(named("Sekitar 600 pasukan Korea Utara tewas", Lang::Id), Vec::<String>::new());
        assert_eq!(
            named("Pyongyang mengirim pasukan ke Rusia, kata komandan itu", Lang::Id),
            Vec::<String>::new()
        );
    }
}
