//! What the checksum cannot bind, the verifier must: the checksum hashes the values only, without
//! separators, so neither the keys nor the boundaries between values are authenticated
//! (`docs/decisions/callbacks.md`, C10). A verified callback must therefore have exactly the shape the
//! documents give its kind: only documented keys, the always-present ones present, and every typed
//! field in its documented form. Forms are chosen so that no character can move across the boundary
//! between two typed values, or between a typed value and the one free-text value of an order
//! callback, and still leave both in form.

use super::scan::Entry;
use super::{push_quoted_name, CallbackError, ErrorCode};

/// The kind of callback an endpoint expects. A company check must be asked for: it has no
/// timestamp, so accepting one where an order callback is expected would let a renamed, replayed
/// order callback through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Expect {
    /// Order, reservation and subscription callbacks.
    #[default]
    Order,
    /// Company-check callbacks.
    CompanyCheck,
}

impl Expect {
    /// The option's JS spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Expect::Order => "order",
            Expect::CompanyCheck => "companyCheck",
        }
    }

    /// Parses the option's JS spelling.
    pub fn parse(name: &str) -> Option<Expect> {
        match name {
            "order" => Some(Expect::Order),
            "companyCheck" => Some(Expect::CompanyCheck),
            _ => None,
        }
    }

    /// The codes of this kind's documented fields, in the documents' order (the typed fields' order).
    pub fn fields(self) -> &'static [u8] {
        match self {
            Expect::Order => &ORDER_FIELDS,
            Expect::CompanyCheck => &COMPANY_CHECK_FIELDS,
        }
    }

    /// Bit `code` set for each key of this kind, and for those it always carries: all of an order
    /// callback's; a company check's uuid and `createdAt` (the documents' example has six of twelve).
    /// Constants, computed when compiling.
    fn masks(self) -> (u32, u32) {
        const ORDER: u32 = bits(&ORDER_FIELDS);
        const COMPANY_CHECK: u32 = bits(&COMPANY_CHECK_FIELDS);
        const COMPANY_CHECK_REQUIRED: u32 = bits(&[COMPANY_CHECK_UUID, CREATED_AT]);
        match self {
            Expect::Order => (ORDER, ORDER),
            Expect::CompanyCheck => (COMPANY_CHECK, COMPANY_CHECK_REQUIRED),
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Expect::Order => "an order callback",
            Expect::CompanyCheck => "a company-check callback",
        }
    }
}

/// An order callback's fields, in the documents' order.
const ORDER_FIELDS: [u8; 6] = [ORDER_UUID, STATUS, CREATED_AT, 3, 4, TIMESTAMP];
/// A company check's fields, in the documents' order.
const COMPANY_CHECK_FIELDS: [u8; 12] = [
    COMPANY_CHECK_UUID,
    7,
    8,
    9,
    SCORE,
    11,
    12,
    13,
    14,
    15,
    16,
    CREATED_AT,
];

/// The mask with bit `code` set for each of `codes`.
const fn bits(codes: &[u8]) -> u32 {
    let mut mask = 0;
    let mut i = 0;
    while i < codes.len() {
        mask |= 1 << codes[i];
        i += 1;
    }
    mask
}

/// Every key a verified callback can carry: the documented keys of both kinds (000:6356-6368,
/// 000:8502-8524) and `checksum`. A key's index here is its code (`Entry::code`).
pub const KEYS: [&str; 18] = [
    "orderUuid",
    "status",
    "createdAt",
    "paymentMethod",
    "amount",
    "timestamp",
    "companyCheckUuid",
    "companyId",
    "companyType",
    "companyName",
    "score",
    "riskLevel",
    "scoreMessage",
    "defaultProbability",
    "personalNumber",
    "contactPersonName",
    "contactPersonEmail",
    "checksum",
];

/// The documented form of each key's value, by code (`createdAt` has the same form in both kinds).
const FORMS: [Form; 17] = [
    Form::OrderUuid,
    Form::Status,
    Form::UnixSeconds,
    Form::Name,
    Form::Decimal,
    Form::UnixSeconds,
    Form::CompanyCheckUuid,
    Form::Text,
    Form::Text,
    Form::Text,
    Form::Decimal,
    Form::Text,
    Form::Text,
    Form::Text,
    Form::Digits,
    Form::Text,
    Form::Text,
];

