//! The role a figure plays in its sentence, read from the words around it: a total, or
//! something a claim's total must never be compared with.
//!
//! In: a sentence's text, where a quantity stands in it, the language. Out: a [`Role`]. The
//! rules are grammar of Indonesian and English, not of any story:
//!
//! - **Increment**: "tambahan 5", "bertambah 4 orang", "naik 4", "5 orang lagi", "4 korban
//!   baru", "berkurang satu orang", a figure of a clause that names an addition ("penambahan
//!   … sebanyak 10 orang", "kembali mengidentifikasi 20 korban"); "another 5", "5 more", "an
//!   additional 5", "rose by 4", "5 new". A total reached by an increase is no increment:
//!   "bertambah menjadi 6", "rose to 6".
//! - **Part** of a total: "133 di antaranya", "dua dari lima korban", "three of the six
//!   suspects", "three of them", "six of the crew", "five members of a family", "among them 4", every figure of a breakdown
//!   ("dengan rincian dua pilot, empat kru kabin …", "terdiri dari 6 kru dan 56 penumpang", "including 3
//!   children"), a figure after a whole ("Dari 708 korban tersebut, 133 …"), the figures of
//!   places after a total ("40 orang, 39 di Cugenang dan 1 di Warungkondang"; "in June" is no
//!   place), a figure after
//!   a total and a dash or colon ("293 people were killed -- 287 on the spot"), every figure of
//!   an enumeration of three or more ([`enumerated`]: "6.570 unit rumah rusak berat, 2.071
//!   unit rusak sedang, dan 12.641 unit rusak ringan").
//! - **Narrowed** to one sex or age ("eight male victims", "korban perempuan"), one origin ("61
//!   people from her state", "12 warga asal Sukabumi"), one place alone or elsewhere
//!   ("recovered in Kerr County alone", "deaths outside Kerr County", "8.731 jiwa di luar
//!   Sulawesi Tengah"), the most of one place ("Paling banyak dari Lombok Timur 11 orang"): a
//!   part of all counted, whatever the sentence says of them.
//! - **Others** beside or but for someone named: "Selain Ferdy Sambo, tiga tersangka", "Empat
//!   tersangka terkecuali Putri".
//! - **Age**: a bare number in brackets after a name ("Budi (33)"), or between commas after one
//!   ("John Smith, 45, of Dundalk").
//! - **Earlier** figure, named as earlier: "naik dari 268 menjadi 271" (the 268), "dari 6.045
//!   jiwa ini, tersisa 3.582" (the 6.045),
//!   "dari sebelumnya 268", "268 sebelumnya", any figure of a clause that says it was told
//!   earlier ("Sebelumnya, …", "sempat menyebut", "dari awal"); "up from 268", "from 268 to
//!   271", "an earlier estimate of 268", "previously 268", "had stood at 115".
//! - **Denied**: the figure a correction sets aside: "bukan 53, melainkan 57 orang" (the 53),
//!   "not 53 but 57"; the sentence states the other.
//! - **Vague**: "beberapa", "sejumlah", "banyak", "puluhan", "belasan"; "several", "many",
//!   "dozens", "a few": no figure to compare with an estimate.
//! - **Possible**: a capacity or a forecast, after a modal in its clause ("bisa mengangkut
//!   hingga 34 penumpang", "could double to 200", "mungkin … ada 17"), or what may have been,
//!   a modal right after it ("40 passengers … may have died").
//!
//! - **Whole** a share is taken from: "half the building's 130 units", "most of the 20", "sebagian
//!   besar dari 400 rumah", "40 persen dari 1.000 warga": what the clause says, it says of the
//!   share.
//!
//! - **Kin**: those whose families the clause speaks of: "the families of 19 victims", "the family
//!   members of seven victims", "keluarga 7 korban".
//!
//! Anything else is a **Total**: the figure states how many, as far as grammar tells.

use crate::extract::names_a_day_or_month;
use crate::lang::Lang;
use crate::mention::{Amount, Quantity, Vague};
use crate::span::Span;
use crate::structure::words::{self, Word};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Total,
    Increment,
    Part,
    /// The others of a group counted before: "3 orang lainnya selamat", "dua tersangka lain".
    Others,
    /// Some of a total told before, named by the sentence's opening: "Dari jumlah itu, 20
    /// kantong jenazah sudah menjalani pemeriksaan", "Of those, 12 were children".
    OfThose,
    Age,
    Earlier,
    /// Set aside by a correction: "bukan 53, melainkan 57 orang" (the 53).
    Denied,
    Vague,
    /// What could be, not what is: a capacity, a forecast.
    Possible,
    /// Those of one sex, age, origin or place: "eight male victims", "korban perempuan", "61
    /// people from her state", "in Kerr County alone".
    Narrowed,
    /// The whole a share is taken from: "half the building's 130 units", "sebagian dari 400
    /// rumah". What the clause says, it says of the share.
    Whole,
    /// Those whose kin the clause speaks of: "the families of 19 victims", "keluarga 7 korban".
    Kin,
}

