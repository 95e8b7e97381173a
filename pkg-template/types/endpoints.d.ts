// GENERATED from the endpoint tables (src/endpoints/*.rs) by src/typescript/: do not edit.
// `FPGO_BLESS=1 cargo test -p fpgo --lib typescript` rewrites this file; the same test without
// FPGO_BLESS fails when it is stale.
//
// Rules map to the values Laravel 8 accepts: `numeric` -> number | string, `boolean` -> boolean |
// 0 | 1 | "0" | "1", `in:` -> literals, `nullable` -> | null, `required` -> not optional (and not
// null). Conditional rules (`required_if`, `required_with`, ...) are optional members whose doc
// comment states the condition: validate() checks them. Each member cites its seed lines.

/** What a part an endpoint does not have accepts: nothing but `{}`. */
export type FpgoNone = { readonly [key: string]: never };

/**
 * A list (`array` with `*` members): the documents show JSON arrays; Laravel's `array` rule also
 * accepts an object keyed by index (`{ "0": ... }`), as some documents' examples are written.
 */
export type FpgoList<T> = readonly T[] | { readonly [index: `${number}`]: T };

/**
 * A body being filled in (a form as you type, a value read from JSON): every member optional and
 * any JSON scalar accepted as a value, but only the endpoint's field names. `validate()` takes this:
 * reporting what is missing or wrong is its job, while the builders and the client take the body.
 */
export type FpgoDraft<T> =
  T extends readonly (infer I)[] ? FpgoList<FpgoDraft<I>>
  : T extends object ? { [K in keyof T]?: FpgoDraft<T[K]> }
  : string | number | boolean | null;

/** A date a builder converts: a `Date`, an ISO 8601 string or Unix seconds (sent as Unix seconds in a string). */
export type FpgoDateInput = Date | string | number;

/** Every documented endpoint id (52), `<area>.<name>`. */
export type FpgoEndpointId =
  | "orders.sendPaymentLink"
  | "orders.sendInvoice"
  | "orders.sendEFaktura"
  | "orders.sendEhfInvoice"
  | "orders.resendPaymentLink"
  | "orders.cancel"
  | "orders.refund"
  | "orders.listStatuses"
  | "orders.getStatus"
  | "orders.getDetails"
  | "orders.getInvoiceNumber"
  | "orders.delayedCharge"
  | "checkout.createSession"
  | "checkout.createInvoiceSession"
  | "checkout.createHostedPaymentLink"
  | "reservations.submit"
  | "reservations.createSession"
  | "reservations.getDetails"
  | "reservations.capture"
  | "reservations.charge"
  | "reservations.cancel"
  | "reservations.complete"
  | "reservations.resend"
  | "reservations.refund"
  | "reservations.getHistory"
  | "subscriptions.create"
  | "subscriptions.createSession"
  | "subscriptions.list"
  | "subscriptions.listFailedPayments"
  | "subscriptions.getDetails"
  | "subscriptions.getFailedPaymentDetails"
  | "subscriptions.resend"
  | "subscriptions.cancel"
  | "subscriptions.refundCycles"
  | "customers.getDetails"
  | "customers.updatePrivate"
  | "customers.updateCorporate"
  | "refunds.requestApproval"
  | "terminal.listTerminals"
  | "terminal.createOrder"
  | "terminal.cancelOrder"
  | "terminal.resendOrder"
  | "terminal.getPaymentStatus"
  | "terminal.refund"
  | "terminal.getRefundStatus"
  | "terminal.cancelRefund"
  | "credit.checkPrivate"
  | "credit.checkCorporate"
  | "credit.listChecks"
  | "company.requestCheck"
  | "company.getDetails"
  | "company.getInvoiceFee";

/** The body (JSON) of `orders.sendPaymentLink`: Send Payment Link, `POST /api/v1/connect/orders/payment-link/create` (seed 000:7-306; 004:1-300). */
export interface FpgoOrdersSendPaymentLinkBody {
  /** `required|array` (seed 000:95-127). */
  products: FpgoList<FpgoOrdersSendPaymentLinkBodyProductsItem>;
  /** No rule of its own: required because a member is. */
  orderSummary: FpgoOrdersSendPaymentLinkBodyOrderSummary;
  /** No rule of its own. */
  sendOrderBy?: FpgoOrdersSendPaymentLinkBodySendOrderBy;
  /** `required|string|date_format:U` (seed 000:160-162). */
  orderDate: string;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoOrdersSendPaymentLinkBodyCustomerDetails;
  /** `required|boolean` (seed 000:230-232). */
  invoiceAsPaymentOption: boolean | 0 | 1 | "0" | "1";
  /** `nullable|string` (seed 000:235-237). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:240-242). */
  customerReference?: string | null;
  /** `nullable|boolean` (seed 000:245-247). */
  secureDetails?: boolean | 0 | 1 | "0" | "1" | null;
  /** No rule of its own. */
  callback?: FpgoOrdersSendPaymentLinkBodyCallback;
}

/** `products.*` in the body of `orders.sendPaymentLink`. */
export interface FpgoOrdersSendPaymentLinkBodyProductsItem {
  /** `required|string` (seed 000:95-97). */
  name: string;
  /** `nullable|string` (seed 000:100-102). */
  productId?: string | null;
  /** `required|numeric` (seed 000:105-107). */
  quantity: number | string;
  /** `required|numeric` (seed 000:110-112). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:115-117). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:120-122). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:125-127). */
  amount: number | string;
}

/** `orderSummary` in the body of `orders.sendPaymentLink`. */
export interface FpgoOrdersSendPaymentLinkBodyOrderSummary {
  /** `required|numeric` (seed 000:130-132). */
  subTotal: number | string;
  /** `required|numeric` (seed 000:135-137). */
  totalTax: number | string;
  /** `required|numeric` (seed 000:140-142). */
  totalDiscount: number | string;
  /** `required|numeric` (seed 000:145-147). */
  grandTotal: number | string;
}

/** `sendOrderBy` in the body of `orders.sendPaymentLink`. */
export interface FpgoOrdersSendPaymentLinkBodySendOrderBy {
  /** `nullable|boolean` (seed 000:150-152). */
  sms?: boolean | 0 | 1 | "0" | "1" | null;
  /** `nullable|boolean` (seed 000:155-157). */
  email?: boolean | 0 | 1 | "0" | "1" | null;
}

/** `customerDetails` in the body of `orders.sendPaymentLink`. */
export interface FpgoOrdersSendPaymentLinkBodyCustomerDetails {
  /** `required_without:customerDetails.email|nullable|string` (seed 000:165-167). Required when `customerDetails.email` is absent. */
  countryCode?: string | null;
  /** `required_without:customerDetails.email|nullable|string` (seed 000:170-172). Required when `customerDetails.email` is absent. */
  msisdn?: string | null;
  /** `required_without:customerDetails.msisdn|nullable|email` (seed 000:175-177). Required when `customerDetails.msisdn` is absent. */
  email?: string | null;
  /** `nullable|string` (seed 000:180-182). */
  firstName?: string | null;
  /** `required|string` (seed 000:185-187). */
  name: string;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:190-192). */
  preferredLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** `required|string|in:private,corporate` (seed 000:195-197). */
  type: "private" | "corporate";
  /** `nullable|string|digits:11` (seed 000:200-202). */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|string|regex:/^\d+$/` (seed 000:205-207). Required when `customerDetails.type` is "corporate". */
  organizationId?: string | null;
  /** No rule of its own: required because a member is. */
  address: FpgoOrdersSendPaymentLinkBodyCustomerDetailsAddress;
}

/** `customerDetails.address` in the body of `orders.sendPaymentLink`. */
export interface FpgoOrdersSendPaymentLinkBodyCustomerDetailsAddress {
  /** `required|string` (seed 000:210-212). */
  street: string;
  /** `required|string` (seed 000:215-217). */
  zip: string;
  /** `required|string` (seed 000:220-222). */
  city: string;
  /** `required|string|regex:/^[A-Z]{2}$/` (seed 000:225-227). */
  country: string;
}

/** `callback` in the body of `orders.sendPaymentLink`. */
export interface FpgoOrdersSendPaymentLinkBodyCallback {
  /** `nullable|string|url` (seed 000:250-252). */
  callbackUrl?: string | null;
}

/** The body (JSON) of `orders.sendInvoice`: Send Invoice, `POST /api/v1/connect/orders/invoice/create` (seed 000:308-644). */
export interface FpgoOrdersSendInvoiceBody {
  /** `required|array` (seed 000:433-465). */
  products: FpgoList<FpgoOrdersSendInvoiceBodyProductsItem>;
  /** No rule of its own: required because a member is. */
  orderSummary: FpgoOrdersSendInvoiceBodyOrderSummary;
  /** `required|string|date_format:U` (seed 000:488-490). */
  orderDate: string;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoOrdersSendInvoiceBodyCustomerDetails;
  /** `nullable|numeric|in:0,1,2` (seed 000:558-560). */
  invoiceInterval?: 0 | "0" | 1 | "1" | 2 | "2" | null;
  /** `required|boolean` (seed 000:563-565). */
  invoiceFeeApplicable: boolean | 0 | 1 | "0" | "1";
  /** `nullable|numeric|in:10,14,30,45` (seed 000:568-570). */
  invoiceMaturity?: 10 | "10" | 14 | "14" | 30 | "30" | 45 | "45" | null;
  /** `nullable|boolean` (seed 000:573-575). */
  separateInvoices?: boolean | 0 | 1 | "0" | "1" | null;
  /** `nullable|string` (seed 000:578-580). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:583-585). */
  customerReference?: string | null;
  /** No rule of its own. */
  callback?: FpgoOrdersSendInvoiceBodyCallback;
}

/** `products.*` in the body of `orders.sendInvoice`. */
export interface FpgoOrdersSendInvoiceBodyProductsItem {
  /** `required|string` (seed 000:433-435). */
  name: string;
  /** `nullable|string` (seed 000:438-440). */
  productId?: string | null;
  /** `required|numeric` (seed 000:443-445). */
  quantity: number | string;
  /** `required|numeric` (seed 000:448-450). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:453-455). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:458-460). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:463-465). */
  amount: number | string;
}

/** `orderSummary` in the body of `orders.sendInvoice`. */
export interface FpgoOrdersSendInvoiceBodyOrderSummary {
  /** `required|numeric` (seed 000:468-470). */
  subTotal: number | string;
  /** `required|numeric` (seed 000:473-475). */
  totalTax: number | string;
  /** `required|numeric` (seed 000:478-480). */
  totalDiscount: number | string;
  /** `required|numeric` (seed 000:483-485). */
  grandTotal: number | string;
}

/** `customerDetails` in the body of `orders.sendInvoice`. */
export interface FpgoOrdersSendInvoiceBodyCustomerDetails {
  /** `required|string` (seed 000:493-495). */
  countryCode: string;
  /** `required|string` (seed 000:498-500). */
  msisdn: string;
  /** `required|email` (seed 000:503-505). */
  email: string;
  /** `nullable|string` (seed 000:508-510). */
  firstName?: string | null;
  /** `required|string` (seed 000:513-515). */
  name: string;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:518-520). */
  preferredLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** `required|string|in:private,corporate` (seed 000:523-525). */
  type: "private" | "corporate";
  /** `nullable|string|digits:11` (seed 000:528-530). */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|string|regex:/^\d+$/` (seed 000:533-535). Required when `customerDetails.type` is "corporate". */
  organizationId?: string | null;
  /** No rule of its own: required because a member is. */
  address: FpgoOrdersSendInvoiceBodyCustomerDetailsAddress;
}

/** `customerDetails.address` in the body of `orders.sendInvoice`. */
export interface FpgoOrdersSendInvoiceBodyCustomerDetailsAddress {
  /** `required|string` (seed 000:538-540). */
  street: string;
  /** `required|string` (seed 000:543-545). */
  zip: string;
  /** `required|string` (seed 000:548-550). */
  city: string;
  /** `required|string|regex:/^[A-Z]{2}$/` (seed 000:553-555). */
  country: string;
}

/** `callback` in the body of `orders.sendInvoice`. */
export interface FpgoOrdersSendInvoiceBodyCallback {
  /** `nullable|string|url` (seed 000:588-590). */
  callbackUrl?: string | null;
}

/** The body (JSON) of `orders.sendEFaktura`: Send E-Faktura, `POST /api/v1/connect/orders/faktura/create` (seed 000:646-960). */
export interface FpgoOrdersSendEFakturaBody {
  /** `required|array` (seed 000:764-796). */
  products: FpgoList<FpgoOrdersSendEFakturaBodyProductsItem>;
  /** No rule of its own: required because a member is. */
  orderSummary: FpgoOrdersSendEFakturaBodyOrderSummary;
  /** `required|string|date_format:U` (seed 000:819-821). */
  orderDate: string;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoOrdersSendEFakturaBodyCustomerDetails;
  /** `nullable|numeric|in:0,1,2` (seed 000:874-876). */
  invoiceInterval?: 0 | "0" | 1 | "1" | 2 | "2" | null;
  /** `required|boolean` (seed 000:879-881). */
  invoiceFeeApplicable: boolean | 0 | 1 | "0" | "1";
  /** `nullable|numeric|in:10` (seed 000:884-886). */
  invoiceMaturity?: 10 | "10" | null;
  /** `nullable|boolean` (seed 000:889-891). */
  separateInvoices?: boolean | 0 | 1 | "0" | "1" | null;
  /** `nullable|string` (seed 000:894-896). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:899-901). */
  customerReference?: string | null;
  /** No rule of its own: required because a member is. */
  callback: FpgoOrdersSendEFakturaBodyCallback;
}

/** `products.*` in the body of `orders.sendEFaktura`. */
export interface FpgoOrdersSendEFakturaBodyProductsItem {
  /** `required|string` (seed 000:764-766). */
  name: string;
  /** `nullable|string` (seed 000:769-771). */
  productId?: string | null;
  /** `required|numeric` (seed 000:774-776). */
  quantity: number | string;
  /** `required|numeric` (seed 000:779-781). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:784-786). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:789-791). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:794-796). */
  amount: number | string;
}

/** `orderSummary` in the body of `orders.sendEFaktura`. */
export interface FpgoOrdersSendEFakturaBodyOrderSummary {
  /** `required|numeric` (seed 000:799-801). */
  subTotal: number | string;
  /** `required|numeric` (seed 000:804-806). */
  totalTax: number | string;
  /** `required|numeric` (seed 000:809-811). */
  totalDiscount: number | string;
  /** `required|numeric` (seed 000:814-816). */
  grandTotal: number | string;
}

/** `customerDetails` in the body of `orders.sendEFaktura`. */
export interface FpgoOrdersSendEFakturaBodyCustomerDetails {
  /** `required|string` (seed 000:824-826). */
  countryCode: string;
  /** `required|string` (seed 000:829-831). */
  msisdn: string;
  /** `required|email` (seed 000:834-836). */
  email: string;
  /** `required|string` (seed 000:839-841). */
  name: string;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:844-846). */
  preferredLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** `required|string|digits:11` (seed 000:849-851). */
  personalNumber: string;
  /** No rule of its own: required because a member is. */
  address: FpgoOrdersSendEFakturaBodyCustomerDetailsAddress;
}

/** `customerDetails.address` in the body of `orders.sendEFaktura`. */
export interface FpgoOrdersSendEFakturaBodyCustomerDetailsAddress {
  /** `required|string` (seed 000:854-856). */
  street: string;
  /** `required|string` (seed 000:859-861). */
  zip: string;
  /** `required|string` (seed 000:864-866). */
  city: string;
  /** `required|string|regex:/^[A-Z]{2}$/` (seed 000:869-871). */
  country: string;
}

/** `callback` in the body of `orders.sendEFaktura`. */
export interface FpgoOrdersSendEFakturaBodyCallback {
  /** `required|string|url` (seed 000:904-906). */
  callbackUrl: string;
}

/** The body (JSON) of `orders.sendEhfInvoice`: Send EHF Invoice, `POST /api/v1/connect/orders/ehf/create` (seed 000:962-1267). */
export interface FpgoOrdersSendEhfInvoiceBody {
  /** `required|array` (seed 000:1071-1103). */
  products: FpgoList<FpgoOrdersSendEhfInvoiceBodyProductsItem>;
  /** No rule of its own: required because a member is. */
  orderSummary: FpgoOrdersSendEhfInvoiceBodyOrderSummary;
  /** `required|string|date_format:U` (seed 000:1126-1128). */
  orderDate: string;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoOrdersSendEhfInvoiceBodyCustomerDetails;
  /** `nullable|numeric|in:0,1,2` (seed 000:1181-1183). */
  invoiceInterval?: 0 | "0" | 1 | "1" | 2 | "2" | null;
  /** `required|boolean` (seed 000:1186-1188). */
  invoiceFeeApplicable: boolean | 0 | 1 | "0" | "1";
  /** `nullable|numeric|in:14,30,45` (seed 000:1191-1193). */
  invoiceMaturity?: 14 | "14" | 30 | "30" | 45 | "45" | null;
  /** `nullable|boolean` (seed 000:1196-1198). */
  separateInvoices?: boolean | 0 | 1 | "0" | "1" | null;
  /** `nullable|string` (seed 000:1201-1203). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:1206-1208). */
  customerReference?: string | null;
  /** No rule of its own: required because a member is. */
  callback: FpgoOrdersSendEhfInvoiceBodyCallback;
}

/** `products.*` in the body of `orders.sendEhfInvoice`. */
export interface FpgoOrdersSendEhfInvoiceBodyProductsItem {
  /** `required|string` (seed 000:1071-1073). */
  name: string;
  /** `nullable|string` (seed 000:1076-1078). */
  productId?: string | null;
  /** `required|numeric` (seed 000:1081-1083). */
  quantity: number | string;
  /** `required|numeric` (seed 000:1086-1088). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:1091-1093). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:1096-1098). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:1101-1103). */
  amount: number | string;
}

/** `orderSummary` in the body of `orders.sendEhfInvoice`. */
export interface FpgoOrdersSendEhfInvoiceBodyOrderSummary {
  /** `required|numeric` (seed 000:1106-1108). */
  subTotal: number | string;
  /** `required|numeric` (seed 000:1111-1113). */
  totalTax: number | string;
  /** `required|numeric` (seed 000:1116-1118). */
  totalDiscount: number | string;
  /** `required|numeric` (seed 000:1121-1123). */
  grandTotal: number | string;
}

/** `customerDetails` in the body of `orders.sendEhfInvoice`. */
export interface FpgoOrdersSendEhfInvoiceBodyCustomerDetails {
  /** `required|string` (seed 000:1131-1133). */
  countryCode: string;
  /** `required|string` (seed 000:1136-1138). */
  msisdn: string;
  /** `required|email` (seed 000:1141-1143). */
  email: string;
  /** `required|string` (seed 000:1146-1148). */
  name: string;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:1151-1153). */
  preferredLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** `required|string|regex:/^\d+$/` (seed 000:1156-1158). */
  organizationId: string;
  /** No rule of its own: required because a member is. */
  address: FpgoOrdersSendEhfInvoiceBodyCustomerDetailsAddress;
}

/** `customerDetails.address` in the body of `orders.sendEhfInvoice`. */
export interface FpgoOrdersSendEhfInvoiceBodyCustomerDetailsAddress {
  /** `required|string` (seed 000:1161-1163). */
  street: string;
  /** `required|string` (seed 000:1166-1168). */
  zip: string;
  /** `required|string` (seed 000:1171-1173). */
  city: string;
  /** `required|string|regex:/^[A-Z]{2}$/` (seed 000:1176-1178). */
  country: string;
}

/** `callback` in the body of `orders.sendEhfInvoice`. */
export interface FpgoOrdersSendEhfInvoiceBodyCallback {
  /** `required|string|url` (seed 000:1211-1213). */
  callbackUrl: string;
}

/** The path parameters (strings in the URL) of `orders.resendPaymentLink`: Resend Payment Link, `POST /api/v1/connect/orders/resend/{orderUuid}` (seed 000:1269-1416). */
export interface FpgoOrdersResendPaymentLinkPathParams {
  /** `required|string` (seed 000:1288). */
  orderUuid: string;
}

/** The body (JSON) of `orders.resendPaymentLink`: Resend Payment Link, `POST /api/v1/connect/orders/resend/{orderUuid}` (seed 000:1269-1416). */
export interface FpgoOrdersResendPaymentLinkBody {
  /** `required_without:email|required_with:msisdn|nullable|string` (seed 000:1326-1328; 000:1275). Required when `email` is absent. Required when `msisdn` is present. */
  countryCode?: string | null;
  /** `required_without:email|required_with:countryCode|nullable|string` (seed 000:1331-1333; 000:1275). Required when `email` is absent. Required when `countryCode` is present. */
  msisdn?: string | null;
  /** `nullable|email` (seed 000:1336-1338; 000:1276). */
  email?: string | null;
}

