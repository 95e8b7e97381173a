use super::*;
use crate::rules::messages::Lang;
use serde_json::json;

fn d(s: &str) -> Decimal {
    Decimal::parse(s).unwrap()
}

fn line(q: &str, r: &str, t: &str) -> Line {
    Line::new(d(q), d(r), d(t))
}

fn summary_strings(t: &Totals) -> [String; 4] {
    let s = &t.order_summary;
    [
        s.sub_total.to_string(),
        s.total_tax.to_string(),
        s.total_discount.to_string(),
        s.grand_total.to_string(),
    ]
}

#[test]
fn documented_example_is_exact() {
    // 000:2162-2211: quantity 1, rate 4500, tax 12 -> 4017.86 / 482.14 / 0.00 / 4500.00
    let t = compute_totals(&[line("1", "4500", "12")], &TotalsOptions::default()).unwrap();
    assert_eq!(
        summary_strings(&t),
        ["4017.86", "482.14", "0.00", "4500.00"]
    );
    assert_eq!(t.amounts, vec![Money::from_minor(450000)]);
    assert!(t.warnings.is_empty());
}

#[test]
fn other_documented_examples() {
    // 000:31-79 (Hair Wash, 1 x 51, tax 0) and 5428-5479 (1 x 2000, tax 0)
    let t = compute_totals(&[line("1", "51", "0")], &TotalsOptions::default()).unwrap();
    assert_eq!(summary_strings(&t), ["51.00", "0.00", "0.00", "51.00"]);
    let t = compute_totals(&[line("1", "2000", "0")], &TotalsOptions::default()).unwrap();
    assert_eq!(summary_strings(&t), ["2000.00", "0.00", "0.00", "2000.00"]);
}

#[test]
fn discount_is_absolute_for_the_line_and_ignored_by_subtotal() {
    let t = compute_totals(
        &[line("2", "1000", "25").with_discount(d("100"))],
        &TotalsOptions::default(),
    )
    .unwrap();
    // subTotal 2000/1.25 = 1600; grand 1900; tax = 1900 + 100 - 1600 = 400
    assert_eq!(
        summary_strings(&t),
        ["1600.00", "400.00", "100.00", "1900.00"]
    );
    assert_eq!(t.amounts[0].to_string(), "1900.00");
}

#[test]
fn rounds_only_the_totals() {
    // Three lines of 10 at 12 %: per line 8.928571..., rounded per line 8.93 x 3 = 26.79;
    // rounded once: 30 / 1.12 = 26.785714... -> 26.79. With 7 lines: per line 62.51, once 62.50.
    let lines = vec![line("1", "10", "12"); 7];
    let t = compute_totals(&lines, &TotalsOptions::default()).unwrap();
    assert_eq!(summary_strings(&t), ["62.50", "7.50", "0.00", "70.00"]);
}

#[test]
fn identity_holds_on_a_half_ore_tie() {
    // 0.01 at 100 % tax: subTotal 0.005 exactly, tax 0.005 exactly. Rounding both half away
    // from zero would give 0.01 + 0.01 != 0.01; deriving the tax keeps the identity.
    let opts = TotalsOptions::any_rate();
    let t = compute_totals(&[line("1", "0.01", "100")], &opts).unwrap();
    assert_eq!(summary_strings(&t), ["0.01", "0.00", "0.00", "0.01"]);
}

#[test]
fn fractional_quantities_round_the_line_amount_to_ore() {
    let t = compute_totals(&[line("1.5", "99.99", "0")], &TotalsOptions::default()).unwrap();
    assert_eq!(t.amounts[0].to_string(), "149.99"); // 149.985 half away from zero
    assert_eq!(t.order_summary.grand_total.to_string(), "149.99");
}

