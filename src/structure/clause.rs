//! Clauses, as far as dates need them: which predicate of a sentence a date belongs to.
//!
//! In: a sentence, its date mentions, the places where a claim's cue stands, the language. Out:
//! for a date, whether a cue occurrence owns it ([`Predicates::owner`]). A sentence states
//! several events and each has its time: "Operasi pencarian korban SJ 182 jatuh resmi dihentikan
//! Basarnas pada Kamis (21/1)" dates the end of the search, not the crash; "the US Coast Guard
//! announced Thursday" dates the announcement. The rules are shallow grammar of Indonesian and
//! English, the same for every canon:
//!
//! - **Predicates** are verbs, known by their form (Indonesian "me-", "di-", "ber-", "ter-";
//!   English "-ed") or listed (irregular pasts, speech words such as "kata", "said"), and the
//!   cue occurrences that are verbs. A capitalised word is a name, not a verb: in English
//!   always, in Indonesian past a sentence's first word unless the sentence is in title case
//!   ("mengguncang Ternate", "gedung Terra Drone"). A cue that is a noun ("the collapse", "kecelakaan") is no
//!   predicate of its own: it owns a date inside its noun phrase ("the March 26 collapse", "the
//!   collapse on March 26" with no verb before it in the clause), or through a light verb whose
//!   subject it is ("Gempa terjadi pada Senin", "the crash happened on Saturday") or a support
//!   verb whose object it is ("mengadakan pertemuan pada Jumat", "held talks on Friday").
//! - A date belongs to the nearest predicate before it in its clause; a date that opens its
//!   clause ("On Tuesday, search parties raced", "Pada Kamis, banjir melanda") belongs to the
//!   first predicate after it.
//! - A **relative clause** ("yang …", "that …", "which …", "who …") runs from its marker to the
//!   next comma, bracket or end of sentence: a date inside one belongs to its predicates, and a
//!   date outside one never does.
//! - A date written as of when something is counted ("per Rabu", "hingga Senin", "as of
//!   Tuesday") dates no event, and a date a span of time away from the cue ("tepat setahun …
//!   diguncang gempa", "a year after the crash") is not the event's own.

use std::sync::LazyLock;

use crate::lang::Lang;
use crate::mention::{Mention, Value};
use crate::span::Span;
use crate::structure::words::{self, Word};
use crate::wordset::WordMap;

/// How many words after a noun cue a date may stand and still be the noun's own.
const NOUN_REACH: usize = 10;

/// A cue occurrence that owns a date, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Owner {
    /// Its index among the cues given.
    pub cue: usize,
    pub through: Through,
    /// Where the verb the date belongs to stands (the verb of saying, for [`Through::Speech`]).
    pub verb: Option<Span>,
}

/// How a cue owns a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Through {
    /// The date belongs to the cue, or to a light or support verb that stands for it.
    Own,
    /// The cue stands in a clause that says when or where, opened right after the date.
    Link,
    /// The date belongs to a verb of saying, and the cue stands in what is said: it dates the
    /// saying, which is the claim's event only when the claim is about what the speaker said
    /// (the caller decides).
    Speech,
}

/// What a word of the sentence is to the rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Other,
    /// A verb, or a cue occurrence that is one.
    Predicate,
    /// The `n`-th cue occurrence, a noun.
    NounCue(usize),
    /// Opens a relative clause.
    Relative,
    /// Ends a relative clause.
    Stop,
}

/// A sentence read for its predicates, with the places of one claim's cue.
pub struct Predicates<'g> {
    words: &'g [Word<'g>],
    parts: Vec<Part>,
    /// Per cue occurrence: the words it covers.
    cues: Vec<(usize, usize)>,
    /// Per word: the relative clause it stands in (the index of its marker), if any.
    relative: Vec<Option<usize>>,
    grammar: &'g Grammar<'g>,
    lang: Lang,
}

/// What a sentence is before any claim looks at it: its words and what each is to the rules.
/// Read once per sentence ([`Grammar::read`]) and shared by every claim placed there.
pub struct Grammar<'t> {
    pub words: Vec<Word<'t>>,
    parts: Vec<Part>,
    /// The weekdays and dates of the sentence: one written right before a date is one
    /// expression with it ([`Grammar::date_expression`]).
    weekdays: Vec<Span>,
}

impl<'t> Grammar<'t> {
    /// Reads `sentence` of `text`, given its mentions (a date's own commas and brackets end no
    /// clause).
    pub fn read(text: &'t str, sentence: Span, mentions: &[Mention], lang: Lang) -> Grammar<'t> {
        let words = words::of(text, sentence);
        let in_date = |w: &Word| {
            mentions.iter().any(|m| {
                matches!(m.value, Value::Date(_) | Value::Weekday(_))
                    && (m.span.contains(w.span) || touches(m.span, w.span, text))
            })
        };
        let mut verbs: Vec<bool> = words.iter().map(|w| is_verb(w, lang)).collect();
        // "secara resmi di hentikan": a passive written apart from its "di", a careless
        // hand's, is a verb still (a place after "di" is no verb in "-kan").
        if lang == Lang::Id {
            for i in 1..words.len() {
                let w = words[i].lower();
                let apart = words[i - 1].is("di") && !words[i].capital;
                verbs[i] = verbs[i] || (apart && w.len() > 5 && w.ends_with("kan"));
            }
            // Inside a sentence in sentence case a capital starts a name, not a verb: "gedung
            // Terra Drone", "Kota Medan", "Pulau Ternate" have a verb's "ter-" or "me-" only by
            // chance. The first word, and a word after a quote or a colon, may be a verb.
            if !words::title_case(&words) {
                for i in 1..words.len() {
                    let opens =
                        words[i - 1].is_mark(&['"', '\u{201C}', '\'', '\u{2018}', ':', '(']);
                    if words[i].capital && !opens {
                        verbs[i] = false;
                    }
                }
            }
        }
        // "Seperti diketahui, …", "Disebutkannya, …": a formula that opens the sentence,
        // set off by a comma, says what follows is known or reported; it is no predicate of
        // the clause after it.
        if let Some(comma) = opening_formula(&words, lang) {
            verbs[..comma].iter_mut().for_each(|v| *v = false);
        }
        // "were intensifying", "is burning": a form in "-ing" after "to be" is a verb.
        if lang == Lang::En {
            for i in 1..words.len() {
                let w = words[i].lower();
                // "before resigning last week", "after killing ten": a form in "-ing" after a
                // preposition of time heads a clause of its own, whose date is its.
                let progressive = w.len() > 5
                    && w.ends_with("ing")
                    && words[i - 1].is_any(&[
                        "is", "are", "was", "were", "be", "been", "before", "after", "since",
                        "while", "without",
                    ]);
                // "will begin", "could reopen": a bare word after a modal is a verb.
                let after_modal = words[i - 1].is_any(MODALS)
                    && !crate::structure::role::is_the_month(&words[i - 1])
                    && words[i].mark.is_none()
                    && !words[i].capital
                    && !words[i].is_any(&["not", "also", "still", "soon", "never", "likely"]);
                verbs[i] = verbs[i] || progressive || after_modal;
                // "the densely populated Uttara area", "a newly built bridge", "the injured": a
                // form in "-ed" after a determiner, or after an adverb in "-ly" after one,
                // describes a noun.
                if verbs[i] && w.ends_with("ed") {
                    let determiner =
                        |w: &Word| w.is_any(&["the", "a", "an", "its", "their", "this"]);
                    let adverb_after_determiner =
                        words[i - 1].lower().ends_with("ly") && i >= 2 && determiner(&words[i - 2]);
                    // "a victim named …": a verb in form that brings in a name, not what
                    // anyone did; "was named chief" is a verb.
                    let naming = w == "named" && !words[i - 1].is_any(BE);
                    if determiner(&words[i - 1]) || adverb_after_determiner || naming {
                        verbs[i] = false;
                    }
                }
            }
        }
        let mut parts: Vec<Part> =
            (0..words.len()).map(|i| part_of(&words, &verbs, i, lang)).collect();
        // A place's commas end no clause either: "in Surfside, Florida, in June 2021".
        let capital = |i: usize| words.get(i).is_some_and(|w| w.mark.is_none() && w.capital);
        let place_comma = |i: usize| {
            words[i].is_mark(&[','])
                && i > 0
                && capital(i - 1)
                && capital(i + 1)
                && words.get(i + 2).is_none_or(|w| w.is_mark(&[',', '.']))
        };
        // … and the comma that closes the place's apposition ("Florida,").
        let closes_place = |i: usize| words[i].is_mark(&[',']) && i >= 2 && place_comma(i - 2);
        for (i, w) in words.iter().enumerate() {
            if parts[i] == Part::Stop && (in_date(w) || place_comma(i) || closes_place(i)) {
                parts[i] = Part::Other;
            }
        }
        let weekdays = (mentions.iter())
            .filter(|m| matches!(m.value, Value::Weekday(_) | Value::Date(_)))
            .map(|m| m.span)
            .collect();
        Grammar { words, parts, weekdays }
    }

    /// The whole expression the date at `date` is written in: with the weekday or date written
    /// right before it, apart only by a bracket or comma ("Rabu (13/1)", "Sabtu, 9 Januari",
    /// "Kamis (16/12/2021) kemarin").
    pub fn date_expression(&self, date: Span) -> Span {
        let only_marks_between = |from: usize, to: usize| {
            (self.words.iter())
                .filter(|w| w.span.start >= from && w.span.end <= to)
                .all(|w| w.is_mark(&['(', ')', ',']))
        };
        let mut date = date;
        while let Some(w) = (self.weekdays.iter())
            .find(|w| w.end <= date.start && only_marks_between(w.end, date.start))
        {
            date = w.cover(date);
        }
        date
    }
}

impl<'g> Predicates<'g> {
    /// The sentence read in `grammar`, with `cues` the places of a claim's cue in it, in order.
    pub fn new(grammar: &'g Grammar<'g>, cues: &[Span], lang: Lang) -> Predicates<'g> {
        let words = grammar.words.as_slice();
        let mut parts = grammar.parts.clone();
        let mut spans = Vec::new();
        for (n, cue) in cues.iter().enumerate() {
            let first = words.iter().position(|w| w.span.end > cue.start);
            let last = words.iter().rposition(|w| w.span.start < cue.end);
            let (Some(first), Some(last)) = (first, last) else { continue };
            if first > last {
                continue;
            }
            let verbal = is_verbal_cue(words, first, last, lang);
            for part in &mut parts[first..=last] {
                *part = if verbal { Part::Predicate } else { Part::NounCue(n) };
            }
            spans.push((first, last));
        }
        // A relative clause runs to a comma or bracket, or to a second verb after words of its
        // own: there the main clause goes on ("Gempa yang melanda Cianjur pada Senin merusak
        // ribuan rumah", "wildfires that destroyed Lahaina a month ago has dropped to 66").
        let mut relative = vec![None; words.len()];
        let mut open = None;
        let (mut verb_seen, mut words_after_verb) = (false, false);
        // A relative clause set off by a comma ends at the next comma, unless a date goes on
        // after it: "Choi Sang-mok, who has been in office since Friday, described …".
        let mut set_off = false;
        let dates = &grammar.weekdays;
        let date_goes_on = |i: usize| {
            let comma = words[i].span;
            dates.iter().any(|d| d.contains(comma))
                || words
                    .get(i + 1)
                    .is_some_and(|next| dates.iter().any(|d| d.start == next.span.start))
        };
        for i in 0..words.len() {
            match parts[i] {
                Part::Relative => {
                    open = Some(i);
                    (verb_seen, words_after_verb) = (false, false);
                    set_off = i > 0 && words[i - 1].is_mark(&[',']);
                }
                _ if set_off
                    && open.is_some_and(|at| i > at + 1)
                    && words[i].is_mark(&[','])
                    && !date_goes_on(i) =>
                {
                    relative[i] = open;
                    open = None;
                    set_off = false;
                    continue;
                }
                Part::Stop => open = None,
                // An English auxiliary after the relative clause's verb and words of its own,
                // and a comma, is the main clause's: "The death toll from floods and landslides,
                // induced by the incessant rain that started Thursday, has risen to 148".
                _ if open.is_some()
                    && verb_seen
                    && words_after_verb
                    && lang == Lang::En
                    && words[i].is_any(AUXILIARIES)
                    && i > 0
                    && words[i - 1].is_mark(&[',']) =>
                {
                    open = None;
                }
                Part::Predicate | Part::NounCue(_) if open.is_some() => {
                    // A second verb after words of the clause's own closes it, a cue that is a
                    // verb by itself as any other ("pesawat yang membawa 162 orang itu jatuh …",
                    // "Bus … yang mengangkut pelajar … mengalami kecelakaan …"); a cue that is a
                    // verb only as the claim's word does not ("memuji pasukan Korea Utara
                    // sebagai “heroik”"). Nor does the verb of a clause inside the relative one,
                    // with a subject of its own ("who were rescued from the cave where they
                    // were trapped").
                    let closes = verb_seen
                        && words_after_verb
                        && grammar.parts[i] == Part::Predicate
                        && parts[i] == Part::Predicate
                        && !opens_inner_clause(words, i);
                    if closes {
                        open = None;
                    }
                    verb_seen = true;
                }
                _ if open.is_some() && verb_seen && words[i].mark.is_none() => {
                    words_after_verb = true;
                }
                _ => {}
            }
            relative[i] = open;
        }
        Predicates { words, parts, cues: spans, relative, grammar, lang }
    }

