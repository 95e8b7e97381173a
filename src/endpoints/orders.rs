//! Order Management (seed 000 lines 3-2105; "Send Payment Link" also as seed 004): payment links,
//! invoices, e-Faktura, EHF, resend, cancel, refund, status and details lookups, delayed charge.
//!
//! Each field cites its table row in the documents (field line to description line). How the tables'
//! words become Laravel rules (Optional -> `nullable`, ISO country -> regex, ...) and every
//! contradiction between the documents is recorded in `docs/decisions/orders-checkout-reservations.md`.

use super::DefaultValue::{Bool, Int, Str};
use super::{
    body, cite, defaults_to, path, query, Endpoint, Lines, Method, Recipe, Response, LANG_NO,
};

/// The order endpoints, in the documents' order.
pub const ENDPOINTS: &[Endpoint] = &[
    SEND_PAYMENT_LINK,
    SEND_INVOICE,
    SEND_E_FAKTURA,
    SEND_EHF_INVOICE,
    RESEND_PAYMENT_LINK,
    CANCEL,
    REFUND,
    LIST_STATUSES,
    GET_STATUS,
    GET_DETAILS,
    GET_INVOICE_NUMBER,
    DELAYED_CHARGE,
];

/// Send Payment Link: creates an order and sends the customer a payment link (000:7-306 = 004:1-300).
/// The contact fields depend on each other: a phone (countryCode + msisdn) or an email is needed.
#[rustfmt::skip] // one line per field, like the documents' tables
pub const SEND_PAYMENT_LINK: Endpoint = Endpoint {
    id: "orders.sendPaymentLink",
    name: "Send Payment Link",
    method: Method::Post,
    path: "/api/v1/connect/orders/payment-link/create",
    fields: &[
        body("products", "required|array", "000:95-127"),
        body("products.*.name", "required|string", "000:95-97"),
        body("products.*.productId", "nullable|string", "000:100-102"),
        body("products.*.quantity", "required|numeric", "000:105-107"),
        body("products.*.rate", "required|numeric", "000:110-112"),
        body("products.*.discount", "nullable|numeric", "000:115-117"),
        body("products.*.tax", "required|numeric|in:0,12,15,25", "000:120-122"),
        body("products.*.amount", "required|numeric", "000:125-127"),
        body("orderSummary.subTotal", "required|numeric", "000:130-132"),
        body("orderSummary.totalTax", "required|numeric", "000:135-137"),
        body("orderSummary.totalDiscount", "required|numeric", "000:140-142"),
        body("orderSummary.grandTotal", "required|numeric", "000:145-147"),
        body("sendOrderBy.sms", "nullable|boolean", "000:150-152"),
        body("sendOrderBy.email", "nullable|boolean", "000:155-157"),
        body("orderDate", "required|string|date_format:U", "000:160-162"),
        body("customerDetails.countryCode", "required_without:customerDetails.email|nullable|string", "000:165-167"),
        body("customerDetails.msisdn", "required_without:customerDetails.email|nullable|string", "000:170-172"),
        body("customerDetails.email", "required_without:customerDetails.msisdn|nullable|email", "000:175-177"),
        body("customerDetails.firstName", "nullable|string", "000:180-182"),
        body("customerDetails.name", "required|string", "000:185-187"),
        body("customerDetails.preferredLanguage", "nullable|string|in:en,no,sv,da,de", "000:190-192"),
        body("customerDetails.type", "required|string|in:private,corporate", "000:195-197"),
        body("customerDetails.personalNumber", "nullable|string|digits:11", "000:200-202"),
        body("customerDetails.organizationId", r"required_if:customerDetails.type,corporate|nullable|string|regex:/^\d+$/", "000:205-207"),
        body("customerDetails.address.street", "required|string", "000:210-212"),
        body("customerDetails.address.zip", "required|string", "000:215-217"),
        body("customerDetails.address.city", "required|string", "000:220-222"),
        body("customerDetails.address.country", "required|string|regex:/^[A-Z]{2}$/", "000:225-227"),
        body("invoiceAsPaymentOption", "required|boolean", "000:230-232"),
        body("referenceNo", "nullable|string", "000:235-237"),
        body("customerReference", "nullable|string", "000:240-242"),
        body("secureDetails", "nullable|boolean", "000:245-247"),
        body("callback.callbackUrl", "nullable|string|url", "000:250-252"),
    ],
    source: cite("000:7-306; 004:1-300"),
    body: Some(Recipe::order(&[LANG_NO])),
    response: Response::data("FpgoCreatedOrder", "000:262-273")
        .note("The new order's id is `uuid` (not `orderUuid`)."),
};

