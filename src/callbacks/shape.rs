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

    /// The documented fields of this kind, in the documents' order.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Expect::Order => ORDER_FIELDS,
            Expect::CompanyCheck => COMPANY_CHECK_FIELDS,
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Expect::Order => "an order callback",
            Expect::CompanyCheck => "a company-check callback",
        }
    }
}

/// The documented form of a field's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// One documented field of a callback kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub form: Form,
    /// A callback of this kind always carries it.
    pub required: bool,
}

const fn field(name: &'static str, form: Form, required: bool) -> Field {
    Field { name, form, required }
}

/// Order, reservation and subscription callbacks: the table's six fields, all always present.
const ORDER_FIELDS: &[Field] = &[
    field("orderUuid", Form::OrderUuid, true),
    field("status", Form::Status, true),
    field("createdAt", Form::UnixSeconds, true),
    field("paymentMethod", Form::Name, true),
    field("amount", Form::Decimal, true),
    field("timestamp", Form::UnixSeconds, true),
];

/// Company-check callbacks: twelve documented fields; the documents' example carries six, so only
/// the uuid and `createdAt` are always present.
const COMPANY_CHECK_FIELDS: &[Field] = &[
    field("companyCheckUuid", Form::CompanyCheckUuid, true),
    field("companyId", Form::Text, false),
    field("companyType", Form::Text, false),
    field("companyName", Form::Text, false),
    field("score", Form::Decimal, false),
    field("riskLevel", Form::Text, false),
    field("scoreMessage", Form::Text, false),
    field("defaultProbability", Form::Text, false),
    field("personalNumber", Form::Digits, false),
    field("contactPersonName", Form::Text, false),
    field("contactPersonEmail", Form::Text, false),
    field("createdAt", Form::UnixSeconds, true),
];

/// The documented order statuses (the callback table's list, its misspelling and its repair, and
/// the example URL's `success`).
pub const STATUSES: &[&str] = &["PAID", "INVOICED", "RESEVRED", "RESERVED", "CAPTURED", "CHARGED", "SUCCESS"];

/// Checks that `entries` (the verified `$_GET`, `checksum` included) has the shape of `expect`.
pub fn check(entries: &[Entry<'_>], expect: Expect) -> Result<(), CallbackError> {
    let fields = expect.fields();
    let mut seen = 0u32;
    for entry in entries.iter().filter(|e| e.key != "checksum") {
        let Some(i) = fields.iter().position(|f| f.name == entry.key) else {
            return Err(malformed(&entry.key, &[" is not a parameter of ", expect.noun()]));
        };
        seen |= 1 << i;
        let Some(value) = entry.value.as_deref() else {
            return Err(malformed(&entry.key, &[" is an array (`[]` in its name), not a single value"]));
        };
        if !in_form(fields[i].form, value) {
            return Err(malformed(&entry.key, &[" is not ", form_description(fields[i].form)]));
        }
    }
    match fields.iter().enumerate().find(|(i, f)| f.required && seen & (1 << i) == 0) {
        Some((_, missing)) => Err(malformed(missing.name, &[" is missing: ", expect.noun(), " always carries it"])),
        None => Ok(()),
    }
}

/// Whether `value` has the documented `form`.
pub fn in_form(form: Form, value: &str) -> bool {
    let b = value.as_bytes();
    match form {
        Form::OrderUuid => ["ODR", "RES", "SUB"].iter().any(|p| prefixed_digits(b, p.as_bytes())),
        Form::CompanyCheckUuid => prefixed_digits(b, b"COMCHK") || prefixed_digits(b, b"COM"),
        Form::Status => canonical_status(value).is_some(),
        Form::Decimal => is_plain_decimal(b),
        Form::UnixSeconds => b.len() == 10 && b.first() != Some(&b'0') && all_digits(b),
        Form::Digits => (1..=20).contains(&b.len()) && all_digits(b),
        Form::Name => value.chars().count() <= 64 && !value.chars().any(|c| c.is_ascii_digit() || c.is_control()),
        Form::Text => true,
    }
}

/// The status as the typed field gives it: upper case, `RESEVRED` repaired to `RESERVED`.
pub fn canonical_status(value: &str) -> Option<&'static str> {
    let known = STATUSES.iter().find(|s| s.eq_ignore_ascii_case(value))?;
    Some(if *known == "RESEVRED" { "RESERVED" } else { known })
}

fn form_description(form: Form) -> &'static str {
    match form {
        Form::OrderUuid => "an order uuid (ODR, RES or SUB followed by digits)",
        Form::CompanyCheckUuid => "a company-check uuid (COMCHK followed by digits)",
        Form::Status => "a documented status (PAID, INVOICED, RESERVED, CAPTURED, CHARGED or SUCCESS)",
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
    b.strip_prefix(prefix).is_some_and(|digits| (1..=20).contains(&digits.len()) && all_digits(digits))
}

fn is_plain_decimal(b: &[u8]) -> bool {
    let mut parts = b.splitn(2, |&c| c == b'.');
    let whole = parts.next().unwrap_or_default();
    let fraction = parts.next();
    let whole_ok = all_digits(whole) && (whole.len() == 1 || whole.first().is_some_and(|&d| d != b'0'));
    let fraction_ok = fraction.map_or(true, |f| !f.is_empty() && all_digits(f));
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