    /// The relative clauses of the sentence, each from its marker to its last word.
    pub fn relative_clauses(&self) -> Vec<Span> {
        let mut out: Vec<Span> = Vec::new();
        for (i, open) in self.relative.iter().enumerate() {
            let Some(marker) = *open else { continue };
            let start = self.words[marker].span.start;
            match out.last_mut() {
                Some(last) if last.start == start => last.end = self.words[i].span.end,
                _ => out.push(Span::new(start, self.words[i].span.end)),
            }
        }
        out
    }

    /// A verb stands outside every relative clause: the sentence has a main clause.
    pub fn verb_outside(&self) -> bool {
        (0..self.words.len())
            .any(|i| self.relative[i].is_none() && self.parts[i] == Part::Predicate)
    }

    /// The cue occurrence that owns the date at `date`, if any, and how.
    pub fn owner(&self, date: Span) -> Option<Owner> {
        let (first, last) = self.locate(date)?;
        if first > last || self.is_as_of(first, last) {
            return None;
        }
        if self.noun_owner(first, last).is_none() && self.before_a_noun(first, last) {
            // "following the March 26 collapse": the date is another noun's, not a verb's.
            return None;
        }
        self.owner_at(first, last)
    }

    /// The cue occurrence that owns the place named at `place` ("in Hanoi", "di Cianjur"), if
    /// any, and how: as a date is owned, but a name is no modifier of the noun after it ("at the
    /// Vostochny spaceport in the Amur region") and no count is dated by it.
    pub fn owner_of_place(&self, place: Span) -> Option<Owner> {
        let first = self.words.iter().position(|w| w.span.end > place.start)?;
        let last = self.words.iter().rposition(|w| w.span.start < place.end)?;
        if first > last {
            return None;
        }
        self.owner_at(first, last)
    }

    /// The owner of what stands at words `first..=last`: the noun cue whose phrase holds it,
    /// the cue of a clause that says when or where opened right after it, or the predicate it
    /// belongs to (a cue, a verb standing for one, or a verb of saying before a cue). Not
    /// across a span of time ("setahun … diguncang gempa").
    fn owner_at(&self, first: usize, last: usize) -> Option<Owner> {
        let cue_of = |i: usize| self.cues.iter().position(|&(a, b)| (a..=b).contains(&i));
        let found = if let Some(n) = self.noun_owner(first, last) {
            // A noun cue owns a date inside its noun phrase.
            Owner { cue: n, through: Through::Own, verb: None }
        } else if let Some(n) = self.linked(last) {
            Owner { cue: n, through: Through::Link, verb: None }
        } else {
            let at = self.attach(first, last)?;
            // A bare Indonesian verb right after a verbal cue completes it: "divonis mati …, Senin
            // (13/2/2023)" dates the sentencing.
            let completes = self.lang == Lang::Id
                && at > 0
                && self.parts[at - 1] == Part::Predicate
                && cue_of(at - 1).is_some()
                && cue_of(at).is_none()
                && is_bare(&self.words[at]);
            let at = if completes { at - 1 } else { at };
            let verb = Some(self.words[at].span);
            match cue_of(at).or_else(|| self.stands_for(at)) {
                Some(n) => Owner { cue: n, through: Through::Own, verb },
                None => Owner { cue: self.said(at)?, through: Through::Speech, verb },
            }
        };
        let (a, b) = self.cues[found.cue];
        let (from, to) = if b < first { (b + 1, first) } else { (last + 1, a) };
        (!self.span_of_time_between(from, to)).then_some(found)
    }

    /// The predicate of its clause that the date at `date` belongs to, whoever's cue it is:
    /// where it stands. `None` for a date written as of when something is counted, or one no
    /// predicate takes. `canon draft` reads an event's verb off it.
    pub fn predicate_of(&self, date: Span) -> Option<Span> {
        let (first, last) = self.locate(date)?;
        if first > last || self.is_as_of(first, last) {
            return None;
        }
        self.attach(first, last).map(|at| self.words[at].span)
    }

    /// Why no cue occurrence owns the date at `date`, said for a person reading a trace.
    pub fn why_not(&self, date: Span) -> String {
        let Some((first, last)) = self.locate(date) else {
            return "not a date of the sentence".into();
        };
        if self.is_as_of(first, last) {
            return "written as of when something is counted, not when an event happened".into();
        }
        match self.attach(first, last) {
            Some(at) if self.words[at].is_any(SPEECH_VERBS) => {
                format!("dates the saying (\"{}\"), not what is said", self.words[at].lower())
            }
            Some(at) => {
                format!("belongs to \"{}\", another verb of its clause", self.words[at].lower())
            }
            None => "no verb of its clause takes it, and it is no date of the cue's phrase".into(),
        }
    }

    /// A clause that says when or where opens right after the date ending at word `last`, and
    /// a cue stands in it: "tahun lalu saat Putin mengunjungi …", "pada Juni tahun lalu, di
    /// mana mereka menandatangani …", "in 2019, when the pact was signed". What it says
    /// happened then.
    fn linked(&self, last: usize) -> Option<usize> {
        let mut i = last + 1;
        if self.words.get(i).is_some_and(|w| w.is_mark(&[','])) {
            i += 1;
        }
        let w = self.words.get(i)?;
        let opens = w.is_any(&["saat", "ketika", "sewaktu", "dimana", "when", "where", "while"])
            || (w.is("di") && self.words.get(i + 1).is_some_and(|n| n.is("mana")));
        if !opens {
            return None;
        }
        let end = (i + 1..self.words.len())
            .find(|&k| self.words[k].is_mark(&[',', ';', '.']) && self.parts[k] == Part::Stop)
            .unwrap_or(self.words.len());
        // The clause's own predicate, or the object right after it ("di mana mereka
        // menandatangani kemitraan strategis"); not a cue further on, in a clause of its own
        // ("where families were joined by rescuers to reflect on the moment the building
        // fell").
        let cue_at = |k: usize| self.cues.iter().position(|&(a, b)| (a..=b).contains(&k));
        let verb = (i + 1..end).find(|&k| self.parts[k] == Part::Predicate || cue_at(k).is_some());
        match verb {
            Some(k) if cue_at(k).is_some() => cue_at(k),
            // Its object: the words up to the next predicate, a few at most ("suffered a
            // \"progressive collapse\"").
            Some(k) => (k + 1..end.min(k + 6))
                .take_while(|&j| self.parts[j] != Part::Predicate || cue_at(j).is_some())
                .find_map(cue_at),
            None => None,
        }
    }

    /// The verb at word `at` is one of saying, and a cue stands in what it says, after it: "Rusia
    /// mengatakan pasukan Ukraina telah diusir", "Putin pada hari Rabu menyatakan bahwa …".
    fn said(&self, at: usize) -> Option<usize> {
        if !self.words[at].is_any(SPEECH_VERBS) {
            return None;
        }
        // After "bahwa" or "that", all that follows is what is said; without one, not a cue in
        // a relative clause of what follows the verb: "confirmed the deaths aboard the Titan
        // that went missing" says nothing of when it went missing.
        let complement = (at + 1..(at + 4).min(self.words.len()))
            .find(|&k| self.words[k].is_any(&["bahwa", "that"]) && self.parts[k] != Part::Relative);
        let clause = self.relative[at];
        (at + 1..self.words.len())
            .take_while(|&k| !self.words[k].is_mark(&[';']))
            .filter(|&k| complement.is_some_and(|c| k > c) || self.relative[k] == clause)
            .find_map(|k| self.cues.iter().position(|&(a, b)| (a..=b).contains(&k)))
    }

