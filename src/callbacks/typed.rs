//! Typed views of callback parameters. The raw values stay available; these only name and type them.

use super::{CallbackError, ErrorCode};
use serde::Serialize;

/// What a verified callback is about, told apart by its identifying parameter.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum CallbackFields {
    /// Order, reservation and subscription callbacks (000:6353-6372): they carry `orderUuid`.
    Order(OrderCallback),
    /// Company-check callbacks (000:8502-8530): they carry `companyCheckUuid` and no timestamp.
    CompanyCheck(CompanyCheckCallback),
    /// A correctly signed callback of neither documented shape: only `raw` is available.
    Unknown,
}

impl CallbackFields {
    pub(super) fn from_pairs(raw: &[(String, String)]) -> CallbackFields {
        let get = |name: &str| raw.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        if let Some(order_uuid) = get("orderUuid") {
            CallbackFields::Order(OrderCallback {
                order_uuid,
                status: get("status").map(|s| normalise_status(&s)),
                payment_method: get("paymentMethod"),
                amount: get("amount"),
                created_at: get("createdAt").as_deref().and_then(parse_unix_seconds),
                timestamp: get("timestamp").as_deref().and_then(parse_unix_seconds),
            })
        } else if let Some(company_check_uuid) = get("companyCheckUuid") {
            CallbackFields::CompanyCheck(CompanyCheckCallback {
                company_check_uuid,
                company_id: get("companyId"),
                company_type: get("companyType"),
                company_name: get("companyName"),
                score: get("score").as_deref().and_then(parse_decimal),
                risk_level: get("riskLevel"),
                score_message: get("scoreMessage"),
                default_probability: get("defaultProbability"),
                personal_number: get("personalNumber"),
                contact_person_name: get("contactPersonName"),
                contact_person_email: get("contactPersonEmail"),
                created_at: get("createdAt").as_deref().and_then(parse_unix_seconds),
            })
        } else {
            CallbackFields::Unknown
        }
    }
}

/// The order callback's fields (000:6359-6368). Absent or unparseable values are `None`; `raw` has
/// them as sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderCallback {
    pub order_uuid: String,
    /// Upper case; the documented misspelling `RESEVRED` (000:6363) becomes `RESERVED`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    /// As sent (the documents do not define its number format, 000:6386): parse it with fpgo's money
    /// type rather than as a float.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// Unix seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Unix seconds: when the callback was sent (000:6367).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
}

/// The company-check callback's fields (000:8510-8524). `companyId` and `personalNumber` stay strings
/// (a number would lose leading zeros); `defaultProbability` stays a string because the documents also
/// show ranges such as "15% - 27%" (000:8334).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CompanyCheckCallback {
    pub company_check_uuid: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub risk_level: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score_message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_probability: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub personal_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_person_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_person_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
}

/// A terminal-order callback (000:7435-7499). It has no checksum and no timestamp, so
/// `authenticated` is always `false`: confirm with Payment Status Check (000:7685) before acting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TerminalCallback {
    pub authenticated: bool,
    pub order_uuid: String,
    /// `Approved` or `Cancelled` as documented (a declined payment is `Cancelled`, 000:7461).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// `Payment` or `Payment_Refund`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_amount: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vat_amount: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(serialize_with = "super::serialize_pairs")]
    pub raw: Vec<(String, String)>,
}

impl TerminalCallback {
    pub(super) fn from_pairs(raw: Vec<(String, String)>) -> Result<TerminalCallback, CallbackError> {
        let get = |name: &str| raw.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        let order_uuid = get("orderUuid")
            .filter(|v| !v.is_empty())
            .ok_or_else(|| CallbackError::new(ErrorCode::MalformedQuery, "not a terminal callback: `orderUuid` is missing"))?;
        Ok(TerminalCallback {
            authenticated: false,
            order_uuid,
            status: get("status"),
            kind: get("type"),
            base_amount: get("baseAmount"),
            vat_amount: get("vatAmount"),
            total_amount: get("totalAmount"),
            currency: get("currency"),
            raw,
        })
    }
}

/// Upper-cases a status and repairs the documents' `RESEVRED` (000:6363).
fn normalise_status(status: &str) -> String {
    let upper = status.to_uppercase();
    if upper == "RESEVRED" {
        "RESERVED".to_string()
    } else {
        upper
    }
}

/// Unix seconds written as an optionally signed decimal integer.
pub(super) fn parse_unix_seconds(s: &str) -> Option<i64> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.is_empty() || digits.len() > 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A plain decimal number (a credit score, not money).
fn parse_decimal(s: &str) -> Option<f64> {
    let ok = !s.is_empty() && s.len() <= 32 && s.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
    if ok {
        s.parse::<f64>().ok().filter(|v| v.is_finite())
    } else {
        None
    }
}
