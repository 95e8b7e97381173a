//! The exact wide path of the totals: i128 fractions in lowest terms ([`Ratio`]). Taken only when
//! a number does not fit the i64 fast path ([`super::fast`]); it computes the same exact values.

use super::{CheckedLine, Line};
use crate::money::{Decimal, Money, MoneyError, Ratio};

fn hundred() -> Ratio {
    Ratio::from(Decimal::from_int(100))
}

/// `amount × 100 / (100 + tax)`.
fn net(amount: &Ratio, tax: &Decimal) -> Result<Ratio, MoneyError> {
    let divisor = Ratio::from(Decimal::from_int(100).checked_add(tax)?);
    amount.checked_mul(&hundred())?.checked_div(&divisor)
}

/// `subTotal`, rounded to øre half away from zero.
pub(super) fn sub_total(lines: &[CheckedLine]) -> Result<Money, MoneyError> {
    let mut sum = Ratio::ZERO;
    for line in lines {
        sum = sum.checked_add(&net(&Ratio::from(line.gross), &line.tax)?)?;
    }
    sum.round_money()
}

/// The exact total of one line, `quantity × rate − discount`.
pub(crate) fn line_total(line: &Line) -> Result<Ratio, MoneyError> {
    let discount = Ratio::from(line.discount.unwrap_or(Decimal::ZERO));
    line.quantity
        .exact_product(&line.rate)?
        .checked_sub(&discount)
}

/// The exact `[subTotal, totalTax, totalDiscount, grandTotal]` of the lines.
pub(crate) fn summary(lines: &[Line]) -> Result<[Ratio; 4], MoneyError> {
    let (mut gross, mut discount, mut net_sum) = (Ratio::ZERO, Ratio::ZERO, Ratio::ZERO);
    for line in lines {
        let line_gross = line.quantity.exact_product(&line.rate)?;
        net_sum = net_sum.checked_add(&net(&line_gross, &line.tax)?)?;
        gross = gross.checked_add(&line_gross)?;
        discount = discount.checked_add(&Ratio::from(line.discount.unwrap_or(Decimal::ZERO)))?;
    }
    Ok([
        net_sum,
        gross.checked_sub(&net_sum)?,
        discount,
        gross.checked_sub(&discount)?,
    ])
}

/// `|given - exact| < 0.01`. As before the fast path existed, a difference too large to compute
/// counts as not within one øre.
pub(crate) fn within_one_ore(given: &Decimal, exact: &Ratio) -> bool {
    let Ok(diff) = Ratio::from(*given).checked_sub(exact) else {
        return false;
    };
    // 100 × |num| < den, without multiplying: |num| <= (den - 1) / 100.
    diff.numer().unsigned_abs() <= (diff.denom().unsigned_abs() - 1) / 100
}

/// An exact value for a message, rounded to øre; a value too large even for that is printed as
/// its whole part (never an empty string).
pub(crate) fn show(exact: &Ratio) -> String {
    match exact.round_money() {
        Ok(money) => money.to_text(),
        Err(_) => Decimal::from_units(exact.numer() / exact.denom()).to_text(),
    }
}
