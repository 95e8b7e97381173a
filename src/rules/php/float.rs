//! `(string) $float` in PHP 8: `precision` = 14 significant digits, correctly rounded (ties to
//! even, as `zend_dtoa` mode 2 does), printed by `php_gcvt` (`%.14G` with PHP's `1.0E+20` style).
//!
//! Built on the shortest round-trip digits that serde_json already links (`zmij`), so the .wasm
//! carries no second float formatter (core's `LowerExp` with its exact dragon/grisu paths was 21 KB).
//! Why the shortest digits are enough, for a normal double `V` with shortest form `S`:
//! - `S` with <= 14 digits is `V` rounded to 14 digits: the 14-digit grid (spacing >= 1e-14 * V) is
//!   much coarser than the interval of numbers that round to `V` (half-width <= 1.2e-16 * V), so
//!   the one grid point in that interval is the nearest to `V`.
//! - `S` with >= 15 digits has the same first 14 digits as `V` (a 14-digit number between them
//!   would be a shorter round-trip form). Which way to round is then decided exactly, by comparing
//!   `V` with the midpoint `(q + 1/2) * 10^p` in integers ([`Big`]): `S` is not `V`, and a `S`
//!   ending in `5` at the 15th digit says nothing about the direction.
//!
//! Subnormals have too few bits for the first argument: their 14 digits come from the exact value.

use super::big::Big;
use std::cmp::Ordering;

/// `(string) $float` in PHP 8 (`precision` = 14): `0.3`, `1.0E+20`, `1.0E-5`, `-0`, `INF`, `NAN`.
pub fn float_to_string(f: f64) -> String {
    if f.is_nan() {
        return "NAN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "INF".into() } else { "-INF".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let rounded = round_to_14_digits(f.abs());
    let mut out = String::with_capacity(24);
    if f < 0.0 {
        out.push('-');
    }
    write_gcvt(&mut out, &rounded);
    out
}

/// A positive finite double rounded to 14 significant digits: `digits` (no leading zeros, at most
/// 14 of them, trailing zeros removed unless PHP keeps them, see [`round_exact`]) times
/// `10^(exp + 1 - digit count)`; `exp` is the decimal exponent of the first digit.
#[derive(Debug, PartialEq)]
struct Rounded {
    digits: u64,
    exp: i32,
}

const TEN_POW_14: u64 = 100_000_000_000_000;

fn round_to_14_digits(v: f64) -> Rounded {
    let mut buffer = zmij::Buffer::new();
    let (digits, count, exp) = parse_shortest(buffer.format_finite(v));
    let (mantissa, bin_exp) = binary_parts(v);
    let normal = mantissa >> 52 == 1;
    if normal && count <= 14 {
        return Rounded { digits, exp };
    }
    if normal && count >= 16 {
        // No 15-digit midpoint lies between the value and its shortest form (it would be a
        // shorter form), and the shortest form is not a midpoint itself (its last digit is not 0):
        // its digits decide.
        let unit = 10u64.pow(count - 14);
        let q = digits / unit + u64::from(digits % unit * 2 > unit);
        return normalized(q, exp, false);
    }
    round_exact(mantissa, bin_exp, digits, count, exp)
}

/// `q` (14 digits, or 10^14 after rounding up) as [`Rounded`], trailing zeros removed unless kept.
fn normalized(q: u64, exp: i32, keep_zeros: bool) -> Rounded {
    if q == TEN_POW_14 {
        return Rounded {
            digits: 1,
            exp: exp + 1,
        };
    }
    let mut digits = q;
    while !keep_zeros && digits % 10 == 0 {
        digits /= 10;
    }
    Rounded { digits, exp }
}

/// `v = mantissa * 2^exp` exactly (`v` positive and finite).
fn binary_parts(v: f64) -> (u64, i32) {
    let bits = v.to_bits();
    let fraction = bits & ((1 << 52) - 1);
    let biased = (bits >> 52) as i32;
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    }
}

/// The digits of a shortest form (`0.0001`, `1.5e-7`, `1e+20`, `123.0`): the significant digits as
/// an integer without leading or trailing zeros, their count, the decimal exponent of the first.
fn parse_shortest(text: &str) -> (u64, u32, i32) {
    let (mut digits, mut count) = (0u64, 0u32);
    let (mut position, mut first, mut int_len) = (0i32, None, None);
    let (mut in_exp, mut exp_negative, mut written_exp) = (false, false, 0i32);
    for b in text.bytes() {
        match b {
            b'e' | b'E' => in_exp = true,
            b'-' => exp_negative = in_exp,
            b'.' => int_len = Some(position),
            b'0'..=b'9' if in_exp => written_exp = written_exp * 10 + i32::from(b - b'0'),
            b'0'..=b'9' => {
                if digits != 0 || b != b'0' {
                    digits = digits * 10 + u64::from(b - b'0');
                    count += 1;
                    first.get_or_insert(position);
                }
                position += 1;
            }
            _ => {}
        }
    }
    while count > 1 && digits % 10 == 0 {
        digits /= 10;
        count -= 1;
    }
    if exp_negative {
        written_exp = -written_exp;
    }
    let exp = written_exp + int_len.unwrap_or(position) - 1 - first.unwrap_or(0);
    (digits, count, exp)
}