#[test]
fn typed_errors() {
    let o = TotalsOptions::default();
    assert_eq!(compute_totals(&[], &o).unwrap_err(), TotalsError::NoLines);
    assert_eq!(
        compute_totals(&[line("0", "10", "0")], &o).unwrap_err(),
        TotalsError::QuantityNotPositive { line: 0 }
    );
    assert_eq!(
        compute_totals(&[line("-1", "10", "0")], &o)
            .unwrap_err()
            .code(),
        "quantity_not_positive"
    );
    assert_eq!(
        compute_totals(&[line("1", "10", "0"), line("1", "-10", "0")], &o).unwrap_err(),
        TotalsError::Negative {
            line: 1,
            field: "rate"
        }
    );
    assert_eq!(
        compute_totals(&[line("1", "10", "0").with_discount(d("-1"))], &o).unwrap_err(),
        TotalsError::Negative {
            line: 0,
            field: "discount"
        }
    );
    assert_eq!(
        compute_totals(&[line("2", "10", "0").with_discount(d("20.01"))], &o).unwrap_err(),
        TotalsError::DiscountExceedsLine { line: 0 }
    );
    assert!(compute_totals(&[line("2", "10", "0").with_discount(d("20"))], &o).is_ok());
    assert_eq!(
        compute_totals(&[line("1", "10", "101")], &TotalsOptions::any_rate())
            .unwrap_err()
            .code(),
        "tax_out_of_range"
    );
    assert_eq!(
        compute_totals(&[line("1", "10", "-1")], &TotalsOptions::any_rate())
            .unwrap_err()
            .code(),
        "tax_out_of_range"
    );
    let err = compute_totals(&[line("1", "10", "13")], &o).unwrap_err();
    assert_eq!(err.code(), "tax_not_allowed");
    assert!(err.to_string().contains("0, 12, 15, 25"), "{err}");
    let custom = TotalsOptions::with_rates(&["13", "12,5"]).unwrap();
    assert!(compute_totals(&[line("1", "10", "13"), line("1", "10", "12.5")], &custom).is_ok());
    let huge = line("99999999999999999999", "99999999999999999999", "0");
    assert_eq!(
        compute_totals(&[huge], &o).unwrap_err(),
        TotalsError::Overflow
    );
}

#[test]
fn more_than_twenty_lines_is_a_warning() {
    let t = compute_totals(&vec![line("1", "1", "0"); 21], &TotalsOptions::default()).unwrap();
    assert_eq!(t.warnings.len(), 1);
    assert_eq!(t.warnings[0].code, "more_lines_than_forms_allow");
    assert!(
        compute_totals(&vec![line("1", "1", "0"); 20], &TotalsOptions::default())
            .unwrap()
            .warnings
            .is_empty()
    );
}

#[test]
fn json_lines_accept_numbers_strings_and_commas() {
    let lines = json!([
        { "name": "Hair Wash", "quantity": "1", "rate": "4500,00", "tax": 12 },
        { "name": "Comb", "quantity": 2, "rate": 49.5, "discount": null, "tax": "25" }
    ]);
    let out = compute_totals_json(&lines, &TotalsOptions::default()).unwrap();
    assert_eq!(out.lines[0]["name"], "Hair Wash");
    assert_eq!(out.lines[0]["amount"], "4500.00");
    assert_eq!(out.lines[1]["amount"], "99.00");
    let v = serde_json::to_value(&out).unwrap();
    assert_eq!(
        v["orderSummary"],
        json!({"subTotal": "4097.06", "totalTax": "501.94", "totalDiscount": "0.00", "grandTotal": "4599.00"})
    );
}

#[test]
fn json_errors_name_the_line_and_field() {
    let o = TotalsOptions::default();
    assert_eq!(
        compute_totals_json(&json!({}), &o).unwrap_err(),
        TotalsError::NotAList
    );
    assert_eq!(
        compute_totals_json(&json!([1]), &o).unwrap_err(),
        TotalsError::NotAnObject { line: 0 }
    );
    assert_eq!(
        compute_totals_json(&json!([{ "quantity": 1, "tax": 0 }]), &o).unwrap_err(),
        TotalsError::Missing {
            line: 0,
            field: "rate"
        }
    );
    let err =
        compute_totals_json(&json!([{ "quantity": 1, "rate": "abc", "tax": 0 }]), &o).unwrap_err();
    assert_eq!(err.code(), "invalid_amount");
    let v = serde_json::to_value(&err).unwrap();
    assert_eq!(v["line"], 0);
    assert_eq!(v["field"], "rate");
    assert_eq!(v["cause"], "invalid");
    assert!(v["message"].as_str().unwrap().contains("abc"));
    let err =
        compute_totals_json(&json!([{ "quantity": true, "rate": 1, "tax": 0 }]), &o).unwrap_err();
    assert_eq!(serde_json::to_value(&err).unwrap()["cause"], "wrong_type");
}

fn rules(w: &[(String, TotalsIssue)]) -> Vec<(String, String)> {
    w.iter().map(|(f, i)| (f.clone(), i.rule.clone())).collect()
}

#[test]
fn warnings_for_a_correct_order_are_empty() {
    let payload = json!({
        "products": [{ "name": "Test Product", "quantity": 1, "rate": 4500, "discount": 0, "tax": 12, "amount": 4500 }],
        "orderSummary": { "subTotal": 4017.86, "totalTax": 482.14, "totalDiscount": 0.00, "grandTotal": 4500.00, "shippingCost": 0.00 }
    });
    assert!(payload_warnings("checkout.createSession", &payload, Lang::En).is_empty());
}

