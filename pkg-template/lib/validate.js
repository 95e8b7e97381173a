// validate, endpoints, computeTotals, build with one builder per endpoint, reservationWarnings over
// the WebAssembly module's text API.

import { fail, fromWasm } from "./errors.js";
import { nowSeconds, readUser, trapped, unixSeconds, wasmCaller } from "./boundary.js";
import { dataReplacer, jsonText } from "./payload.js";
import { acceptedReport } from "./accept.js";

/** The core's answer for a valid payload with no warnings: the most common answer, turned into its
 *  object without `JSON.parse` (a fresh object each call; the caller may change it). */
const VALID_ANSWER = '{"ok":{"valid":true,"errors":{},"warnings":{},"serverOnly":{},"truncated":false}}';

/** Endpoint ids are short; a longer one is no endpoint and is not copied into wasm. */
const MAX_ID_CHARS = 200;

/** One builder per endpoint with a body: its JS name (the id without its dot, camelCase:
 *  `orders.sendPaymentLink` -> `ordersSendPaymentLink`) and its endpoint id. */
export const BUILDERS = (
  "orders.sendPaymentLink orders.sendInvoice orders.sendEFaktura orders.sendEhfInvoice orders.resendPaymentLink orders.cancel orders.refund " +
  "checkout.createSession checkout.createInvoiceSession checkout.createHostedPaymentLink " +
  "reservations.submit reservations.createSession reservations.capture reservations.charge reservations.cancel reservations.complete reservations.resend reservations.refund " +
  "subscriptions.create subscriptions.createSession subscriptions.resend subscriptions.cancel subscriptions.refundCycles " +
  "customers.updatePrivate customers.updateCorporate " +
  "refunds.requestApproval " +
  "terminal.createOrder terminal.cancelOrder terminal.refund terminal.cancelRefund " +
  "credit.checkPrivate credit.checkCorporate " +
  "company.requestCheck"
)
  .split(" ")
  .map((id) => [id.replace(/\.(.)/, (_, first) => first.toUpperCase()), id]);

function endpointId(id, code) {
  if (typeof id !== "string") throw fail(code, "the endpoint id must be a string");
  if (id.length > MAX_ID_CHARS) throw fail("unknown_endpoint", "unknown endpoint id (longer than any endpoint's)");
  return id;
}

/** `{ lang, taxRates, ...more }` of an options object, read where a throw is caught (`taxRates`
 *  first, then `lang`, the rates' elements, and `more` in order); the core checks the values. */
function pickOptions(options, shape, more) {
  if (typeof options !== "object") throw fail("invalid_argument", `options must be an object${shape}`);
  return readUser("options", () => {
    const rates = options.taxRates;
    const picked = { lang: options.lang, taxRates: Array.isArray(rates) ? Array.from(rates) : rates };
    for (const key of more) picked[key] = options[key];
    return picked;
  });
}

/** `{ lang, taxRates, attributes }` as JSON text; the core checks the values (a bad one is invalid_argument). */
function validateOptionsText(options) {
  if (options === undefined || options === null) return "";
  return jsonText("options", pickOptions(options, " like { lang, taxRates }", ["attributes"]), "invalid_argument");
}

/**
 * Whether `options` leave a clean report as it is without options: absent, or a plain object whose
 * only own key is a supported `lang` (a clean report has no messages). Anything else goes to the
 * engine, which checks it and answers or throws as it always does.
 */
function fastPathOptions(options) {
  if (options == null) return true;
  try {
    const keys = Object.keys(options);
    const lang = keys.length === 1 && keys[0] === "lang" && Object.getOwnPropertyDescriptor(options, "lang").value;
    return Object.getPrototypeOf(options) === Object.prototype && ["en", "no", "sv", "da", "de"].includes(lang);
  } catch {
    return false;
  }
}

/** Builder options: `now` resolved here (the core reads no clock), the rest checked by the core. */
function buildOptionsText(options) {
  if (options === undefined || options === null) return JSON.stringify({ now: nowSeconds() });
  const picked = pickOptions(options, "", ["now", "skipValidation"]);
  if (picked.now === undefined) picked.now = nowSeconds();
  else if (picked.now !== null) {
    picked.now = readUser("options.now", () => unixSeconds(picked.now));
    if (picked.now === undefined) throw fail("invalid_argument", "now must be a Date, Unix seconds or null");
  }
  return jsonText("options", picked, "invalid_argument");
}

/** The validation functions over `getWasm()` (the wasm-bindgen exports; throws before init). */
export function validateApi(getWasm) {
  const call = wasmCaller(getWasm);

  function validate(endpoint, payload, options) {
    const id = endpointId(endpoint, "invalid_argument");
    // The fast path (lib/accept.js): a payload proven valid and warning-free is answered here, with
    // the engine's exact answer; anything it cannot prove goes to the engine. Only with options that
    // cannot change such an answer (none, or a supported `lang`: a clean report has no messages).
    if (fastPathOptions(options)) {
      // The same not_initialized as the engine's path, without compiling the module (start-up).
      if (!getWasm.available()) getWasm();
      const report = acceptedReport(id, payload);
      if (report !== undefined) return report;
    }
    const optionsText = validateOptionsText(options);
    const payloadText = jsonText("payload", payload);
    const wasm = getWasm();
    let answer;
    try {
      answer = wasm.validate(id, payloadText, optionsText);
    } catch (e) {
      throw trapped(getWasm, wasm, e);
    }
    if (answer === VALID_ANSWER) return { valid: true, errors: {}, warnings: {}, serverOnly: {}, truncated: false };
    return fromWasm(answer);
  }

  function endpoints() {
    return call("endpoints");
  }

  function computeTotals(lines, options) {
    let optionsText = "";
    // An absent taxRates is left out of the text as JSON.stringify leaves out every undefined.
    if (options !== undefined && options !== null) optionsText = jsonText("options", pickOptions(options, "", []), "invalid_argument");
    return call("compute_totals", jsonText("lines", lines, "invalid_payload", dataReplacer), optionsText);
  }

  function build(endpoint, input, options) {
    const id = endpointId(endpoint, "unknown_endpoint");
    const optionsText = buildOptionsText(options);
    return call("build", id, jsonText("input", input, "invalid_payload", dataReplacer), optionsText);
  }

  function reservationWarnings(endpoint, payload, details, options) {
    const id = endpointId(endpoint, "unknown_endpoint");
    const optionsText = validateOptionsText(options);
    const payloadText = jsonText("payload", payload, "invalid_payload", dataReplacer);
    return call("reservation_warnings", id, payloadText, jsonText("details", details, "invalid_payload", dataReplacer), optionsText);
  }

  const api = { validate, endpoints, computeTotals, build, reservationWarnings };
  for (const [name, id] of BUILDERS) api[name] = (input, options) => build(id, input, options);
  return api;
}
