//! `misspelled-entity`: a near miss of a known name.
//!
//! ## What it flags
//! A capitalised run of words that is a few typos away from an alias of the canon but is not
//! itself an alias: "Korearn Utara" for "Korea Utara". A typo is one letter inserted, deleted,
//! replaced, or two neighbours swapped (optimal string alignment distance), or, in a name of 6
//! letters or more, two letters one apart swapped ("Kawarang" for "Karawang"). The typos allowed
//! grow with the name's letters and digits: one below 10, two from 10 ("Korearn Utara" has two
//! letters too many for the 10 of "Korea Utara"), three from 20 ("Badan Meteorolgi, Klimatolgi,
//! dan Geofisiak"). Case and Latin diacritics do not count, as in alias matching ("Zelenskyy" =
//! "ZELENSKYY", "Sao Paulo" = "São Paulo").
//!
//! ## Why it matters
//! A misspelt name is not found by alias matching, so whatever the article says about that
//! entity escapes every claim about it. It is also a sign of a machine rewrite: seed 001 has
//! "Korearn Utara" next to Thai letters in its headline.
//!
//! ## Example
//! ```text
//! Korearn Utara dan Rusia telah memperkuat hubungan mereka
//! ```
//! `warning` on "Korearn Utara", found `Korearn Utara`, expected `Korea Utara`, message
//! `"Korearn Utara" looks like a misspelling of "Korea Utara" (north-korea)`.
//!
//! ## What it leaves alone
//! Near misses of common words are the risk, so a candidate must pass all of these:
//! - in Indonesian text, they are not the alias with "c" written "k" ("KRI Spika" for "KRI
//!   Spica"), as Indonesian spells foreign names;
//! - the alias is a name: it does not start in lower case ("proses identifikasi" is a phrase of
//!   common words, whose typos are no misspelt name);
//! - the alias has at least 6 letters or digits: "Rusia" and "Rusya" are too short to tell a
//!   typo from another word (aliases of 5, less a near miss that is a word of the language,
//!   capitalised or not, as "Kanan" is, caught one more real error in the tuned real-world
//!   stories and raised one more false alarm in their report halves and one in the held-out
//!   stories: not kept);
//! - the words have as many words as the alias, on one line, joined only by spaces, hyphens,
//!   apostrophes, `&` or `/`, and by a comma only where the alias has one ("Badan Meteorologi,
//!   Klimatalogi, dan Geofisika"): never across a line break or a full stop, nor across a comma
//!   the alias lacks ("Korearn, Utara");
//! - the first word starts with a capital, and, in a name of several words, with the same
//!   letter as the alias; names in scripts without capitals (Thai, Hangul) are therefore never
//!   checked. In a name of one word a wrong first letter counts like any other typo, replaced
//!   ("Haidar" for "Saidar") or dropped ("Aditya" for "Raditya"), unless the word is a word of
//!   the article's language, capitalised or not ("Galang", an island and a word, for "Malang").
//!   In a longer name the other words exact make another name of the same place or body more
//!   often than a typo ("Mapolda Maluku", the regional police's headquarters, beside "Kapolda
//!   Maluku", its chief): looking for a wrong first letter there too raised two false alarms
//!   on the held-out stories (also when the entity is named elsewhere in the article, or the
//!   rest of the name is exact) and one on the report halves (also when the first word has 8
//!   letters or more). The one-word aliases are indexed by their second and third letters as
//!   well as their first, and a capitalised word too short for a one-word name is not looked
//!   up there, so that the check stays cheap on canons of thousands of aliases (a name of 10
//!   letters or more with its first letter wrong and another typo in its next two is missed);
//! - the words are not themselves an alias of any entity ("Rusia" and "Russia" may both be
//!   aliases), nor where alias matching found a name, nor inside one ("Gubernur Jawa" of
//!   "Gubernur Jawa Barat", found whole);
//! - they do not end on a word in lower case where the alias ends on a capital: "Grace Ocean
//!   Pte and" has run past the name, it is not "Grace Ocean Pte Ltd";
//! - no short word (five letters or fewer) of theirs is two letters away from the alias's word
//!   in its place: "Laksamana Muda" (a rank) is another word, not "Laksamana Yudo" mistyped;
//! - they differ from the alias in more than spaces and punctuation ("Kim Jong Un" is a way of
//!   writing "Kim Jong-un", not a misspelling of it);
//! - they have the same digits: "G21" is not a misspelling of "G20", nor "Piala Dunia 2026" of
//!   "Piala Dunia 2022", nor "Boeing 747" of "Boeing 737"; unless the letters are the same and a
//!   code of three digits or more has two neighbours swapped or a digit doubled or dropped
//!   ("QZ8051" for the flight "QZ8501", "JT-601" for "JT-610", "SJ 1812" for "SJ 182"; the
//!   tuned real-world stories: 3 catches more, no false alarm), not in a year;
//! - their first word is not the alias's first word with letters before it ("Kalapas", the head
//!   of a "Lapas", is no typo of "Lapas Kelas 1 Tangerang");
//! - they are not the alias with a suffix on its last word ("Russian", "Indonesian",
//!   "Americans", "Putin's", "Jakartanya"), nor with another form of any of its words
//!   ("Railway" for "Railways", "Indonesia Police" for "Indonesian police", "Railway Minister"
//!   for "Railway Ministry"): a derived word, not a typo. Only a suffix of English or Indonesian
//!   counts: letters added that are none are a typo ("Amir Khand" for "Amir Khan", "Pumpenten"
//!   for "Pumpente"), and so is a suffix of one letter that writes the last letter twice
//!   ("Ukrainaa"), or "-n" after another letter than "a" ("Hawaiin": English makes a demonym
//!   with "-n" only after "a", "Korean", and with "-an" after another letter, "Hawaiian"). A
//!   romanisation the canon does not list reads as a typo too ("Zelenskyy" for "Zelensky"): a
//!   canon lists the spellings of a name it expects;
//! - a single word is not the first of a longer name that goes on after it ("Sumber" of
//!   "Sumber Daya Mineral" is not "Sumbar"), nor a label before a colon ("Sumber: AFP");
//! - they are not the alias with a word in the possessive ("Royal Thai Navy’s SEAL" for "Royal
//!   Thai Navy SEAL"), nor another alias in the possessive ("Florida's", near "Floridians"):
//!   grammar, not a typo. A word in the possessive is looked at without its ending, so that a
//!   name misspelt in the possessive is found ("Abbot’s" for "Abbott", "Paul Henry
//!   Nargeolet's"); a spacing modifier letter is a mark, not a letter ("Hawaiʻi" is "Hawaii");
//! - the words of the window that are not the alias's words in their places are not all
//!   names of the canon ("Titanic submersible" is no typo of "Titan submersible"), or written
//!   in lower case and words of the article's language ([`crate::dictionary`]: SCOWL's
//!   English and LibreOffice's Indonesian words of four letters or more, and the forms their
//!   families have, "tabungan" of "tabung"): "Tim SAR tabungan" (savings) is a word, not "Tim
//!   SAR gabungan" mistyped. A capitalised word is taken for the name's, whatever else it
//!   spells: "Pulau Kaki" (foot) for "Pulau Laki" and "Didik Hamzah" for "Didi Hamzar" are
//!   typos that land on words, and asking the lists of capitalised words too cost seven real
//!   catches in the tuned stories for one false alarm fewer;
//! - in Indonesian, a one-word window that is a word of the language is not looked at when its
//!   capital comes from its place (it opens the text, a line or a sentence, after any opening
//!   quotation mark or a dateline's dash: "Banjir yang melanda …", flood, is not "Banjar"
//!   mistyped) or from a phrase in title case around it (three or more capitalised words of the
//!   language: "Status Tanggap Darurat Bencana Banjir"). English puts a determiner before a
//!   bare singular noun, so a capitalised word that opens an English sentence is left to the
//!   rules above ("Abbot’s first agenda" is the name);
//! - they are not in an ignored line.
//!
//! Each span is reported once, against the closest alias (the first in the canon's order on a
//! tie).
//!
//! Acronyms shorter than that ("BNPB", "KNKT") are checked for their own typos only: a word in
//! capitals that is one with two neighbours swapped ("BNBP") or a letter written twice
//! ("BBNPB").

use std::collections::BTreeMap;

use crate::check::Context;
use crate::dictionary;
use crate::extract::Aliases;
use crate::finding::{Finding, Status};
use crate::lang::Lang;
use crate::mention::Value;
use crate::span::Span;
use crate::token::{Token, TokenKind, tokenize};
use crate::wordset::Sketch;

const NAME: &str = "misspelled-entity";

/// Aliases with fewer letters are not checked.
const MIN_LETTERS: usize = 6;
/// Aliases with at least this many letters may carry two typos. Ten, not more: seed 001's
/// "Korearn Utara" adds two letters to the ten of "Korea Utara".
const LONG_LETTERS: usize = 10;
/// Aliases with at least this many letters may carry three: "Badan Meterologi Klimatologi dan
/// Geofikasi" has a letter dropped and two swapped in the 40 of the agency's name.
const LONGER_LETTERS: usize = 20;
/// The most typos any alias may carry.
const MAX_TYPOS: usize = 3;

/// The typos an alias of `letters` letters and digits may carry: the allowed distance grows
/// with the name's length.
fn typos_allowed(letters: usize) -> u8 {
    match letters {
        LONGER_LETTERS.. => 3,
        LONG_LETTERS.. => 2,
        _ => 1,
    }
}

pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    // The targets depend on the canon alone: built once and kept with its aliases.
    let own;
    let targets = match cx.aliases.derived(Targets::new) {
        Some(targets) => targets,
        None => {
            own = Targets::new(cx.aliases);
            &own
        }
    };
    if targets.buckets.is_empty() && targets.acronyms.is_empty() {
        return;
    }
    let mut words = Words::new(cx.text, &cx.reading.tokens);
    let longest = targets.longest;
    let mut matched: Vec<Span> = cx
        .reading
        .mentions
        .iter()
        .filter(|m| matches!(m.value, Value::Entity(_)))
        .map(|m| m.span)
        .collect();
    matched.sort_unstable();
    // The first name found that does not start before the word looked at: the words come in
    // order, so this only moves on.
    let mut next_matched = 0;
    let mut distance = Distance::default();
    // The length and letters of the run of words that starts at the word looked at.
    let mut run = Run::default();
    // The run folded, only once some alias is within reach of its length and letters.
    let mut folded = Folding::default();
    // Where the last finding ends: a window inside it is part of a name already reported
    // ("Zelenksy" inside "Volodymir Zelenksy").
    let mut reported_until = 0;
    // The buckets a window is compared with, as (number of words, bucket, whether their
    // aliases start with another letter than the window).
    let mut sources: Vec<(usize, usize, bool)> = Vec::new();
    for i in 0..words.spans.len() {
        let first = words.spans[i];
        // Only a capitalised word starts a name, and only one whose first letter some alias
        // starts with, or whose next two letters a one-word alias has after its first (or its
        // first two): the others are not looked at further. As many words are looked at as the
        // longest alias that starts with that letter has.
        let most = match cx.text.as_bytes()[first.start] {
            head if head.is_ascii_uppercase() => {
                acronym(cx, targets, first, out);
                let word = &cx.text.as_bytes()[first.start..first.end];
                let next = |k: usize| word.get(k).copied();
                let by_first = targets.longest_from(head);
                // A word too short to be a one-word name mistyped is not looked up again.
                if by_first == 0 && word.len() + 1 >= MIN_LETTERS {
                    usize::from(targets.one_word_from(head, next(1), next(2)))
                } else {
                    by_first
                }
            }
            head if head.is_ascii() => continue,
            _ if cx.text[first.range()].starts_with(char::is_uppercase) => longest,
            _ => continue,
        };
        if most == 0 {
            continue;
        }
        let reach = words.reach(i, most);
        while matched.get(next_matched).is_some_and(|m| m.start < first.start) {
            next_matched += 1;
        }
        let names_here = || matched[next_matched..].iter().take_while(|m| m.start == first.start);
        // Which windows from this word on are compared is decided before their words are
        // measured (each folded and its letters gathered), on what the text shows plainly. Most
        // capitalised words are turned away here:
        // - a window that ends where a name found at or before its first word ends, or before,
        //   is that name or a piece of it, and one that ends within a finding is part of a name
        //   already reported (both are passed over below as well): in text that names the
        //   canon's entities, many capitalised words stand in such a name;
        // - a window of several words that ends on a word in lower case is none of the aliases
        //   that end on a capital (see `runs_past`): most other capitalised words start a
        //   sentence, and "Menurut laporan media" is no name of three words.
        let covered = (names_here().map(|name| name.end))
            .chain(next_matched.checked_sub(1).map(|before| matched[before].end))
            .fold(reported_until, usize::max);
        // No window from this word on reaches past them: not even this word is measured.
        if words.spans[i + reach.joined - 1].end <= covered {
            continue;
        }
        let Shape { initial, second, third, len: first_len, .. } = words.shape(i);
        let Some(initial) = initial else { continue };
        folded.clear();
        // One word that a longer name goes on from ("Sumber Daya Mineral") is that name's, and
        // one before a colon a label ("Sumber: AFP"): not a one-word name mistyped ("Sumbar").
        let first_goes_on = || {
            let after = cx.text.get(first.end..).unwrap_or("");
            after.starts_with(':')
                || after.starts_with(' ')
                    && after[1..].starts_with(char::is_uppercase)
                    && after[1..].chars().nth(1).is_some_and(char::is_lowercase)
        };
        let reaches_past = |count: usize| words.spans[i + count - 1].end > covered;
        // The aliases that start with the window's first letter, longest first, so that a name
        // is reported whole; then the one-word aliases whose second and third letters are the
        // window's second and third (its first mistyped) or its first and second (the alias's
        // first dropped), less those that start with the window's first letter, looked at
        // already.
        sources.clear();
        let firsts = targets.firsts.get(initial).iter().filter(|&&(n, bucket)| {
            n <= reach.joined
                && reaches_past(n)
                && (reach.ends_on_capital(n) || !targets.buckets[bucket].ends_on_capital)
        });
        sources.extend(firsts.map(|&(n, bucket)| (n, bucket, false)));
        // A word one typo from a one-word alias, of MIN_LETTERS letters or more, has one letter
        // less at the least: most capitalised words ("The", "Pada") are too short for that.
        if first_len + 1 >= MIN_LETTERS && reaches_past(1) && !first_goes_on() {
            let replaced = second.zip(third).and_then(|key| targets.one_word(key));
            let dropped = second.and_then(|second| targets.one_word((initial, second)));
            sources.extend(replaced.map(|bucket| (1, bucket, true)));
            let dropped = dropped.filter(|&b| Some(b) != replaced);
            sources.extend(dropped.map(|bucket| (1, bucket, true)));
        }
        let Some(longest_window) = sources.iter().map(|&(count, _, _)| count).max() else {
            continue;
        };
        words.measure_run(i, longest_window, &mut run);
        for &(count, bucket, other_initial) in &sources {
            // Only aliases whose length is within reach (at most `max` typos away), and whose
            // letters are: each typo brings in at most one letter the other lacks. Most windows
            // have none, and are looked at no further: this test comes first, as the cheapest.
            let Measure { len, letters, commas } = run.0[count - 1];
            let candidates = &targets.buckets[bucket].candidates;
            let from = candidates.partition_point(|c| c.len < len.saturating_sub(MAX_TYPOS));
            let mut within_reach = candidates[from..]
                .iter()
                .take_while(|c| c.len <= len + MAX_TYPOS)
                .filter(|c| {
                    c.len.abs_diff(len) <= usize::from(c.max)
                        && !more_bits(letters & !c.mask, c.max)
                        && !more_bits(c.mask & !letters, c.max)
                        && c.commas == commas
                        && !(other_initial && c.initial == initial)
                })
                .peekable();
            if within_reach.peek().is_none() {
                continue;
            }
            let span = Span::new(first.start, words.spans[i + count - 1].end);
            // Most windows that are names were found as names; a window inside a name found is
            // a piece of it ("Gubernur Jawa" of "Gubernur Jawa Barat"). One that only overlaps a
            // name may be a misspelt first name before a surname found ("Paul-Henry
            // Nargeolet").
            let inside_a_name = next_matched
                .checked_sub(1)
                .and_then(|before| matched.get(before))
                .is_some_and(|name| name.contains(span))
                || names_here().any(|name| name.contains(span));
            let goes_on = count == 1 && first_goes_on();
            if span.end <= reported_until
                || names_here().any(|&name| name == span)
                || inside_a_name
                || goes_on
                || cx.is_ignored(span)
            {
                continue;
            }
            let window = folded.window(&words, i, count);
            if targets.known_sketch.may_hold(window)
                && targets.known.binary_search_by(|k| k.as_slice().cmp(window)).is_ok()
            {
                continue;
            }
            if count == 1
                && cx.reading.language == Lang::Id
                && dictionary::is_word(&cx.text[span.range()], Lang::Id)
                && (capital_of_its_place(cx.text, span) || in_a_titled_phrase(cx.text, span))
            {
                continue;
            }
            let mut best: Option<(usize, usize)> = None;
            for candidate in within_reach {
                let (t, target) = (candidate.target, &targets.list[candidate.target]);
                let d = distance.within(window, &target.folded, candidate.max.into());
                let Some(d) = d.or_else(|| swapped_apart(window, &target.folded).then_some(2))
                else {
                    continue;
                };
                if best.is_none_or(|closest| (d, t) < closest)
                    && !first_letter_on_a_word(
                        other_initial,
                        &cx.text[span.range()],
                        cx.reading.language,
                    )
                    && !runs_past(&cx.text[span.range()], &target.alias)
                    && !short_word_rewritten(&cx.text[span.range()], &target.alias)
                    && !same_letters(window, &target.folded)
                    && (same_digits(window, &target.folded)
                        || digits_slipped(window, &target.folded))
                    && !extends(window, &target.folded)
                    && !prefixed(window, &target.folded)
                    && !inflected(window, &target.folded)
                    && !possessive(&cx.text[span.range()], &target.alias)
                    && !(cx.reading.language == Lang::Id && adapted(window, &target.folded))
                    && !real_words(
                        &cx.text[span.range()],
                        &target.alias,
                        cx.reading.language,
                        targets,
                    )
                {
                    best = Some((d, t));
                }
            }
            // "Florida's": another alias of the canon, in the possessive.
            let possessive_alias = || {
                ["'s", "’s"].iter().any(|p| {
                    cx.text[span.range()].strip_suffix(p).is_some_and(|stem| {
                        targets.list.iter().any(|t| t.alias.eq_ignore_ascii_case(stem))
                    })
                })
            };
            if let Some((_, t)) = best.filter(|_| !possessive_alias()) {
                let target = &targets.list[t];
                reported_until = span.end;
                let found = &cx.text[span.range()];
                out.push(Finding {
                    check: NAME.to_string(),
                    status: Status::Warning,
                    span,
                    found: found.to_string(),
                    expected: target.alias.clone(),
                    message: format!(
                        "\"{found}\" looks like a misspelling of \"{}\" ({})",
                        target.alias, target.id
                    ),
                });
            }
        }
    }
}

/// The window starts with another letter than the alias (`other_initial`) and is a word of
/// the article's language, capitalised or not: that word ("Galang", an island, and "galang"),
/// not the name ("Malang") with its first letter mistyped.
fn first_letter_on_a_word(other_initial: bool, found: &str, lang: Lang) -> bool {
    other_initial && dictionary::is_word(found, lang)
}

/// The word at `span` is capitalised by where it stands: it opens the text, a line or a
/// sentence (after a full stop, a question or exclamation mark or a colon), with only opening
/// quotation marks and dashes between ("“Banjir di Kalimantan Selatan …", "JAKARTA, iNews.id –
/// Banjir yang melanda …"). Such a capital says nothing of a name: in Indonesian, a word of the
/// language there ("Banjir", flood) is that word, not a one-word name ("Banjar") mistyped.
/// Indonesian has no articles, and a common noun opens a sentence bare; English puts a
/// determiner before a singular one ("The abbot's …"), so a bare capitalised word that opens an
/// English sentence is as likely a name ("Abbot’s first agenda …" for Abbott's), and is left to
/// the other rules.
fn capital_of_its_place(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end_matches(|c: char| {
        c == ' ' || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '–' | '—' | '-')
    });
    before.is_empty()
        || before.ends_with(['\n', '.', '!', '?', ':'])
        || text[before.len()..span.start].contains(['–', '—', '-'])
}

/// The word at `span` stands in a run of three or more capitalised words, each a word of the
/// Indonesian language, joined by single spaces: a phrase written in title case ("Status
/// Tanggap Darurat Bencana Banjir"), whose capitals make none of its words a name.
fn in_a_titled_phrase(text: &str, span: Span) -> bool {
    let capitalised_word =
        |w: &str| w.starts_with(char::is_uppercase) && dictionary::is_word(w, Lang::Id);
    let before = text[..span.start].strip_suffix(' ').unwrap_or("");
    let after = text[span.end..].strip_prefix(' ').unwrap_or("");
    let words_before = before.rsplit(' ').take_while(|w| capitalised_word(w)).count();
    let words_after = after.split(' ').take_while(|w| capitalised_word(w)).count();
    1 + words_before + words_after >= 3
}

/// The two spell one name as Indonesian writes a foreign one, "c" as "k" ("KRI Spika" for "KRI
/// Spica", "Amerika", "Afrika"): a spelling of the language, not a typo.
fn adapted(window: &[char], alias: &[char]) -> bool {
    let k = |c: &char| if *c == 'c' { 'k' } else { *c };
    window.len() == alias.len() && window.iter().map(k).eq(alias.iter().map(k))
}

/// The word at `span`, which starts with a capital, is in capitals and an acronym of the
/// canon with two neighbours swapped or one letter written twice: "BNBP", "BBNPB" for "BNPB";
/// or, in brackets right after a name of the canon, one letter other than that name's acronym
/// ("Badan Nasional Penanggulangan Bencana (PNPB)"). Other near misses of short acronyms are
/// as likely other acronyms ("BNSP"), and are left alone.
fn acronym(cx: &Context, targets: &Targets, span: Span, out: &mut Vec<Finding>) {
    // Most words are not four capitals or more: turned away on their length.
    if targets.acronyms.is_empty() || !(4..=MIN_LETTERS + 1).contains(&(span.end - span.start)) {
        return;
    }
    let Some(word) = cx.text.get(span.range()) else { return };
    let named = || {
        (cx.reading.mentions.iter()).filter(|m| matches!(m.value, Value::Entity(_))).map(|m| m.span)
    };
    let capitals = word.bytes().all(|b| b.is_ascii_uppercase());
    if !capitals
        || named().any(|n| n.overlaps(span))
        || cx.is_ignored(span)
        || targets.acronyms.iter().any(|(alias, _)| alias == word)
    {
        return;
    }
    // Or one letter other than the acronym of the name right before its bracket: "Badan
    // Nasional Penanggulangan Bencana (PNPB)" spells out BNPB.
    let before = cx.text.get(..span.start).unwrap_or("").trim_end();
    let expanded = before.strip_suffix('(').map(str::trim_end).and_then(|name| {
        cx.reading.mentions.iter().find_map(|m| match &m.value {
            Value::Entity(id) if m.span.end == name.len() => Some(id.as_str()),
            _ => None,
        })
    });
    let of_expansion = |alias: &str, id: &str| {
        expanded == Some(id) && alias.len() == word.len() && {
            let differ = alias.bytes().zip(word.bytes()).filter(|(a, w)| a != w).count();
            differ == 1
        }
    };
    let Some((alias, id)) = targets
        .acronyms
        .iter()
        .find(|(alias, id)| swapped_or_doubled(word, alias) || of_expansion(alias, id))
    else {
        return;
    };
    out.push(Finding {
        check: NAME.to_string(),
        status: Status::Warning,
        span,
        found: word.to_string(),
        expected: alias.clone(),
        message: format!("\"{word}\" looks like a misspelling of \"{alias}\" ({id})"),
    });
}

