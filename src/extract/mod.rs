//! Extraction: what an article states, read off its text.
//!
//! In: a text, its language, and the aliases of known entities. Out: [`Mention`]s sorted by
//! position. Extraction never sees claims, never fails and never guesses: a form it does not
//! understand yields no mention, and a relative date stays unresolved until [`resolve_dates`] is
//! given the article's date.
//!
//! The text is tokenized once ([`crate::token`]); each parser walks the same [`Scan`]. Parsers run
//! in a fixed order and claim the tokens they read, so a later parser never reads the same words
//! again: dates first ("21/8/2025" is not three numbers, "pada 2024" is not a count), then times
//! of day ("pukul 20.30 WIB" is no number; a time knows the date written with it), then numbers,
//! quantities and ordinals. Entities are matched on the text itself, apart from the tokens.

mod date;
mod entity;
mod number;
mod time;

pub(crate) use date::{month, names_a_day_or_month};
pub use entity::Aliases;
pub(crate) use number::{is_number_word, ordinal_word, small_number_word, unit_word};

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::LazyLock;

use chrono::NaiveDate;

use crate::lang::Lang;
use crate::mention::{Kind, Mention, Value};
use crate::span::Span;
use crate::token::{Token, TokenKind, fold_digits, tokenize};
use crate::wordset::WordMap;

/// Every mention in `text`, sorted by position. Relative dates are left unresolved.
pub fn extract(text: &str, lang: Lang, aliases: &Aliases) -> Vec<Mention> {
    extract_part(text, 0, &tokenize(text), lang, aliases)
}

/// Every mention in `text[start..]`, tokenized already (`tokens` are its tokens, with spans in
/// `text`), sorted by position; spans are in `text`. Nothing before `start` is read: it is how
/// an article's body is read, its front matter left out, without tokenizing it twice.
pub fn extract_part(
    text: &str,
    start: usize,
    tokens: &[Token],
    lang: Lang,
    aliases: &Aliases,
) -> Vec<Mention> {
    let mut scan = Scan::with_tokens(text, tokens, lang);
    let mut mentions = Vec::new();
    date::extract(&mut scan, &mut mentions);
    time::extract(&mut scan, &mut mentions);
    number::extract(&mut scan, &mut mentions);
    let first_entity = mentions.len();
    aliases.find(&text[start..], &mut mentions);
    for mention in &mut mentions[first_entity..] {
        mention.span = Span::new(mention.span.start + start, mention.span.end + start);
    }
    sort_mentions(mentions)
}

/// `mentions` in order of (start, kind, end), those equal in the order given. The keys are
/// sorted rather than the mentions, which are large to move.
fn sort_mentions(mentions: Vec<Mention>) -> Vec<Mention> {
    let mut order: Vec<(usize, Kind, usize, usize)> =
        mentions.iter().enumerate().map(|(i, m)| (m.span.start, m.kind(), m.span.end, i)).collect();
    order.sort_unstable();
    let mut slots: Vec<Option<Mention>> = mentions.into_iter().map(Some).collect();
    order.iter().filter_map(|&(.., i)| slots[i].take()).collect()
}

/// Resolves every date mention against the article's date (`None`: relative dates stay
/// unresolved).
pub fn resolve_dates(mentions: &mut [Mention], reference: Option<NaiveDate>) {
    for mention in mentions {
        match &mut mention.value {
            Value::Date(date) => date.value = date.expr.resolve_toward(reference, date.ahead),
            Value::Weekday(weekday) => {
                let ahead = weekday.ahead;
                weekday.date =
                    weekday.beside.and_then(|expr| expr.resolve_toward(reference, ahead));
            }
            _ => {}
        }
    }
}

/// The word may start a number, a vague amount, a qualifier or an ordinal.
pub const STARTS_NUMBER: u8 = 1;
/// The word may start a date or a weekday.
pub const STARTS_DATE: u8 = 2;

/// The word may start a time of day.
pub const STARTS_TIME: u8 = 4;

/// The words the parsers start with, each with what it may start: one look-up per word of a
/// text answers for every parser.
static STARTERS: LazyLock<WordMap<&'static str, u8>> = LazyLock::new(|| {
    let mut starts: BTreeMap<&str, u8> = BTreeMap::new();
    let tables = [
        (number::starters(), STARTS_NUMBER),
        (date::starters(), STARTS_DATE),
        (time::starters(), STARTS_TIME),
    ];
    for (words, bit) in tables {
        for word in words {
            *starts.entry(word).or_default() |= bit;
        }
    }
    WordMap::new(starts)
});

