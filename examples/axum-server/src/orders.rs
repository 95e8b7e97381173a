//! `POST /orders`: a payment link. fpgo validates the body with the API's own rules, builds the
//! request (URL, headers, JSON) and reads the answer; `ureq` only moves the bytes.

use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use fpgo::client::{FpgoError, HttpRequest, RequestInput};
use fpgo::validate::{validate, Lang, ValidateOptions};
use serde_json::{json, Value};
use std::sync::Arc;

pub const ENDPOINT: &str = "orders.sendPaymentLink";

pub async fn create(
    State(state): State<Arc<AppState>>,
    Json(mut body): Json<Value>,
) -> (StatusCode, Json<Value>) {
    let Some(object) = body.as_object_mut() else {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({ "code": "invalid_body", "message": "expected a JSON object" })),
        );
    };
    object.insert(
        "callback".into(),
        json!({ "callbackUrl": state.callback_url }),
    );

    // The API's verdict, before anything is sent: field -> messages, as FPGO's 417 would give them.
    match validate(
        ENDPOINT,
        &body,
        &ValidateOptions {
            lang: Lang::En,
            ..ValidateOptions::default()
        },
    ) {
        Err(e) => {
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                Json(json!({ "code": e.code(), "message": e.to_string() })),
            )
        }
        Ok(report) if !report.valid => {
            let errors: serde_json::Map<String, Value> = report
                .errors
                .iter()
                .map(|(field, issues)| {
                    (
                        field.clone(),
                        issues
                            .iter()
                            .map(|i| Value::String(i.message.clone()))
                            .collect(),
                    )
                })
                .collect();
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(json!({ "kind": "validation", "code": "invalid_payload", "errors": errors })),
            );
        }
        Ok(_) => {}
    }

    let Some(client) = state.client.as_ref() else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "code": "no_token", "message": "FPGO_TOKEN is not set" })),
        );
    };
    let input = RequestInput {
        body: Some(body),
        ..RequestInput::default()
    };
    let (endpoint, request) = match client.prepare(ENDPOINT, &input) {
        Ok(prepared) => prepared,
        Err(e) => return error(&e),
    };
    // ureq blocks: keep it off the async workers.
    let answer = tokio::task::spawn_blocking(move || send(request)).await;
    let (status, content_type, text) = match answer {
        Ok(Ok(answer)) => answer,
        Ok(Err(message)) => {
            return (
                StatusCode::BAD_GATEWAY,
                Json(json!({ "kind": "network", "code": "network", "message": message })),
            )
        }
        Err(_) => {
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                Json(json!({ "code": "internal_error" })),
            )
        }
    };
    match client.read(endpoint, status, None, content_type.as_deref(), &text) {
        // Send Payment Link answers with `uuid` and `customerUuid` (000:262-273); FPGO sends the link
        // to the customer by SMS or email.
        Ok(api) => {
            let data = api.data();
            (
                StatusCode::CREATED,
                Json(json!({ "orderUuid": data["uuid"], "customerUuid": data["customerUuid"] })),
            )
        }
        Err(e) => error(&e),
    }
}

/// Sends a request fpgo built; any status is an answer (fpgo reads error envelopes too).
fn send(request: HttpRequest) -> Result<(u16, Option<String>, String), String> {
    // The API never redirects: a redirect is answered as an error (fpgo reads any 3xx as
    // `unexpected_redirect`), never followed with the token and the body.
    let agent = ureq::AgentBuilder::new().redirects(0).build();
    let mut call = agent
        .request(request.method.as_str(), &request.url)
        .timeout(std::time::Duration::from_secs(30));
    for (name, value) in &request.headers {
        call = call.set(name, value);
    }
    let result = match &request.body {
        Some(body) => call.send_string(body),
        None => call.call(),
    };
    let response = match result {
        Ok(r) | Err(ureq::Error::Status(_, r)) => r,
        // The transport error's text names the host, never the token (headers are not in it).
        Err(ureq::Error::Transport(t)) => return Err(t.to_string()),
    };
    let status = response.status();
    let content_type = response.header("content-type").map(str::to_string);
    let text = response.into_string().map_err(|e| e.to_string())?;
    Ok((status, content_type, text))
}

fn error(e: &FpgoError) -> (StatusCode, Json<Value>) {
    let status = if e.kind.as_str() == "validation" {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::BAD_GATEWAY
    };
    (
        status,
        Json(
            json!({ "kind": e.kind.as_str(), "code": e.code, "message": e.message, "errors": e.errors }),
        ),
    )
}
