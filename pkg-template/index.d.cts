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
