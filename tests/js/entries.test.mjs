// Every subpath entry from Node, ESM and CommonJS, file-based and inline: each exports its
// capability's functions and nothing of the others', and they work.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const CALLBACKS = ["verifyCallback", "signCallback", "parseTerminalCallback"];
const VALIDATE = ["validate", "endpoints", "computeTotals", "build", "reservationWarnings", "ordersSendPaymentLink"];

function check(name, m, has, hasNot) {
  for (const f of [...has, "init", "initSync", "isFpgoError"]) assert.equal(typeof m[f], "function", `${name}: ${f}`);
  for (const f of hasNot) assert.equal(m[f], undefined, `${name} must not carry ${f}`);
  if (has.includes("verifyCallback")) {
    const q = m.signCallback({ orderUuid: "ODR1", status: "PAID", createdAt: 1755764131, paymentMethod: "Visa", amount: "1", timestamp: 1755764131 }, "s");
    assert.equal(m.verifyCallback(q, "s", { toleranceSeconds: 0 }).valid, true, name);
  }
  if (has.includes("validate")) assert.equal(m.validate("orders.cancel", { cancellationNote: "x" }).valid, true, name);
  assert.throws(() => { throw new m.FpgoError({ code: "x", message: "y" }); }, (e) => m.isFpgoError(e) && e.code === "x");
}

test("fpgo/callbacks, fpgo/validate, fpgo/client and fpgo, import and require, file and inline", async () => {
  for (const suffix of ["", "/inline"]) {
    check(`callbacks${suffix}`, await import(`fpgo/callbacks${suffix}`), CALLBACKS, [...VALIDATE, "FpgoClient"]);
    check(`validate${suffix}`, await import(`fpgo/validate${suffix}`), VALIDATE, [...CALLBACKS, "FpgoClient"]);
    check(`fpgo${suffix}`, await import(`fpgo${suffix}`), [...CALLBACKS, ...VALIDATE, "FpgoClient"], []);
    check(`require callbacks${suffix}`, require(`fpgo/callbacks${suffix}`), CALLBACKS, VALIDATE);
    check(`require fpgo${suffix}`, require(`fpgo${suffix}`), [...CALLBACKS, ...VALIDATE], []);
    const client = await import(`fpgo/client${suffix}`);
    assert.equal(typeof client.FpgoClient, "function");
    assert.equal(client.validate, undefined);
  }
});

test("the .wasm subpaths resolve to the modules", () => {
  for (const name of ["callbacks", "validate", "fpgo"]) assert.match(require.resolve(`fpgo/${name}.wasm`), /_bg\.wasm$/);
});

test("the browser entry before init(): not_initialized naming init()", async () => {
  const m = await import("../../pkg/callbacks.browser.js");
  assert.throws(() => m.signCallback({ a: "1" }, "s"), (e) => e.code === "not_initialized" && /init\(\)/.test(e.message));
  const r = m.verifyCallback("a=1", "s");
  assert.equal(r.valid, false);
  assert.equal(r.error.code, "not_initialized");
});
