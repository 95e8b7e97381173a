//! Front Payment's totals formula, exactly (facts in `../shared/spec/README.md`):
//!
//! - rates are VAT-inclusive; a line's `amount` is `quantity * rate - discount`, the discount an
//!   absolute amount for the whole line;
//! - `subTotal` = Σ `quantity * rate / (1 + tax/100)` (discount ignored), kept as an exact
//!   [`Ratio`](crate::money::Ratio) until the end;
//! - `totalDiscount` = Σ discount, `grandTotal` = Σ amount;
//! - only the totals are rounded, to øre, half away from zero; `totalTax` is then derived as
//!   `grandTotal + totalDiscount - subTotal`, so `subTotal + totalTax - totalDiscount = grandTotal`
//!   holds exactly after rounding (it equals the rounded Σ line tax except on an exact half-øre tie).
//!
//! Decisions (rounding, fractional quantities, the 20-line warning) are in
//! `docs/decisions/money-totals-builders.md`. [`payload_warnings`] holds the checks the server does
//! not document, reported as warnings by `validate()`.

mod error_messages;
#[cfg(test)]
pub(crate) use error_messages::tests::every_error;
mod fast;
mod messages;
mod reservation;
mod warnings;
mod wide;

pub use messages::Lang;
pub use reservation::reservation_warnings;
pub use warnings::payload_warnings;

/// One warning at one field: the name of the check and its message in the requested language.
/// `validate()` reports these in its `warnings` (this module does not depend on `validate`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TotalsIssue {
    /// Our own check's name (`LineAmount`, `OrderSummary`, ...), never a Laravel rule name.
    pub rule: String,
    /// The warning in the requested language.
    pub message: String,
}

use crate::money::{Decimal, Money, MoneyError};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};
use std::fmt;

/// Front Payment's own order forms allow at most this many lines; the API documents no limit, so
/// more is a warning, never an error.
pub const FORM_MAX_LINES: usize = 20;

/// The tax rates the documents list ("e.g., 0, 12, 15, 25 ... unless you have other configuration",
/// 000:122).
pub const DOCUMENTED_TAX_RATES: [i64; 4] = [0, 12, 15, 25];

/// One order line as the caller describes it. `rate` includes VAT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// How many units (fractional quantities are allowed).
    pub quantity: Decimal,
    /// The price of one unit, VAT included.
    pub rate: Decimal,
    /// Absolute discount for the whole line (not per unit, not a percentage).
    pub discount: Option<Decimal>,
    /// VAT rate in percent.
    pub tax: Decimal,
}

impl Line {
    /// A line from plain integers and a tax rate, for tests and simple carts.
    pub fn new(quantity: Decimal, rate: Decimal, tax: Decimal) -> Line {
        Line {
            quantity,
            rate,
            discount: None,
            tax,
        }
    }

    /// The same line with an absolute discount for the whole line.
    pub fn with_discount(mut self, discount: Decimal) -> Line {
        self.discount = Some(discount);
        self
    }
}

/// Which tax rates are accepted, and the language of the warnings (errors have
/// [`TotalsError::message`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotalsOptions {
    /// `None`: any rate from 0 to 100. `Some(set)`: only these (the documents' set by default).
    pub tax_rates: Option<Vec<Decimal>>,
    /// The language of the warnings.
    pub lang: Lang,
}

impl Default for TotalsOptions {
    fn default() -> Self {
        TotalsOptions {
            tax_rates: Some(DOCUMENTED_TAX_RATES.map(Decimal::from_int).to_vec()),
            lang: Lang::En,
        }
    }
}

impl TotalsOptions {
    /// Any rate from 0 to 100 ("unless you have other configuration").
    pub fn any_rate() -> TotalsOptions {
        TotalsOptions {
            tax_rates: None,
            lang: Lang::En,
        }
    }

    /// Only the given rates, as decimal strings (`["0", "12", "15", "25"]`, `"12,5"` works too).
    pub fn with_rates<S: AsRef<str>>(rates: &[S]) -> Result<TotalsOptions, MoneyError> {
        let mut parsed = Vec::with_capacity(rates.len());
        for rate in rates {
            parsed.push(Decimal::parse(rate.as_ref())?);
        }
        let rates = parsed;
        Ok(TotalsOptions {
            tax_rates: Some(rates),
            lang: Lang::En,
        })
    }
}

/// The four totals, as the documents send them (`"4017.86"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderSummary {
    /// `subTotal`: the lines' value without VAT, before discounts.
    pub sub_total: Money,
    /// `totalTax`: `grandTotal + totalDiscount - subTotal`.
    pub total_tax: Money,
    /// `totalDiscount`: the sum of the lines' discounts.
    pub total_discount: Money,
    /// `grandTotal`: the sum of the lines' amounts, what the customer pays.
    pub grand_total: Money,
}

