// The payload side of the crossing (validation, totals, builders): user values become JSON text
// here, where a throw is caught, and text over the payload limit never reaches WebAssembly. Apart
// from lib/boundary.js so that the callbacks entry does not carry it.

import { FpgoError, fail } from "./errors.js";
import { MAX_PAYLOAD_BYTES, describe, overLimit } from "./boundary.js";

/** `text` checked against the payload limit: `payload_too_large` before any copy into wasm. */
export function checkedPayload(what, text) {
  if (overLimit(text, MAX_PAYLOAD_BYTES)) {
    throw fail("payload_too_large", `${what} is more than ${MAX_PAYLOAD_BYTES} bytes of JSON (the server's 1 MB body limit)`);
  }
  return text;
}

/** JSON text of `value` as JSON.stringify gives it (what the server would receive); a value that
 *  cannot be read or written (a throwing getter or toJSON, a revoked Proxy, a BigInt, a cycle) is
 *  an FpgoError of `code`. */
export function jsonText(what, value, code = "invalid_payload", replacer = undefined) {
  let text;
  try {
    text = JSON.stringify(value, replacer);
  } catch (e) {
    if (e instanceof FpgoError) throw e;
    throw fail(code, `${what} cannot be serialized to JSON (${describe(e)})`, e);
  }
  return checkedPayload(what, text === undefined ? "null" : text);
}

/** The replacer of data inputs (totals, builders): a Date stays the ISO text JSON makes of it (the
 *  core reads it as a date where a date belongs, to its whole second, and refuses it as an amount:
 *  `rate: new Date(0)` is no 0); an invalid Date, NaN, Infinity and BigInt are refused rather than
 *  silently becoming `null`. */
export function dataReplacer(key, value) {
  const original = this[key];
  if (original instanceof Date && Number.isNaN(original.getTime())) throw fail("invalid_date", "an invalid Date (NaN)");
  if (typeof value === "number" && !Number.isFinite(value)) throw fail("invalid_amount", "NaN and Infinity are not numbers JSON can carry");
  if (typeof value === "bigint") throw fail("invalid_amount", "BigInt values are not supported; pass the amount as a string");
  return value;
}

/** A string argument no longer than `maxChars` (strings are copied into wasm). */
export function shortString(what, value, maxChars, code = "invalid_argument") {
  if (typeof value !== "string") throw fail(code, `${what} must be a string`);
  if (value.length > maxChars) throw fail(code, `${what} is longer than ${maxChars} characters`);
  return value;
}

