//! The `canon` binary: glue only. Arguments, runners and terminal IO live in [`cli`]; every
//! decision about text is made in the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
