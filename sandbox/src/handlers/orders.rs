//! Orders (`000:7-2105`): payment links and invoices, resend, cancel, refund, statuses, details,
//! invoice number and delayed charge.

use super::shared::{amount, id, list, minus, new_order, number, order_details, text};
use super::{Ctx, Outcome, Table};
use crate::envelope::Reply;
use crate::state::{now, Kind, Order, Store};
use fpgo::money::Money;
use serde_json::{json, Value};

pub const HANDLERS: Table = &[
    ("orders.sendPaymentLink", |cx| create(cx, "payment-link")),
    ("orders.sendInvoice", |cx| create(cx, "invoice")),
    ("orders.sendEFaktura", |cx| create(cx, "faktura")),
    ("orders.sendEhfInvoice", |cx| create(cx, "ehf")),
    ("orders.resendPaymentLink", resend),
    ("orders.cancel", cancel),
    ("orders.refund", |cx| refund(cx, Kind::Order)),
    ("orders.listStatuses", list_statuses),
    ("orders.getStatus", get_status),
    ("orders.getDetails", get_details),
    ("orders.getInvoiceNumber", get_invoice_number),
    ("orders.delayedCharge", delayed_charge),
];

fn create(cx: &mut Ctx, order_type: &'static str) -> Outcome {
    let o = new_order(cx.store, cx.payload, Kind::Order, order_type);
    // 000:262-273: is_data false with a filled data object, and the key is `uuid`.
    Reply::ok(
        201,
        "orderAddedSuccessfully",
        false,
        json!({"uuid": o.uuid, "customerUuid": o.customer_uuid}),
    )
    .into()
}

fn resend(cx: &mut Ctx) -> Outcome {
    match cx.store.order(&id(cx), Kind::Order) {
        None => Reply::not_found("orderNotFound"),
        Some(o) if o.status == "PAID" => Reply::conflict("orderStatusAlreadyPaid"),
        Some(o) if o.status == "CANCELLED" => Reply::conflict("orderStatusAlreadyCancelled"),
        Some(_) => Reply::ok(202, "resentOrderSuccessfully", true, Value::Null),
    }
    .into()
}

fn cancel(cx: &mut Ctx) -> Outcome {
    match cx.store.order(&id(cx), Kind::Order) {
        None => Reply::not_found_data("orderNotFound"),
        Some(o) if o.status == "CANCELLED" => Reply::conflict("orderStatusAlreadyCancelled"),
        Some(o) if o.status != "SENT" => Reply::conflict("orderStatusAlreadyPaid"),
        Some(o) => {
            o.status = "CANCELLED".into();
            Reply::ok(202, "cancelledOrderSuccessfully", false, Value::Null)
        }
    }
    .into()
}

fn list_statuses(cx: &mut Ctx) -> Outcome {
    // 000:1733 filters with `type=Paid`: compared case-insensitively.
    let wanted = text(cx.payload, "/type").map(|t| t.to_uppercase());
    let statuses: Vec<Value> = cx
        .store
        .orders
        .values()
        .filter(|o| o.kind == Kind::Order && wanted.as_deref().is_none_or(|w| o.status == w))
        .map(|o| json!({"uuid": o.uuid, "status": o.status}))
        .collect();
    Reply::ok(
        200,
        "Order Status Retrieved Successfully",
        true,
        Value::Array(statuses),
    )
    .into()
}

fn get_status(cx: &mut Ctx) -> Outcome {
    match cx.store.order(&id(cx), Kind::Order) {
        None => Reply::not_found("orderNotFound"),
        Some(o) => Reply::ok(
            200,
            "Order Status Retrieved Successfully",
            true,
            json!({"uuid": o.uuid, "status": o.status, "orderAmount": number(o.grand_total), "refundedAmount": number(o.refunded)}),
        ),
    }
    .into()
}

fn get_details(cx: &mut Ctx) -> Outcome {
    match cx.store.order(&id(cx), Kind::Order).cloned() {
        None => Reply::not_found_data("orderNotFound"),
        Some(o) => Reply::ok(
            200,
            "orderRetrievedSuccessfully",
            true,
            order_details(cx.store, &o),
        ),
    }
    .into()
}

