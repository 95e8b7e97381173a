//! Request-body builders: one typed body per endpoint ([`bodies`]), all sharing one core,
//! [`build`]. Building never sends anything: it returns the payload the client (or a merchant's
//! own HTTP code) sends.
//!
//! What `build` does, in order, driven by the recipe in each endpoint's spec
//! ([`crate::endpoints::Endpoint::body`], read through [`recipes`]):
//! 1. normalizes numeric strings (`"4500,50"` -> `"4500.50"`, tax `"12.0"` -> `"12"`), so
//!    Laravel's `numeric` and `in:` rules accept them;
//! 2. fills each line's `amount` and the `orderSummary` (or the top-level `grandTotal`) with
//!    [`crate::totals`], keeping any value the caller gave (the warnings then flag a mismatch);
//! 3. turns dates (Unix seconds, ISO 8601) into the documents' Unix-second strings, and fills
//!    `orderDate` with `options.now` when absent;
//! 4. fills the defaults the documents state (e.g. `invoiceFeeApplicable: true`, 000:563);
//! 5. runs [`crate::validate::validate`] and returns the payload with its warnings, or
//!    [`BuildError::Invalid`] carrying the same error map.
//!
//! Decisions are in `docs/decisions/money-totals-builders.md`.

pub mod blocks;
pub mod bodies;
pub mod dates;
mod prepare;
pub mod recipes;

pub use bodies::*;
pub use dates::{DateError, DateValue, Timestamp};

use crate::text;
use crate::totals::{TotalsError, TotalsIssue};
use crate::validate::{Issue, IssueMap, ValidateError, ValidateOptions};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

/// How to build.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildOptions {
    /// Language of messages and the merchant's tax rates, passed on to `validate()`.
    pub validate: ValidateOptions,
    /// The current time (Unix seconds), used for an absent `orderDate`. The core never reads a
    /// clock; the JS binding passes `Date.now()`.
    pub now: Option<i64>,
}

/// A built request body.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Built {
    /// The endpoint id the body was built for.
    pub endpoint: String,
    /// The JSON body to send.
    pub payload: Value,
    /// What `validate()` warns about (checks the server does not document).
    pub warnings: IssueMap,
    /// Rules only the server can check (`exists:`, `unique:`), per field, as `validate()` reports
    /// them: not checked, so the server may still reject the body for them.
    pub server_only: BTreeMap<String, Vec<String>>,
}

/// Why a body could not be built.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum BuildError {
    /// No endpoint has this id.
    UnknownEndpoint {
        /// The id as given.
        id: String,
    },
    /// The endpoint takes no request body (e.g. `orders.delayedCharge`, 000:2050-2105).
    NoBody {
        /// The endpoint's id.
        id: String,
    },
    /// The input is not a JSON object.
    NotAnObject,
    /// The order lines cannot be totalled (a discount larger than its line, a tax rate outside
    /// the configured set, ...). `field` is the payload path, e.g. `products.1.discount`.
    Totals {
        /// The payload path of the offending value.
        field: String,
        /// What is wrong with the lines.
        error: TotalsError,
    },
    /// A date field that is neither Unix seconds nor ISO 8601.
    Date {
        /// The payload path of the date.
        field: String,
        /// Why it is not a date.
        error: DateError,
    },
    /// The payload breaks the endpoint's rules: the same maps `validate()` returns.
    Invalid {
        /// The failed rules per field, as `validate()` reports them.
        errors: IssueMap,
        /// The warnings per field, as `validate()` reports them.
        warnings: IssueMap,
    },
    /// An endpoint table holds a rule the engine cannot interpret (a defect in fpgo).
    InvalidRuleTable {
        /// What the engine could not interpret.
        message: String,
    },
}

impl BuildError {
    /// The stable snake_case error code (`unknown_endpoint`, `invalid_payload`, ...).
    pub fn code(&self) -> &'static str {
        // One text, a line each in the variants' order (a `match` of `&str`s kept a table of them).
        const CODES: &str = concat!(
            "unknown_endpoint\n",
            "no_body\n",
            "not_an_object\n",
            "invalid_totals\n",
            "invalid_date\n",
            "invalid_payload\n",
            "invalid_rule_table"
        );
        let line = match self {
            BuildError::UnknownEndpoint { .. } => 0,
            BuildError::NoBody { .. } => 1,
            BuildError::NotAnObject => 2,
            BuildError::Totals { .. } => 3,
            BuildError::Date { .. } => 4,
            BuildError::Invalid { .. } => 5,
            BuildError::InvalidRuleTable { .. } => 6,
        };
        crate::text::nth_line(CODES, line)
    }
}

