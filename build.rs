//! Rebuilds the tests when an article, a story or a CLI case is added, removed or edited, so that rstest's `#[files]`
//! sees the new list in incremental builds too.
fn main() {
    println!("cargo::rerun-if-changed=tests/articles");
    println!("cargo::rerun-if-changed=tests/stories");
    println!("cargo::rerun-if-changed=tests/cli");
    println!("cargo::rerun-if-changed=build.rs");
}
