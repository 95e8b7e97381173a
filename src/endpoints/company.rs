//! Company Check (seed 000 lines 8370-8560), Company Information Check (8562-8638) and Check
//! Invoice Fee (8640-8699): endpoints #25-#27 of the part 2 catalog. `{company_id}` is written
//! `{companyId}` (P2-54).
//!
//! Tables are `#[rustfmt::skip]`: one line per documented field, so they read like the documents.

use super::{body, cite, path, Endpoint, Lines, Method, Recipe, Response};

/// #25 Company Check Request: starts a BankID verification followed by a credit check; the result
/// arrives at `callback.callbackUrl`. Rules table 8416-8455, example 8406-8413.
#[rustfmt::skip]
pub const REQUEST_CHECK: Endpoint = Endpoint {
    id: "company.requestCheck",
    name: "Company Check Request",
    method: Method::Post,
    path: "/api/v1/connect/company/check",
    fields: &[
        // Typed `number` (the callback types it `string`, P2-10).
        body("companyId", "required|numeric", "000:8430-8432"),
        // "accepts an array of urls": an object with three named urls (P2-84).
        body("callback", "required|array", "000:8435-8437"),
        body("callback.success", "required|url", "000:8440-8442"),
        body("callback.failure", "required|url", "000:8445-8447"),
        body("callback.callbackUrl", "required|url", "000:8450-8452"),
    ],
    source: cite("000:8374-8560"),
    body: Some(Recipe::plain(Lines::None)),
    response: Response::data("{ url: string; companyCheckUuid: string }", "000:8460-8471"),
};

/// #26 Company Information Check: the company's verification history.
#[rustfmt::skip]
pub const GET_DETAILS: Endpoint = Endpoint {
    id: "company.getDetails",
    name: "Company Information Check",
    method: Method::Get,
    path: "/api/v1/connect/company/details/{companyId}",
    // "the numeric identifier of the company" (P2-92).
    fields: &[path("companyId", "required|string|regex:/^[0-9]+$/", "000:8575-8577")],
    source: cite("000:8562-8638"),
    body: None,
    response: Response::data("FpgoCompanyCheck[]", "000:8592-8615"),
};

/// #27 Check Invoice Fee: the company's B2B and B2C invoice fees and VAT rates.
#[rustfmt::skip]
pub const GET_INVOICE_FEE: Endpoint = Endpoint {
    id: "company.getInvoiceFee",
    name: "Check Invoice Fee",
    method: Method::Get,
    path: "/api/v1/connect/company/invoice-fee/{companyId}",
    fields: &[path("companyId", "required|string|regex:/^[0-9]+$/", "000:8651-8653")],
    source: cite("000:8640-8699"),
    body: None,
    response: Response::data("FpgoCompanyInvoiceFee | readonly FpgoCompanyInvoiceFee[]", "000:8669-8686")
        .note("The example is not JSON (the members are written inside `[ ... ]`): one object, or a list of them; check with `Array.isArray`."),
};

/// This area's endpoints, in the documents' order.
pub const ENDPOINTS: &[Endpoint] = &[REQUEST_CHECK, GET_DETAILS, GET_INVOICE_FEE];
