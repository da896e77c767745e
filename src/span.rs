//! Byte spans, and their translation to line and column for output.
//!
//! Everything inside canon speaks in byte offsets into the article's text. Lines and columns
//! (1-based, columns counted in characters) are computed only when output is rendered, by a
//! [`LineIndex`] built once per text.

use std::cell::Cell;
use std::ops::Range;

/// A half-open byte range `start..end` into a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The smallest span that covers both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// The start offset of every line of a text, for turning byte offsets into [`Position`]s.
///
/// Columns count characters, so finding one means walking the line from its start. Output asks
/// for positions in the order of the text, so the index remembers the last position it gave and
/// walks on from there when the next offset lies further along the same line: a text of one
/// 100 MB line with a million mentions costs one walk over the line, not a million.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// The last offset asked for, with its line (0-based) and column.
    last: Cell<(usize, usize, usize)>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        push_line_starts(text, &mut starts);
        LineIndex { starts, last: Cell::new((0, 0, 1)) }
    }

    /// The position of byte `offset` in `text` (the text this index was built from). Spans
    /// start on character boundaries; an offset inside a multi-byte character counts as the
    /// character after it.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let (last_offset, last_line, last_column) = self.last.get();
        let (from, column) = if last_line == line && last_offset <= offset {
            (last_offset, last_column)
        } else {
            (self.starts[line], 1)
        };
        // The characters that start in `from..offset`: its bytes that do not continue a
        // character (a continuation byte is 0b10xx_xxxx). Counting bytes rather than decoding
        // characters lets the compiler count many at a time.
        let starts = text.as_bytes().get(from..offset).unwrap_or(&[]);
        let column = column + starts.iter().filter(|&&b| (b as i8) >= -0x40).count();
        // Remember the start of the character the offset falls in, so the next walk starts on
        // a character boundary.
        let boundary =
            (0..=offset).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0).max(from);
        let column_at_boundary = if boundary < offset { column - 1 } else { column };
        self.last.set((boundary, line, column_at_boundary));
        Position { line: line + 1, column }
    }

    /// The text of the 1-based `line`, without its line ending.
    pub fn line_text<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.starts.get(line).map_or(text.len(), |&next| next - 1);
        text[start..end].trim_end_matches('\r')
    }
}

/// Pushes the offset after every `\n`: only `\n` ends a line (a `\r` before it stays in the
/// line, and [`LineIndex::line_text`] trims it). `memchr` finds them many bytes at a time;
/// byte by byte, this scan was a fifth of the cost of writing an article's findings as JSON.
fn push_line_starts(text: &str, starts: &mut Vec<usize>) {
    starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at + 1));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_from_one() {
        let text = "ab\nTุมภา x\n";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), Position { line: 1, column: 1 });
        assert_eq!(index.position(text, 3), Position { line: 2, column: 1 });
        let x = text.find('x').unwrap();
        assert_eq!(index.position(text, x), Position { line: 2, column: 7 });
        assert_eq!(index.line_text(text, 2), "Tุมภา x");
        assert_eq!(index.line_text(text, 3), "");
        // Asked out of order, and inside a multi-byte character, it answers the same.
        assert_eq!(index.position(text, 3), Position { line: 2, column: 1 });
        assert_eq!(index.position(text, 4), Position { line: 2, column: 2 });
        assert_eq!(index.position(text, 5), Position { line: 2, column: 3 });
        assert_eq!(index.position(text, 7), Position { line: 2, column: 3 });
        assert_eq!(index.position(text, x), Position { line: 2, column: 7 });
        assert_eq!(index.position(text, 0), Position { line: 1, column: 1 });
        assert_eq!(index.line_text(text, 9), "");
    }

    #[test]
    fn every_line_end_starts_a_line() {
        // Line ends at every place in and around the 8- and 32-byte blocks of the scan, among
        // bytes that are near `\n` in value, multi-byte characters and `\r`.
        let pieces =
            ["\n", "a", "\r", "\r\n", "\u{b}", "\u{c}", "\u{8a}", "é", "ุ", "\u{2028}", "😀"];
        let mut text = String::new();
        for i in 0..500usize {
            text.push_str(pieces[(i * i + i / 3) % pieces.len()]);
            let starts: Vec<usize> =
                std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
            assert_eq!(LineIndex::new(&text).starts, starts, "{text:?}");
        }
        let long = "x".repeat(100) + "\n" + &"y".repeat(63) + "\n\n";
        assert_eq!(LineIndex::new(&long).starts, vec![0, 101, 165, 166]);
    }
}
