//! The words the number parser knows, as static tables, and the lookups over them.
//!
//! Tables are written in reading order; the ones looked up per token are sorted once, on first
//! use, so a lookup is a binary search and needs no allocation. Phrases are lists of tokens as
//! the tokenizer yields them: `"-"` stands for a hyphen with no space on either side
//! ("kira-kira" is `["kira", "-", "kira"]`).

use std::sync::LazyLock;

use crate::extract::Scan;
use crate::mention::{Qualifier, Vague};
use crate::wordset::Sketch;

/// One word of a number written in words, by the part it plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Part {
    /// 1–9: "satu", "dua", "one", "two".
    Digit(u64),
    /// 10–19 in one word: "sepuluh", "sebelas", "ten", "eleven".
    Teen(u64),
    /// 20–90 in one word: "twenty", "ninety".
    Tens(u64),
    /// "belas": the digit before it plus ten ("dua belas" = 12).
    TeenSuffix,
    /// "puluh": the digit before it times ten ("dua puluh" = 20).
    TensSuffix,
    /// "ratus", "hundred": the digit before it times a hundred.
    Hundred,
    /// "seratus": one hundred in one word.
    OneHundred,
    /// "ribu", "juta", "thousand", "million": the group before it times the scale.
    Scale(u64),
    /// "seribu", "sejuta": one times the scale, in one word.
    OneScale(u64),
}

const NUMBER_WORDS: &[(&str, Part)] = &[
    ("satu", Part::Digit(1)),
    ("dua", Part::Digit(2)),
    ("tiga", Part::Digit(3)),
    ("empat", Part::Digit(4)),
    ("lima", Part::Digit(5)),
    ("enam", Part::Digit(6)),
    ("tujuh", Part::Digit(7)),
    ("delapan", Part::Digit(8)),
    ("sembilan", Part::Digit(9)),
    ("sepuluh", Part::Teen(10)),
    ("sebelas", Part::Teen(11)),
    ("belas", Part::TeenSuffix),
    ("puluh", Part::TensSuffix),
    ("ratus", Part::Hundred),
    ("seratus", Part::OneHundred),
    ("ribu", Part::Scale(1_000)),
    ("juta", Part::Scale(1_000_000)),
    ("miliar", Part::Scale(1_000_000_000)),
    ("milyar", Part::Scale(1_000_000_000)),
    ("triliun", Part::Scale(1_000_000_000_000)),
    ("lusin", Part::Scale(12)),
    ("selusin", Part::OneScale(12)),
    ("seribu", Part::OneScale(1_000)),
    ("sejuta", Part::OneScale(1_000_000)),
    ("semiliar", Part::OneScale(1_000_000_000)),
    ("setriliun", Part::OneScale(1_000_000_000_000)),
    ("one", Part::Digit(1)),
    ("two", Part::Digit(2)),
    ("three", Part::Digit(3)),
    ("four", Part::Digit(4)),
    ("five", Part::Digit(5)),
    ("six", Part::Digit(6)),
    ("seven", Part::Digit(7)),
    ("eight", Part::Digit(8)),
    ("nine", Part::Digit(9)),
    ("ten", Part::Teen(10)),
    ("eleven", Part::Teen(11)),
    ("twelve", Part::Teen(12)),
    ("thirteen", Part::Teen(13)),
    ("fourteen", Part::Teen(14)),
    ("fifteen", Part::Teen(15)),
    ("sixteen", Part::Teen(16)),
    ("seventeen", Part::Teen(17)),
    ("eighteen", Part::Teen(18)),
    ("nineteen", Part::Teen(19)),
    ("twenty", Part::Tens(20)),
    ("thirty", Part::Tens(30)),
    ("forty", Part::Tens(40)),
    ("fifty", Part::Tens(50)),
    ("sixty", Part::Tens(60)),
    ("seventy", Part::Tens(70)),
    ("eighty", Part::Tens(80)),
    ("ninety", Part::Tens(90)),
    ("hundred", Part::Hundred),
    ("thousand", Part::Scale(1_000)),
    ("million", Part::Scale(1_000_000)),
    ("billion", Part::Scale(1_000_000_000)),
    ("trillion", Part::Scale(1_000_000_000_000)),
    ("dozen", Part::Scale(12)),
];

