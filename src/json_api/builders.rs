//! The JSON-text API of the builders (see the module docs of `json_api`): `build(endpointId,
//! input, options?)`, the per-endpoint builders (`ordersSendPaymentLink(input, options?)` is
//! `build("orders.sendPaymentLink", ...)`; [`builder_names`] lists them) and
//! `reservationWarnings(endpointId, payload, details, options?)`.
//!
//! Dates: the input's date fields and the `now` option take Unix seconds or ISO 8601 text, which
//! is what `JSON.stringify` makes of a JS `Date` (`"2023-12-20T02:53:32.000Z"`, read as its whole
//! second, as the former bindings read `Date` objects).

use super::validate::validate_options;
use super::{
    answer, error_json, error_json_with, ok_issue_map, ok_value, parse_json, parse_options,
    push_issue_map, push_json_str, push_member, push_server_only, push_value,
};
use crate::builders::{self, recipes, BuildError, BuildOptions, Built, Timestamp};
use serde_json::{Map, Value};

/// Builds the request body of `endpoint_id` (`"orders.sendPaymentLink"`).
///
/// `input_json`: the body's fields as a JSON object. `options_json`: empty, `null` or
/// `{"lang"?: "en"|"no"|"sv"|"da"|"de", "taxRates"?: [..], "now"?: seconds | ISO text | null,
/// "skipValidation"?: bool}`. `now` is used for an absent `orderDate`; the core reads no clock, so
/// the JS wrapper puts its clock there when the caller gave none (absent or `null`: no `orderDate`
/// is filled in).
///
/// Answers `{"ok":{"endpoint","payload","warnings","serverOnly"}}` or `{"error":{"code",
/// "message", ...}}` with codes `unknown_endpoint` / `no_body` (+`endpoint`), `not_an_object`,
/// `invalid_totals` (+`field`, `cause`), `invalid_date` (+`field`), `invalid_payload` (+`errors`,
/// `warnings`: the maps `validate()` returns; without them: the input is not JSON),
/// `invalid_rule_table`, `invalid_argument`, `payload_too_large`.
pub fn build(endpoint_id: &str, input_json: &str, options_json: &str) -> String {
    answer((|| {
        let (options, skip_validation) = build_options(&parse_options(options_json)?)?;
        let input = parse_json("input", input_json)?;
        if !input.is_object() {
            return Err(build_error_json(&BuildError::NotAnObject, None));
        }
        let built = if skip_validation {
            builders::draft(endpoint_id, &input, &options)
        } else {
            builders::build(endpoint_id, &input, &options)
        };
        match built {
            Ok(built) => built_answer(&built),
            Err(e) => Err(build_error_json(&e, Some(options.validate.lang))),
        }
    })())
}

/// `{"ok":{"endpoint","payload","warnings","serverOnly"}}`: `Built`'s `Serialize` form, key for
/// key, written directly (the derive inlined a writer into the export).
fn built_answer(built: &Built) -> Result<String, String> {
    let mut out = String::with_capacity(512);
    out.push_str("{\"ok\":{\"endpoint\":");
    push_json_str(&mut out, &built.endpoint);
    out.push_str(",\"payload\":");
    push_value(&mut out, &built.payload)?;
    out.push_str(",\"warnings\":");
    push_issue_map(&mut out, &built.warnings);
    out.push_str(",\"serverOnly\":");
    push_server_only(&mut out, &built.server_only);
    out.push_str("}}");
    Ok(out)
}

/// `{"error":{...}}` of a build error: the members of `BuildError`'s `Serialize` form, in its
/// order, written directly. A totals error's message is in `lang` (like the validation
/// messages); every other message is `BuildError::message`.
#[inline(never)]
fn build_error_json(e: &BuildError, lang: Option<crate::totals::Lang>) -> String {
    let mut extra = String::new();
    let message = match (e, lang) {
        (BuildError::Totals { field, error }, Some(lang)) => {
            crate::text::concat(&[field, ": ", &error.message(lang)])
        }
        _ => e.message(),
    };
    match e {
        BuildError::UnknownEndpoint { id } | BuildError::NoBody { id } => {
            push_member(&mut extra, "endpoint", id)
        }
        BuildError::Totals { field, error } => {
            push_member(&mut extra, "field", field);
            push_member(&mut extra, "cause", error.code());
        }
        BuildError::Date { field, .. } => push_member(&mut extra, "field", field),
        BuildError::Invalid { errors, warnings } => {
            extra.push_str(",\"errors\":");
            push_issue_map(&mut extra, errors);
            extra.push_str(",\"warnings\":");
            push_issue_map(&mut extra, warnings);
        }
        BuildError::NotAnObject | BuildError::InvalidRuleTable { .. } => {}
    }
    error_json_with(e.code(), &message, &extra)
}

