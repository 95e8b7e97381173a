// One call to each of the 52 endpoints through FpgoClient's grouped methods, against fpgo-sandbox.
// Shared by the Node, workerd and Chromium runs: it only needs fetch, an FpgoClient and the example
// bodies (tests/fixtures/examples), passed in because workers and pages cannot read files.

function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
}

export const ENDPOINT_IDS = ["checkout.createSession", "checkout.createInvoiceSession", "checkout.createHostedPaymentLink", "company.requestCheck", "company.getDetails", "company.getInvoiceFee", "credit.checkPrivate", "credit.checkCorporate", "credit.listChecks", "customers.getDetails", "customers.updatePrivate", "customers.updateCorporate", "orders.sendPaymentLink", "orders.sendInvoice", "orders.sendEFaktura", "orders.sendEhfInvoice", "orders.resendPaymentLink", "orders.cancel", "orders.refund", "orders.listStatuses", "orders.getStatus", "orders.getDetails", "orders.getInvoiceNumber", "orders.delayedCharge", "refunds.requestApproval", "reservations.submit", "reservations.createSession", "reservations.getDetails", "reservations.capture", "reservations.charge", "reservations.cancel", "reservations.complete", "reservations.resend", "reservations.refund", "reservations.getHistory", "subscriptions.create", "subscriptions.createSession", "subscriptions.list", "subscriptions.listFailedPayments", "subscriptions.getDetails", "subscriptions.getFailedPaymentDetails", "subscriptions.resend", "subscriptions.cancel", "subscriptions.refundCycles", "terminal.listTerminals", "terminal.createOrder", "terminal.cancelOrder", "terminal.resendOrder", "terminal.getPaymentStatus", "terminal.refund", "terminal.getRefundStatus", "terminal.cancelRefund"];

// Where a documented example breaks its own page's rules, the scenario sends it corrected (the
// validator rejects the example as the server would; see the tables' decision logs).
const now = () => String(Math.floor(Date.now() / 1000));
const CORRECTIONS = {
  // 000:1046 invoiceMaturity 10 vs 000:1191 "14, 30 or 45".
  "orders.sendEhfInvoice": (b) => ({ ...b, invoiceMaturity: 14 }),
  "customers.updatePrivate": (b) => ({ ...b, personalNumber: "12345678901" }),
  "customers.updateCorporate": (b) => ({ ...b, organizationId: String(b.organizationId) }),
  "subscriptions.createSession": (b) => ({
    ...b,
    customerDetails: { ...b.customerDetails, email: "kari@example.com", address: { ...b.customerDetails.address, country: "NO" } },
  }),
  // 000:5189-5227 is a template with type names for values.
  "subscriptions.create": () => ({
    products: [{ name: "Gym", productId: null, quantity: 1, rate: 500, discount: 0, tax: 25, amount: 500 }],
    billingFrequency: "monthly",
    numberOfRepeats: 12,
    orderSummary: { subTotal: 400, totalTax: 100, totalDiscount: 0, grandTotal: 500, payablePerCycle: 500 },
    subscriptionStartDate: now(),
    subscriptionEndsDate: String(Number(now()) + 365 * 86400),
    dueDateForPaymentLink: String(Number(now()) + 7 * 86400),
    sendOrderBy: { sms: false, email: true },
    customerDetails: { type: "private", countryCode: "+47", msisdn: "46567468", email: "kari@example.com", name: "Kari Nordmann", personalNumber: null, organizationId: null },
  }),
};

