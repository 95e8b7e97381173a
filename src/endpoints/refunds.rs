//! Refund Management (seed 000 lines 6888-7076): endpoint #13 of the part 2 catalog.
//!
//! "Required" is `required`, "Conditional Required" is `required_if` with `nullable` (see the
//! chapter conventions in `subscriptions.rs` and the decision log).
//!
//! Tables are `#[rustfmt::skip]`: one line per documented field, so they read like the documents.

use super::{body, cite, path, Endpoint, Lines, Method, Recipe, Response};

/// #13 Request Refund Approval: asks Front Payment to approve a refund the regular refund flow
/// rejected; `message` carries that rejection. Rules table 6933-6982, example 6918-6930.
#[rustfmt::skip]
pub const REQUEST_APPROVAL: Endpoint = Endpoint {
    id: "refunds.requestApproval",
    name: "Request Refund Approval",
    method: Method::Post,
    // As documented, without `/connect` (P2-61).
    path: "/api/v1/orders/refund/request/approval/{orderUuid}",
    fields: &[
        path("orderUuid", "required|string|exists:orders,uuid", "000:6901; 000:7000-7009"),
        body("type", "required|string|in:regular,invoiced,reservation", "000:6947-6949"),
        body("grandTotal", "required|numeric", "000:6952-6954"),
        // Printed `products.*id` (P2-63).
        body("products.*.id", "required|numeric", "000:6957-6959"),
        body("products.*.amount", "required|numeric", "000:6962-6964"),
        body("message", "required|string", "000:6967-6969"),
        body("source", "required_if:type,reservation|nullable|string|in:captured,charged", "000:6972-6974"),
        body("reference", "required_if:type,reservation|nullable|string", "000:6977-6979"),
    ],
    source: cite("000:6892-7076"),
    body: Some(Recipe::plain(Lines::PartialAmounts)),
    response: Response::null("000:6988-6996"),
};

/// This area's endpoints, in the documents' order.
pub const ENDPOINTS: &[Endpoint] = &[REQUEST_APPROVAL];
