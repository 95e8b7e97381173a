//! Reservation Management (seed 000 lines 3152-5161; seed 001 is the same chapter, line n of 001 =
//! line n+3151 of 000): card reservations, their capture, charge, cancel, complete, resend, refund
//! and history.
//!
//! Each field cites its table row in 000 (field line to description line). How the tables' words
//! become Laravel rules, and every contradiction, is in `docs/decisions/orders-checkout-reservations.md`.

use super::DefaultValue::Str;
use super::{
    body, cite, defaults_to, path, Endpoint, Lines, Method, Recipe, Response, ORDER_AND_DUE,
};

/// The reservation endpoints, in the documents' order.
pub const ENDPOINTS: &[Endpoint] = &[
    SUBMIT,
    CREATE_SESSION,
    GET_DETAILS,
    CAPTURE,
    CHARGE,
    CANCEL,
    COMPLETE,
    RESEND,
    REFUND,
    GET_HISTORY,
];

/// Submit Reservation: reserves an amount on the customer's card and returns a checkout URL
/// (000:3156-3543). Reservation lines have no quantity or discount (000:3391-3418).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const SUBMIT: Endpoint = Endpoint {
    id: "reservations.submit",
    name: "Submit Reservation",
    method: Method::Post,
    path: "/api/v1/connect/reservations/submit",
    fields: &[
        body("customerDetails", "required|array", "000:3286-3288"),
        body("customerDetails.type", "required|string|in:private,corporate", "000:3291-3293"),
        body("customerDetails.countryCode", "required|string", "000:3296-3298"),
        body("customerDetails.msisdn", "required|string", "000:3301-3303"),
        body("customerDetails.email", "required|email", "000:3306-3308"),
        body("customerDetails.name", "required|string", "000:3311-3313"),
        body("customerDetails.preferredLanguage", "required|string|in:en,no,sv,da,de", "000:3316-3318; 000:3695-3697"),
        body("customerDetails.personalNumber", "nullable|string|size:11", "000:3321-3323"),
        body("customerDetails.organizationId", r"required_if:customerDetails.type,corporate|nullable|string|regex:/^\d+$/", "000:3326-3328"),
        body("customerDetails.address", "required|array", "000:3331-3333"),
        body("customerDetails.address.street", "required|string", "000:3336-3338"),
        body("customerDetails.address.zip", "required|string", "000:3341-3343"),
        body("customerDetails.address.city", "required|string", "000:3346-3348"),
        body("customerDetails.address.country", "required|string|regex:/^[A-Z]{2}$/", "000:3351-3353"),
        body("orderDate", "required|string|date_format:U", "000:3356-3358"),
        body("dueDateForPaymentLink", "required|string|date_format:U", "000:3361-3363"),
        body("referenceNo", "nullable|string", "000:3366-3368"),
        body("customerReference", "nullable|string", "000:3371-3373"),
        body("sendOrderBy", "required|array", "000:3376-3378"),
        body("sendOrderBy.sms", "required|boolean", "000:3381-3383"),
        body("sendOrderBy.email", "required|boolean", "000:3386-3388"),
        body("products", "required|array", "000:3391-3393"),
        body("products.*.name", "required|string", "000:3396-3398"),
        body("products.*.productId", "nullable|string", "000:3401-3403"),
        body("products.*.rate", "required|numeric", "000:3406-3408"),
        body("products.*.tax", "required|numeric|in:0,12,15,25", "000:3411-3413"),
        body("products.*.amount", "required|numeric", "000:3416-3418"),
        body("orderSummary.subTotal", "required|numeric", "000:3421-3423"),
        body("orderSummary.totalTax", "required|numeric", "000:3426-3428"),
        body("orderSummary.grandTotal", "required|numeric", "000:3431-3433"),
        body("customerNotes", "nullable|string", "000:3436-3438"),
        body("tnc", "nullable|string", "000:3441-3443"),
        body("chargeValidity", "nullable|string|numeric", "000:3446-3448"),
        body("settings", "nullable|array", "000:3451-3453"),
        body("settings.secureDetails", "nullable|boolean", "000:3456-3458"),
        body("settings.isChargePartiallyRefundable", "nullable|boolean", "000:3461-3463"),
        body("callback", "nullable|array", "000:3466-3468"),
        body("callback.callbackUrl", "nullable|string|url", "000:3471-3473"),
    ],
    source: cite("000:3156-3543; 001:5-392"),
    body: Some(Recipe { lines: Lines::Reservation, dates: ORDER_AND_DUE, ..Recipe::order(&[]) }),
    response: Response::data("{ customerUuid: string; reservationUuid: string; checkoutUrl: string }", "000:3479-3493"),
};

