use canon::article::Overrides;
use canon::canon::ClaimValue;
use canon::check::explain::explain;
use canon::evaluate::{self, Half, Label, Verdict};
use canon::finding::Status;
use std::path::PathBuf;

fn first_num(s: &str) -> Option<f64> {
    let t: String = s
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    t.parse().ok()
}

fn main() {
    let root = PathBuf::from(std::env::args().nth(1).unwrap());
    for dir in evaluate::story_dirs(&root).unwrap() {
        let story = evaluate::load_story(&dir).unwrap_or_else(|_| panic!());
        for s in evaluate::score(&story) {
            let text = &s.annotated.article.text;
            for (n, verdict) in &s.alarms {
                let f = &s.findings[*n];
                if !matches!(f.status, Status::Discrepant | Status::Outdated) {
                    continue;
                }
                let Some(claim) = story.canon.claims.iter().find(|c| c.id == f.check) else {
                    continue;
                };
                let ClaimValue::Quantity(q) = &claim.value else { continue };
                let trace =
                    explain(&story.canon, claim, &s.annotated.article, Overrides::default());
                let st = trace
                    .sentences
                    .iter()
                    .find(|t| t.finding.as_ref().is_some_and(|g| g.span == f.span));
                let (why, cue_gap, before, ncand, sent) = match st {
                    Some(t) => {
                        let taken = t.candidates.iter().find(|c| c.taken && c.role == "figure");
                        let why = taken.map(|c| c.why.clone()).unwrap_or_default();
                        let gap = if f.span.start >= t.cue.end {
                            f.span.start - t.cue.end
                        } else {
                            t.cue.start.saturating_sub(f.span.end)
                        };
                        let before = f.span.end <= t.cue.start;
                        let ncand = t.candidates.iter().filter(|c| c.role == "figure").count();
                        (
                            why,
                            gap as i64,
                            before,
                            ncand,
                            text[t.span.start..t.span.end].replace(['\n', '\t'], " "),
                        )
                    }
                    None => (String::from("?"), -1, false, 0, String::new()),
                };
                let v = match verdict {
                    Verdict::True => "T",
                    Verdict::OnLabel(Label::Ok) => "Fok",
                    Verdict::OnLabel(Label::Soft) => "Fsoft",
                    Verdict::OnLabel(Label::Flag) => "T",
                    Verdict::Unannotated => "Fnone",
                };
                let half = if s.annotated.half == Half::Dev { "dev" } else { "report" };
                let ratio = match (first_num(&f.found), first_num(&f.expected)) {
                    (Some(a), Some(b)) if b > 0.0 => a / b,
                    _ => -1.0,
                };
                let pre: Vec<&str> =
                    text[..f.span.start].split_whitespace().rev().take(3).collect();
                eprintln!(
                    "{}\t{}\t{:?}\t{}\t{}",
                    half,
                    if matches!(verdict, Verdict::True | Verdict::OnLabel(Label::Flag)) {
                        "T"
                    } else {
                        "F"
                    },
                    f.status,
                    pre.join(" "),
                    &text[f.span.start..f.span.end]
                );
                println!(
                    "{}\t{}\t{}\t{:?}\t{}\t{:.3}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    story.name,
                    half,
                    v,
                    f.status,
                    f.check,
                    ratio,
                    cue_gap,
                    before,
                    ncand,
                    q.unit.is_some(),
                    f.found.contains("credited"),
                    why.replace('\t', " "),
                    f.message.replace('\t', " "),
                    sent
                );
            }
        }
    }
}