/// Send Invoice: creates an invoiced order, delivered by EHF/e-invoice, email or post (000:308-644).
/// `invoiceMaturity` allows 10 for private and 14/30/45 for corporate customers (000:568-570); the
/// type dependence cannot be written with the rule list, so the union is checked here.
#[rustfmt::skip] // one line per field, like the documents' tables
pub const SEND_INVOICE: Endpoint = Endpoint {
    id: "orders.sendInvoice",
    name: "Send Invoice",
    method: Method::Post,
    path: "/api/v1/connect/orders/invoice/create",
    fields: &[
        body("products", "required|array", "000:433-465"),
        body("products.*.name", "required|string", "000:433-435"),
        body("products.*.productId", "nullable|string", "000:438-440"),
        body("products.*.quantity", "required|numeric", "000:443-445"),
        body("products.*.rate", "required|numeric", "000:448-450"),
        body("products.*.discount", "nullable|numeric", "000:453-455"),
        body("products.*.tax", "required|numeric|in:0,12,15,25", "000:458-460"),
        body("products.*.amount", "required|numeric", "000:463-465"),
        body("orderSummary.subTotal", "required|numeric", "000:468-470"),
        body("orderSummary.totalTax", "required|numeric", "000:473-475"),
        body("orderSummary.totalDiscount", "required|numeric", "000:478-480"),
        body("orderSummary.grandTotal", "required|numeric", "000:483-485"),
        body("orderDate", "required|string|date_format:U", "000:488-490"),
        body("customerDetails.countryCode", "required|string", "000:493-495"),
        body("customerDetails.msisdn", "required|string", "000:498-500"),
        body("customerDetails.email", "required|email", "000:503-505"),
        body("customerDetails.firstName", "nullable|string", "000:508-510"),
        body("customerDetails.name", "required|string", "000:513-515"),
        body("customerDetails.preferredLanguage", "nullable|string|in:en,no,sv,da,de", "000:518-520"),
        body("customerDetails.type", "required|string|in:private,corporate", "000:523-525"),
        body("customerDetails.personalNumber", "nullable|string|digits:11", "000:528-530"),
        body("customerDetails.organizationId", r"required_if:customerDetails.type,corporate|nullable|string|regex:/^\d+$/", "000:533-535"),
        body("customerDetails.address.street", "required|string", "000:538-540"),
        body("customerDetails.address.zip", "required|string", "000:543-545"),
        body("customerDetails.address.city", "required|string", "000:548-550"),
        body("customerDetails.address.country", "required|string|regex:/^[A-Z]{2}$/", "000:553-555"),
        body("invoiceInterval", "nullable|numeric|in:0,1,2", "000:558-560"),
        body("invoiceFeeApplicable", "required|boolean", "000:563-565"),
        body("invoiceMaturity", "nullable|numeric|in:10,14,30,45", "000:568-570"),
        body("separateInvoices", "nullable|boolean", "000:573-575"),
        body("referenceNo", "nullable|string", "000:578-580"),
        body("customerReference", "nullable|string", "000:583-585"),
        body("callback.callbackUrl", "nullable|string|url", "000:588-590"),
    ],
    source: cite("000:308-644"),
    body: Some(Recipe::order(&[
        LANG_NO,
        defaults_to("invoiceInterval", Int(0), "000:560"),
        defaults_to("invoiceFeeApplicable", Bool(true), "000:565"),
        defaults_to("separateInvoices", Bool(true), "000:575"),
    ])),
    response: Response::data("FpgoCreatedOrder", "000:596-611"),
};

