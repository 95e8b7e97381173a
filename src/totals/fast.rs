//! The i64 fast path of the totals: amounts as scaled integers over one common denominator, no
//! gcd, no i128 (whose division is a software routine on wasm32). Every function returns `None`
//! as soon as a number does not fit (or an operation overflows); the caller then takes the exact
//! i128 path in [`super::wide`]. Both paths compute the same exact values and round them with the
//! same rule, so which one ran never shows in a result (the property tests in `tests.rs` compare
//! them).

use super::{CheckedLine, Line};
use crate::money::{Decimal, Money};

fn pow10(exp: u32) -> Option<i64> {
    10i64.checked_pow(exp)
}

fn units(d: &Decimal) -> Option<i64> {
    i64::try_from(d.units()).ok()
}

/// `d` written with `scale` places (at least its own), as i64 units.
fn at_scale(d: &Decimal, scale: u32) -> Option<i64> {
    units(d)?.checked_mul(pow10(scale.checked_sub(d.scale())?)?)
}

/// `a * b` written with `scale` places (at least the sum of theirs).
fn product_at(a: &Decimal, b: &Decimal, scale: u32) -> Option<i64> {
    let own = a.scale() + b.scale();
    units(a)?
        .checked_mul(units(b)?)?
        .checked_mul(pow10(scale.checked_sub(own)?)?)
}

/// `num / den` rounded to an integer, half away from zero (`den > 0`).
fn round_half_away(num: i64, den: i64) -> Option<i64> {
    let (q, r) = (num.checked_div(den)?, num.checked_rem(den)?);
    let rem = r.unsigned_abs();
    if rem < den.unsigned_abs() - rem {
        return Some(q);
    }
    q.checked_add(num.signum())
}

/// `quantity * rate` rounded to øre, half away from zero.
pub(super) fn gross(quantity: &Decimal, rate: &Decimal) -> Option<i128> {
    let scale = quantity.scale() + rate.scale();
    let exact = units(quantity)?.checked_mul(units(rate)?)?;
    let ore = if scale <= 2 {
        exact.checked_mul(pow10(2 - scale)?)?
    } else {
        round_half_away(exact, pow10(scale - 2)?)?
    };
    Some(i128::from(ore))
}

/// A tax rate as the fraction `net / gross = multiplier / divisor`, i.e. `100 / (100 + tax)`
/// with the tax's places cleared: 12.5 % gives `1000 / 1125`.
fn tax_fraction(tax: &Decimal) -> Option<(i64, i64)> {
    let tax = tax.normalized();
    let multiplier = pow10(tax.scale())?.checked_mul(100)?;
    let divisor = multiplier.checked_add(units(&tax)?)?;
    (divisor > 0).then_some((multiplier, divisor))
}

fn gcd(mut a: i64, mut b: i64) -> i64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.abs()
}

/// The least common multiple of every line's tax divisor: the common denominator of the nets.
fn common_divisor<'a>(taxes: impl Iterator<Item = &'a Decimal>) -> Option<i64> {
    let mut lcm: i64 = 1;
    for tax in taxes {
        let (_, divisor) = tax_fraction(tax)?;
        if lcm % divisor != 0 {
            lcm = (lcm / gcd(lcm, divisor)).checked_mul(divisor)?;
        }
    }
    Some(lcm)
}

/// `subTotal` in øre: Σ gross × 100 / (100 + tax), exactly, then rounded half away from zero.
pub(super) fn sub_total(lines: &[CheckedLine]) -> Option<i128> {
    let lcm = common_divisor(lines.iter().map(|l| &l.tax))?;
    let mut net: i64 = 0;
    for line in lines {
        let (multiplier, divisor) = tax_fraction(&line.tax)?;
        let gross = i64::try_from(line.gross.minor()).ok()?;
        let term = gross.checked_mul(multiplier)?.checked_mul(lcm / divisor)?;
        net = net.checked_add(term)?;
    }
    round_half_away(net, lcm).map(i128::from)
}

/// An exact value `num / den` (`den > 0`, not reduced): the values of one summary share `den`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Frac {
    pub num: i64,
    pub den: i64,
}

impl Frac {
    /// `|given - self| < 0.01`, i.e. `100 × |given × den − num × 10^s| < den × 10^s`.
    pub fn within_one_ore(&self, given: &Decimal) -> Option<bool> {
        let f = pow10(given.scale())?;
        let diff = units(given)?
            .checked_mul(self.den)?
            .checked_sub(self.num.checked_mul(f)?)?;
        Some(diff.unsigned_abs().checked_mul(100)? < self.den.checked_mul(f)?.unsigned_abs())
    }

    /// `self + d`.
    pub fn plus(&self, d: &Decimal) -> Option<Frac> {
        let f = pow10(d.scale())?;
        Some(Frac {
            num: self
                .num
                .checked_mul(f)?
                .checked_add(units(d)?.checked_mul(self.den)?)?,
            den: self.den.checked_mul(f)?,
        })
    }

    /// Rounded to øre, half away from zero.
    pub fn to_money(self) -> Option<Money> {
        round_half_away(self.num.checked_mul(100)?, self.den).map(|o| Money::from_minor(o.into()))
    }
}

/// The exact total of one line, `quantity × rate − discount`.
pub(crate) fn line_total(line: &Line) -> Option<Frac> {
    let discount = line.discount.unwrap_or(Decimal::ZERO);
    let scale = (line.quantity.scale() + line.rate.scale()).max(discount.scale());
    let num =
        product_at(&line.quantity, &line.rate, scale)?.checked_sub(at_scale(&discount, scale)?)?;
    Some(Frac {
        num,
        den: pow10(scale)?,
    })
}

/// The exact `[subTotal, totalTax, totalDiscount, grandTotal]` of the lines (unrounded gross:
/// the warnings compare what a sender could have computed in any rounding order).
pub(crate) fn summary(lines: &[Line]) -> Option<[Frac; 4]> {
    let discount = |l: &Line| l.discount.unwrap_or(Decimal::ZERO);
    let scale = lines
        .iter()
        .map(|l| (l.quantity.scale() + l.rate.scale()).max(discount(l).scale()))
        .max()?;
    let lcm = common_divisor(lines.iter().map(|l| &l.tax))?;
    let (mut gross, mut discounts, mut net) = (0i64, 0i64, 0i64);
    for line in lines {
        let line_gross = product_at(&line.quantity, &line.rate, scale)?;
        let (multiplier, divisor) = tax_fraction(&line.tax)?;
        let term = line_gross
            .checked_mul(multiplier)?
            .checked_mul(lcm / divisor)?;
        net = net.checked_add(term)?;
        gross = gross.checked_add(line_gross)?;
        discounts = discounts.checked_add(at_scale(&discount(line), scale)?)?;
    }
    let den = pow10(scale)?.checked_mul(lcm)?;
    let over = |units: i64| units.checked_mul(lcm).map(|num| Frac { num, den });
    Some([
        Frac { num: net, den },
        Frac {
            num: gross.checked_mul(lcm)?.checked_sub(net)?,
            den,
        },
        over(discounts)?,
        over(gross.checked_sub(discounts)?)?,
    ])
}
