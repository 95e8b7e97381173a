//! `FpgoClient` for JS: converts options, inputs, results and errors; the logic is in
//! `crate::client`. The grouped methods (`client.orders.cancel(...)`) are built from the endpoint
//! table, one closure per endpoint, and typed by the generated `client.d.ts`.

use crate::client::{
    transport, Client, ClientConfig, Environment, FpgoError, RequestInput, MAX_RETRIES_LIMIT,
};
use crate::endpoints;
use js_sys::{Function, Object, Promise, Reflect};
use serde::Serialize;
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

#[wasm_bindgen(typescript_custom_section)]
const CLIENT_TS: &str = include_str!("client.d.ts");

struct Inner {
    client: Client,
    fetch: Option<Function>,
}

#[wasm_bindgen(js_name = FpgoClient, skip_typescript)]
pub struct FpgoClient {
    inner: Rc<Inner>,
    groups: RefCell<BTreeMap<&'static str, JsValue>>,
}

/// An `FpgoError` as a thrown JS `Error` with the error's fields on it.
pub(crate) fn to_js_error(error: &FpgoError) -> JsValue {
    let js = js_sys::Error::new(&error.message);
    js.set_name("FpgoError");
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    if let Ok(fields) = error.serialize(&serializer) {
        if let Ok(fields) = fields.dyn_into::<Object>() {
            Object::assign(js.unchecked_ref(), &fields);
        }
    }
    js.into()
}

fn config_error(code: &str, message: &str) -> JsValue {
    to_js_error(&FpgoError::config(code, message))
}

const OPTION_KEYS: &[&str] = &[
    "token",
    "environment",
    "baseUrl",
    "timeoutMs",
    "maxRetries",
    "fetch",
    "dangerouslyAllowBrowser",
    "validate",
];

