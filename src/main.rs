//! The `canon` binary: glue only. Arguments, runners and terminal IO live in [`cli`]; every
//! decision about text is made in the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}

/// Checking an article makes a few hundred short-lived allocations; mimalloc serves them in
/// fewer instructions than the system's allocator (ARCHITECTURE.md, BENCHMARKS.md). The
/// library leaves the choice to the program that uses it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
