//! What each endpoint answers: the envelope's `data` as the client returns it (`FpgoResponses`,
//! keyed by id), typed from the documents' response examples. A paged list answers its page
//! (`FpgoPage<item>`: `data`, `metaData`, `links`, what `pkg-template/lib/client.js` returns for
//! a paged endpoint) and `FpgoListItems` names the item `.all()` yields.
//!
//! Every endpoint has an entry (a test checks it): none falls back to an untyped value. Where the
//! documents show no usable example, the entry says so and its type is built on `unknown`.

use std::fmt::Write;

/// One endpoint's answer: the TypeScript type of `data` (the item type for a paged list), the seed
/// lines of the example it is read from, and what the reader should know (empty when nothing).
struct Response {
    id: &'static str,
    data: &'static str,
    source: &'static str,
    note: &'static str,
}

const fn r(id: &'static str, data: &'static str, source: &'static str) -> Response {
    Response {
        id,
        data,
        source,
        note: "",
    }
}

const fn n(
    id: &'static str,
    data: &'static str,
    source: &'static str,
    note: &'static str,
) -> Response {
    Response {
        id,
        data,
        source,
        note,
    }
}

const NO_DATA: &str = "The documents' example answers `data: null`.";

/// Every endpoint's answer, in table order.
const RESPONSES: &[Response] = &[
    n("orders.sendPaymentLink", "FpgoCreatedOrder", "000:262-273", "The new order's id is `uuid` (not `orderUuid`)."),
    r("orders.sendInvoice", "FpgoCreatedOrder", "000:596-611"),
    r("orders.sendEFaktura", "FpgoCreatedOrder", "000:912-927"),
    r("orders.sendEhfInvoice", "FpgoCreatedOrder", "000:1219-1234"),
    n("orders.resendPaymentLink", "null", "000:1346-1356", NO_DATA),
    n("orders.cancel", "null", "000:1473-1483", NO_DATA),
    n("orders.refund", "null", "000:1616-1626", NO_DATA),
    r("orders.listStatuses", "Array<{ uuid: string; status: string }>", "000:1761-1780"),
    r("orders.getStatus", "{ uuid: string; status: string; orderAmount: number; refundedAmount: number }", "000:1822-1837"),
    r("orders.getDetails", "FpgoOrderDetails", "000:1895-1946"),
    r("orders.getInvoiceNumber", "{ orderUuid: string; invoiceNumber: string | null; status: string }", "000:2009-2023"),
    n("orders.delayedCharge", "null", "000:2073-2081", NO_DATA),
    r("checkout.createSession", "{ orderUuid: string; customerUuid: string; paymentUrl: string }", "000:2405-2420"),
    r("checkout.createInvoiceSession", "{ orderUuid: string; customerUuid: string; bankIdUrl: string }", "000:2743-2757"),
    r("checkout.createHostedPaymentLink", "{ orderUuid: string; customerUuid: string; paymentUrl: string }", "000:3083-3097"),
    r("reservations.submit", "{ customerUuid: string; reservationUuid: string; checkoutUrl: string }", "000:3479-3493"),
    r("reservations.createSession", "{ customerUuid: string; reservationUuid: string; paymentUrl: string }", "000:3879-3893"),
    r("reservations.getDetails", "FpgoReservationDetails", "000:3975-4087"),
    r("reservations.capture", "{ uuid: string }", "000:4204-4216"),
    r("reservations.charge", "{ uuid: string }", "000:4397-4409"),
    n("reservations.cancel", "null", "000:4548-4558", NO_DATA),
    n("reservations.complete", "null", "000:4689-4699", NO_DATA),
    n("reservations.resend", "null", "000:4832-4842", NO_DATA),
    n("reservations.refund", "null", "000:4996-5006", NO_DATA),
    r("reservations.getHistory", "Array<{ uuid: string; title: string; datetime: string; sentTo: string; actionBy: string | null; note: string | null }>", "000:5099-5161"),
    n("subscriptions.create", "{ paymentLink: string; subscriptionUuid: string; orderUuid: string; readonly [field: string]: unknown }", "000:5383-5394", "The example ends with `// Possibly other metadata`: further members are `unknown`."),
    r("subscriptions.createSession", "{ subscriptionUuid: string; orderUuid: string; customerUuid: string; paymentUrl: string }", "000:5545-5558"),
    r("subscriptions.list", "FpgoSubscriptionListItem", "000:5619-5656"),
    r("subscriptions.listFailedPayments", "FpgoFailedSubscriptionPayment", "000:5769-5850"),
    r("subscriptions.getDetails", "FpgoSubscriptionDetails", "000:5874-5958"),
    r("subscriptions.getFailedPaymentDetails", "FpgoFailedPaymentDetails", "000:6100-6177"),
    n("subscriptions.resend", "readonly unknown[] | null", "000:6199-6218", "The structure says `data: \"Array\"`, the example `data: null` with `is_data: false`: nothing documented to read."),
    n("subscriptions.cancel", "readonly unknown[]", "000:6234-6253", "The documents show an empty list (`data: []`): nothing documented to read."),
    n("subscriptions.refundCycles", "readonly unknown[]", "000:6290-6312", "The documents show an empty list (`data: []`): nothing documented to read."),
    r("customers.getDetails", "FpgoCustomerDetails", "000:6460-6493"),
    n("customers.updatePrivate", "null", "000:6664-6672", NO_DATA),
    n("customers.updateCorporate", "null", "000:6867-6875", NO_DATA),
    n("refunds.requestApproval", "null", "000:6988-6996", NO_DATA),
    r("terminal.listTerminals", "Array<{ uuid: string; name: string; status: number; organization_uuid: string }>", "000:7109-7124"),
    r("terminal.createOrder", "{ orderUuid: string }", "000:7409-7417"),
    n("terminal.cancelOrder", "null", "000:7560-7581", NO_DATA),
    n("terminal.resendOrder", "{ readonly orderUuid?: unknown } | readonly unknown[]", "000:7647-7657", "The example is not JSON (`\"data\": [ 'orderUuid': 'ODR1234567890' ]`): an object holding `orderUuid` or a list; check before reading."),
    n("terminal.getPaymentStatus", "{ orderStatus: string; message: string }", "000:7711-7753", "Read from the envelope (`order_status`, `message`; `data` is `null`): `orderStatus` is `PAID` or `CANCELLED` in the documents. Fields of a non-null `data` object are kept beside them."),
    n("terminal.refund", "null", "000:7865-7873", NO_DATA),
    n("terminal.getRefundStatus", "{ refundStatus: string; message: string }", "000:7963-7983", "Read from the envelope (`refund_status`, `message`; `data` is `null`): `refundStatus` is `REFUNDED` or `REJECTED` in the documents. Fields of a non-null `data` object are kept beside them."),
    n("terminal.cancelRefund", "null", "000:8070-8091", NO_DATA),
    n("credit.checkPrivate", "null", "000:8192-8200", NO_DATA),
    n("credit.checkCorporate", "null", "000:8271-8279", NO_DATA),
    r("credit.listChecks", "FpgoCreditCheck[]", "000:8318-8355"),
    r("company.requestCheck", "{ url: string; companyCheckUuid: string }", "000:8460-8471"),
    r("company.getDetails", "FpgoCompanyCheck[]", "000:8592-8615"),
    n("company.getInvoiceFee", "FpgoCompanyInvoiceFee | readonly FpgoCompanyInvoiceFee[]", "000:8669-8686", "The example is not JSON (the members are written inside `[ ... ]`): one object, or a list of them; check with `Array.isArray`."),
];