/// Send E-Faktura: an e-invoice for a private customer (000:646-960). The personal number is required
/// and there is no customer type or organization number.
#[rustfmt::skip] // one line per field, like the documents' tables
pub const SEND_E_FAKTURA: Endpoint = Endpoint {
    id: "orders.sendEFaktura",
    name: "Send E-Faktura",
    method: Method::Post,
    path: "/api/v1/connect/orders/faktura/create",
    fields: &[
        body("products", "required|array", "000:764-796"),
        body("products.*.name", "required|string", "000:764-766"),
        body("products.*.productId", "nullable|string", "000:769-771"),
        body("products.*.quantity", "required|numeric", "000:774-776"),
        body("products.*.rate", "required|numeric", "000:779-781"),
        body("products.*.discount", "nullable|numeric", "000:784-786"),
        body("products.*.tax", "required|numeric|in:0,12,15,25", "000:789-791"),
        body("products.*.amount", "required|numeric", "000:794-796"),
        body("orderSummary.subTotal", "required|numeric", "000:799-801"),
        body("orderSummary.totalTax", "required|numeric", "000:804-806"),
        body("orderSummary.totalDiscount", "required|numeric", "000:809-811"),
        body("orderSummary.grandTotal", "required|numeric", "000:814-816"),
        body("orderDate", "required|string|date_format:U", "000:819-821"),
        body("customerDetails.countryCode", "required|string", "000:824-826"),
        body("customerDetails.msisdn", "required|string", "000:829-831"),
        body("customerDetails.email", "required|email", "000:834-836"),
        body("customerDetails.name", "required|string", "000:839-841"),
        body("customerDetails.preferredLanguage", "nullable|string|in:en,no,sv,da,de", "000:844-846"),
        body("customerDetails.personalNumber", "required|string|digits:11", "000:849-851"),
        body("customerDetails.address.street", "required|string", "000:854-856"),
        body("customerDetails.address.zip", "required|string", "000:859-861"),
        body("customerDetails.address.city", "required|string", "000:864-866"),
        body("customerDetails.address.country", "required|string|regex:/^[A-Z]{2}$/", "000:869-871"),
        body("invoiceInterval", "nullable|numeric|in:0,1,2", "000:874-876"),
        body("invoiceFeeApplicable", "required|boolean", "000:879-881"),
        body("invoiceMaturity", "nullable|numeric|in:10", "000:884-886"),
        body("separateInvoices", "nullable|boolean", "000:889-891"),
        body("referenceNo", "nullable|string", "000:894-896"),
        body("customerReference", "nullable|string", "000:899-901"),
        body("callback.callbackUrl", "required|string|url", "000:904-906"),
    ],
    source: cite("000:646-960"),
    body: Some(Recipe::order(&[
        defaults_to("customerDetails.preferredLanguage", Str("no"), "000:846"),
        defaults_to("invoiceInterval", Int(0), "000:876"),
        defaults_to("invoiceFeeApplicable", Bool(true), "000:881"),
        defaults_to("separateInvoices", Bool(true), "000:891"),
    ])),
    response: Response::data("FpgoCreatedOrder", "000:912-927"),
};

