//! `fpgo/callbacks` (and every larger module): the callback functions of `crate::json_api::callbacks`.

use crate::json_api::callbacks;
use wasm_bindgen::prelude::*;

/// See [`callbacks::verify_callback_compact`]: the secrets joined by NUL characters, the tolerance
/// (NaN for the default), `now` in Unix seconds, `expect === "companyCheck"`. A valid callback's
/// answer is the compact text bare (starting `o` or `c`); any other is a `{"ok":...}` envelope.
///
/// The two numbers cross as the low and high 32-bit words of their f64 bits (little-endian, as JS
/// writes them with a `DataView`): V8 compiles a JS-to-wasm wrapper for each export signature with
/// an f64 parameter when it compiles the module, where signatures of i32s alone share its generic
/// wrapper (docs/performance.md, "Start-up").
#[wasm_bindgen(js_name = verify_callback)]
pub fn verify_callback(
    url: &str,
    secrets: &str,
    tolerance_low: u32,
    tolerance_high: u32,
    now_low: u32,
    now_high: u32,
    company_check: bool,
) -> String {
    callbacks::verify_callback_compact(
        url,
        secrets,
        f64_of_words(tolerance_low, tolerance_high),
        f64_of_words(now_low, now_high),
        company_check,
    )
}

/// The f64 whose bits are `high:low`.
fn f64_of_words(low: u32, high: u32) -> f64 {
    f64::from_bits(u64::from(low) | (u64::from(high) << 32))
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