/// The named types the entries refer to, and the page of a list.
const TYPES: &str = r#"
// ---- Responses: the envelope's `data` of each endpoint, as the client returns it ----

/** One page of a paged list endpoint (000:5592-5853): the client returns all three members. */
export interface FpgoPage<T> {
  data: T[];
  /** `null` when the server sent no paging information (then there is one page). */
  metaData: { total: number; perPage: number; currentPage: number; lastPage: number } | null;
  links: { previous: string | null; next: string | null } | null;
}

/** A postal address as the answers show it. */
export interface FpgoAddress {
  street: string;
  zip: string;
  city: string;
  country: string;
}

/** A merchant organization's billing details in an answer. */
export interface FpgoOrganizationDetails {
  name: string;
  billingAddress: FpgoAddress & { countryCode: string; msisdn: string; email: string };
}

/** `data` of the order-creating endpoints: the new order's uuid (not `orderUuid`) and its customer. */
export interface FpgoCreatedOrder {
  uuid: string;
  customerUuid: string;
}

/** `data` of Get Order Details By UUID (000:1895-1946). */
export interface FpgoOrderDetails {
  type: string;
  orderUuid: string;
  invoiceNumber: string | null;
  status: string;
  orderDate: string | null;
  paymentLinkDueDate: string | null;
  productList: Array<{
    /** The order product id that refunds refer to. */
    id?: number;
    name: string;
    productId: string | null;
    quantity: number | string;
    rate: number | string;
    discount: number | string | null;
    tax: number | string;
    amount: number | string;
  }>;
  orderSummary: Record<string, string | number> | null;
  customerDetails: { readonly [field: string]: unknown } | null;
}

