//! The bindings as JS sees them, run under `wasm-bindgen-test` (`make test-wasm-node`,
//! `make test-wasm-browser`): every export answers one JSON envelope, `{"ok":...}` or
//! `{"error":{"code":...}}` with a snake_case code, for good and bad input alike (but for
//! `verify_callback`'s valid callback, its compact answer bare).

use super::{callbacks, client, panic, validate};
use serde_json::Value;
use wasm_bindgen_test::wasm_bindgen_test;

/// The answer parsed; panics unless it is exactly one of `ok` or `error` (with a snake_case code).
fn envelope(answer: &str) -> Value {
    let value: Value = serde_json::from_str(answer).expect("the answer is JSON");
    let object = value.as_object().expect("the answer is an object");
    assert_eq!(object.len(), 1, "one key: {answer}");
    if let Some(error) = object.get("error") {
        let code = error["code"].as_str().expect("an error has a code");
        assert!(
            !code.is_empty() && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
            "snake_case code: {code}"
        );
        assert!(error["message"].is_string(), "an error has a message");
    } else {
        assert!(object.contains_key("ok"), "ok or error: {answer}");
    }
    value
}

fn error_code(answer: &str) -> String {
    envelope(answer)["error"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("an error answer: {answer}"))
        .to_string()
}

const SECRET: &str = "s3cret";
const CREATED_AT: f64 = 1_755_764_131.0;

/// A documented order callback, signed through the export.
fn signed_order_query() -> String {
    let pairs = r#"[["orderUuid","ODR1"],["status","PAID"],["createdAt","1755764131"],["paymentMethod","Visa"],["amount","1"],["timestamp","1755764131"]]"#;
    let answer = envelope(&callbacks::sign_callback(pairs, SECRET));
    let query = answer["ok"].as_str().expect("a signed query").to_string();
    assert!(query.starts_with("orderUuid=ODR1&"), "{query}");
    assert!(query.contains("&checksum="), "{query}");
    query
}

/// The export with its f64 arguments split into words, as `lib/callbacks.js` splits them.
fn verify(url: &str, secrets: &str, tolerance: f64, now: f64, company_check: bool) -> String {
    let words = |x: f64| (x.to_bits() as u32, (x.to_bits() >> 32) as u32);
    let ((tl, th), (nl, nh)) = (words(tolerance), words(now));
    callbacks::verify_callback(url, secrets, tl, th, nl, nh, company_check)
}

#[wasm_bindgen_test]
fn verify_callback_accepts_a_signed_query_and_rejects_a_forged_one() {
    let query = signed_order_query();
    let compact = verify(&query, SECRET, f64::NAN, CREATED_AT, false);
    assert!(compact.starts_with("oPAID"), "{compact:?}");

    let forged = query.replace("amount=1", "amount=2");
    let rejected = envelope(&verify(&forged, SECRET, f64::NAN, CREATED_AT, false));
    assert_eq!(rejected["ok"]["valid"], false);
    assert_eq!(rejected["ok"]["error"]["code"], "checksum_mismatch");

    let wrong_secret = envelope(&verify(&query, "other", f64::NAN, CREATED_AT, false));
    assert_eq!(wrong_secret["ok"]["error"]["code"], "checksum_mismatch");
    assert!(
        !wrong_secret.to_string().contains("other"),
        "no secret echoed"
    );

    let stale = envelope(&verify(&query, SECRET, 60.0, CREATED_AT + 3600.0, false));
    assert_eq!(stale["ok"]["error"]["code"], "stale");
}

#[wasm_bindgen_test]
fn callback_exports_answer_an_error_for_bad_input() {
    assert_eq!(
        error_code(&callbacks::sign_callback("not json", SECRET)),
        "invalid_argument"
    );
    let missing = envelope(&verify(
        "orderUuid=ODR1",
        SECRET,
        f64::NAN,
        CREATED_AT,
        false,
    ));
    assert_eq!(missing["ok"]["error"]["code"], "missing_checksum");
    let terminal = envelope(&callbacks::parse_terminal_callback("status=PAID"));
    assert!(terminal.get("ok").or(terminal.get("error")).is_some());
}

