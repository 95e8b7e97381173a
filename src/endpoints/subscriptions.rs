//! Subscription Management (seed 000 lines 5163-6347): endpoints #1-#9 of the part 2 catalog.
//!
//! Conventions of this chapter (decisions in
//! `docs/decisions/subscriptions-customers-refunds-terminal-credit-company.md`):
//! - "Required" is `required`; "Optional" (and a field with no requiredness stated) is `nullable`,
//!   as in the server's own rule strings (`002:24`, `002:27`, `002:48`); "Required (nullable)" is
//!   `required|nullable`.
//! - `tax` fields carry `in:0,12,15,25`; the engine substitutes the merchant's configured rates.
//! - ISO alpha-2 countries are `regex:/^[A-Z]{2}$/` (the server's `IsoAlpha2Country` is stricter).
//!
//! Tables are `#[rustfmt::skip]`: one line per documented field, so they read like the documents.

use super::{
    body, cite, path, query, Endpoint, Lines, Method, Recipe, Response, SUBSCRIPTION_DATES,
};

/// #1 Create Subscription: a subscription whose first payment goes through a payment link.
/// The document gives a type template (5189-5227, not JSON) and a rules table (5244-5371).
#[rustfmt::skip]
pub const CREATE: Endpoint = Endpoint {
    id: "subscriptions.create",
    name: "Create Subscription",
    method: Method::Post,
    path: "/api/v1/connect/subscriptions/submit",
    fields: &[
        body("products.*.name", "required|string", "000:5244-5246"),
        body("products.*.productId", "nullable|string", "000:5249-5251"),
        body("products.*.quantity", "required|numeric", "000:5254-5256"),
        body("products.*.rate", "required|numeric", "000:5259-5261"),
        body("products.*.discount", "nullable|numeric", "000:5264-5266"),
        body("products.*.tax", "required|numeric|in:0,12,15,25", "000:5269-5271"),
        body("products.*.amount", "required|numeric", "000:5274-5276"),
        body("billingFrequency", "required|string", "000:5279-5281"),
        body("numberOfRepeats", "required|numeric", "000:5284-5286"),
        body("orderSummary.subTotal", "required|numeric", "000:5289-5291"),
        body("orderSummary.totalTax", "required|numeric", "000:5294-5296"),
        body("orderSummary.totalDiscount", "required|numeric", "000:5299-5301"),
        body("orderSummary.grandTotal", "required|numeric", "000:5304-5306"),
        body("orderSummary.payablePerCycle", "required|numeric", "000:5309-5311"),
        body("subscriptionStartDate", "required|string", "000:5314-5316"),
        body("subscriptionEndsDate", "required|string", "000:5319-5321"),
        body("dueDateForPaymentLink", "required|string", "000:5324-5326"),
        body("sendOrderBy.sms", "required|boolean", "000:5329-5331"),
        body("sendOrderBy.email", "required|boolean", "000:5334-5336"),
        body("customerDetails.type", "required|string|in:private,corporate", "000:5339-5341"),
        body("customerDetails.countryCode", "required|string", "000:5344-5346"),
        body("customerDetails.msisdn", "required|string", "000:5349-5351"),
        body("customerDetails.email", "required|email", "000:5354-5356"),
        body("customerDetails.name", "required|string", "000:5359-5361"),
        // "must be 11 characters" (no "only numbers" here, unlike 6611): `size:11` on a string.
        body("customerDetails.personalNumber", "nullable|string|size:11", "000:5364-5366"),
        // "Must be number" on a `string` field: digits only (P2-25).
        body("customerDetails.organizationId", "required_if:customerDetails.type,corporate|nullable|string|regex:/^[0-9]+$/", "000:5369-5371"),
    ],
    source: cite("000:5167-5402"),
    body: Some(Recipe { dates: SUBSCRIPTION_DATES, ..Recipe::plain(Lines::Subscription) }),
    response: Response::data("{ paymentLink: string; subscriptionUuid: string; orderUuid: string; readonly [field: string]: unknown }", "000:5383-5394")
        .note("The example ends with `// Possibly other metadata`: further members are `unknown`."),
};