/// Send EHF Invoice: a PEPPOL e-invoice for a Norwegian corporate customer (000:962-1267). The
/// organization number is required; `invoiceMaturity` is 14, 30 or 45 (the doc's own example sends 10,
/// 000:1046, and fails that rule: see the decision log).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const SEND_EHF_INVOICE: Endpoint = Endpoint {
    id: "orders.sendEhfInvoice",
    name: "Send EHF Invoice",
    method: Method::Post,
    path: "/api/v1/connect/orders/ehf/create",
    fields: &[
        body("products", "required|array", "000:1071-1103"),
        body("products.*.name", "required|string", "000:1071-1073"),
        body("products.*.productId", "nullable|string", "000:1076-1078"),
        body("products.*.quantity", "required|numeric", "000:1081-1083"),
        body("products.*.rate", "required|numeric", "000:1086-1088"),
        body("products.*.discount", "nullable|numeric", "000:1091-1093"),
        body("products.*.tax", "required|numeric|in:0,12,15,25", "000:1096-1098"),
        body("products.*.amount", "required|numeric", "000:1101-1103"),
        body("orderSummary.subTotal", "required|numeric", "000:1106-1108"),
        body("orderSummary.totalTax", "required|numeric", "000:1111-1113"),
        body("orderSummary.totalDiscount", "required|numeric", "000:1116-1118"),
        body("orderSummary.grandTotal", "required|numeric", "000:1121-1123"),
        body("orderDate", "required|string|date_format:U", "000:1126-1128"),
        body("customerDetails.countryCode", "required|string", "000:1131-1133"),
        body("customerDetails.msisdn", "required|string", "000:1136-1138"),
        body("customerDetails.email", "required|email", "000:1141-1143"),
        body("customerDetails.name", "required|string", "000:1146-1148"),
        body("customerDetails.preferredLanguage", "nullable|string|in:en,no,sv,da,de", "000:1151-1153"),
        body("customerDetails.organizationId", r"required|string|regex:/^\d+$/", "000:1156-1158"),
        body("customerDetails.address.street", "required|string", "000:1161-1163"),
        body("customerDetails.address.zip", "required|string", "000:1166-1168"),
        body("customerDetails.address.city", "required|string", "000:1171-1173"),
        body("customerDetails.address.country", "required|string|regex:/^[A-Z]{2}$/", "000:1176-1178"),
        body("invoiceInterval", "nullable|numeric|in:0,1,2", "000:1181-1183"),
        body("invoiceFeeApplicable", "required|boolean", "000:1186-1188"),
        body("invoiceMaturity", "nullable|numeric|in:14,30,45", "000:1191-1193"),
        body("separateInvoices", "nullable|boolean", "000:1196-1198"),
        body("referenceNo", "nullable|string", "000:1201-1203"),
        body("customerReference", "nullable|string", "000:1206-1208"),
        body("callback.callbackUrl", "required|string|url", "000:1211-1213"),
    ],
    source: cite("000:962-1267"),
    body: Some(Recipe::order(&[
        defaults_to("customerDetails.preferredLanguage", Str("no"), "000:1153"),
        defaults_to("invoiceInterval", Int(0), "000:1183"),
        defaults_to("invoiceFeeApplicable", Bool(true), "000:1188"),
        defaults_to("invoiceMaturity", Int(14), "000:1193"),
        defaults_to("separateInvoices", Bool(true), "000:1198"),
    ])),
    response: Response::data("FpgoCreatedOrder", "000:1219-1234"),
};

/// Resend Payment Link: sends an order's payment link again, by SMS (countryCode + msisdn) or email
/// (000:1269-1416; the channel rule is the intro's, 000:1273-1276, made explicit as in 000:4753-4755).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const RESEND_PAYMENT_LINK: Endpoint = Endpoint {
    id: "orders.resendPaymentLink",
    name: "Resend Payment Link",
    method: Method::Post,
    path: "/api/v1/connect/orders/resend/{orderUuid}",
    fields: &[
        path("orderUuid", "required|string", "000:1288"),
        body("countryCode", "required_without:email|required_with:msisdn|nullable|string", "000:1326-1328; 000:1275"),
        body("msisdn", "required_without:email|required_with:countryCode|nullable|string", "000:1331-1333; 000:1275"),
        body("email", "nullable|email", "000:1336-1338; 000:1276"),
    ],
    source: cite("000:1269-1416"),
    body: Some(Recipe::plain(Lines::None)),
    response: Response::null("000:1346-1356"),
};

/// Cancel Order: cancels an order that is not yet paid (000:1418-1533).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const CANCEL: Endpoint = Endpoint {
    id: "orders.cancel",
    name: "Cancel Order",
    method: Method::Post,
    path: "/api/v1/connect/orders/cancel/{orderUuid}",
    fields: &[
        path("orderUuid", "required|string", "000:1426"),
        body("cancellationNote", "required|string", "000:1462-1464"),
    ],
    source: cite("000:1418-1533"),
    body: Some(Recipe::plain(Lines::None)),
    response: Response::null("000:1473-1483"),
};

