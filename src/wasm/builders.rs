//! The builders for JS: `build(endpointId, input, options?)`, and the same per endpoint as static
//! methods of one class per area, named after the endpoint: `OrdersBuilder.sendPaymentLink(input)`.
//! Each returns `{ endpoint, payload, warnings }` or throws an `FpgoError` whose `errors` is the
//! map `validate()` returns.

use super::convert::{error, get, now_seconds, unix_seconds};
use super::totals::{json_input, tax_rates, thrown, to_js_json};
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
        Some(unix_seconds(&now).ok_or_else(|| error("invalid_options", "now must be a Date, Unix seconds or null"))?)
    };
    let skip = get(options, "skipValidation");
    let skip_validation = match (skip.is_undefined(), skip.as_bool()) {
        (true, _) => false,
        (false, Some(b)) => b,
        (false, None) => return Err(error("invalid_options", "skipValidation must be a boolean")),
    };
    Ok((BuildOptions { validate, now }, skip_validation))
}

fn build_js(endpoint: &str, input: &JsValue, options: Option<js_sys::Object>) -> Result<JsValue, js_sys::Error> {
    let (options, skip_validation) = build_options(&options.map(Into::into).unwrap_or(JsValue::UNDEFINED))?;
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
    let endpoint = endpoint.as_string().ok_or_else(|| error("unknown_endpoint", "the endpoint id must be a string"))?;
    build_js(&endpoint, &input, options)
}

