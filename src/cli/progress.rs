//! A progress bar on standard error while many articles are checked at a terminal. None in CI
//! (`CI` set to anything but `false`, `0` or nothing) or when standard error is not a terminal,
//! so logs and pipes never see it. Hand-written: one line, redrawn in place.

use std::io::{self, IsTerminal, Write};

/// From how many articles on a bar is worth drawing.
const MANY: usize = 10;
const WIDTH: usize = 30;

pub struct Progress {
    total: usize,
    done: usize,
    shown: bool,
}

impl Progress {
    pub fn new(total: usize) -> Progress {
        let ci = std::env::var("CI").is_ok_and(|v| !matches!(v.as_str(), "" | "0" | "false"));
        Progress { total, done: 0, shown: total >= MANY && !ci && io::stderr().is_terminal() }
    }

    /// One more article is about to be checked.
    pub fn tick(&mut self, name: &str) {
        if self.shown {
            let line = bar(self.done, self.total, WIDTH, name);
            eprint!("\r\x1b[2K{line}");
            let _ = io::stderr().flush();
        }
        self.done += 1;
    }

    /// Clears the bar before output to standard output, when that shares the terminal with it;
    /// output to a file or a pipe leaves the bar standing.
    pub fn before_output(&self) {
        if io::stdout().is_terminal() {
            self.clear();
        }
    }

    /// Clears the bar, before a message on standard error or at the end.
    pub fn clear(&self) {
        if self.shown {
            eprint!("\r\x1b[2K");
            let _ = io::stderr().flush();
        }
    }
}

/// `[=========>          ] 12/40 name`.
pub fn bar(done: usize, total: usize, width: usize, name: &str) -> String {
    let filled = (done * width).checked_div(total).unwrap_or(width).min(width);
    let head = if filled < width { ">" } else { "" };
    let rest = width - filled - head.len();
    format!("[{}{head}{}] {done}/{total} {name}", "=".repeat(filled), " ".repeat(rest))
}

#[cfg(test)]
mod tests {
    use super::bar;

    #[test]
    fn the_bar_fills_as_articles_are_done() {
        assert_eq!(bar(0, 4, 8, "a.txt"), "[>       ] 0/4 a.txt");
        assert_eq!(bar(2, 4, 8, "b.txt"), "[====>   ] 2/4 b.txt");
        assert_eq!(bar(4, 4, 8, ""), "[========] 4/4 ");
        assert_eq!(bar(0, 0, 4, ""), "[====] 0/0 ");
    }
}
