//! `fpgo/callbacks` (and every larger module): the callback functions of `crate::json_api::callbacks`.

use crate::json_api::callbacks;
use wasm_bindgen::prelude::*;

/// See [`callbacks::verify_callback_compact`]: the secrets joined by NUL characters, the tolerance
/// (NaN for the default), `now` in Unix seconds, `expect === "companyCheck"`. A valid callback's
/// answer is the compact text bare (starting `o` or `c`); any other is a `{"ok":...}` envelope.
#[wasm_bindgen(js_name = verify_callback)]
pub fn verify_callback(
    url: &str,
    secrets: &str,
    tolerance_seconds: f64,
    now_seconds: f64,
    company_check: bool,
) -> String {
    callbacks::verify_callback_compact(url, secrets, tolerance_seconds, now_seconds, company_check)
}

/// See [`callbacks::sign_callback`].
#[wasm_bindgen(js_name = sign_callback)]
pub fn sign_callback(pairs_json: &str, secret: &str) -> String {
    callbacks::sign_callback(pairs_json, secret)
}

/// See [`callbacks::parse_terminal_callback`].
#[wasm_bindgen(js_name = parse_terminal_callback)]
pub fn parse_terminal_callback(url: &str) -> String {
    callbacks::parse_terminal_callback(url)
}
