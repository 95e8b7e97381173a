// Callback verification in the browser build: the same results as in Node and natively.
const eq = (a, b, what) => { if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`); };

async function sha256Hex(text) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export default {
  async "the documented example verifies (checksum computed with WebCrypto)"(fpgo) {
    const sum = await sha256Hex("ODR123successVisa10017557641311755764131secret");
    const url = `https://your-callback-url.com/callback?orderUuid=ODR123&status=success&paymentMethod=Visa&amount=100&createdAt=1755764131&timestamp=1755764131&checksum=${sum}`;
    const r = fpgo.verifyCallback(url, "secret", { now: new Date(1755764131 * 1000) });
    eq(r.valid, true, "valid");
    eq([r.params.orderUuid, r.params.status, r.params.amount], ["ODR123", "SUCCESS", "100"], "typed params");
  },
  "sign and verify, with every rejection code"(fpgo) {
    const now = Math.floor(Date.now() / 1000);
    const order = (timestamp) => ({ orderUuid: "ODR1", status: "PAID", createdAt: 1755764131, paymentMethod: "Visa", amount: "1.00", timestamp });
    const q = fpgo.signCallback(order(now), "s");
    eq(fpgo.verifyCallback(q, "s").valid, true, "fresh");
    const code = (...args) => { const r = fpgo.verifyCallback(...args); return r.valid ? "valid" : r.error.code; };
    eq(code(q + "&extra=1", "s"), "checksum_mismatch", "appended");
    eq(code(q.split("&checksum")[0], "s"), "missing_checksum", "missing");
    eq(code(q.replace(/checksum=(.*)/, (_, c) => `checksum=${c.toUpperCase()}`), "s"), "malformed_checksum", "upper case");
    eq(code(fpgo.signCallback(order(now - 1000), "s"), "s"), "stale", "stale");
    eq(code(fpgo.signCallback(order(now + 1000), "s"), "s"), "from_future", "future");
    eq(code(q, ""), "missing_secret", "empty secret");
    eq(code(undefined, "s"), "malformed_query", "undefined url");
    eq(code(q, "s", { toleranceSeconds: -1 }), "invalid_argument", "negative tolerance");
    eq(code(q, "s", { expect: "companyCheck" }), "malformed_callback", "an order where a company check is expected");
  },
  "terminal callbacks are unauthenticated"(fpgo) {
    eq(fpgo.parseTerminalCallback("orderUuid=O&status=Approved").authenticated, false, "authenticated");
  },
};
