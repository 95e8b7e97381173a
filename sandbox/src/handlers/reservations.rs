//! Reservations (`000:3152-5161`): submit and create, details, capture and charge, cancel,
//! complete, resend, refund and the event history.

use super::orders::refund;
use super::shared::{
    amount, datetime, id, list, minus, new_order, number, order_details, pay_url, sum, text,
};
use super::{Ctx, Outcome, Table};
use crate::envelope::Reply;
use crate::state::{now, Kind};
use fpgo::money::Money;
use serde_json::{json, Value};

pub const HANDLERS: Table = &[
    ("reservations.submit", |cx| create(cx, "checkoutUrl")),
    ("reservations.createSession", |cx| create(cx, "paymentUrl")),
    ("reservations.getDetails", get_details),
    ("reservations.capture", |cx| capture_or_charge(cx, true)),
    ("reservations.charge", |cx| capture_or_charge(cx, false)),
    ("reservations.cancel", cancel),
    ("reservations.complete", complete),
    ("reservations.resend", resend),
    ("reservations.refund", |cx| refund(cx, Kind::Reservation)),
    ("reservations.getHistory", history),
];

/// Submit (`checkoutUrl`) and Create (`paymentUrl`) answer alike but for the URL's key.
fn create(cx: &mut Ctx, url_key: &str) -> Outcome {
    let o = new_order(cx.store, cx.payload, Kind::Reservation, "reservation");
    let mut data = json!({"customerUuid": o.customer_uuid, "reservationUuid": o.uuid});
    data[url_key] = json!(pay_url(cx.base_url, &o.uuid));
    Reply::ok(201, "Reservation Submitted Successfully", true, data).into()
}

fn get_details(cx: &mut Ctx) -> Outcome {
    let Some(o) = cx.store.order(&id(cx), Kind::Reservation).cloned() else {
        return Reply::not_found_data("reservationNotFound").into();
    };
    let mut d = order_details(cx.store, &o);
    if let Value::Object(m) = &mut d {
        m.insert("reservationUuid".into(), json!(o.uuid));
        m.insert("capturedAmount".into(), number(o.captured));
        m.insert("chargedAmount".into(), number(o.charged));
    }
    Reply::ok(200, "reservationRetrievedSuccessfully", true, d).into()
}

/// Capture (`000:4114-4288`) and Charge (`000:4290-4481`).
fn capture_or_charge(cx: &mut Ctx, capture: bool) -> Outcome {
    let uuid = id(cx);
    let requested = amount(cx.payload, "/orderSummary/grandTotal")
        .or_else(|| amount(cx.payload, "/grandTotal"))
        .unwrap_or_else(|| {
            sum(list(cx.payload, "products")
                .into_iter()
                .filter_map(|p| amount(p, "/amount")))
        });
    let note = text(cx.payload, "/additionalText");
    let Some(o) = cx.store.order(&uuid, Kind::Reservation) else {
        return Reply::not_found_data("reservationNotFound").into();
    };
    match o.status.as_str() {
        "CANCELLED" => return Reply::conflict("reservationStatusAlreadyCancelled").into(),
        "COMPLETED" => return Reply::conflict("reservationStatusAlreadyCompleted").into(),
        "RESERVED" | "CAPTURED" | "CHARGED" => {}
        _ if capture => return Reply::conflict("paymentCaptureDeadlineExceed").into(),
        _ => return Reply::conflict("paymentChargeDeadlineExceed").into(),
    }
    if capture {
        if requested > minus(o.grand_total, o.captured) {
            return Reply::conflict("requestedCaptureAmountExceedAvailableCaptureRunway").into();
        }
        o.captured = Money::from_minor(o.captured.minor() + requested.minor());
        o.status = "CAPTURED".into();
    } else {
        o.charged = Money::from_minor(o.charged.minor().saturating_add(requested.minor()));
        o.status = "CHARGED".into();
    }
    let (title, message) = if capture {
        ("capture", "reservationCapturedSuccessfully")
    } else {
        ("charge", "reservationChargedSuccessfully")
    };
    cx.store.log(&uuid, title, now(), note);
    Outcome::notifying(Reply::ok(202, message, true, json!({"uuid": uuid})), &uuid)
}

fn cancel(cx: &mut Ctx) -> Outcome {
    let (uuid, note) = (id(cx), text(cx.payload, "/note"));
    let Some(o) = cx.store.order(&uuid, Kind::Reservation) else {
        return Reply::not_found("orderNotFound").into();
    };
    match o.status.as_str() {
        "COMPLETED" => Reply::conflict("reservationStatusAlreadyCompleted").into(),
        "CANCELLED" => Reply::conflict("reservationStatusAlreadyCancelled").into(),
        "SENT" | "RESERVED NOT PAID" | "RESERVED" => {
            o.status = "CANCELLED".into();
            cx.store.log(&uuid, "reservation-cancelled", now(), note);
            Outcome::notifying(
                Reply::ok(202, "cancelledOrderSuccessfully", false, Value::Null),
                &uuid,
            )
        }
        _ => Reply::conflict("prerequisiteFailedToCancelReservation").into(),
    }
}

fn complete(cx: &mut Ctx) -> Outcome {
    let (uuid, note) = (id(cx), text(cx.payload, "/note"));
    let Some(o) = cx.store.order(&uuid, Kind::Reservation) else {
        return Reply::not_found_data("reservationNotFound").into();
    };
    match o.status.as_str() {
        "COMPLETED" => Reply::conflict("reservationStatusAlreadyCompleted").into(),
        "CANCELLED" => Reply::conflict("reservationStatusAlreadyCancelled").into(),
        "CAPTURED" | "CHARGED" => {
            o.status = "COMPLETED".into();
            cx.store.log(&uuid, "reservation-completed", now(), note);
            Outcome::notifying(
                Reply::ok(202, "reservationCompletedSuccessfully", false, Value::Null),
                &uuid,
            )
        }
        _ => Reply::conflict("prerequisiteFailedToCompleteReservation").into(),
    }
}

fn resend(cx: &mut Ctx) -> Outcome {
    let uuid = id(cx);
    match cx.store.order(&uuid, Kind::Reservation) {
        None => Reply::not_found("orderNotFound"),
        Some(o) if o.status == "COMPLETED" => Reply::conflict("orderStatusAlreadyCompleted"),
        Some(o) if o.status == "CANCELLED" => Reply::conflict("orderStatusAlreadyCancelled"),
        Some(_) => {
            cx.store.log(&uuid, "reservation-resent", now(), None);
            Reply::ok(202, "resentOrderSuccessfully", true, Value::Null)
        }
    }
    .into()
}

/// Reservation History (`000:5099-5161`): the events of reservations between two Unix times.
fn history(cx: &mut Ctx) -> Outcome {
    let bound = |name: &str, fallback: u64| {
        cx.params
            .get(name)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(fallback)
    };
    let (start, end) = (bound("startTimestamp", 0), bound("endTimestamp", u64::MAX));
    let store = &*cx.store;
    let is_reservation = |uuid: &str| {
        store
            .orders
            .get(uuid)
            .is_some_and(|o| o.kind == Kind::Reservation)
    };
    let events: Vec<Value> = store
        .events
        .iter()
        .filter(|e| e.at >= start && e.at <= end && is_reservation(&e.uuid))
        .map(|e| json!({"uuid": e.uuid, "title": e.title, "datetime": datetime(e.at), "sentTo": "", "actionBy": null, "note": e.note}))
        .collect();
    Reply::ok(
        200,
        "reservationRetrievedSuccessfully",
        true,
        Value::Array(events),
    )
    .into()
}
