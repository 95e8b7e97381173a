//! Callbacks: verify the checksum FPGO puts on its callback URLs, sign callbacks for tests, and parse
//! the (unsigned) terminal callbacks.
//!
//! The checksum (000:6374-6425 for orders, reservations and subscriptions; 000:8534-8558 for company
//! checks) is the lowercase hex SHA-256 of the values of PHP's `$_GET` (see [`php_query`]), in the order
//! they appear, except `checksum` itself, followed by the secret. Parameters after `checksum` are
//! included (the `continue` variant of 000:6412, not the `break` of 000:8548), so nothing [`verify`]
//! returns is unauthenticated: see `docs/decisions/callbacks.md`.

pub(crate) mod json_text;
pub mod php_query;
mod scan;
pub mod sha256;
pub mod shape;
mod typed;

use scan::Scanned;
use subtle::ConstantTimeEq;

#[cfg(not(target_arch = "wasm32"))]
pub(crate) use native_hasher::Hasher;
/// The checksum's hash: the small rolled SHA-256 in WebAssembly, the `sha2` crate (with the CPU's
/// SHA extensions) natively. Both give `new`, `update` and `finalize() -> [u8; 32]`.
#[cfg(target_arch = "wasm32")]
pub(crate) use sha256::Sha256 as Hasher;

#[cfg(not(target_arch = "wasm32"))]
mod native_hasher {
    use sha2::Digest;

    /// `sha2::Sha256` behind the same three methods as [`super::sha256::Sha256`].
    #[derive(Clone, Default)]
    pub struct Hasher(sha2::Sha256);

    impl Hasher {
        pub fn new() -> Self {
            Hasher(sha2::Sha256::new())
        }
        pub fn update(&mut self, data: &[u8]) {
            self.0.update(data);
        }
        pub fn finalize(self) -> [u8; 32] {
            self.0.finalize().into()
        }
    }
}

pub use scan::Entry;
pub use shape::{canonical_status, in_form, is_numeric, key_code, Expect, Form, KEYS, STATUSES};
pub use typed::{CallbackFields, CompanyCheckCallback, OrderCallback, TerminalCallback};

/// Longest query string accepted. Real callbacks are a few hundred bytes; a bound keeps a hostile URL
/// from costing more than a few microseconds.
pub const MAX_QUERY_BYTES: usize = 16 * 1024;
/// Longest URL accepted (the query plus 2 KiB of scheme, host and path). The JS wrapper compares
/// `url.length` (UTF-16 units) with the same number before copying the URL into WebAssembly, so at
/// most three times this many bytes are ever copied.
pub const MAX_URL_BYTES: usize = MAX_QUERY_BYTES + 2048;
/// Most parameters accepted: PHP's own `max_input_vars` default, past which PHP silently drops values.
pub const MAX_PARAMS: usize = 1000;
/// Default freshness window for `timestamp`, in seconds.
pub const DEFAULT_TOLERANCE_SECONDS: u64 = 300;

/// Stable error codes (the JS `error.code`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// The query has no `checksum` parameter.
    MissingChecksum,
    /// The `checksum` is not 64 lowercase hex digits.
    MalformedChecksum,
    /// The checksum matches none of the secrets: not from FPGO, or altered.
    ChecksumMismatch,
    /// The `timestamp` is older than the tolerance allows (a replay, or a clock far off).
    Stale,
    /// The `timestamp` is further in the future than the tolerance allows.
    FromFuture,
    /// Not a URL or query string PHP would read, or over the size limits.
    MalformedQuery,
    /// No secret, or an empty one.
    MissingSecret,
    /// Correctly signed, but not of the documented shape of the expected kind.
    MalformedCallback,
    /// A wrong type or shape of an argument or option.
    InvalidArgument,
}