#[test]
fn warnings_for_wrong_amounts() {
    let payload = json!({
        "products": [{ "name": "A", "quantity": "2", "rate": 100, "discount": 10, "tax": "25", "amount": 200 }],
        "orderSummary": { "subTotal": "160.00", "totalTax": "40.00", "totalDiscount": "0.00", "grandTotal": "200.00" }
    });
    let w = payload_warnings("orders.sendPaymentLink", &payload, Lang::En);
    assert_eq!(
        rules(&w),
        vec![
            ("products.0.amount".into(), "LineAmount".into()),
            ("orderSummary.totalDiscount".into(), "OrderSummary".into()),
            ("orderSummary.grandTotal".into(), "OrderSummary".into()),
        ]
    );
    assert!(w[0].1.message.contains("190.00"), "{}", w[0].1.message);
    let no = payload_warnings("orders.sendPaymentLink", &payload, Lang::No);
    assert!(
        no[0].1.message.starts_with("Linjebeløpet"),
        "{}",
        no[0].1.message
    );
    for lang in [Lang::En, Lang::No, Lang::Sv, Lang::Da, Lang::De] {
        let w = payload_warnings("orders.sendPaymentLink", &payload, lang);
        assert_eq!(w.len(), 3);
        assert!(w.iter().all(|(_, i)| !i.message.is_empty()));
    }
}

#[test]
fn a_one_ore_rounding_difference_is_tolerated_but_not_more() {
    let mk = |sub: &str| {
        json!({
            "products": [{ "name": "A", "quantity": 1, "rate": 4500, "tax": 12, "amount": 4500 }],
            "orderSummary": { "subTotal": sub, "totalTax": "482.14", "totalDiscount": "0", "grandTotal": "4500" }
        })
    };
    // 4017.85 is within one øre of 4017.857..., but breaks the sender's own identity.
    assert_eq!(
        rules(&payload_warnings(
            "orders.sendInvoice",
            &mk("4017.85"),
            Lang::En
        )),
        vec![("orderSummary.grandTotal".into(), "SummaryIdentity".into())]
    );
    let w = payload_warnings("orders.sendInvoice", &mk("4017.84"), Lang::En);
    assert!(w
        .iter()
        .any(|(f, i)| f == "orderSummary.subTotal" && i.rule == "OrderSummary"));
}

#[test]
fn reservation_and_charge_lines_imply_quantity_one() {
    let reservation = json!({
        "products": { "0": { "name": "Test", "productId": null, "rate": 1000, "tax": "0", "amount": 1000 } },
        "orderSummary": { "subTotal": 1000.00, "totalTax": 0, "grandTotal": 1000.00 }
    });
    assert!(payload_warnings("reservations.createSession", &reservation, Lang::En).is_empty());
    let charge = json!({ "products": { "0": { "name": "Charge QA", "rate": 150, "tax": "0", "amount": 150 } }, "grandTotal": 140 });
    assert_eq!(
        rules(&payload_warnings("reservations.charge", &charge, Lang::En)),
        vec![("grandTotal".into(), "GrandTotal".into())]
    );
}

#[test]
fn capture_and_refund_amounts() {
    let capture = json!({ "products": { "0": { "id": 298, "amount": 5 }, "1": { "id": 299, "amount": 50 } }, "grandTotal": 55 });
    assert!(payload_warnings("reservations.capture", &capture, Lang::En).is_empty());
    let refund = json!({ "type": "regular", "grandTotal": 20, "products": [{ "id": 5410, "amount": 10 }, { "id": 5410, "amount": 0 }] });
    assert_eq!(
        rules(&payload_warnings("orders.refund", &refund, Lang::En)),
        vec![
            ("products.1.amount".into(), "PositiveAmount".into()),
            ("products.1.id".into(), "DuplicateProduct".into()),
            ("grandTotal".into(), "GrandTotal".into()),
        ]
    );
}

#[test]
fn too_many_lines_warns_and_unknown_shapes_are_ignored() {
    let products: Vec<_> = (0..21)
        .map(|_| json!({ "name": "x", "quantity": 1, "rate": 1, "tax": 0, "amount": 1 }))
        .collect();
    let w = payload_warnings(
        "terminal.createOrder",
        &json!({ "products": products }),
        Lang::De,
    );
    assert_eq!(rules(&w), vec![("products".into(), "MaxLines".into())]);
    assert!(w[0].1.message.contains("höchstens 20"));
    assert!(payload_warnings(
        "orders.cancel",
        &json!({ "cancellationNote": "x" }),
        Lang::En
    )
    .is_empty());
    assert!(payload_warnings("nope", &json!(null), Lang::En).is_empty());
    // Malformed input is the rule engine's to report, never a panic here.
    assert!(payload_warnings(
        "orders.sendPaymentLink",
        &json!({ "products": "x", "orderSummary": 1 }),
        Lang::En
    )
    .is_empty());
}