    /// The words of the date expression at `date` ([`Grammar::date_expression`]): its first
    /// and its last.
    fn locate(&self, date: Span) -> Option<(usize, usize)> {
        let date = self.grammar.date_expression(date);
        let first = self.words.iter().position(|w| w.span.end > date.start)?;
        let last = self.words.iter().rposition(|w| w.span.start < date.end)?;
        Some((first, last))
    }

    /// The predicate the date at words `first..=last` belongs to: the nearest before it in its
    /// clause, or, when it opens its clause, the first after it.
    fn attach(&self, first: usize, last: usize) -> Option<usize> {
        let clause = self.relative[first];
        let same = |i: usize| self.relative[i] == clause;
        // A date set off by commas before "meskipun", "karena", "although"… closes the clause
        // before it rather than opening the next: "resmi dihentikan, pada Kamis (21/1), meskipun
        // CVR belum ditemukan".
        const SUBORDINATORS: &[&str] = &[
            "meskipun",
            "walaupun",
            "karena",
            "sehingga",
            "setelah",
            "sebelum",
            "ketika",
            "saat",
            "sementara",
            "namun",
            "although",
            "because",
            "after",
            "before",
            "while",
            "when",
            "though",
            "but",
        ];
        let mut next = last + 1;
        // "pada Kamis (21/1/2021), meskipun": past the date's own bracket.
        while self.words.get(next).is_some_and(|w| w.is_mark(&[')', ','])) {
            next += 1;
        }
        let closes = self.words.get(next).is_some_and(|w| w.is_any(SUBORDINATORS));
        let opens = self.opens_clause(first) && !closes;
        // A predicate of the date's own clause, between the commas that end clauses, comes
        // first ("A week after floods tore across the county, volunteers on the ground Friday
        // are searching": Friday is the searching's); a date whose clause has none ("…
        // mengguncang Cianjur, Senin (21/11)") reaches across them.
        let predicate = |i: &usize| self.parts[*i] == Part::Predicate;
        let semicolon = |i: usize| self.words[i].is_mark(&[';']);
        // The nearest predicate of the date's relative clause before it and after it, up to a
        // word where `stop` says the search ends.
        let nearest = |stop: &dyn Fn(usize) -> bool| {
            let before = (0..first).rev().take_while(|&i| !stop(i)).filter(|&i| same(i));
            let after = (last + 1..self.words.len()).take_while(|&i| !stop(i)).filter(|&i| same(i));
            (before.clone().find(predicate), after.clone().find(predicate))
        };
        let (before, after) = match nearest(&|i| self.parts[i] == Part::Stop || semicolon(i)) {
            (None, None) => nearest(&semicolon),
            found => found,
        };
        // A verb of saying set off by commas is an aside: the date that opens the clause before
        // it is the clause's after it ("Then, on March 20, McCraw said, the teen bought …").
        let after = match after {
            Some(k) if opens => self.past_aside(k).or(Some(k)),
            after => after,
        };
        // A date that closes its clause never reaches into the next: "search operations … on
        // Dec. 30, 2024, after a plane … crashed" dates the search, whatever verb it has.
        match (opens, closes) {
            (true, _) => after.or(before),
            (false, true) => before,
            (false, false) => before.or(after),
        }
    }

    /// The English verb of saying at word `at` stands in an aside set off by commas, with its
    /// speaker before or after it and nothing else ("…, McCraw said, the teen bought …", "…,
    /// said McCraw, …", "…, police said, …"): the first predicate of the clause after the aside.
    /// Indonesian writes a comma after a verb of saying that opens what is said ("Kapolri
    /// mengatakan, korban …"), so only English is read so.
    fn past_aside(&self, at: usize) -> Option<usize> {
        const SPEAKER_WORDS: usize = 4;
        if self.lang != Lang::En || !self.words[at].is_any(SPEECH_VERBS) {
            return None;
        }
        let comma = |i: usize| self.words[i].is_mark(&[',']);
        let plain = |i: usize| self.words[i].mark.is_none() && self.parts[i] != Part::Predicate;
        let opening = (0..at).rev().find(|&i| !plain(i)).filter(|&i| comma(i))?;
        let closing = (at + 1..self.words.len()).find(|&i| !plain(i)).filter(|&i| comma(i))?;
        // The speaker stands on one side only: "McCraw said" or "said McCraw".
        let before = at - opening - 1;
        let after = closing - at - 1;
        if before + after == 0 || before.min(after) > 0 || before.max(after) > SPEAKER_WORDS {
            return None;
        }
        let clause = self.relative[at];
        (closing + 1..self.words.len())
            .take_while(|&i| self.parts[i] != Part::Stop && !self.words[i].is_mark(&[';']))
            .find(|&i| self.parts[i] == Part::Predicate && self.relative[i] == clause)
    }

    /// The date at word `first` opens its clause: only a preposition stands between it and the
    /// sentence's start, a comma, or its relative clause's marker.
    fn opens_clause(&self, first: usize) -> bool {
        const PREPOSITIONS: &[&str] = &[
            "pada",
            "on",
            "in",
            "at",
            "sejak",
            "since",
            "by",
            "per",
            "kemudian",
            "lalu",
            "lantas",
            "sementara",
            "namun",
            "tetapi",
            "dan",
            "sebelumnya",
            "then",
            "later",
            "meanwhile",
            "however",
            "but",
            "and",
            "earlier",
            "previously",
            "also",
            "juga",
            "early",
            "late",
        ];
        let mut i = first;
        while i > 0 {
            i -= 1;
            let w = &self.words[i];
            if w.is_mark(&[',', ':', '"', '“', '(']) || self.parts[i] == Part::Relative {
                return true;
            }
            if !w.is_any(PREPOSITIONS) && !w.is_mark(&['-', '–', '—']) {
                // "hari ini, Senin": the words before a comma that opens it are its own.
                return self.words[i + 1..first].iter().any(|w| w.is_mark(&[',']));
            }
        }
        true
    }

    /// The verb at word `at` stands for a noun cue: a light verb after it ("gempa terjadi",
    /// "the crash happened", "the collapse was") or a support verb before it ("mengadakan
    /// pertemuan", "held talks").
    fn stands_for(&self, at: usize) -> Option<usize> {
        let w = &self.words[at];
        let noun_at = |i: usize| match self.parts.get(i) {
            Some(Part::NounCue(n)) => Some(*n),
            _ => None,
        };
        if w.is_any(LIGHT_VERBS) {
            // Its subject is what stands before it in its clause, back to the clause's start or
            // the verb before it, relative clauses included: "Gempa yang melanda Cianjur …,
            // terjadi pada Senin" dates what "melanda" says.
            let clause = self.relative[at];
            let cue_of = |i: usize| self.cues.iter().position(|&(a, b)| (a..=b).contains(&i));
            return (0..at)
                .rev()
                .take_while(|&i| {
                    let other_verb = self.relative[i] == clause
                        && self.parts[i] == Part::Predicate
                        && cue_of(i).is_none();
                    !self.words[i].is_mark(&[';']) && !other_verb
                })
                .find_map(cue_of);
        }
        // "dinyatakan berstatus subsunk pada Minggu", "was declared dead on": a declaration
        // of what its complement says.
        if w.is_any(DECLARE_VERBS) {
            let cue_of = |i: usize| self.cues.iter().position(|&(a, b)| (a..=b).contains(&i));
            return (at + 1..(at + 4).min(self.parts.len())).find_map(cue_of);
        }
        if w.is_any(SUPPORT_VERBS) {
            return (at + 1..(at + 4).min(self.parts.len())).find_map(noun_at);
        }
        self.subject(at).or_else(|| self.object(at)).or_else(|| self.relative_subject(at))
    }

    /// The noun cue a relative clause describes, when the verb at word `at` is the clause's
    /// first and active: its marker stands for the subject, and what the event did is dated
    /// when it did it ("the Hathras stampede, which killed 121 people on June 2", "banjir yang
    /// melanda Kota Batu pada Kamis"). Not a passive ("the crash, which was investigated on
    /// Monday", "longsor yang diberitakan pada Senin"): its subject is what was done to the
    /// event, later.
    fn relative_subject(&self, at: usize) -> Option<usize> {
        let marker = self.relative[at]?;
        let first_verb = (marker + 1..self.words.len()).find(|&i| self.parts[i] == Part::Predicate);
        if first_verb != Some(at) {
            return None;
        }
        let passive = match self.lang {
            Lang::En => (self.words[marker + 1..at].iter())
                .any(|w| w.is_any(BE) || w.is_any(&["being", "get", "got"])),
            Lang::Id => self.words[at].lower().starts_with("di"),
        };
        // A comma inside the clause leaves what it ends unclear: "Galodo yang memporak
        // porandakan Nagari Parambahan melalui gadgetnya,Senin (3/6/2025) menyebutkan".
        let comma_inside = (marker + 1..self.words.len())
            .take_while(|&i| self.relative[i] == Some(marker))
            .any(|i| self.words[i].is_mark(&[',']));
        if passive || comma_inside {
            return None;
        }
        let before = (0..marker).rev().find(|&i| !self.words[i].is_mark(&[',']))?;
        match self.parts[before] {
            Part::NounCue(n) => Some(n),
            _ => None,
        }
    }

