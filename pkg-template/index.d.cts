// Types for `require("fpgo")` (Node CommonJS). See index.d.ts.
export * from "./node/fpgo.js";
import type { VerifyCallbackOptions, VerifyCallbackResult } from "./node/fpgo.js";

/** No-op under CommonJS (the .wasm is instantiated on require); kept for code shared with browsers. */
export declare function init(): Promise<void>;
/** No-op under CommonJS. */
export declare function initSync(): void;
/**
 * Verifies an FPGO callback URL (or its query string) against a secret, or several during key
 * rotation. Never throws: a rejected callback is `{ valid: false, error: { code, message } }`.
 */
export declare function verifyCallback(
  url: string,
  secret: string | readonly string[],
  options?: VerifyCallbackOptions,
): VerifyCallbackResult;

import type { ValidateOptions, ValidationResult } from "./node/fpgo.js";
/**
 * Validates a request body of `endpointId` with the FPGO server's (Laravel's) verdicts in `errors`
 * (field path with concrete indices -> failed rules, named as Laravel's `Validator::failed()` names
 * them) and fpgo's totals checks in `warnings`. An invalid payload is a result, never a throw; a call
 * that cannot be validated (unknown endpoint, bad `lang` or `taxRates`, a payload JSON cannot hold)
 * throws an `FpgoError` with `code` "unknown_endpoint" | "invalid_argument" | "invalid_payload".
 */
export declare function validate(endpointId: string, payload: unknown, options?: ValidateOptions): ValidationResult;

import type { BodyEndpointId, BodyInputs, BodyPayloads, BuildOptions, Built } from "./node/fpgo.js";
/**
 * Builds the request body of the endpoint `endpoint` (e.g. "checkout.createSession"): fills line
 * amounts, the order summary, dates and documented defaults, then validates. Throws an `FpgoError`
 * whose `errors` is validate()'s map. The input and payload types follow the endpoint id.
 */
export declare function build<E extends BodyEndpointId>(
  endpoint: E,
  input: BodyInputs[E],
  options?: BuildOptions,
): Built<BodyPayloads[E]>;