macro_rules! area {
    ($(#[$doc:meta])* $class:ident { $( $method:ident $js:literal $id:literal $input:literal $output:literal ),* $(,)? }) => {
        $(#[$doc])*
        #[wasm_bindgen]
        pub struct $class {
            _no_instances: (),
        }

        #[wasm_bindgen]
        impl $class {
            $(
                #[doc = concat!("Builds the body of `", $id, "`; throws an `FpgoError` with the validation's `errors` map.")]
                #[wasm_bindgen(js_name = $js, unchecked_return_type = $output)]
                pub fn $method(
                    #[wasm_bindgen(unchecked_param_type = $input)] input: JsValue,
                    #[wasm_bindgen(unchecked_optional_param_type = "BuildOptions")] options: Option<js_sys::Object>,
                ) -> Result<JsValue, js_sys::Error> {
                    build_js($id, &input, options)
                }
            )*
        }
    };
}

area!(
    /// Order bodies: payment links, invoices, e-Faktura, EHF, resend, cancel, refund.
    OrdersBuilder {
        send_payment_link "sendPaymentLink" "orders.sendPaymentLink" "SendPaymentLinkInput" "Built<BodyPayloads[\"orders.sendPaymentLink\"]>",
        send_invoice "sendInvoice" "orders.sendInvoice" "SendInvoiceInput" "Built<BodyPayloads[\"orders.sendInvoice\"]>",
        send_e_faktura "sendEFaktura" "orders.sendEFaktura" "SendInvoiceInput" "Built<BodyPayloads[\"orders.sendEFaktura\"]>",
        send_ehf_invoice "sendEhfInvoice" "orders.sendEhfInvoice" "SendInvoiceInput" "Built<BodyPayloads[\"orders.sendEhfInvoice\"]>",
        resend_payment_link "resendPaymentLink" "orders.resendPaymentLink" "ResendInput" "Built<BodyPayloads[\"orders.resendPaymentLink\"]>",
        cancel "cancel" "orders.cancel" "CancelOrderInput" "Built<BodyPayloads[\"orders.cancel\"]>",
        refund "refund" "orders.refund" "RefundOrderInput" "Built<BodyPayloads[\"orders.refund\"]>",
    }
);

area!(
    /// Checkout session bodies.
    CheckoutBuilder {
        create_session "createSession" "checkout.createSession" "CreateCheckoutSessionInput" "Built<BodyPayloads[\"checkout.createSession\"]>",
        create_invoice_session "createInvoiceSession" "checkout.createInvoiceSession" "CreateInvoiceSessionInput" "Built<BodyPayloads[\"checkout.createInvoiceSession\"]>",
        create_hosted_payment_link "createHostedPaymentLink" "checkout.createHostedPaymentLink" "CreateHostedPaymentLinkInput" "Built<BodyPayloads[\"checkout.createHostedPaymentLink\"]>",
    }
);

area!(
    /// Reservation bodies.
    ReservationsBuilder {
        submit "submit" "reservations.submit" "ReservationInput" "Built<BodyPayloads[\"reservations.submit\"]>",
        create_session "createSession" "reservations.createSession" "ReservationInput" "Built<BodyPayloads[\"reservations.createSession\"]>",
        capture "capture" "reservations.capture" "CaptureReservationInput" "Built<BodyPayloads[\"reservations.capture\"]>",
        charge "charge" "reservations.charge" "ChargeReservationInput" "Built<BodyPayloads[\"reservations.charge\"]>",
        cancel "cancel" "reservations.cancel" "NoteInput" "Built<BodyPayloads[\"reservations.cancel\"]>",
        complete "complete" "reservations.complete" "NoteInput" "Built<BodyPayloads[\"reservations.complete\"]>",
        resend "resend" "reservations.resend" "ResendInput" "Built<BodyPayloads[\"reservations.resend\"]>",
        refund "refund" "reservations.refund" "RefundReservationInput" "Built<BodyPayloads[\"reservations.refund\"]>",
    }
);

area!(
    /// Subscription bodies.
    SubscriptionsBuilder {
        create "create" "subscriptions.create" "CreateSubscriptionInput" "Built<BodyPayloads[\"subscriptions.create\"]>",
        create_session "createSession" "subscriptions.createSession" "CreateSubscriptionSessionInput" "Built<BodyPayloads[\"subscriptions.createSession\"]>",
        resend "resend" "subscriptions.resend" "ResendSubscriptionInput" "Built<BodyPayloads[\"subscriptions.resend\"]>",
        cancel "cancel" "subscriptions.cancel" "NoteInput" "Built<BodyPayloads[\"subscriptions.cancel\"]>",
        refund_cycles "refundCycles" "subscriptions.refundCycles" "RefundCyclesInput" "Built<BodyPayloads[\"subscriptions.refundCycles\"]>",
    }
);

area!(
    /// Customer update bodies.
    CustomersBuilder {
        update_private "updatePrivate" "customers.updatePrivate" "UpdatePrivateCustomerInput" "Built<BodyPayloads[\"customers.updatePrivate\"]>",
        update_corporate "updateCorporate" "customers.updateCorporate" "UpdateCorporateCustomerInput" "Built<BodyPayloads[\"customers.updateCorporate\"]>",
    }
);

area!(
    /// Refund approval bodies.
    RefundsBuilder {
        request_approval "requestApproval" "refunds.requestApproval" "RequestRefundApprovalInput" "Built<BodyPayloads[\"refunds.requestApproval\"]>",
    }
);

area!(
    /// Terminal order bodies.
    TerminalBuilder {
        create_order "createOrder" "terminal.createOrder" "CreateTerminalOrderInput" "Built<BodyPayloads[\"terminal.createOrder\"]>",
        cancel_order "cancelOrder" "terminal.cancelOrder" "TypeOnlyInput<\"payment\">" "Built<BodyPayloads[\"terminal.cancelOrder\"]>",
        refund "refund" "terminal.refund" "RefundTerminalOrderInput" "Built<BodyPayloads[\"terminal.refund\"]>",
        cancel_refund "cancelRefund" "terminal.cancelRefund" "TypeOnlyInput<\"refund\">" "Built<BodyPayloads[\"terminal.cancelRefund\"]>",
    }
);

area!(
    /// Credit check bodies.
    CreditBuilder {
        check_private "checkPrivate" "credit.checkPrivate" "CheckPrivateCreditInput" "Built<BodyPayloads[\"credit.checkPrivate\"]>",
        check_corporate "checkCorporate" "credit.checkCorporate" "CheckCorporateCreditInput" "Built<BodyPayloads[\"credit.checkCorporate\"]>",
    }
);

area!(
    /// Company check bodies.
    CompanyBuilder {
        request_check "requestCheck" "company.requestCheck" "RequestCompanyCheckInput" "Built<BodyPayloads[\"company.requestCheck\"]>",
    }
);

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
        path.split('.').fold(v.clone(), |v, k| get(&v, k)).as_string()
    }

    #[wasm_bindgen_test]
    fn compute_totals_documented_example() {
        let r = compute_totals(js(r#"[{"quantity":1,"rate":4500,"tax":12}]"#), None).unwrap();
        assert_eq!(text(&r, "orderSummary.subTotal").as_deref(), Some("4017.86"));
        assert_eq!(text(&r, "orderSummary.totalTax").as_deref(), Some("482.14"));
        assert_eq!(text(&r, "orderSummary.grandTotal").as_deref(), Some("4500.00"));
    }

    #[wasm_bindgen_test]
    fn compute_totals_throws_typed_errors() {
        let err = compute_totals(js(r#"[{"quantity":1,"rate":10,"discount":11,"tax":0}]"#), None).unwrap_err();
        assert_eq!(text(&err.clone().into(), "code").as_deref(), Some("discount_exceeds_line"));
        assert_eq!(get(&err.into(), "line").as_f64(), Some(0.0));
        let err = compute_totals(JsValue::from_str("x"), None).unwrap_err();
        assert_eq!(text(&err.into(), "code").as_deref(), Some("not_a_list"));
    }

    #[wasm_bindgen_test]
    fn builders_fill_dates_amounts_and_keep_nulls() {
        let input = js(r#"{"products":[{"name":"A","quantity":1,"rate":4500,"tax":12}],"referenceNo":null}"#);
        let date = js_sys::Date::new(&JsValue::from_str("2023-12-20T02:53:32Z"));
        js_sys::Reflect::set(&input, &JsValue::from_str("orderDate"), &date).unwrap();
        let built = OrdersBuilder::send_payment_link(input, None).unwrap();
        assert_eq!(text(&built, "payload.orderDate").as_deref(), Some("1703040812"));
        assert_eq!(text(&built, "payload.orderSummary.totalTax").as_deref(), Some("482.14"));
        assert!(get(&get(&built, "payload"), "referenceNo").is_null());
        let err = build(JsValue::from_str("orders.delayedCharge"), js("{}"), None).unwrap_err();
        assert_eq!(text(&err.into(), "code").as_deref(), Some("no_body"));
    }
}
