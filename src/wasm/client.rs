//! The client's wasm exports: re-exports of `crate::json_api::client`, text in and text out, in the
//! calling convention of [`super::abi`] (export names as `pkg-template/lib/client.js` calls them).
//! The transport (fetch, timeouts, retries, streaming) is JavaScript, `pkg-template/lib/client.js`,
//! which calls these; no JS value is read here. The JS `FpgoClient` is typed by `client.d.ts`, which
//! scripts/build-pkg.sh copies into the package's types.

use super::abi::{answer, text};
use crate::json_api::client;

/// Checks `new FpgoClient(options)`'s options (as JSON text).
///
/// # Safety
/// Each text is a pointer and length written by the JS loader (see [`super::abi`]).
#[export_name = "clientConfig"]
pub unsafe extern "C" fn client_config(
    config_json: *const u8,
    config_json_len: usize,
) -> *const usize {
    answer(text(config_json, config_json_len).map(client::client_config))
}

/// Every endpoint id, method and whether it is a paged list.
#[export_name = "clientEndpoints"]
pub extern "C" fn client_endpoints() -> *const usize {
    answer(Ok(client::client_endpoints()))
}

/// Builds one call: method, URL, headers, body text.
///
/// # Safety
/// As [`client_config`].
#[export_name = "clientPrepareRequest"]
pub unsafe extern "C" fn client_prepare_request(
    endpoint_id: *const u8,
    endpoint_id_len: usize,
    request_json: *const u8,
    request_json_len: usize,
    config_json: *const u8,
    config_json_len: usize,
) -> *const usize {
    answer((|| {
        let endpoint_id = text(endpoint_id, endpoint_id_len)?;
        let request_json = text(request_json, request_json_len)?;
        let config_json = text(config_json, config_json_len)?;
        Ok(client::prepare_request(
            endpoint_id,
            request_json,
            config_json,
        ))
    })())
}

/// Reads one answer: data and paging, or a typed, redacted error.
///
/// # Safety
/// As [`client_config`].
#[export_name = "clientReadResponse"]
pub unsafe extern "C" fn client_read_response(
    endpoint_id: *const u8,
    endpoint_id_len: usize,
    status: u32,
    headers_json: *const u8,
    headers_json_len: usize,
    body_text: *const u8,
    body_text_len: usize,
    config_json: *const u8,
    config_json_len: usize,
) -> *const usize {
    answer((|| {
        let endpoint_id = text(endpoint_id, endpoint_id_len)?;
        let headers_json = text(headers_json, headers_json_len)?;
        let body_text = text(body_text, body_text_len)?;
        let config_json = text(config_json, config_json_len)?;
        Ok(client::read_response(
            endpoint_id,
            status,
            headers_json,
            body_text,
            config_json,
        ))
    })())
}
