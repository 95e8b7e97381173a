//! The amount checks the documents support but the server does not document as validation rules,
//! reported as warnings (a payload that fails them may still be accepted by Front Payment).
//!
//! Each check compares a sent amount with the exact value it should be, and accepts anything
//! within one øre of it, so a sender that rounds differently (half-even, per line) is not flagged.

use super::messages::Warning;
use super::{exact_totals, json_lines, line_from_json, Line, FORM_MAX_LINES};
use crate::money::{Decimal, Ratio};
use crate::validate::{Issue, Lang};
use serde_json::Value;
use std::collections::HashSet;

/// What amounts an endpoint's body carries.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Full order lines (quantity, rate, discount, tax, amount) and an `orderSummary`.
    OrderLines,
    /// Reservation lines: no quantity or discount (000:3391-3431), so quantity 1 is implied.
    ReservationLines,
    /// Charge lines (no quantity) and a top-level `grandTotal` (000:4358-4383).
    ChargeLines,
    /// `products.*.{id, amount}` and a `grandTotal`: captures and refunds (000:1592-1607,
    /// 000:4180-4190, 000:4962-4987, 000:6947-6962, 000:7834-7849).
    PartialAmounts,
    None,
}

fn shape(endpoint_id: &str) -> Shape {
    match endpoint_id {
        "orders.sendPaymentLink"
        | "orders.sendInvoice"
        | "orders.sendEFaktura"
        | "orders.sendEhfInvoice"
        | "checkout.createSession"
        | "checkout.createInvoiceSession"
        | "checkout.createHostedPaymentLink"
        | "subscriptions.create"
        | "subscriptions.createSession"
        | "terminal.createOrder" => Shape::OrderLines,
        "reservations.submit" | "reservations.createSession" => Shape::ReservationLines,
        "reservations.charge" => Shape::ChargeLines,
        "orders.refund"
        | "reservations.capture"
        | "reservations.refund"
        | "refunds.requestApproval"
        | "terminal.refund" => Shape::PartialAmounts,
        _ => Shape::None,
    }
}

/// Warnings for one payload: `(field path, issue)` pairs, field paths with concrete keys
/// (`products.0.amount`). `validate()` merges them into its report's `warnings`.
pub fn payload_warnings(endpoint_id: &str, payload: &Value, lang: Lang) -> Vec<(String, Issue)> {
    let mut out = Warnings {
        lang,
        list: Vec::new(),
    };
    match shape(endpoint_id) {
        Shape::OrderLines => {
            order_lines(payload, false, &mut out);
        }
        Shape::ReservationLines => {
            order_lines(payload, true, &mut out);
        }
        Shape::ChargeLines => {
            if let Some(sum) = order_lines(payload, true, &mut out) {
                grand_total_matches(payload, sum, &mut out);
            }
        }
        Shape::PartialAmounts => partial_amounts(payload, &mut out),
        Shape::None => {}
    }
    out.list
}

pub(super) struct Warnings {
    lang: Lang,
    list: Vec<(String, Issue)>,
}

impl Warnings {
    pub(super) fn new(lang: Lang) -> Warnings {
        Warnings {
            lang,
            list: Vec::new(),
        }
    }

    pub(super) fn into_list(self) -> Vec<(String, Issue)> {
        self.list
    }

    pub(super) fn push(&mut self, field: String, warning: Warning<'_>) {
        let issue = Issue {
            rule: warning.rule().to_string(),
            message: warning.message(self.lang),
        };
        self.list.push((field, issue));
    }
}

/// A sent amount, if it is one (malformed values are the rule engine's to report).
pub(super) fn amount(value: Option<&Value>) -> Option<Decimal> {
    value.and_then(|v| Decimal::from_json(v).ok())
}

/// `|given - exact| < 0.01`.
fn within_one_ore(given: Decimal, exact: &Ratio) -> bool {
    let Ok(diff) = Ratio::from(given).checked_sub(exact) else {
        return false;
    };
    let Ok(scaled) = diff.checked_mul(&Ratio::from(Decimal::from_int(100))) else {
        return false;
    };
    scaled.numer().unsigned_abs() < scaled.denom().unsigned_abs()
}

pub(super) fn show(exact: &Ratio) -> String {
    exact
        .round_money()
        .map(|m| m.to_string())
        .unwrap_or_default()
}