/// `word` is `alias` with two neighbouring letters swapped, or with one letter written twice.
fn swapped_or_doubled(word: &str, alias: &str) -> bool {
    let (w, a) = (word.as_bytes(), alias.as_bytes());
    let swapped = w.len() == a.len() && {
        let differ: Vec<usize> = (0..w.len()).filter(|&i| w[i] != a[i]).collect();
        differ.len() == 2
            && differ[1] == differ[0] + 1
            && w[differ[0]] == a[differ[1]]
            && w[differ[1]] == a[differ[0]]
    };
    let doubled = w.len() == a.len() + 1
        && (1..w.len()).any(|i| w[i] == w[i - 1] && w[..i] == a[..i] && w[i + 1..] == a[i..]);
    swapped || doubled
}

/// The window ends on a word in lower case where the alias ends on a capital: it has run past
/// the name into the sentence ("Grace Ocean Pte and" is not "Grace Ocean Pte Ltd").
fn runs_past(found: &str, alias: &str) -> bool {
    ends_on_capital(alias) && !ends_on_capital(found)
}

/// The last word of `text` (split at white space) starts with a capital.
fn ends_on_capital(text: &str) -> bool {
    text.split_whitespace().next_back().is_some_and(starts_with_capital)
}

/// `text` starts with a capital.
fn starts_with_capital(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => text.starts_with(char::is_uppercase),
    }
}

/// Every word of the window that is not the alias's word in its place is a known name, an alias
/// of the canon ("Titanic submersible" is no typo of "Titan submersible"), or is written in
/// lower case and is a word of the article's language ([`dictionary::is_word`]): another word,
/// not a typo ("Tim SAR tabungan" is not "Tim SAR gabungan" mistyped). Only where both have as
/// many words: "Ocean Gate" for "OceanGate" parts a name, it does not replace a word of it. A
/// capitalised word is a name's, whatever else it spells: "Didik Hamzah" and "Pulau Kaki" are
/// typos of names that are also words.
fn real_words(found: &str, alias: &str, lang: Lang, targets: &Targets) -> bool {
    fn words(s: &str) -> Vec<&str> {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
    }
    let (found, alias) = (words(found), words(alias));
    let mut replaced = (found.iter().zip(&alias))
        .filter(|(f, a)| Aliases::fold(f) != Aliases::fold(a))
        .map(|(f, _)| f)
        .peekable();
    let known = |word: &str| {
        let folded: Vec<char> = Aliases::fold(word).chars().collect();
        targets.known.binary_search(&folded).is_ok()
    };
    found.len() == alias.len()
        && replaced.peek().is_some()
        && replaced.all(|word| {
            known(word)
                || word.starts_with(|c: char| c.is_lowercase()) && dictionary::is_word(word, lang)
        })
}

/// The window is the alias with a word in the possessive: "Royal Thai Navy’s SEAL" is the
/// grammar of "Royal Thai Navy SEAL", not a typo of it.
fn possessive(found: &str, alias: &str) -> bool {
    let bare = |w: &str| {
        let w = w.to_lowercase();
        ["'s", "’s", "'", "’"]
            .iter()
            .find_map(|s| w.strip_suffix(s).map(str::to_string))
            .unwrap_or(w)
    };
    found.split_whitespace().map(bare).eq(alias.split_whitespace().map(bare))
}

/// A short word of the window is two letters away from the alias's word in its place: another
/// word, not a typo ("Laksamana Muda", a rank, is not "Laksamana Yudo"), unless two of its
/// letters one apart are swapped ("Salvador Romas"). Two typos are looked for in long names,
/// spread over them.
fn short_word_rewritten(found: &str, alias: &str) -> bool {
    let (found, alias): (Vec<&str>, Vec<&str>) =
        (found.split_whitespace().collect(), alias.split_whitespace().collect());
    found.len() == alias.len()
        && found.iter().zip(&alias).any(|(f, a)| {
            let (f, a): (Vec<char>, Vec<char>) =
                (f.to_lowercase().chars().collect(), a.to_lowercase().chars().collect());
            f.len().max(a.len()) <= 5 && edit_distance(&f, &a) >= 2 && !one_apart_swapped(&f, &a)
        })
}

/// The optimal string alignment distance (insertions, deletions, substitutions, swaps of
/// neighbours), as the check counts typos, for short words.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// An alias long enough to be checked.
struct Target {
    id: String,
    alias: String,
    folded: Spelled,
}

/// What a window is first compared with, kept apart from the [`Target`] so that the targets of
/// a bucket lie side by side in memory: most are turned away by these alone.
#[derive(Clone)]
struct Candidate {
    /// Its first folded letter.
    initial: char,
    /// The number of characters of the folded alias.
    len: usize,
    /// Which letters it has (see [`mask`]).
    mask: u64,
    /// The distance allowed.
    max: u8,
    /// Its place in [`Targets::list`].
    target: usize,
    /// Which of its words a comma follows (see [`comma_places`]).
    commas: u64,
}

/// The canon's aliases, prepared once per canon (see [`Aliases::derived`]).
struct Targets {
    list: Vec<Target>,
    /// The targets by number of words and first folded letter, then the one-word targets by
    /// their second and third; in each, shortest alias first, then in the canon's order.
    buckets: Vec<Bucket>,
    /// The buckets of the aliases by their first folded letter.
    firsts: Index,
    /// The buckets of the one-word aliases by their second and third folded letters, sorted by
    /// them and searched by halving: a typo in a name's first letter ("Haidar" for "Saidar")
    /// leaves the next two in place, and a first letter dropped ("Aditya" for "Raditya") brings
    /// them to the front.
    one_word_by_tail: Vec<((char, char), usize)>,
    /// The most words an alias in `list` has.
    longest: usize,
    /// Every alias, however short, folded: a window equal to one is a name, not a typo. Sorted
    /// and searched by halving, which costs less than hashing the window.
    known: Vec<Vec<char>>,
    /// A filter of `known`, which turns away nearly every window before it is searched.
    known_sketch: Sketch,
    /// Aliases written as an acronym in capitals, shorter than the letters checked above
    /// ("BNPB", "KNKT"), with their entity: only their own typos are looked for.
    acronyms: Vec<(String, String)>,
}

impl Targets {
    fn new(aliases: &Aliases) -> Targets {
        // Kept in key order, so that the buckets are numbered the same on every run.
        let mut by_start: BTreeMap<(usize, char), Vec<Candidate>> = BTreeMap::new();
        let mut by_tail: BTreeMap<(char, char), Vec<Candidate>> = BTreeMap::new();
        let mut targets = Targets {
            list: Vec::new(),
            buckets: Vec::new(),
            firsts: Index::default(),
            one_word_by_tail: Vec::new(),
            longest: 0,
            known: Vec::new(),
            known_sketch: Sketch::default(),
            acronyms: Vec::new(),
        };
        for (id, alias) in aliases.iter() {
            if (3..MIN_LETTERS).contains(&alias.len())
                && alias.bytes().all(|b| b.is_ascii_uppercase())
            {
                targets.acronyms.push((alias.to_string(), id.to_string()));
            }
            let folded: Vec<char> = Aliases::fold(alias).chars().collect();
            let letters = folded.iter().filter(|c| c.is_alphanumeric()).count();
            let count = tokenize(alias).iter().filter(|t| t.kind != TokenKind::Punct).count();
            // An alias in lower case ("proses identifikasi") is a phrase of common words, not a
            // name: a near miss of it is no misspelt name.
            let a_name = !alias.starts_with(char::is_lowercase);
            if letters >= MIN_LETTERS
                && count > 0
                && a_name
                && let Some(&initial) = folded.first()
            {
                let max = typos_allowed(letters);
                let candidate = Candidate {
                    initial,
                    len: folded.len(),
                    mask: mask(&folded),
                    max,
                    target: targets.list.len(),
                    commas: comma_places(alias),
                };
                // Only names of one word, that start with three letters or digits (a quote is
                // no first letter): a wrong first letter is looked for in those alone.
                if let [first, second, third, ..] = folded[..]
                    && count == 1
                    && [first, second, third].iter().all(|c| c.is_alphanumeric())
                {
                    by_tail.entry((second, third)).or_default().push(candidate.clone());
                }
                by_start.entry((count, initial)).or_default().push(candidate);
                let (id, alias) = (id.to_string(), alias.to_string());
                targets.list.push(Target { id, alias, folded: Spelled::new(folded.clone()) });
                targets.longest = targets.longest.max(count);
            }
            targets.known_sketch.add(&folded);
            targets.known.push(folded);
        }
        targets.known.sort_unstable();
        targets.known.dedup();
        targets.firsts = Index::new(by_start, &targets.list, &mut targets.buckets);
        for (key, candidates) in by_tail {
            targets.one_word_by_tail.push((key, targets.buckets.len()));
            targets.buckets.push(Bucket::new(candidates, &targets.list));
        }
        targets
    }

    /// The bucket of the one-word aliases whose second and third folded letters are `tail`.
    fn one_word(&self, tail: (char, char)) -> Option<usize> {
        let at = self.one_word_by_tail.binary_search_by_key(&tail, |&(key, _)| key).ok()?;
        Some(self.one_word_by_tail[at].1)
    }

    /// The most words an alias that starts with the ASCII character `first` (any case) has;
    /// 0 when none starts with it.
    fn longest_from(&self, first: u8) -> usize {
        self.firsts.get(char::from(first.to_ascii_lowercase())).first().map_or(0, |&(n, _)| n)
    }

    /// A one-word alias has `second` and `third` after its first letter, or `first` and
    /// `second`: the bytes of a word that starts with an ASCII capital, any case. A byte beyond
    /// ASCII is taken to reach every one-word alias: its letter is known only once folded.
    fn one_word_from(&self, first: u8, second: Option<u8>, third: Option<u8>) -> bool {
        let lower = |b: u8| char::from(b.to_ascii_lowercase());
        if [second, third].iter().flatten().all(u8::is_ascii) {
            let (second, third) = (second.map(lower), third.map(lower));
            second.zip(third).and_then(|key| self.one_word(key)).is_some()
                || second.and_then(|second| self.one_word((lower(first), second))).is_some()
        } else {
            !self.one_word_by_tail.is_empty()
        }
    }
}

/// Candidates looked at together: aliases of as many words that share a letter in one place.
struct Bucket {
    /// Shortest alias first, then in the canon's order.
    candidates: Vec<Candidate>,
    /// Every alias of the bucket ends on a word that starts with a capital: a window that ends
    /// on a word in lower case is none of them (see [`runs_past`]).
    ends_on_capital: bool,
}

impl Bucket {
    fn new(mut candidates: Vec<Candidate>, list: &[Target]) -> Bucket {
        candidates.sort_by_key(|c| (c.len, c.target));
        let ends_on_capital = candidates.iter().all(|c| ends_on_capital(&list[c.target].alias));
        Bucket { candidates, ends_on_capital }
    }
}

/// Buckets of candidates by a letter of the alias (folded), as (number of words, bucket), most
/// words first. For ASCII letters, a direct look-up: no key is hashed or searched for the words
/// of a text.
#[derive(Default)]
struct Index {
    ascii: Vec<Vec<(usize, usize)>>,
    /// The other letters, sorted and searched by halving.
    other: Vec<(char, Vec<(usize, usize)>)>,
}

impl Index {
    /// Numbers the buckets of `by_key`, (number of words, letter) → candidates, from the end of
    /// `buckets` on, and indexes them by letter.
    fn new(
        by_key: BTreeMap<(usize, char), Vec<Candidate>>,
        list: &[Target],
        buckets: &mut Vec<Bucket>,
    ) -> Index {
        let mut index = Index { ascii: vec![Vec::new(); 128], other: Vec::new() };
        let mut others: BTreeMap<char, Vec<(usize, usize)>> = BTreeMap::new();
        for ((count, letter), candidates) in by_key {
            let at = buckets.len();
            buckets.push(Bucket::new(candidates, list));
            match index.ascii.get_mut(letter as usize) {
                Some(starts) => starts.push((count, at)),
                None => others.entry(letter).or_default().push((count, at)),
            }
        }
        index.other = others.into_iter().collect();
        // Most words first.
        let starts = index.ascii.iter_mut().chain(index.other.iter_mut().map(|(_, s)| s));
        for starts in starts {
            starts.sort_by_key(|&(count, _)| std::cmp::Reverse(count));
        }
        index
    }

