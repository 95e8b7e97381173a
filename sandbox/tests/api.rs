//! The API's contract over HTTP on 127.0.0.1: every endpoint of the shared table is routed to its
//! own id, validation failures are the live server's 417 envelope with the core's English messages
//! in order, and the list endpoints page with `metaData` and `links`.

mod support;

use fpgo::validate::{validate_request, ValidateOptions};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use support::{fixture, Sandbox, TOKEN};

/// The endpoint's path with every placeholder filled (a numeric string satisfies both the uuid and
/// the timestamp rules).
fn concrete_path(path: &str) -> String {
    path.split('/')
        .map(|seg| {
            if seg.starts_with('{') {
                "1700000000"
            } else {
                seg
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[test]
fn every_endpoint_is_routed_to_its_own_handler() {
    let sb = Sandbox::start();
    let mut handled = 0;
    for endpoint in fpgo::endpoints::all() {
        sb.call("DELETE", "/__sandbox/requests", None, None);
        let path = concrete_path(endpoint.path);
        let (status, body) = sb.api(endpoint.method.as_str(), &path, Some(fixture(endpoint.id)));
        let what = format!(
            "{} {} {path}: {status} {body}",
            endpoint.id,
            endpoint.method.as_str()
        );
        assert!([200, 201, 202, 400, 404, 417].contains(&status), "{what}");
        assert_ne!(body["message"], "routeNotFound", "{what}");
        let (_, counts) = sb.call("GET", "/__sandbox/requests", None, None);
        let counts: Value = serde_json::from_str(&counts).unwrap();
        assert_eq!(counts["counts"], json!({endpoint.id: 1}), "{what}");
        handled += usize::from(status != 417);
    }
    assert!(
        handled >= 40,
        "only {handled} endpoints got past validation with their example body"
    );
}

/// The core's messages for a request, flattened in report order: what the 417 must carry.
#[allow(clippy::iter_kv_map)] // pairs, whatever ordered collection the core's report uses
fn core_messages(id: &str, body: &Value) -> Vec<String> {
    let report = validate_request(
        id,
        &BTreeMap::new(),
        &BTreeMap::new(),
        body,
        &ValidateOptions::default(),
    )
    .unwrap();
    report
        .errors
        .into_iter()
        .flat_map(|(_, issues)| issues.into_iter().map(|i| i.message))
        .collect()
}

#[test]
fn validation_failures_are_the_live_servers_417_envelope() {
    let sb = Sandbox::start();
    let mut bad = fixture("orders.sendPaymentLink");
    bad["orderSummary"]["grandTotal"] = json!("many");
    bad["customerDetails"]["email"] = json!("not-an-email");
    bad.as_object_mut().unwrap().remove("products");
    for body in [json!({}), bad] {
        let expected = core_messages("orders.sendPaymentLink", &body);
        assert!(expected.len() >= 2, "{expected:?}");
        let (status, text) = sb.call(
            "POST",
            "/api/v1/connect/orders/payment-link/create",
            Some(TOKEN),
            Some(body),
        );
        assert_eq!(status, 417);
        let envelope = json!({"status_code": 417, "status_message": "Client Error", "message": "payloadValidationErrors", "is_error": true, "errors": expected});
        assert_eq!(
            text,
            envelope.to_string(),
            "exactly the live server's envelope, keys in its order"
        );
    }
}

#[test]
fn a_body_that_is_not_a_json_object_is_a_417_with_one_message() {
    let sb = Sandbox::start();
    for raw in ["{not json", "[1,2]", "\"text\""] {
        let res = ureq::post(&format!("{}/api/v1/connect/orders/cancel/ODR1", sb.base))
            .set("Authorization", &format!("Bearer {TOKEN}"))
            .set("Content-Type", "application/json")
            .send_string(raw);
        let Err(ureq::Error::Status(417, res)) = res else {
            panic!("{raw}: expected a 417")
        };
        let body: Value = res.into_json().unwrap();
        assert_eq!(
            body["errors"],
            json!(["The request body is not a JSON object."]),
            "{raw}"
        );
    }
}

/// Creates `n` subscriptions (for Kari Nordmann) and returns their uuids in creation order.
fn subscriptions(sb: &Sandbox, n: usize) -> Vec<String> {
    // The example's email is obfuscated in the documents and its country is not a code.
    let mut body = fixture("subscriptions.createSession");
    body["customerDetails"]["email"] = json!("kari@example.com");
    body["customerDetails"]["address"]["country"] = json!("NO");
    (0..n)
        .map(|_| {
            let (status, body) = sb.api(
                "POST",
                "/api/v1/connect/subscription/create",
                Some(body.clone()),
            );
            assert_eq!(status, 201, "{body}");
            body["data"]["subscriptionUuid"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

/// Follows `links.next` from `first` to the last page: every page's `data` and `metaData`.
fn walk(sb: &Sandbox, first: &str) -> Vec<(Vec<Value>, Value)> {
    let mut pages = Vec::new();
    let mut next = Some(first.to_string());
    while let Some(path) = next.take() {
        assert!(pages.len() < 20, "paging does not end");
        let (status, body) = sb.api("GET", &path, None);
        assert_eq!(status, 200, "{path}: {body}");
        let keys: Vec<&String> = body.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "status_code",
                "status_message",
                "message",
                "is_data",
                "data",
                "metaData",
                "links"
            ]
        );
        let previous = body["links"]["previous"]
            .as_str()
            .map(|l| l.strip_prefix(&sb.base).unwrap().to_string());
        assert_eq!(
            previous.is_some(),
            body["metaData"]["currentPage"] != 1,
            "{body}"
        );
        next = body["links"]["next"]
            .as_str()
            .map(|l| l.strip_prefix(&sb.base).unwrap().to_string());
        pages.push((
            body["data"].as_array().unwrap().clone(),
            body["metaData"].clone(),
        ));
    }
    pages
}

#[test]
fn subscription_list_pages_with_metadata_and_links() {
    let sb = Sandbox::start_with(&["--per-page", "2"]);
    let created = subscriptions(&sb, 5);
    let pages = walk(&sb, "/api/v1/connect/subscriptions/list");
    assert_eq!(pages.len(), 3);
    for (n, (data, meta)) in pages.iter().enumerate() {
        assert_eq!(
            meta,
            &json!({"total": 5, "perPage": 2, "currentPage": n + 1, "lastPage": 3})
        );
        assert_eq!(data.len(), if n < 2 { 2 } else { 1 });
    }
    let listed: Vec<&str> = pages
        .iter()
        .flat_map(|(d, _)| d.iter())
        .map(|s| s["subscriptionUuid"].as_str().unwrap())
        .collect();
    assert_eq!(listed, created, "every subscription once, in order");
    let (_, body) = sb.api("GET", "/api/v1/connect/subscriptions/list?page=2", None);
    assert_eq!(
        body["links"]["previous"],
        format!("{}/api/v1/connect/subscriptions/list?page=1", sb.base)
    );
    assert_eq!(
        body["links"]["next"],
        format!("{}/api/v1/connect/subscriptions/list?page=3", sb.base)
    );
    let (_, past) = sb.api("GET", "/api/v1/connect/subscriptions/list?page=9", None);
    assert_eq!(
        (
            past["data"].clone(),
            past["metaData"]["currentPage"].clone(),
            past["links"]["next"].clone()
        ),
        (json!([]), json!(9), Value::Null)
    );
    let (_, first) = sb.api("GET", "/api/v1/connect/subscriptions/list?page=0", None);
    assert_eq!(
        first["metaData"]["currentPage"], 1,
        "a page below 1 is the first, as Laravel resolves it"
    );
    let (status, _) = sb.api("GET", "/api/v1/connect/subscriptions/list?page=two", None);
    assert_eq!(status, 417);
}

#[test]
fn failed_payment_list_pages_and_links_keep_the_filters() {
    let sb = Sandbox::start_with(&["--per-page", "2"]);
    let created = subscriptions(&sb, 4);
    for uuid in &created[..3] {
        let (status, _) = sb.call(
            "POST",
            "/__sandbox/status",
            None,
            Some(json!({"uuid": uuid, "status": "FAILED"})),
        );
        assert_eq!(status, 200);
    }
    let pages = walk(
        &sb,
        "/api/v1/connect/subscriptions/failed/list?customerName=kari",
    );
    let metas: Vec<&Value> = pages.iter().map(|(_, m)| m).collect();
    assert_eq!(
        metas,
        [
            &json!({"total": 3, "perPage": 2, "currentPage": 1, "lastPage": 2}),
            &json!({"total": 3, "perPage": 2, "currentPage": 2, "lastPage": 2})
        ]
    );
    let listed: Vec<&str> = pages
        .iter()
        .flat_map(|(d, _)| d.iter())
        .map(|s| s["orderUuid"].as_str().unwrap())
        .collect();
    assert_eq!(
        listed,
        created[..3].iter().map(String::as_str).collect::<Vec<_>>()
    );
    let (_, body) = sb.api(
        "GET",
        "/api/v1/connect/subscriptions/failed/list?customerName=kari",
        None,
    );
    assert_eq!(
        body["links"]["next"],
        format!(
            "{}/api/v1/connect/subscriptions/failed/list?customerName=kari&page=2",
            sb.base
        )
    );
    let (_, none) = sb.api(
        "GET",
        "/api/v1/connect/subscriptions/failed/list?customerName=nobody",
        None,
    );
    assert_eq!(
        (
            none["data"].clone(),
            none["metaData"]["total"].clone(),
            none["metaData"]["lastPage"].clone()
        ),
        (json!([]), json!(0), json!(1))
    );
    let one = format!(
        "/api/v1/connect/subscriptions/failed/list?subscriptionUuid={}",
        created[1]
    );
    let (_, body) = sb.api("GET", &one, None);
    assert_eq!(body["metaData"]["total"], 1);
}

/// Payment and Refund Status Check answer with the status in the envelope and `data: null`, as
/// `000:7711-7753` and `000:7963-7983` show (decision C-12).
#[test]
fn terminal_status_checks_answer_in_the_envelope() {
    let sb = Sandbox::start();
    let (status, order) = sb.api(
        "POST",
        "/api/v1/connect/terminal/orders/create",
        Some(fixture("terminal.createOrder")),
    );
    assert_eq!(status, 201, "{order}");
    let uuid = order["data"]["orderUuid"].as_str().unwrap().to_string();
    let payment = format!("/api/v1/connect/terminal/orders/payment-status/{uuid}");
    let (status, body) = sb.api("GET", &payment, None);
    assert_eq!(status, 200);
    assert_eq!(
        body,
        json!({"status_code": 200, "status_message": "OK", "order_status": "PENDING",
            "message": "orderPaymentPending", "is_data": false, "data": null})
    );
    let change = json!({"uuid": uuid, "status": "Approved"});
    assert_eq!(
        sb.call("POST", "/__sandbox/status", None, Some(change)).0,
        200
    );
    let (_, body) = sb.api("GET", &payment, None);
    assert_eq!(
        (&body["order_status"], &body["message"], &body["data"]),
        (
            &json!("PAID"),
            &json!("orderPaymentConfirmed"),
            &Value::Null
        )
    );
    let refund_status = format!("/api/v1/connect/terminal/orders/refund-status/{uuid}");
    let (_, body) = sb.api("POST", &refund_status, None);
    assert_eq!(body["refund_status"], "NONE", "{body}");
    let refund = format!("/api/v1/connect/terminal/orders/refund/{uuid}");
    let (status, body) = sb.api("POST", &refund, Some(fixture("terminal.refund")));
    assert_eq!(status, 202, "{body}");
    let (status, body) = sb.api("POST", &refund_status, None);
    assert_eq!(status, 200);
    assert_eq!(
        body,
        json!({"status_code": 200, "status_message": "OK", "refund_status": "PENDING",
            "message": "refundRequestPending", "is_data": false, "data": null})
    );
}