/// Line and summary checks. Returns the sum of the sent line amounts when every line had one.
fn order_lines(payload: &Value, implied_quantity: bool, out: &mut Warnings) -> Option<Ratio> {
    let lines = json_lines(payload.get("products")?)?;
    if lines.len() > FORM_MAX_LINES {
        out.push("products".into(), Warning::MaxLines { count: lines.len() });
    }
    let mut parsed: Vec<Line> = Vec::with_capacity(lines.len());
    let mut sent_sum = Some(Ratio::ZERO);
    for (key, value) in &lines {
        let line = read_line(value, implied_quantity);
        let sent = amount(value.get("amount"));
        sent_sum = match (sent_sum, sent) {
            (Some(sum), Some(a)) => sum.checked_add(&Ratio::from(a)).ok(),
            _ => None,
        };
        let Some(line) = line else { continue };
        if let (Some(sent), Ok(exact)) = (sent, exact_totals(&[line])) {
            if !within_one_ore(sent, &exact.grand_total) {
                let (given, expected) = (sent.to_string(), show(&exact.grand_total));
                out.push(
                    format!("products.{key}.amount"),
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
        if let Some(summary) = payload.get("orderSummary").and_then(Value::as_object) {
            summary_matches(summary, &parsed, out);
        }
    }
    sent_sum
}

/// A line as the payload has it; reservation and charge lines imply quantity 1 and no discount.
fn read_line(value: &Value, implied_quantity: bool) -> Option<Line> {
    if implied_quantity && value.get("quantity").map_or(true, Value::is_null) {
        let mut object = value.as_object()?.clone();
        object.insert("quantity".into(), Value::from(1));
        return line_from_json(0, &Value::Object(object)).ok();
    }
    line_from_json(0, value).ok()
}

fn summary_matches(summary: &serde_json::Map<String, Value>, lines: &[Line], out: &mut Warnings) {
    let Ok(exact) = exact_totals(lines) else {
        return;
    };
    let shipping = amount(summary.get("shippingCost"))
        .map(Ratio::from)
        .unwrap_or(Ratio::ZERO);
    let fields: [(&str, &Ratio); 4] = [
        ("subTotal", &exact.sub_total),
        ("totalTax", &exact.total_tax),
        ("totalDiscount", &exact.total_discount),
        ("grandTotal", &exact.grand_total),
    ];
    for (field, expected) in fields {
        let Some(given) = amount(summary.get(field)) else {
            continue;
        };
        // How shippingCost enters grandTotal is undocumented (P1-D64): accept it either way.
        let with_shipping = expected.checked_add(&shipping).ok();
        let ok = within_one_ore(given, expected)
            || (field == "grandTotal" && with_shipping.is_some_and(|w| within_one_ore(given, &w)));
        if !ok {
            let (given, expected) = (given.to_string(), show(expected));
            out.push(
                format!("orderSummary.{field}"),
                Warning::OrderSummary {
                    field,
                    given: &given,
                    expected: &expected,
                },
            );
        }
    }
    identity_holds(summary, out);
}

/// `subTotal + totalTax - totalDiscount = grandTotal` among the sent values (plus shippingCost, if
/// any, either way).
fn identity_holds(summary: &serde_json::Map<String, Value>, out: &mut Warnings) {
    let get = |k: &str| amount(summary.get(k)).map(Ratio::from);
    let (Some(sub), Some(tax), Some(grand)) = (get("subTotal"), get("totalTax"), get("grandTotal"))
    else {
        return;
    };
    let discount = get("totalDiscount").unwrap_or(Ratio::ZERO);
    let shipping = get("shippingCost").unwrap_or(Ratio::ZERO);
    let Ok(computed) = sub.checked_add(&tax).and_then(|s| s.checked_sub(&discount)) else {
        return;
    };
    let with_shipping = computed.checked_add(&shipping).unwrap_or(computed);
    if computed != grand && with_shipping != grand {
        let (computed, given) = (show(&computed), show(&grand));
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
fn grand_total_matches(payload: &Value, sum: Ratio, out: &mut Warnings) {
    let Some(given) = amount(payload.get("grandTotal")) else {
        return;
    };
    if Ratio::from(given) != sum {
        let (given, expected) = (given.to_string(), show(&sum));
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
    let mut sum = Some(Ratio::ZERO);
    let mut seen = HashSet::new();
    for (key, value) in &lines {
        let sent = amount(value.get("amount"));
        if let Some(a) = sent {
            if a.is_negative() || a.is_zero() {
                let given = a.to_string();
                out.push(
                    format!("products.{key}.amount"),
                    Warning::PositiveAmount { given: &given },
                );
            }
        }
        sum = match (sum, sent) {
            (Some(s), Some(a)) => s.checked_add(&Ratio::from(a)).ok(),
            _ => None,
        };
        if let Some(id) = value.get("id").filter(|v| !v.is_null()) {
            let id = match id {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            if !seen.insert(id.clone()) {
                out.push(
                    format!("products.{key}.id"),
                    Warning::DuplicateProduct { id: &id },
                );
            }
        }
    }
    if let Some(sum) = sum {
        grand_total_matches(payload, sum, out);
    }
}
