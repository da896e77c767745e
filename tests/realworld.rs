//! The evaluation set of real articles (`tests/realworld/`, its README says how it is built):
//! every story loads, the halves follow their rule, and the development half holds. The
//! held-out stories (`tests/unseen/`) load and follow the same rules, and nothing more is
//! looked at here.
//!
//! The development half's false alarms and missed errors are recorded in
//! `snapshots/realworld-dev.snap`, so a change to any of them shows up as a diff to review.
//! The report half and the held-out stories are only measured (`cargo run --release --example
//! realworld [-- tests/unseen]`), never snapshotted here: rules are tuned on what a reviewer
//! looks at.

mod support;

use canon::evaluate::{self, Half, Story, Tally};
use canon::lang::Lang;
use canon::render::evaluation;

fn stories() -> Vec<Story> {
    stories_in("tests/realworld")
}

fn stories_in(folder: &str) -> Vec<Story> {
    let root = support::root().join(folder);
    let dirs = evaluate::story_dirs(&root).expect(folder);
    (dirs.iter())
        .map(|dir| {
            evaluate::load_story(dir).unwrap_or_else(|errors| {
                panic!("{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))
            })
        })
        .collect()
}

#[test]
fn the_set_has_the_stories_and_articles_it_promises() {
    follows_the_rules(&stories());
}

#[test]
fn the_held_out_stories_follow_the_same_rules() {
    follows_the_rules(&stories_in("tests/unseen"));
}

/// Every tuned story's canon is valid: each `holds` example comes out consistent and each
/// `breaks` example discrepant, so an example an editor wrote from a real sentence guards the
/// reading that sentence needs.
#[test]
fn every_tuned_canon_validates() {
    let root = support::root().join("tests/realworld");
    for dir in evaluate::story_dirs(&root).expect("tests/realworld") {
        let path = dir.join("claims.yaml");
        let text = canon::validate::read(&path).expect("a canon");
        let report = canon::validate::validate(&path.to_string_lossy(), &text);
        let errors: Vec<String> = (report.problems.iter())
            .filter(|p| p.severity == canon::validate::Severity::Error)
            .map(|p| p.error.to_string())
            .collect();
        assert!(errors.is_empty(), "{}:\n{}", path.display(), errors.join("\n"));
    }
}

/// At least four stories, two in Indonesian and one in English, fifty articles; halves that
/// alternate by date; a real error in every story.
fn follows_the_rules(stories: &[Story]) {
    let of = |lang: Lang| {
        (stories.iter()).filter(|s| s.articles.iter().all(|a| a.language == lang)).count()
    };
    assert!(stories.len() >= 4, "{} stories", stories.len());
    assert!(
        of(Lang::Id) >= 2 && of(Lang::En) >= 1,
        "{} in Indonesian, {} in English",
        of(Lang::Id),
        of(Lang::En)
    );
    let articles: usize = stories.iter().map(|s| s.articles.len()).sum();
    assert!(articles >= 50, "{articles} articles");
    for story in stories {
        // The halves alternate by publication date (then id), fixed before any measurement.
        let mut order: Vec<_> = story.articles.iter().collect();
        order.sort_by(|a, b| (a.published, &a.id).cmp(&(b.published, &b.id)));
        for (n, article) in order.iter().enumerate() {
            let expected = if n % 2 == 0 { Half::Dev } else { Half::Report };
            assert_eq!(article.half, expected, "{}: {}", story.name, article.id);
        }
        let flags = (story.articles.iter())
            .flat_map(|a| &a.statements)
            .filter(|s| s.label == evaluate::Label::Flag)
            .count();
        assert!(flags > 0, "{}: no real error annotated", story.name);
    }
}

/// FIXME: the development half is to have no false alarm at all; this bound only keeps it from
/// growing, and falls as rules are fixed.
const DEV_FALSE_ALARMS_AT_MOST: usize = 52;
/// The real errors of the development half caught today: never fewer.
const DEV_CAUGHT_AT_LEAST: usize = 365;

#[test]
fn the_development_half_holds() {
    let mut out = vec![evaluation::header()];
    let mut total = Tally::default();
    let mut misses = String::new();
    for story in &stories() {
        let scored = evaluate::score(story);
        let tally = evaluation::tally(&scored, Half::Dev);
        out.push(evaluation::row(&story.name, "dev", &tally));
        total.add(tally);
        for s in scored.iter().filter(|s| s.annotated.half == Half::Dev) {
            misses.push_str(&evaluation::misses(s, false));
        }
    }
    out.push(evaluation::row("all stories", "dev", &total));
    let rendered = format!("{}\n\n{misses}", out.join("\n"));
    support::snapshot(
        "realworld-dev",
        "tests/realworld",
        "the development half: per story, then every false alarm and missed error",
        &rendered,
    );
    assert!(total.false_alarms <= DEV_FALSE_ALARMS_AT_MOST, "{total:?}");
    assert!(total.caught >= DEV_CAUGHT_AT_LEAST, "{total:?}");
}
