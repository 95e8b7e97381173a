// The one error type of every fpgo entry, and the reading of the WebAssembly module's answers.
// Every wasm export answers JSON text, `{"ok":<value>}` or `{"error":{"code","message",...}}`;
// `fromWasm` returns the value or throws the error as an FpgoError. (One exception: `verify_callback`
// answers a valid callback's compact text bare, which lib/callbacks.js reads without `fromWasm`.)

const FIELDS = ["code", "kind", "httpStatus", "errors", "serverMessages", "details"];

/** The class, made once per JS realm: each entry is one bundled file with its own copy of this
 *  module (one module less for Node to load at start-up), and they all take the class registered
 *  under this key, so FpgoError is one class whichever entries (ESM or CommonJS) an app imports.
 *  A frozen `globalThis` (a locked-down realm) keeps each entry's own class; `fpgo`'s Node entries
 *  hand theirs to the bundles they load on first use (lib/deferred.js), so within an entry it is
 *  one class there too. */
const REGISTRY_KEY = Symbol.for("fpgo.FpgoError.v1");

function defineFpgoError() {
  return class FpgoError extends Error {
    constructor({ code, message, kind, httpStatus, errors, serverMessages, details, cause, ...extra } = {}) {
      super(String(message ?? code ?? "fpgo error"), cause === undefined ? undefined : { cause });
      this.name = "FpgoError";
      const given = { code, kind, httpStatus, errors, serverMessages, details };
      for (const key of FIELDS) if (given[key] !== undefined) this[key] = given[key];
      // Area fields (`line`, `field`, `endpoint`, `warnings`, ...) as the core reports them. A core
      // `cause` that is a code string (totals) is kept as such.
      for (const [key, value] of Object.entries(extra)) if (value !== undefined && !(key in this)) this[key] = value;
    }

    toJSON() {
      const out = { name: this.name, message: this.message };
      for (const key of Object.keys(this)) out[key] = this[key];
      if (this.cause !== undefined && !(this.cause instanceof Error)) out.cause = this.cause;
      return out;
    }
  };
}

function sharedFpgoError() {
  const registered = globalThis[REGISTRY_KEY];
  if (typeof registered === "function" && registered.prototype instanceof Error) return registered;
  const made = defineFpgoError();
  // Its name survives minification (bundlers drop a class expression's name).
  Object.defineProperty(made, "name", { value: "FpgoError" });
  // Registered for good (not writable, not enumerable); anything else under the key is left alone.
  if (registered === undefined) {
    try {
      Object.defineProperty(globalThis, REGISTRY_KEY, { value: made });
    } catch {
      // A frozen globalThis: this bundle keeps its own class.
    }
  }
  return made;
}

/** Every failure of fpgo: `code` is a stable snake_case string (see the README's error table). */
export const FpgoError = sharedFpgoError();

/** True for an FpgoError, also one from another copy of the package (ESM and CommonJS). */
export function isFpgoError(e) {
  if (e instanceof FpgoError) return true;
  try {
    return e instanceof Error && e.name === "FpgoError" && typeof e.code === "string";
  } catch {
    return false;
  }
}

/** The `ok` value of a wasm answer, or its `error` thrown as an FpgoError. */
export function fromWasm(answerText) {
  let answer;
  try {
    answer = JSON.parse(answerText);
  } catch (cause) {
    throw new FpgoError({ code: "internal", message: "fpgo's WebAssembly module gave an answer that is not JSON (a bug; please report it)", cause });
  }
  if (answer && typeof answer === "object" && "ok" in answer) return answer.ok;
  const error = answer && answer.error;
  if (error && typeof error === "object" && typeof error.code === "string") throw new FpgoError(error);
  throw new FpgoError({ code: "internal", message: "fpgo's WebAssembly module gave an answer of an unknown shape (a bug; please report it)" });
}

/** An FpgoError of `code` (`invalid_argument`, `invalid_payload`, ...). */
export function fail(code, message, cause) {
  return new FpgoError({ code, message, cause });
}