impl Role {
    /// Why a figure of this role is not compared as a total.
    pub fn reason(self) -> &'static str {
        match self {
            Role::Total => "a total",
            Role::Increment => "an increment, not a total",
            Role::Part => "a part of a total, not the total",
            Role::Others => "the others of a group counted before, not the total",
            Role::OfThose => {
                "some of the total told before (\"dari jumlah itu\", \"of those\"), not the total"
            }
            Role::Age => "an age, not a count",
            Role::Earlier => "an earlier figure, named as earlier",
            Role::Denied => "the figure a correction sets aside (\"bukan 53, melainkan 57\")",
            Role::Vague => "a vague amount, no figure to compare",
            Role::Possible => "what could be (a capacity, a forecast), not what is",
            Role::Narrowed => "those of one sex, age, origin or place: a part of all counted",
            Role::Whole => {
                "the whole a share is taken from (\"half of the 130 units\"), not the count"
            }
            Role::Kin => {
                "those whose kin the sentence speaks of (\"the families of 19 victims\"): not all counted"
            }
        }
    }
}

/// The sentence opens on the total told before it, set off by a comma: "Dari jumlah itu, 20
/// kantong jenazah sudah menjalani pemeriksaan", "Dan dari seluruh jumlah korban luka, sebanyak
/// 60 orang masih dalam perawatan inap", "Of those, 12 were children", "Among them, …". What
/// follows counts some of them: a part. `whole` are the sentence's words before the figure; the
/// opening (after a conjunction, if any) is "dari" and at most four words with "jumlah" or
/// "total" among them and no figure, "dari mereka", "di antara mereka", or "of"/"among" and a
/// pronoun or "that number", then a comma. "Dari data tersebut" names a source, not a total.
fn of_those_told(whole: &[Word]) -> bool {
    const PRONOUN: &[&str] = &["them", "those", "these", "whom"];
    const CONJUNCTIONS: &[&str] = &["dan", "sementara", "sedangkan", "namun", "and", "but"];
    let Some(comma) = whole.iter().position(|w| w.is_mark(&[','])) else { return false };
    let mut opening = &whole[..comma];
    if opening.first().is_some_and(|w| w.is_any(CONJUNCTIONS)) {
        opening = &opening[1..];
    }
    match opening {
        [first, second, last] if first.is("di") => second.is("antara") && last.is("mereka"),
        [first, last] if first.is("dari") => last.is("mereka"),
        [first, rest @ ..] if first.is("dari") => {
            rest.len() <= 4
                && rest.iter().any(|w| w.is_any(&["jumlah", "total"]))
                && rest.iter().all(|w| w.mark.is_none() && !w.is_number())
        }
        [first, last] if first.is_any(&["of", "among"]) => last.is_any(PRONOUN),
        [first, that, number] if first.is("of") => that.is("that") && number.is("number"),
        _ => false,
    }
}

/// Words that open a breakdown of a total into its parts.
pub const BREAKDOWN: &[&str] =
    &["rincian", "rinciannya", "terdiri", "meliputi", "including", "consisting", "comprising"];

/// How many words on each side of a figure its role is read from.
const REACH: usize = 4;

