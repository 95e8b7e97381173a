//! The JSON-text API of callbacks (see the module docs of `json_api`): `verifyCallback`,
//! `signCallback` and `parseTerminalCallback` as text in, compact JSON text out. No serde and no
//! `core::fmt` here: this is all the `fpgo/callbacks` .wasm carries besides the core and SHA-256.
//!
//! Limits the JS wrapper applies before copying anything into WebAssembly (and this side applies
//! again): a URL longer than [`MAX_URL_BYTES`] UTF-16 units is answered at once with
//! `{"valid":false,"error":{"code":"malformed_query","message":"the URL is longer than 18432 bytes"}}`
//! (see [`url_too_long_answer`]).

use super::{error_json, push_json_str};
use crate::callbacks::json_text::{flat_object, string_array, string_pairs, Scalar};
use crate::callbacks::{
    self, CallbackError, ErrorCode, Expect, TerminalCallback, Verified, VerifyOptions, DEFAULT_TOLERANCE_SECONDS,
};

pub use crate::callbacks::MAX_URL_BYTES;

/// Verifies a callback. `secrets_json` is a JSON array of strings (one secret, or several during key
/// rotation); `options_json` is `""` or a JSON object with any of `toleranceSeconds` (a whole number
/// of seconds, 0 turns the freshness check off), `now` (Unix seconds; the JS wrapper converts a
/// `Date`) and `expect` (`"order"`, the default, or `"companyCheck"`); `clock_now_seconds` is the JS
/// clock, used when `now` is absent.
///
/// Answers `{"valid":true,"params":{"kind":...,<typed fields>,"raw":{...}}}` or
/// `{"valid":false,"error":{"code":...,"message":...[,"field":...]}}`; never a secret in a message.
pub fn verify_callback(url: &str, secrets_json: &str, options_json: &str, clock_now_seconds: f64) -> String {
    match verify_inputs(secrets_json, options_json, clock_now_seconds)
        .and_then(|(secrets, options)| callbacks::verify_borrowed(url, &secrets, &options))
    {
        Ok(verified) => valid_answer(&verified),
        Err(error) => invalid_answer(&error),
    }
}

/// The answer for a URL of more than [`MAX_URL_BYTES`] (the JS wrapper gives it without a call).
pub fn url_too_long_answer() -> String {
    invalid_answer(&CallbackError::new(ErrorCode::MalformedQuery, "the URL is longer than 18432 bytes"))
}

/// Signs `[key, value]` pairs (`pairs_json`, a JSON array of two-string arrays) as FPGO does:
/// `{"ok":"k=v&...&checksum=<hex>"}`, or `{"error":{"code":...,"message":...}}`.
pub fn sign_callback(pairs_json: &str, secret: &str) -> String {
    let Some(pairs) = string_pairs(pairs_json) else {
        return error_json("invalid_argument", "params must be [key, value] pairs of strings, or an object of strings and numbers");
    };
    match callbacks::sign(&pairs, secret) {
        Ok(query) => {
            let mut out = String::with_capacity(query.len() + 9);
            out.push_str("{\"ok\":");
            push_json_str(&mut out, &query);
            out.push('}');
            out
        }
        Err(e) => error_json(e.code.as_str(), &e.message),
    }
}

/// Parses a terminal-order callback (unsigned: `authenticated` is always `false`):
/// `{"ok":{"authenticated":false,"orderUuid":...,"status"?,"type"?,...,"raw":{...}}}` or an error.
pub fn parse_terminal_callback(url: &str) -> String {
    match callbacks::parse_terminal(url) {
        Ok(terminal) => terminal_answer(&terminal),
        Err(e) => error_json(e.code.as_str(), &e.message),
    }
}

fn verify_inputs(secrets_json: &str, options_json: &str, clock_now_seconds: f64) -> Result<(Vec<String>, VerifyOptions), CallbackError> {
    let secrets = string_array(secrets_json)
        .ok_or_else(|| CallbackError::new(ErrorCode::InvalidArgument, "the secret must be a string or an array of strings"))?;
    Ok((secrets, verify_options(options_json, clock_now_seconds)?))
}

