// The demo's edge worker over HTTP (workerd on 127.0.0.1, talking to the sandbox): what it accepts,
// what it refuses and why, and what it records from callbacks.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { signCallback } from "fpgo";
import { startDemo } from "../../www/demo.mjs";

let demo;
before(async () => {
  demo = await startDemo({ quiet: true });
});
after(() => demo?.stop());

const now = () => Math.floor(Date.now() / 1000);
const get = (path) => fetch(`${demo.url}${path}`);
const post = (path, body) => fetch(`${demo.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });

test("the site and the package are served with the types browsers require, nothing else", async () => {
  const page = await get("/");
  assert.equal(page.status, 200);
  assert.match(page.headers.get("content-type"), /^text\/html/);
  assert.match(page.headers.get("content-security-policy"), /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(await page.text(), /<form id="order"/);
  assert.match((await get("/app.js")).headers.get("content-type"), /^text\/javascript/);
  const entry = await get("/pkg/index.browser.js");
  assert.match(entry.headers.get("content-type"), /^text\/javascript/);
  // The .wasm the browser entry fetches (streaming compilation needs application/wasm).
  assert.match(await entry.text(), /"\.\/wasm\/full_bg\.wasm"/);
  assert.equal((await get("/pkg/wasm/full_bg.wasm")).headers.get("content-type"), "application/wasm");
  for (const path of ["/nope.js", "/.gitignore", "/pkg/package.json.bak", "/pkg/../Cargo.toml", "/%2e%2e/Cargo.toml", "/api/nothing"]) {
    assert.equal((await get(path)).status, 404, path);
  }
});

test("a signed callback is recorded; the newest timestamp wins over a late older one", async () => {
  const t = now();
  // Complete order callbacks (fpgo refuses any other; decision C10), the later one older.
  const full = (uuid, status, timestamp) => [["orderUuid", uuid], ["status", status], ["createdAt", 1755764131], ["paymentMethod", "visa"], ["amount", "270.00"], ["timestamp", timestamp]];
  const paid = signCallback(full("ODR9001", "PAID", t), demo.secret);
  const sent = signCallback(full("ODR9001", "INVOICED", t - 5), demo.secret);
  assert.equal((await get(`/fpgo/callback?${paid}`)).status, 200);
  assert.equal((await get(`/fpgo/callback?${sent}`)).status, 200);
  const order = await (await get("/api/orders/ODR9001")).json();
  assert.equal(order.status, "PAID");
  assert.equal(order.paymentMethod, "visa");
  assert.equal(order.sentFromThisDemo, false);
  assert.deepEqual(order.history.map((h) => h.status), ["PAID", "INVOICED"]);
});

test("forged, tampered, stale and unsigned callbacks are refused with their reason and change nothing", async () => {
  const full = (timestamp) => [["orderUuid", "ODR9002"], ["status", "PAID"], ["createdAt", 1755764131], ["paymentMethod", "visa"], ["amount", "270.00"], ["timestamp", timestamp]];
  const q = signCallback(full(now()), demo.secret);
  const cases = [
    [q.replace("PAID", "CANCELLED"), "checksum_mismatch"],
    [signCallback(full(now()), "not-the-secret"), "checksum_mismatch"],
    [signCallback(full(now() - 3600), demo.secret), "stale"],
    ["orderUuid=ODR9002&status=PAID", "missing_checksum"],
  ];
  for (const [query, code] of cases) {
    const res = await get(`/fpgo/callback?${query}`);
    assert.equal(res.status, 400, query);
    assert.equal((await res.json()).code, code, query);
  }
  assert.equal((await get("/api/orders/ODR9002")).status, 404);
  const log = await (await get("/api/callbacks")).json();
  assert.deepEqual(log.slice(0, 4).map((c) => [c.valid, c.code]), cases.map(([, code]) => [false, code]).reverse());
});

test("malformed order requests get typed errors", async () => {
  let res = await post("/api/orders", "{not json");
  assert.equal(res.status, 400);
  assert.equal((await res.json()).code, "invalid_json");
  res = await post("/api/orders", JSON.stringify([1, 2]));
  assert.equal(res.status, 400);
  assert.equal((await res.json()).code, "invalid_body");
  res = await post("/api/orders", JSON.stringify({ order: { referenceNo: "x".repeat(70000) } }));
  assert.equal(res.status, 413);
});

const order = () => ({
  products: [
    { name: "Kaffe", quantity: "2", rate: "100", tax: "25" },
    { name: "Kopp", quantity: "1", rate: "80", discount: "10", tax: "15" },
  ],
  sendOrderBy: { sms: true, email: true },
  invoiceAsPaymentOption: false,
  customerDetails: {
    type: "private", name: "Nordmann", email: "kari@example.no", countryCode: "+47", msisdn: "40000000",
    address: { street: "Karl Johans gate 1", zip: "0154", city: "Oslo", country: "NO" },
  },
});

test("the worker validates again and answers with the fields to fix, in the chosen language", async () => {
  const bad = order();
  bad.customerDetails.email = "kari(at)example";
  delete bad.customerDetails.address.city;
  const answers = {};
  for (const lang of ["en", "da"]) {
    const res = await post("/api/orders", JSON.stringify({ order: bad, lang }));
    assert.equal(res.status, 422);
    const body = await res.json();
    assert.equal(body.code, "invalid_order");
    assert.deepEqual(Object.keys(body.errors).sort(), ["customerDetails.address.city", "customerDetails.email"]);
    answers[lang] = body.errors["customerDetails.email"][0];
  }
  assert.notEqual(answers.en, answers.da);
});

test("the worker computes the totals itself: amounts sent by the browser are ignored", async () => {
  const o = order();
  o.products[0].amount = "1.00";
  o.orderSummary = { subTotal: "1.00", totalTax: "0.00", totalDiscount: "0.00", grandTotal: "1.00" };
  const res = await post("/api/orders", JSON.stringify({ order: o, lang: "en" }));
  const body = await res.json();
  assert.equal(res.status, 201, JSON.stringify(body));
  assert.deepEqual(body.orderSummary, { subTotal: "229.57", totalTax: "50.43", totalDiscount: "10.00", grandTotal: "270.00" });
  assert.ok(body.checkoutUrl.startsWith(`${demo.sandboxUrl}/checkout/`));
  const recorded = await (await get(`/api/orders/${body.orderUuid}`)).json();
  assert.equal(recorded.status, "SENT");
  assert.equal(recorded.sentFromThisDemo, true);
  // The sandbox's payment page asks for the worker's total.
  assert.match(await (await fetch(body.checkoutUrl)).text(), /270\.00/);
});

test("a failed payment reaches the worker as FAILED through the signed callback", async () => {
  const res = await post("/api/orders", JSON.stringify({ order: order(), lang: "sv" }));
  const { orderUuid, checkoutUrl } = await res.json();
  assert.equal(res.status, 201);
  const paid = await fetch(`${checkoutUrl}/pay`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "paymentMethod=visa&outcome=failure" });
  assert.equal(paid.status, 200);
  const deadline = Date.now() + 10000;
  for (;;) {
    const o = await (await get(`/api/orders/${orderUuid}`)).json();
    if (o.status === "FAILED") {
      assert.deepEqual(o.history.map((h) => h.status), ["SENT", "FAILED"]);
      break;
    }
    assert.ok(Date.now() < deadline, `still ${o.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
});
