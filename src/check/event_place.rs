//! The place of an event: the place the cue's clause says it happened at, compared with the
//! canon's.
//!
//! In: an event claim placed in a sentence, the events whose place counts (the claim's event,
//! or the events of a series the sentence may mean). Out: how the place the sentence gives
//! the event stands to theirs ([`compare`]), or nothing when it gives none or canon is unsure.
//!
//! A place is the event's only when the sentence binds it to the cue's clause, as a date is
//! bound ([`crate::structure::clause`]): after a word of place ("di", "in", "at", past a
//! common noun of place: "di wilayah Kabupaten Cianjur", "in the city of"), in the cue's noun
//! phrase ("gempa di Cianjur", "the crash in Ahmedabad") or taken by the cue's verb, or a
//! light verb that stands for it ("ditandatangani di Surabaya", "terjadi di Cianjur", "took
//! place in Hanoi"). Never the event's: a place with no word of place before it (a name, a
//! title, an origin: "BPBD Cianjur", "Polda Jatim", "kata Kapolda Jawa Timur", "warga asal
//! Sukabumi"), one another verb of the sentence takes ("dirasakan di Garut"), a relative
//! clause's ("warga yang tinggal di Sukabumi"), the place of a saying ("said police in
//! Surabaya"), and a place told of what followed from the event ("gempa susulan di
//! Sukabumi", "korban gempa di Sukabumi", "Kerusakan akibat gempa … terjadi di …").
//!
//! Only places the canon places are weighed ([`crate::canon::places`]): nothing says where
//! another entity lies. When unsure, nothing is said: a sentence that names the event's own
//! place (or a place in it) anywhere, a place where another event of the canon happened whose
//! cue stands in the sentence, a sentence that tells of the event as one among others ("juga",
//! "also"), and, with no date to tie it to the event, an article that names the event's place
//! elsewhere ([`article_names`]) give no alarm.

use crate::canon::{Canon, Claim, ClaimValue, Event, Nesting};
use crate::check::event;
use crate::check::place::{Placement, Prepared, distance};
use crate::mention::{Mention, Value};
use crate::span::Span;
use crate::structure::clause::{self, Owner, Predicates, Through};
use crate::structure::words::{self, Word};

/// Words after which a place is where something is: "di Cianjur", "in Surabaya", "at Muan".
const LOCATIVE: &[&str] = &["di", "in", "at"];

/// Common nouns of place (and determiners) that may stand between the word of place and the
/// name: "di wilayah Kabupaten Cianjur", "in the city of Surabaya". Any other word between
/// them makes the name part of another's ("di RSUD Cianjur", "di Polda Jatim").
const PLACE_NOUNS: &[&str] = &[
    "kota",
    "kabupaten",
    "provinsi",
    "wilayah",
    "kawasan",
    "daerah",
    "desa",
    "kecamatan",
    "kelurahan",
    "pulau",
    "perairan",
    "negara",
    "the",
    "city",
    "town",
    "state",
    "province",
    "region",
    "district",
    "village",
    "island",
    "of",
];

/// Words before the cue that make it tell what caused something, or what came before it
/// ("Kerusakan akibat gempa paling parah terjadi di …", "rumah rusak setelah gempa"): a verb
/// of the clause is that something's, and so is the place it takes.
const CAUSE: &[&str] = &[
    "akibat",
    "karena",
    "dampak",
    "imbas",
    "pasca",
    "usai",
    "setelah",
    "sesudah",
    "sebelum",
    "sejak",
    "after",
    "following",
    "before",
    "since",
    "from",
    "by",
];

/// How the place a sentence gives an event stands to the canon's.
pub struct Found {
    /// Where the place is named, and its entity.
    pub span: Span,
    pub id: String,
    /// The events' places it is apart from (`None`: it agrees with one of them).
    pub apart_from: Option<Vec<String>>,
    /// The event's own place, when this one follows it in a chain ("Tuban, Jawa Barat") and
    /// says where it lies: `apart_from` holds where the canon places it instead.
    pub chain_of: Option<String>,
}

