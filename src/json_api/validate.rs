//! The JSON-text API of validation (see the module docs of `json_api`): `validate` and `endpoints`.
//! The packaging helper's plain version over today's core; the engine helper owns this file.

use super::{answer, error_json, ok_value, parse_json, parse_options};
use crate::endpoints::{self, Location};
use crate::validate::{self as core, Lang, ValidateOptions};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

/// `validate(endpointId, payload, options)`: `payload_json` is the payload's JSON text (what the
/// server would receive), `options_json` `{"lang":"da","taxRates":["8"]}` or `""`. Answers
/// `{"ok":{"valid":..,"errors":..,"warnings":..,"serverOnly":..}}`, or an error with code
/// `unknown_endpoint`, `invalid_argument` (a bad option), `invalid_payload` (not JSON) or
/// `payload_too_large`.
pub fn validate(endpoint_id: &str, payload_json: &str, options_json: &str) -> String {
    answer((|| {
        let options = validate_options(&parse_options(options_json)?)?;
        let payload = parse_json("payload", payload_json)?;
        core::validate(endpoint_id, &payload, &options)
            .map(|report| ok_value(&report))
            .map_err(|e| error_json(e.code(), &e.to_string()))
    })())
}

/// `lang`, `taxRates` and `attributes` of an options object, checked: a bad one is `invalid_argument`.
pub fn validate_options(options: &Map<String, Value>) -> Result<ValidateOptions, String> {
    let bad = |m: &str| error_json("invalid_argument", m);
    let mut out = ValidateOptions::default();
    match options.get("lang") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => {
            out.lang = Lang::parse(s).ok_or_else(|| {
                bad(&format!(
                    "options.lang `{s}` is not one of en, no, sv, da, de"
                ))
            })?
        }
        Some(_) => return Err(bad("options.lang must be a string")),
    }
    out.attributes = crate::rules::messages::parse_attributes(options.get("attributes")).map_err(|m| bad(&m))?;
    match options.get("taxRates") {
        None | Some(Value::Null) => {}
        Some(Value::Array(rates)) => out.tax_rates = tax_rates(rates).map_err(|m| bad(&m))?,
        Some(_) => {
            return Err(bad(
                "options.taxRates must be an array of numbers or numeric strings",
            ))
        }
    }
    Ok(out)
}

/// Tax rates as decimal strings: numeric strings as given, numbers through their shortest text
/// (12 -> "12", 12.5 -> "12.5", as PHP casts them).
pub fn tax_rates(rates: &[Value]) -> Result<Vec<String>, String> {
    rates
        .iter()
        .map(|rate| {
            let text = match rate {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                _ => {
                    return Err(
                        "options.taxRates must be an array of numbers or numeric strings"
                            .to_string(),
                    )
                }
            };
            match crate::rules::php::numeric_string(&text) {
                Some(_) => Ok(text),
                None => Err(format!("options.taxRates: `{text}` is not a number")),
            }
        })
        .collect()
}

/// `endpoints()`: every documented endpoint with its rule strings, `{"ok":[{id, name, method, path,
/// pathParams, query, rules}, ...]}` (maps in table order).
pub fn endpoints() -> String {
    let list: Vec<EndpointInfo> = endpoints::all().map(EndpointInfo).collect();
    ok_value(&list)
}

struct EndpointInfo(&'static endpoints::Endpoint);

impl Serialize for EndpointInfo {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        let mut map = s.serialize_map(Some(7))?;
        map.serialize_entry("id", e.id)?;
        map.serialize_entry("name", e.name)?;
        map.serialize_entry("method", e.method.as_str())?;
        map.serialize_entry("path", e.path)?;
        map.serialize_entry("pathParams", &FieldRules(e, Location::Path))?;
        map.serialize_entry("query", &FieldRules(e, Location::Query))?;
        map.serialize_entry("rules", &FieldRules(e, Location::Body))?;
        map.end()
    }
}

/// Field -> rule string of one location, in table order.
struct FieldRules(&'static endpoints::Endpoint, Location);

impl Serialize for FieldRules {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.fields_at(self.1).map(|f| (f.name, f.rules)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Value {
        serde_json::from_str(text).expect("answers are JSON")
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
        assert_eq!(r["ok"]["errors"]["orderDate"][0]["message"], "The Order date field is required.");
        assert!(r["ok"]["serverOnly"].is_object());
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
        let r = parse(&validate(id, r#""not an object""#, "null"));
        assert_eq!(r["ok"]["valid"], false);
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
    }
}