/** The path parameters (strings in the URL) of `orders.cancel`: Cancel Order, `POST /api/v1/connect/orders/cancel/{orderUuid}` (seed 000:1418-1533). */
export interface FpgoOrdersCancelPathParams {
  /** `required|string` (seed 000:1426). */
  orderUuid: string;
}

/** The body (JSON) of `orders.cancel`: Cancel Order, `POST /api/v1/connect/orders/cancel/{orderUuid}` (seed 000:1418-1533). */
export interface FpgoOrdersCancelBody {
  /** `required|string` (seed 000:1462-1464). */
  cancellationNote: string;
}

/** The path parameters (strings in the URL) of `orders.refund`: Refund Order, `POST /api/v1/connect/orders/refund/{orderUuid}` (seed 000:1535-1717). */
export interface FpgoOrdersRefundPathParams {
  /** `required|string` (seed 000:1548). */
  orderUuid: string;
}

/** The body (JSON) of `orders.refund`: Refund Order, `POST /api/v1/connect/orders/refund/{orderUuid}` (seed 000:1535-1717). */
export interface FpgoOrdersRefundBody {
  /** `required|string|in:regular,invoiced` (seed 000:1592-1594). */
  type: "regular" | "invoiced";
  /** `required|numeric` (seed 000:1597-1599). */
  grandTotal: number | string;
  /** `required|array` (seed 000:1602-1609). */
  products: FpgoList<FpgoOrdersRefundBodyProductsItem>;
}

/** `products.*` in the body of `orders.refund`. */
export interface FpgoOrdersRefundBodyProductsItem {
  /** `required|numeric` (seed 000:1602-1604). */
  id: number | string;
  /** `required|numeric` (seed 000:1607-1609). */
  amount: number | string;
}

/** The query parameters (strings in the URL) of `orders.listStatuses`: Get All Order Status, `GET /api/v1/connect/orders/status` (seed 000:1719-1793). */
export interface FpgoOrdersListStatusesQuery {
  /** `nullable|string|regex:/^(SENT|PAID|CANCELLED|EXPIRED|INVOICED|REFUNDED|PARTIAL REFUNDED)$/i` (seed 000:1738-1746; 000:1733). */
  type?: string | null;
}

/** The path parameters (strings in the URL) of `orders.getStatus`: Get Order Status By UUID, `GET /api/v1/connect/orders/status/{orderUuid}` (seed 000:1795-1863). */
export interface FpgoOrdersGetStatusPathParams {
  /** `required|string` (seed 000:1806). */
  orderUuid: string;
}

/** The path parameters (strings in the URL) of `orders.getDetails`: Get Order Details By UUID, `GET /api/v1/connect/orders/details/{orderUuid}` (seed 000:1865-1972). */
export interface FpgoOrdersGetDetailsPathParams {
  /** `required|string` (seed 000:1880). */
  orderUuid: string;
}

/** The path parameters (strings in the URL) of `orders.getInvoiceNumber`: Get Invoice Number By UUID, `GET /api/v1/connect/orders/invoice-number/{orderUuid}` (seed 000:1974-2048). */
export interface FpgoOrdersGetInvoiceNumberPathParams {
  /** `required|string` (seed 000:1993). */
  orderUuid: string;
}

/** The path parameters (strings in the URL) of `orders.delayedCharge`: Delayed Charge, `POST /api/v1/connect/orders/delayed/charge/{orderUuid}` (seed 000:2050-2105). */
export interface FpgoOrdersDelayedChargePathParams {
  /** `required|string` (seed 000:2059). */
  orderUuid: string;
}

/** The body (JSON) of `checkout.createSession`: Create Checkout Session - Card, Vipps, Apple & Google Pay, `POST /api/v1/connect/orders/regular/submit` (seed 000:2111-2472; 002:1-263). */
export interface FpgoCheckoutCreateSessionBody {
  /** `required|array` (seed 000:2227-2259; 002:135). */
  products: FpgoList<FpgoCheckoutCreateSessionBodyProductsItem>;
  /** No rule of its own: required because a member is. */
  orderSummary: FpgoCheckoutCreateSessionBodyOrderSummary;
  /** `required|string|date_format:U` (seed 000:2287-2289; 002:34). */
  orderDate: string;
  /** `nullable|string` (seed 000:2292-2294). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:2297-2299). */
  customerReference?: string | null;
  /** `required_with:fpgoUuid|nullable|string|in:PARTNER` (seed 000:2302-2304). Required when `fpgoUuid` is present. */
  orderFrom?: "PARTNER" | null;
  /** `nullable|string|exists:orders,uuid` (seed 000:2307-2309; 003:107). */
  fpgoUuid?: string | null;
  /** `required|boolean` (seed 000:2312-2314; 002:166). */
  withCustomer: boolean | 0 | 1 | "0" | "1";
  /** No rule of its own. */
  customerDetails?: FpgoCheckoutCreateSessionBodyCustomerDetails;
  /** No rule of its own: required because a member is. */
  submitPayment: FpgoCheckoutCreateSessionBodySubmitPayment;
  /** No rule of its own: required because a member is. */
  callback: FpgoCheckoutCreateSessionBodyCallback;
}

/** `products.*` in the body of `checkout.createSession`. */
export interface FpgoCheckoutCreateSessionBodyProductsItem {
  /** `required|string` (seed 000:2227-2229; 002:23). */
  name: string;
  /** `nullable|string` (seed 000:2232-2234; 002:24). */
  productId?: string | null;
  /** `required|numeric` (seed 000:2237-2239; 002:25). */
  quantity: number | string;
  /** `required|numeric` (seed 000:2242-2244; 002:26). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:2247-2249; 002:27). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:2252-2254; 002:28). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:2257-2259; 002:29). */
  amount: number | string;
}

/** `orderSummary` in the body of `checkout.createSession`. */
export interface FpgoCheckoutCreateSessionBodyOrderSummary {
  /** `required|numeric` (seed 000:2262-2264; 002:30). */
  subTotal: number | string;
  /** `required|numeric` (seed 000:2267-2269; 002:31). */
  totalTax: number | string;
  /** `required|numeric` (seed 000:2272-2274; 002:32). */
  totalDiscount: number | string;
  /** `required|numeric` (seed 000:2277-2279; 002:33). */
  grandTotal: number | string;
  /** `nullable|numeric` (seed 000:2282-2284). */
  shippingCost?: number | string | null;
}

/** `customerDetails` in the body of `checkout.createSession`. */
export interface FpgoCheckoutCreateSessionBodyCustomerDetails {
  /** `required_if:withCustomer,true|nullable|string|in:private,corporate` (seed 000:2317-2319; 002:42). Required when `withCustomer` is "true". */
  type?: "private" | "corporate" | null;
  /** `required_if:withCustomer,true|nullable|string` (seed 000:2322-2324; 002:43). Required when `withCustomer` is "true". */
  countryCode?: string | null;
  /** `required_if:withCustomer,true|nullable|string` (seed 000:2327-2329; 002:44). Required when `withCustomer` is "true". */
  msisdn?: string | null;
  /** `required_if:withCustomer,true|nullable|email` (seed 000:2332-2334; 002:45). Required when `withCustomer` is "true". */
  email?: string | null;
  /** `required_if:withCustomer,true|nullable|string` (seed 000:2337-2339; 002:46). Required when `withCustomer` is "true". */
  name?: string | null;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:2342-2344; 002:47). */
  preferredLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** `nullable|string|size:11` (seed 000:2347-2349; 002:48). */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|string|regex:/^[a-zA-Z0-9]+$/` (seed 000:2352-2354; 002:49). Required when `customerDetails.type` is "corporate". */
  organizationId?: string | null;
  /** No rule of its own. */
  address?: FpgoCheckoutCreateSessionBodyCustomerDetailsAddress;
}

/** `customerDetails.address` in the body of `checkout.createSession`. */
export interface FpgoCheckoutCreateSessionBodyCustomerDetailsAddress {
  /** `required_if:withCustomer,true|nullable|string` (seed 000:2357-2359; 002:51). Required when `withCustomer` is "true". */
  street?: string | null;
  /** `required_if:withCustomer,true|nullable|string` (seed 000:2362-2364; 002:52). Required when `withCustomer` is "true". */
  zip?: string | null;
  /** `required_if:withCustomer,true|nullable|string` (seed 000:2367-2369; 002:53). Required when `withCustomer` is "true". */
  city?: string | null;
  /** `required_if:withCustomer,true|nullable|string|regex:/^[A-Z]{2}$/` (seed 000:2372-2374; 002:54). Required when `withCustomer` is "true". */
  country?: string | null;
}

/** `submitPayment` in the body of `checkout.createSession`. */
export interface FpgoCheckoutCreateSessionBodySubmitPayment {
  /** `required|string|in:vipps,visa,mastercard,applepay,googlepay` (seed 000:2377-2379; 002:65). */
  via: "vipps" | "visa" | "mastercard" | "applepay" | "googlepay";
}

/** `callback` in the body of `checkout.createSession`. */
export interface FpgoCheckoutCreateSessionBodyCallback {
  /** `required|string|url` (seed 000:2382-2384; 002:67). */
  callbackUrl: string;
  /** `required|string|url` (seed 000:2387-2389; 002:68). */
  success: string;
  /** `required|string|url` (seed 000:2392-2394; 002:69). */
  failure: string;
}

/** The body (JSON) of `checkout.createInvoiceSession`: Create Session for Invoice Order, `POST /api/v1/connect/orders/invoice/submit` (seed 000:2474-2792; 003:1-236). */
export interface FpgoCheckoutCreateInvoiceSessionBody {
  /** `required|array` (seed 000:2505-2537). */
  products: FpgoList<FpgoCheckoutCreateInvoiceSessionBodyProductsItem>;
  /** No rule of its own: required because a member is. */
  orderSummary: FpgoCheckoutCreateInvoiceSessionBodyOrderSummary;
  /** `required|string|date_format:U` (seed 000:2560-2562; 003:46). */
  orderDate: string;
  /** `nullable|string` (seed 000:2565-2567; 003:96). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:2570-2572; 003:97). */
  customerReference?: string | null;
  /** `required_with:fpgoUuid|nullable|string|in:PARTNER` (seed 000:2575-2577; 003:106). Required when `fpgoUuid` is present. */
  orderFrom?: "PARTNER" | null;
  /** `nullable|string|exists:orders,uuid` (seed 000:2580-2582; 003:107). */
  fpgoUuid?: string | null;
  /** `sometimes|numeric|in:0,1,2` (seed 000:2585-2587; 003:77). Checked only when present. */
  invoiceInterval?: 0 | "0" | 1 | "1" | 2 | "2";
  /** `sometimes|boolean` (seed 000:2590-2592; 003:78). Checked only when present. */
  separateInvoices?: boolean | 0 | 1 | "0" | "1";
  /** `required|boolean` (seed 000:2595-2597; 003:100). */
  invoiceFeeApplicable: boolean | 0 | 1 | "0" | "1";
  /** `nullable|numeric` (seed 000:2600-2602; 003:101). */
  invoiceMaturity?: number | string | null;
  /** No rule of its own. */
  settings?: FpgoCheckoutCreateInvoiceSessionBodySettings;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoCheckoutCreateInvoiceSessionBodyCustomerDetails;
  /** No rule of its own: required because a member is. */
  callback: FpgoCheckoutCreateInvoiceSessionBodyCallback;
}

/** `products.*` in the body of `checkout.createInvoiceSession`. */
export interface FpgoCheckoutCreateInvoiceSessionBodyProductsItem {
  /** `required|string` (seed 000:2505-2507; 003:35). */
  name: string;
  /** `nullable|string|max:25` (seed 000:2510-2512; 003:36; 003:32). */
  productId?: string | null;
  /** `required|numeric` (seed 000:2515-2517; 003:37). */
  quantity: number | string;
  /** `required|numeric` (seed 000:2520-2522; 003:38). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:2525-2527; 003:39). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:2530-2532; 003:40). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:2535-2537; 003:41). */
  amount: number | string;
}

/** `orderSummary` in the body of `checkout.createInvoiceSession`. */
export interface FpgoCheckoutCreateInvoiceSessionBodyOrderSummary {
  /** `required|numeric` (seed 000:2540-2542; 003:42). */
  subTotal: number | string;
  /** `required|numeric` (seed 000:2545-2547; 003:43). */
  totalTax: number | string;
  /** `required|numeric` (seed 000:2550-2552; 003:44). */
  totalDiscount: number | string;
  /** `required|numeric` (seed 000:2555-2557; 003:45). */
  grandTotal: number | string;
  /** `nullable|numeric` (seed 003:92). */
  shippingCost?: number | string | null;
}

/** `settings` in the body of `checkout.createInvoiceSession`. */
export interface FpgoCheckoutCreateInvoiceSessionBodySettings {
  /** `nullable|boolean` (seed 000:2605-2607; 003:105). */
  secureDetails?: boolean | 0 | 1 | "0" | "1" | null;
}

/** `customerDetails` in the body of `checkout.createInvoiceSession`. */
export interface FpgoCheckoutCreateInvoiceSessionBodyCustomerDetails {
  /** `required|nullable|string|in:private,corporate` (seed 000:2610-2612; 003:53). */
  type: "private" | "corporate";
  /** `required|nullable|string` (seed 000:2615-2617; 003:54). */
  countryCode: string;
  /** `required|nullable|string` (seed 000:2620-2622; 003:55). */
  msisdn: string;
  /** `required|nullable|email` (seed 000:2625-2627; 003:56). */
  email: string;
  /** `required|string` (seed 000:2630-2632; 003:57). */
  name: string;
  /** `nullable|required_if:customerDetails.type,private|string|regex:/^\d{11}$/` (seed 000:2635-2637; 003:59). Required when `customerDetails.type` is "private". */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|string|regex:/^[a-zA-Z0-9]+$/` (seed 000:2640-2642; 003:60). Required when `customerDetails.type` is "corporate". */
  organizationId?: string | null;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:2645-2647; 003:58; 003:114). */
  preferredLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** No rule of its own: required because a member is. */
  address: FpgoCheckoutCreateInvoiceSessionBodyCustomerDetailsAddress;
}

/** `customerDetails.address` in the body of `checkout.createInvoiceSession`. */
export interface FpgoCheckoutCreateInvoiceSessionBodyCustomerDetailsAddress {
  /** `required|string` (seed 000:2650-2652; 003:62). */
  street: string;
  /** `required|string` (seed 000:2655-2657; 003:63). */
  zip: string;
  /** `required|string` (seed 000:2660-2662; 003:64). */
  city: string;
  /** `required|string|regex:/^[A-Z]{2}$/` (seed 000:2665-2667; 003:65). */
  country: string;
}

/** `callback` in the body of `checkout.createInvoiceSession`. */
export interface FpgoCheckoutCreateInvoiceSessionBodyCallback {
  /** `required|string|url` (seed 000:2670-2672; 003:102). */
  callbackUrl: string;
  /** `required|string|url` (seed 000:2675-2677; 003:80). */
  success: string;
  /** `required|string|url` (seed 000:2680-2682; 003:81). */
  failure: string;
}

/** The body (JSON) of `checkout.createHostedPaymentLink`: Hosted Checkout - Create a Payment Link, `POST /api/v1/connect/hosted/orders/payment-link/create` (seed 000:2794-3150). */
export interface FpgoCheckoutCreateHostedPaymentLinkBody {
  /** `required|array` (seed 000:2918-2950). */
  products: FpgoList<FpgoCheckoutCreateHostedPaymentLinkBodyProductsItem>;
  /** No rule of its own: required because a member is. */
  orderSummary: FpgoCheckoutCreateHostedPaymentLinkBodyOrderSummary;
  /** `required|string|date_format:U` (seed 000:2973-2975). */
  orderDate: string;
  /** `required|string|date_format:U` (seed 000:2978-2980). */
  dueDateForPaymentLink: string;
  /** `required_with:fpgoUuid|nullable|string|in:PARTNER` (seed 000:2983-2985). Required when `fpgoUuid` is present. */
  orderFrom?: "PARTNER" | null;
  /** `nullable|string|exists:orders,uuid` (seed 000:2988-2990; 003:107). */
  fpgoUuid?: string | null;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoCheckoutCreateHostedPaymentLinkBodyCustomerDetails;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:3048-3050). */
  checkoutLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** `nullable|string` (seed 000:3053-3055). */
  referencesNo?: string | null;
  /** `nullable|string` (seed 000:3058-3060). */
  customerNotes?: string | null;
  /** No rule of its own: required because a member is. */
  callback: FpgoCheckoutCreateHostedPaymentLinkBodyCallback;
}

/** `products.*` in the body of `checkout.createHostedPaymentLink`. */
export interface FpgoCheckoutCreateHostedPaymentLinkBodyProductsItem {
  /** `required|string` (seed 000:2918-2920). */
  name: string;
  /** `nullable|string` (seed 000:2923-2925). */
  productId?: string | null;
  /** `required|numeric` (seed 000:2928-2930). */
  quantity: number | string;
  /** `required|numeric` (seed 000:2933-2935). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:2938-2940). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:2943-2945). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:2948-2950). */
  amount: number | string;
}

/** `orderSummary` in the body of `checkout.createHostedPaymentLink`. */
export interface FpgoCheckoutCreateHostedPaymentLinkBodyOrderSummary {
  /** `required|numeric` (seed 000:2953-2955). */
  subTotal: number | string;
  /** `required|numeric` (seed 000:2958-2960). */
  totalTax: number | string;
  /** `required|numeric` (seed 000:2963-2965). */
  totalDiscount: number | string;
  /** `required|numeric` (seed 000:2968-2970). */
  grandTotal: number | string;
}

/** `customerDetails` in the body of `checkout.createHostedPaymentLink`. */
export interface FpgoCheckoutCreateHostedPaymentLinkBodyCustomerDetails {
  /** `required|string|in:private,corporate` (seed 000:2993-2995). */
  type: "private" | "corporate";
  /** `required|string` (seed 000:2998-3000). */
  countryCode: string;
  /** `required|string` (seed 000:3003-3005). */
  msisdn: string;
  /** `required|email` (seed 000:3008-3010). */
  email: string;
  /** `required|string` (seed 000:3013-3015). */
  name: string;
  /** `nullable|string|size:11` (seed 000:3018-3020). */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|numeric` (seed 000:3023-3025). Required when `customerDetails.type` is "corporate". */
  organizationId?: number | string | null;
  /** No rule of its own. */
  address?: FpgoCheckoutCreateHostedPaymentLinkBodyCustomerDetailsAddress;
}

/** `customerDetails.address` in the body of `checkout.createHostedPaymentLink`. */
export interface FpgoCheckoutCreateHostedPaymentLinkBodyCustomerDetailsAddress {
  /** `nullable|string` (seed 000:3028-3030). */
  street?: string | null;
  /** `nullable|string` (seed 000:3033-3035). */
  zip?: string | null;
  /** `nullable|string` (seed 000:3038-3040). */
  city?: string | null;
  /** `nullable|string|regex:/^[A-Z]{2}$/` (seed 000:3043-3045). */
  country?: string | null;
}

/** `callback` in the body of `checkout.createHostedPaymentLink`. */
export interface FpgoCheckoutCreateHostedPaymentLinkBodyCallback {
  /** `required|string|url` (seed 000:3063-3065). */
  callbackUrl: string;
  /** `required|string|url` (seed 000:3068-3070). */
  success: string;
  /** `required|string|url` (seed 000:3073-3075). */
  failure: string;
}

/** The body (JSON) of `reservations.submit`: Submit Reservation, `POST /api/v1/connect/reservations/submit` (seed 000:3156-3543; 001:5-392). */
export interface FpgoReservationsSubmitBody {
  /** `required|array` (seed 000:3286-3288). */
  customerDetails: FpgoReservationsSubmitBodyCustomerDetails;
  /** `required|string|date_format:U` (seed 000:3356-3358). */
  orderDate: string;
  /** `required|string|date_format:U` (seed 000:3361-3363). */
  dueDateForPaymentLink: string;
  /** `nullable|string` (seed 000:3366-3368). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:3371-3373). */
  customerReference?: string | null;
  /** `required|array` (seed 000:3376-3378). */
  sendOrderBy: FpgoReservationsSubmitBodySendOrderBy;
  /** `required|array` (seed 000:3391-3393). */
  products: FpgoList<FpgoReservationsSubmitBodyProductsItem>;
  /** No rule of its own: required because a member is. */
  orderSummary: FpgoReservationsSubmitBodyOrderSummary;
  /** `nullable|string` (seed 000:3436-3438). */
  customerNotes?: string | null;
  /** `nullable|string` (seed 000:3441-3443). */
  tnc?: string | null;
  /** `nullable|string|numeric` (seed 000:3446-3448). */
  chargeValidity?: string | null;
  /** `nullable|array` (seed 000:3451-3453). */
  settings?: FpgoReservationsSubmitBodySettings | null;
  /** `nullable|array` (seed 000:3466-3468). */
  callback?: FpgoReservationsSubmitBodyCallback | null;
}

/** `customerDetails` in the body of `reservations.submit`. */
export interface FpgoReservationsSubmitBodyCustomerDetails {
  /** `required|string|in:private,corporate` (seed 000:3291-3293). */
  type: "private" | "corporate";
  /** `required|string` (seed 000:3296-3298). */
  countryCode: string;
  /** `required|string` (seed 000:3301-3303). */
  msisdn: string;
  /** `required|email` (seed 000:3306-3308). */
  email: string;
  /** `required|string` (seed 000:3311-3313). */
  name: string;
  /** `required|string|in:en,no,sv,da,de` (seed 000:3316-3318; 000:3695-3697). */
  preferredLanguage: "en" | "no" | "sv" | "da" | "de";
  /** `nullable|string|size:11` (seed 000:3321-3323). */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|string|regex:/^\d+$/` (seed 000:3326-3328). Required when `customerDetails.type` is "corporate". */
  organizationId?: string | null;
  /** `required|array` (seed 000:3331-3333). */
  address: FpgoReservationsSubmitBodyCustomerDetailsAddress;
}