/// Each place the sentence names that the canon places, with its distance from the cue
/// occurrence that owns it, or why it is not the event's: what [`compare`] chooses from, and
/// what a trace shows. The reasons are written only when `reasons` asks for them.
pub fn places<'a>(
    canon: &Canon,
    claim: &Claim,
    article: &Prepared<'a>,
    at: Placement,
    reasons: bool,
) -> Vec<(&'a Mention, Result<usize, String>)> {
    let n = at.sentence;
    let sentence = &article.sentences[n];
    let placed = |m: &&Mention| matches!(&m.value, Value::Entity(id) if canon.places.is_placed(id));
    // Most sentences name no place the canon places: nothing to read.
    if !sentence.mentions.iter().any(|m| placed(&m)) {
        return Vec::new();
    }
    let cues = article.cue_occurrences(claim, n, at.cue);
    let grammar = article.grammar(n);
    let read = Predicates::new(grammar, &cues, article.lang());
    let why = |s: &str| if reasons { s.to_string() } else { String::new() };
    (sentence.mentions.iter())
        .filter(placed)
        .map(|m| {
            let verdict = if !after_a_word_of_place(&grammar.words, m.span) {
                Err(why(
                    "no word of place (\"di\", \"in\", \"at\") before it: a name, a title or an origin, not where the event happened",
                ))
            } else {
                let adjacent = right_after_a_cue(&grammar.words, &cues, m.span)
                    .map(|cue| Owner { cue, through: Through::Own, verb: None });
                match adjacent.or_else(|| read.owner_of_place(m.span)) {
                    None => Err(match read.predicate_of(m.span) {
                        Some(verb) if reasons => format!(
                            "where \"{}\" happened, another verb of its clause",
                            article.text(verb).to_lowercase()
                        ),
                        _ => why("no verb of the cue's clause takes it, nor the cue's phrase"),
                    }),
                    Some(owner) if owner.through == Through::Speech => {
                        Err(why("the place of the saying, not of what is said"))
                    }
                    // "ditemukan meninggal dunia di Marapi saat gunung … meletus": a clause of
                    // when after a place says when its verb's event happened, not where the
                    // cue's did; one of where ("in Surabaya, where the pact was signed") does.
                    Some(owner)
                        if owner.through == Through::Link
                            && !where_follows(&grammar.words, m.span) =>
                    {
                        Err(why("a clause of when follows it: the place is the verb's before"))
                    }
                    // "Gempa itu menewaskan 2 orang di Sukabumi": where the event's subject did
                    // something, not where the event happened. Only the cue's own verb, or a
                    // light or support verb that stands for it, gives the event its place.
                    Some(Owner { verb: Some(verb), cue, .. })
                        if !cues[cue].contains(verb) && !stands_for_the_event(article, verb) =>
                    {
                        Err(format!(
                            "the place of what the event did (\"{}\"), not of the event",
                            article.text(verb).to_lowercase()
                        ))
                    }
                    Some(owner) => {
                        let cue = cues[owner.cue];
                        let far = owner.verb.and_then(|verb| {
                            far_from_its_verb(article, n, sentence.mentions, [verb, cue], m.span)
                        });
                        match far.or_else(|| {
                            not_the_events(article, n, claim, cue, owner.verb.is_some())
                        }) {
                            Some(reason) => Err(reason),
                            None => Ok(distance(cue, m.span)),
                        }
                    }
                }
            };
            (m, verdict)
        })
        .collect()
}

/// The place the cue's clause gives the event, against the places of `events` (the claim's
/// event, or the events of a series the sentence may mean). `None` when the clause names no
/// place the canon places, when none of `events` has a place it places, or when canon is
/// unsure: the sentence names a place that agrees with theirs anywhere (it may tell where the
/// event was felt, or where its victims came from), or the place is where another event of the
/// canon happened whose cue stands in the sentence (it tells of that event).
pub fn compare(
    canon: &Canon,
    claim: &Claim,
    events: &[&Event],
    article: &Prepared,
    at: Placement,
) -> Option<Found> {
    let theirs: Vec<&str> = (events.iter())
        .filter_map(|e| e.place.as_deref())
        .filter(|p| canon.places.is_placed(p))
        .collect();
    if theirs.is_empty() {
        return None;
    }
    let mut owned: Vec<(&Mention, usize)> = (places(canon, claim, article, at, false).into_iter())
        .filter_map(|(m, verdict)| verdict.ok().map(|d| (m, d)))
        .collect();
    owned.sort_by_key(|&(m, d)| (d, m.span.start));
    let agrees = |id: &str| {
        theirs.iter().any(|p| canon.places.nesting(id, p).is_some_and(|n| n != Nesting::Apart))
    };
    // The event's place, wherever the sentence names it, said to lie in a place it does not.
    let sentence = &article.sentences[at.sentence];
    let chained = (sentence.mentions.iter())
        .filter(|m| entity(m).is_some_and(agrees))
        .find_map(|m| misplaced(canon, article, at.sentence, m));
    if chained.is_some() {
        return chained;
    }
    let &(nearest, _) = owned.first()?;
    if let Some(&(m, _)) = owned.iter().find(|(m, _)| entity(m).is_some_and(agrees)) {
        let id = entity(m)?.to_string();
        return Some(Found { span: m.span, id, apart_from: None, chain_of: None });
    }
    // Named anywhere in the sentence, the event's own place, or a place in it, leaves it unsure
    // which is meant ("Gempa di Sukabumi terasa hingga Cianjur"); a larger place that holds it
    // ("di kota Vladivostok, Rusia") says nothing of which.
    if sentence.mentions.iter().filter_map(entity).any(|id| at_or_in(canon, &theirs, id)) {
        return None;
    }
    let id = entity(nearest)?;
    if another_events(canon, claim, article, at, id) || told_as_another(article, at) {
        return None;
    }
    let apart_from = Some(theirs.iter().map(|p| p.to_string()).collect());
    Some(Found { span: nearest.span, id: id.to_string(), apart_from, chain_of: None })
}

