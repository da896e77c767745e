//! The words the number parser knows, as static tables, and the lookups over them.
//!
//! Tables are written in reading order; the ones looked up per token are made into word maps
//! ([`WordMap`]) once, on first use, so a lookup is one hash and needs no allocation, and
//! phrases are indexed by their first word. Phrases are lists of tokens as
//! the tokenizer yields them: `"-"` stands for a hyphen with no space on either side
//! ("kira-kira" is `["kira", "-", "kira"]`).

use std::sync::LazyLock;

use crate::extract::Scan;
use crate::lang::Lang;
use crate::mention::{Qualifier, Vague};
use crate::wordset::WordMap;

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
    // The Indian scale of Indian English: a lakh is a hundred thousand, a crore ten million.
    ("lakh", Part::Scale(100_000)),
    ("crore", Part::Scale(10_000_000)),
];

/// Scale words after digits ("10 ribu", "2,5 juta", "1.2 billion"), as powers of ten: the value
/// is built as the literal "2.5e6", never by multiplying a rounded float.
const DIGIT_SCALES: &[(&str, u32)] = &[
    ("ratus", 2),
    ("ribu", 3),
    ("rb", 3),
    ("juta", 6),
    ("jt", 6),
    ("miliar", 9),
    ("milyar", 9),
    ("triliun", 12),
    ("hundred", 2),
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("bn", 9),
    ("trillion", 12),
    ("thousands", 3),
    ("millions", 6),
    ("billions", 9),
    ("lakh", 5),
    ("lakhs", 5),
    ("crore", 7),
    ("crores", 7),
];

/// Scales in the plural, after a number only: "three billions", "two hundred dozens".
const PLURAL_SCALES: &[(&str, u64)] =
    &[("dozens", 12), ("thousands", 1_000), ("millions", 1_000_000), ("billions", 1_000_000_000)];

/// Words for zero, read as a number on their own ("nol", "zero", "nil").
const ZERO_WORDS: &[&str] = &["nol", "zero", "naught", "nought", "nil"];

/// Words that make the number after them negative: "minus 3,5", "negatif lima".
const NEGATIVES: &[&str] = &["minus", "negatif", "negative"];

/// Words between a whole number and its decimals said aloud: "dua koma lima", "two point five".
const DECIMAL_POINTS: &[&str] = &["koma", "point"];

/// Units written after a number, by their canonical English name.
const UNITS: &[(&str, &str)] = &[
    // How many times, not how many of something: "sebanyak 15 kali", "three times".
    ("kali", "times"),
    ("times", "times"),
    ("jam", "hour"),
    ("hour", "hour"),
    ("hours", "hour"),
    ("menit", "minute"),
    ("minute", "minute"),
    ("minutes", "minute"),
    ("min", "minute"),
    ("mins", "minute"),
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
    ("kaki", "foot"),
    ("foot", "foot"),
    ("feet", "foot"),
    ("ft", "foot"),
    // "meter di atas permukaan laut": a height above the sea.
    ("mdpl", "metre"),
    ("cm", "centimetre"),
    ("sentimeter", "centimetre"),
    ("centimeter", "centimetre"),
    ("centimeters", "centimetre"),
    ("centimetre", "centimetre"),
    ("centimetres", "centimetre"),
    ("gram", "gram"),
    ("grams", "gram"),
    ("dolar", "usd"),
    ("dollar", "usd"),
    ("dollars", "usd"),
    ("usd", "usd"),
    ("rupiah", "idr"),
    ("euro", "eur"),
    ("euros", "eur"),
    ("yen", "jpy"),
    ("rupee", "inr"),
    ("rupees", "inr"),
];

/// The country written with a dollar, after it in Indonesian ("dolar Singapura") or before it
/// in English ("Singapore dollars"): the currency. A dollar with none is the US dollar.
const DOLLARS: &[(&str, &str)] = &[
    ("as", "usd"),
    ("amerika", "usd"),
    ("us", "usd"),
    ("singapura", "sgd"),
    ("singapore", "sgd"),
    ("australia", "aud"),
    ("australian", "aud"),
    ("kanada", "cad"),
    ("canadian", "cad"),
];

/// One of a unit in one word: "setahun" is "satu tahun", a year.
const ONE_OF_A_UNIT: &[(&str, &str)] = &[
    ("sedetik", "second"),
    ("semenit", "minute"),
    ("sejam", "hour"),
    ("sehari", "day"),
    ("seminggu", "week"),
    ("sepekan", "week"),
    ("sebulan", "month"),
    ("setahun", "year"),
];