/// #2 Create Session For Subscription Payment: the checkout variant; the customer is redirected
/// to the returned `paymentUrl`. Rules table 5497-5534, example 5428-5479.
#[rustfmt::skip]
pub const CREATE_SESSION: Endpoint = Endpoint {
    id: "subscriptions.createSession",
    name: "Create Session For Subscription Payment",
    method: Method::Post,
    // Singular `subscription`, as documented (P2-13).
    path: "/api/v1/connect/subscription/create",
    fields: &[
        body("products.*.name", "required|string", "000:5497"),
        body("products.*.productId", "nullable|string|max:25", "000:5498"),
        body("products.*.quantity", "required|numeric", "000:5499"),
        body("products.*.rate", "required|numeric", "000:5500"),
        body("products.*.discount", "nullable|numeric", "000:5501"),
        // The row gives no rates; the rates of #1 (5271) apply to the same server family.
        body("products.*.tax", "required|numeric|in:0,12,15,25", "000:5502; 000:5269-5271"),
        body("products.*.amount", "required|numeric", "000:5503"),
        body("billingFrequency", "required|string", "000:5504"),
        body("numberOfRepeats", "required|numeric", "000:5505"),
        body("orderSummary.subTotal", "required|numeric", "000:5506"),
        body("orderSummary.totalTax", "required|numeric", "000:5507"),
        body("orderSummary.totalDiscount", "required|numeric", "000:5508"),
        body("orderSummary.grandTotal", "required|numeric", "000:5509"),
        body("orderSummary.payablePerCycle", "required|numeric", "000:5510"),
        body("subscriptionStartDate", "required|string", "000:5511"),
        body("subscriptionEndsDate", "required|string", "000:5512"),
        body("dueDateForPaymentLink", "required|string", "000:5513"),
        // "Required (nullable)" (P2-26); the enum is the one of #1 (5341) and 5520's "type=corporate".
        body("customerDetails.type", "required|nullable|string|in:private,corporate", "000:5514; 000:5339-5341"),
        body("customerDetails.countryCode", "required|nullable|string", "000:5515"),
        body("customerDetails.msisdn", "required|nullable|string", "000:5516"),
        body("customerDetails.email", "required|nullable|email", "000:5517"),
        body("customerDetails.name", "required|string", "000:5518"),
        body("customerDetails.personalNumber", "nullable|string|size:11", "000:5519"),
        // The document's own regex for this endpoint, which allows letters (P2-25).
        body("customerDetails.organizationId", "required_if:customerDetails.type,corporate|nullable|string|regex:/^[a-zA-Z0-9]+$/", "000:5520"),
        // No allowed values listed here (P2-27).
        body("customerDetails.preferredLanguage", "required|string", "000:5521"),
        body("customerDetails.address", "required|array", "000:5522"),
        body("customerDetails.address.street", "required|string", "000:5523"),
        body("customerDetails.address.zip", "required|string", "000:5524"),
        body("customerDetails.address.city", "required|string", "000:5525"),
        body("customerDetails.address.country", "required|string|regex:/^[A-Z]{2}$/", "000:5526"),
        body("customerNotes", "nullable|string", "000:5527"),
        body("termsAndConditions", "nullable|string", "000:5528"),
        body("submitPayment.currency", "required|string", "000:5529"),
        body("submitPayment.via", "nullable|string", "000:5530"),
        body("settings", "nullable|array", "000:5531"),
        body("settings.secureDetails", "nullable|boolean", "000:5532"),
        body("callback.success", "required|url", "000:5533"),
        body("callback.failure", "required|url", "000:5534"),
    ],
    source: cite("000:5404-5590"),
    body: Some(Recipe { dates: SUBSCRIPTION_DATES, ..Recipe::plain(Lines::Subscription) }),
    response: Response::data("{ subscriptionUuid: string; orderUuid: string; customerUuid: string; paymentUrl: string }", "000:5545-5558"),
};

/// #3 Get Subscription List: a paginated list, filtered by an optional status in the path and by
/// query parameters.
#[rustfmt::skip]
pub const LIST: Endpoint = Endpoint {
    id: "subscriptions.list",
    name: "Get Subscription List",
    method: Method::Get,
    path: "/api/v1/connect/subscriptions/list/{status?}",
    fields: &[
        // Status values are examples (`SENT`, `ONGOING`, ...), not a closed list (P2-32).
        path("status", "nullable|string", "000:5599"),
        query("page", "nullable|integer", "000:5603"),
        query("phone", "nullable|string", "000:5604"),
        query("customerName", "nullable|string", "000:5605"),
        // "startDate and endDate should be used together" (P2-36).
        query("startDate", "required_with:endDate|nullable|date_format:Y-m-d", "000:5606-5607"),
        query("endDate", "required_with:startDate|nullable|date_format:Y-m-d", "000:5606-5607"),
    ],
    source: cite("000:5592-5739"),
    body: None,
    response: Response::page("FpgoSubscriptionListItem", "000:5619-5656"),
};

/// #4 Get Failed Payment List: a paginated list of failed subscription orders.
#[rustfmt::skip]
pub const LIST_FAILED_PAYMENTS: Endpoint = Endpoint {
    id: "subscriptions.listFailedPayments",
    name: "Get Failed Payment List",
    method: Method::Get,
    // The displayed URL, not the link target `/subscriptions/list/` (P2-38).
    path: "/api/v1/connect/subscriptions/failed/list/{status?}",
    fields: &[
        path("status", "nullable|string", "000:5748"),
        query("page", "nullable|integer", "000:5752"),
        query("subscriptionUuid", "nullable|string", "000:5753"),
        query("phone", "nullable|string", "000:5754"),
        query("customerName", "nullable|string", "000:5755"),
        query("startDate", "required_with:endDate|nullable|date_format:Y-m-d", "000:5756-5757"),
        query("endDate", "required_with:startDate|nullable|date_format:Y-m-d", "000:5756-5757"),
    ],
    source: cite("000:5741-5853"),
    body: None,
    response: Response::page("FpgoFailedSubscriptionPayment", "000:5769-5850"),
};

