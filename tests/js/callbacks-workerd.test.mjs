// The built package inside workerd (Cloudflare's runtime): a worker on 127.0.0.1 verifies callbacks
// sent to it over HTTP.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { signCallback } from "fpgo";
import { startWorker } from "../support/workerd.mjs";

let worker;
const SECRET = "whsec-test-workerd";
before(async () => {
  worker = await startWorker({
    entry: new URL("./workers/callback-worker.js", import.meta.url).pathname,
    bindings: { FPGO_CALLBACK_SECRET: `old-secret,${SECRET}` },
  });
});
after(() => worker?.stop());

const now = () => Math.floor(Date.now() / 1000);
const call = (query) => fetch(`${worker.url}/fpgo/callback?${query}`);
/** A complete order callback (every documented field, in its documented form). */
const order = (status, timestamp) => [["orderUuid", "ODR1"], ["status", status], ["createdAt", 1755764131], ["paymentMethod", "Visa"], ["amount", "4500.00"], ["timestamp", timestamp]];

test("a correctly signed callback is accepted with typed params", async () => {
  const q = signCallback(order("resevred", now()), SECRET);
  const res = await call(q);
  assert.equal(res.status, 200);
  const params = await res.json();
  assert.equal(params.kind, "order");
  assert.equal(params.orderUuid, "ODR1");
  assert.equal(params.status, "RESERVED");
  assert.equal(params.amount, "4500.00");
});

test("tampered, stale, unsigned and empty callbacks are rejected with their codes", async () => {
  const q = signCallback(order("PAID", now()), SECRET);
  const cases = [
    [q.replace("PAID", "CANCELLED"), "checksum_mismatch"],
    [`${q}&amount=1`, "checksum_mismatch"],
    [signCallback(order("PAID", now() - 3600), SECRET), "stale"],
    [signCallback(order("PAID", now() + 3600), SECRET), "from_future"],
    ["orderUuid=O&status=PAID", "missing_checksum"],
    [q.replace(/checksum=(.*)/, (_, sum) => `checksum=${sum.toUpperCase()}`), "malformed_checksum"],
    [signCallback(order("PAID", now()), "another-secret"), "checksum_mismatch"],
    [q.replace("paymentMethod=Visa&amount=4500.00", "paymentMethod=Visa4&amount=500.00"), "malformed_callback"],
  ];
  for (const [query, code] of cases) {
    const res = await call(query);
    assert.equal(res.status, 400, query);
    assert.equal((await res.json()).code, code, query);
  }
});
