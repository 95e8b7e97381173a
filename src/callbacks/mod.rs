//! Callbacks: verify the checksum FPGO puts on its callback URLs, sign callbacks for tests, and parse
//! the (unsigned) terminal callbacks.
//!
//! The checksum (000:6374-6425 for orders, reservations and subscriptions; 000:8534-8558 for company
//! checks) is the lowercase hex SHA-256 of the values of PHP's `$_GET` (see [`php_query`]), in the order
//! they appear, except `checksum` itself, followed by the secret. Parameters after `checksum` are
//! included (the `continue` variant of 000:6412, not the `break` of 000:8548), so nothing [`verify`]
//! returns is unauthenticated: see `docs/decisions/callbacks.md`.

pub mod php_query;
mod typed;

use php_query::{PhpQuery, PhpValue};
use serde::{Serialize, Serializer};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

pub use typed::{CallbackFields, CompanyCheckCallback, OrderCallback, TerminalCallback};

/// Longest query string accepted. Real callbacks are a few hundred bytes; a bound keeps a hostile URL
/// from costing more than a few microseconds.
pub const MAX_QUERY_BYTES: usize = 16 * 1024;
/// Most parameters accepted: PHP's own `max_input_vars` default, past which PHP silently drops values.
pub const MAX_PARAMS: usize = 1000;
/// Default freshness window for `timestamp`, in seconds.
pub const DEFAULT_TOLERANCE_SECONDS: u64 = 300;

/// Stable error codes (the JS `error.code`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    MissingChecksum,
    MalformedChecksum,
    ChecksumMismatch,
    Stale,
    FromFuture,
    MalformedQuery,
    MissingSecret,
    InvalidOptions,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::MissingChecksum => "missing_checksum",
            ErrorCode::MalformedChecksum => "malformed_checksum",
            ErrorCode::ChecksumMismatch => "checksum_mismatch",
            ErrorCode::Stale => "stale",
            ErrorCode::FromFuture => "from_future",
            ErrorCode::MalformedQuery => "malformed_query",
            ErrorCode::MissingSecret => "missing_secret",
            ErrorCode::InvalidOptions => "invalid_options",
        }
    }
}

/// Why a callback was not accepted. The message never contains a secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CallbackError {
    pub code: ErrorCode,
    pub message: String,
}

impl CallbackError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        CallbackError { code, message: message.into() }
    }
}

impl std::fmt::Display for CallbackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message)
    }
}

impl std::error::Error for CallbackError {}

/// Options for [`verify`]. The core reads no clock: `now` is the caller's Unix time in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerifyOptions {
    /// Accept a `timestamp` at most this many seconds away from `now`; `0` turns the check off.
    pub tolerance_seconds: u64,
    pub now: i64,
}

impl VerifyOptions {
    /// The default tolerance at the given time.
    pub fn at(now: i64) -> Self {
        VerifyOptions { tolerance_seconds: DEFAULT_TOLERANCE_SECONDS, now }
    }

    /// The default tolerance at the system clock's time (native targets only: on wasm the binding
    /// layer passes `Date.now()`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn now() -> Self {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        VerifyOptions::at(now)
    }
}

/// A verified callback: every raw value (all covered by the checksum) and the typed fields.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VerifiedCallback {
    /// The decoded parameters in their received order, `checksum` included, as PHP's `$_GET` has them.
    #[serde(serialize_with = "serialize_pairs")]
    pub raw: Vec<(String, String)>,
    #[serde(flatten)]
    pub fields: CallbackFields,
}

