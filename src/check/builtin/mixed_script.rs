//! `mixed-script`: letters of another script inside Latin-script text.
//!
//! ## What it flags
//! In an article written mostly in Latin letters (Indonesian, English):
//! - a word that mixes Latin letters with letters of another script ("Tุมภาพันธ์": a Latin T
//!   followed by Thai), found `Tุมภาพันธ์ (Latin+Thai)`, message
//!   `"Tุมภาพันธ์" mixes Latin and Thai letters: a sign of a machine rewrite or a broken encoding`;
//! - a whole word in another script ("กุมภาพันธ์"), found `กุมภาพันธ์ (Thai)`, message
//!   `"กุมภาพันธ์" is written in Thai letters inside Latin-script text`.
//!
//! Both are `warning`s, expected `Latin`, one per word; the span is the whole word.
//!
//! ## Why it matters
//! News rewritten by a machine, or pasted through a broken encoding, leaves such traces: seed 001
//! opens with "Tentang Tุมภาพันธ์ Korea Utara", where a translation of "February" went wrong.
//! Whatever else the rewrite did to the text (figures, names) deserves a second look.
//!
//! ## What it leaves alone
//! - Texts whose letters are mostly of another script: the article's script is the script of the
//!   majority of its letters, and only Latin-script articles are checked (in Thai, which writes no
//!   spaces, a Latin brand name runs into the Thai words around it).
//! - Digits, punctuation, symbols and emoji (Unicode's Common and Inherited scripts: the
//!   combining accents of "é" written apart are Inherited).
//! - Words that mix two scripts other than Latin (Japanese writes kanji and kana in one word).
//! - Ignored lines ("Baca juga: …"); they do not count towards the article's script either.
//! - One Greek letter, alone or at either end of a word: a symbol of Latin-script text ("β",
//!   "π", "IFNβ", "αSyn"), or a dash a site's encoding turned into one ("DEMAK, KOMPAS β
//!   Banjir …").
//!
//! Words are the tokenizer's ([`crate::token`]): runs of letters and marks.

use unicode_script::{Script, UnicodeScript};

use crate::ascii;
use crate::check::Context;
use crate::finding::{Finding, Status};
use crate::span::Span;
use crate::token::TokenKind;

const NAME: &str = "mixed-script";

pub(super) fn run(cx: &Context, out: &mut Vec<Finding>) {
    let words = || {
        cx.reading
            .tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word && !cx.is_ignored(t.span))
            .map(|t| t.span)
    };
    // Most words are ASCII, and all-ASCII text has nothing to flag: the words beyond ASCII are
    // found by their bytes, looked for eight at a time, and the article's script is counted
    // only when some word is to be flagged.
    let mut flagged: Vec<(Span, Vec<Script>)> = Vec::new();
    // The letters of the words beyond ASCII: of the Latin script, and of the others.
    let (mut latin, mut others) = (0, 0);
    let (text, tokens) = (cx.text.as_bytes(), &cx.reading.tokens);
    let (mut at, mut next) = (0, 0);
    loop {
        at += ascii::ascii(&text[at..]);
        if at >= text.len() {
            break;
        }
        // The token that holds byte `at`, if any.
        while tokens.get(next).is_some_and(|t| t.span.end <= at) {
            next += 1;
        }
        let Some(token) = tokens.get(next).filter(|t| t.span.start <= at) else {
            at += 1;
            continue;
        };
        at = token.span.end;
        if token.kind != TokenKind::Word || cx.is_ignored(token.span) {
            continue;
        }
        let mut scripts = Vec::new();
        for script in cx.text[token.span.range()].chars().map(script_of) {
            if !is_letter_script(script) {
                continue;
            }
            if script == Script::Latin {
                latin += 1;
            } else {
                others += 1;
            }
            if !scripts.contains(&script) {
                scripts.push(script);
            }
        }
        if !scripts.iter().all(|&s| s == Script::Latin)
            && !greek_symbol(&cx.text[token.span.range()])
        {
            flagged.push((token.span, scripts));
        }
    }
    if flagged.is_empty() || !mostly_latin(cx.text, words(), latin, others) {
        return;
    }
    for (span, scripts) in flagged {
        let word = &cx.text[span.range()];
        let others: Vec<&str> =
            scripts.iter().filter(|&&s| s != Script::Latin).map(|s| s.full_name()).collect();
        let names: Vec<&str> = scripts.iter().map(|s| s.full_name()).collect();
        let message = if scripts.contains(&Script::Latin) {
            format!(
                "\"{word}\" mixes Latin and {} letters: a sign of a machine rewrite or a broken \
                 encoding",
                others.join(" and ")
            )
        } else {
            format!("\"{word}\" is written in {} letters inside Latin-script text", names.join("+"))
        };
        out.push(Finding {
            check: NAME.to_string(),
            status: Status::Warning,
            span,
            found: format!("{word} ({})", names.join("+")),
            expected: "Latin".to_string(),
            message,
        });
    }
}

