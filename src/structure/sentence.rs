//! Sentences: the unit a claim is placed in.
//!
//! A line break always ends a sentence (news text puts one paragraph per line). Inside a line, a
//! `.`, `!`, `?` or `…` ends one when white space and then a capital letter, a digit or an
//! opening quote follow, unless the word before the stop is an abbreviation ("Sept.", "Dr.") or
//! an initial ("J. Smith"), or a time of day runs on into its day or zone ("4 p.m. Saturday",
//! "4 p.m. ET"). After a full word in lower case a stop ends one whatever follows ("48 orang.
//! sebanyak 7 …"), but a word of saying goes on with it ("… tentara. kata dia"). Decimal points never end a
//! sentence: "2.5" has no white space after its dot.

use crate::span::Span;

/// Abbreviations that end with a full stop inside a sentence, lower case.
const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "aug", "sep", "sept", "okt",
    "oct", "nov", "nop", "des", "dec", "dr", "drs", "ir", "prof", "mr", "mrs", "ms", "st", "jl",
    "no", "vol", "hlm", "dll", "dsb", "tsb", "u.s", "a.s", "gen", "lt", "col", "sgt", "capt",
    "approx", "incl", "govt", "dept", "est", "etc", "gov", "sen", "rep", "rev", "maj", "cpl",
    "pvt", "adm", "cmdr", "supt", "det", "insp", "jr", "sr", "mt", "ft", "pres", "atty", "hon",
    "corp", "inc", "kab", "kec", "kel", "prov", "kol",
];

/// Words of saying that go on with the sentence before them, though a stop stands between:
/// "… 10.000 tentara. kata dia".
const SAID: &[&str] = &[
    "kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "terang", "tegas", "imbuh", "tambah",
    "papar", "said", "says",
];

/// The sentences of `text[from..]`, as spans of `text`, trimmed of white space.
pub fn split(text: &str, from: usize) -> Vec<Span> {
    // Only a line feed, `.`, `!`, `?` or the first byte of `…` (U+2026 is E2 80 A6) can end a
    // sentence: the bytes between are passed over with `memchr`, many at a time. `!` and `?` are
    // rare, so the next of them is kept until it is passed rather than looked for again.
    let bytes = text.as_bytes();
    let find = |at: usize, search: &dyn Fn(&[u8]) -> Option<usize>| {
        bytes.get(at..).and_then(search).map(|skip| at + skip)
    };
    let common = |rest: &[u8]| memchr::memchr3(b'\n', b'.', 0xE2, rest);
    let rare = |rest: &[u8]| memchr::memchr2(b'!', b'?', rest);
    let mut next_rare = find(from, &rare);
    split_at_stops(text, from, |at| {
        if next_rare.is_some_and(|r| r < at) {
            next_rare = find(at, &rare);
        }
        [find(at, &common), next_rare].into_iter().flatten().min()
    })
}