/// The role of the quantity `q` standing at `figure` in the sentence `sentence` of `text`;
/// `previous` is where the sentence's figure before it stands, if any, and `next` where the
/// next one starts ("dua dari lima": the part's total).
///
/// `words` are the sentence's ([`words::of`]), read once for all its figures.
#[allow(clippy::too_many_arguments)]
pub fn of(
    text: &str,
    sentence: Span,
    words: &[Word],
    figure: Span,
    q: &Quantity,
    previous: Option<Span>,
    next: Option<usize>,
    lang: Lang,
) -> Role {
    if let Amount::Vague(v) = q.amount
        && matches!(v, Vague::Several | Vague::Many | Vague::Dozens | Vague::Tens)
    {
        return Role::Vague;
    }
    let before_text = text.get(sentence.start..figure.start).unwrap_or("");
    let after_text = text.get(figure.end..sentence.end).unwrap_or("");
    let before = words::within(words, Span::new(sentence.start, figure.start));
    let after = words::within(words, Span::new(figure.end, sentence.end));
    let before: Vec<&Word> = before.iter().rev().take(REACH).collect(); // nearest first
    let after: Vec<&Word> = after.iter().take(REACH).collect();
    let figure_text = text.get(figure.range()).unwrap_or("");
    if is_age(before_text, figure_text, after_text, q) {
        return Role::Age;
    }
    if denied(&before, &after) {
        return Role::Denied;
    }
    // "dua dari lima korban", "three of the six suspects", "3 of 10": a part, whose total is the
    // next figure.
    if let Some(next) = next.filter(|&n| n >= figure.end) {
        let between = words::within(words, Span::new(figure.end, next));
        let of_words: &[&[&str]] = match lang {
            Lang::Id => &[&["dari"], &["dari", "total"]],
            Lang::En => &[&["of"], &["of", "the"], &["out", "of"], &["out", "of", "the"]],
        };
        let is_of = |words: &[&str]| {
            between.len() == words.len() && between.iter().zip(words).all(|(n, w)| n.is(w))
        };
        if of_words.iter().any(|w| is_of(w)) {
            return Role::Part;
        }
    }
    // The clause the figure stands in, up to it: back to the last comma or semicolon.
    let whole = words::within(words, Span::new(sentence.start, figure.start));
    if of_those_told(whole) {
        return Role::OfThose;
    }
    if share_of(whole) {
        return Role::Whole;
    }
    if kin_of(whole) {
        return Role::Kin;
    }
    let clause_start = whole.iter().rposition(|w| w.is_mark(&[',', ';', ':'])).map_or(0, |i| i + 1);
    let clause = &whole[clause_start..];
    // After a whole: "Dari 708 korban tersebut, 133 diantaranya …", "dari 272 korban yang
    // ditemukan meninggal masih ada 107 korban …": a figure after one that follows "dari" at
    // its clause's start is a part of it.
    if let Some(previous) = previous {
        let lead = words::within(words, Span::new(sentence.start, previous.start));
        let opens = lead.iter().rposition(|w| w.is_mark(&[',', ';', ':'])).map_or(0, |i| i + 1);
        // "Of the four flight attendants, two died": a determiner may stand between.
        let determiner = lead.last().is_some_and(|w| w.is_any(&["the", "these", "those", "para"]));
        let of_at = lead.len().checked_sub(1 + usize::from(determiner && lead.len() >= 2));
        let out_of = of_at.and_then(|i| lead.get(i)).is_some_and(|w| w.is("dari") || w.is("of"))
            && lead.len() - opens <= 2 + usize::from(determiner);
        if out_of {
            return Role::Part;
        }
        // "40 orang, 39 di Cugenang dan 1 orang di Warungkondang": after a total, figures of
        // its places. A month or a weekday is a time, not a place: "…, which killed 294
        // passengers in June".
        let after_comma = text.get(previous.end..figure.start).is_some_and(|g| g.contains(','));
        let placed = (after.first().is_some_and(|w| w.is_any(&["di", "in", "at"])))
            && after.get(1).is_some_and(|w| w.capital && !names_a_day_or_month(w.lower()));
        if after_comma && placed {
            return Role::Part;
        }
        // "293 people were killed -- 287 on the spot …, while six succumbed": a dash or a
        // colon after a total opens its breakdown.
        let gap = text.get(previous.end..figure.start).unwrap_or("");
        let opens_breakdown = ["--", "—", "–", ":"].iter().any(|m| gap.trim_end().ends_with(m));
        if opens_breakdown && !gap.contains([';', '.']) {
            return Role::Part;
        }
    }
    // What could be, not what is: "bisa mengangkut hingga 34 penumpang", "could double to",
    // "mungkin kalau dijumlahkan ada 17"; or what may have been, the modal after the figure's
    // noun: "40 passengers … may have died", "17 orang diduga tewas".
    const MODALS: &[&str] = &[
        "bisa",
        "dapat",
        "mampu",
        "sanggup",
        "mungkin",
        "kemungkinan",
        "can",
        "could",
        "may",
        "might",
        "would",
        "possibly",
        "perhaps",
    ];
    const MAY_HAVE: &[&str] = &["may", "might", "could", "mungkin", "kemungkinan", "diduga"];
    let modal_before = whole
        .iter()
        .rev()
        .take_while(|w| !w.is_mark(&[',', ';', ':']))
        .take(6)
        .any(|w| w.is_any(MODALS) && !is_the_month(w));
    let modal_after = (after.iter().take_while(|w| w.mark.is_none()).take(4))
        .any(|w| w.is_any(MAY_HAVE) && !is_the_month(w));
    if modal_before || modal_after {
        return Role::Possible;
    }
    // A breakdown: "Dengan rincian dua pilot, empat kru kabin, …", "terdiri dari 6 kru dan 56
    // penumpang", "including 3 children": each figure after the marker is a part.
    if whole.iter().any(|w| w.is_any(BREAKDOWN)) {
        return Role::Part;
    }
    // Told as earlier: "Sebelumnya, …", "sempat menyebut … 174 orang", "dari awal
    // diinformasi 129", "had earlier put the toll at", "initially".
    const EARLIER: &[&str] = &[
        "sebelumnya",
        "sempat",
        "semula",
        "awalnya",
        "mulanya",
        "previously",
        "earlier",
        "initially",
        "originally",
    ];
    // "Sebelumnya diberitakan, …", "seperti diberitakan sebelumnya", "as previously
    // reported": a reminder of the story, not an earlier figure.
    // Only so written at the sentence's start, or after "seperti"/"as": "mengingat
    // sebelumnya dilaporkan sebanyak 129 orang" is an earlier figure.
    let opens_with = |a: &str, b: &[&str]| {
        whole.first().is_some_and(|w| w.is(a)) && whole.get(1).is_some_and(|w| w.is_any(b))
    };
    let reminder = opens_with("sebelumnya", &["diberitakan", "dilaporkan"])
        || opens_with("previously", &["reported"])
        || whole.windows(3).any(|w| {
            (w[0].is("seperti") && w[1].is("diberitakan") && w[2].is("sebelumnya"))
                || (w[0].is("as") && w[1].is("previously") && w[2].is("reported"))
        });
    let opens_sentence = whole.iter().take(3).any(|w| w.is_any(EARLIER))
        && whole.iter().take(4).any(|w| w.is_mark(&[',']))
        && !reminder;
    let from_the_start = clause.windows(2).any(|w| w[0].is("dari") && w[1].is("awal"))
        // "The death toll had stood at 115": the past before the past.
        || clause.windows(2).any(|w| {
            w[0].is("had") && w[1].is_any(&["stood", "risen", "climbed", "reached", "been"])
        });
    let in_clause = clause.iter().any(|w| w.is_any(EARLIER)) && !reminder;
    if opens_sentence || from_the_start || in_clause {
        return Role::Earlier;
    }
    // The others of a group told of before, in another sentence: "11 pendaki ditemukan
    // meninggal. Sedangkan 3 orang lainnya selamat" counts the rest of those found, not all
    // who survived. With the group in its own sentence the others are the rest of everyone:
    // "600 tentara tewas dan ribuan lainnya terluka" (all the wounded). After "selain",
    // "besides", the others are beside some: "Selain empat orang …, ada dua tersangka lain".
    // Words the quantity's own span holds after its number: "3 more victims", "5 jenazah lagi".
    let all_inner = words::within(words, figure);
    let inner: Vec<&Word> = all_inner.iter().skip(1).collect();
    let others = (inner.iter().chain(after.iter().take_while(|w| w.mark.is_none()).take(3)))
        .any(|w| w.is_any(&["lainnya", "lain", "other", "others"]));
    let besides = || {
        whole.iter().any(|w| w.is_any(&["selain", "besides"]))
            || whole.windows(2).any(|w| w[0].is("apart") && w[1].is("from"))
    };
    if others && (previous.is_none() || besides()) {
        return Role::Others;
    }
    // Beside or but for someone named: "Selain Ferdy Sambo, tiga tersangka …", "Empat
    // tersangka terkecuali Putri telah ditahan", "five suspects except Smith": the figure
    // leaves one out, and is not the total.
    const EXCEPT: &[&str] = &["kecuali", "terkecuali", "except", "excluding"];
    let named_aside = clause_start > 0 && {
        let opening = &whole[..clause_start];
        let marker = opening.iter().position(|w| w.is_any(&["selain", "besides", "kecuali"]));
        marker.is_some_and(|k| opening.get(k + 1).is_some_and(|w| w.capital && w.mark.is_none()))
    };
    // The words after the number, its own noun's among them ("tersangka terkecuali").
    let following: Vec<&Word> = inner
        .iter()
        .copied()
        .chain(after.iter().copied().take_while(|w| w.mark.is_none()))
        .collect();
    let but_for = (following.iter().take(4))
        .position(|w| w.is_any(EXCEPT))
        .is_some_and(|k| following.get(k + 1).is_some_and(|w| w.capital));
    if named_aside || but_for {
        return Role::Others;
    }
    // Those of one sex or age: "eight male victims", "korban laki-laki", "penumpang dewasa":
    // a part of all counted, unless the cue names it.
    const KIND: &[&str] = &[
        "male",
        "female",
        "adult",
        "elderly",
        "laki-laki",
        "perempuan",
        "pria",
        "wanita",
        "dewasa",
        "lansia",
    ];
    if inner.iter().any(|w| w.is_any(KIND)) {
        return Role::Narrowed;
    }
    // Those of one place of origin: "61 people from her state", "12 warga asal Sukabumi". The
    // count is narrowed to them: a part.
    let origin =
        (following.iter().take(4)).position(|w| w.is_any(&["from", "asal"])).is_some_and(|k| {
            // Not a time: "300 dead from Saturday's quake".
            following.get(k + 1).is_some_and(|w| {
                w.capital && !w.lower().ends_with("'s") && !w.lower().ends_with("’s")
                    || w.is_any(&["her", "his", "their", "its", "our", "my", "your"])
            })
        });
    if origin {
        return Role::Narrowed;
    }
    // Those of one place alone, or of elsewhere: "94 flood victims … recovered in Kerr County
    // alone", "korban di Kabupaten Majene saja"; "the number of flood deaths outside Kerr County
    // at 22", "8.731 jiwa di luar Sulawesi Tengah" (in the figure's own clause).
    let rest = words::within(words, Span::new(figure.end, sentence.end));
    let alone = rest.windows(2).any(|w| w[0].capital && w[1].is_any(&["alone", "saja"]));
    let clause_end = rest.iter().position(|w| w.is_mark(&[',', ';', ':'])).unwrap_or(rest.len());
    // "outside" and the place after it both stand before the figure or both after it.
    let outside_in = |words: &[Word]| {
        words.windows(2).any(|w| w[0].is("outside") && w[1].capital)
            || words.windows(3).any(|w| w[0].is("di") && w[1].is("luar") && w[2].capital)
    };
    let outside = outside_in(clause) || outside_in(&rest[..clause_end]);
    // The most of one place: "Paling banyak dari Lombok Timur 11 orang", "terbanyak di
    // Cianjur", "the most in Buncombe County": the largest part, not the whole.
    let most = clause.windows(2).any(|w| {
        (w[0].is("paling") && w[1].is("banyak"))
            || (w[0].is("the") && w[1].is_any(&["most", "largest"]))
    }) || clause.iter().any(|w| w.is("terbanyak"));
    let of_a_place = clause
        .windows(2)
        .any(|w| w[0].is_any(&["di", "dari", "in", "from"]) && w[1].capital && w[1].mark.is_none());
    if alone || outside || most && of_a_place {
        return Role::Narrowed;
    }
    let inner_increment: &[&str] = match lang {
        Lang::Id => &["lagi", "tambahan", "baru"],
        Lang::En => &["more", "additional", "new", "extra"],
    };
    // "more" of "more than" is a hedge, not an increment.
    let increment_at = |i: usize| {
        inner[i].is_any(inner_increment) && !inner.get(i + 1).is_some_and(|w| w.is("than"))
    };
    if (0..inner.len()).any(increment_at) {
        return Role::Increment;
    }
    // The figure counts an addition its clause names: "penambahan jumlah orang meninggal di
    // Mamuju sebanyak 10 orang", "RS Polri kembali mengidentifikasi 20 korban" (again: 20
    // more), unless the clause tells the total it came to ("kembali bertambah … menjadi 45").
    const ADDITION: &[&str] = &["penambahan", "pertambahan", "tambahan", "kembali"];
    let addition = clause.iter().rposition(|w| w.is_any(ADDITION));
    let came_to = |from: usize| {
        clause[from..].iter().any(|w| w.is_any(&["menjadi", "mencapai", "total", "sehingga"]))
    };
    if lang == Lang::Id && addition.is_some_and(|i| !came_to(i)) {
        return Role::Increment;
    }
    // A change, by "by" after a verb of change however far back in the clause: "the tunnel
    // will reduce the distance between Gangotri and Yamunotri Dham … by 26km".
    if lang == Lang::En
        && before.first().is_some_and(|w| w.is("by"))
        && clause.iter().any(|w| w.is_any(CHANGE))
    {
        return Role::Increment;
    }
    match lang {
        Lang::Id => indonesian(&before, &after, after_text),
        Lang::En => english(&before, &after, after_text),
    }
}