fn serialize_pairs<S: Serializer>(pairs: &[(String, String)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

/// Verifies a callback URL (or just its query string) against one or more secrets (key rotation: any
/// one may match), then its freshness.
pub fn verify<S: AsRef<str>>(url: &str, secrets: &[S], options: &VerifyOptions) -> Result<VerifiedCallback, CallbackError> {
    check_secrets(secrets)?;
    let query = parse_query(url)?;
    let received = match query.get(b"checksum") {
        None => return Err(CallbackError::new(ErrorCode::MissingChecksum, "the query has no `checksum` parameter")),
        Some(PhpValue::Array) => {
            return Err(CallbackError::new(ErrorCode::MalformedChecksum, "`checksum` is an array (`checksum[]=`), not a string"))
        }
        Some(PhpValue::Str(bytes)) => bytes,
    };
    check_checksum_format(received)?;
    let raw = utf8_pairs(&query)?;

    let mut matched = subtle::Choice::from(0u8);
    for secret in secrets {
        let expected = checksum_hex(&query, secret.as_ref());
        matched |= expected.as_bytes().ct_eq(received);
    }
    if !bool::from(matched) {
        return Err(CallbackError::new(ErrorCode::ChecksumMismatch, "the checksum does not match the parameters and secret"));
    }

    let fields = CallbackFields::from_pairs(&raw);
    check_freshness(&fields, &raw, options)?;
    Ok(VerifiedCallback { raw, fields })
}

/// Signs parameters the way FPGO does: returns `k1=v1&k2=v2&...&checksum=<hex>`, percent-encoded so
/// that PHP's `$_GET` decodes exactly these keys and values. For users' own tests and the sandbox.
pub fn sign<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)], secret: &str) -> Result<String, CallbackError> {
    if secret.is_empty() {
        return Err(CallbackError::new(ErrorCode::MissingSecret, "the secret is empty"));
    }
    if pairs.len() >= MAX_PARAMS {
        // With `checksum` appended PHP would see more than `max_input_vars` parameters.
        return Err(CallbackError::new(ErrorCode::MalformedQuery, format!("more than {} parameters", MAX_PARAMS - 1)));
    }
    let mut seen: Vec<&str> = Vec::with_capacity(pairs.len());
    let mut hasher = Sha256::new();
    let mut out = String::new();
    for (key, value) in pairs {
        let (key, value) = (key.as_ref(), value.as_ref());
        check_signable_key(key)?;
        if seen.contains(&key) {
            return Err(CallbackError::new(ErrorCode::MalformedQuery, format!("duplicate key `{key}`: PHP would keep only the last value")));
        }
        seen.push(key);
        hasher.update(value.as_bytes());
        if !out.is_empty() {
            out.push('&');
        }
        percent_encode_into(key, &mut out);
        out.push('=');
        percent_encode_into(value, &mut out);
    }
    hasher.update(secret.as_bytes());
    if !out.is_empty() {
        out.push('&');
    }
    out.push_str("checksum=");
    out.push_str(&to_hex(&hasher.finalize()));
    Ok(out)
}

/// Parses a terminal-order callback (000:7435-7499). These carry no checksum and no timestamp, so
/// nothing here is authenticated: confirm through the Payment Status Check endpoint before acting.
pub fn parse_terminal(url: &str) -> Result<TerminalCallback, CallbackError> {
    let query = parse_query(url)?;
    let raw = utf8_pairs(&query)?;
    TerminalCallback::from_pairs(raw)
}

/// The lowercase hex checksum the sender computes for a parsed query (the `continue` variant).
fn checksum_hex(query: &PhpQuery, secret: &str) -> String {
    let mut hasher = Sha256::new();
    for (key, value) in &query.entries {
        if key.as_slice() != b"checksum" {
            hasher.update(value.concat_bytes());
        }
    }
    hasher.update(secret.as_bytes());
    to_hex(&hasher.finalize())
}

fn check_secrets<S: AsRef<str>>(secrets: &[S]) -> Result<(), CallbackError> {
    if secrets.is_empty() {
        return Err(CallbackError::new(ErrorCode::MissingSecret, "no secret was given"));
    }
    if let Some(i) = secrets.iter().position(|s| s.as_ref().is_empty()) {
        return Err(CallbackError::new(ErrorCode::MissingSecret, format!("secret #{} is empty", i + 1)));
    }
    Ok(())
}

/// Takes the query of a whole URL (after `?`, before `#`) or a bare query string, bounded in size.
fn parse_query(url: &str) -> Result<PhpQuery, CallbackError> {
    if url.len() > MAX_QUERY_BYTES + 2048 {
        return Err(CallbackError::new(ErrorCode::MalformedQuery, format!("the URL is longer than {} bytes", MAX_QUERY_BYTES + 2048)));
    }
    let without_fragment = url.split('#').next().unwrap_or_default();
    let query = match without_fragment.split_once('?') {
        Some((_, q)) => q,
        None if without_fragment.contains("://") => "",
        None => without_fragment,
    };
    if query.len() > MAX_QUERY_BYTES {
        return Err(CallbackError::new(ErrorCode::MalformedQuery, format!("the query string is longer than {MAX_QUERY_BYTES} bytes")));
    }
    if query.split('&').filter(|p| !p.is_empty()).count() > MAX_PARAMS {
        return Err(CallbackError::new(ErrorCode::MalformedQuery, format!("more than {MAX_PARAMS} parameters (PHP would drop the rest)")));
    }
    Ok(PhpQuery::parse(query))
}

