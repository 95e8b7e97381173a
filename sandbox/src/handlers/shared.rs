//! What several areas share: reading the payload, amounts (the core's exact `Money`), the order
//! record every create endpoint makes, and the order and customer views the detail endpoints show.

use super::Ctx;
use crate::state::{now, Customer, Kind, Order, Product, Store};
use fpgo::builders::Timestamp;
use fpgo::money::Money;
use serde_json::{json, Value};

/// A non-empty string (or a number, as text) at a JSON pointer.
pub fn text(v: &Value, pointer: &str) -> Option<String> {
    match v.pointer(pointer)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The elements of a list field. PHP arrays arrive as JSON arrays or as objects with index keys
/// (`{"0": {...}}`, as in the reservation examples at `000:3246` and `000:4150`); Laravel treats
/// both as arrays.
pub fn list<'a>(v: &'a Value, key: &str) -> Vec<&'a Value> {
    match v.get(key) {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(Value::Object(map)) => map.values().collect(),
        _ => Vec::new(),
    }
}

/// Largest amount the sandbox accepts, in øre (10 billion NOK). Every sum the sandbox makes is of
/// at most a request's worth of such amounts (bounded by the body limit), so `i128` arithmetic on
/// them cannot overflow.
const MAX_AMOUNT_ORE: i128 = 1_000_000_000_000;

/// An amount at a JSON pointer (`51`, `"51.00"`, `"4500,50"`, exact, at most two decimals).
/// Negative, larger than the bound, or not an amount: `None` (counts as absent).
pub fn amount(v: &Value, pointer: &str) -> Option<Money> {
    let value = v.pointer(pointer)?;
    Money::from_json(value)
        .ok()
        .filter(|m| (0..=MAX_AMOUNT_ORE).contains(&m.minor()))
}

/// The sum of bounded amounts (see [`MAX_AMOUNT_ORE`]).
pub fn sum(amounts: impl Iterator<Item = Money>) -> Money {
    Money::from_minor(amounts.map(|m| m.minor()).sum())
}

/// `a - b` of bounded amounts.
pub fn minus(a: Money, b: Money) -> Money {
    Money::from_minor(a.minor() - b.minor())
}

