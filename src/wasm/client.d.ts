/** What the `onRequest` hook receives before each attempt (never the token, headers or bodies). */
export interface FpgoRequestEvent {
  endpointId: FpgoEndpointId;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** The path without host or query string. */
  path: string;
  /** 0 for the first request, 1 for the first retry, ... */
  attempt: number;
}

/** What the `onResponse` hook receives after each attempt. */
export interface FpgoResponseEvent extends FpgoRequestEvent {
  /** The HTTP status, when a response arrived. */
  status?: number;
  durationMs: number;
  /** The error's code when the attempt failed. */
  errorCode?: string;
}

/** Options for `new FpgoClient(...)`. */
export interface FpgoClientOptions {
  /** The merchant's bearer token (a secret: never ship it to browsers). */
  token: string;
  /** `demo` (the default, https://demo-api.frontpayment.no) or `production`. */
  environment?: "demo" | "production";
  /** Overrides `environment`: a sandbox (`http://127.0.0.1:PORT`) or a proxy. */
  baseUrl?: string;
  /** Time allowed for each attempt, headers and body together (default 30000). */
  timeoutMs?: number;
  /** Retries for GET requests on network errors, timeouts, 429 and 5xx (default 2, at most 10). POST and PUT are never retried. */
  maxRetries?: number;
  /** A fetch implementation to use instead of the global one. */
  fetch?: (request: Request) => Promise<Response>;
  /** Allow use in a browser window, where the token is visible to every visitor. */
  dangerouslyAllowBrowser?: boolean;
  /** Check bodies against the endpoint's rules before sending (default true). */
  validate?: boolean;
  /** The language of error messages: en (default; the server's own text is kept), no, sv, da, de. */
  lang?: "en" | "no" | "nb" | "nn" | "sv" | "da" | "de";
  /** The largest response body read, in bytes (default 10 MB); a larger one is `response_too_large`. */
  maxResponseBytes?: number;
  /** Called before each attempt. */
  onRequest?: (event: FpgoRequestEvent) => void;
  /** Called after each attempt. */
  onResponse?: (event: FpgoResponseEvent) => void;
}

/** Path parameters, query parameters and JSON body of one call, and its per-request options. */
export interface FpgoRequestOptions {
  pathParams?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: Record<string, unknown>;
  /** Extra headers (the client's own, such as `Authorization`, cannot be replaced). */
  headers?: Record<string, string>;
  /** Aborts the call (and `.all()`): it rejects with `kind: "aborted"`. */
  signal?: AbortSignal;
  /** This call's time per attempt, instead of the client's. */
  timeoutMs?: number;
}

/** Per-request options every method accepts beside its parameters. */
export type FpgoCallOptions = Pick<FpgoRequestOptions, "headers" | "signal" | "timeoutMs">;

/** The envelope's `data`, unwrapped. */
export type FpgoData = Record<string, unknown> | unknown[] | null;

/** One page of a list endpoint (000:5592-5853). */
export interface FpgoPage<T> {
  data: T[];
  /** `null` when the server sent no paging information (then there is one page). */
  metaData: { total: number; perPage: number; currentPage: number; lastPage: number } | null;
  links: { previous: string | null; next: string | null } | null;
}

/** A list method: one page, or `.all()` for every item of every page. */
export interface FpgoListMethod<I, T> {
  (input?: I): Promise<FpgoPage<T>>;
  /** Every item of every page, one page requested at a time; stops at the last page. */
  all(input?: I): AsyncIterableIterator<T>;
}

/** An item of Get Subscription List (000:5670-5700). */
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
  [field: string]: unknown;
}

/** `data` of the order-creating endpoints: the new order's uuid (not `orderUuid`) and its customer. */
export interface FpgoCreatedOrder {
  uuid: string;
  customerUuid: string;
}

/** `data` of Get Order Details By UUID. */
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
  customerDetails: Record<string, unknown> | null;
}

export type FpgoErrorKind =
  | "validation" | "auth" | "not_found" | "business_rule" | "rate_limited" | "invalid_request"
  | "server" | "network" | "timeout" | "invalid_response" | "config" | "aborted";

/** One failed rule at one field, as `validate()` reports it. */
export interface FpgoFieldIssue {
  /** The Laravel rule (`Required`, `Size`, ...); `Unknown` for a server message no Laravel line matches. */
  rule: string;
  message: string;
}

