//! The example's router, driven as axum serves it: signed callbacks accepted and recorded, every
//! kind of bad one refused with its reason.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use fpgo::callbacks::sign;
use fpgo_example_axum::{router, AppState, Settings};
use serde_json::Value;
use tower::ServiceExt;

const SECRET: &str = "axum-example-secret";

fn state(secrets: &[&str]) -> std::sync::Arc<AppState> {
    let settings = Settings {
        token: None,
        base_url: None,
        callback_secrets: secrets.iter().map(|s| s.to_string()).collect(),
        callback_url: "http://127.0.0.1:3000/fpgo/callback".into(),
    };
    AppState::new(settings).unwrap()
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, Value) {
    let res = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 20)
        .await
        .unwrap();
    (status, serde_json::from_slice(&bytes).unwrap())
}

fn signed(pairs: &[(&str, String)], secret: &str) -> String {
    sign(pairs, secret).unwrap()
}

/// A complete order callback (fpgo refuses one without every documented field).
fn order(uuid: &str, status: &str, timestamp: i64) -> Vec<(&'static str, String)> {
    vec![
        ("orderUuid", uuid.into()),
        ("status", status.into()),
        ("createdAt", "1755764131".into()),
        ("paymentMethod", "Visa".into()),
        ("amount", "270.00".into()),
        ("timestamp", timestamp.to_string()),
    ]
}

#[tokio::test]
async fn a_signed_callback_is_accepted_and_recorded() {
    let app = router(state(&["old-secret", SECRET]));
    let q = signed(&order("ODR1", "PAID", now()), SECRET);
    let (status, body) = get(&app, &format!("/fpgo/callback?{q}")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["orderUuid"], "ODR1");
    assert_eq!(body["status"], "PAID");
    let (status, body) = get(&app, "/orders/ODR1").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "PAID");
}

#[tokio::test]
async fn bad_callbacks_are_refused_with_their_reason_and_not_recorded() {
    let app = router(state(&[SECRET]));
    let fresh = signed(&order("ODR2", "PAID", now()), SECRET);
    let cases = [
        (fresh.replace("PAID", "CANCELLED"), "checksum_mismatch"),
        (
            signed(&order("ODR2", "PAID", now()), "another-secret"),
            "checksum_mismatch",
        ),
        (
            signed(&order("ODR2", "PAID", now() - 3600), SECRET),
            "stale",
        ),
        (
            signed(&order("ODR2", "PAID", now() + 3600), SECRET),
            "from_future",
        ),
        (
            fresh.replacen(
                "paymentMethod=Visa&amount=270.00",
                "paymentMethod=Visa2&amount=70.00",
                1,
            ),
            "malformed_callback",
        ),
        ("orderUuid=ODR2&status=PAID".to_string(), "missing_checksum"),
        (String::new(), "missing_checksum"),
    ];
    for (query, code) in cases {
        let (status, body) = get(&app, &format!("/fpgo/callback?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(body["code"], code, "{query}");
    }
    assert_eq!(get(&app, "/orders/ODR2").await.0, StatusCode::NOT_FOUND);
}

#[test]
fn the_state_never_prints_its_secrets() {
    let state = state(&[SECRET]);
    assert!(!format!("{state:?}").contains(SECRET));
}

#[tokio::test]
async fn an_invalid_order_is_refused_with_the_fields_to_fix_before_anything_is_sent() {
    // No token: had the order passed validation, the answer would be 503, not 422.
    let app = router(state(&[SECRET]));
    let body =
        serde_json::json!({ "products": [], "customerDetails": { "email": "not-an-email" } });
    let req = Request::post("/orders")
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let res = app.oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 20)
        .await
        .unwrap();
    let body: Value = serde_json::from_slice(&bytes).unwrap();
    assert!(
        body["errors"]["customerDetails.email"][0]
            .as_str()
            .is_some_and(|m| m.contains("email")),
        "{body}"
    );
    assert!(body["errors"]["customerDetails.name"].is_array(), "{body}");
}
