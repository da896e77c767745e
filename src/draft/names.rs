//! Names: the capitalised runs of words in the articles, proposed as entities.
//!
//! In: the articles' texts, each with its language and the mentions extraction read in it.
//! Out: [`Name`]s, one per entity id, in the order of their first appearance, each with its
//! forms per language and how often it was seen. The rules are the writing of names in
//! Indonesian and English, the same for every story:
//!
//! - A **name word** starts with a capital letter and is no number, no weekday or month ("Senin",
//!   "March"), and no word of a date ("Rabu (3/9)"). "Anda" and "I", capitalised wherever they
//!   stand, are no names.
//! - A word that opens its sentence, or follows an opening quote, a colon or a dash, is
//!   capitalised by position, not as a name: it counts only when the same word is written with a
//!   capital somewhere else in the articles, away from such a place ("Pyongyang kehilangan …"
//!   beside "… ke Pyongyang"), or is an acronym ("BNPB"). "Menurut Korea Selatan" gives "Korea
//!   Selatan". Alone (no name word after it), it counts not even then when the articles also
//!   write it in lower case ("Kondisi tersebut …" beside "dalam kondisi"), and an article
//!   ("The") never does; the first word of an institution's name before a name word always
//!   does ("Badan Nasional Pencarian dan Pertolongan (Basarnas) Surabaya mencatat …").
//! - The words of a date, a weekday or a time of day are no names: "pukul 15.30 WIB", "9 a.m.
//!   ET". Nor is a heading: a line of its own of capitalised words with no mark ("Kronologi
//!   Singkat").
//! - A word in capitals only whose lower-case form the articles also write ("KEBAKARAN depo",
//!   "SUMBER") is shouted, not named; one they also write with a capital and then lower case
//!   is that name ("JAKARTA - …" beside "Jakarta Barat" is "Jakarta").
//! - A **run** is a sequence of name words, joined by the small words of names ("of", "bin",
//!   "van", "de"): "Badan Nasional Penanggulangan Bencana", "Department of Transportation";
//!   a number that counts nothing goes on it ("Apollo 11", "KRI Nanggala 402"). In the name
//!   of an institution, "dan" and "and" join too ("Badan Pencarian dan Pertolongan",
//!   "Department of Health and Human Services"), unless what follows is another institution
//!   or an acronym, or the two halves are written alone elsewhere. A possessive
//!   "'s" ends it and is left out. A sentence written in title case, as a headline
//!   is, tells no names by their capitals and is passed over, and so is a link to another
//!   story ("Baca juga: …", "Read more: …"): its names are that story's.
//! - A run that is written, elsewhere, as two or more runs of its own is split into them:
//!   "Presiden Rusia Vladimir Putin", where "Presiden Rusia" and "Vladimir Putin" stand alone
//!   too, is the two.
//! - Runs whose ids are the same are one entity, with each written form an alias: the id is the
//!   name folded to lower-case ASCII letters and digits joined by hyphens, so "Kim Jong Un" and
//!   "Kim Jong-un" are one.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::extract::{Aliases, names_a_day_or_month};
use crate::lang::Lang;
use crate::mention::{Mention, Value};
use crate::span::Span;
use crate::structure::sentence;
use crate::structure::words::{self, Word};

/// Words written with a capital wherever they stand that are no names.
const NOT_NAMES: &[&str] = &["Anda", "I"];

/// Words that open a sentence before a name and are none of it: "The Titan …", where "The
/// Washington Post" elsewhere writes "The" with a capital.
const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "these", "those"];

/// Small words that may stand inside a name, between two name words.
const JOINING: &[&str] =
    &["of", "bin", "binti", "van", "von", "der", "den", "de", "da", "del", "dos", "al", "la", "le"];

/// The words that join the two halves of an institution's name: "Badan Pencarian dan
/// Pertolongan", "Department of Health and Human Services".
const AND: &[&str] = &["dan", "and"];

/// The words that open an institution's name, whose "dan" or "and" joins its own words rather
/// than two names: "Kementerian Energi dan Sumber Daya Mineral".
const INSTITUTIONS: &[&str] = &[
    "badan",
    "kementerian",
    "kementrian",
    "dinas",
    "komisi",
    "departemen",
    "lembaga",
    "direktorat",
    "balai",
    "biro",
    "dewan",
    "majelis",
    "komite",
    "kantor",
    "pusat",
    "department",
    "ministry",
    "bureau",
    "office",
    "agency",
    "commission",
    "institute",
    "administration",
    "council",
    "committee",
    "authority",
    "board",
    "centers",
    "center",
    "centre",
];