/// Issue 10 §5: every sent summary that is not the recomputed one is a warning.
#[test]
fn php_numeric_summaries_are_compared_too() {
    let lines =
        json!([{ "name": "Hair Wash", "quantity": "1", "rate": 51, "tax": "0", "amount": 51 }]);
    let payload = json!({ "products": lines, "orderSummary": { "subTotal": "51.00", "totalTax": "0", "grandTotal": "1e3" } });
    let w = payload_warnings("orders.sendPaymentLink", &payload, Lang::En);
    assert_eq!(
        rules(&w),
        vec![
            ("orderSummary.grandTotal".into(), "OrderSummary".into()),
            ("orderSummary.grandTotal".into(), "SummaryIdentity".into()),
        ]
    );
    // Shown as the server reads it.
    assert!(
        w[0].1.message.contains("is 1000,") && w[0].1.message.contains("51.00"),
        "{}",
        w[0].1.message
    );
    // Written as PHP reads it, the same value is no warning.
    let payload = json!({ "products": lines, "orderSummary": { "subTotal": " 5.1e1", "totalTax": "+0", "grandTotal": "51." } });
    assert!(payload_warnings("orders.sendPaymentLink", &payload, Lang::En).is_empty());
    // A numeric value beyond what is computed with equals no recomputed amount.
    let payload = json!({ "products": lines, "orderSummary": { "grandTotal": "1e300" } });
    assert_eq!(
        rules(&payload_warnings(
            "orders.sendPaymentLink",
            &payload,
            Lang::En
        )),
        vec![("orderSummary.grandTotal".into(), "OrderSummary".into())]
    );
    // A top-level grandTotal (charges) too.
    let charge = json!({ "products": [{ "name": "x", "rate": 51, "tax": 0, "amount": 51 }], "grandTotal": "1e3" });
    assert_eq!(
        rules(&payload_warnings("reservations.charge", &charge, Lang::En)),
        vec![("grandTotal".into(), "GrandTotal".into())]
    );
}

#[test]
fn negative_quantities_and_discounts_are_recomputed_not_skipped() {
    let mk = |quantity: i64, discount: i64, amount: i64, grand: i64| {
        json!({
            "products": [{ "name": "A", "quantity": quantity, "rate": 100, "discount": discount, "tax": 0, "amount": amount }],
            "orderSummary": { "subTotal": 100 * quantity, "totalTax": 0, "totalDiscount": discount, "grandTotal": grand }
        })
    };
    // -2 x 100 - 0 = -200: consistent, so no warning ...
    assert!(
        payload_warnings("orders.sendPaymentLink", &mk(-2, 0, -200, -200), Lang::En).is_empty()
    );
    // ... but a summary that is not the recomputed one is.
    let w = payload_warnings("orders.sendPaymentLink", &mk(-2, 0, 200, 200), Lang::En);
    assert!(
        w.iter()
            .any(|(f, i)| f == "products.0.amount" && i.message.contains("-200.00")),
        "{w:?}"
    );
    assert!(
        w.iter()
            .any(|(f, i)| f == "orderSummary.grandTotal" && i.rule == "OrderSummary"),
        "{w:?}"
    );
    // A negative discount: 1 x 100 - (-10) = 110.
    let w = payload_warnings("orders.sendPaymentLink", &mk(1, -10, 100, 100), Lang::En);
    assert!(
        w.iter()
            .any(|(f, i)| f == "products.0.amount" && i.message.contains("110.00")),
        "{w:?}"
    );
    assert!(
        w.iter().any(|(f, _)| f == "orderSummary.grandTotal"),
        "{w:?}"
    );
    // A discount larger than its line, consistently summarised, is no totals warning.
    assert!(payload_warnings("orders.sendPaymentLink", &mk(1, 150, -50, -50), Lang::En).is_empty());
}

#[test]
fn every_amount_a_message_names_is_printed() {
    let nines = "9".repeat(38);
    let payload = json!({
        "products": [{ "name": "A", "quantity": 1, "rate": 51, "tax": 0, "amount": 51 }],
        "orderSummary": { "subTotal": "51.00", "totalTax": "0.00", "totalDiscount": "0.00", "grandTotal": nines }
    });
    let w = payload_warnings("orders.sendPaymentLink", &payload, Lang::En);
    assert_eq!(w.len(), 2, "{w:?}");
    for (_, issue) in &w {
        assert!(issue.message.contains(&nines), "{}", issue.message);
        assert!(!issue.message.contains("()"), "{}", issue.message);
    }
    assert!(w[1].1.message.contains("(51.00)"), "{}", w[1].1.message);
}

