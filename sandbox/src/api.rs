//! What each endpoint does, keyed by its method and path shape (see [`routing::shape`]): the
//! documented success envelope, the state change and the documented rejections. Endpoints are
//! found in fpgo's table; this file only adds behaviour.

use crate::envelope::Reply;
use crate::money;
use crate::routing::{self, PathParams};
use crate::server::{lock, now, App};
use crate::store::{CompanyCheck, Customer, Kind, Order, Product, Store, TerminalOrder};
use fpgo::endpoints::Endpoint;
use percent_encoding::percent_decode_str;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// The request's input as Laravel's `$request->input()` sees it: the JSON body, plus query
/// parameters the body does not have. A body that is not JSON gives `Value::Null`.
pub fn payload(query: Option<&str>, body: &[u8]) -> Value {
    let mut object = if body.iter().all(u8::is_ascii_whitespace) {
        Map::new()
    } else {
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(m)) => m,
            _ => return Value::Null,
        }
    };
    for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let decode = |s: &str| {
            percent_decode_str(&s.replace('+', " "))
                .decode_utf8_lossy()
                .into_owned()
        };
        object.entry(decode(k)).or_insert(Value::String(decode(v)));
    }
    Value::Object(object)
}

/// The query string as `$_GET` sees it (decoded; the last of repeated keys wins).
pub fn query_map(query: Option<&str>) -> BTreeMap<String, String> {
    let decode = |s: &str| {
        percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    query
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Of several endpoints at one method and path, the one whose `type` rule admits the body's
/// `type` (Cancel Terminal Order `type: payment` vs Cancel Refund Request `type: refund`).
pub fn pick(
    mut candidates: Vec<(&'static Endpoint, PathParams)>,
    payload: &Value,
) -> (&'static Endpoint, PathParams) {
    let wanted = payload.get("type").and_then(Value::as_str).unwrap_or("");
    let index = candidates
        .iter()
        .position(|(e, _)| {
            e.fields.iter().any(|f| {
                f.name == "type"
                    && f.rules.split('|').any(|r| {
                        r.strip_prefix("in:")
                            .is_some_and(|opts| opts.split(',').any(|o| o == wanted))
                    })
            })
        })
        .unwrap_or(0);
    candidates.swap_remove(index)
}

fn text(v: &Value, pointer: &str) -> Option<String> {
    match v.pointer(pointer)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The elements of a list field. PHP arrays arrive as JSON arrays or as objects with index keys
/// (`{"0": {...}}`, as in the reservation examples at `000:3246` and `000:4150`); Laravel treats both as arrays.
fn list<'a>(v: &'a Value, key: &str) -> Vec<&'a Value> {
    match v.get(key) {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(Value::Object(map)) => map.values().collect(),
        _ => Vec::new(),
    }
}

/// Largest amount the sandbox accepts, in øre (10 billion NOK): bounded so that sums of a request's
/// lines cannot overflow. Negative and larger amounts count as absent.
const MAX_AMOUNT: i64 = 1_000_000_000_000;

fn amount(v: &Value, pointer: &str) -> Option<i64> {
    v.pointer(pointer)
        .and_then(money::minor)
        .filter(|a| (0..=MAX_AMOUNT).contains(a))
}

/// The single path parameter (a uuid or id), whatever its placeholder is called.
fn id(params: &PathParams) -> String {
    params.values().next().cloned().unwrap_or_default()
}

/// Runs the endpoint; returns the reply and the uuids whose callback should be sent.
pub fn handle(
    app: &App,
    endpoint: &Endpoint,
    params: &PathParams,
    query: &BTreeMap<String, String>,
    payload: &Value,
) -> (Reply, Vec<String>) {
    if payload.is_null() {
        return (
            Reply::invalid(json!({"body": ["The request body is not a JSON object."]})),
            vec![],
        );
    }
    if let Some(errors) = crate::validation::errors(endpoint, params, query, payload) {
        return (Reply::invalid(errors), vec![]);
    }
    let mut store = lock(&app.store);
    let base = app.base_url.as_str();
    let uuid = id(params);
    let shape = routing::shape(endpoint);
    let path = shape
        .split_once(' ')
        .map_or("", |(_, p)| p)
        .trim_start_matches("/api/v1")
        .trim_start_matches("/connect");
    let method = endpoint.method.as_str();
    let reply = match (method, path) {
        // ---- Orders (000:7-2105)
        ("POST", "/orders/payment-link/create") => {
            created_order(&mut store, base, payload, "payment-link")
        }
        ("POST", "/orders/invoice/create") => created_order(&mut store, base, payload, "invoice"),
        ("POST", "/orders/faktura/create") => created_order(&mut store, base, payload, "faktura"),
        ("POST", "/orders/ehf/create") => created_order(&mut store, base, payload, "ehf"),
        ("POST", "/orders/resend/{}") => resend_order(&mut store, &uuid),
        ("POST", "/orders/cancel/{}") => cancel_order(&mut store, &uuid),
        ("POST", "/orders/refund/{}") => refund(&mut store, &uuid, payload, Kind::Order),
        ("GET", "/orders/status") => order_statuses(&store, payload),
        ("GET", "/orders/status/{}") => match store.order(&uuid, Kind::Order) {
            None => Reply::not_found("orderNotFound"),
            Some(o) => Reply::ok(
                200,
                "Order Status Retrieved Successfully",
                true,
                json!({
                "uuid": o.uuid, "status": o.status, "orderAmount": money::number(o.grand_total), "refundedAmount": money::number(o.refunded)}),
            ),
        },
        ("GET", "/orders/details/{}") => match store.order(&uuid, Kind::Order) {
            None => Reply::not_found_data("orderNotFound"),
            Some(o) => {
                let o = o.clone();
                Reply::ok(
                    200,
                    "orderRetrievedSuccessfully",
                    true,
                    order_details(&store, &o),
                )
            }
        },
        ("GET", "/orders/invoice-number/{}") => match store.order(&uuid, Kind::Order) {
            None => Reply::not_found_data("orderNotFound"),
            Some(o) => {
                // 000:1978-1986: only invoiced orders in an invoiced-type status have one.
                let shown = [
                    "INVOICED",
                    "INKASSO",
                    "PURRING",
                    "PAID",
                    "REFUNDED",
                    "PARTIAL REFUNDED",
                ]
                .contains(&o.status.as_str());
                let number = if shown {
                    o.invoice_number.clone()
                } else {
                    None
                };
                Reply::ok(
                    200,
                    "orderInvoiceNoRetrievedSuccessfully",
                    true,
                    json!({"orderUuid": o.uuid, "invoiceNumber": number, "status": o.status}),
                )
            }
        },
        ("POST", "/orders/delayed/charge/{}") => match store.order(&uuid, Kind::Order) {
            None => Reply::not_found_data("orderNotFound"),
            Some(o) if o.status == "CANCELLED" => Reply::conflict("orderStatusAlreadyCancelled"),
            Some(o) if o.status != "SENT" => Reply::conflict("orderStatusAlreadyPaid"),
            Some(o) => {
                o.status = "PAID".into();
                o.payment_method = Some("card".into());
                return (
                    Reply::ok(200, "orderDelayedChargedSuccessfully", true, Value::Null),
                    vec![uuid],
                );
            }
        },
        // ---- Checkout (000:2111-3150)
        ("POST", "/orders/regular/submit") => {
            let o = new_order(&mut store, payload, Kind::Order, "checkout");
            Reply::ok(
                201,
                "Order Submitted Successfully",
                true,
                json!({"orderUuid": o.uuid, "customerUuid": o.customer_uuid, "paymentUrl": pay_url(base, &o.uuid)}),
            )
        }
        ("POST", "/orders/invoice/submit") | ("POST", "/orders/regular/invoice/submit") => {
            let o = new_order(&mut store, payload, Kind::Order, "invoice-session");
            Reply::ok(
                201,
                "orderCreatedSuccessfully",
                true,
                json!({"orderUuid": o.uuid, "customerUuid": o.customer_uuid, "bankIdUrl": pay_url(base, &o.uuid)}),
            )
        }
        ("POST", "/hosted/orders/payment-link/create") => {
            let o = new_order(&mut store, payload, Kind::Order, "hosted");
            Reply::ok(
                201,
                "Payment Link Created Successfully",
                true,
                json!({"orderUuid": o.uuid, "customerUuid": o.customer_uuid, "paymentUrl": pay_url(base, &o.uuid)}),
            )
        }
        // ---- Reservations (000:3152-5161)
        ("POST", "/reservations/submit") => {
            let o = new_order(&mut store, payload, Kind::Reservation, "reservation");
            Reply::ok(
                201,
                "Reservation Submitted Successfully",
                true,
                json!({"customerUuid": o.customer_uuid, "reservationUuid": o.uuid, "checkoutUrl": pay_url(base, &o.uuid)}),
            )
        }
        ("POST", "/reservations/create") => {
            let o = new_order(&mut store, payload, Kind::Reservation, "reservation");
            Reply::ok(
                201,
                "Reservation Submitted Successfully",
                true,
                json!({"customerUuid": o.customer_uuid, "reservationUuid": o.uuid, "paymentUrl": pay_url(base, &o.uuid)}),
            )
        }
        ("GET", "/reservations/details/{}") => match store.order(&uuid, Kind::Reservation) {
            None => Reply::not_found_data("reservationNotFound"),
            Some(o) => {
                let o = o.clone();
                let mut d = order_details(&store, &o);
                if let Value::Object(m) = &mut d {
                    m.insert("reservationUuid".into(), json!(o.uuid));
                    m.insert("capturedAmount".into(), money::number(o.captured));
                    m.insert("chargedAmount".into(), money::number(o.charged));
                }
                Reply::ok(200, "reservationRetrievedSuccessfully", true, d)
            }
        },
        ("POST", "/reservations/capture/{}") => {
            return capture_or_charge(&mut store, &uuid, payload, true)
        }
        ("POST", "/reservations/charge/{}") => {
            return capture_or_charge(&mut store, &uuid, payload, false)
        }
        ("GET", "/reservations/cancel/{}") => match store.order(&uuid, Kind::Reservation) {
            None => Reply::not_found("orderNotFound"),
            Some(o) => match o.status.as_str() {
                "COMPLETED" => Reply::conflict("reservationStatusAlreadyCompleted"),
                "CANCELLED" => Reply::conflict("reservationStatusAlreadyCancelled"),
                "SENT" | "RESERVED NOT PAID" | "RESERVED" => {
                    o.status = "CANCELLED".into();
                    let note = text(payload, "/note");
                    store.log(&uuid, "reservation-cancelled", now(), note);
                    return (
                        Reply::ok(202, "cancelledOrderSuccessfully", false, Value::Null),
                        vec![uuid],
                    );
                }
                _ => Reply::conflict("prerequisiteFailedToCancelReservation"),
            },
        },
        ("POST", "/reservations/complete/{}") => match store.order(&uuid, Kind::Reservation) {
            None => Reply::not_found_data("reservationNotFound"),
            Some(o) => match o.status.as_str() {
                "COMPLETED" => Reply::conflict("reservationStatusAlreadyCompleted"),
                "CANCELLED" => Reply::conflict("reservationStatusAlreadyCancelled"),
                "CAPTURED" | "CHARGED" => {
                    o.status = "COMPLETED".into();
                    let note = text(payload, "/note");
                    store.log(&uuid, "reservation-completed", now(), note);
                    return (
                        Reply::ok(202, "reservationCompletedSuccessfully", false, Value::Null),
                        vec![uuid],
                    );
                }
                _ => Reply::conflict("prerequisiteFailedToCompleteReservation"),
            },
        },
        ("POST", "/reservations/resend/{}") => match store.order(&uuid, Kind::Reservation) {
            None => Reply::not_found("orderNotFound"),
            Some(o) if o.status == "COMPLETED" => Reply::conflict("orderStatusAlreadyCompleted"),
            Some(o) if o.status == "CANCELLED" => Reply::conflict("orderStatusAlreadyCancelled"),
            Some(_) => {
                store.log(&uuid, "reservation-resent", now(), None);
                Reply::ok(202, "resentOrderSuccessfully", true, Value::Null)
            }
        },
        ("POST", "/reservations/refund/{}") => {
            refund(&mut store, &uuid, payload, Kind::Reservation)
        }
        ("GET", "/reservations/history/{}/{}") => {
            let bound = |name: &str, fallback: u64| {
                params
                    .get(name)
                    .and_then(|v| v.parse::<u64>().ok())
                    .unwrap_or(fallback)
            };
            let (start, end) = (bound("startTimestamp", 0), bound("endTimestamp", u64::MAX));
            let events: Vec<Value> = store
                .events
                .iter()
                .filter(|e| e.at >= start && e.at <= end && store.orders.get(&e.uuid).is_some_and(|o| o.kind == Kind::Reservation))
                .map(|e| json!({"uuid": e.uuid, "title": e.title, "datetime": datetime(e.at), "sentTo": "", "actionBy": null, "note": e.note}))
                .collect();
            Reply::ok(
                200,
                "reservationRetrievedSuccessfully",
                true,
                Value::Array(events),
            )
        }
        // ---- Subscriptions (000:5163-6347)
        ("POST", "/subscriptions/submit") => {
            let o = new_order(&mut store, payload, Kind::Subscription, "subscription");
            Reply::ok(
                200,
                "subscriptionCreatedSuccessfully",
                true,
                json!({"paymentLink": pay_url(base, &o.uuid), "subscriptionUuid": o.uuid, "orderUuid": o.uuid}),
            )
        }
        ("POST", "/subscription/create") => {
            let o = new_order(&mut store, payload, Kind::Subscription, "subscription");
            Reply::ok(
                201,
                "subscriptionRequestSuccessfullyHandled",
                true,
                json!({"subscriptionUuid": o.uuid, "customerUuid": o.customer_uuid, "paymentUrl": pay_url(base, &o.uuid)}),
            )
        }
        ("GET", "/subscriptions/list/{?}") => {
            let wanted = params.get("status").map(|s| s.to_uppercase());
            let list: Vec<Value> = store
                .orders
                .values()
                .filter(|o| o.kind == Kind::Subscription && wanted.as_deref().map_or(true, |w| o.status == w))
                .map(|o| json!({"uuid": o.uuid, "status": o.status, "customerUuid": o.customer_uuid, "amount": money::number(o.grand_total)}))
                .collect();
            Reply::ok(
                200,
                "subscriptionRetrieveSuccessfully",
                true,
                Value::Array(list),
            )
        }
        ("GET", "/subscriptions/failed/list/{?}") => {
            let list: Vec<Value> = store
                .orders
                .values()
                .filter(|o| o.kind == Kind::Subscription && o.status == "FAILED")
                .map(|o| json!({"orderUuid": o.uuid, "status": o.status}))
                .collect();
            Reply::ok(
                200,
                "failedSubscriptionOrdersRetrievedSuccessfully!",
                true,
                Value::Array(list),
            )
        }
        ("GET", "/subscriptions/details/{}") => match store.order(&uuid, Kind::Subscription) {
            None => Reply::not_found("subscriptionNotFound"),
            Some(o) => {
                let o = o.clone();
                Reply::ok(
                    200,
                    "subscriptionDetailsRetrievedSuccessfully",
                    true,
                    order_details(&store, &o),
                )
            }
        },
        ("GET", "/subscriptions/failed/details/{}") => {
            match store.orders.get(&uuid).filter(|o| o.status == "FAILED") {
                None => Reply::not_found("orderNotFound"),
                Some(o) => {
                    let o = o.clone();
                    Reply::ok(
                        200,
                        "orderRetrievedSuccessfully",
                        true,
                        order_details(&store, &o),
                    )
                }
            }
        }
        ("POST", "/subscriptions/resend/{}") => match store.order(&uuid, Kind::Subscription) {
            None => Reply::not_found("subscriptionNotFound"),
            Some(o) if o.status == "CANCELLED" => Reply::conflict("subscriptionAlreadyCancelled"),
            Some(_) => Reply::ok(
                202,
                "subscriptionOrderResentSuccessfully",
                true,
                Value::Null,
            ),
        },
        ("POST", "/subscriptions/cancel/{}") => match store.order(&uuid, Kind::Subscription) {
            None => Reply::not_found("subscriptionNotFound"),
            Some(o) if o.status == "CANCELLED" => Reply::conflict("subscriptionAlreadyCancelled"),
            Some(o) => {
                o.status = "CANCELLED".into();
                return (
                    Reply::ok(201, "successfullyCancelledSubscription", true, Value::Null),
                    vec![uuid],
                );
            }
        },
        ("POST", "/subscriptions/cycles/refund/{}") => match store.order(&uuid, Kind::Subscription)
        {
            None => Reply::not_found("subscriptionNotFound"),
            Some(o) if !["ACTIVE", "PAID"].contains(&o.status.as_str()) => {
                Reply::conflict("subscriptionCycleNotRefundable")
            }
            Some(_) => Reply::ok(201, "refundProcessedSuccessfully", true, Value::Null),
        },
        // ---- Customers (000:6430-6886)
        ("GET", "/customers/details/{}") => match store.customers.get(&uuid) {
            None => Reply::not_found("customerNotFound"),
            Some(c) => Reply::ok(
                200,
                "customerDetailsRetrievedSuccessfully",
                true,
                customer_json(c),
            ),
        },
        ("PUT", "/customers/update/private/{}") => {
            update_customer(&mut store, &uuid, payload, "Private")
        }
        ("PUT", "/customers/update/corporate/{}") => {
            update_customer(&mut store, &uuid, payload, "Corporate")
        }
        // ---- Refund approval (000:6892-7076)
        ("POST", "/orders/refund/request/approval/{}") => match store.order(&uuid, Kind::Order) {
            None => Reply::not_found("orderNotFound"),
            Some(o) if amount(payload, "/grandTotal").unwrap_or(0) > o.grand_total - o.refunded => {
                Reply::conflict("refundRejectionForRefundRequestGreaterThanOrderAmount")
            }
            Some(_) => Reply::ok(201, "requestedOrderRefundSuccessfully", true, Value::Null),
        },
        // ---- Terminal (000:7078-8116)
        ("GET", "/terminal/lists/{}") => Reply::ok(
            200,
            "terminalsRetrievedSuccessfully",
            true,
            json!([
            {"terminalId": "SANDBOX-T1", "name": "Sandbox terminal 1", "organizationUuid": uuid, "status": "Active"}]),
        ),
        ("POST", "/terminal/orders/create") => {
            let t = TerminalOrder {
                uuid: store.uuid("ODR"),
                status: "Pending".into(),
                refund_status: None,
                amount: payload
                    .pointer("/orderSummary/grandTotal")
                    .cloned()
                    .or_else(|| payload.get("amount").cloned())
                    .unwrap_or(Value::Null),
                callback_url: text(payload, "/callbackUrl"),
            };
            let data = json!({"orderUuid": t.uuid});
            store.terminal_orders.insert(t.uuid.clone(), t);
            Reply::ok(201, "terminalOrderAddedSuccessfully", true, data)
        }
        ("POST", "/terminal/orders/cancel/{}") => match store.terminal_orders.get_mut(&uuid) {
            None => Reply::not_found("orderNotFound"),
            Some(t) => {
                if payload.get("type").and_then(Value::as_str) == Some("refund") {
                    t.refund_status = Some("Cancelled".into());
                } else {
                    t.status = "Cancelled".into();
                }
                Reply::ok(
                    200,
                    "terminalOrderCancelledSuccessfully",
                    true,
                    json!({"orderUuid": t.uuid, "status": t.status}),
                )
            }
        },
        ("POST", "/terminal/orders/resend/{}") => match store.terminal_orders.get(&uuid) {
            None => Reply::not_found("orderNotFound"),
            Some(t) => Reply::ok(
                202,
                "orderSentSuccessfully",
                true,
                json!({"orderUuid": t.uuid}),
            ),
        },
        ("GET", "/terminal/orders/payment-status/{}") => match store.terminal_orders.get(&uuid) {
            None => Reply::not_found("orderNotFound"),
            Some(t) => Reply::ok(
                200,
                "paymentStatusRetrievedSuccessfully",
                true,
                json!({"orderUuid": t.uuid, "status": t.status, "totalAmount": t.amount}),
            ),
        },
        ("POST", "/terminal/orders/refund/{}") => match store.terminal_orders.get_mut(&uuid) {
            None => Reply::not_found("orderNotFound"),
            Some(t) if t.status != "Approved" => Reply::conflict("orderNotRefundable"),
            Some(t) => {
                t.refund_status = Some("Pending".into());
                Reply::ok(
                    202,
                    "refundRequestedSuccessfully",
                    true,
                    json!({"orderUuid": t.uuid}),
                )
            }
        },
        ("POST", "/terminal/orders/refund-status/{}") => match store.terminal_orders.get(&uuid) {
            None => Reply::not_found("orderNotFound"),
            Some(t) => Reply::ok(
                200,
                "refundStatusRetrievedSuccessfully",
                true,
                json!({"orderUuid": t.uuid, "refundStatus": t.refund_status}),
            ),
        },
        // ---- Credit and company checks (000:8118-8699)
        ("POST", "/credit/check/private") | ("POST", "/credit/check/corporate") => {
            let uuid = store.uuid("CRD");
            let record = json!({"uuid": uuid, "type": if path.ends_with("private") { "private" } else { "corporate" }, "request": payload, "score": 70, "createdAt": now()});
            store.credit_checks.push(record.clone());
            Reply::ok(200, "creditCheckRequestedSuccessful", true, record)
        }
        ("GET", "/credit/check/list") => Reply::ok(
            200,
            "creditCheckHistoryRetrievedSuccessfully",
            true,
            Value::Array(store.credit_checks.clone()),
        ),
        ("POST", "/company/check") => {
            // 000:8461-8470: 201 with is_data false, a BankID `url` and the check's uuid.
            let uuid = store.uuid("COMCHK");
            let check = CompanyCheck {
                uuid: uuid.clone(),
                company_id: text(payload, "/companyId").unwrap_or_default(),
                status: "SENT".into(),
                created_at: now(),
                callback_url: text(payload, "/callback/callbackUrl"),
                success_url: text(payload, "/callback/success"),
            };
            store.company_checks.insert(uuid.clone(), check);
            Reply::ok(
                201,
                "Company Check Request Created Successfully",
                false,
                json!({"url": pay_url(base, &uuid), "companyCheckUuid": uuid}),
            )
        }
        ("GET", "/company/details/{}") => {
            let history: Vec<Value> = store
                .company_checks
                .values()
                .filter(|c| c.company_id == uuid)
                .map(|c| json!({"companyCheckUuid": c.uuid, "status": c.status, "createdAt": c.created_at}))
                .collect();
            Reply::ok(
                200,
                "companyRecordRetriveSuccessfully",
                true,
                json!({"companyId": uuid, "companyName": "Sandbox AS", "history": history}),
            )
        }
        ("GET", "/company/invoice-fee/{}") => Reply::ok(
            200,
            "companyInvoiceFeeRetriveSuccessfully",
            true,
            json!({"companyId": uuid, "invoiceFee": 0}),
        ),
        _ => Reply::ok(200, "OK", true, Value::Null),
    };
    (reply, vec![])
}

fn pay_url(base: &str, uuid: &str) -> String {
    format!("{base}/checkout/{uuid}")
}

fn created_order(
    store: &mut Store,
    _base: &str,
    payload: &Value,
    order_type: &'static str,
) -> Reply {
    let o = new_order(store, payload, Kind::Order, order_type);
    // 000:262-273: is_data false with a filled data object, and the key is `uuid`.
    Reply::ok(
        201,
        "orderAddedSuccessfully",
        false,
        json!({"uuid": o.uuid, "customerUuid": o.customer_uuid}),
    )
}

fn new_order(store: &mut Store, payload: &Value, kind: Kind, order_type: &'static str) -> Order {
    let prefix = match kind {
        Kind::Order => "ODR",
        Kind::Reservation => "RES",
        Kind::Subscription => "SUB",
    };
    let uuid = store.uuid(prefix);
    let mut products = Vec::new();
    for p in list(payload, "products") {
        let id = store.product_id();
        products.push(Product {
            id,
            name: text(p, "/name").unwrap_or_default(),
            product_id: p.get("productId").cloned().unwrap_or(Value::Null),
            quantity: p.get("quantity").cloned().unwrap_or(Value::Null),
            rate: p.get("rate").cloned().unwrap_or(Value::Null),
            discount: p.get("discount").cloned().unwrap_or(Value::Null),
            tax: p.get("tax").cloned().unwrap_or(Value::Null),
            amount: amount(p, "/amount").unwrap_or(0),
            refunded: 0,
        });
    }
    let grand_total = amount(payload, "/orderSummary/grandTotal")
        .unwrap_or_else(|| products.iter().map(|p| p.amount).sum());
    let customer_uuid = store.uuid("CSRT");
    let details = payload
        .get("customerDetails")
        .cloned()
        .unwrap_or_else(|| json!({}));
    store.customers.insert(
        customer_uuid.clone(),
        Customer {
            uuid: customer_uuid.clone(),
            details,
        },
    );
    let invoice_number = matches!(
        order_type,
        "invoice" | "faktura" | "ehf" | "invoice-session"
    )
    .then(|| format!("9990{}", uuid.get(7..).unwrap_or("0")));
    let order = Order {
        uuid: uuid.clone(),
        kind,
        order_type,
        status: "SENT".into(),
        customer_uuid,
        products,
        grand_total,
        refunded: 0,
        captured: 0,
        charged: 0,
        created_at: now(),
        callback_url: text(payload, "/callback/callbackUrl")
            .or_else(|| text(payload, "/callbackUrl")),
        success_url: text(payload, "/callback/success"),
        failure_url: text(payload, "/callback/failure"),
        payment_method: None,
        invoice_number,
        body: payload.clone(),
    };
    store.log(&uuid, &format!("{order_type}-sent"), order.created_at, None);
    store.orders.insert(uuid, order.clone());
    order
}

fn order_details(store: &Store, o: &Order) -> Value {
    let products: Vec<Value> = o
        .products
        .iter()
        .map(|p| json!({"id": p.id, "name": p.name, "productId": p.product_id, "quantity": p.quantity, "rate": p.rate,
            "discount": p.discount, "tax": p.tax, "amount": money::number(p.amount), "refundedAmount": money::number(p.refunded)}))
        .collect();
    let customer = store
        .customers
        .get(&o.customer_uuid)
        .map(customer_json)
        .unwrap_or(Value::Null);
    json!({
        "type": o.order_type, "orderUuid": o.uuid, "invoiceNumber": o.invoice_number, "status": o.status,
        "orderDate": o.body.get("orderDate").cloned().unwrap_or(Value::Null),
        "paymentLinkDueDate": o.body.get("dueDateForPaymentLink").cloned().unwrap_or(Value::Null),
        "productList": products,
        "orderSummary": o.body.get("orderSummary").cloned().unwrap_or(Value::Null),
        "customerDetails": customer,
    })
}

fn customer_json(c: &Customer) -> Value {
    let mut d = c.details.clone();
    if let Value::Object(m) = &mut d {
        m.insert("uuid".into(), json!(c.uuid));
    }
    d
}

fn update_customer(store: &mut Store, uuid: &str, payload: &Value, customer_type: &str) -> Reply {
    let Some(c) = store.customers.get_mut(uuid) else {
        return Reply::not_found("customerNotFound");
    };
    if let (Value::Object(existing), Value::Object(update)) = (&mut c.details, payload) {
        for (k, v) in update {
            existing.insert(k.clone(), v.clone());
        }
        existing.insert("type".into(), json!(customer_type));
    }
    Reply::ok(202, "customerUpdatedSuccessfully", true, customer_json(c))
}

fn resend_order(store: &mut Store, uuid: &str) -> Reply {
    match store.order(uuid, Kind::Order) {
        None => Reply::not_found("orderNotFound"),
        Some(o) if o.status == "PAID" => Reply::conflict("orderStatusAlreadyPaid"),
        Some(o) if o.status == "CANCELLED" => Reply::conflict("orderStatusAlreadyCancelled"),
        Some(_) => Reply::ok(202, "resentOrderSuccessfully", true, Value::Null),
    }
}

fn cancel_order(store: &mut Store, uuid: &str) -> Reply {
    match store.order(uuid, Kind::Order) {
        None => Reply::not_found_data("orderNotFound"),
        Some(o) if o.status == "CANCELLED" => Reply::conflict("orderStatusAlreadyCancelled"),
        Some(o) if o.status != "SENT" => Reply::conflict("orderStatusAlreadyPaid"),
        Some(o) => {
            o.status = "CANCELLED".into();
            Reply::ok(202, "cancelledOrderSuccessfully", false, Value::Null)
        }
    }
}

fn order_statuses(store: &Store, payload: &Value) -> Reply {
    // 000:1733 filters with `type=Paid`: compared case-insensitively.
    let wanted = text(payload, "/type").map(|t| t.to_uppercase());
    let list: Vec<Value> = store
        .orders
        .values()
        .filter(|o| o.kind == Kind::Order && wanted.as_deref().map_or(true, |w| o.status == w))
        .map(|o| json!({"uuid": o.uuid, "status": o.status}))
        .collect();
    Reply::ok(
        200,
        "Order Status Retrieved Successfully",
        true,
        Value::Array(list),
    )
}

/// Refund Order (`000:1535-1717`) and Refund Reservation (`000:4902-5097`).
fn refund(store: &mut Store, uuid: &str, payload: &Value, kind: Kind) -> Reply {
    let Some(o) = store.order(uuid, kind) else {
        return Reply::not_found("orderNotFound");
    };
    let refundable_statuses: &[&str] = match kind {
        Kind::Reservation => &["CAPTURED", "CHARGED", "COMPLETED", "PARTIAL REFUNDED"],
        _ => &["PAID", "INVOICED", "PARTIAL REFUNDED"],
    };
    let paid = match kind {
        Kind::Reservation => o.captured + o.charged,
        _ => o.grand_total,
    };
    let requested = amount(payload, "/grandTotal").unwrap_or(0);
    if !refundable_statuses.contains(&o.status.as_str()) || requested > paid - o.refunded {
        return Reply::conflict("refundRejectionForRefundRequestGreaterThanOrderAmount");
    }
    let lines: Vec<Value> = list(payload, "products").into_iter().cloned().collect();
    for line in &lines {
        let id = line.get("id").and_then(|v| {
            v.as_u64()
                .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
        });
        let Some(product) = id.and_then(|id| o.products.iter().find(|p| p.id == id)) else {
            return Reply {
                status: 400,
                body: json!({"status_code": 400, "status_message": "Conflict of Business Logic", "message": "requestProductIdNotAvailable", "is_data": false, "data": null}),
            };
        };
        if amount(line, "/amount").unwrap_or(0) > product.amount - product.refunded {
            return Reply::error(
                400,
                "Conflict of Business Logic",
                "refundRejectionForProductAmountExceed",
                true,
                json!([format!(
                    "product {} has {} left to refund",
                    product.id,
                    money::format(product.amount - product.refunded)
                )]),
            );
        }
    }
    for line in &lines {
        let id = line.get("id").and_then(|v| {
            v.as_u64()
                .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
        });
        if let Some(product) = o.products.iter_mut().find(|p| Some(p.id) == id) {
            product.refunded += amount(line, "/amount").unwrap_or(0);
        }
    }
    o.refunded += requested;
    o.status = if o.refunded >= paid {
        "REFUNDED".into()
    } else {
        "PARTIAL REFUNDED".into()
    };
    let title = format!("refund-{}", o.refunded);
    store.log(uuid, &title, now(), None);
    Reply::ok(202, "orderRefundedSuccessfully", true, Value::Null)
}

/// Capture (`000:4114-4288`) and Charge (`000:4290-4481`) of a reservation.
fn capture_or_charge(
    store: &mut Store,
    uuid: &str,
    payload: &Value,
    capture: bool,
) -> (Reply, Vec<String>) {
    let Some(o) = store.order(uuid, Kind::Reservation) else {
        return (Reply::not_found_data("reservationNotFound"), vec![]);
    };
    match o.status.as_str() {
        "CANCELLED" => return (Reply::conflict("reservationStatusAlreadyCancelled"), vec![]),
        "COMPLETED" => return (Reply::conflict("reservationStatusAlreadyCompleted"), vec![]),
        "RESERVED" | "CAPTURED" | "CHARGED" => {}
        _ => {
            return (
                Reply::conflict(if capture {
                    "paymentCaptureDeadlineExceed"
                } else {
                    "paymentChargeDeadlineExceed"
                }),
                vec![],
            )
        }
    }
    let requested = amount(payload, "/orderSummary/grandTotal")
        .or_else(|| amount(payload, "/grandTotal"))
        .unwrap_or_else(|| {
            list(payload, "products")
                .into_iter()
                .filter_map(|p| amount(p, "/amount"))
                .sum()
        });
    if capture {
        if requested > o.grand_total - o.captured {
            return (
                Reply::conflict("requestedCaptureAmountExceedAvailableCaptureRunway"),
                vec![],
            );
        }
        o.captured += requested;
        o.status = "CAPTURED".into();
    } else {
        o.charged = o.charged.saturating_add(requested);
        o.status = "CHARGED".into();
    }
    let (title, message) = if capture {
        ("capture", "reservationCapturedSuccessfully")
    } else {
        ("charge", "reservationChargedSuccessfully")
    };
    let note = text(payload, "/additionalText");
    store.log(uuid, title, now(), note);
    (
        Reply::ok(202, message, true, json!({"uuid": uuid})),
        vec![uuid.to_string()],
    )
}

/// Unix seconds as the documents print history times: `21.01.2024 04:00` (`000:5099-5161`), UTC.
fn datetime(unix: u64) -> String {
    let days = i64::try_from(unix / 86_400).unwrap_or(0);
    let (hour, minute) = ((unix % 86_400) / 3_600, (unix % 3_600) / 60);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{day:02}.{month:02}.{year} {hour:02}:{minute:02}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn history_times_print_like_the_documents() {
        assert_eq!(super::datetime(1_705_809_600), "21.01.2024 04:00");
        assert_eq!(super::datetime(0), "01.01.1970 00:00");
        assert_eq!(super::datetime(951_782_400), "29.02.2000 00:00");
    }
}