/// Some word of `words` opens an institution's name.
fn institution(words: &[Word]) -> bool {
    words.iter().any(|w| w.is_any(INSTITUTIONS))
}

/// The word is written in capitals only, as an acronym is ("BNPB"): a name of its own.
fn capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
}

/// Marks after which a capital is one of position: the sentence's own start is one too, and
/// so is the bracket that closes a dateline ("Taipei, April 3 (CNA) In the aftermath …").
const OPENING: &[char] = &[
    '"', '“', '”', '\'', '‘', '’', ':', '-', '–', '—', '•', '*', '|', '/', '[', ')', '.', '!', '?',
];

/// One article as the names are read from it.
pub struct Page<'a> {
    pub text: &'a str,
    pub body_start: usize,
    pub lang: Lang,
    /// Extraction's mentions of the article, in order: dates and figures are no names.
    pub mentions: &'a [Mention],
}

/// An entity proposed from the names the articles write.
#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    pub id: String,
    /// Its written forms per language, in the order first seen.
    pub names: BTreeMap<Lang, Vec<String>>,
    /// How many times it was seen, in all the articles.
    pub count: usize,
    /// In how many articles.
    pub articles: usize,
}

/// A run of name words as found: its words' written forms and where each starts.
struct Run {
    words: Vec<String>,
    starts: Vec<usize>,
    page: usize,
}

/// The names of `pages`, in the order of their first appearance.
pub fn find(pages: &[Page]) -> Vec<Name> {
    let read: Vec<Vec<Vec<Word>>> = pages.iter().map(sentences).collect();
    // What the articles write: the capitalised words away from the start of a sentence, and the
    // words written in lower case.
    let mut capitalised: HashSet<&str> = HashSet::new();
    let mut lower: HashSet<&str> = HashSet::new();
    for (page, sentences) in pages.iter().zip(&read) {
        for words in sentences {
            for (i, w) in words.iter().enumerate() {
                let written = &page.text[w.span.range()];
                if w.mark.is_some() {
                    continue;
                }
                if !w.capital {
                    lower.insert(written);
                } else if !opens(words, i) {
                    capitalised.insert(written);
                }
            }
        }
    }
    // A word in capitals that the articles also write with a capital and then lower case is
    // that name, shouted: "JAKARTA - …" is Jakarta.
    let form = |word: &str| {
        let mut chars = word.chars();
        let capitals = word.chars().count() > 3 && word.chars().all(|c| !c.is_lowercase());
        let title: String = match chars.next() {
            Some(first) if capitals => {
                first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect()
            }
            _ => return word.to_string(),
        };
        if capitalised.contains(title.as_str()) { title } else { word.to_string() }
    };
    let mut runs = Vec::new();
    for (n, (page, sentences)) in pages.iter().zip(&read).enumerate() {
        for words in sentences {
            // The word at `i` may go on a run: a capitalised word, no mark.
            let starts_a_run =
                |i: usize| words.get(i).is_some_and(|w| w.mark.is_none() && w.capital);
            let is_name = |i: usize| {
                let w = &words[i];
                let written = &page.text[w.span.range()];
                let acronym = written.chars().filter(|c| c.is_uppercase()).count() > 1;
                let shouted = acronym
                    && written.chars().all(|c| !c.is_lowercase())
                    && written.chars().count() > 3
                    && lower.contains(written.to_lowercase().as_str());
                w.mark.is_none()
                    && w.capital
                    && !w.is_number()
                    && !shouted
                    && !NOT_NAMES.contains(&written)
                    && !names_a_day_or_month(w.lower())
                    && !in_a_value(page.mentions, w.span, false)
                    && (!opens(words, i)
                        || acronym
                        || (w.is_any(INSTITUTIONS) && starts_a_run(i + 1))
                        || (capitalised.contains(written)
                            && !w.is_any(DETERMINERS)
                            && (starts_a_run(i + 1) || !lower.contains(w.lower()))))
            };
            // "Apollo 11", "KRI Nanggala 402": a number that counts nothing goes on a name.
            let is_label =
                |i: usize| words[i].is_number() && !in_a_value(page.mentions, words[i].span, true);
            let kind = |i: usize| {
                if is_name(i) {
                    Part::Name
                } else if is_label(i) {
                    Part::Label
                } else {
                    Part::Other
                }
            };
            runs_of(page.text, words, &kind, &form, n, &mut runs);
        }
    }
    let runs = split(runs);
    gather(pages, runs)
}