/// Checks a capture or refund against the reservation's details (the response of Get Reservation
/// Details, or its `data`). `options_json`: as [`build`]'s (only `lang` matters). Answers
/// `{"ok":{field: [{"rule","message"}]}}` (nothing to compare gives `{}`), or an `error` for
/// text that is not JSON or bad options.
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
        let warnings = crate::totals::reservation_warnings(
            endpoint_id,
            &payload,
            &details,
            options.validate.lang,
        );
        Ok(ok_issue_map(&builders::issue_map(warnings)))
    })())
}

/// `{"ok":{"ordersSendPaymentLink":"orders.sendPaymentLink", ...}}`: the per-endpoint builder
/// names (the id without its dot, camel-cased) and the ids they build.
pub fn builder_names() -> String {
    let names: Map<String, Value> = recipes::all()
        .map(|(e, _)| (builder_name(e.id), Value::from(e.id)))
        .collect();
    ok_value(&names)
}

/// `orders.sendPaymentLink` -> `ordersSendPaymentLink`.
pub fn builder_name(endpoint_id: &str) -> String {
    let mut out = String::with_capacity(endpoint_id.len());
    let mut upper = false;
    for c in endpoint_id.chars() {
        if c == '.' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The options and the `skipValidation` flag.
fn build_options(options: &Map<String, Value>) -> Result<(BuildOptions, bool), String> {
    let bad = |m: &str| error_json("invalid_argument", m);
    let validate = validate_options(options)?;
    let now = match options.get("now") {
        None | Some(Value::Null) => None,
        Some(now) => Some(
            read_now(now)
                .ok_or_else(|| bad("now must be a Date, Unix seconds, an ISO 8601 date or null"))?,
        ),
    };
    let skip_validation = match options.get("skipValidation") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(bad("skipValidation must be a boolean")),
    };
    Ok((BuildOptions { validate, now }, skip_validation))
}

/// Unix seconds (a number, floored as a `Date`'s milliseconds were) or ISO 8601 text (what a
/// `Date` becomes in JSON).
fn read_now(now: &Value) -> Option<i64> {
    match now {
        Value::Number(n) => n.as_i64().or_else(|| whole_seconds(n.as_f64()?)),
        Value::String(s) => Timestamp::parse(s).ok().map(|t| t.unix()),
        _ => None,
    }
}

/// A finite number of seconds within ±2^53, floored.
fn whole_seconds(seconds: f64) -> Option<i64> {
    const LIMIT: f64 = 9_007_199_254_740_992.0;
    let floor = seconds.floor();
    // The cast is exact: the value is whole and within ±2^53.
    (floor.is_finite() && floor.abs() <= LIMIT).then_some(floor as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn answer(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    const DRAFT: &str = r#"{"skipValidation":true}"#;

    fn input() -> Value {
        json!({
            "products": [{ "name": "A", "quantity": 1, "rate": 4500, "tax": 12 }],
            "referenceNo": null,
            // What JSON.stringify makes of new Date("2023-12-20T02:53:32Z").
            "orderDate": "2023-12-20T02:53:32.000Z"
        })
    }

    #[test]
    fn drafts_fill_dates_amounts_and_keep_nulls() {
        let a = answer(&build(
            "orders.sendPaymentLink",
            &input().to_string(),
            DRAFT,
        ));
        let p = &a["ok"]["payload"];
        assert_eq!(p["orderDate"], "1703040812");
        assert_eq!(p["orderSummary"]["totalTax"], "482.14");
        assert_eq!(p["products"][0]["amount"], "4500.00");
        assert!(p["referenceNo"].is_null() && p.as_object().unwrap().contains_key("referenceNo"));
        assert_eq!(a["ok"]["endpoint"], "orders.sendPaymentLink");
        assert_eq!(a["ok"]["serverOnly"], json!({}));
    }

    #[test]
    fn a_failed_validation_carries_the_error_map() {
        let a = answer(&build("orders.sendPaymentLink", &input().to_string(), ""));
        assert_eq!(a["error"]["code"], "invalid_payload");
        assert!(
            a["error"]["errors"]["customerDetails.name"].is_array(),
            "{a}"
        );
        assert!(a["error"]["warnings"].is_object());
        let no = answer(&build(
            "orders.sendPaymentLink",
            &input().to_string(),
            r#"{"lang":"no"}"#,
        ));
        assert_ne!(
            no["error"]["errors"]["customerDetails.name"][0]["message"],
            a["error"]["errors"]["customerDetails.name"][0]["message"]
        );
    }

    #[test]
    fn now_comes_from_the_option() {
        let mut no_date = input();
        no_date.as_object_mut().unwrap().remove("orderDate");
        let text = no_date.to_string();
        let date = |options: &str| {
            answer(&build("orders.sendPaymentLink", &text, options))["ok"]["payload"]["orderDate"]
                .clone()
        };
        assert_eq!(
            date(r#"{"skipValidation":true,"now":1700000000}"#),
            "1700000000"
        );
        assert_eq!(
            date(r#"{"skipValidation":true,"now":1700000000.5}"#),
            "1700000000"
        );
        assert_eq!(
            date(r#"{"skipValidation":true,"now":"2023-12-20T02:53:32.999Z"}"#),
            "1703040812"
        );
        assert_eq!(date(r#"{"skipValidation":true,"now":null}"#), Value::Null);
        assert_eq!(date(DRAFT), Value::Null);
    }

    #[test]
    fn bad_calls_are_typed_errors() {
        let text = input().to_string();
        let code = |id: &str, input: &str, options: &str| {
            answer(&build(id, input, options))["error"]["code"].clone()
        };
        assert_eq!(code("orders.delayedCharge", "{}", ""), "no_body");
        assert_eq!(code("nope", "{}", ""), "unknown_endpoint");
        assert_eq!(code("orders.sendPaymentLink", "[]", ""), "not_an_object");
        assert_eq!(code("orders.sendPaymentLink", "{", ""), "invalid_payload");
        for bad in [
            r#"{"lang":"fr"}"#,
            r#"{"now":"tomorrow"}"#,
            r#"{"now":true}"#,
            r#"{"skipValidation":1}"#,
            r#"{"taxRates":12}"#,
            "[]",
        ] {
            assert_eq!(
                code("orders.sendPaymentLink", &text, bad),
                "invalid_argument",
                "{bad}"
            );
        }
        let bad_date = json!({ "products": [], "orderDate": "tomorrow" }).to_string();
        let a = answer(&build("orders.sendPaymentLink", &bad_date, DRAFT));
        assert_eq!(a["error"]["code"], "invalid_date");
        assert_eq!(a["error"]["field"], "orderDate");
        let over = json!({ "products": [{ "name": "A", "quantity": 1, "rate": 10, "discount": 11, "tax": 0 }] }).to_string();
        let a = answer(&build("orders.sendPaymentLink", &over, DRAFT));
        assert_eq!(a["error"]["code"], "invalid_totals");
        assert_eq!(a["error"]["field"], "products.0.discount");
        assert_eq!(a["error"]["cause"], "discount_exceeds_line");
        let a = answer(&build(
            "orders.sendPaymentLink",
            &over,
            r#"{"skipValidation":true,"lang":"da"}"#,
        ));
        assert_eq!(
            a["error"]["message"],
            "products.0.discount: linje 0: `discount` er større end antal × pris"
        );
    }

    #[test]
    fn a_kept_summary_that_is_not_the_recomputed_one_warns() {
        let input = json!({ "products": [{ "name": "A", "quantity": 1, "rate": 51, "tax": 0 }], "orderSummary": { "grandTotal": "1e3" } });
        let a = answer(&build("orders.sendPaymentLink", &input.to_string(), DRAFT));
        let w = &a["ok"]["warnings"]["orderSummary.grandTotal"];
        assert_eq!(w[0]["rule"], "OrderSummary", "{a}");
        assert_eq!(a["ok"]["payload"]["orderSummary"]["subTotal"], "51.00");
    }

    #[test]
    fn reservation_warnings_by_field() {
        let details =
            json!({ "data": { "productList": [{ "id": 298, "reserved": 100, "captured": 60 }] } })
                .to_string();
        let payload = json!({ "products": [{ "id": 298, "amount": 40.01 }] }).to_string();
        let a = answer(&reservation_warnings(
            "reservations.capture",
            &payload,
            &details,
            r#"{"lang":"da"}"#,
        ));
        assert_eq!(
            a["ok"]["products.0.amount"][0]["rule"], "CaptureExceedsReserved",
            "{a}"
        );
        assert!(a["ok"]["products.0.amount"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("Hæver"));
        let a = answer(&reservation_warnings(
            "reservations.capture",
            &payload,
            "{}",
            "",
        ));
        assert_eq!(a["ok"], json!({}));
        let a = answer(&reservation_warnings("reservations.capture", "{", "{}", ""));
        assert_eq!(a["error"]["code"], "invalid_payload");
    }

    #[test]
    fn answers_are_the_serialize_forms_byte_for_byte() {
        let options = BuildOptions::default();
        let mut built = builders::draft("orders.sendPaymentLink", &input(), &options).unwrap();
        assert_eq!(built_answer(&built).unwrap(), ok_value(&built));
        built
            .server_only
            .insert("a\"".into(), vec!["exists:x".into(), "unique:y".into()]);
        built.server_only.insert("b".into(), vec![]);
        let over = json!({ "products": [{ "name": "A", "quantity": 1, "rate": 51, "tax": 0 }], "orderSummary": { "grandTotal": "1e3", "subTotal": 7 } });
        built.warnings = builders::draft("orders.sendPaymentLink", &over, &options)
            .unwrap()
            .warnings;
        assert!(built.warnings.len() >= 2);
        assert_eq!(built_answer(&built).unwrap(), ok_value(&built));
        assert_eq!(ok_issue_map(&built.warnings), ok_value(&built.warnings));
        assert_eq!(
            ok_issue_map(&Default::default()),
            ok_value(
                &built
                    .server_only
                    .clone()
                    .into_iter()
                    .take(0)
                    .collect::<std::collections::BTreeMap<_, _>>()
            )
        );
    }

    /// The old answer: the error's `Serialize` form read back as a value, its message replaced.
    fn through_a_value(e: &BuildError, message: &str) -> String {
        let mut fields = crate::json_api::value_of(e).unwrap();
        fields["message"] = Value::from(message);
        crate::json_api::error_fields(Some(fields), || e.message())
    }

    #[test]
    fn error_answers_are_the_serialize_forms_byte_for_byte() {
        use crate::totals::{Lang, TotalsError};
        use crate::validate::{Issue, IssueMap};
        let mut errors = IssueMap::new();
        for (field, rule, message) in [
            (
                "customerDetails.name",
                "Required",
                "The \"name\" field\nis required.",
            ),
            ("products.0.tax", "In", "é ✓ \u{1}"),
            ("products.0.tax", "Numeric", "second"),
        ] {
            errors.entry(field.into()).or_default().push(Issue {
                rule: rule.into(),
                message: message.into(),
            });
        }
        let mut warnings = IssueMap::new();
        warnings.entry("w".into()).or_default().push(Issue {
            rule: "OrderSummary".into(),
            message: "m".into(),
        });
        let totals = TotalsError::InvalidNumber {
            line: 3,
            field: "rate",
            cause: crate::money::MoneyError::Empty,
        };
        let cases = [
            BuildError::UnknownEndpoint { id: "x\"y".into() },
            BuildError::NoBody {
                id: "orders.delayedCharge".into(),
            },
            BuildError::NotAnObject,
            BuildError::Totals {
                field: "products.3.rate".into(),
                error: totals.clone(),
            },
            BuildError::Date {
                field: "orderDate".into(),
                error: builders::DateError::InvalidDate {
                    input: "tomorrow".into(),
                },
            },
            BuildError::Invalid { errors, warnings },
            BuildError::Invalid {
                errors: IssueMap::new(),
                warnings: IssueMap::new(),
            },
            BuildError::InvalidRuleTable {
                message: "m".into(),
            },
        ];
        for e in &cases {
            let old = crate::json_api::error_value(e, || e.message());
            assert_eq!(build_error_json(e, None), old);
            assert_eq!(through_a_value(e, &e.message()), old);
        }
        let e = BuildError::Totals {
            field: "products.3.rate".into(),
            error: totals.clone(),
        };
        let sv = crate::text::concat(&["products.3.rate: ", &totals.message(Lang::Sv)]);
        assert_eq!(
            build_error_json(&e, Some(Lang::Sv)),
            through_a_value(&e, &sv)
        );
    }

    #[test]
    fn every_recipe_has_a_builder_name() {
        let a = answer(&builder_names());
        let names = a["ok"].as_object().unwrap();
        assert_eq!(names.len(), recipes::all().count());
        assert_eq!(names["ordersSendPaymentLink"], "orders.sendPaymentLink");
        assert_eq!(names["terminalCancelRefund"], "terminal.cancelRefund");
        assert_eq!(names["ordersSendEFaktura"], "orders.sendEFaktura");
        assert_eq!(names.len(), 33);
    }
}