    /// The buckets of the aliases with `letter` in the place indexed.
    fn get(&self, letter: char) -> &[(usize, usize)] {
        if let Some(starts) = self.ascii.get(letter as usize) {
            return starts;
        }
        self.other.binary_search_by_key(&letter, |(c, _)| *c).map_or(&[], |at| &self.other[at].1)
    }
}

/// Which words of `alias` a comma follows, as bits (bit `i` for its word `i`, the first 64):
/// "Badan Meteorologi, Klimatologi, dan Geofisika" has commas after its second and third.
fn comma_places(alias: &str) -> u64 {
    let (mut word, mut places, mut after_comma) = (0usize, 0u64, false);
    for token in &tokenize(alias) {
        if token.kind == TokenKind::Punct {
            after_comma |= word > 0 && alias[token.span.range()].contains(',');
            continue;
        }
        if after_comma && word <= 64 {
            places |= 1 << (word - 1);
        }
        after_comma = false;
        word += 1;
    }
    places
}

/// The words (and digit runs) of a text. A name is a run of them joined on one line; a run is
/// folded as aliases are only when it may start a name.
struct Words<'t> {
    text: &'t str,
    spans: Vec<Span>,
    /// The shape of each word, worked out once however many runs it is part of, and only for
    /// the words of runs that may start a name.
    shapes: Vec<Option<Shape>>,
}

impl<'t> Words<'t> {
    /// The words among `tokens`, tokens of `text`.
    fn new(text: &'t str, tokens: &[Token]) -> Words<'t> {
        // A word in the possessive is looked at without its ending: "Abbot’s" is "Abbot".
        // Most words do not end in "s" after an apostrophe: turned away on two bytes.
        let bytes = text.as_bytes();
        let bare = |span: Span| {
            let possessive = span.end >= span.start + 3
                && bytes[span.end - 1] == b's'
                && matches!(bytes[span.end - 2], b'\'' | 0x99);
            if !possessive {
                return span;
            }
            let word = &text[span.range()];
            let stem = ["'s", "’s"].iter().find_map(|end| word.strip_suffix(end));
            stem.filter(|stem| !stem.is_empty())
                .map_or(span, |stem| Span::new(span.start, span.start + stem.len()))
        };
        let mut spans: Vec<Span> = Vec::with_capacity(tokens.len());
        for token in tokens {
            if token.kind != TokenKind::Punct {
                spans.push(bare(token.span));
            }
        }
        let shapes = vec![None; spans.len()];
        Words { text, spans, shapes }
    }

    /// The shape of word `i`.
    fn shape(&mut self, i: usize) -> Shape {
        let (text, spans) = (self.text, &self.spans);
        *self.shapes[i].get_or_insert_with(|| {
            let gap = i.checked_sub(1).map(|before| &text[spans[before].end..spans[i].start]);
            Shape::of(&text[spans[i].range()], gap)
        })
    }

    /// How far the run of at most `max` words from word `first` (which starts with a capital)
    /// may reach as a name, read from the gaps and the words' first letters alone.
    fn reach(&self, first: usize, max: usize) -> Reach {
        let text = self.text;
        let end = self.spans.len().min(first.saturating_add(max));
        let mut reach = Reach { joined: 1, capitals: 1 };
        // The last word of the window, split at white space as `runs_past` reads it, starts
        // with a capital: the first word does.
        let mut capital = true;
        for i in first + 1..end {
            let (before, word) = (self.spans[i - 1], self.spans[i]);
            if word.start == before.end + 1 && text.as_bytes()[before.end] == b' ' {
                // Most words are joined by one space. (A run of digits may hold a space, but
                // what follows it is a digit, no capital, as the run's first character is.)
                capital = starts_with_capital(&text[word.range()]);
            } else if joins_words(&text[before.end..word.start]) {
                // The window's last word starts after the last space, in the gap or in the
                // word; with no space it goes on from the word before ("Jong-un").
                let piece = &text[before.end..word.end];
                let after = piece.rsplit(char::is_whitespace).next().unwrap_or(piece);
                if after.len() < piece.len() {
                    capital = starts_with_capital(after);
                }
            } else {
                break;
            }
            reach.joined += 1;
            if capital && reach.joined <= 64 {
                reach.capitals |= 1 << (reach.joined - 1);
            }
        }
        reach
    }

    /// Measures the `count` words from word `first` on, joined, into `run`.
    fn measure_run(&mut self, first: usize, count: usize, run: &mut Run) {
        run.0.clear();
        let (mut len, mut letters, mut commas) = (0, 0, 0u64);
        for i in first..first + count {
            let shape = self.shape(i);
            if i > first {
                len += shape.gap_len;
                letters |= shape.gap_mask;
                if shape.comma && i - first <= 64 {
                    commas |= 1 << (i - first - 1);
                }
            }
            len += shape.len;
            letters |= shape.mask;
            run.0.push(Measure { len, letters, commas });
        }
    }

    /// Folds the `count` joined words that start at word `first` into `folded`, as
    /// [`Aliases::fold`] writes their text.
    fn fold_run(&self, first: usize, count: usize, folded: &mut Vec<char>, ends: &mut Vec<usize>) {
        folded.clear();
        ends.clear();
        for i in first..first + count {
            if i > first {
                fold_gap(&self.text[self.spans[i - 1].end..self.spans[i].start], |c| {
                    folded.push(c)
                });
            }
            let word = &self.text[self.spans[i].range()];
            if word.is_ascii() {
                folded.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                folded.extend(Aliases::fold(word).chars());
            }
            ends.push(folded.len());
        }
    }
}

/// Hands on the characters of `gap`, what joins two words of a run, folded as
/// [`Aliases::fold`] writes them: white space runs become one space; joining punctuation stays.
fn fold_gap(gap: &str, mut push: impl FnMut(char)) {
    let mut in_space = false;
    for c in gap.chars() {
        if c.is_whitespace() {
            if !in_space {
                push(' ');
            }
            in_space = true;
        } else {
            c.to_lowercase().for_each(&mut push);
            in_space = false;
        }
    }
}

/// A word's folded length (in characters), its letters (see [`mask`]) and first letters, and
/// the same for what joins it to the word before, when it is joined (see [`Words::reach`]).
#[derive(Clone, Copy)]
struct Shape {
    len: usize,
    mask: u64,
    /// The first letter folded; `None` when the word folds to nothing.
    initial: Option<char>,
    /// The second and third letters folded, if any.
    second: Option<char>,
    third: Option<char>,
    gap_len: usize,
    gap_mask: u64,
    /// The word is joined to the one before by a comma: only an alias with a comma in the same
    /// place is compared with a window across it.
    comma: bool,
}

impl Shape {
    /// The shape of `word`, and of `gap`, the text between it and the word before (`None` for
    /// the first word).
    fn of(word: &str, gap: Option<&str>) -> Shape {
        let bytes = word.as_bytes();
        // The letters of an ASCII word in the same pass that finds it is ASCII.
        let ascii_mask =
            bytes.iter().try_fold(0, |m, &b| ASCII_BITS.get(usize::from(b)).map(|bits| m | bits));
        let (len, mask, [initial, second, third]) = if let Some(mask) = ascii_mask {
            let lower = |b: &u8| char::from(b.to_ascii_lowercase());
            (bytes.len(), mask, [0, 1, 2].map(|i| bytes.get(i).map(lower)))
        } else {
            let folded = Aliases::fold(word);
            let (len, mask) = folded.chars().fold((0, 0), |(n, m), c| (n + 1, m | bit(c)));
            let mut chars = folded.chars();
            (len, mask, [chars.next(), chars.next(), chars.next()])
        };
        let shape =
            Shape { len, mask, initial, second, third, gap_len: 0, gap_mask: 0, comma: false };
        match gap {
            None => shape,
            // Most words are joined by one space.
            Some(" ") => Shape { gap_len: 1, gap_mask: bit(' '), ..shape },
            Some(gap) if joins_words(gap) => {
                let (mut gap_len, mut gap_mask) = (0, 0);
                fold_gap(gap, |c| {
                    gap_len += 1;
                    gap_mask |= bit(c);
                });
                Shape { gap_len, gap_mask, comma: gap.contains(','), ..shape }
            }
            Some(_) => shape,
        }
    }
}

/// How far a run of words may reach as a name (see [`Words::reach`]).
struct Reach {
    /// How many of its words are joined.
    joined: usize,
    /// Which of its windows end on a word that starts with a capital: bit `n - 1` for the
    /// window of its first `n` words (the first 64).
    capitals: u64,
}

impl Reach {
    /// The window of the first `count` words ends on a word that starts with a capital.
    fn ends_on_capital(&self, count: usize) -> bool {
        count > 64 || self.capitals & (1 << (count - 1)) != 0
    }
}

/// The run of joined words that starts at a word: entry `n - 1` measures its first `n`.
#[derive(Default)]
struct Run(Vec<Measure>);

/// The first words of a run: their folded length, letters, and which of them a comma follows
/// (see [`comma_places`]).
#[derive(Clone, Copy)]
struct Measure {
    len: usize,
    letters: u64,
    commas: u64,
}

/// The run's words folded, worked out once per run and only for runs that some alias is near.
#[derive(Default)]
struct Folding {
    chars: Vec<char>,
    /// Where each word ends in `chars`; empty until the run is folded.
    ends: Vec<usize>,
}

impl Folding {
    fn clear(&mut self) {
        self.ends.clear();
    }

    /// The first `count` words of the run starting at word `first`. Windows are asked for
    /// longest first, so the first fold holds every later one.
    fn window(&mut self, words: &Words, first: usize, count: usize) -> &[char] {
        if self.ends.len() < count {
            words.fold_run(first, count, &mut self.chars, &mut self.ends);
        }
        &self.chars[..self.ends[count - 1]]
    }
}

/// `gap`, the text between two words, joins them into one name: what [`joins`] lets through,
/// and one comma at most, as in "Badan Meteorologi, Klimatologi, dan Geofisika".
fn joins_words(gap: &str) -> bool {
    gap == " " || gap.chars().all(|c| joins(c) || c == ',') && gap.matches(',').count() < 2
}

/// What may stand between two words of one name: spaces on one line, and the punctuation inside
/// names ("Kim Jong-un", "O'Brien", "AT&T").
fn joins(c: char) -> bool {
    (c.is_whitespace() && c != '\n' && c != '\r')
        || matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\'' | '\u{2019}' | '&' | '/')
        || matches!(c, '\u{200B}' | '\u{FEFF}')
}

/// The set of characters in `chars`, as bits: one per ASCII letter and digit, the rest hashed
/// onto the remaining bits. Two characters may share a bit, so the letters one text has and the
/// other lacks are never overcounted.
fn mask(chars: &[char]) -> u64 {
    chars.iter().fold(0, |mask, &c| mask | bit(c))
}

/// The bit of one character in a [`mask`].
const fn bit(c: char) -> u64 {
    let bit = match c {
        'a'..='z' => c as u32 - 'a' as u32,
        '0'..='9' => 26 + c as u32 - '0' as u32,
        _ => 36 + c as u32 % 28,
    };
    1 << bit
}

/// The bits of the ASCII characters lower-cased, looked up rather than worked out for the
/// letters of every word.
const ASCII_BITS: [u64; 128] = {
    let mut bits = [0; 128];
    let mut b = 0;
    while b < bits.len() {
        bits[b] = bit((b as u8).to_ascii_lowercase() as char);
        b += 1;
    }
    bits
};

/// More than `max` bits of `bits` are set: `count_ones() > max`, in a few instructions for the
/// bounds that occur (1 and 2), where a processor without a population count takes a dozen.
fn more_bits(bits: u64, max: u8) -> bool {
    let without_lowest = |b: u64| b & b.wrapping_sub(1);
    match max {
        0 => bits != 0,
        1 => without_lowest(bits) != 0,
        2 => without_lowest(without_lowest(bits)) != 0,
        _ => bits.count_ones() > u32::from(max),
    }
}

/// How many letters a name needs for two letters one apart, swapped, to be one typo of it.
const SWAP_LETTERS: usize = 6;