    /// The noun cue that is the subject of the verb at word `at`: in English the noun right
    /// before it, past its auxiliaries and the verbs joined to it ("The debris field was
    /// located on June 22", "remains were recovered and announced on June 28"); in Indonesian,
    /// where a noun's modifiers follow it, the first word of its clause ("Puing-puing KRI
    /// Nanggala-402 ditemukan pada Minggu"; not "kecelakaan" in "Operasi SAR kecelakaan pesawat
    /// … dihentikan").
    fn subject(&self, at: usize) -> Option<usize> {
        const AUXILIARIES: &[&str] = &[
            "was", "were", "is", "are", "has", "have", "had", "been", "be", "will", "would", "and",
            "or", "telah", "sudah", "akan", "baru", "resmi", "juga",
        ];
        let noun_at = |i: usize| match self.parts.get(i) {
            Some(Part::NounCue(n)) => Some(*n),
            _ => None,
        };
        match self.lang {
            Lang::En => {
                let mut i = at;
                while i > 0 {
                    i -= 1;
                    let w = &self.words[i];
                    // Joined verbs share the subject: "recovered and announced".
                    let joined_verb = self.parts[i] == Part::Predicate
                        && i > 0
                        && self.words[i + 1..at].iter().any(|w| w.is_any(&["and", "or"]));
                    if !(w.is_any(AUXILIARIES) || joined_verb) {
                        // "the area of the collapse found": a noun after a preposition is no
                        // subject. Of nouns joined by "and", the first is a subject too: "The
                        // remaining four boys and their coach were rescued".
                        let n = noun_at(i).or_else(|| self.first_conjunct(i))?;
                        let (a, _) = self.cues[n];
                        let before = (0..a).rev().find(|&k| {
                            let w = &self.words[k];
                            !(w.capital || w.is_any(&["the", "a", "an", "its", "their"]))
                        });
                        // Nor is the object of a participle: "The board investigating the
                        // accident reported on Jan. 11".
                        let in_phrase = before.is_some_and(|k| {
                            let w = &self.words[k];
                            w.is_any(&[
                                "of", "in", "at", "from", "on", "for", "with", "by", "to", "after",
                                "during", "since", "into", "about",
                            ]) || (w.lower().len() > 5 && w.lower().ends_with("ing"))
                        });
                        return (!in_phrase).then_some(n);
                    }
                }
                None
            }
            Lang::Id => {
                // The clause starts after the last comma, or after the marker of the relative
                // clause the verb stands in; a relative clause closed before the verb belongs
                // to the subject ("Operasi … yang jatuh resmi dihentikan").
                let start = (0..at)
                    .rev()
                    .find(|&i| {
                        self.parts[i] == Part::Stop
                            || (self.parts[i] == Part::Relative && self.relative[at] == Some(i))
                    })
                    .map_or(0, |i| i + 1);
                // A bare word opens the clause as its subject, though the cue may serve as a verb
                // elsewhere ("Puing-puing", "Gempa").
                let cue_of = |i: usize| self.cues.iter().position(|&(a, b)| (a..=b).contains(&i));
                let subject = cue_of(start)?;
                let (_, end) = self.cues[subject];
                // The verb of a relative clause closed before the verb describes the subject:
                // "Bangkai KMP Yunicee yang tenggelam di Selat Bali telah ditemukan pada Rabu".
                let verb_between = (end + 1..at).any(|i| {
                    self.parts[i] == Part::Predicate
                        && cue_of(i).is_none()
                        && self.relative[i] == self.relative[at]
                });
                (!verb_between && end < at).then_some(subject)
            }
        }
    }

    /// The noun cue joined by "and" or "or" to the noun phrase ending at word `i`: "four boys
    /// and their coach". A few plain words at most, no verb or mark among them.
    fn first_conjunct(&self, i: usize) -> Option<usize> {
        let plain = |k: usize| self.words[k].mark.is_none() && self.parts[k] == Part::Other;
        let k = (i.saturating_sub(3)..=i)
            .rev()
            .take_while(|&k| plain(k))
            .find(|&k| self.words[k].is_any(&["and", "or"]))?;
        match self.parts.get(k.checked_sub(1)?) {
            Some(Part::NounCue(n)) => Some(*n),
            _ => None,
        }
    }

    /// The noun cue that is the object of the verb at word `at`, right after it past a
    /// determiner: "released its report on Tuesday", "menganugerahkan Bintang Jalasena".
    fn object(&self, at: usize) -> Option<usize> {
        const DETERMINERS: &[&str] = &[
            "the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "sebuah",
            "para", "seorang",
        ];
        let first = (at + 1..self.words.len()).find(|&i| !self.words[i].is_any(DETERMINERS))?;
        match self.parts.get(first) {
            Some(Part::NounCue(n)) => Some(*n),
            _ => None,
        }
    }

    /// A noun cue owns the date at words `first..=last`: the date stands between a determiner
    /// and the noun ("the March 26 collapse"), or right after the noun's phrase, with no verb
    /// before the noun in its clause to take it ("The collapse on March 26 killed six").
    fn noun_owner(&self, first: usize, last: usize) -> Option<usize> {
        // Before the noun: "the March 26 collapse", "the 2024 crash".
        if let Some(Part::NounCue(n)) = self.parts.get(last + 1)
            && first > 0
            && self.words[first - 1].is_any(&["the", "a", "an", "this", "its", "their"])
        {
            return Some(*n);
        }
        // After it: nothing but a preposition, names and the noun's own words between; and
        // the date dates no noun of its own ("the report on last month's crash").
        if self.possessive(last) {
            return None;
        }
        let n =
            (first.saturating_sub(NOUN_REACH)..first).rev().find_map(|i| match self.parts[i] {
                Part::NounCue(n) => Some(n),
                _ => None,
            })?;
        let (a, b) = self.cues[n];
        // A cue written as a pattern may take the date in ("the October 29 crush"): nothing
        // stands between.
        let between = self.words.get(b + 1..first).unwrap_or(&[]);
        // The first days of a list of them may stand between: "kasus keracunan pada 22 dan 24
        // September 2024".
        let plain = between.iter().enumerate().all(|(k, w)| {
            self.parts[b + 1 + k] == Part::Other
                && (w.capital
                    || w.is_number()
                    || w.is_any(&[
                        "pada", "on", "of", "in", "tanggal", "di", "at", "melawan", "vs", "versus",
                        "against", "antara", "dan", "and",
                    ]))
        });
        let clause = self.relative[a];
        if !plain || self.relative[first] != clause {
            return None;
        }
        let verb_before = || {
            (0..a)
                .rev()
                .take_while(|&i| !self.words[i].is_mark(&[';']))
                .filter(|&i| self.relative[i] == clause)
                .any(|i| self.parts[i] == Part::Predicate)
        };
        // "sejak kasus keracunan pada 22 dan 24 September 2024, sekolah-sekolah … belum
        // menerima": a preposition of time before the noun makes its phrase say when, and the
        // date in it is the noun's, whatever verb stands before.
        let after_preposition = || {
            (0..a)
                .rev()
                .take(3)
                .take_while(|&i| self.words[i].mark.is_none() && self.parts[i] != Part::Predicate)
                .any(|i| self.words[i].is_any(TIME_PREPOSITIONS))
        };
        (!verb_before() || after_preposition()).then_some(n)
    }

    /// The date at words `first..=last` stands between a determiner and the noun it dates:
    /// "the March 26 collapse", "the June 24 implosion", "the June 2 Balasore train accident"
    /// (a name before the noun); or it is a possessive, dating the noun after it: "last
    /// month's Jeju Air crash", "Tuesday's quake".
    fn before_a_noun(&self, first: usize, last: usize) -> bool {
        let determiner = first > 0
            && self.words[first - 1].is_any(&["the", "this", "that", "its", "their", "last"]);
        let common = |i: usize| {
            self.words.get(i).is_some_and(|w| {
                w.mark.is_none() && !w.capital && !w.is_number() && self.parts[i] != Part::Predicate
            })
        };
        // A name of up to three capitalised words may stand before the noun.
        let names = (last + 1..self.words.len())
            .take_while(|&i| self.words[i].mark.is_none() && self.words[i].capital)
            .take(4)
            .count();
        let noun = common(last + 1) || (1..=3).contains(&names) && common(last + 1 + names);
        determiner && noun || self.possessive(last)
    }

    /// The date ending at word `last` is a possessive: "Tuesday's", "last month's" (an
    /// apostrophe joins the "s" to its word).
    fn possessive(&self, last: usize) -> bool {
        self.words.get(last).is_some_and(|w| w.lower().ends_with("'s") || w.lower().ends_with("’s"))
    }

    /// The date at word `first` is written as of when something is counted, or bounds a
    /// period: "per Rabu", "hingga Senin", "sampai Kamis", "mulai (dari) tanggal 18", "as of
    /// Tuesday", "until Friday".
    fn is_as_of(&self, first: usize, last: usize) -> bool {
        if self.fronted_until(first, last) {
            return true;
        }
        const MARKERS: &[&str] = &["per", "mulai", "starting"];
        // "hingga", "sampai", "until" end a period ([`UNTIL`]): the event's own date when the
        // period is what the claim is about ("diperpanjang hingga 26 Oktober"), but not when
        // something goes on until then ("masih terus mengeluarkan awan panas hingga Kamis").
        const ONGOING: &[&str] = &["masih", "terus", "still", "continues", "continued"];
        // "mulai dari tanggal 18": the words "dari" and "tanggal" stand between.
        let mut at = first;
        while at > 0 && self.words[at - 1].is_any(&["dari", "tanggal", "from"]) {
            at -= 1;
        }
        let prev = at.checked_sub(1).map(|i| &self.words[i]);
        let prev2 = at.checked_sub(2).map(|i| &self.words[i]);
        // "mulai dari tanggal 18 … sampai 24 Desember": the end of a period, with its start.
        let ongoing = self.words[..at]
            .iter()
            .any(|w| w.is_any(ONGOING) || w.is_any(&["mulai", "sejak", "from", "since"]));
        prev.is_some_and(|w| w.is_any(MARKERS) || (w.is_any(UNTIL) && ongoing))
            || (prev.is_some_and(|w| w.is("of")) && prev2.is_some_and(|w| w.is("as")))
    }

    /// The date at words `first..=last` follows "hingga", "sampai" or "until" at the start of a
    /// clause (the sentence's, or after a comma or "dan") and is set off by a comma after it:
    /// "Setidaknya 21 rumah tertimbun longsor dan hingga Ahad (2/4), dua orang ditemukan
    /// meninggal …". It says as of when what follows is counted, not when anything ended.
    fn fronted_until(&self, first: usize, last: usize) -> bool {
        const OPENS: &[&str] = &["dan", "serta", "sementara", "and", "while"];
        let weekday = |w: &Word| self.grammar.weekdays.iter().any(|d| d.contains(w.span));
        let mut at = first;
        // The weekday written before the date, and its bracket: "hingga Ahad (2/4)".
        while at > 0 && (self.words[at - 1].is_mark(&['(']) || weekday(&self.words[at - 1])) {
            at -= 1;
        }
        let Some(until) = at.checked_sub(1) else { return false };
        let opens = until
            .checked_sub(1)
            .is_none_or(|i| self.words[i].is_mark(&[',', ';']) || self.words[i].is_any(OPENS));
        let mut end = last + 1;
        while self.words.get(end).is_some_and(|w| w.is_mark(&[')'])) {
            end += 1;
        }
        self.words[until].is_any(UNTIL)
            && opens
            && self.words.get(end).is_some_and(|w| w.is_mark(&[',']))
    }

