// verifyCallback, signCallback and parseTerminalCallback over the WebAssembly module's text API.

import { fail, fromWasm, isFpgoError } from "./errors.js";
import { MAX_PAYLOAD_BYTES, nowSeconds, overLimit, readUser, trapped, unixSeconds, unreadable, wasmCaller } from "./boundary.js";

/** The core's limit on a whole callback URL: a 16 KiB query plus 2 KiB of the rest (src/callbacks). */
export const MAX_CALLBACK_URL_BYTES = 16 * 1024 + 2048;
/** Secrets are short; a bound keeps a hostile value from being copied into wasm. */
const MAX_SECRET_CHARS = 4096;
const MAX_SECRETS = 16;
/** The core's parameter bound (PHP's max_input_vars). */
const MAX_PARAMS = 1000;

/** The verify export takes each f64 as its two 32-bit words (see src/wasm/callbacks.rs: an f64
 *  parameter costs V8 a wrapper compiled for the signature when it compiles the module). */
const WORDS = new DataView(new ArrayBuffer(16));
function wordsOf(tolerance, now) {
  WORDS.setFloat64(0, tolerance, true);
  WORDS.setFloat64(8, now, true);
}

function callbackUrl(url) {
  if (typeof url !== "string") throw fail("malformed_query", "the callback URL must be a string");
  if (overLimit(url, MAX_CALLBACK_URL_BYTES)) throw fail("malformed_query", `the URL is longer than ${MAX_CALLBACK_URL_BYTES} bytes`);
  return url;
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/** Whether `s` is text UTF-8 can hold: a lone surrogate would be copied into WebAssembly as U+FFFD,
 *  so that a secret "a\uD800" would verify what "a\uFFFD" signed. */
const wellFormed =
  typeof String.prototype.isWellFormed === "function" ? (s) => s.isWellFormed() : (s) => !LONE_SURROGATE.test(s);

/** `secret` checked as one secret (a string): its length, no NUL (it separates secrets on their way
 *  into WebAssembly), no lone surrogate. */
function checkSecret(secret) {
  if (secret.length > MAX_SECRET_CHARS) throw fail("invalid_argument", `a secret is longer than ${MAX_SECRET_CHARS} characters`);
  if (secret.indexOf("\0") !== -1) throw fail("invalid_argument", "a secret contains a NUL character");
  if (!wellFormed(secret)) throw fail("invalid_argument", "a secret contains a lone surrogate (UTF-16 that is no text)");
  return secret;
}

/** The secrets joined by NUL characters (a single string secret, the common case, as it is). */
function secretText(secret) {
  if (typeof secret === "string") return checkSecret(secret);
  const list = readUser("the secret", () => {
    if (!Array.isArray(secret)) return undefined;
    if (secret.length > MAX_SECRETS) throw fail("invalid_argument", `more than ${MAX_SECRETS} secrets`);
    return Array.from(secret);
  });
  if (!list || !list.every((s) => typeof s === "string")) throw fail("missing_secret", "the secret must be a string or an array of strings");
  list.forEach(checkSecret);
  return list.join("\0");
}

/** The query part of a callback URL (from its first "?" before any "#"): the rest is not signed,
 *  and need not be copied into WebAssembly. The core reads a leading "?" as a whole URL's. */
function queryPart(url) {
  const question = url.indexOf("?");
  const hash = url.indexOf("#");
  return question > 0 && (hash === -1 || question < hash) ? url.slice(question) : url;
}

// The compact answer of src/json_api/callbacks.rs (verify_callback_compact): a key's code is "a" +
// its index in this list, the same as `callbacks::KEYS` in Rust.
const KEYS = ["orderUuid", "status", "createdAt", "paymentMethod", "amount", "timestamp", "companyCheckUuid", "companyId", "companyType", "companyName", "score", "riskLevel", "scoreMessage", "defaultProbability", "personalNumber", "contactPersonName", "contactPersonEmail", "checksum"];
const COMPANY_CHECK_FIELDS = KEYS.slice(6, 17).concat("createdAt");

/** The result object from the core's answer: an object is already one; a string is the compact
 *  form of a valid callback (5x cheaper to decode than the same object through JSON.parse). */
function verifyResult(answer) {
  if (typeof answer !== "string") return answer;
  // Read in place with indexOf (no split array: about half the time).
  const raw = {};
  let at = answer.indexOf("\0");
  const head = at === -1 ? answer : answer.slice(0, at);
  while (at !== -1) {
    const next = answer.indexOf("\0", at + 1);
    raw[KEYS[answer.charCodeAt(at + 1) - 97]] = next === -1 ? answer.slice(at + 2) : answer.slice(at + 2, next);
    at = next;
  }
  if (head.charCodeAt(0) === 111) {
    // "o": an order callback; every field is always present.
    return { valid: true, params: { kind: "order", orderUuid: raw.orderUuid, status: head.slice(1), createdAt: +raw.createdAt, paymentMethod: raw.paymentMethod, amount: raw.amount, timestamp: +raw.timestamp, raw } };
  }
  const params = { kind: "companyCheck" };
  for (const name of COMPANY_CHECK_FIELDS) {
    const value = raw[name];
    if (value !== undefined) params[name] = name === "score" || name === "createdAt" ? +value : value;
  }
  params.raw = raw;
  return { valid: true, params };
}

function signPairs(params) {
  return readUser("params", () => {
    const entries = Array.isArray(params) ? Array.from(params) : params !== null && typeof params === "object" ? Object.entries(params) : undefined;
    if (!entries) throw fail("malformed_query", "params must be an array of [key, value] pairs or an object");
    if (entries.length >= MAX_PARAMS) throw fail("malformed_query", `more than ${MAX_PARAMS - 1} parameters`);
    return entries.map((pair) => {
      if (!Array.isArray(pair)) throw fail("malformed_query", "each pair must be [key, value]");
      const [key, value] = pair;
      if (typeof key !== "string") throw fail("malformed_query", "each key must be a string");
      if (typeof value === "string") return [key, value];
      if (typeof value === "number" && Number.isFinite(value)) return [key, String(value)];
      throw fail("malformed_query", `the value of \`${key.slice(0, 100)}\` must be a string or a finite number`);
    });
  }, "malformed_query");
}

/** A short description of an unexpected error (it never holds the secret: no user value is in it). */
function describeError(e) {
  try {
    return `${e && e.name ? e.name : "Error"}: ${String(e && e.message ? e.message : e).slice(0, 200)}`;
  } catch {
    return "an unprintable error";
  }
}

/** The callback functions over `getWasm()` (the wasm-bindgen exports; throws before init). */
export function callbacksApi(getWasm) {
  const call = wasmCaller(getWasm);

  /** Never throws: every problem is `{ valid: false, error: { code, message } }`. The hot path
   *  (a string secret, `{ now }` or no options) reads inline, allocating nothing but the answer. */
  function verifyCallback(url, secret, options) {
    try {
      let tolerance = NaN;
      let now;
      let companyCheck = false;
      if (options === undefined || options === null) now = nowSeconds();
      else {
        if (typeof options !== "object") throw fail("invalid_argument", "options must be an object like { toleranceSeconds, now }");
        let given, expect;
        try {
          tolerance = options.toleranceSeconds;
          given = options.now;
          expect = options.expect;
        } catch (e) {
          throw unreadable("options", e);
        }
        if (tolerance === undefined) tolerance = NaN;
        else if (typeof tolerance !== "number" || Number.isNaN(tolerance)) throw fail("invalid_argument", "toleranceSeconds must be a whole number of seconds, 0 or more");
        if (given === undefined) now = nowSeconds();
        else if (typeof given === "number" && Number.isFinite(given)) now = Math.floor(given);
        else now = readUser("options.now", () => unixSeconds(given));
        if (now === undefined) throw fail("invalid_argument", "now must be a Date or Unix seconds");
        if (expect !== undefined && expect !== "order" && expect !== "companyCheck") throw fail("invalid_argument", 'expect must be "order" or "companyCheck"');
        companyCheck = expect === "companyCheck";
      }
      const secrets = secretText(secret);
      const query = queryPart(callbackUrl(url));
      const wasm = getWasm();
      let answer;
      try {
        wordsOf(tolerance, now);
        answer = wasm.verify_callback(query, secrets, WORDS.getUint32(0, true), WORDS.getUint32(4, true), WORDS.getUint32(8, true), WORDS.getUint32(12, true), companyCheck);
      } catch (e) {
        throw trapped(getWasm, wasm, e);
      }
      // A valid callback's compact answer comes bare; any other answer is JSON text ("{").
      return verifyResult(answer.charCodeAt(0) === 123 ? fromWasm(answer) : answer);
    } catch (e) {
      const code = isFpgoError(e) ? e.code : "internal";
      const message = isFpgoError(e) ? e.message : `verifyCallback failed unexpectedly (${describeError(e)})`;
      return { valid: false, error: { code, message } };
    }
  }

  function signCallback(params, secret) {
    if (typeof secret !== "string") throw fail("missing_secret", "the secret must be a string");
    checkSecret(secret);
    const pairs = JSON.stringify(signPairs(params));
    if (overLimit(pairs, MAX_PAYLOAD_BYTES)) throw fail("payload_too_large", `params are more than ${MAX_PAYLOAD_BYTES} bytes`);
    return call("sign_callback", pairs, secret);
  }

  function parseTerminalCallback(url) {
    return call("parse_terminal_callback", callbackUrl(url));
  }

  return { verifyCallback, signCallback, parseTerminalCallback };
}
