//! Word families: a cue word written `~root` matches the root and the words grammar makes of it
//! in the cue's language. The family is written out as a regex when the canon loads, so
//! matching it costs what any regex cue costs, and nothing more per article.
//!
//! Indonesian: the prefixes me-, pe- with their nasal (mem-, men-, meng-, meny-, menge- for a
//! root of one syllable; k, p, t, s drop after it, and are kept too, as in "mengkritik"), di-,
//! ter-, ber-, per- (and memper-, diper-), ke-, se-, and the suffixes -kan, -i, -an, each with
//! -nya after it or alone. English: -s/-es, -ed/-d, -ing (with the last consonant doubled or a
//! final e dropped, as spelling has it) and the forms of a table of irregular verbs.

use crate::lang::Lang;

/// What marks a cue word as a root.
pub const MARKER: char = '~';

/// The root a cue word marks, when it is marked.
pub fn root(word: &str) -> Option<&str> {
    word.strip_prefix(MARKER)
}

/// Why `root` cannot stand for a family: it must be letters, at least two.
pub fn check(root: &str) -> Result<(), String> {
    if root.is_empty() {
        return Err(format!("'{MARKER}' must be followed by a root word"));
    }
    if !root.chars().all(char::is_alphabetic) {
        return Err(format!("the root '{root}' must be letters only"));
    }
    if root.chars().count() < 2 {
        return Err(format!("the root '{root}' is too short to have a family"));
    }
    Ok(())
}

/// The regex of the words of `root`'s family in `lang` (no word boundaries): a group.
pub fn regex(root: &str, lang: Lang) -> String {
    let root = root.to_lowercase();
    match lang {
        Lang::Id => indonesian(&root),
        Lang::En => {
            let mut forms = english(&root);
            // Longest first, so that no form is cut short by another it starts with.
            forms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            forms.dedup();
            let forms: Vec<String> = forms.iter().map(|f| regex::escape(f)).collect();
            format!("(?:{})", forms.join("|"))
        }
    }
}

