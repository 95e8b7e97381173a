// The callbacks suite, given the module an app imported (fpgo/callbacks or fpgo/callbacks/inline):
// see callbacks.mjs and callbacks-inline.mjs, which ../bundlers.test.mjs runs and bundles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";

export function callbacksSuite({ parseTerminalCallback, signCallback, verifyCallback }) {
  const SECRET = "s3cr3t";
  const now = () => Math.floor(Date.now() / 1000);
  const sha = (s) => createHash("sha256").update(s).digest("hex");

  test("the documented example pre-image verifies (000:6371)", () => {
    const sum = sha(`ODR123successVisa10017557641311755764131${SECRET}`);
    const url = `https://your-callback-url.com/callback?orderUuid=ODR123&status=success&paymentMethod=Visa&amount=100&createdAt=1755764131&timestamp=1755764131&checksum=${sum}`;
    const r = verifyCallback(url, SECRET, { now: 1755764131 });
    assert.equal(r.valid, true, JSON.stringify(r.error));
    assert.equal(r.params.orderUuid, "ODR123");
    assert.equal(r.params.status, "SUCCESS");
    assert.equal(r.params.amount, "100");
  });

  test("what signCallback signs verifies; tampered, foreign, stale and unsigned callbacks do not", () => {
    // A complete order callback: fpgo refuses one without every documented field (decision C10).
    const order = (timestamp) => ({ orderUuid: "ODR2", status: "PAID", createdAt: 1755764131, paymentMethod: "Visa", amount: "10.00", timestamp });
    const q = signCallback(order(now()), SECRET);
    assert.equal(verifyCallback(q, SECRET).valid, true);
    assert.equal(verifyCallback(q.replace("PAID", "CANCELLED"), SECRET).error.code, "checksum_mismatch");
    assert.equal(verifyCallback(q, "someone-else").error.code, "checksum_mismatch");
    assert.equal(verifyCallback(signCallback(order(now() - 3600), SECRET), SECRET).error.code, "stale");
    assert.equal(verifyCallback(q.replace("paymentMethod=Visa&amount=10.00", "paymentMethod=Visa1&amount=0.00"), SECRET).error.code, "malformed_callback");
    assert.equal(verifyCallback("orderUuid=O&status=PAID", SECRET).error.code, "missing_checksum");
  });

  test("bad input is a result, never a throw; signCallback throws a typed FpgoError", () => {
    const r = verifyCallback(undefined, SECRET);
    assert.equal(r.valid, false);
    assert.equal(typeof r.error.code, "string");
    assert.throws(() => signCallback({ a: "1" }, ""), (e) => e instanceof Error && e.name === "FpgoError" && e.code === "missing_secret");
  });

  test("terminal callbacks are parsed and marked unauthenticated", () => {
    const t = parseTerminalCallback("https://example-url.com/callback?orderUuid=ODR12334&status=Cancelled&type=Payment&totalAmount=42&currency=NOK");
    assert.equal(t.authenticated, false);
    assert.equal(t.totalAmount, "42");
  });
}
