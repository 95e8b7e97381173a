//! `verifyCallback`, `signCallback` and `parseTerminalCallback` for JS.
//!
//! Interim: today's JsValue functions over the JSON-text API (`src/json_api/callbacks.rs`), kept so
//! the package works until the JS wrappers (`pkg-template/lib/callbacks.js`) call the text functions
//! directly. The wrappers' exports are `json_api::callbacks::{verify_callback_compact (the fast
//! path), verify_callback, sign_callback, parse_terminal_callback}`; they are not exported here
//! because the entries re-export every binding, and wasm-bindgen's `&str` glue must never see a
//! non-string (the wrappers check types first).

use super::convert::{error, get, now_seconds, string_or_strings, unix_seconds};
use crate::callbacks::{
    ErrorCode, Expect, VerifyOptions, DEFAULT_TOLERANCE_SECONDS, MAX_URL_BYTES,
};
use crate::json_api::callbacks as text;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const CALLBACK_TYPES: &str = r#"
/** Stable codes for a rejected callback. */
export type CallbackErrorCode =
  | "missing_checksum" | "malformed_checksum" | "checksum_mismatch" | "stale" | "from_future"
  | "malformed_query" | "missing_secret" | "malformed_callback" | "invalid_argument";
export interface CallbackError {
  code: CallbackErrorCode;
  message: string;
  /** For `malformed_callback`: the parameter at fault. */
  field?: string;
}
export interface VerifyCallbackOptions {
  /** Accept a `timestamp` at most this many seconds from `now` (default 300); 0 turns the check off. */
  toleranceSeconds?: number;
  /** The current time as a Date or Unix seconds (default: the clock). */
  now?: Date | number;
  /**
   * The kind of callback this endpoint receives (default "order": orders, reservations and
   * subscriptions). A company check has no timestamp, so it must be asked for.
   */
  expect?: "order" | "companyCheck";
}
/** An order, reservation or subscription callback: every documented field, checked. */
export interface OrderCallbackParams {
  kind: "order";
  /** Every decoded parameter as received, all covered by the checksum. */
  raw: Record<string, string>;
  /** ODR, RES or SUB followed by digits. */
  orderUuid: string;
  /** Upper case, a documented status; the documents' misspelling RESEVRED becomes RESERVED. */
  status: string;
  /** A name without digits (may be empty). */
  paymentMethod: string;
  /** A plain decimal number as sent (e.g. "4500.00"); never parsed as a float. */
  amount: string;
  /** Unix seconds. */
  createdAt: number;
  /** Unix seconds: when the callback was sent. */
  timestamp: number;
}
/** A company-check callback (asked for with `expect: "companyCheck"`). No freshness check applies. */
export interface CompanyCheckCallbackParams {
  kind: "companyCheck";
  raw: Record<string, string>;
  /** COMCHK followed by digits. */
  companyCheckUuid: string;
  companyId?: string;
  companyType?: string;
  companyName?: string;
  score?: number;
  riskLevel?: string;
  scoreMessage?: string;
  defaultProbability?: string;
  /** Digits, leading zeros kept. */
  personalNumber?: string;
  contactPersonName?: string;
  contactPersonEmail?: string;
  /** Unix seconds. */
  createdAt: number;
}
export type CallbackParams = OrderCallbackParams | CompanyCheckCallbackParams;
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

fn parse_answer(answer: &str) -> JsValue {
    js_sys::JSON::parse(answer).unwrap_or_else(|e| e)
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
    let invalid = |m: &str| parse_answer(&text::rejection_answer(ErrorCode::InvalidArgument, m));
    let Some(url) = url.as_string() else {
        return invalid("the callback URL must be a string");
    };
    if url.len() > MAX_URL_BYTES {
        return parse_answer(&text::url_too_long_answer());
    }
    let Some(secrets) = string_or_strings(&secret) else {
        return invalid("the secret must be a string or an array of strings");
    };
    let options: JsValue = options.map(Into::into).unwrap_or(JsValue::UNDEFINED);
    match verify_options(&options) {
        Ok(options) => parse_answer(&text::verify_answer(&url, &secrets, &options)),
        Err(message) => invalid(message),
    }
}

