// The one error type of every fpgo entry, and the reading of the WebAssembly module's answers.
// Every wasm export answers JSON text, `{"ok":<value>}` or `{"error":{"code","message",...}}`;
// `fromWasm` returns the value or throws the error as an FpgoError. (One exception: `verify_callback`
// answers a valid callback's compact text bare, which lib/callbacks.js reads without `fromWasm`.)

const FIELDS = ["code", "kind", "httpStatus", "errors", "serverMessages", "details"];

/** Every failure of fpgo: `code` is a stable snake_case string (see the README's error table). */
export class FpgoError extends Error {
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
}

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