/// The 14-digit rounding decided on the exact value `mantissa * 2^bin_exp`, from its first 14
/// digits: the shortest form's (normal doubles, whose shortest form has at least 14 digits), or
/// the exact quotient's (subnormals).
fn round_exact(mantissa: u64, bin_exp: i32, digits: u64, count: u32, shortest_exp: i32) -> Rounded {
    let value = (mantissa, bin_exp);
    let (q, exp) = if mantissa >> 52 == 1 {
        (digits / 10u64.pow(count - 14), shortest_exp)
    } else {
        // A subnormal's shortest form can round up to the next power of ten (9.9e-324 is 1e-323).
        let mut exp = shortest_exp;
        if compare(value, 1, exp) == Ordering::Less {
            exp -= 1;
        }
        // value / 10^(exp - 13) = mantissa * 5^(13 - exp) / 2^(1074 - (13 - exp)), exact floor
        // (13 - exp is between 321 and 338).
        let fives = (13 - exp) as u32;
        let mut big = Big::from(mantissa);
        big.mul_pow5(fives);
        big.shr((-bin_exp) as u32 - fives);
        (big.low_u64(), exp)
    };
    let unit = exp - 13;
    // q is the exact floor: the value against the midpoint above it decides (ties to even).
    let (q, tie_rounded_down) = match compare((mantissa, bin_exp + 1), 2 * q + 1, unit) {
        Ordering::Less => (q, false),
        Ordering::Greater => (q + 1, false),
        Ordering::Equal => (q + q % 2, q % 2 == 0),
    };
    // zend_dtoa's "small integer" path (an integer below 1e15, so exp == 14 here) answers an exact
    // tie that rounds down with all 14 digits: PHP prints 100000000000005.0 as 1.0000000000000E+14.
    normalized(q, exp, tie_rounded_down && exp == 14)
}

/// `mantissa * 2^bin_exp` against `factor * 10^exp`, exactly.
fn compare((mantissa, bin_exp): (u64, i32), factor: u64, exp: i32) -> Ordering {
    let mut left = Big::from(mantissa);
    let mut right = Big::from(factor);
    // 10^exp = 5^exp * 2^exp: fives to the side with a positive power, then twos likewise.
    if exp >= 0 {
        right.mul_pow5(exp as u32);
    } else {
        left.mul_pow5(exp.unsigned_abs());
    }
    let twos = bin_exp - exp;
    if twos >= 0 {
        left.shl(twos as u32);
    } else {
        right.shl(twos.unsigned_abs());
    }
    left.cmp(&right)
}

/// PHP's `php_gcvt(value, 14, '.', 'E')` layout of rounded digits.
fn write_gcvt(out: &mut String, rounded: &Rounded) {
    let mut buffer = [0u8; 20];
    let text = crate::text::u64_digits(rounded.digits, &mut buffer);
    let exp = rounded.exp;
    // Cut by `split_at_checked` (the digits are ASCII, never empty): a `split_at` that may panic
    // links std's `{:?}` of a char and its Unicode tables into the .wasm (3.4 KB gzip).
    if !(-4..14).contains(&exp) {
        let (first, rest) = text.split_at_checked(1).unwrap_or((text, ""));
        out.push_str(first);
        out.push('.');
        out.push_str(if rest.is_empty() { "0" } else { rest });
        out.push_str(if exp < 0 { "E-" } else { "E+" });
        crate::text::push_u64(out, u64::from(exp.unsigned_abs()));
    } else if exp < 0 {
        out.push_str("0.");
        push_zeros(out, (-exp - 1) as usize);
        out.push_str(text);
    } else {
        let int_len = exp as usize + 1;
        if text.len() <= int_len {
            out.push_str(text);
            push_zeros(out, int_len - text.len());
        } else {
            let (int_part, fraction) = text.split_at_checked(int_len).unwrap_or((text, ""));
            out.push_str(int_part);
            out.push('.');
            out.push_str(fraction);
        }
    }
}

fn push_zeros(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n('0', n));
}

#[cfg(test)]
mod tests;