/// Refund Order: a full or partial refund of an order, per product line (000:1535-1717). That
/// `grandTotal` equals the sum of the line amounts is not documented; it is not a rule here.
#[rustfmt::skip] // one line per field, like the documents' tables
pub const REFUND: Endpoint = Endpoint {
    id: "orders.refund",
    name: "Refund Order",
    method: Method::Post,
    path: "/api/v1/connect/orders/refund/{orderUuid}",
    fields: &[
        path("orderUuid", "required|string", "000:1548"),
        body("type", "required|string|in:regular,invoiced", "000:1592-1594"),
        body("grandTotal", "required|numeric", "000:1597-1599"),
        body("products", "required|array", "000:1602-1609"),
        body("products.*.id", "required|numeric", "000:1602-1604"),
        body("products.*.amount", "required|numeric", "000:1607-1609"),
    ],
    source: cite("000:1535-1717"),
    body: Some(Recipe::plain(Lines::PartialAmounts)),
    response: Response::null("000:1616-1626"),
};

/// Get All Order Status: every order's status, optionally filtered by status (000:1719-1793). The
/// filter is matched case-insensitively because the doc's own example is `?type=Paid` (000:1733).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const LIST_STATUSES: Endpoint = Endpoint {
    id: "orders.listStatuses",
    name: "Get All Order Status",
    method: Method::Get,
    path: "/api/v1/connect/orders/status",
    fields: &[
        query("type", "nullable|string|regex:/^(SENT|PAID|CANCELLED|EXPIRED|INVOICED|REFUNDED|PARTIAL REFUNDED)$/i", "000:1738-1746; 000:1733"),
    ],
    source: cite("000:1719-1793"),
    body: None,
    response: Response::data("Array<{ uuid: string; status: string }>", "000:1761-1780"),
};

/// Get Order Status By UUID: one order's status, amount and refunded amount (000:1795-1863).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const GET_STATUS: Endpoint = Endpoint {
    id: "orders.getStatus",
    name: "Get Order Status By UUID",
    method: Method::Get,
    path: "/api/v1/connect/orders/status/{orderUuid}",
    fields: &[
        path("orderUuid", "required|string", "000:1806"),
    ],
    source: cite("000:1795-1863"),
    body: None,
    response: Response::data("{ uuid: string; status: string; orderAmount: number; refundedAmount: number }", "000:1822-1837"),
};

/// Get Order Details By UUID: an order's lines, summary and customer (000:1865-1972).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const GET_DETAILS: Endpoint = Endpoint {
    id: "orders.getDetails",
    name: "Get Order Details By UUID",
    method: Method::Get,
    path: "/api/v1/connect/orders/details/{orderUuid}",
    fields: &[
        path("orderUuid", "required|string", "000:1880"),
    ],
    source: cite("000:1865-1972"),
    body: None,
    response: Response::data("FpgoOrderDetails", "000:1895-1946"),
};

/// Get Invoice Number By UUID: the invoice number of an invoiced order (000:1974-2048).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const GET_INVOICE_NUMBER: Endpoint = Endpoint {
    id: "orders.getInvoiceNumber",
    name: "Get Invoice Number By UUID",
    method: Method::Get,
    path: "/api/v1/connect/orders/invoice-number/{orderUuid}",
    fields: &[
        path("orderUuid", "required|string", "000:1993"),
    ],
    source: cite("000:1974-2048"),
    body: None,
    response: Response::data("{ orderUuid: string; invoiceNumber: string | null; status: string }", "000:2009-2023"),
};

/// Delayed Charge: charges an order by its UUID; no request body is documented (000:2050-2105).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const DELAYED_CHARGE: Endpoint = Endpoint {
    id: "orders.delayedCharge",
    name: "Delayed Charge",
    method: Method::Post,
    path: "/api/v1/connect/orders/delayed/charge/{orderUuid}",
    fields: &[
        path("orderUuid", "required|string", "000:2059"),
    ],
    source: cite("000:2050-2105"),
    body: None,
    response: Response::null("000:2073-2081"),
};