/** `customerDetails.address` in the body of `reservations.submit`. */
export interface FpgoReservationsSubmitBodyCustomerDetailsAddress {
  /** `required|string` (seed 000:3336-3338). */
  street: string;
  /** `required|string` (seed 000:3341-3343). */
  zip: string;
  /** `required|string` (seed 000:3346-3348). */
  city: string;
  /** `required|string|regex:/^[A-Z]{2}$/` (seed 000:3351-3353). */
  country: string;
}

/** `sendOrderBy` in the body of `reservations.submit`. */
export interface FpgoReservationsSubmitBodySendOrderBy {
  /** `required|boolean` (seed 000:3381-3383). */
  sms: boolean | 0 | 1 | "0" | "1";
  /** `required|boolean` (seed 000:3386-3388). */
  email: boolean | 0 | 1 | "0" | "1";
}

/** `products.*` in the body of `reservations.submit`. */
export interface FpgoReservationsSubmitBodyProductsItem {
  /** `required|string` (seed 000:3396-3398). */
  name: string;
  /** `nullable|string` (seed 000:3401-3403). */
  productId?: string | null;
  /** `required|numeric` (seed 000:3406-3408). */
  rate: number | string;
  /** `required|numeric|in:0,12,15,25` (seed 000:3411-3413). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:3416-3418). */
  amount: number | string;
}

/** `orderSummary` in the body of `reservations.submit`. */
export interface FpgoReservationsSubmitBodyOrderSummary {
  /** `required|numeric` (seed 000:3421-3423). */
  subTotal: number | string;
  /** `required|numeric` (seed 000:3426-3428). */
  totalTax: number | string;
  /** `required|numeric` (seed 000:3431-3433). */
  grandTotal: number | string;
}

/** `settings` in the body of `reservations.submit`. */
export interface FpgoReservationsSubmitBodySettings {
  /** `nullable|boolean` (seed 000:3456-3458). */
  secureDetails?: boolean | 0 | 1 | "0" | "1" | null;
  /** `nullable|boolean` (seed 000:3461-3463). */
  isChargePartiallyRefundable?: boolean | 0 | 1 | "0" | "1" | null;
}

/** `callback` in the body of `reservations.submit`. */
export interface FpgoReservationsSubmitBodyCallback {
  /** `nullable|string|url` (seed 000:3471-3473). */
  callbackUrl?: string | null;
}

/** The body (JSON) of `reservations.createSession`: Create Session for Reservation, `POST /api/v1/connect/reservations/create` (seed 000:3545-3942; 001:394-791). */
export interface FpgoReservationsCreateSessionBody {
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoReservationsCreateSessionBodyCustomerDetails;
  /** `required|string|date_format:U` (seed 000:3735-3737). */
  orderDate: string;
  /** `required|string|date_format:U` (seed 000:3740-3742). */
  dueDateForPaymentLink: string;
  /** `nullable|string` (seed 000:3745-3747). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:3750-3752). */
  customerReference?: string | null;
  /** `required|array` (seed 000:3755-3757). */
  sendOrderBy: FpgoReservationsCreateSessionBodySendOrderBy;
  /** `required|array` (seed 000:3770-3772). */
  products: FpgoList<FpgoReservationsCreateSessionBodyProductsItem>;
  /** No rule of its own: required because a member is. */
  orderSummary: FpgoReservationsCreateSessionBodyOrderSummary;
  /** `nullable|string` (seed 000:3815-3817). */
  customerNotes?: string | null;
  /** `nullable|string` (seed 000:3820-3822). */
  tnc?: string | null;
  /** `nullable|string|regex:/^\d+$/` (seed 000:3825-3827). */
  chargeValidity?: string | null;
  /** `required|array` (seed 000:3830-3832). */
  submitPayment: FpgoReservationsCreateSessionBodySubmitPayment;
  /** `nullable|array` (seed 000:3840-3842). */
  callback?: FpgoReservationsCreateSessionBodyCallback | null;
  /** `nullable|array` (seed 000:3860-3862). */
  settings?: FpgoReservationsCreateSessionBodySettings | null;
}

/** `customerDetails` in the body of `reservations.createSession`. */
export interface FpgoReservationsCreateSessionBodyCustomerDetails {
  /** `required|string|in:private,corporate` (seed 000:3670-3672). */
  type: "private" | "corporate";
  /** `required|string` (seed 000:3675-3677). */
  countryCode: string;
  /** `required|string` (seed 000:3680-3682). */
  msisdn: string;
  /** `required|email` (seed 000:3685-3687). */
  email: string;
  /** `required|string` (seed 000:3690-3692). */
  name: string;
  /** `required|string|in:en,no,sv,da,de` (seed 000:3695-3697). */
  preferredLanguage: "en" | "no" | "sv" | "da" | "de";
  /** `nullable|string|digits:11` (seed 000:3700-3702). */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|string|regex:/^\d+$/` (seed 000:3705-3707). Required when `customerDetails.type` is "corporate". */
  organizationId?: string | null;
  /** `required|array` (seed 000:3710-3712). */
  address: FpgoReservationsCreateSessionBodyCustomerDetailsAddress;
}

/** `customerDetails.address` in the body of `reservations.createSession`. */
export interface FpgoReservationsCreateSessionBodyCustomerDetailsAddress {
  /** `required|string` (seed 000:3715-3717). */
  street: string;
  /** `required|string` (seed 000:3720-3722). */
  zip: string;
  /** `required|string` (seed 000:3725-3727). */
  city: string;
  /** `required|string|regex:/^[A-Z]{2}$/` (seed 000:3730-3732). */
  country: string;
}

/** `sendOrderBy` in the body of `reservations.createSession`. */
export interface FpgoReservationsCreateSessionBodySendOrderBy {
  /** `required|boolean` (seed 000:3760-3762). */
  sms: boolean | 0 | 1 | "0" | "1";
  /** `required|boolean` (seed 000:3765-3767). */
  email: boolean | 0 | 1 | "0" | "1";
}

/** `products.*` in the body of `reservations.createSession`. */
export interface FpgoReservationsCreateSessionBodyProductsItem {
  /** `required|string` (seed 000:3775-3777). */
  name: string;
  /** `nullable|string` (seed 000:3780-3782). */
  productId?: string | null;
  /** `required|numeric` (seed 000:3785-3787). */
  rate: number | string;
  /** `required|numeric|in:0,12,15,25` (seed 000:3790-3792). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:3795-3797). */
  amount: number | string;
}

/** `orderSummary` in the body of `reservations.createSession`. */
export interface FpgoReservationsCreateSessionBodyOrderSummary {
  /** `required|numeric` (seed 000:3800-3802). */
  subTotal: number | string;
  /** `required|numeric` (seed 000:3805-3807). */
  totalTax: number | string;
  /** `required|numeric` (seed 000:3810-3812). */
  grandTotal: number | string;
}

/** `submitPayment` in the body of `reservations.createSession`. */
export interface FpgoReservationsCreateSessionBodySubmitPayment {
  /** `required|string|in:visa,mastercard` (seed 000:3835-3837). */
  via: "visa" | "mastercard";
}

/** `callback` in the body of `reservations.createSession`. */
export interface FpgoReservationsCreateSessionBodyCallback {
  /** `nullable|string|url` (seed 000:3845-3847). */
  callbackUrl?: string | null;
  /** `nullable|string|url` (seed 000:3850-3852). */
  success?: string | null;
  /** `nullable|string|url` (seed 000:3855-3857). */
  failure?: string | null;
}

/** `settings` in the body of `reservations.createSession`. */
export interface FpgoReservationsCreateSessionBodySettings {
  /** `nullable|boolean` (seed 000:3865-3867). */
  secureDetails?: boolean | 0 | 1 | "0" | "1" | null;
  /** `nullable|boolean` (seed 000:3870-3872). */
  isChargePartiallyRefundable?: boolean | 0 | 1 | "0" | "1" | null;
}

/** The path parameters (strings in the URL) of `reservations.getDetails`: Get Reservation Details By UUID, `GET /api/v1/connect/reservations/details/{reservationUuid}` (seed 000:3944-4112; 001:793-961). */
export interface FpgoReservationsGetDetailsPathParams {
  /** `required|string` (seed 000:3961). */
  reservationUuid: string;
}

/** The path parameters (strings in the URL) of `reservations.capture`: Capture Reservation, `POST /api/v1/connect/reservations/capture/{reservationUuid}` (seed 000:4114-4288; 001:963-1137). */
export interface FpgoReservationsCapturePathParams {
  /** `required|string` (seed 000:4132). */
  reservationUuid: string;
}

/** The body (JSON) of `reservations.capture`: Capture Reservation, `POST /api/v1/connect/reservations/capture/{reservationUuid}` (seed 000:4114-4288; 001:963-1137). */
export interface FpgoReservationsCaptureBody {
  /** `required|array` (seed 000:4180-4187). */
  products: FpgoList<FpgoReservationsCaptureBodyProductsItem>;
  /** `required|numeric` (seed 000:4190-4192). */
  grandTotal: number | string;
  /** `nullable|string` (seed 000:4195-4197). */
  additionalText?: string | null;
}

/** `products.*` in the body of `reservations.capture`. */
export interface FpgoReservationsCaptureBodyProductsItem {
  /** `required|numeric` (seed 000:4180-4182). */
  id: number | string;
  /** `required|numeric` (seed 000:4185-4187). */
  amount: number | string;
}

/** The path parameters (strings in the URL) of `reservations.charge`: Charge Reservation, `POST /api/v1/connect/reservations/charge/{reservationUuid}` (seed 000:4290-4481; 001:1139-1330). */
export interface FpgoReservationsChargePathParams {
  /** `required|string` (seed 000:4311). */
  reservationUuid: string;
}

/** The body (JSON) of `reservations.charge`: Charge Reservation, `POST /api/v1/connect/reservations/charge/{reservationUuid}` (seed 000:4290-4481; 001:1139-1330). */
export interface FpgoReservationsChargeBody {
  /** `required|array` (seed 000:4358-4380). */
  products: FpgoList<FpgoReservationsChargeBodyProductsItem>;
  /** `required|numeric` (seed 000:4383-4385). */
  grandTotal: number | string;
  /** `nullable|string` (seed 000:4388-4390). */
  additionalText?: string | null;
}

/** `products.*` in the body of `reservations.charge`. */
export interface FpgoReservationsChargeBodyProductsItem {
  /** `required|string` (seed 000:4358-4360). */
  name: string;
  /** `nullable|string` (seed 000:4363-4365). */
  productId?: string | null;
  /** `required|numeric` (seed 000:4368-4370). */
  rate: number | string;
  /** `required|numeric|in:0,12,15,25` (seed 000:4373-4375). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:4378-4380). */
  amount: number | string;
}

/** The path parameters (strings in the URL) of `reservations.cancel`: Cancel Reservation, `GET /api/v1/connect/reservations/cancel/{reservationUuid}` (seed 000:4483-4620; 001:1332-1469). */
export interface FpgoReservationsCancelPathParams {
  /** `required|string` (seed 000:4500). */
  reservationUuid: string;
}

/** The body (JSON) of `reservations.cancel`: Cancel Reservation, `GET /api/v1/connect/reservations/cancel/{reservationUuid}` (seed 000:4483-4620; 001:1332-1469). */
export interface FpgoReservationsCancelBody {
  /** `required|string` (seed 000:4537-4539). */
  note: string;
}

/** The path parameters (strings in the URL) of `reservations.complete`: Complete Reservation, `POST /api/v1/connect/reservations/complete/{reservationUuid}` (seed 000:4622-4747; 001:1471-1596). */
export interface FpgoReservationsCompletePathParams {
  /** `required|string` (seed 000:4641). */
  reservationUuid: string;
}

/** The body (JSON) of `reservations.complete`: Complete Reservation, `POST /api/v1/connect/reservations/complete/{reservationUuid}` (seed 000:4622-4747; 001:1471-1596). */
export interface FpgoReservationsCompleteBody {
  /** `required|string` (seed 000:4678-4680). */
  note: string;
}

/** The path parameters (strings in the URL) of `reservations.resend`: Resend Reservation, `POST /api/v1/connect/reservations/resend/{reservationUuid}` (seed 000:4749-4900; 001:1598-1749). */
export interface FpgoReservationsResendPathParams {
  /** `required|string` (seed 000:4772). */
  reservationUuid: string;
}

/** The body (JSON) of `reservations.resend`: Resend Reservation, `POST /api/v1/connect/reservations/resend/{reservationUuid}` (seed 000:4749-4900; 001:1598-1749). */
export interface FpgoReservationsResendBody {
  /** `required_without:email|required_with:msisdn|nullable|string` (seed 000:4812-4814; 000:4753-4755). Required when `email` is absent. Required when `msisdn` is present. */
  countryCode?: string | null;
  /** `required_without:email|required_with:countryCode|nullable|string` (seed 000:4817-4819; 000:4753-4755). Required when `email` is absent. Required when `countryCode` is present. */
  msisdn?: string | null;
  /** `nullable|email` (seed 000:4822-4824; 000:4754). */
  email?: string | null;
}

/** The path parameters (strings in the URL) of `reservations.refund`: Refund Reservation, `POST /api/v1/connect/reservations/refund/{reservationUuid}` (seed 000:4902-5097; 001:1751-1946). */
export interface FpgoReservationsRefundPathParams {
  /** `required|string` (seed 000:4915). */
  reservationUuid: string;
}

/** The body (JSON) of `reservations.refund`: Refund Reservation, `POST /api/v1/connect/reservations/refund/{reservationUuid}` (seed 000:4902-5097; 001:1751-1946). */
export interface FpgoReservationsRefundBody {
  /** `required|string|in:reservation` (seed 000:4962-4964). */
  type: "reservation";
  /** `required|numeric` (seed 000:4967-4969). */
  grandTotal: number | string;
  /** `required|array` (seed 000:4972-4979). */
  products: FpgoList<FpgoReservationsRefundBodyProductsItem>;
  /** `required|string|in:captured,charged` (seed 000:4982-4984). */
  source: "captured" | "charged";
  /** `required|string` (seed 000:4987-4989). */
  reference: string;
}

/** `products.*` in the body of `reservations.refund`. */
export interface FpgoReservationsRefundBodyProductsItem {
  /** `required|numeric` (seed 000:4972-4974). */
  id: number | string;
  /** `required|numeric` (seed 000:4977-4979). */
  amount: number | string;
}

/** The path parameters (strings in the URL) of `reservations.getHistory`: Get Reservation History, `GET /api/v1/connect/reservations/history/{startTimestamp}/{endTimestamp}` (seed 000:5099-5161; 001:1948-2010). */
export interface FpgoReservationsGetHistoryPathParams {
  /** `required|string|date_format:U` (seed 000:5112). */
  startTimestamp: string;
  /** `required|string|date_format:U` (seed 000:5112). */
  endTimestamp: string;
}

/** The body (JSON) of `subscriptions.create`: Create Subscription, `POST /api/v1/connect/subscriptions/submit` (seed 000:5167-5402). */
export interface FpgoSubscriptionsCreateBody {
  /** No rule of its own. */
  products?: FpgoList<FpgoSubscriptionsCreateBodyProductsItem>;
  /** `required|string` (seed 000:5279-5281). */
  billingFrequency: string;
  /** `required|numeric` (seed 000:5284-5286). */
  numberOfRepeats: number | string;
  /** No rule of its own: required because a member is. */
  orderSummary: FpgoSubscriptionsCreateBodyOrderSummary;
  /** `required|string` (seed 000:5314-5316). */
  subscriptionStartDate: string;
  /** `required|string` (seed 000:5319-5321). */
  subscriptionEndsDate: string;
  /** `required|string` (seed 000:5324-5326). */
  dueDateForPaymentLink: string;
  /** No rule of its own: required because a member is. */
  sendOrderBy: FpgoSubscriptionsCreateBodySendOrderBy;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoSubscriptionsCreateBodyCustomerDetails;
}

/** `products.*` in the body of `subscriptions.create`. */
export interface FpgoSubscriptionsCreateBodyProductsItem {
  /** `required|string` (seed 000:5244-5246). */
  name: string;
  /** `nullable|string` (seed 000:5249-5251). */
  productId?: string | null;
  /** `required|numeric` (seed 000:5254-5256). */
  quantity: number | string;
  /** `required|numeric` (seed 000:5259-5261). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:5264-5266). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:5269-5271). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:5274-5276). */
  amount: number | string;
}

/** `orderSummary` in the body of `subscriptions.create`. */
export interface FpgoSubscriptionsCreateBodyOrderSummary {
  /** `required|numeric` (seed 000:5289-5291). */
  subTotal: number | string;
  /** `required|numeric` (seed 000:5294-5296). */
  totalTax: number | string;
  /** `required|numeric` (seed 000:5299-5301). */
  totalDiscount: number | string;
  /** `required|numeric` (seed 000:5304-5306). */
  grandTotal: number | string;
  /** `required|numeric` (seed 000:5309-5311). */
  payablePerCycle: number | string;
}

/** `sendOrderBy` in the body of `subscriptions.create`. */
export interface FpgoSubscriptionsCreateBodySendOrderBy {
  /** `required|boolean` (seed 000:5329-5331). */
  sms: boolean | 0 | 1 | "0" | "1";
  /** `required|boolean` (seed 000:5334-5336). */
  email: boolean | 0 | 1 | "0" | "1";
}

/** `customerDetails` in the body of `subscriptions.create`. */
export interface FpgoSubscriptionsCreateBodyCustomerDetails {
  /** `required|string|in:private,corporate` (seed 000:5339-5341). */
  type: "private" | "corporate";
  /** `required|string` (seed 000:5344-5346). */
  countryCode: string;
  /** `required|string` (seed 000:5349-5351). */
  msisdn: string;
  /** `required|email` (seed 000:5354-5356). */
  email: string;
  /** `required|string` (seed 000:5359-5361). */
  name: string;
  /** `nullable|string|size:11` (seed 000:5364-5366). */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|string|regex:/^[0-9]+$/` (seed 000:5369-5371). Required when `customerDetails.type` is "corporate". */
  organizationId?: string | null;
}

/** The body (JSON) of `subscriptions.createSession`: Create Session For Subscription Payment, `POST /api/v1/connect/subscription/create` (seed 000:5404-5590). */
export interface FpgoSubscriptionsCreateSessionBody {
  /** No rule of its own. */
  products?: FpgoList<FpgoSubscriptionsCreateSessionBodyProductsItem>;
  /** `required|string` (seed 000:5504). */
  billingFrequency: string;
  /** `required|numeric` (seed 000:5505). */
  numberOfRepeats: number | string;
  /** No rule of its own: required because a member is. */
  orderSummary: FpgoSubscriptionsCreateSessionBodyOrderSummary;
  /** `required|string` (seed 000:5511). */
  subscriptionStartDate: string;
  /** `required|string` (seed 000:5512). */
  subscriptionEndsDate: string;
  /** `required|string` (seed 000:5513). */
  dueDateForPaymentLink: string;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoSubscriptionsCreateSessionBodyCustomerDetails;
  /** `nullable|string` (seed 000:5527). */
  customerNotes?: string | null;
  /** `nullable|string` (seed 000:5528). */
  termsAndConditions?: string | null;
  /** No rule of its own: required because a member is. */
  submitPayment: FpgoSubscriptionsCreateSessionBodySubmitPayment;
  /** `nullable|array` (seed 000:5531). */
  settings?: FpgoSubscriptionsCreateSessionBodySettings | null;
  /** No rule of its own: required because a member is. */
  callback: FpgoSubscriptionsCreateSessionBodyCallback;
}