/// One Greek letter, alone or at either end of a word, is a symbol of Latin-script text: "β",
/// "π", "µ", "IFNβ", "αSyn", "Aβ" (science writes them so), or a dash some sites' encoding turns
/// into one ("DEMAK, KOMPAS β Banjir …"); not a word in Greek, nor a rewrite's mix.
fn greek_symbol(word: &str) -> bool {
    let greek = |c: &char| script_of(*c) == Script::Greek;
    let count = word.chars().filter(greek).count();
    let at_an_end = word.chars().next().is_some_and(|c| greek(&c))
        || word.chars().next_back().is_some_and(|c| greek(&c));
    count == 1 && at_an_end
}

/// The article's script (see [`dominant`]) is Latin. Latin letters outnumbering every letter of
/// other scripts settles it, and most articles get there after a few words: the words beyond
/// ASCII had `latin` and `others` letters, and other scripts have none in ASCII words.
fn mostly_latin(
    text: &str,
    words: impl Iterator<Item = Span> + Clone,
    latin: usize,
    others: usize,
) -> bool {
    let mut latin = latin;
    for span in words.clone() {
        if latin > others {
            return true;
        }
        let word = &text[span.range()];
        if word.is_ascii() {
            latin += word.bytes().filter(u8::is_ascii_alphabetic).count();
        }
    }
    latin > others || dominant(text, words) == Some(Script::Latin)
}

/// The script of `c`, without a table look-up for ASCII: letters are Latin, the rest Common.
fn script_of(c: char) -> Script {
    if c.is_ascii_alphabetic() {
        Script::Latin
    } else if c.is_ascii() {
        Script::Common
    } else {
        c.script()
    }
}

/// Scripts that letters belong to: not Common (digits, punctuation, emoji), Inherited (combining
/// marks that take the script of their base) or Unknown (unassigned code points).
fn is_letter_script(script: Script) -> bool {
    !matches!(script, Script::Common | Script::Inherited | Script::Unknown)
}

/// The script most of the letters of `words` are written in; `None` when there are no letters.
/// A tie goes to the script met first.
fn dominant(text: &str, words: impl Iterator<Item = Span>) -> Option<Script> {
    // Articles use a handful of scripts: a short list beats a map.
    let mut counts: Vec<(Script, usize)> = Vec::new();
    let mut add = |script: Script, n: usize| match counts.iter_mut().find(|(s, _)| *s == script) {
        Some((_, count)) => *count += n,
        None => counts.push((script, n)),
    };
    for span in words {
        let word = &text[span.range()];
        if word.is_ascii() {
            let letters = word.bytes().filter(u8::is_ascii_alphabetic).count();
            if letters > 0 {
                add(Script::Latin, letters);
            }
            continue;
        }
        for script in word.chars().map(script_of).filter(|&s| is_letter_script(s)) {
            add(script, 1);
        }
    }
    let mut best: Option<(Script, usize)> = None;
    for (script, n) in counts {
        if best.is_none_or(|(_, most)| n > most) {
            best = Some((script, n));
        }
    }
    best.map(|(script, _)| script)
}

#[cfg(test)]
mod tests {
    use rstest::rstest;

    use super::*;
    use crate::article::{Article, Overrides};
    use crate::extract::Aliases;

