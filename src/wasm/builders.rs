//! The builders for JS: `build(endpointId, input, options?)`, and one function per endpoint named
//! after it: `ordersSendPaymentLink(input, options?)` for `orders.sendPaymentLink`.
//! Each returns `{ endpoint, payload, warnings }` or throws an `FpgoError` whose `errors` is the
//! map `validate()` returns.

use super::convert::{error, get, now_seconds, unix_seconds};
use super::convert::to_js_json;
use super::totals::{json_input, tax_rates, thrown};
use crate::builders::{self, BuildOptions};
use crate::validate::{Lang, ValidateOptions};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const BUILDER_TYPES: &str = include_str!("builders.d.ts");

/// Options as JS passes them; the flag is `skipValidation`.
fn build_options(options: &JsValue) -> Result<(BuildOptions, bool), js_sys::Error> {
    if !(options.is_undefined() || options.is_null() || options.is_object()) {
        return Err(error("invalid_options", "options must be an object"));
    }
    let mut validate = ValidateOptions::default();
    let lang = get(options, "lang");
    if !lang.is_undefined() {
        validate.lang = lang
            .as_string()
            .and_then(|l| Lang::parse(&l))
            .ok_or_else(|| error("invalid_options", "lang must be one of en, no, sv, da, de"))?;
    }
    let rates = get(options, "taxRates");
    if !rates.is_undefined() {
        validate.tax_rates = tax_rates(&rates)?;
    }
    let now = get(options, "now");
    let now = if now.is_undefined() {
        Some(now_seconds())
    } else if now.is_null() {
        None
    } else {
        Some(unix_seconds(&now).ok_or_else(|| {
            error(
                "invalid_options",
                "now must be a Date, Unix seconds or null",
            )
        })?)
    };
    let skip = get(options, "skipValidation");
    let skip_validation = match (skip.is_undefined(), skip.as_bool()) {
        (true, _) => false,
        (false, Some(b)) => b,
        (false, None) => return Err(error("invalid_options", "skipValidation must be a boolean")),
    };
    Ok((BuildOptions { validate, now }, skip_validation))
}

fn build_js(
    endpoint: &str,
    input: &JsValue,
    options: Option<js_sys::Object>,
) -> Result<JsValue, js_sys::Error> {
    let (options, skip_validation) =
        build_options(&options.map(Into::into).unwrap_or(JsValue::UNDEFINED))?;
    if !input.is_object() || js_sys::Array::is_array(input) {
        return Err(thrown(&builders::BuildError::NotAnObject));
    }
    let input = json_input(input)?;
    let built = if skip_validation {
        builders::draft(endpoint, &input, &options)
    } else {
        builders::build(endpoint, &input, &options)
    };
    built.map(|b| to_js_json(&b)).map_err(|e| thrown(&e))
}

/// Builds the request body of any endpoint by id (`"orders.sendPaymentLink"`).
#[wasm_bindgen(js_name = build, unchecked_return_type = "Built<BodyPayloads[BodyEndpointId]>")]
pub fn build(
    #[wasm_bindgen(unchecked_param_type = "BodyEndpointId")] endpoint: JsValue,
    #[wasm_bindgen(unchecked_param_type = "BodyInputs[BodyEndpointId]")] input: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "BuildOptions")] options: Option<js_sys::Object>,
) -> Result<JsValue, js_sys::Error> {
    let endpoint = endpoint
        .as_string()
        .ok_or_else(|| error("unknown_endpoint", "the endpoint id must be a string"))?;
    build_js(&endpoint, &input, options)
}

/// Checks a capture or refund against the reservation's details (the response of Get Reservation
/// Details, or its `data`): what is still reserved per product, what is left of the referenced
/// capture or charge. Returns warnings by field; never throws on odd details (nothing to compare
/// gives no warnings).
#[wasm_bindgen(js_name = reservationWarnings, unchecked_return_type = "BuildIssueMap")]
pub fn reservation_warnings(
    #[wasm_bindgen(unchecked_param_type = "\"reservations.capture\" | \"reservations.refund\"")]
    endpoint: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CaptureReservationInput | RefundReservationInput")]
    payload: JsValue,
    #[wasm_bindgen(unchecked_param_type = "object")] details: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "{ lang?: Language }")] options: Option<
        js_sys::Object,
    >,
) -> Result<JsValue, js_sys::Error> {
    let (options, _) = build_options(&options.map(Into::into).unwrap_or(JsValue::UNDEFINED))?;
    let endpoint = endpoint
        .as_string()
        .ok_or_else(|| error("unknown_endpoint", "the endpoint id must be a string"))?;
    let (payload, details) = (json_input(&payload)?, json_input(&details)?);
    let map = builders::issue_map(crate::totals::reservation_warnings(
        &endpoint,
        &payload,
        &details,
        options.validate.lang.messages(),
    ));
    Ok(to_js_json(&map))
}

