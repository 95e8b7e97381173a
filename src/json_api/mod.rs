//! The JSON-text API: one function per exported capability, taking only text and numbers and
//! answering compact JSON text, `{"ok":<value>}` or `{"error":{"code":"...","message":"..."}}`.
//!
//! Why text: the WebAssembly bindings (`src/wasm/`) only re-export these functions, so no JS value
//! is ever read inside WebAssembly (a throwing getter or a revoked Proxy would otherwise unwind
//! through wasm frames and leak its stack), and every call crosses the boundary once in and once
//! out. The JS wrappers (`pkg-template/lib/`) read the user's values, stringify payloads and turn
//! `error` answers into `FpgoError`s. Being plain Rust, every function here is tested natively.

use serde::Serialize;

pub mod builders;
pub mod callbacks;
pub mod client;
pub mod totals;
pub mod validate;

/// Appends `{"field":[{"rule":"Required","message":"..."}],...}`, in the order given: the shape of
/// `validate()`'s errors and warnings and of the client's field errors. `issues` yields each
/// field's (rule, message) pairs.
pub(crate) fn push_issue_lists<'a, F, I>(out: &mut String, fields: F)
where
    F: Iterator<Item = (&'a str, I)>,
    I: Iterator<Item = (&'a str, &'a str)>,
{
    out.push('{');
    for (i, (field, issues)) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_json_str(out, field);
        out.push_str(":[");
        for (j, (rule, message)) in issues.enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str("{\"rule\":");
            push_json_str(out, rule);
            out.push_str(",\"message\":");
            push_json_str(out, message);
            out.push('}');
        }
        out.push(']');
    }
    out.push('}');
}

/// Appends `s` to `out` as a JSON string literal (quotes included), with serde_json's escapes:
/// `crate::json::push_string`, the one string writer of every answer. Runs of characters that
/// need no escape are copied whole (most text has none).
pub fn push_json_str(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    crate::json::push_string(out, s);
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
    error_json_with(code, message, "")
}

/// `{"error":{"code":...,"message":...<extra>}}`: `extra` is JSON members already written, each
/// with its leading comma (`,"line":0,"field":"rate"`; see [`push_member`]). One writer for every
/// error answer: the core errors' answers are written here directly, key for key as their
/// `Serialize` forms, instead of through a JSON value (which inlined a writer, a reader and a
/// map into each export).
#[inline(never)]
pub(crate) fn error_json_with(code: &str, message: &str, extra: &str) -> String {
    let mut out = String::with_capacity(message.len() + code.len() + extra.len() + 32);
    out.push_str("{\"error\":{\"code\":");
    push_json_str(&mut out, code);
    out.push_str(",\"message\":");
    push_json_str(&mut out, message);
    out.push_str(extra);
    out.push_str("}}");
    out
}

/// Appends `,"<key>":<value as a JSON string>`.
#[inline(never)]
pub(crate) fn push_member(out: &mut String, key: &str, value: &str) {
    out.push_str(",\"");
    out.push_str(key);
    out.push_str("\":");
    push_json_str(out, value);
}

/// Appends `{"field":[{"rule":..,"message":..}],...}` of an issue map (the form `validate()`'s
/// `errors` and `warnings` take).
#[inline(never)]
pub(crate) fn push_issue_map(out: &mut String, issues: &crate::validate::IssueMap) {
    push_issue_lists(
        out,
        issues.iter().map(|(field, list)| {
            let pairs = list.iter().map(|i| (i.rule.as_str(), i.message.as_str()));
            (field.as_str(), pairs)
        }),
    );
}

/// Appends `{"field":["rule",...],...}`: the `serverOnly` map of a report or a built body.
#[inline(never)]
pub(crate) fn push_server_only(
    out: &mut String,
    server_only: &std::collections::BTreeMap<String, Vec<String>>,
) {
    out.push('{');
    for (i, (field, rules)) in server_only.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_json_str(out, field);
        out.push_str(":[");
        for (j, rule) in rules.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            push_json_str(out, rule);
        }
        out.push(']');
    }
    out.push('}');
}

/// Largest payload JSON text accepted, in bytes of UTF-8: the live server runs behind nginx, whose
/// default `client_max_body_size` is 1 MB, so a larger body could never reach it. The JS wrappers
/// check the same limit before copying the text into WebAssembly.
pub const MAX_PAYLOAD_BYTES: usize = 1_048_576;

/// `payload_too_large` when `text` is over [`MAX_PAYLOAD_BYTES`].
pub fn check_payload_size(what: &str, text: &str) -> Result<(), String> {
    if text.len() > MAX_PAYLOAD_BYTES {
        // Written by hand: no `core::fmt` in the WebAssembly modules for this one message.
        let mut message = String::from(what);
        message.push_str(" is ");
        crate::text::push_u64(&mut message, text.len() as u64);
        message.push_str(" bytes of JSON; the limit is ");
        crate::text::push_u64(&mut message, MAX_PAYLOAD_BYTES as u64);
        message.push_str(" (the server's 1 MB body limit)");
        return Err(error_json("payload_too_large", &message));
    }
    Ok(())
}

/// `{"ok":<value as JSON>}`; a value serde cannot write (never expected) is an `internal` error.
pub fn ok_value<T: Serialize + ?Sized>(value: &T) -> String {
    match crate::json::to_string(value) {
        Ok(json) => ok_json(&json),
        Err(e) => error_json(
            "internal",
            &crate::text::concat(&["could not write the result as JSON: ", &e.0]),
        ),
    }
}

