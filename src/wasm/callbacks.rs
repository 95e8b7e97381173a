//! `verifyCallback`, `signCallback` and `parseTerminalCallback` for JS.

use super::convert::{error, finite_i64, get, now_seconds, string_or_strings, to_js, to_js_via_json, unix_seconds};
use crate::callbacks::{self, CallbackError, ErrorCode, VerifyOptions, DEFAULT_TOLERANCE_SECONDS};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const CALLBACK_TYPES: &str = r#"
/** Stable codes for a rejected callback. */
export type CallbackErrorCode =
  | "missing_checksum" | "malformed_checksum" | "checksum_mismatch" | "stale" | "from_future"
  | "malformed_query" | "missing_secret" | "invalid_options";
export interface CallbackError { code: CallbackErrorCode; message: string }
export interface VerifyCallbackOptions {
  /** Accept a `timestamp` at most this many seconds from `now` (default 300); 0 turns the check off. */
  toleranceSeconds?: number;
  /** The current time as a Date or Unix seconds (default: the clock). */
  now?: Date | number;
}
/** An order, reservation or subscription callback (orderUuid, status, ...). */
export interface OrderCallbackParams {
  kind: "order";
  /** Every decoded parameter as received, all covered by the checksum. */
  raw: Record<string, string>;
  orderUuid: string;
  /** Upper case; the documents' misspelling RESEVRED becomes RESERVED. */
  status?: string;
  paymentMethod?: string;
  /** As sent (a decimal string); never parsed as a float. */
  amount?: string;
  createdAt?: number;
  timestamp?: number;
}
/** A company-check callback. It carries no timestamp, so no freshness check applies. */
export interface CompanyCheckCallbackParams {
  kind: "companyCheck";
  raw: Record<string, string>;
  companyCheckUuid: string;
  companyId?: string;
  companyType?: string;
  companyName?: string;
  score?: number;
  riskLevel?: string;
  scoreMessage?: string;
  defaultProbability?: string;
  personalNumber?: string;
  contactPersonName?: string;
  contactPersonEmail?: string;
  createdAt?: number;
}
/** A correctly signed callback of neither documented shape. */
export interface UnknownCallbackParams { kind: "unknown"; raw: Record<string, string> }
export type CallbackParams = OrderCallbackParams | CompanyCheckCallbackParams | UnknownCallbackParams;
export type VerifyCallbackResult =
  | { valid: true; params: CallbackParams }
  | { valid: false; error: CallbackError };
/** Parameters to sign, in order: pairs, or an object (its own enumerable keys in order). */
export type CallbackParamsInput = Array<[string, string | number]> | Record<string, string | number>;
/** A terminal-order callback: unsigned by FPGO, so never authenticated. */
export interface TerminalCallbackParams {
  authenticated: false;
  orderUuid: string;
  /** "Approved" or "Cancelled". */
  status?: string;
  /** "Payment" or "Payment_Refund". */
  type?: string;
  baseAmount?: string;
  vatAmount?: string;
  totalAmount?: string;
  currency?: string;
  raw: Record<string, string>;
}
"#;

#[derive(Serialize)]
#[serde(untagged)]
enum VerifyResult {
    Valid { valid: bool, params: callbacks::VerifiedCallback },
    Invalid { valid: bool, error: CallbackError },
}

/// Verifies an FPGO callback: `url` is the whole callback URL or its query string; `secret` one secret
/// or several (key rotation). Never throws: every problem is `{ valid: false, error: { code, message } }`.
/// (`options` is optional: pkg-template/index.d.ts declares it so, which wasm-bindgen cannot.)
#[wasm_bindgen(js_name = verifyCallback, unchecked_return_type = "VerifyCallbackResult")]
pub fn verify_callback(
    #[wasm_bindgen(unchecked_param_type = "string")] url: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | string[]")] secret: JsValue,
    #[wasm_bindgen(unchecked_param_type = "VerifyCallbackOptions")] options: Option<js_sys::Object>,
) -> JsValue {
    let options: JsValue = options.map(Into::into).unwrap_or(JsValue::UNDEFINED);
    let result = verify_inputs(&url, &secret, &options)
        .and_then(|(url, secrets, opts)| callbacks::verify(&url, &secrets, &opts));
    to_js_via_json(&match result {
        Ok(params) => VerifyResult::Valid { valid: true, params },
        Err(error) => VerifyResult::Invalid { valid: false, error },
    })
}

