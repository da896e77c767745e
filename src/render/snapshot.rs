//! Plain text for the reviewed snapshots in `snapshots/`: no colour, no absolute paths, one
//! item per line in a fixed order, so the same inputs always give the same bytes.

use crate::article::Reading;
use crate::render::describe;
use crate::span::LineIndex;

/// What extraction read in one article: its language and date with their sources, then every
/// mention as `line:column kind value: "text"`.
pub fn extraction(text: &str, reading: &Reading) -> String {
    let index = LineIndex::new(text);
    let date = reading.date.map_or("none".to_string(), |d| d.format("%Y-%m-%d").to_string());
    let mut out = format!(
        "language: {} ({})\ndate: {} ({})\n",
        reading.language,
        reading.language_source.name(),
        date,
        reading.date_source.name()
    );
    for mention in &reading.mentions {
        let p = index.position(text, mention.span.start);
        out.push_str(&format!("{}:{} {}\n", p.line, p.column, describe(mention, text)));
    }
    out
}