/** `products.*` in the body of `subscriptions.createSession`. */
export interface FpgoSubscriptionsCreateSessionBodyProductsItem {
  /** `required|string` (seed 000:5497). */
  name: string;
  /** `nullable|string|max:25` (seed 000:5498). */
  productId?: string | null;
  /** `required|numeric` (seed 000:5499). */
  quantity: number | string;
  /** `required|numeric` (seed 000:5500). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:5501). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:5502; 000:5269-5271). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:5503). */
  amount: number | string;
}

/** `orderSummary` in the body of `subscriptions.createSession`. */
export interface FpgoSubscriptionsCreateSessionBodyOrderSummary {
  /** `required|numeric` (seed 000:5506). */
  subTotal: number | string;
  /** `required|numeric` (seed 000:5507). */
  totalTax: number | string;
  /** `required|numeric` (seed 000:5508). */
  totalDiscount: number | string;
  /** `required|numeric` (seed 000:5509). */
  grandTotal: number | string;
  /** `required|numeric` (seed 000:5510). */
  payablePerCycle: number | string;
}

/** `customerDetails` in the body of `subscriptions.createSession`. */
export interface FpgoSubscriptionsCreateSessionBodyCustomerDetails {
  /** `required|nullable|string|in:private,corporate` (seed 000:5514; 000:5339-5341). */
  type: "private" | "corporate";
  /** `required|nullable|string` (seed 000:5515). */
  countryCode: string;
  /** `required|nullable|string` (seed 000:5516). */
  msisdn: string;
  /** `required|nullable|email` (seed 000:5517). */
  email: string;
  /** `required|string` (seed 000:5518). */
  name: string;
  /** `nullable|string|size:11` (seed 000:5519). */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|string|regex:/^[a-zA-Z0-9]+$/` (seed 000:5520). Required when `customerDetails.type` is "corporate". */
  organizationId?: string | null;
  /** `required|string` (seed 000:5521). */
  preferredLanguage: string;
  /** `required|array` (seed 000:5522). */
  address: FpgoSubscriptionsCreateSessionBodyCustomerDetailsAddress;
}

/** `customerDetails.address` in the body of `subscriptions.createSession`. */
export interface FpgoSubscriptionsCreateSessionBodyCustomerDetailsAddress {
  /** `required|string` (seed 000:5523). */
  street: string;
  /** `required|string` (seed 000:5524). */
  zip: string;
  /** `required|string` (seed 000:5525). */
  city: string;
  /** `required|string|regex:/^[A-Z]{2}$/` (seed 000:5526). */
  country: string;
}

/** `submitPayment` in the body of `subscriptions.createSession`. */
export interface FpgoSubscriptionsCreateSessionBodySubmitPayment {
  /** `required|string` (seed 000:5529). */
  currency: string;
  /** `nullable|string` (seed 000:5530). */
  via?: string | null;
}

/** `settings` in the body of `subscriptions.createSession`. */
export interface FpgoSubscriptionsCreateSessionBodySettings {
  /** `nullable|boolean` (seed 000:5532). */
  secureDetails?: boolean | 0 | 1 | "0" | "1" | null;
}

/** `callback` in the body of `subscriptions.createSession`. */
export interface FpgoSubscriptionsCreateSessionBodyCallback {
  /** `required|url` (seed 000:5533). */
  success: string;
  /** `required|url` (seed 000:5534). */
  failure: string;
}

/** The path parameters (strings in the URL) of `subscriptions.list`: Get Subscription List, `GET /api/v1/connect/subscriptions/list/{status?}` (seed 000:5592-5739). */
export interface FpgoSubscriptionsListPathParams {
  /** `nullable|string` (seed 000:5599). */
  status?: string | null;
}

/** The query parameters (strings in the URL) of `subscriptions.list`: Get Subscription List, `GET /api/v1/connect/subscriptions/list/{status?}` (seed 000:5592-5739). */
export interface FpgoSubscriptionsListQuery {
  /** `nullable|integer` (seed 000:5603). */
  page?: number | string | null;
  /** `nullable|string` (seed 000:5604). */
  phone?: string | null;
  /** `nullable|string` (seed 000:5605). */
  customerName?: string | null;
  /** `required_with:endDate|nullable|date_format:Y-m-d` (seed 000:5606-5607). Required when `endDate` is present. */
  startDate?: string | number | null;
  /** `required_with:startDate|nullable|date_format:Y-m-d` (seed 000:5606-5607). Required when `startDate` is present. */
  endDate?: string | number | null;
}

/** The path parameters (strings in the URL) of `subscriptions.listFailedPayments`: Get Failed Payment List, `GET /api/v1/connect/subscriptions/failed/list/{status?}` (seed 000:5741-5853). */
export interface FpgoSubscriptionsListFailedPaymentsPathParams {
  /** `nullable|string` (seed 000:5748). */
  status?: string | null;
}

/** The query parameters (strings in the URL) of `subscriptions.listFailedPayments`: Get Failed Payment List, `GET /api/v1/connect/subscriptions/failed/list/{status?}` (seed 000:5741-5853). */
export interface FpgoSubscriptionsListFailedPaymentsQuery {
  /** `nullable|integer` (seed 000:5752). */
  page?: number | string | null;
  /** `nullable|string` (seed 000:5753). */
  subscriptionUuid?: string | null;
  /** `nullable|string` (seed 000:5754). */
  phone?: string | null;
  /** `nullable|string` (seed 000:5755). */
  customerName?: string | null;
  /** `required_with:endDate|nullable|date_format:Y-m-d` (seed 000:5756-5757). Required when `endDate` is present. */
  startDate?: string | number | null;
  /** `required_with:startDate|nullable|date_format:Y-m-d` (seed 000:5756-5757). Required when `startDate` is present. */
  endDate?: string | number | null;
}

/** The path parameters (strings in the URL) of `subscriptions.getDetails`: Get Subscription Details By Uuid, `GET /api/v1/connect/subscriptions/details/{subscriptionUuid}` (seed 000:5855-6080). */
export interface FpgoSubscriptionsGetDetailsPathParams {
  /** `required|string` (seed 000:5862). */
  subscriptionUuid: string;
}

/** The path parameters (strings in the URL) of `subscriptions.getFailedPaymentDetails`: Get Failed Payment Details, `GET /api/v1/connect/subscriptions/failed/details/{orderUuid}` (seed 000:6082-6179). */
export interface FpgoSubscriptionsGetFailedPaymentDetailsPathParams {
  /** `required|string` (seed 000:6089). */
  orderUuid: string;
}

/** The path parameters (strings in the URL) of `subscriptions.resend`: Resend Subscription, `POST /api/v1/connect/subscriptions/resend/{subscriptionUuid}` (seed 000:6181-6220). */
export interface FpgoSubscriptionsResendPathParams {
  /** `required|string` (seed 000:6188). */
  subscriptionUuid: string;
}

/** The body (JSON) of `subscriptions.resend`: Resend Subscription, `POST /api/v1/connect/subscriptions/resend/{subscriptionUuid}` (seed 000:6181-6220). */
export interface FpgoSubscriptionsResendBody {
  /** `nullable|string` (seed 000:6192). */
  orderUuid?: string | null;
  /** `nullable|string` (seed 000:6193). */
  countryCode?: string | null;
  /** `nullable|string` (seed 000:6194). */
  msisdn?: string | null;
  /** `nullable|string` (seed 000:6195). */
  email?: string | null;
}

/** The path parameters (strings in the URL) of `subscriptions.cancel`: Cancel Subscription, `POST /api/v1/connect/subscriptions/cancel/{subscriptionUuid}` (seed 000:6222-6265). */
export interface FpgoSubscriptionsCancelPathParams {
  /** `required|string` (seed 000:6228). */
  subscriptionUuid: string;
}

/** The body (JSON) of `subscriptions.cancel`: Cancel Subscription, `POST /api/v1/connect/subscriptions/cancel/{subscriptionUuid}` (seed 000:6222-6265). */
export interface FpgoSubscriptionsCancelBody {
  /** `nullable|string` (seed 000:6229-6231). */
  note?: string | null;
}

/** The path parameters (strings in the URL) of `subscriptions.refundCycles`: Refund Subscription Cycle, `POST /api/v1/connect/subscriptions/cycles/refund/{subscriptionUuid}` (seed 000:6267-6347). */
export interface FpgoSubscriptionsRefundCyclesPathParams {
  /** `required|string` (seed 000:6274). */
  subscriptionUuid: string;
}

/** The body (JSON) of `subscriptions.refundCycles`: Refund Subscription Cycle, `POST /api/v1/connect/subscriptions/cycles/refund/{subscriptionUuid}` (seed 000:6267-6347). */
export interface FpgoSubscriptionsRefundCyclesBody {
  /** `required|array` (seed 000:6286). */
  cycles: readonly unknown[] | { readonly [key: string]: unknown };
  /** `required|numeric` (seed 000:6287). */
  amount: number | string;
}

/** The path parameters (strings in the URL) of `customers.getDetails`: Get Customer Details By Uuid, `GET /api/v1/connect/customers/details/{customerUuid}` (seed 000:6434-6520). */
export interface FpgoCustomersGetDetailsPathParams {
  /** `required|string|exists:customers,uuid` (seed 000:6443; 000:6497-6506). */
  customerUuid: string;
}

/** The path parameters (strings in the URL) of `customers.updatePrivate`: Update Private Customer, `PUT /api/v1/connect/customers/update/private/{customerUuid}` (seed 000:6522-6683). */
export interface FpgoCustomersUpdatePrivatePathParams {
  /** `required|string` (seed 000:6532). */
  customerUuid: string;
}

/** The body (JSON) of `customers.updatePrivate`: Update Private Customer, `PUT /api/v1/connect/customers/update/private/{customerUuid}` (seed 000:6522-6683). */
export interface FpgoCustomersUpdatePrivateBody {
  /** `required|string` (seed 000:6584-6586). */
  name: string;
  /** `required|email` (seed 000:6589-6591). */
  email: string;
  /** `required|string` (seed 000:6594-6596). */
  countryCode: string;
  /** `required|string` (seed 000:6599-6601). */
  msisdn: string;
  /** `required|string|in:en,no,sv,da,de` (seed 000:6604-6606). */
  preferredLanguage: "en" | "no" | "sv" | "da" | "de";
  /** `nullable|string|digits:11` (seed 000:6609-6611). */
  personalNumber?: string | null;
  /** `required|array` (seed 000:6614-6616). */
  addresses: FpgoCustomersUpdatePrivateBodyAddresses;
}

/** `addresses` in the body of `customers.updatePrivate`. */
export interface FpgoCustomersUpdatePrivateBodyAddresses {
  /** No rule of its own: required because a member is. */
  billing: FpgoCustomersUpdatePrivateBodyAddressesBilling;
  /** No rule of its own. */
  shipping?: FpgoCustomersUpdatePrivateBodyAddressesShipping;
}

/** `addresses.billing` in the body of `customers.updatePrivate`. */
export interface FpgoCustomersUpdatePrivateBodyAddressesBilling {
  /** `required|string` (seed 000:6619-6621). */
  street: string;
  /** `required|string` (seed 000:6624-6626). */
  zip: string;
  /** `required|string` (seed 000:6629-6631). */
  city: string;
  /** `required|string|regex:/^[A-Z]{2}$/` (seed 000:6634-6636). */
  country: string;
}

/** `addresses.shipping` in the body of `customers.updatePrivate`. */
export interface FpgoCustomersUpdatePrivateBodyAddressesShipping {
  /** `nullable|string` (seed 000:6639-6641). */
  street?: string | null;
  /** `nullable|string` (seed 000:6644-6646). */
  zip?: string | null;
  /** `nullable|string` (seed 000:6649-6651). */
  city?: string | null;
  /** `nullable|string|regex:/^[A-Z]{2}$/` (seed 000:6654-6656). */
  country?: string | null;
}

/** The path parameters (strings in the URL) of `customers.updateCorporate`: Update Corporate Customer, `PUT /api/v1/connect/customers/update/corporate/{customerUuid}` (seed 000:6685-6886). */
export interface FpgoCustomersUpdateCorporatePathParams {
  /** `required|string` (seed 000:6695). */
  customerUuid: string;
}

/** The body (JSON) of `customers.updateCorporate`: Update Corporate Customer, `PUT /api/v1/connect/customers/update/corporate/{customerUuid}` (seed 000:6685-6886). */
export interface FpgoCustomersUpdateCorporateBody {
  /** `required|string` (seed 000:6757-6759). */
  name: string;
  /** `required|email` (seed 000:6762-6764). */
  email: string;
  /** `required|string` (seed 000:6767-6769). */
  countryCode: string;
  /** `required|string` (seed 000:6772-6774). */
  msisdn: string;
  /** `required|string|in:en,no,sv,da,de` (seed 000:6777-6779). */
  preferredLanguage: "en" | "no" | "sv" | "da" | "de";
  /** `nullable|string|regex:/^[0-9]+$/` (seed 000:6782-6784). */
  organizationId?: string | null;
  /** `required|array` (seed 000:6787-6789). */
  addresses: FpgoCustomersUpdateCorporateBodyAddresses;
  /** No rule of its own. */
  additionalContact?: FpgoList<FpgoCustomersUpdateCorporateBodyAdditionalContactItem>;
}

/** `addresses` in the body of `customers.updateCorporate`. */
export interface FpgoCustomersUpdateCorporateBodyAddresses {
  /** No rule of its own: required because a member is. */
  billing: FpgoCustomersUpdateCorporateBodyAddressesBilling;
  /** No rule of its own. */
  shipping?: FpgoCustomersUpdateCorporateBodyAddressesShipping;
}

/** `addresses.billing` in the body of `customers.updateCorporate`. */
export interface FpgoCustomersUpdateCorporateBodyAddressesBilling {
  /** `required|string` (seed 000:6792-6794). */
  street: string;
  /** `required|string` (seed 000:6797-6799). */
  zip: string;
  /** `required|string` (seed 000:6802-6804). */
  city: string;
  /** `required|string|regex:/^[A-Z]{2}$/` (seed 000:6807-6809). */
  country: string;
}

/** `addresses.shipping` in the body of `customers.updateCorporate`. */
export interface FpgoCustomersUpdateCorporateBodyAddressesShipping {
  /** `nullable|string` (seed 000:6812-6814). */
  street?: string | null;
  /** `nullable|string` (seed 000:6817-6819). */
  zip?: string | null;
  /** `nullable|string` (seed 000:6822-6824). */
  city?: string | null;
  /** `nullable|string|regex:/^[A-Z]{2}$/` (seed 000:6827-6829). */
  country?: string | null;
}

/** `additionalContact.*` in the body of `customers.updateCorporate`. */
export interface FpgoCustomersUpdateCorporateBodyAdditionalContactItem {
  /** `nullable|string` (seed 000:6832-6834). */
  name?: string | null;
  /** `nullable|string` (seed 000:6837-6839). */
  designation?: string | null;
  /** `nullable|string` (seed 000:6842-6844). */
  countryCode?: string | null;
  /** `nullable|string` (seed 000:6847-6849). */
  msisdn?: string | null;
  /** `nullable|string` (seed 000:6852-6854). */
  email?: string | null;
  /** `nullable|string` (seed 000:6857-6859). */
  note?: string | null;
}

/** The path parameters (strings in the URL) of `refunds.requestApproval`: Request Refund Approval, `POST /api/v1/orders/refund/request/approval/{orderUuid}` (seed 000:6892-7076). */
export interface FpgoRefundsRequestApprovalPathParams {
  /** `required|string|exists:orders,uuid` (seed 000:6901; 000:7000-7009). */
  orderUuid: string;
}

/** The body (JSON) of `refunds.requestApproval`: Request Refund Approval, `POST /api/v1/orders/refund/request/approval/{orderUuid}` (seed 000:6892-7076). */
export interface FpgoRefundsRequestApprovalBody {
  /** `required|string|in:regular,invoiced,reservation` (seed 000:6947-6949). */
  type: "regular" | "invoiced" | "reservation";
  /** `required|numeric` (seed 000:6952-6954). */
  grandTotal: number | string;
  /** No rule of its own. */
  products?: FpgoList<FpgoRefundsRequestApprovalBodyProductsItem>;
  /** `required|string` (seed 000:6967-6969). */
  message: string;
  /** `required_if:type,reservation|nullable|string|in:captured,charged` (seed 000:6972-6974). Required when `type` is "reservation". */
  source?: "captured" | "charged" | null;
  /** `required_if:type,reservation|nullable|string` (seed 000:6977-6979). Required when `type` is "reservation". */
  reference?: string | null;
}

/** `products.*` in the body of `refunds.requestApproval`. */
export interface FpgoRefundsRequestApprovalBodyProductsItem {
  /** `required|numeric` (seed 000:6957-6959). */
  id: number | string;
  /** `required|numeric` (seed 000:6962-6964). */
  amount: number | string;
}

/** The path parameters (strings in the URL) of `terminal.listTerminals`: Get Terminal Lists, `GET /api/v1/connect/terminal/lists/{organizationUuid}` (seed 000:7082-7136). */
export interface FpgoTerminalListTerminalsPathParams {
  /** `required|string` (seed 000:7092; 000:7084). */
  organizationUuid: string;
}

/** The body (JSON) of `terminal.createOrder`: Create Terminal Order, `POST /api/v1/connect/terminal/orders/create` (seed 000:7138-7499). */
export interface FpgoTerminalCreateOrderBody {
  /** No rule of its own. */
  products?: FpgoList<FpgoTerminalCreateOrderBodyProductsItem>;
  /** No rule of its own: required because a member is. */
  orderSummary: FpgoTerminalCreateOrderBodyOrderSummary;
  /** `required|array` (seed 000:7286-7288). */
  sendOrderBy: FpgoTerminalCreateOrderBodySendOrderBy;
  /** `required|string` (seed 000:7301-7303). */
  orderDate: string;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoTerminalCreateOrderBodyCustomerDetails;
  /** `required|boolean` (seed 000:7366-7368). */
  receiptPrint: boolean | 0 | 1 | "0" | "1";
  /** `required|string` (seed 000:7371-7373). */
  terminalUuid: string;
  /** No rule of its own. */
  invoiceReferences?: FpgoTerminalCreateOrderBodyInvoiceReferences;
  /** `nullable|url` (seed 000:7396-7398). */
  callbackUrl?: string | null;
}

/** `products.*` in the body of `terminal.createOrder`. */
export interface FpgoTerminalCreateOrderBodyProductsItem {
  /** `required|string` (seed 000:7231-7233). */
  name: string;
  /** `nullable|string` (seed 000:7236-7238). */
  productId?: string | null;
  /** `required|numeric` (seed 000:7241-7243). */
  quantity: number | string;
  /** `required|numeric` (seed 000:7246-7248). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:7251-7253). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:7256-7258). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:7261-7263). */
  amount: number | string;
}

/** `orderSummary` in the body of `terminal.createOrder`. */
export interface FpgoTerminalCreateOrderBodyOrderSummary {
  /** `required|numeric` (seed 000:7266-7268). */
  subTotal: number | string;
  /** `required|numeric` (seed 000:7271-7273). */
  totalTax: number | string;
  /** `required|numeric` (seed 000:7276-7278). */
  totalDiscount: number | string;
  /** `required|numeric` (seed 000:7281-7283). */
  grandTotal: number | string;
}

/** `sendOrderBy` in the body of `terminal.createOrder`. */
export interface FpgoTerminalCreateOrderBodySendOrderBy {
  /** `required|boolean` (seed 000:7291-7293). */
  sms: boolean | 0 | 1 | "0" | "1";
  /** `required|boolean` (seed 000:7296-7298). */
  email: boolean | 0 | 1 | "0" | "1";
}

/** `customerDetails` in the body of `terminal.createOrder`. */
export interface FpgoTerminalCreateOrderBodyCustomerDetails {
  /** `required|string` (seed 000:7306-7308). */
  countryCode: string;
  /** `required|string` (seed 000:7311-7313). */
  msisdn: string;
  /** `required|email` (seed 000:7316-7318). */
  email: string;
  /** `required|string` (seed 000:7321-7323). */
  name: string;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:7326-7328). */
  preferredLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** `required|string|in:private,corporate` (seed 000:7331-7333). */
  type: "private" | "corporate";
  /** `nullable|string|digits:11` (seed 000:7336-7338). */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|string|regex:/^[0-9]+$/` (seed 000:7341-7343). Required when `customerDetails.type` is "corporate". */
  organizationId?: string | null;
  /** No rule of its own: required because a member is. */
  address: FpgoTerminalCreateOrderBodyCustomerDetailsAddress;
}

/** `customerDetails.address` in the body of `terminal.createOrder`. */
export interface FpgoTerminalCreateOrderBodyCustomerDetailsAddress {
  /** `required|string` (seed 000:7346-7348). */
  street: string;
  /** `required|string` (seed 000:7351-7353). */
  zip: string;
  /** `required|string` (seed 000:7356-7358). */
  city: string;
  /** `required|string|regex:/^[A-Z]{2}$/` (seed 000:7361-7363). */
  country: string;
}

