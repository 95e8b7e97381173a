//! The amount checks the documents support but the server does not document as validation rules,
//! reported as warnings (a payload that fails them may still be accepted by Front Payment).
//!
//! Each check compares a sent amount with the exact value it should be, and accepts anything
//! within one øre of it, so a sender that rounds differently (half-even, per line) is not flagged.
//! Sent amounts are read as the server reads them (PHP's `is_numeric`: `"1e3"` is 1000), and every
//! sent summary that is not the recomputed one is a warning, whatever the signs of the lines.
//! The exact values come from the i64 fast path ([`super::fast`]) and, only when a number does not
//! fit there, from the i128 path ([`super::wide`]).

use super::messages::{Lang, Warning};
use super::{fast, json_lines, wide, Line, TotalsIssue, FORM_MAX_LINES};
use crate::endpoints::Lines;
use crate::money::{Decimal, Money, Ratio};
use serde_json::{Map, Value};

/// What amounts an endpoint's body carries: the [`Lines`] of its recipe, in its spec
/// ([`crate::endpoints::Endpoint::body`]); `Lines::None` for an endpoint without a body or an
/// unknown id.
fn lines_of(endpoint_id: &str) -> Lines {
    crate::endpoints::find(endpoint_id)
        .and_then(|e| e.body.as_ref())
        .map_or(Lines::None, |recipe| recipe.lines)
}

/// Warnings for one payload: `(field path, issue)` pairs, field paths with concrete keys
/// (`products.0.amount`). `validate()` merges them into its report's `warnings`.
pub fn payload_warnings(
    endpoint_id: &str,
    payload: &Value,
    lang: Lang,
) -> Vec<(String, TotalsIssue)> {
    let mut out = Warnings::new(lang);
    match lines_of(endpoint_id) {
        // Full order lines (quantity, rate, discount, tax, amount) and an `orderSummary`; a
        // subscription's `payablePerCycle` is not checked.
        Lines::Order | Lines::Subscription => {
            order_lines(payload, false, false, &mut out);
        }
        // No quantity or discount (000:3391-3431), so quantity 1 is implied.
        Lines::Reservation => {
            order_lines(payload, true, false, &mut out);
        }
        // No quantity, and a top-level `grandTotal` (000:4358-4383).
        Lines::Charge => {
            if let Some(sum) = order_lines(payload, true, true, &mut out) {
                grand_total_matches(payload, sum, &mut out);
            }
        }
        // `products.*.{id, amount}` and a `grandTotal`: captures and refunds.
        Lines::PartialAmounts => partial_amounts(payload, &mut out),
        Lines::None => {}
    }
    out.list
}

pub(super) struct Warnings {
    lang: Lang,
    list: Vec<(String, TotalsIssue)>,
}

impl Warnings {
    pub(super) fn new(lang: Lang) -> Warnings {
        Warnings {
            lang,
            list: Vec::new(),
        }
    }

    pub(super) fn into_list(self) -> Vec<(String, TotalsIssue)> {
        self.list
    }

    pub(super) fn push(&mut self, field: String, warning: Warning<'_>) {
        let issue = TotalsIssue {
            rule: warning.rule().to_string(),
            message: warning.message(self.lang),
        };
        self.list.push((field, issue));
    }
}

/// A sent amount as the server reads it.
pub(super) enum Sent {
    /// Absent or `null`.
    Absent,
    /// Not numeric at all (`"abc"`, `true`, an object): the rule engine's to report.
    NotNumeric,
    Value(Decimal),
    /// Numeric to PHP but beyond what we compute with (`"1e300"`, 13+ places): it equals no
    /// recomputed amount. Holds the text as sent.
    Unrepresentable(String),
}

impl Sent {
    pub(super) fn read(value: Option<&Value>) -> Sent {
        match value {
            None | Some(Value::Null) => Sent::Absent,
            Some(number @ Value::Number(n)) => match Decimal::from_json(number) {
                Ok(d) => Sent::Value(d),
                Err(_) => Sent::Unrepresentable(crate::json::number_text(n)),
            },
            Some(Value::String(s)) => match plain_decimal(s)
                .map(Ok)
                .or_else(|| Decimal::parse_php_numeric(s))
            {
                Some(Ok(d)) => Sent::Value(d),
                Some(Err(_)) => Sent::Unrepresentable(s.clone()),
                None => Sent::NotNumeric,
            },
            Some(_) => Sent::NotNumeric,
        }
    }

    pub(super) fn value(&self) -> Option<Decimal> {
        match self {
            Sent::Value(d) => Some(*d),
            _ => None,
        }
    }

