//! The HTTP server: one accept loop (so a fault can drop a connection), one log line per request,
//! the API fallback and the sandbox's own pages.

use crate::args::Args;
use crate::callbacks::SentCallback;
use crate::faults::{FaultKind, Faults};
use crate::store::Store;
use crate::{api, checkout, envelope::Reply, routing, testing};
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use subtle::ConstantTimeEq;
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tower::ServiceExt;

pub struct App {
    token: String,
    pub secret: String,
    /// `http://ADDR` as bound: checkout URLs point here.
    pub base_url: String,
    pub quiet: bool,
    pub store: Mutex<Store>,
    pub faults: Mutex<Faults>,
    pub sent_callbacks: Mutex<Vec<SentCallback>>,
}

pub type Shared = Arc<App>;

/// Locks a mutex, recovering the data if a previous holder panicked (state stays usable).
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Closes the current connection without an answer (the `drop` fault).
#[derive(Clone)]
pub struct KillSwitch(Arc<Notify>);

pub async fn run(args: Args) -> Result<(), String> {
    let listener = TcpListener::bind(args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let app = Arc::new(App {
        token: args.token,
        secret: args.secret,
        base_url: format!("http://{addr}"),
        quiet: args.quiet,
        store: Mutex::new(Store::default()),
        faults: Mutex::new(Faults::default()),
        sent_callbacks: Mutex::new(Vec::new()),
    });
    let router = Router::new()
        .route("/checkout/{uuid}", get(checkout::page))
        .route("/checkout/{uuid}/pay", post(checkout::pay))
        .merge(testing::routes())
        .fallback(api_entry)
        .layer(axum::middleware::from_fn_with_state(app.clone(), log_line))
        .with_state(app.clone());
    println!("fpgo-sandbox listening on {}", app.base_url);
    loop {
        let (stream, _) = match listener.accept().await {
            Ok(s) => s,
            Err(e) => {
                eprintln!("fpgo-sandbox: accept failed: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let router = router.clone();
        tokio::spawn(async move {
            let kill = Arc::new(Notify::new());
            let switch = KillSwitch(kill.clone());
            let service = tower::service_fn(move |mut req: Request<hyper::body::Incoming>| {
                req.extensions_mut().insert(switch.clone());
                router.clone().oneshot(req.map(Body::new))
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
            tokio::select! {
                _ = conn => {}
                _ = kill.notified() => {} // dropping `conn` closes the socket mid-request
            }
        });
    }
}

async fn log_line(
    State(app): State<Shared>,
    req: Request,
    next: axum::middleware::Next,
) -> Response {
    let (method, path) = (req.method().clone(), req.uri().path().to_string());
    let started = Instant::now();
    // CORS for local development from a page (with the client's dangerouslyAllowBrowser): every
    // origin, and preflights answered here.
    let mut response = if method == Method::OPTIONS {
        StatusCode::NO_CONTENT.into_response()
    } else {
        next.run(req).await
    };
    let headers = response.headers_mut();
    headers.insert("access-control-allow-origin", HeaderValue::from_static("*"));
    headers.insert(
        "access-control-allow-methods",
        HeaderValue::from_static("GET, POST, PUT, DELETE, OPTIONS"),
    );
    headers.insert(
        "access-control-allow-headers",
        HeaderValue::from_static("authorization, content-type, accept"),
    );
    headers.insert(
        "access-control-expose-headers",
        HeaderValue::from_static("retry-after"),
    );
    if !app.quiet {
        let id = response
            .extensions()
            .get::<EndpointId>()
            .map_or("-", |e| e.0);
        eprintln!(
            "{method} {path} {} {}ms {id}",
            response.status().as_u16(),
            started.elapsed().as_millis()
        );
    }
    response
}

/// The endpoint a response answered, for the log line.
#[derive(Clone, Copy)]
struct EndpointId(&'static str);

fn authorized(app: &App, headers: &HeaderMap) -> bool {
    let expected = format!("Bearer {}", app.token);
    headers
        .get("authorization")
        .map(|v| v.as_bytes().ct_eq(expected.as_bytes()).into())
        .unwrap_or(false)
}

async fn api_entry(
    State(app): State<Shared>,
    Extension(kill): Extension<KillSwitch>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let candidates = match routing::route(method.as_str(), uri.path()) {
        routing::RouteMatch::Found(c) => c,
        routing::RouteMatch::WrongMethod => {
            return Reply::error(
                405,
                "Method Not Allowed",
                "methodNotAllowed",
                true,
                serde_json::Value::Null,
            )
            .into_response()
        }
        routing::RouteMatch::NotFound => return Reply::not_found("routeNotFound").into_response(),
    };
    let payload = api::payload(uri.query(), &body);
    let query = api::query_map(uri.query());
    let (endpoint, params) = api::pick(candidates, &payload);
    lock(&app.faults).count(endpoint.id);
    let fault = lock(&app.faults).take(endpoint.id);
    let mut response = match fault {
        None => answer(&app, &headers, endpoint, params, &query, payload).await,
        Some(fault) => match fault.kind {
            FaultKind::Slow => {
                tokio::time::sleep(Duration::from_millis(fault.delay_ms)).await;
                answer(&app, &headers, endpoint, params, &query, payload).await
            }
            FaultKind::SlowBody => {
                let inner = answer(&app, &headers, endpoint, params, &query, payload).await;
                let (parts, body) = inner.into_parts();
                let bytes = axum::body::to_bytes(body, 1 << 20).await.unwrap_or_default();
                let delay = fault.delay_ms;
                let stream = futures_util::stream::once(async move {
                    tokio::time::sleep(Duration::from_millis(delay)).await;
                    Ok::<_, std::io::Error>(bytes)
                });
                Response::from_parts(parts, Body::from_stream(stream))
            }
            FaultKind::Status500 => Reply::internal(&now().to_string()).into_response(),
            FaultKind::Status510 => Reply::execution_exception().into_response(),
            FaultKind::Status429 => {
                let mut r = Reply::error(429, "Too Many Requests", "tooManyRequests", true, serde_json::Value::Null).into_response();
                r.headers_mut().insert("retry-after", axum::http::HeaderValue::from_static("1"));
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
        },
    };
    response.extensions_mut().insert(EndpointId(endpoint.id));
    response
}

async fn answer(
    app: &Shared,
    headers: &HeaderMap,
    endpoint: &'static fpgo::endpoints::Endpoint,
    params: routing::PathParams,
    query: &std::collections::BTreeMap<String, String>,
    payload: serde_json::Value,
) -> Response {
    if !authorized(app, headers) {
        return Reply::unauthorized().into_response();
    }
    let (reply, notifications) = api::handle(app, endpoint, &params, query, &payload);
    for uuid in notifications {
        checkout::notify(app.clone(), uuid);
    }
    reply.into_response()
}