/// An amount as the documents' numeric JSON (`51`, `51.5`), printed from the exact decimal.
pub fn number(m: Money) -> Value {
    let text = m.to_decimal().normalized().to_string();
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

/// Unix seconds as the documents print dates: `07.11.2023` (`000:5676`).
pub fn date(unix: u64) -> String {
    let (y, m, d, ..) = timestamp(unix).to_utc();
    format!("{d:02}.{m:02}.{y}")
}

/// Unix seconds as the documents print history times: `21.01.2024 04:00` (`000:5099-5161`), UTC.
pub fn datetime(unix: u64) -> String {
    let (y, m, d, hour, minute, _) = timestamp(unix).to_utc();
    format!("{d:02}.{m:02}.{y} {hour:02}:{minute:02}")
}

fn timestamp(unix: u64) -> Timestamp {
    Timestamp::from_unix(i64::try_from(unix).unwrap_or(i64::MAX))
}

/// The hosted page of an order, reservation, subscription or company check.
pub fn pay_url(base: &str, uuid: &str) -> String {
    format!("{base}/checkout/{uuid}")
}

/// The single path parameter (a uuid or id), whatever its placeholder is called.
pub fn id(cx: &Ctx) -> String {
    cx.params.values().next().cloned().unwrap_or_default()
}

/// Records a new order, reservation or subscription (status `SENT`) and its customer.
pub fn new_order(
    store: &mut Store,
    payload: &Value,
    kind: Kind,
    order_type: &'static str,
) -> Order {
    let prefix = match kind {
        Kind::Order => "ODR",
        Kind::Reservation => "RES",
        Kind::Subscription => "SUB",
    };
    let uuid = store.uuid(prefix);
    let products: Vec<Product> = list(payload, "products")
        .into_iter()
        .map(|p| product(store, p))
        .collect();
    let grand_total = amount(payload, "/orderSummary/grandTotal")
        .unwrap_or_else(|| sum(products.iter().map(|p| p.amount)));
    let customer_uuid = store.uuid("CSRT");
    let details = payload
        .get("customerDetails")
        .cloned()
        .unwrap_or_else(|| json!({}));
    let customer = Customer {
        uuid: customer_uuid.clone(),
        details,
    };
    store.customers.insert(customer_uuid.clone(), customer);
    let invoiced = matches!(
        order_type,
        "invoice" | "faktura" | "ehf" | "invoice-session"
    );
    let order = Order {
        uuid: uuid.clone(),
        kind,
        order_type,
        status: "SENT".into(),
        customer_uuid,
        products,
        grand_total,
        refunded: Money::ZERO,
        captured: Money::ZERO,
        charged: Money::ZERO,
        created_at: now(),
        callback_url: text(payload, "/callback/callbackUrl")
            .or_else(|| text(payload, "/callbackUrl")),
        success_url: text(payload, "/callback/success"),
        failure_url: text(payload, "/callback/failure"),
        payment_method: None,
        invoice_number: invoiced.then(|| format!("9990{}", uuid.get(7..).unwrap_or("0"))),
        body: payload.clone(),
    };
    store.log(&uuid, &format!("{order_type}-sent"), order.created_at, None);
    store.orders.insert(uuid, order.clone());
    order
}

fn product(store: &mut Store, p: &Value) -> Product {
    let field = |k: &str| p.get(k).cloned().unwrap_or(Value::Null);
    Product {
        id: store.product_id(),
        name: text(p, "/name").unwrap_or_default(),
        product_id: field("productId"),
        quantity: field("quantity"),
        rate: field("rate"),
        discount: field("discount"),
        tax: field("tax"),
        amount: amount(p, "/amount").unwrap_or(Money::ZERO),
        refunded: Money::ZERO,
    }
}

/// Get Order Details' `data` (`000:1752-1880`), also the base of the reservation and
/// subscription details.
pub fn order_details(store: &Store, o: &Order) -> Value {
    let products: Vec<Value> = o
        .products
        .iter()
        .map(|p| {
            json!({"id": p.id, "name": p.name, "productId": p.product_id, "quantity": p.quantity, "rate": p.rate,
                "discount": p.discount, "tax": p.tax, "amount": number(p.amount), "refundedAmount": number(p.refunded)})
        })
        .collect();
    let customer = store
        .customers
        .get(&o.customer_uuid)
        .map(customer_json)
        .unwrap_or(Value::Null);
    let body = |k: &str| o.body.get(k).cloned().unwrap_or(Value::Null);
    json!({
        "type": o.order_type, "orderUuid": o.uuid, "invoiceNumber": o.invoice_number, "status": o.status,
        "orderDate": body("orderDate"),
        "paymentLinkDueDate": body("dueDateForPaymentLink"),
        "productList": products,
        "orderSummary": body("orderSummary"),
        "customerDetails": customer,
    })
}

/// A customer's details with its uuid.
pub fn customer_json(c: &Customer) -> Value {
    let mut d = c.details.clone();
    if let Value::Object(m) = &mut d {
        m.insert("uuid".into(), json!(c.uuid));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_print_like_the_documents() {
        assert_eq!(datetime(1_705_809_600), "21.01.2024 04:00");
        assert_eq!(datetime(0), "01.01.1970 00:00");
        assert_eq!(date(951_782_400), "29.02.2000");
        assert_eq!(date(1_699_315_200), "07.11.2023");
    }

    #[test]
    fn amounts_are_exact_and_bounded() {
        let v = json!({"a": "4017.86", "b": 51, "c": "1.234", "d": -1, "e": "10000000000.01", "f": "4500,50"});
        assert_eq!(amount(&v, "/a").map(|m| m.minor()), Some(401_786));
        assert_eq!(
            amount(&v, "/b").map(|m| m.to_string()),
            Some("51.00".into())
        );
        assert_eq!(amount(&v, "/c"), None, "three decimals are not money");
        assert_eq!(amount(&v, "/d"), None);
        assert_eq!(amount(&v, "/e"), None, "above the bound");
        assert_eq!(amount(&v, "/f").map(|m| m.minor()), Some(450_050));
        assert_eq!(number(Money::from_minor(5100)), json!(51));
        assert_eq!(number(Money::from_minor(5150)), json!(51.5));
        assert_eq!(number(Money::from_minor(401_786)).to_string(), "4017.86");
    }
}