    /// Runs the check on `text`, with the lines that start with `ignore` ignored. One line per
    /// finding: status, excerpt, found, expected and message.
    fn check_ignoring(text: &str, ignore: &[&str]) -> Vec<String> {
        let aliases = Aliases::new([("north-korea", "Korea Utara")]);
        let article = Article::parse("t.txt", text.to_string()).expect("no front matter");
        let reading = article.read(&aliases, Overrides::default());
        let ignored = super::super::lines_starting_with(text, ignore);
        let cx = Context { text, reading: &reading, aliases: &aliases, ignored: &ignored };
        let mut out = Vec::new();
        run(&cx, &mut out);
        out.iter()
            .map(|f| {
                assert_eq!((f.check.as_str(), f.status), (NAME, Status::Warning));
                format!(
                    "\"{}\" found={} expected={}: {}",
                    &text[f.span.range()],
                    f.found,
                    f.expected,
                    f.message
                )
            })
            .collect()
    }

    fn check(text: &str) -> Vec<String> {
        check_ignoring(text, &[])
    }

    #[test]
    fn the_early_count_of_latin_letters_agrees_with_the_full_one() {
        // Latin, Thai and mixed words in every proportion up to four each, in both orders: ties
        // go to the script met first.
        for n in 0..64 {
            let (latin, thai, mixed) = (n / 16, n / 4 % 4, n % 4);
            let mut words = vec!["ab"; latin];
            words.extend(vec!["กข"; thai]);
            words.extend((0..mixed).map(|i| if i % 2 == 0 { "ขa" } else { "aก" }));
            let reversed: Vec<&str> = words.iter().rev().copied().collect();
            for text in [words.join(" "), reversed.join(" ")] {
                let tokens = crate::token::tokenize(&text);
                let spans = tokens.iter().filter(|t| t.kind == TokenKind::Word).map(|t| t.span);
                let latin_text = dominant(&text, spans) == Some(Script::Latin);
                let flagged = if latin_text { thai + mixed } else { 0 };
                assert_eq!(check(&text).len(), flagged, "{text}");
            }
        }
    }

    #[test]
    fn seed_001_headline() {
        assert_eq!(
            check("Tentang Tุมภาพันธ์ Korea Utara dalam perjuangan di Rusia"),
            ["\"Tุมภาพันธ์\" found=Tุมภาพันธ์ (Latin+Thai) expected=Latin: \"Tุมภาพันธ์\" mixes Latin \
                 and Thai letters: a sign of a machine rewrite or a broken encoding"]
        );
    }