/// Scale words after digits ("10 ribu", "2,5 juta", "1.2 billion"), as powers of ten: the value
/// is built as the literal "2.5e6", never by multiplying a rounded float.
const DIGIT_SCALES: &[(&str, u32)] = &[
    ("ratus", 2),
    ("ribu", 3),
    ("juta", 6),
    ("miliar", 9),
    ("milyar", 9),
    ("triliun", 12),
    ("hundred", 2),
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
];

/// Units written after a number, by their canonical English name.
const UNITS: &[(&str, &str)] = &[
    ("jam", "hour"),
    ("hour", "hour"),
    ("hours", "hour"),
    ("menit", "minute"),
    ("minute", "minute"),
    ("minutes", "minute"),
    ("detik", "second"),
    ("second", "second"),
    ("seconds", "second"),
    ("hari", "day"),
    ("day", "day"),
    ("days", "day"),
    ("minggu", "week"),
    ("pekan", "week"),
    ("week", "week"),
    ("weeks", "week"),
    ("bulan", "month"),
    ("month", "month"),
    ("months", "month"),
    ("tahun", "year"),
    ("year", "year"),
    ("years", "year"),
    ("persen", "percent"),
    ("percent", "percent"),
    ("km", "kilometre"),
    ("kilometer", "kilometre"),
    ("kilometre", "kilometre"),
    ("kilometers", "kilometre"),
    ("kilometres", "kilometre"),
    ("kg", "kilogram"),
    ("kilogram", "kilogram"),
    ("kilograms", "kilogram"),
    ("meter", "metre"),
    ("metre", "metre"),
    ("meters", "metre"),
    ("metres", "metre"),
    ("ton", "tonne"),
    ("tons", "tonne"),
    ("tonne", "tonne"),
    ("tonnes", "tonne"),
    ("mil", "mile"),
    ("mile", "mile"),
    ("miles", "mile"),
    ("dolar", "usd"),
    ("dollar", "usd"),
    ("dollars", "usd"),
    ("rupiah", "idr"),
];

/// Currency words written before the number ("Rp 10.000", "USD 5"); "$" and "US$" are punctuation
/// and are told apart in `quantity`.
const CURRENCY_PREFIXES: &[(&str, &str)] = &[("rp", "idr"), ("idr", "idr"), ("usd", "usd")];

/// What a word before a number says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lead {
    Qualifier(Qualifier),
    /// "antara … dan …", "between … and …": a range follows.
    Between,
}

