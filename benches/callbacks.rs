//! Native verification rate, printed as one JSON line for bench/callbacks.mjs, which puts it beside
//! the Node, node:crypto and WebCrypto rates of the same run.

use fpgo::callbacks::{sign, verify, VerifyOptions};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() {
    let now = 1_755_764_131;
    let query = sign(
        &[
            ("orderUuid", "ODR1755764131"),
            ("status", "PAID"),
            ("paymentMethod", "Visa"),
            ("amount", "4500.00"),
            ("createdAt", "1755764131"),
            ("timestamp", "1755764131"),
        ],
        "bench-secret",
    )
    .expect("signable");
    let url = format!("https://merchant.example/fpgo/callback?{query}");
    let opts = VerifyOptions::at(now);
    assert!(verify(&url, &["bench-secret"], &opts).is_ok());

    // Warm up, then count verifications in a fixed wall-clock window.
    let mut n = 0u64;
    let warmup = Instant::now();
    while warmup.elapsed() < Duration::from_millis(200) {
        black_box(verify(black_box(&url), &["bench-secret"], &opts).is_ok());
    }
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(1) {
        for _ in 0..1000 {
            black_box(verify(black_box(&url), &["bench-secret"], &opts).is_ok());
        }
        n += 1000;
    }
    let per_sec = n as f64 / start.elapsed().as_secs_f64();
    println!("{{\"native_per_sec\": {per_sec:.0}}}");
}
