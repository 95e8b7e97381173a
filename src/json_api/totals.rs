//! The JSON-text API of totals (see the module docs of `json_api`): `computeTotals`.
//! The packaging helper's plain version over today's core; the money helper owns this file.

use super::validate::tax_rates;
use super::{answer, error_json, error_value, ok_value, parse_json, parse_options};
use crate::totals::{compute_totals_json, TotalsOptions};
use serde_json::Value;

/// `computeTotals(lines, options)`: `lines_json` the lines' JSON text, `options_json`
/// `{"taxRates":[...]}` (`null` allows any rate from 0 to 100) or `""`. Answers
/// `{"ok":{"lines":[...],"orderSummary":{...},"warnings":[...]}}` or the totals error with every
/// field (`code`, `message`, `line`, `field`, `cause`); a bad option is `invalid_argument`.
pub fn compute_totals(lines_json: &str, options_json: &str) -> String {
    answer((|| {
        let options = parse_options(options_json)?;
        let options = match options.get("taxRates") {
            None => TotalsOptions::default(),
            Some(Value::Null) => TotalsOptions::any_rate(),
            Some(Value::Array(rates)) => {
                let rates = tax_rates(rates).map_err(|m| error_json("invalid_argument", &m))?;
                TotalsOptions::with_rates(&rates)
                    .map_err(|e| error_json("invalid_argument", &format!("taxRates: {e}")))?
            }
            Some(_) => {
                return Err(error_json(
                    "invalid_argument",
                    "taxRates must be an array of numbers or numeric strings",
                ))
            }
        };
        let lines = parse_json("lines", lines_json)?;
        compute_totals_json(&lines, &options)
            .map(|t| ok_value(&t))
            .map_err(|e| error_value(&e))
    })())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Value {
        serde_json::from_str(text).expect("answers are JSON")
    }

    #[test]
    fn the_documented_example_totals() {
        let r = parse(&compute_totals(
            r#"[{"quantity":1,"rate":4500,"tax":12,"note":null}]"#,
            "",
        ));
        assert_eq!(r["ok"]["orderSummary"]["subTotal"], "4017.86");
        assert_eq!(r["ok"]["orderSummary"]["totalTax"], "482.14");
        assert_eq!(r["ok"]["orderSummary"]["grandTotal"], "4500.00");
        assert_eq!(r["ok"]["lines"][0]["amount"], "4500.00");
        assert!(
            r["ok"]["lines"][0]["note"].is_null(),
            "a null field is kept"
        );
    }

    #[test]
    fn errors_carry_code_line_and_field() {
        let r = parse(&compute_totals(
            r#"[{"quantity":1,"rate":10,"discount":11,"tax":0}]"#,
            "",
        ));
        assert_eq!(r["error"]["code"], "discount_exceeds_line");
        assert_eq!(r["error"]["line"], 0);
        assert!(r["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()));
        assert_eq!(
            parse(&compute_totals(r#""x""#, ""))["error"]["code"],
            "not_a_list"
        );
        assert_eq!(
            parse(&compute_totals("[]", r#"{"taxRates":"25"}"#))["error"]["code"],
            "invalid_argument"
        );
        let any = parse(&compute_totals(
            r#"[{"quantity":1,"rate":10,"tax":8}]"#,
            r#"{"taxRates":null}"#,
        ));
        assert_eq!(any["ok"]["orderSummary"]["grandTotal"], "10.00");
    }
}
