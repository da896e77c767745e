//! Fast look-ups of short words, for the tables that every word of an article is looked up in:
//! a filter that turns most words away with one bit, a map of words looked up with one cheap
//! hash, and the multi-pattern automata that the canon's names and cue literals are searched
//! with.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, MatchKind, dfa};

/// Patterns up to this many bytes in all are searched with a DFA.
const DFA_BYTES: usize = 1 << 17;

/// An automaton that finds every occurrence of `patterns` (overlapping searches), or `None`
/// when it cannot be built (sizes far beyond any canon).
///
/// A DFA while the patterns are small enough: it takes one table look-up per byte where the
/// default for many patterns, a compact NFA, follows failure links, and that made searching a
/// canon of a thousand names cost several times a canon of twenty. Its table grows with the
/// patterns (a few megabytes for 128 KB of them), so larger sets stay with the NFA.
pub fn automaton(patterns: &[impl AsRef<[u8]>]) -> Option<AhoCorasick> {
    let bytes: usize = patterns.iter().map(|p| p.as_ref().len()).sum();
    let kind = (bytes <= DFA_BYTES).then_some(AhoCorasickKind::DFA);
    AhoCorasickBuilder::new().match_kind(MatchKind::Standard).kind(kind).build(patterns).ok()
}

/// Many patterns, every occurrence of which is wanted (overlapping), searched byte by byte with
/// a loop of our own over the automaton's states.
///
/// The crate's overlapping iterator keeps its place between matches in a state it writes back
/// on every call, and hands the text to its prefilter each time the automaton falls back to its
/// start: in text where names stand among other words, that is after nearly every word, and the
/// call costs more than the bytes it skips. Here the automaton has no prefilter, so its start
/// is an ordinary state, and each byte costs one table look-up and one comparison.
#[derive(Clone, Debug)]
pub enum Patterns {
    /// While the patterns are small enough (see [`automaton`]).
    Dfa(dfa::DFA),
    Nfa(contiguous::NFA),
}

impl Patterns {
    /// The automaton of `patterns`, none of them empty, or `None` when it cannot be built.
    pub fn new(patterns: &[impl AsRef<[u8]>]) -> Option<Patterns> {
        let bytes: usize = patterns.iter().map(|p| p.as_ref().len()).sum();
        Patterns::build(patterns, bytes <= DFA_BYTES)
    }

    fn build(patterns: &[impl AsRef<[u8]>], dfa: bool) -> Option<Patterns> {
        if dfa {
            let mut builder = dfa::Builder::new();
            builder.match_kind(MatchKind::Standard).prefilter(false);
            builder.build(patterns).ok().map(Patterns::Dfa)
        } else {
            let mut builder = contiguous::Builder::new();
            builder.match_kind(MatchKind::Standard).prefilter(false);
            builder.build(patterns).ok().map(Patterns::Nfa)
        }
    }

    /// Calls `found(start, end, pattern)` for every occurrence of every pattern in `haystack`,
    /// in order of their ends; those that end together in the order of the automaton.
    pub fn for_each(&self, haystack: &[u8], mut found: impl FnMut(usize, usize, usize)) {
        match self {
            Patterns::Dfa(dfa) => overlapping(dfa, haystack, &mut found),
            Patterns::Nfa(nfa) => overlapping(nfa, haystack, &mut found),
        }
    }
}

fn overlapping<A: Automaton>(
    automaton: &A,
    haystack: &[u8],
    found: &mut impl FnMut(usize, usize, usize),
) {
    let Ok(mut state) = automaton.start_state(Anchored::No) else { return };
    let mut at = 0;
    while let Some((next, end)) = next_match(automaton, state, haystack, at) {
        for i in 0..automaton.match_len(next) {
            let pattern = automaton.match_pattern(next, i);
            found(end - automaton.pattern_len(pattern), end, pattern.as_usize());
        }
        (state, at) = (next, end);
    }
}

/// The next match state the automaton reaches reading `haystack` from `at` in `state`, and
/// where it is reached (the end of its matches). Kept apart from what is done with the
/// matches, so that the loop over the bytes has the registers to itself.
#[inline(never)]
fn next_match<A: Automaton>(
    automaton: &A,
    mut state: StateID,
    haystack: &[u8],
    at: usize,
) -> Option<(StateID, usize)> {
    let i = haystack.get(at..)?.iter().position(|&byte| {
        state = automaton.next_state(Anchored::No, state, byte);
        // Without a prefilter, only match states (and a dead state, which an unanchored search
        // for every match never reaches) are special.
        automaton.is_special(state) && automaton.is_match(state)
    })?;
    Some((state, at + i + 1))
}

