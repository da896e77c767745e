//! Bad input, one case per scenario: canon files that must fail with every problem
//! listed at its `file:line:column` and claim id, and articles that must be read right or refused
//! clearly, never with a panic, a hang, or silence. Data files are in `tests/bad_input/`; large
//! inputs are generated here, sized to run in well under a second in a debug build, and measured
//! at full size by hand (FUZZING.md has the figures).

mod support;

use std::path::Path;

use canon::article::{Article, Overrides};
use canon::canon::Canon;
use canon::check::check_article;
use canon::extract::Aliases;
use canon::lang::Lang::{self, En, Id};
use canon::render::{describe, snapshot};
use canon::span::LineIndex;

const DIR: &str = "tests/bad_input";

/// Every problem loading `tests/bad_input/<file>` reports, as the CLI prints them.
fn canon_errors(file: &str) -> Vec<String> {
    let path = format!("{DIR}/{file}");
    match Canon::load(Path::new(&path)) {
        Ok(canon) => panic!("{path} loaded with {} claims", canon.claims.len()),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn canon_text_errors(text: &str) -> Vec<String> {
    match Canon::parse("claims.yaml", text) {
        Ok(canon) => panic!("loaded with {} claims", canon.claims.len()),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// The article `tests/bad_input/<file>`, as loaded.
fn article(file: &str) -> Result<Article, String> {
    let path = format!("{DIR}/{file}");
    let bytes = std::fs::read(&path).expect("test data");
    Article::from_bytes(&path, bytes).map_err(|e| e.to_string())
}

/// Every mention read in `text` in `lang`, as `line:column description`.
fn mentions(text: &str, lang: Lang) -> Vec<String> {
    let article = Article::parse("a.txt", text.to_string()).expect("an article");
    let overrides = Overrides { language: Some(lang), date: None };
    let reading = article.read(&Aliases::default(), overrides);
    let index = LineIndex::new(&article.text);
    reading
        .mentions
        .iter()
        .map(|m| {
            let p = index.position(&article.text, m.span.start);
            format!("{}:{} {}", p.line, p.column, describe(m, &article.text))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The canon

#[test]
fn canon_not_yaml() {
    // An article given as the canon: YAML reads it as one long string.
    assert_eq!(
        canon_errors("canon_not_yaml.yaml"),
        [
            "tests/bad_input/canon_not_yaml.yaml:1:1: not a canon: expected a YAML mapping with `entities` and `claims`, found a string"
        ]
    );
}

#[test]
fn canon_syntax_error() {
    // The parser stops at a syntax error: it is the one problem listed, with where the quote
    // that never closes was opened.
    assert_eq!(
        canon_errors("canon_syntax_error.yaml"),
        [
            "tests/bad_input/canon_syntax_error.yaml:4:1: found unexpected end of stream, while scanning a quoted scalar that starts at 3:27"
        ]
    );
}

#[test]
fn canon_wrong_types() {
    assert_eq!(
        canon_errors("canon_wrong_types.yaml"),
        [
            r#"tests/bad_input/canon_wrong_types.yaml:13:14: claim 'killed': claims[0].quantity.value: invalid type: string "enam ratus", expected f64"#
        ]
    );
    assert_eq!(
        canon_text_errors("claims: {id: x}\n"),
        ["claims.yaml:1:9: claims: invalid type: map, expected a sequence"]
    );
}

#[test]
fn canon_unknown_key() {
    assert_eq!(
        canon_errors("canon_unknown_key.yaml"),
        [
            "tests/bad_input/canon_unknown_key.yaml:13:7: claim 'killed': claims[0].quantity: unknown field `valeu`, expected one of `counts`, `estimator`, `not_by`, `place`, `tolerance`, `unit`, `value`, `value_max`, `qualifier`, `as_of`, `period`, `series`"
        ]
    );
}

#[test]
fn canon_missing_id() {
    // Every claim without an id is named by its place in the list, and its other problems are
    // listed too, under that name.
    assert_eq!(
        canon_errors("canon_missing_id.yaml"),
        [
            "tests/bad_input/canon_missing_id.yaml:6:3: claim 1 (claims[0]) has no `id`",
            "tests/bad_input/canon_missing_id.yaml:21:3: claim 3 (claims[2]) has no `id`",
            "tests/bad_input/canon_missing_id.yaml:26:13: claim 'claims[2]': date: '2024-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        ]
    );
}

#[test]
fn canon_duplicate_id() {
    assert_eq!(
        canon_errors("canon_duplicate_id.yaml"),
        [
            "tests/bad_input/canon_duplicate_id.yaml:13:9: claim 'treaty': duplicate claim id 'treaty' (first defined on line 6)"
        ]
    );
}

#[test]
fn canon_empty() {
    assert_eq!(
        canon_errors("canon_empty.yaml"),
        ["tests/bad_input/canon_empty.yaml: the canon is empty: it needs `entities` and `claims`"]
    );
    assert_eq!(
        canon_errors("canon_comments_only.yaml"),
        [
            "tests/bad_input/canon_comments_only.yaml: the canon is empty: it needs `entities` and `claims`"
        ]
    );
}

#[test]
fn canon_bad_regex() {
    assert_eq!(
        canon_errors("canon_bad_regex.yaml"),
        [
            r"tests/bad_input/canon_bad_regex.yaml:2:6: ignore pattern '^\s*baca juga(' does not compile: regex parse error: (?m)^\s*baca juga( ^ error: unclosed group",
            "tests/bad_input/canon_bad_regex.yaml:12:20: claim 'treaty': cue '/perjanji(an/' does not compile: regex parse error: (?:perjanji(an) ^ error: unclosed group",
        ]
    );
}

#[test]
fn canon_regex_too_large() {
    assert_eq!(
        canon_errors("canon_regex_too_large.yaml"),
        [
            r"tests/bad_input/canon_regex_too_large.yaml:10:13: claim 'treaty': cue '/(\w{100}){100}/' does not compile: it is too large (compiled, it would exceed the limit of 1048576 bytes)"
        ]
    );
}

#[test]
fn canon_undefined_entity() {
    assert_eq!(
        canon_errors("canon_undefined_entity.yaml"),
        [
            "tests/bad_input/canon_undefined_entity.yaml:11:15: claim 'killed': context: undefined entity 'north-korea' (define it under `entities`)",
            "tests/bad_input/canon_undefined_entity.yaml:13:24: claim 'killed': estimator: undefined entity 'cia' (define it under `entities`)",
        ]
    );
}

#[test]
fn canon_impossible_date() {
    assert_eq!(
        canon_errors("canon_impossible_date.yaml"),
        [
            "tests/bad_input/canon_impossible_date.yaml:15:50: claim 'killed': as_of: '2025-02-30' is not a day (YYYY-MM-DD)",
            "tests/bad_input/canon_impossible_date.yaml:22:13: claim 'treaty': date: '2024-02-30' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        ]
    );
}

#[test]
fn canon_tabs() {
    // Every line indented with a tab, not the parser's "found character that cannot start any
    // token".
    let tabs = "tabs are not allowed for indentation in YAML: indent with spaces";
    assert_eq!(
        canon_errors("canon_tabs.yaml"),
        [
            format!("tests/bad_input/canon_tabs.yaml:3:1: {tabs}"),
            format!("tests/bad_input/canon_tabs.yaml:4:1: {tabs}"),
            format!("tests/bad_input/canon_tabs.yaml:10:1: {tabs}"),
        ]
    );
}

#[test]
fn canon_deeply_nested() {
    let text = format!("claims: {}", "[".repeat(100_000));
    // Refused at once: the YAML scanner would take minutes over 100,000 open brackets.
    assert_eq!(
        canon_text_errors(&text),
        ["claims.yaml:1:137: brackets nested deeper than 128 levels"]
    );
}

/// `n` claims of about `size` bytes each, the last `bad` of them with an undefined estimator.
fn big_canon(n: usize, size: usize, bad: usize) -> String {
    let mut text = String::from("entities:\n  nis:\n    names:\n      id: [NIS]\nclaims:\n");
    let padding = "x".repeat(size.saturating_sub(250));
    for i in 0..n {
        let estimator = if i + bad >= n { "cia" } else { "nis" };
        text.push_str(&format!(
            "  - id: claim-{i}\n    statement: Claim {i} {padding}.\n    sources: [https://example.com/{i}]\n    cues:\n      id: [tewas]\n    quantity:\n      estimator: {estimator}\n      value: {i}\n      as_of: 2025-04-30\n"
        ));
    }
    text
}

#[test]
fn canon_10mb() {
    // Ten megabytes in 2,000 claims loads; 5,000 claims with three problems at the end lists
    // them with their lines: placing claims reads the file once, not once per claim.
    let text = big_canon(2_000, 5_200, 0);
    assert!(text.len() > 10_000_000, "{}", text.len());
    let canon = Canon::parse("claims.yaml", &text).expect("a big canon loads");
    assert_eq!(canon.claims.len(), 2_000);
    assert_eq!(canon.claims[1_999].line, 1_999 * 9 + 6);
    let errors = Canon::parse("claims.yaml", &big_canon(5_000, 0, 3)).unwrap_err();
    let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "claims.yaml:44985:18: claim 'claim-4997': estimator: undefined entity 'cia' (define it under `entities`)",
            "claims.yaml:44994:18: claim 'claim-4998': estimator: undefined entity 'cia' (define it under `entities`)",
            "claims.yaml:45003:18: claim 'claim-4999': estimator: undefined entity 'cia' (define it under `entities`)",
        ]
    );
}

#[test]
fn canon_load_writes_nothing() {
    // Loading, good or bad, leaves every file as it was and adds none.
    let listing = || {
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(DIR)
            .expect("test data")
            .map(|e| {
                let path = e.expect("an entry").path();
                (path.display().to_string(), std::fs::read(&path).expect("readable"))
            })
            .collect();
        files.sort();
        files
    };
    let before = listing();
    for (path, _) in &before {
        let _ = Canon::load(Path::new(path));
    }
    let _ = Canon::load(&support::root().join("claims.yaml"));
    assert!(before == listing(), "loading changed tests/bad_input");
}

// ---------------------------------------------------------------------------------------------
// Articles

#[test]
fn article_invalid_utf8() {
    assert_eq!(
        article("article_invalid_utf8.txt").unwrap_err(),
        "tests/bad_input/article_invalid_utf8.txt:2:4: invalid UTF-8 at byte offset 6"
    );
}

#[test]
fn article_empty() {
    let empty = article("article_empty.txt").expect("an empty article loads");
    assert!(empty.is_blank());
    assert_eq!(mentions(&empty.text, Id), Vec::<String>::new());
    let front_only = Article::parse("a.txt", "---\ndate: 2025-09-04\n---\n \n".into()).unwrap();
    assert!(front_only.is_blank());
}

#[test]
fn article_binary() {
    // A NUL byte marks a binary file: refused as not text, with where the first one is.
    assert_eq!(
        article("article_binary.txt").unwrap_err(),
        "tests/bad_input/article_binary.txt:2:1: not a text file: NUL byte at byte offset 27"
    );
}

#[test]
fn article_single_line_large() {
    // Linear time: 1 MB on one line, a sentence every 64 bytes. (100 MB by hand: FUZZING.md.)
    let sentence = "Sekitar 600 tentara Korea Utara tewas pada 21/8/2025, kata NIS. ";
    let text = sentence.repeat(1_000_000 / sentence.len());
    let article = Article::parse("a.txt", text).unwrap();
    let reading = article.read(&Aliases::default(), Overrides::default());
    assert_eq!(reading.mentions.len(), 2 * (1_000_000 / sentence.len()));
}

#[test]
fn article_million_digits() {
    // A run beyond any value kept yields nothing; what stands around it is still read.
    let text = format!("Sekitar 600 tentara, lalu {} dan 10.000 orang.", "9".repeat(1_000_000));
    assert_eq!(
        mentions(&text, Id),
        [
            r#"1:1 quantity 600 approx noun=tentara: "Sekitar 600 tentara""#,
            r#"1:1000032 quantity 10000 noun=orang: "10.000 orang""#,
        ]
    );
}

#[test]
fn article_crlf() {
    let article = article("article_crlf.txt").unwrap();
    assert_eq!(
        mentions(&article.text, Id),
        [
            r#"1:10 quantity 10000 noun=tentara: "10.000 tentara""#,
            r#"1:47 date 2025-08-21: "21/8/2025""#,
            r#"2:14 quantity 600 approx: "sekitar 600""#,
        ]
    );
    let index = LineIndex::new(&article.text);
    assert_eq!(index.line_text(&article.text, 2), "Menurut NIS, sekitar 600");
    // No carriage return reaches a snapshot, an excerpt included.
    let checked = check_article(&support::canon(), article, Overrides::default());
    let rendered = snapshot::findings("article_crlf.txt", &checked)
        + &snapshot::extraction(&checked.article.text, &checked.reading);
    assert!(!rendered.contains('\r') && !rendered.contains("\\r"), "{rendered}");
}

#[test]
fn article_bom() {
    // The mark is dropped: front matter after it is read, and columns count from the text.
    let article = article("article_bom.txt").unwrap();
    assert_eq!(article.date, chrono::NaiveDate::from_ymd_opt(2025, 9, 4));
    assert!(!article.text.starts_with('\u{FEFF}'));
    assert_eq!(
        mentions(&article.text, Id),
        [r#"4:1 quantity 600 approx noun=tentara: "Sekitar 600 tentara""#]
    );
    assert_eq!(mentions("\u{FEFF}10 orang", Id), [r#"1:1 quantity 10 noun=orang: "10 orang""#]);
}

#[test]
fn article_nbsp_in_numbers() {
    // No-break, narrow no-break and zero-width spaces group thousands in both languages, when
    // the groups are of exactly three digits.
    for lang in [Id, En] {
        assert_eq!(
            mentions("10\u{a0}000 tentara, 10\u{202f}000 dan 1\u{200b}250\u{200b}000.", lang),
            [
                r#"1:1 quantity 10000 noun=tentara: "10\u{a0}000 tentara""#,
                r#"1:17 number 10000: "10\u{202f}000""#,
                r#"1:28 number 1250000: "1\u{200b}250\u{200b}000""#,
            ],
            "{lang}"
        );
    }
    // Any other grouping is no grouping: the spaces separate numbers.
    assert_eq!(
        mentions("10\u{a0}00 dan 1234\u{a0}567 dan 10\u{a0}0000", Id),
        [
            r#"1:1 number 10: "10""#,
            r#"1:11 number 1234: "1234""#,
            r#"1:16 number 567: "567""#,
            r#"1:24 number 10: "10""#,
        ]
    );
    // A space-grouped run is no year.
    assert_eq!(mentions("pada 2\u{a0}025", Id), [r#"1:6 number 2025: "2\u{a0}025""#]);
    // With a decimal part.
    assert_eq!(
        mentions("1\u{a0}000,5 ton", Id),
        [r#"1:1 number 1000.5 unit=tonne: "1\u{a0}000,5 ton""#]
    );
}

#[test]
fn article_fullwidth_digits() {
    // Read with the language's rules, as their ASCII twins.
    assert_eq!(
        mentions("１０．０００ tentara", Id),
        [r#"1:1 quantity 10000 noun=tentara: "１０．０００ tentara""#]
    );
    assert_eq!(
        mentions("１０．０００ troops", En),
        [r#"1:1 quantity 10 noun=troops: "１０．０００ troops""#]
    );
    assert_eq!(
        mentions("１０，０００ troops", En),
        [r#"1:1 quantity 10000 noun=troops: "１０，０００ troops""#]
    );
    assert_eq!(mentions("pada ２０２５", Id), [r#"1:6 date 2025: "２０２５""#]);
}

#[test]
fn article_other_script_digits() {
    // Arabic-Indic, Extended Arabic-Indic, Devanagari, Thai and Javanese digits, with their
    // values.
    assert_eq!(
        mentions("٣٠٠ tentara, ۴۵ orang, ३०० jiwa, ๓๐๐ prajurit, ꧓꧐꧐ pasukan", Id),
        [
            r#"1:1 quantity 300 noun=tentara: "٣٠٠ tentara""#,
            r#"1:14 quantity 45 noun=orang: "۴۵ orang""#,
            r#"1:24 quantity 300 noun=jiwa: "३०० jiwa""#,
            r#"1:34 quantity 300 noun=prajurit: "๓๐๐ prajurit""#,
            r#"1:48 quantity 300 noun=pasukan: "꧓꧐꧐ pasukan""#,
        ]
    );
}

#[test]
fn article_repeated_sentence() {
    // Linear time: 10,000 times here (100,000 by hand: FUZZING.md), each read alike.
    let text = "Menurut NIS, sekitar 600 tentara tewas pada Kamis (21/8/2025).\n".repeat(10_000);
    let article = Article::parse("a.txt", text).unwrap();
    let reading = article.read(&Aliases::default(), Overrides::default());
    assert_eq!(reading.mentions.len(), 3 * 10_000);
}

#[test]
fn article_nested_punctuation() {
    // Deep nesting is no prose: a number buried in it is passed over, in linear time, and text
    // after it is read.
    let text = format!("{}10.000{} 600 orang", "(".repeat(100_000), ")".repeat(100_000));
    assert_eq!(mentions(&text, Id), [r#"1:200008 quantity 600 noun=orang: "600 orang""#]);
    assert_eq!(
        mentions("((((10.000 orang))))", Id),
        [r#"1:5 quantity 10000 noun=orang: "10.000 orang""#]
    );
    // Nested front matter is refused by the YAML parser's depth limit, not a stack overflow.
    let front = format!("---\ntitle: {}\n---\nText.\n", "[".repeat(100_000));
    assert_eq!(
        Article::parse("a.txt", front).unwrap_err().to_string(),
        "a.txt:2:136: front matter: brackets nested deeper than 128 levels"
    );
}

#[test]
fn article_lone_carriage_returns() {
    // Old Mac line ends (CR alone) are white space, not line breaks: the article is one line.
    // Its words and numbers are read; only the line numbers are off.
    assert_eq!(
        mentions("Sekitar 600 tentara.\rSebanyak 10.000 orang.", Id),
        [
            r#"1:1 quantity 600 approx noun=tentara: "Sekitar 600 tentara""#,
            r#"1:31 quantity 10000 noun=orang: "10.000 orang""#,
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Determinism

#[test]
fn reading_twice_gives_the_same_bytes() {
    let canon = support::canon();
    let path = support::root().join("tests/articles/002_484335ed030999fc.txt");
    let render = || {
        let article = Article::load(&path).unwrap();
        let checked = check_article(&canon, article, Overrides::default());
        snapshot::findings("002", &checked)
            + &snapshot::extraction(&checked.article.text, &checked.reading)
    };
    assert_eq!(render(), render());
}

// ---------------------------------------------------------------------------------------------
// Found by fuzzing (FUZZING.md)

#[test]
fn canon_fuzz_lone_carriage_returns() {
    // YAML breaks lines at a lone '\r' too, so the parser put this error on line 126 of a file
    // of 21 lines; places are now counted from the byte offset, in lines that end at '\n'.
    assert_eq!(
        canon_errors("canon_fuzz_lone_carriage_returns.yaml"),
        [
            "tests/bad_input/canon_fuzz_lone_carriage_returns.yaml:6:181: not a canon: expected a YAML mapping with `entities` and `claims`, found a string"
        ]
    );
}