impl ErrorCode {
    /// The snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::MissingChecksum => "missing_checksum",
            ErrorCode::MalformedChecksum => "malformed_checksum",
            ErrorCode::ChecksumMismatch => "checksum_mismatch",
            ErrorCode::Stale => "stale",
            ErrorCode::FromFuture => "from_future",
            ErrorCode::MalformedQuery => "malformed_query",
            ErrorCode::MissingSecret => "missing_secret",
            ErrorCode::MalformedCallback => "malformed_callback",
            ErrorCode::InvalidArgument => "invalid_argument",
        }
    }
}

/// Why a callback was not accepted. The message never contains a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallbackError {
    /// The stable code.
    pub code: ErrorCode,
    /// What is wrong, for people; never contains a secret.
    pub message: String,
    /// The parameter at fault, for `malformed_callback`.
    pub field: Option<String>,
}

impl CallbackError {
    /// An error with `code` and `message`.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        CallbackError {
            code,
            message: message.into(),
            field: None,
        }
    }

    /// The same error, naming the parameter at fault.
    pub fn with_field(mut self, field: &str) -> Self {
        self.field = Some(field.to_string());
        self
    }
}

impl std::fmt::Display for CallbackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code.as_str())?;
        f.write_str(": ")?;
        f.write_str(&self.message)
    }
}

impl std::error::Error for CallbackError {}

/// Options for [`verify`]. The core reads no clock: `now` is the caller's Unix time in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerifyOptions {
    /// Accept a `timestamp` at most this many seconds away from `now`; `0` turns the check off.
    pub tolerance_seconds: u64,
    /// The caller's current Unix time, in seconds.
    pub now: i64,
    /// The kind of callback this endpoint receives; anything else is `malformed_callback`.
    pub expect: Expect,
}

impl VerifyOptions {
    /// The default tolerance, for order callbacks, at the given time.
    pub fn at(now: i64) -> Self {
        VerifyOptions {
            tolerance_seconds: DEFAULT_TOLERANCE_SECONDS,
            now,
            expect: Expect::Order,
        }
    }

    /// The default tolerance, for order callbacks, at the system clock's time (native targets only:
    /// on wasm the binding layer passes `Date.now()`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn now() -> Self {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        VerifyOptions::at(now)
    }

    /// The same options expecting `expect`.
    pub fn expecting(mut self, expect: Expect) -> Self {
        self.expect = expect;
        self
    }
}

/// A verified callback: every raw value (all covered by the checksum) and the typed fields.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedCallback {
    /// The decoded parameters in their received order, `checksum` included, as PHP's `$_GET` has them.
    pub raw: Vec<(String, String)>,
    /// The documented fields, typed.
    pub fields: CallbackFields,
}

/// A verified callback borrowing from the URL: what [`verify`] and the JSON API build their answers
/// from. Every entry is a documented key of `expect` (or `checksum`), in its documented form.
#[derive(Debug, Clone, PartialEq)]
pub struct Verified<'a> {
    /// The kind of callback that was verified.
    pub expect: Expect,
    /// The parameters in received order.
    pub entries: Vec<Entry<'a>>,
}

impl<'a> Verified<'a> {
    /// The value of a (string-valued) parameter.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.get_code(shape::key_code(key))
    }

    /// The value of the parameter whose code (index in [`KEYS`]) is `code`.
    pub fn get_code(&self, code: u8) -> Option<&str> {
        self.entries
            .iter()
            .find(|e| e.code == code)
            .and_then(|e| e.value.as_deref())
    }
}

/// Verifies a callback URL (or just its query string) against one or more secrets (key rotation: any
/// one may match), then its shape (`options.expect`), then its freshness.
pub fn verify<S: AsRef<str>>(
    url: &str,
    secrets: &[S],
    options: &VerifyOptions,
) -> Result<VerifiedCallback, CallbackError> {
    let verified = verify_borrowed(url, secrets, options)?;
    let raw = verified
        .entries
        .iter()
        .map(|e| (e.key.to_string(), e.concat_str().to_string()))
        .collect();
    Ok(VerifiedCallback {
        raw,
        fields: CallbackFields::from_verified(&verified),
    })
}