    /// The value as a message shows it (as sent), if it is numeric.
    fn shown(&self) -> Option<String> {
        match self {
            Sent::Value(d) => Some(d.to_text()),
            Sent::Unrepresentable(text) => Some(text.clone()),
            Sent::Absent | Sent::NotNumeric => None,
        }
    }
}

/// A plain decimal string (`51.00`, `-3`, `0.125`: an optional `-`, at most 18 digits in all with
/// at most 12 after the `.`; no spaces, `+`, separators or exponent) read without the general
/// parser; `None` for anything else, which [`Decimal::parse_php_numeric`] reads. The same value as
/// `Decimal::parse` (units and scale as written), checked by a test.
fn plain_decimal(s: &str) -> Option<Decimal> {
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let dotted = int.len() != body.len();
    if int.is_empty()
        || int.len() + frac.len() > 18
        || (dotted && frac.is_empty())
        || frac.len() > 12
    {
        return None;
    }
    let mut units: u64 = 0;
    for part in &[int, frac] {
        for b in part.bytes() {
            if !b.is_ascii_digit() {
                return None;
            }
            units = units * 10 + u64::from(b - b'0');
        }
    }
    let units = i128::from(units);
    Decimal::new(if negative { -units } else { units }, frac.len() as u32)
}

/// `value[name]` of an object (`None` otherwise), as `Value::get` gives it.
fn member<'a>(value: &'a Value, name: &str) -> Option<&'a Value> {
    value.as_object().and_then(|o| entry(o, name))
}

/// `object[name]`: payload objects are small, so a scan beats hashing the key (most of the
/// warnings' time for a 10-line order was SipHash lookups of `amount`, `rate`, ...).
fn entry<'a>(object: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    if object.len() <= 16 {
        // Most keys differ in length or first byte: decided before the library compare.
        object.iter().find_map(|(k, v)| {
            (k.len() == name.len() && k.as_bytes().first() == name.as_bytes().first() && k == name)
                .then_some(v)
        })
    } else {
        object.get(name)
    }
}

/// A sent amount, if it is one we compute with.
pub(super) fn amount(value: Option<&Value>) -> Option<Decimal> {
    Sent::read(value).value()
}

/// A decimal for a message: two places when it has at most two (`51` -> `51.00`), else exactly.
pub(super) fn show_decimal(d: &Decimal) -> String {
    Money::from_decimal(*d)
        .map(|m| m.to_text())
        .unwrap_or_else(|_| d.to_text())
}

/// An exact value on either path (used as `dyn Exact`). `None` from a method means "does not fit here": the caller
/// redoes the whole comparison on the wide path.
trait Exact {
    fn within_one_ore(&self, given: &Decimal) -> Option<bool>;
    fn within_one_ore_plus(&self, shipping: &Decimal, given: &Decimal) -> Option<bool>;
    fn show(&self) -> Option<String>;
}

impl Exact for fast::Frac {
    fn within_one_ore(&self, given: &Decimal) -> Option<bool> {
        fast::Frac::within_one_ore(self, given)
    }
    fn within_one_ore_plus(&self, shipping: &Decimal, given: &Decimal) -> Option<bool> {
        self.plus(shipping)?.within_one_ore(given)
    }
    fn show(&self) -> Option<String> {
        self.to_money().map(|m| m.to_text())
    }
}

impl Exact for Ratio {
    fn within_one_ore(&self, given: &Decimal) -> Option<bool> {
        Some(wide::within_one_ore(given, self))
    }
    fn within_one_ore_plus(&self, shipping: &Decimal, given: &Decimal) -> Option<bool> {
        let total = self.checked_add(&Ratio::from(*shipping)).ok();
        Some(total.is_some_and(|t| wide::within_one_ore(given, &t)))
    }
    fn show(&self) -> Option<String> {
        Some(wide::show(self))
    }
}

/// `Some(None)`: the sent amount is the exact one (within one øre) or not numeric; `Some(Some(
/// expected))`: it is not; `None`: the numbers do not fit this path.
/// One copy for both paths (`dyn`: the path only picks the arithmetic, and a generic copied the
/// whole comparison per path).
fn mismatch(exact: &dyn Exact, sent: &Sent) -> Option<Option<String>> {
    let ok = match sent {
        Sent::Value(given) => exact.within_one_ore(given)?,
        Sent::Unrepresentable(_) => false,
        Sent::Absent | Sent::NotNumeric => true,
    };
    if ok {
        Some(None)
    } else {
        exact.show().map(Some)
    }
}