/** Runs the scenario; returns the sandbox's request counts per endpoint id afterwards. */
export async function callEveryEndpoint(c, { fixtures, sandbox }) {
  const fixture = (id) => (CORRECTIONS[id] ?? ((b) => b))(structuredClone(fixtures[id]));
  const withDate = (body) => ({ ...body, orderDate: now() });
  const admin = async (method, path, body) => {
    const res = await fetch(`${sandbox}/__sandbox/${path}`, {
      method, headers: body ? { "content-type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined,
    });
    return res.status === 204 ? null : res.json();
  };
  const pay = (uuid) => fetch(`${sandbox}/checkout/${uuid}/pay`, {
    method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "paymentMethod=visa&outcome=success", redirect: "manual",
  });
  const assert = { ok: check, equal: (a, b, m) => check(a === b, `${m ?? ""} ${JSON.stringify(a)} !== ${JSON.stringify(b)}`),
    deepEqual: (a, b, m) => check(JSON.stringify(a) === JSON.stringify(b), `${m ?? ""} ${JSON.stringify(a)} != ${JSON.stringify(b)}`),
    match: (s, re) => check(re.test(s), `${s} does not match ${re}`) };
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
  const reserved = await c.reservations.getDetails({ pathParams: { reservationUuid } });
  assert.equal(reserved.status, "RESERVED");
  await c.reservations.capture({ pathParams: { reservationUuid }, body: { ...fixture("reservations.capture"), grandTotal: 1 } });
  await c.reservations.charge({ pathParams: { reservationUuid }, body: { ...fixture("reservations.charge"), grandTotal: 1 } });
  await c.reservations.complete({ pathParams: { reservationUuid }, body: fixture("reservations.complete") });
  await c.reservations.refund({ pathParams: { reservationUuid }, body: { ...fixture("reservations.refund"), grandTotal: 1, products: [{ id: reserved.productList[0].id, amount: 1 }] } });
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
  await admin("POST", "status", { uuid: subscriptionUuid, status: "ONGOING" });
  await c.subscriptions.resend({ pathParams: { subscriptionUuid }, body: fixture("subscriptions.resend") });
  await c.subscriptions.refundCycles({ pathParams: { subscriptionUuid }, body: { cycles: [1], amount: 500 } });
  await c.subscriptions.cancel({ pathParams: { subscriptionUuid }, body: fixture("subscriptions.cancel") });

  const customerUuid = link.customerUuid;
  assert.equal((await c.customers.getDetails({ pathParams: { customerUuid } })).uuid, customerUuid);
  await c.customers.updatePrivate({ pathParams: { customerUuid }, body: fixture("customers.updatePrivate") });
  await c.customers.updateCorporate({ pathParams: { customerUuid }, body: fixture("customers.updateCorporate") });

  await c.terminal.listTerminals({ pathParams: { organizationUuid: "ORG1" } });
  const terminal = await c.terminal.createOrder({ body: fixture("terminal.createOrder") });
  const tUuid = terminal.orderUuid;
  await c.terminal.resendOrder({ pathParams: { orderUuid: tUuid } });
  // The status is in the envelope, not in `data` (000:7711-7753, 000:7963-7983; decision C-12).
  assert.deepEqual(await c.terminal.getPaymentStatus({ pathParams: { orderUuid: tUuid } }), { orderStatus: "PENDING", message: "orderPaymentPending" });
  await admin("POST", "status", { uuid: tUuid, status: "Approved" });
  assert.deepEqual(await c.terminal.getPaymentStatus({ pathParams: { orderUuid: tUuid } }), { orderStatus: "PAID", message: "orderPaymentConfirmed" });
  await c.terminal.refund({ pathParams: { orderUuid: tUuid }, body: fixture("terminal.refund") });
  assert.deepEqual(await c.terminal.getRefundStatus({ pathParams: { orderUuid: tUuid } }), { refundStatus: "PENDING", message: "refundRequestPending" });
  await c.terminal.cancelRefund({ pathParams: { orderUuid: tUuid }, body: fixture("terminal.cancelRefund") });
  await c.terminal.cancelOrder({ pathParams: { orderUuid: tUuid }, body: fixture("terminal.cancelOrder") });

  await c.credit.checkPrivate({ body: fixture("credit.checkPrivate") });
  await c.credit.checkCorporate({ body: fixture("credit.checkCorporate") });
  assert.equal((await c.credit.listChecks()).length, 2);
  await c.company.requestCheck({ body: fixture("company.requestCheck") });
  await c.company.getDetails({ pathParams: { companyId: "123456789" } });
  await c.company.getInvoiceFee({ pathParams: { companyId: "123456789" } });

  return (await admin("GET", "requests")).counts;
}
