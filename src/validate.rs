//! `validate(endpoint_id, payload, options)`: the server-parity verdicts of the rule engine
//! ([`crate::rules`]) over an endpoint's table ([`crate::endpoints`]), plus warnings for checks the
//! server does not document (totals, from [`crate::totals`]).
//!
//! SKELETON: the types below are the contract other areas code against; the body is filled in by the
//! validation issue.

use serde::Serialize;
use std::collections::BTreeMap;

/// The API's `preferredLanguage` values; messages exist in each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    No,
    Sv,
    Da,
    De,
}

impl Lang {
    /// Parses `en`, `no` (also `nb`/`nn`), `sv`, `da`, `de`, case-insensitively.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "no" | "nb" | "nn" => Some(Lang::No),
            "sv" => Some(Lang::Sv),
            "da" => Some(Lang::Da),
            "de" => Some(Lang::De),
            _ => None,
        }
    }
}

/// One failed rule at one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// The rule name as Laravel's `Validator::failed()` reports it (`Required`, `In`, ...), or, for
    /// warnings, the name of our own check.
    pub rule: String,
    /// Human-readable message in the requested language.
    pub message: String,
}

/// Field path with concrete indices (`products.1.tax`) -> the rules it failed, in rule order.
pub type IssueMap = BTreeMap<String, Vec<Issue>>;

/// The outcome of validating one payload.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// `true` when `errors` is empty (warnings do not make a payload invalid).
    pub valid: bool,
    pub errors: IssueMap,
    pub warnings: IssueMap,
}

/// Options for [`validate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidateOptions {
    pub lang: Lang,
    /// The merchant's configured VAT rates, as decimal strings; the documents' set by default.
    pub tax_rates: Vec<String>,
}

impl Default for ValidateOptions {
    fn default() -> Self {
        ValidateOptions {
            lang: Lang::En,
            tax_rates: ["0", "12", "15", "25"].iter().map(|s| s.to_string()).collect(),
        }
    }
}

/// Why validation could not run at all (as opposed to a payload that fails its rules).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum ValidateError {
    UnknownEndpoint { id: String },
}

impl std::fmt::Display for ValidateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ValidateError::UnknownEndpoint { id } => write!(f, "unknown endpoint id `{id}`"),
        }
    }
}

impl std::error::Error for ValidateError {}

/// Minimal stand-in so the builders compile and run before the rule engine lands: replaced by
/// the validation work (the real `validate` checks the endpoint's rules and merges these same
/// totals warnings). It reports no errors.
pub fn validate(
    endpoint_id: &str,
    payload: &serde_json::Value,
    options: &ValidateOptions,
) -> Result<Report, ValidateError> {
    let mut report = Report { valid: true, ..Report::default() };
    for (field, issue) in crate::totals::payload_warnings(endpoint_id, payload, options.lang) {
        report.warnings.entry(field).or_default().push(issue);
    }
    Ok(report)
}
