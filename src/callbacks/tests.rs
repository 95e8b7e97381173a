use super::*;
use proptest::prelude::*;

const SECRET: &str = "s3cr3t-given-by-front-payment";
const NOW: i64 = 1_755_764_200;

fn sha256_hex(s: &str) -> String {
    to_hex(&Sha256::digest(s.as_bytes()))
}

fn opts() -> VerifyOptions {
    VerifyOptions::at(NOW)
}

fn code(r: Result<VerifiedCallback, CallbackError>) -> ErrorCode {
    r.expect_err("expected a rejection").code
}

/// The documents' example URL (000:6371) with a checksum computed by hand from the pre-image the
/// catalog derives (section 9.2): the values in received order, then the secret.
#[test]
fn documented_example_verifies_with_its_preimage() {
    let sum = sha256_hex(&format!("ODR123successVisa10017557641311755764131{SECRET}"));
    let url = format!(
        "https://your-callback-url.com/callback?orderUuid=ODR123&status=success&paymentMethod=Visa&amount=100&createdAt=1755764131&timestamp=1755764131&checksum={sum}"
    );
    let ok = verify(&url, &[SECRET], &opts()).expect("documented example verifies");
    let CallbackFields::Order(order) = ok.fields else { panic!("not an order callback") };
    assert_eq!(order.order_uuid, "ODR123");
    assert_eq!(order.status.as_deref(), Some("SUCCESS"));
    assert_eq!(order.payment_method.as_deref(), Some("Visa"));
    assert_eq!(order.amount.as_deref(), Some("100"));
    assert_eq!(order.created_at, Some(1_755_764_131));
    assert_eq!(order.timestamp, Some(1_755_764_131));
    assert_eq!(ok.raw.len(), 7);
    assert_eq!(ok.raw[6], ("checksum".to_string(), sum));
}

#[test]
fn sign_then_verify_round_trips_and_accepts_a_bare_query() {
    let q = sign(&[("orderUuid", "ODR1"), ("status", "RESEVRED"), ("timestamp", "1755764190")], SECRET).unwrap();
    assert!(q.ends_with(&sha256_hex(&format!("ODR1RESEVRED1755764190{SECRET}"))));
    let ok = verify(&q, &[SECRET], &opts()).unwrap();
    let CallbackFields::Order(order) = ok.fields else { panic!("not an order callback") };
    assert_eq!(order.status.as_deref(), Some("RESERVED"), "the documented misspelling is repaired");
    assert!(verify(&format!("?{q}"), &[SECRET], &opts()).is_ok(), "a leading ? is allowed");
    assert!(verify(&format!("https://m.example/cb?{q}#frag"), &[SECRET], &opts()).is_ok());
}

#[test]
fn any_one_of_several_secrets_may_match() {
    let q = sign(&[("orderUuid", "O"), ("timestamp", "1755764190")], "new-secret").unwrap();
    assert!(verify(&q, &["old-secret", "new-secret"], &opts()).is_ok());
    assert_eq!(code(verify(&q, &["old-secret", "other"], &opts())), ErrorCode::ChecksumMismatch);
}

#[test]
fn parameters_after_the_checksum_are_covered() {
    // The `break` variant (000:8548) would accept `&status=PAID` appended unauthenticated.
    let q = sign(&[("orderUuid", "O1"), ("timestamp", "1755764190")], SECRET).unwrap();
    assert_eq!(code(verify(&format!("{q}&status=PAID"), &[SECRET], &opts())), ErrorCode::ChecksumMismatch);
    // ...and a sender that put parameters after the checksum is verified over all of them.
    let sum = sha256_hex(&format!("O11755764190PAID{SECRET}"));
    let url = format!("orderUuid=O1&timestamp=1755764190&checksum={sum}&status=PAID");
    assert!(verify(&url, &[SECRET], &opts()).is_ok());
}

#[test]
fn values_are_hashed_as_php_decodes_them() {
    let sum = sha256_hex(&format!("Kari Nordmann+47a&b1755764190{SECRET}"));
    let url = format!("name=Kari+Nordmann&phone=%2B47&y=a%26b&timestamp=1755764190&checksum={sum}");
    assert!(verify(&url, &[SECRET], &opts()).is_ok());
    // Duplicate key: first position, last value (pre-image `32`, not `123`).
    let sum = sha256_hex(&format!("321755764190{SECRET}"));
    assert!(verify(&format!("a=1&b=2&a=3&timestamp=1755764190&checksum={sum}"), &[SECRET], &opts()).is_ok());
    // A bracketed key contributes `Array`.
    let sum = sha256_hex(&format!("Array1755764190{SECRET}"));
    assert!(verify(&format!("a[]=1&timestamp=1755764190&checksum={sum}"), &[SECRET], &opts()).is_ok());
}