/// "May" written with a capital is the month, not the modal: "the toll since May 29 rose to
/// 357". A sentence that opens on the modal is a question or a wish, seldom news.
pub(crate) fn is_the_month(w: &Word) -> bool {
    w.capital && w.is("may")
}

/// Which of a sentence's figures (their spans, in order) stand in an enumeration of three or
/// more, joined by commas and "dan"/"and" with a few words each: "6.570 unit rumah rusak
/// berat, 2.071 unit rusak sedang, dan 12.641 unit rusak ringan", "dua pilot, empat kru
/// kabin, 46 penumpang dewasa". Such a list breaks a total down: each figure is a part.
pub fn enumerated(text: &str, figures: &[Span]) -> Vec<bool> {
    const MAX_WORDS: usize = 5;
    let joined = |a: Span, b: Span| {
        let gap = text.get(a.end..b.start).unwrap_or("");
        let words: Vec<&str> = gap.split_whitespace().collect();
        let joins =
            gap.contains(',') || words.iter().any(|w| matches!(*w, "dan" | "and" | "serta"));
        // "62 penumpang, terdiri dari 6 awak, …": the figure before the marker is the whole.
        let marker = words.iter().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            BREAKDOWN.contains(&w.as_str()) || matches!(w.as_str(), "yakni" | "yaitu" | "namely")
        });
        joins && !marker && !gap.contains([';', '.', ':']) && words.len() <= MAX_WORDS
    };
    let mut out = vec![false; figures.len()];
    let mut start = 0;
    for i in 1..=figures.len() {
        if i == figures.len() || !joined(figures[i - 1], figures[i]) {
            if i - start >= 3 {
                out[start..i].iter_mut().for_each(|e| *e = true);
            }
            start = i;
        }
    }
    out
}

