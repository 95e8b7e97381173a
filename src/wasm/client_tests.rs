//! wasm-bindgen tests of the Rust client on wasm (the fetch transport and its retry loop) with a
//! stand-in `fetch`, in Node and headless Chromium: attempts are counted by the stand-in.

use crate::client::{transport, Client, ClientConfig, Environment, ErrorKind, RequestInput};
use js_sys::{Function, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// A fetch that counts its calls in `globalThis[counter]` and answers `status` with `body`.
fn fake_fetch(counter: &str, status: u16, body: &str) -> Function {
    Function::new_with_args(
        "request",
        &format!(
            "globalThis.{counter} = (globalThis.{counter} || 0) + 1; \
             return Promise.resolve(new Response({body:?}, {{ status: {status}, headers: {{ 'content-type': 'application/json' }} }}));"
        ),
    )
}

fn calls(counter: &str) -> f64 {
    Reflect::get(&js_sys::global(), &JsValue::from_str(counter))
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0)
}

fn client(timeout_ms: u32) -> Client {
    let mut config = ClientConfig::new(
        "wasm-test-token",
        Environment::Demo,
        Some("http://127.0.0.1:9"),
    )
    .unwrap();
    config.retry.base_delay_ms = 1;
    config.retry.max_retries = 2;
    config.timeout_ms = timeout_ms;
    config.validate_bodies = false;
    Client::new(config)
}

#[wasm_bindgen_test]
async fn success_unwraps_data() {
    let f = fake_fetch(
        "__fpgoOk",
        200,
        r#"{"status_code":200,"message":"ok","is_data":true,"data":[{"uuid":"ODR1"}]}"#,
    );
    let r = transport::call(
        &client(5_000),
        "orders.listStatuses",
        &RequestInput::default(),
        Some(&f),
    )
    .await
    .unwrap();
    assert_eq!(r.data[0]["uuid"], "ODR1");
    assert_eq!(calls("__fpgoOk"), 1.0);
}

#[wasm_bindgen_test]
async fn a_get_is_retried_and_a_post_is_not() {
    let f = fake_fetch(
        "__fpgoGet",
        510,
        r#"{"status_code":510,"message":"somethingWentWrong","is_error":true,"errors":[]}"#,
    );
    let e = transport::call(
        &client(5_000),
        "credit.listChecks",
        &RequestInput::default(),
        Some(&f),
    )
    .await
    .unwrap_err();
    assert_eq!((e.kind, e.attempts), (ErrorKind::Server, 3));
    assert_eq!(calls("__fpgoGet"), 3.0);
    let f = fake_fetch("__fpgoPost", 500, "<html>oops</html>");
    let e = transport::call(
        &client(5_000),
        "credit.listChecks",
        &RequestInput::default(),
        Some(&f),
    )
    .await
    .unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidResponse);
    let f = fake_fetch(
        "__fpgoPost2",
        500,
        r#"{"message":"internalErrorOccurredPleaseTryAgainLater"}"#,
    );
    let e = transport::call(
        &client(5_000),
        "credit.checkPrivate",
        &RequestInput::default(),
        Some(&f),
    )
    .await
    .unwrap_err();
    assert_eq!((e.kind, e.attempts), (ErrorKind::Server, 1));
    assert_eq!(calls("__fpgoPost2"), 1.0);
}

#[wasm_bindgen_test]
async fn a_fetch_that_never_answers_times_out() {
    let hang = Function::new_with_args("request", "return new Promise(() => {});");
    let mut c = client(50);
    c.config.retry.max_retries = 0;
    let e = transport::call(
        &c,
        "orders.listStatuses",
        &RequestInput::default(),
        Some(&hang),
    )
    .await
    .unwrap_err();
    assert_eq!((e.kind, e.code.as_str()), (ErrorKind::Timeout, "timeout"));
}
