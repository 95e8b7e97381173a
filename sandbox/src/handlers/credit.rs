//! Credit checks (`000:8118-8372`): private and corporate checks (a fixed sandbox score) and their
//! history.

use super::{Ctx, Outcome, Table};
use crate::envelope::Reply;
use crate::state::now;
use serde_json::{json, Value};

pub const HANDLERS: Table = &[
    ("credit.checkPrivate", |cx| check(cx, "private")),
    ("credit.checkCorporate", |cx| check(cx, "corporate")),
    ("credit.listChecks", list_checks),
];

fn check(cx: &mut Ctx, check_type: &str) -> Outcome {
    let uuid = cx.store.uuid("CRD");
    let record = json!({"uuid": uuid, "type": check_type, "request": cx.payload, "score": 70, "createdAt": now()});
    cx.store.credit_checks.push(record.clone());
    Reply::ok(200, "creditCheckRequestedSuccessful", true, record).into()
}

fn list_checks(cx: &mut Ctx) -> Outcome {
    let checks = Value::Array(cx.store.credit_checks.clone());
    Reply::ok(200, "creditCheckHistoryRetrievedSuccessfully", true, checks).into()
}