/// Something worth knowing that does not make the cart wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TotalsWarning {
    /// A stable snake_case name of the warning.
    pub code: &'static str,
    /// The warning in the requested language.
    pub message: String,
}

/// The result of [`compute_totals`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Totals {
    /// Each line's `amount`, in input order.
    pub amounts: Vec<Money>,
    /// The four totals.
    pub order_summary: OrderSummary,
    /// What is worth knowing but does not make the cart wrong.
    pub warnings: Vec<TotalsWarning>,
}

/// Why a cart has no totals.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TotalsError {
    /// An empty cart: every endpoint with lines requires at least one.
    NoLines,
    /// The lines are not a list.
    NotAList,
    /// A line that is not an object.
    NotAnObject {
        /// The line's index in the input, from 0.
        line: usize,
    },
    /// A required field (`quantity`, `rate`, `tax`) is absent or null.
    Missing {
        /// The line's index in the input, from 0.
        line: usize,
        /// The missing field's name.
        field: &'static str,
    },
    /// A field that is not a number we can read.
    InvalidNumber {
        /// The line's index in the input, from 0.
        line: usize,
        /// The field's name.
        field: &'static str,
        /// Why the value is not a number.
        cause: MoneyError,
    },
    /// A negative rate or discount.
    Negative {
        /// The line's index in the input, from 0.
        line: usize,
        /// `rate` or `discount`.
        field: &'static str,
    },
    /// A quantity of zero or less.
    QuantityNotPositive {
        /// The line's index in the input, from 0.
        line: usize,
    },
    /// A discount larger than `quantity * rate`.
    DiscountExceedsLine {
        /// The line's index in the input, from 0.
        line: usize,
    },
    /// A tax rate below 0 or above 100.
    TaxOutOfRange {
        /// The line's index in the input, from 0.
        line: usize,
    },
    /// A tax rate outside the configured set.
    TaxNotAllowed {
        /// The line's index in the input, from 0.
        line: usize,
        /// The configured rates, as decimal strings.
        allowed: Vec<String>,
    },
    /// The cart is too large to compute exactly.
    Overflow,
}

impl TotalsError {
    /// The stable snake_case code.
    pub fn code(&self) -> &'static str {
        // One text, a line each in the variants' order (a `match` of `&str`s kept a table of them).
        const CODES: &str = concat!(
            "no_lines\n",
            "not_a_list\n",
            "line_not_an_object\n",
            "missing_field\n",
            "invalid_amount\n",
            "negative_amount\n",
            "quantity_not_positive\n",
            "discount_exceeds_line\n",
            "tax_out_of_range\n",
            "tax_not_allowed\n",
            "overflow"
        );
        let line = match self {
            TotalsError::NoLines => 0,
            TotalsError::NotAList => 1,
            TotalsError::NotAnObject { .. } => 2,
            TotalsError::Missing { .. } => 3,
            TotalsError::InvalidNumber { .. } => 4,
            TotalsError::Negative { .. } => 5,
            TotalsError::QuantityNotPositive { .. } => 6,
            TotalsError::DiscountExceedsLine { .. } => 7,
            TotalsError::TaxOutOfRange { .. } => 8,
            TotalsError::TaxNotAllowed { .. } => 9,
            TotalsError::Overflow => 10,
        };
        crate::text::nth_line(CODES, line)
    }

    /// The zero-based line the error is about, if any.
    pub fn line(&self) -> Option<usize> {
        match self {
            TotalsError::NotAnObject { line }
            | TotalsError::Missing { line, .. }
            | TotalsError::InvalidNumber { line, .. }
            | TotalsError::Negative { line, .. }
            | TotalsError::QuantityNotPositive { line }
            | TotalsError::DiscountExceedsLine { line }
            | TotalsError::TaxOutOfRange { line }
            | TotalsError::TaxNotAllowed { line, .. } => Some(*line),
            TotalsError::NoLines | TotalsError::NotAList | TotalsError::Overflow => None,
        }
    }

    /// The field the error is about, if any.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            TotalsError::Missing { field, .. }
            | TotalsError::InvalidNumber { field, .. }
            | TotalsError::Negative { field, .. } => Some(field),
            TotalsError::QuantityNotPositive { .. } => Some("quantity"),
            TotalsError::DiscountExceedsLine { .. } => Some("discount"),
            TotalsError::TaxOutOfRange { .. } | TotalsError::TaxNotAllowed { .. } => Some("tax"),
            _ => None,
        }
    }
}

