//! Customer Management (seed 000 lines 6430-6886): endpoints #10-#12 of the part 2 catalog.
//!
//! "Required" is `required`, "Optional" is `nullable` (see the chapter conventions in
//! `subscriptions.rs` and the decision log). The path placeholder `{CUSTOMER_UUID}` is written
//! `{customerUuid}` (P2-54).
//!
//! Tables are `#[rustfmt::skip]`: one line per documented field, so they read like the documents.

use super::{body, cite, path, Endpoint, Lines, Method, Recipe, Response};

/// #10 Get Customer Details By Uuid: the customer's profile with billing and shipping addresses.
/// A 404 `customerNotFound` is documented (6497-6506), hence the server-only `exists` rule.
#[rustfmt::skip]
pub const GET_DETAILS: Endpoint = Endpoint {
    id: "customers.getDetails",
    name: "Get Customer Details By Uuid",
    method: Method::Get,
    path: "/api/v1/connect/customers/details/{customerUuid}",
    fields: &[path("customerUuid", "required|string|exists:customers,uuid", "000:6443; 000:6497-6506")],
    source: cite("000:6434-6520"),
    body: None,
    response: Response::data("FpgoCustomerDetails", "000:6460-6493"),
};

/// #11 Update Private Customer. Rules table 6570-6659, example 6546-6567.
#[rustfmt::skip]
pub const UPDATE_PRIVATE: Endpoint = Endpoint {
    id: "customers.updatePrivate",
    name: "Update Private Customer",
    method: Method::Put,
    path: "/api/v1/connect/customers/update/private/{customerUuid}",
    fields: &[
        path("customerUuid", "required|string", "000:6532"),
        body("name", "required|string", "000:6584-6586"),
        body("email", "required|email", "000:6589-6591"),
        body("countryCode", "required|string", "000:6594-6596"),
        body("msisdn", "required|string", "000:6599-6601"),
        body("preferredLanguage", "required|string|in:en,no,sv,da,de", "000:6604-6606"),
        // "exactly 11 characters containing only numbers and cannot contain spaces".
        body("personalNumber", "nullable|string|digits:11", "000:6609-6611"),
        body("addresses", "required|array", "000:6614-6616"),
        body("addresses.billing.street", "required|string", "000:6619-6621"),
        body("addresses.billing.zip", "required|string", "000:6624-6626"),
        body("addresses.billing.city", "required|string", "000:6629-6631"),
        body("addresses.billing.country", "required|string|regex:/^[A-Z]{2}$/", "000:6634-6636"),
        body("addresses.shipping.street", "nullable|string", "000:6639-6641"),
        body("addresses.shipping.zip", "nullable|string", "000:6644-6646"),
        body("addresses.shipping.city", "nullable|string", "000:6649-6651"),
        body("addresses.shipping.country", "nullable|string|regex:/^[A-Z]{2}$/", "000:6654-6656"),
    ],
    source: cite("000:6522-6683"),
    body: Some(Recipe::plain(Lines::None)),
    response: Response::null("000:6664-6672"),
};

/// #12 Update Corporate Customer. Rules table 6743-6862, example 6709-6740.
#[rustfmt::skip]
pub const UPDATE_CORPORATE: Endpoint = Endpoint {
    id: "customers.updateCorporate",
    name: "Update Corporate Customer",
    method: Method::Put,
    path: "/api/v1/connect/customers/update/corporate/{customerUuid}",
    fields: &[
        path("customerUuid", "required|string", "000:6695"),
        body("name", "required|string", "000:6757-6759"),
        body("email", "required|email", "000:6762-6764"),
        body("countryCode", "required|string", "000:6767-6769"),
        body("msisdn", "required|string", "000:6772-6774"),
        body("preferredLanguage", "required|string|in:en,no,sv,da,de", "000:6777-6779"),
        // Optional here, typed `string` although the example sends a number (P2-58).
        body("organizationId", "nullable|string|regex:/^[0-9]+$/", "000:6782-6784"),
        body("addresses", "required|array", "000:6787-6789"),
        body("addresses.billing.street", "required|string", "000:6792-6794"),
        body("addresses.billing.zip", "required|string", "000:6797-6799"),
        body("addresses.billing.city", "required|string", "000:6802-6804"),
        body("addresses.billing.country", "required|string|regex:/^[A-Z]{2}$/", "000:6807-6809"),
        body("addresses.shipping.street", "nullable|string", "000:6812-6814"),
        body("addresses.shipping.zip", "nullable|string", "000:6817-6819"),
        body("addresses.shipping.city", "nullable|string", "000:6822-6824"),
        body("addresses.shipping.country", "nullable|string|regex:/^[A-Z]{2}$/", "000:6827-6829"),
        body("additionalContact.*.name", "nullable|string", "000:6832-6834"),
        body("additionalContact.*.designation", "nullable|string", "000:6837-6839"),
        body("additionalContact.*.countryCode", "nullable|string", "000:6842-6844"),
        body("additionalContact.*.msisdn", "nullable|string", "000:6847-6849"),
        // Typed `string`, not `email` (P2-59).
        body("additionalContact.*.email", "nullable|string", "000:6852-6854"),
        body("additionalContact.*.note", "nullable|string", "000:6857-6859"),
    ],
    source: cite("000:6685-6886"),
    body: Some(Recipe::plain(Lines::None)),
    response: Response::null("000:6867-6875"),
};

/// This area's endpoints, in the documents' order.
pub const ENDPOINTS: &[Endpoint] = &[GET_DETAILS, UPDATE_PRIVATE, UPDATE_CORPORATE];
