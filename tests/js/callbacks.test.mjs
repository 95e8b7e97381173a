// The built package from Node ESM, imported by name as an installed dependency.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { verifyCallback, signCallback, parseTerminalCallback, init } from "fpgo";

const SECRET = "s3cr3t";
const now = Math.floor(Date.now() / 1000);
const sha = (s) => createHash("sha256").update(s).digest("hex");
/** A complete order callback (every documented field in its documented form), as pairs. */
const order = (overrides = {}) => Object.entries({ orderUuid: "ODR1755764131", status: "PAID", createdAt: 1755764131, paymentMethod: "Visa", amount: "4500.00", timestamp: now, ...overrides });
const companyCheck = (overrides = {}) => Object.entries({ companyCheckUuid: "COMCHK1754819969", companyId: "023451", companyName: "Lorem AS", score: "650", createdAt: 1754819969, ...overrides });

test("the documented example pre-image verifies (000:6371, catalog 9.2)", () => {
  const sum = sha(`ODR123successVisa10017557641311755764131${SECRET}`);
  const url = `https://your-callback-url.com/callback?orderUuid=ODR123&status=success&paymentMethod=Visa&amount=100&createdAt=1755764131&timestamp=1755764131&checksum=${sum}`;
  const r = verifyCallback(url, SECRET, { now: 1755764131 });
  assert.equal(r.valid, true);
  assert.deepEqual(
    { kind: r.params.kind, orderUuid: r.params.orderUuid, status: r.params.status, amount: r.params.amount, createdAt: r.params.createdAt },
    { kind: "order", orderUuid: "ODR123", status: "SUCCESS", amount: "100", createdAt: 1755764131 },
  );
  assert.equal(r.params.raw.checksum, sum);
  assert.deepEqual(Object.keys(r.params.raw), ["orderUuid", "status", "paymentMethod", "amount", "createdAt", "timestamp", "checksum"]);
});

test("signCallback accepts pairs or an object, and numbers", () => {
  const a = signCallback([["orderUuid", "ODR1"], ["timestamp", now]], SECRET);
  const b = signCallback({ orderUuid: "ODR1", timestamp: String(now) }, SECRET);
  assert.equal(a, b);
  assert.match(a, /^orderUuid=ODR1&timestamp=\d+&checksum=[0-9a-f]{64}$/);
  assert.equal(signCallback({ name: "Kari Nordmann", phone: "+47" }, SECRET).split("&checksum=")[0], "name=Kari%20Nordmann&phone=%2B47");
});

test("options: tolerance, now as Date or seconds, and key rotation", () => {
  const q = signCallback(order({ timestamp: 1_000_000_000 }), SECRET);
  assert.equal(verifyCallback(q, SECRET).error.code, "stale");
  assert.equal(verifyCallback(q, SECRET, { toleranceSeconds: 0 }).valid, true);
  assert.equal(verifyCallback(q, SECRET, { now: new Date(1_000_000_100_000) }).valid, true);
  assert.equal(verifyCallback(q, SECRET, { now: 1_000_000_000 - 301 }).error.code, "from_future");
  assert.equal(verifyCallback(q, ["rotated-out", SECRET], { toleranceSeconds: 0 }).valid, true);
});

test("expect: an order endpoint refuses a company check, which must be asked for", () => {
  const q = signCallback(companyCheck(), SECRET);
  const refused = verifyCallback(q, SECRET);
  assert.equal(refused.error.code, "malformed_callback");
  assert.equal(refused.error.field, "companyCheckUuid");
  const r = verifyCallback(q, SECRET, { expect: "companyCheck" });
  assert.equal(r.valid, true);
  assert.deepEqual(
    { kind: r.params.kind, uuid: r.params.companyCheckUuid, id: r.params.companyId, score: r.params.score, createdAt: r.params.createdAt, risk: r.params.riskLevel },
    { kind: "companyCheck", uuid: "COMCHK1754819969", id: "023451", score: 650, createdAt: 1754819969, risk: undefined },
  );
  assert.equal(verifyCallback(signCallback(order(), SECRET), SECRET, { expect: "companyCheck" }).error.field, "orderUuid");
});

test("attacks the checksum cannot see are malformed_callback, naming the field", () => {
  // A year-old order callback with its keys renamed into a company check: same values, same checksum.
  const old = signCallback(order({ timestamp: 1724228200, createdAt: 1724228131 }), SECRET);
  const renamed = old
    .replace("orderUuid=", "companyCheckUuid=").replace("status=", "riskLevel=").replace("paymentMethod=", "companyName=")
    .replace("amount=", "score=").replace("createdAt=", "companyId=").replace("timestamp=", "createdAt=");
  for (const options of [undefined, { expect: "companyCheck" }]) {
    const r = verifyCallback(renamed, SECRET, options);
    assert.deepEqual([r.error.code, r.error.field], ["malformed_callback", "companyCheckUuid"]);
  }
  // Boundary shifts: the pre-image is unchanged, a typed field is not in form.
  const q = signCallback(order({ paymentMethod: "visa" }), SECRET);
  for (const [from, to, field] of [
    ["paymentMethod=visa&amount=4500.00", "paymentMethod=visa4&amount=500.00", "paymentMethod"],
    ["orderUuid=ODR1755764131&status=PAID", "orderUuid=ODR175576413&status=1PAID", "status"],
    ["&checksum", "&note=&checksum", "note"],
  ]) {
    const r = verifyCallback(q.replace(from, to), SECRET);
    assert.deepEqual([r.valid, r.error?.code, r.error?.field], [false, "malformed_callback", field], to);
  }
  // Missing fields of an order.
  const r = verifyCallback(signCallback(order().filter(([k]) => k !== "paymentMethod"), SECRET), SECRET);
  assert.deepEqual([r.error.code, r.error.field], ["malformed_callback", "paymentMethod"]);
});

