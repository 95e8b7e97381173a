//! fpgo's pure client core (prepare -> send -> read) against the sandbox, with a small blocking
//! transport (ureq, redirects off): the same requests and envelopes the JS transport sees.

mod support;

use fpgo::client::{
    ApiResponse, Client, ClientConfig, Environment, ErrorKind, FpgoError, RequestInput,
};
use serde_json::{json, Value};
use support::{Sandbox, TOKEN};

fn send(client: &Client, id: &str, input: RequestInput) -> Result<ApiResponse, Box<FpgoError>> {
    let (endpoint, req) = client.prepare(id, &input)?;
    // The API never redirects; a 3xx must reach `read` (an `unexpected_redirect`), not be followed.
    let agent = ureq::AgentBuilder::new().redirects(0).build();
    let mut r = agent.request(req.method.as_str(), &req.url);
    for (k, v) in &req.headers {
        r = r.set(k, v);
    }
    let res = match &req.body {
        Some(b) => r.send_string(b),
        None => r.call(),
    };
    let res = match res {
        Ok(res) | Err(ureq::Error::Status(_, res)) => res,
        Err(e) => {
            return Err(FpgoError::new(
                ErrorKind::Network,
                "network_error",
                e.to_string(),
            ))
        }
    };
    let (status, ct) = (res.status(), res.header("content-type").map(str::to_string));
    let location = res.header("location").map(str::to_string);
    let body = res.into_string().unwrap_or_default();
    client.read(endpoint, status, location.as_deref(), ct.as_deref(), &body)
}

fn input(v: Value) -> RequestInput {
    let obj = |k: &str| {
        v.get(k)
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default()
    };
    RequestInput {
        path_params: obj("pathParams"),
        query: obj("query"),
        body: v.get("body").cloned(),
        headers: Vec::new(),
    }
}

fn fixture(id: &str) -> Value {
    let path = format!(
        "{}/../tests/fixtures/examples/{id}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    v["orderDate"] = json!(now.to_string());
    v
}

#[test]
fn the_core_reads_the_sandboxs_envelopes() {
    let sb = Sandbox::start();
    let client = Client::new(ClientConfig::new(TOKEN, Environment::Demo, Some(&sb.base)).unwrap());
    let created = send(
        &client,
        "orders.sendPaymentLink",
        input(json!({"body": fixture("orders.sendPaymentLink")})),
    )
    .unwrap();
    assert_eq!(
        (created.http_status, created.message.as_str()),
        (201, "orderAddedSuccessfully")
    );
    let uuid = created.data()["uuid"].as_str().unwrap().to_string();

    let status = send(
        &client,
        "orders.getStatus",
        input(json!({"pathParams": {"orderUuid": uuid}})),
    )
    .unwrap();
    assert_eq!(status.data()["status"], "SENT");

    let e = send(
        &client,
        "orders.cancel",
        input(json!({"pathParams": {"orderUuid": "ODR404"}, "body": {"cancellationNote": "x"}})),
    )
    .unwrap_err();
    assert_eq!(
        (e.kind, e.code.as_str(), e.http_status),
        (ErrorKind::NotFound, "orderNotFound", Some(404))
    );

    // Cancel Reservation: GET with the note in the query string, read by the sandbox as input.
    let res = send(
        &client,
        "reservations.submit",
        input(json!({"body": fixture("reservations.submit")})),
    )
    .unwrap();
    let reservation = res.data()["reservationUuid"].as_str().unwrap().to_string();
    let cancelled = send(
        &client,
        "reservations.cancel",
        input(json!({"pathParams": {"reservationUuid": reservation}, "body": {"note": "no show"}})),
    )
    .unwrap();
    assert_eq!(cancelled.message, "cancelledOrderSuccessfully");
    let again = send(
        &client,
        "reservations.cancel",
        input(json!({"pathParams": {"reservationUuid": reservation}, "body": {"note": "again"}})),
    )
    .unwrap_err();
    assert_eq!(
        (again.kind, again.code.as_str()),
        (ErrorKind::BusinessRule, "reservationStatusAlreadyCancelled")
    );

    let wrong =
        Client::new(ClientConfig::new("not-the-token", Environment::Demo, Some(&sb.base)).unwrap());
    let e = send(&wrong, "orders.listStatuses", RequestInput::default()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Auth);
    assert!(!format!("{e:?} {e}").contains("not-the-token"));
}
