//! Events: each date an article gives something that happened, proposed as an event claim.
//!
//! In: an article prepared as `canon check` prepares it. Out: per date, the cue that dates it
//! and the date, or why it is passed over.
//!
//! A date is an event's when a predicate of its clause takes it ([`Predicates::predicate_of`],
//! the rules the check reads an event's date by): "Pyongyang mengerahkan pasukan pada Oktober
//! 2024" dates "mengerahkan". That predicate is the cue, unless it has no event of its own:
//! a light verb ("Gempa terjadi pada Senin", "the talks were held on Friday") stands for its
//! subject, the noun before it (in Indonesian, after a word that opens a clause: "sejak
//! peristiwa tragis itu terjadi pada Senin" gives "peristiwa"), which is the cue instead; an
//! English participle that describes a noun ("a collapsed building", "concrete and twisted
//! steel") is no event, and the date is passed over; a verb of saying or reporting ("said
//! on Tuesday", "dikutip KCNA, Senin") dates the saying, which is seldom a fact of the story,
//! and is passed over, and so is a date a verb of counting takes ("terdapat lima korban"). So
//! is a date written as of when something is counted or until when ("per Rabu", "hingga
//! Jumat"), a date no predicate takes, the
//! date of a dateline or of a line of its own (a byline), a date not resolved (no article
//! date to count from), and a week ("pekan lalu"), which a claim cannot state.

use crate::check::coverage::alone_on_its_line;
use crate::check::event::in_dateline;
use crate::check::place::Prepared;
use crate::draft::figures::COUNT_VERBS;
use crate::draft::{REPORTING, Seen};
use crate::lang::Lang;
use crate::mention::{DateValue, Value};
use crate::span::Span;
use crate::structure::clause::{LIGHT_VERBS, Predicates, SPEECH_VERBS, UNTIL, is_verb};
use crate::structure::words::{self, Word};

/// Indonesian words before a noun phrase, which it does not start with.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "di",
    "ke",
    "dari",
    "pada",
    "untuk",
    "dengan",
    "berdasarkan",
    "oleh",
    "dalam",
    "tentang",
    "atas",
    "bagi",
    "terhadap",
    "sebagai",
];

/// Indonesian words that open a clause joined to another: its subject comes after them.
const SUBORDINATORS: &[&str] = &[
    "sejak", "setelah", "sebelum", "ketika", "saat", "sewaktu", "karena", "sehingga", "meskipun",
    "walaupun", "bahwa", "usai", "seusai", "sesudah", "tatkala", "begitu",
];

/// Words before a light verb that are not its subject.
const NOT_SUBJECTS: &[&str] = &[
    "yang", "itu", "ini", "tersebut", "telah", "sudah", "juga", "pun", "akan", "baru", "masih",
    "terus", "dan", "serta", "atau", "namun", "tetapi", "the", "a", "an", "has", "have", "had",
    "been", "be", "will", "would", "also", "this", "that", "and", "or", "but", "still",
];

/// A dated event an article tells of.
#[derive(Clone, Debug)]
pub struct Dated {
    pub seen: Seen,
    pub date: DateValue,
    /// The cue word, lower case.
    pub cue: String,
    /// The entities its sentence names, each once, in order.
    pub named: Vec<String>,
}

/// What became of each date of the article: an event, or why none was drafted.
pub enum Read {
    Event(Box<Dated>),
    Passed(Seen, String),
}

/// Every date of `article`, in the order of the text; `seen` gives each its place.
pub fn read(article: &Prepared, seen: &dyn Fn(usize, Span) -> Seen) -> Vec<Read> {
    let text = article.cx.text;
    let mut out = Vec::new();
    for (n, sentence) in article.sentences.iter().enumerate() {
        for m in sentence.mentions {
            let Value::Date(d) = &m.value else { continue };
            let place = seen(n, m.span);
            let passed = |why: &str| Read::Passed(place.clone(), why.to_string());
            let Some(date) = d.value else {
                out.push(passed("not resolved: the article has no date to count it from"));
                continue;
            };
            if in_dateline(text, m.span) || alone_on_its_line(text, m) {
                out.push(passed("the date of a dateline or a byline: when the story was filed"));
                continue;
            }
            if matches!(date, DateValue::Week(_)) {
                out.push(passed("a week, which a claim cannot state"));
                continue;
            }
            let grammar = article.grammar(n);
            let before = words::before(&grammar.words, grammar.date_expression(m.span));
            if before.last().is_some_and(|w| w.is_any(UNTIL)) {
                out.push(passed("it says until when, or as of when a count stands"));
                continue;
            }
            let predicates = Predicates::new(grammar, &[], article.lang());
            let Some(verb) = predicates.predicate_of(m.span) else {
                out.push(passed("no predicate takes it (or it says as of when a count stands)"));
                continue;
            };
            let words = &grammar.words;
            let Some(at) = words.iter().position(|w| w.span == verb) else { continue };
            let cue = if attributive(words, at, article.lang()) {
                out.push(passed("its verb describes a noun (\"a collapsed building\"): no event"));
                continue;
            } else if words[at].is_any(SPEECH_VERBS) || words[at].is_any(REPORTING) {
                out.push(passed("it dates a saying"));
                continue;
            } else if words[at].is_any(COUNT_VERBS) {
                out.push(passed("it dates a count"));
                continue;
            } else if words[at].is_any(LIGHT_VERBS) {
                match subject(words, at, article.lang()) {
                    Some(noun) => noun,
                    None => {
                        out.push(passed("a light verb with no noun before it to stand for"));
                        continue;
                    }
                }
            } else {
                words[at].lower().to_string()
            };
            let mut named: Vec<String> = Vec::new();
            for m in sentence.mentions {
                if let Value::Entity(id) = &m.value
                    && !named.contains(id)
                {
                    named.push(id.clone());
                }
            }
            out.push(Read::Event(Box::new(Dated { seen: place, date, cue, named })));
        }
    }
    out
}

