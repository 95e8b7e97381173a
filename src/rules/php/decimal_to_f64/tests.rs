//! [`decimal_to_f64`] against Rust's own correctly rounded parser (`str::parse::<f64>`, the
//! reference natively), bit for bit, sign of zero included, over generated families of inputs and
//! the edge cases by hand. `FPGO_DECIMAL_CASES` sets the cases per family (default 5,000 to keep
//! `cargo test` quick; the 700-800 digit family runs a tenth of them, the midpoints half, four
//! inputs each; docs/performance.md reports a run with 2,000,000).

use super::*;

use crate::test_rng::Rng;

/// The generator's draws these tests need beyond `below`.
trait Draws {
    fn range(&mut self, low: i64, high: i64) -> i64;
    fn digits(&mut self, n: usize) -> String;
}

impl Draws for Rng {
    fn range(&mut self, low: i64, high: i64) -> i64 {
        low + self.below((high - low + 1) as u64) as i64
    }

    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }
}

fn cases() -> usize {
    std::env::var("FPGO_DECIMAL_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5_000)
}

/// Rust's parser takes no leading `+`; the grammar does.
fn reference(text: &str) -> f64 {
    let unsigned = text.strip_prefix('+').unwrap_or(text);
    unsigned.parse().expect("reference parses the grammar")
}

fn check(text: &str) {
    let ours = decimal_to_f64(text).expect("in the grammar");
    let expected = reference(text);
    assert_eq!(
        ours.to_bits(),
        expected.to_bits(),
        "{text:.80}: {ours:e} against {expected:e}"
    );
}

/// `digits` with a sign, a point somewhere (or none, or at either end) and an exponent.
fn decorate(rng: &mut Rng, digits: &str, exponent: i64) -> String {
    let sign = ["", "-", "+"][rng.below(3) as usize];
    let point = rng.below(digits.len() as u64 + 2) as usize;
    let (int, frac) = digits.split_at(point.min(digits.len()));
    let body = if point > digits.len() {
        digits.to_owned()
    } else {
        format!("{int}.{frac}")
    };
    let e = ["e", "E", "e+"][rng.below(3) as usize];
    if exponent == 0 && rng.below(2) == 0 {
        format!("{sign}{body}")
    } else if exponent >= 0 {
        format!("{sign}{body}{e}{exponent}")
    } else {
        format!("{sign}{body}e{exponent}")
    }
}

#[test]
fn short_random_decimals() {
    let mut rng = Rng(1);
    for _ in 0..cases() {
        let len = rng.range(1, 25) as usize;
        let digits = rng.digits(len);
        let exponent = rng.range(-360, 330);
        check(&decorate(&mut rng, &digits, exponent));
        // Small exponents: mostly the fast path and its edges.
        let exponent = rng.range(-30, 30);
        check(&decorate(&mut rng, &digits, exponent));
    }
}

#[test]
fn fifteen_to_twenty_digit_significands() {
    let mut rng = Rng(2);
    for _ in 0..cases() {
        let len = rng.range(15, 20) as usize;
        let digits = format!("{}{}", rng.range(1, 9), rng.digits(len - 1));
        let exponent = rng.range(-345, 310);
        check(&decorate(&mut rng, &digits, exponent));
    }
}

#[test]
fn seven_to_eight_hundred_digit_significands() {
    let mut rng = Rng(3);
    for _ in 0..cases() / 10 {
        let len = rng.range(700, 800) as usize;
        let digits = format!("{}{}", rng.range(1, 9), rng.digits(len - 1));
        let exponent = rng.range(-1150, 320) - len as i64 / 2;
        check(&decorate(&mut rng, &digits, exponent));
    }
}

/// The exact decimal digits of `odd * 2^twos * 5^fives` (base 10^9 limbs, little-endian).
fn exact_digits(odd: u64, twos: u32, fives: u32) -> String {
    let mut limbs = vec![odd % 1_000_000_000, odd / 1_000_000_000 % 1_000_000_000];
    limbs.push(odd / 1_000_000_000_000_000_000);
    let mut multiply = |factor: u64| {
        let mut carry = 0;
        for limb in limbs.iter_mut() {
            let product = *limb * factor + carry;
            *limb = product % 1_000_000_000;
            carry = product / 1_000_000_000;
        }
        while carry > 0 {
            limbs.push(carry % 1_000_000_000);
            carry /= 1_000_000_000;
        }
    };
    for _ in 0..twos / 29 {
        multiply(1 << 29);
    }
    multiply(1 << (twos % 29));
    for _ in 0..fives / 13 {
        multiply(1_220_703_125);
    }
    multiply(5u64.pow(fives % 13));
    let mut text = String::new();
    for limb in limbs.iter().rev() {
        text.push_str(&format!("{limb:09}"));
    }
    text.trim_start_matches('0').to_owned()
}

/// The midpoint between a positive finite double and the next one up, exactly, as
/// `digits`e`exponent`.
fn midpoint_above(f: f64) -> (String, i64) {
    let bits = f.to_bits();
    let (mantissa, exp) = match bits >> 52 {
        0 => (bits, -1074),
        biased => (bits & ((1 << 52) - 1) | 1 << 52, biased as i32 - 1075),
    };
    // (2m + 1) * 2^(exp - 1)
    let (odd, exp) = (2 * mantissa + 1, exp - 1);
    if exp >= 0 {
        (exact_digits(odd, exp as u32, 0), 0)
    } else {
        let k = exp.unsigned_abs();
        (exact_digits(odd, 0, k), -i64::from(k))
    }
}

/// Exact midpoints between consecutive doubles (ties to even decide), and the values just above
/// and just below each.
#[test]
fn exact_midpoints_and_their_neighbours() {
    let mut rng = Rng(4);
    for i in 0..cases() / 2 {
        let f = match i % 4 {
            // Any finite double (mostly large or tiny exponents, long expansions).
            0 | 1 => f64::from_bits(rng.below(0x7FEF_FFFF_FFFF_FFFF)),
            // Ordinary magnitudes.
            2 => f64::from_bits(rng.range(0x3C00_0000_0000_0000, 0x4400_0000_0000_0000) as u64),
            // Subnormals and the first normals.
            _ => f64::from_bits(rng.below(0x0030_0000_0000_0000)),
        };
        let (digits, exponent) = midpoint_above(f);
        check(&format!("{digits}e{exponent}"));
        check(&format!("{digits}00001e{}", exponent - 5));
        let below = format!("{}4999{}", &digits[..digits.len() - 1], rng.digits(3));
        check(&format!("{below}e{}", exponent - 6));
        // The same midpoint with a point inside the digits.
        let point = rng.below(digits.len() as u64) as usize;
        let shifted = exponent + (digits.len() - point) as i64;
        check(&format!(
            "-{}.{}e{shifted}",
            &digits[..point],
            &digits[point..]
        ));
    }
}

#[test]
fn boundaries_by_hand() {
    let zeros = "0".repeat(1000);
    let long_exponent = "9".repeat(5000);
    let mut texts: Vec<String> = [
        "0", "-0", "+0", "0.0", "-0.0", "-.0", "0e0", "-0e-999", "0.", ".0", "00000", "1", "-1",
        "1.", ".5", "-.5e1", "+1e3", "1E3", "1e+3", "007.500", "2.50000000000000000000000000",
        "9007199254740992", "9007199254740993", "9007199254740994", "9007199254740995",
        "9007199254740993.0000000000000000001", "18014398509481985", "1e22", "1e23", "1e-22",
        "1e-23", "123456789012345678e-5", "4.9406564584124654e-324", "2.4703282292062327e-324",
        "2.4703282292062328e-324", "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
        "2.225073858507201136057409796709131975934819546351645648e-308",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
        "1e308", "1e309", "-1e309", "1e400", "-1e400", "1e-400", "-1e-400", "1e-324", "3e-324",
        "1e-325", "0.1", "0.2", "0.3", "51.00", "4017.86", "1e-7", "1.5E+3", "123456.789",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    texts.extend([
        format!("0.{zeros}1"),
        format!("-0.{zeros}1e1000"),
        format!("1{zeros}"),
        format!("1{zeros}e-1000"),
        format!("{zeros}1.5{zeros}"),
        format!("1e{long_exponent}"),
        format!("-1e{long_exponent}"),
        format!("1e-{long_exponent}"),
        format!("0e{long_exponent}"),
        format!("1{zeros}{zeros}e-{long_exponent}"),
        format!("0.{zeros}{zeros}{zeros}5e3000"),
        format!("1.{}1e-1", "0".repeat(2000)),
        format!("{}e-5000", "9".repeat(4000)),
        // The largest operands: 768 kept digits at the smallest exponent still read (the first
        // digit at 10^-325), one below it, and 800 digits dropping non-zero ones there.
        format!("{}e-1092", "9".repeat(768)),
        format!("1{}e-1092", "0".repeat(767)),
        format!("{}e-1093", "9".repeat(768)),
        format!("{}e-1124", "9".repeat(800)),
        format!("{}e-1000", "9".repeat(768)),
        format!("{}e-459", "9".repeat(768)),
        format!("{}e-460", "9".repeat(768)),
    ]);
    for text in &texts {
        check(text);
    }
}

#[test]
fn text_outside_the_grammar_is_none() {
    for text in [
        "", "-", "+", ".", "-.", "e5", ".e5", "1e", "1e+", "1.2.3", "1e5.0", "--1", "1 ", "inf",
        "0x10", "1_0",
    ] {
        assert_eq!(decimal_to_f64(text), None, "{text:?}");
    }
}

#[test]
fn powers_of_ten_are_the_literals() {
    for k in 0..=340u32 {
        let literal: f64 = format!("1e{k}").parse().unwrap();
        assert_eq!(pow10(k).to_bits(), literal.to_bits(), "1e{k}");
    }
}
