//! # fpgo
//!
//! The SDK for FPGO Connect, the API of Front Payment Go: validation with the server's own
//! verdicts, exact totals, request-body builders, callback verification and the core of an HTTP
//! client. A pure Rust core that compiles and tests natively; the npm package `fpgo` is this crate
//! compiled to WebAssembly.
//!
//! The data flows one way: the documents are transcribed into endpoint tables ([`endpoints`]),
//! which are then used to validate ([`validate`]), build ([`builders`]) and send ([`client`])
//! requests. Every contradiction in the documents that changes behaviour has a decision in the
//! repository's `docs/`.
//!
//! ## Validate a payload as the server would
//!
//! ```
//! use fpgo::validate::{validate, ValidateOptions};
//! use serde_json::json;
//!
//! let payload = json!({ "cancellationNote": "" });
//! let report = validate("orders.cancel", &payload, &ValidateOptions::default())?;
//! assert!(!report.valid);
//! assert_eq!(report.errors["cancellationNote"][0].rule, "Required");
//! assert_eq!(
//!     report.errors["cancellationNote"][0].message,
//!     "The cancellation note field is required."
//! );
//!
//! let payload = json!({ "cancellationNote": "The customer changed their mind" });
//! assert!(validate("orders.cancel", &payload, &ValidateOptions::default())?.valid);
//! # Ok::<(), fpgo::validate::ValidateError>(())
//! ```
//!
//! ## Totals and bodies
//!
//! Totals are exact (øre, no floating point): rates include VAT, a discount is for the whole line.
//!
//! ```
//! use fpgo::money::Decimal;
//! use fpgo::totals::{compute_totals, Line, TotalsOptions};
//!
//! let d = |s: &str| Decimal::parse(s).unwrap();
//! let lines = [Line::new(d("2"), d("125"), d("25")), Line::new(d("1"), d("51"), d("0"))];
//! let totals = compute_totals(&lines, &TotalsOptions::default())?;
//! assert_eq!(totals.order_summary.grand_total.to_string(), "301.00");
//! assert_eq!(totals.order_summary.sub_total.to_string(), "251.00");
//! assert_eq!(totals.order_summary.total_tax.to_string(), "50.00");
//! # Ok::<(), fpgo::totals::TotalsError>(())
//! ```
//!
//! [`builders::build`] fills in what the documents let a builder compute (line amounts, the order
//! summary, documented defaults) and checks the result against the endpoint's rules:
//!
//! ```
//! use fpgo::builders::{build, BuildOptions};
//! use serde_json::json;
//!
//! let input = json!({
//!     "products": [{ "name": "Hair Wash", "quantity": 2, "rate": 51, "tax": 25 }],
//!     "orderSummary": {},
//!     "customerDetails": { "type": "private", "countryCode": "+47", "msisdn": "46567468",
//!                          "name": "Kari Nordmann", "address": { "street": "Luramyrveien 65",
//!                          "zip": "4313", "city": "Sandnes", "country": "NO" } },
//!     "invoiceAsPaymentOption": false,
//!     "callback": { "callbackUrl": "https://example.com/callback" },
//! });
//! let options = BuildOptions { now: Some(1_703_040_812), ..BuildOptions::default() };
//! let built = build("orders.sendPaymentLink", &input, &options)?;
//! assert_eq!(built.payload["products"][0]["amount"], "102.00");
//! assert_eq!(built.payload["orderSummary"]["grandTotal"], "102.00");
//! # Ok::<(), fpgo::builders::BuildError>(())
//! ```
//!
//! ## Verify a callback
//!
//! FPGO signs its callbacks' query with your secret; [`callbacks::verify`] checks the checksum in
//! constant time, then the timestamp's freshness. [`callbacks::sign`] makes such a query, for tests.
//!
//! ```
//! use fpgo::callbacks::{sign, verify, CallbackFields, ErrorCode, VerifyOptions};
//!
//! let now = 1_755_764_140;
//! let params = [
//!     ("orderUuid", "ODR123"),
//!     ("status", "PAID"),
//!     ("paymentMethod", "Visa"),
//!     ("amount", "100.00"),
//!     ("createdAt", "1755764131"),
//!     ("timestamp", "1755764131"),
//! ];
//! let query = sign(&params, "s3cret")?;
//! let url = format!("https://shop.example/fpgo/callback?{query}");
//!
//! let callback = verify(&url, &["s3cret"], &VerifyOptions::at(now))?;
//! match &callback.fields {
//!     CallbackFields::Order(order) => {
//!         assert_eq!(order.order_uuid, "ODR123");
//!         assert_eq!(order.status, "PAID");
//!     }
//!     other => panic!("not an order callback: {other:?}"),
//! }
//! let forged = verify(&url, &["another secret"], &VerifyOptions::at(now));
//! assert_eq!(forged.unwrap_err().code, ErrorCode::ChecksumMismatch);
//! let replayed = verify(&url, &["s3cret"], &VerifyOptions::at(now + 3_600));
//! assert_eq!(replayed.unwrap_err().code, ErrorCode::Stale);
//! # Ok::<(), fpgo::callbacks::CallbackError>(())
//! ```
//!
//! ## Build a request and read its answer
//!
//! The client core sends nothing itself: it builds the HTTP request (checked against the
//! endpoint's rules first) for the transport of your choice, and reads the answer into data or a
//! typed, redacted [`client::FpgoError`].
//!
//! ```
//! use fpgo::client::{Client, ClientConfig, Environment, RequestInput};
//! use serde_json::json;
//!
//! let client = Client::new(ClientConfig::new("my-token", Environment::Demo, None)?);
//! let input = RequestInput {
//!     path_params: json!({ "orderUuid": "ODR123" }).as_object().cloned().unwrap(),
//!     ..RequestInput::default()
//! };
//! let (endpoint, request) = client.prepare("orders.getStatus", &input)?;
//! assert!(request.url.ends_with("/api/v1/connect/orders/status/ODR123"));
//!
//! // ... send `request` with any HTTP library, then:
//! let answer = r#"{"status":true,"message":"Order Status Retrieved Successfully","data":{"status":"PAID"}}"#;
//! let response = client.read(endpoint, 200, None, Some("application/json"), answer)?;
//! assert_eq!(response.data()["status"], "PAID");
//! # Ok::<(), Box<fpgo::client::FpgoError>>(())
//! ```
//!
//! ## Money
//!
//! [`money::Money`] is an exact amount in øre; [`money::Money::parse`] reads what the documents
//! send (`"4017.86"`, `"12,5"`) and refuses more than two decimals.

