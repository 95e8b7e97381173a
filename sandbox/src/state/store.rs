//! The sandbox's memory: orders, reservations, subscriptions, customers, terminal orders, and the
//! history of reservation events. Uuids are generated in sequence (`ODR1000000001`, ...).
//! Amounts are the core's exact [`Money`] (øre), never floats.

use fpgo::money::Money;
use serde_json::Value;
use std::collections::BTreeMap;

/// What a checkout page sells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Order,
    Reservation,
    Subscription,
}

#[derive(Debug, Clone)]
pub struct Product {
    /// The numeric order product id refunds refer to (`000:1602`, from Get Order Details).
    pub id: u64,
    pub name: String,
    pub product_id: Value,
    pub quantity: Value,
    pub rate: Value,
    pub discount: Value,
    pub tax: Value,
    /// Line amount and what has been refunded of it.
    pub amount: Money,
    pub refunded: Money,
}

/// An order, reservation or subscription: they share the checkout page and the callback.
#[derive(Debug, Clone)]
pub struct Order {
    pub uuid: String,
    pub kind: Kind,
    /// `payment-link`, `invoice`, `faktura`, `ehf`, `checkout`, `invoice-session`, `hosted`,
    /// `reservation`, `subscription`.
    pub order_type: &'static str,
    pub status: String,
    pub customer_uuid: String,
    pub products: Vec<Product>,
    pub grand_total: Money,
    pub refunded: Money,
    pub captured: Money,
    pub charged: Money,
    pub created_at: u64,
    pub callback_url: Option<String>,
    pub success_url: Option<String>,
    pub failure_url: Option<String>,
    pub payment_method: Option<String>,
    pub invoice_number: Option<String>,
    pub body: Value,
}

#[derive(Debug, Clone)]
pub struct Customer {
    pub uuid: String,
    pub details: Value,
}

#[derive(Debug, Clone)]
pub struct TerminalOrder {
    pub uuid: String,
    pub status: String,
    pub refund_status: Option<String>,
    pub amount: Value,
    pub callback_url: Option<String>,
}

/// A company check (`000:8374-8560`): verified on its BankID page, then the signed callback.
#[derive(Debug, Clone)]
pub struct CompanyCheck {
    pub uuid: String,
    pub company_id: String,
    pub status: String,
    pub created_at: u64,
    pub callback_url: Option<String>,
    pub success_url: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Event {
    pub uuid: String,
    pub title: String,
    pub at: u64,
    pub note: Option<String>,
}

#[derive(Debug, Default)]
pub struct Store {
    next: u64,
    pub orders: BTreeMap<String, Order>,
    pub customers: BTreeMap<String, Customer>,
    pub terminal_orders: BTreeMap<String, TerminalOrder>,
    pub credit_checks: Vec<Value>,
    pub company_checks: BTreeMap<String, CompanyCheck>,
    pub events: Vec<Event>,
    next_product_id: u64,
}

impl Store {
    /// A new uuid with the API's prefix (`ODR`, `RES`, `SUB`, `CSRT`, `TRM`, `CRD`, `COM`).
    pub fn uuid(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("{prefix}{}", 1_000_000_000 + self.next)
    }

    pub fn product_id(&mut self) -> u64 {
        self.next_product_id += 1;
        5_400 + self.next_product_id
    }

    pub fn order(&mut self, uuid: &str, kind: Kind) -> Option<&mut Order> {
        self.orders.get_mut(uuid).filter(|o| o.kind == kind)
    }

    pub fn log(&mut self, uuid: &str, title: &str, at: u64, note: Option<String>) {
        self.events.push(Event {
            uuid: uuid.to_string(),
            title: title.to_string(),
            at,
            note,
        });
    }
}
