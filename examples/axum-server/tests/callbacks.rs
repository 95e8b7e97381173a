//! The example's router, driven as axum serves it: signed callbacks accepted and recorded, every
//! kind of bad one refused with its reason.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use fpgo::callbacks::sign;
use fpgo_example_axum::{router, AppState};
use serde_json::Value;
use tower::ServiceExt;

const SECRET: &str = "axum-example-secret";

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

#[tokio::test]
async fn a_signed_callback_is_accepted_and_recorded() {
    let app = router(AppState::new(vec!["old-secret".into(), SECRET.into()]));
    let q = signed(
        &[
            ("orderUuid", "ODR1".into()),
            ("status", "PAID".into()),
            ("amount", "270.00".into()),
            ("timestamp", now().to_string()),
        ],
        SECRET,
    );
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
    let app = router(AppState::new(vec![SECRET.into()]));
    let fresh = signed(
        &[
            ("orderUuid", "ODR2".into()),
            ("status", "PAID".into()),
            ("timestamp", now().to_string()),
        ],
        SECRET,
    );
    let cases = [
        (fresh.replace("PAID", "CANCELLED"), "checksum_mismatch"),
        (
            signed(
                &[
                    ("orderUuid", "ODR2".into()),
                    ("timestamp", now().to_string()),
                ],
                "another-secret",
            ),
            "checksum_mismatch",
        ),
        (
            signed(
                &[
                    ("orderUuid", "ODR2".into()),
                    ("timestamp", (now() - 3600).to_string()),
                ],
                SECRET,
            ),
            "stale",
        ),
        (
            signed(
                &[
                    ("orderUuid", "ODR2".into()),
                    ("timestamp", (now() + 3600).to_string()),
                ],
                SECRET,
            ),
            "from_future",
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
    let state = AppState::new(vec![SECRET.into()]);
    assert!(!format!("{state:?}").contains(SECRET));
}
