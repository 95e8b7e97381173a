//! Native verification rates, printed as one JSON line for bench/callbacks.mjs, which puts them
//! beside the Node, node:crypto and WebCrypto rates of the same run: the core (`verify_borrowed`,
//! no copies), the Rust API (`verify`, owned strings) and the JSON-text API the .wasm exports
//! (`verify_callback`, answer text included).

use fpgo::callbacks::{sign, verify, verify_borrowed, VerifyOptions};
use fpgo::json_api::callbacks::verify_callback;
use std::hint::black_box;
use std::time::{Duration, Instant};

const SECRET: &str = "bench-secret";
const NOW: i64 = 1_755_764_131;

/// Calls per second of `f` over one second, after a short warm-up.
fn rate(mut f: impl FnMut() -> bool) -> f64 {
    assert!(f(), "the bench URL must verify");
    let warmup = Instant::now();
    while warmup.elapsed() < Duration::from_millis(200) {
        black_box(f());
    }
    let mut n = 0u64;
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(1) {
        for _ in 0..1000 {
            black_box(f());
        }
        n += 1000;
    }
    n as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    let query = sign(
        &[
            ("orderUuid", "ODR1755764131"),
            ("status", "PAID"),
            ("paymentMethod", "Visa"),
            ("amount", "4500.00"),
            ("createdAt", "1755764131"),
            ("timestamp", "1755764131"),
        ],
        SECRET,
    )
    .expect("signable");
    let url = format!("https://merchant.example/fpgo/callback?{query}");
    let opts = VerifyOptions::at(NOW);
    let secrets_json = format!("[\"{SECRET}\"]");
    let options_json = format!("{{\"now\":{NOW}}}");

    let core = rate(|| verify_borrowed(black_box(&url), &[SECRET], &opts).is_ok());
    let owned = rate(|| verify(black_box(&url), &[SECRET], &opts).is_ok());
    let json = rate(|| {
        verify_callback(black_box(&url), &secrets_json, &options_json, 0.0)
            .starts_with("{\"valid\":true")
    });
    if std::env::var("FPGO_BENCH_CALIBRATE").is_ok() {
        use sha2::{Digest, Sha256};
        let pre = "ODR1755764131PAIDVisa4500.0017557641311755764131bench-secret";
        eprintln!(
            "sha256 alone: {:.0}/s",
            rate(|| Sha256::digest(black_box(pre).as_bytes())[0] != 7)
        );
        eprintln!(
            "scan alone: {:.0}/s",
            rate(|| fpgo::callbacks::verify_checksum_only(black_box(&url), &[SECRET]).is_ok())
        );
    }
    println!("{{\"native_per_sec\": {json:.0}, \"core_per_sec\": {core:.0}, \"owned_per_sec\": {owned:.0}}}");
}
