//! Output for people at a terminal: one line per mention or finding, coloured when the binary
//! says so (through `colored`'s global switch, which only the binary sets).

use colored::Colorize;

use crate::article::Reading;
use crate::render::describe;
use crate::span::LineIndex;

/// `canon extract --format human`: a header line, then `line:column  kind value: "text"`.
pub fn extraction(path: &str, text: &str, reading: &Reading) -> String {
    let index = LineIndex::new(text);
    let date = reading.date.map_or("none".to_string(), |d| d.format("%Y-%m-%d").to_string());
    let mut out = format!(
        "{}: language {} ({}), date {} ({})\n",
        path.bold(),
        reading.language,
        reading.language_source.name(),
        date,
        reading.date_source.name()
    );
    for mention in &reading.mentions {
        let p = index.position(text, mention.span.start);
        let at = format!("{}:{}", p.line, p.column);
        let line = describe(mention, text);
        let (kind, rest) = line.split_once(' ').unwrap_or((&line, ""));
        out.push_str(&format!("{:>7}  {} {rest}\n", at.dimmed(), kind.cyan()));
    }
    out
}