    #[rstest]
    #[case::whole_thai_word(
        "Pada bulan กุมภาพันธ์ tahun ini Korea Utara mengirim pasukan",
        "\"กุมภาพันธ์\" found=กุมภาพันธ์ (Thai) expected=Latin: \"กุมภาพันธ์\" is written in Thai \
         letters inside Latin-script text"
    )]
    #[case::cyrillic_lookalike_in_a_latin_word(
        // The "s" of "Kursk" here is the Cyrillic dze: it looks the same.
        "pasukan di wilayah Kur\u{455}k, Rusia",
        "\"Kur\u{455}k\" found=Kur\u{455}k (Latin+Cyrillic) expected=Latin: \"Kur\u{455}k\" mixes Latin \
         and Cyrillic letters: a sign of a machine rewrite or a broken encoding"
    )]
    #[case::hangul_name_in_brackets(
        "Korea Utara (조선) mengirim pasukan ke Rusia",
        "\"조선\" found=조선 (Hangul) expected=Latin: \"조선\" is written in Hangul letters inside \
         Latin-script text"
    )]
    #[case::greek_inside_a_latin_word(
        // A Greek alpha in the middle of a word is a lookalike, not a symbol.
        "Banjir merendam Jak\u{3b1}rta Utara",
        "\"Jak\u{3b1}rta\" found=Jak\u{3b1}rta (Latin+Greek) expected=Latin: \"Jak\u{3b1}rta\" mixes Latin \
         and Greek letters: a sign of a machine rewrite or a broken encoding"
    )]
    #[case::a_greek_word(
        "Banjir di \u{3b1}\u{3b8}\u{3ae}\u{3bd}\u{3b1} merendam jalan",
        "\"\u{3b1}\u{3b8}\u{3ae}\u{3bd}\u{3b1}\" found=\u{3b1}\u{3b8}\u{3ae}\u{3bd}\u{3b1} (Greek) expected=Latin: \"\u{3b1}\u{3b8}\u{3ae}\u{3bd}\u{3b1}\" is written in Greek letters inside \
         Latin-script text"
    )]
    #[case::three_scripts(
        "Tentang Tุ\u{43c}ภา Korea Utara",
        "\"Tุ\u{43c}ภา\" found=Tุ\u{43c}ภา (Latin+Thai+Cyrillic) expected=Latin: \"Tุ\u{43c}ภา\" mixes \
         Latin and Thai and Cyrillic letters: a sign of a machine rewrite or a broken encoding"
    )]
    fn one_warning_per_offending_word(#[case] text: &str, #[case] expected: &str) {
        assert_eq!(check(text), [expected]);
    }

    #[rstest]
    #[case::plain_indonesian("Korea Utara dan Rusia telah memperkuat hubungan mereka.")]
    #[case::latin_diacritics("São Paulo, Zelenskyy, naïve café, Jum’at")]
    #[case::combining_accents_written_apart("cafe\u{301} and Sa\u{303}o Paulo")]
    #[case::digits_punctuation_symbols("10.000 tentara (21/8/2025) — 2,5% “heroik” € $ °C № ©")]
    #[case::emoji("Kim Jong Un 👏🇰🇵 memuji pasukan 🙂")]
    #[case::all_thai("กุมภาพันธ์ เกาหลีเหนือ ในการต่อสู้ที่รัสเซีย")]
    #[case::latin_inside_thai_text("ฉันใช้iPhoneทุกวัน และเกาหลีเหนือ ในการต่อสู้")]
    #[case::japanese_mixes_kanji_and_kana("北朝鮮の兵士たちはロシアで戦っている")]
    #[case::empty("")]
    #[case::only_digits("2025 10.000 ??")]
    // https://fiercebiotech.prod.qtxquartz.com/research/gene-therapy-protects-neurons-parkinson-s-disease-mouse-study
    // (October 2015): a Greek letter at the end of a word is a symbol.
    #[case::greek_symbol_at_the_end(
        "A group of scientists has concluded that a noninheritable form of Parkinson's disease (PD) may be caused by functional changes in the immune regulating gene interferon-beta (IFNβ)."
    )]
    // https://www.breakinglatest.news/world/breakthrough-in-parkinsons-disease-research-a-new-discovery-could-lead-to-a-new-treatment-it-and-health-cnbeta-com/
    // (9 Sep 2022): at the start of one.
    #[case::greek_symbol_at_the_start(
        "Bringing scientists one step closer to understanding a key protein called alpha-synuclein (αSyn), which they found links inflammation and Parkinson's disease."
    )]
    // A dash turned into a beta by a site's encoding, after a dateline.
    #[case::greek_letter_alone(
        "DEMAK, KOMPAS β Banjir yang merendam sejumlah wilayah berangsur surut."
    )]
    fn no_warning(#[case] text: &str) {
        assert_eq!(check(text), Vec::<String>::new());
    }

    #[test]
    fn ignored_lines_are_passed_over_and_do_not_count() {
        let text = "Korea Utara mengirim pasukan.\nBaca juga: Tุมภาพันธ์ กุมภาพันธ์\nSelesai.";
        assert_eq!(check_ignoring(text, &["Baca juga"]), Vec::<String>::new());
        assert_eq!(check(text).len(), 2);
        // Mostly Thai once the Latin line is ignored: nothing is flagged.
        let text = "Baca juga: Korea Utara mengirim pasukan ke Rusia\nกุมภาพันธ์ Tุมภา";
        assert_eq!(check_ignoring(text, &["Baca juga"]), Vec::<String>::new());
    }

    #[test]
    fn the_seeds_have_one_mixed_word() {
        let seeds = [
            include_str!("../../../tests/articles/000_015d0fc2f736e994.txt"),
            include_str!("../../../tests/articles/001_f011f847b0c797aa.txt"),
            include_str!("../../../tests/articles/002_484335ed030999fc.txt"),
            include_str!("../../../tests/articles/003_713e3813aabe39d1.txt"),
            include_str!("../../../tests/articles/004_870d5c23f8876ef5.txt"),
        ];
        let found: Vec<String> = seeds.iter().flat_map(|text| check(text)).collect();
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("\"Tุมภาพันธ์\" found=Tุมภาพันธ์ (Latin+Thai)"));
    }

    #[test]
    fn the_majority_of_letters_decides_the_script() {
        // Fewer Thai letters than Latin ones: the Thai word is flagged.
        assert_eq!(check("Korea Utara กุมภา").len(), 1);
        // More Thai letters than Latin ones: nothing is.
        assert_eq!(check("Korea กุมภาพันธ์ในการต่อสู้").len(), 0);
    }
}