const LEADS: &[(&[&str], Lead)] = {
    use Lead::{Between, Qualifier as Q};
    use Qualifier::{Approx, AtLeast, FewerThan, MoreThan, UpTo};
    &[
        (&["sekitar"], Q(Approx)),
        (&["sekira"], Q(Approx)),
        (&["kira", "-", "kira"], Q(Approx)),
        (&["kurang", "lebih"], Q(Approx)),
        (&["lebih", "kurang"], Q(Approx)),
        (&["about"], Q(Approx)),
        (&["around"], Q(Approx)),
        (&["approximately"], Q(Approx)),
        (&["roughly"], Q(Approx)),
        (&["some"], Q(Approx)),
        (&["an", "estimated"], Q(Approx)),
        (&["lebih", "dari"], Q(MoreThan)),
        (&["lebih"], Q(MoreThan)),
        (&["di", "atas"], Q(MoreThan)),
        (&["melebihi"], Q(MoreThan)),
        (&["over"], Q(MoreThan)),
        (&["more", "than"], Q(MoreThan)),
        (&["upwards", "of"], Q(MoreThan)),
        (&["above"], Q(MoreThan)),
        (&["setidaknya"], Q(AtLeast)),
        (&["sedikitnya"], Q(AtLeast)),
        (&["paling", "sedikit"], Q(AtLeast)),
        (&["sekurang", "-", "kurangnya"], Q(AtLeast)),
        (&["minimal"], Q(AtLeast)),
        (&["at", "least"], Q(AtLeast)),
        (&["no", "fewer", "than"], Q(AtLeast)),
        (&["no", "less", "than"], Q(AtLeast)),
        (&["hampir"], Q(FewerThan)),
        (&["nyaris"], Q(FewerThan)),
        (&["kurang", "dari"], Q(FewerThan)),
        (&["di", "bawah"], Q(FewerThan)),
        (&["nearly"], Q(FewerThan)),
        (&["almost"], Q(FewerThan)),
        (&["close", "to"], Q(FewerThan)),
        (&["fewer", "than"], Q(FewerThan)),
        (&["less", "than"], Q(FewerThan)),
        (&["under"], Q(FewerThan)),
        (&["below"], Q(FewerThan)),
        (&["hingga"], Q(UpTo)),
        (&["sampai", "dengan"], Q(UpTo)),
        (&["sampai"], Q(UpTo)),
        (&["sebanyak", "-", "banyaknya"], Q(UpTo)),
        (&["paling", "banyak"], Q(UpTo)),
        (&["maksimal"], Q(UpTo)),
        (&["up", "to"], Q(UpTo)),
        (&["as", "many", "as"], Q(UpTo)),
        (&["at", "most"], Q(UpTo)),
        (&["antara"], Between),
        (&["between"], Between),
    ]
};

/// Words between two numbers that make them a range ("11.000 hingga 12.000"); hyphens and dashes
/// are told in `quantity`.
const RANGE_WORDS: &[&[&str]] = &[&["sampai", "dengan"], &["hingga"], &["sampai"], &["to"]];

/// Vague amounts, and whether they stand for a quantity only before a noun ("banyak korban" is
/// "many casualties"; "lebih banyak" alone is not an amount).
const VAGUE: &[(&[&str], Vague, NeedsNoun)] = {
    use Vague::*;
    const N: NeedsNoun = NeedsNoun(true);
    const A: NeedsNoun = NeedsNoun(false);
    &[
        (&["puluhan", "ribu"], TensOfThousands, A),
        (&["belasan", "ribu"], TensOfThousands, A),
        (&["ratusan", "ribu"], HundredsOfThousands, A),
        (&["puluhan", "juta"], Millions, A),
        (&["ratusan", "juta"], Millions, A),
        (&["beberapa", "ratus"], Hundreds, A),
        (&["beberapa", "ribu"], Thousands, A),
        (&["beberapa", "juta"], Millions, A),
        (&["ribuan"], Thousands, A),
        (&["ratusan"], Hundreds, A),
        (&["puluhan"], Tens, A),
        (&["belasan"], Dozens, A),
        (&["lusinan"], Dozens, A),
        (&["jutaan"], Millions, A),
        (&["beberapa"], Several, A),
        (&["sejumlah"], Several, N),
        (&["banyak"], Many, N),
        (&["tens", "of", "thousands"], TensOfThousands, A),
        (&["hundreds", "of", "thousands"], HundredsOfThousands, A),
        (&["several", "hundred"], Hundreds, A),
        (&["several", "thousand"], Thousands, A),
        (&["several", "million"], Millions, A),
        (&["thousands"], Thousands, A),
        (&["hundreds"], Hundreds, A),
        (&["dozens"], Dozens, A),
        (&["millions"], Millions, A),
        (&["several"], Several, A),
        (&["a", "few"], Several, A),
        (&["many"], Many, N),
    ]
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct NeedsNoun(pub bool);

/// English ordinal words. Indonesian ordinals are "ke" + a number word and are parsed, not listed.
const ORDINALS_EN: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
    ("thousandth", 1000),
];

/// Words that end a number phrase without being its noun: "ribuan lainnya", "3 others".
const TAILS: &[&str] = &["lainnya", "lain", "others"];