#[test]
fn malformed_and_missing_checksums_are_told_apart() {
    let q = sign(&[("orderUuid", "O"), ("timestamp", "1755764190")], SECRET).unwrap();
    let (body, sum) = q.split_once("&checksum=").unwrap();
    assert_eq!(code(verify(body, &[SECRET], &opts())), ErrorCode::MissingChecksum);
    assert_eq!(code(verify(&format!("{body}&checksum={}", sum.to_uppercase()), &[SECRET], &opts())), ErrorCode::MalformedChecksum);
    assert_eq!(code(verify(&format!("{body}&checksum={}", &sum[..63]), &[SECRET], &opts())), ErrorCode::MalformedChecksum);
    assert_eq!(code(verify(&format!("{body}&checksum[]={sum}"), &[SECRET], &opts())), ErrorCode::MalformedChecksum);
    assert_eq!(code(verify(&format!("{body}&Checksum={sum}"), &[SECRET], &opts())), ErrorCode::MissingChecksum);
    assert_eq!(code(verify("https://m.example/cb", &[SECRET], &opts())), ErrorCode::MissingChecksum);
}

#[test]
fn secrets_must_be_present() {
    let q = sign(&[("orderUuid", "O")], SECRET).unwrap();
    let none: [&str; 0] = [];
    assert_eq!(code(verify(&q, &none, &opts())), ErrorCode::MissingSecret);
    assert_eq!(code(verify(&q, &[SECRET, ""], &opts())), ErrorCode::MissingSecret);
    assert_eq!(sign(&[("a", "b")], "").unwrap_err().code, ErrorCode::MissingSecret);
}

#[test]
fn freshness_window() {
    let signed = |ts: &str| sign(&[("orderUuid", "O"), ("timestamp", ts)], SECRET).unwrap();
    let at = |now, tol| VerifyOptions { tolerance_seconds: tol, now };
    assert!(verify(&signed("1755764200"), &[SECRET], &at(NOW + 300, 300)).is_ok());
    assert_eq!(code(verify(&signed("1755764200"), &[SECRET], &at(NOW + 301, 300))), ErrorCode::Stale);
    assert!(verify(&signed("1755764200"), &[SECRET], &at(NOW - 300, 300)).is_ok());
    assert_eq!(code(verify(&signed("1755764200"), &[SECRET], &at(NOW - 301, 300))), ErrorCode::FromFuture);
    assert!(verify(&signed("1000"), &[SECRET], &at(NOW, 0)).is_ok(), "tolerance 0 turns the check off");
    assert_eq!(code(verify(&signed("soon"), &[SECRET], &opts())), ErrorCode::MalformedQuery);
    let no_ts = sign(&[("orderUuid", "O")], SECRET).unwrap();
    assert_eq!(code(verify(&no_ts, &[SECRET], &opts())), ErrorCode::Stale);
    assert!(verify(&no_ts, &[SECRET], &at(NOW, 0)).is_ok());
}

#[test]
fn company_check_callbacks_have_no_timestamp_and_typed_fields() {
    let q = sign(
        &[
            ("companyCheckUuid", "COMCHK1754819969"),
            ("companyId", "023451"),
            ("companyName", "Lorem AS"),
            ("score", "650"),
            ("defaultProbability", "15% - 27%"),
            ("personalNumber", "04123456785"),
            ("createdAt", "1755764131"),
        ],
        SECRET,
    )
    .unwrap();
    let ok = verify(&q, &[SECRET], &opts()).expect("no timestamp needed");
    let CallbackFields::CompanyCheck(c) = ok.fields else { panic!("not a company check") };
    assert_eq!(c.company_id.as_deref(), Some("023451"));
    assert_eq!(c.score, Some(650.0));
    assert_eq!(c.personal_number.as_deref(), Some("04123456785"));
    assert_eq!(c.default_probability.as_deref(), Some("15% - 27%"));
    assert_eq!(c.created_at, Some(1_755_764_131));
}

