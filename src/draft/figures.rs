//! Figures: each count an article states, proposed as a quantity claim.
//!
//! In: an article prepared as `canon check` prepares it (sentences, their mentions with the
//! drafted names as entities, whom each credits). Out: per figure, what a claim needs: the
//! amount and its qualifier, the noun it counts, a cue, and the sources the sentence credits;
//! or why it is passed over.
//!
//! A figure is a count extraction read (not a measure; a bare number only after words of
//! counting: "has risen to 10", "a death toll of 12"), whole, whose role in its sentence is a
//! total ([`crate::structure::role`]): an increment, an age, a vague amount, an earlier figure
//! or what could be is passed over, as the check passes it over, and so is a part unless its
//! own clause says what it counts right after it ("821 people injured") or nothing but its
//! noun does ("9 deaths, …"), where the check takes it too.
//! Its **cue** is the verb nearest it in its clause (no comma, bracket, colon or dash between):
//! "Pyongyang kehilangan sekitar 2.000 tentara", "600 tentara tewas", "killed at least 46
//! people" (in Indonesian, a word of "ke-…-an" too: "kehilangan"). Verbs of saying and
//! reporting ("dilaporkan") and light verbs are no cues, nor are the verbs that tell how a
//! count moves ("mencapai", "bertambah", "rose", "reached"), which stand beside any count: the
//! cue is then the next verb of the clause ("korban meninggal bertambah menjadi 268 orang" gives
//! "meninggal"). With no verb in its clause, the noun it counts stands for the cue, which the
//! editor should replace.

use crate::check::place::Prepared;
use crate::check::quantity::{self, only_auxiliaries};
use crate::draft::{REPORTING, Seen};
use crate::lang::Lang;
use crate::mention::{Amount, Qualifier, Value};
use crate::span::Span;
use crate::structure::clause::{LIGHT_VERBS, SPEECH_VERBS, is_verb};
use crate::structure::role::Role;
use crate::structure::words::Word;

/// Verbs that tell how a count moves or where it stands, beside any count.
pub const COUNT_VERBS: &[&str] = &[
    "mencapai",
    "menjadi",
    "bertambah",
    "berkurang",
    "meningkat",
    "menurun",
    "tercatat",
    "terdapat",
    "sebanyak",
    "berjumlah",
    "reached",
    "rose",
    "risen",
    "climbed",
    "increased",
    "stood",
    "totaled",
    "totalled",
    "numbered",
    "recorded",
];

/// Marks that end a clause, as far as a cue is looked for.
const CLAUSE_ENDS: &[char] = &[',', ';', '(', ')', ':', '—', '–', '"', '“', '”'];

/// A figure an article states, with what a claim of it needs.
#[derive(Clone, Debug)]
pub struct Figure {
    pub seen: Seen,
    pub value: f64,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    /// The noun it counts, lower case, as written.
    pub noun: Option<String>,
    /// The cue, lower case, and whether the counted noun stands for one (no verb or word of
    /// counting stood near the figure).
    pub cue: String,
    pub cue_from_noun: bool,
    /// The entities the sentence credits, in order.
    pub sources: Vec<String>,
    /// Someone unnamed speaks ("kata seorang pejabat", "officials said"), or a pronoun no
    /// sentence before names.
    pub unnamed: bool,
}

/// What became of each count of the article: a figure, or why none was drafted.
pub enum Read {
    Figure(Box<Figure>),
    Passed(Seen, String),
}