fn verify_options(options: &JsValue) -> Result<VerifyOptions, &'static str> {
    if !(options.is_undefined() || options.is_null() || options.is_object()) {
        return Err("options must be an object");
    }
    let tolerance = get(options, "toleranceSeconds");
    let tolerance_seconds = match tolerance.as_f64() {
        None if tolerance.is_undefined() => DEFAULT_TOLERANCE_SECONDS,
        Some(t) if t.is_finite() && t >= 0.0 && t.fract() == 0.0 => t as u64,
        _ => return Err("toleranceSeconds must be a whole number of seconds, 0 or more"),
    };
    let now = get(options, "now");
    let now = if now.is_undefined() {
        now_seconds()
    } else {
        unix_seconds(&now).ok_or("now must be a Date or Unix seconds")?
    };
    let expect = get(options, "expect");
    let expect = match expect.as_string() {
        None if expect.is_undefined() => Expect::Order,
        Some(name) => Expect::parse(&name).ok_or("expect must be \"order\" or \"companyCheck\"")?,
        None => return Err("expect must be \"order\" or \"companyCheck\""),
    };
    Ok(VerifyOptions {
        tolerance_seconds,
        now,
        expect,
    })
}

/// Signs parameters as FPGO does and returns the query string with `checksum` appended, for tests.
/// Throws an `FpgoError` (with `code`) on an empty secret or keys PHP would rename.
#[wasm_bindgen(js_name = signCallback)]
pub fn sign_callback(
    #[wasm_bindgen(unchecked_param_type = "CallbackParamsInput")] params: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] secret: JsValue,
) -> Result<String, js_sys::Error> {
    let secret = secret
        .as_string()
        .ok_or_else(|| error("invalid_argument", "the secret must be a string"))?;
    let pairs = param_pairs(&params).ok_or_else(|| {
        error(
            "invalid_argument",
            "params must be [key, value] pairs or an object, of strings and finite numbers",
        )
    })?;
    let answer = parse_answer(&text::sign_callback(&pairs, &secret));
    match get(&answer, "ok").as_string() {
        Some(query) => Ok(query),
        None => {
            let failure = get(&answer, "error");
            let code = get(&failure, "code").as_string().unwrap_or_default();
            Err(error(
                &code,
                &get(&failure, "message").as_string().unwrap_or_default(),
            ))
        }
    }
}

/// The pairs as JSON text `[["k","v"],...]` (numbers as JS prints them).
fn param_pairs(params: &JsValue) -> Option<String> {
    let entries: js_sys::Array = match params.dyn_ref::<js_sys::Array>() {
        Some(array) => array.clone(),
        None if params.is_object() => js_sys::Object::entries(params.unchecked_ref()),
        None => return None,
    };
    let strings = js_sys::Array::new();
    for pair in entries.iter() {
        let pair = pair.dyn_into::<js_sys::Array>().ok()?;
        let key = pair.get(0).as_string()?;
        let value = pair.get(1);
        let value = match (value.as_string(), value.as_f64()) {
            (Some(s), _) => s,
            (None, Some(n)) if n.is_finite() => {
                String::from(js_sys::Number::from(n).to_string_with_radix(10).ok()?)
            }
            _ => return None,
        };
        strings.push(&js_sys::Array::of2(
            &JsValue::from_str(&key),
            &JsValue::from_str(&value),
        ));
    }
    js_sys::JSON::stringify(&strings).ok().map(String::from)
}

/// Parses a terminal-order callback, which FPGO does not sign: `authenticated` is always `false`;
/// confirm the status with the Payment Status Check endpoint before acting on it.
#[wasm_bindgen(js_name = parseTerminalCallback, unchecked_return_type = "TerminalCallbackParams")]
pub fn parse_terminal_callback(
    #[wasm_bindgen(unchecked_param_type = "string")] url: JsValue,
) -> Result<JsValue, js_sys::Error> {
    let url = url
        .as_string()
        .ok_or_else(|| error("invalid_argument", "the callback URL must be a string"))?;
    let answer = parse_answer(&text::parse_terminal_callback(&url));
    let ok = get(&answer, "ok");
    if !ok.is_undefined() {
        return Ok(ok);
    }
    let failure = get(&answer, "error");
    let code = get(&failure, "code").as_string().unwrap_or_default();
    Err(error(
        &code,
        &get(&failure, "message").as_string().unwrap_or_default(),
    ))
}
