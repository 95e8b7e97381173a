// The built package's FpgoClient against the local fpgo-sandbox: every endpoint once, the faults
// (timeout, 500, 510, dropped connection, HTML), GET retries, no POST sent twice, and the full
// flow payment link -> checkout page -> signed callback -> verifyCallback.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { FpgoClient, FpgoError, isFpgoError, verifyCallback } from "fpgo";
import { startSandbox } from "../support/sandbox.mjs";
import { callEveryEndpoint, ENDPOINT_IDS } from "./workers/client-scenario.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const TOKEN = "sandbox-token-123";
const SECRET = "sandbox-secret-456";
let sandbox, base;

before(async () => {
  sandbox = await startSandbox({ token: TOKEN, secret: SECRET });
  base = sandbox.url;
});
after(() => sandbox?.stop());

const fixturePath = (id) => `${root}/tests/fixtures/examples/${id}.json`;
const fixture = (id) => JSON.parse(readFileSync(fixturePath(id), "utf8"));
const now = () => String(Math.floor(Date.now() / 1000));
const client = (opts = {}) => new FpgoClient({ token: TOKEN, baseUrl: base, maxRetries: 0, ...opts });
const admin = async (method, path, body) => {
  const res = await fetch(`${base}/__sandbox/${path}`, {
    method, headers: body ? { "content-type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined,
  });
  return res.status === 204 ? null : res.json();
};
const counts = async () => (await admin("GET", "requests")).counts;
const fault = (f) => admin("POST", "faults", f);
const pay = (uuid) => fetch(`${base}/checkout/${uuid}/pay`, {
  method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "paymentMethod=visa&outcome=success", redirect: "manual",
});
async function rejects(promise) {
  try { await promise; } catch (e) { return e; }
  assert.fail("expected a rejection");
}
const withDate = (body) => ({ ...body, orderDate: now() });

test("the constructor checks its options and never echoes the token", () => {
  for (const [opts, code] of [
    [{}, "invalid_argument"],
    [{ token: TOKEN, environment: "staging" }, "invalid_argument"],
    [{ token: TOKEN, timeout: 5 }, "invalid_argument"],
    [{ token: TOKEN, maxRetries: 11 }, "invalid_argument"],
    [{ token: TOKEN, baseUrl: "ftp://x" }, "invalid_argument"],
    [{ token: "has space secret" }, "invalid_argument"],
    [{ token: TOKEN, lang: "fr" }, "invalid_argument"],
    [{ token: TOKEN, maxResponseBytes: 0 }, "invalid_argument"],
    [{ token: TOKEN, onRequest: "log" }, "invalid_argument"],
  ]) {
    let err;
    try { new FpgoClient(opts); } catch (e) { err = e; }
    assert.ok(err instanceof FpgoError && isFpgoError(err), JSON.stringify(opts));
    assert.equal(err.name, "FpgoError");
    assert.equal(err.kind, "config");
    assert.equal(err.code, code);
    assert.ok(!JSON.stringify({ ...err, m: err.message }).includes("secret"));
  }
});

test("401 without the right token gives kind auth, without the token in the error", async () => {
  const e = await rejects(new FpgoClient({ token: "wrong-token-xyz", baseUrl: base }).orders.listStatuses());
  assert.equal(e.kind, "auth");
  assert.equal(e.httpStatus, 401);
  assert.ok(!JSON.stringify({ ...e, m: e.message, s: e.stack }).includes("wrong-token-xyz"));
});

test("every endpoint is called at least once through the grouped methods", async () => {
  await admin("DELETE", "requests");
  const fixtures = Object.fromEntries(ENDPOINT_IDS.map((id) => [id, existsSync(fixturePath(id)) ? fixture(id) : null]));
  const seen = await callEveryEndpoint(client(), { fixtures, sandbox: base });
  assert.equal(ENDPOINT_IDS.length, 52);
  for (const id of ENDPOINT_IDS) assert.ok(seen[id] >= 1, `${id} was not called`);
});

test("business rules and unknown uuids give typed errors", async () => {
  const c = client();
  const e = await rejects(c.orders.getStatus({ pathParams: { orderUuid: "ODR0000000000" } }));
  assert.deepEqual([e.kind, e.code, e.httpStatus], ["not_found", "orderNotFound", 404]);
  const link = await c.orders.sendPaymentLink({ body: withDate(fixture("orders.sendPaymentLink")) });
  await pay(link.uuid);
  const again = await rejects(c.orders.cancel({ pathParams: { orderUuid: link.uuid }, body: fixture("orders.cancel") }));
  assert.deepEqual([again.kind, again.code, again.httpStatus], ["business_rule", "orderStatusAlreadyPaid", 400]);
  const details = await c.orders.getDetails({ pathParams: { orderUuid: link.uuid } });
  const tooMuch = await rejects(c.orders.refund({ pathParams: { orderUuid: link.uuid }, body: { type: "regular", grandTotal: 1000, products: [{ id: details.productList[0].id, amount: 1000 }] } }));
  assert.equal(tooMuch.code, "refundRejectionForRefundRequestGreaterThanOrderAmount");
  const missing = await rejects(c.orders.cancel({ body: fixture("orders.cancel") }));
  assert.deepEqual([missing.kind, missing.code, missing.attempts], ["validation", "missing_path_param", 0]);
  const unknown = await rejects(c.request("orders.nope", {}));
  assert.equal(unknown.code, "unknown_endpoint");
});

test("a slow answer hits the timeout, including a slow body", async () => {
  const c = client({ timeoutMs: 300 });
  for (const kind of ["slow", "slow_body"]) {
    await fault({ kind, endpoint: "orders.listStatuses", delayMs: 1500 });
    const started = Date.now();
    const e = await rejects(c.orders.listStatuses());
    assert.equal(e.kind, "timeout", kind);
    assert.ok(Date.now() - started < 1400, `${kind} took ${Date.now() - started} ms`);
  }
});

test("500, 510, a dropped connection and an HTML page give the right kinds", async () => {
  const c = client();
  for (const [kind, expected, code] of [["500", "server", "internalErrorOccurredPleaseTryAgainLater"], ["510", "server", "somethingWentWrong"], ["drop", "network", "network_error"], ["html", "invalid_response", "invalid_response"]]) {
    await fault({ kind, endpoint: "credit.listChecks" });
    const e = await rejects(c.credit.listChecks());
    assert.equal(e.kind, expected, kind);
    assert.equal(e.code, code, kind);
  }
});

test("GETs are retried; POSTs are never sent twice", async () => {
  const c = client({ maxRetries: 3 });
  await admin("DELETE", "requests");
  await fault({ kind: "500", endpoint: "credit.listChecks", times: 2 });
  await c.credit.listChecks();
  assert.equal((await counts())["credit.listChecks"], 3);
  await fault({ kind: "drop", endpoint: "credit.listChecks", times: 10 });
  const e = await rejects(c.credit.listChecks());
  assert.deepEqual([e.kind, e.attempts], ["network", 4]);
  await admin("DELETE", "faults");
  for (const kind of ["500", "510", "drop", "html", "slow"]) {
    await admin("DELETE", "requests");
    await fault({ kind, endpoint: "orders.sendPaymentLink", delayMs: 1500 });
    const failed = await rejects(client({ maxRetries: 3, timeoutMs: 500 }).orders.sendPaymentLink({ body: withDate(fixture("orders.sendPaymentLink")) }));
    assert.equal(failed.attempts, 1, kind);
    assert.equal((await counts())["orders.sendPaymentLink"], 1, `POST sent more than once after ${kind}`);
  }
});

test("full flow: payment link, pay on the checkout page, signed callback verified with verifyCallback", async () => {
  const received = [];
  const server = createServer((req, res) => { received.push(req.url); res.end("ok"); });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  try {
    const callbackUrl = `http://127.0.0.1:${server.address().port}/fpgo/callback/shop-demo`; // identifiers in the path: fpgo refuses undocumented query keys
    const body = withDate({ ...fixture("orders.sendPaymentLink"), callback: { callbackUrl } });
    const { uuid } = await client().orders.sendPaymentLink({ body });
    const page = await (await fetch(`${base}/checkout/${uuid}`)).text();
    assert.match(page, /id="pay"/);
    assert.equal((await pay(uuid)).status, 200);
    for (let i = 0; i < 50 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(received.length, 1);
    const url = `http://127.0.0.1${received[0]}`;
    const verified = verifyCallback(url, SECRET);
    assert.equal(verified.valid, true, JSON.stringify(verified));
    assert.match(received[0], new RegExp(`orderUuid=${uuid}&status=PAID`));
    assert.equal(verifyCallback(url, "wrong-secret").valid, false);
    assert.equal(verifyCallback(url.replace("status=PAID", "status=REFUNDED"), SECRET).valid, false);
  } finally {
    server.close();
  }
});

test("the CommonJS entry's FpgoClient works the same", async () => {
  const { FpgoClient: CjsClient } = createRequire(import.meta.url)("fpgo");
  const c = new CjsClient({ token: TOKEN, baseUrl: base, maxRetries: 0 });
  const link = await c.orders.sendPaymentLink({ body: withDate(fixture("orders.sendPaymentLink")) });
  assert.match(link.uuid, /^ODR/);
  const e = await rejects(c.orders.getStatus({ pathParams: { orderUuid: "ODR404" } }));
  assert.deepEqual([e.name, e.kind, e.code], ["FpgoError", "not_found", "orderNotFound"]);
});

test("company check: BankID page on the sandbox, then the signed company callback verifies", async () => {
  const received = [];
  const server = createServer((req, res) => { received.push(req.url); res.end("ok"); });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  try {
    const callbackUrl = `http://127.0.0.1:${server.address().port}/company`;
    const body = { ...fixture("company.requestCheck"), callback: { ...fixture("company.requestCheck").callback, callbackUrl } };
    const { url, companyCheckUuid } = await client().company.requestCheck({ body });
    assert.equal(url, `${base}/checkout/${companyCheckUuid}`);
    assert.match(await (await fetch(url)).text(), /BankID/);
    const res = await fetch(`${url}/pay`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "outcome=success", redirect: "manual" });
    assert.equal(res.status, 303);
    for (let i = 0; i < 50 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(received.length, 1);
    const verified = verifyCallback(`http://127.0.0.1${received[0]}`, SECRET, { expect: "companyCheck" });
    assert.equal(verified.valid, true, JSON.stringify(verified));
    assert.match(received[0], new RegExp(`companyCheckUuid=${companyCheckUuid}&companyId=123879056&`));
    assert.match(received[0], /&checksum=[0-9a-f]{64}$/);
    const details = await client().company.getDetails({ pathParams: { companyId: "123879056" } });
    assert.equal(details.history.find((c) => c.companyCheckUuid === companyCheckUuid).status, "COMPLETED");
  } finally {
    server.close();
  }
});

test("a custom fetch is used for every request, and its failures are typed", async () => {
  const seen = [];
  const spy = (request) => { seen.push([request.method, new URL(request.url).pathname, request.headers.get("authorization")]); return fetch(request); };
  const statuses = await client({ fetch: spy }).orders.listStatuses();
  assert.ok(Array.isArray(statuses));
  assert.deepEqual(seen, [["GET", "/api/v1/connect/orders/status", `Bearer ${TOKEN}`]]);
  const broken = await rejects(client({ fetch: () => { throw new TypeError("offline"); } }).orders.listStatuses());
  assert.deepEqual([broken.kind, broken.code], ["network", "network_error"]);
  assert.match(broken.message, /offline/);
  const weird = await rejects(client({ fetch: async () => ({ status: 200 }) }).orders.listStatuses());
  assert.equal(weird.kind, "invalid_response");
  let err;
  try { client({ fetch: "nope" }); } catch (e) { err = e; }
  assert.deepEqual([err.kind, err.code], ["config", "invalid_argument"]);
});

test("a 429 is retried for GETs after the server's Retry-After, and is rate_limited when retries run out", async () => {
  await admin("DELETE", "requests");
  await fault({ kind: "429", endpoint: "credit.listChecks" });
  const started = Date.now();
  await client({ maxRetries: 1 }).credit.listChecks();
  assert.ok(Date.now() - started >= 950, `retried after ${Date.now() - started} ms, before Retry-After: 1`);
  assert.equal((await counts())["credit.listChecks"], 2);
  await fault({ kind: "429", endpoint: "credit.listChecks" });
  const e = await rejects(client().credit.listChecks());
  assert.deepEqual([e.kind, e.httpStatus, e.attempts], ["rate_limited", 429, 1]);
});

test("invalid bodies are rejected locally with validate()'s map; with validate: false the sandbox answers 417 the same way", async () => {
  const { validate } = await import("fpgo");
  await admin("DELETE", "requests");
  const body = { cancellationNote: 42 };
  const local = await rejects(client().orders.cancel({ pathParams: { orderUuid: "ODR1" }, body }));
  assert.deepEqual([local.kind, local.code, local.attempts], ["validation", "payload_validation_errors", 0]);
  const report = validate("orders.cancel", body);
  assert.equal(report.valid, false);
  assert.deepEqual(local.errors, report.errors);
  assert.equal((await counts())["orders.cancel"], undefined, "nothing was sent");
  const remote = await rejects(client({ validate: false }).orders.cancel({ pathParams: { orderUuid: "ODR1" }, body }));
  assert.deepEqual([remote.kind, remote.code, remote.httpStatus, remote.attempts], ["validation", "payloadValidationErrors", 417, 1]);
  // The sandbox's answer, read into the same map (from its field map today, from the live
  // server's array of Laravel messages once the sandbox sends one).
  assert.deepEqual(Object.keys(remote.errors), Object.keys(local.errors));
  assert.deepEqual(remote.errors.cancellationNote.map((i) => i.rule), local.errors.cancellationNote.map((i) => i.rule));
});

test("the sandbox's 417 array of Laravel messages becomes the field map; serverMessages keeps it", async () => {
  const e = await rejects(client({ validate: false }).orders.cancel({ pathParams: { orderUuid: "ODR1" }, body: {} }));
  assert.deepEqual([e.kind, e.code, e.httpStatus], ["validation", "payloadValidationErrors", 417]);
  assert.ok(Array.isArray(e.serverMessages) && e.serverMessages.length >= 1, JSON.stringify(e));
  assert.deepEqual(e.errors.cancellationNote.map((i) => i.rule), ["Required"]);
  assert.equal(e.errors.cancellationNote[0].message, e.serverMessages[0]);
  assert.equal(e.errors._other, undefined, JSON.stringify(e.errors));
});

test("paging against the sandbox (--per-page 2): list() gives a page, .all() every subscription", async () => {
  const paged = await startSandbox({ token: TOKEN, secret: SECRET, args: ["--per-page", "2"] });
  try {
    const c = new FpgoClient({ token: TOKEN, baseUrl: paged.url, maxRetries: 0 });
    const day = 86400;
    const t = Number(now());
    const body = {
      products: [{ name: "Gym", productId: null, quantity: 1, rate: 500, discount: 0, tax: 25, amount: 500 }],
      billingFrequency: "monthly", numberOfRepeats: 12,
      orderSummary: { subTotal: 400, totalTax: 100, totalDiscount: 0, grandTotal: 500, payablePerCycle: 500 },
      subscriptionStartDate: String(t), subscriptionEndsDate: String(t + 365 * day), dueDateForPaymentLink: String(t + 7 * day),
      sendOrderBy: { sms: false, email: true },
      customerDetails: { type: "private", countryCode: "+47", msisdn: "46567468", email: "kari@example.com", name: "Kari Nordmann", personalNumber: null, organizationId: null },
    };
    const created = [];
    for (let i = 0; i < 5; i++) created.push((await c.subscriptions.create({ body })).subscriptionUuid);
    const first = await c.subscriptions.list();
    assert.equal(first.data.length, 2);
    assert.deepEqual([first.metaData.perPage, first.metaData.currentPage, first.metaData.lastPage, first.metaData.total], [2, 1, 3, 5]);
    assert.equal(first.links.previous, null);
    const seen = [];
    for await (const s of c.subscriptions.list.all()) seen.push(s.subscriptionUuid);
    assert.deepEqual([...seen].sort(), [...created].sort());
  } finally {
    paged.stop();
  }
});