/// The code of `orderUuid`.
pub const ORDER_UUID: u8 = 0;
/// The code of `status`.
pub const STATUS: u8 = 1;
/// The code of `createdAt`.
pub const CREATED_AT: u8 = 2;
/// The code of `timestamp`.
pub const TIMESTAMP: u8 = 5;
/// The code of `companyCheckUuid`.
pub const COMPANY_CHECK_UUID: u8 = 6;
/// The code of `score`.
pub const SCORE: u8 = 10;
/// The code of `checksum`.
pub const CHECKSUM: u8 = 17;
/// The code of a key that is none of [`KEYS`].
pub const UNKNOWN: u8 = u8::MAX;

/// The code of `key` (its index in [`KEYS`]), or [`UNKNOWN`].
pub fn key_code(key: &str) -> u8 {
    match key {
        "orderUuid" => ORDER_UUID,
        "status" => STATUS,
        "createdAt" => CREATED_AT,
        "paymentMethod" => 3,
        "amount" => 4,
        "timestamp" => TIMESTAMP,
        "companyCheckUuid" => COMPANY_CHECK_UUID,
        "companyId" => 7,
        "companyType" => 8,
        "companyName" => 9,
        "score" => SCORE,
        "riskLevel" => 11,
        "scoreMessage" => 12,
        "defaultProbability" => 13,
        "personalNumber" => 14,
        "contactPersonName" => 15,
        "contactPersonEmail" => 16,
        "checksum" => CHECKSUM,
        _ => UNKNOWN,
    }
}

/// Whether a field's typed value is a number in the answers (its checked form is number text).
pub fn is_numeric(code: u8) -> bool {
    matches!(code, CREATED_AT | TIMESTAMP | SCORE)
}

/// The documented form of a field's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Form {
    /// `ODR`, `RES` or `SUB` followed by 1 to 20 digits.
    OrderUuid,
    /// `COMCHK` (or `COM`, as in the documents' example) followed by 1 to 20 digits.
    CompanyCheckUuid,
    /// One of [`STATUSES`], in any letter case.
    Status,
    /// A plain decimal number: `0` or a digit string without a leading zero, then optionally `.` and
    /// digits; at most 24 characters. Valid JSON number text.
    Decimal,
    /// Unix seconds: exactly 10 digits, the first not 0 (2001-09-09 to 2286-11-20).
    UnixSeconds,
    /// 1 to 20 digits (leading zeros kept: a personal number).
    Digits,
    /// A name without digits or control characters (at most 64 characters, may be empty).
    Name,
    /// Any text.
    Text,
}

/// The documented statuses a callback can carry: the callback table's list (000:6363, an "e.g."
/// list), its misspelling and its repair, the example URL's `success` (000:6371), the callback
/// statuses of seed 002 (`SENT`, `PAID`, `FAILED`, 002:221), the order statuses (000:1740-1746), and
/// the subscription and reservation statuses (000:5599, 000:4585, 000:4597).
pub const STATUSES: &[&str] = &[
    "PAID",
    "INVOICED",
    "RESEVRED",
    "RESERVED",
    "CAPTURED",
    "CHARGED",
    "SUCCESS",
    "SENT",
    "FAILED",
    "CANCELLED",
    "EXPIRED",
    "REFUNDED",
    "PARTIAL REFUNDED",
    "ONGOING",
    "COMPLETED",
    "RESERVED NOT PAID",
];

