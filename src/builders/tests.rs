use super::blocks::*;
use super::*;
use crate::money::Decimal;
use serde_json::json;

fn d(s: &str) -> Decimal {
    Decimal::parse(s).unwrap()
}

fn opts() -> BuildOptions {
    BuildOptions {
        now: Some(1754556624),
        ..BuildOptions::default()
    }
}

#[test]
fn fills_amounts_summary_dates_and_defaults() {
    let input = json!({
        "products": [{ "name": "Test Product", "productId": "1234", "quantity": 1, "rate": 4500, "tax": 12 }],
        "customerDetails": { "type": "private", "name": "Kari" },
        "callback": { "callbackUrl": "https://example.com/cb" }
    });
    let built = draft("orders.sendInvoice", &input, &opts()).unwrap();
    let p = &built.payload;
    assert_eq!(p["products"][0]["amount"], "4500.00");
    assert_eq!(
        p["orderSummary"],
        json!({"subTotal": "4017.86", "totalTax": "482.14", "totalDiscount": "0.00", "grandTotal": "4500.00"})
    );
    assert_eq!(p["orderDate"], "1754556624");
    assert_eq!(p["customerDetails"]["preferredLanguage"], "no");
    assert_eq!(p["invoiceFeeApplicable"], true);
    assert_eq!(p["invoiceInterval"], 0);
    assert_eq!(p["separateInvoices"], true);
    assert!(p.get("invoiceMaturity").is_none());
    assert!(built.warnings.is_empty());
}

#[test]
fn keeps_what_the_caller_gave_and_normalizes_numbers() {
    let input = json!({
        "products": [{ "name": "A", "quantity": "2", "rate": "1 000,50", "tax": "25.0", "discount": "0,50" }],
        "orderSummary": { "shippingCost": "49,00" },
        "orderDate": "2025-08-07T09:30:24Z",
        "customerDetails": { "preferredLanguage": "en" }
    });
    let p = fill("checkout.createSession", &input, &opts()).unwrap();
    assert_eq!(p["products"][0]["rate"], "1000.50");
    assert_eq!(p["products"][0]["tax"], "25");
    assert_eq!(p["products"][0]["discount"], "0.50");
    assert_eq!(p["products"][0]["amount"], "2000.50");
    assert_eq!(p["orderSummary"]["shippingCost"], "49.00");
    assert_eq!(p["orderSummary"]["grandTotal"], "2000.50");
    assert_eq!(p["orderDate"], "1754559024");
    assert_eq!(p["customerDetails"]["preferredLanguage"], "en");
}

#[test]
fn a_wrong_amount_given_by_the_caller_is_kept_and_warned_about() {
    let input = json!({ "products": [{ "name": "A", "quantity": 1, "rate": 100, "tax": 0, "amount": 90 }] });
    let built = draft("orders.sendPaymentLink", &input, &opts()).unwrap();
    assert_eq!(built.payload["products"][0]["amount"], 90);
    assert_eq!(built.warnings["products.0.amount"][0].rule, "LineAmount");
}

#[test]
fn reservation_charge_capture_and_refund_amounts() {
    let res = fill(
        "reservations.submit",
        &json!({ "products": { "0": { "name": "Test", "rate": 1, "tax": "0" } } }),
        &opts(),
    )
    .unwrap();
    assert_eq!(res["products"]["0"]["amount"], "1.00");
    assert_eq!(
        res["orderSummary"],
        json!({"subTotal": "1.00", "totalTax": "0.00", "grandTotal": "1.00"})
    );
    assert!(res["products"]["0"].get("quantity").is_none());

    let charge = fill(
        "reservations.charge",
        &json!({ "products": [{ "name": "Charge QA", "rate": 150, "tax": "0" }] }),
        &opts(),
    )
    .unwrap();
    assert_eq!(charge["grandTotal"], "150.00");
    assert!(charge.get("orderSummary").is_none());

    let capture = fill(
        "reservations.capture",
        &json!({ "products": [{ "id": 298, "amount": 5 }, { "id": 299, "amount": "50" }] }),
        &opts(),
    )
    .unwrap();
    assert_eq!(capture["grandTotal"], "55.00");

    let refund = fill("reservations.refund", &json!({ "products": [{ "id": 510, "amount": 15 }], "source": "captured", "reference": "CAP1" }), &opts()).unwrap();
    assert_eq!(refund["type"], "reservation");
    assert_eq!(refund["grandTotal"], "15.00");
}

