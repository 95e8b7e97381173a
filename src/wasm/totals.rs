//! `computeTotals(lines, options?)` for JS, plus the conversions the builders share: JS input to
//! JSON (Dates to Unix seconds), and core errors to thrown `FpgoError`s that carry every field of
//! the error (`code`, `message`, `line`, `field`, `cause`, `errors`, ...).

use super::convert::{error, get, to_js, to_js_json, unix_seconds};
use crate::totals::{compute_totals_json, TotalsOptions};
use serde::Serialize;
use serde_json::Value;
use std::fmt::Display;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TOTALS_TYPES: &str = r#"
/** An amount as a number or a numeric string: "4500", "4500.50", or Norwegian "4500,50". fpgo never computes with floats. */
export type Amount = number | string;
/** One order line for computeTotals: the rate includes VAT; the discount is an absolute amount for the whole line. */
export interface TotalsLine {
  quantity: Amount;
  rate: Amount;
  discount?: Amount | null;
  /** VAT percent: 0, 12, 15 or 25 unless `taxRates` says otherwise. */
  tax: Amount;
  [field: string]: unknown;
}
export interface ComputeTotalsOptions {
  /** The merchant's VAT rates (default: the documented 0, 12, 15, 25); `null` allows any rate from 0 to 100. */
  taxRates?: readonly Amount[] | null;
}
/** The four totals as two-decimal strings, e.g. { subTotal: "4017.86", totalTax: "482.14", totalDiscount: "0.00", grandTotal: "4500.00" }. */
export interface OrderSummaryTotals {
  subTotal: string;
  totalTax: string;
  totalDiscount: string;
  grandTotal: string;
}
export interface TotalsWarning { code: "more_lines_than_forms_allow"; message: string }
export interface TotalsResult {
  /** The lines as given (every field kept) with `amount` = quantity × rate − discount. */
  lines: Array<TotalsLine & { amount: string }>;
  orderSummary: OrderSummaryTotals;
  warnings: TotalsWarning[];
}
export type TotalsErrorCode =
  | "no_lines" | "not_a_list" | "line_not_an_object" | "missing_field" | "invalid_number"
  | "negative_amount" | "quantity_not_positive" | "discount_exceeds_line" | "tax_out_of_range"
  | "tax_not_allowed" | "overflow" | "invalid_options";
/** Thrown by computeTotals: `line` is zero-based, `field` the line's field, `cause` the number parser's code. */
export interface TotalsError extends Error {
  name: "FpgoError";
  code: TotalsErrorCode;
  line?: number;
  field?: "quantity" | "rate" | "discount" | "tax";
  cause?: string;
}
"#;

/// Computes each line's amount and the order summary with Front Payment's formula, exactly.
/// Throws an `FpgoError` with a `code` (and `line`, `field`) on a bad cart.
#[wasm_bindgen(js_name = computeTotals, unchecked_return_type = "TotalsResult")]
pub fn compute_totals(
    #[wasm_bindgen(unchecked_param_type = "readonly TotalsLine[]")] lines: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ComputeTotalsOptions")] options: Option<
        js_sys::Object,
    >,
) -> Result<JsValue, js_sys::Error> {
    let options = totals_options(&options.map(Into::into).unwrap_or(JsValue::UNDEFINED))?;
    if !js_sys::Array::is_array(&lines) {
        return Err(thrown(&crate::totals::TotalsError::NotAList));
    }
    let lines = json_input(&lines)?;
    compute_totals_json(&lines, &options)
        .map(|t| to_js_json(&t))
        .map_err(|e| thrown(&e))
}

fn totals_options(options: &JsValue) -> Result<TotalsOptions, js_sys::Error> {
    if !(options.is_undefined() || options.is_null() || options.is_object()) {
        return Err(error("invalid_options", "options must be an object"));
    }
    let rates = get(options, "taxRates");
    if rates.is_undefined() {
        return Ok(TotalsOptions::default());
    }
    if rates.is_null() {
        return Ok(TotalsOptions::any_rate());
    }
    tax_rates(&rates)
        .map(|r| TotalsOptions::with_rates(&r))
        .and_then(|r| r.map_err(|e| error("invalid_options", &format!("taxRates: {e}"))))
}

/// `taxRates` as decimal strings (numbers are read through their shortest text).
pub(super) fn tax_rates(rates: &JsValue) -> Result<Vec<String>, js_sys::Error> {
    let bad = || {
        error(
            "invalid_options",
            "taxRates must be an array of numbers or numeric strings",
        )
    };
    let array = rates.dyn_ref::<js_sys::Array>().ok_or_else(bad)?;
    array
        .iter()
        .map(|v| match (v.as_string(), v.as_f64()) {
            (Some(s), _) => Ok(s),
            (None, Some(n)) if n.is_finite() => Ok(js_sys::Number::from(n)
                .to_string_with_radix(10)
                .map(String::from)
                .unwrap_or_default()),
            _ => Err(bad()),
        })
        .collect()
}

/// A JS value as JSON. A `Date` anywhere becomes Unix seconds; `NaN`, `Infinity` and BigInt are
/// refused (JSON has no such numbers) rather than silently becoming `null`.
pub(super) fn json_input(value: &JsValue) -> Result<Value, js_sys::Error> {
    let prepared = replace_dates(value, 0)?;
    serde_wasm_bindgen::from_value::<Value>(prepared).map_err(|e| {
        error(
            "invalid_input",
            &format!("the input is not plain data: {e}"),
        )
    })
}

fn replace_dates(value: &JsValue, depth: u32) -> Result<JsValue, js_sys::Error> {
    if depth > 32 {
        return Err(error("invalid_input", "the input is nested too deeply"));
    }
    if value.is_instance_of::<js_sys::Date>() {
        return unix_seconds(value)
            .map(|s| JsValue::from_f64(s as f64))
            .ok_or_else(|| error("invalid_date", "an invalid Date (NaN)"));
    }
    if let Some(n) = value.as_f64() {
        if !n.is_finite() {
            return Err(error(
                "invalid_number",
                "NaN and Infinity are not numbers JSON can carry",
            ));
        }
        return Ok(value.clone());
    }
    if value.is_bigint() {
        return Err(error(
            "invalid_number",
            "BigInt values are not supported; pass the amount as a string",
        ));
    }
    if let Some(array) = value.dyn_ref::<js_sys::Array>() {
        let out = js_sys::Array::new();
        for item in array.iter() {
            out.push(&replace_dates(&item, depth + 1)?);
        }
        return Ok(out.into());
    }
    if value.is_object() && !value.is_function() {
        let out = js_sys::Object::new();
        for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            let v = replace_dates(&pair.get(1), depth + 1)?;
            let _ = js_sys::Reflect::set(&out, &pair.get(0), &v);
        }
        return Ok(out.into());
    }
    Ok(value.clone())
}


/// A core error as a thrown `FpgoError` carrying every field of its JSON form.
pub(super) fn thrown<E: Serialize + Display>(e: &E) -> js_sys::Error {
    let fields = to_js(e);
    let code = get(&fields, "code")
        .as_string()
        .unwrap_or_else(|| "internal".into());
    let err = error(&code, &e.to_string());
    if fields.is_object() {
        let target: &js_sys::Object = err.unchecked_ref();
        let _ = js_sys::Object::assign(target, fields.unchecked_ref::<js_sys::Object>());
    }
    err
}