/// [`verify`] without copying: the answer borrows from `url`. In this order: the secrets, the size
/// and syntax of the query (one pass, hashing as it parses), the checksum's presence and form, the
/// checksum, then (only for a correctly signed callback) its shape and its freshness.
pub fn verify_borrowed<'a, S: AsRef<str>>(
    url: &'a str,
    secrets: &[S],
    options: &VerifyOptions,
) -> Result<Verified<'a>, CallbackError> {
    verify_with(url, secrets.iter().map(AsRef::as_ref), options)
}

/// [`verify_borrowed`] over the secrets as a clonable iterator (the checks of the secrets and the
/// checksum each walk it once). The JSON API calls [`verify_borrowed`] once, with a list of `&str`.
pub(crate) fn verify_with<'a, 's>(
    url: &'a str,
    secrets: impl Iterator<Item = &'s str> + Clone,
    options: &VerifyOptions,
) -> Result<Verified<'a>, CallbackError> {
    check_secrets(secrets.clone())?;
    let scanned = scan::scan(query_of(url)?)?;
    check_checksum(&scanned, secrets)?;
    shape::check(&scanned.entries, options.expect)?;
    let verified = Verified {
        expect: options.expect,
        entries: scanned.entries,
    };
    if options.expect == Expect::Order {
        // Company checks carry no timestamp (000:8510-8524): they have no freshness to check.
        check_freshness(
            verified.get_code(shape::TIMESTAMP).unwrap_or_default(),
            options,
        )?;
    }
    Ok(verified)
}

/// Only the checksum verdict, as the documents' PHP code (the `continue` variant) reaches it: no
/// shape or freshness checks. For conformance tests and diagnostics; never accept a callback on it.
pub fn verify_checksum_only<S: AsRef<str>>(url: &str, secrets: &[S]) -> Result<(), CallbackError> {
    let secrets = secrets.iter().map(AsRef::as_ref);
    check_secrets(secrets.clone())?;
    check_checksum(&scan::scan(query_of(url)?)?, secrets)
}

fn check_checksum<'s>(
    scanned: &Scanned<'_>,
    secrets: impl Iterator<Item = &'s str>,
) -> Result<(), CallbackError> {
    let received = match scanned.get(shape::CHECKSUM) {
        None => {
            return Err(CallbackError::new(
                ErrorCode::MissingChecksum,
                "the query has no `checksum` parameter",
            ))
        }
        Some(Entry { value: None, .. }) => {
            return Err(CallbackError::new(
                ErrorCode::MalformedChecksum,
                "`checksum` is an array (`checksum[]=`), not a string",
            ))
        }
        Some(Entry { value: Some(v), .. }) => decode_checksum(v.as_bytes())?,
    };
    let mut matched = subtle::Choice::from(0u8);
    for secret in secrets {
        let mut hasher = scanned.values_hash.clone();
        hasher.update(secret.as_bytes());
        matched |= hasher.finalize().ct_eq(&received);
    }
    if bool::from(matched) {
        Ok(())
    } else {
        Err(CallbackError::new(
            ErrorCode::ChecksumMismatch,
            "the checksum does not match the parameters and secret",
        ))
    }
}

/// The 32 bytes of a well-formed checksum: exactly 64 lowercase hex digits, as PHP's `hash()` writes
/// them (`hash_equals` is case-sensitive).
fn decode_checksum(received: &[u8]) -> Result<[u8; 32], CallbackError> {
    let lower_hex = |b: u8| match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        _ => None,
    };
    let mut out = [0u8; 32];
    if received.len() == 64 {
        let mut ok = true;
        for (byte, pair) in out.iter_mut().zip(received.chunks_exact(2)) {
            match (lower_hex(pair[0]), lower_hex(pair[1])) {
                (Some(hi), Some(lo)) => *byte = hi << 4 | lo,
                _ => ok = false,
            }
        }
        if ok {
            return Ok(out);
        }
    }
    let hint = if received.len() == 64 && received.iter().all(u8::is_ascii_hexdigit) {
        "the checksum is malformed: it has upper-case letters; PHP's hash() gives lowercase and hash_equals is case-sensitive"
    } else {
        "the checksum is malformed: it must be 64 lowercase hex characters (a SHA-256)"
    };
    Err(CallbackError::new(ErrorCode::MalformedChecksum, hint))
}

