//! The JSON-text API: one function per exported capability, taking only text and numbers and
//! answering compact JSON text, `{"ok":<value>}` or `{"error":{"code":"...","message":"..."}}`.
//!
//! Why text: the WebAssembly bindings (`src/wasm/`) only re-export these functions, so no JS value
//! is ever read inside WebAssembly (a throwing getter or a revoked Proxy would otherwise unwind
//! through wasm frames and leak its stack), and every call crosses the boundary once in and once
//! out. The JS wrappers (`pkg-template/lib/`) read the user's values, stringify payloads and turn
//! `error` answers into `FpgoError`s. Being plain Rust, every function here is tested natively.

pub mod builders;
pub mod callbacks;
pub mod client;
pub mod totals;
pub mod validate;

/// Appends `s` to `out` as a JSON string literal (quotes included), escaping what JSON requires.
/// Hand-written rather than serde_json so that the small callbacks module does not carry it. Runs
/// of characters that need no escape are copied whole (most text has none).
pub fn push_json_str(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let mut run_start = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if b != b'"' && b != b'\\' && b >= 0x20 {
            continue;
        }
        out.push_str(s.get(run_start..i).unwrap_or_default());
        run_start = i + 1;
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 0xf)] as char);
            }
        }
    }
    out.push_str(s.get(run_start..).unwrap_or_default());
    out.push('"');
}

/// `{"ok":<value_json>}`: `value_json` must already be JSON text.
pub fn ok_json(value_json: &str) -> String {
    let mut out = String::with_capacity(value_json.len() + 7);
    out.push_str("{\"ok\":");
    out.push_str(value_json);
    out.push('}');
    out
}

/// `{"error":{"code":...,"message":...}}`.
pub fn error_json(code: &str, message: &str) -> String {
    let mut out = String::with_capacity(message.len() + code.len() + 32);
    out.push_str("{\"error\":{\"code\":");
    push_json_str(&mut out, code);
    out.push_str(",\"message\":");
    push_json_str(&mut out, message);
    out.push_str("}}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_json_requires() {
        let mut out = String::new();
        push_json_str(&mut out, "a\"b\\c\nd\u{1}é");
        assert_eq!(out, r#""a\"b\\c\nd\u0001é""#);
        let parsed: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(parsed, "a\"b\\c\nd\u{1}é");
    }

    #[test]
    fn envelopes_are_json() {
        assert_eq!(ok_json("[1]"), r#"{"ok":[1]}"#);
        let e: serde_json::Value = serde_json::from_str(&error_json("invalid_argument", "x \"y\"")).unwrap();
        assert_eq!(e["error"]["code"], "invalid_argument");
        assert_eq!(e["error"]["message"], "x \"y\"");
    }
}