/// `window` is `alias` with two letters one letter apart swapped ("Kawarang" for "Karawang"):
/// one slip of the hand, though the edit distance counts two. Only in a name of
/// [`SWAP_LETTERS`] letters or more.
fn swapped_apart(window: &[char], alias: &[char]) -> bool {
    one_apart_swapped(window, alias)
        && alias.iter().filter(|c| c.is_alphanumeric()).count() >= SWAP_LETTERS
}

/// `a` is `b` with two letters one letter apart swapped.
fn one_apart_swapped(a: &[char], b: &[char]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut differ = (0..b.len()).filter(|&i| a[i] != b[i]);
    matches!(
        (differ.next(), differ.next(), differ.next()),
        (Some(i), Some(j), None) if j == i + 2 && a[i] == b[j] && a[j] == b[i]
    )
}

/// The same letters and digits, written apart or joined differently. The spacing modifier
/// letters (U+02B0 to U+02FF) are marks, not letters: "Hawaiʻi", with its ʻokina, is "Hawaii".
fn same_letters(a: &[char], b: &[char]) -> bool {
    let letters = |c: &&char| c.is_alphanumeric() && !('\u{2B0}'..='\u{2FF}').contains(*c);
    a.iter().filter(letters).eq(b.iter().filter(letters))
}

/// The same digits: "G21" or "Piala Dunia 2026" name something else than "G20" or "Piala Dunia
/// 2022", they do not misspell it.
fn same_digits(a: &[char], b: &[char]) -> bool {
    let digits = |c: &&char| c.is_numeric();
    a.iter().filter(digits).eq(b.iter().filter(digits))
}

/// The same letters, and a code's digits slipped: two neighbours swapped ("QZ8051" for the
/// flight "QZ8501", "JT-601" for "JT-610") or a digit written twice or dropped ("SJ 1812" for
/// "SJ 182"). A code of three digits or more is mistyped so more often than another code with
/// the same letters is named beside it. Not one digit for another, which names another model
/// as often ("Boeing 747" beside "Boeing 737"); not a year ("Piala Dunia 2026" of "Piala Dunia
/// 2022"), nor a code of fewer digits ("G21", "G20").
fn digits_slipped(a: &[char], b: &[char]) -> bool {
    let letters = |c: &&char| c.is_alphabetic();
    let year = |s: &[char]| {
        s.split(|c| !c.is_ascii_digit()).any(|run| {
            run.len() == 4 && (run.starts_with(&['1', '9']) || run.starts_with(&['2', '0']))
        })
    };
    let digits =
        |s: &[char]| -> Vec<char> { s.iter().copied().filter(char::is_ascii_digit).collect() };
    let (da, db) = (digits(a), digits(b));
    let (short, long) = if da.len() < db.len() { (&da, &db) } else { (&db, &da) };
    // Where the two first differ: past it, the rest are the same but for the slip.
    let at = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    let swapped = short.len() == long.len()
        && at + 1 < short.len()
        && (short[at], short[at + 1]) == (long[at + 1], long[at])
        && short[at + 2..] == long[at + 2..];
    let one_more = long.len() == short.len() + 1 && short[at..] == long[at + 1..];
    a.iter().filter(letters).eq(b.iter().filter(letters))
        && short.len() >= 3
        && (swapped || one_more)
        && !year(a)
        && !year(b)
}

/// `window` is `alias` with a suffix of the language on its last word ([`suffixed`]):
/// "russian" for "russia", "jakartanya" for "jakarta". Other letters added at the end are a
/// typo ("pumpenten" for "pumpente", "amir khand" for "amir khan").
fn extends(window: &[char], alias: &[char]) -> bool {
    window.len() > alias.len()
        && window.starts_with(alias)
        && !window[alias.len()..].iter().any(|c| c.is_whitespace())
        && suffixed(alias, &window[alias.len()..])
}

/// Endings that make another word of a name in English: plurals, demonyms and the words of a
/// people's language ("Russians", "Indonesian", "Taiwanese", "Iraqi", "Finnish", "Muscovite",
/// "New Yorker"). "-n" and "-ns" are only a demonym's after "a" ("Korean" of "Korea"); after
/// another letter a demonym takes "-an" ("European").
const ENGLISH_SUFFIXES: &[&str] = &[
    "s", "es", "n", "ns", "an", "ans", "ian", "ians", "ese", "ish", "i", "is", "er", "ers", "ite",
    "ites", "ic",
];

/// Endings of Indonesian that may follow a name: the possessive and the particles ("-nya",
/// "-lah", "-kah", "-pun", "-ku", "-mu") and the derivations ("-an", "-kan", "-i", "-wan").
const INDONESIAN_SUFFIXES: &[&str] = &[
    "nya", "lah", "kah", "pun", "ku", "mu", "an", "kan", "i", "wan", "wati", "annya", "kannya",
    "inya",
];

/// `end`, written after `stem`, is a suffix of English or Indonesian, and so makes another
/// word of it, not a typo: a letter added that is no suffix ("Khand" for "Khan"), or a suffix
/// of one letter that only writes the stem's last letter twice ("Balii"), is a typo; so is
/// "-n" or "-ns" after another letter than "a" ("Pumpenten" for "Pumpente").
fn suffixed(stem: &[char], end: &[char]) -> bool {
    let is = |suffix: &str| end.iter().copied().eq(suffix.chars());
    let last = stem.last().copied();
    let doubled = end.len() == 1 && last == end.first().copied();
    let after_a = last == Some('a');
    !doubled
        && (ENGLISH_SUFFIXES.iter().chain(INDONESIAN_SUFFIXES).any(|s| is(s)))
        && (after_a || !(is("n") || is("ns")))
}

/// The first word of `window` is the alias's first word with two letters or more before it:
/// another word built on it ("Kalapas", the head of a "Lapas"), not a typo.
fn prefixed(window: &[char], alias: &[char]) -> bool {
    let first = |chars: &[char]| {
        let end = chars.iter().position(|c| c.is_whitespace()).unwrap_or(chars.len());
        chars[..end].to_vec()
    };
    let (ours, theirs) = (first(window), first(alias));
    ours.len() >= theirs.len() + 2 && ours.ends_with(&theirs)
}

/// Endings that make another form of a word of [`MIN_STEM`] letters or more, not a typo of it:
/// a plural ("Railways" for "Railway"), a demonym ("Indonesian" for "Indonesia").
const INFLECTIONS: &[&str] = &["s", "es", "n", "an", "ian"];

/// How long a word must be for an ending to make another form of it rather than a typo.
const MIN_STEM: usize = 6;

/// Endings that stand for one another on one stem: "Minister" (the person) and "Ministry" (the
/// office).
const ALTERNATIONS: &[(&str, &str)] = &[("er", "ry")];

/// `window` and `alias` have the same words, each the same or another form of it
/// ([`INFLECTIONS`], [`ALTERNATIONS`]), in any word: "Railway" for "Railways", "Indonesia
/// Police" for "Indonesian police", "Railway Minister" for "Railway Ministry".
fn inflected(window: &[char], alias: &[char]) -> bool {
    fn words(chars: &[char]) -> Vec<&[char]> {
        chars.split(|c| c.is_whitespace()).filter(|w| !w.is_empty()).collect()
    }
    let ends = |word: &[char], end: &str| {
        let n = end.chars().count();
        word.len() >= n && word[word.len() - n..].iter().copied().eq(end.chars())
    };
    let form = |x: &[char], y: &[char]| {
        let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        let suffixed = long.starts_with(short)
            && short.len() >= MIN_STEM
            && INFLECTIONS.iter().any(|end| long[short.len()..].iter().copied().eq(end.chars()))
            && suffixed(short, &long[short.len()..]);
        let alternate = ALTERNATIONS.iter().any(|(p, q)| {
            let stem = |w: &[char], end: &str| w.len() - end.chars().count();
            let pair = |a: &[char], b: &[char]| {
                ends(a, p) && ends(b, q) && a[..stem(a, p)] == b[..stem(b, q)]
            };
            pair(x, y) || pair(y, x)
        });
        x == y || suffixed || alternate
    };
    let (a, b) = (words(window), words(alias));
    a.len() == b.len() && a != b && a.iter().zip(&b).all(|(x, y)| form(x, y))
}

/// Optimal string alignment distance, bounded, with its rows kept between calls.
///
/// Only the cells within `max` of the diagonal are computed: any other cell is more than `max`
/// already. The rest of a row reads as "too far".
#[derive(Default)]
struct Distance {
    before: Vec<usize>,
    previous: Vec<usize>,
    current: Vec<usize>,
}

/// A cell outside the band: more than any bound, with room to add to it.
const FAR: usize = usize::MAX / 2;

impl Distance {
    /// The distance between `a` and `b` when it is at most `max`.
    fn within(&mut self, a: &[char], b: &Spelled, max: usize) -> Option<usize> {
        if a.len().abs_diff(b.len()) > max {
            return None;
        }
        if (1..=64).contains(&b.len()) {
            return Some(bit_parallel(a, b)).filter(|&d| d <= max);
        }
        self.banded(a, b, max)
    }

    /// [`Distance::within`] by dynamic programming, for an alias of any length.
    fn banded(&mut self, a: &[char], b: &[char], max: usize) -> Option<usize> {
        let width = b.len() + 1;
        for row in [&mut self.before, &mut self.previous, &mut self.current] {
            row.clear();
            row.resize(width + 1, FAR);
        }
        for (j, cell) in self.previous.iter_mut().enumerate().take(width.min(max + 1)) {
            *cell = j;
        }
        for i in 1..=a.len() {
            let low = i.saturating_sub(max).max(1);
            let high = (i + max).min(b.len());
            // The cells just outside the band, which the next cells read.
            self.current[low - 1] = if low == 1 { i } else { FAR };
            self.current[high + 1] = FAR;
            let mut row_min = FAR;
            for j in low..=high {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut d = (self.previous[j] + 1)
                    .min(self.current[j - 1] + 1)
                    .min(self.previous[j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d = d.min(self.before[j - 2] + 1);
                }
                self.current[j] = d;
                row_min = row_min.min(d);
            }
            if row_min > max && low <= high {
                return None;
            }
            std::mem::swap(&mut self.before, &mut self.previous);
            std::mem::swap(&mut self.previous, &mut self.current);
        }
        let d = self.previous[b.len()];
        (d <= max).then_some(d)
    }
}

/// An alias folded, with where each of its characters stands (bit `i` for place `i`, the first 64
/// places): what [`bit_parallel`] asks for every character of a window, worked out once per
/// canon rather than by reading the alias again for each.
struct Spelled {
    chars: Vec<char>,
    ascii: Box<[u64; 128]>,
    other: Vec<(char, u64)>,
}

impl Spelled {
    fn new(chars: Vec<char>) -> Spelled {
        let (mut ascii, mut other) = (Box::new([0u64; 128]), Vec::<(char, u64)>::new());
        for (i, &c) in chars.iter().enumerate().take(64) {
            match ascii.get_mut(c as usize) {
                Some(bits) => *bits |= 1 << i,
                None => match other.iter_mut().find(|(x, _)| *x == c) {
                    Some((_, bits)) => *bits |= 1 << i,
                    None => other.push((c, 1 << i)),
                },
            }
        }
        Spelled { chars, ascii, other }
    }

    /// Where `c` stands.
    fn positions(&self, c: char) -> u64 {
        match self.ascii.get(c as usize) {
            Some(&bits) => bits,
            None => self.other.iter().find(|(x, _)| *x == c).map_or(0, |&(_, bits)| bits),
        }
    }
}

impl std::ops::Deref for Spelled {
    type Target = [char];