    /// Words `from..to` hold a span of time away or an anniversary: "setahun", "dua tahun
    /// setelah", "a year after", "anniversary", "peringatan".
    fn span_of_time_between(&self, from: usize, to: usize) -> bool {
        const ALONE: &[&str] =
            &["setahun", "sebulan", "sepekan", "seminggu", "anniversary", "peringatan", "tahunan"];
        const UNITS: &[&str] = &[
            "tahun", "bulan", "pekan", "minggu", "hari", "year", "years", "month", "months",
            "week", "weeks", "day", "days",
        ];
        // A span of time is an offset only with a word that makes it one ("setahun setelah",
        // "two years after", "a year ago"); "divonis 20 tahun penjara pada Senin" is a term.
        const OFFSET: &[&str] = &[
            "setelah", "sesudah", "sejak", "lalu", "kemudian", "after", "since", "later", "ago",
            "before", "sebelum",
        ];
        let words = self.words.get(from..to.min(self.words.len())).unwrap_or(&[]);
        words.iter().enumerate().any(|(k, w)| {
            // Read in order of cost: most words are no unit of time.
            let amount = || {
                k > 0
                    && (words[k - 1].is_number()
                        || words[k - 1]
                            .is_any(&["a", "one", "two", "three", "satu", "dua", "tiga"]))
            };
            let offset = || {
                words.get(k + 1).is_some_and(|n| n.is_any(OFFSET))
                    || (k >= 2 && words[k - 2].is_any(&["tepat", "exactly"]))
            };
            w.is_any(ALONE) || (w.is_any(UNITS) && amount() && offset())
        })
    }
}

/// Words that end a period at the date after them: "hingga Senin", "until Friday".
pub const UNTIL: &[&str] = &["hingga", "sampai", "until", "through"];

/// `word` stands right against the date `date`, as its brackets do: "(21/11/2022)".
fn touches(date: Span, word: Span, text: &str) -> bool {
    let gap = |a: usize, b: usize| text.get(a..b).is_some_and(|g| g.trim().is_empty());
    (word.end <= date.start && gap(word.end, date.start))
        || (word.start >= date.end && gap(date.end, word.start))
}

/// Verbs with no event of their own, whose subject is the event: "Gempa terjadi pada Senin".
///
/// Passive support verbs are light verbs too: "Pujian itu disampaikan … pada Kamis",
/// "perjanjian yang ditandatanganinya … tahun lalu", "the talks were held on Friday".
pub const LIGHT_VERBS: &[&str] = &[
    "terjadi",
    "berlangsung",
    "happened",
    "occurred",
    "was",
    "were",
    "is",
    "took",
    "adalah",
    "merupakan",
    "digelar",
    "diadakan",
    "dilakukan",
    "dilaksanakan",
    "dilangsungkan",
    "disampaikan",
    "diberikan",
    "ditandatangani",
    "ditandatanganinya",
    "diteken",
];

/// Verbs that declare a state, which their complement names: the date they take dates the
/// state's start.
const DECLARE_VERBS: &[&str] = &["dinyatakan", "ditetapkan", "declared", "pronounced"];

/// Verbs of saying, praising and showing: a date they take dates the saying.
pub const SPEECH_VERBS: &[&str] = &[
    "mengatakan",
    "menyatakan",
    "menyebut",
    "menyebutkan",
    "mengungkapkan",
    "menjelaskan",
    "menegaskan",
    "menyampaikan",
    "melaporkan",
    "mengklaim",
    "mengumumkan",
    "membantah",
    "kata",
    "ujar",
    "tutur",
    "ungkap",
    "said",
    "says",
    "told",
    "announced",
    "stated",
    "reported",
    "claimed",
    "confirmed",
    "added",
    "explained",
    "denied",
    "memuji",
    "menilai",
    "menunjukkan",
    "memperlihatkan",
    "praised",
    "called",
    "showed",
    "shows",
];

/// Verbs whose object is the event: "mengadakan pertemuan pada Jumat", "held talks on Friday",
/// "menandatangani pakta … tahun lalu", "made a devastating landfall … late Wednesday night".
pub const SUPPORT_VERBS: &[&str] = &[
    "mengadakan",
    "menggelar",
    "melakukan",
    "melangsungkan",
    "mengagendakan",
    "menandatangani",
    "meneken",
    "held",
    "holds",
    "hold",
    "had",
    "made",
    "makes",
    "make",
    "making",
    "conducted",
    "staged",
    "signed",
    "sign",
];

/// The verb at word `i` has a subject of its own before it, past its auxiliaries: a pronoun
/// or a word that opens a clause ("where they were trapped", "ketika mereka tiba").
fn opens_inner_clause(words: &[Word], i: usize) -> bool {
    const AUXILIARIES: &[&str] = &[
        "has", "have", "had", "was", "were", "is", "are", "been", "be", "will", "would", "telah",
        "sudah", "akan", "masih", "sedang",
    ];
    const SUBJECTS: &[&str] = &[
        "they", "he", "she", "it", "we", "i", "you", "dia", "ia", "mereka", "kami", "kita",
        "where", "when", "who", "which", "that", "yang", "saat", "ketika", "di", "mana",
    ];
    let before = words[..i].iter().rev().find(|w| !w.is_any(AUXILIARIES));
    before.is_some_and(|w| w.is_any(SUBJECTS))
}

/// The index of the comma that ends a formula opening the sentence ("Seperti diketahui,",
/// "Sebagaimana diberitakan,", "Disebutkannya,", "Diketahui,", "As reported,"), if one does.
fn opening_formula(words: &[Word], lang: Lang) -> Option<usize> {
    const REPORTED: &[&str] = &[
        "diketahui",
        "diberitakan",
        "dilaporkan",
        "disebutkan",
        "disebutkannya",
        "dikabarkan",
        "dikatakan",
        "dijelaskan",
        "dijelaskannya",
    ];
    let first = words.iter().position(|w| !w.is_mark(&['"', '“']))?;
    let formula = match lang {
        Lang::Id if words[first].is_any(&["seperti", "sebagaimana"]) => 2,
        Lang::Id => 1,
        Lang::En if words[first].is("as") => 2,
        Lang::En => return None,
    };
    let comma = first + formula;
    let last = &words[comma - 1];
    let reported = match lang {
        Lang::Id => last.is_any(REPORTED),
        Lang::En => last.is_any(&["reported", "known", "noted"]),
    };
    (reported && words.get(comma).is_some_and(|w| w.is_mark(&[',']))).then_some(comma)
}

/// What the `i`-th word is to the rules, given which words are verbs.
fn part_of(words: &[Word], verbs: &[bool], i: usize, lang: Lang) -> Part {
    let w = &words[i];
    // Quotes do not end a clause: a quoted word stands inside one ("menyebut pasukan
    // “heroik”"). A hyphen that stands as a word is a dash: it ends a dateline
    // ("TRIBUNNEWS.COM - Bangkai KMP Yunicee … telah ditemukan").
    if w.is_mark(&[',', ';', '(', ')', '—', '–', '-']) {
        return Part::Stop;
    }
    if is_relative(words, verbs, i, lang) {
        return Part::Relative;
    }
    // "kembali melakukan": "again", before a verb.
    let adverb = w.is("kembali") && verbs.get(i + 1).copied().unwrap_or(false);
    if verbs[i] && !adverb {
        return Part::Predicate;
    }
    Part::Other
}

/// The cue at words `first..=last` is used as a verb. In English: a verb by its form, or after
/// "to" ("to land on the Moon"). In Indonesian, where a bare word serves as noun and verb
/// alike ("gempa", "jatuh", "tragedi"): unless its form makes it a noun ("kecelakaan",
/// "pertemuan", "kunjungan") or a word before it takes a noun ("pasca gempa", "para korban").
fn is_verbal_cue(words: &[Word], first: usize, last: usize, lang: Lang) -> bool {
    match lang {
        Lang::En => {
            let infinitive = first > 0 && words[first - 1].is("to");
            infinitive || (first..=last).any(|i| is_verb(&words[i], lang))
        }
        Lang::Id => {
            const TAKE_NOUNS: &[&str] = &[
                "pasca", "usai", "sejak", "setelah", "sebelum", "akibat", "sebuah", "para",
                "dalam", "dari", "untuk", "soal", "terkait", "tentang", "mengenai",
            ];
            let w = words[first].lower();
            let noun_form = w.len() > 6
                && w.ends_with("an")
                && (w.starts_with("ke") || w.starts_with("pe") || !is_verb(&words[first], lang));
            let after_noun_taker = first > 0 && words[first - 1].is_any(TAKE_NOUNS);
            // After a common noun, a bare word names its kind: "aktivitas erupsi", "korban
            // gempa". A verb follows its subject's name ("Gunung Marapi erupsi"), a
            // demonstrative ("gunung itu erupsi") or an adverb ("kembali erupsi").
            const BEFORE_VERBS: &[&str] = &[
                "telah", "sudah", "sempat", "kembali", "akan", "masih", "sedang", "tengah", "baru",
                "belum", "tidak", "tak", "pun", "yang", "juga", "lagi", "kemudian", "lalu",
                "pernah", "terus", "mulai", "langsung", "segera", "bisa", "dapat", "harus",
                "hanya", "itu", "ini", "tersebut", "kini", "dan", "atau", "serta", "saat",
                "ketika", "setelah", "hingga", "sampai", "orang", "jiwa",
            ];
            let after_common_noun = first > 0 && {
                let w = &words[first - 1];
                w.mark.is_none()
                    && !w.capital
                    && !w.is_number()
                    && !is_verb(w, lang)
                    && !w.is_any(BEFORE_VERBS)
            };
            // A capitalised word after one in lower case is a name, never a verb: "menganugerahkan
            // Bintang Jalasena" (a headline in capitals tells nothing).
            let name = first > 0
                && words[first].capital
                && words[first - 1].mark.is_none()
                && !words[first - 1].capital;
            !name
                && ((first..=last).any(|i| is_verb(&words[i], lang))
                    || !(noun_form || after_noun_taker || after_common_noun))
        }
    }
}

/// The word at `i` opens a relative clause: "yang"; "which", "who", "whom", "whose"; "that"
/// after a noun (not after a verb of saying or thinking, where it opens what is said).
fn is_relative(words: &[Word], verbs: &[bool], i: usize, lang: Lang) -> bool {
    let w = &words[i];
    match lang {
        Lang::Id => w.is("yang"),
        Lang::En => {
            // "outside the cave, where twelve boys were found": "where" after a place.
            if w.is_any(&["which", "who", "whom", "whose"]) {
                return true;
            }
            if w.is("where") {
                return i > 0 && (words[i - 1].is_mark(&[',']) || !verbs[i - 1]);
            }
            if !w.is("that") {
                return false;
            }
            // "announced Thursday that …": after a verb of saying and its day, what is said.
            const TIMES: &[&str] = &[
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
                "today",
                "yesterday",
                "night",
                "morning",
                "afternoon",
                "evening",
                "earlier",
            ];
            let said_then = words[i.saturating_sub(4)..i].iter().any(|w| w.is_any(SPEECH_VERBS))
                && i > 0
                && words[i - 1].is_any(TIMES);
            let prev = i.checked_sub(1).map(|p| &words[p]);
            !said_then
                && prev.is_some_and(|p| {
                    p.mark.is_none()
                        && !verbs[i - 1]
                        && !p.is_any(&[
                            "so", "such", "now", "than", "and", "but", "believe", "think", "say",
                            "says", "know", "hope", "fear",
                        ])
                })
        }
    }
}