/// Currency words written before the number ("Rp 10.000", "USD 5"); "$" and "US$" are punctuation
/// and are told apart in `quantity`.
const CURRENCY_PREFIXES: &[(&str, &str)] =
    &[("rp", "idr"), ("idr", "idr"), ("usd", "usd"), ("inr", "inr")];

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
        // "nyaris menyentuh jumlah 1.000 orang", "hampir mencapai angka 500": nearly, with the
        // verb of reaching (and the word for the figure) between.
        (&["hampir", "mencapai"], Q(FewerThan)),
        (&["hampir", "mencapai", "angka"], Q(FewerThan)),
        (&["hampir", "mencapai", "jumlah"], Q(FewerThan)),
        (&["hampir", "menyentuh"], Q(FewerThan)),
        (&["hampir", "menyentuh", "angka"], Q(FewerThan)),
        (&["hampir", "menyentuh", "jumlah"], Q(FewerThan)),
        (&["nyaris", "mencapai"], Q(FewerThan)),
        (&["nyaris", "mencapai", "angka"], Q(FewerThan)),
        (&["nyaris", "mencapai", "jumlah"], Q(FewerThan)),
        (&["nyaris", "menyentuh"], Q(FewerThan)),
        (&["nyaris", "menyentuh", "angka"], Q(FewerThan)),
        (&["nyaris", "menyentuh", "jumlah"], Q(FewerThan)),
        (&["mendekati"], Q(FewerThan)),
        (&["mendekati", "angka"], Q(FewerThan)),
        (&["approaching"], Q(FewerThan)),
        (&["nearing"], Q(FewerThan)),
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

/// Words between two numbers that make them a range ("11.000 hingga 12.000", "dua atau tiga");
/// hyphens and dashes
/// are told in `quantity`.
const RANGE_WORDS: &[&[&str]] =
    &[&["sampai", "dengan"], &["hingga"], &["sampai"], &["atau"], &["to"], &["or"]];

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
    "sehingga",
    "harus",
    "bisa",
    "dapat",
    "maupun",
    "bahkan",
    "pula",
    "kini",
    "sekarang",
    "secara",
    "sekaligus",
    "tercatat",
    "terdiri",
    "seperti",
    "sebelumnya",
    "lainnya",
    "masing",
    "akibatnya",
    "sedangkan",
    "sementara",
    "termasuk",
    "antaranya",
    "diantaranya",
    "luka",
    "rusak",
    "selamat",
    "sakit",
    "gugur",
    "hanyut",
    "tertimbun",
    "mengungsi",
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
    // "point 5 of the plan"; decimals said aloud follow a whole number ("two point five").
    "point",
];

/// Words after a number that make it a time of day ("10.30 WIB", "9 am"), and before it
/// ("pukul 21.05").
const TIME_ZONES: &[&str] = &["wib", "wita", "wit", "gmt", "utc", "am", "pm"];
const TIME_WORDS: &[&str] = &["pukul", "pkl", "jam"];

