// Types of fpgo/validate: validate, endpoints, computeTotals, build, the builders, reservationWarnings.
export * from "./common.js";
export * from "./builders.js";
export * from "./endpoints.js";
import type { FpgoBodies, FpgoDraft, FpgoEndpointId } from "./endpoints.js";
import type { Amount, BodyEndpointId, BodyInputs, BodyPayloads, BuildOptions, Built, BuildIssueMap, Language } from "./builders.js";
/** The API's `preferredLanguage` values; messages exist in each (`nb`/`nn` are read as `no`). */
export type ValidationLang = "en" | "no" | "sv" | "da" | "de";

export interface ValidateOptions {
  /** Message language; default "en". */
  lang?: ValidationLang | "nb" | "nn";
  /** The merchant's configured VAT rates (default ["0", "12", "15", "25"]); they replace the `in:`
   *  list of every field whose last segment is `tax` (e.g. `products.*.tax`). */
  taxRates?: Array<string | number>;
  /** Custom field names for messages, as Laravel's custom attributes: a field or table pattern ->
   *  its name, e.g. `{ "customerDetails.personalNumber": "Personal number" }` gives
   *  "The Personal number must be 11 digits." (also where the field is named as `:other`). */
  attributes?: Record<string, string>;
}

export interface ValidationIssue {
  /** Laravel's `Validator::failed()` rule name (`Required`, `In`, ...) or, in warnings, fpgo's check. */
  rule: string;
  message: string;
}

/** What a validation reports besides its verdict. */
export interface ValidationReport {
  /** Checks the server does not document (line amounts, order summary). */
  warnings: Record<string, ValidationIssue[]>;
  /** Rules only the server can check (`exists:...`), per present field: not checked here. */
  serverOnly: Record<string, string[]>;
}

/**
 * `valid` is true exactly when `errors` is empty (warnings never make a payload invalid); checking
 * `valid` (or `!valid`) narrows under `strict` and non-strict settings alike.
 */
export type ValidationResult =
  | (ValidationReport & { valid: true; errors: { [field: string]: never } })
  | (ValidationReport & {
      valid: false;
      /** Server-parity verdicts, keyed by field path with concrete indices (`products.1.tax`). */
      errors: Record<string, ValidationIssue[]>;
    });

export interface EndpointInfo {
  /** Stable id, `<area>.<name>`, e.g. `orders.sendPaymentLink`. */
  id: string;
  /** The documents' heading. */
  name: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** As documented, placeholders in braces: `/api/v1/connect/orders/cancel/{orderUuid}`. */
  path: string;
  /** Path placeholder -> Laravel rule string, in path order. */
  pathParams: Record<string, string>;
  /** Query parameter -> Laravel rule string. */
  query: Record<string, string>;
  /** Body field (dotted, `*` for array elements) -> Laravel rule string. */
  rules: Record<string, string>;
}

/** Thrown by `validate` for a call that cannot be validated at all (never for an invalid payload).
 *  `code`: "unknown_endpoint" | "invalid_argument" | "invalid_payload" | "invalid_rule_table". */
export interface FpgoValidateError extends Error {
  name: "FpgoError";
  code: "unknown_endpoint" | "invalid_argument" | "invalid_payload" | "invalid_rule_table";
}

/** One order line for computeTotals: the rate includes VAT; the discount is an absolute amount for the whole line. */
export interface TotalsLine {
  quantity: Amount;
  rate: Amount;
  discount?: Amount | null;
  /** VAT percent: 0, 12, 15 or 25 unless `taxRates` says otherwise. */
  tax: Amount;
  [field: string]: unknown;
}
export interface ComputeTotalsOptions {
  /** The merchant's VAT rates (default: the documented 0, 12, 15, 25); `null` allows any rate from 0 to 100. */
  taxRates?: readonly Amount[] | null;
  /** Language of the error messages and warnings; default "en". */
  lang?: ValidationLang | "nb" | "nn";
}
/** The four totals as two-decimal strings, e.g. { subTotal: "4017.86", totalTax: "482.14", totalDiscount: "0.00", grandTotal: "4500.00" }. */
export interface OrderSummaryTotals {
  subTotal: string;
  totalTax: string;
  totalDiscount: string;
  grandTotal: string;
}
export interface TotalsWarning { code: "more_lines_than_forms_allow"; message: string }
export interface TotalsResult {
  /** The lines as given (every field kept) with `amount` = quantity × rate − discount. */
  lines: Array<TotalsLine & { amount: string }>;
  orderSummary: OrderSummaryTotals;
  warnings: TotalsWarning[];
}
export type TotalsErrorCode =
  | "no_lines" | "not_a_list" | "line_not_an_object" | "missing_field" | "invalid_amount"
  | "negative_amount" | "quantity_not_positive" | "discount_exceeds_line" | "tax_out_of_range"
  | "tax_not_allowed" | "overflow" | "invalid_argument" | "invalid_payload" | "invalid_date" | "payload_too_large";
/** Thrown by computeTotals: `line` is zero-based, `field` the line's field, `cause` the number parser's code. */
export interface TotalsError extends Error {
  name: "FpgoError";
  code: TotalsErrorCode;
  line?: number;
  field?: "quantity" | "rate" | "discount" | "tax";
  cause?: string;
}

/**
 * Validates a request body of `endpointId` with the FPGO server's (Laravel's) verdicts in `errors`
 * and fpgo's totals checks in `warnings`. An invalid payload is a result, never a throw; a call
 * that cannot be validated throws an FpgoError (`unknown_endpoint`, `invalid_argument`,
 * `invalid_payload`, `payload_too_large`).
 */
export declare function validate<E extends FpgoEndpointId>(
  endpointId: E,
  /** The body so far: only the endpoint's field names (a misspelled one is a compile error), every
   *  JSON value (reporting what is missing or wrong is validate's job); untyped JSON fits. */
  payload: FpgoDraft<FpgoBodies[E]>,
  options?: ValidateOptions,
): ValidationResult;
/** Every documented endpoint with its rule strings. */
export declare function endpoints(): EndpointInfo[];
/** Computes each line's amount and the order summary exactly; throws an FpgoError with `code`, `line`, `field`. */
export declare function computeTotals(lines: readonly TotalsLine[], options?: ComputeTotalsOptions): TotalsResult;
/**
 * Builds the request body of `endpoint`: fills line amounts, the order summary, dates and
 * documented defaults, then validates. Throws an FpgoError whose `errors` is validate()'s map.
 */
export declare function build<E extends BodyEndpointId>(endpoint: E, input: BodyInputs[E], options?: BuildOptions): Built<BodyPayloads[E]>;
/** Checks a capture or refund against the reservation's details; warnings by field, never a throw on odd details. */
export declare function reservationWarnings(
  endpoint: "reservations.capture" | "reservations.refund",
  payload: BodyInputs["reservations.capture"] | BodyInputs["reservations.refund"],
  details: object,
  options?: { lang?: Language },
): BuildIssueMap;
// @builders@