/// Words that are never the noun a number counts: function words, pronouns, auxiliaries, and
/// the verbs and adverbs that most often follow a number in news ("600 tewas", "10 were").
const NOT_NOUNS: &[&str] = &[
    // Indonesian
    "ada",
    "adalah",
    "agar",
    "akan",
    "akibat",
    "antara",
    "atau",
    "bagi",
    "bahwa",
    "baru",
    "belum",
    "berada",
    "bersama",
    "bukan",
    "dalam",
    "dan",
    "dari",
    "dengan",
    "di",
    "dia",
    "hanya",
    "hilang",
    "hingga",
    "ia",
    "ini",
    "itu",
    "jika",
    "juga",
    "kali",
    "kalinya",
    "karena",
    "kami",
    "ke",
    "kemudian",
    "kepada",
    "ketika",
    "kita",
    "lagi",
    "lalu",
    "lebih",
    "masih",
    "meninggal",
    "mereka",
    "merupakan",
    "mulai",
    "namun",
    "nya",
    "oleh",
    "pada",
    "para",
    "per",
    "pun",
    "saat",
    "saja",
    "sampai",
    "sang",
    "sebagai",
    "sebanyak",
    "sebelum",
    "sedang",
    "sejak",
    "sekitar",
    "selama",
    "semua",
    "serta",
    "setelah",
    "si",
    "silam",
    "sudah",
    "tanpa",
    "telah",
    "tersebut",
    "terluka",
    "tetapi",
    "tewas",
    "tidak",
    "untuk",
    "yaitu",
    "yakni",
    "yang",
    // English
    "a",
    "about",
    "after",
    "ago",
    "all",
    "also",
    "an",
    "and",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "but",
    "by",
    "could",
    "did",
    "died",
    "during",
    "each",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "his",
    "i",
    "in",
    "into",
    "is",
    "it",
    "its",
    "last",
    "less",
    "more",
    "next",
    "not",
    "of",
    "on",
    "or",
    "other",
    "our",
    "out",
    "over",
    "she",
    "since",
    "so",
    "than",
    "that",
    "the",
    "their",
    "them",
    "these",
    "they",
    "this",
    "those",
    "times",
    "to",
    "until",
    "up",
    "was",
    "we",
    "were",
    "when",
    "which",
    "while",
    "who",
    "will",
    "with",
    "would",
    "you",
];

/// Month names and their usual abbreviations: a number beside one is a date, not a count.
const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "agu",
    "agt",
    "aug",
    "sep",
    "sept",
    "okt",
    "oct",
    "nov",
    "des",
    "dec",
];

/// Words before a year that make it a date whatever follows: prepositions ("pada 2024 tentara
/// …") and English determiners ("the 2024 budget": a count that large would be written
/// "2,024").
const YEAR_MARKERS: &[&str] = &[
    "pada", "tahun", "sejak", "hingga", "sampai", "in", "since", "until", "year", "by", "the",
    "this", "that", "its", "their", "his", "her", "our",
];

/// Words before a number that make it a label, not a count ("Pasal 28 ayat 3", "page 3").
const LABELS: &[&str] = &[
    "pasal", "ayat", "nomor", "no", "halaman", "hal", "bab", "jilid", "edisi", "episode", "lantai",
    "kelas", "tipe", "seri", "chapter", "page", "article", "section", "number", "room", "grade",
    "type", "series", "class", "floor", "level", "route", "gate", "rt", "rw",
];

/// Words after a number that make it a time of day ("10.30 WIB", "9 am"), and before it
/// ("pukul 21.05").
const TIME_ZONES: &[&str] = &["wib", "wita", "wit", "gmt", "utc", "am", "pm"];
const TIME_WORDS: &[&str] = &["pukul", "pkl", "jam"];

