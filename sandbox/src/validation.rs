//! The library's validation, applied to each request the way the API does (417
//! `payloadValidationErrors` with Laravel's field map, `000:1371-1381`).

use crate::routing::PathParams;
use fpgo::endpoints::Endpoint;
use fpgo::validate::{validate_request, ValidateOptions};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The field map (`{field: [messages]}`) of a request that fails the endpoint's rules, or `None`.
/// `payload` is Laravel's input (JSON body plus query, see `api::payload`); query-located fields are
/// checked against the query parameters alone.
pub fn errors(
    endpoint: &Endpoint,
    params: &PathParams,
    query: &BTreeMap<String, String>,
    payload: &Value,
) -> Option<Value> {
    let report = match validate_request(
        endpoint.id,
        params,
        query,
        payload,
        &ValidateOptions::default(),
    ) {
        Ok(r) => r,
        Err(e) => return Some(serde_json::json!({"endpoint": [e.to_string()]})),
    };
    if report.valid {
        return None;
    }
    let map: Map<String, Value> = report
        .errors
        .into_iter()
        .map(|(field, issues)| {
            (
                field,
                Value::Array(
                    issues
                        .into_iter()
                        .map(|i| Value::String(i.message))
                        .collect(),
                ),
            )
        })
        .collect();
    Some(Value::Object(map))
}