/// A one-bit-per-key filter of words by length, first and last letter (any ASCII case), as
/// bytes or as characters.
#[derive(Debug)]
pub struct Sketch(Box<[u64; 64]>);

impl Default for Sketch {
    fn default() -> Sketch {
        Sketch(Box::new([0; 64]))
    }
}

impl Sketch {
    fn key(len: usize, first: u32, last: u32) -> usize {
        let fold = |c: u32| {
            let c = if (u32::from(b'A')..=u32::from(b'Z')).contains(&c) { c + 32 } else { c };
            c as usize
        };
        (len.min(31) * 131 + fold(first) * 31 + fold(last)) % 4096
    }

    fn key_of<T: Copy + Into<u32>>(word: &[T]) -> usize {
        let (first, last) = match word {
            [first, .., last] => ((*first).into(), (*last).into()),
            [only] => ((*only).into(), (*only).into()),
            [] => (0, 0),
        };
        Sketch::key(word.len(), first, last)
    }

    /// Adds a word, as bytes or as characters (a word must be asked for as it was added).
    pub fn add<T: Copy + Into<u32>>(&mut self, word: &[T]) {
        let key = Sketch::key_of(word);
        self.0[key / 64] |= 1 << (key % 64);
    }

    /// The word may have been added; `false` means it was not.
    pub fn may_hold<T: Copy + Into<u32>>(&self, word: &[T]) -> bool {
        let key = Sketch::key_of(word);
        self.0[key / 64] & (1 << (key % 64)) != 0
    }
}

/// A map from words to values, for the tables that every word of an article is looked up in:
/// one hash of a multiplication per eight bytes, and the words themselves compared only where
/// their whole 64-bit hashes agree, which for a word not in the table (most words) is never.
#[derive(Debug)]
pub struct WordMap<K, V> {
    /// Open addressing with linear probing, at most a quarter full: (hash, entry + 1), with
    /// 0 for an empty slot.
    slots: Box<[(u64, u32)]>,
    entries: Vec<(K, V)>,
    /// The hash's top bits pick the slot: `64 - log2(slots.len())`.
    shift: u32,
}

impl<K: AsRef<[u8]>, V> WordMap<K, V> {
    /// The map of `entries`; a key given twice keeps its first value.
    pub fn new(entries: impl IntoIterator<Item = (K, V)>) -> WordMap<K, V> {
        let entries: Vec<(K, V)> = entries.into_iter().collect();
        let size = (entries.len() * 4).next_power_of_two().max(8);
        let mut map = WordMap {
            slots: vec![(0, 0); size].into_boxed_slice(),
            entries: Vec::with_capacity(entries.len()),
            shift: 64 - size.trailing_zeros(),
        };
        for (key, value) in entries {
            let hash = word_hash(key.as_ref());
            if map.find(hash, key.as_ref()).is_some() {
                continue;
            }
            let Ok(number) = u32::try_from(map.entries.len() + 1) else { break };
            // The first empty slot from where the hash belongs: the table is at most a
            // quarter full.
            let mask = map.slots.len() - 1;
            let mut at = (hash >> map.shift) as usize & mask;
            while map.slots[at].1 != 0 {
                at = (at + 1) & mask;
            }
            map.slots[at] = (hash, number);
            map.entries.push((key, value));
        }
        map
    }

    /// The value of `word`.
    #[inline]
    pub fn get(&self, word: &[u8]) -> Option<&V> {
        self.find(word_hash(word), word).map(|at| &self.entries[at].1)
    }

    #[inline]
    pub fn contains(&self, word: &[u8]) -> bool {
        self.find(word_hash(word), word).is_some()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry of `word`, whose hash is `hash`.
    #[inline]
    fn find(&self, hash: u64, word: &[u8]) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut at = (hash >> self.shift) as usize;
        // The table is at most a quarter full: the search meets an empty slot.
        loop {
            let (slot_hash, number) = *self.slots.get(at & mask)?;
            if number == 0 {
                return None;
            }
            if slot_hash == hash {
                let (key, _) = self.entries.get(number as usize - 1)?;
                if key.as_ref() == word {
                    return Some(number as usize - 1);
                }
            }
            at += 1;
        }
    }
}

impl<K: AsRef<[u8]>, V> Default for WordMap<K, V> {
    fn default() -> WordMap<K, V> {
        WordMap::new([])
    }
}