/// [`split`], given where the next byte that may end a sentence is, from a place on.
fn split_at_stops(
    text: &str,
    from: usize,
    mut next_stop: impl FnMut(usize) -> Option<usize>,
) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = from;
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(next) = next_stop(at) {
        at = next;
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { break };
        let end = at + c.len_utf8();
        let boundary = match c {
            '\n' => {
                let cut = at;
                at = end;
                Some(cut)
            }
            '.' | '!' | '?' | '\u{2026}' => {
                let close = end + closing_marks(&text[end..]);
                let cut = (ends_sentence(text, start, at, close)
                    && !(c == '.' && is_abbreviation(text, start, at)))
                .then_some(close);
                at = close;
                cut
            }
            _ => {
                at = end;
                None
            }
        };
        if let Some(cut) = boundary {
            push_trimmed(text, start, cut, &mut out);
            let next = if bytes.get(cut) == Some(&b'\n') { cut + 1 } else { cut };
            start = start.max(next);
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// The length of the closing quotes and brackets that `rest` opens with: they belong to the
/// sentence a stop before them ends.
fn closing_marks(rest: &str) -> usize {
    rest.find(|c| !matches!(c, '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']' | '\u{BB}'))
        .unwrap_or(rest.len())
}

/// White space follows `close`, and then the end, a capital, a digit or an opening quote; or
/// a word in lower case after a word that can only end a sentence ("… adalah 48 orang.
/// sebanyak 7 …": a full word of five letters or more, in lower case). A time of day runs on
/// into its day ("at 4 p.m. Saturday").
fn ends_sentence(text: &str, start: usize, stop: usize, close: usize) -> bool {
    let rest = &text[close..];
    let trimmed = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    if trimmed.len() == rest.len() && !rest.is_empty() && !rest.starts_with(['\n', '\r']) {
        return false;
    }
    // The word before the stop, read only when it decides.
    let before = || text[start..stop].rsplit(char::is_whitespace).next().unwrap_or("");
    let next = || trimmed.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    // "at 4 p.m. Saturday": a time of day runs on into its day.
    let time_of_day = ["a.m", "p.m"].iter().any(|t| {
        let from = stop.saturating_sub(t.len());
        from >= start
            && text.get(from..stop).is_some_and(|w| w.eq_ignore_ascii_case(t))
            && text[start..from].chars().next_back().is_none_or(char::is_whitespace)
    });
    // … and into its zone ("4 p.m. ET", "4 p.m. Moscow time").
    let zone = || {
        let next = next();
        let abbreviation = next.len() >= 2
            && next.chars().all(|c| c.is_ascii_uppercase())
            && crate::clock::written(&[next.to_lowercase().as_str()]).is_some();
        let words: Vec<String> = (trimmed.split_whitespace().take(3))
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
            .collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        abbreviation || crate::clock::written(&words).is_some_and(|(_, n)| n > 1)
    };
    if time_of_day && (crate::extract::names_a_day_or_month(&next().to_lowercase()) || zone()) {
        return false;
    }
    match trimmed.chars().next() {
        None | Some('\n' | '\r') => true,
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[')
                || (c.is_lowercase() && {
                    let before = before();
                    before.chars().count() >= 5
                        && before.chars().all(|b| b.is_lowercase())
                        && !SAID.iter().any(|w| w.eq_ignore_ascii_case(next()))
                })
        }
    }
}

fn is_abbreviation(text: &str, start: usize, stop: usize) -> bool {
    let word =
        text[start..stop].rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let known = if word.is_ascii() {
        ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
    } else {
        // Lower-casing may turn a letter of another script into ASCII (the Kelvin sign is "k").
        ABBREVIATIONS.contains(&word.to_lowercase().as_str())
    };
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase)) || known
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(slice) = text.get(start..end) else { return };
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, 0).into_iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn stops_found_many_bytes_at_a_time_are_those_found_one_by_one() {
        let pieces = [
            "Satu", " ", "dua", ".", "!", "?", "…", "\n", "\r\n", "“", "”", "\"", ")", "Dr.",
            "2,5", "1.5", "A", "é", "!?", "  ",
        ];
        let one_by_one = |text: &str, at: usize| {
            let stop = |b: &u8| matches!(b, b'\n' | b'.' | b'!' | b'?' | 0xE2);
            text.as_bytes().get(at..).and_then(|rest| rest.iter().position(stop)).map(|p| at + p)
        };
        for n in 0..3000usize {
            // Pieces picked by the digits of `n` in base 20, scrambled.
            let mut k = n.wrapping_mul(2_654_435_761) % 1_000_000_007;
            let mut text = String::new();
            for _ in 0..12 {
                text.push_str(pieces[k % pieces.len()]);
                k /= 3;
                k += n;
            }
            for from in [0, text.find(' ').unwrap_or(0)] {
                let expected = split_at_stops(&text, from, |at| one_by_one(&text, at));
                assert_eq!(split(&text, from), expected, "{text:?} from {from}");
            }
        }
    }

    #[test]
    fn splits_on_stops_and_lines() {
        assert_eq!(
            sentences("Satu dua. Tiga empat!\nLima \"enam.\" Tujuh 2,5 jam."),
            ["Satu dua.", "Tiga empat!", "Lima \"enam.\"", "Tujuh 2,5 jam."]
        );
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        assert_eq!(
            sentences("On Sept. 4 J. Smith paid 2.5 million. Then"),
            ["On Sept. 4 J. Smith paid 2.5 million.", "Then"]
        );
        assert_eq!(
            sentences("lebih dari 10.000 tentara. kata dia"),
            ["lebih dari 10.000 tentara. kata dia"]
        );
        assert_eq!(sentences("\n\n  \n"), Vec::<&str>::new());
        assert_eq!(
            sentences("suspended at 4 p.m. Saturday as officials prepare"),
            ["suspended at 4 p.m. Saturday as officials prepare"]
        );
        assert_eq!(sentences("p.m. Saturday"), ["p.m. Saturday"]);
        assert_eq!(
            sentences("CNN reported around 9 p.m. EDT that at least 16 people are dead"),
            ["CNN reported around 9 p.m. EDT that at least 16 people are dead"]
        );
        assert_eq!(
            sentences("The plane landed at 10:05 a.m. ET. It was late."),
            ["The plane landed at 10:05 a.m. ET.", "It was late."]
        );
        // A title before a name: "Gov.", "Lt.", "Sen.", "Jr.", "Kab.".
        assert_eq!(
            sentences("Texas Gov. Greg Abbott and Mayor Joe Herring Jr. said so. Then"),
            ["Texas Gov. Greg Abbott and Mayor Joe Herring Jr. said so.", "Then"]
        );
        assert_eq!(
            sentences("at 4 p.m. The search went on."),
            ["at 4 p.m.", "The search went on."]
        );
        // … and into its zone, an abbreviation in capitals or a zone's name and "time".
        assert_eq!(sentences("by 7:08 a.m. ET Thursday"), ["by 7:08 a.m. ET Thursday"]);
        assert_eq!(sentences("at 2:08 p.m. Moscow time."), ["at 2:08 p.m. Moscow time."]);
        assert_eq!(sentences("at 1.28 a.m. local time, was"), ["at 1.28 a.m. local time, was"]);
        assert_eq!(sentences("at 4 p.m. It went on."), ["at 4 p.m.", "It went on."]);
    }

    /// A full word in lower case can only end a sentence: a stop after it ends one even
    /// when the next starts in lower case, as a careless one does.
    #[test]
    fn a_stop_after_a_full_word_ends_a_sentence_whatever_follows() {
        assert_eq!(
            sentences("adalah 48 orang. sebanyak 7 di antaranya meninggal."),
            ["adalah 48 orang.", "sebanyak 7 di antaranya meninggal."]
        );
        assert_eq!(sentences("dll. dan lainnya"), ["dll. dan lainnya"]);
    }

    #[test]
    fn quotes_ellipses_and_line_ends_after_a_stop() {
        let text = "Dia berkata: \"Cukup.\"\nLalu… Kami pergi!) Ia diam?”\r\nYa.” “Tidak…”\n\nOkt. 5 Dr. X.\n";
        assert_eq!(
            sentences(text),
            [
                "Dia berkata: \"Cukup.\"",
                "Lalu…",
                "Kami pergi!)",
                "Ia diam?”",
                "Ya.”",
                "“Tidak…”",
                "Okt. 5 Dr. X."
            ]
        );
    }
}