fn check_checksum_format(received: &[u8]) -> Result<(), CallbackError> {
    let well_formed = received.len() == 64 && received.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if well_formed {
        return Ok(());
    }
    let hint = if received.len() == 64 && received.iter().all(u8::is_ascii_hexdigit) {
        "it has upper-case letters; PHP's hash() gives lowercase and hash_equals is case-sensitive"
    } else {
        "it must be 64 lowercase hex characters (a SHA-256)"
    };
    Err(CallbackError::new(ErrorCode::MalformedChecksum, format!("the checksum is malformed: {hint}")))
}

/// The parsed pairs as UTF-8 strings; invalid UTF-8 after decoding is refused (stricter than PHP).
fn utf8_pairs(query: &PhpQuery) -> Result<Vec<(String, String)>, CallbackError> {
    query
        .entries
        .iter()
        .map(|(k, v)| {
            let key = String::from_utf8(k.clone())
                .map_err(|_| CallbackError::new(ErrorCode::MalformedQuery, "a parameter name is not valid UTF-8 after decoding"))?;
            let value = String::from_utf8(v.concat_bytes().to_vec()).map_err(|_| {
                CallbackError::new(ErrorCode::MalformedQuery, format!("the value of `{key}` is not valid UTF-8 after decoding"))
            })?;
            Ok((key, value))
        })
        .collect()
}

fn check_freshness(fields: &CallbackFields, raw: &[(String, String)], options: &VerifyOptions) -> Result<(), CallbackError> {
    if options.tolerance_seconds == 0 || matches!(fields, CallbackFields::CompanyCheck(_)) {
        // Company-check callbacks carry no timestamp (000:8510-8524): nothing to check.
        return Ok(());
    }
    let Some((_, ts)) = raw.iter().find(|(k, _)| k == "timestamp") else {
        return Err(CallbackError::new(
            ErrorCode::Stale,
            "the callback has no `timestamp`, so its freshness cannot be checked (pass toleranceSeconds: 0 to accept it)",
        ));
    };
    let ts: i64 = typed::parse_unix_seconds(ts)
        .ok_or_else(|| CallbackError::new(ErrorCode::MalformedQuery, format!("`timestamp` is not Unix seconds: `{ts}`")))?;
    let tolerance = i64::try_from(options.tolerance_seconds).unwrap_or(i64::MAX);
    let age = options.now.saturating_sub(ts);
    if age > tolerance {
        return Err(CallbackError::new(ErrorCode::Stale, format!("the callback is {age} s old; the tolerance is {tolerance} s")));
    }
    if -age > tolerance {
        return Err(CallbackError::new(
            ErrorCode::FromFuture,
            format!("the callback's timestamp is {} s in the future; the tolerance is {tolerance} s", -age),
        ));
    }
    Ok(())
}

/// Keys that PHP would rename, turn into arrays or drop cannot be signed faithfully.
fn check_signable_key(key: &str) -> Result<(), CallbackError> {
    let problem = if key.is_empty() {
        Some("an empty key is dropped by PHP")
    } else if key == "checksum" {
        Some("`checksum` is added by sign() itself")
    } else if key.contains(['.', ' ', '[', ']', '\0']) {
        Some("PHP renames keys with `.`, spaces or brackets, or turns them into arrays")
    } else {
        None
    };
    match problem {
        Some(why) => Err(CallbackError::new(ErrorCode::MalformedQuery, format!("cannot sign key `{key}`: {why}"))),
        None => Ok(()),
    }
}

/// RFC 3986 percent-encoding of everything but unreserved characters: PHP's `urldecode` inverts it.
fn percent_encode_into(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
}

fn to_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(HEX[usize::from(b >> 4)] as char);
        s.push(HEX[usize::from(b & 15)] as char);
    }
    s
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