/** `invoiceReferences` in the body of `terminal.createOrder`. */
export interface FpgoTerminalCreateOrderBodyInvoiceReferences {
  /** `nullable|string` (seed 000:7376-7378). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:7381-7383). */
  customerReference?: string | null;
  /** `nullable|string` (seed 000:7386-7388). */
  customerNotes?: string | null;
  /** `nullable|string` (seed 000:7391-7393). */
  tnc?: string | null;
}

/** The path parameters (strings in the URL) of `terminal.cancelOrder`: Cancel Terminal Order, `POST /api/v1/connect/terminal/orders/cancel/{orderUuid}` (seed 000:7501-7618). */
export interface FpgoTerminalCancelOrderPathParams {
  /** `required|string|exists:orders,uuid` (seed 000:7510; 000:7571-7580). */
  orderUuid: string;
}

/** The body (JSON) of `terminal.cancelOrder`: Cancel Terminal Order, `POST /api/v1/connect/terminal/orders/cancel/{orderUuid}` (seed 000:7501-7618). */
export interface FpgoTerminalCancelOrderBody {
  /** `required|string|in:payment` (seed 000:7547-7549). */
  type: "payment";
}

/** The path parameters (strings in the URL) of `terminal.resendOrder`: Resend Terminal Order, `POST /api/v1/connect/terminal/orders/resend/{orderUuid}` (seed 000:7620-7683). */
export interface FpgoTerminalResendOrderPathParams {
  /** `required|string|exists:orders,uuid` (seed 000:7630; 000:7660-7669). */
  orderUuid: string;
}

/** The path parameters (strings in the URL) of `terminal.getPaymentStatus`: Payment Status Check, `GET /api/v1/connect/terminal/orders/payment-status/{orderUuid}` (seed 000:7685-7779). */
export interface FpgoTerminalGetPaymentStatusPathParams {
  /** `required|string|exists:orders,uuid` (seed 000:7695; 000:7756-7765). */
  orderUuid: string;
}

/** The path parameters (strings in the URL) of `terminal.refund`: Refund or Reverse Payment, `POST /api/v1/connect/terminal/orders/refund/{orderUuid}` (seed 000:7781-7934). */
export interface FpgoTerminalRefundPathParams {
  /** `required|string|exists:orders,uuid` (seed 000:7790; 000:7877-7886). */
  orderUuid: string;
}

/** The body (JSON) of `terminal.refund`: Refund or Reverse Payment, `POST /api/v1/connect/terminal/orders/refund/{orderUuid}` (seed 000:7781-7934). */
export interface FpgoTerminalRefundBody {
  /** `required|string|in:regular` (seed 000:7834-7836). */
  type: "regular";
  /** `required|numeric` (seed 000:7839-7841). */
  grandTotal: number | string;
  /** No rule of its own. */
  products?: FpgoList<FpgoTerminalRefundBodyProductsItem>;
  /** `nullable|boolean` (seed 000:7854-7856). */
  isReversal?: boolean | 0 | 1 | "0" | "1" | null;
}

/** `products.*` in the body of `terminal.refund`. */
export interface FpgoTerminalRefundBodyProductsItem {
  /** `required|numeric` (seed 000:7844-7846). */
  id: number | string;
  /** `required|numeric` (seed 000:7849-7851). */
  amount: number | string;
}

/** The path parameters (strings in the URL) of `terminal.getRefundStatus`: Refund Status Check, `POST /api/v1/connect/terminal/orders/refund-status/{orderUuid}` (seed 000:7936-8009). */
export interface FpgoTerminalGetRefundStatusPathParams {
  /** `required|string|exists:orders,uuid` (seed 000:7947; 000:7986-7995). */
  orderUuid: string;
}

/** The path parameters (strings in the URL) of `terminal.cancelRefund`: Cancel Refund Request, `POST /api/v1/connect/terminal/orders/cancel/{orderUuid}` (seed 000:8011-8116). */
export interface FpgoTerminalCancelRefundPathParams {
  /** `required|string|exists:orders,uuid` (seed 000:8021; 000:8081-8090). */
  orderUuid: string;
}

/** The body (JSON) of `terminal.cancelRefund`: Cancel Refund Request, `POST /api/v1/connect/terminal/orders/cancel/{orderUuid}` (seed 000:8011-8116). */
export interface FpgoTerminalCancelRefundBody {
  /** `required|string|in:refund` (seed 000:8057-8059). */
  type: "refund";
}

/** The body (JSON) of `credit.checkPrivate`: Credit Check for Private Customer, `POST /api/v1/connect/credit/check/private` (seed 000:8122-8212). */
export interface FpgoCreditCheckPrivateBody {
  /** `required|string` (seed 000:8169-8171). */
  personalId: string;
  /** `nullable|string` (seed 000:8174-8176). */
  countryCode?: string | null;
  /** `nullable|string` (seed 000:8179-8181). */
  msisdn?: string | null;
}

/** The body (JSON) of `credit.checkCorporate`: Credit Check for Corporate Customer, `POST /api/v1/connect/credit/check/corporate` (seed 000:8214-8291). */
export interface FpgoCreditCheckCorporateBody {
  /** `required|string` (seed 000:8259-8261). */
  organizationId: string;
}

/** The body (JSON) of `company.requestCheck`: Company Check Request, `POST /api/v1/connect/company/check` (seed 000:8374-8560). */
export interface FpgoCompanyRequestCheckBody {
  /** `required|numeric` (seed 000:8430-8432). */
  companyId: number | string;
  /** `required|array` (seed 000:8435-8437). */
  callback: FpgoCompanyRequestCheckBodyCallback;
}

/** `callback` in the body of `company.requestCheck`. */
export interface FpgoCompanyRequestCheckBodyCallback {
  /** `required|url` (seed 000:8440-8442). */
  success: string;
  /** `required|url` (seed 000:8445-8447). */
  failure: string;
  /** `required|url` (seed 000:8450-8452). */
  callbackUrl: string;
}

/** The path parameters (strings in the URL) of `company.getDetails`: Company Information Check, `GET /api/v1/connect/company/details/{companyId}` (seed 000:8562-8638). */
export interface FpgoCompanyGetDetailsPathParams {
  /** `required|string|regex:/^[0-9]+$/` (seed 000:8575-8577). */
  companyId: string;
}

/** The path parameters (strings in the URL) of `company.getInvoiceFee`: Check Invoice Fee, `GET /api/v1/connect/company/invoice-fee/{companyId}` (seed 000:8640-8699). */
export interface FpgoCompanyGetInvoiceFeePathParams {
  /** `required|string|regex:/^[0-9]+$/` (seed 000:8651-8653). */
  companyId: string;
}

/** Every endpoint id -> its JSON body (`FpgoNone` without one). */
export interface FpgoBodies {
  "orders.sendPaymentLink": FpgoOrdersSendPaymentLinkBody;
  "orders.sendInvoice": FpgoOrdersSendInvoiceBody;
  "orders.sendEFaktura": FpgoOrdersSendEFakturaBody;
  "orders.sendEhfInvoice": FpgoOrdersSendEhfInvoiceBody;
  "orders.resendPaymentLink": FpgoOrdersResendPaymentLinkBody;
  "orders.cancel": FpgoOrdersCancelBody;
  "orders.refund": FpgoOrdersRefundBody;
  "orders.listStatuses": FpgoNone;
  "orders.getStatus": FpgoNone;
  "orders.getDetails": FpgoNone;
  "orders.getInvoiceNumber": FpgoNone;
  "orders.delayedCharge": FpgoNone;
  "checkout.createSession": FpgoCheckoutCreateSessionBody;
  "checkout.createInvoiceSession": FpgoCheckoutCreateInvoiceSessionBody;
  "checkout.createHostedPaymentLink": FpgoCheckoutCreateHostedPaymentLinkBody;
  "reservations.submit": FpgoReservationsSubmitBody;
  "reservations.createSession": FpgoReservationsCreateSessionBody;
  "reservations.getDetails": FpgoNone;
  "reservations.capture": FpgoReservationsCaptureBody;
  "reservations.charge": FpgoReservationsChargeBody;
  "reservations.cancel": FpgoReservationsCancelBody;
  "reservations.complete": FpgoReservationsCompleteBody;
  "reservations.resend": FpgoReservationsResendBody;
  "reservations.refund": FpgoReservationsRefundBody;
  "reservations.getHistory": FpgoNone;
  "subscriptions.create": FpgoSubscriptionsCreateBody;
  "subscriptions.createSession": FpgoSubscriptionsCreateSessionBody;
  "subscriptions.list": FpgoNone;
  "subscriptions.listFailedPayments": FpgoNone;
  "subscriptions.getDetails": FpgoNone;
  "subscriptions.getFailedPaymentDetails": FpgoNone;
  "subscriptions.resend": FpgoSubscriptionsResendBody;
  "subscriptions.cancel": FpgoSubscriptionsCancelBody;
  "subscriptions.refundCycles": FpgoSubscriptionsRefundCyclesBody;
  "customers.getDetails": FpgoNone;
  "customers.updatePrivate": FpgoCustomersUpdatePrivateBody;
  "customers.updateCorporate": FpgoCustomersUpdateCorporateBody;
  "refunds.requestApproval": FpgoRefundsRequestApprovalBody;
  "terminal.listTerminals": FpgoNone;
  "terminal.createOrder": FpgoTerminalCreateOrderBody;
  "terminal.cancelOrder": FpgoTerminalCancelOrderBody;
  "terminal.resendOrder": FpgoNone;
  "terminal.getPaymentStatus": FpgoNone;
  "terminal.refund": FpgoTerminalRefundBody;
  "terminal.getRefundStatus": FpgoNone;
  "terminal.cancelRefund": FpgoTerminalCancelRefundBody;
  "credit.checkPrivate": FpgoCreditCheckPrivateBody;
  "credit.checkCorporate": FpgoCreditCheckCorporateBody;
  "credit.listChecks": FpgoNone;
  "company.requestCheck": FpgoCompanyRequestCheckBody;
  "company.getDetails": FpgoNone;
  "company.getInvoiceFee": FpgoNone;
}

/** Every endpoint id -> its path parameters (`FpgoNone` without). */
export interface FpgoPathParams {
  "orders.sendPaymentLink": FpgoNone;
  "orders.sendInvoice": FpgoNone;
  "orders.sendEFaktura": FpgoNone;
  "orders.sendEhfInvoice": FpgoNone;
  "orders.resendPaymentLink": FpgoOrdersResendPaymentLinkPathParams;
  "orders.cancel": FpgoOrdersCancelPathParams;
  "orders.refund": FpgoOrdersRefundPathParams;
  "orders.listStatuses": FpgoNone;
  "orders.getStatus": FpgoOrdersGetStatusPathParams;
  "orders.getDetails": FpgoOrdersGetDetailsPathParams;
  "orders.getInvoiceNumber": FpgoOrdersGetInvoiceNumberPathParams;
  "orders.delayedCharge": FpgoOrdersDelayedChargePathParams;
  "checkout.createSession": FpgoNone;
  "checkout.createInvoiceSession": FpgoNone;
  "checkout.createHostedPaymentLink": FpgoNone;
  "reservations.submit": FpgoNone;
  "reservations.createSession": FpgoNone;
  "reservations.getDetails": FpgoReservationsGetDetailsPathParams;
  "reservations.capture": FpgoReservationsCapturePathParams;
  "reservations.charge": FpgoReservationsChargePathParams;
  "reservations.cancel": FpgoReservationsCancelPathParams;
  "reservations.complete": FpgoReservationsCompletePathParams;
  "reservations.resend": FpgoReservationsResendPathParams;
  "reservations.refund": FpgoReservationsRefundPathParams;
  "reservations.getHistory": FpgoReservationsGetHistoryPathParams;
  "subscriptions.create": FpgoNone;
  "subscriptions.createSession": FpgoNone;
  "subscriptions.list": FpgoSubscriptionsListPathParams;
  "subscriptions.listFailedPayments": FpgoSubscriptionsListFailedPaymentsPathParams;
  "subscriptions.getDetails": FpgoSubscriptionsGetDetailsPathParams;
  "subscriptions.getFailedPaymentDetails": FpgoSubscriptionsGetFailedPaymentDetailsPathParams;
  "subscriptions.resend": FpgoSubscriptionsResendPathParams;
  "subscriptions.cancel": FpgoSubscriptionsCancelPathParams;
  "subscriptions.refundCycles": FpgoSubscriptionsRefundCyclesPathParams;
  "customers.getDetails": FpgoCustomersGetDetailsPathParams;
  "customers.updatePrivate": FpgoCustomersUpdatePrivatePathParams;
  "customers.updateCorporate": FpgoCustomersUpdateCorporatePathParams;
  "refunds.requestApproval": FpgoRefundsRequestApprovalPathParams;
  "terminal.listTerminals": FpgoTerminalListTerminalsPathParams;
  "terminal.createOrder": FpgoNone;
  "terminal.cancelOrder": FpgoTerminalCancelOrderPathParams;
  "terminal.resendOrder": FpgoTerminalResendOrderPathParams;
  "terminal.getPaymentStatus": FpgoTerminalGetPaymentStatusPathParams;
  "terminal.refund": FpgoTerminalRefundPathParams;
  "terminal.getRefundStatus": FpgoTerminalGetRefundStatusPathParams;
  "terminal.cancelRefund": FpgoTerminalCancelRefundPathParams;
  "credit.checkPrivate": FpgoNone;
  "credit.checkCorporate": FpgoNone;
  "credit.listChecks": FpgoNone;
  "company.requestCheck": FpgoNone;
  "company.getDetails": FpgoCompanyGetDetailsPathParams;
  "company.getInvoiceFee": FpgoCompanyGetInvoiceFeePathParams;
}

/** Every endpoint id -> its query parameters (`FpgoNone` without). */
export interface FpgoQueries {
  "orders.sendPaymentLink": FpgoNone;
  "orders.sendInvoice": FpgoNone;
  "orders.sendEFaktura": FpgoNone;
  "orders.sendEhfInvoice": FpgoNone;
  "orders.resendPaymentLink": FpgoNone;
  "orders.cancel": FpgoNone;
  "orders.refund": FpgoNone;
  "orders.listStatuses": FpgoOrdersListStatusesQuery;
  "orders.getStatus": FpgoNone;
  "orders.getDetails": FpgoNone;
  "orders.getInvoiceNumber": FpgoNone;
  "orders.delayedCharge": FpgoNone;
  "checkout.createSession": FpgoNone;
  "checkout.createInvoiceSession": FpgoNone;
  "checkout.createHostedPaymentLink": FpgoNone;
  "reservations.submit": FpgoNone;
  "reservations.createSession": FpgoNone;
  "reservations.getDetails": FpgoNone;
  "reservations.capture": FpgoNone;
  "reservations.charge": FpgoNone;
  "reservations.cancel": FpgoNone;
  "reservations.complete": FpgoNone;
  "reservations.resend": FpgoNone;
  "reservations.refund": FpgoNone;
  "reservations.getHistory": FpgoNone;
  "subscriptions.create": FpgoNone;
  "subscriptions.createSession": FpgoNone;
  "subscriptions.list": FpgoSubscriptionsListQuery;
  "subscriptions.listFailedPayments": FpgoSubscriptionsListFailedPaymentsQuery;
  "subscriptions.getDetails": FpgoNone;
  "subscriptions.getFailedPaymentDetails": FpgoNone;
  "subscriptions.resend": FpgoNone;
  "subscriptions.cancel": FpgoNone;
  "subscriptions.refundCycles": FpgoNone;
  "customers.getDetails": FpgoNone;
  "customers.updatePrivate": FpgoNone;
  "customers.updateCorporate": FpgoNone;
  "refunds.requestApproval": FpgoNone;
  "terminal.listTerminals": FpgoNone;
  "terminal.createOrder": FpgoNone;
  "terminal.cancelOrder": FpgoNone;
  "terminal.resendOrder": FpgoNone;
  "terminal.getPaymentStatus": FpgoNone;
  "terminal.refund": FpgoNone;
  "terminal.getRefundStatus": FpgoNone;
  "terminal.cancelRefund": FpgoNone;
  "credit.checkPrivate": FpgoNone;
  "credit.checkCorporate": FpgoNone;
  "credit.listChecks": FpgoNone;
  "company.requestCheck": FpgoNone;
  "company.getDetails": FpgoNone;
  "company.getInvoiceFee": FpgoNone;
}