/// Line and summary checks. With `sum_lines`, returns the sum of the sent line amounts when every
/// line had one (only a charge's `grandTotal` needs it: the others skip the additions).
fn order_lines(
    payload: &Value,
    implied_quantity: bool,
    sum_lines: bool,
    out: &mut Warnings,
) -> Option<Decimal> {
    let lines = json_lines(member(payload, "products")?)?;
    if lines.len() > FORM_MAX_LINES {
        out.push("products".into(), Warning::MaxLines { count: lines.len() });
    }
    let mut parsed: Vec<Line> = Vec::with_capacity(lines.len());
    let mut sent_sum = sum_lines.then_some(Decimal::ZERO);
    for (key, value) in &lines {
        let sent = Sent::read(member(value, "amount"));
        sent_sum = match (sent_sum, sent.value()) {
            (Some(sum), Some(a)) => sum.checked_add(&a).ok(),
            _ => None,
        };
        let Some(line) = read_line(value, implied_quantity) else {
            continue;
        };
        let expected = fast::line_total(&line)
            .and_then(|exact| mismatch(&exact, &sent))
            .or_else(|| {
                wide::line_total(&line)
                    .ok()
                    .and_then(|exact| mismatch(&exact, &sent))
            });
        // The sent value is formatted only for a warning (most lines match).
        if let Some(Some(expected)) = expected {
            if let Some(given) = sent.shown() {
                out.push(
                    crate::text::concat(&["products.", key, ".amount"]),
                    Warning::LineAmount {
                        given: &given,
                        expected: &expected,
                    },
                );
            }
        }
        parsed.push(line);
    }
    if parsed.len() == lines.len() && !parsed.is_empty() {
        if let Some(summary) = member(payload, "orderSummary").and_then(Value::as_object) {
            summary_matches(summary, &parsed, out);
        }
    }
    sent_sum
}

/// A line as the payload has it; reservation and charge lines imply quantity 1 and no discount.
/// `None` when a number needed to recompute it is missing or not one we compute with.
fn read_line(value: &Value, implied_quantity: bool) -> Option<Line> {
    let field = |name: &str| Sent::read(member(value, name));
    let quantity = match field("quantity") {
        Sent::Value(q) => q,
        Sent::Absent if implied_quantity => Decimal::from_int(1),
        _ => return None,
    };
    let discount = match field("discount") {
        Sent::Value(d) => Some(d),
        Sent::Absent => None,
        _ => return None,
    };
    Some(Line {
        quantity,
        rate: field("rate").value()?,
        discount,
        tax: field("tax").value()?,
    })
}

const SUMMARY_FIELDS: [&str; 4] = ["subTotal", "totalTax", "totalDiscount", "grandTotal"];

/// The sent `orderSummary`, each field read once: `[subTotal, totalTax, totalDiscount,
/// grandTotal]` and `shippingCost`.
struct SentSummary {
    fields: [Sent; 4],
    shipping: Sent,
}

impl SentSummary {
    fn read(summary: &Map<String, Value>) -> SentSummary {
        SentSummary {
            fields: SUMMARY_FIELDS.map(|f| Sent::read(entry(summary, f))),
            shipping: Sent::read(entry(summary, "shippingCost")),
        }
    }
}

