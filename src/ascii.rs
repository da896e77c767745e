//! Runs of ASCII, read eight bytes at a time.
//!
//! Most of an article is ASCII, and the passes that read every byte (the tokenizer, alias
//! folding) spend most of their time finding where a run of letters or of printable characters
//! ends. Read as one `u64`, eight bytes are tested with a few integer operations, where a loop
//! over bytes takes several instructions each. Only safe integer code: no `unsafe`, no
//! processor-specific instructions.
//!
//! In every test below, each byte is first known to be below 0x80, so adding to it never
//! carries into the next byte, and the high bit of each byte of the sum tells about that byte
//! alone.

/// One bit per byte: its high bit.
const HIGH: u64 = u64::from_le_bytes([0x80; 8]);

/// `n` in every byte.
const fn every(n: u8) -> u64 {
    u64::from_le_bytes([n; 8])
}

/// The high bit of every byte of `w` (each below 0x80) that lies in `low..=high` (both in
/// 0x01..=0x7F).
fn within(w: u64, low: u8, high: u8) -> u64 {
    w.wrapping_add(every(0x80 - low)) & !w.wrapping_add(every(0x7F - high)) & HIGH
}

/// The high bit of every byte of `w` that is not in `low..=high`; a byte of 0x80 or more is
/// never within.
fn outside(w: u64, low: u8, high: u8) -> u64 {
    let ascii = !w & HIGH;
    (ascii & !within(w & !HIGH, low, high)) | (w & HIGH)
}

/// The number of bytes at the start of `bytes` before the first that `stops` flags (eight at a
/// time) or `is_in` refuses (the last few, one at a time): two forms of one test.
fn run(bytes: &[u8], stops: impl Fn(u64) -> u64, is_in: impl Fn(u8) -> bool) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..).and_then(<[u8]>::first_chunk::<8>) {
        let stop = stops(u64::from_le_bytes(*chunk));
        if stop != 0 {
            // The lowest byte that stops the run, little-endian: the first in the text.
            return n + stop.trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    n + bytes[n..].iter().take_while(|&&b| is_in(b)).count()
}

/// White space in ASCII, as `char::is_whitespace` has it: tab, line feed, vertical tab, form
/// feed, carriage return and space.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// How many bytes at the start of `bytes` are ASCII letters.
pub fn letters(bytes: &[u8]) -> usize {
    // A letter of either case is in `a..=z` once 0x20 is set: no other byte gets there.
    run(bytes, |w| outside(w | every(0x20), b'a', b'z'), |b| b.is_ascii_alphabetic())
}

/// How many bytes at the start of `bytes` are ASCII letters or digits.
pub fn alphanumerics(bytes: &[u8]) -> usize {
    let stops = |w: u64| {
        let seven = w & !HIGH;
        let letters = within(seven | every(0x20), b'a', b'z');
        let digits = within(seven, b'0', b'9');
        !((letters | digits) & !w) & HIGH
    };
    run(bytes, stops, |b| b.is_ascii_alphanumeric())
}

/// How many bytes at the start of `bytes` are ASCII.
pub fn ascii(bytes: &[u8]) -> usize {
    run(bytes, |w| w & HIGH, |b| b.is_ascii())
}

/// How many bytes at the start of `bytes` are printable ASCII or DEL (`!` to 0x7F): ASCII
/// that is neither white space nor a control character other than DEL.
pub fn printable(bytes: &[u8]) -> usize {
    run(bytes, |w| outside(w, b'!', 0x7F), |b| (b'!'..=0x7F).contains(&b))
}

/// How many bytes at the start of `bytes` are printable ASCII (`!` to DEL) or single spaces:
/// text that folds to itself, byte for byte, but for case. A space right after a space ends the
/// run (its first space is in it), as does any other white space, a control character or a
/// byte of a character beyond ASCII.
pub fn words(bytes: &[u8]) -> usize {
    // The high bit of each byte of the previous block that is a space, moved to where the
    // next block's first byte has its own: set when the last byte was a space.
    let mut space_before = 0;
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..).and_then(<[u8]>::first_chunk::<8>) {
        let w = u64::from_le_bytes(*chunk);
        let spaces = within(w & !HIGH, b' ', b' ') & !w;
        let doubled = spaces & ((spaces << 8) | space_before);
        let stop = outside(w, b' ', 0x7F) | doubled;
        if stop != 0 {
            return n + stop.trailing_zeros() as usize / 8;
        }
        space_before = (spaces >> 56) & 0x80;
        n += 8;
    }
    while let Some(&b) = bytes.get(n) {
        let doubled = b == b' ' && n > 0 && bytes[n - 1] == b' ';
        if !(b' '..=0x7F).contains(&b) || doubled {
            break;
        }
        n += 1;
    }
    n
}

/// The eight bytes of `bytes` from `at` as one number, the first in the lowest byte; zero for
/// bytes past the end.
pub fn block_at(bytes: &[u8], at: usize) -> u64 {
    if let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        return u64::from_le_bytes(*chunk);
    }
    let mut block = [0u8; 8];
    for (slot, &b) in block.iter_mut().zip(bytes.get(at..).unwrap_or_default()) {
        *slot = b;
    }
    u64::from_le_bytes(block)
}