fn sorted<T: Copy>(table: &[(&'static str, T)]) -> Vec<(&'static str, T)> {
    let mut v = table.to_vec();
    v.sort_by_key(|&(word, _)| word);
    v
}

fn find<T: Copy>(table: &[(&'static str, T)], word: &str) -> Option<T> {
    table.binary_search_by_key(&word, |&(w, _)| w).ok().and_then(|i| table.get(i)).map(|e| e.1)
}

static NUMBER_WORDS_SORTED: LazyLock<Vec<(&str, Part)>> = LazyLock::new(|| sorted(NUMBER_WORDS));
static UNITS_SORTED: LazyLock<Vec<(&str, &str)>> = LazyLock::new(|| sorted(UNITS));
static NOT_NOUNS_SORTED: LazyLock<Vec<(&str, ())>> =
    LazyLock::new(|| sorted(&NOT_NOUNS.iter().map(|&w| (w, ())).collect::<Vec<_>>()));

/// The first words of everything this parser reads from a word, so that the many words that
/// start nothing are passed over with one binary search.
static STARTERS: LazyLock<Vec<(&str, ())>> = LazyLock::new(|| {
    let mut words: Vec<(&str, ())> = NUMBER_WORDS.iter().map(|&(w, _)| (w, ())).collect();
    words.extend(LEADS.iter().filter_map(|(p, _)| p.first()).map(|&w| (w, ())));
    words.extend(VAGUE.iter().filter_map(|(p, ..)| p.first()).map(|&w| (w, ())));
    words.extend(ORDINALS_EN.iter().map(|&(w, _)| (w, ())));
    words.extend(CURRENCY_PREFIXES.iter().map(|&(w, _)| (w, ())));
    words.extend(["a", "us", "pertama", "kesatu", "ke"].map(|w| (w, ())));
    let mut words = sorted(&words);
    words.dedup_by_key(|e| e.0);
    words
});

pub(super) fn number_word(word: &str) -> Option<Part> {
    find(&NUMBER_WORDS_SORTED, word)
}

pub(super) fn digit_scale(word: &str) -> Option<u32> {
    DIGIT_SCALES.iter().find(|&&(w, _)| w == word).map(|&(_, exp)| exp)
}

pub(super) fn unit(word: &str) -> Option<&'static str> {
    find(&UNITS_SORTED, word)
}

pub(super) fn currency_prefix(word: &str) -> Option<&'static str> {
    CURRENCY_PREFIXES.iter().find(|&&(w, _)| w == word).map(|&(_, unit)| unit)
}

pub(super) fn ordinal_en(word: &str) -> Option<u32> {
    ORDINALS_EN.iter().find(|&&(w, _)| w == word).map(|&(_, n)| n)
}

pub(super) fn is_tail(word: &str) -> bool {
    TAILS.contains(&word)
}

pub(super) fn is_not_noun(word: &str) -> bool {
    find(&NOT_NOUNS_SORTED, word).is_some()
}

pub(super) fn is_month(word: &str) -> bool {
    MONTHS.contains(&word)
}

pub(super) fn is_year_marker(word: &str) -> bool {
    YEAR_MARKERS.contains(&word)
}

pub(super) fn is_label(word: &str) -> bool {
    LABELS.contains(&word)
}

pub(super) fn is_time_zone(word: &str) -> bool {
    TIME_ZONES.contains(&word)
}

pub(super) fn is_time_word(word: &str) -> bool {
    TIME_WORDS.contains(&word)
}

/// Every word any table knows as part of a number phrase: such a word is never a noun.
static VOCABULARY: LazyLock<Vec<(&str, ())>> = LazyLock::new(|| {
    let mut words: Vec<(&str, ())> = STARTERS.clone();
    words.extend(UNITS.iter().map(|&(w, _)| (w, ())));
    words.extend(DIGIT_SCALES.iter().map(|&(w, _)| (w, ())));
    let mut words = sorted(&words);
    words.dedup_by_key(|e| e.0);
    words
});

/// The word may start a number, a vague amount, a qualifier or an ordinal. Indonesian ordinals
/// are "ke" + a number word ("keempat"), told here without a table of them.
pub(super) fn may_start(word: &str) -> bool {
    let (starters, numbers) = &*STARTER_SKETCHES;
    (starters.may_hold(word.as_bytes()) && find(&STARTERS, word).is_some())
        || word
            .strip_prefix("ke")
            .is_some_and(|stem| numbers.may_hold(stem.as_bytes()) && number_word(stem).is_some())
}

/// Filters of [`STARTERS`] and of the number words: every word of an article is asked whether
/// it may start a number, and nearly all are turned away by one bit rather than a search.
static STARTER_SKETCHES: LazyLock<(Sketch, Sketch)> = LazyLock::new(|| {
    let mut starters = Sketch::default();
    for (word, ()) in STARTERS.iter() {
        starters.add(word.as_bytes());
    }
    let mut numbers = Sketch::default();
    for (word, _) in NUMBER_WORDS {
        numbers.add(word.as_bytes());
    }
    (starters, numbers)
});

/// Any table knows this word as part of a number phrase: such a word is never a noun.
pub(super) fn is_number_vocabulary(word: &str) -> bool {
    find(&VOCABULARY, word).is_some()
}

/// The longest lead (qualifier or "between") starting at token `i`, and its last token.
pub(super) fn lead_at(scan: &Scan, i: usize) -> Option<(Lead, usize)> {
    longest(scan, i, LEADS.iter().map(|&(p, lead)| (p, lead)))
}

/// The longest vague amount starting at token `i`, and its last token.
pub(super) fn vague_at(scan: &Scan, i: usize) -> Option<((Vague, NeedsNoun), usize)> {
    longest(scan, i, VAGUE.iter().map(|&(p, v, n)| (p, (v, n))))
}

/// The words that join the two ends of a range, starting at token `i`, and their last token.
pub(super) fn range_word_at(scan: &Scan, i: usize) -> Option<usize> {
    longest(scan, i, RANGE_WORDS.iter().map(|&p| (p, ()))).map(|((), last)| last)
}

fn longest<'a, T>(
    scan: &Scan,
    i: usize,
    table: impl Iterator<Item = (&'a [&'a str], T)>,
) -> Option<(T, usize)> {
    let first = scan.lower(i);
    table
        .filter(|(phrase, _)| phrase.first() == Some(&first))
        .filter_map(|(phrase, value)| phrase_end(scan, i, phrase).map(|last| (value, last)))
        .max_by_key(|&(_, last)| last)
}