    fn deref(&self) -> &[char] {
        &self.chars
    }
}

/// The optimal string alignment distance between `a` and `b` (at most 64 characters), a column
/// of the dynamic programme at a time, each column as bits: Hyyrö's extension to transpositions
/// of Myers' algorithm ("A bit-vector algorithm for computing Levenshtein and Damerau edit
/// distances", 2003). Bit `i` of `vp` (`vn`) says that cell `i + 1` of the column is one more
/// (less) than cell `i`; `d` follows the last cell, the distance between `b` and the prefix of
/// `a` read so far.
fn bit_parallel(a: &[char], b: &Spelled) -> usize {
    debug_assert!((1..=64).contains(&b.len()));
    let last = 1u64 << (b.len() - 1);
    let (mut vp, mut vn) = (u64::MAX, 0u64);
    let (mut d, mut d0, mut pm_before) = (b.len(), 0u64, 0u64);
    for &c in a {
        let pm = b.positions(c);
        let transposed = ((!d0 & pm) << 1) & pm_before;
        d0 = (((pm & vp).wrapping_add(vp)) ^ vp) | pm | vn | transposed;
        let hp = vn | !(d0 | vp);
        let hn = vp & d0;
        if hp & last != 0 {
            d += 1;
        } else if hn & last != 0 {
            d -= 1;
        }
        // The first row counts the characters of `a` read: each column is one more.
        let hp = (hp << 1) | 1;
        let hn = hn << 1;
        vp = hn | !(d0 | hp);
        vn = hp & d0;
        pm_before = pm;
    }
    d
}

#[cfg(test)]
mod tests {
    use rstest::rstest;

    #[test]
    fn more_bits_counts_as_count_ones() {
        for bits in [0u64, 1, 2, 3, 5, 7, 8, 1 << 63, (1 << 63) | 1, u64::MAX, 0b1011_0000] {
            for max in 0..=4u8 {
                assert_eq!(more_bits(bits, max), bits.count_ones() > max.into(), "{bits:b} {max}");
            }
        }
    }

    use super::*;
    use crate::article::{Article, Overrides};

    /// The story's names, as a canon would list them.
    fn story() -> Aliases {
        Aliases::new([
            ("north-korea", "Korea Utara"),
            ("north-korea", "Korut"),
            ("north-korea", "North Korea"),
            ("south-korea", "Korea Selatan"),
            ("south-korea", "Korsel"),
            ("russia", "Rusia"),
            ("russia", "Russia"),
            ("ukraine", "Ukraina"),
            ("ukraine", "Ukraine"),
            ("kim-jong-un", "Kim Jong Un"),
            ("kim-jong-un", "Kim Jong-un"),
            ("kim-jong-un", "Kim"),
            ("putin", "Vladimir Putin"),
            ("putin", "Putin"),
            ("zelensky", "Volodymyr Zelensky"),
            ("zelensky", "Zelensky"),
            ("zelensky", "Zelenskyy"),
            ("trump", "Donald Trump"),
            ("united-states", "Amerika Serikat"),
            ("united-states", "AS"),
            ("kcna", "KCNA"),
            ("kcna", "Korean Central News Agency"),
            ("nis", "NIS"),
            ("kursk", "Kursk"),
            ("pyongyang", "Pyongyang"),
            ("sao-paulo", "São Paulo"),
            ("g20-2025", "G20 Summit 2025"),
            ("west-java-governor", "Gubernur Jawa Barat"),
            ("west-java-governor", "Gubernur Jabar"),
            ("grace-ocean", "Grace Ocean Pte Ltd"),
            ("nargeolet", "Paul-Henri Nargeolet"),
            ("nargeolet", "Nargeolet"),
            ("yudo-margono", "Laksamana Yudo"),
            ("bnpb", "BNPB"),
            ("bnpb", "Badan Nasional Penanggulangan Bencana"),
            ("west-sumatra", "Sumbar"),
            ("bnsp", "BNSP"),
            ("bmkg", "Badan Meteorologi, Klimatologi, dan Geofisika"),
            ("saidar", "Saidar"),
            ("lapas", "Lapas Kelas 1 Tangerang"),
        ])
    }

    /// Runs the check on `text` with `aliases`, the lines starting with one of `ignore`
    /// ignored. One line per finding: excerpt, expected alias and message.
    fn check_with(text: &str, aliases: &Aliases, ignore: &[&str]) -> Vec<String> {
        let article = Article::parse("t.txt", text.to_string()).expect("no front matter");
        let reading = article.read(aliases, Overrides::default());
        let ignored = super::super::lines_starting_with(text, ignore);
        let cx = Context { text, reading: &reading, aliases, ignored: &ignored };
        let mut out = Vec::new();
        run(&cx, &mut out);
        out.iter()
            .map(|f| {
                assert_eq!((f.check.as_str(), f.status), (NAME, Status::Warning));
                assert_eq!(f.found, &text[f.span.range()]);
                format!("\"{}\" expected={}: {}", f.found, f.expected, f.message)
            })
            .collect()
    }

    fn check(text: &str) -> Vec<String> {
        check_with(text, &story(), &[])
    }

