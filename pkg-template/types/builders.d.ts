import type { FpgoBodies } from "./endpoints.js";

/** An amount as a number or a numeric string: "4500", "4500.50", or Norwegian "4500,50". fpgo never computes with floats. */
export type Amount = number | string;
/** A date: a `Date`, Unix seconds, or an ISO 8601 string ("2025-08-07", "2025-08-07T10:00:00+02:00"). Sent as Unix seconds in a string. */
export type DateInput = Date | number | string;
/** The API's five languages. */
export type Language = "en" | "no" | "sv" | "da" | "de";

export interface BuildOptions {
  /** Language of validation messages (default "en"). */
  lang?: Language;
  /** The merchant's VAT rates (default: the documented 0, 12, 15, 25). */
  taxRates?: readonly Amount[];
  /** The current time, used for an absent `orderDate` (default: the clock); `null` leaves `orderDate` alone. */
  now?: Date | number | null;
  /** Fill amounts, summary, dates and defaults but do not validate (a draft); warnings are still computed. */
  skipValidation?: boolean;
}

/** One failed rule (or warning) at one field. */
export interface BuildIssue { rule: string; message: string }
/** Field path with concrete indices (`products.1.tax`) -> its issues. */
export type BuildIssueMap = Record<string, BuildIssue[]>;

/** A built request body, ready to send. */
export interface Built<P> {
  endpoint: BodyEndpointId;
  payload: P;
  /** Checks the server does not document (amounts that do not add up, more than 20 lines, ...). */
  warnings: BuildIssueMap;
  /** Rules only the server can check (`exists:`, `unique:`) per field: not checked here. */
  serverOnly: Record<string, string[]>;
}

export type BuildErrorCode =
  | "unknown_endpoint" | "no_body" | "not_an_object" | "invalid_totals" | "invalid_date"
  | "invalid_payload" | "payload_too_large" | "invalid_argument" | "invalid_amount" | "invalid_rule_table";
/** Thrown by the builders. `errors` is the same map `validate()` returns. */
export interface BuildError extends Error {
  name: "FpgoError";
  code: BuildErrorCode;
  /** The payload field at fault (invalid_totals, invalid_date). */
  field?: string;
  /** For invalid_totals: the TotalsErrorCode. */
  cause?: string;
  errors?: BuildIssueMap;
  warnings?: BuildIssueMap;
  endpoint?: string;
}

/** An order line. `amount` is computed when left out. */
export interface ProductInput {
  name: string;
  productId?: string | null;
  quantity: Amount;
  /** Price per unit, VAT included. */
  rate: Amount;
  /** Absolute discount for the whole line. */
  discount?: Amount | null;
  /** VAT percent. */
  tax: Amount;
  amount?: Amount;
}
/** A reservation or charge line: no quantity (1 is implied) and no discount. */
export interface ReservationProductInput {
  name: string;
  productId?: string | null;
  rate: Amount;
  tax: Amount;
  amount?: Amount;
}
/** A product of a capture or refund: the id from the order or reservation details, and the amount. */
export interface ProductAmountInput { id: number; amount: Amount }
/** Lists may also be objects keyed "0", "1", ... as some documents show them. */
export type ListInput<T> = readonly T[] | { readonly [index: string]: T };

/** Totals left out are computed; given ones are kept (and checked, as warnings). */
export interface OrderSummaryInput {
  subTotal?: Amount;
  totalTax?: Amount;
  totalDiscount?: Amount;
  grandTotal?: Amount;
  /** Checkout sessions only. */
  shippingCost?: Amount;
  /** Subscriptions only; defaults to grandTotal. */
  payablePerCycle?: Amount;
}
export interface AddressInput { street?: string; zip?: string; city?: string; country?: string }
export interface CustomerDetailsInput {
  type?: "private" | "corporate" | null;
  customerUuid?: string | null;
  countryCode?: string | null;
  msisdn?: string | null;
  email?: string | null;
  firstName?: string | null;
  name?: string;
  /** Defaults to "no" where the documents say so. */
  preferredLanguage?: Language;
  personalNumber?: string | null;
  organizationId?: string | number | null;
  address?: AddressInput;
}
export interface SendOrderByInput { sms?: boolean | null; email?: boolean | null }
export interface CallbackInput { callbackUrl?: string; success?: string; failure?: string }
export interface SubmitPaymentInput { via?: string; currency?: string }
export interface SettingsInput { secureDetails?: boolean; isChargePartiallyRefundable?: boolean }

