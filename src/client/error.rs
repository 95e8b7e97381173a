//! `FpgoError`: every way a call can fail, as one typed value. It never holds the bearer token:
//! errors are built from the endpoint, the HTTP status and the response body, and every text an
//! error carries is passed through [`super::redact`] before it leaves the core.

use serde::Serialize;
use serde_json::Value;
use std::fmt;

/// What kind of failure this is: the one field callers branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
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
    /// The request cannot be sent as given (a `.`/`..`/empty path segment), or the server answered
    /// with a 4xx the documents do not describe (405, 413, ...).
    InvalidRequest,
    /// 5xx, including the API's own 500 and 510 (`somethingWentWrong`).
    Server,
    /// The request never got an answer: DNS, connection refused, connection dropped.
    Network,
    /// No complete answer within `timeoutMs` (headers and body together).
    Timeout,
    /// The answer was not the documented JSON envelope: an HTML page from a proxy, truncated JSON,
    /// a redirect (the API never redirects), a body over the size limit.
    InvalidResponse,
    /// The client was misconfigured or used where it must not be (a bad option, a browser window
    /// without `dangerouslyAllowBrowser`, an unknown endpoint id, a missing path parameter).
    Config,
}

impl ErrorKind {
    /// The snake_case name JS sees in `err.kind`.
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

/// One failed rule at one field, as `validate()` reports it: the engine's own
/// [`crate::validate::Issue`] (`rule`: the Laravel rule name, `Required`, `Size`, ..., or `Unknown`
/// when a server message matches no Laravel line; `message`: in the client's `lang`). An alias
/// since branch `clientlean` (it was a struct of the same two fields): one type, one copy of its
/// code in the WebAssembly.
pub type FieldIssue = crate::validate::Issue;

/// Field path (concrete indices, `products.0.tax`) -> the rules it failed: the shape of
/// `validate()`'s `errors`. Messages that match no field are kept under [`OTHER_FIELD`].
///
/// Sorted by field (byte order), each field once, as a `BTreeMap` would hold them (it was a
/// `BTreeMap<String, Vec<FieldIssue>>` alias before; same order, same JSON). A sorted `Vec`:
/// the map's insert, iterators and drop code were 2.5 KB of the client's WebAssembly, for maps
/// of a few dozen fields. Read it with [`FieldErrors::get`], `errors["field"]`, [`FieldErrors::iter`]
/// or by value (`for (field, issues) in errors`); fill it with [`FieldErrors::issues_mut`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<(String, Vec<FieldIssue>)>);

impl FieldErrors {
    /// An empty map (allocates nothing).
    pub fn new() -> FieldErrors {
        FieldErrors(Vec::new())
    }

    /// The issues of `field`, inserted empty at its place when absent (a `BTreeMap`'s
    /// `entry(field).or_default()`).
    pub fn issues_mut(&mut self, field: String) -> &mut Vec<FieldIssue> {
        let at = match self.0.binary_search_by(|(f, _)| f.as_str().cmp(&field)) {
            Ok(at) => at,
            Err(at) => {
                self.0.insert(at, (field, Vec::new()));
                at
            }
        };
        &mut self.0[at].1
    }

    /// The issues of `field`, if it has any entry.
    pub fn get(&self, field: &str) -> Option<&Vec<FieldIssue>> {
        let at = self
            .0
            .binary_search_by(|(f, _)| f.as_str().cmp(field))
            .ok()?;
        self.0.get(at).map(|(_, issues)| issues)
    }

    /// `(field, issues)` in field order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Vec<FieldIssue>)> {
        self.0.iter().map(|(f, issues)| (f, issues))
    }

    /// The fields, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(f, _)| f)
    }

    /// How many fields have an entry.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no field has an entry.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::ops::Index<&str> for FieldErrors {
    type Output = Vec<FieldIssue>;
    /// Panics when `field` has no entry, as a `BTreeMap`'s index does.
    fn index(&self, field: &str) -> &Vec<FieldIssue> {
        self.get(field)
            .expect("no entry for this field in FieldErrors")
    }
}