/// `(field, given, expected)` for every summary field that is not the recomputed value.
type Mismatches = Vec<(&'static str, String, String)>;

/// One copy for both paths, as [`mismatch`].
fn summary_mismatches(sent: &SentSummary, expected: [&dyn Exact; 4]) -> Option<Mismatches> {
    let shipping = sent.shipping.value().unwrap_or(Decimal::ZERO);
    let mut found = Vec::new();
    for ((field, sent), exact) in SUMMARY_FIELDS.into_iter().zip(&sent.fields).zip(expected) {
        let ok = match sent {
            Sent::Value(given) => {
                // How shippingCost enters grandTotal is undocumented (P1-D64): accept it either way.
                exact.within_one_ore(given)?
                    || (field == "grandTotal" && exact.within_one_ore_plus(&shipping, given)?)
            }
            Sent::Unrepresentable(_) => false,
            Sent::Absent | Sent::NotNumeric => true,
        };
        if !ok {
            if let Some(given) = sent.shown() {
                found.push((field, given, exact.show()?));
            }
        }
    }
    Some(found)
}

/// The four exact values as trait objects.
fn each<E: Exact>(exact: &[E; 4]) -> [&dyn Exact; 4] {
    [&exact[0], &exact[1], &exact[2], &exact[3]]
}

fn summary_matches(summary: &Map<String, Value>, lines: &[Line], out: &mut Warnings) {
    let sent = SentSummary::read(summary);
    let found = fast::summary(lines)
        .and_then(|exact| summary_mismatches(&sent, each(&exact)))
        .or_else(|| summary_mismatches(&sent, each(&wide::summary(lines).ok()?)));
    for (field, given, expected) in found.unwrap_or_default() {
        out.push(
            crate::text::concat(&["orderSummary.", field]),
            Warning::OrderSummary {
                field,
                given: &given,
                expected: &expected,
            },
        );
    }
    identity_holds(&sent, out);
}

/// `subTotal + totalTax - totalDiscount = grandTotal` among the sent values (plus shippingCost, if
/// any, either way). Exact: these are the sender's own numbers.
fn identity_holds(sent: &SentSummary, out: &mut Warnings) {
    let [sub, tax, discount, grand] = &sent.fields;
    let optional = |s: &Sent| match s {
        Sent::Value(d) => Some(*d),
        Sent::Absent | Sent::NotNumeric => Some(Decimal::ZERO),
        Sent::Unrepresentable(_) => None,
    };
    let (Some(sub), Some(tax)) = (sub.value(), tax.value()) else {
        return;
    };
    let (Some(discount), Some(shipping)) = (optional(discount), optional(&sent.shipping)) else {
        return;
    };
    let Ok(computed) = sub.checked_add(&tax).and_then(|s| s.checked_sub(&discount)) else {
        return;
    };
    let with_shipping = computed.checked_add(&shipping).unwrap_or(computed);
    let equal = grand
        .value()
        .is_some_and(|g| computed == g || with_shipping == g);
    if !equal {
        // Formatted only for a warning.
        let given = match grand {
            Sent::Value(g) => show_decimal(g),
            Sent::Unrepresentable(text) => text.clone(),
            Sent::Absent | Sent::NotNumeric => return,
        };
        let computed = show_decimal(&computed);
        out.push(
            "orderSummary.grandTotal".into(),
            Warning::SummaryIdentity {
                computed: &computed,
                given: &given,
            },
        );
    }
}

/// A top-level `grandTotal` against the sum of the sent product amounts.
fn grand_total_matches(payload: &Value, sum: Decimal, out: &mut Warnings) {
    let sent = Sent::read(payload.get("grandTotal"));
    let equal = sent.value().is_some_and(|given| given == sum);
    if equal {
        return;
    }
    if let Some(given) = sent.shown() {
        let expected = show_decimal(&sum);
        out.push(
            "grandTotal".into(),
            Warning::GrandTotal {
                given: &given,
                expected: &expected,
            },
        );
    }
}

/// Captures and refunds: positive amounts, each product once, `grandTotal` = Σ amounts.
fn partial_amounts(payload: &Value, out: &mut Warnings) {
    let Some(lines) = payload.get("products").and_then(json_lines) else {
        return;
    };
    let mut sum = Some(Decimal::ZERO);
    // The ids seen, as the keys of a JSON map: its insert is in the .wasm anyway, a `HashSet`'s
    // was a table of its own inlined here.
    let mut seen = Map::new();
    for (key, value) in &lines {
        let sent = amount(value.get("amount"));
        if let Some(a) = sent {
            if a.is_negative() || a.is_zero() {
                let given = a.to_text();
                out.push(
                    crate::text::concat(&["products.", key, ".amount"]),
                    Warning::PositiveAmount { given: &given },
                );
            }
        }
        sum = match (sum, sent) {
            (Some(s), Some(a)) => s.checked_add(&a).ok(),
            _ => None,
        };
        if let Some(id) = value.get("id").filter(|v| !v.is_null()) {
            let id = match id {
                Value::String(s) => s.clone(),
                // `Value`'s Display would link serde_json's writer: the same text.
                other => crate::json::to_string(other).unwrap_or_default(),
            };
            if seen.insert(id.clone(), Value::Null).is_some() {
                out.push(
                    crate::text::concat(&["products.", key, ".id"]),
                    Warning::DuplicateProduct { id: &id },
                );
            }
        }
    }
    if let Some(sum) = sum {
        grand_total_matches(payload, sum, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut reads exactly what the general parser reads (value and written scale), and
    /// leaves everything else to it.
    #[test]
    fn plain_decimals_read_as_the_parser_reads_them() {
        let plain = [
            "0",
            "1",
            "51",
            "51.00",
            "0.00",
            "-3",
            "-0",
            "-0.50",
            "007",
            "4500.125",
            "123456789012345678",
            "1.123456789012",
        ];
        for s in plain {
            let fast = plain_decimal(s).unwrap_or_else(|| panic!("{s} is plain"));
            let general = Decimal::parse(s).unwrap();
            assert_eq!(fast, general, "{s}");
            assert_eq!(fast.to_string(), general.to_string(), "{s}");
        }
        let other = [
            "",
            "-",
            ".",
            "51.",
            ".5",
            "+5",
            " 5",
            "5 ",
            "1e3",
            "4 500",
            "4500,00",
            "1.2.3",
            "--1",
            "1234567890123456789",
            "1.1234567890123",
            "٣",
            "0x1A",
            "5.-1",
        ];
        for s in other {
            assert_eq!(plain_decimal(s), None, "{s:?} goes to the general parser");
        }
    }
}
