//! Property tests for exact money and totals (issue 4): the identity holds exactly for random
//! carts, totals do not depend on line order, and parsing then printing any amount is the identity.

use fpgo::money::{Decimal, Money, Ratio};
use fpgo::totals::{compute_totals, Line, TotalsOptions};
use proptest::prelude::*;

fn tax_rate() -> impl Strategy<Value = i64> {
    prop_oneof![Just(0), Just(12), Just(15), Just(25)]
}

/// A line: quantity 1-1000 (sometimes with two decimals), rate 0-1,000,000.00 in øre, a discount
/// that never exceeds the line.
fn line() -> impl Strategy<Value = Line> {
    (
        1i128..=1000,
        prop::bool::ANY,
        0i128..=100_000_000,
        tax_rate(),
        0u32..=100,
    )
        .prop_map(|(q, fractional_q, rate_ore, tax, discount_pct)| {
            let quantity = if fractional_q {
                Decimal::new(q * 25, 2).unwrap()
            } else {
                Decimal::new(q, 0).unwrap()
            };
            let rate = Decimal::new(rate_ore, 2).unwrap();
            let gross = Ratio::from(quantity.checked_mul(&rate).unwrap())
                .round_money()
                .unwrap();
            let discount = Money::from_minor(gross.minor() * i128::from(discount_pct) / 100);
            Line {
                quantity,
                rate,
                discount: Some(discount.to_decimal()),
                tax: Decimal::from_int(tax),
            }
        })
}

fn cart() -> impl Strategy<Value = Vec<Line>> {
    prop::collection::vec(line(), 1..40)
}

proptest! {
    #[test]
    fn identity_holds_exactly(lines in cart()) {
        let t = compute_totals(&lines, &TotalsOptions::default()).unwrap();
        let s = t.order_summary;
        let lhs = s.sub_total.checked_add(s.total_tax).unwrap().checked_sub(s.total_discount).unwrap();
        prop_assert_eq!(lhs, s.grand_total);
        let amounts = t.amounts.iter().try_fold(Money::ZERO, |acc, a| acc.checked_add(*a)).unwrap();
        prop_assert_eq!(amounts, s.grand_total);
        prop_assert!(!s.total_tax.is_negative());
    }

    #[test]
    fn tax_is_the_rounded_sum_of_line_taxes_within_one_ore(lines in cart()) {
        let t = compute_totals(&lines, &TotalsOptions::default()).unwrap();
        let mut exact_tax = Ratio::ZERO;
        for l in &lines {
            let gross = Ratio::from(Ratio::from(l.quantity.checked_mul(&l.rate).unwrap()).round_money().unwrap());
            let net = gross.checked_mul(&Ratio::new(100, 100 + l.tax.units()).unwrap()).unwrap();
            exact_tax = exact_tax.checked_add(&gross.checked_sub(&net).unwrap()).unwrap();
        }
        let diff = Ratio::from(t.order_summary.total_tax).checked_sub(&exact_tax).unwrap();
        // |diff| <= 0.005
        prop_assert!(diff.numer().unsigned_abs() * 200 <= diff.denom().unsigned_abs());
    }

    #[test]
    fn totals_do_not_depend_on_line_order(shuffled in cart().prop_flat_map(|c| (Just(c.clone()), Just(c).prop_shuffle()))) {
        let (original, shuffled) = shuffled;
        let a = compute_totals(&original, &TotalsOptions::default()).unwrap();
        let b = compute_totals(&shuffled, &TotalsOptions::default()).unwrap();
        prop_assert_eq!(a.order_summary, b.order_summary);
    }

    #[test]
    fn parse_then_print_is_identity(units in -10i128.pow(20)..10i128.pow(20), scale in 0u32..=12) {
        let d = Decimal::new(units, scale).unwrap();
        let text = d.to_string();
        let parsed = Decimal::parse(&text).unwrap();
        prop_assert_eq!(parsed.to_string(), text.clone());
        prop_assert_eq!(parsed.scale(), scale);
        // The Norwegian comma form reads as the same value.
        let comma = Decimal::parse(&text.replace('.', ",")).unwrap();
        prop_assert_eq!(comma.to_string(), text);
    }

    #[test]
    fn money_print_then_parse_is_identity(ore in -10i128.pow(18)..10i128.pow(18)) {
        let m = Money::from_minor(ore);
        prop_assert_eq!(Money::parse(&m.to_string()).unwrap(), m);
        let v = serde_json::to_value(m).unwrap();
        prop_assert_eq!(Money::from_json(&v).unwrap(), m);
    }

    #[test]
    fn json_floats_read_as_their_shortest_text(ore in 0i64..10_000_000_000) {
        let text = Money::from_minor(i128::from(ore)).to_string();
        let float: f64 = text.parse().unwrap();
        let d = Decimal::from_json(&serde_json::json!(float)).unwrap();
        prop_assert_eq!(Money::from_decimal(d).unwrap(), Money::from_minor(i128::from(ore)));
    }

    #[test]
    fn parse_never_panics(s in "\\PC{0,40}") {
        let _ = Decimal::parse(&s);
        let _ = Money::parse(&s);
    }
}

#[test]
fn documented_example_through_the_public_api() {
    let line = Line::new(
        Decimal::from_int(1),
        Decimal::from_int(4500),
        Decimal::from_int(12),
    );
    let t = compute_totals(&[line], &TotalsOptions::default()).unwrap();
    let v = serde_json::to_value(t.order_summary).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"subTotal": "4017.86", "totalTax": "482.14", "totalDiscount": "0.00", "grandTotal": "4500.00"})
    );
}

/// Arbitrary JSON, biased towards the shapes the checks look at (products, amounts, summaries).
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{json, Value};
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e12f64..1e12).prop_map(|f| json!(f)),
        "[0-9 ,.-]{0,12}".prop_map(Value::from),
        "\\PC{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        let key = prop_oneof![
            Just("products".to_string()),
            Just("orderSummary".to_string()),
            Just("amount".to_string()),
            Just("quantity".to_string()),
            Just("rate".to_string()),
            Just("tax".to_string()),
            Just("discount".to_string()),
            Just("grandTotal".to_string()),
            Just("id".to_string()),
            Just("subTotal".to_string()),
            Just("orderDate".to_string()),
            Just("0".to_string()),
            "[a-z]{1,6}",
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::vec((key, inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// No input makes the warnings or the builders panic; every builder failure is a typed error.
    #[test]
    fn warnings_and_builders_never_panic(payload in json_value(), details in json_value()) {
        let _ = fpgo::totals::reservation_warnings("reservations.capture", &payload, &details, fpgo::validate::Lang::En);
        let _ = fpgo::totals::reservation_warnings("reservations.refund", &payload, &details, fpgo::validate::Lang::En);
        let options = fpgo::builders::BuildOptions { now: Some(1_700_000_000), ..Default::default() };
        for (endpoint, _) in fpgo::builders::recipes::all() {
            let _ = fpgo::totals::payload_warnings(endpoint.id, &payload, fpgo::validate::Lang::Sv);
            let _ = fpgo::totals::reservation_warnings(endpoint.id, &payload, &payload, fpgo::validate::Lang::No);
            if let Err(e) = fpgo::builders::build(endpoint.id, &payload, &options) {
                prop_assert!(!e.to_string().is_empty());
                prop_assert!(serde_json::to_value(&e).is_ok());
            }
        }
        let _ = fpgo::totals::compute_totals_json(&payload, &TotalsOptions::any_rate());
    }
}