/// A table of words as a [`WordMap`].
fn map<T: Copy>(table: &[(&'static str, T)]) -> WordMap<&'static str, T> {
    WordMap::new(table.iter().copied())
}

/// A list of words as a [`WordMap`].
fn set<'a>(words: impl IntoIterator<Item = &'a &'static str>) -> WordMap<&'static str, ()> {
    WordMap::new(words.into_iter().map(|&w| (w, ())))
}

static NUMBER_WORD_MAP: LazyLock<WordMap<&str, Part>> = LazyLock::new(|| map(NUMBER_WORDS));
static UNIT_MAP: LazyLock<WordMap<&str, &str>> = LazyLock::new(|| map(UNITS));
static NOT_NOUN_SET: LazyLock<WordMap<&str, ()>> = LazyLock::new(|| set(NOT_NOUNS));

/// The first words of everything this parser reads from a word (see [`may_start`]).
pub(super) fn starters() -> Vec<&'static str> {
    let mut words: Vec<&str> = NUMBER_WORDS.iter().map(|&(w, _)| w).collect();
    words.extend(LEADS.iter().filter_map(|(p, _)| p.first()));
    words.extend(VAGUE.iter().filter_map(|(p, ..)| p.first()));
    words.extend(ORDINALS_EN.iter().map(|&(w, _)| w));
    words.extend(CURRENCY_PREFIXES.iter().map(|&(w, _)| w));
    // "Rs", the rupee's abbreviation in English ([`currency_prefix`] reads it so only there).
    words.push(RUPEE_EN);
    words.extend(["a", "us", "pertama", "kesatu", "ke", "setengah", "seperempat"]);
    // "an hour and 45 minutes", "half an hour": one or half of a unit.
    words.extend(["an", "half"]);
    words.extend(ZERO_WORDS);
    words.extend(NEGATIVES);
    words
}

pub(super) fn number_word(word: &str) -> Option<Part> {
    NUMBER_WORD_MAP.get(word.as_bytes()).copied()
}

pub(super) fn plural_scale(word: &str) -> Option<u64> {
    PLURAL_SCALES.iter().find(|&&(w, _)| w == word).map(|&(_, s)| s)
}

pub(super) fn is_zero_word(word: &str) -> bool {
    ZERO_WORDS.contains(&word)
}

pub(super) fn is_negative_word(word: &str) -> bool {
    NEGATIVES.contains(&word)
}

pub(super) fn is_decimal_point(word: &str) -> bool {
    DECIMAL_POINTS.contains(&word)
}

pub(super) fn digit_scale(word: &str) -> Option<u32> {
    DIGIT_SCALES.iter().find(|&&(w, _)| w == word).map(|&(_, exp)| exp)
}

pub(super) fn unit(word: &str) -> Option<&'static str> {
    UNIT_MAP.get(word.as_bytes()).copied()
}

/// The currency of a dollar written with `country` ("singapura", "australian").
pub(super) fn dollar_of(country: &str) -> Option<&'static str> {
    DOLLARS.iter().find(|&&(w, _)| w == country).map(|&(_, code)| code)
}

/// The unit a word of one of it names ("setahun": a year).
pub(super) fn one_of_a_unit(word: &str) -> Option<&'static str> {
    ONE_OF_A_UNIT.iter().find(|&&(w, _)| w == word).map(|&(_, unit)| unit)
}

/// The currency of a word written before an amount ("Rp", "USD"), in the text's language.
pub(super) fn currency_prefix(word: &str, lang: Lang) -> Option<&'static str> {
    if lang == Lang::En && word == RUPEE_EN {
        return Some("inr");
    }
    CURRENCY_PREFIXES.iter().find(|&&(w, _)| w == word).map(|&(_, unit)| unit)
}

/// "Rs", "Rs.": the rupee's abbreviation, written before the amount in English ("Rs 25 lakh").
/// In Indonesian "RS" is a hospital ("RS Polri"), so it is read as a currency in English only.
const RUPEE_EN: &str = "rs";

pub(super) fn ordinal_en(word: &str) -> Option<u32> {
    ORDINALS_EN.iter().find(|&&(w, _)| w == word).map(|&(_, n)| n)
}

pub(super) fn is_tail(word: &str) -> bool {
    TAILS.contains(&word)
}

pub(super) fn is_not_noun(word: &str) -> bool {
    NOT_NOUN_SET.contains(word.as_bytes())
}

/// An Indonesian verb by its form, never the noun a number counts: a verb prefix with the
/// suffix "-kan" ("menewaskan", "dilaporkan", "ditemukan", "bertambahkan"), or one of the verbs
/// that so often follow a figure ("menjadi", "mencapai", "tercatat", "mengungsi").
pub(super) fn is_verb_form(word: &str) -> bool {
    const PREFIXES: &[&str] = &["me", "di", "ber", "ter", "per"];
    const AFTER_FIGURES: &[&str] = &[
        "menjadi",
        "mencapai",
        "meningkat",
        "menurun",
        "bertambah",
        "berkurang",
        "tercatat",
        "terdiri",
        "mengungsi",
        "dievakuasi",
        "terdampak",
        "tertimbun",
        "terjebak",
        "tersisa",
        "berhasil",
        "masing-masing",
    ];
    let by_form =
        word.len() >= 7 && word.ends_with("kan") && PREFIXES.iter().any(|p| word.starts_with(p));
    by_form || AFTER_FIGURES.contains(&word)
}