#![warn(missing_docs)]

// The fast path's plan generator: native tests only (its tests read regex-lite, a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod accept;
pub mod builders;
pub mod callbacks;
pub mod client;
pub mod endpoints;
mod json;
pub mod json_api;
pub mod money;
#[cfg(any(test, all(target_arch = "wasm32", feature = "wasm-validate")))]
mod region;
mod rules;
#[cfg(test)]
mod test_rng;
mod text;
pub mod totals;
// The TypeScript generator reads the specs' citations and response types, which exist natively only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod typescript;
pub mod validate;

/// **Unstable.** The rule engine's internals, for this crate's own tests, benchmarks and the
/// differential test against Laravel. Not part of the public API: anything here may change or
/// disappear in any release. Use [`validate::validate`] and [`endpoints`] instead.
#[doc(hidden)]
pub mod __private {
    /// The compiled rule set of one endpoint table and what it reports.
    pub use crate::rules::{CompileError, Kind, RuleSet};

    /// Laravel's messages and the matching of the server's messages to fields.
    pub mod messages {
        pub use crate::rules::messages::{
            match_server_message, match_server_message_in_table, Formatter,
        };
    }

    /// The rule-string parser (`required|string|max:50` into rules).
    pub mod parse {
        pub use crate::rules::parse::{parse_rule, parse_rules, split_rules, ParseError, Rule};
    }

    /// The Unicode general categories the `alpha*` rules and PCRE classes use.
    pub mod unicode {
        pub use crate::rules::unicode::{class_of, Class};
    }
}

#[cfg(all(
    target_arch = "wasm32",
    any(feature = "wasm-callbacks", feature = "wasm-validate")
))]
mod wasm;
