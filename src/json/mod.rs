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

use crate::text;
use serde_json::{Number, Value};
use std::fmt;

/// A JSON number's text, as `n.to_string()` (serde_json's `Display`) writes it, without
/// `core::fmt`: integers digit by digit, floats through the crate's JSON writer (both shortest
/// round-trip digits from the same source as serde_json's).
pub(crate) fn number_text(n: &Number) -> String {
    let mut out = String::new();
    if let Some(u) = n.as_u64() {
        text::push_u64(&mut out, u);
    } else if let Some(i) = n.as_i64() {
        if i < 0 {
            out.push('-');
        }
        text::push_u64(&mut out, i.unsigned_abs());
    } else if let Some(f) = n.as_f64() {
        write::push_f64(&mut out, f);
    }
    out
}

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

impl ParseError {
    /// The error as serde_json shows it (its `Display` text), written without `core::fmt`.
    pub fn message(&self) -> String {
        let mut out = String::with_capacity(self.message.len() + 32);
        out.push_str(&self.message);
        out.push_str(" at line ");
        crate::text::push_u64(&mut out, self.line as u64);
        out.push_str(" column ");
        crate::text::push_u64(&mut out, self.column as u64);
        out
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ParseError {}

/// How serde_json names a value of the wrong type in "invalid type: ..., expected ..." (serde's
/// `Unexpected` with serde_json's `null` and float texts).
/// Written by hand (no `core::fmt`); a string is shown as Rust's `Debug` shows it, as serde does,
/// but no caller passes one (a string is never an invalid type where one is read).
fn unexpected(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => text::concat(&["boolean `", if *b { "true" } else { "false" }, "`"]),
        Value::Number(n) => match n.as_f64().filter(|_| n.is_f64()) {
            Some(f) => text::concat(&["floating point `", zmij::Buffer::new().format(f), "`"]),
            None => text::concat(&["integer `", &number_text(n), "`"]),
        },
        #[cfg(not(target_arch = "wasm32"))]
        Value::String(s) => format!("string {s:?}"),
        // Never reached (see above); the WebAssembly modules leave out `Debug`'s escape tables.
        #[cfg(target_arch = "wasm32")]
        Value::String(_) => "string".into(),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}
