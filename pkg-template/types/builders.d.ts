import type { FpgoBodies, FpgoBuilderInputs, FpgoDateInput } from "./endpoints.js";

/** An amount as a number or a numeric string: "4500", "4500.50", or Norwegian "4500,50". fpgo never computes with floats. */
export type Amount = number | string;
/** A date: a `Date`, Unix seconds, or an ISO 8601 string ("2025-08-07", "2025-08-07T10:00:00+02:00"). Sent as Unix seconds in a string. */
export type DateInput = FpgoDateInput;
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

/**
 * Every endpoint id with a request body -> what its builder takes: the endpoint's body (generated
 * from its rule table) with the fields the builder fills optional (line amounts, the order summary
 * or `grandTotal`, an `orderDate` that defaults to now, the documented defaults) and its dates as
 * `DateInput`. Generated from the builders' recipes into endpoints.d.ts (`FpgoBuilderInputs`).
 */
export type BodyInputs = FpgoBuilderInputs;
export type BodyEndpointId = keyof BodyInputs;

/**
 * Every endpoint id with a request body -> the payload its builder returns: the endpoint's body as
 * generated from its rule table (endpoints.d.ts), since a built payload has passed those rules
 * (with `skipValidation` it is a draft that may not).
 */
export type BodyPayloads = { [E in BodyEndpointId]: FpgoBodies[E] };
