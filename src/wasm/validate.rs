//! JS bindings of [`crate::validate`]: `validate(endpointId, payload, { lang, taxRates })` and
//! `endpoints()`. Inputs are checked here (a wrong type is a thrown `FpgoError` with a `code`, never
//! a panic); everything else is the core's.

use crate::endpoints::{self, Location};
use crate::validate::{self as core, Lang, ValidateOptions};
use super::convert::{error, get, to_js};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** The API's `preferredLanguage` values; messages exist in each (`nb`/`nn` are read as `no`). */
export type ValidationLang = "en" | "no" | "sv" | "da" | "de";

export interface ValidateOptions {
  /** Message language; default "en". */
  lang?: ValidationLang | "nb" | "nn";
  /** The merchant's configured VAT rates (default ["0", "12", "15", "25"]); they replace the `in:`
   *  list of every field whose last segment is `tax` (e.g. `products.*.tax`). */
  taxRates?: Array<string | number>;
}

export interface ValidationIssue {
  /** Laravel's `Validator::failed()` rule name (`Required`, `In`, ...) or, in warnings, fpgo's check. */
  rule: string;
  message: string;
}

export interface ValidationResult {
  /** True when `errors` is empty (warnings never make a payload invalid). */
  valid: boolean;
  /** Server-parity verdicts, keyed by field path with concrete indices (`products.1.tax`). */
  errors: Record<string, ValidationIssue[]>;
  /** Checks the server does not document (line amounts, order summary). */
  warnings: Record<string, ValidationIssue[]>;
  /** Rules only the server can check (`exists:...`), per present field: not checked here. */
  serverOnly: Record<string, string[]>;
}

export interface EndpointInfo {
  /** Stable id, `<area>.<name>`, e.g. `orders.sendPaymentLink`. */
  id: string;
  /** The documents' heading. */
  name: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** As documented, placeholders in braces: `/api/v1/connect/orders/cancel/{orderUuid}`. */
  path: string;
  /** Path placeholder -> Laravel rule string, in path order. */
  pathParams: Record<string, string>;
  /** Query parameter -> Laravel rule string. */
  query: Record<string, string>;
  /** Body field (dotted, `*` for array elements) -> Laravel rule string. */
  rules: Record<string, string>;
}

/** Thrown by `validate` for a call that cannot be validated at all (never for an invalid payload).
 *  `code`: "unknown_endpoint" | "invalid_argument" | "invalid_payload" | "invalid_rule_table". */
export interface FpgoValidateError extends Error {
  name: "FpgoError";
  code: "unknown_endpoint" | "invalid_argument" | "invalid_payload" | "invalid_rule_table";
}
"#;

fn parse_options(options: &JsValue) -> Result<ValidateOptions, js_sys::Error> {
    let mut out = ValidateOptions::default();
    if options.is_undefined() || options.is_null() {
        return Ok(out);
    }
    if !options.is_object() {
        return Err(error("invalid_argument", "options must be an object like { lang, taxRates }"));
    }
    let lang = get(options, "lang");
    if !lang.is_undefined() && !lang.is_null() {
        let s = lang.as_string().ok_or_else(|| error("invalid_argument", "options.lang must be a string"))?;
        out.lang = Lang::parse(&s)
            .ok_or_else(|| error("invalid_argument", &format!("options.lang `{s}` is not one of en, no, sv, da, de")))?;
    }
    let rates = get(options, "taxRates");
    if !rates.is_undefined() && !rates.is_null() {
        if !js_sys::Array::is_array(&rates) {
            return Err(error("invalid_argument", "options.taxRates must be an array of numbers or numeric strings"));
        }
        let mut list = Vec::new();
        for r in js_sys::Array::from(&rates).iter() {
            let s = if let Some(s) = r.as_string() {
                s
            } else if let Some(n) = r.as_f64().filter(|n| n.is_finite()) {
                // Rust prints 12.0 as "12" and 12.5 as "12.5", as PHP casts them.
                n.to_string()
            } else {
                return Err(error("invalid_argument", "options.taxRates must be an array of numbers or numeric strings"));
            };
            if crate::rules::php::numeric_string(&s).is_none() {
                return Err(error("invalid_argument", &format!("options.taxRates: `{s}` is not a number")));
            }
            list.push(s);
        }
        out.tax_rates = list;
    }
    Ok(out)
}

/// Validates a request body the way FPGO's Laravel validator would, plus fpgo's totals warnings.
#[wasm_bindgen(js_name = validate, unchecked_return_type = "ValidationResult")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "string")] endpoint_id: JsValue,
    #[wasm_bindgen(unchecked_param_type = "unknown")] payload: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
) -> Result<JsValue, js_sys::Error> {
    let id = endpoint_id.as_string().ok_or_else(|| error("invalid_argument", "endpointId must be a string"))?;
    let options = parse_options(&options)?;
    // The server sees JSON.stringify(payload): undefined properties vanish, Dates become strings.
    let text = if payload.is_undefined() {
        String::from("null")
    } else {
        js_sys::JSON::stringify(&payload)
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| error("invalid_payload", "payload cannot be serialized to JSON (a BigInt or a cycle?)"))?
    };
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| error("invalid_payload", &format!("payload is not JSON: {e}")))?;
    let report = core::validate(&id, &value, &options).map_err(|e| error(e.code(), &e.to_string()))?;
    Ok(to_js(&report))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct EndpointInfo {
    id: &'static str,
    name: &'static str,
    method: &'static str,
    path: &'static str,
    path_params: BTreeMapInOrder,
    query: BTreeMapInOrder,
    rules: BTreeMapInOrder,
}

