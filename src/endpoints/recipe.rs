//! What `build()` does with an endpoint's request body, as data kept in the endpoint's spec
//! ([`super::Endpoint::body`]): which amounts it computes, which fields are dates, and the defaults
//! the documents state (each with its seed line). [`crate::builders`] applies it, and
//! [`crate::totals`] reads its [`Lines`] to know which amount checks a payload gets.

use super::cite;

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
    /// `products.*.{id, amount}` and a top-level `grandTotal` (captures and refunds: 000:1592-1607,
    /// 000:4180-4190, 000:4962-4987, 000:6947-6962, 000:7834-7849).
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

/// A documented default: `(dotted path, value, seed lines)`; a nested default is set only when
/// its parent object exists. The seed lines are empty in WebAssembly (see [`cite`]).
pub type DefaultField = (&'static str, DefaultValue, &'static str);

/// A date field (top level) and how it is read.
pub type DateField = (&'static str, DateRule);

/// What `build()` does with one endpoint's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recipe {
    /// Where the endpoint's order lines are, if it has any.
    pub lines: Lines,
    /// Date fields (top level) and how they are read.
    pub dates: &'static [DateField],
    /// `orderDate` defaults to `BuildOptions::now` ("current or future date", 000:160).
    pub order_date_defaults_to_now: bool,
    /// The documented defaults, filled when absent.
    pub defaults: &'static [DefaultField],
}

impl Recipe {
    /// A body with `lines`, no dates and no defaults.
    pub const fn plain(lines: Lines) -> Recipe {
        Recipe {
            lines,
            dates: &[],
            order_date_defaults_to_now: false,
            defaults: &[],
        }
    }

    /// An order-creating body: order lines, an `orderDate` in Unix seconds that defaults to now,
    /// and `defaults`.
    pub const fn order(defaults: &'static [DefaultField]) -> Recipe {
        Recipe {
            lines: Lines::Order,
            dates: ORDER_DATE,
            order_date_defaults_to_now: true,
            defaults,
        }
    }
}

/// A documented default of `path` (see [`DefaultField`]), citing `source`.
pub const fn defaults_to(
    path: &'static str,
    value: DefaultValue,
    source: &'static str,
) -> DefaultField {
    (path, value, cite(source))
}

/// `orderDate` in Unix seconds (000:160).
pub const ORDER_DATE: &[DateField] = &[("orderDate", DateRule::UnixSeconds)];

/// `orderDate` and `dueDateForPaymentLink` in Unix seconds.
pub const ORDER_AND_DUE: &[DateField] = &[
    ("orderDate", DateRule::UnixSeconds),
    ("dueDateForPaymentLink", DateRule::UnixSeconds),
];

/// A subscription's due date in Unix seconds, its start and end in an undocumented format.
pub const SUBSCRIPTION_DATES: &[DateField] = &[
    ("dueDateForPaymentLink", DateRule::UnixSeconds),
    ("subscriptionStartDate", DateRule::Lenient),
    ("subscriptionEndsDate", DateRule::Lenient),
];

/// `customerDetails.preferredLanguage` defaults to `no` (000:192).
pub const LANG_NO: DefaultField = defaults_to(
    "customerDetails.preferredLanguage",
    DefaultValue::Str("no"),
    "000:192",
);
