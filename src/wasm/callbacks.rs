//! `fpgo/callbacks` (and every larger module): the callback functions of `crate::json_api::callbacks`,
//! in the calling convention of [`super::abi`].

use super::abi::{answer, text};
use crate::json_api::callbacks;

/// See [`callbacks::verify_callback`].
///
/// # Safety
/// Each text is a pointer and length written by the JS loader (see [`super::abi`]).
#[no_mangle]
pub unsafe extern "C" fn verify_callback(
    url: *const u8,
    url_len: usize,
    secrets_json: *const u8,
    secrets_json_len: usize,
    tolerance_seconds: f64,
    now_seconds: f64,
) -> *const usize {
    answer((|| {
        let (url, secrets_json) = (text(url, url_len)?, text(secrets_json, secrets_json_len)?);
        Ok(callbacks::verify_callback(
            url,
            secrets_json,
            tolerance_seconds,
            now_seconds,
        ))
    })())
}

/// See [`callbacks::sign_callback`].
///
/// # Safety
/// As [`verify_callback`].
#[no_mangle]
pub unsafe extern "C" fn sign_callback(
    pairs_json: *const u8,
    pairs_json_len: usize,
    secret: *const u8,
    secret_len: usize,
) -> *const usize {
    answer((|| {
        Ok(callbacks::sign_callback(
            text(pairs_json, pairs_json_len)?,
            text(secret, secret_len)?,
        ))
    })())
}

/// See [`callbacks::parse_terminal_callback`].
///
/// # Safety
/// As [`verify_callback`].
#[no_mangle]
pub unsafe extern "C" fn parse_terminal_callback(url: *const u8, url_len: usize) -> *const usize {
    answer(text(url, url_len).map(callbacks::parse_terminal_callback))
}
