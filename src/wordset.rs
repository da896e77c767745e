//! Fast look-ups of short words, for the tables that every word of an article is looked up in:
//! a filter that turns most words away with one bit, a hash cheaper than the default one, and
//! the multi-pattern automaton that the canon's names and cue literals are searched with.

use std::hash::Hasher;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

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

/// FxHash: the words are short and not chosen by an adversary who could make them collide on
/// purpose to slow canon down, so a multiply-and-rotate hash beats the default SipHash.
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