/// Signs parameters the way FPGO does: returns `k1=v1&k2=v2&...&checksum=<hex>`, percent-encoded so
/// that PHP's `$_GET` decodes exactly these keys and values. For users' own tests and the sandbox.
pub fn sign<K: AsRef<str>, V: AsRef<str>>(
    pairs: &[(K, V)],
    secret: &str,
) -> Result<String, CallbackError> {
    if secret.is_empty() {
        return Err(CallbackError::new(
            ErrorCode::MissingSecret,
            "the secret is empty",
        ));
    }
    if pairs.len() >= MAX_PARAMS {
        // With `checksum` appended PHP would see more than `max_input_vars` parameters.
        return Err(CallbackError::new(
            ErrorCode::MalformedQuery,
            "more than 999 parameters to sign",
        ));
    }
    let mut hasher = Hasher::new();
    let mut out = String::new();
    for (i, (key, value)) in pairs.iter().enumerate() {
        let (key, value) = (key.as_ref(), value.as_ref());
        check_signable_key(key)?;
        if pairs[..i]
            .iter()
            .any(|(earlier, _)| earlier.as_ref() == key)
        {
            return Err(key_error(
                "duplicate key ",
                key,
                ": PHP would keep only the last value",
            ));
        }
        hasher.update(value.as_bytes());
        percent_encode_into(key, &mut out);
        out.push('=');
        percent_encode_into(value, &mut out);
        out.push('&');
    }
    hasher.update(secret.as_bytes());
    out.push_str("checksum=");
    push_hex(&mut out, &hasher.finalize());
    Ok(out)
}

/// Parses a terminal-order callback (000:7435-7499). These carry no checksum and no timestamp, so
/// nothing here is authenticated: confirm through the Payment Status Check endpoint before acting.
pub fn parse_terminal(url: &str) -> Result<TerminalCallback, CallbackError> {
    Ok(TerminalCallback::from_entries(&terminal_entries(url)?))
}

/// A terminal callback's `$_GET` entries, checked to carry a non-empty `orderUuid`: what
/// [`parse_terminal`] types, and what the JSON API writes its answer from without copying.
pub(crate) fn terminal_entries(url: &str) -> Result<Vec<Entry<'_>>, CallbackError> {
    let entries = scan::scan(query_of(url)?)?.entries;
    match terminal_value(&entries, "orderUuid") {
        Some(uuid) if !uuid.is_empty() => Ok(entries),
        _ => Err(CallbackError::new(
            ErrorCode::MalformedQuery,
            "not a terminal callback: `orderUuid` is missing",
        )),
    }
}

/// The value of a terminal callback's parameter `name` (what PHP's `.=` would append).
pub(crate) fn terminal_value<'e>(entries: &'e [Entry<'_>], name: &str) -> Option<&'e str> {
    entries
        .iter()
        .find(|e| e.key == name)
        .map(Entry::concat_str)
}

fn check_secrets<'s>(secrets: impl Iterator<Item = &'s str>) -> Result<(), CallbackError> {
    let mut given = false;
    for (i, secret) in secrets.enumerate() {
        given = true;
        if secret.is_empty() {
            let mut message = String::from("secret #");
            push_i64(&mut message, i64::try_from(i + 1).unwrap_or(i64::MAX));
            message.push_str(" is empty");
            return Err(CallbackError::new(ErrorCode::MissingSecret, message));
        }
    }
    if given {
        Ok(())
    } else {
        Err(CallbackError::new(
            ErrorCode::MissingSecret,
            "no secret was given",
        ))
    }
}

