//! What each endpoint answers: the envelope's `data` as the client returns it (`FpgoResponses`),
//! typed from the documents' response examples as each endpoint's spec keeps them
//! ([`crate::endpoints::Endpoint::response`]). A paged list answers its page
//! (`FpgoPage<item>`: `data`, `metaData`, `links`, what `pkg-template/lib/client.js` returns for
//! a paged endpoint) and `FpgoListItems` names the item `.all()` yields.
//!
//! Every endpoint's spec has a response (a test checks it is typed and cited): none falls back to an
//! untyped value. Where the documents show no usable example, its note says so and its type is
//! built on `unknown`.

use std::fmt::Write;

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

/// The response section of the generated file: the named types, `FpgoResponses`,
/// `FpgoListItems` and `FpgoPagedId`.
pub fn responses_dts() -> String {
    let mut out = String::from(TYPES);
    out.push_str("\n/** Every endpoint id -> what its call resolves to (the envelope's `data`; a paged list's `FpgoPage`). */\nexport interface FpgoResponses {\n");
    let mut items = String::new();
    for e in crate::endpoints::all() {
        let resp = &e.response;
        let sep = if resp.note.is_empty() { "" } else { " " };
        let doc = format!("{} (seed {}).{sep}{}", e.name, resp.source, resp.note);
        let ty = if resp.paged {
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
            let resp = &e.response;
            assert!(
                !resp.data.trim().is_empty(),
                "{} has no response type",
                e.id
            );
            assert!(
                resp.source.starts_with("000:"),
                "{} cites no seed lines",
                e.id
            );
            let mut words = resp.data.split(|c: char| !c.is_ascii_alphanumeric());
            assert!(!words.any(|w| w == "any"), "{} is typed with any", e.id);
        }
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
