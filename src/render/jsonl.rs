//! `canon check --format jsonl`: one JSON object per line, one line per article, written as
//! each article is checked, in input order. Each line is an article object of the `json`
//! format's contract (see [`crate::render::json::Check`]): `{"path", "date", "date_source",
//! "language", "findings": […]}`. Nothing is written at the end.

use crate::check::Checked;
use crate::render::json::ArticleJson;
use crate::render::{Report, Tally};

pub struct JsonlReport;

impl Report for JsonlReport {
    fn article(&mut self, checked: &Checked) -> String {
        serde_json::to_string(&ArticleJson::new(checked)).unwrap_or_default() + "\n"
    }

    fn finish(&mut self, _: &Tally) -> String {
        String::new()
    }
}