/// The sentences of `page` as words, those in title case left out.
fn sentences<'a>(page: &Page<'a>) -> Vec<Vec<Word<'a>>> {
    sentence::split(page.text, page.body_start)
        .into_iter()
        .map(|span| (span, words::of(page.text, span)))
        .filter(|(span, words)| {
            !title_case(words) && !links_elsewhere(words) && !heading(page.text, *span, words)
        })
        .map(|(_, words)| words)
        .collect()
}

/// The sentence is a heading: a line of its own, of two words or more, each capitalised, with
/// no mark to end it ("Kronologi Singkat").
fn heading(text: &str, span: Span, words: &[Word]) -> bool {
    let line_start = text[..span.start].rfind('\n').map_or(0, |at| at + 1);
    let line_end = text[span.end..].find('\n').map_or(text.len(), |at| span.end + at);
    let alone = text[line_start..span.start].trim().is_empty()
        && text[span.end..line_end].trim().is_empty();
    let named = words.iter().filter(|w| w.mark.is_none());
    alone
        && named.clone().count() >= 2
        && named.clone().all(|w| w.capital)
        && words.iter().all(|w| w.mark.is_none())
}

/// The words are written in title case, as a headline is ("Fire Death Toll Rises to 36 in
/// Lahaina Blaze"): three words of four letters or more, all capitalised. A sentence of names
/// ("Presiden Rusia Vladimir Putin tiba di Beijing") has its verb in lower case.
fn title_case(words: &[Word]) -> bool {
    let mut long = words.iter().filter(|w| w.mark.is_none() && w.lower().chars().count() >= 4);
    long.clone().count() >= 3 && long.all(|w| w.capital)
}

/// The sentence links to another story: it opens with "Baca juga", "Read more" or the like
/// before a colon, and the headline after it names that story's people, not this one's.
fn links_elsewhere(words: &[Word]) -> bool {
    const OPENERS: &[&[&str]] = &[
        &["baca", "juga"],
        &["baca"],
        &["lihat", "juga"],
        &["simak", "juga"],
        &["read", "more"],
        &["read", "also"],
        &["also", "read"],
        &["see", "also"],
        &["related"],
    ];
    let Some(colon) = words.iter().position(|w| w.is_mark(&[':'])) else { return false };
    OPENERS
        .iter()
        .any(|opener| opener.len() == colon && opener.iter().zip(words).all(|(o, w)| w.is(o)))
}

/// The word at `i` is capitalised by its place: it opens the sentence or follows a mark that
/// opens a new start, with or without a bracket between ("“(Api) sekarang …").
fn opens(words: &[Word], i: usize) -> bool {
    let mut at = i;
    while at > 0 && words[at - 1].is_mark(&['(']) {
        at -= 1;
    }
    at == 0 || words[at - 1].is_mark(OPENING)
}

/// The word at `span` is a word of a date, a weekday, a time of day ("pukul 15.30 WIB") or a
/// figure; with `counts`, of a date, a weekday, a time or a count (a bare number is none).
fn in_a_value(mentions: &[Mention], span: Span, counts: bool) -> bool {
    let at = mentions.partition_point(|m| m.span.end <= span.start);
    mentions[at..].iter().take_while(|m| m.span.start < span.end).any(|m| match &m.value {
        Value::Date(_) | Value::Weekday(_) | Value::Time(_) => true,
        Value::Quantity(q) => !counts || q.is_count(),
        _ => false,
    })
}

/// What a word is to a run of names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Other,
    Name,
    /// A number that may go on a name ("Apollo 11"), never start one.
    Label,
}

/// Pushes the runs of name words of one sentence.
fn runs_of(
    text: &str,
    words: &[Word],
    kind: &dyn Fn(usize) -> Part,
    form: &dyn Fn(&str) -> String,
    page: usize,
    out: &mut Vec<Run>,
) {
    let is_name = |i: usize| kind(i) == Part::Name;
    let mut i = 0;
    while i < words.len() {
        if !is_name(i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            let last = &text[words[end - 1].span.range()];
            if possessive(last).is_some() {
                break;
            }
            // A small word of names, or the "dan" of an institution's name, joins two names.
            let joins = |end: usize| {
                words[end].is_any(JOINING)
                    || (words[end].is_any(AND)
                        && institution(&words[start..end])
                        && !institution(&words[end + 1..end + 2])
                        && !capitals(&text[words[end + 1].span.range()]))
            };
            if end < words.len() && kind(end) != Part::Other {
                end += 1;
            } else if end + 1 < words.len() && is_name(end + 1) && joins(end) {
                end += 2;
            } else {
                break;
            }
        }
        let written: Vec<String> = (start..end)
            .map(|k| {
                let word = &text[words[k].span.range()];
                form(possessive(word).unwrap_or(word))
            })
            .collect();
        let starts = (start..end).map(|k| words[k].span.start).collect();
        out.push(Run { words: written, starts, page });
        i = end;
    }
}