/// Field -> rule string in table order (a JS object keeps insertion order).
#[derive(Serialize)]
#[serde(transparent)]
struct BTreeMapInOrder(#[serde(serialize_with = "in_order")] Vec<(&'static str, &'static str)>);

fn in_order<S: serde::Serializer>(v: &[(&'static str, &'static str)], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(v.len()))?;
    for (k, r) in v {
        m.serialize_entry(k, r)?;
    }
    m.end()
}

/// Every documented endpoint with its rule strings.
#[wasm_bindgen(js_name = endpoints, unchecked_return_type = "EndpointInfo[]")]
pub fn endpoints_list() -> JsValue {
    let at = |e: &'static endpoints::Endpoint, l: Location| BTreeMapInOrder(e.fields_at(l).map(|f| (f.name, f.rules)).collect());
    let list: Vec<EndpointInfo> = endpoints::all()
        .map(|e| EndpointInfo {
            id: e.id,
            name: e.name,
            method: e.method.as_str(),
            path: e.path,
            path_params: at(e, Location::Path),
            query: at(e, Location::Query),
            rules: at(e, Location::Body),
        })
        .collect();
    to_js(&list)
}

/// wasm-bindgen tests of the binding, run in Node (`make test-wasm-node`) and headless Chromium
/// (`make test-wasm-browser`): the values and errors that cross the boundary.
#[cfg(test)]
mod tests {
    use super::{endpoints_list, validate};
    use crate::wasm::convert::get;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn js(text: &str) -> JsValue {
        js_sys::JSON::parse(text).unwrap_or(JsValue::UNDEFINED)
    }

    fn thrown_code(r: Result<JsValue, js_sys::Error>) -> Option<String> {
        let e: JsValue = r.err()?.into();
        get(&e, "code").as_string()
    }

    #[wasm_bindgen_test]
    fn result_shape_and_rule_names() {
        let payload = js(r#"{"products":[{"name":"a","quantity":1,"rate":1,"tax":8,"amount":1}]}"#);
        let r = validate(JsValue::from_str("orders.sendPaymentLink"), payload.clone(), JsValue::UNDEFINED).unwrap();
        assert_eq!(get(&r, "valid").as_bool(), Some(false));
        let tax = get(&get(&r, "errors"), "products.0.tax");
        let first = js_sys::Array::from(&tax).get(0);
        assert_eq!(get(&first, "rule").as_string().as_deref(), Some("In"));
        let options = js(r#"{"taxRates":[8],"lang":"da"}"#);
        let r = validate(JsValue::from_str("orders.sendPaymentLink"), payload, options).unwrap();
        assert!(get(&get(&r, "errors"), "products.0.tax").is_undefined());
        let name = js_sys::Array::from(&get(&get(&r, "errors"), "orderDate")).get(0);
        assert_eq!(get(&name, "message").as_string().as_deref(), Some("Feltet orderDate er påkrævet."));
    }

    #[wasm_bindgen_test]
    fn bad_calls_throw_typed_errors() {
        let id = || JsValue::from_str("orders.sendPaymentLink");
        assert_eq!(thrown_code(validate(JsValue::from_str("x.y"), js("{}"), JsValue::UNDEFINED)).as_deref(), Some("unknown_endpoint"));
        assert_eq!(thrown_code(validate(JsValue::from(1), js("{}"), JsValue::UNDEFINED)).as_deref(), Some("invalid_argument"));
        assert_eq!(thrown_code(validate(id(), js("{}"), js(r#"{"lang":"fr"}"#))).as_deref(), Some("invalid_argument"));
        assert_eq!(thrown_code(validate(id(), js("{}"), js(r#"{"taxRates":[null]}"#))).as_deref(), Some("invalid_argument"));
        assert_eq!(thrown_code(validate(id(), js_sys::BigInt::from(1u32).into(), JsValue::UNDEFINED)).as_deref(), Some("invalid_payload"));
        let r = validate(id(), JsValue::from_str("not an object"), JsValue::NULL).unwrap();
        assert_eq!(get(&r, "valid").as_bool(), Some(false));
    }

    #[wasm_bindgen_test]
    fn endpoints_are_listed_with_rules() {
        let list = js_sys::Array::from(&endpoints_list());
        assert_eq!(list.length(), 52);
        let first = list.get(0);
        for key in ["id", "name", "method", "path", "pathParams", "query", "rules"] {
            assert!(!get(&first, key).is_undefined(), "{key}");
        }
    }
}
