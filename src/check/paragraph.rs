//! What a paragraph says of a claim as a whole, after each statement was checked alone.
//!
//! A paragraph that states the canon's figure for a claim and, beside it, another figure the
//! claim's cues placed tells of two counts: a total and a part ("Untuk jumlah pengungsi menjadi
//! 214.925 orang. Pengungsi yang berada di Sulawesi Tengah … 206.194 orang"), the count before
//! and after ("total pengungsi dari 6.045 jiwa ini, tersisa 3.582 jiwa"), or the count by one
//! method of the same total ("55 jenazah … melalui DNA sejumlah 42"). A writer who has the right
//! figure in hand seldom misstates it in the next breath: the other figure is `unresolved`,
//! never an alarm. A paragraph is a line of the article's text.
//!
//! An earlier estimate's figure (`outdated`) is no alarm anywhere in an article that also
//! states the current figure: the writer had the latest count, and the older one tells its
//! history ("sempat tercatat 131 orang", a caption of the first days). Another figure that
//! agrees with no estimate stays an alarm in another paragraph: a count misstated once and
//! stated right elsewhere is the error a rewrite makes.
//!
//! Unless the two figures are told in the same words: "jumlah korban mencapai 448 orang. …
//! jumlah korban mencapai 228 orang" states one count twice, and one of the two is wrong.
//!
//! A paragraph that gives three different figures or more of one claim divides its count by
//! something the claim does not tell apart: one figure for each of three earthquakes ("Gempa 6,4
//! SR menyebabkan 20 orang meninggal … Gempa 7 SR menyebabkan 479 orang meninggal …"), places,
//! days or kinds. Which of them, if any, is the claim's count is not for grammar to say: none
//! is an alarm, however alike the words that tell them.

use crate::finding::{Finding, Status};

/// Turns each `discrepant` or `outdated` finding of `findings[i]`, `i` in `counts` (the quantity
/// claims' findings), into `unresolved` when a `consistent` finding of the same claim stands in
/// its paragraph, or, for `outdated`, anywhere in the article.
pub fn two_counts(text: &str, findings: &mut [Finding], counts: &[usize]) {
    let paragraph = |at: usize| (paragraph_start(text, at), paragraph_end(text, at));
    let agreeing: Vec<(usize, usize, usize)> = counts
        .iter()
        .filter(|&&i| findings[i].status == Status::Consistent)
        .map(|&i| {
            let (start, end) = paragraph(findings[i].span.start);
            (i, start, end)
        })
        .collect();
    for &i in counts {
        let f = &findings[i];
        if !matches!(f.status, Status::Discrepant | Status::Outdated) {
            continue;
        }
        let at = f.span.start;
        let anywhere = f.status == Status::Outdated;
        let Some(&(j, _, _)) = agreeing.iter().find(|&&(j, start, end)| {
            findings[j].check == f.check
                && (anywhere || (start <= at && at < end))
                && word_before(text, start, at) != word_before(text, start, findings[j].span.start)
        }) else {
            continue;
        };
        let beside = findings[j].found.clone();
        let f = &mut findings[i];
        f.status = Status::Unresolved;
        f.message = if anywhere {
            format!(
                "{}; but the article also states {beside}, which agrees: the earlier figure tells the count's history",
                f.message
            )
        } else {
            format!(
                "{}; but the paragraph also states {beside}, which agrees: two counts, as of a part, another day or another method",
                f.message
            )
        };
    }
}

/// Turns each `discrepant` or `outdated` finding of `findings[i]`, `i` in `counts`, into
/// `unresolved` when its paragraph holds findings of the same claim with three different
/// figures or more.
pub fn many_counts(text: &str, findings: &mut [Finding], counts: &[usize]) {
    const MANY: usize = 3;
    let paragraph = |at: usize| paragraph_start(text, at);
    for &i in counts {
        if !matches!(findings[i].status, Status::Discrepant | Status::Outdated) {
            continue;
        }
        let (check, start) = (&findings[i].check, paragraph(findings[i].span.start));
        let mut figures: Vec<&str> = counts
            .iter()
            .map(|&j| &findings[j])
            .filter(|f| &f.check == check && paragraph(f.span.start) == start)
            .map(|f| f.found.as_str())
            .collect();
        figures.sort_unstable();
        figures.dedup();
        if figures.len() < MANY {
            continue;
        }
        let n = figures.len();
        let f = &mut findings[i];
        f.status = Status::Unresolved;
        f.message = format!(
            "{}; but the paragraph gives {n} figures of it: counts of parts, places, days or events the claim does not tell apart",
            f.message
        );
    }
}

/// Where the paragraph (line) holding byte `at` of `text` starts.
fn paragraph_start(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].rfind('\n').map_or(0, |n| n + 1)
}

/// Where the paragraph (line) holding byte `at` of `text` ends.
fn paragraph_end(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    text[at..].find('\n').map_or(text.len(), |n| at + n)
}

/// The word right before byte `at`, lowercased, from `start` on: what tells a figure's count.
fn word_before(text: &str, start: usize, at: usize) -> Option<String> {
    let before = text.get(start..at).unwrap_or("");
    before.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty()).map(str::to_lowercase)
}