test("bad input of any kind is a typed result, never a throw", () => {
  const q = signCallback(order(), SECRET);
  const cases = [
    [[undefined, SECRET], "malformed_query"],
    [[42, SECRET], "malformed_query"],
    [[{ toString: () => q }, SECRET], "malformed_query"],
    [["a=" + "x".repeat(1 << 20), SECRET], "malformed_query"],
    [[q.replace("orderUuid=ODR", "orderUuid=%FF"), SECRET], "malformed_query"],
    [[q, ""], "missing_secret"],
    [[q, []], "missing_secret"],
    [[q, [SECRET, 7]], "missing_secret"],
    [[q, null], "missing_secret"],
    [[q, SECRET, { toleranceSeconds: -5 }], "invalid_argument"],
    [[q, SECRET, { toleranceSeconds: NaN }], "invalid_argument"],
    [[q, SECRET, { now: "yesterday" }], "invalid_argument"],
    [[q, SECRET, { expect: "refund" }], "invalid_argument"],
    [[q, SECRET, "fast"], "invalid_argument"],
    // A lone surrogate would reach WebAssembly as U+FFFD; a NUL separates secrets there.
    [[q, "a\ud800"], "invalid_argument"],
    [[q, [SECRET, "b\udc00c"]], "invalid_argument"],
    [[q, "a\0b"], "invalid_argument"],
  ];
  for (const [args, code] of cases) {
    const r = verifyCallback(...args);
    assert.equal(r.valid, false, String(args[0]).slice(0, 40));
    assert.equal(r.error.code, code, String(args[0]).slice(0, 40));
    assert.ok(!r.error.message.includes(SECRET), "the secret never appears in a message");
  }
});

test("a secret with a lone surrogate verifies nothing that its U+FFFD twin signed", () => {
  const q = signCallback(order(), "a\ufffd");
  assert.equal(verifyCallback(q, "a\ufffd").valid, true);
  assert.equal(verifyCallback(q, "a\ud800").error.code, "invalid_argument");
});

test("signCallback throws a typed FpgoError for what cannot be signed", () => {
  for (const [params, secret, code] of [
    [{ a: "1" }, "", "missing_secret"],
    [{ "a.b": "1" }, SECRET, "malformed_query"],
    [{ checksum: "x" }, SECRET, "malformed_query"],
    [{ a: {} }, SECRET, "malformed_query"],
    ["a=1", SECRET, "malformed_query"],
    [{ a: "1" }, "s\ud800", "invalid_argument"],
    [{ a: "1" }, "s\0t", "invalid_argument"],
  ]) {
    assert.throws(() => signCallback(params, secret), (e) => e instanceof Error && e.name === "FpgoError" && e.code === code);
  }
});

test("terminal callbacks are parsed and marked unauthenticated", () => {
  const t = parseTerminalCallback("https://example-url.com/callback?orderUuid=ODR12334&status=Cancelled&type=Payment&totalAmount=42&currency=NOK");
  assert.equal(t.authenticated, false);
  assert.equal(t.type, "Payment");
  assert.equal(t.totalAmount, "42");
  assert.throws(() => parseTerminalCallback("status=Approved"), (e) => e.code === "malformed_query");
});

test("init() is a harmless no-op once instantiated", async () => {
  await init();
  assert.equal(verifyCallback(signCallback(order(), SECRET), SECRET, { toleranceSeconds: 0 }).valid, true);
});

test("a long query with raw non-ASCII characters verifies (it crosses into WebAssembly by encodeInto)", () => {
  const method = "Visa æøå 😀 ".repeat(4); // a payment method has at most 64 characters
  const signed = signCallback(order({ paymentMethod: method }), SECRET);
  const encoded = signed.split("&").find((p) => p.startsWith("paymentMethod=")).slice("paymentMethod=".length);
  const raw = signed.replace(encoded, method.replaceAll(" ", "%20"));
  assert.ok(raw.length > 128 && /[^\x00-\x7f]/.test(raw), "a long query with raw non-ASCII text");
  for (const query of [signed, raw, `https://merchant.example/cb?${raw}`]) {
    const r = verifyCallback(query, SECRET);
    assert.equal(r.valid, true, query);
    assert.equal(r.params.paymentMethod, method);
  }
  const tampered = raw.replace("😀", "😁");
  assert.equal(verifyCallback(tampered, SECRET).error.code, "checksum_mismatch");
});