/// #5 Get Subscription Details By Uuid.
#[rustfmt::skip]
pub const GET_DETAILS: Endpoint = Endpoint {
    id: "subscriptions.getDetails",
    name: "Get Subscription Details By Uuid",
    method: Method::Get,
    path: "/api/v1/connect/subscriptions/details/{subscriptionUuid}",
    fields: &[path("subscriptionUuid", "required|string", "000:5862")],
    source: cite("000:5855-6080"),
    body: None,
    response: Response::data("FpgoSubscriptionDetails", "000:5874-5958"),
};

/// #6 Get Failed Payment Details: one failed subscription order, by its order uuid.
#[rustfmt::skip]
pub const GET_FAILED_PAYMENT_DETAILS: Endpoint = Endpoint {
    id: "subscriptions.getFailedPaymentDetails",
    name: "Get Failed Payment Details",
    method: Method::Get,
    // The displayed URL, not the link target `/subscriptions/details/` (P2-38).
    path: "/api/v1/connect/subscriptions/failed/details/{orderUuid}",
    fields: &[path("orderUuid", "required|string", "000:6089")],
    source: cite("000:6082-6179"),
    body: None,
    response: Response::data("FpgoFailedPaymentDetails", "000:6100-6177"),
};

/// #7 Resend Subscription: resends the subscription's payment link. The body is documented only as
/// a type template without rules (P2-50): every field is optional.
#[rustfmt::skip]
pub const RESEND: Endpoint = Endpoint {
    id: "subscriptions.resend",
    name: "Resend Subscription",
    method: Method::Post,
    path: "/api/v1/connect/subscriptions/resend/{subscriptionUuid}",
    fields: &[
        path("subscriptionUuid", "required|string", "000:6188"),
        body("orderUuid", "nullable|string", "000:6192"),
        body("countryCode", "nullable|string", "000:6193"),
        body("msisdn", "nullable|string", "000:6194"),
        body("email", "nullable|string", "000:6195"),
    ],
    source: cite("000:6181-6220"),
    body: Some(Recipe::plain(Lines::None)),
    response: Response::data("readonly unknown[] | null", "000:6199-6218")
        .note("The structure says `data: \"Array\"`, the example `data: null` with `is_data: false`: nothing documented to read."),
};

/// #8 Cancel Subscription: only SENT and ONGOING subscriptions can be cancelled (6226; checked by
/// the server, not a payload rule).
#[rustfmt::skip]
pub const CANCEL: Endpoint = Endpoint {
    id: "subscriptions.cancel",
    name: "Cancel Subscription",
    method: Method::Post,
    path: "/api/v1/connect/subscriptions/cancel/{subscriptionUuid}",
    fields: &[
        // Only in the URL of the endpoint row.
        path("subscriptionUuid", "required|string", "000:6228"),
        // No rules documented for `note` (P2-51).
        body("note", "nullable|string", "000:6229-6231"),
    ],
    source: cite("000:6222-6265"),
    body: Some(Recipe::plain(Lines::None)),
    response: Response::data("readonly unknown[]", "000:6234-6253")
        .note("The documents show an empty list (`data: []`): nothing documented to read."),
};

/// #9 Refund Subscription Cycle: refunds cycles of a subscription. The document gives Laravel rule
/// strings and no example (P2-52).
#[rustfmt::skip]
pub const REFUND_CYCLES: Endpoint = Endpoint {
    id: "subscriptions.refundCycles",
    name: "Refund Subscription Cycle",
    method: Method::Post,
    path: "/api/v1/connect/subscriptions/cycles/refund/{subscriptionUuid}",
    fields: &[
        path("subscriptionUuid", "required|string", "000:6274"),
        body("cycles", "required|array", "000:6286"),
        body("amount", "required|numeric", "000:6287"),
    ],
    source: cite("000:6267-6347"),
    body: Some(Recipe::plain(Lines::None)),
    response: Response::data("readonly unknown[]", "000:6290-6312")
        .note("The documents show an empty list (`data: []`): nothing documented to read."),
};

/// This area's endpoints, in the documents' order.
pub const ENDPOINTS: &[Endpoint] = &[
    CREATE,
    CREATE_SESSION,
    LIST,
    LIST_FAILED_PAYMENTS,
    GET_DETAILS,
    GET_FAILED_PAYMENT_DETAILS,
    RESEND,
    CANCEL,
    REFUND_CYCLES,
];
