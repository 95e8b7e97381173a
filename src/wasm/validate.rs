//! `fpgo/validate` (and the full module): validation, totals and the builders of `crate::json_api`.

use crate::json_api::{builders, totals, validate as validation};
use wasm_bindgen::prelude::*;

/// See [`validation::validate`].
#[wasm_bindgen(js_name = validate)]
pub fn validate(endpoint_id: &str, payload_json: &str, options_json: &str) -> String {
    validation::validate(endpoint_id, payload_json, options_json)
}

/// See [`validation::endpoints`].
#[wasm_bindgen(js_name = endpoints)]
pub fn endpoints() -> String {
    validation::endpoints()
}

/// See [`totals::compute_totals`].
#[wasm_bindgen(js_name = compute_totals)]
pub fn compute_totals(lines_json: &str, options_json: &str) -> String {
    totals::compute_totals(lines_json, options_json)
}

/// See [`builders::build`]; every per-endpoint builder of the JS API calls it with its id.
#[wasm_bindgen(js_name = build)]
pub fn build(endpoint_id: &str, input_json: &str, options_json: &str) -> String {
    builders::build(endpoint_id, input_json, options_json)
}

/// See [`builders::reservation_warnings`].
#[wasm_bindgen(js_name = reservation_warnings)]
pub fn reservation_warnings(
    endpoint_id: &str,
    payload_json: &str,
    details_json: &str,
    options_json: &str,
) -> String {
    builders::reservation_warnings(endpoint_id, payload_json, details_json, options_json)
}
