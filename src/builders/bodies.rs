//! One typed body per endpoint that has a request body, named after the endpoint. The structs
//! only describe fields; everything they do (computing amounts and the summary, converting dates,
//! defaults, validation) is the shared core in [`super::build`], reached through [`Body::build`].
//! Field lists follow the documents' tables (lines cited per struct); undocumented fields go in
//! `extra`.

use super::blocks::de;
use super::blocks::*;
use super::dates::DateValue;
use super::{BuildError, BuildOptions, Built};
use crate::money::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A typed request body of one endpoint.
pub trait Body: Serialize {
    /// The endpoint id, e.g. `orders.sendPaymentLink`.
    const ENDPOINT: &'static str;

    /// Fills computed amounts, the order summary, dates and defaults, validates, and returns the
    /// payload (or the validation's error map).
    fn build(&self, options: &BuildOptions) -> Result<Built, BuildError> {
        let input = serde_json::to_value(self).map_err(|_| BuildError::NotAnObject)?;
        super::build(Self::ENDPOINT, &input, options)
    }

    /// The same without validating: the payload with amounts, summary, dates and defaults filled.
    fn fill(&self, options: &BuildOptions) -> Result<Value, BuildError> {
        let input = serde_json::to_value(self).map_err(|_| BuildError::NotAnObject)?;
        super::fill(Self::ENDPOINT, &input, options)
    }
}