/// What `word`, lower-cased, may start (see [`Scan::starts`]).
#[inline]
fn starts(word: &str) -> u8 {
    let known = STARTERS.get(word.as_bytes()).copied().unwrap_or(0);
    if number::starts_beyond_the_tables(word) { known | STARTS_NUMBER } else { known }
}

/// The tokens of a text, as the parsers walk them: lower-case views of words, and which tokens an
/// earlier parser has already claimed.
///
/// Every accessor takes any index and answers as if past the end for one that is out of range,
/// so parsers can look ahead and behind without bounds checks.
pub struct Scan<'t> {
    pub text: &'t str,
    pub lang: Lang,
    /// `text` with ASCII letters lower-cased: the same byte offsets, so token spans index it.
    lower: String,
    tokens: Cow<'t, [Token]>,
    claimed: Vec<bool>,
    /// What each word may start ([`STARTS_NUMBER`], [`STARTS_DATE`], [`STARTS_TIME`]); 0 for
    /// other tokens.
    starts: Vec<u8>,
    /// Digit runs not written in ASCII ("１０．０００", "10\u{a0}000"), by token index, as the
    /// parsers read them (see [`crate::token::fold_digits`]). Sorted; empty for most texts.
    folded: Vec<(usize, String)>,
}

impl<'t> Scan<'t> {
    pub fn new(text: &'t str, lang: Lang) -> Scan<'t> {
        Scan::from_cow(text, Cow::Owned(tokenize(text)), lang)
    }

    /// The scan of `tokens`, tokens of `text` made already (its spans index `text`).
    pub fn with_tokens(text: &'t str, tokens: &'t [Token], lang: Lang) -> Scan<'t> {
        Scan::from_cow(text, Cow::Borrowed(tokens), lang)
    }

