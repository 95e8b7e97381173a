//! `float_to_string` against three references: the former implementation on core's exact
//! formatting (`{:.13e}`, correctly rounded with ties to even), a table of PHP's own output, and
//! (when php is installed) live PHP on a few thousand more values.

use super::*;
use std::io::Write;
use std::process::{Command, Stdio};

/// The former implementation: core's exact 14-digit formatting, laid out as PHP does. It differs
/// from PHP only where PHP keeps zeros ([`php_keeps_zeros`]).
fn exact_reference(f: f64) -> String {
    if f.is_nan() {
        return "NAN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "INF".into() } else { "-INF".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let sci = format!("{:.13e}", f);
    let (mantissa, exp) = sci.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent digits");
    let sign = if mantissa.starts_with('-') { "-" } else { "" };
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    if !(-4..14).contains(&exp) {
        let (first, rest) = digits.split_at(1);
        let rest = if rest.is_empty() { "0" } else { rest };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{first}.{rest}E{esign}{}", exp.abs());
    }
    if exp < 0 {
        let zeros = "0".repeat((-exp - 1) as usize);
        return format!("{sign}0.{zeros}{digits}");
    }
    let int_len = exp as usize + 1;
    if digits.len() <= int_len {
        format!("{sign}{digits}{}", "0".repeat(int_len - digits.len()))
    } else {
        let (a, b) = digits.split_at(int_len);
        format!("{sign}{a}.{b}")
    }
}

/// An integer `10q + 5` in [1e14, 1e15) with `q` even: an exact tie rounded down, which PHP prints
/// with all 14 digits of `q` (`1.0000000000000E+14`); answers that text.
fn php_keeps_zeros(f: f64) -> Option<String> {
    let a = f.abs();
    if !(1e14..1e15).contains(&a) || a.fract() != 0.0 {
        return None;
    }
    let n = a as u64;
    let q = n / 10;
    if n % 10 != 5 || q % 2 != 0 {
        return None;
    }
    let q = q.to_string();
    let sign = if f < 0.0 { "-" } else { "" };
    Some(format!("{sign}{}.{}E+14", &q[..1], &q[1..]))
}

/// What PHP prints, by the exact reference.
fn reference(f: f64) -> String {
    php_keeps_zeros(f).unwrap_or_else(|| exact_reference(f))
}

fn assert_like_reference(f: f64) {
    assert_eq!(
        float_to_string(f),
        reference(f),
        "{f:e} (bits {:016x})",
        f.to_bits()
    );
}

use crate::test_rng::Rng;

/// `f` and its neighbours `ulps` steps away on each side (finite, same sign).
fn with_neighbours(f: f64, ulps: u64) -> impl Iterator<Item = f64> {
    let b = f.to_bits();
    (b.saturating_sub(ulps)..=b.saturating_add(ulps))
        .map(f64::from_bits)
        .filter(move |g| g.is_finite() && g.is_sign_negative() == f.is_sign_negative())
}

/// The families where 14-digit rounding is delicate, with `n` random members of each random family.
fn special_families(rng: &mut Rng, n: usize) -> Vec<f64> {
    let mut values = vec![
        0.0,
        -0.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        f64::MAX,
    ];
    for k in -324..=308 {
        let ten: f64 = format!("1e{k}").parse().unwrap();
        values.extend(with_neighbours(ten, 3));
    }
    for k in -1074..=1023 {
        values.extend(with_neighbours(2f64.powi(k), 2));
    }
    // Subnormals: the smallest ones one by one, then random mantissas of every size.
    values.extend((1..20_000u64).map(f64::from_bits));
    for _ in 0..n {
        let bits = rng.below(52) + 1;
        values.push(f64::from_bits(rng.next() >> (64 - bits)));
    }
    // Integers around 2^53 and exact ties at the 15th digit: integers 10q+5 in [1e14, 1e15), and
    // binary fractions (x.5, x.25, x.75) with 15 significant digits.
    let two53 = 9_007_199_254_740_992u64;
    values.extend((two53 - 3000..two53 + 3000).map(|i| i as f64));
    for _ in 0..n {
        let tie = (10_000_000_000_000 + rng.below(90_000_000_000_000)) * 10 + 5;
        values.extend(with_neighbours(tie as f64, 1));
        let quarters = [0.5, 0.25, 0.75][rng.below(3) as usize];
        let int_digits = if quarters == 0.5 { 14 } else { 13 };
        let int = 10u64.pow(int_digits - 1) + rng.below(9 * 10u64.pow(int_digits - 1));
        values.push(int as f64 + quarters);
    }
    // Decimals of 15 digits ending in 5 (ties in the shortest form, not in the exact value) and of
    // 15 to 17 digits, at every scale, with their neighbours.
    for _ in 0..n {
        let d = (10_000_000_000_000 + rng.below(90_000_000_000_000)) * 10 + 5;
        let e = rng.below(600) as i64 - 320;
        let f: f64 = format!("{d}e{e}").parse().unwrap();
        values.extend(with_neighbours(f, 1));
        let digits = 15 + rng.below(3) as u32;
        let d = 10u64.pow(digits - 1) + rng.below(9 * 10u64.pow(digits - 1));
        values.push(format!("{d}e{e}").parse().unwrap());
    }
    let negatives: Vec<f64> = values.iter().map(|f| -f).collect();
    values.extend(negatives);
    values
}

#[test]
fn matches_php_output_table() {
    let table = include_str!("php_table.tsv");
    let mut rows = 0;
    for line in table.lines().filter(|l| !l.starts_with('#')) {
        let (hex, php) = line.split_once('\t').expect("hex<TAB>output");
        let f = f64::from_bits(u64::from_str_radix(hex, 16).expect("hex bits"));
        assert_eq!(float_to_string(f), php, "bits {hex}");
        rows += 1;
    }
    assert!(rows > 600, "table has {rows} rows");
}

#[test]
fn agrees_with_exact_formatting_on_random_bit_patterns() {
    let mut rng = Rng(0x5EED_F10A7);
    for _ in 0..2_000_000 {
        assert_like_reference(f64::from_bits(rng.next()));
    }
}

#[test]
fn agrees_with_exact_formatting_on_delicate_families() {
    let mut rng = Rng(0xF1A7_7135);
    let values = special_families(&mut rng, 100_000);
    assert!(values.len() > 1_000_000, "{} values", values.len());
    for f in values {
        assert_like_reference(f);
    }
}

/// The shortcut for shortest forms of 16 or 17 digits and the exact comparison agree.
#[test]
fn shortest_digits_decide_like_the_exact_value() {
    let mut rng = Rng(0xD161_7555);
    let mut checked = 0;
    while checked < 200_000 {
        let f = f64::from_bits(rng.next() >> 1);
        let (mantissa, bin_exp) = binary_parts(f);
        if !f.is_finite() || mantissa >> 52 == 0 {
            continue;
        }
        let mut buffer = zmij::Buffer::new();
        let (digits, count, exp) = parse_shortest(buffer.format_finite(f));
        if count < 16 {
            continue;
        }
        let exact = round_exact(mantissa, bin_exp, digits, count, exp);
        assert_eq!(round_to_14_digits(f), exact, "{f:e}");
        checked += 1;
    }
}

#[test]
fn php_keeps_fourteen_digits_on_integer_ties_rounded_down() {
    assert_eq!(float_to_string(100000000000005.0), "1.0000000000000E+14");
    assert_eq!(float_to_string(-120000000000005.0), "-1.2000000000000E+14");
    // Rounded up, or not a tie, or not an integer: trailing zeros go, as everywhere else.
    assert_eq!(float_to_string(100000000000015.0), "1.0000000000002E+14");
    assert_eq!(float_to_string(100000000000004.0), "1.0E+14");
    assert_eq!(float_to_string(1000000000000050.0), "1.0E+15");
    assert_eq!(float_to_string(999999999999995.0), "1.0E+15");
}

#[test]
fn shortest_forms_parse_to_digits_and_exponent() {
    for (text, expected) in [
        ("0.0001", (1, 1, -4)),
        ("1.5e-7", (15, 2, -7)),
        ("1e+20", (1, 1, 20)),
        ("123.0", (123, 3, 2)),
        ("1000000000000000.0", (1, 1, 15)),
        ("0.30000000000000004", (30000000000000004, 17, -1)),
        ("5e-324", (5, 1, -324)),
        ("1.7976931348623157e+308", (17976931348623157, 17, 308)),
    ] {
        assert_eq!(parse_shortest(text), expected, "{text}");
    }
}

#[test]
fn exact_comparison_of_binary_and_decimal_values() {
    use Ordering::*;
    assert_eq!(compare((5, -1), 25, -1), Equal); // 2.5 = 2.5
    assert_eq!(compare((1, 0), 1, 0), Equal);
    assert_eq!(compare((1, 10), 1024, 0), Equal);
    assert_eq!(compare((1, 10), 1023, 0), Greater);
    assert_eq!(compare((1, -1074), 5, -324), Less); // 4.94e-324 < 5e-324
    assert_eq!(compare((1, -1074), 49, -325), Greater);
    // f64::MAX against its exact decimal neighbours at 17 digits.
    let (m, e) = binary_parts(f64::MAX);
    assert_eq!(compare((m, e), 17976931348623157, 292), Greater);
    assert_eq!(compare((m, e), 17976931348623158, 292), Less);
    // 0.1 is a little above one tenth.
    let (m, e) = binary_parts(0.1);
    assert_eq!(compare((m, e), 1, -1), Greater);
    assert_eq!(compare((m, e), 10000000000000001, -17), Less);
}

/// Live PHP on a few thousand values (random bits and the delicate families). Without php the test
/// is skipped, unless `FPGO_REQUIRE_PHP=1` (set by `make test-php-floats`).
#[test]
fn matches_live_php() {
    let mut rng = Rng(0x0BAD_F10A7);
    let mut values: Vec<f64> = (0..1500).map(|_| f64::from_bits(rng.next())).collect();
    let families = special_families(&mut rng, 300);
    let step = families.len() / 1500;
    values.extend(families.iter().step_by(step).copied());
    let input: String = values
        .iter()
        .map(|f| format!("{:016x}\n", f.to_bits()))
        .collect();
    let Some(output) = run_php(&input) else {
        assert!(
            std::env::var_os("FPGO_REQUIRE_PHP").is_none(),
            "php is required (FPGO_REQUIRE_PHP=1) but could not run"
        );
        eprintln!("php missing: live float check skipped");
        return;
    };
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), values.len(), "one line per value from php");
    for (f, php) in values.iter().zip(lines) {
        assert_eq!(float_to_string(*f), php, "bits {:016x}", f.to_bits());
    }
}

/// PHP's `(string) $float` of each line's IEEE bits (hex), one output line per input line.
fn run_php(input: &str) -> Option<String> {
    const SCRIPT: &str = r#"while (($l = fgets(STDIN)) !== false) { echo unpack("E", hex2bin(trim($l)))[1], "\n"; }"#;
    let mut child = Command::new("php")
        .args(["-n", "-r", SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(input.as_bytes()).ok()?;
    let output = child.wait_with_output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8(output.stdout).ok())
        .flatten()
}
