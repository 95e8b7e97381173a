//! Typed views of verified callback parameters. The raw values stay available; these only name and
//! type them. Every value here has passed its documented form (`shape.rs`).

use super::scan::Entry;
use super::shape::{canonical_status, Expect};
use super::Verified;

/// What a verified callback is about: the kind the caller expected.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CallbackFields {
    /// Order, reservation and subscription callbacks (000:6353-6372).
    Order(OrderCallback),
    /// Company-check callbacks (000:8502-8530): no timestamp.
    CompanyCheck(CompanyCheckCallback),
}

impl CallbackFields {
    pub(super) fn from_verified(verified: &Verified<'_>) -> CallbackFields {
        let text = |name: &str| verified.get(name).unwrap_or_default().to_string();
        let optional = |name: &str| verified.get(name).map(str::to_string);
        let seconds = |name: &str| verified.get(name).and_then(parse_unix_seconds);
        match verified.expect {
            Expect::Order => CallbackFields::Order(OrderCallback {
                order_uuid: text("orderUuid"),
                status: verified
                    .get("status")
                    .and_then(canonical_status)
                    .unwrap_or_default()
                    .to_string(),
                payment_method: text("paymentMethod"),
                amount: text("amount"),
                created_at: seconds("createdAt").unwrap_or_default(),
                timestamp: seconds("timestamp").unwrap_or_default(),
            }),
            Expect::CompanyCheck => CallbackFields::CompanyCheck(CompanyCheckCallback {
                company_check_uuid: text("companyCheckUuid"),
                company_id: optional("companyId"),
                company_type: optional("companyType"),
                company_name: optional("companyName"),
                score: optional("score"),
                risk_level: optional("riskLevel"),
                score_message: optional("scoreMessage"),
                default_probability: optional("defaultProbability"),
                personal_number: optional("personalNumber"),
                contact_person_name: optional("contactPersonName"),
                contact_person_email: optional("contactPersonEmail"),
                created_at: seconds("createdAt").unwrap_or_default(),
            }),
        }
    }
}

/// The order callback's fields (000:6359-6368), all always present.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderCallback {
    /// `ODR`, `RES` or `SUB` and digits.
    pub order_uuid: String,
    /// Upper case, one of the documented statuses; `RESEVRED` (000:6363) becomes `RESERVED`.
    pub status: String,
    /// A name without digits (`Visa`), possibly empty.
    pub payment_method: String,
    /// A plain decimal number as sent (`4500.00`): parse it with fpgo's money type, not as a float.
    pub amount: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds: when the callback was sent (000:6367).
    pub timestamp: i64,
}

/// The company-check callback's fields (000:8510-8524). `companyId` and `personalNumber` stay strings
/// (a number would lose leading zeros); `defaultProbability` stays a string because the documents also
/// show ranges such as "15% - 27%" (000:8334); `score` is a plain decimal number as sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanyCheckCallback {
    /// `companyCheckUuid`: the check's uuid.
    pub company_check_uuid: String,
    /// `companyId`: the organisation number.
    pub company_id: Option<String>,
    /// `companyType`.
    pub company_type: Option<String>,
    /// `companyName`.
    pub company_name: Option<String>,
    /// `score`: the credit score, a plain decimal number as sent.
    pub score: Option<String>,
    /// `riskLevel`.
    pub risk_level: Option<String>,
    /// `scoreMessage`.
    pub score_message: Option<String>,
    /// `defaultProbability`, as sent (a percentage or a range).
    pub default_probability: Option<String>,
    /// `personalNumber`.
    pub personal_number: Option<String>,
    /// `contactPersonName`.
    pub contact_person_name: Option<String>,
    /// `contactPersonEmail`.
    pub contact_person_email: Option<String>,
    /// Unix seconds.
    pub created_at: i64,
}

/// A terminal-order callback (000:7435-7499). It has no checksum and no timestamp, so
/// `authenticated` is always `false`: confirm with Payment Status Check (000:7685) before acting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TerminalCallback {
    /// Always `false`: terminal callbacks carry no checksum.
    pub authenticated: bool,
    /// `orderUuid`.
    pub order_uuid: String,
    /// `Approved` or `Cancelled` as documented (a declined payment is `Cancelled`, 000:7461).
    pub status: Option<String>,
    /// `Payment` or `Payment_Refund` (the JS field `type`).
    pub kind: Option<String>,
    /// `baseAmount`, as sent.
    pub base_amount: Option<String>,
    /// `vatAmount`, as sent.
    pub vat_amount: Option<String>,
    /// `totalAmount`, as sent.
    pub total_amount: Option<String>,
    /// `currency` (ISO 4217).
    pub currency: Option<String>,
    /// Every decoded parameter in received order.
    pub raw: Vec<(String, String)>,
}

impl TerminalCallback {
    /// The typed view of entries [`super::terminal_entries`] checked (a non-empty `orderUuid`).
    pub(super) fn from_entries(entries: &[Entry<'_>]) -> TerminalCallback {
        let get = |name: &str| super::terminal_value(entries, name).map(str::to_string);
        TerminalCallback {
            authenticated: false,
            order_uuid: get("orderUuid").unwrap_or_default(),
            status: get("status"),
            kind: get("type"),
            base_amount: get("baseAmount"),
            vat_amount: get("vatAmount"),
            total_amount: get("totalAmount"),
            currency: get("currency"),
            raw: entries
                .iter()
                .map(|e| (e.key.to_string(), e.concat_str().to_string()))
                .collect(),
        }
    }
}

/// Unix seconds written as an optionally signed decimal integer of at most 18 digits.
pub(super) fn parse_unix_seconds(s: &str) -> Option<i64> {
    // By bytes (`strip_prefix('-')` links a char searcher into the .wasm).
    let (negative, digits) = match s.as_bytes().split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, s.as_bytes()),
    };
    if digits.is_empty() || digits.len() > 18 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let magnitude = digits
        .iter()
        .fold(0i64, |n, &d| n * 10 + i64::from(d - b'0'));
    Some(if negative { -magnitude } else { magnitude })
}
