//! The blocks request bodies share (products, order summary, customer, address, callback, ...),
//! as typed serde structs. Every block keeps fields it does not know in `extra`, so an
//! undocumented field a merchant needs still reaches the API unchanged.

use crate::money::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Fields the documents do not list for a block, sent as given.
pub type Extra = Map<String, Value>;

/// Tells the generated bodies which fields to leave out of the JSON.
pub trait Omit {
    /// `true` when the value carries nothing to send (`None`, an empty list).
    fn omit(&self) -> bool;
}

impl<T> Omit for Option<T> {
    fn omit(&self) -> bool {
        self.is_none()
    }
}

impl<T> Omit for Vec<T> {
    fn omit(&self) -> bool {
        self.is_empty()
    }
}

pub(crate) fn omit<T: Omit>(v: &T) -> bool {
    v.omit()
}

/// One order line (000:95-125). `rate` includes VAT; `discount` is an absolute amount for the
/// whole line. `amount` is computed by `build()` when absent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Product {
    /// `name`: the product's name.
    pub name: String,
    /// `productId`: the merchant's own product id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// Absent on reservation and charge lines (quantity 1 is implied there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Decimal>,
    /// `rate`: the price of one unit, VAT included.
    pub rate: Decimal,
    /// `discount`: an absolute discount for the whole line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount: Option<Decimal>,
    /// `tax`: the VAT rate in percent.
    pub tax: Decimal,
    /// `amount`: the amount (`quantity * rate - discount` for a line).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    /// Fields the documents do not list for this block, sent as given.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Product {
    /// A line of `quantity` units at the VAT-inclusive `rate` and `tax` percent.
    pub fn new(name: impl Into<String>, quantity: Decimal, rate: Decimal, tax: Decimal) -> Product {
        Product {
            name: name.into(),
            quantity: Some(quantity),
            rate,
            tax,
            ..Product::default()
        }
    }
}

/// A product of a capture or refund: the product id from the order or reservation details and
/// the amount to capture or refund (000:1602-1607, 000:4180-4185).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductAmount {
    /// `id`: the product id from the order or reservation details.
    pub id: i64,
    /// `amount`: the amount to capture or refund.
    pub amount: Decimal,
    /// Fields the documents do not list for this block, sent as given.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `orderSummary`; the four totals are computed by `build()` when absent (000:130-145).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderSummary {
    /// `subTotal`: without VAT, before discounts; computed when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_total: Option<Decimal>,
    /// `totalTax`: computed when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_tax: Option<Decimal>,
    /// `totalDiscount`: computed when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_discount: Option<Decimal>,
    /// `grandTotal`: what the customer pays; computed when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grand_total: Option<Decimal>,
    /// Checkout sessions only (000:2282).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_cost: Option<Decimal>,
    /// Subscriptions only (000:5309); `build()` defaults it to `grandTotal`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payable_per_cycle: Option<Decimal>,
    /// Fields the documents do not list for this block, sent as given.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A postal address (000:210-225).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    /// `street`: street and number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    /// `zip`: postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// `city`: city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// ISO 3166-1 alpha-2, e.g. `NO`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Fields the documents do not list for this block, sent as given.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Billing and shipping addresses of a customer update (000:6614-6654).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Addresses {
    /// `billing`: the billing address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing: Option<Address>,
    /// `shipping`: the shipping address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping: Option<Address>,
    /// Fields the documents do not list for this block, sent as given.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `customerDetails` (000:165-225 and its variants per endpoint).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerDetails {
    /// `private` or `corporate`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub customer_type: Option<String>,
    /// `customerUuid`: an existing customer's uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_uuid: Option<String>,
    /// `countryCode`: the phone number's country calling code (`+47`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// `msisdn`: the phone number without the country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msisdn: Option<String>,
    /// `email`: e-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `firstName`: first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// `name`: the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `en`, `no`, `sv`, `da` or `de`; the documents default it to `no` (000:190).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de::text"
    )]
    /// `personalNumber`: the national identity number.
    pub personal_number: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "de::text"
    )]
    /// `organizationId`: the organisation number.
    pub organization_id: Option<String>,
    /// `address`: the postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// Fields the documents do not list for this block, sent as given.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `sendOrderBy`: how Front Payment sends the link (000:150-155).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendOrderBy {
    /// `sms`: send by SMS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms: Option<bool>,
    /// `email`: e-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<bool>,
    /// Fields the documents do not list for this block, sent as given.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `callback`: the server-to-server URL and the browser redirects (000:250, 000:2382-2392).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Callback {
    /// `callbackUrl`: where the server sends the callback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// `success`: where the customer is sent after paying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<String>,
    /// `failure`: where the customer is sent after a failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<String>,
    /// Fields the documents do not list for this block, sent as given.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `submitPayment` (000:2377).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmitPayment {
    /// `via`: the channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// `currency`: ISO 4217 currency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Fields the documents do not list for this block, sent as given.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `settings` (000:3451-3461).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// `secureDetails`: ask for secure (BankID) details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secure_details: Option<bool>,
    /// `isChargePartiallyRefundable`: whether a charge may be refunded in parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_charge_partially_refundable: Option<bool>,
    /// Fields the documents do not list for this block, sent as given.
    #[serde(flatten)]
    pub extra: Extra,
}

/// `invoiceReferences` (terminal orders, 000:7165-7214, and older checkout pages).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceReferences {
    /// `referenceNo`: the merchant's reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_no: Option<String>,
    /// `customerReference`: the customer's reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_reference: Option<String>,
    /// `receiptNo`: receipt number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt_no: Option<String>,
    /// `customerNotes`: notes shown to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_notes: Option<String>,
    /// `tnc`: terms and conditions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tnc: Option<String>,
    /// Fields the documents do not list for this block, sent as given.
    #[serde(flatten)]
    pub extra: Extra,
}

/// An additional contact of a corporate customer (000:6685-6886).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    /// `name`: the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `email`: e-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `designation`: job title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub designation: Option<String>,
    /// `countryCode`: the phone number's country calling code (`+47`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// `msisdn`: the phone number without the country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msisdn: Option<String>,
    /// `note`: a note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Fields the documents do not list for this block, sent as given.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Lenient readers for the shapes the documents send.
pub(crate) mod de {
    use serde::{Deserialize, Deserializer};
    use serde_json::Value;

    /// A list sent as a JSON array or as an object keyed `"0"`, `"1"`, ... (000:3218-3270). PHP's
    /// `json_decode($body, true)` reads both as the same array, so they are the same to the API.
    pub fn lines<'de, D: Deserializer<'de>, T: serde::de::DeserializeOwned>(
        d: D,
    ) -> Result<Vec<T>, D::Error> {
        let items = match Value::deserialize(d)? {
            Value::Array(items) => items,
            Value::Object(map) => map.into_iter().map(|(_, v)| v).collect(),
            Value::Null => Vec::new(),
            _ => return Err(serde::de::Error::custom("expected a list")),
        };
        items
            .into_iter()
            .map(|v| serde_json::from_value(v).map_err(serde::de::Error::custom))
            .collect()
    }

    /// A string the documents sometimes send as a number (`"organizationId": 192933933`,
    /// 000:6685-6886); read as its decimal text.
    pub fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        match Value::deserialize(d)? {
            Value::Null => Ok(None),
            Value::String(s) => Ok(Some(s)),
            Value::Number(n) => Ok(Some(crate::json::number_text(&n))),
            _ => Err(serde::de::Error::custom("expected a string or a number")),
        }
    }
}