/// The hash of a word for [`WordMap`]: eight bytes at a time, each block mixed in by one
/// multiplication, so that the top bits depend on every byte.
#[inline]
pub fn word_hash(word: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut hash = (word.len() as u64 + 1).wrapping_mul(K);
    let mut blocks = word.chunks_exact(8);
    for block in &mut blocks {
        let block: [u8; 8] = block.try_into().unwrap_or_default();
        hash = (hash.rotate_left(23) ^ u64::from_le_bytes(block)).wrapping_mul(K);
    }
    // The last bytes, fewer than eight, read in two overlapping halves (or three bytes that
    // cover them): every byte counts, and the length is in the hash already.
    let rest = blocks.remainder();
    let block = match (rest.first_chunk::<4>(), rest.last_chunk::<4>()) {
        (Some(low), Some(high)) => {
            u64::from(u32::from_le_bytes(*low)) | u64::from(u32::from_le_bytes(*high)) << 32
        }
        _ => match rest {
            [] => return hash,
            [first, ..] => {
                let (middle, last) = (rest[rest.len() / 2], rest[rest.len() - 1]);
                u64::from(*first) | u64::from(middle) << 8 | u64::from(last) << 16
            }
        },
    };
    (hash.rotate_left(23) ^ block).wrapping_mul(K)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn patterns_are_found_as_the_crates_overlapping_search_finds_them() {
        // Patterns that share prefixes and suffixes, lie inside one another, repeat, and hold
        // bytes beyond ASCII; texts of their pieces.
        let pieces = ["kim", "kim jong", " ", "korea", "a", "as", "s", "é", "ุ", "-un", "x"];
        let patterns: Vec<String> = (0..40usize)
            .map(|n| (0..1 + n % 4).map(|k| pieces[(n * 5 + k * 3) % pieces.len()]).collect())
            .collect();
        let mut compared = 0;
        for dfa in [true, false] {
            let ours = Patterns::build(&patterns, dfa).expect("an automaton");
            assert_eq!(matches!(ours, Patterns::Dfa(_)), dfa);
            let theirs = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&patterns)
                .expect("an automaton");
            for n in 0..500usize {
                let text: String =
                    (0..n % 30).map(|k| pieces[(n * 7 + k * k + k) % pieces.len()]).collect();
                let mut found = Vec::new();
                ours.for_each(text.as_bytes(), |start, end, p| found.push((start, end, p)));
                let mut expected: Vec<(usize, usize, usize)> = theirs
                    .find_overlapping_iter(&text)
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                    .collect();
                assert!(found.is_sorted_by_key(|&(_, end, _)| end), "{text:?}");
                found.sort_unstable();
                expected.sort_unstable();
                assert_eq!(found, expected, "{text:?}");
                compared += expected.len();
            }
        }
        assert!(compared > 5000, "{compared} matches");
    }

    #[test]
    fn a_word_map_finds_what_a_hash_map_finds() {
        // Words of every length around the eight-byte blocks, some sharing long prefixes.
        let mut words: Vec<String> = Vec::new();
        for len in 0..=20 {
            for c in ['a', 'b', 'z', 'é'] {
                words.push(c.to_string().repeat(len));
                words.push(format!("{}{c}", "x".repeat(len)));
            }
        }
        let (table, others) = words.split_at(words.len() / 2);
        let map = WordMap::new(table.iter().enumerate().map(|(i, w)| (w.as_str(), i)));
        let reference: HashMap<&str, usize> =
            table.iter().enumerate().rev().map(|(i, w)| (w.as_str(), i)).collect();
        for word in table.iter().chain(others) {
            let expected = reference.get(word.as_str());
            assert_eq!(map.get(word.as_bytes()), expected, "{word:?}");
            assert_eq!(map.contains(word.as_bytes()), expected.is_some());
        }
    }

    #[test]
    fn a_word_given_twice_keeps_its_first_value() {
        let map = WordMap::new([("dua", 2), ("tiga", 3), ("dua", 20)]);
        assert_eq!(map.get(b"dua"), Some(&2));
        assert_eq!(map.len(), 2);
        assert_eq!(WordMap::<&str, ()>::new([]).get(b""), None);
    }

    #[test]
    fn the_hash_depends_on_every_byte_and_the_length() {
        let base = word_hash(b"seventeen letters");
        assert_ne!(base, word_hash(b"seventeen letterz"));
        assert_ne!(base, word_hash(b"Seventeen letters"));
        assert_ne!(word_hash(b"ab"), word_hash(b"ab\0"));
        assert_ne!(word_hash(b""), word_hash(b"\0"));
    }
}