fn verify_inputs(url: &JsValue, secret: &JsValue, options: &JsValue) -> Result<(String, Vec<String>, VerifyOptions), CallbackError> {
    let url = url
        .as_string()
        .ok_or_else(|| CallbackError::new(ErrorCode::MalformedQuery, "the callback URL must be a string"))?;
    let secrets = string_or_strings(secret)
        .ok_or_else(|| CallbackError::new(ErrorCode::MissingSecret, "the secret must be a string or an array of strings"))?;
    Ok((url, secrets, verify_options(options)?))
}

fn verify_options(options: &JsValue) -> Result<VerifyOptions, CallbackError> {
    let invalid = |m: &str| CallbackError::new(ErrorCode::InvalidOptions, m);
    if !(options.is_undefined() || options.is_null() || options.is_object()) {
        return Err(invalid("options must be an object"));
    }
    let tolerance = get(options, "toleranceSeconds");
    let tolerance_seconds = if tolerance.is_undefined() {
        DEFAULT_TOLERANCE_SECONDS
    } else {
        tolerance
            .as_f64()
            .and_then(finite_i64)
            .and_then(|t| u64::try_from(t).ok())
            .ok_or_else(|| invalid("toleranceSeconds must be a whole number of seconds, 0 or more"))?
    };
    let now = get(options, "now");
    let now = if now.is_undefined() {
        now_seconds()
    } else {
        unix_seconds(&now).ok_or_else(|| invalid("now must be a Date or Unix seconds"))?
    };
    Ok(VerifyOptions { tolerance_seconds, now })
}

/// Signs parameters as FPGO does and returns the query string with `checksum` appended, for tests.
/// Throws an `FpgoError` (with `code`) on an empty secret or keys PHP would rename.
#[wasm_bindgen(js_name = signCallback)]
pub fn sign_callback(
    #[wasm_bindgen(unchecked_param_type = "CallbackParamsInput")] params: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] secret: JsValue,
) -> Result<String, js_sys::Error> {
    let thrown = |e: CallbackError| error(e.code.as_str(), &e.message);
    let secret = secret
        .as_string()
        .ok_or_else(|| thrown(CallbackError::new(ErrorCode::MissingSecret, "the secret must be a string")))?;
    let pairs = param_pairs(&params).map_err(thrown)?;
    callbacks::sign(&pairs, &secret).map_err(thrown)
}

fn param_pairs(params: &JsValue) -> Result<Vec<(String, String)>, CallbackError> {
    let bad = |m: &str| CallbackError::new(ErrorCode::MalformedQuery, m);
    let entries: js_sys::Array = match params.dyn_ref::<js_sys::Array>() {
        Some(array) => array.clone(),
        None if params.is_object() => js_sys::Object::entries(params.unchecked_ref()),
        None => return Err(bad("params must be an array of [key, value] pairs or an object")),
    };
    entries
        .iter()
        .map(|pair| {
            let pair = pair.dyn_into::<js_sys::Array>().map_err(|_| bad("each pair must be [key, value]"))?;
            let key = pair.get(0).as_string().ok_or_else(|| bad("each key must be a string"))?;
            let value = pair.get(1);
            let value = match (value.as_string(), value.as_f64()) {
                (Some(s), _) => s,
                (None, Some(n)) if n.is_finite() => String::from(js_sys::Number::from(n).to_string_with_radix(10).unwrap_or_default()),
                _ => return Err(bad(&format!("the value of `{key}` must be a string or a finite number"))),
            };
            Ok((key, value))
        })
        .collect()
}

/// Parses a terminal-order callback, which FPGO does not sign: `authenticated` is always `false`;
/// confirm the status with the Payment Status Check endpoint before acting on it.
#[wasm_bindgen(js_name = parseTerminalCallback, unchecked_return_type = "TerminalCallbackParams")]
pub fn parse_terminal_callback(#[wasm_bindgen(unchecked_param_type = "string")] url: JsValue) -> Result<JsValue, js_sys::Error> {
    let url = url.as_string().ok_or_else(|| error("malformed_query", "the callback URL must be a string"))?;
    callbacks::parse_terminal(&url)
        .map(|t| to_js(&t))
        .map_err(|e| error(e.code.as_str(), &e.message))
}
