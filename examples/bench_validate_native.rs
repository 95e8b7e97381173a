//! Native timing of validate() on the documented payment-link example (used to find where the time
//! goes; the ratios against peers are in bench/validate.mjs).
use fpgo::validate::{validate, ValidateOptions};
fn main() {
    let text = std::fs::read_to_string("tests/fixtures/examples/orders.sendPaymentLink.json").expect("example");
    let payload: serde_json::Value = serde_json::from_str(&text).expect("json");
    let options = ValidateOptions::default();
    let n = 20_000;
    let start = std::time::Instant::now();
    let mut valid = 0usize;
    for _ in 0..n {
        valid += validate("orders.sendPaymentLink", &payload, &options).map(|r| r.valid as usize).unwrap_or(0);
    }
    let per = start.elapsed().as_secs_f64() / n as f64 * 1e6;
    println!("native validate(orders.sendPaymentLink): {per:.1} µs per call ({valid} valid)");
    let e = fpgo::endpoints::find("orders.sendPaymentLink").expect("endpoint");
    let set = fpgo::__private::RuleSet::compile(e.fields_at(fpgo::endpoints::Location::Body).map(|f| (f.name, f.rules))).expect("rules");
    let start = std::time::Instant::now();
    for _ in 0..n {
        valid = valid.wrapping_add(set.check(&payload, None).failures.len());
    }
    let per = start.elapsed().as_secs_f64() / n as f64 * 1e6;
    println!("native RuleSet::check: {per:.1} µs per call ({valid})");
}