/// English verbs that do not end in "-ed".
const EN_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "found",
    "sank",
    "sunk",
    "fell",
    "fallen",
    "struck",
    "went",
    "gone",
    "came",
    "took",
    "taken",
    "made",
    "gave",
    "given",
    "began",
    "begun",
    "saw",
    "seen",
    "lost",
    "met",
    "held",
    "left",
    "led",
    "brought",
    "caught",
    "sent",
    "built",
    "broke",
    "broken",
    "ran",
    "won",
    "paid",
    "kept",
    "got",
    "rose",
    "flew",
    "stood",
    "became",
    "hit",
    "put",
    "set",
    "tore",
    "torn",
    "swept",
    "spread",
    "burnt",
    "blew",
    "shook",
    "fled",
    "died",
    "dies",
    "killed",
    "tells",
    "finds",
    "announces",
    "confirms",
    "reopened",
    "bought",
    "sold",
    "sought",
    "fought",
    "drove",
    "driven",
    "threw",
    "thrown",
    "wrote",
    "written",
    "spoke",
    "spoken",
    "heard",
    "hid",
    "hidden",
];

/// Indonesian verbs of no verb form, and the words that introduce a speaker ("kata", "ujar").
const ID_VERBS: &[&str] = &[
    "jatuh",
    "tiba",
    "pergi",
    "datang",
    "hilang",
    "tewas",
    "tenggelam",
    "pulang",
    "masuk",
    "keluar",
    "naik",
    "turun",
    "mati",
    "lahir",
    "kembali",
    "runtuh",
    "roboh",
    "ambruk",
    "kata",
    "ujar",
    "tutur",
    "ungkap",
    "papar",
    "jelas",
    "sebut",
    "katanya",
    "ujarnya",
    "tuturnya",
    "ungkapnya",
    "jelasnya",
    "paparnya",
    "terangnya",
    "bebernya",
    "imbuhnya",
    "tegasnya",
    "lanjutnya",
    "sebutnya",
    "tambahnya",
    "meninggal",
    "dikutip",
    "dilansir",
];

/// Indonesian words with a verb's first letters that are not verbs.
const ID_NOT_VERBS: &[&str] = &[
    "menteri",
    "medis",
    "media",
    "menit",
    "meter",
    "merek",
    "metode",
    "mesin",
    "mental",
    "menu",
    "memori",
    "meski",
    "meskipun",
    "mereka",
    "menurut",
    "mengenai",
    "melalui",
    "menjelang",
    "mendatang",
    "menuju",
    "melawan",
    "menengah",
    "menara",
    "meriam",
    "mewah",
    "berita",
    "bersama",
    "berdasarkan",
    "berbagai",
    "berat",
    "bersangkutan",
    "beserta",
    "tersangka",
    "terdakwa",
    "terhadap",
    "terakhir",
    "terbesar",
    "termasuk",
    "tertentu",
    "terminal",
    "teror",
    "terus",
    "tersebut",
    "terutama",
    "terkait",
    "ternyata",
    "terbaru",
    "direktur",
    "diskusi",
    "distrik",
    "diplomat",
    "digital",
    "disiplin",
    "dinamika",
    "diagnosis",
    "dialog",
    "direksi",
    "dimensi",
    "dinasti",
    "dini",
    "diri",
    "dimana",
    "disini",
    "dinas",
    "didik",
    "pertama",
    "perairan",
    "peristiwa",
    "pesawat",
    "perempuan",
    "penumpang",
    "petugas",
    "pemerintah",
    "personel",
];

/// The forms of English "to be" that make a participle after them a verb, and a passive.
const BE: &[&str] = &["was", "were", "is", "are", "been", "be"];

/// English auxiliaries: one after a comma that ends a relative clause's words resumes the main
/// clause; one after "and" opens a predicate of its own.
pub(crate) const AUXILIARIES: &[&str] = &["has", "have", "had", "is", "are", "was", "were", "will"];

/// Prepositions of time whose object, a noun, says when: "sejak kasus keracunan", "after the
/// crash".
const TIME_PREPOSITIONS: &[&str] =
    &["sejak", "setelah", "sesudah", "usai", "seusai", "pasca", "since", "after", "following"];

/// Roots of adjectives: "ter-" before one makes a superlative ("terkini", "terbanyak",
/// "terparah"), no verb.
const ID_SUPERLATIVE_ROOTS: &[&str] = &[
    "kini", "baru", "besar", "banyak", "tinggi", "rendah", "parah", "dekat", "buruk", "kuat",
    "panjang", "dalam", "baik", "jauh", "lama", "kecil", "berat", "cepat", "luas", "tua", "muda",
    "mahal", "murah", "penting", "akhir", "awal", "padat", "ramai", "sedikit", "tebal", "keras",
];

static EN_VERB_SET: LazyLock<WordMap<&'static str, ()>> = LazyLock::new(|| set(EN_VERBS));
static ID_VERB_SET: LazyLock<WordMap<&'static str, ()>> = LazyLock::new(|| set(ID_VERBS));
static ID_NOT_VERB_SET: LazyLock<WordMap<&'static str, ()>> = LazyLock::new(|| set(ID_NOT_VERBS));

