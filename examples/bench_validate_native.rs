//! Native timing of validate(): the documented payment-link example, a 10-line order (built as
//! bench/validate.mjs builds it) and the worst case of a 1 MB payload (`{"products":[0,0,...]}`),
//! each split into its parts (JSON parse, rules, totals warnings). Times are this thread's CPU time,
//! so that other processes on a busy machine do not inflate them.
//! `cargo run --release --example bench_validate_native [all|example|value|ten|parts|parse|worst|rules|rules10|totals] [seconds]`;
//! the single-case modes loop for `seconds` so that `perf record` sees one case only.
use fpgo::validate::{validate, ValidateOptions};
use serde_json::Value;
use std::time::{Duration, Instant};

fn ten_lines(example: &Value) -> Value {
    let mut ten = example.clone();
    let first = example["products"][0].clone();
    let lines: Vec<Value> = (0..10)
        .map(|i| {
            let mut line = first.clone();
            line["name"] = Value::String(format!("Line {}", i + 1));
            line["productId"] = Value::String(format!("P{i}"));
            line
        })
        .collect();
    ten["products"] = Value::Array(lines);
    ten
}

/// `{"products":[0,0,...]}` just under 1 MB of JSON text.
fn worst_case() -> String {
    let n = (1_048_576 - 20) / 2;
    let mut s = String::with_capacity(1_048_576);
    s.push_str("{\"products\":[");
    for i in 0..n {
        if i > 0 {
            s.push(',');
        }
        s.push('0');
    }
    s.push_str("]}");
    s
}

/// Nanoseconds this thread has run on a CPU (Linux schedstat), so that a loaded machine (other
/// processes taking the cores) does not inflate the figures; wall-clock time where unavailable.
fn cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// The median of 5 calls, in µs of wall-clock time (for calls too slow to loop; the CPU-time
/// counter is only updated at scheduler ticks, too coarse for one call).
fn median_of_5(f: &mut dyn FnMut() -> usize) -> f64 {
    let mut times: Vec<f64> = (0..5)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[2]
}

