//! Checkout (`000:2111-3150`): hosted checkout sessions, invoice sessions and hosted payment links.
//! Each answers with the sandbox's checkout page for the new order.

use super::shared::{new_order, pay_url};
use super::{Ctx, Outcome, Table};
use crate::envelope::Reply;
use crate::state::Kind;
use serde_json::json;

pub const HANDLERS: Table = &[
    ("checkout.createSession", create_session),
    ("checkout.createInvoiceSession", create_invoice_session),
    (
        "checkout.createHostedPaymentLink",
        create_hosted_payment_link,
    ),
];

fn create_session(cx: &mut Ctx) -> Outcome {
    let o = new_order(cx.store, cx.payload, Kind::Order, "checkout");
    let data = json!({"orderUuid": o.uuid, "customerUuid": o.customer_uuid, "paymentUrl": pay_url(cx.base_url, &o.uuid)});
    Reply::ok(201, "Order Submitted Successfully", true, data).into()
}

fn create_invoice_session(cx: &mut Ctx) -> Outcome {
    let o = new_order(cx.store, cx.payload, Kind::Order, "invoice-session");
    let data = json!({"orderUuid": o.uuid, "customerUuid": o.customer_uuid, "bankIdUrl": pay_url(cx.base_url, &o.uuid)});
    Reply::ok(201, "orderCreatedSuccessfully", true, data).into()
}

fn create_hosted_payment_link(cx: &mut Ctx) -> Outcome {
    let o = new_order(cx.store, cx.payload, Kind::Order, "hosted");
    let data = json!({"orderUuid": o.uuid, "customerUuid": o.customer_uuid, "paymentUrl": pay_url(cx.base_url, &o.uuid)});
    Reply::ok(201, "Payment Link Created Successfully", true, data).into()
}