/** `data` of Get Reservation Details By UUID (000:3975-4087). */
export interface FpgoReservationDetails {
  reservationUuid: string;
  status: string;
  isPaid: boolean;
  productList: Array<{
    id: number;
    name: string;
    productId: string | null;
    quantity: number;
    rate: number;
    discount: number;
    tax: number;
    amount: number;
    reserved: number;
    captured: number;
  }>;
  grandTotal: number;
  reservationDate: string;
  paymentLinkDueDate: string;
  sendOrderBy: { sms: boolean; email: boolean };
  customerDetails: { countryCode: string; msisdn: string; email: string; name: string; address: FpgoAddress };
  referenceNumber: string | null;
  chargeValidity: string | null;
  customerReference: string | null;
  customerNotes: string | null;
  termsAndCondition: string | null;
  paymentDetails: {
    /** A timestamp. */
    reservedAt: string | number;
    reservedAmount: number;
    capturedAmount: number;
    chargedAmount: number;
    amountRefunded: { fromCaptured: number; fromCharge: number };
  };
  organizationDetails: FpgoOrganizationDetails;
  translationKey: string;
  /** `reserved`, `captured`, `charged`, `refunded`, ... : the movements of each kind. */
  paymentHistory: { readonly [kind: string]: ReadonlyArray<{ at: string | number; amount: number; readonly [field: string]: unknown }> };
}

/** An item of Get Subscription List (000:5619-5656). */
export interface FpgoSubscriptionListItem {
  subscriptionUuid: string;
  orderUuid: string;
  repeats: number;
  frequency: string;
  amount: number;
  currency: string;
  createdAt: string;
  customerName: string;
  clientName: string;
  customerEmail: string;
  countryCode: string;
  msisdn: string;
  status: string;
  isPaid: boolean;
  isRefundable: boolean;
  numberOfPaidCycles: number;
}

/** An item of Get Failed Subscription Payment List (000:5769-5850). */
export interface FpgoFailedSubscriptionPayment {
  orderUuid: string;
  /** `19.12.2024` */
  orderDate: string;
  customerName: string;
  clientName: string;
  countryCode: string;
  msisdn: string;
  currency: string;
  amount: number;
  status: string;
  translationKey: string;
  subscriptionUuid: string;
}

/** `data` of Get Subscription Details By UUID (000:5874-5958). */
export interface FpgoSubscriptionDetails {
  subscriptionUuid: string;
  status: string;
  subscriptionSummary: {
    subscriptionAmount: number;
    amountPaid: number;
    amountRefunded: number;
    amountInBank: number;
    startDate: string;
    endDate: string;
    dueDateForPaymentLink: string;
    payablePerCycle: number;
    frequency: string;
    repeats: number;
    currency: string;
    currentCycle: string;
    isPaid: boolean;
    isRefundable: boolean;
  };
  productList: Array<{
    id: number;
    productName: string;
    productId: string | null;
    quantity: number;
    rate: number;
    discount: number;
    tax: number;
    amount: number;
  }>;
  sendOrderBy: { sms: boolean; email: boolean };
  customerDetails: {
    customerUuid: string;
    customerName: string;
    customerEmail: string;
    countryCode: string;
    msisdn: string;
    preferredLanguage: string;
    address: FpgoAddress;
  };
  organizationDetails: FpgoOrganizationDetails;
  /** Keyed by cycle name (`Cycle 1`, ...). */
  subscriptionCycles: {
    readonly [cycle: string]: {
      reference: string;
      status: string;
      invoiced: boolean;
      amount: number;
      startDate: string;
      endDate: string;
      isRefunded: boolean;
      refundedAt: string | null;
      refundedAmount: number;
    };
  };
  customerNote: string | null;
  termsAndConditions: string | null;
}

/** `data` of Get Failed Subscription Payment Details (000:6100-6177). */
export interface FpgoFailedPaymentDetails {
  subscriptionUuid: string;
  orderDate: string;
  customerNotes: string | null;
  /** The structure says Boolean, the example shows `1`. */
  isInvoiced: boolean | number;
  termsAndConditions: string | null;
  customerName: string;
  countryCode: string;
  msisdn: string;
  email: string;
  street: string;
  zip: string;
  city: string;
  country: string;
  subTotal: number;
  totalDiscount: number;
  totalTax: number;
  currency: string;
  status: string;
  products: Array<{ productName: string; quantity: number; rate: number; discount: number; tax: number; amount: number }>;
}

