//! The HTTP server: one accept loop (so a fault can drop a connection, and a connection that does
//! not finish its request head within the header timeout is closed), one log line per request,
//! CORS for local pages, and the routes: checkout pages, `/__sandbox/` endpoints and the API.

use crate::api::{self, EndpointId, KillSwitch};
use crate::args::Args;
use crate::state::{App, Shared};
use crate::{checkout, testing};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::net::{TcpListener, TcpStream};
use tower::ServiceExt;

pub async fn run(args: Args) -> Result<(), String> {
    let listener = TcpListener::bind(args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let app = Arc::new(App::new(
        args.token,
        args.secret,
        format!("http://{addr}"),
        args.quiet,
        args.per_page,
    ));
    let router = Router::new()
        .route("/checkout/{uuid}", get(checkout::page))
        .route("/checkout/{uuid}/pay", post(checkout::pay))
        .merge(testing::routes())
        .fallback(api::entry)
        .layer(axum::middleware::from_fn_with_state(app.clone(), log_line))
        .with_state(app.clone());
    println!("fpgo-sandbox listening on {}", app.base_url);
    loop {
        match listener.accept().await {
            Ok((stream, _)) => {
                tokio::spawn(serve(stream, router.clone(), args.header_timeout));
            }
            Err(e) => {
                eprintln!("fpgo-sandbox: accept failed: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
}

/// Serves one connection until it closes, the `drop` fault fires, or a request head (the first or
/// the next on a kept-alive connection) does not arrive complete within `header_timeout`.
async fn serve(stream: TcpStream, router: Router, header_timeout: Duration) {
    let switch = KillSwitch::default();
    let kill = switch.0.clone();
    let service = tower::service_fn(move |mut req: Request<hyper::body::Incoming>| {
        req.extensions_mut().insert(switch.clone());
        router.clone().oneshot(req.map(Body::new))
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    let conn = builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
    tokio::select! {
        _ = conn => {}
        _ = kill.notified() => {} // dropping `conn` closes the socket mid-request
    }
}

async fn log_line(
    State(app): State<Shared>,
    req: Request,
    next: axum::middleware::Next,
) -> Response {
    let (method, path) = (req.method().clone(), req.uri().path().to_string());
    // A preflight is answered for whatever headers the page wants to send (the client's
    // `X-Fpgo-Client`, a user's own headers), so the sandbox never blocks a local page.
    let allowed_headers = req
        .headers()
        .get("access-control-request-headers")
        .cloned()
        .unwrap_or(HeaderValue::from_static(
            "authorization, content-type, accept, x-fpgo-client",
        ));
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
    headers.insert("access-control-allow-headers", allowed_headers);
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