impl IntoIterator for FieldErrors {
    type Item = (String, Vec<FieldIssue>);
    type IntoIter = std::vec::IntoIter<(String, Vec<FieldIssue>)>;
    /// `(field, issues)` in field order.
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl Serialize for FieldErrors {
    /// As a JSON object in field order (what the `BTreeMap` wrote).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// The key of [`FieldErrors`] for server messages that name no field of the endpoint.
pub const OTHER_FIELD: &str = "_other";

/// A failed call. Serializes with camelCase keys for JS (`httpStatus`, `statusMessage`, ...).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FpgoError {
    /// What kind of failure: the transport, the server's answer, validation, ...
    pub kind: ErrorKind,
    /// The API's `message` key when the server sent one (`orderNotFound`,
    /// `refundRejectionForWeeklyThresholdExceed`, `somethingWentWrong`), else our own snake_case
    /// code (`timeout`, `invalid_response`, `unexpected_redirect`, ...).
    pub code: String,
    /// English explanation for people.
    pub message: String,
    /// The HTTP status, when a response arrived.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// The envelope's `status_message` (`Conflict of Business Logic`, `Execution Exception Occurred`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_message: Option<String>,
    /// Field errors: the local validation map, or the server's 417 answer read into the same map.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<FieldErrors>,
    /// The server's 417 `errors` array exactly as sent (English Laravel messages).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_messages: Option<Vec<String>>,
    /// Anything else worth keeping: a 500's `{happenedAt, internalErrorDetails}`, a redirect's
    /// `{location}`, the start of a body that was not JSON, the path parameter at fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<Box<Value>>,
    /// The endpoint id this call was for, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint_id: Option<String>,
}

/// Every fallible function of the client returns `Result<T, Box<FpgoError>>` and these
/// constructors build the error in its box (since branch `clientlean`; it was `Result<T,
/// FpgoError>`): a failure then moves one pointer up the frames instead of the whole ~84-byte
/// report, which in the WebAssembly was a block copy at every `?`. Read it as before
/// (`e.code`, `e.errors`, ...); `*e` is the plain value.
impl FpgoError {
    /// An error with no HTTP status, errors or details.
    pub fn new(kind: ErrorKind, code: impl Into<String>, message: impl Into<String>) -> Box<Self> {
        Box::new(FpgoError {
            kind,
            code: code.into(),
            message: message.into(),
            http_status: None,
            status_message: None,
            errors: None,
            server_messages: None,
            details: None,
            endpoint_id: None,
        })
    }

    /// A [`ErrorKind::Config`] error (bad option, unknown endpoint, ...).
    pub fn config(code: &str, message: impl Into<String>) -> Box<Self> {
        FpgoError::new(ErrorKind::Config, code, message)
    }

    /// A bad option or argument: always `invalid_argument` (the shared error vocabulary).
    pub fn invalid_argument(message: impl Into<String>) -> Box<Self> {
        FpgoError::config("invalid_argument", message)
    }

    /// Names the endpoint the error is about.
    pub fn with_endpoint(mut self: Box<Self>, id: &str) -> Box<Self> {
        self.endpoint_id = Some(id.to_string());
        self
    }

    /// Attaches `details`.
    pub fn with_details(mut self: Box<Self>, details: Value) -> Box<Self> {
        self.details = Some(Box::new(details));
        self
    }
}

/// The first `n` characters of `s` (all of it when shorter): what an error shows of a text it
/// quotes. One body for every such cut (each `chars().take(n).collect()` was a loop of its own).
pub(crate) fn first_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((at, _)) => s.get(..at).unwrap_or(s),
        None => s,
    }
}

/// `{"<key>": value}`, the details most errors carry, built without `json!` (whose
/// `to_value(..).unwrap()` links `<serde_json::Error as Debug>` into the .wasm).
pub(crate) fn detail(key: &str, value: Value) -> Value {
    let mut map = serde_json::Map::new();
    map.insert(key.to_string(), value);
    Value::Object(map)
}

impl fmt::Display for FpgoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}", self.code, self.kind.as_str())?;
        if let Some(s) = self.http_status {
            write!(f, ", HTTP {s}")?;
        }
        write!(f, "): {}", self.message)
    }
}

impl std::error::Error for FpgoError {}

#[cfg(test)]
mod tests {
    use super::{first_chars, FieldErrors, FieldIssue};
    use std::collections::BTreeMap;

    /// The sorted `Vec` holds what the `BTreeMap` it replaced held, in the same order, for the
    /// same sequence of `entry(..).or_default()` pushes and replacements.
    #[test]
    fn field_errors_behave_as_the_btreemap_they_replaced() {
        let mut rng = crate::test_rng::Rng(9);
        let names = [
            "",
            "_other",
            "a",
            "a.b",
            "a.0",
            "B",
            "b",
            "é",
            "products.10.tax",
            "products.2.tax",
        ];
        for round in 0..300 {
            let mut ours = FieldErrors::new();
            let mut map: BTreeMap<String, Vec<FieldIssue>> = BTreeMap::new();
            for step in 0..rng.below(25) {
                let field = names[rng.below(names.len() as u64) as usize].to_string();
                let issue = FieldIssue {
                    rule: "R".into(),
                    message: format!("{round}-{step}"),
                };
                if rng.below(3) == 0 {
                    *ours.issues_mut(field.clone()) = vec![issue.clone()];
                    *map.entry(field).or_default() = vec![issue];
                } else {
                    ours.issues_mut(field.clone()).push(issue.clone());
                    map.entry(field).or_default().push(issue);
                }
            }
            let theirs: Vec<_> = map.clone().into_iter().collect();
            assert_eq!(ours.clone().into_iter().collect::<Vec<_>>(), theirs);
            assert!(ours.iter().eq(map.iter()));
            assert!(ours.keys().eq(map.keys()));
            assert_eq!((ours.len(), ours.is_empty()), (map.len(), map.is_empty()));
            for name in names {
                assert_eq!(ours.get(name), map.get(name), "{name}");
            }
            assert_eq!(
                serde_json::to_string(&ours).unwrap(),
                serde_json::to_string(&map).unwrap()
            );
        }
    }

    #[test]
    fn first_chars_cuts_as_chars_take_collect() {
        for s in ["", "abc", "ærø€😀x", "😀😀😀😀", "exactly5"] {
            for n in 0..10 {
                let expected: String = s.chars().take(n).collect();
                assert_eq!(first_chars(s, n), expected, "{s} {n}");
            }
        }
    }
}