/// How many links of a chain of places ("Pulau Serasan, Kabupaten Natuna, Riau") are followed.
const CHAIN_LINKS: usize = 3;

/// Words that go on a list of places rather than a chain: "di Tuban, Lamongan dan Gresik".
const LISTING: &[&str] = &["dan", "serta", "atau", "hingga", "sampai", "and", "or", "to"];

/// The place at `m` is followed, after a comma, by the larger place it lies in, and the canon
/// places it in another: "gempa … yang mengguncang Tuban, Jawa Barat" (Tuban lies in Jawa Timur),
/// "di Pulau Serasan, Kabupaten Natuna, Riau" (Natuna lies in Kepulauan Riau). The second
/// place is larger: the canon places it within fewer places than the first, as many as one
/// of the first's own larger places. A place as large as the first is the next of a list
/// ("Tuban, Lamongan"), and so is one a word of listing follows ("Tuban, Jawa Barat dan Bali").
fn misplaced(canon: &Canon, article: &Prepared, n: usize, m: &Mention) -> Option<Found> {
    let grammar = article.grammar(n);
    let sentence = &article.sentences[n];
    let places = &canon.places;
    let place = entity(m)?;
    // The next link of the chain: a place right after a comma, past nouns of place.
    let link = |at: Span| {
        let comma = words::after(&grammar.words, at).first()?;
        if !comma.is_mark(&[',']) {
            return None;
        }
        let next = sentence.mentions.iter().find(|o| o.span.start >= comma.span.end)?;
        let between = words::within(&grammar.words, Span::new(comma.span.end, next.span.start));
        between.iter().all(|w| w.is_any(PLACE_NOUNS)).then_some(next)
    };
    // Past the links the canon agrees with: "Pulau Serasan, Kabupaten Natuna, Riau".
    let mut next = link(m.span)?;
    for _ in 0..CHAIN_LINKS {
        match places.nesting(place, entity(next)?)? {
            Nesting::Inside => next = link(next.span)?,
            Nesting::Apart => break,
            Nesting::Same | Nesting::Holds => return None,
        }
    }
    let larger = entity(next)?;
    let listing = words::after(&grammar.words, next.span)
        .iter()
        .filter(|w| !w.is_mark(&[',']))
        .take(1)
        .any(|w| w.is_any(LISTING));
    if listing || places.nesting(place, larger) != Some(Nesting::Apart) {
        return None;
    }
    let size = places.within(larger)?.len();
    let instead: Vec<String> = (places.within(place)?.iter())
        .filter(|p| places.within(p).is_some_and(|w| w.len() == size))
        .cloned()
        .collect();
    if instead.is_empty() || places.within(place)?.len() <= size {
        return None;
    }
    Some(Found {
        span: next.span,
        id: larger.to_string(),
        apart_from: Some(instead),
        chain_of: Some(place.to_string()),
    })
}

/// The verb at `verb` stands for the event its cue names: a light verb ("terjadi", "took",
/// "was", "digelar") or a support verb ("menggelar", "held").
fn stands_for_the_event(article: &Prepared, verb: Span) -> bool {
    let word = article.text(verb).to_lowercase();
    clause::LIGHT_VERBS.contains(&word.as_str()) || clause::SUPPORT_VERBS.contains(&word.as_str())
}