macro_rules! bodies {
    ($(
        $(#[$doc:meta])*
        $name:ident = $id:literal { $( $(#[$fdoc:meta])* $field:ident : $ty:ty ),* $(,)? }
    )*) => {
        $(
            $(#[$doc])*
            #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
            #[serde(rename_all = "camelCase")]
            pub struct $name {
                $(
                    #[doc = concat!("The body's `", stringify!($field), "` (camelCase in the JSON).")]
                    #[doc = ""]
                    $(#[$fdoc])*
                    #[serde(default, skip_serializing_if = "omit")]
                    pub $field: $ty,
                )*
                /// Fields the documents do not list, sent as given.
                #[serde(flatten)]
                pub extra: Extra,
            }

            impl Body for $name {
                const ENDPOINT: &'static str = $id;
            }
        )*

        /// Every endpoint with a typed body, in the documents' order.
        pub const BODY_ENDPOINTS: &[&str] = &[$($id),*];

        /// Reads `value` as the typed body of `id` and writes it back as JSON; `None` for an id
        /// without a typed body. For checking the typed structs against the documents' examples.
        #[doc(hidden)]
        pub fn typed_round_trip(id: &str, value: &Value) -> Option<Result<Value, serde_json::Error>> {
            match id {
                $($id => Some(serde_json::from_value::<$name>(value.clone()).and_then(|b| serde_json::to_value(&b))),)*
                _ => None,
            }
        }
    };
}

bodies! {
    /// Send Payment Link (000:7-306).
    SendPaymentLink = "orders.sendPaymentLink" {
        #[serde(deserialize_with = "de::lines")] products: Vec<Product>, order_summary: Option<OrderSummary>, send_order_by: Option<SendOrderBy>,
        order_date: Option<DateValue>, customer_details: Option<CustomerDetails>,
        invoice_as_payment_option: Option<bool>, reference_no: Option<String>,
        customer_reference: Option<String>, secure_details: Option<bool>, callback: Option<Callback>,
    }
    /// Send Invoice (000:308-644).
    SendInvoice = "orders.sendInvoice" {
        #[serde(deserialize_with = "de::lines")] products: Vec<Product>, order_summary: Option<OrderSummary>, order_date: Option<DateValue>,
        customer_details: Option<CustomerDetails>, invoice_interval: Option<i64>,
        invoice_fee_applicable: Option<bool>, invoice_maturity: Option<i64>, separate_invoices: Option<bool>,
        reference_no: Option<String>, customer_reference: Option<String>, callback: Option<Callback>,
    }
    /// Send E-Faktura (000:646-960).
    SendEFaktura = "orders.sendEFaktura" {
        #[serde(deserialize_with = "de::lines")] products: Vec<Product>, order_summary: Option<OrderSummary>, order_date: Option<DateValue>,
        customer_details: Option<CustomerDetails>, invoice_interval: Option<i64>,
        invoice_fee_applicable: Option<bool>, invoice_maturity: Option<i64>, separate_invoices: Option<bool>,
        reference_no: Option<String>, customer_reference: Option<String>, callback: Option<Callback>,
    }
    /// Send EHF Invoice (000:962-1267).
    SendEhfInvoice = "orders.sendEhfInvoice" {
        #[serde(deserialize_with = "de::lines")] products: Vec<Product>, order_summary: Option<OrderSummary>, order_date: Option<DateValue>,
        customer_details: Option<CustomerDetails>, invoice_interval: Option<i64>,
        invoice_fee_applicable: Option<bool>, invoice_maturity: Option<i64>, separate_invoices: Option<bool>,
        reference_no: Option<String>, customer_reference: Option<String>, callback: Option<Callback>,
    }
    /// Resend Payment Link (000:1269-1416): SMS needs `countryCode` and `msisdn`, email `email`.
    ResendPaymentLink = "orders.resendPaymentLink" {
        country_code: Option<String>, msisdn: Option<String>, email: Option<String>,
    }
    /// Cancel Order (000:1418-1533).
    CancelOrder = "orders.cancel" { cancellation_note: Option<String> }
    /// Refund Order (000:1535-1717); `type` is `regular` or `invoiced`.
    RefundOrder = "orders.refund" {
        r#type: Option<String>, grand_total: Option<Decimal>, #[serde(deserialize_with = "de::lines")] products: Vec<ProductAmount>,
    }
    /// Create Checkout Session (000:2111-2472).
    CreateCheckoutSession = "checkout.createSession" {
        #[serde(deserialize_with = "de::lines")] products: Vec<Product>, order_summary: Option<OrderSummary>, order_date: Option<DateValue>,
        reference_no: Option<String>, customer_reference: Option<String>, order_from: Option<String>,
        fpgo_uuid: Option<String>, with_customer: Option<bool>, customer_details: Option<CustomerDetails>,
        submit_payment: Option<SubmitPayment>, callback: Option<Callback>,
    }
    /// Create Session for Invoice Order (000:2474-2792).
    CreateInvoiceSession = "checkout.createInvoiceSession" {
        #[serde(deserialize_with = "de::lines")] products: Vec<Product>, order_summary: Option<OrderSummary>, order_date: Option<DateValue>,
        reference_no: Option<String>, customer_reference: Option<String>, order_from: Option<String>,
        fpgo_uuid: Option<String>, invoice_interval: Option<i64>, separate_invoices: Option<bool>,
        invoice_fee_applicable: Option<bool>, invoice_maturity: Option<i64>, settings: Option<Settings>,
        customer_details: Option<CustomerDetails>, callback: Option<Callback>,
    }
    /// Hosted Checkout, step 1: create a payment link (000:2794-3150).
    CreateHostedPaymentLink = "checkout.createHostedPaymentLink" {
        #[serde(deserialize_with = "de::lines")] products: Vec<Product>, order_summary: Option<OrderSummary>, order_date: Option<DateValue>,
        due_date_for_payment_link: Option<DateValue>, order_from: Option<String>, fpgo_uuid: Option<String>,
        customer_details: Option<CustomerDetails>, checkout_language: Option<String>,
        references_no: Option<String>, customer_notes: Option<String>, callback: Option<Callback>,
    }
    /// Submit Reservation (000:3156-3543); lines have no quantity or discount.
    SubmitReservation = "reservations.submit" {
        customer_details: Option<CustomerDetails>, order_date: Option<DateValue>,
        due_date_for_payment_link: Option<DateValue>, reference_no: Option<String>,
        customer_reference: Option<String>, send_order_by: Option<SendOrderBy>, #[serde(deserialize_with = "de::lines")] products: Vec<Product>,
        order_summary: Option<OrderSummary>, customer_notes: Option<String>, tnc: Option<String>,
        charge_validity: Option<String>, settings: Option<Settings>, callback: Option<Callback>,
    }
    /// Create Session for Reservation (000:3545-3942).
    CreateReservationSession = "reservations.createSession" {
        customer_details: Option<CustomerDetails>, order_date: Option<DateValue>,
        due_date_for_payment_link: Option<DateValue>, reference_no: Option<String>,
        send_order_by: Option<SendOrderBy>, #[serde(deserialize_with = "de::lines")] products: Vec<Product>, order_summary: Option<OrderSummary>,
        customer_notes: Option<String>, tnc: Option<String>, charge_validity: Option<String>,
        submit_payment: Option<SubmitPayment>, callback: Option<Callback>, settings: Option<Settings>,
    }
    /// Capture Reservation (000:4114-4288).
    CaptureReservation = "reservations.capture" {
        #[serde(deserialize_with = "de::lines")] products: Vec<ProductAmount>, grand_total: Option<Decimal>, additional_text: Option<String>,
    }
    /// Charge Reservation (000:4290-4481); lines have no quantity.
    ChargeReservation = "reservations.charge" {
        #[serde(deserialize_with = "de::lines")] products: Vec<Product>, grand_total: Option<Decimal>, additional_text: Option<String>,
    }
    /// Cancel Reservation (000:4483-4620).
    CancelReservation = "reservations.cancel" { note: Option<String> }
    /// Complete Reservation (000:4622-4747).
    CompleteReservation = "reservations.complete" { note: Option<String> }
    /// Resend Reservation (000:4749-4900).
    ResendReservation = "reservations.resend" {
        country_code: Option<String>, msisdn: Option<String>, email: Option<String>,
    }
    /// Refund Reservation (000:4902-5097); `type` is always `reservation`.
    RefundReservation = "reservations.refund" {
        r#type: Option<String>, grand_total: Option<Decimal>, #[serde(deserialize_with = "de::lines")] products: Vec<ProductAmount>,
        source: Option<String>, reference: Option<String>,
    }
    /// Create Subscription (000:5167-5402).
    CreateSubscription = "subscriptions.create" {
        #[serde(deserialize_with = "de::lines")] products: Vec<Product>, billing_frequency: Option<String>, number_of_repeats: Option<i64>,
        order_summary: Option<OrderSummary>, subscription_start_date: Option<DateValue>,
        subscription_ends_date: Option<DateValue>, due_date_for_payment_link: Option<DateValue>,
        send_order_by: Option<SendOrderBy>, customer_details: Option<CustomerDetails>,
    }
    /// Create Session for Subscription Payment (000:5404-5590).
    CreateSubscriptionSession = "subscriptions.createSession" {
        #[serde(deserialize_with = "de::lines")] products: Vec<Product>, billing_frequency: Option<String>, number_of_repeats: Option<i64>,
        order_summary: Option<OrderSummary>, subscription_start_date: Option<DateValue>,
        subscription_ends_date: Option<DateValue>, due_date_for_payment_link: Option<DateValue>,
        customer_details: Option<CustomerDetails>, customer_notes: Option<String>,
        terms_and_conditions: Option<String>, submit_payment: Option<SubmitPayment>,
        settings: Option<Settings>, callback: Option<Callback>,
    }
    /// Resend Subscription (000:6181-6220).
    ResendSubscription = "subscriptions.resend" {
        order_uuid: Option<String>, country_code: Option<String>, msisdn: Option<String>, email: Option<String>,
    }
    /// Cancel Subscription (000:6222-6265).
    CancelSubscription = "subscriptions.cancel" { note: Option<String> }
    /// Refund Subscription Cycle (000:6267-6347); the element format of `cycles` is undocumented.
    RefundSubscriptionCycles = "subscriptions.refundCycles" { cycles: Vec<Value>, amount: Option<Decimal> }
    /// Update Private Customer (000:6522-6683).
    UpdatePrivateCustomer = "customers.updatePrivate" {
        name: Option<String>, email: Option<String>, country_code: Option<String>, msisdn: Option<String>,
        preferred_language: Option<String>, personal_number: Option<String>, addresses: Option<Addresses>,
    }
    /// Update Corporate Customer (000:6685-6886).
    UpdateCorporateCustomer = "customers.updateCorporate" {
        name: Option<String>, email: Option<String>, country_code: Option<String>, msisdn: Option<String>,
        preferred_language: Option<String>, #[serde(deserialize_with = "de::text")] organization_id: Option<String>, addresses: Option<Addresses>,
        #[serde(deserialize_with = "de::lines")] additional_contact: Vec<Contact>,
    }
    /// Request Refund Approval (000:6892-7076).
    RequestRefundApproval = "refunds.requestApproval" {
        r#type: Option<String>, grand_total: Option<Decimal>, #[serde(deserialize_with = "de::lines")] products: Vec<ProductAmount>,
        message: Option<String>, source: Option<String>, reference: Option<String>,
    }
    /// Create Terminal Order (000:7138-7499).
    CreateTerminalOrder = "terminal.createOrder" {
        #[serde(deserialize_with = "de::lines")] products: Vec<Product>, order_summary: Option<OrderSummary>, order_date: Option<DateValue>,
        send_order_by: Option<SendOrderBy>, terminal_uuid: Option<String>, receipt_print: Option<bool>,
        customer_details: Option<CustomerDetails>, invoice_references: Option<InvoiceReferences>,
        callback_url: Option<String>,
    }
    /// Cancel Terminal Order (000:7501-7618); `type` is always `payment`.
    CancelTerminalOrder = "terminal.cancelOrder" { r#type: Option<String> }
    /// Refund or Reverse Payment (000:7781-7934); `type` is always `regular`.
    RefundTerminalOrder = "terminal.refund" {
        r#type: Option<String>, grand_total: Option<Decimal>, #[serde(deserialize_with = "de::lines")] products: Vec<ProductAmount>,
        is_reversal: Option<bool>,
    }
    /// Cancel Refund Request (000:8011-8116); `type` is always `refund`.
    CancelTerminalRefund = "terminal.cancelRefund" { r#type: Option<String> }
    /// Credit Check for Private Customer (000:8122-8212).
    CheckPrivateCredit = "credit.checkPrivate" {
        #[serde(deserialize_with = "de::text")] personal_id: Option<String>, country_code: Option<String>, msisdn: Option<String>,
    }
    /// Credit Check for Corporate Customer (000:8214-8291).
    CheckCorporateCredit = "credit.checkCorporate" { #[serde(deserialize_with = "de::text")] organization_id: Option<String> }
    /// Company Check Request (000:8374-8560).
    RequestCompanyCheck = "company.requestCheck" { company_id: Option<i64>, callback: Option<Callback> }
}
