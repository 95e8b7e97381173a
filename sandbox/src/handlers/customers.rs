//! Customers (`000:6430-6886`): details and the private / corporate updates.

use super::shared::{customer_json, id};
use super::{Ctx, Outcome, Table};
use crate::envelope::Reply;
use serde_json::{json, Value};

pub const HANDLERS: Table = &[
    ("customers.getDetails", get_details),
    ("customers.updatePrivate", |cx| update(cx, "Private")),
    ("customers.updateCorporate", |cx| update(cx, "Corporate")),
];

fn get_details(cx: &mut Ctx) -> Outcome {
    match cx.store.customers.get(&id(cx)) {
        None => Reply::not_found("customerNotFound"),
        Some(c) => Reply::ok(
            200,
            "customerDetailsRetrievedSuccessfully",
            true,
            customer_json(c),
        ),
    }
    .into()
}

/// The given members replace the stored ones; `type` follows the endpoint.
fn update(cx: &mut Ctx, customer_type: &str) -> Outcome {
    let Some(c) = cx.store.customers.get_mut(&id(cx)) else {
        return Reply::not_found("customerNotFound").into();
    };
    if let (Value::Object(existing), Value::Object(update)) = (&mut c.details, cx.payload) {
        for (k, v) in update {
            existing.insert(k.clone(), v.clone());
        }
        existing.insert("type".into(), json!(customer_type));
    }
    Reply::ok(202, "customerUpdatedSuccessfully", true, customer_json(c)).into()
}
