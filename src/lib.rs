//! canon: a fact-consistency checker for news articles.
//!
//! The data flows one way: load the canon → load an article → extract mentions → match claims →
//! findings → render. Each step is a module; `main.rs` is glue. The library never prints and never
//! panics on user input: loaders return `Result`s whose errors name the file, line and column;
//! everything after loading is total.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod article;
pub mod ascii;
pub mod canon;
pub mod check;
pub mod clock;
pub mod dictionary;
pub mod draft;
pub mod error;
pub mod evaluate;
pub mod extract;
pub mod finding;
pub mod lang;
pub mod mention;
pub mod render;
pub mod span;
pub mod structure;
pub mod token;
pub mod validate;
pub mod wordset;
pub mod yaml;
