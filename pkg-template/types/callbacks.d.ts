// Types of fpgo/callbacks: verifyCallback, signCallback, parseTerminalCallback.
export * from "./common.js";
/** Stable codes for a rejected callback. */
export type CallbackErrorCode =
  | "missing_checksum" | "malformed_checksum" | "checksum_mismatch" | "stale" | "from_future"
  | "malformed_query" | "missing_secret" | "malformed_callback" | "invalid_argument" | "not_initialized" | "internal";
export interface CallbackError {
  code: CallbackErrorCode;
  message: string;
  /** For `malformed_callback`: the parameter at fault. */
  field?: string;
}
export interface VerifyCallbackOptions {
  /** Accept a `timestamp` at most this many seconds from `now` (default 300); 0 turns the check off. */
  toleranceSeconds?: number;
  /** The current time as a Date or Unix seconds (default: the clock). */
  now?: Date | number;
  /**
   * The kind of callback this endpoint receives (default "order": orders, reservations and
   * subscriptions). A company check has no timestamp, so it must be asked for.
   */
  expect?: "order" | "companyCheck";
}
/** An order, reservation or subscription callback: every documented field, checked. */
export interface OrderCallbackParams {
  kind: "order";
  /** Every decoded parameter as received, all covered by the checksum. */
  raw: Record<string, string>;
  /** ODR, RES or SUB followed by digits. */
  orderUuid: string;
  /** Upper case, a documented status; the documents' misspelling RESEVRED becomes RESERVED. */
  status: string;
  /** A name without digits (may be empty). */
  paymentMethod: string;
  /** A plain decimal number as sent (e.g. "4500.00"); never parsed as a float. */
  amount: string;
  /** Unix seconds. */
  createdAt: number;
  /** Unix seconds: when the callback was sent. */
  timestamp: number;
}
/** A company-check callback (asked for with `expect: "companyCheck"`). No freshness check applies. */
export interface CompanyCheckCallbackParams {
  kind: "companyCheck";
  raw: Record<string, string>;
  /** COMCHK followed by digits. */
  companyCheckUuid: string;
  companyId?: string;
  companyType?: string;
  companyName?: string;
  score?: number;
  riskLevel?: string;
  scoreMessage?: string;
  defaultProbability?: string;
  /** Digits, leading zeros kept. */
  personalNumber?: string;
  contactPersonName?: string;
  contactPersonEmail?: string;
  /** Unix seconds. */
  createdAt: number;
}
/** `T` with the members only `U` has, as `?: undefined`: read without narrowing on `kind` first. */
type Exclusive<T, U> = T & { [K in Exclude<keyof U, keyof T>]?: undefined };
/** Narrow on `kind`; a member of another kind reads as `undefined` (`const { orderUuid } = params`). */
export type CallbackParams =
  | Exclusive<OrderCallbackParams, CompanyCheckCallbackParams>
  | Exclusive<CompanyCheckCallbackParams, OrderCallbackParams>;
/** Narrows on `valid` (or `!valid`) under `strict` and non-strict settings alike. */
export type VerifyCallbackResult =
  | { valid: true; params: CallbackParams; error?: undefined }
  | { valid: false; error: CallbackError; params?: undefined };
/** Parameters to sign, in order: pairs, or an object (its own enumerable keys in order). */
export type CallbackParamsInput = Array<[string, string | number]> | Record<string, string | number>;
/** A terminal-order callback: unsigned by FPGO, so never authenticated. */
export interface TerminalCallbackParams {
  authenticated: false;
  orderUuid: string;
  /** "Approved" or "Cancelled". */
  status?: string;
  /** "Payment" or "Payment_Refund". */
  type?: string;
  baseAmount?: string;
  vatAmount?: string;
  totalAmount?: string;
  currency?: string;
  raw: Record<string, string>;
}

/**
 * Verifies an FPGO callback URL (or its query string) against a secret, or several during key
 * rotation. Never throws: a rejected callback is `{ valid: false, error: { code, message } }`.
 */
export declare function verifyCallback(url: string, secret: string | readonly string[], options?: VerifyCallbackOptions): VerifyCallbackResult;
/** Signs parameters as FPGO does and returns the query string with `checksum` appended, for tests.
 *  Throws an FpgoError (`missing_secret`, `malformed_query`) for what cannot be signed. */
export declare function signCallback(params: CallbackParamsInput, secret: string): string;
/** Parses a terminal-order callback, which FPGO does not sign: `authenticated` is always `false`. */
export declare function parseTerminalCallback(url: string): TerminalCallbackParams;
