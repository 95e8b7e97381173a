//! The client's wasm exports: re-exports of `crate::json_api::client`, text in and text out (export
//! names as `pkg-template/lib/client.js` calls them). The transport (fetch, timeouts, retries,
//! streaming) is JavaScript, `pkg-template/lib/client.js`, which calls these; no JS value is read
//! here. The JS `FpgoClient` is typed by `client.d.ts`, which scripts/build-pkg.sh copies into the
//! package's types.

use crate::json_api::client;
use wasm_bindgen::prelude::*;

/// Checks `new FpgoClient(options)`'s options (as JSON text).
#[wasm_bindgen(js_name = clientConfig)]
pub fn client_config(config_json: &str) -> String {
    client::client_config(config_json)
}

/// Every endpoint id, method and whether it is a paged list.
#[wasm_bindgen(js_name = clientEndpoints)]
pub fn client_endpoints() -> String {
    client::client_endpoints()
}

/// Builds one call: method, URL, headers, body text.
#[wasm_bindgen(js_name = clientPrepareRequest)]
pub fn client_prepare_request(endpoint_id: &str, request_json: &str, config_json: &str) -> String {
    client::prepare_request(endpoint_id, request_json, config_json)
}

/// Reads one answer: data and paging, or a typed, redacted error.
#[wasm_bindgen(js_name = clientReadResponse)]
pub fn client_read_response(
    endpoint_id: &str,
    status: u32,
    headers_json: &str,
    body_text: &str,
    config_json: &str,
) -> String {
    client::read_response(endpoint_id, status, headers_json, body_text, config_json)
}
