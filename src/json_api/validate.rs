//! The JSON-text API of validation (see the module docs of `json_api`): `validate` and `endpoints`.
//! Answers are written straight into one `String` (no intermediate `serde_json::Value`).

use super::{check_payload_size, error_json, push_json_str, push_server_only};
use crate::endpoints::{self, Location};
use crate::validate::{self as core, IssueMap, Report, ValidateOptions};
use serde_json::{Map, Value};
use std::sync::OnceLock;

/// `validate(endpointId, payload, options)`: `payload_json` is the payload's JSON text (what the
/// server would receive), `options_json` is `JSON.stringify(options)` (`{"lang":"da","taxRates":[8]}`)
/// or `""` for none. Answers `{"ok":{"valid":..,"errors":{..},"warnings":{..},"serverOnly":{..},
/// "truncated":..}}` (fields in Laravel's order, see [`core::IssueMap`]), or
/// `{"error":{"code":..,"message":..}}` with code `unknown_endpoint`, `invalid_argument` (a bad
/// option), `payload_too_large` (over 1 MB, refused before parsing) or `invalid_payload` (not JSON).
pub fn validate(endpoint_id: &str, payload_json: &str, options_json: &str) -> String {
    let options = match ValidateOptions::from_json(options_json) {
        Ok(o) => o,
        Err(e) => return error_json(e.code(), &e.message),
    };
    if let Err(too_large) = check_payload_size("payload", payload_json) {
        return too_large;
    }
    let payload: Value = match crate::json::parse(payload_json) {
        Ok(v) => v,
        Err(e) => return error_json("invalid_payload", &super::not_json("payload", &e)),
    };
    match core::validate(endpoint_id, &payload, &options) {
        Ok(report) => report_json(&report),
        Err(e) => error_json(e.code(), &e.message()),
    }
}

/// `lang` and `taxRates` of an options object already parsed (the builders' options carry them
/// too); a bad one is an `invalid_argument` error envelope.
pub fn validate_options(options: &Map<String, Value>) -> Result<ValidateOptions, String> {
    ValidateOptions::from_map(options).map_err(|e| error_json(e.code(), &e.message))
}

/// Tax rates as decimal strings: numeric strings as given, numbers through their shortest text
/// (12 -> "12", 12.5 -> "12.5", as PHP casts them); the totals' options read them too.
pub fn tax_rates(rates: &[Value]) -> Result<Vec<String>, String> {
    ValidateOptions::tax_rates_from(rates).map_err(|e| e.message)
}

/// `{"ok":<report>}` in one pass.
pub fn report_json(report: &Report) -> String {
    let mut out = String::with_capacity(96 + 96 * (report.errors.len() + report.warnings.len()));
    out.push_str("{\"ok\":{\"valid\":");
    out.push_str(if report.valid { "true" } else { "false" });
    out.push_str(",\"errors\":");
    push_issues(&mut out, &report.errors);
    out.push_str(",\"warnings\":");
    push_issues(&mut out, &report.warnings);
    out.push_str(",\"serverOnly\":");
    push_server_only(&mut out, &report.server_only);
    out.push_str(",\"truncated\":");
    out.push_str(if report.truncated { "true" } else { "false" });
    out.push_str("}}");
    out
}

/// `validate()`'s errors or warnings, in the map's (Laravel's) order: the one writer the builders'
/// answers use too.
fn push_issues(out: &mut String, issues: &IssueMap) {
    super::push_issue_map(out, issues);
}

/// `endpoints()`: every documented endpoint with its rule strings, `{"ok":[{id, name, method, path,
/// pathParams, query, rules}, ...]}` (maps in table order). Written once, then copied.
pub fn endpoints() -> String {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(endpoints_json).clone()
}

