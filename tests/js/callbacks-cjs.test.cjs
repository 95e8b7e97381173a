// The built package from Node CommonJS (`require`).
const { test } = require("node:test");
const assert = require("node:assert/strict");
const fpgo = require("fpgo");

test("require('fpgo') verifies and signs callbacks", () => {
  const q = fpgo.signCallback([["orderUuid", "ODR1"], ["status", "PAID"], ["createdAt", 1755764131], ["paymentMethod", "Visa"], ["amount", "10"], ["timestamp", 1755764131]], "s");
  const r = fpgo.verifyCallback(q, "s", { toleranceSeconds: 0 });
  assert.equal(r.valid, true);
  assert.equal(r.params.status, "PAID");
  assert.equal(fpgo.verifyCallback(q + "&x=1", "s", { toleranceSeconds: 0 }).error.code, "checksum_mismatch");
  assert.equal(fpgo.verifyCallback(q + "&x=", "s", { toleranceSeconds: 0 }).error.code, "malformed_callback");
  assert.equal(typeof fpgo.init, "function");
});