/// The figure is set aside by a correction: "not" right before it, and the word that brings
/// the right figure right after it, past a comma ("bukan 53, melainkan 57 orang", "not 53 but
/// 57"). `before` is nearest first.
fn denied(before: &[&Word], after: &[&Word]) -> bool {
    let instead = after.iter().find(|w| !w.is_mark(&[',']));
    before.first().is_some_and(|w| w.is_any(&["bukan", "not"]))
        && instead.is_some_and(|w| w.is_any(&["melainkan", "tetapi", "tapi", "namun", "but"]))
}

/// "Budi (33)", "John Smith, 45, of": a bare number of up to three digits, in brackets after a
/// word, or between commas after a name.
/// Words that take a share of a whole after them: "half the 130 units", "most of the 20
/// victims", "sebagian dari 400 rumah", "40 persen dari 1.000 warga".
const SHARES: &[&str] = &[
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "tenth",
    "most",
    "majority",
    "portion",
    "percent",
    "separuh",
    "setengah",
    "sebagian",
    "sepertiga",
    "seperempat",
    "kebanyakan",
    "mayoritas",
    "persen",
];

/// The words right before a figure (`before`, in order) take a share of it: a share word,
/// then only "of", "dari", an article, a possessive ("the building's", "the workers'", "its")
/// or "besar" ("sebagian besar dari") before the figure.
fn share_of(before: &[Word]) -> bool {
    const BETWEEN: &[&str] =
        &["of", "the", "its", "their", "his", "her", "our", "dari", "besar", "para"];
    // After an apostrophe standing alone ("the workers' 130"), the noun that owns the figure.
    let mut owner_next = false;
    for w in before.iter().rev().take(7) {
        if w.is_any(SHARES) {
            return true;
        }
        if w.is_mark(&['\'', '’']) {
            owner_next = true;
            continue;
        }
        if w.mark.is_some() {
            return false;
        }
        let owner = w.lower().ends_with("'s") || w.lower().ends_with("’s");
        if !(w.is_any(BETWEEN) || owner || std::mem::take(&mut owner_next)) {
            return false;
        }
    }
    false
}

/// The words right before a figure (`before`, in order) name the kin of those it counts: "the
/// families of 19 victims", "the family members of seven victims", "keluarga 7 korban",
/// "keluarga dari 7 korban". The clause speaks of some of them, those whose families act.
fn kin_of(before: &[Word]) -> bool {
    const KIN_ID: &[&str] = &["keluarga", "kerabat"];
    let mut nearest = before.iter().rev();
    let (first, second, third) = (nearest.next(), nearest.next(), nearest.next());
    let is = |w: Option<&Word>, words: &[&str]| w.is_some_and(|w| w.is_any(words));
    is(first, &["of"])
        && (is(second, &["families", "relatives", "parents", "kin"])
            || is(second, &["members"]) && is(third, &["family"]))
        || is(first, &["dari"]) && is(second, KIN_ID)
        || is(first, KIN_ID)
}