impl fmt::Display for TotalsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for TotalsError {}

impl From<MoneyError> for TotalsError {
    fn from(_: MoneyError) -> Self {
        TotalsError::Overflow
    }
}

impl Serialize for TotalsError {
    /// `{ code, message, line?, field? }`, the shape every fpgo error has.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("code", self.code())?;
        map.serialize_entry("message", &self.message(Lang::En))?;
        if let Some(line) = self.line() {
            map.serialize_entry("line", &line)?;
        }
        if let Some(field) = self.field() {
            map.serialize_entry("field", field)?;
        }
        if let TotalsError::InvalidNumber { cause, .. } = self {
            map.serialize_entry("cause", cause.code())?;
        }
        map.end()
    }
}

/// One line checked and computed: its gross rounded to øre, its discount and amount, and its tax
/// rate (for the net, summed over all lines in [`fast::sub_total`] or [`wide::sub_total`]).
pub(crate) struct CheckedLine {
    /// `quantity * rate`, rounded to øre (a no-op unless a factor has more than two places).
    pub gross: Money,
    pub discount: Money,
    pub amount: Money,
    pub tax: Decimal,
}

fn hundred() -> Decimal {
    Decimal::from_int(100)
}

fn check_line(
    index: usize,
    line: &Line,
    options: &TotalsOptions,
) -> Result<CheckedLine, TotalsError> {
    if line.quantity.is_negative() || line.quantity.is_zero() {
        return Err(TotalsError::QuantityNotPositive { line: index });
    }
    if line.rate.is_negative() {
        return Err(TotalsError::Negative {
            line: index,
            field: "rate",
        });
    }
    let discount = line.discount.unwrap_or(Decimal::ZERO);
    if discount.is_negative() {
        return Err(TotalsError::Negative {
            line: index,
            field: "discount",
        });
    }
    let discount = Money::from_decimal(discount).map_err(|cause| TotalsError::InvalidNumber {
        line: index,
        field: "discount",
        cause,
    })?;
    if line.tax.is_negative() || line.tax > hundred() {
        return Err(TotalsError::TaxOutOfRange { line: index });
    }
    if let Some(allowed) = &options.tax_rates {
        if !allowed.contains(&line.tax) {
            let mut texts = Vec::with_capacity(allowed.len());
            for rate in allowed {
                texts.push(rate.to_text());
            }
            let allowed = texts;
            return Err(TotalsError::TaxNotAllowed {
                line: index,
                allowed,
            });
        }
    }
    let gross = match fast::gross(&line.quantity, &line.rate) {
        Some(ore) => Money::from_minor(ore),
        None => line.quantity.exact_product(&line.rate)?.round_money()?,
    };
    if discount > gross {
        return Err(TotalsError::DiscountExceedsLine { line: index });
    }
    Ok(CheckedLine {
        gross,
        discount,
        amount: gross.checked_sub(discount)?,
        tax: line.tax,
    })
}

/// Computes each line's amount and the order summary. The net (`subTotal`) is summed on an i64
/// fast path and, only when a number does not fit, on an exact i128 path: both are exact, so the
/// result is the same.
pub fn compute_totals(lines: &[Line], options: &TotalsOptions) -> Result<Totals, TotalsError> {
    if lines.is_empty() {
        return Err(TotalsError::NoLines);
    }
    // A plain loop: `collect::<Result<Vec<_>, _>>()` is a GenericShunt monomorph per call site.
    let mut checked = Vec::with_capacity(lines.len());
    for (index, line) in lines.iter().enumerate() {
        checked.push(check_line(index, line, options)?);
    }
    let sub_total = match fast::sub_total(&checked) {
        Some(ore) => Money::from_minor(ore),
        None => wide::sub_total(&checked)?,
    };
    finish_totals(&checked, sub_total, options.lang).map_err(TotalsError::from)
}

/// The sums, the derived tax and the warnings, from checked lines and the rounded subTotal.
fn finish_totals(
    checked: &[CheckedLine],
    sub_total: Money,
    lang: Lang,
) -> Result<Totals, MoneyError> {
    let count = checked.len();
    let (mut gross, mut discount) = (Money::ZERO, Money::ZERO);
    for line in checked {
        gross = gross.checked_add(line.gross)?;
        discount = discount.checked_add(line.discount)?;
    }
    let grand_total = gross.checked_sub(discount)?;
    // Derived so the identity holds exactly; never negative, since subTotal <= Σ gross.
    let total_tax = grand_total.checked_add(discount)?.checked_sub(sub_total)?;
    let mut warnings = Vec::new();
    if count > FORM_MAX_LINES {
        warnings.push(TotalsWarning {
            code: "more_lines_than_forms_allow",
            message: match lang {
                Lang::En => {
                    let mut m = crate::text::uint(count);
                    m.push_str(" lines: Front Payment's own forms allow at most 20 (the API documents no limit)");
                    m
                }
                other => messages::Warning::MaxLines { count }.message(other),
            },
        });
    }
    let mut amounts = Vec::with_capacity(count);
    for line in checked {
        amounts.push(line.amount);
    }
    Ok(Totals {
        amounts,
        order_summary: OrderSummary {
            sub_total,
            total_tax,
            total_discount: discount,
            grand_total,
        },
        warnings,
    })
}

