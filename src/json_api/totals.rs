//! The JSON-text API of totals (see the module docs of `json_api`): `computeTotals(lines,
//! options?)`. Plus what the builders' API shares: reading the input text, the `taxRates` option,
//! and answering a core error with every field of its JSON form.
//!
//! ```text
//! compute_totals("[{\"quantity\":1,\"rate\":4500,\"tax\":12}]", "")
//!   -> {"ok":{"lines":[{"quantity":1,"rate":4500,"tax":12,"amount":"4500.00"}],
//!             "orderSummary":{"subTotal":"4017.86","totalTax":"482.14","totalDiscount":"0.00","grandTotal":"4500.00"},
//!             "warnings":[]}}
//! compute_totals("[{\"quantity\":1,\"rate\":10,\"discount\":11,\"tax\":0}]", "")
//!   -> {"error":{"code":"discount_exceeds_line","message":"line 0: ...","line":0,"field":"discount"}}
//! ```

use super::{
    answer, error_json, error_json_with, parse_json, parse_options, push_json_str, push_member,
    push_value,
};
use crate::totals::{compute_totals_json, Lang, TotalsError, TotalsJson, TotalsOptions};
use serde_json::{Map, Value};

/// Computes each line's amount and the order summary (Front Payment's formula, exactly).
///
/// `lines_json`: a JSON array of lines `{quantity, rate, discount?, tax, ...}` (amounts as numbers
/// or numeric strings). `options_json`: empty, `null` or `{"taxRates"?: [..] | null, "lang"?:
/// "en"|"no"|"sv"|"da"|"de"}` (`taxRates` absent: the documented 0, 12, 15, 25; `null`: any rate
/// from 0 to 100; `lang`: the language of the messages, English by default).
/// Answers `{"ok":{"lines","orderSummary","warnings"}}` or `{"error":{"code","message",
/// "line"?,"field"?,"cause"?}}`; codes: `no_lines`, `not_a_list`, `line_not_an_object`,
/// `missing_field`, `invalid_amount`, `negative_amount`, `quantity_not_positive`,
/// `discount_exceeds_line`, `tax_out_of_range`, `tax_not_allowed`, `overflow`, and
/// `invalid_argument`, `invalid_payload`, `payload_too_large`.
pub fn compute_totals(lines_json: &str, options_json: &str) -> String {
    answer((|| {
        let options = totals_options(&parse_options(options_json)?)?;
        let lines = parse_json("lines", lines_json)?;
        compute_totals_json(&lines, &options)
            .map_err(|e| totals_error_json(&e, &e.message(options.lang)))
            .and_then(|totals| totals_answer(&totals))
    })())
}

/// `{"ok":{"lines","orderSummary","warnings"}}`: `TotalsJson`'s `Serialize` form, key for key,
/// written directly (the derive inlined a writer into the export).
fn totals_answer(totals: &TotalsJson) -> Result<String, String> {
    let mut out = String::with_capacity(256 + 64 * totals.lines.len());
    out.push_str("{\"ok\":{\"lines\":[");
    for (i, line) in totals.lines.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_value(&mut out, line)?;
    }
    let summary = &totals.order_summary;
    let mut sep = "],\"orderSummary\":{";
    for (key, money) in [
        ("subTotal", &summary.sub_total),
        ("totalTax", &summary.total_tax),
        ("totalDiscount", &summary.total_discount),
        ("grandTotal", &summary.grand_total),
    ] {
        out.push_str(sep);
        sep = ",";
        push_json_str(&mut out, key);
        out.push(':');
        push_json_str(&mut out, &money.to_text());
    }
    out.push_str("},\"warnings\":[");
    for (i, w) in totals.warnings.iter().enumerate() {
        out.push_str(if i > 0 { ",{\"code\":" } else { "{\"code\":" });
        push_json_str(&mut out, w.code);
        push_member(&mut out, "message", &w.message);
        out.push('}');
    }
    out.push_str("]}}");
    Ok(out)
}

/// `{"error":{"code","message","line"?,"field"?,"cause"?}}` of a totals error with `message` (in
/// the requested language): the members of `TotalsError`'s `Serialize` form, in its order.
fn totals_error_json(e: &TotalsError, message: &str) -> String {
    let mut extra = String::new();
    if let Some(line) = e.line() {
        extra.push_str(",\"line\":");
        crate::text::push_u64(&mut extra, line as u64);
    }
    if let Some(field) = e.field() {
        push_member(&mut extra, "field", field);
    }
    if let TotalsError::InvalidNumber { cause, .. } = e {
        push_member(&mut extra, "cause", cause.code());
    }
    error_json_with(e.code(), message, &extra)
}

