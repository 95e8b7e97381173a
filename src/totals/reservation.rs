//! Capture and refund amounts against the reservation they act on, for callers that hold its
//! details (the `data` of Get Reservation Details, 000:3944-4112). The server rejects these cases
//! with `requestedCaptureAmountExceedAvailableCaptureRunway` (000:4257-4288) and
//! `refundRejectionForRefundRequestGreaterThanOrderAmount` (000:5046-5097); checking first gives
//! the merchant the reason before the request is sent. Warnings, like the other totals checks.

use super::messages::{Lang, Warning};
use super::warnings::{amount, show_decimal, Warnings};
use super::TotalsIssue;
use crate::money::Decimal;
use serde_json::Value;

/// Warnings for a capture (`reservations.capture`) or a refund (`reservations.refund`) against
/// the reservation's details (the response's `data`, or the whole response). Any other endpoint,
/// or details without the needed fields, gives no warnings.
pub fn reservation_warnings(
    endpoint_id: &str,
    payload: &Value,
    details: &Value,
    lang: Lang,
) -> Vec<(String, TotalsIssue)> {
    let details = details
        .get("data")
        .filter(|d| d.is_object())
        .unwrap_or(details);
    let mut out = Warnings::new(lang);
    match endpoint_id {
        "reservations.capture" => capture(payload, details, &mut out),
        "reservations.refund" => refund(payload, details, &mut out),
        _ => {}
    }
    out.into_list()
}

fn id_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(crate::json::number_text(n)),
        _ => None,
    }
}

/// `(sent, what is left)` as message texts when the amount `sent` is more than what is left of
/// `record`: its `total` minus its `used` (absent: 0). `None` when it is not, or when an amount
/// is missing or not one we compute with. One copy for captures and refunds.
#[inline(never)]
fn over_what_is_left(
    sent: Option<&Value>,
    record: &Value,
    total: &str,
    used: &str,
) -> Option<(String, String)> {
    let sent = amount(sent)?;
    let total = amount(record.get(total))?;
    let used = amount(record.get(used)).unwrap_or(Decimal::ZERO);
    let available = total.checked_sub(&used).ok()?;
    (sent > available).then(|| (sent.to_text(), show_decimal(&available)))
}

/// Per product: the amount to capture is at most `reserved - captured` (000:3987-3998).
fn capture(payload: &Value, details: &Value, out: &mut Warnings) {
    let Some(known) = details.get("productList").and_then(Value::as_array) else {
        return;
    };
    let Some(lines) = payload.get("products").and_then(super::json_lines) else {
        return;
    };
    for (key, line) in lines {
        let Some(id) = line.get("id").and_then(id_text) else {
            continue;
        };
        let Some(product) = known
            .iter()
            .find(|p| p.get("id").and_then(id_text).as_deref() == Some(id.as_str()))
        else {
            out.push(
                crate::text::concat(&["products.", &key, ".id"]),
                Warning::UnknownProduct { id: &id },
            );
            continue;
        };
        let left = over_what_is_left(line.get("amount"), product, "reserved", "captured");
        if let Some((given, available)) = left {
            out.push(
                crate::text::concat(&["products.", &key, ".amount"]),
                Warning::CaptureExceedsReserved {
                    given: &given,
                    available: &available,
                },
            );
        }
    }
}

/// The refund's `grandTotal` is at most what is left of the capture or charge named by
/// `reference` in `paymentHistory.captured` / `paymentHistory.charged` (000:4048-4074).
fn refund(payload: &Value, details: &Value, out: &mut Warnings) {
    let Some(source) = payload.get("source").and_then(Value::as_str) else {
        return;
    };
    let Some(reference) = payload.get("reference").and_then(Value::as_str) else {
        return;
    };
    let Some(history) = details
        .get("paymentHistory")
        .and_then(|h| h.get(source))
        .and_then(Value::as_array)
    else {
        return;
    };
    let Some(payment) = history
        .iter()
        .find(|p| p.get("reference").and_then(Value::as_str) == Some(reference))
    else {
        out.push("reference".into(), Warning::UnknownReference { reference });
        return;
    };
    let left = over_what_is_left(payload.get("grandTotal"), payment, "amount", "refunded");
    if let Some((given, available)) = left {
        out.push(
            "grandTotal".into(),
            Warning::RefundExceedsPayment {
                given: &given,
                available: &available,
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn details() -> Value {
        json!({ "status_code": 200, "data": {
            "productList": [
                { "id": 298, "amount": 100, "reserved": 100, "captured": 60 },
                { "id": 299, "amount": 50, "reserved": 50, "captured": 0 }
            ],
            "paymentHistory": {
                "captured": [{ "amount": 60, "reference": "CAP1", "refunded": 15 }],
                "charged": [{ "amount": 150, "reference": "CHA1", "refunded": 0 }]
            }
        }})
    }

    fn rules(w: &[(String, TotalsIssue)]) -> Vec<(&str, &str)> {
        w.iter()
            .map(|(f, i)| (f.as_str(), i.rule.as_str()))
            .collect()
    }

    #[test]
    fn captures_within_what_is_still_reserved() {
        let ok = json!({ "products": [{ "id": 298, "amount": 40 }, { "id": "299", "amount": "50.00" }], "grandTotal": 90 });
        assert!(reservation_warnings("reservations.capture", &ok, &details(), Lang::En).is_empty());
        let over = json!({ "products": { "0": { "id": 298, "amount": 40.01 }, "1": { "id": 300, "amount": 1 } } });
        let w = reservation_warnings("reservations.capture", &over, &details(), Lang::En);
        assert_eq!(
            rules(&w),
            vec![
                ("products.0.amount", "CaptureExceedsReserved"),
                ("products.1.id", "UnknownProduct")
            ]
        );
        assert!(w[0].1.message.contains("40.00"), "{}", w[0].1.message);
    }

    #[test]
    fn refunds_within_what_is_left_of_the_payment() {
        let ok = json!({ "type": "reservation", "grandTotal": 45, "products": [{ "id": 298, "amount": 45 }], "source": "captured", "reference": "CAP1" });
        assert!(
            reservation_warnings("reservations.refund", &ok, &details()["data"], Lang::En)
                .is_empty()
        );
        let over = json!({ "grandTotal": 45.01, "source": "captured", "reference": "CAP1" });
        let w = reservation_warnings("reservations.refund", &over, &details(), Lang::Da);
        assert_eq!(rules(&w), vec![("grandTotal", "RefundExceedsPayment")]);
        assert!(w[0].1.message.starts_with("Refunderer"));
        let unknown = json!({ "grandTotal": 1, "source": "charged", "reference": "CAP1" });
        assert_eq!(
            rules(&reservation_warnings(
                "reservations.refund",
                &unknown,
                &details(),
                Lang::En
            )),
            vec![("reference", "UnknownReference")]
        );
    }

    #[test]
    fn nothing_to_compare_gives_nothing() {
        assert!(reservation_warnings(
            "reservations.capture",
            &json!({ "products": [{ "id": 1, "amount": 1 }] }),
            &json!({}),
            Lang::En
        )
        .is_empty());
        assert!(reservation_warnings("orders.refund", &json!({}), &details(), Lang::En).is_empty());
        assert!(
            reservation_warnings("reservations.refund", &json!("x"), &json!(null), Lang::En)
                .is_empty()
        );
    }
}