fn get_invoice_number(cx: &mut Ctx) -> Outcome {
    const INVOICED: [&str; 6] = [
        "INVOICED",
        "INKASSO",
        "PURRING",
        "PAID",
        "REFUNDED",
        "PARTIAL REFUNDED",
    ];
    match cx.store.order(&id(cx), Kind::Order) {
        None => Reply::not_found_data("orderNotFound"),
        Some(o) => {
            // 000:1978-1986: only invoiced orders in an invoiced-type status have one.
            let number = o
                .invoice_number
                .clone()
                .filter(|_| INVOICED.contains(&o.status.as_str()));
            Reply::ok(
                200,
                "orderInvoiceNoRetrievedSuccessfully",
                true,
                json!({"orderUuid": o.uuid, "invoiceNumber": number, "status": o.status}),
            )
        }
    }
    .into()
}

fn delayed_charge(cx: &mut Ctx) -> Outcome {
    let uuid = id(cx);
    match cx.store.order(&uuid, Kind::Order) {
        None => Reply::not_found_data("orderNotFound").into(),
        Some(o) if o.status == "CANCELLED" => Reply::conflict("orderStatusAlreadyCancelled").into(),
        Some(o) if o.status != "SENT" => Reply::conflict("orderStatusAlreadyPaid").into(),
        Some(o) => {
            o.status = "PAID".into();
            o.payment_method = Some("card".into());
            Outcome::notifying(
                Reply::ok(200, "orderDelayedChargedSuccessfully", true, Value::Null),
                &uuid,
            )
        }
    }
}

/// Refund Order (`000:1535-1717`) and Refund Reservation (`000:4902-5097`).
pub fn refund(cx: &mut Ctx, kind: Kind) -> Outcome {
    let uuid = id(cx);
    let requested = amount(cx.payload, "/grandTotal").unwrap_or(Money::ZERO);
    let lines: Vec<(Option<u64>, Money)> = list(cx.payload, "products")
        .into_iter()
        .map(|line| {
            (
                product_id(line),
                amount(line, "/amount").unwrap_or(Money::ZERO),
            )
        })
        .collect();
    let Some(o) = cx.store.order(&uuid, kind) else {
        return Reply::not_found("orderNotFound").into();
    };
    if let Err(reply) = check_refund(o, kind, requested, &lines) {
        return reply.into();
    }
    for (line_id, line_amount) in &lines {
        if let Some(product) = o.products.iter_mut().find(|p| Some(p.id) == *line_id) {
            product.refunded = Money::from_minor(product.refunded.minor() + line_amount.minor());
        }
    }
    o.refunded = Money::from_minor(o.refunded.minor() + requested.minor());
    o.status = if o.refunded >= paid(o, kind) {
        "REFUNDED"
    } else {
        "PARTIAL REFUNDED"
    }
    .into();
    let title = format!("refund-{}", o.refunded);
    log(cx.store, &uuid, &title);
    Reply::ok(202, "orderRefundedSuccessfully", true, Value::Null).into()
}

fn log(store: &mut Store, uuid: &str, title: &str) {
    store.log(uuid, title, now(), None);
}

/// What has been paid and so can be refunded.
fn paid(o: &Order, kind: Kind) -> Money {
    match kind {
        Kind::Reservation => Money::from_minor(o.captured.minor() + o.charged.minor()),
        _ => o.grand_total,
    }
}

/// The documented refund rejections (`000:1666-1717`), in the order the sandbox checks them.
fn check_refund(
    o: &Order,
    kind: Kind,
    requested: Money,
    lines: &[(Option<u64>, Money)],
) -> Result<(), Reply> {
    let refundable: &[&str] = match kind {
        Kind::Reservation => &["CAPTURED", "CHARGED", "COMPLETED", "PARTIAL REFUNDED"],
        _ => &["PAID", "INVOICED", "PARTIAL REFUNDED"],
    };
    if !refundable.contains(&o.status.as_str()) || requested > minus(paid(o, kind), o.refunded) {
        return Err(Reply::conflict(
            "refundRejectionForRefundRequestGreaterThanOrderAmount",
        ));
    }
    for (line_id, line_amount) in lines {
        let Some(product) = line_id.and_then(|id| o.products.iter().find(|p| p.id == id)) else {
            return Err(Reply {
                status: 400,
                body: json!({"status_code": 400, "status_message": "Conflict of Business Logic", "message": "requestProductIdNotAvailable", "is_data": false, "data": null}),
            });
        };
        let left = minus(product.amount, product.refunded);
        if *line_amount > left {
            let why = format!("product {} has {left} left to refund", product.id);
            return Err(Reply::error(
                400,
                "Conflict of Business Logic",
                "refundRejectionForProductAmountExceed",
                true,
                json!([why]),
            ));
        }
    }
    Ok(())
}

/// A refund line's order product id (`000:1602`), a number or a numeric string.
fn product_id(line: &Value) -> Option<u64> {
    line.get("id").and_then(|v| {
        v.as_u64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
    })
}