/// Reads one line from JSON: numbers or numeric strings; `discount` may be absent or null.
pub fn line_from_json(index: usize, value: &Value) -> Result<Line, TotalsError> {
    let object = value
        .as_object()
        .ok_or(TotalsError::NotAnObject { line: index })?;
    line_from_object(index, object, false)
}

/// [`line_from_json`] of an object; with `implied_quantity` (reservation and charge lines), an
/// absent or null `quantity` is 1.
pub(crate) fn line_from_object(
    index: usize,
    object: &Map<String, Value>,
    implied_quantity: bool,
) -> Result<Line, TotalsError> {
    // A required field is never `None` (`read_field` answers `Missing`): the defaults below are
    // never used.
    let quantity = read_field(object, index, "quantity", !implied_quantity)?;
    Ok(Line {
        quantity: quantity.unwrap_or(Decimal::from_int(1)),
        rate: read_field(object, index, "rate", true)?.unwrap_or(Decimal::ZERO),
        discount: read_field(object, index, "discount", false)?,
        tax: read_field(object, index, "tax", true)?.unwrap_or(Decimal::ZERO),
    })
}

/// One number of a line: `None` when absent or null, [`TotalsError::Missing`] then if required.
#[inline(never)]
fn read_field(
    object: &Map<String, Value>,
    index: usize,
    field: &'static str,
    required: bool,
) -> Result<Option<Decimal>, TotalsError> {
    match object.get(field) {
        None | Some(Value::Null) if required => Err(TotalsError::Missing { line: index, field }),
        None | Some(Value::Null) => Ok(None),
        Some(v) => Decimal::from_json(v)
            .map(Some)
            .map_err(|cause| TotalsError::InvalidNumber {
                line: index,
                field,
                cause,
            }),
    }
}

/// The lines of a JSON list (or of an object keyed `"0"`, `"1"`, ... as some documents send
/// them), with their keys.
pub(crate) fn json_lines(value: &Value) -> Option<Vec<(String, &Value)>> {
    // Plain loops: each `map(..).collect()` was an iterator of its own in the .wasm.
    let mut out;
    match value {
        Value::Array(items) => {
            out = Vec::with_capacity(items.len());
            for (i, v) in items.iter().enumerate() {
                out.push((crate::text::uint(i), v));
            }
        }
        Value::Object(map) => {
            out = Vec::with_capacity(map.len());
            for (k, v) in map {
                out.push((k.clone(), v));
            }
        }
        _ => return None,
    }
    Some(out)
}

/// [`compute_totals`] over JSON lines: returns the lines (every field kept) with `amount` set,
/// the `orderSummary` and the warnings, all amounts as two-decimal strings.
pub fn compute_totals_json(
    lines: &Value,
    options: &TotalsOptions,
) -> Result<TotalsJson, TotalsError> {
    let items = match lines {
        Value::Array(items) => items,
        _ => return Err(TotalsError::NotAList),
    };
    let mut parsed = Vec::with_capacity(items.len());
    for (i, v) in items.iter().enumerate() {
        parsed.push(line_from_json(i, v)?);
    }
    let totals = compute_totals(&parsed, options)?;
    let mut out = Vec::with_capacity(items.len());
    for (item, amount) in items.iter().zip(&totals.amounts) {
        let mut object = item.as_object().cloned().unwrap_or_default();
        object.insert("amount".into(), Value::String(amount.to_text()));
        out.push(Value::Object(object));
    }
    Ok(TotalsJson {
        lines: out,
        order_summary: totals.order_summary,
        warnings: totals.warnings,
    })
}

/// The JSON form of [`Totals`]: what JS `computeTotals(lines)` returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TotalsJson {
    /// The input lines, each with its computed `amount`.
    pub lines: Vec<Value>,
    /// The four totals.
    pub order_summary: OrderSummary,
    /// What is worth knowing but does not make the cart wrong.
    pub warnings: Vec<TotalsWarning>,
}

#[cfg(test)]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props;
