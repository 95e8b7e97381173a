//! `fpgo/callbacks` (and every larger module): the callback functions of `crate::json_api::callbacks`,
//! in the calling convention of [`super::abi`].

use super::abi::{answer, text};
use crate::json_api::callbacks;

/// See [`callbacks::verify_callback_compact`]: the secrets joined by NUL characters, the tolerance
/// (NaN for the default), `now` in Unix seconds, `expect === "companyCheck"` (a JS boolean arrives
/// as 0 or 1).
///
/// # Safety
/// Each text is a pointer and length written by the JS loader (see [`super::abi`]).
#[no_mangle]
pub unsafe extern "C" fn verify_callback(
    url: *const u8,
    url_len: usize,
    secrets: *const u8,
    secrets_len: usize,
    tolerance_seconds: f64,
    now_seconds: f64,
    company_check: u32,
) -> *const usize {
    answer((|| {
        let (url, secrets) = (text(url, url_len)?, text(secrets, secrets_len)?);
        Ok(callbacks::verify_callback_compact(
            url,
            secrets,
            tolerance_seconds,
            now_seconds,
            company_check != 0,
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
