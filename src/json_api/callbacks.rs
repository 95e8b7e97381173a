//! The JSON-text API of callbacks (see the module docs of `json_api`): `verifyCallback`,
//! `signCallback` and `parseTerminalCallback` as text in, compact JSON text out. No serde and no
//! `core::fmt` here: this is all the `fpgo/callbacks` .wasm carries besides the core and SHA-256.
//!
//! Limits the JS wrapper applies before copying anything into WebAssembly (and this side applies
//! again): a URL longer than [`MAX_URL_BYTES`] UTF-16 units is answered at once with
//! `{"valid":false,"error":{"code":"malformed_query","message":"the URL is longer than 18432 bytes"}}`
//! (see [`url_too_long_answer`]).

use super::{error_json, ok_json, push_json_str};
use crate::callbacks::json_text::{flat_object, string_array, string_pairs, Scalar};
use crate::callbacks::{
    self, CallbackError, Entry, ErrorCode, Expect, Verified, VerifyOptions,
    DEFAULT_TOLERANCE_SECONDS,
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
pub fn verify_callback(
    url: &str,
    secrets_json: &str,
    options_json: &str,
    clock_now_seconds: f64,
) -> String {
    match verify_inputs(secrets_json, options_json, clock_now_seconds)
        .and_then(|(secrets, options)| callbacks::verify_borrowed(url, &secrets, &options))
    {
        Ok(verified) => valid_answer(&verified),
        Err(error) => invalid_answer(&error),
    }
}

/// The fast path the JS wrapper calls: [`verify_callback`] with plain arguments and a compact answer.
///
/// Arguments, all already type-checked by the wrapper (and checked again here): `secrets` are the
/// secrets joined by NUL characters. Here a NUL always separates two secrets, so a secret that
/// holds one cannot be passed: the JS wrapper refuses it with `invalid_argument` before joining,
/// and a Rust caller with such a secret calls [`verify_callback`] (one secret per list item); an
/// empty piece (`"a\0"`) is `missing_secret`, never a secret that anyone could sign with.
/// `tolerance_seconds` is the option, or NaN when absent (the default, 300); `now_seconds` is
/// `options.now` (a `Date` as its milliseconds / 1000) or else the JS clock, floored here;
/// `company_check` is `expect === "companyCheck"`.
///
/// For every rejection (and for a valid callback with a NUL character in a value) the answer is
/// the `{"ok": <the JSON answer's object>}` envelope of every JSON-text export. Otherwise it is
/// the compact answer itself, bare (not in an envelope, so JS reads it without `JSON.parse`; it
/// starts with `o` or `c`, never with the `{` of JSON text), which JS decodes about five times
/// faster than `JSON.parse` decodes the JSON answer (Node 20: 1 µs against 5 µs, as much as the
/// whole verification): `K[status] (\0 C value)*` where `K` is `o` (an order, followed by the
/// canonical status) or `c` (a company check), then every raw pair in received order, its key as
/// one character `C` = `a` + its index in [`COMPACT_KEYS`]. The typed fields are the raw values
/// (the status the canonical one; `createdAt`, `timestamp` and `score` as numbers) in the order of
/// the JSON answer. `pkg-template/lib/callbacks.js` decodes it with constant key names (no per-call
/// string internalisation, which is what JSON.parse spends its time on).
pub fn verify_callback_compact(
    url: &str,
    secrets: &str,
    tolerance_seconds: f64,
    now_seconds: f64,
    company_check: bool,
) -> String {
    let result = compact_options(tolerance_seconds, now_seconds, company_check)
        .map_err(|message| CallbackError::new(ErrorCode::InvalidArgument, message))
        .and_then(|options| {
            // One call of the verifier over a list: none, the one secret (the common case, no
            // list built), or the pieces.
            let several;
            let list: &[&str] = match secrets {
                "" => &[],
                one if !one.bytes().any(|b| b == 0) => std::slice::from_ref(&secrets),
                _ => {
                    several = nul_pieces(secrets);
                    &several
                }
            };
            callbacks::verify_borrowed(url, list, &options)
        });
    let answer = match result {
        Ok(verified)
            if !verified
                .entries
                .iter()
                .any(|e| e.concat_str().contains('\0')) =>
        {
            // Bare, with no envelope: it starts with `o` or `c`, never the `{` of JSON text.
            return compact_answer(&verified);
        }
        Ok(verified) => valid_answer(&verified),
        Err(error) => invalid_answer(&error),
    };
    ok_json(&answer)
}

/// The options of [`verify_callback_compact`] from its plain arguments, or the message of the
/// first bad one (`invalid_argument`).
fn compact_options(
    tolerance_seconds: f64,
    now_seconds: f64,
    company_check: bool,
) -> Result<VerifyOptions, &'static str> {
    let tolerance_seconds = match tolerance_seconds {
        t if t.is_nan() => DEFAULT_TOLERANCE_SECONDS,
        t if t.is_finite() && t >= 0.0 && t.fract() == 0.0 && t <= 9_007_199_254_740_992.0 => {
            t as u64
        }
        _ => return Err("toleranceSeconds must be a whole number of seconds, 0 or more"),
    };
    Ok(VerifyOptions {
        tolerance_seconds,
        now: whole_seconds(now_seconds).ok_or("now must be a Date or Unix seconds")?,
        expect: if company_check {
            Expect::CompanyCheck
        } else {
            Expect::Order
        },
    })
}

