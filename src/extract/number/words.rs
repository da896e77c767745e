//! Numbers written in words: "dua puluh tiga", "seratus dua puluh", "dua ribu lima ratus",
//! "twenty-three", "a hundred and twenty", "two thousand".
//!
//! In: the tokens from a start index. Out: the integer value and the last token read, or `None`.
//! Both languages share one grammar: a group below a thousand built from digits, teens, tens and
//! hundreds, then a scale word, groups and scales falling from left to right. A word that would
//! break the grammar ends the number before it ("dua tiga" is "dua", then "tiga"). Arithmetic is
//! integer and checked; a word never reads a claimed token.

use super::lexicon::{Part, number_word, plural_scale};
use crate::extract::Scan;
use crate::token::TokenKind;

/// A number read from words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct WordNumber {
    pub value: u64,
    pub last: usize,
    /// The multiplier of the final word when it is "ratus", "ribu", "juta" …: in "11 hingga 12
    /// ribu" the scale of the second number applies to the first.
    pub tail_scale: Option<u64>,
    /// How many words were read.
    pub words: usize,
}

/// What the previous word was, which decides what may come next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Last {
    Start,
    Digit,
    Teen,
    Tens,
    Hundred,
    Scale(u64),
}

#[derive(Clone, Copy, Debug)]
struct State {
    /// The value of the completed scales ("dua ribu" in "dua ribu lima ratus").
    total: u64,
    /// The group below a thousand being built.
    group: u64,
    last: Last,
    words: usize,
}

impl State {
    /// The state after `part`, or `None` when `part` cannot follow.
    fn step(self, part: Part) -> Option<State> {
        let group_open = matches!(self.last, Last::Start | Last::Hundred | Last::Scale(_));
        let (group, total, last) = match part {
            Part::Digit(n) if group_open || self.last == Last::Tens => {
                (self.group.checked_add(n)?, self.total, Last::Digit)
            }
            Part::Teen(n) if group_open => (self.group.checked_add(n)?, self.total, Last::Teen),
            Part::Tens(n) if group_open => (self.group.checked_add(n)?, self.total, Last::Tens),
            // "dua belas", "dua puluh": the digit just read is the only part below a hundred.
            Part::TeenSuffix if self.last == Last::Digit && self.group % 100 < 10 => {
                (self.group.checked_add(10)?, self.total, Last::Teen)
            }
            Part::TensSuffix if self.last == Last::Digit && self.group % 100 < 10 => {
                let digit = self.group % 10;
                (self.group - digit + digit * 10, self.total, Last::Tens)
            }
            Part::Hundred if self.last == Last::Digit && self.group < 10 => {
                (self.group * 100, self.total, Last::Hundred)
            }
            Part::OneHundred if self.group == 0 && group_open => (100, self.total, Last::Hundred),
            Part::Scale(s) if self.group > 0 && self.below_last_scale(s) => {
                (0, self.total.checked_add(self.group.checked_mul(s)?)?, Last::Scale(s))
            }
            // "three thousand millions", "dua ribu juta": a larger scale right after a scale
            // multiplies all that came before.
            Part::Scale(s) if self.group == 0 && matches!(self.last, Last::Scale(p) if p < s) => {
                (0, self.total.checked_mul(s)?, Last::Scale(s))
            }
            Part::OneScale(s) if self.group == 0 && group_open && self.below_last_scale(s) => {
                (0, self.total.checked_add(s)?, Last::Scale(s))
            }
            _ => return None,
        };
        Some(State { total, group, last, words: self.words + 1 })
    }

    /// Scales fall from left to right: "dua juta tiga ribu", never "dua ribu tiga juta".
    fn below_last_scale(self, s: u64) -> bool {
        match self.last {
            Last::Scale(prev) => s < prev,
            _ => self.total.is_multiple_of(s * 1000),
        }
    }

    fn value(self) -> Option<u64> {
        self.total.checked_add(self.group)
    }
}