/// Create Session for Reservation: like Submit Reservation, but with a preselected card scheme and
/// redirect URLs; returns a payment URL (000:3545-3942). The doc heads it "Step 1: Submit Reservation"
/// (000:3579) though the path is `/reservations/create`.
#[rustfmt::skip] // one line per field, like the documents' tables
pub const CREATE_SESSION: Endpoint = Endpoint {
    id: "reservations.createSession",
    name: "Create Session for Reservation",
    method: Method::Post,
    path: "/api/v1/connect/reservations/create",
    fields: &[
        body("customerDetails.type", "required|string|in:private,corporate", "000:3670-3672"),
        body("customerDetails.countryCode", "required|string", "000:3675-3677"),
        body("customerDetails.msisdn", "required|string", "000:3680-3682"),
        body("customerDetails.email", "required|email", "000:3685-3687"),
        body("customerDetails.name", "required|string", "000:3690-3692"),
        body("customerDetails.preferredLanguage", "required|string|in:en,no,sv,da,de", "000:3695-3697"),
        body("customerDetails.personalNumber", "nullable|string|digits:11", "000:3700-3702"),
        body("customerDetails.organizationId", r"required_if:customerDetails.type,corporate|nullable|string|regex:/^\d+$/", "000:3705-3707"),
        body("customerDetails.address", "required|array", "000:3710-3712"),
        body("customerDetails.address.street", "required|string", "000:3715-3717"),
        body("customerDetails.address.zip", "required|string", "000:3720-3722"),
        body("customerDetails.address.city", "required|string", "000:3725-3727"),
        body("customerDetails.address.country", "required|string|regex:/^[A-Z]{2}$/", "000:3730-3732"),
        body("orderDate", "required|string|date_format:U", "000:3735-3737"),
        body("dueDateForPaymentLink", "required|string|date_format:U", "000:3740-3742"),
        body("referenceNo", "nullable|string", "000:3745-3747"),
        body("customerReference", "nullable|string", "000:3750-3752"),
        body("sendOrderBy", "required|array", "000:3755-3757"),
        body("sendOrderBy.sms", "required|boolean", "000:3760-3762"),
        body("sendOrderBy.email", "required|boolean", "000:3765-3767"),
        body("products", "required|array", "000:3770-3772"),
        body("products.*.name", "required|string", "000:3775-3777"),
        body("products.*.productId", "nullable|string", "000:3780-3782"),
        body("products.*.rate", "required|numeric", "000:3785-3787"),
        body("products.*.tax", "required|numeric|in:0,12,15,25", "000:3790-3792"),
        body("products.*.amount", "required|numeric", "000:3795-3797"),
        body("orderSummary.subTotal", "required|numeric", "000:3800-3802"),
        body("orderSummary.totalTax", "required|numeric", "000:3805-3807"),
        body("orderSummary.grandTotal", "required|numeric", "000:3810-3812"),
        body("customerNotes", "nullable|string", "000:3815-3817"),
        body("tnc", "nullable|string", "000:3820-3822"),
        body("chargeValidity", r"nullable|string|regex:/^\d+$/", "000:3825-3827"),
        body("submitPayment", "required|array", "000:3830-3832"),
        body("submitPayment.via", "required|string|in:visa,mastercard", "000:3835-3837"),
        body("callback", "nullable|array", "000:3840-3842"),
        body("callback.callbackUrl", "nullable|string|url", "000:3845-3847"),
        body("callback.success", "nullable|string|url", "000:3850-3852"),
        body("callback.failure", "nullable|string|url", "000:3855-3857"),
        body("settings", "nullable|array", "000:3860-3862"),
        body("settings.secureDetails", "nullable|boolean", "000:3865-3867"),
        body("settings.isChargePartiallyRefundable", "nullable|boolean", "000:3870-3872"),
    ],
    source: cite("000:3545-3942; 001:394-791"),
    body: Some(Recipe {
        lines: Lines::Reservation,
        dates: ORDER_AND_DUE,
        ..Recipe::order(&[defaults_to("customerDetails.preferredLanguage", Str("no"), "000:3697")])
    }),
    response: Response::data("{ customerUuid: string; reservationUuid: string; paymentUrl: string }", "000:3879-3893"),
};