/** Every endpoint id -> what a call takes: `pathParams`, `query` and `body`, only the parts the endpoint has, each required when a member is. */
export interface FpgoRequests {
  /** Send Payment Link `POST /api/v1/connect/orders/payment-link/create` */
  "orders.sendPaymentLink": { body: FpgoOrdersSendPaymentLinkBody };
  /** Send Invoice `POST /api/v1/connect/orders/invoice/create` */
  "orders.sendInvoice": { body: FpgoOrdersSendInvoiceBody };
  /** Send E-Faktura `POST /api/v1/connect/orders/faktura/create` */
  "orders.sendEFaktura": { body: FpgoOrdersSendEFakturaBody };
  /** Send EHF Invoice `POST /api/v1/connect/orders/ehf/create` */
  "orders.sendEhfInvoice": { body: FpgoOrdersSendEhfInvoiceBody };
  /** Resend Payment Link `POST /api/v1/connect/orders/resend/{orderUuid}` */
  "orders.resendPaymentLink": { pathParams: FpgoOrdersResendPaymentLinkPathParams; body?: FpgoOrdersResendPaymentLinkBody };
  /** Cancel Order `POST /api/v1/connect/orders/cancel/{orderUuid}` */
  "orders.cancel": { pathParams: FpgoOrdersCancelPathParams; body: FpgoOrdersCancelBody };
  /** Refund Order `POST /api/v1/connect/orders/refund/{orderUuid}` */
  "orders.refund": { pathParams: FpgoOrdersRefundPathParams; body: FpgoOrdersRefundBody };
  /** Get All Order Status `GET /api/v1/connect/orders/status` */
  "orders.listStatuses": { query?: FpgoOrdersListStatusesQuery };
  /** Get Order Status By UUID `GET /api/v1/connect/orders/status/{orderUuid}` */
  "orders.getStatus": { pathParams: FpgoOrdersGetStatusPathParams };
  /** Get Order Details By UUID `GET /api/v1/connect/orders/details/{orderUuid}` */
  "orders.getDetails": { pathParams: FpgoOrdersGetDetailsPathParams };
  /** Get Invoice Number By UUID `GET /api/v1/connect/orders/invoice-number/{orderUuid}` */
  "orders.getInvoiceNumber": { pathParams: FpgoOrdersGetInvoiceNumberPathParams };
  /** Delayed Charge `POST /api/v1/connect/orders/delayed/charge/{orderUuid}` */
  "orders.delayedCharge": { pathParams: FpgoOrdersDelayedChargePathParams };
  /** Create Checkout Session - Card, Vipps, Apple & Google Pay `POST /api/v1/connect/orders/regular/submit` */
  "checkout.createSession": { body: FpgoCheckoutCreateSessionBody };
  /** Create Session for Invoice Order `POST /api/v1/connect/orders/invoice/submit` */
  "checkout.createInvoiceSession": { body: FpgoCheckoutCreateInvoiceSessionBody };
  /** Hosted Checkout - Create a Payment Link `POST /api/v1/connect/hosted/orders/payment-link/create` */
  "checkout.createHostedPaymentLink": { body: FpgoCheckoutCreateHostedPaymentLinkBody };
  /** Submit Reservation `POST /api/v1/connect/reservations/submit` */
  "reservations.submit": { body: FpgoReservationsSubmitBody };
  /** Create Session for Reservation `POST /api/v1/connect/reservations/create` */
  "reservations.createSession": { body: FpgoReservationsCreateSessionBody };
  /** Get Reservation Details By UUID `GET /api/v1/connect/reservations/details/{reservationUuid}` */
  "reservations.getDetails": { pathParams: FpgoReservationsGetDetailsPathParams };
  /** Capture Reservation `POST /api/v1/connect/reservations/capture/{reservationUuid}` */
  "reservations.capture": { pathParams: FpgoReservationsCapturePathParams; body: FpgoReservationsCaptureBody };
  /** Charge Reservation `POST /api/v1/connect/reservations/charge/{reservationUuid}` */
  "reservations.charge": { pathParams: FpgoReservationsChargePathParams; body: FpgoReservationsChargeBody };
  /** Cancel Reservation `GET /api/v1/connect/reservations/cancel/{reservationUuid}` */
  "reservations.cancel": { pathParams: FpgoReservationsCancelPathParams; body: FpgoReservationsCancelBody };
  /** Complete Reservation `POST /api/v1/connect/reservations/complete/{reservationUuid}` */
  "reservations.complete": { pathParams: FpgoReservationsCompletePathParams; body: FpgoReservationsCompleteBody };
  /** Resend Reservation `POST /api/v1/connect/reservations/resend/{reservationUuid}` */
  "reservations.resend": { pathParams: FpgoReservationsResendPathParams; body?: FpgoReservationsResendBody };
  /** Refund Reservation `POST /api/v1/connect/reservations/refund/{reservationUuid}` */
  "reservations.refund": { pathParams: FpgoReservationsRefundPathParams; body: FpgoReservationsRefundBody };
  /** Get Reservation History `GET /api/v1/connect/reservations/history/{startTimestamp}/{endTimestamp}` */
  "reservations.getHistory": { pathParams: FpgoReservationsGetHistoryPathParams };
  /** Create Subscription `POST /api/v1/connect/subscriptions/submit` */
  "subscriptions.create": { body: FpgoSubscriptionsCreateBody };
  /** Create Session For Subscription Payment `POST /api/v1/connect/subscription/create` */
  "subscriptions.createSession": { body: FpgoSubscriptionsCreateSessionBody };
  /** Get Subscription List `GET /api/v1/connect/subscriptions/list/{status?}` */
  "subscriptions.list": { pathParams?: FpgoSubscriptionsListPathParams; query?: FpgoSubscriptionsListQuery };
  /** Get Failed Payment List `GET /api/v1/connect/subscriptions/failed/list/{status?}` */
  "subscriptions.listFailedPayments": { pathParams?: FpgoSubscriptionsListFailedPaymentsPathParams; query?: FpgoSubscriptionsListFailedPaymentsQuery };
  /** Get Subscription Details By Uuid `GET /api/v1/connect/subscriptions/details/{subscriptionUuid}` */
  "subscriptions.getDetails": { pathParams: FpgoSubscriptionsGetDetailsPathParams };
  /** Get Failed Payment Details `GET /api/v1/connect/subscriptions/failed/details/{orderUuid}` */
  "subscriptions.getFailedPaymentDetails": { pathParams: FpgoSubscriptionsGetFailedPaymentDetailsPathParams };
  /** Resend Subscription `POST /api/v1/connect/subscriptions/resend/{subscriptionUuid}` */
  "subscriptions.resend": { pathParams: FpgoSubscriptionsResendPathParams; body?: FpgoSubscriptionsResendBody };
  /** Cancel Subscription `POST /api/v1/connect/subscriptions/cancel/{subscriptionUuid}` */
  "subscriptions.cancel": { pathParams: FpgoSubscriptionsCancelPathParams; body?: FpgoSubscriptionsCancelBody };
  /** Refund Subscription Cycle `POST /api/v1/connect/subscriptions/cycles/refund/{subscriptionUuid}` */
  "subscriptions.refundCycles": { pathParams: FpgoSubscriptionsRefundCyclesPathParams; body: FpgoSubscriptionsRefundCyclesBody };
  /** Get Customer Details By Uuid `GET /api/v1/connect/customers/details/{customerUuid}` */
  "customers.getDetails": { pathParams: FpgoCustomersGetDetailsPathParams };
  /** Update Private Customer `PUT /api/v1/connect/customers/update/private/{customerUuid}` */
  "customers.updatePrivate": { pathParams: FpgoCustomersUpdatePrivatePathParams; body: FpgoCustomersUpdatePrivateBody };
  /** Update Corporate Customer `PUT /api/v1/connect/customers/update/corporate/{customerUuid}` */
  "customers.updateCorporate": { pathParams: FpgoCustomersUpdateCorporatePathParams; body: FpgoCustomersUpdateCorporateBody };
  /** Request Refund Approval `POST /api/v1/orders/refund/request/approval/{orderUuid}` */
  "refunds.requestApproval": { pathParams: FpgoRefundsRequestApprovalPathParams; body: FpgoRefundsRequestApprovalBody };
  /** Get Terminal Lists `GET /api/v1/connect/terminal/lists/{organizationUuid}` */
  "terminal.listTerminals": { pathParams: FpgoTerminalListTerminalsPathParams };
  /** Create Terminal Order `POST /api/v1/connect/terminal/orders/create` */
  "terminal.createOrder": { body: FpgoTerminalCreateOrderBody };
  /** Cancel Terminal Order `POST /api/v1/connect/terminal/orders/cancel/{orderUuid}` */
  "terminal.cancelOrder": { pathParams: FpgoTerminalCancelOrderPathParams; body: FpgoTerminalCancelOrderBody };
  /** Resend Terminal Order `POST /api/v1/connect/terminal/orders/resend/{orderUuid}` */
  "terminal.resendOrder": { pathParams: FpgoTerminalResendOrderPathParams };
  /** Payment Status Check `GET /api/v1/connect/terminal/orders/payment-status/{orderUuid}` */
  "terminal.getPaymentStatus": { pathParams: FpgoTerminalGetPaymentStatusPathParams };
  /** Refund or Reverse Payment `POST /api/v1/connect/terminal/orders/refund/{orderUuid}` */
  "terminal.refund": { pathParams: FpgoTerminalRefundPathParams; body: FpgoTerminalRefundBody };
  /** Refund Status Check `POST /api/v1/connect/terminal/orders/refund-status/{orderUuid}` */
  "terminal.getRefundStatus": { pathParams: FpgoTerminalGetRefundStatusPathParams };
  /** Cancel Refund Request `POST /api/v1/connect/terminal/orders/cancel/{orderUuid}` */
  "terminal.cancelRefund": { pathParams: FpgoTerminalCancelRefundPathParams; body: FpgoTerminalCancelRefundBody };
  /** Credit Check for Private Customer `POST /api/v1/connect/credit/check/private` */
  "credit.checkPrivate": { body: FpgoCreditCheckPrivateBody };
  /** Credit Check for Corporate Customer `POST /api/v1/connect/credit/check/corporate` */
  "credit.checkCorporate": { body: FpgoCreditCheckCorporateBody };
  /** Get Credit Check List `GET /api/v1/connect/credit/check/list` */
  "credit.listChecks": FpgoNone;
  /** Company Check Request `POST /api/v1/connect/company/check` */
  "company.requestCheck": { body: FpgoCompanyRequestCheckBody };
  /** Company Information Check `GET /api/v1/connect/company/details/{companyId}` */
  "company.getDetails": { pathParams: FpgoCompanyGetDetailsPathParams };
  /** Check Invoice Fee `GET /api/v1/connect/company/invoice-fee/{companyId}` */
  "company.getInvoiceFee": { pathParams: FpgoCompanyGetInvoiceFeePathParams };
}

/** The ids whose call input may be left out (no required path parameter, query or body field). */
export type FpgoInputOptionalId = {
  [E in FpgoEndpointId]: {} extends FpgoRequests[E] ? E : never;
}[FpgoEndpointId];

/** What `build("orders.sendPaymentLink")` takes: `FpgoOrdersSendPaymentLinkBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoOrdersSendPaymentLinkInput {
  /** `required|array` (seed 000:95-127). */
  products: FpgoList<FpgoOrdersSendPaymentLinkInputProductsItem>;
  /** No rule of its own. Filled in by the builder when absent. */
  orderSummary?: FpgoOrdersSendPaymentLinkInputOrderSummary;
  /** No rule of its own. */
  sendOrderBy?: FpgoOrdersSendPaymentLinkBodySendOrderBy;
  /** `required|string|date_format:U` (seed 000:160-162). Filled in by the builder when absent. */
  orderDate?: FpgoDateInput;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoOrdersSendPaymentLinkInputCustomerDetails;
  /** `required|boolean` (seed 000:230-232). */
  invoiceAsPaymentOption: boolean | 0 | 1 | "0" | "1";
  /** `nullable|string` (seed 000:235-237). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:240-242). */
  customerReference?: string | null;
  /** `nullable|boolean` (seed 000:245-247). */
  secureDetails?: boolean | 0 | 1 | "0" | "1" | null;
  /** No rule of its own. */
  callback?: FpgoOrdersSendPaymentLinkBodyCallback;
}

/** `products.*` in the builder input of `orders.sendPaymentLink`. */
export interface FpgoOrdersSendPaymentLinkInputProductsItem {
  /** `required|string` (seed 000:95-97). */
  name: string;
  /** `nullable|string` (seed 000:100-102). */
  productId?: string | null;
  /** `required|numeric` (seed 000:105-107). */
  quantity: number | string;
  /** `required|numeric` (seed 000:110-112). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:115-117). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:120-122). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:125-127). Filled in by the builder when absent. */
  amount?: number | string;
}

/** `orderSummary` in the builder input of `orders.sendPaymentLink`. */
export interface FpgoOrdersSendPaymentLinkInputOrderSummary {
  /** `required|numeric` (seed 000:130-132). Filled in by the builder when absent. */
  subTotal?: number | string;
  /** `required|numeric` (seed 000:135-137). Filled in by the builder when absent. */
  totalTax?: number | string;
  /** `required|numeric` (seed 000:140-142). Filled in by the builder when absent. */
  totalDiscount?: number | string;
  /** `required|numeric` (seed 000:145-147). Filled in by the builder when absent. */
  grandTotal?: number | string;
}

/** `customerDetails` in the builder input of `orders.sendPaymentLink`. */
export interface FpgoOrdersSendPaymentLinkInputCustomerDetails {
  /** `required_without:customerDetails.email|nullable|string` (seed 000:165-167). Required when `customerDetails.email` is absent. */
  countryCode?: string | null;
  /** `required_without:customerDetails.email|nullable|string` (seed 000:170-172). Required when `customerDetails.email` is absent. */
  msisdn?: string | null;
  /** `required_without:customerDetails.msisdn|nullable|email` (seed 000:175-177). Required when `customerDetails.msisdn` is absent. */
  email?: string | null;
  /** `nullable|string` (seed 000:180-182). */
  firstName?: string | null;
  /** `required|string` (seed 000:185-187). */
  name: string;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:190-192). Filled in by the builder when absent. */
  preferredLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** `required|string|in:private,corporate` (seed 000:195-197). */
  type: "private" | "corporate";
  /** `nullable|string|digits:11` (seed 000:200-202). */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|string|regex:/^\d+$/` (seed 000:205-207). Required when `customerDetails.type` is "corporate". */
  organizationId?: string | null;
  /** No rule of its own: required because a member is. */
  address: FpgoOrdersSendPaymentLinkBodyCustomerDetailsAddress;
}

/** What `build("orders.sendInvoice")` takes: `FpgoOrdersSendInvoiceBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoOrdersSendInvoiceInput {
  /** `required|array` (seed 000:433-465). */
  products: FpgoList<FpgoOrdersSendInvoiceInputProductsItem>;
  /** No rule of its own. Filled in by the builder when absent. */
  orderSummary?: FpgoOrdersSendInvoiceInputOrderSummary;
  /** `required|string|date_format:U` (seed 000:488-490). Filled in by the builder when absent. */
  orderDate?: FpgoDateInput;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoOrdersSendInvoiceInputCustomerDetails;
  /** `nullable|numeric|in:0,1,2` (seed 000:558-560). Filled in by the builder when absent. */
  invoiceInterval?: 0 | "0" | 1 | "1" | 2 | "2" | null;
  /** `required|boolean` (seed 000:563-565). Filled in by the builder when absent. */
  invoiceFeeApplicable?: boolean | 0 | 1 | "0" | "1";
  /** `nullable|numeric|in:10,14,30,45` (seed 000:568-570). */
  invoiceMaturity?: 10 | "10" | 14 | "14" | 30 | "30" | 45 | "45" | null;
  /** `nullable|boolean` (seed 000:573-575). Filled in by the builder when absent. */
  separateInvoices?: boolean | 0 | 1 | "0" | "1" | null;
  /** `nullable|string` (seed 000:578-580). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:583-585). */
  customerReference?: string | null;
  /** No rule of its own. */
  callback?: FpgoOrdersSendInvoiceBodyCallback;
}

/** `products.*` in the builder input of `orders.sendInvoice`. */
export interface FpgoOrdersSendInvoiceInputProductsItem {
  /** `required|string` (seed 000:433-435). */
  name: string;
  /** `nullable|string` (seed 000:438-440). */
  productId?: string | null;
  /** `required|numeric` (seed 000:443-445). */
  quantity: number | string;
  /** `required|numeric` (seed 000:448-450). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:453-455). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:458-460). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:463-465). Filled in by the builder when absent. */
  amount?: number | string;
}

/** `orderSummary` in the builder input of `orders.sendInvoice`. */
export interface FpgoOrdersSendInvoiceInputOrderSummary {
  /** `required|numeric` (seed 000:468-470). Filled in by the builder when absent. */
  subTotal?: number | string;
  /** `required|numeric` (seed 000:473-475). Filled in by the builder when absent. */
  totalTax?: number | string;
  /** `required|numeric` (seed 000:478-480). Filled in by the builder when absent. */
  totalDiscount?: number | string;
  /** `required|numeric` (seed 000:483-485). Filled in by the builder when absent. */
  grandTotal?: number | string;
}

/** `customerDetails` in the builder input of `orders.sendInvoice`. */
export interface FpgoOrdersSendInvoiceInputCustomerDetails {
  /** `required|string` (seed 000:493-495). */
  countryCode: string;
  /** `required|string` (seed 000:498-500). */
  msisdn: string;
  /** `required|email` (seed 000:503-505). */
  email: string;
  /** `nullable|string` (seed 000:508-510). */
  firstName?: string | null;
  /** `required|string` (seed 000:513-515). */
  name: string;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:518-520). Filled in by the builder when absent. */
  preferredLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** `required|string|in:private,corporate` (seed 000:523-525). */
  type: "private" | "corporate";
  /** `nullable|string|digits:11` (seed 000:528-530). */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|string|regex:/^\d+$/` (seed 000:533-535). Required when `customerDetails.type` is "corporate". */
  organizationId?: string | null;
  /** No rule of its own: required because a member is. */
  address: FpgoOrdersSendInvoiceBodyCustomerDetailsAddress;
}

/** What `build("orders.sendEFaktura")` takes: `FpgoOrdersSendEFakturaBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoOrdersSendEFakturaInput {
  /** `required|array` (seed 000:764-796). */
  products: FpgoList<FpgoOrdersSendEFakturaInputProductsItem>;
  /** No rule of its own. Filled in by the builder when absent. */
  orderSummary?: FpgoOrdersSendEFakturaInputOrderSummary;
  /** `required|string|date_format:U` (seed 000:819-821). Filled in by the builder when absent. */
  orderDate?: FpgoDateInput;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoOrdersSendEFakturaInputCustomerDetails;
  /** `nullable|numeric|in:0,1,2` (seed 000:874-876). Filled in by the builder when absent. */
  invoiceInterval?: 0 | "0" | 1 | "1" | 2 | "2" | null;
  /** `required|boolean` (seed 000:879-881). Filled in by the builder when absent. */
  invoiceFeeApplicable?: boolean | 0 | 1 | "0" | "1";
  /** `nullable|numeric|in:10` (seed 000:884-886). */
  invoiceMaturity?: 10 | "10" | null;
  /** `nullable|boolean` (seed 000:889-891). Filled in by the builder when absent. */
  separateInvoices?: boolean | 0 | 1 | "0" | "1" | null;
  /** `nullable|string` (seed 000:894-896). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:899-901). */
  customerReference?: string | null;
  /** No rule of its own: required because a member is. */
  callback: FpgoOrdersSendEFakturaBodyCallback;
}

/** `products.*` in the builder input of `orders.sendEFaktura`. */
export interface FpgoOrdersSendEFakturaInputProductsItem {
  /** `required|string` (seed 000:764-766). */
  name: string;
  /** `nullable|string` (seed 000:769-771). */
  productId?: string | null;
  /** `required|numeric` (seed 000:774-776). */
  quantity: number | string;
  /** `required|numeric` (seed 000:779-781). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:784-786). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:789-791). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:794-796). Filled in by the builder when absent. */
  amount?: number | string;
}

/** `orderSummary` in the builder input of `orders.sendEFaktura`. */
export interface FpgoOrdersSendEFakturaInputOrderSummary {
  /** `required|numeric` (seed 000:799-801). Filled in by the builder when absent. */
  subTotal?: number | string;
  /** `required|numeric` (seed 000:804-806). Filled in by the builder when absent. */
  totalTax?: number | string;
  /** `required|numeric` (seed 000:809-811). Filled in by the builder when absent. */
  totalDiscount?: number | string;
  /** `required|numeric` (seed 000:814-816). Filled in by the builder when absent. */
  grandTotal?: number | string;
}

/** `customerDetails` in the builder input of `orders.sendEFaktura`. */
export interface FpgoOrdersSendEFakturaInputCustomerDetails {
  /** `required|string` (seed 000:824-826). */
  countryCode: string;
  /** `required|string` (seed 000:829-831). */
  msisdn: string;
  /** `required|email` (seed 000:834-836). */
  email: string;
  /** `required|string` (seed 000:839-841). */
  name: string;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:844-846). Filled in by the builder when absent. */
  preferredLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** `required|string|digits:11` (seed 000:849-851). */
  personalNumber: string;
  /** No rule of its own: required because a member is. */
  address: FpgoOrdersSendEFakturaBodyCustomerDetailsAddress;
}

/** What `build("orders.sendEhfInvoice")` takes: `FpgoOrdersSendEhfInvoiceBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoOrdersSendEhfInvoiceInput {
  /** `required|array` (seed 000:1071-1103). */
  products: FpgoList<FpgoOrdersSendEhfInvoiceInputProductsItem>;
  /** No rule of its own. Filled in by the builder when absent. */
  orderSummary?: FpgoOrdersSendEhfInvoiceInputOrderSummary;
  /** `required|string|date_format:U` (seed 000:1126-1128). Filled in by the builder when absent. */
  orderDate?: FpgoDateInput;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoOrdersSendEhfInvoiceInputCustomerDetails;
  /** `nullable|numeric|in:0,1,2` (seed 000:1181-1183). Filled in by the builder when absent. */
  invoiceInterval?: 0 | "0" | 1 | "1" | 2 | "2" | null;
  /** `required|boolean` (seed 000:1186-1188). Filled in by the builder when absent. */
  invoiceFeeApplicable?: boolean | 0 | 1 | "0" | "1";
  /** `nullable|numeric|in:14,30,45` (seed 000:1191-1193). Filled in by the builder when absent. */
  invoiceMaturity?: 14 | "14" | 30 | "30" | 45 | "45" | null;
  /** `nullable|boolean` (seed 000:1196-1198). Filled in by the builder when absent. */
  separateInvoices?: boolean | 0 | 1 | "0" | "1" | null;
  /** `nullable|string` (seed 000:1201-1203). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:1206-1208). */
  customerReference?: string | null;
  /** No rule of its own: required because a member is. */
  callback: FpgoOrdersSendEhfInvoiceBodyCallback;
}

/** `products.*` in the builder input of `orders.sendEhfInvoice`. */
export interface FpgoOrdersSendEhfInvoiceInputProductsItem {
  /** `required|string` (seed 000:1071-1073). */
  name: string;
  /** `nullable|string` (seed 000:1076-1078). */
  productId?: string | null;
  /** `required|numeric` (seed 000:1081-1083). */
  quantity: number | string;
  /** `required|numeric` (seed 000:1086-1088). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:1091-1093). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:1096-1098). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:1101-1103). Filled in by the builder when absent. */
  amount?: number | string;
}

/** `orderSummary` in the builder input of `orders.sendEhfInvoice`. */
export interface FpgoOrdersSendEhfInvoiceInputOrderSummary {
  /** `required|numeric` (seed 000:1106-1108). Filled in by the builder when absent. */
  subTotal?: number | string;
  /** `required|numeric` (seed 000:1111-1113). Filled in by the builder when absent. */
  totalTax?: number | string;
  /** `required|numeric` (seed 000:1116-1118). Filled in by the builder when absent. */
  totalDiscount?: number | string;
  /** `required|numeric` (seed 000:1121-1123). Filled in by the builder when absent. */
  grandTotal?: number | string;
}

/** `customerDetails` in the builder input of `orders.sendEhfInvoice`. */
export interface FpgoOrdersSendEhfInvoiceInputCustomerDetails {
  /** `required|string` (seed 000:1131-1133). */
  countryCode: string;
  /** `required|string` (seed 000:1136-1138). */
  msisdn: string;
  /** `required|email` (seed 000:1141-1143). */
  email: string;
  /** `required|string` (seed 000:1146-1148). */
  name: string;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:1151-1153). Filled in by the builder when absent. */
  preferredLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** `required|string|regex:/^\d+$/` (seed 000:1156-1158). */
  organizationId: string;
  /** No rule of its own: required because a member is. */
  address: FpgoOrdersSendEhfInvoiceBodyCustomerDetailsAddress;
}