macro_rules! endpoint_builders {
    ($( $fn_name:ident $js:literal $id:literal $input:literal $output:literal ),* $(,)?) => {
        $(
            #[doc = concat!("Builds the body of `", $id, "`; throws an `FpgoError` with the validation's `errors` map.")]
            #[wasm_bindgen(js_name = $js, unchecked_return_type = $output)]
            pub fn $fn_name(
                #[wasm_bindgen(unchecked_param_type = $input)] input: JsValue,
                #[wasm_bindgen(unchecked_optional_param_type = "BuildOptions")] options: Option<js_sys::Object>,
            ) -> Result<JsValue, js_sys::Error> {
                build_js($id, &input, options)
            }
        )*
    };
}

// One function per endpoint, named after its id without the dot (`orders.sendPaymentLink` ->
// `ordersSendPaymentLink`). Plain functions, not classes: wasm-bindgen declares
// `[Symbol.dispose]` on classes, which breaks TypeScript projects without lib esnext.
endpoint_builders! {
    orders_send_payment_link "ordersSendPaymentLink" "orders.sendPaymentLink" "SendPaymentLinkInput" "Built<BodyPayloads[\"orders.sendPaymentLink\"]>",
    orders_send_invoice "ordersSendInvoice" "orders.sendInvoice" "SendInvoiceInput" "Built<BodyPayloads[\"orders.sendInvoice\"]>",
    orders_send_e_faktura "ordersSendEFaktura" "orders.sendEFaktura" "SendInvoiceInput" "Built<BodyPayloads[\"orders.sendEFaktura\"]>",
    orders_send_ehf_invoice "ordersSendEhfInvoice" "orders.sendEhfInvoice" "SendInvoiceInput" "Built<BodyPayloads[\"orders.sendEhfInvoice\"]>",
    orders_resend_payment_link "ordersResendPaymentLink" "orders.resendPaymentLink" "ResendInput" "Built<BodyPayloads[\"orders.resendPaymentLink\"]>",
    orders_cancel "ordersCancel" "orders.cancel" "CancelOrderInput" "Built<BodyPayloads[\"orders.cancel\"]>",
    orders_refund "ordersRefund" "orders.refund" "RefundOrderInput" "Built<BodyPayloads[\"orders.refund\"]>",
    checkout_create_session "checkoutCreateSession" "checkout.createSession" "CreateCheckoutSessionInput" "Built<BodyPayloads[\"checkout.createSession\"]>",
    checkout_create_invoice_session "checkoutCreateInvoiceSession" "checkout.createInvoiceSession" "CreateInvoiceSessionInput" "Built<BodyPayloads[\"checkout.createInvoiceSession\"]>",
    checkout_create_hosted_payment_link "checkoutCreateHostedPaymentLink" "checkout.createHostedPaymentLink" "CreateHostedPaymentLinkInput" "Built<BodyPayloads[\"checkout.createHostedPaymentLink\"]>",
    reservations_submit "reservationsSubmit" "reservations.submit" "ReservationInput" "Built<BodyPayloads[\"reservations.submit\"]>",
    reservations_create_session "reservationsCreateSession" "reservations.createSession" "ReservationInput" "Built<BodyPayloads[\"reservations.createSession\"]>",
    reservations_capture "reservationsCapture" "reservations.capture" "CaptureReservationInput" "Built<BodyPayloads[\"reservations.capture\"]>",
    reservations_charge "reservationsCharge" "reservations.charge" "ChargeReservationInput" "Built<BodyPayloads[\"reservations.charge\"]>",
    reservations_cancel "reservationsCancel" "reservations.cancel" "NoteInput" "Built<BodyPayloads[\"reservations.cancel\"]>",
    reservations_complete "reservationsComplete" "reservations.complete" "NoteInput" "Built<BodyPayloads[\"reservations.complete\"]>",
    reservations_resend "reservationsResend" "reservations.resend" "ResendInput" "Built<BodyPayloads[\"reservations.resend\"]>",
    reservations_refund "reservationsRefund" "reservations.refund" "RefundReservationInput" "Built<BodyPayloads[\"reservations.refund\"]>",
    subscriptions_create "subscriptionsCreate" "subscriptions.create" "CreateSubscriptionInput" "Built<BodyPayloads[\"subscriptions.create\"]>",
    subscriptions_create_session "subscriptionsCreateSession" "subscriptions.createSession" "CreateSubscriptionSessionInput" "Built<BodyPayloads[\"subscriptions.createSession\"]>",
    subscriptions_resend "subscriptionsResend" "subscriptions.resend" "ResendSubscriptionInput" "Built<BodyPayloads[\"subscriptions.resend\"]>",
    subscriptions_cancel "subscriptionsCancel" "subscriptions.cancel" "NoteInput" "Built<BodyPayloads[\"subscriptions.cancel\"]>",
    subscriptions_refund_cycles "subscriptionsRefundCycles" "subscriptions.refundCycles" "RefundCyclesInput" "Built<BodyPayloads[\"subscriptions.refundCycles\"]>",
    customers_update_private "customersUpdatePrivate" "customers.updatePrivate" "UpdatePrivateCustomerInput" "Built<BodyPayloads[\"customers.updatePrivate\"]>",
    customers_update_corporate "customersUpdateCorporate" "customers.updateCorporate" "UpdateCorporateCustomerInput" "Built<BodyPayloads[\"customers.updateCorporate\"]>",
    refunds_request_approval "refundsRequestApproval" "refunds.requestApproval" "RequestRefundApprovalInput" "Built<BodyPayloads[\"refunds.requestApproval\"]>",
    terminal_create_order "terminalCreateOrder" "terminal.createOrder" "CreateTerminalOrderInput" "Built<BodyPayloads[\"terminal.createOrder\"]>",
    terminal_cancel_order "terminalCancelOrder" "terminal.cancelOrder" "TypeOnlyInput<\"payment\">" "Built<BodyPayloads[\"terminal.cancelOrder\"]>",
    terminal_refund "terminalRefund" "terminal.refund" "RefundTerminalOrderInput" "Built<BodyPayloads[\"terminal.refund\"]>",
    terminal_cancel_refund "terminalCancelRefund" "terminal.cancelRefund" "TypeOnlyInput<\"refund\">" "Built<BodyPayloads[\"terminal.cancelRefund\"]>",
    credit_check_private "creditCheckPrivate" "credit.checkPrivate" "CheckPrivateCreditInput" "Built<BodyPayloads[\"credit.checkPrivate\"]>",
    credit_check_corporate "creditCheckCorporate" "credit.checkCorporate" "CheckCorporateCreditInput" "Built<BodyPayloads[\"credit.checkCorporate\"]>",
    company_request_check "companyRequestCheck" "company.requestCheck" "RequestCompanyCheckInput" "Built<BodyPayloads[\"company.requestCheck\"]>",
}

