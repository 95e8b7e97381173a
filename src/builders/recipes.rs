//! What `build()` does per endpoint, as data: which amounts it computes, which fields are dates,
//! and the defaults the documents state (each with its seed line).

use super::BuildError;

/// What kind of amounts a body carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Lines {
    /// No amounts.
    None,
    /// Full order lines and an `orderSummary` with the four totals (000:95-145).
    Order,
    /// Order lines plus `orderSummary.payablePerCycle` (subscriptions, 000:5309).
    Subscription,
    /// Reservation lines (no quantity, no discount) and a summary without `totalDiscount`
    /// (000:3391-3431).
    Reservation,
    /// Charge lines (no quantity) and a top-level `grandTotal` (000:4358-4383).
    Charge,
    /// `products.*.{id, amount}` and a top-level `grandTotal` (captures and refunds).
    PartialAmounts,
}

impl Lines {
    /// The body fields `build()` fills when they are absent (dotted, `*` for every line), as
    /// `prepare` does: what a builder's input may leave out. The generated TypeScript of the
    /// builders' inputs (`src/typescript/inputs.rs`, compiled only for tests) reads it.
    #[cfg(test)]
    pub(crate) const fn filled(self) -> &'static [&'static str] {
        match self {
            Lines::None => &[],
            Lines::Order => &[
                "products.*.amount",
                "orderSummary",
                "orderSummary.subTotal",
                "orderSummary.totalTax",
                "orderSummary.totalDiscount",
                "orderSummary.grandTotal",
            ],
            Lines::Subscription => &[
                "products.*.amount",
                "orderSummary",
                "orderSummary.subTotal",
                "orderSummary.totalTax",
                "orderSummary.totalDiscount",
                "orderSummary.grandTotal",
                "orderSummary.payablePerCycle",
            ],
            // Reservation and charge lines have no quantity (1 is implied, not sent).
            Lines::Reservation => &[
                "products.*.amount",
                "orderSummary",
                "orderSummary.subTotal",
                "orderSummary.totalTax",
                "orderSummary.grandTotal",
            ],
            Lines::Charge => &["products.*.amount", "grandTotal"],
            Lines::PartialAmounts => &["grandTotal"],
        }
    }
}

/// How strictly a date field is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DateRule {
    /// Documented as a Unix timestamp: anything but seconds or ISO 8601 is an error.
    UnixSeconds,
    /// Format undocumented (the examples show `"21 Feb, 2023"`, 000:5428-5479): seconds and
    /// ISO 8601 are converted, any other string is sent as given.
    Lenient,
}

/// A documented default value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DefaultValue {
    /// A boolean default.
    Bool(bool),
    /// An integer default.
    Int(i64),
    /// A text default.
    Str(&'static str),
}

/// One endpoint's recipe.
#[derive(Debug, Clone, Copy)]
pub struct Recipe {
    /// The endpoint id.
    pub id: &'static str,
    /// Where the endpoint's order lines are, if it has any.
    pub lines: Lines,
    /// Date fields (top level) and how they are read.
    pub dates: &'static [(&'static str, DateRule)],
    /// `orderDate` defaults to `BuildOptions::now` ("current or future date", 000:160).
    pub order_date_defaults_to_now: bool,
    /// `(dotted path, value, source)`; a nested default is set only when its parent object exists.
    pub defaults: &'static [(&'static str, DefaultValue, &'static str)],
}

use DateRule::*;
use DefaultValue::*;

const ORDER_DATE: &[(&str, DateRule)] = &[("orderDate", UnixSeconds)];
const ORDER_AND_DUE: &[(&str, DateRule)] = &[
    ("orderDate", UnixSeconds),
    ("dueDateForPaymentLink", UnixSeconds),
];
const SUBSCRIPTION_DATES: &[(&str, DateRule)] = &[
    ("dueDateForPaymentLink", UnixSeconds),
    ("subscriptionStartDate", Lenient),
    ("subscriptionEndsDate", Lenient),
];

const LANG_NO: (&str, DefaultValue, &str) =
    ("customerDetails.preferredLanguage", Str("no"), "000:192");

const fn recipe(id: &'static str, lines: Lines) -> Recipe {
    Recipe {
        id,
        lines,
        dates: &[],
        order_date_defaults_to_now: false,
        defaults: &[],
    }
}

const fn order(
    id: &'static str,
    defaults: &'static [(&'static str, DefaultValue, &'static str)],
) -> Recipe {
    Recipe {
        id,
        lines: Lines::Order,
        dates: ORDER_DATE,
        order_date_defaults_to_now: true,
        defaults,
    }
}

