//! Terminal (`000:7078-8116`): terminals, terminal orders, their payment status, refunds and refund
//! status. Terminal orders change status through `POST /__sandbox/status` (as the terminal would)
//! and their callback carries no checksum (`000:7435-7499`).

use super::shared::{id, text};
use super::{Ctx, Outcome, Table};
use crate::envelope::Reply;
use crate::state::TerminalOrder;
use fpgo::endpoints::{terminal, Endpoint};
use serde_json::{json, Value};

pub const HANDLERS: Table = &[
    ("terminal.listTerminals", list_terminals),
    ("terminal.createOrder", create_order),
    ("terminal.cancelOrder", |cx| cancel(cx, false)),
    ("terminal.resendOrder", resend_order),
    ("terminal.getPaymentStatus", get_payment_status),
    ("terminal.refund", refund),
    ("terminal.getRefundStatus", get_refund_status),
    ("terminal.cancelRefund", |cx| cancel(cx, true)),
];

fn list_terminals(cx: &mut Ctx) -> Outcome {
    let data = json!([{"terminalId": "SANDBOX-T1", "name": "Sandbox terminal 1", "organizationUuid": id(cx), "status": "Active"}]);
    Reply::ok(200, "terminalsRetrievedSuccessfully", true, data).into()
}

fn create_order(cx: &mut Ctx) -> Outcome {
    let amount = cx
        .payload
        .pointer("/orderSummary/grandTotal")
        .or_else(|| cx.payload.get("amount"))
        .cloned()
        .unwrap_or(Value::Null);
    let t = TerminalOrder {
        uuid: cx.store.uuid("ODR"),
        status: "Pending".into(),
        refund_status: None,
        amount,
        callback_url: text(cx.payload, "/callbackUrl"),
    };
    let data = json!({"orderUuid": t.uuid});
    cx.store.terminal_orders.insert(t.uuid.clone(), t);
    Reply::ok(201, "terminalOrderAddedSuccessfully", true, data).into()
}

/// Cancel Terminal Order (`000:7501-7618`) cancels the payment; Cancel Refund Request
/// (`000:8011-8116`, the same path with `type: refund`) cancels the pending refund.
fn cancel(cx: &mut Ctx, refund: bool) -> Outcome {
    match cx.store.terminal_orders.get_mut(&id(cx)) {
        None => Reply::not_found("orderNotFound"),
        Some(t) => {
            if refund {
                t.refund_status = Some("Cancelled".into());
            } else {
                t.status = "Cancelled".into();
            }
            let data = json!({"orderUuid": t.uuid, "status": t.status});
            Reply::ok(200, "terminalOrderCancelledSuccessfully", true, data)
        }
    }
    .into()
}

fn resend_order(cx: &mut Ctx) -> Outcome {
    match cx.store.terminal_orders.get(&id(cx)) {
        None => Reply::not_found("orderNotFound"),
        Some(t) => Reply::ok(
            202,
            "orderSentSuccessfully",
            true,
            json!({"orderUuid": t.uuid}),
        ),
    }
    .into()
}

/// Payment Status Check answers with the status in the envelope and `data: null`
/// (`000:7711-7753`; decision C-12): `Approved` is `PAID` / `orderPaymentConfirmed`, `Cancelled`
/// is `CANCELLED` / `orderPaymentFailed`; any other status (the documents show none) is its upper
/// case with `orderPaymentPending`.
fn get_payment_status(cx: &mut Ctx) -> Outcome {
    match cx.store.terminal_orders.get(&id(cx)) {
        None => Reply::not_found("orderNotFound"),
        Some(t) => {
            let (status, message) = match t.status.as_str() {
                "Approved" => ("PAID".to_string(), "orderPaymentConfirmed"),
                "Cancelled" => ("CANCELLED".to_string(), "orderPaymentFailed"),
                other => (other.to_uppercase(), "orderPaymentPending"),
            };
            Reply::status_in_envelope(
                envelope_key(&terminal::GET_PAYMENT_STATUS),
                &status,
                message,
            )
        }
    }
    .into()
}

fn refund(cx: &mut Ctx) -> Outcome {
    match cx.store.terminal_orders.get_mut(&id(cx)) {
        None => Reply::not_found("orderNotFound"),
        Some(t) if t.status != "Approved" => Reply::conflict("orderNotRefundable"),
        Some(t) => {
            t.refund_status = Some("Pending".into());
            Reply::ok(
                202,
                "refundRequestedSuccessfully",
                true,
                json!({"orderUuid": t.uuid}),
            )
        }
    }
    .into()
}

/// Refund Status Check answers with the status in the envelope and `data: null`
/// (`000:7963-7983`; decision C-12): `Refunded` is `REFUNDED` / `orderRefundedSuccessfully`,
/// `Rejected` is `REJECTED` / `refundRequestRejectedSuccessfully`; the sandbox's own states
/// (`Pending`, `Cancelled`, none requested) are their upper case with `refundRequestPending`,
/// `refundRequestCancelled`, `NONE` / `noRefundRequested` (the documents show none of them).
fn get_refund_status(cx: &mut Ctx) -> Outcome {
    match cx.store.terminal_orders.get(&id(cx)) {
        None => Reply::not_found("orderNotFound"),
        Some(t) => {
            let (status, message) = match t.refund_status.as_deref() {
                None => ("NONE".to_string(), "noRefundRequested"),
                Some("Refunded") => ("REFUNDED".to_string(), "orderRefundedSuccessfully"),
                Some("Rejected") => ("REJECTED".to_string(), "refundRequestRejectedSuccessfully"),
                Some("Cancelled") => ("CANCELLED".to_string(), "refundRequestCancelled"),
                Some(other) => (other.to_uppercase(), "refundRequestPending"),
            };
            Reply::status_in_envelope(envelope_key(&terminal::GET_REFUND_STATUS), &status, message)
        }
    }
    .into()
}

/// The envelope key an endpoint's spec names for its status (`order_status`), so the sandbox
/// answers where the client reads.
fn envelope_key(endpoint: &Endpoint) -> &'static str {
    match endpoint.response.status_in_envelope {
        Some(spec) => spec.envelope_key,
        None => panic!("{} answers in `data`, not in the envelope", endpoint.id),
    }
}