/// An Indonesian active verb by its prefix and the nasal it takes ("mengguncang", "menewaskan",
/// "meninggal"): never the noun a number counts. English words of that form are nouns
/// ("members", "memorial"), so only Indonesian text asks.
pub(super) fn is_active_verb(word: &str) -> bool {
    // Nouns of the active verb's form.
    const NOUNS: &[&str] = &["menteri", "menantu", "mendiang", "mentari", "mentega"];
    word.len() >= 7
        && ["meng", "meny", "mem", "men"].iter().any(|p| word.starts_with(p))
        && !NOUNS.contains(&word)
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
static VOCABULARY: LazyLock<WordMap<&str, ()>> = LazyLock::new(|| {
    let mut words = starters();
    words.extend(UNITS.iter().map(|&(w, _)| w));
    words.extend(DIGIT_SCALES.iter().map(|&(w, _)| w));
    set(&words)
});

/// The word may start a number, a vague amount, a qualifier or an ordinal: it is one of the
/// [`starters`], or an Indonesian ordinal. Those are "ke" + a number word ("keempat"), told
/// here without a table of them.
///
/// [`Scan::starts`] answers this for every word of a text, with one look-up for this parser and
/// the date parser; this is its definition.
#[cfg(test)]
pub(super) fn may_start(word: &str) -> bool {
    starters().contains(&word) || is_ordinal_word(word)
}

/// "ke" + a number word: an Indonesian ordinal ("keempat").
pub(super) fn is_ordinal_word(word: &str) -> bool {
    word.strip_prefix("ke").is_some_and(|stem| number_word(stem).is_some())
}

/// Any table knows this word as part of a number phrase: such a word is never a noun.
pub(super) fn is_number_vocabulary(word: &str) -> bool {
    VOCABULARY.contains(word.as_bytes())
}

/// The phrases of a table by their first word: the places in the table of those that start
/// with it, in the table's order.
struct Phrases(WordMap<&'static str, Vec<usize>>);

impl Phrases {
    fn new<'a>(firsts: impl Iterator<Item = Option<&'a &'static str>>) -> Phrases {
        let mut places: Vec<(&'static str, Vec<usize>)> = Vec::new();
        for (at, first) in firsts.enumerate() {
            let Some(&first) = first else { continue };
            match places.iter_mut().find(|(word, _)| *word == first) {
                Some((_, list)) => list.push(at),
                None => places.push((first, vec![at])),
            }
        }
        Phrases(WordMap::new(places))
    }

    /// The places of the phrases that start with the word at token `i`.
    fn starting_at(&self, scan: &Scan, i: usize) -> &[usize] {
        self.0.get(scan.lower(i).as_bytes()).map_or(&[], Vec::as_slice)
    }
}

static LEAD_PHRASES: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(LEADS.iter().map(|(p, _)| p.first())));
static VAGUE_PHRASES: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(VAGUE.iter().map(|(p, ..)| p.first())));
static RANGE_PHRASES: LazyLock<Phrases> =
    LazyLock::new(|| Phrases::new(RANGE_WORDS.iter().map(|p| p.first())));

/// The longest lead (qualifier or "between") starting at token `i`, and its last token.
pub(super) fn lead_at(scan: &Scan, i: usize) -> Option<(Lead, usize)> {
    longest(scan, i, &LEAD_PHRASES, |at| LEADS[at])
}

/// The longest vague amount starting at token `i`, and its last token.
pub(super) fn vague_at(scan: &Scan, i: usize) -> Option<((Vague, NeedsNoun), usize)> {
    longest(scan, i, &VAGUE_PHRASES, |at| {
        let (phrase, vague, noun) = VAGUE[at];
        (phrase, (vague, noun))
    })
}

/// The words that join the two ends of a range, starting at token `i`, and their last token.
pub(super) fn range_word_at(scan: &Scan, i: usize) -> Option<usize> {
    longest(scan, i, &RANGE_PHRASES, |at| (RANGE_WORDS[at], ())).map(|((), last)| last)
}

/// The longest of the phrases of a table (the `at`-th is `entry(at)`) that starts at token
/// `i`; the last in the table's order on a tie.
fn longest<T>(
    scan: &Scan,
    i: usize,
    phrases: &Phrases,
    entry: impl Fn(usize) -> (&'static [&'static str], T),
) -> Option<(T, usize)> {
    phrases
        .starting_at(scan, i)
        .iter()
        .map(|&at| entry(at))
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
