//! Bad input at the command line: whatever is wrong with an article or a folder, `canon check`
//! says so on standard error, checks everything else, counts checked, skipped and failed
//! articles, and exits 2; its output does not depend on the thread count.

mod support;

use std::path::Path;
use std::process::{Command, Output};

fn canon_in(dir: &Path, args: &[&str]) -> Output {
    let claims = support::root().join("claims.yaml");
    Command::new(env!("CARGO_BIN_EXE_canon"))
        .arg(args[0])
        .arg("--claims")
        .arg(&claims)
        .args(&args[1..])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("CI")
        .output()
        .expect("canon runs")
}

/// A fresh folder under the target directory, named after the test.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn broken_articles_are_reported_and_the_rest_are_checked() {
    let dir = scratch("broken-articles");
    std::fs::copy(
        support::root().join("tests/articles/003_713e3813aabe39d1.txt"),
        dir.join("a-good.txt"),
    )
    .expect("copy");
    std::fs::write(dir.join("b-blank.txt"), "\n   \n").expect("write");
    std::fs::write(dir.join("c-binary.txt"), b"PK\x03\x04\x00\x00binary").expect("write");
    std::fs::write(dir.join("d-latin1.txt"), b"Kota Bogot\xe1 pada 2024").expect("write");
    std::fs::write(dir.join("e-front-matter.txt"), "---\ndate: 2025-02-30\n---\nText.\n")
        .expect("write");
    let out = canon_in(&dir, &["check", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "canon: warning: ./b-blank.txt: blank article, skipped\n\
         canon: error: ./c-binary.txt:1:5: not a text file: NUL byte at byte offset 4\n\
         canon: error: ./d-latin1.txt:1:11: invalid UTF-8 at byte offset 10\n\
         canon: error: ./e-front-matter.txt:2:7: front matter: '2025-02-30' is not a date (YYYY-MM-DD)\n"
    );
    let stdout = text(&out.stdout);
    assert!(stdout.contains("./a-good.txt:4:223: discrepant [weekday-mismatch]"), "{stdout}");
    assert!(
        stdout.ends_with("1 article checked, 1 skipped, 3 failed; 1 discrepant finding\n"),
        "{stdout}"
    );
}

