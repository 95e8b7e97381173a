//! The API entry, from an HTTP request to its answer: find the endpoint in the shared endpoint
//! table (`routing`), count the request and apply an armed fault, check the bearer token, read the
//! input as Laravel does (`request`), validate it (`validation`, 417 as the live server answers),
//! run the endpoint's handler (`handlers`, by endpoint id) and send the callbacks it asks for.

use crate::envelope::Reply;
use crate::handlers::{self, Ctx};
use crate::routing::{self, PathParams, RouteMatch};
use crate::state::{lock, now, Fault, FaultKind, Shared};
use crate::{callbacks, request, validation};
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use fpgo::endpoints::Endpoint;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// Closes the current connection without an answer (the `drop` fault); set per connection by the
/// server.
#[derive(Clone, Default)]
pub struct KillSwitch(pub Arc<Notify>);

/// The endpoint a response answered, for the log line.
#[derive(Clone, Copy)]
pub struct EndpointId(pub &'static str);

/// One API request, read.
struct ApiRequest {
    endpoint: &'static Endpoint,
    params: PathParams,
    query: BTreeMap<String, String>,
    /// `None` when the body is not a JSON object.
    payload: Option<Value>,
    path: String,
    authorization: Option<Vec<u8>>,
}

/// The fallback route: every path that is not a checkout page or a `/__sandbox/` endpoint.
pub async fn entry(
    State(app): State<Shared>,
    Extension(kill): Extension<KillSwitch>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let candidates = match routing::route(method.as_str(), uri.path()) {
        RouteMatch::Found(c) => c,
        RouteMatch::WrongMethod => return Reply::method_not_allowed().into_response(),
        RouteMatch::NotFound => return Reply::route_not_found().into_response(),
    };
    let query = request::query_map(uri.query());
    let payload = request::payload(&query, &body);
    let Some((endpoint, params)) =
        request::pick(candidates, payload.as_ref().unwrap_or(&Value::Null))
    else {
        return Reply::route_not_found().into_response();
    };
    let fault = {
        let mut faults = lock(&app.faults);
        faults.count(endpoint.id);
        faults.take(endpoint.id)
    };
    let request = ApiRequest {
        endpoint,
        params,
        query,
        payload,
        path: uri.path().to_string(),
        authorization: headers.get("authorization").map(|v| v.as_bytes().to_vec()),
    };
    let mut response = match fault {
        None => answer(&app, &request),
        Some(fault) => faulty(&app, &kill, fault, &request).await,
    };
    response.extensions_mut().insert(EndpointId(endpoint.id));
    response
}

/// The answer without faults.
fn answer(app: &Shared, req: &ApiRequest) -> Response {
    if !app.authorized(req.authorization.as_deref()) {
        return Reply::unauthorized().into_response();
    }
    let Some(payload) = &req.payload else {
        return Reply::invalid(vec!["The request body is not a JSON object.".into()])
            .into_response();
    };
    match validation::messages(req.endpoint, &req.params, &req.query, payload) {
        Ok(None) => {}
        Ok(Some(messages)) => return Reply::invalid(messages).into_response(),
        Err(e) => return internal_error(&e.to_string()).into_response(),
    }
    let Some(handler) = handlers::handler(req.endpoint.id) else {
        // Unreachable while `every_endpoint_has_a_handler` passes; never a silent success.
        let reply = Reply::error(
            501,
            "Not Implemented",
            "endpointNotImplementedInSandbox",
            true,
            json!([req.endpoint.id]),
        );
        return reply.into_response();
    };
    let outcome = {
        let mut store = lock(&app.store);
        let mut cx = Ctx {
            store: &mut store,
            base_url: &app.base_url,
            per_page: app.per_page,
            path: &req.path,
            params: &req.params,
            query: &req.query,
            payload,
        };
        handler(&mut cx)
    };
    for uuid in &outcome.notify {
        callbacks::notify(app.clone(), uuid);
    }
    outcome.reply.into_response()
}

/// A 500 in the documented shape (`000:281-288`) for a defect of the sandbox itself.
fn internal_error(detail: &str) -> Reply {
    Reply::error(
        500,
        "Internal Dependency Error",
        "internalErrorOccurredPleaseTryAgainLater",
        true,
        json!({"happenedAt": now().to_string(), "internalErrorDetails": [detail]}),
    )
}

/// The answer under an armed fault (`POST /__sandbox/faults`).
async fn faulty(app: &Shared, kill: &KillSwitch, fault: Fault, req: &ApiRequest) -> Response {
    let delay = Duration::from_millis(fault.delay_ms);
    match fault.kind {
        FaultKind::Slow => {
            tokio::time::sleep(delay).await;
            answer(app, req)
        }
        FaultKind::SlowBody => {
            let (parts, body) = answer(app, req).into_parts();
            let bytes = axum::body::to_bytes(body, 1 << 20).await.unwrap_or_default();
            let stream = futures_util::stream::once(async move {
                tokio::time::sleep(delay).await;
                Ok::<_, std::io::Error>(bytes)
            });
            Response::from_parts(parts, Body::from_stream(stream))
        }
        FaultKind::Status500 => Reply::internal(&now().to_string()).into_response(),
        FaultKind::Status510 => Reply::execution_exception().into_response(),
        FaultKind::Status429 => {
            let mut r = Reply::too_many_requests().into_response();
            r.headers_mut().insert("retry-after", HeaderValue::from_static("1"));
            r
        }
        FaultKind::Html => (
            StatusCode::BAD_GATEWAY,
            [("content-type", "text/html; charset=utf-8")],
            "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
        )
            .into_response(),
        FaultKind::Drop => {
            kill.0.notify_one();
            std::future::pending::<()>().await;
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