/// Get Reservation Details By UUID: lines (with their numeric `id`s), payments and history of one
/// reservation (000:3944-4112).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const GET_DETAILS: Endpoint = Endpoint {
    id: "reservations.getDetails",
    name: "Get Reservation Details By UUID",
    method: Method::Get,
    path: "/api/v1/connect/reservations/details/{reservationUuid}",
    fields: &[
        path("reservationUuid", "required|string", "000:3961"),
    ],
    source: cite("000:3944-4112; 001:793-961"),
    body: None,
    response: Response::data("FpgoReservationDetails", "000:3975-4087"),
};

/// Capture Reservation: captures all or part of the reserved amount, per reserved line (000:4114-4288).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const CAPTURE: Endpoint = Endpoint {
    id: "reservations.capture",
    name: "Capture Reservation",
    method: Method::Post,
    path: "/api/v1/connect/reservations/capture/{reservationUuid}",
    fields: &[
        path("reservationUuid", "required|string", "000:4132"),
        body("products", "required|array", "000:4180-4187"),
        body("products.*.id", "required|numeric", "000:4180-4182"),
        body("products.*.amount", "required|numeric", "000:4185-4187"),
        body("grandTotal", "required|numeric", "000:4190-4192"),
        body("additionalText", "nullable|string", "000:4195-4197"),
    ],
    source: cite("000:4114-4288; 001:963-1137"),
    body: Some(Recipe::plain(Lines::PartialAmounts)),
    response: Response::data("{ uuid: string }", "000:4204-4216"),
};

/// Charge Reservation: a merchant-initiated charge with the stored card, independent of the reserved
/// amount (000:4290-4481).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const CHARGE: Endpoint = Endpoint {
    id: "reservations.charge",
    name: "Charge Reservation",
    method: Method::Post,
    path: "/api/v1/connect/reservations/charge/{reservationUuid}",
    fields: &[
        path("reservationUuid", "required|string", "000:4311"),
        body("products", "required|array", "000:4358-4380"),
        body("products.*.name", "required|string", "000:4358-4360"),
        body("products.*.productId", "nullable|string", "000:4363-4365"),
        body("products.*.rate", "required|numeric", "000:4368-4370"),
        body("products.*.tax", "required|numeric|in:0,12,15,25", "000:4373-4375"),
        body("products.*.amount", "required|numeric", "000:4378-4380"),
        body("grandTotal", "required|numeric", "000:4383-4385"),
        body("additionalText", "nullable|string", "000:4388-4390"),
    ],
    source: cite("000:4290-4481; 001:1139-1330"),
    body: Some(Recipe::plain(Lines::Charge)),
    response: Response::data("{ uuid: string }", "000:4397-4409"),
};