/// A list of words as a [`WordMap`]: every word of a sentence is asked about.
fn set(words: &[&'static str]) -> WordMap<&'static str, ()> {
    WordMap::new(words.iter().map(|&w| (w, ())))
}

/// An Indonesian word without a verb's prefix: "mati", "hilang", not "terlihat", "menewaskan".
fn is_bare(w: &Word) -> bool {
    let word = w.lower();
    !["me", "ber", "ter", "di", "ke", "pe", "se"].iter().any(|p| word.starts_with(p))
}

/// English modals: the bare word after one is a verb ("will begin").
pub(crate) const MODALS: &[&str] =
    &["will", "would", "can", "could", "may", "might", "shall", "should", "must"];

/// A verb, by its form or a list.
pub fn is_verb(w: &Word, lang: Lang) -> bool {
    if w.mark.is_some() || w.capital && lang == Lang::En {
        return false;
    }
    let word = w.lower();
    match lang {
        Lang::En => {
            EN_VERB_SET.contains(word.as_bytes())
                || (word.len() >= 5
                    && word.ends_with("ed")
                    && !["hundred", "indeed", "speed", "united", "need"].contains(&word))
        }
        Lang::Id => {
            if ID_VERB_SET.contains(word.as_bytes()) {
                return true;
            }
            // "korban bernama Lia", "pelaku berinisial AS": a verb in form that brings in a
            // name, not what anyone did.
            if matches!(word, "bernama" | "berinisial") {
                return false;
            }
            let passive = word.starts_with("di")
                && (word.ends_with("kan") || word.ends_with('i') || word.len() >= 6);
            let by_form = word.starts_with("me")
                || word.starts_with("ber")
                || word.starts_with("ter")
                || passive;
            // The words of a verb's form that are none (and superlatives) are looked up only for
            // a word of that form: most words have none.
            by_form
                && word.len() >= 5
                && !word.contains('-')
                && !ID_NOT_VERB_SET.contains(word.as_bytes())
                && !word
                    .strip_prefix("ter")
                    .is_some_and(|root| ID_SUPERLATIVE_ROOTS.contains(&root))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Aliases, extract};

    /// The text of the cue `cue` that owns each date of `text`, in order ("-" for none).
    fn owners(text: &str, cue: &str, lang: Lang) -> Vec<String> {
        let mentions = extract(text, lang, &Aliases::default());
        let sentence = Span::new(0, text.len());
        let cues: Vec<Span> =
            text.match_indices(cue).map(|(at, c)| Span::new(at, at + c.len())).collect();
        let grammar = Grammar::read(text, sentence, &mentions, lang);
        let read = Predicates::new(&grammar, &cues, lang);
        mentions
            .iter()
            .filter(|m| matches!(m.value, Value::Date(_)))
            .map(|m| {
                let owner = read.owner(m.span).map_or("-".to_string(), |o| match o.through {
                    Through::Speech => format!("said {cue}{}", o.cue),
                    _ => format!("{cue}{}", o.cue),
                });
                format!("{}: {owner}", &text[m.span.range()])
            })
            .collect()
    }

    /// Each text's dates have the owners expected.
    fn assert_owners(cases: &[(&str, &str, Lang, &str)]) {
        for &(text, cue, lang, expected) in cases {
            let found = owners(text, cue, lang);
            assert!(found.contains(&expected.to_string()), "{text}: {found:?}");
        }
    }

    /// The parts of `text`'s words with `cue` the claim's cue.
    fn parts_of(text: &str, cue: &str, lang: Lang) -> Vec<(String, Part)> {
        let mentions = extract(text, lang, &Aliases::default());
        let cues: Vec<Span> =
            text.match_indices(cue).map(|(at, c)| Span::new(at, at + c.len())).collect();
        let grammar = Grammar::read(text, Span::new(0, text.len()), &mentions, lang);
        let read = Predicates::new(&grammar, &cues, lang);
        (read.words.iter().zip(&read.parts)).map(|(w, p)| (w.lower().to_string(), *p)).collect()
    }

    /// Words that are verbs in form but no predicate: a formula that opens the sentence
    /// (pilarkeadilanrakyat.com, 2 December 2023), a word that introduces a name (tribunnews.com,
    /// 4 December 2023), an English participle before its noun (a Bangladeshi wire, 22 July 2025).
    #[test]
    fn verbs_in_form_that_are_no_predicate() {
        assert_owners(&[
            (
                "Disebutkannya, kejadian itu pada Jumat (1/12/2022) sekira pukul 21.30 WIB, banjir bandang dan longsor menerjang kawasan permukiman Desa Simangulampe.",
                "menerjang",
                Lang::Id,
                "1/12/2022: menerjang0",
            ),
            (
                "Sehari sebelumnya, Minggu (3/12/2023) korban bernama Lia boru Lubis (19) juga telah ditemukan.",
                "ditemukan",
                Lang::Id,
                "3/12/2023: ditemukan0",
            ),
            (
                "A fighter jet crashed into Milestone School in the densely populated Uttara area of Dhaka on Monday morning.",
                "crashed",
                Lang::En,
                "Monday: crashed0",
            ),
            // A formula of saying with a speaker is a predicate still.
            (
                "Kepala BPBD menyebutkan, banjir bandang menerjang kawasan itu pada Jumat (1/12/2023).",
                "menerjang",
                Lang::Id,
                "1/12/2023: menerjang0",
            ),
        ]);
    }

    /// The first active verb of a relative clause on a noun cue tells what the event did, when
    /// it did it: business-standard.com (9 July 2024); heidoh.com (27 November 2025). Not a
    /// passive, nor a clause a comma inside leaves unclear (marapipost.com, 4 June 2024).
    #[test]
    fn a_relative_clause_dates_the_noun_it_describes() {
        assert_owners(&[
            (
                "The Uttar Pradesh government suspended six officials after the Special Investigation Team submitted its report on the Hathras stampede, which killed 121 people on June 2.",
                "stampede",
                Lang::En,
                "June 2: stampede0",
            ),
            (
                "Hong Kong authorities have confirmed that 44 people were killed in the massive fire that tore through Wang Fuk Court in Tai Po on 27 November.",
                "fire",
                Lang::En,
                "27 November: fire0",
            ),
            (
                "The Hathras stampede, which was investigated on June 20, left 121 dead.",
                "stampede",
                Lang::En,
                "June 20: -",
            ),
            (
                "Wali nagari Parambahan tentang bencana alam Galodo yang memporak porandakan Nagari Parambahan melalui gadgetnya,Senin (3/6/2025) menyebutkan, nagarinya cukup parah dihantam bencana Galodo.",
                "Galodo",
                Lang::Id,
                "3/6/2025: -",
            ),
        ]);
    }

    /// In Indonesian a capitalised cue after a word in lower case is a name, a noun: the
    /// object of the verb before it, never a verb of its own. goodstats.id, August 2025 (the page
    /// gives no date; the ceremony was on Monday 25 August 2025).
    #[test]
    fn a_capitalised_cue_is_a_noun() {
        let text = "Presiden RI Prabowo Subianto menganugerahkan Bintang Mahaputera Utama kepada sejumlah tokoh nasional dalam upacara di Istana Negara, Jakarta, Senin (25/8).";
        let parts = parts_of(text, "Bintang Mahaputera", Lang::Id);
        let bintang = parts.iter().find(|(w, _)| w == "bintang").map(|(_, p)| *p);
        assert_eq!(bintang, Some(Part::NounCue(0)));
        let verb = parts.iter().find(|(w, _)| w == "menganugerahkan").map(|(_, p)| *p);
        assert_eq!(verb, Some(Part::Predicate));
    }

    /// "ter-" before an adjective's root makes a superlative, no verb: "Kondisi terkini" is
    /// "the latest state" (radarpalembang.com, 5 January 2024), and the date at the end of the
    /// sentence is none of its. "terlihat", "tertimbun" stay verbs.
    #[test]
    fn a_superlative_is_no_verb() {
        let verb = |w: &'static str| is_verb(&words::of(w, Span::new(0, w.len()))[0], Lang::Id);
        for adjective in ["terkini", "terbanyak", "terparah", "tertinggi", "terdekat"] {
            assert!(!verb(adjective), "{adjective}");
        }
        for word in ["terlihat", "tertimbun", "terjadi", "terseret"] {
            assert!(verb(word), "{word}");
        }
        let text = "Kondisi terkini kereta api usai tabrakan antara KA Turangga dengan kereta lokal Commuter Line Bandung Raya di lintas Haurpugur-Cicalengka, Jumat 5 Januari 2024 pagi.";
        let mentions = extract(text, Lang::Id, &Aliases::default());
        let grammar = Grammar::read(text, Span::new(0, text.len()), &mentions, Lang::Id);
        let read = Predicates::new(&grammar, &[], Lang::Id);
        let date = text.find("5 Januari").map(|at| Span::new(at, at + 14)).unwrap();
        assert_eq!(read.predicate_of(date).map(|v| &text[v.range()]), None);
    }

    /// An English bare word after a modal is a verb, and a date between the subject and it is
    /// its: kvia.com (CNN), 16 September 2024.
    #[test]
    fn a_word_after_a_modal_is_a_verb() {
        let text = "The US Coast Guard on Monday will begin a multi-day hearing to examine the loss of the Titan.";
        let mentions = extract(text, Lang::En, &Aliases::default());
        let grammar = Grammar::read(text, Span::new(0, text.len()), &mentions, Lang::En);
        let read = Predicates::new(&grammar, &[], Lang::En);
        let monday = Span::new(22, 28);
        assert_eq!(&text[monday.range()], "Monday");
        assert_eq!(read.predicate_of(monday).map(|v| &text[v.range()]), Some("begin"));
    }

    /// Of nouns joined by "and" before a verb, the first is its subject too: popculture.com, 10
    /// July 2018.
    #[test]
    fn the_first_of_joined_nouns_is_a_subject() {
        let text = "Four boys were rescued on Sunday, four on Monday and the remaining four and their coach were brought out on Tuesday, with the extraction being conducted by a team of Thai Navy SEALs and foreign rescue divers.";
        let cue = "the remaining four";
        let at = text.find(cue).unwrap();
        let mentions = extract(text, Lang::En, &Aliases::default());
        let grammar = Grammar::read(text, Span::new(0, text.len()), &mentions, Lang::En);
        let read = Predicates::new(&grammar, &[Span::new(at, at + cue.len())], Lang::En);
        let tuesday = text.find("Tuesday").map(|at| Span::new(at, at + 7)).unwrap();
        assert_eq!(read.owner(tuesday).map(|o| o.cue), Some(0));
    }

    #[test]
    fn a_date_after_a_preposition_of_time_is_its_nouns() {
        assert_owners(&[
            // harianjabar.com, 7 October 2025: the noun after "sejak" takes the dates after it,
            // the first day of a list of them between, not "menerima" nor "menjelaskan".
            (
                "Kasi Pemerintahan dan Pelayanan Publik Kecamatan Cipongkor, Dani Ramdani, menjelaskan, sejak kasus keracunan pada 22 dan 24 September 2024, sekolah-sekolah yang siswanya terdampak belum menerima layanan MBG.",
                "keracunan",
                Lang::Id,
                "24 September 2024: keracunan0",
            ),
            // A noun after a verb, with no preposition of time, is the verb's object: the date
            // is the verb's.
            (
                "Dinas Kesehatan menangani kasus keracunan pada 24 September 2025.",
                "keracunan",
                Lang::Id,
                "24 September 2025: -",
            ),
        ]);
    }

    #[test]
    fn a_date_belongs_to_the_verb_before_it() {
        assert_owners(&[
            (
                "Gempa bermagnitudo 5,6 mengguncang Cianjur pada Senin (21/11/2022) siang.",
                "mengguncang",
                Lang::Id,
                "21/11/2022: mengguncang0",
            ),
            // A bare verb right after a verbal cue completes it: bataranews.com, February 2023
            // (the page gives no day; the verdict was read on Monday 13 February 2023).
            (
                "Ferdy Sambo, terdakwa kasus pembunuhan berencana Brigadir J, dijatuhi vonis mati dalam sidang di Pengadilan Negeri (PN) Jakarta Selatan, Senin, (13/2/2023).",
                "vonis",
                Lang::Id,
                "13/2/2023: vonis0",
            ),
            (
                "Operasi pencarian korban pesawat yang jatuh resmi dihentikan pada Kamis (21/1/2021).",
                "jatuh",
                Lang::Id,
                "21/1/2021: -",
            ),
            (
                "Operasi pencarian korban pesawat jatuh resmi dihentikan Basarnas pada Kamis (21/1/2021).",
                "jatuh",
                Lang::Id,
                "21/1/2021: -",
            ),
            (
                "\"Operasi SAR saya nyatakan ditutup,\" kata Bagus yang dikutip, Jumat (22/1/2021).",
                "ditutup",
                Lang::Id,
                "22/1/2021: -",
            ),
            (
                "The Titan imploded near the wreck, the U.S. Coast Guard announced Thursday, June 22, 2023.",
                "imploded",
                Lang::En,
                "June 22, 2023: -",
            ),
            // The day of saying dates what is said only through the speaker (the caller's
            // choice).
            (
                "Pekan lalu, Rusia mengatakan pasukan Ukraina telah diusir dari Kursk.",
                "diusir",
                Lang::Id,
                "Pekan lalu: said diusir0",
            ),
            (
                "The Coast Guard announced Thursday that the Titan imploded.",
                "imploded",
                Lang::En,
                "Thursday: said imploded0",
            ),
            (
                "The Titan imploded on June 18, 2023, the Coast Guard said.",
                "imploded",
                Lang::En,
                "June 18, 2023: imploded0",
            ),
        ]);
    }

    #[test]
    fn relative_clauses_keep_their_dates() {
        assert_owners(&[
            (
                "The US Coast Guard on Thursday confirmed the deaths aboard the Titan that went missing in the Atlantic.",
                "went missing",
                Lang::En,
                "Thursday: -",
            ),
            (
                "The Titan disappeared on a visit to the Titanic, the ship that sank in April 1912.",
                "disappeared",
                Lang::En,
                "April 1912: -",
            ),
            (
                "Gempa yang melanda Cianjur pada 21 November 2022 merusak puluhan ribu rumah.",
                "melanda",
                Lang::Id,
                "21 November 2022: melanda0",
            ),
            // The cue is the second verb, a verb by itself: it closes the relative clause and
            // is the main clause's. suara.com (20 January 2015) and tribunjabar.id (12 May 2024).
            (
                "Seperti diketahui, pesawat yang membawa 162 orang itu jatuh di Selat Karimata, Pangkalan Bun, Kalimantan Tengah, ketika dalam perjalanan dari Surabaya ke Singapura pada Minggu (28/1/2015).",
                "jatuh",
                Lang::Id,
                "28/1/2015: jatuh0",
            ),
            (
                "TRIBUNJABAR.ID, SUBANG - Bus parawisata Putera Fajar yang mengangkut pelajar dan guru SMK Lingga Kencana Depok mengalami kecelakaan di Jalan Raya Ciater, Kecamatan Ciater, Kabupaten Subang, Jawa Barat, pada Sabtu (12/5/2024) malam, sekitar pukul 18.45 WIB.",
                "mengalami kecelakaan",
                Lang::Id,
                "12/5/2024: mengalami kecelakaan0",
            ),
            // A cue that is a verb only as the claim's word stays in the clause: the date is
            // its speaker's praising (seed 004).
            (
                "Namun Presiden Rusia Vladimir Putin, yang pekan lalu memuji pasukan Korea Utara sebagai “heroik”, hingga kini menghindari pertemuan.",
                "heroik",
                Lang::Id,
                "pekan lalu: said heroik0",
            ),
        ]);
    }

    #[test]
    fn dates_that_open_a_clause_belong_to_the_verb_after_them() {
        assert_owners(&[
            (
                "On Tuesday, search parties raced to find the sub that went missing.",
                "went missing",
                Lang::En,
                "Tuesday: -",
            ),
            (
                "Pada Kamis (4/11), banjir bandang melanda Kota Batu.",
                "melanda",
                Lang::Id,
                "4/11: melanda0",
            ),
            (
                "Wednesday morning, divers searching the area of the collapse found the bodies.",
                "collapse",
                Lang::En,
                "Wednesday: -",
            ),
        ]);
    }

    #[test]
    fn a_noun_cue_owns_only_the_dates_of_its_phrase() {
        assert_owners(&[
            (
                "Authorities recovered the final victim of the bridge collapse on Tuesday, police said.",
                "collapse",
                Lang::En,
                "Tuesday: -",
            ),
            (
                "The collapse on March 26, 2024 killed six workers.",
                "collapse",
                Lang::En,
                "March 26, 2024: collapse0",
            ),
            (
                "Kecelakaan terjadi pada Sabtu (9/1/2021) siang.",
                "Kecelakaan",
                Lang::Id,
                "9/1/2021: Kecelakaan0",
            ),
            (
                "Trump mengadakan pertemuan dengan Putin di Alaska pada Jumat (15/8/2025).",
                "pertemuan",
                Lang::Id,
                "15/8/2025: pertemuan0",
            ),
            (
                "Keduanya menandatangani pakta pertahanan bersama tahun lalu saat Putin berkunjung.",
                "pakta pertahanan bersama",
                Lang::Id,
                "tahun lalu: pakta pertahanan bersama0",
            ),
            (
                "Gempa yang melanda Cianjur, Jawa Barat, terjadi pada hari Senin (21/11) pukul 13.21 WIB.",
                "melanda",
                Lang::Id,
                "21/11: melanda0",
            ),
        ]);
    }

    #[test]
    fn a_noun_cue_takes_the_date_of_the_verb_it_is_subject_or_object_of() {
        assert_owners(&[
            (
                "The debris field was located on June 22, 2023.",
                "debris field",
                Lang::En,
                "June 22, 2023: debris field0",
            ),
            (
                "Presumed human remains were recovered and announced on June 28.",
                "remains",
                Lang::En,
                "June 28: remains0",
            ),
            (
                "Wednesday morning, divers searching the area of the collapse found the bodies.",
                "collapse",
                Lang::En,
                "Wednesday: -",
            ),
            (
                "The NTSB released its preliminary report on Tuesday.",
                "preliminary report",
                Lang::En,
                "Tuesday: preliminary report0",
            ),
            (
                "Puing-puing KRI Nanggala-402 ditemukan pada Minggu (25/4/2021).",
                "Puing-puing",
                Lang::Id,
                "25/4/2021: Puing-puing0",
            ),
            (
                "Operasi SAR gabungan kecelakaan pesawat resmi dihentikan pada Kamis (21/1/2021).",
                "kecelakaan",
                Lang::Id,
                "21/1/2021: -",
            ),
        ]);
    }

    /// A term between the verb and its date ("divonis 20 tahun penjara pada Senin") is no
    /// span of time away from the event ("tepat setahun … diguncang gempa").
    #[test]
    fn a_term_is_no_offset() {
        let text = "Putri Candrawathi divonis 20 tahun penjara pada Senin (13/2/2023).";
        assert_eq!(owners(text, "divonis", Lang::Id), ["13/2/2023: divonis0"]);
    }

    #[test]
    fn the_end_of_a_period_dates_an_extension_but_not_what_goes_on() {
        assert_owners(&[
            (
                "Masa tanggap darurat diperpanjang hingga 26 Oktober 2018.",
                "diperpanjang",
                Lang::Id,
                "26 Oktober 2018: diperpanjang0",
            ),
            (
                "Bupati memperpanjang masa tanggap darurat mulai dari tanggal 18 Desember 2021 sampai 24 Desember 2021.",
                "memperpanjang",
                Lang::Id,
                "24 Desember 2021: -",
            ),
            (
                "Semeru masih mengeluarkan awan panas hingga Kamis (16/12/2021).",
                "mengeluarkan awan panas",
                Lang::Id,
                "16/12/2021: -",
            ),
        ]);
    }

    #[test]
    fn a_clause_of_when_or_where_happens_at_the_date_before_it() {
        assert_owners(&[
            (
                "Mereka menandatangani pakta tahun lalu saat Putin mengunjungi Pyongyang.",
                "mengunjungi",
                Lang::Id,
                "tahun lalu: mengunjungi0",
            ),
            (
                "Putin berkunjung ke Pyongyang pada Juni tahun lalu, di mana mereka menandatangani kemitraan strategis.",
                "kemitraan strategis",
                Lang::Id,
                "Juni tahun lalu: kemitraan strategis0",
            ),
            (
                "Apollo 12 was the first crewed mission to land on the Moon, in November 1969.",
                "land on the Moon",
                Lang::En,
                "November 1969: land on the Moon0",
            ),
            (
                "Pujian itu disampaikan Kim saat pertemuan, menurut KCNA, pada Kamis (21/8/2025).",
                "Pujian",
                Lang::Id,
                "21/8/2025: Pujian0",
            ),
        ]);
    }

    /// A clause of "when" or "where" happens at the date before it: its own predicate, or the
    /// object right after it; not a clause further on inside it. A passive written apart from
    /// its "di" is a verb still.
    #[test]
    fn a_linked_clause_gives_its_date_to_its_own_predicate() {
        assert_owners(&[
            (
                "Search efforts had been ongoing since the morning of June 24, when the tower suffered a sudden collapse.",
                "collapse",
                Lang::En,
                "June 24: collapse0",
            ),
            (
                "The ceremony began at dawn Monday, where families were joined by rescuers to reflect on the moment the building fell.",
                "fell",
                Lang::En,
                "Monday: -",
            ),
            (
                "Evakuasi para pendaki yang menjadi korban erupsi resmi di hentikan pada Rabu 6 Desember 2023.",
                "erupsi",
                Lang::Id,
                "6 Desember 2023: -",
            ),
        ]);
    }

    /// After a common noun, a bare Indonesian word names its kind and is no verb: "aktivitas
    /// erupsi" is no eruption on the day the activity was raised. After a name, it is the
    /// name's verb.
    #[test]
    fn a_bare_word_after_a_common_noun_is_a_noun() {
        assert_owners(&[
            (
                "Badan Geologi meningkatkan aktivitas erupsi Gunung Marapi ke level II pada Senin (4/12/2023).",
                "erupsi",
                Lang::Id,
                "4/12/2023: -",
            ),
            (
                "Gunung Marapi erupsi pada Minggu (3/12/2023) sore.",
                "erupsi",
                Lang::Id,
                "3/12/2023: erupsi0",
            ),
        ]);
    }

    /// A cue written as a pattern may take a date in ("mourning period from October 30 to"):
    /// the date is the cue's own, and nothing panics.
    #[test]
    fn a_cue_that_takes_the_date_in_owns_it() {
        assert_owners(&[(
            "Seoul declared a national mourning period from October 30 to November 5.",
            "mourning period from October 30 to",
            Lang::En,
            "October 30: mourning period from October 30 to0",
        )]);
    }

    /// The subject of an Indonesian verb is the first word of its clause, past a relative
    /// clause that describes it and past a dateline's dash (tribunnews.com, 30 June 2021:
    /// "TRIBUNNEWS.COM - Bangkai KMP Yunicee yang tenggelam di Selat Bali telah ditemukan di
    /// kedalaman 78 meter, Rabu (30/6/2021), pukul 01.30 WITA.").
    #[test]
    fn a_subject_is_read_past_its_relative_clause_and_a_dateline() {
        assert_owners(&[
            (
                "Bangkai kapal yang tenggelam di Selat Bali telah ditemukan pada Rabu (30/6/2021).",
                "Bangkai",
                Lang::Id,
                "30/6/2021: Bangkai0",
            ),
            (
                "TRIBUNNEWS.COM - Bangkai kapal telah ditemukan pada Rabu (30/6/2021).",
                "Bangkai",
                Lang::Id,
                "30/6/2021: Bangkai0",
            ),
            // A verb of the clause itself still stands between: the date is its own.
            (
                "Bangkai kapal itu diangkat setelah tim menemukan pada Rabu (30/6/2021).",
                "Bangkai",
                Lang::Id,
                "30/6/2021: -",
            ),
        ]);
    }

    /// An English verb of saying set off by commas is an aside: the date that opens the
    /// sentence is the clause's after it. Found on E! Online, 26 May 2022
    /// (https://www.eonline.com/news/1332345/remembering-the-19-children-and-2-teachers-killed-in-the-uvalde-texas-school-shooting,
    /// a passage of the development half: no other real sentence of the form was found).
    #[test]
    fn a_verb_of_saying_between_commas_is_an_aside() {
        assert_owners(&[(
            "Then, on March 20, McCraw said, the teen bought another semi-automatic rifle at the same store.",
            "bought",
            Lang::En,
            "March 20: bought0",
        )]);
    }

    #[test]
    fn relative_clauses_run_to_a_comma_or_the_end() {
        let text = "Tragedi yang memakan korban hingga 500 orang, kata dia, terjadi pada Sabtu (1/10) yang lalu.";
        let mentions = extract(text, Lang::Id, &Aliases::default());
        let grammar = Grammar::read(text, Span::new(0, text.len()), &mentions, Lang::Id);
        let read = Predicates::new(&grammar, &[], Lang::Id);
        let found: Vec<&str> = read.relative_clauses().iter().map(|s| &text[s.range()]).collect();
        assert_eq!(found, ["yang memakan korban hingga 500 orang", "yang lalu."]);
    }

    #[test]
    fn as_of_dates_and_anniversaries_date_no_event() {
        assert_owners(&[
            (
                "Per Rabu (13/1/2021), tiga korban lain telah teridentifikasi.",
                "teridentifikasi",
                Lang::Id,
                "13/1/2021: -",
            ),
            (
                "Hari ini, Senin, 21 November 2023, tepat setahun Cianjur diguncang gempa.",
                "diguncang",
                Lang::Id,
                "21 November 2023: -",
            ),
        ]);
    }
}