fn get(options: &JsValue, key: &str) -> JsValue {
    Reflect::get(options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn optional_string(options: &JsValue, key: &str) -> Result<Option<String>, JsValue> {
    let v = get(options, key);
    if v.is_undefined() {
        return Ok(None);
    }
    v.as_string()
        .map(Some)
        .ok_or_else(|| config_error("invalid_option", &format!("`{key}` must be a string")))
}

fn optional_bool(options: &JsValue, key: &str) -> Result<Option<bool>, JsValue> {
    let v = get(options, key);
    if v.is_undefined() {
        return Ok(None);
    }
    v.as_bool()
        .map(Some)
        .ok_or_else(|| config_error("invalid_option", &format!("`{key}` must be a boolean")))
}

fn optional_int(options: &JsValue, key: &str, min: f64, max: f64) -> Result<Option<u32>, JsValue> {
    let v = get(options, key);
    if v.is_undefined() {
        return Ok(None);
    }
    match v.as_f64() {
        Some(n) if n.fract() == 0.0 && n >= min && n <= max => Ok(Some(n as u32)),
        _ => Err(config_error(
            "invalid_option",
            &format!("`{key}` must be an integer from {min} to {max}"),
        )),
    }
}

/// A page in a browser tab (not a worker, not Node, Deno or workerd): `window.document` exists.
fn in_browser_window() -> bool {
    let window =
        Reflect::get(&js_sys::global(), &JsValue::from_str("window")).unwrap_or(JsValue::UNDEFINED);
    !window.is_undefined()
        && Reflect::get(&window, &JsValue::from_str("document")).is_ok_and(|d| !d.is_undefined())
}

fn parse_options(options: &JsValue) -> Result<(ClientConfig, Option<Function>), JsValue> {
    if !options.is_object() {
        return Err(config_error(
            "invalid_option",
            "new FpgoClient(options) needs an options object with `token`",
        ));
    }
    for key in Object::keys(options.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !OPTION_KEYS.contains(&key.as_str()) {
            return Err(config_error(
                "unknown_option",
                &format!("unknown option `{key}` (known: {})", OPTION_KEYS.join(", ")),
            ));
        }
    }
    let token = optional_string(options, "token")?
        .ok_or_else(|| config_error("missing_token", "`token` is required"))?;
    let environment = match optional_string(options, "environment")? {
        None => Environment::Demo,
        Some(e) => Environment::parse(&e).ok_or_else(|| {
            config_error(
                "invalid_option",
                "`environment` must be \"demo\" or \"production\"",
            )
        })?,
    };
    let base_url = optional_string(options, "baseUrl")?;
    let mut config =
        ClientConfig::new(&token, environment, base_url.as_deref()).map_err(|e| to_js_error(&e))?;
    if let Some(ms) = optional_int(options, "timeoutMs", 1.0, 600_000.0)? {
        config.timeout_ms = ms;
    }
    if let Some(n) = optional_int(options, "maxRetries", 0.0, f64::from(MAX_RETRIES_LIMIT))? {
        config.retry.max_retries = n;
    }
    if let Some(v) = optional_bool(options, "validate")? {
        config.validate_bodies = v;
    }
    let fetch = match get(options, "fetch") {
        f if f.is_undefined() => None,
        f => Some(
            f.dyn_into::<Function>()
                .map_err(|_| config_error("invalid_option", "`fetch` must be a function"))?,
        ),
    };
    if in_browser_window() && optional_bool(options, "dangerouslyAllowBrowser")? != Some(true) {
        return Err(config_error(
            "browser_not_allowed",
            "FpgoClient refuses to run in a browser window: the bearer token is a merchant secret and every visitor \
             could read it. Call FPGO Connect from a server or an edge function; pass dangerouslyAllowBrowser: true \
             only if you accept that risk.",
        ));
    }
    Ok((config, fetch))
}

fn object_field(input: &Value, key: &str) -> Result<Map<String, Value>, FpgoError> {
    match input.get(key) {
        None | Some(Value::Null) => Ok(Map::new()),
        Some(Value::Object(m)) => Ok(m.clone()),
        Some(_) => Err(FpgoError::config(
            "invalid_input",
            format!("`{key}` must be an object"),
        )),
    }
}

fn parse_input(input: JsValue) -> Result<RequestInput, FpgoError> {
    if input.is_undefined() || input.is_null() {
        return Ok(RequestInput::default());
    }
    let value: Value = serde_wasm_bindgen::from_value(input).map_err(|_| {
        FpgoError::config(
            "invalid_input",
            "the call's input must be a plain object of JSON values",
        )
    })?;
    let Value::Object(fields) = &value else {
        return Err(FpgoError::config(
            "invalid_input",
            "the call's input must be { pathParams?, query?, body? }",
        ));
    };
    if let Some(k) = fields
        .keys()
        .find(|k| !["pathParams", "query", "body"].contains(&k.as_str()))
    {
        return Err(FpgoError::config(
            "invalid_input",
            format!("unknown input key `{k}` (known: pathParams, query, body)"),
        ));
    }
    Ok(RequestInput {
        path_params: object_field(&value, "pathParams")?,
        query: object_field(&value, "query")?,
        body: value.get("body").cloned().filter(|b| !b.is_null()),
    })
}

fn call(inner: Rc<Inner>, endpoint_id: String, input: JsValue) -> Promise {
    let input = parse_input(input);
    future_to_promise(async move {
        let input = input.map_err(|e| to_js_error(&e.with_endpoint(&endpoint_id)))?;
        match transport::call(&inner.client, &endpoint_id, &input, inner.fetch.as_ref()).await {
            Ok(response) => response
                .data
                .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
                .map_err(|_| {
                    to_js_error(&FpgoError::config(
                        "internal",
                        "the response could not be converted",
                    ))
                }),
            Err(e) => Err(to_js_error(&e)),
        }
    })
}

#[wasm_bindgen(js_class = FpgoClient)]
impl FpgoClient {
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<FpgoClient, JsValue> {
        let (config, fetch) = parse_options(&options)?;
        Ok(FpgoClient {
            inner: Rc::new(Inner {
                client: Client::new(config),
                fetch,
            }),
            groups: RefCell::new(BTreeMap::new()),
        })
    }

    /// Calls any endpoint by id: `request("orders.cancel", { pathParams, body })`.
    pub fn request(&self, endpoint_id: JsValue, input: JsValue) -> Promise {
        match endpoint_id.as_string() {
            Some(id) => call(self.inner.clone(), id, input),
            None => Promise::reject(&config_error(
                "unknown_endpoint",
                "the endpoint id must be a string",
            )),
        }
    }

    fn group(&self, area: &'static str) -> JsValue {
        if let Some(g) = self.groups.borrow().get(area) {
            return g.clone();
        }
        let object = Object::new();
        for endpoint in endpoints::all().filter(|e| e.area() == area) {
            let method = endpoint.id.split_once('.').map_or(endpoint.id, |(_, m)| m);
            let (inner, id) = (self.inner.clone(), endpoint.id);
            let f = Closure::<dyn Fn(JsValue) -> Promise>::new(move |input| {
                call(inner.clone(), id.to_string(), input)
            });
            let _ = Reflect::set(&object, &JsValue::from_str(method), &f.into_js_value());
        }
        let _ = Object::freeze(&object);
        let value: JsValue = object.into();
        self.groups.borrow_mut().insert(area, value.clone());
        value
    }

    #[wasm_bindgen(getter)]
    pub fn orders(&self) -> JsValue {
        self.group("orders")
    }
    #[wasm_bindgen(getter)]
    pub fn checkout(&self) -> JsValue {
        self.group("checkout")
    }
    #[wasm_bindgen(getter)]
    pub fn reservations(&self) -> JsValue {
        self.group("reservations")
    }
    #[wasm_bindgen(getter)]
    pub fn subscriptions(&self) -> JsValue {
        self.group("subscriptions")
    }
    #[wasm_bindgen(getter)]
    pub fn customers(&self) -> JsValue {
        self.group("customers")
    }
    #[wasm_bindgen(getter)]
    pub fn refunds(&self) -> JsValue {
        self.group("refunds")
    }
    #[wasm_bindgen(getter)]
    pub fn terminal(&self) -> JsValue {
        self.group("terminal")
    }
    #[wasm_bindgen(getter)]
    pub fn credit(&self) -> JsValue {
        self.group("credit")
    }
    #[wasm_bindgen(getter)]
    pub fn company(&self) -> JsValue {
        self.group("company")
    }
}
