//! The library's validation, applied to each request the way the API does (417
//! `payloadValidationErrors` with Laravel's field map).

use crate::routing::PathParams;
use fpgo::endpoints::Endpoint;
use serde_json::Value;

/// The field map of a payload that fails the endpoint's rules, or `None`.
pub fn errors(_endpoint: &Endpoint, _params: &PathParams, _payload: &Value) -> Option<Value> {
    // Wired to fpgo::validate::validate once the rule engine lands on main.
    None
}