    fn from_cow(text: &'t str, tokens: Cow<'t, [Token]>, lang: Lang) -> Scan<'t> {
        let claimed = vec![false; tokens.len()];
        let group_with = match lang {
            Lang::Id => '.',
            Lang::En => ',',
        };
        let folded = tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind == TokenKind::Digits)
            .filter_map(|(i, t)| Some((i, fold_digits(&text[t.span.range()], group_with)?)))
            .collect();
        let lower = text.to_ascii_lowercase();
        let starts = (tokens.iter())
            .map(|t| match t.kind {
                TokenKind::Word => starts(&lower[t.span.range()]),
                _ => 0,
            })
            .collect();
        Scan { text, lang, lower, tokens, claimed, starts, folded }
    }

    /// What word `i` may start, as bits: [`STARTS_NUMBER`], [`STARTS_DATE`], [`STARTS_TIME`] (0
    /// for a token that is no word, or out of range).
    #[inline]
    pub fn starts(&self, i: usize) -> u8 {
        self.starts.get(i).copied().unwrap_or(0)
    }

    /// The ASCII form of digit token `i`, when it is written otherwise.
    #[inline]
    fn folded(&self, i: usize) -> Option<&str> {
        if self.folded.is_empty() {
            return None;
        }
        let at = self.folded.binary_search_by_key(&i, |(j, _)| *j).ok()?;
        self.folded.get(at).map(|(_, s)| s.as_str())
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    #[inline]
    pub fn token(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    #[inline]
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.token(i).map(|t| t.kind)
    }

    /// The token's text as written ("" out of range); a digit run in ASCII digits and
    /// separators, whatever script it is written in (its span still covers the text as written).
    #[inline]
    pub fn raw(&self, i: usize) -> &str {
        if let Some(folded) = self.folded(i) {
            return folded;
        }
        self.token(i).map_or("", |t| &self.text[t.span.range()])
    }

    /// The token's text with ASCII letters lower-cased ("" out of range); digit runs as in
    /// [`Scan::raw`].
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        if let Some(folded) = self.folded(i) {
            return folded;
        }
        self.token(i).map_or("", |t| &self.lower[t.span.range()])
    }

    /// Token `i` is the word `word` (given in lower case), in any case.
    #[inline]
    pub fn is_word(&self, i: usize, word: &str) -> bool {
        self.kind(i) == Some(TokenKind::Word) && self.lower(i) == word
    }

    /// Token `i` is a word whose first letter is upper case.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word) && self.raw(i).starts_with(char::is_uppercase)
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && self.raw(i).starts_with(c)
    }

    pub fn is_digits(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Digits)
    }

    /// Token `i` follows the previous token with no white space between them.
    pub fn attached(&self, i: usize) -> bool {
        i > 0 && self.token(i).is_some_and(|t| !t.space_before)
    }

    /// A line break stands before token `i`.
    pub fn newline_before(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| t.newline_before)
    }

    /// A paragraph break (a blank line) stands before token `i`: a value never reads across
    /// one ("lima ribu" ending one paragraph, "seratus" opening the next).
    pub fn paragraph_before(&self, i: usize) -> bool {
        if !self.newline_before(i) {
            return false;
        }
        let start = i.checked_sub(1).and_then(|p| self.token(p)).map_or(0, |t| t.span.end);
        let end = self.token(i).map_or(start, |t| t.span.start);
        self.text
            .get(start..end)
            .is_some_and(|gap| gap.bytes().filter(|&b| b == b'\n').nth(1).is_some())
    }

    /// The span from the start of token `first` to the end of token `last` (inclusive).
    pub fn span(&self, first: usize, last: usize) -> Span {
        let start = self.token(first).map_or(self.text.len(), |t| t.span.start);
        let end = self.token(last).map_or(self.text.len(), |t| t.span.end);
        Span::new(start, end.max(start))
    }

    /// Marks tokens `first..=last` as read, so that later parsers pass over them.
    pub fn claim(&mut self, first: usize, last: usize) {
        self.set_claimed(first, last, true);
    }

    /// Gives tokens `first..=last` back to later parsers.
    pub fn release(&mut self, first: usize, last: usize) {
        self.set_claimed(first, last, false);
    }

    fn set_claimed(&mut self, first: usize, last: usize, claimed: bool) {
        let end = (last + 1).min(self.claimed.len());
        for flag in self.claimed.get_mut(first..end).into_iter().flatten() {
            *flag = claimed;
        }
    }

    pub fn is_claimed(&self, i: usize) -> bool {
        self.claimed.get(i).copied().unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_sort_as_a_stable_sort_of_them_does() {
        // Mentions of every kind from the seeds, shuffled, and twins that differ only in what
        // they name: those keep the order they were given in.
        let aliases = Aliases::new([("a", "Korea Utara"), ("b", "Korea Utara"), ("c", "Kim")]);
        let text = include_str!("../../tests/articles/001_f011f847b0c797aa.txt");
        let mut mentions = extract(text, Lang::Id, &aliases);
        assert!(mentions.len() > 20);
        let twins: Vec<Mention> = mentions.iter().step_by(3).cloned().collect();
        mentions.extend(twins.into_iter().map(|mut m| {
            if let Value::Entity(id) = &mut m.value {
                id.push('2');
            }
            m
        }));
        // And many at one place.
        let span = Span::new(5, 9);
        mentions.extend((0..60).map(|i| Mention { span, value: Value::Entity(format!("{i}")) }));
        mentions.reverse();
        mentions.rotate_left(7);
        let mut expected = mentions.clone();
        expected.sort_by(|a, b| {
            (a.span.start, a.kind(), a.span.end).cmp(&(b.span.start, b.kind(), b.span.end))
        });
        assert_eq!(sort_mentions(mentions), expected);
    }

    #[test]
    fn one_look_up_answers_for_every_parser() {
        let (numbers, dates, times) = (number::starters(), date::starters(), time::starters());
        let mut words: Vec<String> =
            numbers.iter().chain(&dates).chain(&times).map(|w| w.to_string()).collect();
        // Ordinals told without a table, words that start nothing, and every word of the seeds.
        words.extend(["keempat", "kedua", "ke", "kepada", "tentara", "", "k"].map(String::from));
        let seeds = [
            include_str!("../../tests/articles/000_015d0fc2f736e994.txt"),
            include_str!("../../tests/articles/001_f011f847b0c797aa.txt"),
            include_str!("../../tests/articles/002_484335ed030999fc.txt"),
            include_str!("../../tests/articles/003_713e3813aabe39d1.txt"),
            include_str!("../../tests/articles/004_870d5c23f8876ef5.txt"),
        ];
        for text in seeds {
            words.extend(text.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase));
        }
        for word in &words {
            let number = numbers.contains(&word.as_str()) || number::starts_beyond_the_tables(word);
            let date = dates.contains(&word.as_str());
            let time = times.contains(&word.as_str());
            let expected = (u8::from(number) * STARTS_NUMBER)
                | (u8::from(date) * STARTS_DATE)
                | (u8::from(time) * STARTS_TIME);
            assert_eq!(starts(word), expected, "{word:?}");
        }
        assert!(words.iter().any(|w| starts(w) == STARTS_NUMBER | STARTS_DATE));
    }
}
