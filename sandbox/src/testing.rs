//! Test-only endpoints under `/__sandbox/` (no token needed): trigger status changes, arm
//! faults, read request counts and the callbacks sent.

use crate::callbacks;
use crate::state::{lock, now, Fault, Shared};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;

pub fn routes() -> Router<Shared> {
    Router::new()
        .route("/__sandbox/status", post(set_status))
        .route("/__sandbox/faults", post(arm).delete(clear))
        .route("/__sandbox/requests", get(counts).delete(reset_counts))
        .route("/__sandbox/callbacks", get(sent_callbacks))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusChange {
    uuid: String,
    status: String,
}

/// Moves an order, reservation, subscription or terminal order to any status and sends the
/// callback, as FPGO would when the status changes on its side (expiry, invoicing, ...).
async fn set_status(State(app): State<Shared>, Json(change): Json<StatusChange>) -> Response {
    let status = change.status.trim().to_uppercase();
    if status.is_empty() {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": "status is empty"})),
        )
            .into_response();
    }
    {
        let mut store = lock(&app.store);
        if let Some(order) = store.orders.get_mut(&change.uuid) {
            order.status = status.clone();
            let title = format!("status-{}", status.to_lowercase());
            store.log(&change.uuid, &title, now(), None);
        } else if let Some(t) = store.terminal_orders.get_mut(&change.uuid) {
            t.status = change.status.trim().to_string();
            let reply = json!({"uuid": change.uuid, "status": t.status});
            let (url, params) = (t.callback_url.clone(), callbacks::terminal_params(t));
            drop(store);
            if let Some(url) = url {
                callbacks::send_unsigned(app, &url, &params);
            }
            return Json(reply).into_response();
        } else {
            return (
                StatusCode::NOT_FOUND,
                Json(json!({"error": "unknown uuid"})),
            )
                .into_response();
        }
    }
    callbacks::notify(app, &change.uuid);
    Json(json!({"uuid": change.uuid, "status": status})).into_response()
}

async fn arm(State(app): State<Shared>, Json(fault): Json<Fault>) -> Response {
    lock(&app.faults).arm(fault);
    StatusCode::NO_CONTENT.into_response()
}

async fn clear(State(app): State<Shared>) -> Response {
    lock(&app.faults).clear();
    StatusCode::NO_CONTENT.into_response()
}

async fn counts(State(app): State<Shared>) -> Response {
    Json(json!({"counts": lock(&app.faults).counts})).into_response()
}

async fn reset_counts(State(app): State<Shared>) -> Response {
    lock(&app.faults).counts.clear();
    StatusCode::NO_CONTENT.into_response()
}

async fn sent_callbacks(State(app): State<Shared>) -> Response {
    Json(json!({"callbacks": *lock(&app.sent_callbacks)})).into_response()
}