/// The word without its possessive "'s", when it has one.
fn possessive(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).filter(|w| !w.is_empty())
}

/// Splits each run written elsewhere as runs of its own into them: the fewest pieces, each
/// a run seen alone.
fn split(runs: Vec<Run>) -> Vec<Run> {
    let alone: HashSet<Vec<String>> = runs.iter().map(|r| r.words.clone()).collect();
    let mut out = Vec::with_capacity(runs.len());
    for run in runs {
        // "Kementerian Luar Negeri dan Kementerian Pertahanan"… joined over "dan" or "and",
        // two names written alone elsewhere are the two.
        let and = run.words.iter().position(|w| AND.contains(&w.as_str()));
        if let Some(j) =
            and.filter(|&j| alone.contains(&run.words[..j]) && alone.contains(&run.words[j + 1..]))
        {
            out.push(Run {
                words: run.words[..j].to_vec(),
                starts: run.starts[..j].to_vec(),
                page: run.page,
            });
            let (words, starts) = (run.words[j + 1..].to_vec(), run.starts[j + 1..].to_vec());
            out.push(Run { words, starts, page: run.page });
            continue;
        }
        let Some(cuts) = pieces(&run.words, &alone) else {
            out.push(run);
            continue;
        };
        let mut from = 0;
        for to in cuts {
            let (words, starts) = (run.words[from..to].to_vec(), run.starts[from..to].to_vec());
            out.push(Run { words, starts, page: run.page });
            from = to;
        }
    }
    out
}

/// Where to cut `words` into two or more runs seen alone (the end of each piece), with the
/// fewest pieces; `None` when it cannot be.
fn pieces(words: &[String], alone: &HashSet<Vec<String>>) -> Option<Vec<usize>> {
    let n = words.len();
    if n < 2 {
        return None;
    }
    // best[k]: the fewest pieces that cover words[..k], and the last cut before k.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    best[0] = Some((0, 0));
    for end in 1..=n {
        for start in 0..end {
            if (start, end) == (0, n) || !alone.contains(&words[start..end].to_vec()) {
                continue;
            }
            if let Some((count, _)) = best[start] {
                let better = best[end].is_none_or(|(c, _)| count + 1 < c);
                if better {
                    best[end] = Some((count + 1, start));
                }
            }
        }
    }
    best[n]?;
    let mut cuts = vec![n];
    let mut at = n;
    while at > 0 {
        let (_, start) = best[at]?;
        if start > 0 {
            cuts.push(start);
        }
        at = start;
    }
    cuts.reverse();
    Some(cuts)
}

/// The runs gathered by id, in the order of their first appearance.
fn gather(pages: &[Page], runs: Vec<Run>) -> Vec<Name> {
    let mut order: Vec<(usize, usize, String)> = Vec::new();
    let mut by_id: HashMap<String, (Name, BTreeSet<usize>)> = HashMap::new();
    for run in runs {
        let written = run.words.join(" ");
        let id = id_of(&written);
        if id.is_empty() {
            continue;
        }
        let lang = pages[run.page].lang;
        let (name, seen_in) = by_id.entry(id.clone()).or_insert_with(|| {
            order.push((run.page, run.starts[0], id.clone()));
            let name = Name { id, names: BTreeMap::new(), count: 0, articles: 0 };
            (name, BTreeSet::new())
        });
        name.count += 1;
        seen_in.insert(run.page);
        let forms = name.names.entry(lang).or_default();
        if !forms.contains(&written) {
            forms.push(written);
        }
    }
    order.sort();
    order
        .into_iter()
        .filter_map(|(.., id)| by_id.remove(&id))
        .map(|(mut name, seen_in)| {
            name.articles = seen_in.len();
            name
        })
        .collect()
}