/// Every count of `article`, in the order of the text; `seen` gives each its place.
pub fn read(article: &Prepared, seen: &dyn Fn(usize, Span) -> Seen) -> Vec<Read> {
    let mut out = Vec::new();
    for (n, sentence) in article.sentences.iter().enumerate() {
        let mut roles = None;
        for (i, m) in sentence.mentions.iter().enumerate() {
            let Value::Quantity(q) = &m.value else { continue };
            let words = &article.grammar(n).words;
            // A bare number is a figure only after words of counting.
            let bare = q.unit.is_none() && !q.is_count();
            let figure = q.is_count() || (bare && counted(words, m.span));
            if !figure {
                continue;
            }
            let place = seen(n, m.span);
            let (value, value_max) = match q.amount {
                Amount::Exact(v) => (v, None),
                Amount::Range(a, b) => (a, Some(b)),
                Amount::Vague(_) => {
                    out.push(Read::Passed(place, Role::Vague.reason().to_string()));
                    continue;
                }
            };
            if value.fract() != 0.0 {
                let why = "not a whole number: it measures, it does not count";
                out.push(Read::Passed(place, why.to_string()));
                continue;
            }
            let lang = article.lang();
            let verb = verb_near(words, m.span, lang);
            let roles = roles.get_or_insert_with(|| quantity::roles(article, n));
            let role = roles.get(i).copied().unwrap_or(Role::Total);
            // A part is the count of what its own clause says of it right after it ("821
            // people injured", "133 diantaranya meninggal"), or of its own noun when nothing
            // else names it ("9 deaths, …, 821 people injured"): the check takes it so.
            let own = match &verb {
                Some((_, at)) => {
                    at.start >= m.span.end && only_auxiliaries(words, m.span.end, at.start)
                }
                None => q.noun.is_some(),
            };
            if role != Role::Total && !(role == Role::Part && own) {
                out.push(Read::Passed(place, role.reason().to_string()));
                continue;
            }
            let near = verb.map(|(verb, _)| verb).or_else(|| count_phrase(words, m.span, lang));
            let (cue, cue_from_noun) = match (near, &q.noun) {
                (Some(cue), _) => (cue, false),
                (None, Some(noun)) => (noun.clone(), true),
                (None, None) => {
                    let why = "no verb in its clause and no noun it counts: nothing to place it";
                    out.push(Read::Passed(place, why.to_string()));
                    continue;
                }
            };
            let sources = article.sources(n).iter().map(|s| s.entity.to_string()).collect();
            out.push(Read::Figure(Box::new(Figure {
                seen: place,
                value,
                value_max,
                qualifier: q.qualifier,
                noun: q.noun.clone(),
                cue,
                cue_from_noun,
                sources,
                unnamed: article.speaker_unknown(n),
            })));
        }
    }
    out
}

/// Words of a count, which say that the bare number after them is one: "the death toll of
/// 12", "jumlah korban 46".
const COUNT_NOUNS: &[&str] = &["toll", "total", "tally", "jumlah", "sebanyak", "totalnya"];

/// The bare number at `figure` is a count: a verb or a word of counting stands in the three
/// words before it, in its clause ("has risen to 10", "mencapai 46", "a death toll of 12").
fn counted(words: &[Word], figure: Span) -> bool {
    let first = words.partition_point(|w| w.span.end <= figure.start);
    (words[..first].iter().rev().take(3))
        .take_while(|w| !w.is_mark(CLAUSE_ENDS))
        .any(|w| w.is_any(COUNT_VERBS) || w.is_any(COUNT_NOUNS))
}

/// The words of counting before the figure at `figure` in its clause, as a cue: "death toll"
/// (with the word before "toll", when it is a common one), "jumlah korban" (with the word after
/// "jumlah"); "toll" alone.
fn count_phrase(words: &[Word], figure: Span, lang: Lang) -> Option<String> {
    let first = words.partition_point(|w| w.span.end <= figure.start);
    let clause = words[..first].iter().rposition(|w| w.is_mark(CLAUSE_ENDS)).map_or(0, |k| k + 1);
    let at = (clause..first).rev().find(|&k| words[k].is_any(&["toll", "tally", "jumlah"]))?;
    let common = |k: usize| {
        words.get(k).filter(|w| w.mark.is_none() && !w.capital && !w.is_number()).filter(|w| {
            !w.is_any(&["the", "a", "an", "its", "their", "this", "that", "itu", "ini", "total"])
        })
    };
    let word = words[at].lower();
    let phrase = match lang {
        Lang::En => at.checked_sub(1).and_then(common).map(|w| format!("{} {word}", w.lower())),
        Lang::Id => {
            common(at + 1).filter(|_| at + 1 < first).map(|w| format!("{word} {}", w.lower()))
        }
    };
    // "toll" alone names the dead; "jumlah" or "tally" alone names nothing.
    phrase.or_else(|| (word == "toll").then(|| word.to_string()))
}

