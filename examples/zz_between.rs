use canon::evaluate::{self, Half, Label};
use canon::finding::Status;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::args().nth(1).unwrap());
    for dir in evaluate::story_dirs(&root).unwrap() {
        let story = evaluate::load_story(&dir).unwrap_or_else(|_| panic!());
        for s in evaluate::score(&story) {
            let half = if s.annotated.half == Half::Dev { "dev" } else { "report" };
            for f in &s.findings {
                if f.status != Status::Unresolved
                    || !f.message.contains("lies between the estimate before")
                {
                    continue;
                }
                let label = s
                    .annotated
                    .statements
                    .iter()
                    .find(|st| st.check == f.check && st.span.overlaps(f.span))
                    .map(|st| format!("{:?}", st.label))
                    .unwrap_or("none".into());
                let cons =
                    s.findings.iter().any(|g| g.check == f.check && g.status == Status::Consistent);
                let later_sent = s.findings.iter().any(|g| g.check == f.check && g.span != f.span);
                let _ = Label::Ok;
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    story.name, half, label, cons, later_sent, f.found
                );
            }
        }
    }
}
