//! The JSON-text API of callbacks (see the module docs of `json_api`): `verifyCallback`,
//! `signCallback`, `parseTerminalCallback`.
//! The packaging helper's plain version over today's core; the callbacks helper owns this file.

use super::{error_json, ok_json, ok_value};
use crate::callbacks::{self, CallbackError, ErrorCode, VerifyOptions, DEFAULT_TOLERANCE_SECONDS};

/// `verifyCallback(url, secrets, { toleranceSeconds, now })`. `secrets_json` is a JSON array of the
/// secrets (`["s1","s2"]`); `tolerance_seconds` is NaN for the default (300); `now_seconds` the
/// caller's clock in Unix seconds (the core reads none). Never an error envelope: answers
/// `{"ok":{"valid":true,"params":{...}}}` or `{"ok":{"valid":false,"error":{"code","message"}}}`;
/// a bad option is `invalid_argument`.
pub fn verify_callback(
    url: &str,
    secrets_json: &str,
    tolerance_seconds: f64,
    now_seconds: f64,
) -> String {
    let result = verify_options(tolerance_seconds, now_seconds).and_then(|options| {
        let secrets: Vec<String> = serde_json::from_str(secrets_json).map_err(|_| {
            CallbackError::new(
                ErrorCode::MissingSecret,
                "the secret must be a string or an array of strings",
            )
        })?;
        callbacks::verify(url, &secrets, &options)
    });
    match result {
        Ok(verified) => {
            let mut out = String::from("{\"valid\":true,\"params\":");
            out.push_str(&serde_json::to_string(&verified).unwrap_or_default());
            out.push('}');
            ok_json(&out)
        }
        Err(e) => {
            let mut out = String::from("{\"valid\":false,\"error\":");
            let error = error_json(code(&e), &e.message);
            // error_json is {"error":{...}}: take the inner object.
            out.push_str(&error[9..error.len() - 1]);
            out.push('}');
            ok_json(&out)
        }
    }
}

/// The error's code; a bad option is `invalid_argument`, as everywhere in the API.
fn code(e: &CallbackError) -> &'static str {
    match e.code {
        ErrorCode::InvalidOptions => "invalid_argument",
        other => other.as_str(),
    }
}

fn verify_options(
    tolerance_seconds: f64,
    now_seconds: f64,
) -> Result<VerifyOptions, CallbackError> {
    let invalid = |m: &str| CallbackError::new(ErrorCode::InvalidOptions, m);
    let tolerance_seconds = if tolerance_seconds.is_nan() {
        DEFAULT_TOLERANCE_SECONDS
    } else {
        whole(tolerance_seconds)
            .and_then(|t| u64::try_from(t).ok())
            .ok_or_else(|| {
                invalid("toleranceSeconds must be a whole number of seconds, 0 or more")
            })?
    };
    let now =
        whole(now_seconds.floor()).ok_or_else(|| invalid("now must be a Date or Unix seconds"))?;
    Ok(VerifyOptions {
        tolerance_seconds,
        now,
    })
}

/// A whole number as i64 when it is finite and within ±2^53 (exact in a JS number).
fn whole(value: f64) -> Option<i64> {
    const LIMIT: f64 = 9_007_199_254_740_992.0;
    (value.is_finite() && value.fract() == 0.0 && value.abs() <= LIMIT).then_some(value as i64)
}

/// `signCallback(params, secret)`: `pairs_json` is a JSON array of `[key, value]` string pairs (the
/// JS wrapper has turned an object into its entries and numbers into their JS text). Answers
/// `{"ok":"<query>&checksum=<hex>"}` or an error (`missing_secret`, `malformed_query`).
pub fn sign_callback(pairs_json: &str, secret: &str) -> String {
    let pairs: Vec<(String, String)> = match serde_json::from_str(pairs_json) {
        Ok(pairs) => pairs,
        Err(_) => {
            return error_json(
                "malformed_query",
                "params must be [key, value] pairs of strings",
            )
        }
    };
    match callbacks::sign(&pairs, secret) {
        Ok(query) => ok_value(&query),
        Err(e) => error_json(e.code.as_str(), &e.message),
    }
}

