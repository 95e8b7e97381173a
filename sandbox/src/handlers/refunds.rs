//! Refund approval (`000:6892-7076`): a refund request above what is left of the order is refused.

use super::shared::{amount, id, minus};
use super::{Ctx, Outcome, Table};
use crate::envelope::Reply;
use crate::state::Kind;
use fpgo::money::Money;
use serde_json::Value;

pub const HANDLERS: Table = &[("refunds.requestApproval", request_approval)];

fn request_approval(cx: &mut Ctx) -> Outcome {
    let requested = amount(cx.payload, "/grandTotal").unwrap_or(Money::ZERO);
    match cx.store.order(&id(cx), Kind::Order) {
        None => Reply::not_found("orderNotFound"),
        Some(o) if requested > minus(o.grand_total, o.refunded) => {
            Reply::conflict("refundRejectionForRefundRequestGreaterThanOrderAmount")
        }
        Some(_) => Reply::ok(201, "requestedOrderRefundSuccessfully", true, Value::Null),
    }
    .into()
}