impl BuildError {
    /// The message of the error (its `Display` text), written without `core::fmt`: the JSON
    /// answers of the WebAssembly modules use it too.
    pub fn message(&self) -> String {
        match self {
            BuildError::UnknownEndpoint { id } => text::concat(&["unknown endpoint id `", id, "`"]),
            BuildError::NoBody { id } => text::concat(&["`", id, "` takes no request body"]),
            BuildError::NotAnObject => "the input must be an object".into(),
            BuildError::Totals { field, error } => {
                text::concat(&[field, ": ", &error.message(crate::totals::Lang::En)])
            }
            BuildError::Date { field, error } => text::concat(&[field, ": ", &error.message()]),
            BuildError::Invalid { errors, .. } => {
                let mut out = String::from("the payload is invalid: ");
                out.push_str(&text::join(errors.keys().take(5), ", "));
                if errors.len() > 5 {
                    out.push_str(", ...");
                }
                out
            }
            BuildError::InvalidRuleTable { message } => message.clone(),
        }
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for BuildError {}

impl From<ValidateError> for BuildError {
    fn from(e: ValidateError) -> Self {
        match e {
            ValidateError::UnknownEndpoint { id } => BuildError::UnknownEndpoint { id },
            other @ ValidateError::InvalidRuleTable { .. } => BuildError::InvalidRuleTable {
                message: other.message(),
            },
        }
    }
}

impl Serialize for BuildError {
    /// `{ code, message, field?, cause?, errors?, warnings? }`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("code", self.code())?;
        map.serialize_entry("message", &self.message())?;
        match self {
            BuildError::UnknownEndpoint { id } | BuildError::NoBody { id } => {
                map.serialize_entry("endpoint", id)?
            }
            BuildError::Totals { field, error } => {
                map.serialize_entry("field", field)?;
                map.serialize_entry("cause", error.code())?;
            }
            BuildError::Date { field, .. } => map.serialize_entry("field", field)?,
            BuildError::Invalid { errors, warnings } => {
                map.serialize_entry("errors", errors)?;
                map.serialize_entry("warnings", warnings)?;
            }
            BuildError::NotAnObject | BuildError::InvalidRuleTable { .. } => {}
        }
        map.end()
    }
}

/// Builds the body of `endpoint_id` from JSON input (what the JS builders and the typed
/// [`bodies`] both call).
pub fn build(
    endpoint_id: &str,
    input: &Value,
    options: &BuildOptions,
) -> Result<Built, BuildError> {
    let payload = fill(endpoint_id, input, options)?;
    let report = crate::validate::validate(endpoint_id, &payload, &options.validate)?;
    if !report.valid {
        return Err(BuildError::Invalid {
            errors: report.errors,
            warnings: report.warnings,
        });
    }
    Ok(Built {
        endpoint: endpoint_id.to_string(),
        payload,
        warnings: report.warnings,
        server_only: report.server_only,
    })
}

/// Steps 1-4 of [`build`] without the validation: the payload with its amounts, summary, dates
/// and defaults filled in. For callers that validate later (or inspect a draft).
pub fn fill(endpoint_id: &str, input: &Value, options: &BuildOptions) -> Result<Value, BuildError> {
    let recipe = recipes::find(endpoint_id)?;
    let Value::Object(body) = input else {
        return Err(BuildError::NotAnObject);
    };
    let mut body = body.clone();
    prepare::prepare(recipe, &mut body, options)?;
    Ok(Value::Object(body))
}

/// [`fill`] with the totals warnings but without the endpoint's rules: a draft to show or save
/// before every field is known.
pub fn draft(
    endpoint_id: &str,
    input: &Value,
    options: &BuildOptions,
) -> Result<Built, BuildError> {
    let payload = fill(endpoint_id, input, options)?;
    let warnings = issue_map(crate::totals::payload_warnings(
        endpoint_id,
        &payload,
        options.validate.lang,
    ));
    Ok(Built {
        endpoint: endpoint_id.to_string(),
        payload,
        warnings,
        server_only: BTreeMap::new(),
    })
}

/// Totals warnings by field, in the shape `validate()` reports them.
pub fn issue_map(warnings: Vec<(String, TotalsIssue)>) -> IssueMap {
    let mut map = IssueMap::new();
    for (field, w) in warnings {
        map.entry(field).or_default().push(Issue {
            rule: w.rule,
            message: w.message,
        });
    }
    map
}

#[cfg(test)]
mod tests;
