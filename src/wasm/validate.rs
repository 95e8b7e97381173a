//! `fpgo/validate` (and the full module): validation, totals and the builders of `crate::json_api`,
//! in the calling convention of [`super::abi`].

use super::abi::{answer, text};
use crate::json_api::{builders, totals, validate as validation};

/// See [`validation::validate`].
///
/// # Safety
/// Each text is a pointer and length written by the JS loader (see [`super::abi`]).
#[no_mangle]
pub unsafe extern "C" fn validate(
    endpoint_id: *const u8,
    endpoint_id_len: usize,
    payload_json: *const u8,
    payload_json_len: usize,
    options_json: *const u8,
    options_json_len: usize,
) -> *const usize {
    answer((|| {
        let endpoint_id = text(endpoint_id, endpoint_id_len)?;
        let payload_json = text(payload_json, payload_json_len)?;
        Ok(validation::validate(
            endpoint_id,
            payload_json,
            text(options_json, options_json_len)?,
        ))
    })())
}

/// See [`validation::endpoints`].
#[no_mangle]
pub extern "C" fn endpoints() -> *const usize {
    answer(Ok(validation::endpoints()))
}

/// See [`totals::compute_totals`].
///
/// # Safety
/// As [`validate`].
#[no_mangle]
pub unsafe extern "C" fn compute_totals(
    lines_json: *const u8,
    lines_json_len: usize,
    options_json: *const u8,
    options_json_len: usize,
) -> *const usize {
    answer((|| {
        Ok(totals::compute_totals(
            text(lines_json, lines_json_len)?,
            text(options_json, options_json_len)?,
        ))
    })())
}

/// See [`builders::build`]; every per-endpoint builder of the JS API calls it with its id.
///
/// # Safety
/// As [`validate`].
#[no_mangle]
pub unsafe extern "C" fn build(
    endpoint_id: *const u8,
    endpoint_id_len: usize,
    input_json: *const u8,
    input_json_len: usize,
    options_json: *const u8,
    options_json_len: usize,
) -> *const usize {
    answer((|| {
        let endpoint_id = text(endpoint_id, endpoint_id_len)?;
        let input_json = text(input_json, input_json_len)?;
        Ok(builders::build(
            endpoint_id,
            input_json,
            text(options_json, options_json_len)?,
        ))
    })())
}

/// See [`builders::reservation_warnings`].
///
/// # Safety
/// As [`validate`].
#[no_mangle]
pub unsafe extern "C" fn reservation_warnings(
    endpoint_id: *const u8,
    endpoint_id_len: usize,
    payload_json: *const u8,
    payload_json_len: usize,
    details_json: *const u8,
    details_json_len: usize,
    options_json: *const u8,
    options_json_len: usize,
) -> *const usize {
    answer((|| {
        let endpoint_id = text(endpoint_id, endpoint_id_len)?;
        let payload_json = text(payload_json, payload_json_len)?;
        let details_json = text(details_json, details_json_len)?;
        Ok(builders::reservation_warnings(
            endpoint_id,
            payload_json,
            details_json,
            text(options_json, options_json_len)?,
        ))
    })())
}