/** What every failed call rejects with. */
export declare class FpgoError extends Error {
  name: "FpgoError";
  kind?: FpgoErrorKind;
  /** The API's message key (`orderNotFound`) or our own snake_case code (`timeout`, `response_too_large`). */
  code: string;
  httpStatus?: number;
  statusMessage?: string;
  /** Field errors, as `validate()` reports them; server messages that name no field are under `_other`. */
  errors?: Record<string, FpgoFieldIssue[]>;
  /** The live server's 417 `errors` array, exactly as sent. */
  serverMessages?: string[];
  /** A redirect's `{ location }`, a 500's details, the path parameter at fault, ... */
  details?: unknown;
  endpointId?: string;
  /** Requests sent: 0 when rejected locally, more than 1 after GET retries. */
  attempts?: number;
  /** The underlying error of a network failure. */
  cause?: unknown;
  toJSON(): Record<string, unknown>;
}

/** Whether `e` is an `FpgoError`. */
export declare function isFpgoError(e: unknown): e is FpgoError;

/** Every endpoint id of the table. */
export type FpgoEndpointId = "orders.sendPaymentLink" | "orders.sendInvoice" | "orders.sendEFaktura" | "orders.sendEhfInvoice" | "orders.resendPaymentLink" | "orders.cancel" | "orders.refund" | "orders.listStatuses" | "orders.getStatus" | "orders.getDetails" | "orders.getInvoiceNumber" | "orders.delayedCharge" | "checkout.createSession" | "checkout.createInvoiceSession" | "checkout.createHostedPaymentLink" | "reservations.submit" | "reservations.createSession" | "reservations.getDetails" | "reservations.capture" | "reservations.charge" | "reservations.cancel" | "reservations.complete" | "reservations.resend" | "reservations.refund" | "reservations.getHistory" | "subscriptions.create" | "subscriptions.createSession" | "subscriptions.list" | "subscriptions.listFailedPayments" | "subscriptions.getDetails" | "subscriptions.getFailedPaymentDetails" | "subscriptions.resend" | "subscriptions.cancel" | "subscriptions.refundCycles" | "customers.getDetails" | "customers.updatePrivate" | "customers.updateCorporate" | "refunds.requestApproval" | "terminal.listTerminals" | "terminal.createOrder" | "terminal.cancelOrder" | "terminal.resendOrder" | "terminal.getPaymentStatus" | "terminal.refund" | "terminal.getRefundStatus" | "terminal.cancelRefund" | "credit.checkPrivate" | "credit.checkCorporate" | "credit.listChecks" | "company.requestCheck" | "company.getDetails" | "company.getInvoiceFee";

