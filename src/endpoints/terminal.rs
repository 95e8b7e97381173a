//! Terminal Order Management (seed 000 lines 7078-8116): endpoints #14-#21 of the part 2 catalog.
//!
//! "Required" is `required`, "Optional" (or no requiredness stated) is `nullable` (see the chapter
//! conventions in `subscriptions.rs` and the decision log). `{{ORDER_UUID}}` and
//! `{{ORGANIZATION_UUID}}` are written `{orderUuid}` and `{organizationUuid}` (P2-54). Where the
//! document gives a 404 `orderNotFound`, the order uuid carries the server-only `exists` rule.
//!
//! #16 Cancel Terminal Order and #21 Cancel Refund Request share one method and path (P2-73); the
//! body `type` (`payment` or `refund`) tells them apart, see [`for_cancel_type`].
//!
//! Tables are `#[rustfmt::skip]`: one line per documented field, so they read like the documents.

use super::DefaultValue::Str;
use super::{body, cite, defaults_to, path, DateRule, Endpoint, Lines, Method, Recipe, Response};

/// #14 Get Terminal Lists: the active terminals of an organization.
#[rustfmt::skip]
pub const LIST_TERMINALS: Endpoint = Endpoint {
    id: "terminal.listTerminals",
    name: "Get Terminal Lists",
    method: Method::Get,
    path: "/api/v1/connect/terminal/lists/{organizationUuid}",
    fields: &[path("organizationUuid", "required|string", "000:7092; 000:7084")],
    source: cite("000:7082-7136"),
    body: None,
    response: Response::data("Array<{ uuid: string; name: string; status: number; organization_uuid: string }>", "000:7109-7124"),
};

/// #15 Create Terminal Order: an order sent to a payment terminal. Rules table 7217-7401,
/// example 7165-7214.
#[rustfmt::skip]
pub const CREATE_ORDER: Endpoint = Endpoint {
    id: "terminal.createOrder",
    name: "Create Terminal Order",
    method: Method::Post,
    path: "/api/v1/connect/terminal/orders/create",
    fields: &[
        body("products.*.name", "required|string", "000:7231-7233"),
        body("products.*.productId", "nullable|string", "000:7236-7238"),
        body("products.*.quantity", "required|numeric", "000:7241-7243"),
        // Printed `products.*rate` (P2-63).
        body("products.*.rate", "required|numeric", "000:7246-7248"),
        body("products.*.discount", "nullable|numeric", "000:7251-7253"),
        body("products.*.tax", "required|numeric|in:0,12,15,25", "000:7256-7258"),
        body("products.*.amount", "required|numeric", "000:7261-7263"),
        body("orderSummary.subTotal", "required|numeric", "000:7266-7268"),
        body("orderSummary.totalTax", "required|numeric", "000:7271-7273"),
        body("orderSummary.totalDiscount", "required|numeric", "000:7276-7278"),
        body("orderSummary.grandTotal", "required|numeric", "000:7281-7283"),
        // "Set one of this sms or email field value is true": not expressible as a Laravel rule of
        // the list; left to a warning (P2-70).
        body("sendOrderBy", "required|array", "000:7286-7288"),
        body("sendOrderBy.sms", "required|boolean", "000:7291-7293"),
        body("sendOrderBy.email", "required|boolean", "000:7296-7298"),
        // "Current / Future Date": no format documented and the core reads no clock (P2-69).
        body("orderDate", "required|string", "000:7301-7303"),
        body("customerDetails.countryCode", "required|string", "000:7306-7308"),
        body("customerDetails.msisdn", "required|string", "000:7311-7313"),
        body("customerDetails.email", "required|email", "000:7316-7318"),
        // Typed `email` in the table, but it is the full name (P2-71).
        body("customerDetails.name", "required|string", "000:7321-7323"),
        body("customerDetails.preferredLanguage", "nullable|string|in:en,no,sv,da,de", "000:7326-7328"),
        body("customerDetails.type", "required|string|in:private,corporate", "000:7331-7333"),
        body("customerDetails.personalNumber", "nullable|string|digits:11", "000:7336-7338"),
        body("customerDetails.organizationId", "required_if:customerDetails.type,corporate|nullable|string|regex:/^[0-9]+$/", "000:7341-7343"),
        body("customerDetails.address.street", "required|string", "000:7346-7348"),
        body("customerDetails.address.zip", "required|string", "000:7351-7353"),
        body("customerDetails.address.city", "required|string", "000:7356-7358"),
        body("customerDetails.address.country", "required|string|regex:/^[A-Z]{2}$/", "000:7361-7363"),
        body("receiptPrint", "required|boolean", "000:7366-7368"),
        body("terminalUuid", "required|string", "000:7371-7373"),
        body("invoiceReferences.referenceNo", "nullable|string", "000:7376-7378"),
        body("invoiceReferences.customerReference", "nullable|string", "000:7381-7383"),
        body("invoiceReferences.customerNotes", "nullable|string", "000:7386-7388"),
        body("invoiceReferences.tnc", "nullable|string", "000:7391-7393"),
        // Top level, not `callback.callbackUrl` (P2-72).
        body("callbackUrl", "nullable|url", "000:7396-7398"),
    ],
    source: cite("000:7138-7499"),
    body: Some(Recipe { dates: &[("orderDate", DateRule::Lenient)], ..Recipe::plain(Lines::Order) }),
    response: Response::data("{ orderUuid: string }", "000:7409-7417"),
};

