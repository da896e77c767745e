//! What the canon does not cover: the figures and dates of an article that no finding speaks
//! of, so an editor sees what to add to the canon next.
//!
//! A figure is a quantity with an amount (not a vague "ratusan"); a date is one that resolved
//! to a day, month or year; a measure ("2,5 jam", "30 persen") is left out: most measures in
//! news are no fact of the story (ages, prices, distances on a route) and would drown the
//! counts, and an editor who claims one with a `unit` knows where it stands. A mention is covered when a finding's excerpt overlaps it. A date in the
//! dateline or on a line of its own with at most two other words (a byline, "date 2025-09-04
//! DUNIA": the day the story was filed) and anything in an ignored line say nothing of the
//! story, and are left out.

use crate::canon::Canon;
use crate::check::{Checked, event, ignored_lines};
use crate::mention::{Amount, Mention, Value};

/// The figures and dates of `checked` that no finding overlaps, in the order of the text.
pub fn uncovered<'a>(canon: &Canon, checked: &'a Checked) -> Vec<&'a Mention> {
    let text = &checked.article.text;
    let ignored = ignored_lines(canon, &checked.article);
    let covered = |m: &Mention| checked.findings.iter().any(|f| f.span.overlaps(m.span));
    let statement = |m: &Mention| match &m.value {
        Value::Quantity(q) => q.is_count() && !matches!(q.amount, Amount::Vague(_)),
        Value::Date(d) => {
            d.value.is_some() && !event::in_dateline(text, m.span) && !alone_on_its_line(text, m)
        }
        _ => false,
    };
    (checked.reading.mentions.iter())
        .filter(|m| statement(m) && !covered(m) && !ignored.iter().any(|l| l.overlaps(m.span)))
        .collect()
}

/// The mention stands on a line with at most two other words: a header or a byline.
pub fn alone_on_its_line(text: &str, m: &Mention) -> bool {
    let start = text[..m.span.start].rfind('\n').map_or(0, |n| n + 1);
    let end = text[m.span.end..].find('\n').map_or(text.len(), |n| m.span.end + n);
    let words = |piece: &str| {
        piece.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
    };
    words(&text[start..m.span.start]) + words(&text[m.span.end..end]) <= 2
}