#[test]
fn hostile_sizes_and_encodings_are_typed_errors() {
    let huge = "a=".to_string() + &"x".repeat(1 << 20);
    assert_eq!(code(verify(&huge, &[SECRET], &opts())), ErrorCode::MalformedQuery);
    let many = (0..1001).map(|i| format!("k{i}=v")).collect::<Vec<_>>().join("&");
    assert_eq!(code(verify(&many, &[SECRET], &opts())), ErrorCode::MalformedQuery);
    let sum = sha256_hex(&format!("{SECRET}"));
    assert_eq!(code(verify(&format!("a=%FF&checksum={sum}"), &[SECRET], &opts())), ErrorCode::MalformedQuery);
}

#[test]
fn sign_refuses_keys_php_would_change() {
    for key in ["a.b", "a b", "a[]", "checksum", ""] {
        assert_eq!(sign(&[(key, "v")], SECRET).unwrap_err().code, ErrorCode::MalformedQuery, "key {key:?}");
    }
    assert_eq!(sign(&[("a", "1"), ("a", "2")], SECRET).unwrap_err().code, ErrorCode::MalformedQuery);
}

#[test]
fn terminal_callbacks_parse_unauthenticated() {
    let t = parse_terminal("https://example-url.com/callback?orderUuid=ODR12334&status=Cancelled&type=Payment&totalAmount=42&currency=NOK").unwrap();
    assert!(!t.authenticated);
    assert_eq!(t.order_uuid, "ODR12334");
    assert_eq!(t.status.as_deref(), Some("Cancelled"));
    assert_eq!(t.kind.as_deref(), Some("Payment"));
    assert_eq!(t.total_amount.as_deref(), Some("42"));
    assert_eq!(t.base_amount, None);
    assert_eq!(parse_terminal("status=Approved").unwrap_err().code, ErrorCode::MalformedQuery);
}

#[test]
fn errors_never_contain_the_secret() {
    let q = sign(&[("orderUuid", "O"), ("timestamp", "1")], SECRET).unwrap();
    for url in [q.as_str(), "orderUuid=O", "checksum=ABC", "a=%FF"] {
        if let Err(e) = verify(url, &[SECRET], &opts()) {
            assert!(!e.message.contains(SECRET) && !format!("{e:?}").contains(SECRET));
        }
    }
}

fn key_strategy() -> impl Strategy<Value = String> {
    "[A-Za-z][A-Za-z0-9_-]{0,11}"
}

proptest! {
    #[test]
    fn signed_callbacks_verify(pairs in proptest::collection::vec((key_strategy(), "\\PC{0,24}"), 0..12)) {
        let mut unique: Vec<(String, String)> = Vec::new();
        for (k, v) in pairs {
            if k != "checksum" && k != "timestamp" && !unique.iter().any(|(u, _)| *u == k) {
                unique.push((k, v));
            }
        }
        unique.push(("timestamp".into(), NOW.to_string()));
        let q = sign(&unique, SECRET).unwrap();
        let ok = verify(&q, &[SECRET], &opts()).unwrap();
        prop_assert_eq!(&ok.raw[..unique.len()], &unique[..]);
    }

    #[test]
    fn changing_any_value_breaks_the_checksum(values in proptest::collection::vec("[a-z0-9]{1,8}", 1..8), which in 0usize..8, extra in "[A-Z]{1,3}") {
        let mut pairs: Vec<(String, String)> = values.iter().enumerate().map(|(i, v)| (format!("k{i}"), v.clone())).collect();
        pairs.push(("timestamp".into(), NOW.to_string()));
        let q = sign(&pairs, SECRET).unwrap();
        let i = which % values.len();
        let tampered = q.replacen(&format!("k{i}={}", values[i]), &format!("k{i}={}{extra}", values[i]), 1);
        prop_assert_eq!(code(verify(&tampered, &[SECRET], &opts())), ErrorCode::ChecksumMismatch);
    }

    #[test]
    fn arbitrary_input_never_panics_nor_verifies(url in "\\PC{0,200}", secret in "\\PC{0,20}") {
        // Without knowing the secret, no random input verifies (beyond negligible chance).
        prop_assert!(verify(&url, &[secret.as_str()], &opts()).is_err());
        let _ = parse_terminal(&url);
    }
}
