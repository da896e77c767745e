//! The error every loader returns: what went wrong, where (file, line, column) and, in the
//! canon, for which claim.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The file, as the user named it.
    pub path: String,
    /// 1-based line and column; 0 when the problem belongs to the whole file.
    pub line: usize,
    pub column: usize,
    /// The id of the claim the problem is in, where there is one.
    pub claim: Option<String>,
    /// Short, lower case, quoting the input.
    pub message: String,
}

impl Error {
    pub fn new(path: &str, line: usize, column: usize, message: impl Into<String>) -> Error {
        Error { path: path.to_string(), line, column, claim: None, message: message.into() }
    }

    /// An error about a whole file (it cannot be read, say).
    pub fn file(path: &str, message: impl Into<String>) -> Error {
        Error::new(path, 0, 0, message)
    }

    pub fn in_claim(mut self, id: &str) -> Error {
        self.claim = Some(id.to_string());
        self
    }
}

impl fmt::Display for Error {
    /// `claims.yaml:12:5: claim 'nis-killed': unknown key 'valeu'`, as compilers write it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        if let Some(claim) = &self.claim {
            write!(f, ": claim '{claim}'")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for Error {}