fn is_age(before: &str, figure: &str, after: &str, q: &Quantity) -> bool {
    let bare = q.noun.is_none()
        && q.unit.is_none()
        && (1..=3).contains(&figure.len())
        && figure.bytes().all(|b| b.is_ascii_digit());
    if !bare {
        return false;
    }
    let before = before.trim_end();
    let after = after.trim_start();
    // In brackets after a word ("Farzah Dwi kurniawan (20)"), but not after a number it
    // repeats ("tiga (3) orang"); between commas only after a name ("John Smith, 45,").
    if let Some(rest) = before.strip_suffix('(') {
        let word = rest.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        let is_number_word = crate::extract::is_number_word(word);
        after.starts_with(')')
            && word.chars().last().is_some_and(char::is_alphabetic)
            && !is_number_word
    } else if let Some(rest) = before.strip_suffix(',') {
        let name = rest.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        after.starts_with(',') && name.chars().next().is_some_and(char::is_uppercase)
    } else {
        false
    }
}

/// A total reached by an increase follows it: "bertambah menjadi 6", "rose to 6".
fn indonesian(before: &[&Word], after: &[&Word], after_text: &str) -> Role {
    let prev = before.first().copied();
    let prev2 = before.get(1).copied();
    let next = after.first().copied();
    let next2 = after.get(1).copied();
    let next3 = after.get(2).copied();
    let is = |n: Option<&Word>, words: &[&str]| n.is_some_and(|n| n.is_any(words));
    // Increments: "tambahan 5", "bertambah 4", "naik 4", "menambah 4"; and decrements:
    // "berkurang satu orang", "turun 3".
    if is(
        prev,
        &[
            "tambahan",
            "bertambah",
            "naik",
            "menambah",
            "bertambahnya",
            "penambahan",
            "berkurang",
            "turun",
            "berkurangnya",
        ],
    ) {
        return Role::Increment;
    }
    // "5 orang lagi", "4 korban tambahan", "4 korban baru": after the noun, or at once.
    let increment_after = ["lagi", "tambahan", "baru"];
    if is(next, &increment_after) || (is(next2, &increment_after) && !is(next, &["yang"])) {
        return Role::Increment;
    }
    // Parts: "133 di antaranya", "133 orang di antaranya", "dua dari lima", "2 dari 5 korban".
    let among = |a: Option<&Word>, b: Option<&Word>| {
        (is(a, &["di"]) && is(b, &["antaranya", "antara"])) || is(a, &["diantaranya"])
    };
    if among(next, next2) || among(next2, next3) {
        return Role::Part;
    }
    // Earlier figures: "dari 268 menjadi 271", "dari 6.045 jiwa ini, tersisa 3.582", "dari
    // sebelumnya 268", "268 sebelumnya", "dari data sebelumnya 268".
    // "dibandingkan data pada Minggu (27/11) sebanyak 321": the figure compared with.
    if before.iter().any(|n| n.is("dibandingkan") || n.is("dibanding")) {
        return Role::Earlier;
    }
    if is(prev, &["sebelumnya"]) && before.iter().take(3).any(|n| n.is("dari"))
        || is(prev, &["dari"]) && after_text.contains("menjadi")
        || is(prev, &["dari"]) && after.iter().any(|n| n.is_any(&["tersisa", "tinggal"]))
        || is(next, &["sebelumnya"])
        || (is(next2, &["sebelumnya"]) && !is(next, &["yang", "dan", "serta"]))
        || is(prev, &["semula"])
        || is(prev2, &["dari"]) && is(prev, &["semula", "sebelumnya", "awalnya"])
    {
        return Role::Earlier;
    }
    Role::Total
}

/// Verbs of change, whose "by" tells how much: "reduce … by 26km", "cut by half".
const CHANGE: &[&str] = &[
    "reduce",
    "reduces",
    "reduced",
    "reducing",
    "cut",
    "cuts",
    "shorten",
    "shortens",
    "shortened",
    "decrease",
    "decreased",
    "lower",
    "lowered",
    "increase",
    "increased",
    "raise",
    "raised",
    "extend",
    "extended",
    "fell",
    "dropped",
    "declined",
];