/** What `build("orders.refund")` takes: `FpgoOrdersRefundBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoOrdersRefundInput {
  /** `required|string|in:regular,invoiced` (seed 000:1592-1594). */
  type: "regular" | "invoiced";
  /** `required|numeric` (seed 000:1597-1599). Filled in by the builder when absent. */
  grandTotal?: number | string;
  /** `required|array` (seed 000:1602-1609). */
  products: FpgoList<FpgoOrdersRefundBodyProductsItem>;
}

/** What `build("checkout.createSession")` takes: `FpgoCheckoutCreateSessionBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoCheckoutCreateSessionInput {
  /** `required|array` (seed 000:2227-2259; 002:135). */
  products: FpgoList<FpgoCheckoutCreateSessionInputProductsItem>;
  /** No rule of its own. Filled in by the builder when absent. */
  orderSummary?: FpgoCheckoutCreateSessionInputOrderSummary;
  /** `required|string|date_format:U` (seed 000:2287-2289; 002:34). Filled in by the builder when absent. */
  orderDate?: FpgoDateInput;
  /** `nullable|string` (seed 000:2292-2294). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:2297-2299). */
  customerReference?: string | null;
  /** `required_with:fpgoUuid|nullable|string|in:PARTNER` (seed 000:2302-2304). Required when `fpgoUuid` is present. */
  orderFrom?: "PARTNER" | null;
  /** `nullable|string|exists:orders,uuid` (seed 000:2307-2309; 003:107). */
  fpgoUuid?: string | null;
  /** `required|boolean` (seed 000:2312-2314; 002:166). */
  withCustomer: boolean | 0 | 1 | "0" | "1";
  /** No rule of its own. */
  customerDetails?: FpgoCheckoutCreateSessionInputCustomerDetails;
  /** No rule of its own: required because a member is. */
  submitPayment: FpgoCheckoutCreateSessionBodySubmitPayment;
  /** No rule of its own: required because a member is. */
  callback: FpgoCheckoutCreateSessionBodyCallback;
}

/** `products.*` in the builder input of `checkout.createSession`. */
export interface FpgoCheckoutCreateSessionInputProductsItem {
  /** `required|string` (seed 000:2227-2229; 002:23). */
  name: string;
  /** `nullable|string` (seed 000:2232-2234; 002:24). */
  productId?: string | null;
  /** `required|numeric` (seed 000:2237-2239; 002:25). */
  quantity: number | string;
  /** `required|numeric` (seed 000:2242-2244; 002:26). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:2247-2249; 002:27). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:2252-2254; 002:28). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:2257-2259; 002:29). Filled in by the builder when absent. */
  amount?: number | string;
}

/** `orderSummary` in the builder input of `checkout.createSession`. */
export interface FpgoCheckoutCreateSessionInputOrderSummary {
  /** `required|numeric` (seed 000:2262-2264; 002:30). Filled in by the builder when absent. */
  subTotal?: number | string;
  /** `required|numeric` (seed 000:2267-2269; 002:31). Filled in by the builder when absent. */
  totalTax?: number | string;
  /** `required|numeric` (seed 000:2272-2274; 002:32). Filled in by the builder when absent. */
  totalDiscount?: number | string;
  /** `required|numeric` (seed 000:2277-2279; 002:33). Filled in by the builder when absent. */
  grandTotal?: number | string;
  /** `nullable|numeric` (seed 000:2282-2284). */
  shippingCost?: number | string | null;
}

/** `customerDetails` in the builder input of `checkout.createSession`. */
export interface FpgoCheckoutCreateSessionInputCustomerDetails {
  /** `required_if:withCustomer,true|nullable|string|in:private,corporate` (seed 000:2317-2319; 002:42). Required when `withCustomer` is "true". */
  type?: "private" | "corporate" | null;
  /** `required_if:withCustomer,true|nullable|string` (seed 000:2322-2324; 002:43). Required when `withCustomer` is "true". */
  countryCode?: string | null;
  /** `required_if:withCustomer,true|nullable|string` (seed 000:2327-2329; 002:44). Required when `withCustomer` is "true". */
  msisdn?: string | null;
  /** `required_if:withCustomer,true|nullable|email` (seed 000:2332-2334; 002:45). Required when `withCustomer` is "true". */
  email?: string | null;
  /** `required_if:withCustomer,true|nullable|string` (seed 000:2337-2339; 002:46). Required when `withCustomer` is "true". */
  name?: string | null;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:2342-2344; 002:47). Filled in by the builder when absent. */
  preferredLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** `nullable|string|size:11` (seed 000:2347-2349; 002:48). */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|string|regex:/^[a-zA-Z0-9]+$/` (seed 000:2352-2354; 002:49). Required when `customerDetails.type` is "corporate". */
  organizationId?: string | null;
  /** No rule of its own. */
  address?: FpgoCheckoutCreateSessionBodyCustomerDetailsAddress;
}

/** What `build("checkout.createInvoiceSession")` takes: `FpgoCheckoutCreateInvoiceSessionBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoCheckoutCreateInvoiceSessionInput {
  /** `required|array` (seed 000:2505-2537). */
  products: FpgoList<FpgoCheckoutCreateInvoiceSessionInputProductsItem>;
  /** No rule of its own. Filled in by the builder when absent. */
  orderSummary?: FpgoCheckoutCreateInvoiceSessionInputOrderSummary;
  /** `required|string|date_format:U` (seed 000:2560-2562; 003:46). Filled in by the builder when absent. */
  orderDate?: FpgoDateInput;
  /** `nullable|string` (seed 000:2565-2567; 003:96). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:2570-2572; 003:97). */
  customerReference?: string | null;
  /** `required_with:fpgoUuid|nullable|string|in:PARTNER` (seed 000:2575-2577; 003:106). Required when `fpgoUuid` is present. */
  orderFrom?: "PARTNER" | null;
  /** `nullable|string|exists:orders,uuid` (seed 000:2580-2582; 003:107). */
  fpgoUuid?: string | null;
  /** `sometimes|numeric|in:0,1,2` (seed 000:2585-2587; 003:77). Checked only when present. */
  invoiceInterval?: 0 | "0" | 1 | "1" | 2 | "2";
  /** `sometimes|boolean` (seed 000:2590-2592; 003:78). Checked only when present. */
  separateInvoices?: boolean | 0 | 1 | "0" | "1";
  /** `required|boolean` (seed 000:2595-2597; 003:100). */
  invoiceFeeApplicable: boolean | 0 | 1 | "0" | "1";
  /** `nullable|numeric` (seed 000:2600-2602; 003:101). */
  invoiceMaturity?: number | string | null;
  /** No rule of its own. */
  settings?: FpgoCheckoutCreateInvoiceSessionBodySettings;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoCheckoutCreateInvoiceSessionInputCustomerDetails;
  /** No rule of its own: required because a member is. */
  callback: FpgoCheckoutCreateInvoiceSessionBodyCallback;
}

/** `products.*` in the builder input of `checkout.createInvoiceSession`. */
export interface FpgoCheckoutCreateInvoiceSessionInputProductsItem {
  /** `required|string` (seed 000:2505-2507; 003:35). */
  name: string;
  /** `nullable|string|max:25` (seed 000:2510-2512; 003:36; 003:32). */
  productId?: string | null;
  /** `required|numeric` (seed 000:2515-2517; 003:37). */
  quantity: number | string;
  /** `required|numeric` (seed 000:2520-2522; 003:38). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:2525-2527; 003:39). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:2530-2532; 003:40). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:2535-2537; 003:41). Filled in by the builder when absent. */
  amount?: number | string;
}

/** `orderSummary` in the builder input of `checkout.createInvoiceSession`. */
export interface FpgoCheckoutCreateInvoiceSessionInputOrderSummary {
  /** `required|numeric` (seed 000:2540-2542; 003:42). Filled in by the builder when absent. */
  subTotal?: number | string;
  /** `required|numeric` (seed 000:2545-2547; 003:43). Filled in by the builder when absent. */
  totalTax?: number | string;
  /** `required|numeric` (seed 000:2550-2552; 003:44). Filled in by the builder when absent. */
  totalDiscount?: number | string;
  /** `required|numeric` (seed 000:2555-2557; 003:45). Filled in by the builder when absent. */
  grandTotal?: number | string;
  /** `nullable|numeric` (seed 003:92). */
  shippingCost?: number | string | null;
}

/** `customerDetails` in the builder input of `checkout.createInvoiceSession`. */
export interface FpgoCheckoutCreateInvoiceSessionInputCustomerDetails {
  /** `required|nullable|string|in:private,corporate` (seed 000:2610-2612; 003:53). */
  type: "private" | "corporate";
  /** `required|nullable|string` (seed 000:2615-2617; 003:54). */
  countryCode: string;
  /** `required|nullable|string` (seed 000:2620-2622; 003:55). */
  msisdn: string;
  /** `required|nullable|email` (seed 000:2625-2627; 003:56). */
  email: string;
  /** `required|string` (seed 000:2630-2632; 003:57). */
  name: string;
  /** `nullable|required_if:customerDetails.type,private|string|regex:/^\d{11}$/` (seed 000:2635-2637; 003:59). Required when `customerDetails.type` is "private". */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|string|regex:/^[a-zA-Z0-9]+$/` (seed 000:2640-2642; 003:60). Required when `customerDetails.type` is "corporate". */
  organizationId?: string | null;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:2645-2647; 003:58; 003:114). Filled in by the builder when absent. */
  preferredLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** No rule of its own: required because a member is. */
  address: FpgoCheckoutCreateInvoiceSessionBodyCustomerDetailsAddress;
}

/** What `build("checkout.createHostedPaymentLink")` takes: `FpgoCheckoutCreateHostedPaymentLinkBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoCheckoutCreateHostedPaymentLinkInput {
  /** `required|array` (seed 000:2918-2950). */
  products: FpgoList<FpgoCheckoutCreateHostedPaymentLinkInputProductsItem>;
  /** No rule of its own. Filled in by the builder when absent. */
  orderSummary?: FpgoCheckoutCreateHostedPaymentLinkInputOrderSummary;
  /** `required|string|date_format:U` (seed 000:2973-2975). Filled in by the builder when absent. */
  orderDate?: FpgoDateInput;
  /** `required|string|date_format:U` (seed 000:2978-2980). */
  dueDateForPaymentLink: FpgoDateInput;
  /** `required_with:fpgoUuid|nullable|string|in:PARTNER` (seed 000:2983-2985). Required when `fpgoUuid` is present. */
  orderFrom?: "PARTNER" | null;
  /** `nullable|string|exists:orders,uuid` (seed 000:2988-2990; 003:107). */
  fpgoUuid?: string | null;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoCheckoutCreateHostedPaymentLinkBodyCustomerDetails;
  /** `nullable|string|in:en,no,sv,da,de` (seed 000:3048-3050). Filled in by the builder when absent. */
  checkoutLanguage?: "en" | "no" | "sv" | "da" | "de" | null;
  /** `nullable|string` (seed 000:3053-3055). */
  referencesNo?: string | null;
  /** `nullable|string` (seed 000:3058-3060). */
  customerNotes?: string | null;
  /** No rule of its own: required because a member is. */
  callback: FpgoCheckoutCreateHostedPaymentLinkBodyCallback;
}

/** `products.*` in the builder input of `checkout.createHostedPaymentLink`. */
export interface FpgoCheckoutCreateHostedPaymentLinkInputProductsItem {
  /** `required|string` (seed 000:2918-2920). */
  name: string;
  /** `nullable|string` (seed 000:2923-2925). */
  productId?: string | null;
  /** `required|numeric` (seed 000:2928-2930). */
  quantity: number | string;
  /** `required|numeric` (seed 000:2933-2935). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:2938-2940). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:2943-2945). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:2948-2950). Filled in by the builder when absent. */
  amount?: number | string;
}

/** `orderSummary` in the builder input of `checkout.createHostedPaymentLink`. */
export interface FpgoCheckoutCreateHostedPaymentLinkInputOrderSummary {
  /** `required|numeric` (seed 000:2953-2955). Filled in by the builder when absent. */
  subTotal?: number | string;
  /** `required|numeric` (seed 000:2958-2960). Filled in by the builder when absent. */
  totalTax?: number | string;
  /** `required|numeric` (seed 000:2963-2965). Filled in by the builder when absent. */
  totalDiscount?: number | string;
  /** `required|numeric` (seed 000:2968-2970). Filled in by the builder when absent. */
  grandTotal?: number | string;
}

/** What `build("reservations.submit")` takes: `FpgoReservationsSubmitBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoReservationsSubmitInput {
  /** `required|array` (seed 000:3286-3288). */
  customerDetails: FpgoReservationsSubmitBodyCustomerDetails;
  /** `required|string|date_format:U` (seed 000:3356-3358). Filled in by the builder when absent. */
  orderDate?: FpgoDateInput;
  /** `required|string|date_format:U` (seed 000:3361-3363). */
  dueDateForPaymentLink: FpgoDateInput;
  /** `nullable|string` (seed 000:3366-3368). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:3371-3373). */
  customerReference?: string | null;
  /** `required|array` (seed 000:3376-3378). */
  sendOrderBy: FpgoReservationsSubmitBodySendOrderBy;
  /** `required|array` (seed 000:3391-3393). */
  products: FpgoList<FpgoReservationsSubmitInputProductsItem>;
  /** No rule of its own. Filled in by the builder when absent. */
  orderSummary?: FpgoReservationsSubmitInputOrderSummary;
  /** `nullable|string` (seed 000:3436-3438). */
  customerNotes?: string | null;
  /** `nullable|string` (seed 000:3441-3443). */
  tnc?: string | null;
  /** `nullable|string|numeric` (seed 000:3446-3448). */
  chargeValidity?: string | null;
  /** `nullable|array` (seed 000:3451-3453). */
  settings?: FpgoReservationsSubmitBodySettings | null;
  /** `nullable|array` (seed 000:3466-3468). */
  callback?: FpgoReservationsSubmitBodyCallback | null;
}

/** `products.*` in the builder input of `reservations.submit`. */
export interface FpgoReservationsSubmitInputProductsItem {
  /** `required|string` (seed 000:3396-3398). */
  name: string;
  /** `nullable|string` (seed 000:3401-3403). */
  productId?: string | null;
  /** `required|numeric` (seed 000:3406-3408). */
  rate: number | string;
  /** `required|numeric|in:0,12,15,25` (seed 000:3411-3413). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:3416-3418). Filled in by the builder when absent. */
  amount?: number | string;
}

/** `orderSummary` in the builder input of `reservations.submit`. */
export interface FpgoReservationsSubmitInputOrderSummary {
  /** `required|numeric` (seed 000:3421-3423). Filled in by the builder when absent. */
  subTotal?: number | string;
  /** `required|numeric` (seed 000:3426-3428). Filled in by the builder when absent. */
  totalTax?: number | string;
  /** `required|numeric` (seed 000:3431-3433). Filled in by the builder when absent. */
  grandTotal?: number | string;
}

/** What `build("reservations.createSession")` takes: `FpgoReservationsCreateSessionBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoReservationsCreateSessionInput {
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoReservationsCreateSessionInputCustomerDetails;
  /** `required|string|date_format:U` (seed 000:3735-3737). Filled in by the builder when absent. */
  orderDate?: FpgoDateInput;
  /** `required|string|date_format:U` (seed 000:3740-3742). */
  dueDateForPaymentLink: FpgoDateInput;
  /** `nullable|string` (seed 000:3745-3747). */
  referenceNo?: string | null;
  /** `nullable|string` (seed 000:3750-3752). */
  customerReference?: string | null;
  /** `required|array` (seed 000:3755-3757). */
  sendOrderBy: FpgoReservationsCreateSessionBodySendOrderBy;
  /** `required|array` (seed 000:3770-3772). */
  products: FpgoList<FpgoReservationsCreateSessionInputProductsItem>;
  /** No rule of its own. Filled in by the builder when absent. */
  orderSummary?: FpgoReservationsCreateSessionInputOrderSummary;
  /** `nullable|string` (seed 000:3815-3817). */
  customerNotes?: string | null;
  /** `nullable|string` (seed 000:3820-3822). */
  tnc?: string | null;
  /** `nullable|string|regex:/^\d+$/` (seed 000:3825-3827). */
  chargeValidity?: string | null;
  /** `required|array` (seed 000:3830-3832). */
  submitPayment: FpgoReservationsCreateSessionBodySubmitPayment;
  /** `nullable|array` (seed 000:3840-3842). */
  callback?: FpgoReservationsCreateSessionBodyCallback | null;
  /** `nullable|array` (seed 000:3860-3862). */
  settings?: FpgoReservationsCreateSessionBodySettings | null;
}

/** `customerDetails` in the builder input of `reservations.createSession`. */
export interface FpgoReservationsCreateSessionInputCustomerDetails {
  /** `required|string|in:private,corporate` (seed 000:3670-3672). */
  type: "private" | "corporate";
  /** `required|string` (seed 000:3675-3677). */
  countryCode: string;
  /** `required|string` (seed 000:3680-3682). */
  msisdn: string;
  /** `required|email` (seed 000:3685-3687). */
  email: string;
  /** `required|string` (seed 000:3690-3692). */
  name: string;
  /** `required|string|in:en,no,sv,da,de` (seed 000:3695-3697). Filled in by the builder when absent. */
  preferredLanguage?: "en" | "no" | "sv" | "da" | "de";
  /** `nullable|string|digits:11` (seed 000:3700-3702). */
  personalNumber?: string | null;
  /** `required_if:customerDetails.type,corporate|nullable|string|regex:/^\d+$/` (seed 000:3705-3707). Required when `customerDetails.type` is "corporate". */
  organizationId?: string | null;
  /** `required|array` (seed 000:3710-3712). */
  address: FpgoReservationsCreateSessionBodyCustomerDetailsAddress;
}

/** `products.*` in the builder input of `reservations.createSession`. */
export interface FpgoReservationsCreateSessionInputProductsItem {
  /** `required|string` (seed 000:3775-3777). */
  name: string;
  /** `nullable|string` (seed 000:3780-3782). */
  productId?: string | null;
  /** `required|numeric` (seed 000:3785-3787). */
  rate: number | string;
  /** `required|numeric|in:0,12,15,25` (seed 000:3790-3792). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:3795-3797). Filled in by the builder when absent. */
  amount?: number | string;
}

/** `orderSummary` in the builder input of `reservations.createSession`. */
export interface FpgoReservationsCreateSessionInputOrderSummary {
  /** `required|numeric` (seed 000:3800-3802). Filled in by the builder when absent. */
  subTotal?: number | string;
  /** `required|numeric` (seed 000:3805-3807). Filled in by the builder when absent. */
  totalTax?: number | string;
  /** `required|numeric` (seed 000:3810-3812). Filled in by the builder when absent. */
  grandTotal?: number | string;
}

/** What `build("reservations.capture")` takes: `FpgoReservationsCaptureBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoReservationsCaptureInput {
  /** `required|array` (seed 000:4180-4187). */
  products: FpgoList<FpgoReservationsCaptureBodyProductsItem>;
  /** `required|numeric` (seed 000:4190-4192). Filled in by the builder when absent. */
  grandTotal?: number | string;
  /** `nullable|string` (seed 000:4195-4197). */
  additionalText?: string | null;
}

/** What `build("reservations.charge")` takes: `FpgoReservationsChargeBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoReservationsChargeInput {
  /** `required|array` (seed 000:4358-4380). */
  products: FpgoList<FpgoReservationsChargeInputProductsItem>;
  /** `required|numeric` (seed 000:4383-4385). Filled in by the builder when absent. */
  grandTotal?: number | string;
  /** `nullable|string` (seed 000:4388-4390). */
  additionalText?: string | null;
}

/** `products.*` in the builder input of `reservations.charge`. */
export interface FpgoReservationsChargeInputProductsItem {
  /** `required|string` (seed 000:4358-4360). */
  name: string;
  /** `nullable|string` (seed 000:4363-4365). */
  productId?: string | null;
  /** `required|numeric` (seed 000:4368-4370). */
  rate: number | string;
  /** `required|numeric|in:0,12,15,25` (seed 000:4373-4375). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:4378-4380). Filled in by the builder when absent. */
  amount?: number | string;
}

/** What `build("reservations.refund")` takes: `FpgoReservationsRefundBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoReservationsRefundInput {
  /** `required|string|in:reservation` (seed 000:4962-4964). Filled in by the builder when absent. */
  type?: "reservation";
  /** `required|numeric` (seed 000:4967-4969). Filled in by the builder when absent. */
  grandTotal?: number | string;
  /** `required|array` (seed 000:4972-4979). */
  products: FpgoList<FpgoReservationsRefundBodyProductsItem>;
  /** `required|string|in:captured,charged` (seed 000:4982-4984). */
  source: "captured" | "charged";
  /** `required|string` (seed 000:4987-4989). */
  reference: string;
}

