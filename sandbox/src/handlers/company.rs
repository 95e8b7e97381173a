//! Company checks (`000:8374-8699`): the request (a BankID stand-in page at the sandbox's checkout
//! address, completed there), the company's details and its invoice fee.

use super::shared::{id, pay_url, text};
use super::{Ctx, Outcome, Table};
use crate::envelope::Reply;
use crate::state::{now, CompanyCheck};
use serde_json::{json, Value};

pub const HANDLERS: Table = &[
    ("company.requestCheck", request_check),
    ("company.getDetails", get_details),
    ("company.getInvoiceFee", get_invoice_fee),
];

/// 000:8461-8470: 201 with `is_data` false, a BankID `url` and the check's uuid.
fn request_check(cx: &mut Ctx) -> Outcome {
    let uuid = cx.store.uuid("COMCHK");
    let check = CompanyCheck {
        uuid: uuid.clone(),
        company_id: text(cx.payload, "/companyId").unwrap_or_default(),
        status: "SENT".into(),
        created_at: now(),
        callback_url: text(cx.payload, "/callback/callbackUrl"),
        success_url: text(cx.payload, "/callback/success"),
    };
    cx.store.company_checks.insert(uuid.clone(), check);
    let data = json!({"url": pay_url(cx.base_url, &uuid), "companyCheckUuid": uuid});
    Reply::ok(
        201,
        "Company Check Request Created Successfully",
        false,
        data,
    )
    .into()
}

fn get_details(cx: &mut Ctx) -> Outcome {
    let company_id = id(cx);
    let history: Vec<Value> = cx
        .store
        .company_checks
        .values()
        .filter(|c| c.company_id == company_id)
        .map(|c| json!({"companyCheckUuid": c.uuid, "status": c.status, "createdAt": c.created_at}))
        .collect();
    let data = json!({"companyId": company_id, "companyName": "Sandbox AS", "history": history});
    Reply::ok(200, "companyRecordRetriveSuccessfully", true, data).into()
}

fn get_invoice_fee(cx: &mut Ctx) -> Outcome {
    let data = json!({"companyId": id(cx), "invoiceFee": 0});
    Reply::ok(200, "companyInvoiceFeeRetriveSuccessfully", true, data).into()
}