/// The same values across the same boundary in Node and headless Chromium (`make test-wasm-node`,
/// `make test-wasm-browser`).
#[cfg(test)]
mod tests {
    use super::super::convert::get;
    use super::super::totals::compute_totals;
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn js(json: &str) -> JsValue {
        js_sys::JSON::parse(json).unwrap_or(JsValue::UNDEFINED)
    }

    fn text(v: &JsValue, path: &str) -> Option<String> {
        path.split('.')
            .fold(v.clone(), |v, k| get(&v, k))
            .as_string()
    }

    #[wasm_bindgen_test]
    fn compute_totals_documented_example() {
        let r = compute_totals(js(r#"[{"quantity":1,"rate":4500,"tax":12}]"#), None).unwrap();
        assert_eq!(
            text(&r, "orderSummary.subTotal").as_deref(),
            Some("4017.86")
        );
        assert_eq!(text(&r, "orderSummary.totalTax").as_deref(), Some("482.14"));
        assert_eq!(
            text(&r, "orderSummary.grandTotal").as_deref(),
            Some("4500.00")
        );
    }

    #[wasm_bindgen_test]
    fn compute_totals_throws_typed_errors() {
        let err = compute_totals(
            js(r#"[{"quantity":1,"rate":10,"discount":11,"tax":0}]"#),
            None,
        )
        .unwrap_err();
        assert_eq!(
            text(&err.clone().into(), "code").as_deref(),
            Some("discount_exceeds_line")
        );
        assert_eq!(get(&err.into(), "line").as_f64(), Some(0.0));
        let err = compute_totals(JsValue::from_str("x"), None).unwrap_err();
        assert_eq!(text(&err.into(), "code").as_deref(), Some("not_a_list"));
    }

    #[wasm_bindgen_test]
    fn builders_fill_dates_amounts_and_keep_nulls() {
        let input = js(
            r#"{"products":[{"name":"A","quantity":1,"rate":4500,"tax":12}],"referenceNo":null}"#,
        );
        let date = js_sys::Date::new(&JsValue::from_str("2023-12-20T02:53:32Z"));
        js_sys::Reflect::set(&input, &JsValue::from_str("orderDate"), &date).unwrap();
        let draft = js_sys::Object::new();
        js_sys::Reflect::set(&draft, &JsValue::from_str("skipValidation"), &JsValue::TRUE).unwrap();
        let built = orders_send_payment_link(input.clone(), Some(draft)).unwrap();
        assert_eq!(
            text(&built, "payload.orderDate").as_deref(),
            Some("1703040812")
        );
        assert_eq!(
            text(&built, "payload.orderSummary.totalTax").as_deref(),
            Some("482.14")
        );
        assert!(get(&get(&built, "payload"), "referenceNo").is_null());
        let err = build(JsValue::from_str("orders.delayedCharge"), js("{}"), None).unwrap_err();
        assert_eq!(text(&err.into(), "code").as_deref(), Some("no_body"));
        // Validated, the same incomplete body throws the rules' error map.
        let err: JsValue = orders_send_payment_link(input, None).unwrap_err().into();
        assert_eq!(text(&err, "code").as_deref(), Some("invalid_payload"));
        assert!(get(&get(&err, "errors"), "customerDetails.name").is_object());
    }
}