/// The first `len` bytes of `block` (1 to 8), lower-cased, the others zero, when they are all
/// ASCII letters.
pub fn letters_lowered(block: u64, len: usize) -> Option<u64> {
    if !(1..=8).contains(&len) {
        return None;
    }
    let kept = u64::MAX >> (64 - 8 * len);
    // A letter of either case is in `a..=z` once 0x20 is set: no other byte gets there.
    let lower = (block | every(0x20)) & kept;
    (outside(lower, b'a', b'z') & kept == 0).then_some(lower)
}

/// Appends `bytes`, which are ASCII, lower-cased: eight at a time.
pub fn push_lower(bytes: &[u8], out: &mut Vec<u8>) {
    let (chunks, rest) = bytes.as_chunks::<8>();
    for chunk in chunks {
        let w = u64::from_le_bytes(*chunk);
        let upper = within(w & !HIGH, b'A', b'Z') & !w;
        // 0x80 >> 2 is 0x20, the bit that makes a capital small.
        out.extend_from_slice(&(w | (upper >> 2)).to_le_bytes());
    }
    out.extend(rest.iter().map(u8::to_ascii_lowercase));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte value at every place of a block of eight, and runs ending at every length
    /// around the blocks.
    fn samples() -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        for b in 0..=255u8 {
            for at in 0..9 {
                let mut bytes = b"AbcDeFgHiJkLmNoPqR".to_vec();
                bytes.insert(at, b);
                out.push(bytes.clone());
                bytes.truncate(at + 1);
                out.push(bytes);
            }
        }
        for len in 0..20 {
            out.push(b"AzaZmMqQxXbBcCdDeEfF"[..len].to_vec());
            out.push(b"!~\x7f@[`{/09:AZaz]^_"[..len.min(18)].to_vec());
        }
        out
    }

    #[test]
    fn runs_end_where_byte_by_byte_they_do() {
        for bytes in samples() {
            let letters_ = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            assert_eq!(letters(&bytes), letters_, "{bytes:?}");
            let alphanumerics_ = bytes.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            assert_eq!(alphanumerics(&bytes), alphanumerics_, "{bytes:?}");
            let printable_ = bytes.iter().take_while(|&&b| (b'!'..=0x7F).contains(&b)).count();
            assert_eq!(printable(&bytes), printable_, "{bytes:?}");
            let ascii_ = bytes.iter().take_while(|b| b.is_ascii()).count();
            assert_eq!(ascii(&bytes), ascii_, "{bytes:?}");
        }
    }

    #[test]
    fn words_end_at_a_second_space() {
        let by_bytes = |bytes: &[u8]| {
            let mut n = 0;
            while let Some(&b) = bytes.get(n) {
                if !(b' '..=0x7F).contains(&b) || (b == b' ' && n > 0 && bytes[n - 1] == b' ') {
                    break;
                }
                n += 1;
            }
            n
        };
        let mut all = samples();
        for at in 0..20 {
            let mut bytes = b"Kim Jong Un, Korea Utara. x".to_vec();
            bytes.insert(at, b' ');
            all.push(bytes.clone());
            bytes.insert(at, b'\t');
            all.push(bytes);
        }
        for bytes in all {
            assert_eq!(words(&bytes), by_bytes(&bytes), "{bytes:?}");
        }
        assert_eq!(words(b"Kim Jong  Un"), 9);
        assert_eq!(words(b"1234567  9"), 8);
        assert_eq!(words(b"1234567 9 1"), 11);
    }

    #[test]
    fn lower_cases_as_ascii_does() {
        for bytes in samples() {
            let ascii: Vec<u8> = bytes.iter().copied().filter(u8::is_ascii).collect();
            let mut out = vec![b'x'];
            push_lower(&ascii, &mut out);
            assert_eq!(out[1..], ascii.to_ascii_lowercase(), "{ascii:?}");
        }
    }

    #[test]
    fn short_words_of_letters_are_read_as_one_number() {
        for bytes in samples() {
            for at in 0..=bytes.len() {
                let mut expected = [0u8; 8];
                for (slot, b) in expected.iter_mut().zip(&bytes[at..]) {
                    *slot = *b;
                }
                let block = block_at(&bytes, at);
                assert_eq!(block, u64::from_le_bytes(expected), "{bytes:?} at {at}");
                for len in 0..=9 {
                    let word = &bytes[at..(at + len).min(bytes.len())];
                    let lowered = (word.len() == len && (1..=8).contains(&len))
                        .then(|| word.to_ascii_lowercase())
                        .filter(|w| w.iter().all(u8::is_ascii_lowercase))
                        .map(|w| block_at(&w, 0));
                    if word.len() == len {
                        assert_eq!(letters_lowered(block, len), lowered, "{word:?}");
                    }
                }
            }
        }
    }
}
