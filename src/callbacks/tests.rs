use super::*;
use proptest::prelude::*;

const SECRET: &str = "s3cr3t-given-by-front-payment";
const NOW: i64 = 1_755_764_200;

fn sha256_hex(s: &str) -> String {
    let mut out = String::new();
    let mut h = Hasher::new();
    h.update(s.as_bytes());
    push_hex(&mut out, &h.finalize());
    out
}

fn opts() -> VerifyOptions {
    VerifyOptions::at(NOW)
}

fn company() -> VerifyOptions {
    VerifyOptions::at(NOW).expecting(Expect::CompanyCheck)
}

fn code<T: std::fmt::Debug>(r: Result<T, CallbackError>) -> ErrorCode {
    r.expect_err("expected a rejection").code
}

/// The rejection's code and the field it names.
fn rejection<T: std::fmt::Debug>(r: Result<T, CallbackError>) -> (ErrorCode, Option<String>) {
    let e = r.expect_err("expected a rejection");
    if let Some(field) = &e.field {
        assert!(
            e.message.contains(&format!("`{field}`")),
            "the message names the field: {}",
            e.message
        );
    }
    (e.code, e.field)
}

fn malformed(field: &str) -> (ErrorCode, Option<String>) {
    (ErrorCode::MalformedCallback, Some(field.to_string()))
}