/// The query of a whole URL (after `?`, before `#`) or a bare query string, bounded in size.
/// (Byte searches, not `str` patterns: they keep the callbacks .wasm small.)
fn query_of(url: &str) -> Result<&str, CallbackError> {
    if url.len() > MAX_URL_BYTES {
        return Err(CallbackError::new(
            ErrorCode::MalformedQuery,
            "the URL is longer than 18432 bytes",
        ));
    }
    let bytes = url.as_bytes();
    let end = bytes.iter().position(|&b| b == b'#').unwrap_or(bytes.len());
    let query = match bytes[..end].iter().position(|&b| b == b'?') {
        Some(q) => url.get(q + 1..end),
        None if bytes[..end].windows(3).any(|w| w == b"://") => Some(""),
        None => url.get(..end),
    };
    match query {
        Some(query) if query.len() <= MAX_QUERY_BYTES => Ok(query),
        _ => Err(CallbackError::new(
            ErrorCode::MalformedQuery,
            "the query string is longer than 16384 bytes",
        )),
    }
}

/// `timestamp` (already checked to be Unix seconds) within the tolerance of `now`.
fn check_freshness(timestamp: &str, options: &VerifyOptions) -> Result<(), CallbackError> {
    if options.tolerance_seconds == 0 {
        return Ok(());
    }
    let Some(ts) = typed::parse_unix_seconds(timestamp) else {
        return Err(CallbackError::new(
            ErrorCode::MalformedCallback,
            "`timestamp` is not Unix seconds",
        )
        .with_field("timestamp"));
    };
    let tolerance = i64::try_from(options.tolerance_seconds).unwrap_or(i64::MAX);
    let age = options.now.saturating_sub(ts);
    let (code, amount, what) = if age > tolerance {
        (ErrorCode::Stale, age, "the callback is ")
    } else if age.saturating_neg() > tolerance {
        (
            ErrorCode::FromFuture,
            age.saturating_neg(),
            "the callback's timestamp is ",
        )
    } else {
        return Ok(());
    };
    let mut message = String::from(what);
    push_i64(&mut message, amount);
    message.push_str(if code == ErrorCode::Stale {
        " s old"
    } else {
        " s in the future"
    });
    message.push_str("; the tolerance is ");
    push_i64(&mut message, tolerance);
    message.push_str(" s");
    Err(CallbackError::new(code, message))
}

/// Keys that PHP would rename, turn into arrays or drop cannot be signed faithfully.
fn check_signable_key(key: &str) -> Result<(), CallbackError> {
    let problem = if key.is_empty() {
        Some(": an empty key is dropped by PHP")
    } else if key == "checksum" {
        Some(": `checksum` is added by sign() itself")
    } else if key
        .bytes()
        .any(|b| matches!(b, b'.' | b' ' | b'[' | b']' | 0))
    {
        Some(": PHP renames keys with `.`, spaces or brackets, or turns them into arrays")
    } else {
        None
    };
    match problem {
        Some(why) => Err(key_error("cannot sign key ", key, why)),
        None => Ok(()),
    }
}

fn key_error(before: &str, key: &str, after: &str) -> CallbackError {
    let mut message = String::from(before);
    push_quoted_name(&mut message, key);
    message.push_str(after);
    CallbackError::new(ErrorCode::MalformedQuery, message)
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

fn push_hex(out: &mut String, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for &b in bytes {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 15)] as char);
    }
}

/// Appends `` `name` ``, cut to 64 characters: a hostile key must not make a message long.
pub(crate) fn push_quoted_name(out: &mut String, name: &str) {
    out.push('`');
    match name
        .char_indices()
        .nth(64)
        .and_then(|(cut, _)| name.get(..cut))
    {
        Some(head) => {
            out.push_str(head);
            out.push_str("...");
        }
        None => out.push_str(name),
    }
    out.push('`');
}

/// Appends a decimal integer without `core::fmt` (which would weigh on the callbacks .wasm).
pub fn push_i64(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    crate::text::push_u64(out, n.unsigned_abs());
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
