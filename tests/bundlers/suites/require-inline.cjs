// fpgo/callbacks/inline and fpgo/validate/inline (the .wasm inside the JavaScript) from CommonJS, as a
// bundled app requires them. Run as it is (Node, Bun) and bundled by ../bundlers.test.mjs.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { signCallback, verifyCallback } = require("fpgo/callbacks/inline");
const { computeTotals, validate } = require("fpgo/validate/inline");

test("require('fpgo/callbacks') signs and verifies", () => {
  const q = signCallback({ orderUuid: "ODR3", status: "PAID", createdAt: 1755764131, paymentMethod: "Visa", amount: "1.00", timestamp: Math.floor(Date.now() / 1000) }, "s3cr3t");
  assert.equal(verifyCallback(q, "s3cr3t").valid, true);
  assert.equal(verifyCallback(q, "other").error.code, "checksum_mismatch");
});

test("require('fpgo/validate') validates and totals", () => {
  assert.equal(validate("orders.sendPaymentLink", {}).errors.orderDate[0].message, "The order date field is required.");
  assert.equal(computeTotals([{ quantity: 1, rate: 4500, tax: 12 }]).orderSummary.subTotal, "4017.86");
});