/** What `build("subscriptions.create")` takes: `FpgoSubscriptionsCreateBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoSubscriptionsCreateInput {
  /** No rule of its own. */
  products?: FpgoList<FpgoSubscriptionsCreateInputProductsItem>;
  /** `required|string` (seed 000:5279-5281). */
  billingFrequency: string;
  /** `required|numeric` (seed 000:5284-5286). */
  numberOfRepeats: number | string;
  /** No rule of its own. Filled in by the builder when absent. */
  orderSummary?: FpgoSubscriptionsCreateInputOrderSummary;
  /** `required|string` (seed 000:5314-5316). */
  subscriptionStartDate: FpgoDateInput;
  /** `required|string` (seed 000:5319-5321). */
  subscriptionEndsDate: FpgoDateInput;
  /** `required|string` (seed 000:5324-5326). */
  dueDateForPaymentLink: FpgoDateInput;
  /** No rule of its own: required because a member is. */
  sendOrderBy: FpgoSubscriptionsCreateBodySendOrderBy;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoSubscriptionsCreateBodyCustomerDetails;
}

/** `products.*` in the builder input of `subscriptions.create`. */
export interface FpgoSubscriptionsCreateInputProductsItem {
  /** `required|string` (seed 000:5244-5246). */
  name: string;
  /** `nullable|string` (seed 000:5249-5251). */
  productId?: string | null;
  /** `required|numeric` (seed 000:5254-5256). */
  quantity: number | string;
  /** `required|numeric` (seed 000:5259-5261). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:5264-5266). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:5269-5271). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:5274-5276). Filled in by the builder when absent. */
  amount?: number | string;
}

/** `orderSummary` in the builder input of `subscriptions.create`. */
export interface FpgoSubscriptionsCreateInputOrderSummary {
  /** `required|numeric` (seed 000:5289-5291). Filled in by the builder when absent. */
  subTotal?: number | string;
  /** `required|numeric` (seed 000:5294-5296). Filled in by the builder when absent. */
  totalTax?: number | string;
  /** `required|numeric` (seed 000:5299-5301). Filled in by the builder when absent. */
  totalDiscount?: number | string;
  /** `required|numeric` (seed 000:5304-5306). Filled in by the builder when absent. */
  grandTotal?: number | string;
  /** `required|numeric` (seed 000:5309-5311). Filled in by the builder when absent. */
  payablePerCycle?: number | string;
}

/** What `build("subscriptions.createSession")` takes: `FpgoSubscriptionsCreateSessionBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoSubscriptionsCreateSessionInput {
  /** No rule of its own. */
  products?: FpgoList<FpgoSubscriptionsCreateSessionInputProductsItem>;
  /** `required|string` (seed 000:5504). */
  billingFrequency: string;
  /** `required|numeric` (seed 000:5505). */
  numberOfRepeats: number | string;
  /** No rule of its own. Filled in by the builder when absent. */
  orderSummary?: FpgoSubscriptionsCreateSessionInputOrderSummary;
  /** `required|string` (seed 000:5511). */
  subscriptionStartDate: FpgoDateInput;
  /** `required|string` (seed 000:5512). */
  subscriptionEndsDate: FpgoDateInput;
  /** `required|string` (seed 000:5513). */
  dueDateForPaymentLink: FpgoDateInput;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoSubscriptionsCreateSessionBodyCustomerDetails;
  /** `nullable|string` (seed 000:5527). */
  customerNotes?: string | null;
  /** `nullable|string` (seed 000:5528). */
  termsAndConditions?: string | null;
  /** No rule of its own: required because a member is. */
  submitPayment: FpgoSubscriptionsCreateSessionBodySubmitPayment;
  /** `nullable|array` (seed 000:5531). */
  settings?: FpgoSubscriptionsCreateSessionBodySettings | null;
  /** No rule of its own: required because a member is. */
  callback: FpgoSubscriptionsCreateSessionBodyCallback;
}

/** `products.*` in the builder input of `subscriptions.createSession`. */
export interface FpgoSubscriptionsCreateSessionInputProductsItem {
  /** `required|string` (seed 000:5497). */
  name: string;
  /** `nullable|string|max:25` (seed 000:5498). */
  productId?: string | null;
  /** `required|numeric` (seed 000:5499). */
  quantity: number | string;
  /** `required|numeric` (seed 000:5500). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:5501). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:5502; 000:5269-5271). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:5503). Filled in by the builder when absent. */
  amount?: number | string;
}

/** `orderSummary` in the builder input of `subscriptions.createSession`. */
export interface FpgoSubscriptionsCreateSessionInputOrderSummary {
  /** `required|numeric` (seed 000:5506). Filled in by the builder when absent. */
  subTotal?: number | string;
  /** `required|numeric` (seed 000:5507). Filled in by the builder when absent. */
  totalTax?: number | string;
  /** `required|numeric` (seed 000:5508). Filled in by the builder when absent. */
  totalDiscount?: number | string;
  /** `required|numeric` (seed 000:5509). Filled in by the builder when absent. */
  grandTotal?: number | string;
  /** `required|numeric` (seed 000:5510). Filled in by the builder when absent. */
  payablePerCycle?: number | string;
}

/** What `build("refunds.requestApproval")` takes: `FpgoRefundsRequestApprovalBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoRefundsRequestApprovalInput {
  /** `required|string|in:regular,invoiced,reservation` (seed 000:6947-6949). */
  type: "regular" | "invoiced" | "reservation";
  /** `required|numeric` (seed 000:6952-6954). Filled in by the builder when absent. */
  grandTotal?: number | string;
  /** No rule of its own. */
  products?: FpgoList<FpgoRefundsRequestApprovalBodyProductsItem>;
  /** `required|string` (seed 000:6967-6969). */
  message: string;
  /** `required_if:type,reservation|nullable|string|in:captured,charged` (seed 000:6972-6974). Required when `type` is "reservation". */
  source?: "captured" | "charged" | null;
  /** `required_if:type,reservation|nullable|string` (seed 000:6977-6979). Required when `type` is "reservation". */
  reference?: string | null;
}

/** What `build("terminal.createOrder")` takes: `FpgoTerminalCreateOrderBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoTerminalCreateOrderInput {
  /** No rule of its own. */
  products?: FpgoList<FpgoTerminalCreateOrderInputProductsItem>;
  /** No rule of its own. Filled in by the builder when absent. */
  orderSummary?: FpgoTerminalCreateOrderInputOrderSummary;
  /** `required|array` (seed 000:7286-7288). */
  sendOrderBy: FpgoTerminalCreateOrderBodySendOrderBy;
  /** `required|string` (seed 000:7301-7303). */
  orderDate: FpgoDateInput;
  /** No rule of its own: required because a member is. */
  customerDetails: FpgoTerminalCreateOrderBodyCustomerDetails;
  /** `required|boolean` (seed 000:7366-7368). */
  receiptPrint: boolean | 0 | 1 | "0" | "1";
  /** `required|string` (seed 000:7371-7373). */
  terminalUuid: string;
  /** No rule of its own. */
  invoiceReferences?: FpgoTerminalCreateOrderBodyInvoiceReferences;
  /** `nullable|url` (seed 000:7396-7398). */
  callbackUrl?: string | null;
}

/** `products.*` in the builder input of `terminal.createOrder`. */
export interface FpgoTerminalCreateOrderInputProductsItem {
  /** `required|string` (seed 000:7231-7233). */
  name: string;
  /** `nullable|string` (seed 000:7236-7238). */
  productId?: string | null;
  /** `required|numeric` (seed 000:7241-7243). */
  quantity: number | string;
  /** `required|numeric` (seed 000:7246-7248). */
  rate: number | string;
  /** `nullable|numeric` (seed 000:7251-7253). */
  discount?: number | string | null;
  /** `required|numeric|in:0,12,15,25` (seed 000:7256-7258). The documented rates; the `taxRates` option replaces them. */
  tax: number | string;
  /** `required|numeric` (seed 000:7261-7263). Filled in by the builder when absent. */
  amount?: number | string;
}

/** `orderSummary` in the builder input of `terminal.createOrder`. */
export interface FpgoTerminalCreateOrderInputOrderSummary {
  /** `required|numeric` (seed 000:7266-7268). Filled in by the builder when absent. */
  subTotal?: number | string;
  /** `required|numeric` (seed 000:7271-7273). Filled in by the builder when absent. */
  totalTax?: number | string;
  /** `required|numeric` (seed 000:7276-7278). Filled in by the builder when absent. */
  totalDiscount?: number | string;
  /** `required|numeric` (seed 000:7281-7283). Filled in by the builder when absent. */
  grandTotal?: number | string;
}

/** What `build("terminal.cancelOrder")` takes: `FpgoTerminalCancelOrderBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoTerminalCancelOrderInput {
  /** `required|string|in:payment` (seed 000:7547-7549). Filled in by the builder when absent. */
  type?: "payment";
}

/** What `build("terminal.refund")` takes: `FpgoTerminalRefundBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoTerminalRefundInput {
  /** `required|string|in:regular` (seed 000:7834-7836). Filled in by the builder when absent. */
  type?: "regular";
  /** `required|numeric` (seed 000:7839-7841). Filled in by the builder when absent. */
  grandTotal?: number | string;
  /** No rule of its own. */
  products?: FpgoList<FpgoTerminalRefundBodyProductsItem>;
  /** `nullable|boolean` (seed 000:7854-7856). */
  isReversal?: boolean | 0 | 1 | "0" | "1" | null;
}

/** What `build("terminal.cancelRefund")` takes: `FpgoTerminalCancelRefundBody` with the fields it fills optional and its dates as `FpgoDateInput`. */
export interface FpgoTerminalCancelRefundInput {
  /** `required|string|in:refund` (seed 000:8057-8059). Filled in by the builder when absent. */
  type?: "refund";
}

/** Every endpoint id with a builder -> what its builder takes: the body, less what the builder fills. */
export interface FpgoBuilderInputs {
  "orders.sendPaymentLink": FpgoOrdersSendPaymentLinkInput;
  "orders.sendInvoice": FpgoOrdersSendInvoiceInput;
  "orders.sendEFaktura": FpgoOrdersSendEFakturaInput;
  "orders.sendEhfInvoice": FpgoOrdersSendEhfInvoiceInput;
  "orders.resendPaymentLink": FpgoOrdersResendPaymentLinkBody;
  "orders.cancel": FpgoOrdersCancelBody;
  "orders.refund": FpgoOrdersRefundInput;
  "checkout.createSession": FpgoCheckoutCreateSessionInput;
  "checkout.createInvoiceSession": FpgoCheckoutCreateInvoiceSessionInput;
  "checkout.createHostedPaymentLink": FpgoCheckoutCreateHostedPaymentLinkInput;
  "reservations.submit": FpgoReservationsSubmitInput;
  "reservations.createSession": FpgoReservationsCreateSessionInput;
  "reservations.capture": FpgoReservationsCaptureInput;
  "reservations.charge": FpgoReservationsChargeInput;
  "reservations.cancel": FpgoReservationsCancelBody;
  "reservations.complete": FpgoReservationsCompleteBody;
  "reservations.resend": FpgoReservationsResendBody;
  "reservations.refund": FpgoReservationsRefundInput;
  "subscriptions.create": FpgoSubscriptionsCreateInput;
  "subscriptions.createSession": FpgoSubscriptionsCreateSessionInput;
  "subscriptions.resend": FpgoSubscriptionsResendBody;
  "subscriptions.cancel": FpgoSubscriptionsCancelBody;
  "subscriptions.refundCycles": FpgoSubscriptionsRefundCyclesBody;
  "customers.updatePrivate": FpgoCustomersUpdatePrivateBody;
  "customers.updateCorporate": FpgoCustomersUpdateCorporateBody;
  "refunds.requestApproval": FpgoRefundsRequestApprovalInput;
  "terminal.createOrder": FpgoTerminalCreateOrderInput;
  "terminal.cancelOrder": FpgoTerminalCancelOrderInput;
  "terminal.refund": FpgoTerminalRefundInput;
  "terminal.cancelRefund": FpgoTerminalCancelRefundInput;
  "credit.checkPrivate": FpgoCreditCheckPrivateBody;
  "credit.checkCorporate": FpgoCreditCheckCorporateBody;
  "company.requestCheck": FpgoCompanyRequestCheckBody;
}

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

/** Every endpoint id -> what its call resolves to (the envelope's `data`; a paged list's `FpgoPage`). */
export interface FpgoResponses {
  /** Send Payment Link (seed 000:262-273). The new order's id is `uuid` (not `orderUuid`). */
  "orders.sendPaymentLink": FpgoCreatedOrder;
  /** Send Invoice (seed 000:596-611). */
  "orders.sendInvoice": FpgoCreatedOrder;
  /** Send E-Faktura (seed 000:912-927). */
  "orders.sendEFaktura": FpgoCreatedOrder;
  /** Send EHF Invoice (seed 000:1219-1234). */
  "orders.sendEhfInvoice": FpgoCreatedOrder;
  /** Resend Payment Link (seed 000:1346-1356). The documents' example answers `data: null`. */
  "orders.resendPaymentLink": null;
  /** Cancel Order (seed 000:1473-1483). The documents' example answers `data: null`. */
  "orders.cancel": null;
  /** Refund Order (seed 000:1616-1626). The documents' example answers `data: null`. */
  "orders.refund": null;
  /** Get All Order Status (seed 000:1761-1780). */
  "orders.listStatuses": Array<{ uuid: string; status: string }>;
  /** Get Order Status By UUID (seed 000:1822-1837). */
  "orders.getStatus": { uuid: string; status: string; orderAmount: number; refundedAmount: number };
  /** Get Order Details By UUID (seed 000:1895-1946). */
  "orders.getDetails": FpgoOrderDetails;
  /** Get Invoice Number By UUID (seed 000:2009-2023). */
  "orders.getInvoiceNumber": { orderUuid: string; invoiceNumber: string | null; status: string };
  /** Delayed Charge (seed 000:2073-2081). The documents' example answers `data: null`. */
  "orders.delayedCharge": null;
  /** Create Checkout Session - Card, Vipps, Apple & Google Pay (seed 000:2405-2420). */
  "checkout.createSession": { orderUuid: string; customerUuid: string; paymentUrl: string };
  /** Create Session for Invoice Order (seed 000:2743-2757). */
  "checkout.createInvoiceSession": { orderUuid: string; customerUuid: string; bankIdUrl: string };
  /** Hosted Checkout - Create a Payment Link (seed 000:3083-3097). */
  "checkout.createHostedPaymentLink": { orderUuid: string; customerUuid: string; paymentUrl: string };
  /** Submit Reservation (seed 000:3479-3493). */
  "reservations.submit": { customerUuid: string; reservationUuid: string; checkoutUrl: string };
  /** Create Session for Reservation (seed 000:3879-3893). */
  "reservations.createSession": { customerUuid: string; reservationUuid: string; paymentUrl: string };
  /** Get Reservation Details By UUID (seed 000:3975-4087). */
  "reservations.getDetails": FpgoReservationDetails;
  /** Capture Reservation (seed 000:4204-4216). */
  "reservations.capture": { uuid: string };
  /** Charge Reservation (seed 000:4397-4409). */
  "reservations.charge": { uuid: string };
  /** Cancel Reservation (seed 000:4548-4558). The documents' example answers `data: null`. */
  "reservations.cancel": null;
  /** Complete Reservation (seed 000:4689-4699). The documents' example answers `data: null`. */
  "reservations.complete": null;
  /** Resend Reservation (seed 000:4832-4842). The documents' example answers `data: null`. */
  "reservations.resend": null;
  /** Refund Reservation (seed 000:4996-5006). The documents' example answers `data: null`. */
  "reservations.refund": null;
  /** Get Reservation History (seed 000:5099-5161). */
  "reservations.getHistory": Array<{ uuid: string; title: string; datetime: string; sentTo: string; actionBy: string | null; note: string | null }>;
  /** Create Subscription (seed 000:5383-5394). The example ends with `// Possibly other metadata`: further members are `unknown`. */
  "subscriptions.create": { paymentLink: string; subscriptionUuid: string; orderUuid: string; readonly [field: string]: unknown };
  /** Create Session For Subscription Payment (seed 000:5545-5558). */
  "subscriptions.createSession": { subscriptionUuid: string; orderUuid: string; customerUuid: string; paymentUrl: string };
  /** Get Subscription List (seed 000:5619-5656). */
  "subscriptions.list": FpgoPage<FpgoSubscriptionListItem>;
  /** Get Failed Payment List (seed 000:5769-5850). */
  "subscriptions.listFailedPayments": FpgoPage<FpgoFailedSubscriptionPayment>;
  /** Get Subscription Details By Uuid (seed 000:5874-5958). */
  "subscriptions.getDetails": FpgoSubscriptionDetails;
  /** Get Failed Payment Details (seed 000:6100-6177). */
  "subscriptions.getFailedPaymentDetails": FpgoFailedPaymentDetails;
  /** Resend Subscription (seed 000:6199-6218). The structure says `data: "Array"`, the example `data: null` with `is_data: false`: nothing documented to read. */
  "subscriptions.resend": readonly unknown[] | null;
  /** Cancel Subscription (seed 000:6234-6253). The documents show an empty list (`data: []`): nothing documented to read. */
  "subscriptions.cancel": readonly unknown[];
  /** Refund Subscription Cycle (seed 000:6290-6312). The documents show an empty list (`data: []`): nothing documented to read. */
  "subscriptions.refundCycles": readonly unknown[];
  /** Get Customer Details By Uuid (seed 000:6460-6493). */
  "customers.getDetails": FpgoCustomerDetails;
  /** Update Private Customer (seed 000:6664-6672). The documents' example answers `data: null`. */
  "customers.updatePrivate": null;
  /** Update Corporate Customer (seed 000:6867-6875). The documents' example answers `data: null`. */
  "customers.updateCorporate": null;
  /** Request Refund Approval (seed 000:6988-6996). The documents' example answers `data: null`. */
  "refunds.requestApproval": null;
  /** Get Terminal Lists (seed 000:7109-7124). */
  "terminal.listTerminals": Array<{ uuid: string; name: string; status: number; organization_uuid: string }>;
  /** Create Terminal Order (seed 000:7409-7417). */
  "terminal.createOrder": { orderUuid: string };
  /** Cancel Terminal Order (seed 000:7560-7581). The documents' example answers `data: null`. */
  "terminal.cancelOrder": null;
  /** Resend Terminal Order (seed 000:7647-7657). The example is not JSON (`"data": [ 'orderUuid': 'ODR1234567890' ]`): an object holding `orderUuid` or a list; check before reading. */
  "terminal.resendOrder": { readonly orderUuid?: unknown } | readonly unknown[];
  /** Payment Status Check (seed 000:7711-7753). Read from the envelope (`order_status`, `message`; `data` is `null`): `orderStatus` is `PAID` or `CANCELLED` in the documents. Fields of a non-null `data` object are kept beside them. */
  "terminal.getPaymentStatus": { orderStatus: string; message: string };
  /** Refund or Reverse Payment (seed 000:7865-7873). The documents' example answers `data: null`. */
  "terminal.refund": null;
  /** Refund Status Check (seed 000:7963-7983). Read from the envelope (`refund_status`, `message`; `data` is `null`): `refundStatus` is `REFUNDED` or `REJECTED` in the documents. Fields of a non-null `data` object are kept beside them. */
  "terminal.getRefundStatus": { refundStatus: string; message: string };
  /** Cancel Refund Request (seed 000:8070-8091). The documents' example answers `data: null`. */
  "terminal.cancelRefund": null;
  /** Credit Check for Private Customer (seed 000:8192-8200). The documents' example answers `data: null`. */
  "credit.checkPrivate": null;
  /** Credit Check for Corporate Customer (seed 000:8271-8279). The documents' example answers `data: null`. */
  "credit.checkCorporate": null;
  /** Get Credit Check List (seed 000:8318-8355). */
  "credit.listChecks": FpgoCreditCheck[];
  /** Company Check Request (seed 000:8460-8471). */
  "company.requestCheck": { url: string; companyCheckUuid: string };
  /** Company Information Check (seed 000:8592-8615). */
  "company.getDetails": FpgoCompanyCheck[];
  /** Check Invoice Fee (seed 000:8669-8686). The example is not JSON (the members are written inside `[ ... ]`): one object, or a list of them; check with `Array.isArray`. */
  "company.getInvoiceFee": FpgoCompanyInvoiceFee | readonly FpgoCompanyInvoiceFee[];
}

/** Every paged list id -> the item its `.all()` yields. */
export interface FpgoListItems {
  "subscriptions.list": FpgoSubscriptionListItem;
  "subscriptions.listFailedPayments": FpgoFailedSubscriptionPayment;
}

/** The ids of the paged lists (the methods with `.all()`). */
export type FpgoPagedId = keyof FpgoListItems;
