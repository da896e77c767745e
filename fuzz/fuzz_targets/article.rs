//! Any bytes as an article: loaded, read in both languages with the aliases of the repository's
//! canon, checked against that canon, and rendered. Nothing may panic, and every span must lie
//! inside the text on character boundaries.
#![no_main]

use std::sync::LazyLock;

use canon::article::{Article, Overrides};
use canon::canon::Canon;
use canon::check::check_article;
use canon::lang::Lang;
use canon::render::snapshot;
use libfuzzer_sys::fuzz_target;

static CANON: LazyLock<Canon> = LazyLock::new(|| {
    Canon::parse("claims.yaml", include_str!("../../claims.yaml")).expect("claims.yaml loads")
});

fuzz_target!(|data: &[u8]| {
    let Ok(article) = Article::from_bytes("fuzz.txt", data.to_vec()) else {
        return;
    };
    for language in Lang::ALL {
        let overrides = Overrides { language: Some(language), date: None };
        let checked = check_article(&CANON, article.clone(), overrides);
        let text = &checked.article.text;
        for mention in &checked.reading.mentions {
            assert!(text.get(mention.span.range()).is_some(), "mention span {:?}", mention.span);
        }
        for finding in &checked.findings {
            assert!(text.get(finding.span.range()).is_some(), "finding span {:?}", finding.span);
        }
        let _ = snapshot::extraction(text, &checked.reading);
        let _ = snapshot::findings("fuzz.txt", &checked);
    }
});