#[test]
fn a_link_loop_is_reported_once_and_linked_articles_are_checked() {
    let dir = scratch("link-loop");
    std::fs::create_dir_all(dir.join("news/inner")).expect("folders");
    std::fs::copy(
        support::root().join("tests/articles/000_015d0fc2f736e994.txt"),
        dir.join("news/000.txt"),
    )
    .expect("copy");
    std::os::unix::fs::symlink("..", dir.join("news/inner/loop")).expect("link");
    std::os::unix::fs::symlink("../000.txt", dir.join("news/inner/linked.txt")).expect("link");
    let out = canon_in(&dir, &["check", "news"]);
    let stderr = text(&out.stderr);
    assert_eq!(stderr.matches("canon: error:").count(), 1, "{stderr}");
    assert!(
        stderr.contains("news: file system loop found: news/inner/loop points to an ancestor news"),
        "{stderr}"
    );
    assert!(
        text(&out.stdout)
            .ends_with("2 articles checked, 0 skipped, 1 failed; 0 discrepant findings\n")
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_json_is_byte_identical_on_one_thread_and_two_and_across_runs() {
    let root = support::root();
    let run = |threads: &str| {
        let out = canon_in(
            root,
            &[
                "check",
                "--format",
                "json",
                "--threads",
                threads,
                "tests/articles",
                "tests/stories/apollo/articles",
            ],
        );
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        out.stdout
    };
    let one = run("1");
    assert_eq!(one, run("2"));
    assert_eq!(one, run("2"));
    let jsonl = |threads: &str| {
        canon_in(root, &["check", "--format", "jsonl", "--threads", threads]).stdout
    };
    assert_eq!(jsonl("1"), jsonl("2"));
}

#[test]
fn a_folder_of_many_files_is_walked_in_name_order() {
    let dir = scratch("many-files");
    let count = 3_000;
    for n in 0..count {
        let sub = dir.join(format!("{:02}", n % 30));
        std::fs::create_dir_all(&sub).expect("folder");
        std::fs::write(sub.join(format!("{n:05}.txt")), format!("Berita nomor {n}.\n"))
            .expect("write");
    }
    let out = canon_in(&dir, &["check", "--format", "jsonl", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let paths: Vec<&str> = stdout.lines().map(|l| l.split('"').nth(3).expect("path")).collect();
    assert_eq!(paths.len(), count);
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

#[test]
fn positions_are_right_on_an_article_of_one_long_line() {
    let dir = scratch("one-long-line");
    let seed =
        std::fs::read_to_string(support::root().join("tests/articles/003_713e3813aabe39d1.txt"))
            .expect("seed")
            .replace('\n', " ");
    let text = seed.repeat(300);
    std::fs::write(dir.join("long.txt"), &text).expect("write");
    let out = canon_in(&dir, &["check", "--format", "jsonl", "long.txt"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON line");
    let findings = doc["findings"].as_array().expect("findings");
    let mismatches: Vec<&serde_json::Value> =
        findings.iter().filter(|f| f["check"] == "weekday-mismatch").collect();
    assert_eq!(mismatches.len(), 300, "one 'Senin (29/4/2025)' per copy");
    // The column of each excerpt, counted in characters by hand, is the one reported.
    let mut expected = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find("Senin (29/4/2025)") {
        expected.push(text[..from + at].chars().count() + 1);
        from += at + 1;
    }
    let reported: Vec<usize> =
        mismatches.iter().map(|f| f["column"].as_u64().expect("column") as usize).collect();
    assert_eq!(reported, expected);
    assert!(findings.iter().all(|f| f["line"] == 1));
}

#[test]
fn an_article_that_cannot_be_read_is_reported_and_counted() {
    use std::os::unix::fs::PermissionsExt;
    // Root reads any file, whatever its mode: the check then runs as `nobody`, through
    // util-linux's setpriv, from a folder everyone can enter (the checkout may be in root's
    // home, which nobody else can).
    let dir = std::env::temp_dir().join(format!("canon-permission-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("folder");
    let binary = dir.join("canon");
    std::fs::copy(env!("CARGO_BIN_EXE_canon"), &binary).expect("copy the binary");
    std::fs::copy(support::root().join("claims.yaml"), dir.join("claims.yaml"))
        .expect("copy the canon");
    std::fs::copy(
        support::root().join("tests/articles/000_015d0fc2f736e994.txt"),
        dir.join("a.txt"),
    )
    .expect("copy");
    std::fs::write(dir.join("b-locked.txt"), "Menurut Seoul, sekitar 600 tentara tewas.\n")
        .expect("write");
    for (path, mode) in [
        (&dir, 0o755),
        (&binary, 0o755),
        (&dir.join("claims.yaml"), 0o644),
        (&dir.join("a.txt"), 0o644),
    ] {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
    }
    std::fs::set_permissions(dir.join("b-locked.txt"), std::fs::Permissions::from_mode(0o000))
        .expect("chmod");
    let uid = Command::new("id").arg("-u").output().expect("id runs");
    let mut command = if text(&uid.stdout).trim() == "0" {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(&binary);
        c
    } else {
        Command::new(&binary)
    };
    let out = command
        .args(["check", "a.txt", "b-locked.txt"])
        .current_dir(&dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("canon runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(text(&out.stderr), "canon: error: b-locked.txt: cannot read: permission denied\n");
    assert!(
        text(&out.stdout)
            .ends_with("1 article checked, 0 skipped, 1 failed; 0 discrepant findings\n")
    );
    assert_eq!(out.status.code(), Some(2));
}