/// The pieces of a NUL-joined text of several secrets, cut by bytes (no `str` char-pattern
/// splitter in the .wasm).
fn nul_pieces(joined: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = Some(joined);
    while let Some(text) = rest {
        // NUL is ASCII: both cuts are on character boundaries.
        let nul = text.bytes().position(|b| b == 0);
        pieces.push(nul.and_then(|nul| text.get(..nul)).unwrap_or(text));
        rest = nul.and_then(|nul| text.get(nul + 1..));
    }
    pieces
}

/// The answer for a URL of more than [`MAX_URL_BYTES`] (the JS wrapper gives it without a call).
pub fn url_too_long_answer() -> String {
    invalid_answer(&CallbackError::new(
        ErrorCode::MalformedQuery,
        "the URL is longer than 18432 bytes",
    ))
}

/// Signs `[key, value]` pairs (`pairs_json`, a JSON array of two-string arrays) as FPGO does:
/// `{"ok":"k=v&...&checksum=<hex>"}`, or `{"error":{"code":...,"message":...}}`.
pub fn sign_callback(pairs_json: &str, secret: &str) -> String {
    let Some(pairs) = string_pairs(pairs_json) else {
        return error_json(
            "invalid_argument",
            "params must be [key, value] pairs of strings, or an object of strings and numbers",
        );
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
    match callbacks::terminal_entries(url) {
        Ok(entries) => terminal_answer(&entries),
        Err(e) => error_json(e.code.as_str(), &e.message),
    }
}

fn verify_inputs(
    secrets_json: &str,
    options_json: &str,
    clock_now_seconds: f64,
) -> Result<(Vec<String>, VerifyOptions), CallbackError> {
    let secrets = string_array(secrets_json).ok_or_else(|| {
        CallbackError::new(
            ErrorCode::InvalidArgument,
            "the secret must be a string or an array of strings",
        )
    })?;
    Ok((secrets, verify_options(options_json, clock_now_seconds)?))
}

/// The options object; a bad option is always `invalid_argument`.
fn verify_options(
    options_json: &str,
    clock_now_seconds: f64,
) -> Result<VerifyOptions, CallbackError> {
    let invalid = |m: &str| CallbackError::new(ErrorCode::InvalidArgument, m);
    let mut options = VerifyOptions::at(whole_seconds(clock_now_seconds).unwrap_or(0));
    options.tolerance_seconds = DEFAULT_TOLERANCE_SECONDS;
    if options_json.is_empty() {
        return Ok(options);
    }
    let fields = flat_object(options_json).ok_or_else(|| invalid("options must be an object"))?;
    for (name, value) in fields {
        match (name.as_str(), value) {
            ("toleranceSeconds", Scalar::Number(n))
                if n.bytes().all(|b| b.is_ascii_digit()) && n.len() <= 18 =>
            {
                options.tolerance_seconds =
                    n.bytes().fold(0u64, |t, d| t * 10 + u64::from(d - b'0'));
            }
            ("toleranceSeconds", _) => {
                return Err(invalid(
                    "toleranceSeconds must be a whole number of seconds, 0 or more",
                ))
            }
            ("now", Scalar::Number(n)) => {
                options.now =
                    json_seconds(n).ok_or_else(|| invalid("now must be a Date or Unix seconds"))?
            }
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
    let magnitude = whole
        .bytes()
        .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
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

/// `{"valid":true,"params":{...}}`: the kind, the typed fields, then `raw`.
fn valid_answer(verified: &Verified<'_>) -> String {
    let mut out = String::with_capacity(512);
    out.push_str("{\"valid\":true,\"params\":{\"kind\":\"");
    out.push_str(verified.expect.as_str());
    out.push('"');
    // The typed fields, in the documents' order; the status the canonical one.
    for &code in verified.expect.fields() {
        let Some(mut value) = verified.get_code(code) else {
            continue;
        };
        if code == callbacks::shape::STATUS {
            value = callbacks::canonical_status(value).unwrap_or(value);
        }
        out.push_str(",\"");
        out.push_str(COMPACT_KEYS[usize::from(code)]);
        out.push_str("\":");
        if callbacks::is_numeric(code) {
            out.push_str(value);
        } else {
            push_json_str(&mut out, value);
        }
    }
    out.push_str(",\"raw\":");
    push_raw(&mut out, &verified.entries);
    out.push_str("}}");
    out
}

/// The key codes of the compact answer: `a` + the index in this list (the JS decoder holds the same).
pub use crate::callbacks::KEYS as COMPACT_KEYS;

fn compact_answer(verified: &Verified<'_>) -> String {
    let mut out = String::with_capacity(200);
    match verified.expect {
        Expect::Order => {
            out.push('o');
            out.push_str(
                verified
                    .get_code(callbacks::shape::STATUS)
                    .and_then(callbacks::canonical_status)
                    .unwrap_or_default(),
            );
        }
        Expect::CompanyCheck => out.push('c'),
    }
    for entry in &verified.entries {
        // Every key is documented (or `checksum`): the shape check ran first.
        out.push('\0');
        out.push(char::from(b'a'.wrapping_add(entry.code)));
        out.push_str(entry.concat_str());
    }
    out
}

/// The answer of [`parse_terminal_callback`], written from the entries (the typed fields are the
/// raw values of their keys, as `callbacks::parse_terminal` gives them).
fn terminal_answer(entries: &[Entry<'_>]) -> String {
    let mut out = String::with_capacity(256);
    out.push_str("{\"ok\":{\"authenticated\":false,\"orderUuid\":");
    push_json_str(
        &mut out,
        callbacks::terminal_value(entries, "orderUuid").unwrap_or_default(),
    );
    // The JS names are the keys (`type` is `TerminalCallback::kind` in Rust).
    for name in [
        "status",
        "type",
        "baseAmount",
        "vatAmount",
        "totalAmount",
        "currency",
    ] {
        if let Some(value) = callbacks::terminal_value(entries, name) {
            out.push_str(",\"");
            out.push_str(name);
            out.push_str("\":");
            push_json_str(&mut out, value);
        }
    }
    out.push_str(",\"raw\":");
    push_raw(&mut out, entries);
    out.push_str("}}");
    out
}

/// `{"key":"value",...}` of every entry in received order.
fn push_raw(out: &mut String, entries: &[Entry<'_>]) {
    out.push('{');
    for (i, entry) in entries.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_json_str(out, &entry.key);
        out.push(':');
        push_json_str(out, entry.concat_str());
    }
    out.push('}');
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    const SECRET: &str = "json-api-secret";
    const NOW: f64 = 1_755_764_200.0;

    fn parse(text: &str) -> Value {
        serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
    }

    fn order_query() -> String {
        let pairs = json!([
            ["orderUuid", "ODR1755764131"],
            ["status", "resevred"],
            ["paymentMethod", "Visa \"Gold\""],
            ["amount", "4500.00"],
            ["createdAt", "1755764131"],
            ["timestamp", "1755764200"]
        ]);
        parse(&sign_callback(&pairs.to_string(), SECRET))["ok"]
            .as_str()
            .unwrap()
            .to_string()
    }

    fn error_of(answer: &str) -> (String, String) {
        let v = parse(answer);
        assert_eq!(v["valid"], false, "{answer}");
        (
            v["error"]["code"].as_str().unwrap().into(),
            v["error"]["message"].as_str().unwrap().into(),
        )
    }

    #[test]
    fn a_valid_order_answers_todays_shape() {
        let url = format!("https://shop.example/cb?{}", order_query());
        let answer = parse(&verify_callback(
            &url,
            r#"["old","json-api-secret"]"#,
            "",
            NOW,
        ));
        let checksum = url.rsplit_once("checksum=").unwrap().1;
        assert_eq!(
            answer,
            json!({"valid": true, "params": {
                "kind": "order", "orderUuid": "ODR1755764131", "status": "RESERVED", "paymentMethod": "Visa \"Gold\"",
                "amount": "4500.00", "createdAt": 1755764131, "timestamp": 1755764200,
                "raw": {"orderUuid": "ODR1755764131", "status": "resevred", "paymentMethod": "Visa \"Gold\"", "amount": "4500.00",
                        "createdAt": "1755764131", "timestamp": "1755764200", "checksum": checksum}
            }})
        );
    }

    /// What the JS wrapper does with a compact answer (pkg-template/lib/callbacks.js), in Rust.
    fn decode_compact(envelope: &str) -> Value {
        if envelope.starts_with('{') {
            return parse(envelope)["ok"].clone();
        }
        let text = envelope;
        assert!(matches!(&text[..1], "o" | "c"), "{text:?}");
        let mut parts = text.split('\0');
        let head = parts.next().unwrap();
        let raw: serde_json::Map<String, Value> = parts
            .map(|p| {
                (
                    COMPACT_KEYS[usize::from(p.as_bytes()[0] - b'a')].to_string(),
                    json!(p[1..]),
                )
            })
            .collect();
        let (kind, fields): (&str, &[&str]) = match &head[..1] {
            "o" => (
                "order",
                &[
                    "orderUuid",
                    "status",
                    "createdAt",
                    "paymentMethod",
                    "amount",
                    "timestamp",
                ],
            ),
            _ => ("companyCheck", &COMPACT_KEYS[6..17]),
        };
        let mut params = serde_json::Map::new();
        params.insert("kind".into(), json!(kind));
        for name in fields.iter().chain(if kind == "companyCheck" {
            &["createdAt"][..]
        } else {
            &[][..]
        }) {
            let Some(value) = raw.get(*name).and_then(Value::as_str) else {
                continue;
            };
            let value = match *name {
                "status" => json!(head[1..]),
                "createdAt" | "timestamp" | "score" => serde_json::from_str(value).unwrap(),
                _ => json!(value),
            };
            params.insert(name.to_string(), value);
        }
        params.insert("raw".into(), Value::Object(raw));
        json!({"valid": true, "params": params})
    }

    #[test]
    fn the_compact_answer_decodes_to_the_json_answer() {
        let company = parse(&sign_callback(
            &json!([
                ["companyCheckUuid", "COMCHK1"],
                ["score", "0.44"],
                ["companyName", "A\"B\\C"],
                ["createdAt", "1754819969"]
            ])
            .to_string(),
            SECRET,
        ))["ok"]
            .as_str()
            .unwrap()
            .to_string();
        let with_nul = parse(&sign_callback(
            &json!([
                ["companyCheckUuid", "COMCHK1"],
                ["companyName", "A\u{0}B"],
                ["createdAt", "1754819969"]
            ])
            .to_string(),
            SECRET,
        ))["ok"]
            .as_str()
            .unwrap()
            .to_string();
        let secrets = r#"["json-api-secret"]"#;
        for (url, options, company_check) in [
            (order_query(), "", false),
            (company.clone(), r#"{"expect":"companyCheck"}"#, true),
            (with_nul, r#"{"expect":"companyCheck"}"#, true),
            (company, "", false),
            ("x".into(), "", false),
        ] {
            let compact = verify_callback_compact(&url, SECRET, f64::NAN, NOW, company_check);
            assert_eq!(
                decode_compact(&compact),
                parse(&verify_callback(&url, secrets, options, NOW)),
                "{compact:?}"
            );
        }
        assert!(
            verify_callback_compact(&order_query(), SECRET, f64::NAN, NOW, false).starts_with('o'),
            "a valid order is compact and bare"
        );
    }

    #[test]
    fn the_fast_path_checks_its_plain_arguments() {
        let q = order_query();
        let code = |answer: String| {
            decode_compact(&answer)["error"]["code"]
                .as_str()
                .map(str::to_string)
        };
        assert_eq!(
            code(verify_callback_compact(
                &q,
                "old\0json-api-secret",
                0.0,
                0.0,
                false
            )),
            None,
            "secrets split on NUL; tolerance 0 is off"
        );
        assert_eq!(
            code(verify_callback_compact(
                &q,
                SECRET,
                f64::NAN,
                NOW + 301.0,
                false
            ))
            .as_deref(),
            Some("stale"),
            "NaN is the default"
        );
        assert_eq!(
            code(verify_callback_compact(
                &q,
                SECRET,
                301.0,
                NOW + 301.0,
                false
            )),
            None
        );
        for (tolerance, now) in [
            (-1.0, NOW),
            (1.5, NOW),
            (f64::INFINITY, NOW),
            (0.0, f64::NAN),
            (0.0, f64::INFINITY),
            (0.0, 1e300),
        ] {
            assert_eq!(
                code(verify_callback_compact(&q, SECRET, tolerance, now, false)).as_deref(),
                Some("invalid_argument"),
                "{tolerance} {now}"
            );
        }
        assert_eq!(
            code(verify_callback_compact(&q, "", f64::NAN, NOW, false)).as_deref(),
            Some("missing_secret")
        );
        assert_eq!(
            code(verify_callback_compact(&q, "a\0", f64::NAN, NOW, false)).as_deref(),
            Some("missing_secret"),
            "an empty secret"
        );
    }

    #[test]
    fn a_company_check_must_be_asked_for() {
        let pairs = json!([
            ["companyCheckUuid", "COMCHK1754819969"],
            ["companyId", "023451"],
            ["score", "0.44"],
            ["createdAt", "1754819969"]
        ]);
        let q = parse(&sign_callback(&pairs.to_string(), SECRET))["ok"]
            .as_str()
            .unwrap()
            .to_string();
        let (code, message) = error_of(&verify_callback(&q, r#"["json-api-secret"]"#, "", NOW));
        assert_eq!(
            (code.as_str(), message.as_str()),
            (
                "malformed_callback",
                "`companyCheckUuid` is not a parameter of an order callback"
            )
        );
        assert_eq!(
            parse(&verify_callback(&q, r#"["json-api-secret"]"#, "", NOW))["error"]["field"],
            "companyCheckUuid"
        );
        let answer = parse(&verify_callback(
            &q,
            r#"["json-api-secret"]"#,
            r#"{"expect":"companyCheck","toleranceSeconds":5}"#,
            0.0,
        ));
        assert_eq!(answer["valid"], true, "{answer}");
        assert_eq!(answer["params"]["kind"], "companyCheck");
        assert_eq!(answer["params"]["companyId"], "023451");
        assert_eq!(answer["params"]["score"], 0.44);
        assert_eq!(answer["params"]["createdAt"], 1754819969);
        assert_eq!(
            answer["params"].get("riskLevel"),
            None,
            "absent fields are absent"
        );
    }

    #[test]
    fn options_are_read_and_bad_ones_are_invalid_argument() {
        let q = order_query();
        let secrets = r#"["json-api-secret"]"#;
        assert_eq!(
            error_of(&verify_callback(&q, secrets, "", NOW + 301.0)).0,
            "stale"
        );
        assert_eq!(
            parse(&verify_callback(&q, secrets, "", NOW + 300.9))["valid"],
            true,
            "the JS clock is floored"
        );
        assert_eq!(
            parse(&verify_callback(
                &q,
                secrets,
                r#"{"toleranceSeconds":0}"#,
                0.0
            ))["valid"],
            true
        );
        assert_eq!(
            parse(&verify_callback(
                &q,
                secrets,
                r#"{"now":1755764500.5}"#,
                0.0
            ))["valid"],
            true
        );
        assert_eq!(
            error_of(&verify_callback(
                &q,
                secrets,
                r#"{"now":1755764500.5,"toleranceSeconds":299}"#,
                0.0
            ))
            .0,
            "stale"
        );
        assert_eq!(
            error_of(&verify_callback(&q, secrets, r#"{"now":1755763899}"#, 0.0)).0,
            "from_future"
        );
        assert_eq!(
            error_of(&verify_callback(
                &q,
                secrets,
                r#"{"expect":"order"}"#,
                f64::NAN
            ))
            .0,
            "from_future",
            "a NaN clock is 0"
        );
        for bad in [
            r#"{"toleranceSeconds":-5}"#,
            r#"{"toleranceSeconds":1.5}"#,
            r#"{"toleranceSeconds":"300"}"#,
            r#"{"toleranceSeconds":null}"#,
            r#"{"now":"yesterday"}"#,
            r#"{"now":1e21}"#,
            r#"{"now":null}"#,
            r#"{"expect":"company"}"#,
            r#"{"expect":1}"#,
            r#"{"tolerance":0}"#,
            "fast",
            "null",
            "[]",
        ] {
            assert_eq!(
                error_of(&verify_callback(&q, secrets, bad, NOW)).0,
                "invalid_argument",
                "{bad}"
            );
        }
        assert_eq!(json_seconds("-1.5"), Some(-2));
        assert_eq!(json_seconds("-2.0"), Some(-2));
        assert_eq!(json_seconds("12"), Some(12));
        assert_eq!(json_seconds("1.e5"), None);
    }

    #[test]
    fn secrets_are_a_json_list_of_strings_and_never_echoed() {
        let q = order_query();
        for (secrets, code) in [
            ("[]", "missing_secret"),
            (r#"["json-api-secret",""]"#, "missing_secret"),
            ("\"json-api-secret\"", "invalid_argument"),
            (r#"["json-api-secret",7]"#, "invalid_argument"),
            ("", "invalid_argument"),
        ] {
            let answer = verify_callback(&q, secrets, "", NOW);
            assert_eq!(error_of(&answer).0, code, "{secrets}");
            assert!(!answer.contains(SECRET), "{answer}");
        }
        assert_eq!(
            error_of(&verify_callback(&q, r#"["wrong"]"#, "", NOW)).0,
            "checksum_mismatch"
        );
        assert_eq!(
            parse(&verify_callback(&q, r#"["json-api-\u0073ecret"]"#, "", NOW))["valid"],
            true,
            "escapes are decoded"
        );
    }

    #[test]
    fn long_urls_are_refused_before_any_work() {
        let long = "a=".to_string() + &"x".repeat(MAX_URL_BYTES);
        assert_eq!(
            error_of(&verify_callback(&long, r#"["s"]"#, "", NOW)),
            error_of(&url_too_long_answer())
        );
        assert_eq!(error_of(&url_too_long_answer()).0, "malformed_query");
    }

    #[test]
    fn every_answer_is_json_even_for_hostile_text() {
        for url in [
            "orderUuid=%22%5C%0A%01&checksum=x",
            "\"\\\u{1}&checksum=",
            "a=\u{2028}&checksum[]=1",
            "%FF=1",
        ] {
            for options in ["", r#"{"expect":"companyCheck"}"#] {
                let v = parse(&verify_callback(url, r#"["s"]"#, options, NOW));
                assert_eq!(v["valid"], false);
            }
            let _ = parse(&parse_terminal_callback(url));
        }
    }

    #[test]
    fn sign_answers_ok_or_a_typed_error() {
        assert_eq!(
            parse(&sign_callback(r#"[["a","1"]]"#, "s")),
            json!({"ok": format!("a=1&checksum={}", sha256_hex("1s"))})
        );
        for (pairs, secret, code) in [
            (r#"[["a","1"]]"#, "", "missing_secret"),
            (r#"[["a.b","1"]]"#, "s", "malformed_query"),
            (r#"[["a",1]]"#, "s", "invalid_argument"),
            (r#"{"a":"1"}"#, "s", "invalid_argument"),
        ] {
            assert_eq!(
                parse(&sign_callback(pairs, secret))["error"]["code"],
                code,
                "{pairs}"
            );
        }
    }

    fn sha256_hex(s: &str) -> String {
        use sha2::{Digest, Sha256};
        Sha256::digest(s.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    #[test]
    fn terminal_callbacks_answer_ok_with_raw() {
        let answer = parse(&parse_terminal_callback("https://example-url.com/callback?orderUuid=ODR12334&status=Cancelled&type=Payment&totalAmount=42&currency=NOK"));
        assert_eq!(
            answer,
            json!({"ok": {"authenticated": false, "orderUuid": "ODR12334", "status": "Cancelled", "type": "Payment", "totalAmount": "42", "currency": "NOK",
                   "raw": {"orderUuid": "ODR12334", "status": "Cancelled", "type": "Payment", "totalAmount": "42", "currency": "NOK"}}})
        );
        assert_eq!(
            parse(&parse_terminal_callback("status=Approved"))["error"]["code"],
            "malformed_query"
        );
    }

    /// The terminal answer as written before (from `callbacks::parse_terminal`'s typed struct).
    fn terminal_reference(url: &str) -> String {
        let t = match callbacks::parse_terminal(url) {
            Ok(t) => t,
            Err(e) => return error_json(e.code.as_str(), &e.message),
        };
        let mut out = String::from("{\"ok\":{\"authenticated\":false,\"orderUuid\":");
        push_json_str(&mut out, &t.order_uuid);
        for (name, value) in [
            ("status", &t.status),
            ("type", &t.kind),
            ("baseAmount", &t.base_amount),
            ("vatAmount", &t.vat_amount),
            ("totalAmount", &t.total_amount),
            ("currency", &t.currency),
        ] {
            if let Some(value) = value {
                out.push_str(&format!(",\"{name}\":"));
                push_json_str(&mut out, value);
            }
        }
        out.push_str(",\"raw\":{");
        for (i, (key, value)) in t.raw.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_json_str(&mut out, key);
            out.push(':');
            push_json_str(&mut out, value);
        }
        out.push_str("}}}");
        out
    }

    #[test]
    fn terminal_answers_are_the_typed_parse_written_out() {
        for url in [
            "https://example-url.com/callback?orderUuid=ODR12334&status=Cancelled&type=Payment&totalAmount=42&currency=NOK",
            "orderUuid=O&baseAmount=1&vatAmount=2&totalAmount=3&currency=EUR&type=Payment_Refund&status=Approved&extra=%22x%22",
            "currency=NOK&orderUuid=O1&currency=SEK&status[]=a&status=b",
            "orderUuid[]=1&type[x]=2",
            "orderUuid=&status=Approved",
            "order.Uuid=x&orderUuid=%E2%82%AC%0A",
            "status=Approved",
            "orderUuid=%FF",
            "",
            "?#",
        ] {
            assert_eq!(parse_terminal_callback(url), terminal_reference(url), "{url}");
        }
    }

    #[test]
    fn nul_pieces_are_split_on_nul() {
        let alphabet = ['a', '\0', 'é'];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
        }
        for text in texts {
            assert_eq!(
                nul_pieces(&text),
                text.split('\0').collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }
}
