//! Subscriptions (`000:5163-6347`): create, sessions, the two paged lists, details, resend, cancel
//! and cycle refunds. A subscription whose payment failed (status `FAILED`, e.g. set through
//! `POST /__sandbox/status`) is what the failed-payment endpoints show.

use super::paging::page;
use super::shared::{amount, date, id, new_order, number, order_details, pay_url, text};
use super::{Ctx, Outcome, Table};
use crate::envelope::Reply;
use crate::state::{Kind, Order, Store};
use fpgo::builders::Timestamp;
use serde_json::{json, Value};

pub const HANDLERS: Table = &[
    ("subscriptions.create", create),
    ("subscriptions.createSession", create_session),
    ("subscriptions.list", list),
    ("subscriptions.listFailedPayments", list_failed_payments),
    ("subscriptions.getDetails", get_details),
    (
        "subscriptions.getFailedPaymentDetails",
        get_failed_payment_details,
    ),
    ("subscriptions.resend", resend),
    ("subscriptions.cancel", cancel),
    ("subscriptions.refundCycles", refund_cycles),
];

fn create(cx: &mut Ctx) -> Outcome {
    let o = new_order(cx.store, cx.payload, Kind::Subscription, "subscription");
    let data = json!({"paymentLink": pay_url(cx.base_url, &o.uuid), "subscriptionUuid": o.uuid, "orderUuid": o.uuid});
    Reply::ok(200, "subscriptionCreatedSuccessfully", true, data).into()
}

fn create_session(cx: &mut Ctx) -> Outcome {
    let o = new_order(cx.store, cx.payload, Kind::Subscription, "subscription");
    let data = json!({"subscriptionUuid": o.uuid, "customerUuid": o.customer_uuid, "paymentUrl": pay_url(cx.base_url, &o.uuid)});
    Reply::ok(201, "subscriptionRequestSuccessfullyHandled", true, data).into()
}

/// The list filters (`000:5599-5607`, `000:5748-5757`): the path's status and the query's phone,
/// customer name, subscription uuid and date range (`Y-m-d`, inclusive, UTC).
struct Filter {
    status: Option<String>,
    phone: Option<String>,
    customer_name: Option<String>,
    subscription_uuid: Option<String>,
    from: Option<i64>,
    until: Option<i64>,
}

impl Filter {
    fn of(cx: &Ctx) -> Filter {
        let query = |k: &str| {
            cx.query
                .get(k)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let day = |k: &str| {
            query(k)
                .and_then(|d| Timestamp::parse(&d).ok())
                .map(|t| t.unix())
        };
        Filter {
            status: cx.params.get("status").map(|s| s.to_uppercase()),
            phone: query("phone"),
            customer_name: query("customerName").map(|n| n.to_lowercase()),
            subscription_uuid: query("subscriptionUuid"),
            from: day("startDate"),
            until: day("endDate").map(|d| d + 86_399),
        }
    }

    fn admits(&self, store: &Store, o: &Order) -> bool {
        let customer = customer_of(store, o);
        let field = |k: &str| customer.get(k).and_then(Value::as_str).unwrap_or("");
        let created = i64::try_from(o.created_at).unwrap_or(i64::MAX);
        self.status.as_deref().is_none_or(|s| o.status == s)
            && self
                .phone
                .as_deref()
                .is_none_or(|p| format!("{}{}", field("countryCode"), field("msisdn")).contains(p))
            && self
                .customer_name
                .as_deref()
                .is_none_or(|n| field("name").to_lowercase().contains(n))
            && self
                .subscription_uuid
                .as_deref()
                .is_none_or(|u| o.uuid == u)
            && self.from.is_none_or(|from| created >= from)
            && self.until.is_none_or(|until| created <= until)
    }
}

fn customer_of<'a>(store: &'a Store, o: &Order) -> &'a Value {
    static NONE: Value = Value::Null;
    store
        .customers
        .get(&o.customer_uuid)
        .map_or(&NONE, |c| &c.details)
}

/// The subscriptions (or failed subscription payments) a list shows, oldest first.
fn matching<'a>(cx: &'a Ctx, failed: bool) -> Vec<&'a Order> {
    let filter = Filter::of(cx);
    cx.store
        .orders
        .values()
        .filter(|o| o.kind == Kind::Subscription && (!failed || o.status == "FAILED"))
        .filter(|o| filter.admits(cx.store, o))
        .collect()
}

/// The amount per cycle (`orderSummary.payablePerCycle`, else the grand total) and the currency.
fn per_cycle(o: &Order) -> (Value, Value) {
    let amount = amount(&o.body, "/orderSummary/payablePerCycle").unwrap_or(o.grand_total);
    let currency = text(&o.body, "/submitPayment/currency").unwrap_or_else(|| "NOK".into());
    (number(amount), json!(currency))
}

