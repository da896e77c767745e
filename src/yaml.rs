//! The one door to YAML: every YAML text canon reads (the canon, an article's front matter) is
//! parsed here, and every YAML error leaves here with a line and column.
//!
//! Callers get their own types back (`serde::Deserialize`, with `deny_unknown_fields` where the
//! file's shape is a contract) or a [`YamlError`]; nothing outside this module names `serde_yaml`.

use serde::de::DeserializeOwned;

/// A YAML text that could not be read into the expected shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YamlError {
    /// 1-based line and column in the text that was parsed (0 when the parser gave none).
    pub line: usize,
    pub column: usize,
    /// The parser's message, without its own "at line … column …" suffix.
    pub message: String,
}

/// Parses `text` into a `T`.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_yaml::from_str(text).map_err(|error| {
        let (line, column) = error.location().map_or((0, 0), |l| (l.line(), l.column()));
        let message = error.to_string();
        let message = match message.rfind(" at line ") {
            Some(at) => message[..at].to_string(),
            None => message,
        };
        YamlError { line, column, message }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Shape {
        date: String,
    }

    #[test]
    fn errors_carry_line_and_column() {
        let error = parse::<Shape>("date: x\ndtae: y\n").unwrap_err();
        assert_eq!((error.line, error.column), (2, 1));
        assert!(error.message.starts_with("unknown field `dtae`"), "{}", error.message);
        assert!(parse::<Shape>("date: 2025-01-01\n").is_ok());
    }
}