/// The verb nearest the figure at `figure` in its clause that may be a cue: lower case, and
/// where it stands.
pub fn verb_near(words: &[Word], figure: Span, lang: Lang) -> Option<(String, Span)> {
    let first = words.partition_point(|w| w.span.end <= figure.start);
    let last = words.partition_point(|w| w.span.start < figure.end);
    // "kehilangan 2.000 tentara": a word of "ke-…-an" says what happened as a verb does.
    let ke_an = |w: &Word| {
        let w = w.lower();
        lang == Lang::Id && w.len() > 6 && w.starts_with("ke") && w.ends_with("an")
    };
    let may_cue = |w: &Word| {
        (is_verb(w, lang) || (ke_an(w) && !w.capital))
            && !w.is_any(SPEECH_VERBS)
            && !w.is_any(REPORTING)
            && !w.is_any(LIGHT_VERBS)
            && !w.is_any(COUNT_VERBS)
    };
    let before = words[..first].iter().rev().take_while(|w| !w.is_mark(CLAUSE_ENDS));
    let after = words[last..].iter().take_while(|w| !w.is_mark(CLAUSE_ENDS));
    let before = before.enumerate().find(|(_, w)| may_cue(w));
    let after = after.enumerate().find(|(_, w)| may_cue(w));
    let nearest = match (before, after) {
        (Some(b), Some(a)) if a.0 < b.0 => a.1,
        (Some(b), _) => b.1,
        (None, Some(a)) => a.1,
        (None, None) => return None,
    };
    Some((nearest.lower().to_string(), nearest.span))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Aliases, extract};
    use crate::structure::words;

    /// The cue drafted for the first count of `text`.
    fn cue(text: &str, lang: Lang) -> Option<String> {
        let mentions = extract(text, lang, &Aliases::default());
        let figure = mentions
            .iter()
            .find(|m| matches!(&m.value, Value::Quantity(q) if q.is_count()))
            .expect("a count")
            .span;
        verb_near(&words::of(text, Span::new(0, text.len())), figure, lang).map(|(verb, _)| verb)
    }

    #[test]
    fn the_cue_is_the_verb_nearest_the_figure_in_its_clause() {
        // tests/articles/002 (Anadolu, 4 September 2025).
        let seed = "Menurut Korea Selatan, Pyongyang kehilangan sekitar 2.000 tentara dalam pertempuran melawan Kiev.";
        assert_eq!(cue(seed, Lang::Id).as_deref(), Some("kehilangan"));
        assert_eq!(cue("Sebanyak 600 tentara tewas di Kursk.", Lang::Id).as_deref(), Some("tewas"));
        // tests/realworld/key-bridge: "killed" is a verb by its form.
        let english = "The collapse killed six construction workers who were filling potholes.";
        assert_eq!(cue(english, Lang::En).as_deref(), Some("killed"));
    }

    #[test]
    fn verbs_of_counting_and_saying_are_passed_over_for_the_counted_event() {
        let moved = "Jumlah korban meninggal dunia bertambah menjadi 268 orang.";
        assert_eq!(cue(moved, Lang::Id).as_deref(), Some("meninggal"));
        let said = "Officials said 46 people died in the fire.";
        assert_eq!(cue(said, Lang::En).as_deref(), Some("died"));
    }

    #[test]
    fn a_verb_beyond_a_comma_is_another_clause_s() {
        // FIXME: "toll" is the word an editor wants here; with no verb in its clause the
        // draft falls back to the counted noun (none here, so nothing), and the comma keeps
        // "said" out.
        assert_eq!(cue("The death toll is at least 46 people, officials said.", Lang::En), None);
    }
}