/// The options object; a bad option is always `invalid_argument`.
fn verify_options(options_json: &str, clock_now_seconds: f64) -> Result<VerifyOptions, CallbackError> {
    let invalid = |m: &str| CallbackError::new(ErrorCode::InvalidArgument, m);
    let mut options = VerifyOptions::at(whole_seconds(clock_now_seconds).unwrap_or(0));
    options.tolerance_seconds = DEFAULT_TOLERANCE_SECONDS;
    if options_json.is_empty() {
        return Ok(options);
    }
    let fields = flat_object(options_json).ok_or_else(|| invalid("options must be an object"))?;
    for (name, value) in fields {
        match (name.as_str(), value) {
            ("toleranceSeconds", Scalar::Number(n)) if n.bytes().all(|b| b.is_ascii_digit()) && n.len() <= 18 => {
                options.tolerance_seconds = n.bytes().fold(0u64, |t, d| t * 10 + u64::from(d - b'0'));
            }
            ("toleranceSeconds", _) => return Err(invalid("toleranceSeconds must be a whole number of seconds, 0 or more")),
            ("now", Scalar::Number(n)) => options.now = json_seconds(n).ok_or_else(|| invalid("now must be a Date or Unix seconds"))?,
            ("now", _) => return Err(invalid("now must be a Date or Unix seconds")),
            ("expect", Scalar::Str(kind)) if Expect::parse(&kind).is_some() => {
                options.expect = Expect::parse(&kind).unwrap_or_default();
            }
            ("expect", _) => return Err(invalid("expect must be \"order\" or \"companyCheck\"")),
            (other, _) => {
                let mut message = String::from("unknown option ");
                callbacks::push_quoted_name(&mut message, other);
                message.push_str(" (toleranceSeconds, now, expect)");
                return Err(invalid(&message));
            }
        }
    }
    Ok(options)
}

/// A JS number of seconds, floored, when finite and within ±2^53 (exact in a JS number).
fn whole_seconds(seconds: f64) -> Option<i64> {
    const LIMIT: f64 = 9_007_199_254_740_992.0;
    (seconds.is_finite() && seconds.abs() <= LIMIT).then(|| seconds.floor() as i64)
}

/// JSON number text of seconds (`-12`, `1755764131.25`), floored, without float parsing; exponent
/// forms (JSON.stringify writes them only beyond 1e21) and more than 16 integer digits are refused.
fn json_seconds(text: &str) -> Option<i64> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = rest.split_once('.').unwrap_or((rest, ""));
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 16 || !digits_only(whole) || !digits_only(fraction) {
        return None;
    }
    let magnitude = whole.bytes().fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    let has_fraction = fraction.bytes().any(|b| b != b'0');
    Some(match (negative, has_fraction) {
        (false, _) => magnitude,
        (true, false) => -magnitude,
        (true, true) => -magnitude - 1,
    })
}

fn invalid_answer(error: &CallbackError) -> String {
    let mut out = String::with_capacity(error.message.len() + 64);
    out.push_str("{\"valid\":false,\"error\":{\"code\":\"");
    out.push_str(error.code.as_str());
    out.push_str("\",\"message\":");
    push_json_str(&mut out, &error.message);
    if let Some(field) = &error.field {
        out.push_str(",\"field\":");
        push_json_str(&mut out, field);
    }
    out.push_str("}}");
    out
}

/// `{"valid":true,"params":{...}}`: the kind, the typed fields (strings, and numbers written from
/// their already-checked digits), then `raw`.
fn valid_answer(verified: &Verified<'_>) -> String {
    let mut out = String::with_capacity(512);
    out.push_str("{\"valid\":true,\"params\":{\"kind\":\"");
    out.push_str(verified.expect.as_str());
    out.push('"');
    for field in verified.expect.fields() {
        let Some(value) = verified.get(field.name) else { continue };
        out.push_str(",\"");
        out.push_str(field.name);
        out.push_str("\":");
        match field.name {
            // Checked forms: digits (a plain decimal / Unix seconds) are valid JSON numbers as sent.
            "createdAt" | "timestamp" | "score" => out.push_str(value),
            "status" => push_json_str(&mut out, callbacks::canonical_status(value).unwrap_or(value)),
            _ => push_json_str(&mut out, value),
        }
    }
    out.push_str(",\"raw\":");
    push_raw(&mut out, verified.entries.iter().map(|e| (&*e.key, e.concat_str())));
    out.push_str("}}");
    out
}

fn terminal_answer(t: &TerminalCallback) -> String {
    let mut out = String::with_capacity(256);
    out.push_str("{\"ok\":{\"authenticated\":false,\"orderUuid\":");
    push_json_str(&mut out, &t.order_uuid);
    let typed = [
        ("status", &t.status),
        ("type", &t.kind),
        ("baseAmount", &t.base_amount),
        ("vatAmount", &t.vat_amount),
        ("totalAmount", &t.total_amount),
        ("currency", &t.currency),
    ];
    for (name, value) in typed {
        if let Some(value) = value {
            out.push_str(",\"");
            out.push_str(name);
            out.push_str("\":");
            push_json_str(&mut out, value);
        }
    }
    out.push_str(",\"raw\":");
    push_raw(&mut out, t.raw.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    out.push_str("}}");
    out
}

fn push_raw<'a>(out: &mut String, pairs: impl Iterator<Item = (&'a str, &'a str)>) {
    out.push('{');
    for (i, (key, value)) in pairs.enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_json_str(out, key);
        out.push(':');
        push_json_str(out, value);
    }
    out.push('}');
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
}
