//! The core's validation, applied to each request as the live API does: a failure is HTTP 417
//! `payloadValidationErrors` with `errors` as the array of English messages in Laravel's order
//! (`$validator->errors()->all()`, issue 12 §1). The messages and their order are the core's
//! (`fpgo::validate`, language `en`): the report is flattened field by field, rule by rule.

use crate::routing::PathParams;
use fpgo::endpoints::Endpoint;
use fpgo::validate::{validate_request, ValidateError, ValidateOptions};
use serde_json::Value;
use std::collections::BTreeMap;

/// The messages of a request that fails the endpoint's rules (`Some`, never empty), or `None`.
/// `payload` is Laravel's input (JSON body plus query, see `request::payload`); query-located
/// fields are checked against the query parameters alone.
pub fn messages(
    endpoint: &Endpoint,
    params: &PathParams,
    query: &BTreeMap<String, String>,
    payload: &Value,
) -> Result<Option<Vec<String>>, ValidateError> {
    let report = validate_request(
        endpoint.id,
        params,
        query,
        payload,
        &ValidateOptions::default(),
    )?;
    if report.valid {
        return Ok(None);
    }
    // `into_iter` over (field, issues) pairs, not `into_values`: the core is free to keep its
    // report in any ordered collection of pairs (it keeps Laravel's order).
    #[allow(clippy::iter_kv_map)]
    let flat: Vec<String> = report
        .errors
        .into_iter()
        .flat_map(|(_field, issues)| issues.into_iter().map(|issue| issue.message))
        .collect();
    Ok(Some(flat))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn failures_are_english_messages_in_report_order() {
        let endpoint = fpgo::endpoints::find("orders.cancel").unwrap();
        let params = PathParams::from([("orderUuid".to_string(), "ODR1".to_string())]);
        let got = messages(endpoint, &params, &BTreeMap::new(), &json!({})).unwrap();
        let report =
            fpgo::validate::validate("orders.cancel", &json!({}), &ValidateOptions::default())
                .unwrap();
        #[allow(clippy::iter_kv_map)]
        let expected: Vec<String> = report
            .errors
            .into_iter()
            .flat_map(|(_, v)| v.into_iter().map(|i| i.message))
            .collect();
        assert!(!expected.is_empty());
        assert_eq!(got, Some(expected));
        let ok = json!({"cancellationNote": "wrong size"});
        assert_eq!(
            messages(endpoint, &params, &BTreeMap::new(), &ok).unwrap(),
            None
        );
    }
}