export interface OrderLinesInput {
  products: ListInput<ProductInput>;
  orderSummary?: OrderSummaryInput;
  /** Defaults to `now`. */
  orderDate?: DateInput;
  customerDetails?: CustomerDetailsInput;
  callback?: CallbackInput;
}
export interface SendPaymentLinkInput extends OrderLinesInput {
  sendOrderBy?: SendOrderByInput;
  invoiceAsPaymentOption: boolean;
  referenceNo?: string | null;
  customerReference?: string | null;
  secureDetails?: boolean;
}
export interface SendInvoiceInput extends OrderLinesInput {
  /** 0 daily (default), 1 once a month, 2 twice a month. */
  invoiceInterval?: 0 | 1 | 2;
  /** Default true. */
  invoiceFeeApplicable?: boolean;
  invoiceMaturity?: number;
  /** Default true. */
  separateInvoices?: boolean;
  referenceNo?: string | null;
  customerReference?: string | null;
}
export interface ResendInput { countryCode?: string | null; msisdn?: string | null; email?: string | null }
export interface CancelOrderInput { cancellationNote: string }
export interface RefundOrderInput {
  type: "regular" | "invoiced";
  products: ListInput<ProductAmountInput>;
  /** Defaults to the sum of the products' amounts. */
  grandTotal?: Amount;
}
export interface CreateCheckoutSessionInput extends OrderLinesInput {
  referenceNo?: string | null;
  customerReference?: string | null;
  orderFrom?: "PARTNER";
  fpgoUuid?: string;
  withCustomer: boolean;
  submitPayment: { via: "vipps" | "visa" | "mastercard" | "applepay" | "googlepay" };
}
export interface CreateInvoiceSessionInput extends OrderLinesInput {
  referenceNo?: string | null;
  customerReference?: string | null;
  orderFrom?: "PARTNER";
  fpgoUuid?: string;
  invoiceInterval?: 0 | 1 | 2;
  separateInvoices?: boolean;
  invoiceFeeApplicable: boolean;
  invoiceMaturity?: number;
  settings?: SettingsInput;
}
export interface CreateHostedPaymentLinkInput extends OrderLinesInput {
  dueDateForPaymentLink: DateInput;
  orderFrom?: "PARTNER";
  fpgoUuid?: string;
  /** Defaults to "no". */
  checkoutLanguage?: Language;
  referencesNo?: string | null;
  customerNotes?: string | null;
}
export interface ReservationInput {
  customerDetails: CustomerDetailsInput;
  /** Defaults to `now`. */
  orderDate?: DateInput;
  dueDateForPaymentLink: DateInput;
  referenceNo?: string | null;
  customerReference?: string | null;
  sendOrderBy: SendOrderByInput;
  products: ListInput<ReservationProductInput>;
  orderSummary?: OrderSummaryInput;
  customerNotes?: string | null;
  tnc?: string | null;
  /** A numeric string. */
  chargeValidity?: string;
  submitPayment?: { via: "visa" | "mastercard" };
  settings?: SettingsInput;
  callback?: CallbackInput;
}
export interface CaptureReservationInput {
  products: ListInput<ProductAmountInput>;
  grandTotal?: Amount;
  additionalText?: string;
}
export interface ChargeReservationInput {
  products: ListInput<ReservationProductInput>;
  grandTotal?: Amount;
  additionalText?: string;
}
export interface NoteInput { note: string }
export interface RefundReservationInput {
  /** Always "reservation" (filled in). */
  type?: "reservation";
  products: ListInput<ProductAmountInput>;
  grandTotal?: Amount;
  source: "captured" | "charged";
  /** The uuid of the capture or charge. */
  reference: string;
}
export interface CreateSubscriptionInput {
  products: ListInput<ProductInput>;
  billingFrequency: string;
  numberOfRepeats: number;
  orderSummary?: OrderSummaryInput;
  subscriptionStartDate: DateInput;
  subscriptionEndsDate: DateInput;
  dueDateForPaymentLink: DateInput;
  sendOrderBy: SendOrderByInput;
  customerDetails: CustomerDetailsInput;
}
export interface CreateSubscriptionSessionInput {
  products: ListInput<ProductInput>;
  billingFrequency: string;
  numberOfRepeats: number;
  orderSummary?: OrderSummaryInput;
  subscriptionStartDate: DateInput;
  subscriptionEndsDate: DateInput;
  dueDateForPaymentLink: DateInput;
  customerDetails: CustomerDetailsInput;
  customerNotes?: string | null;
  termsAndConditions?: string | null;
  submitPayment: SubmitPaymentInput;
  settings?: SettingsInput;
  callback: CallbackInput;
}
export interface ResendSubscriptionInput extends ResendInput { orderUuid?: string }
export interface RefundCyclesInput { cycles: readonly unknown[]; amount: Amount }
export interface UpdatePrivateCustomerInput {
  name: string;
  email: string;
  countryCode: string;
  msisdn: string;
  preferredLanguage: Language;
  personalNumber?: string | null;
  addresses: { billing: AddressInput; shipping?: AddressInput };
}
export interface ContactInput { name?: string; email?: string; designation?: string; countryCode?: string; msisdn?: string; note?: string }
export interface UpdateCorporateCustomerInput {
  name: string;
  email: string;
  countryCode: string;
  msisdn: string;
  preferredLanguage: Language;
  organizationId?: string | number | null;
  addresses: { billing: AddressInput; shipping?: AddressInput };
  additionalContact?: ListInput<ContactInput>;
}
export interface RequestRefundApprovalInput {
  type: "regular" | "invoiced" | "reservation";
  products: ListInput<ProductAmountInput>;
  grandTotal?: Amount;
  /** The rejection message of the regular refund endpoint. */
  message: string;
  source?: "captured" | "charged";
  reference?: string;
}
export interface CreateTerminalOrderInput {
  products: ListInput<ProductInput>;
  orderSummary?: OrderSummaryInput;
  orderDate?: DateInput;
  sendOrderBy?: SendOrderByInput;
  terminalUuid: string;
  receiptPrint?: boolean;
  customerDetails?: CustomerDetailsInput;
  invoiceReferences?: { referenceNo?: string; customerReference?: string; customerNotes?: string; tnc?: string };
  callbackUrl?: string;
}
/** A body whose only field is a fixed `type` (filled in). */
export interface TypeOnlyInput<T extends string> { type?: T }
export interface RefundTerminalOrderInput {
  /** Always "regular" (filled in). */
  type?: "regular";
  products: ListInput<ProductAmountInput>;
  grandTotal?: Amount;
  isReversal?: boolean;
}
export interface CheckPrivateCreditInput { personalId: string; countryCode?: string; msisdn?: string }
export interface CheckCorporateCreditInput { organizationId: string }
export interface RequestCompanyCheckInput { companyId: number | string; callback: Required<CallbackInput> }