    /// In Indonesian, a word of the language capitalised by its place or inside a phrase in
    /// title case is that word, not a one-word name mistyped; capitalised inside running text,
    /// it may be the name.
    #[rstest]
    #[case::opens_the_sentence("Banjir merendam ribuan rumah.", 0)]
    #[case::after_a_dateline_dash(
        "MARTAPURA, KOMPAS.com - Banjir yang melanda kabupaten itu meluas.",
        0
    )]
    #[case::in_a_titled_phrase(
        "Pemerintah menetapkan Status Tanggap Darurat Bencana Banjir sejak Kamis.",
        0
    )]
    #[case::inside_running_text("Rumah warga di Banjir terendam sejak Kamis.", 1)]
    fn a_word_capitalised_by_its_place(#[case] text: &str, #[case] warnings: usize) {
        let aliases = Aliases::new([("kabupaten-banjar", "Banjar")]);
        let text = format!("---\nlanguage: id\n---\n{text}");
        assert_eq!(check_with(&text, &aliases, &[]).len(), warnings, "{text}");
    }

    #[test]
    fn seed_001_korearn_utara() {
        assert_eq!(
            check("Korearn Utara dan Rusia telah memperkuat hubungan mereka"),
            ["\"Korearn Utara\" expected=Korea Utara: \"Korearn Utara\" looks like a misspelling \
                 of \"Korea Utara\" (north-korea)"]
        );
    }

    #[rstest]
    #[case::deletion("Pasukan Kore Utara tiba", "Kore Utara", "Korea Utara")]
    #[case::substitution("Pasukan Korea Utira tiba", "Korea Utira", "Korea Utara")]
    #[case::transposition("Pasukan Koera Utara tiba", "Koera Utara", "Korea Utara")]
    #[case::one_word("perang di Ukrainq pekan ini", "Ukrainq", "Ukraina")]
    // Two letters one apart swapped, in a name of six letters or more.
    #[case::swapped_apart("pasukan di Ukiarna pekan ini", "Ukiarna", "Ukraina")]
    #[case::short_word_swapped_apart("kata Presiden Donald Tmurp", "Donald Tmurp", "Donald Trump")]
    #[case::capitals("KOREARN UTARA", "KOREARN UTARA", "Korea Utara")]
    #[case::diacritics_do_not_count("kota Sâo Paulu", "Sâo Paulu", "São Paulo")]
    #[case::two_typos_in_a_long_name(
        "Presiden Volodymir Zelenksy",
        "Volodymir Zelenksy",
        "Volodymyr Zelensky"
    )]
    #[case::with_digits("KTT G20 Sumit 2025", "G20 Sumit 2025", "G20 Summit 2025")]
    #[case::truncated_last_word("Presiden Donald Trum berkata", "Donald Trum", "Donald Trump")]
    #[case::inside_a_word("Kkorea Utara", "Kkorea Utara", "Korea Utara")]
    #[case::ties_go_to_the_first_alias("Presiden Zelenskay", "Zelenskay", "Zelensky")]
    // A misspelt first name before a surname found alone: the window only overlaps the name.
    #[case::acronym_swapped("kata Kepala BNBP Abdul", "BNBP", "BNPB")]
    #[case::acronym_doubled("Plt Kapusdatin BBNPB Abdul", "BBNPB", "BNPB")]
    // In brackets after the name it stands for, one letter other than its acronym.
    #[case::acronym_of_its_name(
        "di Badan Nasional Penanggulangan Bencana (PNPB), sampai Selasa",
        "PNPB",
        "BNPB"
    )]
    #[case::one_word_then_a_stop("gempa di Sumbir. Warga", "Sumbir", "Sumbar")]
    // A name in the possessive is looked at without its ending.
    #[case::in_the_possessive("Vladimir Putn’s army", "Vladimir Putn", "Vladimir Putin")]
    #[case::first_name_before_a_surname_found(
        "explorer Paul-Henry Nargeolet was",
        "Paul-Henry Nargeolet",
        "Paul-Henri Nargeolet"
    )]
    // A comma inside a name, where the alias has one; three typos in a name of 20 letters or more.
    #[case::across_the_aliass_commas(
        "Kepala Badan Meteorologi, Klimatalogi, dan Geofisika (BMKG)",
        "Badan Meteorologi, Klimatalogi, dan Geofisika",
        "Badan Meteorologi, Klimatologi, dan Geofisika"
    )]
    #[case::three_typos_in_a_long_name(
        "Badan Meteorolgi, Klimatolgi, dan Geofisiak menyatakan",
        "Badan Meteorolgi, Klimatolgi, dan Geofisiak",
        "Badan Meteorologi, Klimatologi, dan Geofisika"
    )]
    fn near_misses(#[case] text: &str, #[case] found: &str, #[case] alias: &str) {
        let id = story().iter().find(|&(_, a)| a == alias).map(|(id, _)| id.to_string()).unwrap();
        assert_eq!(
            check(text),
            [format!(
                "\"{found}\" expected={alias}: \"{found}\" looks like a misspelling of \"{alias}\" ({id})"
            )]
        );
    }

    #[rstest]
    #[case::correct_names(
        "Pemimpin Korea Utara Kim Jong Un dan Presiden Rusia Vladimir Putin di Pyongyang"
    )]
    #[case::other_aliases_of_near_names("Russia, Rusia, Ukraine, Ukraina, Zelensky, Zelenskyy")]
    #[case::other_entities("Korea Selatan dan Korea Utara; Korsel dan Korut")]
    #[case::written_apart_or_joined_differently("Kim Jong-Un, KIM JONG UN, Kim Jong un")]
    #[case::lower_case("korearn utara dan ukrainq")]
    #[case::short_aliases("Rusya, Korat, Kursq, Putun")]
    #[case::across_a_line_break("Korearn\nUtara")]
    #[case::across_a_full_stop("Korearn. Utara")]
    #[case::across_a_comma("Korearn, Utara")]
    #[case::derived_words("Russian troops, Ukrainians, Russia's war, Pyongyang's envoy")]
    #[case::a_word_containing_an_alias("Danaliases, KePyongyang, DiUkraina, Kimberly")]
    // A wrong first letter is looked for in a name of one word only: see the header.
    #[case::other_first_letter_in_a_longer_name("Lorea Utara, Okrea Utara, Mladimir Putin")]
    // Letters before a name's first word make another word: "Kalapas" is the head of a "Lapas".
    #[case::a_word_built_on_the_first("Kalapas Kelas 1 Tangerang Victor dicopot")]
    // A comma where the alias has none, or none where it has one, is no name's.
    #[case::a_comma_the_alias_lacks("Korea, Utara; Badan Meteorologi Klimatologi, dan Geofisika")]
    #[case::digits_and_emoji("Korea 🇰🇵 Utara 2025 10.000")]
    #[case::empty("")]
    // A piece of a name found whole is no misspelling of another alias.
    #[case::part_of_a_name_found("Gubernur Jawa Barat Ridwan Kamil menyampaikan")]
    // A window that runs past the name into the sentence is no name.
    #[case::runs_into_the_sentence("A spokesperson of Grace Ocean Pte and Synergy Marine said")]
    // Two letters in a short word make another word: a rank, not a typo of a name.
    #[case::another_short_word("kata Panglima Koarmada II Laksamana Muda Iwan Isnurwanto")]
    // Another acronym one letter away is as likely another body: only swaps and doubles count.
    #[case::another_acronym("Kepala BNSP dan BNPB, serta BNPT dan KPPU")]
    // One letter from an acronym, but in brackets after another name: another body's.
    #[case::another_bodys_acronym("Badan Nasional Sertifikasi Profesi (BNSP) dan BNPB")]
    // The first word of a longer name, not a one-word name mistyped.
    #[case::first_word_of_a_longer_name("Kementerian Energi dan Sumber Daya Mineral")]
    // The possessive is grammar.
    #[case::possessive("Badan Nasional Penanggulangan Bencana’s team")]
    fn no_warning(#[case] text: &str) {
        assert_eq!(check(text), Vec::<String>::new());
    }

    #[test]
    fn ignored_lines_are_passed_over() {
        let text = "Korea Utara mengirim pasukan.\nBaca juga: Korearn Utara\nKorearn Utara lagi.";
        assert_eq!(
            check_with(text, &story(), &["Baca juga"]),
            ["\"Korearn Utara\" expected=Korea Utara: \"Korearn Utara\" looks like a misspelling \
                 of \"Korea Utara\" (north-korea)"]
        );
        assert_eq!(check(text).len(), 2);
    }

    /// Another form of one of the alias's words is no typo: a plural, a demonym, the person
    /// for the office. A letter wrong in the same words still is.
    #[test]
    fn another_form_of_a_word_is_no_typo() {
        let aliases = Aliases::new([
            ("railways", "Indian Railways"),
            ("railway-ministry", "Railway Ministry"),
            ("police", "Indonesian Police"),
        ]);
        for text in [
            "said the Indian Railway spokesman",
            "a former Railway Minister, questioned",
            "the Indonesia Police said",
        ] {
            assert_eq!(check_with(text, &aliases, &[]), Vec::<String>::new(), "{text}");
        }
        let typo = check_with("the Railway Minsitry said", &aliases, &[]);
        assert_eq!(typo.len(), 1, "{typo:?}");
        let short = Aliases::new([("yusri", "Yusri Yunus")]);
        let dropped = check_with("kata Yusri Yunu kepada wartawan", &short, &[]);
        assert_eq!(dropped.len(), 1, "a short name's last letter dropped: {dropped:?}");
    }

    /// A spacing modifier letter is a mark: "Hawaiʻi", with its ʻokina, is "Hawaii", in the
    /// possessive too; a letter wrong is still a typo, in the possessive too.
    #[test]
    fn the_okina_is_no_letter() {
        let aliases = Aliases::new([("hawaii", "Hawaii")]);
        for text in ["across Hawaiʻi and", "to Hawaiʻi’s future"] {
            assert_eq!(check_with(text, &aliases, &[]), Vec::<String>::new(), "{text}");
        }
        assert_eq!(check_with("across Hawaai’s future", &aliases, &[]).len(), 1);
    }

    /// A word that is itself a name of the canon is that name, capitalised or not, in the
    /// possessive too.
    #[test]
    fn a_known_name_is_no_typo() {
        let aliases = Aliases::new([("titan", "Titan submersible"), ("titanic", "Titanic")]);
        let text = "the missing Titanic submersible’s disappearance";
        assert_eq!(check_with(text, &aliases, &[]), Vec::<String>::new());
        assert_eq!(check_with("the missing Titen submersible’s hull", &aliases, &[]).len(), 1);
    }

    /// Indonesian writes a foreign "c" as "k": in Indonesian text that is a spelling, not a
    /// typo; in English text it is one. detik.com, 14 July 2025: "… gambar ini sama dengan hasil
    /// tangkapan gambar yang diambil oleh camera bawah air dari KRI Spika TNI AL".
    #[test]
    fn indonesian_writes_c_as_k() {
        let aliases = Aliases::new([("spica", "KRI Spica")]);
        let id = "Gambar ini sama dengan hasil tangkapan gambar yang diambil oleh camera bawah air dari KRI Spika TNI AL.";
        assert_eq!(check_with(id, &aliases, &[]), Vec::<String>::new());
        let en = "The image matches the one taken by the underwater camera of the KRI Spika, the navy said.";
        assert_eq!(check_with(en, &aliases, &[]).len(), 1);
    }

    /// An alias in lower case is a phrase of common words, not a name: its near misses are
    /// left alone. kepridays.co.id, 7 November 2018: "Proses idwntifikasi korban jatuhnya
    /// pesawat Lion Air JT-610 masih berlanjut."
    #[test]
    fn an_alias_in_lower_case_is_no_name() {
        let text = "Proses idwntifikasi korban jatuhnya pesawat Lion Air JT-610 masih berlanjut.";
        let phrase = Aliases::new([("dvi", "proses identifikasi")]);
        assert_eq!(check_with(text, &phrase, &[]), Vec::<String>::new());
        let name = Aliases::new([("dvi", "Proses identifikasi")]);
        assert_eq!(check_with(text, &name, &[]).len(), 1);
    }

    #[test]
    fn each_span_is_reported_once() {
        // "Koreaa Utara" is one typo from two aliases of one entity, and from another entity's.
        let aliases =
            Aliases::new([("a", "Korea Utara"), ("a", "Koreai Utara"), ("b", "Koreab Utara")]);
        assert_eq!(
            check_with("Koreaa Utara", &aliases, &[]),
            ["\"Koreaa Utara\" expected=Korea Utara: \"Koreaa Utara\" looks like a misspelling \
                 of \"Korea Utara\" (a)"]
        );
    }

    #[test]
    fn the_closest_alias_wins_and_a_name_is_reported_whole() {
        let aliases = Aliases::new([
            ("a", "Volodymyr Zelensky"),
            ("b", "Volodymyr Zelenskyy"),
            ("c", "Zelensky"),
        ]);
        assert_eq!(
            check_with("Presiden Volodymir Zelenskyy berkata", &aliases, &[]),
            ["\"Volodymir Zelenskyy\" expected=Volodymyr Zelenskyy: \"Volodymir Zelenskyy\" \
                 looks like a misspelling of \"Volodymyr Zelenskyy\" (b)"]
        );
        // "Zelenksy" alone is one typo from "Zelensky", but it is part of the name reported.
        assert_eq!(check_with("Presiden Volodymir Zelenksy", &aliases, &[]).len(), 1);
        assert_eq!(check_with("Presiden Zelenksy", &aliases, &[]).len(), 1);
    }

    #[test]
    fn odd_aliases_and_texts_do_no_harm() {
        let aliases = Aliases::new([
            ("dashes", "------"),
            ("flags", "🇰🇵🇰🇵🇰🇵🇰🇵🇰🇵🇰🇵"),
            ("quoted", "\"Korea Utara\""),
            ("digits", "G20 Summit 2025"),
            ("titlecase", "  ǅemal  Bijedić "),
            ("thai", "เกาหลีเหนือ"),
        ]);
        for text in [
            "",
            "\n\n\r\n",
            "------- 🇰🇵🇰🇵🇰🇵🇰🇵🇰🇵 \"Korea Utaraa\"",
            "G21 Summit 2025, G20 Summit 2024",
            "ǅemal Bijedič, ǄEMAL BIJEDIĆ, İstanbul",
            "เกาหลีเหนื เกาหลีเหนือ",
            "\u{301}\u{301}Á\u{200B}\u{FEFF}'\u{2019}",
        ] {
            assert_eq!(check_with(text, &aliases, &[]), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn no_aliases_no_findings() {
        assert_eq!(check_with("Korearn Utara", &Aliases::default(), &[]), Vec::<String>::new());
    }

    /// A wrong first letter counts like any other typo in a name of one word, replaced or
    /// dropped, in real sentences: liputan6.com, 16 January 2021 ("Haidar" for the head of
    /// Basarnas Mamuju, Saidar Rahmanjaya, named so in the sentence before) and posrakyat.com, 15
    /// January 2021 ("Aditya" for BNPB's Raditya Jati).
    #[test]
    fn a_wrong_first_letter_counts_in_a_one_word_name() {
        let aliases = Aliases::new([
            ("saidar", "Saidar Rahmanjaya"),
            ("saidar", "Saidar"),
            ("raditya", "Raditya Jati"),
            ("raditya", "Raditya"),
        ]);
        let id = |body: &str| format!("---\nlanguage: id\n---\n{body}\n");
        let replaced =
            id("Kepala Basarnas Mamuju, Saidar Rahmanjaya mengungkapkan, dari 45 korban \
            jiwa itu 36 di Mamuju dan 9 orang di Majene. \"Selain korban jiwa, ada juga 68 korban \
            selamat yang mereka evakuasi dari reruntuhan gedung,\" kata Haidar kepada \
            Liputan6.com, Sabtu (16/01/2021).");
        assert_eq!(
            check_with(&replaced, &aliases, &[]),
            ["\"Haidar\" expected=Saidar: \"Haidar\" looks like a misspelling of \"Saidar\" \
                 (saidar)"]
        );
        let dropped = id("“Dua puluh enam orang meninggal di kabupaten Mamuju, dan delapan orang \
            di kabupaten Majene,” kata Aditya dikutip Pos Rakyat dari InSulteng Jumat, 15 Januari.");
        assert_eq!(
            check_with(&dropped, &aliases, &[]),
            ["\"Aditya\" expected=Raditya: \"Aditya\" looks like a misspelling of \"Raditya\" \
                 (raditya)"]
        );
        // The story's one-word names: "Haidar" for "Saidar" here too.
        assert_eq!(check("kata Haidar kepada wartawan").len(), 1);
    }

    /// A wrong first letter is not looked for in a name of several words, where the other words
    /// exact make another name of the same place or body (pidhumaspoldamaluku.blogspot.com, 7
    /// November 2016: "Mapolda Maluku", the regional police's headquarters, beside "Kapolda
    /// Maluku", its chief); nor where the word is a word of the language, capitalised or not
    /// (okezone.com, 13 May 2016: "Galang", an island and a word, is not "Malang" mistyped).
    #[test]
    fn a_wrong_first_letter_is_no_typo_in_a_longer_name_or_on_a_word() {
        let id = |body: &str| format!("---\nlanguage: id\n---\n{body}\n");
        let police = Aliases::new([("kapolda", "Kapolda Maluku"), ("ilham", "Ilham Salahudin")]);
        let headquarters = id("Kapolda Maluku Brigjen Pol Drs. Ilham Salahudin, SH. M.Hum saat  \
            memimpin apel pagi yang diikuti Personil Mapolda Maluku yang terdiri dari Para Pejabat \
            Utama, Pamen, Pama, Brigadir dan PNS Polda Maluku yang berlangsung di halaman Mapolda \
            Maluku tadi pagi tadi, (07/11).");
        assert_eq!(check_with(&headquarters, &police, &[]), Vec::<String>::new());
        let malang = Aliases::new([("malang", "Kabupaten Malang"), ("malang", "Malang")]);
        let island = id("PULAU Galang yang terletak di sebelah tenggara Pulau Batam Provinsi \
            Kepulauan Riau adalah sebuah pulau yang memiliki sejarah kelam.");
        assert_eq!(check_with(&island, &malang, &[]), Vec::<String>::new());
        // A word that is no word of the language is still a typo.
        assert_eq!(check_with(&id("PULAU Zalang yang terletak"), &malang, &[]).len(), 1);
        // "Kemalang", a district of Klaten, reads as a word built on "malang" (unlucky) with
        // "ke-", so it is not taken for "Pemalang", a regency (kalsel.antaranews.com, 27 January
        // 2021); the word lists, not the rule, know it apart.
        let pemalang = Aliases::new([("pemalang", "Kabupaten Pemalang"), ("pemalang", "Pemalang")]);
        let district = id("Ia mengakui sejauh ini masih cukup banyak warga yang bertahan di \
            tempat tinggal masing-masing meskipun mereka berada di KRB III, salah satunya di Desa \
            Sidorejo, Kecamatan Kemalang, Klaten.");
        assert_eq!(check_with(&district, &pemalang, &[]), Vec::<String>::new());
        // The language is the article's: "Member" is an English word, "Jember" a name.
        let jember = Aliases::new([("jember", "Jember")]);
        let en = "---\nlanguage: en\n---\nMember of the local council said\n";
        assert_eq!(check_with(en, &jember, &[]), Vec::<String>::new());
        assert_eq!(check_with(&id("Member dewan setempat berkata"), &jember, &[]).len(), 1);
    }

    /// A word of the article's language written in lower case is that word, not a typo of the
    /// name's word in its place; a word that is not one is a typo. Capitalised, a word is the
    /// name's: "Kaki" (foot) for "Laki" is the island's name mistyped.
    #[test]
    fn a_word_of_the_language_is_no_typo() {
        let aliases = Aliases::new([("sar", "Tim SAR gabungan"), ("laki", "Pulau Laki")]);
        let id = |body: &str| format!("---\nlanguage: id\n---\n{body}\n");
        let words = id("“Tim SAR tabungan yang berada di lokasi longsor titik bor 1");
        assert_eq!(check_with(&words, &aliases, &[]), Vec::<String>::new());
        let typo = id("“Tim SAR gabunagn yang berada di lokasi longsor titik bor 1");
        assert_eq!(check_with(&typo, &aliases, &[]).len(), 1);
        let capitalised = id("ada pesawat jatuh di sekitar Pulau Kaki, pada Sabtu");
        assert_eq!(check_with(&capitalised, &aliases, &[]).len(), 1);
    }

    /// A letter added at the end of a name that is no suffix of the language is a typo, in
    /// real sentences: cahayasiang.id, 22 October 2024 ("Pumpenten" for the village of
    /// Pumpente: "-n" after "e" makes no demonym), rediff.com, 2 September 2023 ("Amir Khand" for
    /// Amir Khan) and geo.tv, 12 August 2023 ("Hawaiin" for Hawaiian: "-n" after "i"). A suffix
    /// of the language still makes another word ("Hawaiian officials", "Ukrainians"), and a
    /// letter written twice at the end is a typo ("Ukrainaa").
    #[test]
    fn a_letter_added_that_is_no_suffix_is_a_typo() {
        let aliases = Aliases::new([
            ("pulau-ruang", "Pumpente"),
            ("pulau-ruang", "Desa Pumpente"),
            ("amir-khan", "Mohammad Amir Khan"),
            ("amir-khan", "Amir Khan"),
            ("hawaii", "Hawaii"),
        ]);
        let id = |body: &str| format!("---\nlanguage: id\n---\n{body}\n");
        let en = |body: &str| format!("---\nlanguage: en\n---\n{body}\n");
        let village = id("Selain rumah, ibadah kata Billy, BPPW Sulut juga akan membangun dua \
            kantor serata balai desa untuk Desa Pumpenten dan Desa Laingpatehi.");
        assert_eq!(
            check_with(&village, &aliases, &[]),
            ["\"Desa Pumpenten\" expected=Desa Pumpente: \"Desa Pumpenten\" looks like a \
                 misspelling of \"Desa Pumpente\" (pulau-ruang)"]
        );
        let engineer = en("The CBI had arrested the three -- senior section engineer (Signals) \
            Arun Kumar Mahanta, section engineer Amir Khand and technician Pappu Kumar, all \
            posted in Balasore district -- on July 7 in connection with its probe in the accident \
            involving three trains which left 296 people dead and over 1,200 injured.");
        assert_eq!(
            check_with(&engineer, &aliases, &[]),
            ["\"Amir Khand\" expected=Amir Khan: \"Amir Khand\" looks like a misspelling of \
                 \"Amir Khan\" (amir-khan)"]
        );
        let officials = "The death toll from the Maui wildfires increased to 80, as search teams \
            scoured through the smouldering wreckage of Lahaina town and Hawaiin officials tried \
            to figure out how the blaze spread so quickly without much warning across the \
            historic tourist town.";
        assert_eq!(
            check_with(&en(officials), &aliases, &[]),
            ["\"Hawaiin\" expected=Hawaii: \"Hawaiin\" looks like a misspelling of \"Hawaii\" \
                 (hawaii)"]
        );
        let derived = officials.replace("Hawaiin", "Hawaiian");
        assert_eq!(check_with(&en(&derived), &aliases, &[]), Vec::<String>::new());
        assert_eq!(check("perang di Ukrainaa").len(), 1);
        assert_eq!(check("Ukrainians, Ukrainian, Ukrainanya, Russians"), Vec::<String>::new());
    }

    /// FIXME: a romanisation the canon does not list reads as a typo, a letter added at the end
    /// ("Zelenskyy", its last letter written twice) as a letter changed ("Zelenskiy") does
    /// (en.as.com, 3 March 2022); a canon lists the spellings of a name it expects.
    #[test]
    fn fixme_an_unlisted_romanisation_is_a_typo() {
        let aliases = Aliases::new([("zelensky", "Volodymyr Zelensky"), ("zelensky", "Zelensky")]);
        let text = "---\nlanguage: en\n---\nThe BBC and AFP has his name down as 'Zelensky', the \
            Guardian and Reuters have it as 'Zelenskiy', while Sky and Al Jazeera are calling \
            him Zelenskyy.\n";
        let found = check_with(text, &aliases, &[]);
        let found: Vec<&str> = found.iter().map(|f| f.split(' ').next().unwrap_or("")).collect();
        assert_eq!(found, ["\"Zelenskiy\"", "\"Zelenskyy\""]);
    }

    #[test]
    fn the_seeds_have_one_near_miss() {
        let seeds = [
            include_str!("../../../tests/articles/000_015d0fc2f736e994.txt"),
            include_str!("../../../tests/articles/001_f011f847b0c797aa.txt"),
            include_str!("../../../tests/articles/002_484335ed030999fc.txt"),
            include_str!("../../../tests/articles/003_713e3813aabe39d1.txt"),
            include_str!("../../../tests/articles/004_870d5c23f8876ef5.txt"),
        ];
        let found: Vec<String> = seeds.iter().flat_map(|text| check(text)).collect();
        assert_eq!(
            found,
            ["\"Korearn Utara\" expected=Korea Utara: \"Korearn Utara\" looks like a misspelling \
                 of \"Korea Utara\" (north-korea)"]
        );
    }

    #[test]
    fn windows_fold_as_aliases_do() {
        let text =
            "Kim  Jong-Un, São\u{200B}Paulo, Jum’at Café O'Brien. ÉCOLE\tNAÏVE ＡＢＣ İstanbul";
        let mut words = Words::new(text, &crate::token::tokenize(text));
        let (mut run, mut chars, mut ends) = (Run::default(), Vec::new(), Vec::new());
        let mut runs = 0;
        for i in 0..words.spans.len() {
            let first = words.spans[i];
            runs += usize::from(i == 0 || words.reach(i - 1, 2).joined == 1);
            let Shape { initial, second, .. } = words.shape(i);
            // A word that folds to nothing starts no run.
            let joined = if initial.is_some() { words.reach(i, usize::MAX).joined } else { 0 };
            words.measure_run(i, joined, &mut run);
            let lens: Vec<usize> = run.0.iter().map(|m| m.len).collect();
            let masks: Vec<u64> = run.0.iter().map(|m| m.letters).collect();
            words.fold_run(i, lens.len(), &mut chars, &mut ends);
            assert_eq!(initial, chars.first().copied());
            assert_eq!(second, chars.get(1).copied().filter(|_| ends[0] > 1));
            // Each prefix is measured as long as it folds, with the letters it folds to.
            assert_eq!(ends, lens);
            for (n, &end) in ends.iter().enumerate() {
                let ours: String = chars[..end].iter().collect();
                let theirs = Aliases::fold(&text[first.start..words.spans[i + n].end]);
                assert_eq!(ours, theirs);
                assert_eq!(masks[n], mask(&chars[..end]));
            }
        }
        // Commas join a run: a name may have one ("Badan Meteorologi, Klimatologi, dan
        // Geofisika"); a full stop ends it.
        assert_eq!(runs, 2);
    }

    #[test]
    fn reach_reads_the_last_word_as_runs_past_does() {
        // Words joined by spaces, hyphens, a comma, a zero-width space, a space and a hyphen,
        // a non-breaking space inside a run of digits, letters beyond ASCII.
        let text = "Kim Jong-un, Korea Utara -Selatan São\u{200B}Paulo 10\u{a0}000 Éric d'Ávila \
                    Ünal ölçer Badan Meteorologi, Klimatologi, dan Geofisika. Sumber lain";
        let words = Words::new(text, &crate::token::tokenize(text));
        let mut windows = 0;
        for i in 0..words.spans.len() {
            if !starts_with_capital(&text[words.spans[i].range()]) {
                continue;
            }
            let reach = words.reach(i, usize::MAX);
            for count in 1..=reach.joined {
                let window = &text[words.spans[i].start..words.spans[i + count - 1].end];
                assert_eq!(reach.ends_on_capital(count), ends_on_capital(window), "{window}");
                windows += 1;
            }
            // The run ends where a word is not joined to the one before.
            let end = i + reach.joined;
            if let Some(next) = words.spans.get(end) {
                assert!(!joins_words(&text[words.spans[end - 1].end..next.start]));
            }
        }
        assert!(windows > 40, "{windows}");
    }

    /// The textbook optimal string alignment distance, in full.
    fn osa(a: &[char], b: &[char]) -> usize {
        super::edit_distance(a, b)
    }

    /// Every string of up to four letters over a three-letter alphabet.
    fn short_words() -> Vec<Vec<char>> {
        let mut words: Vec<Vec<char>> = vec![vec![]];
        let mut i = 0;
        while words[i].len() < 4 {
            for c in ['a', 'b', 'c'] {
                let mut w = words[i].clone();
                w.push(c);
                words.push(w);
            }
            i += 1;
        }
        words
    }

    /// Another alias in the possessive is grammar, though it lies two letters from a longer
    /// alias of the same name.
    #[test]
    fn another_alias_in_the_possessive_is_no_typo() {
        let aliases = Aliases::new([("florida", "Florida"), ("florida", "Floridians")]);
        assert!(check_with("a region in Florida's rural Big Bend area", &aliases, &[]).is_empty());
        assert_eq!(check_with("the Floridans were", &aliases, &[]).len(), 1);
    }

    #[test]
    fn the_banded_distance_agrees_with_the_full_one() {
        let words = short_words();
        let mut distance = Distance::default();
        for a in &words {
            for b in words.iter().filter(|b| b.len().abs_diff(a.len()) <= 2) {
                let full = osa(a, b);
                for max in 0..=2 {
                    let expected = (full <= max).then_some(full);
                    let spelled = Spelled::new(b.clone());
                    assert_eq!(distance.within(a, &spelled, max), expected, "{a:?} {b:?} {max}");
                    assert_eq!(distance.banded(a, b, max), expected, "{a:?} {b:?} {max}");
                }
            }
        }
    }

    #[test]
    fn the_bit_parallel_distance_agrees_with_the_full_one() {
        // Every pair of short words, and pseudo-random pairs up to the 64 characters of a
        // machine word, with typos dealt at random.
        let words = short_words();
        let mut pairs: Vec<(Vec<char>, Vec<char>)> = Vec::new();
        for a in &words {
            for b in words.iter().filter(|b| !b.is_empty()) {
                pairs.push((a.clone(), b.clone()));
            }
        }
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % n).unwrap_or(0)
        };
        let alphabet = ['a', 'b', 'c', 'd', 'é', ' ', 'ж'];
        for _ in 0..1000 {
            let b: Vec<char> = (0..1 + next(64)).map(|_| alphabet[next(7)]).collect();
            let mut a = b.clone();
            for _ in 0..next(5) {
                let at = next(a.len() as u64 + 1);
                match next(4) {
                    0 => a.insert(at, alphabet[next(7)]),
                    1 if at < a.len() => {
                        a.remove(at);
                    }
                    2 if at < a.len() => a[at] = alphabet[next(7)],
                    _ if at + 1 < a.len() => a.swap(at, at + 1),
                    _ => {}
                }
            }
            pairs.push((a, b));
        }
        for (a, b) in &pairs {
            assert_eq!(bit_parallel(a, &Spelled::new(b.clone())), osa(a, b), "{a:?} {b:?}");
        }
    }

    #[rstest]
    #[case("korea utara", "korearn utara", 2, Some(2))]
    #[case("korea utara", "korearn utara", 1, None)]
    #[case("korea", "koera", 1, Some(1))]
    #[case("abc", "abc", 0, Some(0))]
    #[case("", "ab", 2, Some(2))]
    #[case("ab", "", 1, None)]
    #[case("kitten", "sitting", 2, None)]
    #[case("kitten", "sitting", 3, Some(3))]
    #[case("ca", "abc", 3, Some(3))]
    fn distance(#[case] a: &str, #[case] b: &str, #[case] max: usize, #[case] d: Option<usize>) {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut distance = Distance::default();
        assert_eq!(distance.within(&a, &Spelled::new(b.clone()), max), d);
        assert_eq!(distance.within(&b, &Spelled::new(a.clone()), max), d);
    }
}