/// The last token of `phrase` read from token `i`, or `None` when the text differs or a token
/// of it was already claimed.
pub(super) fn phrase_end(scan: &Scan, i: usize, phrase: &[&str]) -> Option<usize> {
    let mut j = i;
    for (k, &word) in phrase.iter().enumerate() {
        if k > 0 {
            j += 1;
        }
        if scan.is_claimed(j) {
            return None;
        }
        let ok = if word == "-" {
            scan.is_punct(j, '-') && scan.attached(j) && scan.attached(j + 1)
        } else {
            scan.is_word(j, word)
        };
        if !ok {
            return None;
        }
    }
    Some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_have_no_duplicate_words() {
        let unique = |words: Vec<&str>| {
            let mut sorted = words.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), words.len(), "duplicate in {words:?}");
        };
        unique(NUMBER_WORDS.iter().map(|e| e.0).collect());
        unique(UNITS.iter().map(|e| e.0).collect());
        unique(NOT_NOUNS.to_vec());
        unique(MONTHS.to_vec());
        unique(ORDINALS_EN.iter().map(|e| e.0).collect());
    }

    #[test]
    fn every_table_entry_is_a_starter() {
        for (phrase, _) in LEADS {
            assert!(may_start(phrase[0]), "{phrase:?}");
        }
        for (phrase, ..) in VAGUE {
            assert!(may_start(phrase[0]), "{phrase:?}");
        }
        assert!(may_start("kedua") && may_start("tiga") && !may_start("tentara"));
    }

    #[test]
    fn lookups_find_words() {
        assert_eq!(number_word("sebelas"), Some(Part::Teen(11)));
        assert_eq!(unit("jam"), Some("hour"));
        assert!(is_not_noun("yang") && !is_not_noun("tentara"));
    }
}