/** Every endpoint id with a request body -> its builder input. */
export interface BodyInputs {
  "orders.sendPaymentLink": SendPaymentLinkInput;
  "orders.sendInvoice": SendInvoiceInput;
  "orders.sendEFaktura": SendInvoiceInput;
  "orders.sendEhfInvoice": SendInvoiceInput;
  "orders.resendPaymentLink": ResendInput;
  "orders.cancel": CancelOrderInput;
  "orders.refund": RefundOrderInput;
  "checkout.createSession": CreateCheckoutSessionInput;
  "checkout.createInvoiceSession": CreateInvoiceSessionInput;
  "checkout.createHostedPaymentLink": CreateHostedPaymentLinkInput;
  "reservations.submit": ReservationInput;
  "reservations.createSession": ReservationInput;
  "reservations.capture": CaptureReservationInput;
  "reservations.charge": ChargeReservationInput;
  "reservations.cancel": NoteInput;
  "reservations.complete": NoteInput;
  "reservations.resend": ResendInput;
  "reservations.refund": RefundReservationInput;
  "subscriptions.create": CreateSubscriptionInput;
  "subscriptions.createSession": CreateSubscriptionSessionInput;
  "subscriptions.resend": ResendSubscriptionInput;
  "subscriptions.cancel": NoteInput;
  "subscriptions.refundCycles": RefundCyclesInput;
  "customers.updatePrivate": UpdatePrivateCustomerInput;
  "customers.updateCorporate": UpdateCorporateCustomerInput;
  "refunds.requestApproval": RequestRefundApprovalInput;
  "terminal.createOrder": CreateTerminalOrderInput;
  "terminal.cancelOrder": TypeOnlyInput<"payment">;
  "terminal.refund": RefundTerminalOrderInput;
  "terminal.cancelRefund": TypeOnlyInput<"refund">;
  "credit.checkPrivate": CheckPrivateCreditInput;
  "credit.checkCorporate": CheckCorporateCreditInput;
  "company.requestCheck": RequestCompanyCheckInput;
}
export type BodyEndpointId = keyof BodyInputs;

/**
 * Every endpoint id with a request body -> the payload its builder returns: the endpoint's body as
 * generated from its rule table (endpoints.d.ts), since a built payload has passed those rules
 * (with `skipValidation` it is a draft that may not).
 */
export type BodyPayloads = { [E in BodyEndpointId]: FpgoBodies[E] };
