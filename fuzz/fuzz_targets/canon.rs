//! Any bytes as a canon file: it loads, or it fails with errors that each name a line inside
//! the file. Nothing may panic.
#![no_main]

use canon::canon::Canon;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Canon::parse("claims.yaml", text) {
        Ok(canon) => {
            let _ = canon.claims.len();
        }
        Err(errors) => {
            assert!(!errors.is_empty(), "a failed load lists at least one problem");
            let lines = text.lines().count().max(1);
            for error in &errors {
                assert!(error.line <= lines + 1, "{error} is past the end ({lines} lines)");
            }
        }
    }
});
