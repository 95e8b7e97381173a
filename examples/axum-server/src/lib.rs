//! An axum server using fpgo natively (no WebAssembly): it sends payment links to FPGO, verifies
//! FPGO's signed callbacks and records each order's latest status.
//!
//! `POST /orders` validates the body with the API's rules (`422` with the fields to fix), sends it
//! with the bearer token and answers `201 {"orderUuid","customerUuid"}` ([`orders`]).
//! `GET /fpgo/callback?...` verifies the callback with [`fpgo::callbacks::verify`] (checksum and
//! freshness) and answers `200 {"orderUuid","status"}`, or `400 {"code","message"}` with the reason.
//! `GET /orders/{uuid}` returns the recorded status.

use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::routing::get;
use axum::routing::post;
use axum::{Json, Router};
use fpgo::callbacks::{self, CallbackFields, VerifyOptions};
use fpgo::client::{Client, ClientConfig, Environment, FpgoError};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

pub mod orders;

/// The FPGO client (holding the token), the checksum secrets (several during a key rotation), the
/// URL FPGO calls back, and the recorded statuses.
pub struct AppState {
    client: Option<Client>,
    callback_url: String,
    secrets: Vec<String>,
    tolerance_seconds: u64,
    statuses: Mutex<HashMap<String, String>>,
}

/// What the server needs to know.
pub struct Settings {
    /// The bearer token; without it `POST /orders` answers 503 (callbacks still work).
    pub token: Option<String>,
    /// A sandbox or proxy instead of FPGO's demo environment.
    pub base_url: Option<String>,
    pub callback_secrets: Vec<String>,
    /// This server's `/fpgo/callback`, as FPGO can reach it.
    pub callback_url: String,
}

impl AppState {
    pub fn new(settings: Settings) -> Result<Arc<AppState>, Box<FpgoError>> {
        let client = match &settings.token {
            Some(token) => Some(Client::new(ClientConfig::new(
                token,
                Environment::Demo,
                settings.base_url.as_deref(),
            )?)),
            None => None,
        };
        Ok(Arc::new(AppState {
            client,
            callback_url: settings.callback_url,
            secrets: settings.callback_secrets,
            tolerance_seconds: callbacks::DEFAULT_TOLERANCE_SECONDS,
            statuses: Mutex::default(),
        }))
    }
}

// Hand-written so the secrets never reach a log through `{:?}`.
impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("secrets", &"<redacted>")
            .finish_non_exhaustive()
    }
}

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/orders", post(orders::create))
        .route("/fpgo/callback", get(callback))
        .route("/orders/{uuid}", get(order_status))
        .with_state(state)
}

async fn callback(State(state): State<Arc<AppState>>, uri: Uri) -> (StatusCode, Json<Value>) {
    let mut options = VerifyOptions::now();
    options.tolerance_seconds = state.tolerance_seconds;
    // The query string is all verify() needs; the path and host are not signed.
    let query = uri.query().unwrap_or("");
    match callbacks::verify(query, &state.secrets, &options) {
        Err(e) => (
            StatusCode::BAD_REQUEST,
            Json(json!({ "code": e.code.as_str(), "message": e.message })),
        ),
        Ok(verified) => match verified.fields {
            CallbackFields::Order(order) => {
                let status = order.status.clone();
                println!("order {} is now {}", order.order_uuid, status); // your database here
                if let Ok(mut statuses) = state.statuses.lock() {
                    statuses.insert(order.order_uuid.clone(), status.clone());
                }
                (
                    StatusCode::OK,
                    Json(json!({ "orderUuid": order.order_uuid, "status": status })),
                )
            }
            // Signed, but not an order callback (a company check, or a shape the documents do not describe).
            _ => (StatusCode::OK, Json(json!({ "kind": "other" }))),
        },
    }
}

async fn order_status(
    State(state): State<Arc<AppState>>,
    Path(uuid): Path<String>,
) -> (StatusCode, Json<Value>) {
    let status = state
        .statuses
        .lock()
        .ok()
        .and_then(|s| s.get(&uuid).cloned());
    match status {
        Some(status) => (
            StatusCode::OK,
            Json(json!({ "orderUuid": uuid, "status": status })),
        ),
        None => (
            StatusCode::NOT_FOUND,
            Json(json!({ "code": "unknown_order" })),
        ),
    }
}
