//! JSON text in and out without serde_json's deserializer and writer: [`parse`] gives exactly
//! `serde_json::from_str::<Value>`'s result (error text included), [`to_string`] exactly
//! `serde_json::to_string`'s text. `serde_json::Value` stays the value type everywhere.
//!
//! Why: the WebAssembly exports read and write every answer through these, so the generic serde_json
//! machinery (its deserializer, visitors, error types, pretty printer) is not linked into the
//! modules (docs/performance.md, "All areas, JSON text"). Native users of the crate's `Serialize`
//! types are unaffected: the derives stay.

mod number;
mod read;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
mod write;

pub use read::{members, parse};
pub use write::{push_string, to_string};

use serde_json::Value;
use std::fmt;

/// Why a text is not JSON: serde_json's message and position (line and byte column, both from
/// 1), shown as serde_json shows its errors: `expected value at line 1 column 1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    message: String,
    line: usize,
    column: usize,
}

impl ParseError {
    /// An error whose position is byte `index` of `bytes` (serde_json's `position_of_index`).
    fn at(bytes: &[u8], index: usize, message: &str) -> ParseError {
        ParseError::at_with(bytes, index, message.to_owned())
    }

    fn at_with(bytes: &[u8], index: usize, message: String) -> ParseError {
        let before = bytes.get(..index).unwrap_or(bytes);
        let start_of_line = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line = 1 + before
            .get(..start_of_line)
            .unwrap_or_default()
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        ParseError {
            message,
            line,
            column: index - start_of_line,
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

impl std::error::Error for ParseError {}

/// How serde_json names a value of the wrong type in "invalid type: ..., expected ..." (serde's
/// `Unexpected` with serde_json's `null` and float texts).
fn unexpected(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => match n.as_f64().filter(|_| n.is_f64()) {
            Some(f) => format!("floating point `{}`", zmij::Buffer::new().format(f)),
            None => format!("integer `{n}`"),
        },
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}
