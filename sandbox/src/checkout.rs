//! The hosted checkout page: one per order, reservation and subscription. A person (or a test)
//! pays there; the status moves on and the signed callback goes to the order's `callbackUrl`.

use crate::callbacks;
use crate::state::{lock, now, Kind, Shared};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;

/// 404 page for an unknown order or company check.
fn not_found(what: &str) -> Response {
    (
        StatusCode::NOT_FOUND,
        Html(format!("<h1>No such {what}</h1>")),
    )
        .into_response()
}

/// 409 page: the order or check is no longer `SENT`, so it cannot be paid or verified again.
fn already_settled(what: &str, status: &str) -> Response {
    let body = format!("<p id=\"status\">This {what} is {}.</p>", escape(status));
    (StatusCode::CONFLICT, Html(body)).into_response()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub async fn page(State(app): State<Shared>, Path(uuid): Path<String>) -> Response {
    let store = lock(&app.store);
    if let Some(check) = store.company_checks.get(&uuid) {
        let action = if check.status == "SENT" {
            format!(
                r#"<form method="post" action="/checkout/{}/pay"><button name="outcome" value="success" id="pay">Verify with BankID (sandbox)</button></form>"#,
                escape(&check.uuid)
            )
        } else {
            format!(
                "<p id=\"status\">This check is {}.</p>",
                escape(&check.status)
            )
        };
        return Html(format!(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>FPGO sandbox BankID {u}</title></head><body><h1>Company check {u}</h1>\
<p>Company <code>{c}</code></p>{action}</body></html>",
            u = escape(&check.uuid),
            c = escape(&check.company_id)
        ))
        .into_response();
    }
    let Some(order) = store.orders.get(&uuid) else {
        return not_found("order");
    };
    let lines: String = order
        .products
        .iter()
        .map(|p| format!("<li>{} — {} NOK</li>", escape(&p.name), p.amount))
        .collect();
    let action = if order.status == "SENT" {
        format!(
            r#"<form method="post" action="/checkout/{u}/pay">
<label>Payment method <select name="paymentMethod"><option>visa</option><option>mastercard</option><option>vipps</option></select></label>
<button name="outcome" value="success" id="pay">Pay {amount} NOK</button>
<button name="outcome" value="failure" id="fail">Fail the payment</button>
</form>"#,
            u = escape(&order.uuid),
            amount = order.grand_total
        )
    } else {
        format!(
            "<p id=\"status\">This order is {}.</p>",
            escape(&order.status)
        )
    };
    Html(format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>FPGO sandbox checkout {u}</title></head>\
<body><h1>FPGO sandbox checkout</h1><p>Order <code>{u}</code> ({t}), status <strong id=\"order-status\">{s}</strong></p>\
<ul>{lines}</ul><p>Total: {total} NOK</p>{action}</body></html>",
        u = escape(&order.uuid),
        t = order.order_type,
        s = escape(&order.status),
        total = order.grand_total,
    ))
    .into_response()
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PayForm {
    #[serde(default)]
    payment_method: Option<String>,
    #[serde(default)]
    outcome: Option<String>,
}

/// The status a successful payment moves to.
fn paid_status(kind: Kind, order_type: &str) -> &'static str {
    match (kind, order_type) {
        (Kind::Reservation, _) => "RESERVED",
        // A paid subscription runs: ONGOING is the documents' status for it (000:5599, 000:5968).
        (Kind::Subscription, _) => "ONGOING",
        (Kind::Order, "invoice" | "faktura" | "ehf" | "invoice-session") => "INVOICED",
        (Kind::Order, _) => "PAID",
    }
}

pub async fn pay(
    State(app): State<Shared>,
    Path(uuid): Path<String>,
    Form(form): Form<PayForm>,
) -> Response {
    if lock(&app.store).company_checks.contains_key(&uuid) {
        return verify_company(app, uuid);
    }
    let redirect = {
        let mut store = lock(&app.store);
        let Some(order) = store.orders.get_mut(&uuid) else {
            return not_found("order");
        };
        if order.status != "SENT" {
            return already_settled("order", &order.status);
        }
        let method = form.payment_method.unwrap_or_else(|| "visa".into());
        let success = form.outcome.as_deref() != Some("failure");
        order.payment_method = Some(method);
        order.status = if success {
            paid_status(order.kind, order.order_type).to_string()
        } else {
            "FAILED".to_string()
        };
        let title = format!("payment-{}", order.status.to_lowercase());
        let redirect = if success {
            order.success_url.clone()
        } else {
            order.failure_url.clone()
        };
        store.log(&uuid, &title, now(), None);
        redirect
    };
    callbacks::notify(app, &uuid);
    match redirect {
        Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
            Redirect::to(&url).into_response()
        }
        _ => Html(format!(
            "<h1 id=\"done\">Payment processed for {}</h1>",
            escape(&uuid)
        ))
        .into_response(),
    }
}

/// The BankID step of a company check: the check completes and the signed callback goes out with
/// the documented parameters (`000:8510-8524`), `checksum` last as in the example (`000:8529`).
fn verify_company(app: Shared, uuid: String) -> Response {
    let (callback_url, success_url, params) = {
        let mut store = lock(&app.store);
        let Some(check) = store.company_checks.get_mut(&uuid) else {
            return not_found("check");
        };
        if check.status != "SENT" {
            return already_settled("check", &check.status);
        }
        check.status = "COMPLETED".into();
        let params = vec![
            ("companyCheckUuid", check.uuid.clone()),
            ("companyId", check.company_id.clone()),
            ("companyType", "AS".to_string()),
            ("companyName", "Sandbox AS".to_string()),
            ("score", "650".to_string()),
            ("riskLevel", "Low".to_string()),
            ("scoreMessage", "Sandbox score".to_string()),
            ("defaultProbability", "0.5".to_string()),
            ("personalNumber", "12345678901".to_string()),
            ("contactPersonName", "Kari Nordmann".to_string()),
            ("contactPersonEmail", "kari@example.com".to_string()),
            ("createdAt", check.created_at.to_string()),
        ];
        (
            check.callback_url.clone(),
            check.success_url.clone(),
            params,
        )
    };
    if let Some(url) = callback_url {
        callbacks::send_signed(app, &url, &params);
    }
    match success_url {
        Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
            Redirect::to(&url).into_response()
        }
        _ => Html(format!(
            "<h1 id=\"done\">Company check {} completed</h1>",
            escape(&uuid)
        ))
        .into_response(),
    }
}
