// The built package's FpgoClient against the local fpgo-sandbox: every endpoint once, the faults
// (timeout, 500, 510, dropped connection, HTML), GET retries, no POST sent twice, and the full
// flow payment link -> checkout page -> signed callback -> verifyCallback.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FpgoClient, verifyCallback } from "fpgo";

const root = fileURLToPath(new URL("../..", import.meta.url));
const TOKEN = "sandbox-token-123";
const SECRET = "sandbox-secret-456";
let sandbox, base;

before(async () => {
  const bin = `${root}/target/debug/fpgo-sandbox`;
  if (!existsSync(bin)) execFileSync("cargo", ["build", "--quiet", "-p", "fpgo-sandbox"], { cwd: root, stdio: "inherit" });
  sandbox = spawn(bin, ["--listen", "127.0.0.1:0", "--token", TOKEN, "--secret", SECRET, "--quiet"], { stdio: ["ignore", "pipe", "inherit"] });
  base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("sandbox did not start")), 10_000);
    sandbox.stdout.once("data", (chunk) => {
      clearTimeout(timer);
      resolve(String(chunk).trim().replace("fpgo-sandbox listening on ", ""));
    });
  });
});
after(() => sandbox?.kill());

const fixture = (id) => JSON.parse(readFileSync(`${root}/tests/fixtures/examples/${id}.json`, "utf8"));
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
    [{}, "missing_token"],
    [{ token: TOKEN, environment: "staging" }, "invalid_option"],
    [{ token: TOKEN, timeout: 5 }, "unknown_option"],
    [{ token: TOKEN, maxRetries: 11 }, "invalid_option"],
    [{ token: TOKEN, baseUrl: "ftp://x" }, "invalid_base_url"],
    [{ token: "has space secret" }, "invalid_token"],
  ]) {
    let err;
    try { new FpgoClient(opts); } catch (e) { err = e; }
    assert.ok(err instanceof Error, JSON.stringify(opts));
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
  const c = client();
  await admin("DELETE", "requests");
  const link = await c.orders.sendPaymentLink({ body: withDate(fixture("orders.sendPaymentLink")) });
  assert.match(link.uuid, /^ODR/);
  assert.match(link.customerUuid, /^CSRT/);
  const orderUuid = link.uuid;
  await c.orders.sendInvoice({ body: withDate(fixture("orders.sendInvoice")) });
  await c.orders.sendEFaktura({ body: withDate(fixture("orders.sendEFaktura")) });
  await c.orders.sendEhfInvoice({ body: withDate(fixture("orders.sendEhfInvoice")) });
  assert.equal(await c.orders.resendPaymentLink({ pathParams: { orderUuid }, body: fixture("orders.resendPaymentLink") }), null);
  assert.deepEqual((await c.orders.getStatus({ pathParams: { orderUuid } })).status, "SENT");
  const details = await c.orders.getDetails({ pathParams: { orderUuid } });
  assert.equal(details.productList.length, 1);
  assert.ok((await c.orders.listStatuses({ query: { type: "SENT" } })).some((o) => o.uuid === orderUuid));
  await c.orders.getInvoiceNumber({ pathParams: { orderUuid } });
  assert.equal((await pay(orderUuid)).status, 200);
  const productId = details.productList[0].id;
  await c.refunds.requestApproval({ pathParams: { orderUuid }, body: { ...fixture("refunds.requestApproval"), grandTotal: 10, products: [{ id: productId, amount: 10 }] } });
  await c.orders.refund({ pathParams: { orderUuid }, body: { type: "regular", grandTotal: 10, products: [{ id: productId, amount: 10 }] } });
  assert.equal((await c.orders.getStatus({ pathParams: { orderUuid } })).status, "PARTIAL REFUNDED");
  const other = await c.orders.sendPaymentLink({ body: withDate(fixture("orders.sendPaymentLink")) });
  await c.orders.delayedCharge({ pathParams: { orderUuid: other.uuid } });
  const third = await c.orders.sendPaymentLink({ body: withDate(fixture("orders.sendPaymentLink")) });
  await c.orders.cancel({ pathParams: { orderUuid: third.uuid }, body: fixture("orders.cancel") });

  const session = await c.checkout.createSession({ body: withDate(fixture("checkout.createSession")) });
  assert.match(session.paymentUrl, /\/checkout\/ODR/);
  await c.checkout.createInvoiceSession({ body: withDate(fixture("checkout.createInvoiceSession")) });
  await c.checkout.createHostedPaymentLink({ body: withDate(fixture("checkout.createHostedPaymentLink")) });

  const reservation = await c.reservations.submit({ body: fixture("reservations.submit") });
  const reservationUuid = reservation.reservationUuid;
  await c.reservations.createSession({ body: fixture("reservations.createSession") });
  await c.reservations.resend({ pathParams: { reservationUuid }, body: fixture("reservations.resend") });
  await pay(reservationUuid);
  assert.equal((await c.reservations.getDetails({ pathParams: { reservationUuid } })).status, "RESERVED");
  await c.reservations.capture({ pathParams: { reservationUuid }, body: { ...fixture("reservations.capture"), grandTotal: 1 } });
  await c.reservations.charge({ pathParams: { reservationUuid }, body: { ...fixture("reservations.charge"), grandTotal: 1 } });
  await c.reservations.complete({ pathParams: { reservationUuid }, body: fixture("reservations.complete") });
  await c.reservations.refund({ pathParams: { reservationUuid }, body: { ...fixture("reservations.refund"), grandTotal: 1, products: [] } });
  const toCancel = await c.reservations.submit({ body: fixture("reservations.submit") });
  assert.equal(await c.reservations.cancel({ pathParams: { reservationUuid: toCancel.reservationUuid }, body: fixture("reservations.cancel") }), null);
  const history = await c.reservations.getHistory({ pathParams: { startTimestamp: 0, endTimestamp: Number(now()) + 60 } });
  assert.ok(history.some((e) => e.uuid === reservationUuid));

  const sub = await c.subscriptions.create({ body: fixture("subscriptions.create") });
  const subscriptionUuid = sub.subscriptionUuid;
  await c.subscriptions.createSession({ body: fixture("subscriptions.createSession") });
  await c.subscriptions.list();
  await c.subscriptions.list({ pathParams: { status: "SENT" } });
  await c.subscriptions.listFailedPayments();
  await c.subscriptions.getDetails({ pathParams: { subscriptionUuid } });
  await admin("POST", "status", { uuid: subscriptionUuid, status: "FAILED" });
  await c.subscriptions.getFailedPaymentDetails({ pathParams: { orderUuid: subscriptionUuid } });
  await admin("POST", "status", { uuid: subscriptionUuid, status: "ACTIVE" });
  await c.subscriptions.resend({ pathParams: { subscriptionUuid }, body: fixture("subscriptions.resend") });
  await c.subscriptions.refundCycles({ pathParams: { subscriptionUuid }, body: {} });
  await c.subscriptions.cancel({ pathParams: { subscriptionUuid }, body: fixture("subscriptions.cancel") });

  const customerUuid = link.customerUuid;
  assert.equal((await c.customers.getDetails({ pathParams: { customerUuid } })).uuid, customerUuid);
  await c.customers.updatePrivate({ pathParams: { customerUuid }, body: fixture("customers.updatePrivate") });
  await c.customers.updateCorporate({ pathParams: { customerUuid }, body: fixture("customers.updateCorporate") });

  await c.terminal.listTerminals({ pathParams: { organizationUuid: "ORG1" } });
  const terminal = await c.terminal.createOrder({ body: fixture("terminal.createOrder") });
  const tUuid = terminal.orderUuid;
  await c.terminal.resendOrder({ pathParams: { orderUuid: tUuid } });
  await c.terminal.getPaymentStatus({ pathParams: { orderUuid: tUuid } });
  await admin("POST", "status", { uuid: tUuid, status: "Approved" });
  await c.terminal.refund({ pathParams: { orderUuid: tUuid }, body: fixture("terminal.refund") });
  await c.terminal.getRefundStatus({ pathParams: { orderUuid: tUuid } });
  await c.terminal.cancelRefund({ pathParams: { orderUuid: tUuid }, body: fixture("terminal.cancelRefund") });
  await c.terminal.cancelOrder({ pathParams: { orderUuid: tUuid }, body: fixture("terminal.cancelOrder") });

  await c.credit.checkPrivate({ body: fixture("credit.checkPrivate") });
  await c.credit.checkCorporate({ body: fixture("credit.checkCorporate") });
  assert.equal((await c.credit.listChecks()).length, 2);
  await c.company.requestCheck({ body: fixture("company.requestCheck") });
  await c.company.getDetails({ pathParams: { companyId: "123456789" } });
  await c.company.getInvoiceFee({ pathParams: { companyId: "123456789" } });

  const seen = await counts();
  const ids = ["checkout.createSession", "checkout.createInvoiceSession", "checkout.createHostedPaymentLink", "company.requestCheck", "company.getDetails", "company.getInvoiceFee", "credit.checkPrivate", "credit.checkCorporate", "credit.listChecks", "customers.getDetails", "customers.updatePrivate", "customers.updateCorporate", "orders.sendPaymentLink", "orders.sendInvoice", "orders.sendEFaktura", "orders.sendEhfInvoice", "orders.resendPaymentLink", "orders.cancel", "orders.refund", "orders.listStatuses", "orders.getStatus", "orders.getDetails", "orders.getInvoiceNumber", "orders.delayedCharge", "refunds.requestApproval", "reservations.submit", "reservations.createSession", "reservations.getDetails", "reservations.capture", "reservations.charge", "reservations.cancel", "reservations.complete", "reservations.resend", "reservations.refund", "reservations.getHistory", "subscriptions.create", "subscriptions.createSession", "subscriptions.list", "subscriptions.listFailedPayments", "subscriptions.getDetails", "subscriptions.getFailedPaymentDetails", "subscriptions.resend", "subscriptions.cancel", "subscriptions.refundCycles", "terminal.listTerminals", "terminal.createOrder", "terminal.cancelOrder", "terminal.resendOrder", "terminal.getPaymentStatus", "terminal.refund", "terminal.getRefundStatus", "terminal.cancelRefund"];
  assert.equal(ids.length, 52);
  for (const id of ids) assert.ok(seen[id] >= 1, `${id} was not called`);
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
    const callbackUrl = `http://127.0.0.1:${server.address().port}/fpgo/callback?shop=demo`;
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