/// A complete order callback in the example URL's order (000:6371), `timestamp` = NOW.
fn order_pairs() -> Vec<(String, String)> {
    [
        ("orderUuid", "ODR1755764131"),
        ("status", "PAID"),
        ("paymentMethod", "visa"),
        ("amount", "4500.00"),
        ("createdAt", "1755764131"),
        ("timestamp", "1755764200"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

fn with(mut pairs: Vec<(String, String)>, key: &str, value: &str) -> Vec<(String, String)> {
    match pairs.iter_mut().find(|(k, _)| k == key) {
        Some(slot) => slot.1 = value.to_string(),
        None => pairs.push((key.to_string(), value.to_string())),
    }
    pairs
}

fn without(pairs: Vec<(String, String)>, key: &str) -> Vec<(String, String)> {
    pairs.into_iter().filter(|(k, _)| k != key).collect()
}

fn signed(pairs: &[(String, String)]) -> String {
    sign(pairs, SECRET).unwrap()
}

/// A company check as the documents' example carries it (000:8529), with the real prefix.
fn company_pairs() -> Vec<(String, String)> {
    [
        ("companyCheckUuid", "COMCHK1754819969"),
        ("companyId", "023451"),
        ("companyType", "AS"),
        ("companyName", "Lorem AS"),
        ("score", "650"),
        ("createdAt", "1755764131"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// The documents' example URL (000:6371) with a checksum computed by hand from the pre-image the
/// catalog derives (section 9.2): the values in received order, then the secret.
#[test]
fn documented_example_verifies_with_its_preimage() {
    let sum = sha256_hex(&format!("ODR123successVisa10017557641311755764131{SECRET}"));
    let url = format!(
        "https://your-callback-url.com/callback?orderUuid=ODR123&status=success&paymentMethod=Visa&amount=100&createdAt=1755764131&timestamp=1755764131&checksum={sum}"
    );
    let ok = verify(&url, &[SECRET], &VerifyOptions::at(1_755_764_131))
        .expect("documented example verifies");
    let CallbackFields::Order(order) = ok.fields else {
        panic!("not an order callback")
    };
    assert_eq!(order.order_uuid, "ODR123");
    assert_eq!(order.status, "SUCCESS");
    assert_eq!(order.payment_method, "Visa");
    assert_eq!(order.amount, "100");
    assert_eq!(order.created_at, 1_755_764_131);
    assert_eq!(order.timestamp, 1_755_764_131);
    assert_eq!(ok.raw.len(), 7);
    assert_eq!(ok.raw[6], ("checksum".to_string(), sum));
}

/// The company-check example (000:8529) with its pre-image (catalog 9.2), asked for explicitly.
#[test]
fn documented_company_check_example_verifies_when_asked_for() {
    let sum = sha256_hex(&format!("COM123423451LoremLorem6501755764131{SECRET}"));
    let url = format!("https://your-callback-url.com/callback?companyCheckUuid=COM1234&companyId=23451&companyType=Lorem&companyName=Lorem&score=650&createdAt=1755764131&checksum={sum}");
    let ok = verify(&url, &[SECRET], &company()).expect("documented example verifies");
    let CallbackFields::CompanyCheck(c) = ok.fields else {
        panic!("not a company check")
    };
    assert_eq!(
        (
            c.company_check_uuid.as_str(),
            c.score.as_deref(),
            c.created_at
        ),
        ("COM1234", Some("650"), 1_755_764_131)
    );
    assert_eq!(
        rejection(verify(&url, &[SECRET], &opts())),
        malformed("companyCheckUuid"),
        "an order endpoint refuses it"
    );
}

#[test]
fn sign_then_verify_round_trips_and_accepts_a_bare_query() {
    let q = signed(&with(order_pairs(), "status", "resevred"));
    assert!(q.ends_with(&sha256_hex(&format!(
        "ODR1755764131resevredvisa4500.0017557641311755764200{SECRET}"
    ))));
    let ok = verify(&q, &[SECRET], &opts()).unwrap();
    let CallbackFields::Order(order) = ok.fields else {
        panic!("not an order callback")
    };
    assert_eq!(
        order.status, "RESERVED",
        "the documented misspelling is repaired, any case"
    );
    assert_eq!(ok.raw[1].1, "resevred", "raw keeps the value as sent");
    assert!(
        verify(&format!("?{q}"), &[SECRET], &opts()).is_ok(),
        "a leading ? is allowed"
    );
    assert!(verify(
        &format!("https://m.example/cb?{q}#frag"),
        &[SECRET],
        &opts()
    )
    .is_ok());
}

#[test]
fn any_one_of_several_secrets_may_match() {
    let q = sign(&order_pairs(), "new-secret").unwrap();
    assert!(verify(&q, &["old-secret", "new-secret"], &opts()).is_ok());
    assert_eq!(
        code(verify(&q, &["old-secret", "other"], &opts())),
        ErrorCode::ChecksumMismatch
    );
}

#[test]
fn parameters_after_the_checksum_are_covered() {
    // The `break` variant (000:8548) would accept `&companyName=X` appended unauthenticated.
    let q = signed(&company_pairs());
    assert_eq!(
        code(verify(&format!("{q}&riskLevel=Low"), &[SECRET], &company())),
        ErrorCode::ChecksumMismatch
    );
    // ...and a sender that put parameters after the checksum is verified over all of them.
    let (body, sum) = signed(&order_pairs())
        .split_once("&checksum=")
        .map(|(b, s)| (b.to_string(), s.to_string()))
        .unwrap();
    let (head, last) = body.rsplit_once('&').unwrap();
    assert!(verify(&format!("{head}&checksum={sum}&{last}"), &[SECRET], &opts()).is_ok());
}

#[test]
fn values_are_hashed_as_php_decodes_them() {
    let sum = sha256_hex(&format!("Kari Nordmann+47a&b{SECRET}"));
    assert!(verify_checksum_only(
        &format!("name=Kari+Nordmann&phone=%2B47&y=a%26b&checksum={sum}"),
        &[SECRET]
    )
    .is_ok());
    // Duplicate key: first position, last value (pre-image `32`, not `123`).
    let sum = sha256_hex(&format!("32{SECRET}"));
    assert!(verify_checksum_only(&format!("a=1&b=2&a=3&checksum={sum}"), &[SECRET]).is_ok());
    // An empty key is dropped, value and all (found by the PHP conformance test).
    let sum = sha256_hex(&format!("12{SECRET}"));
    assert!(verify_checksum_only(&format!("a=1&=v=1&=&b=2&checksum={sum}"), &[SECRET]).is_ok());
    // A bracketed key contributes `Array`.
    let sum = sha256_hex(&format!("Array{SECRET}"));
    assert!(verify_checksum_only(&format!("a[]=1&checksum={sum}"), &[SECRET]).is_ok());
    // A full order callback whose payment method is encoded with `+` and `%20`.
    let q = signed(&with(order_pairs(), "paymentMethod", "Master Card"))
        .replace("Master%20Card", "Master+Card");
    let ok = verify(&q, &[SECRET], &opts()).unwrap();
    assert_eq!(ok.raw[2].1, "Master Card");
    // A duplicate of a documented key is re-hashed in first position with its last value.
    let q = signed(&with(order_pairs(), "status", "CAPTURED"));
    let q = q.replacen("status=CAPTURED", "status=PAID", 1).replacen(
        "&checksum",
        "&status=CAPTURED&checksum",
        1,
    );
    let CallbackFields::Order(order) = verify(&q, &[SECRET], &opts()).unwrap().fields else {
        panic!()
    };
    assert_eq!(order.status, "CAPTURED");
}

#[test]
fn malformed_and_missing_checksums_are_told_apart() {
    let q = signed(&order_pairs());
    let (body, sum) = q.split_once("&checksum=").unwrap();
    assert_eq!(
        code(verify(body, &[SECRET], &opts())),
        ErrorCode::MissingChecksum
    );
    assert_eq!(
        code(verify(
            &format!("{body}&checksum={}", sum.to_uppercase()),
            &[SECRET],
            &opts()
        )),
        ErrorCode::MalformedChecksum
    );
    assert_eq!(
        code(verify(
            &format!("{body}&checksum={}", &sum[..63]),
            &[SECRET],
            &opts()
        )),
        ErrorCode::MalformedChecksum
    );
    assert_eq!(
        code(verify(
            &format!("{body}&checksum={}g", &sum[..63]),
            &[SECRET],
            &opts()
        )),
        ErrorCode::MalformedChecksum
    );
    assert_eq!(
        code(verify(
            &format!("{body}&checksum[]={sum}"),
            &[SECRET],
            &opts()
        )),
        ErrorCode::MalformedChecksum
    );
    assert_eq!(
        code(verify(
            &format!("{body}&Checksum={sum}"),
            &[SECRET],
            &opts()
        )),
        ErrorCode::MissingChecksum
    );
    assert_eq!(
        code(verify("https://m.example/cb", &[SECRET], &opts())),
        ErrorCode::MissingChecksum
    );
}

#[test]
fn secrets_must_be_present() {
    let q = signed(&order_pairs());
    let none: [&str; 0] = [];
    assert_eq!(code(verify(&q, &none, &opts())), ErrorCode::MissingSecret);
    let e = verify(&q, &[SECRET, ""], &opts()).unwrap_err();
    assert_eq!(
        (e.code, e.message.as_str()),
        (ErrorCode::MissingSecret, "secret #2 is empty")
    );
    assert_eq!(
        sign(&[("a", "b")], "").unwrap_err().code,
        ErrorCode::MissingSecret
    );
}

#[test]
fn freshness_window() {
    let signed_at = |ts: &str| signed(&with(order_pairs(), "timestamp", ts));
    let at = |now, tol| VerifyOptions {
        tolerance_seconds: tol,
        now,
        expect: Expect::Order,
    };
    assert!(verify(&signed_at("1755764200"), &[SECRET], &at(NOW + 300, 300)).is_ok());
    let e = verify(&signed_at("1755764200"), &[SECRET], &at(NOW + 301, 300)).unwrap_err();
    assert_eq!(
        (e.code, e.message.as_str()),
        (
            ErrorCode::Stale,
            "the callback is 301 s old; the tolerance is 300 s"
        )
    );
    assert!(verify(&signed_at("1755764200"), &[SECRET], &at(NOW - 300, 300)).is_ok());
    let e = verify(&signed_at("1755764200"), &[SECRET], &at(NOW - 301, 300)).unwrap_err();
    assert_eq!(
        (e.code, e.message.as_str()),
        (
            ErrorCode::FromFuture,
            "the callback's timestamp is 301 s in the future; the tolerance is 300 s"
        )
    );
    assert!(
        verify(&signed_at("1000000000"), &[SECRET], &at(NOW, 0)).is_ok(),
        "tolerance 0 turns the check off"
    );
    assert_eq!(
        code(verify(
            &signed_at("1000000000"),
            &[SECRET],
            &at(i64::MIN, 300)
        )),
        ErrorCode::FromFuture,
        "no overflow"
    );
    assert!(
        verify(&signed_at("1000000000"), &[SECRET], &at(i64::MAX, u64::MAX)).is_ok(),
        "a tolerance beyond i64 accepts all"
    );
}

#[test]
fn freshness_does_not_apply_to_company_checks() {
    let q = signed(&company_pairs());
    assert!(
        verify(&q, &[SECRET], &company()).is_ok(),
        "no timestamp needed"
    );
    let ok = verify(
        &q,
        &[SECRET],
        &VerifyOptions {
            tolerance_seconds: 1,
            now: i64::MAX,
            expect: Expect::CompanyCheck,
        },
    )
    .unwrap();
    let CallbackFields::CompanyCheck(c) = ok.fields else {
        panic!("not a company check")
    };
    assert_eq!(
        c.company_id.as_deref(),
        Some("023451"),
        "leading zeros kept"
    );
    assert_eq!(c.score.as_deref(), Some("650"));
    assert_eq!(c.created_at, 1_755_764_131);
    assert_eq!(c.risk_level, None);
}

// ---- Issue 10 section 3: what the checksum cannot bind, the verifier must. ----

/// Renames keys of a signed query: the checksum (values only) still matches.
fn renamed(query: &str, renames: &[(&str, &str)]) -> String {
    query
        .split('&')
        .map(|piece| {
            let (k, v) = piece.split_once('=').unwrap();
            let k = renames
                .iter()
                .find(|(from, _)| *from == k)
                .map_or(k, |(_, to)| to);
            format!("{k}={v}")
        })
        .collect::<Vec<_>>()
        .join("&")
}

#[test]
fn attack_a_year_old_order_renamed_into_a_company_check_is_refused() {
    let year_old = signed(&with(
        with(order_pairs(), "timestamp", "1724228200"),
        "createdAt",
        "1724228131",
    ));
    let forged = renamed(
        &year_old,
        &[
            ("orderUuid", "companyCheckUuid"),
            ("status", "riskLevel"),
            ("paymentMethod", "companyName"),
            ("amount", "score"),
            ("createdAt", "companyId"),
            ("timestamp", "createdAt"),
        ],
    );
    assert!(
        verify_checksum_only(&forged, &[SECRET]).is_ok(),
        "the attack is real: the checksum still matches"
    );
    assert_eq!(
        rejection(verify(&forged, &[SECRET], &opts())),
        malformed("companyCheckUuid"),
        "not an order parameter"
    );
    assert_eq!(
        rejection(verify(&forged, &[SECRET], &company())),
        malformed("companyCheckUuid"),
        "ODR is not a company-check uuid"
    );
    // Nor the other way round: a company check is never an order.
    let forged = renamed(
        &signed(&company_pairs()),
        &[("companyCheckUuid", "orderUuid")],
    );
    assert_eq!(
        rejection(verify(&forged, &[SECRET], &opts())).0,
        ErrorCode::MalformedCallback
    );
}

#[test]
fn attack_boundary_shifts_between_values_are_refused() {
    let q = signed(&order_pairs());
    let cases = [
        // `visa&amount=4500.00` -> `visa4&amount=500.00`: a name never has digits.
        (
            "paymentMethod=visa&amount=4500.00",
            "paymentMethod=visa4&amount=500.00",
            "paymentMethod",
        ),
        (
            "paymentMethod=visa&amount=4500.00",
            "paymentMethod=vis&amount=a4500.00",
            "amount",
        ),
        // `ODR1755764131&status=PAID` -> `ODR175576413&status=1PAID`: a status is a documented word.
        (
            "orderUuid=ODR1755764131&status=PAID",
            "orderUuid=ODR175576413&status=1PAID",
            "status",
        ),
        (
            "orderUuid=ODR1755764131&status=PAID",
            "orderUuid=ODR1755764131P&status=AID",
            "orderUuid",
        ),
        // Unix seconds have exactly 10 digits, so no digit moves to or from a neighbour.
        (
            "amount=4500.00&createdAt=1755764131",
            "amount=4500.001&createdAt=755764131",
            "createdAt",
        ),
        (
            "amount=4500.00&createdAt=1755764131",
            "amount=4500.0&createdAt=01755764131",
            "createdAt",
        ),
        (
            "createdAt=1755764131&timestamp=1755764200",
            "createdAt=17557641311&timestamp=755764200",
            "createdAt",
        ),
    ];
    for (from, to, field) in cases {
        assert!(q.contains(from), "{from}");
        let shifted = q.replacen(from, to, 1);
        assert!(
            verify_checksum_only(&shifted, &[SECRET]).is_ok(),
            "the checksum still matches: {to}"
        );
        assert_eq!(
            rejection(verify(&shifted, &[SECRET], &opts())),
            malformed(field),
            "{to}"
        );
    }
    // The catalog's own example (9.5): `amount=100&createdAt=1755764131` -> `amount=1001&createdAt=755764131`.
    let sum = sha256_hex(&format!("ODR123successVisa10017557641311755764131{SECRET}"));
    let shifted = format!("orderUuid=ODR123&status=success&paymentMethod=Visa&amount=1001&createdAt=755764131&timestamp=1755764131&checksum={sum}");
    assert_eq!(
        rejection(verify(
            &shifted,
            &[SECRET],
            &VerifyOptions::at(1_755_764_131)
        )),
        malformed("createdAt")
    );
}

#[test]
fn attack_added_keys_with_empty_values_are_refused() {
    // An empty value adds nothing to the pre-image, so the checksum still matches.
    let q = signed(&order_pairs());
    for extra in ["note=", "note", "riskLevel="] {
        let forged = q.replacen("&checksum", &format!("&{extra}&checksum"), 1);
        assert!(verify_checksum_only(&forged, &[SECRET]).is_ok());
        let field = extra.trim_end_matches('=');
        assert_eq!(
            rejection(verify(&forged, &[SECRET], &opts())),
            malformed(field),
            "{extra}"
        );
    }
    // An undocumented company-check field, likewise.
    let forged = signed(&company_pairs()).replacen("&checksum", "&status=&checksum", 1);
    assert_eq!(
        rejection(verify(&forged, &[SECRET], &company())),
        malformed("status")
    );
}

/// The residual risk, stated in the decision log (C10): between two free-text values of a company
/// check, a boundary shift still verifies. This test keeps that statement true.
#[test]
fn residual_risk_free_text_boundaries_still_shift() {
    let q = signed(&company_pairs());
    let shifted = q.replacen(
        "companyType=AS&companyName=Lorem%20AS",
        "companyType=ASLorem&companyName=%20AS",
        1,
    );
    assert_ne!(shifted, q);
    let ok = verify(&shifted, &[SECRET], &company()).expect("free text cannot be bound");
    let CallbackFields::CompanyCheck(c) = ok.fields else {
        panic!()
    };
    assert_eq!(
        (c.company_type.as_deref(), c.company_name.as_deref()),
        (Some("ASLorem"), Some(" AS"))
    );
}

#[test]
fn shape_problems_are_reported_only_for_a_correct_checksum() {
    // A forger learns nothing about the shape: a wrong checksum is a mismatch first.
    let q = signed(&with(order_pairs(), "amount", "lots"));
    assert_eq!(
        code(verify(&q, &["wrong"], &opts())),
        ErrorCode::ChecksumMismatch
    );
    assert_eq!(
        rejection(verify(&q, &[SECRET], &opts())),
        malformed("amount")
    );
}

#[test]
fn every_order_field_is_required() {
    for (key, _) in order_pairs() {
        let q = signed(&without(order_pairs(), &key));
        assert_eq!(
            rejection(verify(&q, &[SECRET], &VerifyOptions::at(NOW))),
            malformed(&key),
            "without {key}"
        );
    }
}

#[test]
fn company_checks_require_their_uuid_and_created_at_only() {
    for key in ["companyCheckUuid", "createdAt"] {
        let q = signed(&without(company_pairs(), key));
        assert_eq!(rejection(verify(&q, &[SECRET], &company())), malformed(key));
    }
    let minimal: Vec<(String, String)> = company_pairs()
        .into_iter()
        .filter(|(k, _)| k == "companyCheckUuid" || k == "createdAt")
        .collect();
    assert!(verify(&signed(&minimal), &[SECRET], &company()).is_ok());
    let full = [
        ("riskLevel", "Moderate"),
        (
            "scoreMessage",
            "High to moderate risk, credit up to NOK 20,000 can be approved",
        ),
        ("defaultProbability", "15% - 27%"),
        ("personalNumber", "04123456785"),
        ("contactPersonName", "Kari Nordmann"),
        ("contactPersonEmail", "kari@example.no"),
    ]
    .iter()
    .fold(company_pairs(), |pairs, (k, v)| with(pairs, k, v));
    let ok = verify(&signed(&full), &[SECRET], &company()).unwrap();
    assert_eq!(ok.raw.len(), 13);
}

#[test]
fn every_typed_order_field_has_its_documented_form() {
    let good: &[(&str, &[&str])] = &[
        (
            "orderUuid",
            &[
                "ODR1",
                "RES4161996022",
                "SUB2532543787",
                "ODR12345678901234567890",
            ],
        ),
        (
            "status",
            &[
                "PAID", "invoiced", "RESEVRED", "Reserved", "CAPTURED", "charged", "success",
            ],
        ),
        (
            "paymentMethod",
            &[
                "Visa",
                "",
                "Apple Pay",
                "Kort-betaling",
                "Faktura_EHF",
                "Bankkort ø",
            ],
        ),
        (
            "amount",
            &["0", "0.5", "100", "4500.00", "123456789012.123456"],
        ),
        ("createdAt", &["1000000000", "9999999999"]),
    ];
    for (field, values) in good {
        for value in *values {
            let q = signed(&with(order_pairs(), field, value));
            assert!(
                verify(&q, &[SECRET], &opts()).is_ok(),
                "{field}={value:?} is in form"
            );
        }
    }
    let bad: &[(&str, &[&str])] = &[
        (
            "orderUuid",
            &[
                "",
                "ODR",
                "O1",
                "odr1",
                "ODR1a",
                "COMCHK1",
                "ODR-1",
                " ODR1",
                "ODR123456789012345678901",
            ],
        ),
        (
            "status",
            &["", "1PAID", "PAIDV", "PENDING", "PAID ", "paid\n"],
        ),
        (
            "paymentMethod",
            &["visa4", "3DS", "Visa\u{7}", &"x".repeat(65)],
        ),
        (
            "amount",
            &[
                "",
                "-1",
                "+1",
                "1e3",
                "01",
                "00.5",
                ".5",
                "5.",
                "4,500.00",
                "4 500",
                "NaN",
                "1.2.3",
                &"9".repeat(25),
            ],
        ),
        (
            "createdAt",
            &[
                "",
                "755764131",
                "17557641311",
                "0755764131",
                "-175576413",
                "1755764131.0",
                "175576413a",
            ],
        ),
        ("timestamp", &["1755764200 ", "0000000000"]),
    ];
    for (field, values) in bad {
        for value in *values {
            let q = signed(&with(order_pairs(), field, value));
            assert_eq!(
                rejection(verify(
                    &q,
                    &[SECRET],
                    &VerifyOptions {
                        tolerance_seconds: 0,
                        ..opts()
                    }
                )),
                malformed(field),
                "{field}={value:?}"
            );
        }
    }
}

#[test]
fn every_typed_company_check_field_has_its_documented_form() {
    for (field, value) in [
        ("companyCheckUuid", "COMCHK1"),
        ("companyCheckUuid", "COM1234"),
        ("score", "856"),
        ("score", "0.44"),
        ("personalNumber", "04123456785"),
    ] {
        assert!(
            verify(
                &signed(&with(company_pairs(), field, value)),
                &[SECRET],
                &company()
            )
            .is_ok(),
            "{field}={value}"
        );
    }
    for (field, value) in [
        ("companyCheckUuid", "ODR1"),
        ("companyCheckUuid", "COMCHK"),
        ("companyCheckUuid", "COMX1"),
        ("score", "high"),
        ("score", "-5"),
        ("personalNumber", "04*******85"),
        ("personalNumber", ""),
        ("createdAt", "yesterday"),
    ] {
        let q = signed(&with(company_pairs(), field, value));
        assert_eq!(
            rejection(verify(&q, &[SECRET], &company())),
            malformed(field),
            "{field}={value}"
        );
    }
}

#[test]
fn an_array_parameter_is_malformed() {
    // `status[]=x` contributes `Array`; a signer who hashed `Array` gets a verifying checksum.
    let sum = sha256_hex(&format!("ODR1Arrayvisa4500.0017557641311755764200{SECRET}"));
    let url = format!("orderUuid=ODR1&status[]=PAID&paymentMethod=visa&amount=4500.00&createdAt=1755764131&timestamp=1755764200&checksum={sum}");
    assert_eq!(
        rejection(verify(&url, &[SECRET], &opts())),
        malformed("status")
    );
}

#[test]
fn hostile_sizes_and_encodings_are_typed_errors() {
    let huge = "a=".to_string() + &"x".repeat(1 << 20);
    assert_eq!(
        code(verify(&huge, &[SECRET], &opts())),
        ErrorCode::MalformedQuery
    );
    assert_eq!(
        code(verify(
            &("a=".to_string() + &"x".repeat(MAX_QUERY_BYTES)),
            &[SECRET],
            &opts()
        )),
        ErrorCode::MalformedQuery
    );
    let many = (0..1001)
        .map(|i| format!("k{i}=v"))
        .collect::<Vec<_>>()
        .join("&");
    assert_eq!(
        code(verify(&many, &[SECRET], &opts())),
        ErrorCode::MalformedQuery
    );
    let sum = sha256_hex(SECRET);
    let e = verify(&format!("orderUuid=%FF&checksum={sum}"), &[SECRET], &opts()).unwrap_err();
    assert_eq!(
        (e.code, e.message.as_str()),
        (
            ErrorCode::MalformedQuery,
            "the value of `orderUuid` is not valid UTF-8 after decoding"
        )
    );
    assert_eq!(
        code(verify(&format!("%FF=1&checksum={sum}"), &[SECRET], &opts())),
        ErrorCode::MalformedQuery
    );
}

#[test]
fn messages_cut_hostile_names_short() {
    let long_key = "k".repeat(5000);
    let q = signed(&order_pairs()).replacen("&checksum", &format!("&{long_key}=&checksum"), 1);
    let e = verify(&q, &[SECRET], &opts()).unwrap_err();
    assert_eq!(e.code, ErrorCode::MalformedCallback);
    assert!(e.message.len() < 200, "{}", e.message.len());
}

#[test]
fn sign_refuses_keys_php_would_change() {
    for key in ["a.b", "a b", "a[]", "checksum", ""] {
        assert_eq!(
            sign(&[(key, "v")], SECRET).unwrap_err().code,
            ErrorCode::MalformedQuery,
            "key {key:?}"
        );
    }
    let e = sign(&[("a", "1"), ("a", "2")], SECRET).unwrap_err();
    assert_eq!(
        (e.code, e.message.as_str()),
        (
            ErrorCode::MalformedQuery,
            "duplicate key `a`: PHP would keep only the last value"
        )
    );
    assert_eq!(
        sign(&vec![("k", "v"); MAX_PARAMS], SECRET)
            .unwrap_err()
            .code,
        ErrorCode::MalformedQuery
    );
    assert_eq!(
        sign::<&str, &str>(&[], SECRET).unwrap(),
        format!("checksum={}", sha256_hex(SECRET))
    );
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
    assert_eq!(t.raw.len(), 5);
    assert_eq!(
        parse_terminal("status=Approved").unwrap_err().code,
        ErrorCode::MalformedQuery
    );
}

#[test]
fn errors_never_contain_the_secret() {
    // Messages are built from fixed text and the URL's own content, never from a secret.
    let q = signed(&order_pairs());
    let forged = q.replacen("&checksum", "&note=&checksum", 1);
    for url in [
        q.as_str(),
        "orderUuid=O",
        "checksum=ABC",
        "a=%FF",
        forged.as_str(),
    ] {
        for options in [VerifyOptions::at(0), opts()] {
            if let Err(e) = verify(url, &[SECRET], &options) {
                assert!(
                    !e.message.contains(SECRET) && !format!("{e:?}").contains(SECRET),
                    "{e:?}"
                );
            }
        }
    }
}

#[test]
fn integers_are_written_without_core_fmt() {
    for n in [0, 7, -7, 1_755_764_131, i64::MAX, i64::MIN] {
        let mut s = String::new();
        push_i64(&mut s, n);
        assert_eq!(s, n.to_string());
    }
}

fn key_strategy() -> impl Strategy<Value = String> {
    "[A-Za-z][A-Za-z0-9_-]{0,11}"
}

proptest! {
    #[test]
    fn signed_order_callbacks_verify(method in "[^0-9\\p{Cc}]{0,40}", whole in 0u64..10_000_000, cents in 0u32..100, status in 0usize..STATUSES.len()) {
        let amount = format!("{whole}.{cents:02}");
        let pairs = with(with(with(order_pairs(), "paymentMethod", &method), "amount", &amount), "status", STATUSES[status]);
        let q = signed(&pairs);
        let ok = verify(&q, &[SECRET], &opts()).unwrap();
        prop_assert_eq!(&ok.raw[..pairs.len()], &pairs[..]);
    }

    #[test]
    fn signed_queries_match_their_checksum(pairs in proptest::collection::vec((key_strategy(), "\\PC{0,24}"), 0..12)) {
        let mut unique: Vec<(String, String)> = Vec::new();
        for (k, v) in pairs {
            if k != "checksum" && !unique.iter().any(|(u, _)| *u == k) {
                unique.push((k, v));
            }
        }
        let q = sign(&unique, SECRET).unwrap();
        prop_assert!(verify_checksum_only(&q, &[SECRET]).is_ok());
    }

    #[test]
    fn changing_any_value_breaks_the_checksum(which in 0usize..6, extra in "[A-Z]{1,3}") {
        let pairs = order_pairs();
        let q = signed(&pairs);
        let (k, v) = &pairs[which];
        let tampered = q.replacen(&format!("{k}={v}"), &format!("{k}={v}{extra}"), 1);
        prop_assert_eq!(code(verify(&tampered, &[SECRET], &opts())), ErrorCode::ChecksumMismatch);
    }

    #[test]
    fn arbitrary_input_never_panics_nor_verifies(url in "\\PC{0,200}", secret in "\\PC{0,20}") {
        // Without knowing the secret, no random input verifies (beyond negligible chance).
        prop_assert!(verify(&url, &[secret.as_str()], &opts()).is_err());
        prop_assert!(verify(&url, &[secret.as_str()], &company()).is_err());
        let _ = parse_terminal(&url);
    }
}

/// Every string of `alphabet`'s characters, from empty up to `max` characters long.
fn strings_over(alphabet: &[char], max: usize) -> Vec<String> {
    let mut all = vec![String::new()];
    let mut last = vec![String::new()];
    for _ in 0..max {
        last = last
            .iter()
            .flat_map(|s| alphabet.iter().map(move |&c| format!("{s}{c}")))
            .collect();
        all.extend(last.iter().cloned());
    }
    all
}

#[test]
fn plain_decimals_split_at_the_first_dot_as_splitn_did() {
    // The reader before the position-based split, kept as the reference.
    fn by_splitn(b: &[u8]) -> bool {
        let mut parts = b.splitn(2, |&c| c == b'.');
        let whole = parts.next().unwrap_or_default();
        let fraction = parts.next();
        let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
        let whole_ok =
            digits(whole) && (whole.len() == 1 || whole.first().is_some_and(|&d| d != b'0'));
        let fraction_ok = fraction.is_none_or(|f| !f.is_empty() && digits(f));
        b.len() <= 24 && !whole.is_empty() && whole_ok && fraction_ok
    }
    let mut texts = strings_over(&['0', '1', '.', 'x'], 6);
    texts.extend([
        "1".repeat(24),
        "1".repeat(25),
        format!("{}.5", "9".repeat(22)),
    ]);
    for text in texts {
        assert_eq!(
            in_form(Form::Decimal, &text),
            by_splitn(text.as_bytes()),
            "{text:?}"
        );
    }
}

#[test]
fn signable_keys_are_checked_by_bytes_as_by_chars() {
    for key in strings_over(&['a', '.', ' ', '[', ']', '\0', 'é', '_'], 3) {
        let by_chars = key.contains(['.', ' ', '[', ']', '\0']);
        assert_eq!(
            check_signable_key(&key).is_err(),
            key.is_empty() || by_chars,
            "{key:?}"
        );
    }
    assert!(check_signable_key("checksum").is_err());
}

#[test]
fn secrets_given_as_any_iterator_are_checked_in_order() {
    let q = signed(&order_pairs());
    let message = |secrets: &[&str]| {
        verify_with(&q, secrets.iter().copied(), &opts())
            .map(|_| ())
            .map_err(|e| (e.code, e.message))
    };
    assert_eq!(
        message(&[]),
        Err((ErrorCode::MissingSecret, "no secret was given".into()))
    );
    assert_eq!(
        message(&["x", "", ""]),
        Err((ErrorCode::MissingSecret, "secret #2 is empty".into()))
    );
    assert_eq!(
        message(&["x", "y"]),
        Err((
            ErrorCode::ChecksumMismatch,
            "the checksum does not match the parameters and secret".into()
        ))
    );
    assert_eq!(message(&["x", SECRET]), Ok(()));
}

#[test]
fn php_key_mangling_matches_the_two_pass_reference() {
    // The mangling before the one-loop form: after an unmatched `[`, the rest renamed in a second pass.
    fn two_pass(decoded: &[u8]) -> Option<(Vec<u8>, bool)> {
        let name = decoded.split(|&b| b == 0).next().unwrap_or_default();
        let start = name.iter().position(|&b| b != b' ').unwrap_or(name.len());
        let name = &name[start..];
        let mut out = Vec::new();
        for (i, &b) in name.iter().enumerate() {
            match b {
                b' ' | b'.' => out.push(b'_'),
                b'[' => {
                    if name[i + 1..].contains(&b']') {
                        return if out.is_empty() {
                            None
                        } else {
                            Some((out, true))
                        };
                    }
                    out.push(b'_');
                    out.extend(name[i + 1..].iter().map(|&c| {
                        if matches!(c, b' ' | b'.' | b'[') {
                            b'_'
                        } else {
                            c
                        }
                    }));
                    break;
                }
                _ => out.push(b),
            }
        }
        if out.is_empty() {
            None
        } else {
            Some((out, false))
        }
    }
    for key in strings_over(&['a', '[', ']', '.', ' ', '\0'], 6) {
        assert_eq!(
            php_query::mangle_key(key.as_bytes()),
            two_pass(key.as_bytes()),
            "{key:?}"
        );
    }
}

#[test]
fn unix_seconds_are_read_by_bytes() {
    for (text, expected) in [
        ("1755764131", Some(1_755_764_131)),
        ("-12", Some(-12)),
        ("-", None),
        ("", None),
        ("+1", None),
        ("--1", None),
        ("1-", None),
        ("999999999999999999", Some(999_999_999_999_999_999)),
        ("1000000000000000000", None),
        ("١٢", None),
    ] {
        assert_eq!(typed::parse_unix_seconds(text), expected, "{text:?}");
    }
}

#[test]
fn order_uuids_are_matched_by_prefix_as_by_the_prefix_list() {
    let reference = |b: &[u8]| {
        ["ODR", "RES", "SUB"].iter().any(|p| {
            b.strip_prefix(p.as_bytes()).is_some_and(|digits| {
                (1..=20).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit)
            })
        })
    };
    let mut texts = strings_over(&['O', 'D', 'R', 'E', 'S', 'U', 'B', '1'], 5);
    texts.extend([
        "ODR".to_string() + &"1".repeat(20),
        "SUB".to_string() + &"1".repeat(21),
    ]);
    for text in texts {
        assert_eq!(
            in_form(Form::OrderUuid, &text),
            reference(text.as_bytes()),
            "{text:?}"
        );
    }
}