/// Every endpoint with a request body, in the documents' order.
pub const RECIPES: &[Recipe] = &[
    order("orders.sendPaymentLink", &[LANG_NO]),
    order(
        "orders.sendInvoice",
        &[
            LANG_NO,
            ("invoiceInterval", Int(0), "000:560"),
            ("invoiceFeeApplicable", Bool(true), "000:565"),
            ("separateInvoices", Bool(true), "000:575"),
        ],
    ),
    order(
        "orders.sendEFaktura",
        &[
            ("customerDetails.preferredLanguage", Str("no"), "000:846"),
            ("invoiceInterval", Int(0), "000:876"),
            ("invoiceFeeApplicable", Bool(true), "000:881"),
            ("separateInvoices", Bool(true), "000:891"),
        ],
    ),
    order(
        "orders.sendEhfInvoice",
        &[
            ("customerDetails.preferredLanguage", Str("no"), "000:1153"),
            ("invoiceInterval", Int(0), "000:1183"),
            ("invoiceFeeApplicable", Bool(true), "000:1188"),
            ("invoiceMaturity", Int(14), "000:1193"),
            ("separateInvoices", Bool(true), "000:1198"),
        ],
    ),
    recipe("orders.resendPaymentLink", Lines::None),
    recipe("orders.cancel", Lines::None),
    recipe("orders.refund", Lines::PartialAmounts),
    order(
        "checkout.createSession",
        &[("customerDetails.preferredLanguage", Str("no"), "000:2344")],
    ),
    order(
        "checkout.createInvoiceSession",
        &[("customerDetails.preferredLanguage", Str("no"), "000:2647")],
    ),
    Recipe {
        dates: ORDER_AND_DUE,
        ..order(
            "checkout.createHostedPaymentLink",
            &[("checkoutLanguage", Str("no"), "000:3050")],
        )
    },
    Recipe {
        lines: Lines::Reservation,
        dates: ORDER_AND_DUE,
        ..order("reservations.submit", &[])
    },
    Recipe {
        lines: Lines::Reservation,
        dates: ORDER_AND_DUE,
        ..order(
            "reservations.createSession",
            &[("customerDetails.preferredLanguage", Str("no"), "000:3697")],
        )
    },
    recipe("reservations.capture", Lines::PartialAmounts),
    recipe("reservations.charge", Lines::Charge),
    recipe("reservations.cancel", Lines::None),
    recipe("reservations.complete", Lines::None),
    recipe("reservations.resend", Lines::None),
    Recipe {
        defaults: &[("type", Str("reservation"), "000:4964")],
        ..recipe("reservations.refund", Lines::PartialAmounts)
    },
    Recipe {
        dates: SUBSCRIPTION_DATES,
        ..recipe("subscriptions.create", Lines::Subscription)
    },
    Recipe {
        dates: SUBSCRIPTION_DATES,
        ..recipe("subscriptions.createSession", Lines::Subscription)
    },
    recipe("subscriptions.resend", Lines::None),
    recipe("subscriptions.cancel", Lines::None),
    recipe("subscriptions.refundCycles", Lines::None),
    recipe("customers.updatePrivate", Lines::None),
    recipe("customers.updateCorporate", Lines::None),
    recipe("refunds.requestApproval", Lines::PartialAmounts),
    Recipe {
        dates: &[("orderDate", Lenient)],
        ..recipe("terminal.createOrder", Lines::Order)
    },
    Recipe {
        defaults: &[("type", Str("payment"), "000:7549")],
        ..recipe("terminal.cancelOrder", Lines::None)
    },
    Recipe {
        defaults: &[("type", Str("regular"), "000:7836")],
        ..recipe("terminal.refund", Lines::PartialAmounts)
    },
    Recipe {
        defaults: &[("type", Str("refund"), "000:8059")],
        ..recipe("terminal.cancelRefund", Lines::None)
    },
    recipe("credit.checkPrivate", Lines::None),
    recipe("credit.checkCorporate", Lines::None),
    recipe("company.requestCheck", Lines::None),
];

/// Endpoints the documents show without a request body.
pub const NO_BODY: &[&str] = &[
    "orders.delayedCharge",
    "terminal.resendOrder",
    "terminal.getRefundStatus",
];

/// The recipe of an endpoint that takes a body.
pub fn find(id: &str) -> Result<&'static Recipe, BuildError> {
    if let Some(r) = RECIPES.iter().find(|r| r.id == id) {
        return Ok(r);
    }
    if NO_BODY.contains(&id) || crate::endpoints::find(id).is_some() {
        return Err(BuildError::NoBody { id: id.to_string() });
    }
    Err(BuildError::UnknownEndpoint { id: id.to_string() })
}