/// A name's id: folded to lower case without diacritics, runs of other characters as one
/// hyphen; "" for a name of no Latin letters or digits.
pub fn id_of(name: &str) -> String {
    let folded = Aliases::fold(name);
    let mut id = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    /// The names of `texts` (one article each, in `lang`), as "id: form, form (count/articles)".
    fn names(texts: &[&str], lang: Lang) -> Vec<String> {
        let mentions: Vec<Vec<Mention>> =
            texts.iter().map(|t| extract(t, lang, &Aliases::default())).collect();
        let pages: Vec<Page> = texts
            .iter()
            .zip(&mentions)
            .map(|(text, mentions)| Page { text, body_start: 0, lang, mentions })
            .collect();
        find(&pages)
            .iter()
            .map(|n| {
                let forms: Vec<&str> = n.names.values().flatten().map(String::as_str).collect();
                format!("{}: {} ({}/{})", n.id, forms.join(", "), n.count, n.articles)
            })
            .collect()
    }

    #[test]
    fn a_sentence_opening_word_is_a_name_only_where_it_is_written_so_elsewhere() {
        // From tests/articles/002: "Menurut" opens its sentence and nowhere else has a capital.
        let found = names(
            &[
                "Menurut Korea Selatan, Pyongyang kehilangan sekitar 2.000 tentara dalam pertempuran melawan Kiev.",
                "Setelah itu, Pyongyang mengerahkan ribuan tentara ke Rusia dalam perang Ukraina.",
            ],
            Lang::Id,
        );
        assert_eq!(
            found,
            [
                "korea-selatan: Korea Selatan (1/1)",
                "pyongyang: Pyongyang (2/2)",
                "kiev: Kiev (1/1)",
                "rusia: Rusia (1/1)",
                "ukraina: Ukraina (1/1)"
            ]
        );
    }

    #[test]
    fn weekdays_months_and_the_words_of_dates_are_no_names() {
        let found = names(
            &[
                "Presiden Rusia Vladimir Putin pada hari Rabu menyatakan bahwa tentara Korea Utara bergabung pada September 2023.",
            ],
            Lang::Id,
        );
        assert_eq!(
            found,
            // "Presiden" opens the sentence and has a capital nowhere else.
            ["rusia-vladimir-putin: Rusia Vladimir Putin (1/1)", "korea-utara: Korea Utara (1/1)"]
        );
    }

    #[test]
    fn a_run_written_elsewhere_as_runs_of_its_own_is_split_into_them() {
        let found = names(
            &[
                "Pernyataan itu disampaikan Presiden Rusia Vladimir Putin di Beijing.",
                "Hal itu dikatakan Vladimir Putin kepada Presiden Rusia yang lain.",
            ],
            Lang::Id,
        );
        assert_eq!(
            found,
            [
                "presiden-rusia: Presiden Rusia (2/2)",
                "vladimir-putin: Vladimir Putin (2/2)",
                "beijing: Beijing (1/1)"
            ]
        );
    }

    #[test]
    fn names_join_over_small_words_and_lose_their_possessive() {
        let found = names(
            &[
                "The Maryland Department of Transportation said the bridge's owner was the state.",
                "A spokesman for Maryland's governor, Wes Moore, spoke.",
            ],
            Lang::En,
        );
        assert_eq!(
            found,
            [
                "maryland-department-of-transportation: Maryland Department of Transportation (1/1)",
                "maryland: Maryland (1/1)",
                "wes-moore: Wes Moore (1/1)"
            ]
        );
    }

    #[test]
    fn forms_of_one_id_are_one_entity_and_acronyms_open_sentences() {
        let found = names(
            &[
                "KCNA melaporkan bahwa Kim Jong Un hadir.",
                "Menurut KCNA, Kim Jong-un memuji pasukan.",
            ],
            Lang::Id,
        );
        assert_eq!(found, ["kcna: KCNA (2/2)", "kim-jong-un: Kim Jong Un, Kim Jong-un (2/2)"]);
    }

    #[test]
    fn links_to_other_stories_are_no_names() {
        // tests/articles/000 (Kompas, 21 August 2025).
        let found = names(
            &[
                "Baca juga: Ong Kim Swee Resmi Jadi Pelatih Persik Kediri!\nMenurut Seoul, sekitar 600 pasukan tewas.",
            ],
            Lang::Id,
        );
        assert_eq!(found, ["seoul: Seoul (1/1)"]);
    }

    #[test]
    fn shouted_words_and_headlines_are_no_names() {
        let found = names(
            &[
                "Fire Death Toll Rises to 36 in Lahaina Blaze\nKEBAKARAN depo terjadi di Plumpang, kata warga yang melihat kebakaran itu.",
            ],
            Lang::Id,
        );
        assert_eq!(found, ["plumpang: Plumpang (1/1)"]);
        // From the okezone article of 15 January 2025 on the Glodok Plaza fire.
        let found = names(
            &[
                "JAKARTA - Kebakaran hebat terjadi di Gedung Glodok Plaza, di Jakarta Barat (Jakbar), berasal dari diskotik lantai 7.",
            ],
            Lang::Id,
        );
        assert_eq!(
            found,
            [
                "jakarta: Jakarta (1/1)",
                "gedung-glodok-plaza: Gedung Glodok Plaza (1/1)",
                "jakarta-barat: Jakarta Barat (1/1)",
                "jakbar: Jakbar (1/1)"
            ]
        );
    }
}
