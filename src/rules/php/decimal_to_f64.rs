//! The double nearest to a decimal number (ties to even), as PHP's `zend_strtod` gives for
//! `(float) "1.5e3"`, without core's `dec2flt`: its 10 KB table of 128-bit powers of five
//! (Eisel-Lemire) was the largest item left in the validate module (docs/performance.md, "Float
//! parsing without dec2flt").
//!
//! Two paths:
//! - Clinger's fast path: a significand below 2^53 and a power of ten up to 10^22 are both exact
//!   doubles, so one multiplication or division rounds once, correctly.
//! - Otherwise exact integers ([`Big`]): `value = D * 10^e = (D * 5^e or D / 5^-e) * 2^e`, taken
//!   to 63-64 bits (the top bits of `D * 5^e`, or a binary long division) plus a sticky bit (any
//!   non-zero rest), which decide the rounding to 53 bits exactly. At most 768 significant digits are kept, the rest only as "some
//!   were non-zero": a midpoint between two doubles has at most 767 significant digits, so the
//!   dropped digits can move the value off a midpoint but never across one (the bound Rust's
//!   `dec2flt` and wuffs use for the same reason).

use super::big::Big;

/// Significant digits kept; the rest only say whether they were all zeros.
const MAX_DIGITS: usize = 768;

/// The double nearest to `text` in PHP's numeric-string grammar (`-1.5e3`, `1.`, `.5`, `+7`):
/// `±inf` above `f64::MAX`'s rounding range, `±0` below half the smallest subnormal, the sign of
/// zero kept. `None` when `text` is not in the grammar (the caller has checked it already).
pub fn decimal_to_f64(text: &str) -> Option<f64> {
    Decimal::parse(text.as_bytes()).map(|d| d.nearest())
}

/// `10^k` correctly rounded, as the compiler writes the literal `1e{k}` (`inf` above 10^308).
pub fn pow10(k: u32) -> f64 {
    if k <= 22 {
        return exact_pow10(k);
    }
    Decimal {
        negative: false,
        mantissa: b"1",
        count: 1,
        leading: 1,
        exponent: i64::from(k),
        truncated: false,
    }
    .nearest()
}

/// `10^k` for `k <= 22`: every product on the way is an exact double.
fn exact_pow10(k: u32) -> f64 {
    (0..k).fold(1.0, |p, _| p * 10.0)
}

/// `±digits * 10^exponent`, plus whether non-zero digits were dropped after the first 768. The
/// digits stay text until the slow path needs them as an integer ([`Decimal::significand`]).
struct Decimal<'a> {
    negative: bool,
    /// The digits and the point, without sign or exponent.
    mantissa: &'a [u8],
    /// Significant digits kept (leading zeros are not counted).
    count: usize,
    /// The kept digits as a `u64` while `count <= 19` (the fast path's significand).
    leading: u64,
    exponent: i64,
    truncated: bool,
}

/// Exponents are saturated here: anything beyond is zero or infinity anyway, and thousands of
/// exponent digits must not overflow.
const EXPONENT_LIMIT: i64 = 1 << 40;

