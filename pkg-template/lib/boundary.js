// The crossing into WebAssembly: user values are read and checked here, where a throw is caught,
// so that only strings and numbers ever enter the module and no JS exception unwinds through it.

import { FpgoError, fail, fromWasm } from "./errors.js";

/** Largest payload JSON text, in bytes of UTF-8 (the server's nginx body limit; see json_api). */
export const MAX_PAYLOAD_BYTES = 1_048_576;

/** Bytes of `text` in UTF-8, counted without copying. */
export function utf8Length(text) {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { bytes += 2; i++; }
    else bytes += 2;
  }
  return bytes;
}

/** True when `text` is over `limit` bytes of UTF-8; only counts when the length cannot tell. */
export function overLimit(text, limit) {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return utf8Length(text) > limit;
}

/** Reads `read()` (user properties, getters) where a throw is caught: an FpgoError of `code`. */
export function readUser(what, read, code = "invalid_argument") {
  try {
    return read();
  } catch (e) {
    throw unreadable(what, e, code);
  }
}

/** The error for a throw `e` while reading `what` (for a `catch` around inline reads). */
export function unreadable(what, e, code = "invalid_argument") {
  return e instanceof FpgoError ? e : fail(code, `${what} could not be read (${describe(e)})`, e);
}

/** Unix seconds of a Date or a number; `undefined` when it is neither. */
export function unixSeconds(value) {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
  }
  if (typeof value === "number" && Number.isFinite(value)) return Math.floor(value);
  return undefined;
}

/** The clock in Unix seconds (the core reads none). */
export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A thrown value as short text, for messages (never throws). */
export function describe(e) {
  try {
    return String(e && e.message ? e.message : e).slice(0, 200);
  } catch {
    return "an unprintable error";
  }
}

/** A function calling the wasm export `name` with text/number arguments and returning the answer's
 *  `ok` value. A trap (a Rust panic, always a bug) becomes FpgoError `internal` with the panic's
 *  message, and the instance is replaced by a fresh one (a trapped instance has leaked its stack). */
export function wasmCaller(getWasm) {
  return function call(name, ...args) {
    const wasm = getWasm();
    let answer;
    try {
      answer = wasm[name](...args);
    } catch (e) {
      throw trapped(getWasm, wasm, e);
    }
    return fromWasm(answer);
  };
}

/** The FpgoError `internal` for a trap `e` of `wasm`'s call (the instance restarted if it can be).
 *  The shipped modules abort at once on a panic and keep no message (scripts/build-pkg.sh); a build
 *  with a panic runtime exports `take_panic_message`, whose text is then the detail. */
export function trapped(getWasm, wasm, e) {
  let detail = "";
  try {
    if (typeof wasm.take_panic_message === "function") detail = wasm.take_panic_message();
  } catch {
    // The instance may be past reading; the trap's own message is all there is.
  }
  let restarted = false;
  try {
    if (typeof getWasm.reset === "function") restarted = getWasm.reset() !== false;
  } catch {
    restarted = false;
  }
  const what = detail || `a panic in its WebAssembly (${describe(e)})`;
  const after = restarted ? "the WebAssembly instance was restarted" : "the WebAssembly instance may be unusable";
  return new FpgoError({ code: "internal", message: `fpgo hit a bug: ${what} (${after}; please report this)`, cause: e });
}