/// #16 Cancel Terminal Order (`type: payment`). Same method and path as [`CANCEL_REFUND`].
#[rustfmt::skip]
pub const CANCEL_ORDER: Endpoint = Endpoint {
    id: "terminal.cancelOrder",
    name: "Cancel Terminal Order",
    method: Method::Post,
    path: "/api/v1/connect/terminal/orders/cancel/{orderUuid}",
    fields: &[
        path("orderUuid", "required|string|exists:orders,uuid", "000:7510; 000:7571-7580"),
        body("type", "required|string|in:payment", "000:7547-7549"),
    ],
    source: cite("000:7501-7618"),
    body: Some(Recipe {
        defaults: &[defaults_to("type", Str("payment"), "000:7549")],
        ..Recipe::plain(Lines::None)
    }),
    response: Response::null("000:7560-7581"),
};

/// #17 Resend Terminal Order: sends the order to the terminal again. No body.
#[rustfmt::skip]
pub const RESEND_ORDER: Endpoint = Endpoint {
    id: "terminal.resendOrder",
    name: "Resend Terminal Order",
    method: Method::Post,
    path: "/api/v1/connect/terminal/orders/resend/{orderUuid}",
    fields: &[path("orderUuid", "required|string|exists:orders,uuid", "000:7630; 000:7660-7669")],
    source: cite("000:7620-7683"),
    body: None,
    response: Response::data("{ readonly orderUuid?: unknown } | readonly unknown[]", "000:7647-7657")
        .note("The example is not JSON (`\"data\": [ 'orderUuid': 'ODR1234567890' ]`): an object holding `orderUuid` or a list; check before reading."),
};

/// #18 Payment Status Check: the order's payment status (`order_status` PAID or CANCELLED).
#[rustfmt::skip]
pub const GET_PAYMENT_STATUS: Endpoint = Endpoint {
    id: "terminal.getPaymentStatus",
    name: "Payment Status Check",
    method: Method::Get,
    path: "/api/v1/connect/terminal/orders/payment-status/{orderUuid}",
    fields: &[path("orderUuid", "required|string|exists:orders,uuid", "000:7695; 000:7756-7765")],
    source: cite("000:7685-7779"),
    body: None,
    response: Response::status_in_envelope("order_status", "orderStatus", "{ orderStatus: string; message: string }", "000:7711-7753")
        .note("Read from the envelope (`order_status`, `message`; `data` is `null`): `orderStatus` is `PAID` or `CANCELLED` in the documents. Fields of a non-null `data` object are kept beside them."),
};