impl<'a> Decimal<'a> {
    fn parse(text: &'a [u8]) -> Option<Decimal<'a>> {
        let negative = text.first() == Some(&b'-');
        let start = usize::from(matches!(text.first(), Some(b'-' | b'+')));
        let mut d = Decimal {
            negative,
            mantissa: &[],
            count: 0,
            leading: 0,
            exponent: 0,
            truncated: false,
        };
        let (mut i, mut any_digit, mut in_fraction) = (start, false, false);
        while let Some(&b) = text.get(i) {
            if b == b'.' && !in_fraction {
                in_fraction = true;
            } else if b.is_ascii_digit() {
                any_digit = true;
                let digit = b - b'0';
                if d.count == 0 && digit == 0 {
                    d.exponent -= i64::from(in_fraction);
                } else if d.count < MAX_DIGITS {
                    if d.count < 19 {
                        d.leading = d.leading * 10 + u64::from(digit);
                    }
                    d.count += 1;
                    d.exponent -= i64::from(in_fraction);
                } else {
                    d.truncated |= digit != 0;
                    d.exponent += i64::from(!in_fraction);
                }
            } else {
                break;
            }
            i += 1;
        }
        if !any_digit {
            return None;
        }
        d.mantissa = &text[start..i];
        if matches!(text.get(i), Some(b'e' | b'E')) {
            let (written, end) = parse_exponent(text, i + 1)?;
            d.exponent = (d.exponent + written).clamp(-EXPONENT_LIMIT, EXPONENT_LIMIT);
            i = end;
        }
        (i == text.len()).then_some(d)
    }

    /// The kept digits as an integer, read nine at a time.
    fn significand(&self) -> Big {
        let mut big = Big::from(0);
        let (mut chunk, mut chunk_len) = (0u32, 0u32);
        let digits = self.mantissa.iter().filter(|b| b.is_ascii_digit());
        for &b in digits.skip_while(|&&b| b == b'0').take(self.count) {
            chunk = chunk * 10 + u32::from(b - b'0');
            chunk_len += 1;
            if chunk_len == 9 {
                big.mul_add_small(1_000_000_000, chunk);
                (chunk, chunk_len) = (0, 0);
            }
        }
        big.mul_add_small(10u32.pow(chunk_len), chunk);
        big
    }

    fn nearest(&self) -> f64 {
        let magnitude = self.magnitude();
        if self.negative {
            -magnitude
        } else {
            magnitude
        }
    }

    fn magnitude(&self) -> f64 {
        if self.count == 0 {
            return 0.0;
        }
        // The decimal exponent of the first digit: from 10^309 up is infinity, below 10^-324
        // (under half the smallest subnormal, 2.5e-324) is zero.
        let first = self.count as i64 - 1 + self.exponent;
        if first > 308 {
            return f64::INFINITY;
        }
        if first < -325 {
            return 0.0;
        }
        // Now -1092 <= exponent <= 308.
        let e = self.exponent as i32;
        if !self.truncated && self.count <= 19 && self.leading <= 1 << 53 && (-22..=22).contains(&e)
        {
            let (significand, power) = (self.leading as f64, exact_pow10(e.unsigned_abs()));
            return if e >= 0 {
                significand * power
            } else {
                significand / power
            };
        }
        let mut numerator = self.significand();
        if e >= 0 {
            // value = numerator * 2^e: its top 64 bits, the rest as the sticky bit.
            numerator.mul_pow5(e as u32);
            let drop = numerator.bit_len() as i32 - 64;
            let sticky = if drop > 0 {
                numerator.shr_sticky(drop as u32)
            } else {
                numerator.shl(drop.unsigned_abs());
                false
            };
            return round(numerator.low_u64(), e + drop, sticky || self.truncated);
        }
        // value = numerator / 5^-e * 2^e, scaled so that the quotient has 63 or 64 bits.
        let mut denominator = Big::from(1);
        denominator.mul_pow5(e.unsigned_abs());
        let scale = 63 + denominator.bit_len() as i32 - numerator.bit_len() as i32;
        if scale >= 0 {
            numerator.shl(scale as u32);
        } else {
            denominator.shl(scale.unsigned_abs());
        }
        let quotient = divide(&mut numerator, &mut denominator);
        let sticky = !numerator.is_zero() || self.truncated;
        round(quotient, e - scale, sticky)
    }
}

/// The exponent after `e`/`E` at `start`: its value (saturated) and where it ends; `None` without
/// digits.
fn parse_exponent(text: &[u8], start: usize) -> Option<(i64, usize)> {
    let mut i = start;
    let negative = text.get(i) == Some(&b'-');
    if matches!(text.get(i), Some(b'-' | b'+')) {
        i += 1;
    }
    let digits_start = i;
    let mut value = 0i64;
    while let Some(&b) = text.get(i).filter(|b| b.is_ascii_digit()) {
        value = (value * 10 + i64::from(b - b'0')).min(EXPONENT_LIMIT);
        i += 1;
    }
    (i > digits_start).then_some((if negative { -value } else { value }, i))
}

/// `floor(numerator / denominator)` for a quotient below 2^64, by binary long division; the
/// remainder is left in `numerator`.
fn divide(numerator: &mut Big, denominator: &mut Big) -> u64 {
    denominator.shl(63);
    let mut quotient = 0u64;
    for _ in 0..64 {
        quotient <<= 1;
        if numerator.cmp(denominator).is_ge() {
            numerator.sub(denominator);
            quotient |= 1;
        }
        denominator.shr(1);
    }
    quotient
}

/// The double nearest to `(quotient + δ) * 2^exp`, where `δ` is 0 without `sticky` and strictly
/// between 0 and 1 with it; `quotient` has 63 or 64 bits.
fn round(quotient: u64, exp: i32, sticky: bool) -> f64 {
    let bits = 64 - quotient.leading_zeros() as i32;
    // Bits dropped: down to 53, or more for a subnormal (whose last bit weighs 2^-1074).
    let shift = (bits - 53).max(-1074 - exp);
    if shift > 64 {
        return 0.0; // below 2^-1075: half the smallest subnormal
    }
    let (wide, shift) = (u128::from(quotient), shift as u32);
    let mut mantissa = (wide >> shift) as u64;
    let rest = wide & ((1 << shift) - 1);
    let half = 1u128 << (shift - 1);
    if rest > half || (rest == half && (sticky || mantissa & 1 == 1)) {
        mantissa += 1;
    }
    let mut exp = exp + shift as i32; // of the mantissa's last bit
    if mantissa == 1 << 53 {
        mantissa >>= 1;
        exp += 1;
    }
    if mantissa < 1 << 52 {
        return f64::from_bits(mantissa); // subnormal (exp is -1074) or zero
    }
    let biased = exp + 1075;
    if biased >= 2047 {
        return f64::INFINITY;
    }
    f64::from_bits((biased as u64) << 52 | (mantissa & ((1 << 52) - 1)))
}

#[cfg(test)]
mod tests;