/// `parseTerminalCallback(url)`: `{"ok":{"authenticated":false,"orderUuid",...,"raw":{...}}}` or
/// a `malformed_query` error.
pub fn parse_terminal_callback(url: &str) -> String {
    match callbacks::parse_terminal(url) {
        Ok(terminal) => ok_value(&terminal),
        Err(e) => error_json(e.code.as_str(), &e.message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn parse(text: &str) -> Value {
        serde_json::from_str(text).expect("answers are JSON")
    }

    fn signed(pairs: &str) -> String {
        parse(&sign_callback(pairs, "s"))["ok"]
            .as_str()
            .expect("signed")
            .to_string()
    }

    #[test]
    fn signed_callbacks_verify_with_typed_params() {
        let q = signed(r#"[["orderUuid","ODR1"],["status","resevred"],["amount","10.50"]]"#);
        let r = parse(&verify_callback(&q, r#"["old","s"]"#, 0.0, 0.0));
        assert_eq!(r["ok"]["valid"], true);
        assert_eq!(r["ok"]["params"]["kind"], "order");
        assert_eq!(r["ok"]["params"]["status"], "RESERVED");
        assert_eq!(r["ok"]["params"]["raw"]["amount"], "10.50");
    }

    #[test]
    fn rejections_are_results_with_codes() {
        let q = signed(r#"[["orderUuid","O"],["timestamp","1000"]]"#);
        let code = |answer: String| {
            parse(&answer)["ok"]["error"]["code"]
                .as_str()
                .map(String::from)
        };
        assert_eq!(
            code(verify_callback(&q, r#"["s"]"#, f64::NAN, 2000.0)).as_deref(),
            Some("stale")
        );
        assert_eq!(
            code(verify_callback(&q, r#"["s"]"#, f64::NAN, 1000.0)),
            None
        );
        assert_eq!(
            code(verify_callback(&q, "[7]", f64::NAN, 1000.0)).as_deref(),
            Some("missing_secret")
        );
        assert_eq!(
            code(verify_callback(&q, r#"[""]"#, f64::NAN, 1000.0)).as_deref(),
            Some("missing_secret")
        );
        assert_eq!(
            code(verify_callback(&q, r#"["s"]"#, -1.0, 1000.0)).as_deref(),
            Some("invalid_argument")
        );
        assert_eq!(
            code(verify_callback(&q, r#"["s"]"#, 0.5, 1000.0)).as_deref(),
            Some("invalid_argument")
        );
        assert_eq!(
            code(verify_callback(&q, r#"["s"]"#, 0.0, f64::INFINITY)).as_deref(),
            Some("invalid_argument")
        );
        assert_eq!(
            code(verify_callback(&format!("{q}&x=1"), r#"["s"]"#, 0.0, 0.0)).as_deref(),
            Some("checksum_mismatch")
        );
    }

    #[test]
    fn sign_and_terminal_errors_are_error_envelopes() {
        let code = |answer: String| parse(&answer)["error"]["code"].as_str().map(String::from);
        assert_eq!(
            code(sign_callback(r#"[["a.b","1"]]"#, "s")).as_deref(),
            Some("malformed_query")
        );
        assert_eq!(
            code(sign_callback(r#"[["a","1"]]"#, "")).as_deref(),
            Some("missing_secret")
        );
        assert_eq!(
            code(sign_callback(r#"{"a":"1"}"#, "s")).as_deref(),
            Some("malformed_query")
        );
        let t = parse(&parse_terminal_callback(
            "?orderUuid=ODR1&status=Approved&type=Payment_Refund",
        ));
        assert_eq!(t["ok"]["authenticated"], false);
        assert_eq!(t["ok"]["type"], "Payment_Refund");
        assert_eq!(
            code(parse_terminal_callback("status=Approved")).as_deref(),
            Some("malformed_query")
        );
    }
}