/// Cancel Reservation: releases a reservation that is still only reserved (000:4483-4620). Documented
/// as GET with a JSON body (000:4500, 000:4517-4521); kept as documented, see the decision log.
#[rustfmt::skip] // one line per field, like the documents' tables
pub const CANCEL: Endpoint = Endpoint {
    id: "reservations.cancel",
    name: "Cancel Reservation",
    method: Method::Get,
    path: "/api/v1/connect/reservations/cancel/{reservationUuid}",
    fields: &[
        path("reservationUuid", "required|string", "000:4500"),
        body("note", "required|string", "000:4537-4539"),
    ],
    source: cite("000:4483-4620; 001:1332-1469"),
    body: Some(Recipe::plain(Lines::None)),
    response: Response::null("000:4548-4558"),
};

/// Complete Reservation: closes a reservation after part of it was captured or charged (000:4622-4747).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const COMPLETE: Endpoint = Endpoint {
    id: "reservations.complete",
    name: "Complete Reservation",
    method: Method::Post,
    path: "/api/v1/connect/reservations/complete/{reservationUuid}",
    fields: &[
        path("reservationUuid", "required|string", "000:4641"),
        body("note", "required|string", "000:4678-4680"),
    ],
    source: cite("000:4622-4747; 001:1471-1596"),
    body: Some(Recipe::plain(Lines::None)),
    response: Response::null("000:4689-4699"),
};

/// Resend Reservation: sends the reservation's payment link again by SMS (countryCode + msisdn) or
/// email; at least one channel is needed (000:4749-4900, rules in the intro 000:4753-4755).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const RESEND: Endpoint = Endpoint {
    id: "reservations.resend",
    name: "Resend Reservation",
    method: Method::Post,
    path: "/api/v1/connect/reservations/resend/{reservationUuid}",
    fields: &[
        path("reservationUuid", "required|string", "000:4772"),
        body("countryCode", "required_without:email|required_with:msisdn|nullable|string", "000:4812-4814; 000:4753-4755"),
        body("msisdn", "required_without:email|required_with:countryCode|nullable|string", "000:4817-4819; 000:4753-4755"),
        body("email", "nullable|email", "000:4822-4824; 000:4754"),
    ],
    source: cite("000:4749-4900; 001:1598-1749"),
    body: Some(Recipe::plain(Lines::None)),
    response: Response::null("000:4832-4842"),
};

/// Refund Reservation: refunds all or part of a capture or a charge, per line (000:4902-5097).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const REFUND: Endpoint = Endpoint {
    id: "reservations.refund",
    name: "Refund Reservation",
    method: Method::Post,
    path: "/api/v1/connect/reservations/refund/{reservationUuid}",
    fields: &[
        path("reservationUuid", "required|string", "000:4915"),
        body("type", "required|string|in:reservation", "000:4962-4964"),
        body("grandTotal", "required|numeric", "000:4967-4969"),
        body("products", "required|array", "000:4972-4979"),
        body("products.*.id", "required|numeric", "000:4972-4974"),
        body("products.*.amount", "required|numeric", "000:4977-4979"),
        body("source", "required|string|in:captured,charged", "000:4982-4984"),
        body("reference", "required|string", "000:4987-4989"),
    ],
    source: cite("000:4902-5097; 001:1751-1946"),
    body: Some(Recipe {
        defaults: &[defaults_to("type", Str("reservation"), "000:4964")],
        ..Recipe::plain(Lines::PartialAmounts)
    }),
    response: Response::null("000:4996-5006"),
};

/// Get Reservation History: reservation events between two Unix timestamps (000:5099-5161); the
/// timestamps are in Unix format (000:5101).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const GET_HISTORY: Endpoint = Endpoint {
    id: "reservations.getHistory",
    name: "Get Reservation History",
    method: Method::Get,
    path: "/api/v1/connect/reservations/history/{startTimestamp}/{endTimestamp}",
    fields: &[
        path("startTimestamp", "required|string|date_format:U", "000:5112"),
        path("endTimestamp", "required|string|date_format:U", "000:5112"),
    ],
    source: cite("000:5099-5161; 001:1948-2010"),
    body: None,
    response: Response::data("Array<{ uuid: string; title: string; datetime: string; sentTo: string; actionBy: string | null; note: string | null }>", "000:5099-5161"),
};
