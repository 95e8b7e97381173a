//! Native timing of the totals work `validate()` does (the warnings) and of `computeTotals`, on the
//! payloads of `bench/validate.mjs`: the documented payment-link example (1 line) and a 10-line
//! order. Prints µs per call; run with `cargo run --release --example bench_totals_native`.
//! Not a test: the numbers are for `docs/decisions/money-totals-builders.md`, never asserted.
use fpgo::totals::{compute_totals_json, payload_warnings, TotalsOptions};
use serde_json::Value;
use std::hint::black_box;
use std::time::Instant;

/// The best of 10 rounds of `n / 10` calls: the machine is shared, the minimum is the least noisy.
fn per_call(label: &str, n: u32, mut f: impl FnMut() -> usize) {
    let mut sink = 0usize;
    let mut best = f64::MAX;
    for _ in 0..10 {
        let start = Instant::now();
        for _ in 0..n / 10 {
            sink = sink.wrapping_add(f());
        }
        best = best.min(start.elapsed().as_secs_f64() / f64::from(n / 10) * 1e6);
    }
    println!("{label}: {best:.3} µs per call ({sink})");
}

fn main() {
    let text = std::fs::read_to_string("tests/fixtures/examples/orders.sendPaymentLink.json")
        .expect("example");
    let example: Value = serde_json::from_str(&text).expect("json");
    let mut ten = example.clone();
    let line = example["products"][0].clone();
    ten["products"] = Value::Array((0..10).map(|_| line.clone()).collect());
    let mut ten_consistent = ten.clone();
    ten_consistent["orderSummary"] = serde_json::json!({
        "subTotal": "510.00", "totalTax": "0.00", "totalDiscount": "0.00", "grandTotal": "510.00"
    });
    let lang = fpgo::rules::messages::Lang::En;
    let n = 200_000;
    for (label, payload) in [
        ("documented example (1 line)", &example),
        ("10-line order (summary mismatch)", &ten),
        ("10-line order (consistent)", &ten_consistent),
    ] {
        per_call(&format!("payload_warnings, {label}"), n, || {
            black_box(payload_warnings(
                "orders.sendPaymentLink",
                black_box(payload),
                lang,
            ))
            .len()
        });
    }
    let options = TotalsOptions::default();
    let cart: Value = serde_json::json!([
        { "quantity": 1, "rate": 4500, "tax": 12 },
        { "quantity": "2", "rate": "199.90", "discount": "10", "tax": "25" },
        { "quantity": 1.5, "rate": "89,50", "tax": 15 },
    ]);
    per_call("compute_totals_json, 3 lines", n, || {
        compute_totals_json(black_box(&cart), &options)
            .map(|t| t.lines.len())
            .unwrap_or(0)
    });
    per_call("compute_totals_json, 10 lines", n, || {
        compute_totals_json(black_box(&ten["products"]), &options)
            .map(|t| t.lines.len())
            .unwrap_or(0)
    });
}
