// A small end-to-end demo of callback verification: starts a workerd worker on 127.0.0.1 that
// verifies FPGO callbacks with the built package, signs a callback as FPGO would, sends it, then sends
// a tampered and a stale one, and prints what the worker answered.
import { signCallback } from "../pkg/index.node.js";
import { startWorker } from "../tests/support/workerd.mjs";

const secret = "demo-secret";
const worker = await startWorker({
  entry: new URL("../tests/js/workers/callback-worker.js", import.meta.url).pathname,
  bindings: { FPGO_CALLBACK_SECRET: secret },
});
try {
  const now = Math.floor(Date.now() / 1000);
  const signed = signCallback([["orderUuid", "ODR1755764131"], ["status", "PAID"], ["paymentMethod", "Visa"], ["amount", "4500.00"], ["createdAt", now - 60], ["timestamp", now]], secret);
  const show = async (label, query) => {
    const res = await fetch(`${worker.url}/fpgo/callback?${query}`);
    console.log(`\n${label}\n  GET /fpgo/callback?${query.slice(0, 90)}...\n  -> ${res.status} ${await res.text()}`);
  };
  console.log(`workerd worker verifying callbacks at ${worker.url}`);
  await show("a callback signed as FPGO signs it", signed);
  await show("the same callback with the status changed", signed.replace("PAID", "REFUNDED"));
  await show("a callback whose timestamp is an hour old", signCallback({ orderUuid: "ODR1", status: "PAID", timestamp: now - 3600 }, secret));
} finally {
  worker.stop();
}