#[wasm_bindgen_test]
fn validate_exports_answer_for_good_and_bad_input() {
    let valid = envelope(&validate::validate(
        "orders.cancel",
        r#"{"cancellationNote":"x"}"#,
        "",
    ));
    assert_eq!(valid["ok"]["valid"], true);
    let invalid = envelope(&validate::validate("orders.cancel", "{}", ""));
    assert_eq!(invalid["ok"]["valid"], false);
    assert_eq!(
        error_code(&validate::validate("no.such", "{}", "")),
        "unknown_endpoint"
    );
    assert_eq!(
        error_code(&validate::validate("orders.cancel", "{", "")),
        "invalid_payload"
    );
    assert!(envelope(&validate::endpoints())["ok"].is_array());

    let totals = envelope(&validate::compute_totals(
        r#"[{"quantity":1,"rate":4500,"tax":12}]"#,
        "",
    ));
    assert_eq!(totals["ok"]["orderSummary"]["grandTotal"], "4500.00");
    assert_eq!(
        error_code(&validate::compute_totals(
            r#"[{"quantity":1,"rate":10,"discount":11,"tax":0}]"#,
            ""
        )),
        "discount_exceeds_line"
    );
    assert_eq!(
        error_code(&validate::build("no.such", "{}", "")),
        "unknown_endpoint"
    );
    envelope(&validate::reservation_warnings("no.such", "{}", "{}", ""));
}

/// The region allocator (`crate::region`; this debug build fills recycled memory with 0xA5):
/// tables compiled on first use into `OnceLock`s and the cached endpoint list live in pages that
/// the calls around them keep recycling, and large payloads take the other allocator. Every
/// answer must stay the one the first call gave.
#[wasm_bindgen_test]
fn answers_stay_the_same_while_memory_is_recycled() {
    let example = include_str!("../../tests/fixtures/examples/orders.sendPaymentLink.json");
    let list = envelope(&validate::endpoints());
    let ids: Vec<String> = list["ok"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|e| e["id"].as_str().map(String::from))
        .collect();
    assert!(ids.len() > 40);
    let payloads = [example, "{}", r#"{"products":[{"name":"a","tax":"8"}]}"#];
    let answers = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .flat_map(|id| payloads.iter().map(move |p| validate::validate(id, p, "")))
            .collect()
    };
    let first = answers(&ids);
    let large = format!("{{\"products\":[{}0]}}", "0,".repeat(100_000));
    for round in 0..5 {
        let big = envelope(&validate::validate("orders.sendPaymentLink", &large, ""));
        assert_eq!(big["ok"]["truncated"], true);
        assert_eq!(answers(&ids), first, "round {round}");
        assert_eq!(validate::endpoints(), validate::endpoints());
    }
}

#[wasm_bindgen_test]
fn client_exports_answer_for_good_and_bad_input() {
    assert!(envelope(&client::client_endpoints())["ok"].is_array());
    envelope(&client::client_config("{}"));
    assert_eq!(error_code(&client::client_config("[")), "invalid_argument");
    envelope(&client::client_prepare_request("no.such", "{}", "{}"));
    envelope(&client::client_read_response(
        "no.such", 200, "{}", "", "{}",
    ));
}

#[wasm_bindgen_test]
fn non_ascii_text_crosses_whole() {
    let pairs = r#"[["name","Åse 😀"],["empty",""]]"#;
    let query = envelope(&callbacks::sign_callback(pairs, "søcret"))["ok"]
        .as_str()
        .expect("a signed query")
        .to_string();
    assert!(
        query.starts_with("name=%C3%85se%20%F0%9F%98%80&empty="),
        "{query}"
    );
    assert_eq!(panic::take_panic_message(), "", "no panic recorded");
}