/// A clause of where opens right after the place at `span`, past a comma: "where", "dimana",
/// "di mana", "tempat".
fn where_follows(words: &[Word], span: Span) -> bool {
    let mut after = words::after(words, span).iter().skip_while(|w| w.is_mark(&[',']));
    match after.next() {
        Some(w) if w.is("di") => after.next().is_some_and(|w| w.is("mana")),
        Some(w) => w.is_any(&["where", "dimana", "tempat"]),
        None => false,
    }
}

/// The article names one of the places `theirs`, or a place in one, in any sentence.
pub fn article_names(canon: &Canon, article: &Prepared, theirs: &[String]) -> bool {
    (article.sentences.iter())
        .any(|s| s.mentions.iter().filter_map(entity).any(|id| at_or_in(canon, theirs, id)))
}

/// `id` is one of the places `theirs`, or lies in one.
fn at_or_in(canon: &Canon, theirs: &[impl AsRef<str>], id: &str) -> bool {
    (theirs.iter()).any(|p| {
        matches!(canon.places.nesting(id, p.as_ref()), Some(Nesting::Same | Nesting::Inside))
    })
}

/// Another event claim of the canon, whose cue stands in the sentence, happened at `id` (or in a
/// place that holds it or lies in it): the sentence likely tells of that event.
fn another_events(
    canon: &Canon,
    claim: &Claim,
    article: &Prepared,
    at: Placement,
    id: &str,
) -> bool {
    let span = article.sentences[at.sentence].span;
    canon.claims.iter().filter(|other| other.id != claim.id).any(|other| {
        let ClaimValue::Event(e) = &other.value else { return false };
        let there = e
            .events
            .iter()
            .filter_map(|ev| ev.place.as_deref())
            .any(|p| canon.places.nesting(id, p).is_some_and(|n| n != Nesting::Apart));
        there
            && other
                .cues
                .get(&article.lang())
                .is_some_and(|cue| article.find_cue(cue, span).next().is_some())
    })
}

/// Words that open a phrase of their own between a verb and a place: what follows them is
/// not where the verb's event happened ("bertemu langsung tiga kali selama masa jabatan Trump
/// sebelumnya di Gedung Putih": the White House is the tenure's).
const OPENERS: &[&str] = &[
    "selama", "untuk", "setelah", "sejak", "sebelum", "oleh", "dari", "ke", "tentang", "akibat",
    "karena", "saat", "ketika", "sebagai", "atas", "terhadap", "bagi", "during", "for", "after",
    "since", "before", "by", "from", "to", "about", "when", "while", "as", "over",
];

/// How many words other than names and dates may stand between a verb and the place it takes.
const VERB_REACH: usize = 4;

/// Why the place at `place` is too far from the verb that takes it to be where the verb's event
/// happened: between the nearest of the verb and the cue before it (`anchors`) and the word of
/// place stand more than [`VERB_REACH`] words, or a word that opens a phrase of its own
/// ([`OPENERS`]). Names, dates, other places with their words of place ("at the Vostochny
/// spaceport in the Amur region") and what stands between two commas (an apposition: "met Kim
/// Jong Un, top leader of the Democratic People's Republic of Korea, on Wednesday at …") are
/// not counted. A place before both is the verb's only when it opens its clause.
fn far_from_its_verb(
    article: &Prepared,
    n: usize,
    mentions: &[Mention],
    anchors: [Span; 2],
    place: Span,
) -> Option<String> {
    let words = &article.grammar(n).words;
    let before = words::before(words, place);
    let at = before.iter().rposition(|w| w.is_any(LOCATIVE))?;
    let in_a_mention = |w: &Word| {
        mentions.iter().any(|m| {
            matches!(
                m.value,
                Value::Date(_) | Value::Weekday(_) | Value::Time(_) | Value::Entity(_)
            ) && m.span.contains(w.span)
        })
    };
    let Some(anchor) = anchors.iter().filter(|a| a.end <= place.start).map(|a| a.end).max() else {
        // Before the verb and the cue, the place opens its clause: nothing but names and dates
        // before it, back to a mark ("Di Surabaya, pakta itu ditandatangani"); not a place of
        // a clause of its own ("Firefighters carry out search operations at Muan International
        // Airport …, after a … plane … crashed").
        let start = before[..at].iter().rposition(|w| w.mark.is_some()).map_or(0, |i| i + 1);
        let own = before[start..at].iter().find(|w| !w.capital && !in_a_mention(w))?;
        return Some(format!(
            "in a clause of its own before the verb (\"{}\")",
            article.text(own.span)
        ));
    };
    let from = before.partition_point(|w| w.span.start < anchor).min(at);
    let span = &before[from..at];
    // Between the first comma and the last, an apposition.
    let commas: Vec<usize> = (0..span.len()).filter(|&i| span[i].is_mark(&[','])).collect();
    let set_off = |i: usize| commas.len() >= 2 && commas[0] < i && i < commas[commas.len() - 1];
    let between: Vec<&Word> = (0..span.len())
        .filter(|&i| !set_off(i))
        .map(|i| &span[i])
        .filter(|w| {
            w.mark.is_none()
                && !w.capital
                && !in_a_mention(w)
                && !w.is_any(LOCATIVE)
                && !w.is_any(PLACE_NOUNS)
        })
        .collect();
    if let Some(w) = between.iter().find(|w| w.is_any(OPENERS)) {
        return Some(format!(
            "after \"{}\", a phrase of its own between the verb and the place",
            article.text(w.span)
        ));
    }
    (between.len() > VERB_REACH).then(|| {
        format!("{} words between the verb and the place: too far to be its place", between.len())
    })
}