/// The number written in words from token `i`. `first` stands in for the first word when it
/// comes from inside another word ("kedua" gives "dua").
pub(super) fn read(scan: &Scan, i: usize, first: Option<Part>) -> Option<WordNumber> {
    if scan.is_claimed(i) || scan.kind(i) != Some(TokenKind::Word) {
        return None;
    }
    let start = State { total: 0, group: 0, last: Last::Start, words: 0 };
    let (mut state, mut last) = match first.or_else(|| number_word(scan.lower(i))) {
        Some(part) => (start.step(part)?, i),
        // English "a hundred", "a thousand": "a" is one only before a multiplier.
        // "half a million" is not a million.
        None if scan.lower(i) == "a" && scan.lower(i.wrapping_sub(1)) != "half" => {
            let next = part_at(scan, i + 1)?;
            let one = State { group: 1, last: Last::Digit, ..start };
            if !matches!(next, Part::Hundred | Part::Scale(_)) {
                return None;
            }
            (one.step(next)?, i + 1)
        }
        None => return None,
    };
    loop {
        let mut j = last + 1;
        if scan.paragraph_before(j) {
            break;
        }
        // "twenty-three": a hyphen joins tens and a digit, with no space on either side.
        if state.last == Last::Tens && scan.is_punct(j, '-') && scan.attached(j) {
            if !scan.attached(j + 1) || !matches!(part_at(scan, j + 1), Some(Part::Digit(_))) {
                break;
            }
            j += 1;
        }
        // "a hundred and twenty", "two thousand and five".
        if scan.is_word(j, "and") && matches!(state.last, Last::Hundred | Last::Scale(_)) {
            if !matches!(part_at(scan, j + 1), Some(Part::Digit(_) | Part::Teen(_) | Part::Tens(_)))
            {
                break;
            }
            j += 1;
        }
        let Some(next) = part_at(scan, j).and_then(|part| state.step(part)) else {
            break;
        };
        state = next;
        last = j;
    }
    let tail_scale = match state.last {
        Last::Scale(s) => Some(s),
        Last::Hundred if state.total == 0 => Some(100),
        _ => None,
    };
    let value = state.value().filter(|&v| v > 0)?;
    Some(WordNumber { value, last, tail_scale, words: state.words })
}

/// The number word at token `i`, if it is an unclaimed word, past the first word: a plural
/// scale counts there ("three billions", "two hundred dozens"), never alone ("thousands" is
/// vague).
fn part_at(scan: &Scan, i: usize) -> Option<Part> {
    if scan.is_claimed(i) || scan.kind(i) != Some(TokenKind::Word) || scan.paragraph_before(i) {
        return None;
    }
    number_word(scan.lower(i)).or_else(|| plural_scale(scan.lower(i)).map(Part::Scale))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn value(text: &str) -> Option<(u64, usize)> {
        let scan = Scan::new(text, Lang::Id);
        read(&scan, 0, None).map(|n| (n.value, n.last + 1))
    }

    #[test]
    fn indonesian_words() {
        assert_eq!(value("sebelas"), Some((11, 1)));
        assert_eq!(value("dua belas"), Some((12, 2)));
        assert_eq!(value("dua puluh tiga"), Some((23, 3)));
        assert_eq!(value("seratus dua puluh"), Some((120, 3)));
        assert_eq!(value("tiga ratus"), Some((300, 2)));
        assert_eq!(value("dua ribu lima ratus"), Some((2500, 4)));
        assert_eq!(value("seribu sembilan ratus"), Some((1900, 3)));
        assert_eq!(value("seratus ribu"), Some((100_000, 2)));
        assert_eq!(value("dua juta tiga ratus ribu"), Some((2_300_000, 5)));
    }

    #[test]
    fn english_words() {
        assert_eq!(value("twenty-three"), Some((23, 3)));
        assert_eq!(value("a hundred and twenty"), Some((120, 4)));
        assert_eq!(value("two thousand and five"), Some((2005, 4)));
        assert_eq!(value("nineteen"), Some((19, 1)));
        assert_eq!(value("forty-five thousand"), Some((45_000, 4)));
        assert_eq!(value("three billions"), Some((3_000_000_000, 2)));
        assert_eq!(value("two hundred dozens"), Some((2400, 3)));
        assert_eq!(value("three thousand millions"), Some((3_000_000_000, 3)));
    }

    #[test]
    fn a_number_never_reads_across_a_paragraph() {
        assert_eq!(value("lima ribu\n\nseratus orang"), Some((5000, 2)));
        assert_eq!(value("lima\nribu"), Some((5000, 2)));
    }

    #[test]
    fn broken_grammar_ends_the_number() {
        assert_eq!(value("dua tiga"), Some((2, 1)));
        assert_eq!(value("dua ribu tiga juta"), Some((2003, 3)));
        assert_eq!(value("twenty-"), Some((20, 1)));
        assert_eq!(value("a hundred and"), Some((100, 2)));
        assert_eq!(value("ratus"), None);
        assert_eq!(value("a"), None);
        assert_eq!(value("a few"), None);
    }
}