/** `data` of Get Customer Details By UUID (000:6460-6493). */
export interface FpgoCustomerDetails {
  uuid: string;
  /** `Private` or `Corporate`. */
  type: string;
  name: string;
  countryCode: string;
  msisdn: string;
  organizationId: string | null;
  personalNumber: string | null;
  email: string;
  preferredLanguage: string | null;
  status: string;
  addresses: { billing: FpgoAddress & { uuid: string }; shipping: FpgoAddress & { uuid: string } };
}

/** An item of Get Credit Check List (000:8318-8355). */
export interface FpgoCreditCheck {
  date: string;
  name: string;
  /** `Private` or `Corporate`. */
  type: string;
  companyType: string | null;
  organizationId: string | null;
  /** Masked (`04*******85`). */
  personalNumber: string | null;
  countryCode: string | null;
  msisdn: string | null;
  /** A range or a number as text (`15% - 27%`, `0`). */
  defaultProbability: string;
  score: number;
  scoreMessage: string;
  riskLevel: string;
}

/** A company check of Get Company Details (000:8592-8615); the example writes numbers as text. */
export interface FpgoCompanyCheck {
  companyCheckUuid: string;
  companyId: string;
  companyType: string;
  companyName: string;
  score: number | string;
  riskLevel: string;
  scoreMessage: string;
  defaultProbability: number | string;
  personalNumber: number | string;
  contactPersonName: string;
  contactPersonEmail: string;
  /** Unix seconds. */
  createdAt: number;
}

/** The invoice fees of Get Company Invoice Fee (000:8669-8686). */
export interface FpgoCompanyInvoiceFee {
  companyUuid: string;
  companyId: string;
  companyType: string;
  companyName: string;
  B2BInvoiceFee: number;
  B2BVatRate: number | string;
  B2CInvoiceFee: number;
  B2CVatRate: number | string;
}
"#;

fn is_paged(id: &str) -> bool {
    crate::client::is_paged(id)
}

/// The response section of the generated file: the named types, `FpgoResponses`,
/// `FpgoListItems` and `FpgoPagedId`.
pub fn responses_dts() -> String {
    let mut out = String::from(TYPES);
    out.push_str("\n/** Every endpoint id -> what its call resolves to (the envelope's `data`; a paged list's `FpgoPage`). */\nexport interface FpgoResponses {\n");
    let mut items = String::new();
    for e in crate::endpoints::all() {
        let Some(resp) = RESPONSES.iter().find(|r| r.id == e.id) else {
            continue;
        };
        let sep = if resp.note.is_empty() { "" } else { " " };
        let doc = format!("{} (seed {}).{sep}{}", e.name, resp.source, resp.note);
        let ty = if is_paged(e.id) {
            let _ = writeln!(items, "  \"{}\": {};", e.id, resp.data);
            format!("FpgoPage<{}>", resp.data)
        } else {
            resp.data.to_string()
        };
        let _ = writeln!(out, "  /** {doc} */\n  \"{}\": {ty};", e.id);
    }
    out.push_str("}\n");
    let _ = write!(
        out,
        "\n/** Every paged list id -> the item its `.all()` yields. */\nexport interface FpgoListItems {{\n{items}}}\n\n/** The ids of the paged lists (the methods with `.all()`). */\nexport type FpgoPagedId = keyof FpgoListItems;\n"
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_endpoint_has_a_documented_response() {
        for e in crate::endpoints::all() {
            let found: Vec<_> = RESPONSES.iter().filter(|r| r.id == e.id).collect();
            assert_eq!(found.len(), 1, "{} needs exactly one response entry", e.id);
            assert!(
                found[0].source.starts_with("000:"),
                "{} cites no seed lines",
                e.id
            );
            let mut words = found[0].data.split(|c: char| !c.is_ascii_alphanumeric());
            assert!(!words.any(|w| w == "any"), "{} is typed with any", e.id);
        }
        assert_eq!(
            RESPONSES.len(),
            crate::endpoints::all().count(),
            "an entry names no endpoint"
        );
    }

    #[test]
    fn lists_answer_pages_of_their_items() {
        let ts = responses_dts();
        assert!(ts.contains("\"subscriptions.list\": FpgoPage<FpgoSubscriptionListItem>;"));
        assert!(
            ts.contains("  \"subscriptions.listFailedPayments\": FpgoFailedSubscriptionPayment;\n")
        );
        assert!(ts.contains("\"orders.cancel\": null;"));
        assert!(!ts.contains("FpgoData"));
    }
}
