//! Credit Check (seed 000 lines 8118-8368): endpoints #22-#24 of the part 2 catalog.
//!
//! The document prints these paths with a double slash, `/connect//credit/...` (8132, 8223, 8302);
//! the table uses the single-slash form every other endpoint has (P2-80, see the decision log).
//!
//! Tables are `#[rustfmt::skip]`: one line per documented field, so they read like the documents.

use super::{body, cite, Endpoint, Lines, Method, Recipe, Response};

/// #22 Credit Check for Private Customer, by personal number. Rules 8155-8185, example 8148-8152.
#[rustfmt::skip]
pub const CHECK_PRIVATE: Endpoint = Endpoint {
    id: "credit.checkPrivate",
    name: "Credit Check for Private Customer",
    method: Method::Post,
    path: "/api/v1/connect/credit/check/private",
    fields: &[
        // No length or format documented (the example has 9 digits, P2-81).
        body("personalId", "required|string", "000:8169-8171"),
        body("countryCode", "nullable|string", "000:8174-8176"),
        body("msisdn", "nullable|string", "000:8179-8181"),
    ],
    source: cite("000:8122-8212"),
    body: Some(Recipe::plain(Lines::None)),
    response: Response::null("000:8192-8200"),
};

/// #23 Credit Check for Corporate Customer, by organization number. Rules 8245-8264.
#[rustfmt::skip]
pub const CHECK_CORPORATE: Endpoint = Endpoint {
    id: "credit.checkCorporate",
    name: "Credit Check for Corporate Customer",
    method: Method::Post,
    path: "/api/v1/connect/credit/check/corporate",
    fields: &[body("organizationId", "required|string", "000:8259-8261")],
    source: cite("000:8214-8291"),
    body: Some(Recipe::plain(Lines::None)),
    response: Response::null("000:8271-8279"),
};

/// #24 Get Credit Check List: every credit check made; no parameters documented.
#[rustfmt::skip]
pub const LIST_CHECKS: Endpoint = Endpoint {
    id: "credit.listChecks",
    name: "Get Credit Check List",
    method: Method::Get,
    path: "/api/v1/connect/credit/check/list",
    fields: &[],
    source: cite("000:8293-8368"),
    body: None,
    response: Response::data("FpgoCreditCheck[]", "000:8318-8355"),
};

/// This area's endpoints, in the documents' order.
pub const ENDPOINTS: &[Endpoint] = &[CHECK_PRIVATE, CHECK_CORPORATE, LIST_CHECKS];