/// Appends `value` as JSON text (serde_json's text, by the crate's writer); `Err` is the
/// `internal` answer [`ok_value`] gives when the writer refuses a value (never for parsed JSON).
#[inline(never)]
pub(crate) fn push_value(out: &mut String, value: &serde_json::Value) -> Result<(), String> {
    match crate::json::to_string(value) {
        Ok(json) => {
            out.push_str(&json);
            Ok(())
        }
        Err(e) => Err(error_json(
            "internal",
            &crate::text::concat(&["could not write the result as JSON: ", &e.0]),
        )),
    }
}

/// `{"ok":<issue map>}` (see [`push_issue_map`]).
pub(crate) fn ok_issue_map(issues: &crate::validate::IssueMap) -> String {
    let mut out = String::from("{\"ok\":");
    push_issue_map(&mut out, issues);
    out.push('}');
    out
}

/// `{"error":{...}}` from an error whose JSON form is an object with `code` (and maybe `message`
/// and more fields, e.g. `line`, `field`, `errors`): every field is kept, and `message` is
/// `message()` (the error's message, e.g. `BuildError::message`, its `Display` text) when the
/// form has none. Taking the message as a function rather than calling `Display` keeps
/// `core::fmt` out of the WebAssembly modules.
pub fn error_value<E: Serialize + ?Sized>(e: &E, message: impl Fn() -> String) -> String {
    error_fields(value_of(e), message)
}

/// [`error_value`] of the error's JSON form; `display` gives the message when the form has none
/// (a `Value`'s own `Display` is not used: it would link serde_json's writer).
pub(crate) fn error_fields(
    form: Option<serde_json::Value>,
    display: impl Fn() -> String,
) -> String {
    let mut fields = match form {
        Some(serde_json::Value::Object(fields)) => fields,
        _ => return error_json("internal", &display()),
    };
    if !fields.contains_key("code") {
        fields.insert("code".into(), "internal".into());
    }
    if !fields.contains_key("message") {
        fields.insert("message".into(), display().into());
    }
    match crate::json::to_string(&fields) {
        Ok(json) => crate::text::concat(&["{\"error\":", &json, "}"]),
        Err(_) => error_json("internal", &display()),
    }
}

/// `serde_json::to_value(value).ok()`, through JSON text: the crate's own writer and reader, so
/// that serde_json's value serializer is not linked into the WebAssembly modules. For errors,
/// whose fields are text and integers (both read back exactly; a float might not be, since the
/// reader rounds as serde_json's does).
pub(crate) fn value_of<T: Serialize + ?Sized>(value: &T) -> Option<serde_json::Value> {
    crate::json::parse(&crate::json::to_string(value).ok()?).ok()
}

/// Parses one JSON text argument; `what` names it in the `invalid_payload` error.
pub fn parse_json(what: &str, text: &str) -> Result<serde_json::Value, String> {
    check_payload_size(what, text)?;
    crate::json::parse(text).map_err(|e| error_json("invalid_payload", &not_json(what, &e)))
}

/// `<what> is not JSON: <the parse error>`, the message of `invalid_payload` for text that is not
/// JSON (written without `core::fmt`).
pub(crate) fn not_json(what: &str, e: &crate::json::ParseError) -> String {
    crate::text::concat(&[what, " is not JSON: ", &e.message()])
}

/// Parses an options object given as JSON text (`""` means no options); anything but an object
/// is `invalid_argument`.
pub fn parse_options(text: &str) -> Result<serde_json::Map<String, serde_json::Value>, String> {
    if text.trim().is_empty() {
        return Ok(serde_json::Map::new());
    }
    match crate::json::parse(text) {
        Ok(serde_json::Value::Object(map)) => Ok(map),
        Ok(serde_json::Value::Null) => Ok(serde_json::Map::new()),
        _ => Err(error_json("invalid_argument", "options must be an object")),
    }
}

/// Turns `Result<String, String>` (both already envelopes) into the answer text.
pub fn answer(result: Result<String, String>) -> String {
    result.unwrap_or_else(|e| e)
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
        let e: serde_json::Value =
            serde_json::from_str(&error_json("invalid_argument", "x \"y\"")).unwrap();
        assert_eq!(e["error"]["code"], "invalid_argument");
        assert_eq!(e["error"]["message"], "x \"y\"");
    }

    #[test]
    fn payloads_over_the_limit_are_refused_before_parsing() {
        let big = format!("\"{}\"", "a".repeat(MAX_PAYLOAD_BYTES));
        let e = parse_json("payload", &big).unwrap_err();
        assert!(e.contains("\"payload_too_large\""), "{e}");
        let at_limit = format!("\"{}\"", "a".repeat(MAX_PAYLOAD_BYTES - 2));
        assert!(parse_json("payload", &at_limit).is_ok());
        assert!(parse_json("payload", "{")
            .unwrap_err()
            .contains("invalid_payload"));
    }

    #[test]
    fn options_must_be_an_object() {
        assert!(parse_options("").unwrap().is_empty());
        assert!(parse_options("null").unwrap().is_empty());
        assert!(parse_options("[1]")
            .unwrap_err()
            .contains("invalid_argument"));
        assert_eq!(parse_options(r#"{"a":1}"#).unwrap()["a"], 1);
    }
}
