//! `FpgoError`: every way a call can fail, as one typed value. It never holds the bearer token:
//! errors are built from the endpoint, the HTTP status and the response body only.

use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

/// What kind of failure this is: the one field callers branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The payload broke the endpoint's rules: rejected locally before sending, or a 417
    /// `payloadValidationErrors` (or a 400 with that message) from the server.
    Validation,
    /// 401 or 403: the bearer token is missing, wrong or lacks access.
    Auth,
    /// 404: the order, reservation, customer... does not exist.
    NotFound,
    /// 400 "Conflict of Business Logic" (and 409): the request is well-formed but not allowed now,
    /// e.g. `orderStatusAlreadyPaid`, `refundRejectionForWeeklyThresholdExceed`.
    BusinessRule,
    /// 429: too many requests.
    RateLimited,
    /// Any other 4xx the documents do not describe (405, 413, ...).
    InvalidRequest,
    /// 5xx, including the API's own 500 and 510 (`somethingWentWrong`).
    Server,
    /// The request never got an answer: DNS, connection refused, connection dropped.
    Network,
    /// No complete answer within `timeoutMs` (headers and body together).
    Timeout,
    /// The answer was not the documented JSON envelope (an HTML page from a proxy, truncated JSON).
    InvalidResponse,
    /// The client was misconfigured or used where it must not be (no token, a browser window
    /// without `dangerouslyAllowBrowser`, an unknown endpoint id, a missing path parameter).
    Config,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Validation => "validation",
            ErrorKind::Auth => "auth",
            ErrorKind::NotFound => "not_found",
            ErrorKind::BusinessRule => "business_rule",
            ErrorKind::RateLimited => "rate_limited",
            ErrorKind::InvalidRequest => "invalid_request",
            ErrorKind::Server => "server",
            ErrorKind::Network => "network",
            ErrorKind::Timeout => "timeout",
            ErrorKind::InvalidResponse => "invalid_response",
            ErrorKind::Config => "config",
        }
    }
}

/// Field path -> messages, as Laravel reports them (`{"products.0.tax": ["The ... field is required."]}`).
pub type FieldErrors = BTreeMap<String, Vec<String>>;

/// A failed call. Serializes with camelCase keys for JS (`httpStatus`, `statusMessage`, ...).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FpgoError {
    pub kind: ErrorKind,
    /// The API's `message` key when the server sent one (`orderNotFound`,
    /// `refundRejectionForWeeklyThresholdExceed`, `somethingWentWrong`), else our own snake_case
    /// code (`timeout`, `invalid_json`, `browser_not_allowed`, ...).
    pub code: String,
    /// English explanation for people.
    pub message: String,
    /// The HTTP status, when a response arrived.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// The envelope's `status_message` (`Conflict of Business Logic`, `Execution Exception Occurred`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_message: Option<String>,
    /// Field errors: the server's `errors` map, or the local validation map.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<FieldErrors>,
    /// The server's `errors` when it is not a field map (500: `{happenedAt, internalErrorDetails}`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<Value>,
    /// The endpoint id this call was for, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint_id: Option<String>,
    /// How many requests were sent (1 + retries); 0 when rejected before sending.
    pub attempts: u32,
}

impl FpgoError {
    pub fn new(kind: ErrorKind, code: impl Into<String>, message: impl Into<String>) -> Self {
        FpgoError {
            kind,
            code: code.into(),
            message: message.into(),
            http_status: None,
            status_message: None,
            errors: None,
            details: None,
            endpoint_id: None,
            attempts: 0,
        }
    }

    pub fn config(code: &str, message: impl Into<String>) -> Self {
        FpgoError::new(ErrorKind::Config, code, message)
    }

    pub fn network(message: impl Into<String>) -> Self {
        FpgoError::new(ErrorKind::Network, "network_error", message)
    }

    pub fn timeout(timeout_ms: u32) -> Self {
        FpgoError::new(
            ErrorKind::Timeout,
            "timeout",
            format!("no complete response within {timeout_ms} ms; the request was aborted"),
        )
    }

    pub fn with_endpoint(mut self, id: &str) -> Self {
        self.endpoint_id = Some(id.to_string());
        self
    }

    pub fn with_attempts(mut self, attempts: u32) -> Self {
        self.attempts = attempts;
        self
    }
}

impl fmt::Display for FpgoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.http_status {
            Some(s) => write!(
                f,
                "{} ({}, HTTP {}): {}",
                self.code,
                self.kind.as_str(),
                s,
                self.message
            ),
            None => write!(
                f,
                "{} ({}): {}",
                self.code,
                self.kind.as_str(),
                self.message
            ),
        }
    }
}

impl std::error::Error for FpgoError {}