/** `client.orders.*` */
export interface FpgoOrdersMethods {
  /** Send Payment Link — `POST /api/v1/connect/orders/payment-link/create` (seed 000:7-306; 004:1-300) */
  sendPaymentLink(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<FpgoCreatedOrder>;
  /** Send Invoice — `POST /api/v1/connect/orders/invoice/create` (seed 000:308-644) */
  sendInvoice(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<FpgoCreatedOrder>;
  /** Send E-Faktura — `POST /api/v1/connect/orders/faktura/create` (seed 000:646-960) */
  sendEFaktura(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<FpgoCreatedOrder>;
  /** Send EHF Invoice — `POST /api/v1/connect/orders/ehf/create` (seed 000:962-1267) */
  sendEhfInvoice(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<FpgoCreatedOrder>;
  /** Resend Payment Link — `POST /api/v1/connect/orders/resend/{orderUuid}` (seed 000:1269-1416) */
  resendPaymentLink(input: FpgoCallOptions & { pathParams: { orderUuid: string | number }; body: Record<string, unknown> }): Promise<null>;
  /** Cancel Order — `POST /api/v1/connect/orders/cancel/{orderUuid}` (seed 000:1418-1533) */
  cancel(input: FpgoCallOptions & { pathParams: { orderUuid: string | number }; body: Record<string, unknown> }): Promise<null>;
  /** Refund Order — `POST /api/v1/connect/orders/refund/{orderUuid}` (seed 000:1535-1717) */
  refund(input: FpgoCallOptions & { pathParams: { orderUuid: string | number }; body: Record<string, unknown> }): Promise<null>;
  /** Get All Order Status — `GET /api/v1/connect/orders/status` (seed 000:1719-1793) */
  listStatuses(input?: FpgoCallOptions & { query?: FpgoRequestOptions["query"] }): Promise<Array<{ uuid: string; status: string }>>;
  /** Get Order Status By UUID — `GET /api/v1/connect/orders/status/{orderUuid}` (seed 000:1795-1863) */
  getStatus(input: FpgoCallOptions & { pathParams: { orderUuid: string | number } }): Promise<{ uuid: string; status: string; orderAmount: number; refundedAmount: number }>;
  /** Get Order Details By UUID — `GET /api/v1/connect/orders/details/{orderUuid}` (seed 000:1865-1972) */
  getDetails(input: FpgoCallOptions & { pathParams: { orderUuid: string | number } }): Promise<FpgoOrderDetails>;
  /** Get Invoice Number By UUID — `GET /api/v1/connect/orders/invoice-number/{orderUuid}` (seed 000:1974-2048) */
  getInvoiceNumber(input: FpgoCallOptions & { pathParams: { orderUuid: string | number } }): Promise<{ orderUuid: string; invoiceNumber: string | null; status: string }>;
  /** Delayed Charge — `POST /api/v1/connect/orders/delayed/charge/{orderUuid}` (seed 000:2050-2105) */
  delayedCharge(input: FpgoCallOptions & { pathParams: { orderUuid: string | number } }): Promise<null>;
}

/** `client.checkout.*` */
export interface FpgoCheckoutMethods {
  /** Create Checkout Session - Card, Vipps, Apple & Google Pay — `POST /api/v1/connect/orders/regular/submit` (seed 000:2111-2472; 002:1-263) */
  createSession(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<{ orderUuid: string; customerUuid: string; paymentUrl: string }>;
  /** Create Session for Invoice Order — `POST /api/v1/connect/orders/invoice/submit` (seed 000:2474-2792; 003:1-236) */
  createInvoiceSession(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<{ orderUuid: string; customerUuid: string; bankIdUrl: string }>;
  /** Hosted Checkout - Create a Payment Link — `POST /api/v1/connect/hosted/orders/payment-link/create` (seed 000:2794-3150) */
  createHostedPaymentLink(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<{ orderUuid: string; customerUuid: string; paymentUrl: string }>;
}

/** `client.reservations.*` */
export interface FpgoReservationsMethods {
  /** Submit Reservation — `POST /api/v1/connect/reservations/submit` (seed 000:3156-3543; 001:5-392) */
  submit(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<{ customerUuid: string; reservationUuid: string; checkoutUrl: string }>;
  /** Create Session for Reservation — `POST /api/v1/connect/reservations/create` (seed 000:3545-3942; 001:394-791) */
  createSession(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<{ customerUuid: string; reservationUuid: string; paymentUrl: string }>;
  /** Get Reservation Details By UUID — `GET /api/v1/connect/reservations/details/{reservationUuid}` (seed 000:3944-4112; 001:793-961) */
  getDetails(input: FpgoCallOptions & { pathParams: { reservationUuid: string | number } }): Promise<{ status: string; [field: string]: unknown }>;
  /** Capture Reservation — `POST /api/v1/connect/reservations/capture/{reservationUuid}` (seed 000:4114-4288; 001:963-1137) */
  capture(input: FpgoCallOptions & { pathParams: { reservationUuid: string | number }; body: Record<string, unknown> }): Promise<{ uuid: string }>;
  /** Charge Reservation — `POST /api/v1/connect/reservations/charge/{reservationUuid}` (seed 000:4290-4481; 001:1139-1330) */
  charge(input: FpgoCallOptions & { pathParams: { reservationUuid: string | number }; body: Record<string, unknown> }): Promise<{ uuid: string }>;
  /** Cancel Reservation — `GET /api/v1/connect/reservations/cancel/{reservationUuid}` (seed 000:4483-4620; 001:1332-1469) */
  cancel(input: FpgoCallOptions & { pathParams: { reservationUuid: string | number }; body: Record<string, unknown> }): Promise<null>;
  /** Complete Reservation — `POST /api/v1/connect/reservations/complete/{reservationUuid}` (seed 000:4622-4747; 001:1471-1596) */
  complete(input: FpgoCallOptions & { pathParams: { reservationUuid: string | number }; body: Record<string, unknown> }): Promise<null>;
  /** Resend Reservation — `POST /api/v1/connect/reservations/resend/{reservationUuid}` (seed 000:4749-4900; 001:1598-1749) */
  resend(input: FpgoCallOptions & { pathParams: { reservationUuid: string | number }; body: Record<string, unknown> }): Promise<null>;
  /** Refund Reservation — `POST /api/v1/connect/reservations/refund/{reservationUuid}` (seed 000:4902-5097; 001:1751-1946) */
  refund(input: FpgoCallOptions & { pathParams: { reservationUuid: string | number }; body: Record<string, unknown> }): Promise<null>;
  /** Get Reservation History — `GET /api/v1/connect/reservations/history/{startTimestamp}/{endTimestamp}` (seed 000:5099-5161; 001:1948-2010) */
  getHistory(input: FpgoCallOptions & { pathParams: { startTimestamp: string | number; endTimestamp: string | number } }): Promise<Array<{ uuid: string; title: string; datetime: string; sentTo: string; actionBy: string | null; note: string | null }>>;
}

/** `client.subscriptions.*` */
export interface FpgoSubscriptionsMethods {
  /** Create Subscription — `POST /api/v1/connect/subscriptions/submit` (seed 000:5167-5402) */
  create(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<{ paymentLink: string; subscriptionUuid: string; orderUuid: string; [field: string]: unknown }>;
  /** Create Session For Subscription Payment — `POST /api/v1/connect/subscription/create` (seed 000:5404-5590) */
  createSession(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<FpgoData>;
  /** Get Subscription List — `GET /api/v1/connect/subscriptions/list/{status?}` (seed 000:5592-5739) */
  readonly list: FpgoListMethod<{ pathParams?: { status?: string | number }; query?: FpgoRequestOptions["query"] } & FpgoCallOptions, FpgoSubscriptionListItem>;
  /** Get Failed Payment List — `GET /api/v1/connect/subscriptions/failed/list/{status?}` (seed 000:5741-5853) */
  readonly listFailedPayments: FpgoListMethod<{ pathParams?: { status?: string | number }; query?: FpgoRequestOptions["query"] } & FpgoCallOptions, Record<string, unknown>>;
  /** Get Subscription Details By Uuid — `GET /api/v1/connect/subscriptions/details/{subscriptionUuid}` (seed 000:5855-6080) */
  getDetails(input: FpgoCallOptions & { pathParams: { subscriptionUuid: string | number } }): Promise<FpgoData>;
  /** Get Failed Payment Details — `GET /api/v1/connect/subscriptions/failed/details/{orderUuid}` (seed 000:6082-6179) */
  getFailedPaymentDetails(input: FpgoCallOptions & { pathParams: { orderUuid: string | number } }): Promise<FpgoData>;
  /** Resend Subscription — `POST /api/v1/connect/subscriptions/resend/{subscriptionUuid}` (seed 000:6181-6220) */
  resend(input: FpgoCallOptions & { pathParams: { subscriptionUuid: string | number }; body: Record<string, unknown> }): Promise<FpgoData>;
  /** Cancel Subscription — `POST /api/v1/connect/subscriptions/cancel/{subscriptionUuid}` (seed 000:6222-6265) */
  cancel(input: FpgoCallOptions & { pathParams: { subscriptionUuid: string | number }; body: Record<string, unknown> }): Promise<FpgoData>;
  /** Refund Subscription Cycle — `POST /api/v1/connect/subscriptions/cycles/refund/{subscriptionUuid}` (seed 000:6267-6347) */
  refundCycles(input: FpgoCallOptions & { pathParams: { subscriptionUuid: string | number }; body: Record<string, unknown> }): Promise<FpgoData>;
}

/** `client.customers.*` */
export interface FpgoCustomersMethods {
  /** Get Customer Details By Uuid — `GET /api/v1/connect/customers/details/{customerUuid}` (seed 000:6434-6520) */
  getDetails(input: FpgoCallOptions & { pathParams: { customerUuid: string | number } }): Promise<{ uuid: string; [field: string]: unknown }>;
  /** Update Private Customer — `PUT /api/v1/connect/customers/update/private/{customerUuid}` (seed 000:6522-6683) */
  updatePrivate(input: FpgoCallOptions & { pathParams: { customerUuid: string | number }; body: Record<string, unknown> }): Promise<FpgoData>;
  /** Update Corporate Customer — `PUT /api/v1/connect/customers/update/corporate/{customerUuid}` (seed 000:6685-6886) */
  updateCorporate(input: FpgoCallOptions & { pathParams: { customerUuid: string | number }; body: Record<string, unknown> }): Promise<FpgoData>;
}

/** `client.refunds.*` */
export interface FpgoRefundsMethods {
  /** Request Refund Approval — `POST /api/v1/orders/refund/request/approval/{orderUuid}` (seed 000:6892-7076) */
  requestApproval(input: FpgoCallOptions & { pathParams: { orderUuid: string | number }; body: Record<string, unknown> }): Promise<FpgoData>;
}

/** `client.terminal.*` */
export interface FpgoTerminalMethods {
  /** Get Terminal Lists — `GET /api/v1/connect/terminal/lists/{organizationUuid}` (seed 000:7082-7136) */
  listTerminals(input: FpgoCallOptions & { pathParams: { organizationUuid: string | number } }): Promise<FpgoData>;
  /** Create Terminal Order — `POST /api/v1/connect/terminal/orders/create` (seed 000:7138-7499) */
  createOrder(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<{ orderUuid: string }>;
  /** Cancel Terminal Order — `POST /api/v1/connect/terminal/orders/cancel/{orderUuid}` (seed 000:7501-7618) */
  cancelOrder(input: FpgoCallOptions & { pathParams: { orderUuid: string | number }; body: Record<string, unknown> }): Promise<FpgoData>;
  /** Resend Terminal Order — `POST /api/v1/connect/terminal/orders/resend/{orderUuid}` (seed 000:7620-7683) */
  resendOrder(input: FpgoCallOptions & { pathParams: { orderUuid: string | number } }): Promise<FpgoData>;
  /** Payment Status Check — `GET /api/v1/connect/terminal/orders/payment-status/{orderUuid}` (seed 000:7685-7779) */
  getPaymentStatus(input: FpgoCallOptions & { pathParams: { orderUuid: string | number } }): Promise<FpgoData>;
  /** Refund or Reverse Payment — `POST /api/v1/connect/terminal/orders/refund/{orderUuid}` (seed 000:7781-7934) */
  refund(input: FpgoCallOptions & { pathParams: { orderUuid: string | number }; body: Record<string, unknown> }): Promise<FpgoData>;
  /** Refund Status Check — `POST /api/v1/connect/terminal/orders/refund-status/{orderUuid}` (seed 000:7936-8009) */
  getRefundStatus(input: FpgoCallOptions & { pathParams: { orderUuid: string | number } }): Promise<FpgoData>;
  /** Cancel Refund Request — `POST /api/v1/connect/terminal/orders/cancel/{orderUuid}` (seed 000:8011-8116) */
  cancelRefund(input: FpgoCallOptions & { pathParams: { orderUuid: string | number }; body: Record<string, unknown> }): Promise<FpgoData>;
}

/** `client.credit.*` */
export interface FpgoCreditMethods {
  /** Credit Check for Private Customer — `POST /api/v1/connect/credit/check/private` (seed 000:8122-8212) */
  checkPrivate(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<FpgoData>;
  /** Credit Check for Corporate Customer — `POST /api/v1/connect/credit/check/corporate` (seed 000:8214-8291) */
  checkCorporate(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<FpgoData>;
  /** Get Credit Check List — `GET /api/v1/connect/credit/check/list` (seed 000:8293-8368) */
  listChecks(input?: FpgoCallOptions): Promise<FpgoData>;
}

/** `client.company.*` */
export interface FpgoCompanyMethods {
  /** Company Check Request — `POST /api/v1/connect/company/check` (seed 000:8374-8560) */
  requestCheck(input: FpgoCallOptions & { body: Record<string, unknown> }): Promise<FpgoData>;
  /** Company Information Check — `GET /api/v1/connect/company/details/{companyId}` (seed 000:8562-8638) */
  getDetails(input: FpgoCallOptions & { pathParams: { companyId: string | number } }): Promise<FpgoData>;
  /** Check Invoice Fee — `GET /api/v1/connect/company/invoice-fee/{companyId}` (seed 000:8640-8699) */
  getInvoiceFee(input: FpgoCallOptions & { pathParams: { companyId: string | number } }): Promise<FpgoData>;
}

/** The FPGO Connect client. */
export class FpgoClient {
  constructor(options: FpgoClientOptions);
  /** Calls any endpoint by id (a list endpoint resolves to its `FpgoPage`). */
  request<T = FpgoData>(endpointId: FpgoEndpointId, input?: FpgoRequestOptions): Promise<T>;
  readonly orders: FpgoOrdersMethods;
  readonly checkout: FpgoCheckoutMethods;
  readonly reservations: FpgoReservationsMethods;
  readonly subscriptions: FpgoSubscriptionsMethods;
  readonly customers: FpgoCustomersMethods;
  readonly refunds: FpgoRefundsMethods;
  readonly terminal: FpgoTerminalMethods;
  readonly credit: FpgoCreditMethods;
  readonly company: FpgoCompanyMethods;
  free(): void;
}