/// `word` is `root` or a word its family has in `lang` (case aside): "tabungan" of "tabung",
/// "stopped" of "stop".
pub fn is_member(word: &str, root: &str, lang: Lang) -> bool {
    check(root).is_ok()
        && regex::Regex::new(&format!("(?i)^{}$", regex(root, lang)))
            .is_ok_and(|family| family.is_match(word))
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// How many runs of vowels `word` has: its syllables, near enough.
fn syllables(word: &str) -> usize {
    let mut count = 0;
    let mut before = false;
    for c in word.chars() {
        let vowel = is_vowel(c);
        if vowel && !before {
            count += 1;
        }
        before = vowel;
    }
    count
}

fn indonesian(root: &str) -> String {
    let escaped = regex::escape(root);
    let mut chars = root.chars();
    let first = chars.next().unwrap_or(' ');
    let rest = regex::escape(chars.as_str());
    // The stems after me-/pe-: the nasal with the root, or with the root less its first letter.
    let mut nasal: Vec<String> = match first {
        'k' => vec![format!("ng{rest}"), format!("ng{escaped}")],
        'p' => vec![format!("m{rest}"), format!("m{escaped}")],
        't' => vec![format!("n{rest}"), format!("n{escaped}")],
        's' => vec![format!("ny{rest}"), format!("n{escaped}")],
        'b' | 'f' | 'v' => vec![format!("m{escaped}")],
        'c' | 'd' | 'j' | 'z' => vec![format!("n{escaped}")],
        'g' | 'h' => vec![format!("ng{escaped}")],
        c if is_vowel(c) => vec![format!("ng{escaped}")],
        _ => vec![escaped.clone()],
    };
    if syllables(root) == 1 {
        nasal.push(format!("nge{escaped}"));
    }
    // ber-, ter-, per- lose their r before a root that starts with one ("terendam").
    let plain = if first == 'r' {
        "(?:di|(?:mem|di)?pe|ter?|ber?|ke|se)"
    } else {
        "(?:di|(?:mem|di)?per|ter|ber|ke|se)"
    };
    format!("(?:(?:{plain}?{escaped}|[mp]e(?:{}))(?:kan|i|an)?(?:nya)?)", nasal.join("|"))
}

/// Irregular forms news uses, by root.
const IRREGULAR: &[(&str, &[&str])] = &[
    ("arise", &["arose", "arisen"]),
    ("be", &["is", "are", "was", "were", "been", "being"]),
    ("bear", &["bore", "borne", "born"]),
    ("begin", &["began", "begun"]),
    ("bleed", &["bled"]),
    ("blow", &["blew", "blown"]),
    ("break", &["broke", "broken"]),
    ("bring", &["brought"]),
    ("build", &["built"]),
    ("burst", &["burst"]),
    ("buy", &["bought"]),
    ("catch", &["caught"]),
    ("choose", &["chose", "chosen"]),
    ("come", &["came"]),
    ("cost", &["cost"]),
    ("cut", &["cut"]),
    ("dig", &["dug"]),
    ("do", &["did", "done", "does"]),
    ("draw", &["drew", "drawn"]),
    ("drive", &["drove", "driven"]),
    ("eat", &["ate", "eaten"]),
    ("fall", &["fell", "fallen"]),
    ("feed", &["fed"]),
    ("feel", &["felt"]),
    ("fight", &["fought"]),
    ("find", &["found"]),
    ("flee", &["fled"]),
    ("fly", &["flew", "flown"]),
    ("freeze", &["froze", "frozen"]),
    ("get", &["got", "gotten"]),
    ("give", &["gave", "given"]),
    ("go", &["went", "gone"]),
    ("grow", &["grew", "grown"]),
    ("hang", &["hung"]),
    ("have", &["has", "had"]),
    ("hear", &["heard"]),
    ("hide", &["hid", "hidden"]),
    ("hit", &["hit"]),
    ("hold", &["held"]),
    ("hurt", &["hurt"]),
    ("keep", &["kept"]),
    ("know", &["knew", "known"]),
    ("lay", &["laid"]),
    ("lead", &["led"]),
    ("leave", &["left"]),
    ("lend", &["lent"]),
    ("let", &["let"]),
    ("lose", &["lost"]),
    ("make", &["made"]),
    ("meet", &["met"]),
    ("pay", &["paid"]),
    ("put", &["put"]),
    ("quit", &["quit"]),
    ("read", &["read"]),
    ("ride", &["rode", "ridden"]),
    ("rise", &["rose", "risen"]),
    ("run", &["ran"]),
    ("say", &["said"]),
    ("see", &["saw", "seen"]),
    ("seek", &["sought"]),
    ("sell", &["sold"]),
    ("send", &["sent"]),
    ("set", &["set"]),
    ("shake", &["shook", "shaken"]),
    ("shoot", &["shot"]),
    ("shut", &["shut"]),
    ("sink", &["sank", "sunk"]),
    ("speak", &["spoke", "spoken"]),
    ("spend", &["spent"]),
    ("spread", &["spread"]),
    ("stand", &["stood"]),
    ("steal", &["stole", "stolen"]),
    ("strike", &["struck", "stricken"]),
    ("swim", &["swam", "swum"]),
    ("take", &["took", "taken"]),
    ("teach", &["taught"]),
    ("tear", &["tore", "torn"]),
    ("tell", &["told"]),
    ("think", &["thought"]),
    ("throw", &["threw", "thrown"]),
    ("understand", &["understood"]),
    ("wake", &["woke", "woken"]),
    ("wear", &["wore", "worn"]),
    ("win", &["won"]),
    ("withdraw", &["withdrew", "withdrawn"]),
    ("write", &["wrote", "written"]),
];

/// The forms of an English root: itself, -s, -ed, -ing as spelling makes them, and its
/// irregular forms.
fn english(root: &str) -> Vec<String> {
    let chars: Vec<char> = root.chars().collect();
    let n = chars.len();
    let last = chars[n - 1];
    let before = n.checked_sub(2).map(|i| chars[i]);
    let consonant_y = last == 'y' && before.is_some_and(|c| !is_vowel(c));
    let mut forms = vec![root.to_string()];
    let stem_y = &root[..root.len() - last.len_utf8()];
    // -s
    let sibilant = matches!(last, 's' | 'x' | 'z') || root.ends_with("ch") || root.ends_with("sh");
    if consonant_y {
        forms.push(format!("{stem_y}ies"));
    } else if sibilant {
        forms.push(format!("{root}es"));
    } else {
        forms.push(format!("{root}s"));
        if last == 'o' {
            forms.push(format!("{root}es"));
        }
    }
    // A final consonant after one vowel doubles before -ed, -ing: always in a word of one
    // syllable ("stopped"), by stress in a longer one ("committed", "visited"), so both.
    let cvc = !is_vowel(last)
        && !matches!(last, 'w' | 'x' | 'y')
        && before.is_some_and(is_vowel)
        && (n < 3 || !is_vowel(chars[n - 3]));
    let doubled = format!("{root}{last}");
    let mut stems = Vec::new();
    if cvc {
        stems.push(doubled.as_str());
    }
    if !cvc || syllables(root) > 1 {
        stems.push(root);
    }
    // -ed
    if last == 'e' {
        forms.push(format!("{root}d"));
    } else if consonant_y {
        forms.push(format!("{stem_y}ied"));
    } else {
        forms.extend(stems.iter().map(|s| format!("{s}ed")));
    }
    // -ing
    if let Some(stem) = root.strip_suffix("ie") {
        forms.push(format!("{stem}ying"));
    } else if last == 'e' && !matches!(before, Some('e' | 'o' | 'y')) && n > 2 {
        forms.push(format!("{stem_y}ing"));
    } else {
        forms.extend(stems.iter().map(|s| format!("{s}ing")));
    }
    if let Ok(i) = IRREGULAR.binary_search_by(|(r, _)| r.cmp(&root)) {
        forms.extend(IRREGULAR[i].1.iter().map(|f| f.to_string()));
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn family(root: &str, lang: Lang) -> regex::Regex {
        regex::Regex::new(&format!(r"(?i)^{}$", regex(root, lang))).unwrap()
    }

    #[test]
    fn irregular_verbs_are_in_order() {
        assert!(IRREGULAR.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn indonesian_affixes_with_their_nasals() {
        let cases: [(&str, &[&str], &[&str]); 6] = [
            (
                "kirim",
                &[
                    "kirim",
                    "mengirim",
                    "dikirim",
                    "mengirimkan",
                    "pengiriman",
                    "kiriman",
                    "Dikirimkan",
                ],
                &["kirimx", "mekirim", "ngirim"],
            ),
            (
                "temu",
                &["bertemu", "pertemuan", "ditemukan", "menemukan", "temuan", "penemuan"],
                &["temuk"],
            ),
            ("pukul", &["memukul", "dipukul", "pukulan", "pemukulan"], &["mepukul"]),
            ("tembak", &["menembak", "penembakan", "tertembak", "ditembaknya"], &["tembakau"]),
            ("sapu", &["menyapu", "penyapu", "disapu"], &["mesapu"]),
            ("bom", &["mengebom", "pengeboman", "dibom", "bom"], &["bomber"]),
        ];
        for (root, members, others) in cases {
            let regex = family(root, Lang::Id);
            for word in members {
                assert!(regex.is_match(word), "{root}: {word}");
            }
            for word in others {
                assert!(!regex.is_match(word), "{root}: {word}");
            }
        }
        assert!(family("rendam", Lang::Id).is_match("terendam"));
    }

    #[test]
    fn english_inflections() {
        let cases: [(&str, &[&str], &[&str]); 6] = [
            ("stop", &["stop", "stops", "stopped", "stopping"], &["stoped", "stoping"]),
            ("evacuate", &["evacuates", "evacuated", "evacuating"], &["evacuateing"]),
            ("die", &["dies", "died", "dying"], &["diet", "diing"]),
            ("send", &["sends", "sending", "sent"], &["sender"]),
            ("carry", &["carries", "carried", "carrying"], &["carrys"]),
            ("reach", &["reaches", "reached", "reaching"], &["reachs"]),
        ];
        for (root, members, others) in cases {
            let regex = family(root, Lang::En);
            for word in members {
                assert!(regex.is_match(word), "{root}: {word}");
            }
            for word in others {
                assert!(!regex.is_match(word), "{root}: {word}");
            }
        }
    }

    #[test]
    fn a_root_is_letters() {
        assert!(check("kirim").is_ok());
        assert!(check("").unwrap_err().contains("root word"));
        assert!(check("ki-rim").unwrap_err().contains("letters only"));
        assert!(check("k").unwrap_err().contains("too short"));
    }
}
