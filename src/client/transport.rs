//! The fetch transport (wasm32 only): sends a prepared [`HttpRequest`] with `fetch` (the global
//! one, or one the caller passes), aborts it with an `AbortController` when `timeout_ms` passes
//! (the timer covers reading the body too), and retries GETs by the [`RetryPolicy`].

use super::{parse_response, ApiResponse, Client, ErrorKind, FpgoError, HttpRequest, RequestInput};
use gloo_net::http::RequestBuilder;
use js_sys::{Function, Promise, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::AbortController;

/// One answer: status, content type, `Retry-After` seconds, body text.
struct Answer {
    status: u16,
    content_type: Option<String>,
    retry_after: Option<u32>,
    body: String,
}

fn global_function(name: &str) -> Option<Function> {
    Reflect::get(&js_sys::global(), &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// Waits `ms` milliseconds with the host's `setTimeout`.
pub async fn sleep(ms: u32) {
    let Some(set_timeout) = global_function("setTimeout") else {
        return;
    };
    let promise = Promise::new(&mut |resolve, _| {
        let _ = set_timeout.call2(&JsValue::UNDEFINED, &resolve, &JsValue::from(ms));
    });
    let _ = JsFuture::from(promise).await;
}

/// A timer that aborts the controller and rejects [`Deadline::expired`]; cleared on drop. Racing
/// against `expired` bounds the wait even when a `fetch` ignores its abort signal.
struct Deadline {
    handle: JsValue,
    fired: Rc<Cell<bool>>,
    expired: Promise,
    _closure: Closure<dyn FnMut()>,
}

impl Deadline {
    fn start(controller: &AbortController, ms: u32) -> Option<Deadline> {
        let set_timeout = global_function("setTimeout")?;
        let fired = Rc::new(Cell::new(false));
        let reject_slot: Rc<Cell<Option<Function>>> = Rc::new(Cell::new(None));
        let slot = reject_slot.clone();
        let expired = Promise::new(&mut |_, reject| slot.set(Some(reject)));
        let (flag, controller) = (fired.clone(), controller.clone());
        let closure = Closure::<dyn FnMut()>::new(move || {
            flag.set(true);
            controller.abort();
            if let Some(reject) = reject_slot.take() {
                let _ = reject.call1(&JsValue::UNDEFINED, &JsValue::from_str("timeout"));
            }
        });
        let handle = set_timeout
            .call2(&JsValue::UNDEFINED, closure.as_ref(), &JsValue::from(ms))
            .ok()?;
        Some(Deadline {
            handle,
            fired,
            expired,
            _closure: closure,
        })
    }

    /// `promise`, or a rejection when the deadline passes first.
    fn race(deadline: &Option<Deadline>, promise: &Promise) -> Promise {
        match deadline {
            None => Promise::resolve(promise),
            Some(d) => Promise::race(&js_sys::Array::of2(promise, &d.expired)),
        }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let Some(clear) = global_function("clearTimeout") {
            let _ = clear.call1(&JsValue::UNDEFINED, &self.handle);
        }
    }
}

fn js_message(e: &JsValue) -> String {
    Reflect::get(e, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "fetch failed".into())
}

async fn send_once(
    req: &HttpRequest,
    timeout_ms: u32,
    fetch: Option<&Function>,
) -> Result<Answer, FpgoError> {
    let controller = AbortController::new()
        .map_err(|_| FpgoError::network("AbortController is not available"))?;
    let mut builder = RequestBuilder::new(&req.url).method(match req.method {
        crate::endpoints::Method::Get => gloo_net::http::Method::GET,
        crate::endpoints::Method::Post => gloo_net::http::Method::POST,
        crate::endpoints::Method::Put => gloo_net::http::Method::PUT,
        crate::endpoints::Method::Delete => gloo_net::http::Method::DELETE,
    });
    for (k, v) in &req.headers {
        builder = builder.header(k, v);
    }
    builder = builder.abort_signal(Some(&controller.signal()));
    let request = match &req.body {
        Some(body) => builder.body(body.as_str()),
        None => builder.build(),
    }
    .map_err(|_| {
        FpgoError::config(
            "invalid_request",
            "the request could not be built (URL or header rejected by fetch)",
        )
    })?;
    let request: web_sys::Request = request.into();
    let fetch = match fetch {
        Some(f) => f.clone(),
        None => global_function("fetch").ok_or_else(|| {
            FpgoError::config("no_fetch", "no global fetch; pass `fetch` in the options")
        })?,
    };
    let deadline = Deadline::start(&controller, timeout_ms);
    let timed_out = || deadline.as_ref().is_some_and(|d| d.fired.get());
    let fail = |e: JsValue, stage: &str| {
        if timed_out() {
            FpgoError::timeout(timeout_ms)
        } else {
            FpgoError::network(format!("{stage}: {}", js_message(&e)))
        }
    };
    let promise = fetch
        .call1(&JsValue::UNDEFINED, &request)
        .map_err(|e| fail(e, "fetch threw"))?;
    let response: web_sys::Response =
        JsFuture::from(Deadline::race(&deadline, &Promise::resolve(&promise)))
            .await
            .map_err(|e| fail(e, "request failed"))?
            .dyn_into()
            .map_err(|_| {
                FpgoError::new(
                    ErrorKind::InvalidResponse,
                    "invalid_response",
                    "fetch did not return a Response",
                )
            })?;
    let headers = response.headers();
    let content_type = headers.get("content-type").ok().flatten();
    let retry_after = headers
        .get("retry-after")
        .ok()
        .flatten()
        .and_then(|s| s.trim().parse::<u32>().ok());
    let status = response.status();
    let text = response
        .text()
        .map_err(|e| fail(e, "reading the body failed"))?;
    let body = JsFuture::from(Deadline::race(&deadline, &text))
        .await
        .map_err(|e| fail(e, "reading the body failed"))?;
    if timed_out() {
        return Err(FpgoError::timeout(timeout_ms));
    }
    Ok(Answer {
        status,
        content_type,
        retry_after,
        body: body.as_string().unwrap_or_default(),
    })
}

/// Prepares, sends and (for GET) retries one call.
pub async fn call(
    client: &Client,
    endpoint_id: &str,
    input: &RequestInput,
    fetch: Option<&Function>,
) -> Result<ApiResponse, FpgoError> {
    let (endpoint, request) = client.prepare(endpoint_id, input)?;
    let policy = client.config.retry;
    let mut attempt: u32 = 0;
    loop {
        let outcome = match send_once(&request, client.config.timeout_ms, fetch).await {
            Ok(a) => parse_response(a.status, a.content_type.as_deref(), &a.body)
                .map_err(|e| (e, a.retry_after)),
            Err(e) => Err((e, None)),
        };
        match outcome {
            Ok(r) => return Ok(r),
            Err((error, retry_after)) => {
                if policy.should_retry(endpoint.method, &error, attempt) {
                    sleep(policy.delay_ms(attempt, js_sys::Math::random(), retry_after)).await;
                    attempt += 1;
                    continue;
                }
                return Err(error.with_endpoint(endpoint.id).with_attempts(attempt + 1));
            }
        }
    }
}

impl Client {
    /// Sends one call with the global `fetch` (Rust on wasm32): prepare, send, retry GETs, unwrap.
    pub async fn send(
        &self,
        endpoint_id: &str,
        input: &RequestInput,
    ) -> Result<ApiResponse, FpgoError> {
        call(self, endpoint_id, input, None).await
    }
}
