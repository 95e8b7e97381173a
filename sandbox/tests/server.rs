//! The sandbox binary end to end, over HTTP on 127.0.0.1.

mod support;

use serde_json::json;
use std::process::Command;
use support::{fixture, Sandbox};

#[test]
fn refuses_to_start_without_its_arguments() {
    let out = Command::new(env!("CARGO_BIN_EXE_fpgo-sandbox"))
        .args(["--listen", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--token is required"));
    let out = Command::new(env!("CARGO_BIN_EXE_fpgo-sandbox"))
        .args(["--listen", "localhost"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an IP:PORT"));
}

#[test]
fn unknown_paths_get_the_404_envelope() {
    let sb = Sandbox::start();
    for (method, path) in [
        ("GET", "/api/v1/connect/nothing/here"),
        ("POST", "/"),
        ("PUT", "/api/v1/connect/orders"),
    ] {
        let (status, body) = sb.api(method, path, Some(json!({})));
        assert_eq!(status, 404, "{method} {path}");
        assert_eq!(
            body.to_string(),
            r#"{"status_code":404,"status_message":"Not Found","message":"routeNotFound","is_error":false,"errors":null}"#
        );
    }
}

#[test]
fn checkout_page_of_an_unknown_order_is_404() {
    let sb = Sandbox::start();
    let (status, body) = sb.call("GET", "/checkout/ODR404", None, None);
    assert_eq!(status, 404);
    assert!(body.contains("No such order"));
}

#[test]
fn faults_are_validated_and_counts_start_empty() {
    let sb = Sandbox::start();
    let (status, _) = sb.call(
        "POST",
        "/__sandbox/faults",
        None,
        Some(json!({"kind": "explode"})),
    );
    assert_eq!(status, 422);
    let (status, _) = sb.call(
        "POST",
        "/__sandbox/faults",
        None,
        Some(json!({"kind": "500", "endpoint": "orders.cancel"})),
    );
    assert_eq!(status, 204);
    let (status, body) = sb.call("GET", "/__sandbox/requests", None, None);
    assert_eq!(status, 200);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&body).unwrap(),
        json!({"counts": {}})
    );
    let (status, _) = sb.call(
        "POST",
        "/__sandbox/status",
        None,
        Some(json!({"uuid": "ODR1", "status": "PAID"})),
    );
    assert_eq!(status, 404);
}

#[test]
fn api_calls_need_the_bearer_token() {
    let sb = Sandbox::start();
    for token in [None, Some("wrong")] {
        let (status, text) = sb.call("GET", "/api/v1/connect/orders/status", token, None);
        assert_eq!(status, 401);
        let body: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(body["is_error"], true);
    }
    let (status, body) = sb.api("GET", "/api/v1/connect/orders/status", None);
    assert_eq!(
        (status, body["message"].as_str()),
        (200, Some("Order Status Retrieved Successfully"))
    );
    let (status, _) = sb.api("DELETE", "/api/v1/connect/orders/status", None);
    assert_eq!(status, 405);
}

#[test]
fn order_lifecycle_with_documented_envelopes_and_rejections() {
    let sb = Sandbox::start();
    let (status, body) = sb.api(
        "POST",
        "/api/v1/connect/orders/payment-link/create",
        Some(fixture("orders.sendPaymentLink")),
    );
    assert_eq!(status, 201);
    assert_eq!(body["is_data"], false); // 000:267
    let uuid = body["data"]["uuid"].as_str().unwrap().to_string();
    let (status, body) = sb.api("GET", "/api/v1/connect/orders/cancel/ODR0", None);
    assert_eq!(status, 405, "{body}");
    let (status, body) = sb.api(
        "POST",
        "/api/v1/connect/orders/cancel/ODR0",
        Some(json!({"cancellationNote": "x"})),
    );
    assert_eq!(
        (status, body["message"].as_str(), body["is_data"].as_bool()),
        (404, Some("orderNotFound"), Some(false))
    );
    let (status, body) = sb.api(
        "GET",
        &format!("/api/v1/connect/orders/details/{uuid}"),
        None,
    );
    assert_eq!(status, 200);
    let product_id = body["data"]["productList"][0]["id"].as_u64().unwrap();
    // Unpaid: nothing to refund.
    let refund = json!({"type": "regular", "grandTotal": 10, "products": [{"id": product_id, "amount": 10}]});
    let (status, body) = sb.api(
        "POST",
        &format!("/api/v1/connect/orders/refund/{uuid}"),
        Some(refund.clone()),
    );
    assert_eq!(
        (status, body["message"].as_str()),
        (
            400,
            Some("refundRejectionForRefundRequestGreaterThanOrderAmount")
        )
    );
    let (status, html) = sb.call("GET", &format!("/checkout/{uuid}"), None, None);
    assert_eq!(status, 200);
    assert!(html.contains("Pay 51.00 NOK"));
    let (status, _) = sb.form(
        &format!("/checkout/{uuid}/pay"),
        &[("paymentMethod", "visa"), ("outcome", "success")],
    );
    assert_eq!(status, 200);
    let (status, _) = sb.form(
        &format!("/checkout/{uuid}/pay"),
        &[("paymentMethod", "visa")],
    );
    assert_eq!(status, 409, "an order is paid once");
    let (_, body) = sb.api(
        "POST",
        &format!("/api/v1/connect/orders/cancel/{uuid}"),
        Some(json!({"cancellationNote": "x"})),
    );
    assert_eq!(body["message"], "orderStatusAlreadyPaid");
    let bad = json!({"type": "regular", "grandTotal": 10, "products": [{"id": 1, "amount": 10}]});
    let (_, body) = sb.api(
        "POST",
        &format!("/api/v1/connect/orders/refund/{uuid}"),
        Some(bad),
    );
    assert_eq!(body["message"], "requestProductIdNotAvailable");
    let (status, body) = sb.api(
        "POST",
        &format!("/api/v1/connect/orders/refund/{uuid}"),
        Some(refund),
    );
    assert_eq!(
        (status, body["message"].as_str()),
        (202, Some("orderRefundedSuccessfully"))
    );
    let (_, body) = sb.api(
        "GET",
        &format!("/api/v1/connect/orders/status/{uuid}"),
        None,
    );
    assert_eq!(
        body["data"],
        json!({"uuid": uuid, "status": "PARTIAL REFUNDED", "orderAmount": 51, "refundedAmount": 10})
    );
}

#[test]
fn get_with_body_reads_query_too_and_faults_are_counted() {
    let sb = Sandbox::start();
    let (_, body) = sb.api(
        "POST",
        "/api/v1/connect/reservations/submit",
        Some(fixture("reservations.submit")),
    );
    let uuid = body["data"]["reservationUuid"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, body) = sb.api(
        "GET",
        &format!("/api/v1/connect/reservations/cancel/{uuid}?note=no%20show"),
        None,
    );
    assert_eq!(
        (status, body["message"].as_str()),
        (202, Some("cancelledOrderSuccessfully"))
    );
    let (status, _) = sb.call(
        "POST",
        "/__sandbox/faults",
        None,
        Some(json!({"kind": "510", "endpoint": "orders.listStatuses"})),
    );
    assert_eq!(status, 204);
    let (status, body) = sb.api("GET", "/api/v1/connect/orders/status", None);
    assert_eq!(
        (status, body["message"].as_str()),
        (510, Some("somethingWentWrong"))
    );
    let (status, _) = sb.api("GET", "/api/v1/connect/orders/status", None);
    assert_eq!(status, 200, "a fault fires `times` times");
    let (_, text) = sb.call("GET", "/__sandbox/requests", None, None);
    let counts: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(counts["counts"]["orders.listStatuses"], 2);
    assert_eq!(counts["counts"]["reservations.cancel"], 1);
}

#[test]
fn cors_preflights_are_answered_for_local_pages() {
    let sb = Sandbox::start();
    let (status, _) = sb.call("OPTIONS", "/api/v1/connect/orders/status", None, None);
    assert_eq!(status, 204);
    let res = ureq::get(&format!("{}/api/v1/connect/orders/status", sb.base))
        .call()
        .unwrap_err();
    let ureq::Error::Status(401, res) = res else {
        panic!("expected 401")
    };
    assert_eq!(res.header("access-control-allow-origin"), Some("*"));
}

#[test]
fn a_note_from_the_body_or_the_query_satisfies_reservation_cancel() {
    let sb = Sandbox::start();
    let (status, body) = sb.api("GET", "/api/v1/connect/reservations/cancel/RES1", None);
    assert_eq!(
        status, 417,
        "the note is required, from the body or the query: {body}"
    );
    let (status, _) = sb.api(
        "GET",
        "/api/v1/connect/reservations/cancel/RES1?note=a&note=b",
        None,
    );
    assert_eq!(
        status, 404,
        "valid with the note in the query: the reservation is unknown"
    );
}
