// FpgoError: what every fpgo function throws or rejects with. A minimal version written by the
// client helper with exactly the shared contract's constructor; the packaging helper owns this file.

const FIELDS = ["code", "kind", "httpStatus", "errors", "serverMessages", "details"];

export class FpgoError extends Error {
  constructor({ code, message, kind, httpStatus, errors, serverMessages, details, cause } = {}) {
    super(String(message ?? code ?? "fpgo error"), cause === undefined ? undefined : { cause });
    this.name = "FpgoError";
    const given = { code, kind, httpStatus, errors, serverMessages, details };
    for (const key of FIELDS) if (given[key] !== undefined) this[key] = given[key];
  }

  /** Every own field, plus `name` and `message` (which `JSON.stringify` would otherwise drop). */
  toJSON() {
    const out = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) if (key !== "cause") out[key] = value;
    return out;
  }
}

export function isFpgoError(e) {
  return e instanceof FpgoError;
}

/** Parses a wasm answer `{"ok":...}` / `{"error":{...}}`: returns `ok`, throws the error. */
export function fromWasm(answerText) {
  const answer = JSON.parse(answerText);
  if (answer && typeof answer === "object" && "error" in answer) {
    const { code, message, kind, httpStatus, errors, serverMessages, details, ...rest } = answer.error;
    const e = new FpgoError({ code, message, kind, httpStatus, errors, serverMessages, details });
    Object.assign(e, rest);
    throw e;
  }
  return answer.ok;
}