/// Checks that `entries` (the verified `$_GET`, `checksum` included) has the shape of `expect`.
pub fn check(entries: &[Entry<'_>], expect: Expect) -> Result<(), CallbackError> {
    let (allowed, required) = expect.masks();
    let mut seen = 0u32;
    for entry in entries.iter().filter(|e| e.code != CHECKSUM) {
        let code = entry.code;
        if code == UNKNOWN || allowed & (1 << code) == 0 {
            return Err(malformed(
                &entry.key,
                &[" is not a parameter of ", expect.noun()],
            ));
        }
        seen |= 1 << code;
        let Some(value) = entry.value.as_deref() else {
            return Err(malformed(
                &entry.key,
                &[" is an array (`[]` in its name), not a single value"],
            ));
        };
        let form = FORMS.get(usize::from(code)).copied().unwrap_or(Form::Text);
        if !in_form(form, value) {
            return Err(malformed(&entry.key, &[" is not ", form_description(form)]));
        }
    }
    match expect
        .fields()
        .iter()
        .find(|&&c| required & (1 << c) != 0 && seen & (1 << c) == 0)
    {
        Some(&missing) => Err(malformed(
            KEYS[usize::from(missing)],
            &[" is missing: ", expect.noun(), " always carries it"],
        )),
        None => Ok(()),
    }
}

/// Whether `value` has the documented `form`.
pub fn in_form(form: Form, value: &str) -> bool {
    let b = value.as_bytes();
    match form {
        Form::OrderUuid => ["ODR", "RES", "SUB"]
            .iter()
            .any(|p| prefixed_digits(b, p.as_bytes())),
        Form::CompanyCheckUuid => prefixed_digits(b, b"COMCHK") || prefixed_digits(b, b"COM"),
        Form::Status => canonical_status(value).is_some(),
        Form::Decimal => is_plain_decimal(b),
        Form::UnixSeconds => b.len() == 10 && b.first() != Some(&b'0') && all_digits(b),
        Form::Digits => (1..=20).contains(&b.len()) && all_digits(b),
        Form::Name => {
            // Characters counted as UTF-8 lead bytes: `chars().count()` links `str::count`'s
            // word-at-a-time counter (0.5 KB of the callbacks module) for a 64-character bound.
            value.bytes().filter(|&b| b & 0xC0 != 0x80).count() <= 64
                && !value.chars().any(|c| c.is_ascii_digit() || c.is_control())
        }
        Form::Text => true,
    }
}

/// The status as the typed field gives it: upper case, `RESEVRED` repaired to `RESERVED`.
pub fn canonical_status(value: &str) -> Option<&'static str> {
    let known = STATUSES.iter().find(|s| s.eq_ignore_ascii_case(value))?;
    Some(if *known == "RESEVRED" {
        "RESERVED"
    } else {
        known
    })
}

fn form_description(form: Form) -> &'static str {
    match form {
        Form::OrderUuid => "an order uuid (ODR, RES or SUB followed by digits)",
        Form::CompanyCheckUuid => "a company-check uuid (COMCHK followed by digits)",
        Form::Status => {
            "a documented status (PAID, INVOICED, RESERVED, CAPTURED, CHARGED or SUCCESS)"
        }
        Form::Decimal => "a plain decimal number such as 4500.00",
        Form::UnixSeconds => "Unix seconds (10 digits)",
        Form::Digits => "a string of 1 to 20 digits",
        Form::Name => "a name without digits (at most 64 characters)",
        Form::Text => "text",
    }
}

fn all_digits(b: &[u8]) -> bool {
    b.iter().all(u8::is_ascii_digit)
}

fn prefixed_digits(b: &[u8], prefix: &[u8]) -> bool {
    b.strip_prefix(prefix)
        .is_some_and(|digits| (1..=20).contains(&digits.len()) && all_digits(digits))
}

fn is_plain_decimal(b: &[u8]) -> bool {
    // Split at the first `.` by position (a `splitn` iterator is 0.2 KB of .wasm of its own).
    let (whole, fraction) = match b.iter().position(|&c| c == b'.') {
        Some(dot) => (b.get(..dot).unwrap_or_default(), b.get(dot + 1..)),
        None => (b, None),
    };
    let whole_ok =
        all_digits(whole) && (whole.len() == 1 || whole.first().is_some_and(|&d| d != b'0'));
    let fraction_ok = fraction.is_none_or(|f| !f.is_empty() && all_digits(f));
    b.len() <= 24 && !whole.is_empty() && whole_ok && fraction_ok
}

fn malformed(name: &str, parts: &[&str]) -> CallbackError {
    let mut message = String::new();
    push_quoted_name(&mut message, name);
    for part in parts {
        message.push_str(part);
    }
    CallbackError::new(ErrorCode::MalformedCallback, message).with_field(name)
}