fn english(before: &[&Word], after: &[&Word], after_text: &str) -> Role {
    let prev = before.first().copied();
    let prev2 = before.get(1).copied();
    let next = after.first().copied();
    let next2 = after.get(1).copied();
    let next3 = after.get(2).copied();
    let is = |n: Option<&Word>, words: &[&str]| n.is_some_and(|n| n.is_any(words));
    // Increments: "another 5", "an additional 5", "rose by 4", "up by 4", "5 more", "5 new".
    if is(prev, &["another", "additional", "extra"])
        || is(prev, &["by"])
            && is(prev2, &["rose", "risen", "increased", "grew", "up", "climbed", "jumped"])
        || is(next, &["more", "additional", "new", "extra"])
    {
        return Role::Increment;
    }

    // Parts: "three of the six", "three of them", "three of whom", "six of the crew", "five
    // members of a family" (some of one group, not its size), "among them 4", "including 4".
    // "All 13 of the boys" is all of them.
    let partitive = ["them", "whom", "those", "these", "the", "its", "their", "our", "a", "an"];
    if is(next, &["of"]) && is(next2, &partitive) && !is(prev, &["all"])
        || is(prev, &["including", "includes", "include"])
        || is(prev, &["them"]) && is(prev2, &["among"])
        || is(next, &["among"]) && is(next2, &["them", "whom", "the"])
    {
        return Role::Part;
    }
    // Earlier figures: "up from 268", "down from 268", "from 268 to 271", "an earlier estimate
    // of 268", "previously 268", "268 earlier".
    let earlier_words = ["earlier", "previous", "previously", "prior", "initial", "initially"];
    let from_to = is(prev, &["from"])
        && (is(next, &["to"])
            || is(next2, &["to"])
            || is(next3, &["to"])
            || after_text.trim_start().starts_with("to "));
    if before.windows(2).any(|w| w[0].is("with") && (w[1].is("compared") || w[1].is("comparison")))
        || before.windows(2).any(|w| w[0].is("to") && w[1].is("compared"))
        || is(prev, &["from"]) && is(prev2, &["up", "down", "rising", "falling"])
        || from_to
        || before.iter().take(4).any(|n| earlier_words.iter().any(|w| n.is(w)))
            && !before.iter().take(4).any(|n| n.is("now") || n.is("to"))
        || is(next, &["earlier", "previously"])
    {
        return Role::Earlier;
    }
    Role::Total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Aliases, extract};
    use crate::mention::Value;

    /// The role of each figure in `text`, in order, as "figure text: role".
    fn roles(text: &str, lang: Lang) -> Vec<String> {
        let mentions = extract(text, lang, &Aliases::default());
        let sentence = Span::new(0, text.len());
        mentions
            .iter()
            .filter_map(|m| match &m.value {
                Value::Quantity(q) => {
                    let figures = mentions.iter().filter(|n| matches!(n.value, Value::Quantity(_)));
                    let next = figures.clone().map(|n| n.span.start).find(|&s| s >= m.span.end);
                    let previous = figures.map(|n| n.span).rfind(|s| s.end <= m.span.start);
                    let words = words::of(text, sentence);
                    let role = of(text, sentence, &words, m.span, q, previous, next, lang);
                    Some(format!("{}: {role:?}", &text[m.span.range()]))
                }
                _ => None,
            })
            .collect()
    }

    /// Each text's figures have the roles expected.
    fn assert_roles(cases: &[(&str, Lang, &str)]) {
        for &(text, lang, expected) in cases {
            let found = roles(text, lang);
            assert!(found.contains(&expected.to_string()), "{text}: {found:?}");
        }
    }

    /// "May" with a capital is the month: the figure after it is no possibility.
    #[test]
    fn the_month_of_may_is_no_modal() {
        assert_roles(&[
            ("The toll since May 29 rose to 357 on Sunday.", Lang::En, "357: Total"),
            ("The toll may rise to 400.", Lang::En, "400: Possible"),
        ]);
    }

    #[test]
    fn increments_are_not_totals() {
        assert_roles(&[
            ("Korban meninggal bertambah 4 orang.", Lang::Id, "4 orang: Increment"),
            ("Tim menemukan 5 jenazah lagi.", Lang::Id, "5 jenazah: Increment"),
            ("Ada tambahan 12 korban.", Lang::Id, "12 korban: Increment"),
            ("Rescuers found another 5 bodies.", Lang::En, "5 bodies: Increment"),
            ("The toll rose by 4 on Friday.", Lang::En, "4: Increment"),
            ("Police found 3 more victims.", Lang::En, "3 more victims: Increment"),
            ("Korban bertambah menjadi 6 orang.", Lang::Id, "6 orang: Total"),
            ("The toll rose to 6 on Friday.", Lang::En, "6: Total"),
        ]);
    }

    /// fbeta.republika.co.id, 30 June 2021: "Menurutnya, jumlah penumpang (manifest) dan ABK KMP
    /// Yunicee ternyata bukan 53, melainkan 57 orang."
    #[test]
    fn a_correction_sets_a_figure_aside() {
        assert_roles(&[
            ("Jumlah penumpang ternyata bukan 53, melainkan 57 orang.", Lang::Id, "53: Denied"),
            (
                "Jumlah penumpang ternyata bukan 53, melainkan 57 orang.",
                Lang::Id,
                "57 orang: Total",
            ),
            ("The toll was not 53 but 57.", Lang::En, "53: Denied"),
            ("Not 53 people died, but the toll rose.", Lang::En, "53 people: Total"),
        ]);
    }

    /// After a total and a comma, a figure "in" or "di" a name is one place's part; a month or a
    /// weekday is a time, not a place. hindustantimes.com, 1 August 2023: "At least 29 victims
    /// of the train tragedy at Bahanaga Bazar station of Odisha’s Balasore district, which
    /// killed 294 passengers in June, are yet to be identified".
    #[test]
    fn a_month_after_a_figure_is_no_place() {
        assert_roles(&[
            (
                "At least 29 victims of the train tragedy at Bahanaga Bazar station of Odisha’s Balasore district, which killed 294 passengers in June, are yet to be identified",
                Lang::En,
                "294 passengers: Total",
            ),
            (
                "Korban meninggal 40 orang, 39 di Cugenang dan 1 orang di Warungkondang.",
                Lang::Id,
                "39: Part",
            ),
            ("The flood killed 40 people, 12 in Kerr County.", Lang::En, "12: Part"),
            ("The flood killed 40 people, 12 on Friday.", Lang::En, "12: Total"),
        ]);
    }

    /// The spans of the figures of `text`, in order.
    fn figures(text: &str) -> Vec<Span> {
        (extract(text, Lang::Id, &Aliases::default()).iter())
            .filter(|m| matches!(m.value, Value::Quantity(_)))
            .map(|m| m.span)
            .collect()
    }

    #[test]
    fn enumerations_are_breakdowns() {
        for (text, expected) in [
            (
                "Sebanyak 17.864 rumah rusak: 4.376 rusak berat, 5.306 rusak sedang, dan 8.182 rusak ringan.",
                &[false, true, true, true][..],
            ),
            ("Sekitar 600 tentara tewas dan ribuan lainnya terluka.", &[false, false]),
            (
                "Pesawat mengangkut 62 penumpang, terdiri dari 6 awak, 40 orang dewasa, 7 anak-anak dan 3 bayi.",
                &[false, true, true, true, true],
            ),
        ] {
            assert_eq!(enumerated(text, &figures(text)), expected, "{text}");
        }
    }

    #[test]
    fn parts_ages_earlier_and_vague() {
        assert_roles(&[
            ("Sebanyak 10 orang hilang, 4 di antaranya ditemukan.", Lang::Id, "4: Part"),
            ("Dua dari lima korban adalah anak-anak.", Lang::Id, "Dua: Part"),
            ("Three of the six suspects were released.", Lang::En, "Three: Part"),
            // zeenews.india.com, 2022-04-23: some members of one family, not how many it has.
            (
                "In a shocking incident, five members of a family were found dead inside their home.",
                Lang::En,
                "five members: Part",
            ),
            ("The ship had a crew of 21.", Lang::En, "21: Total"),
            ("Half of the 130 units were destroyed.", Lang::En, "130 units: Whole"),
            ("Half the workers' 130 homes were destroyed.", Lang::En, "130 homes: Whole"),
            // terradaily.com (AFP), 2005-11-11.
            (
                "Children likely make up half of the 74,000 people who died in the South Asian quake, the United Nations said Friday.",
                Lang::En,
                "74,000 people: Whole",
            ),
            // rk77.blogspot.com, 2004-12.
            (
                "Up to half the 60,000 victims of the tsunami are children, says UN.",
                Lang::En,
                "60,000 victims: Whole",
            ),
            ("Sebagian besar dari 400 rumah itu rusak berat.", Lang::Id, "400 rumah: Whole"),
            ("Some 400 houses were destroyed.", Lang::En, "Some 400 houses: Total"),
            // wkbw.com, 2023: seven of the ten killed.
            (
                "The family members of seven Tops shooting victims as well as survivors are seeking justice more than one year after a racially motivated shooting took ten of our neighbors.",
                Lang::En,
                "seven Tops shooting victims: Kin",
            ),
            ("Keluarga 7 korban, didampingi pengacara, menggugat.", Lang::Id, "7 korban: Kin"),
            ("Members of 7 families were evacuated.", Lang::En, "7 families: Total"),
            ("The families of 19 victims sued the city.", Lang::En, "19 victims: Kin"),
            ("Keluarga dari 7 korban, kata dia, menggugat.", Lang::Id, "7 korban: Kin"),
            ("Of the four flight attendants, two died.", Lang::En, "two: Part"),
            ("Dari para korban itu, 12 orang meninggal.", Lang::Id, "12 orang: Total"),
            ("Korban bernama Budi (33) ditemukan.", Lang::Id, "33: Age"),
            ("Korban bernama Farzah Dwi kurniawan (20) meninggal.", Lang::Id, "20: Age"),
            ("John Smith, 45, of Dundalk, was among them.", Lang::En, "45: Age"),
            ("Jumlahnya naik dari 268 menjadi 271 orang.", Lang::Id, "268: Earlier"),
            ("Jumlahnya naik dari 268 menjadi 271 orang.", Lang::Id, "271 orang: Total"),
            ("Pengungsi dari 600 jiwa itu kini tinggal 250 jiwa.", Lang::Id, "600 jiwa: Earlier"),
            ("Dari 600 jiwa itu, 250 jiwa meninggal.", Lang::Id, "600 jiwa: Total"),
            ("The toll is 271, up from 268 on Tuesday.", Lang::En, "268: Earlier"),
            ("The toll is 271, up from 268 on Tuesday.", Lang::En, "271: Total"),
            ("An earlier estimate of 268 was revised.", Lang::En, "268: Earlier"),
            (
                "Sebelumnya, Emil sempat menyebut jumlah korban mencapai 174 orang.",
                Lang::Id,
                "174 orang: Earlier",
            ),
            (
                "Dengan rincian dua pilot, empat kru kabin dan tiga bayi.",
                Lang::Id,
                "empat kru kabin: Part",
            ),
            (
                "Pesawat mengangkut 62 orang, terdiri dari 6 kru dan 56 penumpang.",
                Lang::Id,
                "56 penumpang: Part",
            ),
            (
                "Pesawat mengangkut 62 orang, terdiri dari 6 kru dan 56 penumpang.",
                Lang::Id,
                "62 orang: Total",
            ),
            ("Beberapa warga mengungsi.", Lang::Id, "Beberapa warga: Vague"),
            ("Several people were hurt.", Lang::En, "Several people: Vague"),
            (
                "Sekitar 600 tentara tewas dan ribuan lainnya terluka.",
                Lang::Id,
                "Sekitar 600 tentara: Total",
            ),
        ]);
    }
}
