//! Conversions shared by the bindings: Rust values to JS objects, JS inputs to Rust values, and
//! typed errors as JS `Error`s with a stable `code`. Nothing here panics.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A Rust value as a plain JS value (maps become objects, `None` fields are left out).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value
        .serialize(&serializer)
        .unwrap_or_else(|e| error("internal", &format!("could not convert a result to JS: {e}")).into())
}

/// A value holding JSON as a JS value where JSON `null` stays `null` (the shared `to_js` turns it
/// into `undefined`, which `JSON.stringify` drops: `"referenceNo": null` would vanish from a
/// payload).
pub fn to_js_json<T: Serialize + ?Sized>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    value.serialize(&serializer).unwrap_or_else(|e| {
        error(
            "internal",
            &format!("could not convert a result to JS: {e}"),
        )
        .into()
    })
}

/// A JS `Error` with `name` and a stable `code`, for programmer errors that are thrown.
pub fn error(code: &str, message: &str) -> js_sys::Error {
    let err = js_sys::Error::new(message);
    err.set_name("FpgoError");
    let _ = js_sys::Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str(code));
    err
}

/// `obj[key]`, or `undefined` when `obj` is not an object.
pub fn get(obj: &JsValue, key: &str) -> JsValue {
    if !obj.is_object() {
        return JsValue::UNDEFINED;
    }
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// A string, or a list of strings; `None` for anything else.
pub fn string_or_strings(value: &JsValue) -> Option<Vec<String>> {
    if let Some(s) = value.as_string() {
        return Some(vec![s]);
    }
    let array = value.dyn_ref::<js_sys::Array>()?;
    array.iter().map(|v| v.as_string()).collect()
}

/// Unix seconds from a `Date` or a number of seconds; `None` for anything else.
pub fn unix_seconds(value: &JsValue) -> Option<i64> {
    let seconds = match value.dyn_ref::<js_sys::Date>() {
        Some(date) => date.get_time() / 1000.0,
        None => value.as_f64()?,
    };
    finite_i64(seconds.floor())
}

/// The current time in Unix seconds (the core reads no clock itself).
pub fn now_seconds() -> i64 {
    finite_i64((js_sys::Date::now() / 1000.0).floor()).unwrap_or(0)
}

/// A whole number as i64 when it is finite and within ±2^53 (exact in a JS number).
pub fn finite_i64(value: f64) -> Option<i64> {
    const LIMIT: f64 = 9_007_199_254_740_992.0;
    (value.is_finite() && value.fract() == 0.0 && value.abs() <= LIMIT).then_some(value as i64)
}