fn totals_options(options: &Map<String, Value>) -> Result<TotalsOptions, String> {
    let mut read = match options.get("taxRates") {
        None => TotalsOptions::default(),
        Some(Value::Null) => TotalsOptions::any_rate(),
        Some(Value::Array(rates)) => {
            let rates = super::validate::tax_rates(rates).map_err(|m| invalid_argument(&m))?;
            TotalsOptions::with_rates(&rates).map_err(|e| {
                invalid_argument(&crate::text::concat(&["taxRates: ", &e.message(Lang::En)]))
            })?
        }
        Some(_) => {
            return Err(invalid_argument(
                "taxRates must be an array of numbers or numeric strings",
            ))
        }
    };
    if let Some(lang) = options.get("lang") {
        read.lang = read_lang(lang)?;
    }
    Ok(read)
}

/// The `lang` option: `en`, `no` (also `nb`, `nn`), `sv`, `da` or `de`.
fn read_lang(lang: &Value) -> Result<crate::totals::Lang, String> {
    lang.as_str()
        .and_then(crate::validate::Lang::parse)
        .ok_or_else(|| invalid_argument("lang must be one of en, no, sv, da, de"))
}

fn invalid_argument(message: &str) -> String {
    error_json("invalid_argument", message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn the_documented_example() {
        let a = answer(&compute_totals(
            r#"[{"name":"Test Product","quantity":1,"rate":4500,"tax":12}]"#,
            "",
        ));
        assert_eq!(
            a["ok"]["orderSummary"],
            serde_json::json!({"subTotal":"4017.86","totalTax":"482.14","totalDiscount":"0.00","grandTotal":"4500.00"})
        );
        assert_eq!(
            a["ok"]["lines"][0],
            serde_json::json!({"name":"Test Product","quantity":1,"rate":4500,"tax":12,"amount":"4500.00"})
        );
        assert_eq!(a["ok"]["warnings"], serde_json::json!([]));
        let a = answer(&compute_totals(
            r#"[{"quantity":1,"rate":4500,"tax":12,"note":null}]"#,
            "",
        ));
        assert!(
            a["ok"]["lines"][0]["note"].is_null(),
            "a null field is kept"
        );
        assert_eq!(
            answer(&compute_totals(r#""x""#, ""))["error"]["code"],
            "not_a_list"
        );
    }

    #[test]
    fn options_choose_the_tax_rates() {
        let lines = r#"[{"quantity":1,"rate":113,"tax":13}]"#;
        let a = answer(&compute_totals(lines, r#"{"taxRates":[0,"13"]}"#));
        assert_eq!(a["ok"]["orderSummary"]["subTotal"], "100.00");
        let a = answer(&compute_totals(lines, "null"));
        assert_eq!(a["error"]["code"], "tax_not_allowed");
        let a = answer(&compute_totals(
            r#"[{"quantity":1,"rate":10,"tax":101}]"#,
            r#"{"taxRates":null}"#,
        ));
        assert_eq!(a["error"]["code"], "tax_out_of_range");
        for bad in [
            r#"{"taxRates":"all"}"#,
            "5",
            "[1]",
            r#"{"taxRates":[true]}"#,
            r#"{"taxRates":["x"]}"#,
            "{",
        ] {
            let a = answer(&compute_totals(lines, bad));
            assert_eq!(a["error"]["code"], "invalid_argument", "{bad}");
            assert!(!a["error"]["message"].as_str().unwrap().is_empty());
        }
    }

    #[test]
    fn errors_carry_the_line_the_field_and_the_cause() {
        let cases = [
            ("[]", "no_lines", None, None),
            ("{}", "not_a_list", None, None),
            ("[1]", "line_not_an_object", Some(0), None),
            (
                r#"[{"quantity":1,"tax":0}]"#,
                "missing_field",
                Some(0),
                Some("rate"),
            ),
            (
                r#"[{"quantity":0,"rate":1,"tax":0}]"#,
                "quantity_not_positive",
                Some(0),
                Some("quantity"),
            ),
            (
                r#"[{"quantity":1,"rate":1,"tax":0},{"quantity":1,"rate":-1,"tax":0}]"#,
                "negative_amount",
                Some(1),
                Some("rate"),
            ),
            (
                r#"[{"quantity":1,"rate":"ten","tax":0}]"#,
                "invalid_amount",
                Some(0),
                Some("rate"),
            ),
            (
                r#"[{"quantity":1,"rate":"1970-01-01T00:00:00.000Z","tax":0}]"#,
                "invalid_amount",
                Some(0),
                Some("rate"),
            ),
            (
                r#"[{"quantity":1,"rate":{},"tax":0}]"#,
                "invalid_amount",
                Some(0),
                Some("rate"),
            ),
            (
                r#"[{"quantity":"99999999999999999999","rate":"99999999999999999999","tax":0}]"#,
                "overflow",
                None,
                None,
            ),
            ("[{", "invalid_payload", None, None),
        ];
        for (lines, code, line, field) in cases {
            let a = answer(&compute_totals(lines, ""));
            let e = &a["error"];
            assert_eq!(e["code"], code, "{lines}: {e}");
            assert!(!e["message"].as_str().unwrap().is_empty());
            assert_eq!(e["line"].as_u64(), line.map(|l: u64| l), "{lines}");
            assert_eq!(e["field"].as_str(), field, "{lines}");
        }
        let a = answer(&compute_totals(
            r#"[{"quantity":1,"rate":"1970-01-01T00:00:00.000Z","tax":0}]"#,
            "",
        ));
        assert!(a["error"]["message"]
            .as_str()
            .unwrap()
            .contains("is a date, not an amount"));
        assert_eq!(a["error"]["cause"], "invalid");
    }

    #[test]
    fn messages_in_the_requested_language() {
        let lines = r#"[{"quantity":1,"rate":10,"discount":11,"tax":0}]"#;
        let a = answer(&compute_totals(lines, r#"{"lang":"sv"}"#));
        assert_eq!(a["error"]["code"], "discount_exceeds_line");
        assert_eq!(
            a["error"]["message"],
            "rad 0: `discount` är större än antal × pris"
        );
        assert_eq!(a["error"]["line"], 0);
        let many = format!(
            "[{}]",
            vec![r#"{"quantity":1,"rate":1,"tax":0}"#; 21].join(",")
        );
        let a = answer(&compute_totals(&many, r#"{"lang":"de"}"#));
        assert!(a["ok"]["warnings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("höchstens 20"));
        let a = answer(&compute_totals(&many, ""));
        assert!(a["ok"]["warnings"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("21 lines"));
        let a = answer(&compute_totals(lines, r#"{"lang":"fr"}"#));
        assert_eq!(a["error"]["code"], "invalid_argument");
    }

    /// The old answer: the error's `Serialize` form read back as a value, its message replaced.
    #[test]
    fn error_answers_are_the_serialize_forms_byte_for_byte() {
        use crate::money::MoneyError;
        // Every variant, then line numbers of other widths (0, 12) and an amount whose text
        // needs escaping in JSON.
        let mut cases = crate::totals::every_error();
        cases.push(TotalsError::NotAnObject { line: 0 });
        cases.push(TotalsError::InvalidNumber {
            line: 12,
            field: "tax",
            cause: MoneyError::Invalid {
                input: "x\"\n".into(),
            },
        });
        for e in &cases {
            for lang in [Lang::En, Lang::No, Lang::Sv, Lang::Da, Lang::De] {
                let message = e.message(lang);
                let mut fields = crate::json_api::value_of(e).unwrap();
                fields["message"] = Value::from(message.as_str());
                let old = crate::json_api::error_fields(Some(fields), || e.message(Lang::En));
                assert_eq!(totals_error_json(e, &message), old);
            }
        }
    }

    #[test]
    fn answers_are_the_serialize_forms_byte_for_byte() {
        let many = format!(
            "[{}]",
            vec![r#"{"quantity":1,"rate":"1,5","tax":"12"}"#; 21].join(",")
        );
        for (lines, lang) in [
            (
                r#"[{"name":"A \"b\"\n","quantity":1,"rate":4500,"tax":12,"amount":1,"x":[1.5,{"y":null}]}]"#,
                Lang::En,
            ),
            (
                r#"[{"quantity":"0.5","rate":"4 500,50","discount":3,"tax":25},{"rate":1,"tax":0,"quantity":2}]"#,
                Lang::En,
            ),
            (many.as_str(), Lang::De),
        ] {
            let options = TotalsOptions {
                lang,
                ..TotalsOptions::default()
            };
            let totals =
                compute_totals_json(&serde_json::from_str(lines).unwrap(), &options).unwrap();
            assert_eq!(
                totals_answer(&totals).unwrap(),
                crate::json_api::ok_value(&totals)
            );
        }
    }

    #[test]
    fn tiny_values_are_not_large() {
        let a = answer(&compute_totals(
            r#"[{"quantity":"0.000000000001","rate":"0.01","tax":0}]"#,
            "",
        ));
        assert_eq!(a["ok"]["lines"][0]["amount"], "0.00", "{a}");
    }

    #[test]
    fn oversized_input_is_refused_before_parsing() {
        let huge = format!(
            "[{}]",
            "1,".repeat(super::super::MAX_PAYLOAD_BYTES / 2) + "1"
        );
        let a = answer(&compute_totals(&huge, ""));
        assert_eq!(a["error"]["code"], "payload_too_large");
    }
}
