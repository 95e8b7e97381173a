// No JS exception ever unwinds through WebAssembly, and no input breaks the module (issue 10 §1):
// every export of `fpgo` is driven 10,000 times with values that throw when read (throwing getters,
// revoked Proxies as Immer leaves them, throwing toJSON) in every argument position; each call
// either returns or throws an FpgoError with a `code`, never a raw TypeError or a wasm trap, and
// every export still works afterwards. Before the JS wrappers read user values, ~1,600 such throws
// left every export failing with "memory access out of bounds" for the life of the process.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fpgo from "fpgo";

const ROUNDS = 10_000;
const revoked = () => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
};
const throwingGetter = () => Object.defineProperty({}, "products", { enumerable: true, get() { throw new Error("getter throws"); } });
const throwingOptions = () => new Proxy({}, { get() { throw new Error("option getter throws"); } });
const throwingToJSON = () => ({ toJSON() { throw new Error("toJSON throws"); } });
const hostileArray = () => [revoked(), throwingGetter()];
const HOSTILE = [revoked, throwingGetter, throwingOptions, throwingToJSON, hostileArray];

const functions = Object.entries(fpgo).filter(
  ([name, f]) => typeof f === "function" && !["init", "initSync", "FpgoError", "isFpgoError"].includes(name),
);

function drive(name, f) {
  for (let i = 0; i < ROUNDS; i++) {
    const args = ["orders.sendPaymentLink", { quantity: 1 }, {}, {}];
    args[i % 4] = HOSTILE[i % HOSTILE.length]();
    try {
      if (name === "FpgoClient") new f(args[0] === "orders.sendPaymentLink" ? args[1] : args[0]);
      else f(...args);
    } catch (e) {
      assert.ok(!(e instanceof WebAssembly.RuntimeError), `${name} trapped: ${e}`);
      assert.equal(e?.name, "FpgoError", `${name} threw a raw ${e?.name}: ${e?.message}`);
      assert.equal(typeof e.code, "string", `${name}: an FpgoError without a code`);
      assert.ok(fpgo.isFpgoError(e));
    }
  }
}

test("every export survives 10,000 hostile calls with only FpgoErrors", () => {
  assert.ok(functions.length >= 40, `expected the whole API, found ${functions.length} functions`);
  for (const [name, f] of functions) drive(name, f);
});

test("every export still works afterwards", () => {
  const q = fpgo.signCallback({ orderUuid: "ODR1", status: "PAID", createdAt: 1755764131, paymentMethod: "Visa", amount: "1", timestamp: 1755764131 }, "s");
  assert.equal(fpgo.verifyCallback(q, "s", { toleranceSeconds: 0 }).valid, true);
  assert.equal(fpgo.parseTerminalCallback("orderUuid=O&status=Approved").authenticated, false);
  assert.equal(fpgo.validate("orders.cancel", { cancellationNote: "x" }).valid, true);
  assert.equal(fpgo.endpoints().length, 52);
  assert.equal(fpgo.computeTotals([{ quantity: 1, rate: 4500, tax: 12 }]).orderSummary.totalTax, "482.14");
  assert.equal(fpgo.ordersCancel({ cancellationNote: "x" }).payload.cancellationNote, "x");
  assert.equal(fpgo.build("orders.cancel", { cancellationNote: "x" }).endpoint, "orders.cancel");
  assert.deepEqual(fpgo.reservationWarnings("reservations.capture", {}, {}), {});
  // verifyCallback never throws, whatever it is given.
  for (const make of HOSTILE) {
    const r = fpgo.verifyCallback(make(), make(), make());
    assert.equal(r.valid, false);
    assert.equal(typeof r.error.code, "string");
  }
});

test("oversized inputs are refused before they are copied into wasm", () => {
  const big = { products: "x".repeat(1_048_577) };
  assert.throws(() => fpgo.validate("orders.sendPaymentLink", big), (e) => e.code === "payload_too_large");
  assert.throws(() => fpgo.computeTotals([big]), (e) => e.code === "payload_too_large");
  assert.throws(() => fpgo.build("orders.cancel", big), (e) => e.code === "payload_too_large");
  // 1 MB of three-byte characters is over the limit although its length is not.
  assert.throws(() => fpgo.validate("orders.cancel", { cancellationNote: "€".repeat(350_000) }), (e) => e.code === "payload_too_large");
  // The wrapper refuses it by its length (the core's message would name the query, not the URL).
  const r = fpgo.verifyCallback("orderUuid=O&" + "a".repeat(50_000_000), "s");
  assert.equal(r.error.code, "malformed_query");
  assert.match(r.error.message, /URL is longer than 18432 bytes/);
});