/// The entity `m` names.
fn entity(m: &Mention) -> Option<&str> {
    match &m.value {
        Value::Entity(id) => Some(id.as_str()),
        _ => None,
    }
}

/// Words that tell of the cue's event as one among others, told before or elsewhere: "gempa
/// juga terjadi di Garut", "pernah", "sebelumnya", "also", "previously". A place apart from the
/// event's in such a sentence is most likely another event's.
const ANOTHER: &[&str] = &[
    "juga",
    "pernah",
    "sebelumnya",
    "dulu",
    "silam",
    "also",
    "previously",
    "earlier",
    "once",
    "past",
    "prior",
    "too",
];

/// The sentence at `at` tells of the event as one among others ([`ANOTHER`]).
fn told_as_another(article: &Prepared, at: Placement) -> bool {
    article.grammar(at.sentence).words.iter().any(|w| w.is_any(ANOTHER))
}

/// The cue occurrence right before the place at `span`, with nothing between but a word of
/// place and common nouns of place: "gempa di Cianjur", "the shooting in Lewiston", "met in
/// Hanoi". The place is the cue's, whatever verb stands before it ("the suspected gunman
/// behind the mass shooting in Lewiston").
fn right_after_a_cue(words: &[Word], cues: &[Span], span: Span) -> Option<usize> {
    let before = words::before(words, span);
    let at = before.iter().rposition(|w| w.is_any(LOCATIVE))?;
    if !before[at + 1..].iter().all(|w| w.is_any(PLACE_NOUNS)) {
        return None;
    }
    let preposition = before[at].span;
    let previous = before[..at].last()?;
    cues.iter().position(|c| c.end <= preposition.start && c.end >= previous.span.end)
}

/// A word of place stands before the name at `span`, past common nouns of place: "di
/// Cianjur", "di wilayah Kabupaten Cianjur", "in the city of Surabaya".
fn after_a_word_of_place(words: &[Word], span: Span) -> bool {
    let before = words::before(words, span);
    // The word of place, past at most three common nouns of place.
    let at = before.iter().rev().take(4).position(|w| !w.is_any(PLACE_NOUNS));
    at.and_then(|at| before.iter().rev().nth(at)).is_some_and(|w| w.is_any(LOCATIVE))
}

/// Why the place the cue occurrence at `cue` owns is not the event's: the cue tells of another
/// occurrence ("gempa susulan"), of what victims are of ("korban gempa"), of what caused
/// something a verb of the clause tells of (`by_verb`: "Kerusakan akibat gempa … terjadi di"),
/// or of what did not happen.
fn not_the_events(
    article: &Prepared,
    n: usize,
    claim: &Claim,
    cue: Span,
    by_verb: bool,
) -> Option<String> {
    let words = &article.grammar(n).words;
    let before = words::nearest_before(words, cue, &["the", "a", "an"]);
    Some(if let Some(word) = event::repeated(claim, article, n, cue) {
        format!("told as another occurrence (\"{word}\"): its place is not the event's")
    } else if let Some(word) = event::dependent(article, n, cue) {
        format!("the cue says what the {word} are of: the place is theirs")
    } else if let Some(word) = before.filter(|w| by_verb && w.is_any(CAUSE)) {
        format!(
            "the cue tells what caused or came before something else (\"{}\"): the place is the verb's",
            article.text(word.span)
        )
    } else if event::negated(article, n, cue) {
        "the cue is negated: it did not happen there".into()
    } else {
        return None;
    })
}
