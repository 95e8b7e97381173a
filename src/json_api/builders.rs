//! The JSON-text API of the builders (see the module docs of `json_api`): `build` (every per-endpoint
//! builder of the JS API calls it with its id) and `reservationWarnings`.
//! The packaging helper's plain version over today's core; the money helper owns this file.

use super::validate::validate_options;
use super::{answer, error_json, error_value, ok_value, parse_json, parse_options};
use crate::builders::{self, BuildOptions};
use crate::validate::IssueMap;
use serde_json::{Map, Value};

/// `build(endpointId, input, options)`: `input_json` the input's JSON text (the JS wrapper has
/// turned Dates into Unix seconds), `options_json` `{"lang", "taxRates", "now": seconds | null,
/// "skipValidation": bool}` or `""` (`now` absent or null: no clock, an absent `orderDate` stays
/// absent). Answers `{"ok":{"endpoint","payload","warnings"}}` or the build error with every field
/// (`code`, `message`, `field`, `cause`, `errors`, `warnings`); a bad option is `invalid_argument`.
pub fn build(endpoint_id: &str, input_json: &str, options_json: &str) -> String {
    answer((|| {
        let (options, skip_validation) = build_options(&parse_options(options_json)?)?;
        let input = parse_json("input", input_json)?;
        if !input.is_object() {
            return Err(error_value(&builders::BuildError::NotAnObject));
        }
        let built = if skip_validation {
            builders::draft(endpoint_id, &input, &options)
        } else {
            builders::build(endpoint_id, &input, &options)
        };
        built.map(|b| ok_value(&b)).map_err(|e| error_value(&e))
    })())
}

/// `reservationWarnings(endpointId, payload, details, options)`: warnings by field
/// (`{"ok":{"field":[{"rule","message"}]}}`); odd details give no warnings, never an error.
pub fn reservation_warnings(
    endpoint_id: &str,
    payload_json: &str,
    details_json: &str,
    options_json: &str,
) -> String {
    answer((|| {
        let (options, _) = build_options(&parse_options(options_json)?)?;
        let payload = parse_json("payload", payload_json)?;
        let details = parse_json("details", details_json)?;
        let mut map = IssueMap::new();
        for (field, issue) in crate::totals::reservation_warnings(
            endpoint_id,
            &payload,
            &details,
            options.validate.lang,
        ) {
            map.entry(field).or_default().push(issue);
        }
        Ok(ok_value(&map))
    })())
}

fn build_options(options: &Map<String, Value>) -> Result<(BuildOptions, bool), String> {
    let bad = |m: &str| error_json("invalid_argument", m);
    let validate = validate_options(options)?;
    let now = match options.get("now") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => Some(
            n.as_i64()
                .ok_or_else(|| bad("now must be whole Unix seconds"))?,
        ),
        Some(_) => return Err(bad("now must be a Date, Unix seconds or null")),
    };
    let skip_validation = match options.get("skipValidation") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(bad("skipValidation must be a boolean")),
    };
    Ok((BuildOptions { validate, now }, skip_validation))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Value {
        serde_json::from_str(text).expect("answers are JSON")
    }

    #[test]
    fn builders_fill_amounts_and_dates_and_keep_nulls() {
        let input = r#"{"products":[{"name":"A","quantity":1,"rate":4500,"tax":12}],"referenceNo":null,"orderDate":1703040812}"#;
        let r = parse(&build(
            "orders.sendPaymentLink",
            input,
            r#"{"skipValidation":true}"#,
        ));
        assert_eq!(r["ok"]["payload"]["orderSummary"]["totalTax"], "482.14");
        assert!(r["ok"]["payload"]["referenceNo"].is_null());
        let r = parse(&build("orders.sendPaymentLink", input, ""));
        assert_eq!(r["error"]["code"], "invalid_payload");
        assert!(r["error"]["errors"]["customerDetails.name"].is_array());
    }

    #[test]
    fn bad_calls_are_typed_errors() {
        let code = |answer: String| parse(&answer)["error"]["code"].as_str().map(String::from);
        assert_eq!(
            code(build("orders.delayedCharge", "{}", "")).as_deref(),
            Some("no_body")
        );
        assert_eq!(
            code(build("orders.nope", "{}", "")).as_deref(),
            Some("unknown_endpoint")
        );
        assert_eq!(
            code(build("orders.cancel", "[]", "")).as_deref(),
            Some("not_an_object")
        );
        assert_eq!(
            code(build("orders.cancel", "{}", r#"{"lang":"fr"}"#)).as_deref(),
            Some("invalid_argument")
        );
        assert_eq!(
            code(build("orders.cancel", "{}", r#"{"now":"soon"}"#)).as_deref(),
            Some("invalid_argument")
        );
        assert_eq!(
            code(build("orders.cancel", "{}", r#"{"skipValidation":"yes"}"#)).as_deref(),
            Some("invalid_argument")
        );
    }

    #[test]
    fn reservation_warnings_of_odd_details_are_empty() {
        let r = parse(&reservation_warnings(
            "reservations.capture",
            "{}",
            "{}",
            "",
        ));
        assert_eq!(r["ok"], serde_json::json!({}));
    }
}