#[test]
fn tiny_quantities_are_exact_not_an_overflow() {
    let o = TotalsOptions::default();
    let t = compute_totals(&[line("0.000000000001", "0.01", "0")], &o).unwrap();
    assert_eq!(summary_strings(&t), ["0.00", "0.00", "0.00", "0.00"]);
    // Half an øre rounds away from zero, however many places it took to get there.
    let t = compute_totals(&[line("0.000000000005", "1000000000", "25")], &o).unwrap();
    assert_eq!(t.amounts[0].to_string(), "0.01");
    let payload = json!({ "products": [{ "name": "A", "quantity": "0.000000000001", "rate": "0.01", "tax": 0, "amount": "0.00" }] });
    assert!(payload_warnings("orders.sendPaymentLink", &payload, Lang::En).is_empty());
}

#[test]
fn dates_are_not_amounts() {
    // What JSON.stringify makes of `new Date(0)`.
    let lines = json!([{ "quantity": 1, "rate": "1970-01-01T00:00:00.000Z", "tax": 0 }]);
    let err = compute_totals_json(&lines, &TotalsOptions::default()).unwrap_err();
    assert_eq!(err.code(), "invalid_amount");
    assert_eq!(err.field(), Some("rate"));
    assert!(
        err.to_string().contains("is a date, not an amount"),
        "{err}"
    );
}

#[test]
fn numbers_beyond_the_fast_path_give_the_same_totals() {
    // 10^17 øre-scale products overflow i64 and take the i128 path.
    let o = TotalsOptions::default();
    let big = compute_totals(&[line("3", "1000000000000000", "12")], &o).unwrap();
    assert_eq!(
        summary_strings(&big),
        [
            "2678571428571428.57",
            "321428571428571.43",
            "0.00",
            "3000000000000000.00"
        ]
    );
    assert_eq!(
        wide::sub_total(&[check_line(0, &line("3", "1000000000000000", "12"), &o).unwrap()])
            .unwrap(),
        big.order_summary.sub_total
    );
}

/// The checks a payload gets follow its endpoint's recipe (`Endpoint::body`): one payload with a
/// wrong line amount, a repeated product id and a wrong `grandTotal`, sent to every endpoint.
#[test]
fn every_endpoint_gets_the_checks_of_its_recipes_lines() {
    use crate::endpoints::{self, Lines};
    let line = json!({ "id": 1, "name": "A", "quantity": 2, "rate": 100, "discount": 0, "tax": 0, "amount": 1 });
    let payload = json!({ "products": [line, line], "grandTotal": 999 });
    let mut checked = Vec::new();
    for e in endpoints::all() {
        let found = rules(&payload_warnings(e.id, &payload, Lang::En));
        let has = |field: &str| found.iter().any(|(f, _)| f == field);
        match e.body.map_or(Lines::None, |recipe| recipe.lines) {
            Lines::None => assert!(found.is_empty(), "{}: {found:?}", e.id),
            Lines::PartialAmounts => {
                assert!(
                    has("products.1.id") && has("grandTotal"),
                    "{}: {found:?}",
                    e.id
                );
                assert!(!has("products.0.amount"), "{}: {found:?}", e.id);
            }
            lines => {
                assert!(has("products.0.amount"), "{}: {found:?}", e.id);
                assert!(!has("products.1.id"), "{}: {found:?}", e.id);
                assert_eq!(
                    has("grandTotal"),
                    lines == Lines::Charge,
                    "{}: {found:?}",
                    e.id
                );
            }
        }
        if !found.is_empty() {
            checked.push(e.id);
        }
    }
    // The endpoints the documents give amounts to (the totals' own list before the specs held it).
    assert_eq!(
        checked,
        [
            "orders.sendPaymentLink",
            "orders.sendInvoice",
            "orders.sendEFaktura",
            "orders.sendEhfInvoice",
            "orders.refund",
            "checkout.createSession",
            "checkout.createInvoiceSession",
            "checkout.createHostedPaymentLink",
            "reservations.submit",
            "reservations.createSession",
            "reservations.capture",
            "reservations.charge",
            "reservations.refund",
            "subscriptions.create",
            "subscriptions.createSession",
            "refunds.requestApproval",
            "terminal.createOrder",
            "terminal.refund",
        ]
    );
}
