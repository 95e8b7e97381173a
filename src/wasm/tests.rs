//! wasm-bindgen tests of the JS-facing functions, run in Node (`make test-wasm-node`) and in headless
//! Chromium (`make test-wasm-browser`, WASM_BINDGEN_USE_BROWSER=1): the same values cross the same
//! boundary as in users' runtimes.

use super::callbacks::{parse_terminal_callback, sign_callback, verify_callback};
use super::convert::get;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

const SECRET: &str = "wasm-test-secret";

fn obj(pairs: &[(&str, JsValue)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o
}

fn no_freshness() -> Option<js_sys::Object> {
    Some(obj(&[("toleranceSeconds", JsValue::from(0))]))
}

fn error_code(result: &JsValue) -> Option<String> {
    get(&get(result, "error"), "code").as_string()
}

fn signed(pairs: &[(&str, &str)]) -> String {
    let params = obj(&pairs.iter().map(|(k, v)| (*k, JsValue::from_str(v))).collect::<Vec<_>>());
    sign_callback(params.into(), JsValue::from_str(SECRET)).unwrap()
}

/// A complete order callback (every documented field in its form).
fn order(status: &str, timestamp: &str) -> String {
    signed(&[("orderUuid", "ODR1"), ("status", status), ("paymentMethod", "Visa"), ("amount", "10.50"), ("createdAt", "1755764131"), ("timestamp", timestamp)])
}

#[wasm_bindgen_test]
fn signed_callbacks_verify_with_typed_params() {
    let q = order("resevred", "1755764131");
    let r = verify_callback(JsValue::from_str(&q), JsValue::from_str(SECRET), no_freshness());
    assert_eq!(get(&r, "valid").as_bool(), Some(true));
    let params = get(&r, "params");
    assert_eq!(get(&params, "kind").as_string().as_deref(), Some("order"));
    assert_eq!(get(&params, "status").as_string().as_deref(), Some("RESERVED"));
    assert_eq!(get(&get(&params, "raw"), "amount").as_string().as_deref(), Some("10.50"));
}

#[wasm_bindgen_test]
fn rotation_accepts_an_array_of_secrets() {
    let q = order("PAID", "1755764131");
    let secrets = js_sys::Array::of2(&JsValue::from_str("old"), &JsValue::from_str(SECRET));
    let r = verify_callback(JsValue::from_str(&q), secrets.into(), no_freshness());
    assert_eq!(get(&r, "valid").as_bool(), Some(true));
}

#[wasm_bindgen_test]
fn freshness_uses_the_js_clock_by_default() {
    let old = order("PAID", "1000000000");
    let r = verify_callback(JsValue::from_str(&old), JsValue::from_str(SECRET), None);
    assert_eq!(error_code(&r).as_deref(), Some("stale"));
    let now = (js_sys::Date::now() / 1000.0).floor().to_string();
    let fresh = order("PAID", &now);
    let r = verify_callback(JsValue::from_str(&fresh), JsValue::from_str(SECRET), None);
    assert_eq!(get(&r, "valid").as_bool(), Some(true));
}

#[wasm_bindgen_test]
fn wrong_types_are_typed_results_not_throws() {
    let q = order("PAID", "1755764131");
    let cases: Vec<(JsValue, JsValue, Option<js_sys::Object>, &str)> = vec![
        (JsValue::from(42), JsValue::from_str(SECRET), None, "invalid_argument"),
        (JsValue::NULL, JsValue::from_str(SECRET), None, "invalid_argument"),
        (JsValue::from_str(&q), JsValue::from(7), None, "invalid_argument"),
        (JsValue::from_str(&q), JsValue::from_str(""), None, "missing_secret"),
        (JsValue::from_str(&q), JsValue::from_str(SECRET), Some(obj(&[("toleranceSeconds", JsValue::from(-1))])), "invalid_argument"),
        (JsValue::from_str(&q), JsValue::from_str(SECRET), Some(obj(&[("now", JsValue::from_str("now"))])), "invalid_argument"),
        (JsValue::from_str(&q), JsValue::from_str(SECRET), Some(obj(&[("expect", JsValue::from_str("refund"))])), "invalid_argument"),
        (JsValue::from_str(&q), JsValue::from_str(SECRET), Some(obj(&[("expect", JsValue::from_str("companyCheck"))])), "malformed_callback"),
        (JsValue::from_str(&format!("{q}&extra=1")), JsValue::from_str(SECRET), no_freshness(), "checksum_mismatch"),
        (JsValue::from_str(&format!("orderUuid=%FF&checksum={}", "0".repeat(64))), JsValue::from_str(SECRET), None, "malformed_query"),
    ];
    for (url, secret, options, code) in cases {
        let r = verify_callback(url, secret, options);
        assert_eq!(get(&r, "valid").as_bool(), Some(false));
        assert_eq!(error_code(&r).as_deref(), Some(code));
    }
}

#[wasm_bindgen_test]
fn sign_errors_are_thrown_as_fpgo_errors() {
    let err = sign_callback(obj(&[("a.b", JsValue::from_str("1"))]).into(), JsValue::from_str(SECRET)).unwrap_err();
    assert_eq!(err.name(), "FpgoError");
    assert_eq!(get(&err, "code").as_string().as_deref(), Some("malformed_query"));
    let err = sign_callback(JsValue::from_str("a=1"), JsValue::from_str(SECRET)).unwrap_err();
    assert_eq!(get(&err, "code").as_string().as_deref(), Some("invalid_argument"));
}

#[wasm_bindgen_test]
fn terminal_callbacks_are_unauthenticated() {
    let t = parse_terminal_callback(JsValue::from_str("?orderUuid=ODR1&status=Approved&type=Payment_Refund&totalAmount=42")).unwrap();
    assert_eq!(get(&t, "authenticated").as_bool(), Some(false));
    assert_eq!(get(&t, "type").as_string().as_deref(), Some("Payment_Refund"));
    assert!(parse_terminal_callback(JsValue::from(1)).is_err());
}