/// Runs `f` for at least `min` of CPU time and returns µs per call (CPU time of this thread).
fn time(min: Duration, mut f: impl FnMut() -> usize) -> f64 {
    let mut sink = 0usize;
    if let Some(n) = std::env::var("BENCH_ITERATIONS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
    {
        // Fixed work, for `perf stat -e instructions` (load-independent counts).
        for _ in 0..n {
            sink = sink.wrapping_add(f());
        }
        std::hint::black_box(sink);
        return 0.0;
    }
    for _ in 0..3 {
        sink = sink.wrapping_add(f());
    }
    let start = Instant::now();
    let cpu_start = cpu_ns();
    let elapsed = || match (cpu_start, cpu_ns()) {
        (Some(a), Some(b)) => Duration::from_nanos(b - a),
        _ => start.elapsed(),
    };
    let mut n = 0u64;
    while elapsed() < min {
        for _ in 0..100 {
            sink = sink.wrapping_add(f());
        }
        n += 100;
    }
    std::hint::black_box(sink);
    elapsed().as_secs_f64() / n as f64 * 1e6
}

/// The endpoint's body rules, compiled as `validate` compiles them.
fn body_rules(id: &str) -> fpgo::__private::RuleSet {
    let e = fpgo::endpoints::find(id).expect("endpoint");
    fpgo::__private::RuleSet::compile(
        e.fields_at(fpgo::endpoints::Location::Body)
            .map(|f| (f.name, f.rules)),
    )
    .expect("rules")
}

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_else(|| "all".into());
    let secs: f64 = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0.5);
    let min = Duration::from_secs_f64(secs);
    let example_text =
        std::fs::read_to_string("tests/fixtures/examples/orders.sendPaymentLink.json")
            .expect("example");
    let example: Value = serde_json::from_str(&example_text).expect("json");
    let ten = ten_lines(&example);
    let ten_text = serde_json::to_string(&ten).expect("json");
    let options = ValidateOptions::default();
    let id = "orders.sendPaymentLink";
    let run_value = |v: &Value| {
        validate(id, v, &options)
            .map(|r| r.valid as usize)
            .unwrap_or(0)
    };
    let run_text = |t: &str| fpgo::json_api::validate::validate(id, t, "").len();
    if mode == "example" || mode == "all" {
        println!(
            "native validate(documented example), parsed value: {:.2} µs",
            time(min, || run_value(&example))
        );
        println!(
            "native json_api::validate(documented example), JSON text in and out: {:.2} µs",
            time(min, || run_text(&example_text))
        );
    }
    if mode == "ten" || mode == "all" {
        println!(
            "native validate(10-line order), parsed value: {:.2} µs",
            time(min, || run_value(&ten))
        );
        println!(
            "native json_api::validate(10-line order), JSON text in and out: {:.2} µs",
            time(min, || run_text(&ten_text))
        );
    }
    if mode == "value" {
        println!(
            "native validate(documented example), parsed value: {:.2} µs",
            time(min, || run_value(&example))
        );
    }
    if mode == "totals" {
        println!(
            "totals::payload_warnings only, documented example: {:.2} µs",
            time(min, || fpgo::totals::payload_warnings(
                id,
                &example,
                options.lang
            )
            .len())
        );
    }
    if mode == "rules" {
        let set = body_rules(id);
        println!(
            "RuleSet::check only, documented example: {:.2} µs",
            time(min, || set.check(&example, None).failures.len())
        );
    }
    if mode == "rules10" {
        let set = body_rules(id);
        println!(
            "RuleSet::check only, 10-line order: {:.2} µs",
            time(min, || set.check(&ten, None).failures.len())
        );
    }
    if mode == "parts" || mode == "all" {
        let set = body_rules(id);
        println!(
            "RuleSet::check only, documented example: {:.2} µs",
            time(min, || set.check(&example, None).failures.len())
        );
        println!(
            "RuleSet::check only, 10-line order: {:.2} µs",
            time(min, || set.check(&ten, None).failures.len())
        );
        let lang = options.lang;
        println!(
            "totals::payload_warnings only, documented example: {:.2} µs",
            time(min, || fpgo::totals::payload_warnings(id, &example, lang)
                .len())
        );
        println!(
            "totals::payload_warnings only, 10-line order: {:.2} µs",
            time(min, || fpgo::totals::payload_warnings(id, &ten, lang).len())
        );
    }
    if mode == "parse" || mode == "all" {
        println!(
            "serde_json parse only, documented example: {:.2} µs",
            time(min, || serde_json::from_str::<Value>(&example_text)
                .map(|v| v.is_object() as usize)
                .unwrap_or(0))
        );
        println!(
            "serde_json parse only, 10-line order: {:.2} µs",
            time(min, || serde_json::from_str::<Value>(&ten_text)
                .map(|v| v.is_object() as usize)
                .unwrap_or(0))
        );
    }
    if mode == "worst" || mode == "all" {
        let worst = worst_case();
        let answer = fpgo::json_api::validate::validate(id, &worst, "");
        assert!(
            answer.contains("\"truncated\":true"),
            "the worst case stops at 1,000 errors"
        );
        let ms = |f: &mut dyn FnMut() -> usize| median_of_5(f) / 1000.0;
        println!("native json_api::validate(1 MB products:[0,...]), incl. JSON parse: {:.1} ms (median of 5)", ms(&mut || fpgo::json_api::validate::validate(id, &worst, "").len()));
        let parsed: Value = serde_json::from_str(&worst).expect("json");
        println!(
            "  of which serde_json parse: {:.1} ms",
            ms(&mut || serde_json::from_str::<Value>(&worst)
                .map(|v| v.is_object() as usize)
                .unwrap_or(0))
        );
        let set = body_rules(id);
        println!(
            "  of which RuleSet::check: {:.2} ms",
            ms(&mut || set.check(&parsed, None).failures.len())
        );
    }
}