fn endpoints_json() -> String {
    let mut out = String::with_capacity(32 * 1024);
    out.push_str("{\"ok\":[");
    for (i, e) in endpoints::all().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"id\":");
        push_json_str(&mut out, e.id);
        out.push_str(",\"name\":");
        push_json_str(&mut out, e.name);
        out.push_str(",\"method\":");
        push_json_str(&mut out, e.method.as_str());
        out.push_str(",\"path\":");
        push_json_str(&mut out, e.path);
        for (key, at) in [
            ("pathParams", Location::Path),
            ("query", Location::Query),
            ("rules", Location::Body),
        ] {
            out.push_str(",\"");
            out.push_str(key);
            out.push_str("\":{");
            for (j, f) in e.fields_at(at).enumerate() {
                if j > 0 {
                    out.push(',');
                }
                push_json_str(&mut out, f.name);
                out.push(':');
                push_json_str(&mut out, f.rules);
            }
            out.push('}');
        }
        out.push('}');
    }
    out.push_str("]}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Value {
        serde_json::from_str(text).expect("answers are JSON")
    }

    fn example() -> String {
        std::fs::read_to_string("tests/fixtures/examples/orders.sendPaymentLink.json")
            .expect("the documented example")
    }

    #[test]
    fn the_documented_example_is_valid_and_the_shape_is_complete() {
        let r = parse(&validate("orders.sendPaymentLink", &example(), ""));
        let ok = &r["ok"];
        assert_eq!(ok["valid"], true, "{r}");
        assert_eq!(ok["errors"], serde_json::json!({}));
        assert!(ok["warnings"].is_object() && ok["serverOnly"].is_object());
        assert_eq!(ok["truncated"], false);
    }

    #[test]
    fn a_failing_payload_is_a_result_with_rule_names_and_messages() {
        let payload = r#"{"products":[{"name":"a","quantity":1,"rate":1,"tax":8,"amount":1}]}"#;
        let r = parse(&validate("orders.sendPaymentLink", payload, ""));
        assert_eq!(r["ok"]["valid"], false);
        assert_eq!(r["ok"]["errors"]["products.0.tax"][0]["rule"], "In");
        let r = parse(&validate(
            "orders.sendPaymentLink",
            payload,
            r#"{"taxRates":[8],"lang":"da"}"#,
        ));
        assert!(r["ok"]["errors"].get("products.0.tax").is_none());
        assert_eq!(
            r["ok"]["errors"]["orderDate"][0]["message"],
            "Feltet order date er påkrævet."
        );
        let named = r#"{"attributes":{"orderDate":"Order date"}}"#;
        let r = parse(&validate("orders.sendPaymentLink", payload, named));
        assert_eq!(
            r["ok"]["errors"]["orderDate"][0]["message"],
            "The Order date field is required."
        );
        assert!(r["ok"]["serverOnly"].is_object());
    }

    #[test]
    fn errors_come_in_laravels_order_not_sorted() {
        // Table order: products.* fields first, then orderSummary, ..., customerDetails.
        let payload = r#"{"products":[{"name":"a","quantity":1,"rate":1,"tax":8,"amount":1}]}"#;
        let text = validate("orders.sendPaymentLink", payload, "");
        let position = |needle: &str| {
            text.find(needle)
                .unwrap_or_else(|| panic!("{needle} in {text}"))
        };
        assert!(position("\"products.0.tax\"") < position("\"orderSummary.subTotal\""));
        assert!(position("\"orderSummary.grandTotal\"") < position("\"orderDate\""));
        assert!(position("\"orderDate\"") < position("\"customerDetails.name\""));
    }

    #[test]
    fn bad_calls_are_typed_errors() {
        let code = |answer: String| parse(&answer)["error"]["code"].as_str().map(String::from);
        let id = "orders.sendPaymentLink";
        assert_eq!(
            code(validate("x.y", "{}", "")).as_deref(),
            Some("unknown_endpoint")
        );
        assert_eq!(
            code(validate(id, "{}", r#"{"lang":"fr"}"#)).as_deref(),
            Some("invalid_argument")
        );
        assert_eq!(
            code(validate(id, "{}", r#"{"lang":1}"#)).as_deref(),
            Some("invalid_argument")
        );
        assert_eq!(
            code(validate(id, "{}", r#"{"taxRates":[null]}"#)).as_deref(),
            Some("invalid_argument")
        );
        assert_eq!(
            code(validate(id, "{}", r#"{"taxRates":["abc"]}"#)).as_deref(),
            Some("invalid_argument")
        );
        assert_eq!(
            code(validate(id, "{}", r#"{"attributes":{"a":1}}"#)).as_deref(),
            Some("invalid_argument")
        );
        assert_eq!(
            code(validate(id, "{}", r#""en""#)).as_deref(),
            Some("invalid_argument")
        );
        assert_eq!(
            code(validate(id, "{", "")).as_deref(),
            Some("invalid_payload")
        );
        assert_eq!(
            code(validate(id, "", "")).as_deref(),
            Some("invalid_payload")
        );
        let r = parse(&validate(id, r#""not an object""#, "null"));
        assert_eq!(r["ok"]["valid"], false);
    }

    #[test]
    fn payloads_over_one_megabyte_are_refused_before_parsing() {
        // Not even JSON: refused for its size alone, so nothing was parsed.
        let big = "x".repeat(super::super::MAX_PAYLOAD_BYTES + 1);
        let r = parse(&validate("orders.sendPaymentLink", &big, ""));
        assert_eq!(r["error"]["code"], "payload_too_large");
        let at_limit = format!("\"{}\"", "a".repeat(super::super::MAX_PAYLOAD_BYTES - 2));
        assert_eq!(
            parse(&validate("orders.sendPaymentLink", &at_limit, ""))["ok"]["valid"],
            false
        );
    }

    #[test]
    fn error_collection_stops_after_a_thousand_with_truncated() {
        let zeros = vec!["0"; 200_000].join(",");
        let r = parse(&validate(
            "orders.sendPaymentLink",
            &format!("{{\"products\":[{zeros}]}}"),
            "",
        ));
        let errors = r["ok"]["errors"].as_object().expect("errors");
        let count: usize = errors
            .values()
            .map(|v| v.as_array().map_or(0, Vec::len))
            .sum();
        assert_eq!(count, crate::rules::MAX_FAILURES);
        assert_eq!(r["ok"]["truncated"], true);
        assert_eq!(
            r["ok"]["warnings"],
            serde_json::json!({}),
            "no warnings are computed for a truncated check"
        );
        assert_eq!(r["ok"]["valid"], false);
        // The first thousand in Laravel's order: `products.*.name` of the first thousand lines.
        assert!(errors.contains_key("products.0.name") && errors.contains_key("products.999.name"));
        assert!(
            !errors.contains_key("products.1000.name")
                && !errors.contains_key("products.0.quantity")
        );
    }

    #[test]
    fn endpoints_are_listed_with_rules_in_table_order() {
        let list = parse(&endpoints());
        let list = list["ok"].as_array().expect("a list");
        assert_eq!(list.len(), 52);
        for key in [
            "id",
            "name",
            "method",
            "path",
            "pathParams",
            "query",
            "rules",
        ] {
            assert!(list[0].get(key).is_some(), "{key}");
        }
        let first = endpoints::all().next().expect("an endpoint");
        assert_eq!(list[0]["id"], first.id);
        let rules: Vec<&String> = list[0]["rules"]
            .as_object()
            .expect("rules")
            .keys()
            .collect();
        let table: Vec<&str> = first.fields_at(Location::Body).map(|f| f.name).collect();
        assert_eq!(rules, table);
        assert_eq!(endpoints(), endpoints());
    }
}