#[test]
fn subscriptions_default_payable_per_cycle_and_convert_dates() {
    let input = json!({
        "products": [{ "name": "p", "quantity": "1", "rate": "2000", "tax": "0" }],
        "subscriptionStartDate": "2023-02-21", "subscriptionEndsDate": "21 Feb, 2024", "dueDateForPaymentLink": 1677047770
    });
    let p = fill("subscriptions.create", &input, &opts()).unwrap();
    assert_eq!(p["orderSummary"]["payablePerCycle"], "2000.00");
    assert_eq!(p["subscriptionStartDate"], "1676937600");
    assert_eq!(p["subscriptionEndsDate"], "21 Feb, 2024");
    assert_eq!(p["dueDateForPaymentLink"], "1677047770");
}

#[test]
fn typed_errors() {
    assert_eq!(
        fill("nope", &json!({}), &opts()).unwrap_err().code(),
        "unknown_endpoint"
    );
    assert_eq!(
        fill("orders.delayedCharge", &json!({}), &opts())
            .unwrap_err()
            .code(),
        "no_body"
    );
    assert_eq!(
        fill("orders.cancel", &json!([]), &opts()).unwrap_err(),
        BuildError::NotAnObject
    );
    let err = fill(
        "orders.sendPaymentLink",
        &json!({ "orderDate": "tomorrow" }),
        &opts(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "invalid_date");
    let v = serde_json::to_value(&err).unwrap();
    assert_eq!(v["field"], "orderDate");
    let lines = json!({ "products": [{ "name": "a", "quantity": 1, "rate": 10, "tax": 0 }, { "name": "b", "quantity": 1, "rate": 10, "tax": 0, "discount": 11 }] });
    let err = fill("orders.sendPaymentLink", &lines, &opts()).unwrap_err();
    assert_eq!(
        serde_json::to_value(&err).unwrap(),
        json!({
            "code": "invalid_totals", "message": err.to_string(), "field": "products.1.discount", "cause": "discount_exceeds_line"
        })
    );
    let taxed = json!({ "products": [{ "name": "a", "quantity": 1, "rate": 10, "tax": 13 }] });
    assert_eq!(
        serde_json::to_value(fill("orders.sendPaymentLink", &taxed, &opts()).unwrap_err()).unwrap()
            ["cause"],
        "tax_not_allowed"
    );
    let mut custom = opts();
    custom.validate.tax_rates = vec!["13".into()];
    assert!(fill("orders.sendPaymentLink", &taxed, &custom).is_ok());
}

#[test]
fn fixed_types_and_documented_defaults() {
    assert_eq!(
        fill("terminal.cancelOrder", &json!({}), &opts()).unwrap(),
        json!({ "type": "payment" })
    );
    assert_eq!(
        fill("terminal.cancelRefund", &json!({}), &opts()).unwrap(),
        json!({ "type": "refund" })
    );
    let p = fill("orders.sendEhfInvoice", &json!({}), &opts()).unwrap();
    assert_eq!(p["invoiceMaturity"], 14);
    assert!(
        p.get("customerDetails").is_none(),
        "a nested default never creates its parent"
    );
}

#[test]
fn typed_bodies_build_the_documented_checkout_example() {
    // 000:2162-2211
    let body = CreateCheckoutSession {
        products: vec![Product {
            product_id: Some("1234".into()),
            discount: Some(d("0")),
            ..Product::new("Test Product", d("1"), d("4500"), d("12"))
        }],
        order_date: Some(1754556624.into()),
        with_customer: Some(true),
        submit_payment: Some(SubmitPayment {
            via: Some("visa".into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let p = &body.fill(&BuildOptions::default()).unwrap();
    assert_eq!(p["products"][0]["amount"], "4500.00");
    assert_eq!(p["orderSummary"]["subTotal"], "4017.86");
    assert_eq!(p["orderSummary"]["totalTax"], "482.14");
    assert_eq!(p["orderDate"], "1754556624");
    assert_eq!(p["submitPayment"], json!({ "via": "visa" }));
    assert_eq!(p["withCustomer"], true);
    // Typed bodies read JSON too (numbers or strings).
    let back: CreateCheckoutSession = serde_json::from_value(p.clone()).unwrap();
    assert_eq!(back.products[0].amount, Some(d("4500")));
}

#[test]
fn every_typed_body_has_a_recipe_and_vice_versa() {
    let recipes: Vec<&str> = recipes::all().map(|(e, _)| e.id).collect();
    assert_eq!(BODY_ENDPOINTS, recipes.as_slice());
    assert_eq!(recipes.len(), 33);
}

#[test]
fn every_endpoint_with_body_fields_has_a_builder_and_no_other() {
    use crate::endpoints::{self, Location};
    let mut mismatches = Vec::new();
    for e in endpoints::all() {
        let has_body = e.fields_at(Location::Body).next().is_some();
        let has_recipe = e.body.is_some();
        if has_body != has_recipe {
            mismatches.push(format!(
                "{}: body fields {has_body}, builder {has_recipe}",
                e.id
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn build_validates_and_returns_the_validation_maps() {
    // Whatever the rules say about this minimal body, build() either returns it with the same
    // payload fill() produces, or the error map of validate() for that payload.
    let input = json!({ "products": [{ "name": "A", "quantity": 1, "rate": 100, "tax": 0, "amount": 90 }] });
    let filled = fill("orders.sendPaymentLink", &input, &opts()).unwrap();
    let report =
        crate::validate::validate("orders.sendPaymentLink", &filled, &opts().validate).unwrap();
    match build("orders.sendPaymentLink", &input, &opts()) {
        Ok(built) => {
            assert!(report.valid);
            assert_eq!(built.payload, filled);
            assert_eq!(built.warnings, report.warnings);
        }
        Err(BuildError::Invalid { errors, warnings }) => {
            assert!(!report.valid);
            assert_eq!(errors, report.errors);
            assert_eq!(warnings, report.warnings);
        }
        Err(other) => panic!("unexpected {other:?}"),
    }
    assert_eq!(report.warnings["products.0.amount"][0].rule, "LineAmount");
}

/// The exact texts of every error's message, as its `Display` writes them (the JSON answers and
/// the Rust API share them; written without `core::fmt` on the WebAssembly path).
#[test]
fn error_messages_are_the_display_texts() {
    let mut errors = IssueMap::new();
    for field in ["a", "b", "c", "d", "e", "f"] {
        errors.insert(field.into(), Vec::new());
    }
    let five: IssueMap = errors
        .iter()
        .take(5)
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let cases = [
        (
            BuildError::UnknownEndpoint { id: "x.y".into() },
            "unknown endpoint id `x.y`",
        ),
        (
            BuildError::NoBody { id: "orders.delayedCharge".into() },
            "`orders.delayedCharge` takes no request body",
        ),
        (BuildError::NotAnObject, "the input must be an object"),
        (
            BuildError::Totals {
                field: "products.0.tax".into(),
                error: TotalsError::TaxNotAllowed { line: 0, allowed: vec!["0".into(), "12".into()] },
            },
            "products.0.tax: line 0: `tax` must be one of 0, 12 (pass your configured rates to allow others)",
        ),
        (
            BuildError::Date {
                field: "orderDate".into(),
                error: DateError::InvalidDate { input: "tomorrow".into() },
            },
            "orderDate: `tomorrow` is not a date: use Unix seconds or ISO 8601 (e.g. \"2024-08-22T10:15:00Z\")",
        ),
        (
            BuildError::Date { field: "orderDate".into(), error: DateError::WrongType },
            "orderDate: expected Unix seconds, an ISO 8601 string or a Date",
        ),
        (
            BuildError::Invalid { errors, warnings: IssueMap::new() },
            "the payload is invalid: a, b, c, d, e, ...",
        ),
        (
            BuildError::Invalid { errors: five, warnings: IssueMap::new() },
            "the payload is invalid: a, b, c, d, e",
        ),
        (
            BuildError::Invalid { errors: IssueMap::new(), warnings: IssueMap::new() },
            "the payload is invalid: ",
        ),
        (
            BuildError::InvalidRuleTable { message: "m".into() },
            "m",
        ),
        (
            BuildError::from(ValidateError::InvalidRuleTable {
                id: "a.b".into(),
                field: "f".into(),
                reason: "r".into(),
            }),
            "endpoint `a.b`: the rule of `f` cannot be interpreted: r",
        ),
    ];
    // The codes as the `match` of `&str`s gave them (before they became one text).
    let codes: Vec<&str> = cases.iter().map(|(error, _)| error.code()).collect();
    assert_eq!(
        codes,
        [
            "unknown_endpoint",
            "no_body",
            "not_an_object",
            "invalid_totals",
            "invalid_date",
            "invalid_date",
            "invalid_payload",
            "invalid_payload",
            "invalid_payload",
            "invalid_rule_table",
            "invalid_rule_table",
        ]
    );
    for (error, text) in cases {
        assert_eq!(error.to_string(), text, "{error:?}");
        assert_eq!(error.message(), text, "{error:?}");
        let json = crate::json_api::error_value(&error, || error.message());
        let answer: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(answer["error"]["message"], text, "{json}");
        assert_eq!(answer["error"]["code"], error.code(), "{json}");
    }
    let unknown = ValidateError::UnknownEndpoint { id: "x".into() };
    assert_eq!(unknown.to_string(), "unknown endpoint id `x`");
    assert_eq!(unknown.message(), unknown.to_string());
}
