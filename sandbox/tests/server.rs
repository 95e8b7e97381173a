//! The sandbox binary end to end, over HTTP on 127.0.0.1.

mod support;

use serde_json::json;
use std::process::Command;
use support::Sandbox;

#[test]
fn refuses_to_start_without_its_arguments() {
    let out = Command::new(env!("CARGO_BIN_EXE_fpgo-sandbox")).args(["--listen", "127.0.0.1:0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--token is required"));
    let out = Command::new(env!("CARGO_BIN_EXE_fpgo-sandbox")).args(["--listen", "localhost"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an IP:PORT"));
}

#[test]
fn unknown_paths_get_the_404_envelope() {
    let sb = Sandbox::start();
    let (status, body) = sb.api("GET", "/api/v1/connect/nothing/here", None);
    assert_eq!(status, 404);
    assert_eq!(body["message"], "routeNotFound");
    assert_eq!(body["status_code"], 404);
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
    let (status, _) = sb.call("POST", "/__sandbox/faults", None, Some(json!({"kind": "explode"})));
    assert_eq!(status, 422);
    let (status, _) = sb.call("POST", "/__sandbox/faults", None, Some(json!({"kind": "500", "endpoint": "orders.cancel"})));
    assert_eq!(status, 204);
    let (status, body) = sb.call("GET", "/__sandbox/requests", None, None);
    assert_eq!(status, 200);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&body).unwrap(), json!({"counts": {}}));
    let (status, _) = sb.call("POST", "/__sandbox/status", None, Some(json!({"uuid": "ODR1", "status": "PAID"})));
    assert_eq!(status, 404);
}