/// #19 Refund or Reverse Payment. Rules table 7820-7859, example 7807-7817.
#[rustfmt::skip]
pub const REFUND: Endpoint = Endpoint {
    id: "terminal.refund",
    name: "Refund or Reverse Payment",
    method: Method::Post,
    path: "/api/v1/connect/terminal/orders/refund/{orderUuid}",
    fields: &[
        path("orderUuid", "required|string|exists:orders,uuid", "000:7790; 000:7877-7886"),
        body("type", "required|string|in:regular", "000:7834-7836"),
        body("grandTotal", "required|numeric", "000:7839-7841"),
        // Printed `products.*id` (P2-63).
        body("products.*.id", "required|numeric", "000:7844-7846"),
        body("products.*.amount", "required|numeric", "000:7849-7851"),
        // No requiredness stated (P2-77).
        body("isReversal", "nullable|boolean", "000:7854-7856"),
    ],
    source: cite("000:7781-7934"),
    body: Some(Recipe {
        defaults: &[defaults_to("type", Str("regular"), "000:7836")],
        ..Recipe::plain(Lines::PartialAmounts)
    }),
    response: Response::null("000:7865-7873"),
};

/// #20 Refund Status Check: the order's refund status (`refund_status` REFUNDED or REJECTED).
/// POST, as documented (P2-78). No body.
#[rustfmt::skip]
pub const GET_REFUND_STATUS: Endpoint = Endpoint {
    id: "terminal.getRefundStatus",
    name: "Refund Status Check",
    method: Method::Post,
    path: "/api/v1/connect/terminal/orders/refund-status/{orderUuid}",
    fields: &[path("orderUuid", "required|string|exists:orders,uuid", "000:7947; 000:7986-7995")],
    source: cite("000:7936-8009"),
    body: None,
    response: Response::status_in_envelope("refund_status", "refundStatus", "{ refundStatus: string; message: string }", "000:7963-7983")
        .note("Read from the envelope (`refund_status`, `message`; `data` is `null`): `refundStatus` is `REFUNDED` or `REJECTED` in the documents. Fields of a non-null `data` object are kept beside them."),
};

/// #21 Cancel Refund Request (`type: refund`). Same method and path as [`CANCEL_ORDER`].
#[rustfmt::skip]
pub const CANCEL_REFUND: Endpoint = Endpoint {
    id: "terminal.cancelRefund",
    name: "Cancel Refund Request",
    method: Method::Post,
    path: "/api/v1/connect/terminal/orders/cancel/{orderUuid}",
    fields: &[
        path("orderUuid", "required|string|exists:orders,uuid", "000:8021; 000:8081-8090"),
        body("type", "required|string|in:refund", "000:8057-8059"),
    ],
    source: cite("000:8011-8116"),
    body: Some(Recipe {
        defaults: &[defaults_to("type", Str("refund"), "000:8059")],
        ..Recipe::plain(Lines::None)
    }),
    response: Response::null("000:8070-8091"),
};

/// This area's endpoints, in the documents' order.
pub const ENDPOINTS: &[Endpoint] = &[
    LIST_TERMINALS,
    CREATE_ORDER,
    CANCEL_ORDER,
    RESEND_ORDER,
    GET_PAYMENT_STATUS,
    REFUND,
    GET_REFUND_STATUS,
    CANCEL_REFUND,
];

/// Which of the two endpoints at `POST /api/v1/connect/terminal/orders/cancel/{orderUuid}` a
/// request body's `type` names: `payment` is [`CANCEL_ORDER`] (7529, 7547-7549), `refund` is
/// [`CANCEL_REFUND`] (8039, 8057-8059). Exact, case-sensitive match, as the server's `in:` rule;
/// anything else is `None` (a validation error on `type` for the caller to report).
pub fn for_cancel_type(body_type: &str) -> Option<&'static Endpoint> {
    match body_type {
        "payment" => Some(&CANCEL_ORDER),
        "refund" => Some(&CANCEL_REFUND),
        _ => None,
    }
}
