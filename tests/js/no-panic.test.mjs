// No panic crosses the WebAssembly boundary: every exported function, called with hostile values in
// every argument position, either returns or throws an ordinary Error (never a WebAssembly trap such
// as "unreachable"), and the module keeps working afterwards.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fpgo from "fpgo";

const throwingGetter = new Proxy({}, { get() { throw new Error("getter throws"); }, ownKeys() { throw new Error("keys throw"); } });
const deep = JSON.parse("[".repeat(5000) + "]".repeat(5000));
const HOSTILE = [
  undefined, null, 0, -1, NaN, Infinity, -0, 2 ** 53 + 1, 10n ** 30n, true, "", "x".repeat(1 << 20),
  "\uD800", "%FF%00", "orders.sendPaymentLink", Symbol("s"), {}, [], [[]], [1, "a", null], { length: -1 },
  { products: "x", orderSummary: [] }, { products: [{ quantity: "1e400", rate: "-0", tax: "12" }] },
  new Date(NaN), () => 1, throwingGetter, deep, Object.create(null),
];

const describe = (v) => { try { return String(v).slice(0, 30); } catch { return typeof v; } };
const isTrap = (e) => e instanceof WebAssembly.RuntimeError || /unreachable|RuntimeError/.test(String(e && e.stack));

test("every export survives hostile arguments without a wasm trap", () => {
  const functions = Object.entries(fpgo).filter(([name, f]) => typeof f === "function" && !["init", "initSync", "FpgoClient"].includes(name));
  assert.ok(functions.length >= 40, `expected the whole API, found ${functions.length} functions`);
  let calls = 0;
  for (const [name, f] of functions) {
    for (let position = 0; position < 3; position++) {
      for (const value of HOSTILE) {
        const args = ["orders.sendPaymentLink", {}, {}];
        args[position] = value;
        try {
          f(...args);
        } catch (e) {
          assert.ok(!isTrap(e), `${name} trapped with argument ${position} = ${describe(value)}: ${e}`);
          assert.ok(e instanceof Error, `${name} threw a non-Error: ${describe(e)}`);
        }
        calls++;
      }
    }
  }
  // The instance still works after all of that.
  const q = fpgo.signCallback({ orderUuid: "ODR1", status: "PAID", createdAt: 1755764131, paymentMethod: "Visa", amount: "1", timestamp: 1755764131 }, "s");
  assert.equal(fpgo.verifyCallback(q, "s", { toleranceSeconds: 0 }).valid, true);
  assert.ok(calls > 1000);
});

test("the client constructor rejects hostile options with ordinary errors", () => {
  for (const value of HOSTILE) {
    try {
      new fpgo.FpgoClient(value);
    } catch (e) {
      assert.ok(!isTrap(e), `FpgoClient trapped on ${describe(value)}: ${e}`);
    }
  }
});