/// Words after which an English participle describes the noun it stands before: "a
/// collapsed building", "their damaged homes". Not "that", which opens a relative clause
/// ("a submersible that imploded … in June"), nor "those" ("those killed on Friday").
const DETERMINERS: &[&str] =
    &["a", "an", "the", "this", "these", "its", "their", "his", "her", "our"];

/// Words that may follow a verb in the past, and so tell nothing of the word before them.
const AFTER_A_VERB: &[&str] = &[
    "the", "a", "an", "to", "in", "on", "at", "by", "for", "from", "with", "into", "out", "up",
    "down", "off", "over", "after", "before", "as", "and", "or", "but", "that", "which", "who",
    "it", "them", "him", "her", "his", "their", "its", "through", "across", "near", "under",
];

/// In English, the verb-like word at `at` is a participle that describes the noun after it,
/// not a verb: after a determiner ("a collapsed building"), or after "and" or "or" that joins
/// it to a noun and before a noun ("slabs of concrete and twisted steel").
fn attributive(words: &[Word], at: usize, lang: Lang) -> bool {
    let w = &words[at];
    if lang != Lang::En || !w.lower().ends_with("ed") {
        return false;
    }
    let word = |k: Option<usize>| k.and_then(|k| words.get(k)).filter(|w| w.mark.is_none());
    let (before, after) = (word(at.checked_sub(1)), word(Some(at + 1)));
    if before.is_some_and(|b| b.is_any(DETERMINERS)) {
        return true;
    }
    let noun = |w: &Word| !w.capital && !w.is_number() && !is_verb(w, lang);
    let joined = before.is_some_and(|b| b.is_any(&["and", "or"]))
        && word(at.checked_sub(2)).is_some_and(|w| noun(w) && !w.is_any(AFTER_A_VERB));
    joined && after.is_some_and(|a| noun(a) && !a.is_any(AFTER_A_VERB))
}

/// The noun a light verb at word `at` stands for: the nearest word before it in its clause
/// that is a common word (in lower case, or the sentence's first word; no number, no small
/// word); in Indonesian, where the subject opens the clause, the clause's first such word,
/// and in a relative clause the first word of the noun phrase "yang" describes ("berdasarkan
/// perjanjian kemitraan … yang ditandatanganinya … tahun lalu" gives "perjanjian").
fn subject(words: &[Word], at: usize, lang: Lang) -> Option<String> {
    // A clause opens after a mark, and in Indonesian after a word that joins a clause to
    // another: "Tim SAR terus berjibaku sejak peristiwa tragis itu terjadi pada Senin" gives
    // "peristiwa".
    let opens = |w: &Word| {
        w.is_mark(&[',', ';', ':', '(', ')']) || (lang == Lang::Id && w.is_any(SUBORDINATORS))
    };
    let start = words[..at].iter().rposition(opens);
    let mut from = start.map_or(0, |s| s + 1);
    if lang == Lang::Id
        && let Some(yang) = (from..at).rev().find(|&k| words[k].is("yang"))
    {
        let phrase = (from..yang).rev().find(|&k| {
            words[k].mark.is_some() || is_verb(&words[k], lang) || words[k].is_any(PREPOSITIONS)
        });
        from = phrase.map_or(from, |k| k + 1);
    }
    let common = |&k: &usize| {
        let w = &words[k];
        w.mark.is_none() && (k == 0 || !w.capital) && !w.is_number() && !w.is_any(NOT_SUBJECTS)
    };
    let noun = match lang {
        Lang::Id => (from..at).find(common),
        Lang::En => (from..at).rev().find(common),
    };
    noun.map(|k| words[k].lower().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure::words;

    fn subject_of(text: &str, verb: &str, lang: Lang) -> Option<String> {
        let words = words::of(text, Span::new(0, text.len()));
        let at = words.iter().position(|w| w.is(verb)).expect("the verb");
        subject(&words, at, lang)
    }

    #[test]
    fn a_light_verb_stands_for_the_noun_before_it() {
        assert_eq!(
            subject_of("Gempa Cianjur terjadi pada Senin (21/11/2022).", "terjadi", Lang::Id)
                .as_deref(),
            Some("gempa")
        );
        assert_eq!(
            subject_of("The deadly crash happened on Saturday.", "happened", Lang::En).as_deref(),
            Some("crash")
        );
        assert_eq!(subject_of("Sebelumnya, Putin adalah presiden.", "adalah", Lang::Id), None);
        // tests/articles/003 (Gelora, 29 April 2025).
        let relative = "Komisi Militer Pusat mengatakan pemimpin Kim Jong Un membuat keputusan untuk mengerahkan pasukan berdasarkan perjanjian kemitraan strategis komprehensif yang ditandatanganinya dengan Putin tahun lalu.";
        assert_eq!(
            subject_of(relative, "ditandatanganinya", Lang::Id).as_deref(),
            Some("perjanjian")
        );
    }
}