/// One item of Get Subscription List (`000:5626-5643`).
fn list_item(store: &Store, o: &Order) -> Value {
    let customer = customer_of(store, o);
    let paid = ["ONGOING", "PAID", "COMPLETED"].contains(&o.status.as_str());
    let (amount, currency) = per_cycle(o);
    json!({
        "subscriptionUuid": o.uuid, "orderUuid": o.uuid,
        "repeats": o.body.get("numberOfRepeats").cloned().unwrap_or(Value::Null),
        "frequency": o.body.get("billingFrequency").cloned().unwrap_or(Value::Null),
        "amount": amount, "currency": currency, "createdAt": date(o.created_at),
        "customerName": customer.get("name"), "clientName": "Sandbox AS",
        "customerEmail": customer.get("email"), "countryCode": customer.get("countryCode"),
        "msisdn": customer.get("msisdn"), "status": o.status,
        "isPaid": paid, "isRefundable": paid, "numberOfPaidCycles": u8::from(paid),
    })
}

/// One item of Get Failed Payment List (`000:5776-5788`).
fn failed_item(store: &Store, o: &Order) -> Value {
    let customer = customer_of(store, o);
    let (amount, currency) = per_cycle(o);
    json!({
        "orderUuid": o.uuid, "orderDate": date(o.created_at),
        "customerName": customer.get("name"), "clientName": "Sandbox AS",
        "countryCode": customer.get("countryCode"), "msisdn": customer.get("msisdn"),
        "currency": currency, "amount": amount, "status": o.status,
        "translationKey": "failedSubscriptionOrderFailed", "subscriptionUuid": o.uuid,
    })
}

fn list(cx: &mut Ctx) -> Outcome {
    let items = matching(cx, false)
        .into_iter()
        .map(|o| list_item(cx.store, o))
        .collect();
    page(cx, "subscriptionRetrieveSuccessfully", items).into()
}

fn list_failed_payments(cx: &mut Ctx) -> Outcome {
    let items = matching(cx, true)
        .into_iter()
        .map(|o| failed_item(cx.store, o))
        .collect();
    page(cx, "failedSubscriptionOrdersRetrievedSuccessfully!", items).into()
}

fn get_details(cx: &mut Ctx) -> Outcome {
    match cx.store.order(&id(cx), Kind::Subscription).cloned() {
        None => Reply::not_found("subscriptionNotFound"),
        Some(o) => Reply::ok(
            200,
            "subscriptionDetailsRetrievedSuccessfully",
            true,
            order_details(cx.store, &o),
        ),
    }
    .into()
}

fn get_failed_payment_details(cx: &mut Ctx) -> Outcome {
    match cx
        .store
        .orders
        .get(&id(cx))
        .filter(|o| o.status == "FAILED")
    {
        None => Reply::not_found("orderNotFound"),
        Some(o) => Reply::ok(
            200,
            "orderRetrievedSuccessfully",
            true,
            order_details(cx.store, o),
        ),
    }
    .into()
}

fn resend(cx: &mut Ctx) -> Outcome {
    match cx.store.order(&id(cx), Kind::Subscription) {
        None => Reply::not_found("subscriptionNotFound"),
        Some(o) if o.status == "CANCELLED" => Reply::conflict("subscriptionAlreadyCancelled"),
        Some(_) => Reply::ok(
            202,
            "subscriptionOrderResentSuccessfully",
            true,
            Value::Null,
        ),
    }
    .into()
}

fn cancel(cx: &mut Ctx) -> Outcome {
    let uuid = id(cx);
    match cx.store.order(&uuid, Kind::Subscription) {
        None => Reply::not_found("subscriptionNotFound").into(),
        Some(o) if o.status == "CANCELLED" => {
            Reply::conflict("subscriptionAlreadyCancelled").into()
        }
        Some(o) => {
            o.status = "CANCELLED".into();
            Outcome::notifying(
                Reply::ok(201, "successfullyCancelledSubscription", true, Value::Null),
                &uuid,
            )
        }
    }
}

fn refund_cycles(cx: &mut Ctx) -> Outcome {
    match cx.store.order(&id(cx), Kind::Subscription) {
        None => Reply::not_found("subscriptionNotFound"),
        Some(o) if !["ONGOING", "PAID"].contains(&o.status.as_str()) => {
            Reply::conflict("subscriptionCycleNotRefundable")
        }
        Some(_) => Reply::ok(201, "refundProcessedSuccessfully", true, Value::Null),
    }
    .into()
}
