// The builders from the built package (Node ESM): every documented example rebuilt, dates, errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { build, ordersSendPaymentLink, ordersSendEhfInvoice, ordersRefund, ordersCancel, checkoutCreateSession, reservationsRefund, terminalCancelOrder } from "fpgo";

const fixtures = new URL("../fixtures/examples/", import.meta.url);
const load = (id) => JSON.parse(readFileSync(new URL(`${id}.json`, fixtures), "utf8"));

// Drafts: everything filled in, the endpoint's rules not applied (the tests below are about filling).
const draft = { skipValidation: true };

const customer = {
  type: "private", countryCode: "+47", msisdn: "46567468", email: "kari@nordmann.no", name: "Kari Nordmann",
  address: { street: "Luramyrveien 65", zip: "4313", city: "Sandnes", country: "NO" },
};

test("the documented checkout example rebuilt from its lines (000:2162-2211)", () => {
  const doc = load("checkout.createSession");
  const { products, orderSummary, orderDate, ...rest } = doc;
  const built = checkoutCreateSession({
    ...rest,
    products: products.map(({ amount, ...line }) => line),
    orderSummary: { shippingCost: orderSummary.shippingCost },
    orderDate: new Date(Number(orderDate) * 1000),
  });
  assert.equal(built.endpoint, "checkout.createSession");
  const p = built.payload;
  assert.equal(p.orderDate, "1754556624");
  assert.equal(p.products[0].amount, "4500.00");
  assert.deepEqual(
    { subTotal: p.orderSummary.subTotal, totalTax: p.orderSummary.totalTax, totalDiscount: p.orderSummary.totalDiscount, grandTotal: p.orderSummary.grandTotal },
    { subTotal: "4017.86", totalTax: "482.14", totalDiscount: "0.00", grandTotal: "4500.00" },
  );
  assert.deepEqual(p.customerDetails, doc.customerDetails);
  assert.deepEqual(p.callback, doc.callback);
  assert.deepEqual(built.warnings, {});
});

test("every documented example goes through build() by id: valid, or exactly the fields its document breaks", () => {
  // As tests/builders_examples.rs and decision B8.
  const expected = {
    "orders.sendEhfInvoice": ["invoiceMaturity"],
    "subscriptions.createSession": ["customerDetails.email", "customerDetails.address.country"], // in Laravel's (table) order
    "customers.updatePrivate": ["personalNumber"],
    "customers.updateCorporate": ["organizationId"],
  };
  const ids = readdirSync(fixtures).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
  assert.ok(ids.length >= 30);
  for (const id of ids) {
    const doc = load(id);
    if (id === "subscriptions.create") {
      assert.throws(() => build(id, doc, { now: null }), (e) => e.code === "invalid_date" && e.field === "dueDateForPaymentLink");
      continue;
    }
    if (expected[id]) {
      assert.throws(() => build(id, doc, { now: null }), (e) => {
        assert.equal(e.code, "invalid_payload", `${id}: ${e.message}`);
        assert.deepEqual(Object.keys(e.errors), expected[id], id);
        return true;
      });
      continue;
    }
    const built = build(id, doc, { now: null });
    assert.equal(built.endpoint, id);
    assert.deepEqual(built.warnings, {}, id);
  }
});

test("dates: Date, ISO strings and Unix seconds become Unix-second strings; orderDate defaults to now", () => {
  const products = [{ name: "Hair Wash", quantity: 1, rate: 51, tax: 0 }];
  const base = { products, customerDetails: customer, invoiceAsPaymentOption: true };
  const at = (orderDate) => ordersSendPaymentLink({ ...base, orderDate }, draft).payload.orderDate;
  assert.equal(at(new Date("2023-12-20T02:53:32Z")), "1703040812");
  assert.equal(at("2023-12-20T03:53:32+01:00"), "1703040812");
  assert.equal(at(1703040812), "1703040812");
  assert.equal(at("1703040812"), "1703040812");
  assert.equal(ordersSendPaymentLink(base, { ...draft, now: 1700000000 }).payload.orderDate, "1700000000");
  const now = Math.floor(Date.now() / 1000);
  const defaulted = Number(ordersSendPaymentLink(base, draft).payload.orderDate);
  assert.ok(Math.abs(defaulted - now) < 5);
  assert.throws(() => at("next tuesday"), (e) => e.code === "invalid_date" && e.field === "orderDate");
  assert.throws(() => at(new Date("nope")), (e) => e.code === "invalid_date");
});

test("the summary a builder keeps is checked: every sent value that is not the recomputed one warns", () => {
  const products = [{ name: "Hair Wash", quantity: 1, rate: 51, tax: 0 }];
  const w = ordersSendPaymentLink({ products, orderSummary: { grandTotal: "1e3" } }, draft).warnings;
  assert.equal(w["orderSummary.grandTotal"][0].rule, "OrderSummary");
});

test("documented defaults and fixed types are filled in", () => {
  const p = ordersSendEhfInvoice({ products: [{ name: "x", quantity: 1, rate: 10, tax: 25 }], customerDetails: customer }, draft).payload;
  assert.equal(p.invoiceFeeApplicable, true);
  assert.equal(p.invoiceMaturity, 14);
  assert.equal(p.separateInvoices, true);
  assert.equal(p.invoiceInterval, 0);
  assert.equal(p.customerDetails.preferredLanguage, "no");
  assert.deepEqual(terminalCancelOrder({}, draft).payload, { type: "payment" });
  const refund = reservationsRefund({ products: [{ id: 510, amount: 15 }], source: "captured", reference: "CAP1" }, draft).payload;
  assert.deepEqual(refund, { products: [{ id: 510, amount: 15 }], source: "captured", reference: "CAP1", grandTotal: "15.00", type: "reservation" });
});

test("amounts that do not add up are warnings; totals errors and bad input are typed", () => {
  const built = ordersRefund({ type: "regular", grandTotal: 20, products: [{ id: 1, amount: 10 }] });
  assert.equal(built.warnings.grandTotal[0].rule, "GrandTotal");
  const no = ordersRefund({ type: "regular", grandTotal: 20, products: [{ id: 1, amount: 10 }] }, { lang: "no" });
  assert.match(no.warnings.grandTotal[0].message, /er ikke lik summen/);
  assert.throws(
    () => ordersSendPaymentLink({ products: [{ name: "a", quantity: 1, rate: 10, discount: 20, tax: 0 }] }),
    (e) => e.name === "FpgoError" && e.code === "invalid_totals" && e.field === "products.0.discount" && e.cause === "discount_exceeds_line",
  );
  assert.throws(() => build("orders.delayedCharge", {}), (e) => e.code === "no_body");
  assert.throws(() => build("orders.nope", {}), (e) => e.code === "unknown_endpoint");
  assert.throws(() => build(42, {}), (e) => e.code === "unknown_endpoint");
  assert.throws(() => ordersCancel("note"), (e) => e.code === "not_an_object");
  assert.throws(() => ordersCancel([]), (e) => e.code === "not_an_object");
  assert.throws(() => ordersCancel({ cancellationNote: "x" }, { lang: "fr" }), (e) => e.code === "invalid_argument");
  assert.throws(() => ordersCancel({ cancellationNote: "x" }, { now: "soon" }), (e) => e.code === "invalid_argument");
  assert.throws(() => ordersCancel({ cancellationNote: "x" }, { skipValidation: "yes" }), (e) => e.code === "invalid_argument");
});

test("merchant tax rates flow through the options", () => {
  const line = { name: "Book", quantity: 1, rate: 106, tax: 6 };
  assert.throws(() => ordersSendPaymentLink({ products: [line] }, draft), (e) => e.cause === "tax_not_allowed");
  const p = ordersSendPaymentLink({ products: [line] }, { ...draft, taxRates: [0, 6, 25] }).payload;
  assert.equal(p.orderSummary.subTotal, "100.00");
});

test("build() returns a valid documented body unchanged; a broken rule throws validate()'s error map", () => {
  const doc = load("orders.refund");
  const ok = ordersRefund(doc);
  assert.deepEqual(ok.payload, doc);
  assert.deepEqual(ok.warnings, {});
  assert.throws(
    () => ordersRefund({ ...doc, type: "weekly", grandTotal: 20 }, { lang: "no" }),
    (e) => {
      assert.equal(e.name, "FpgoError");
      assert.equal(e.code, "invalid_payload");
      assert.deepEqual(Object.keys(e.errors), ["type"]);
      assert.equal(e.errors.type[0].rule, "In");
      assert.equal(e.warnings.grandTotal[0].rule, "GrandTotal");
      return true;
    },
  );
});

test("reservationWarnings: a capture or refund against the reservation's details", async () => {
  const { reservationWarnings } = await import("fpgo");
  const details = {
    status_code: 200,
    data: {
      productList: [{ id: 298, reserved: 100, captured: 60 }],
      paymentHistory: { captured: [{ amount: 60, reference: "CAP1", refunded: 15 }] },
    },
  };
  assert.deepEqual(reservationWarnings("reservations.capture", { products: [{ id: 298, amount: 40 }] }, details), {});
  const over = reservationWarnings("reservations.capture", { products: [{ id: 298, amount: 40.01 }, { id: 7, amount: 1 }] }, details, { lang: "de" });
  assert.deepEqual(Object.keys(over), ["products.0.amount", "products.1.id"]);
  assert.equal(over["products.0.amount"][0].rule, "CaptureExceedsReserved");
  assert.match(over["products.0.amount"][0].message, /40\.00/);
  const refund = reservationWarnings("reservations.refund", { type: "reservation", grandTotal: 46, products: [{ id: 298, amount: 46 }], source: "captured", reference: "CAP1" }, details.data);
  assert.equal(refund.grandTotal[0].rule, "RefundExceedsPayment");
});

test("every documented example's amounts and totals are recomputed equal to the document", () => {
  // Numbers and numeric strings compare by value, exactly (as millionths in a BigInt).
  const exact = (v) => {
    const [i, f = ""] = String(v).split(".");
    assert.ok(f.length <= 6, `more than 6 decimals: ${v}`);
    return BigInt(i + f.padEnd(6, "0"));
  };
  const lists = (p) => (Array.isArray(p) ? p : Object.values(p ?? {}));
  let compared = 0;
  for (const id of readdirSync(fixtures).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5))) {
    const doc = load(id);
    if (id === "subscriptions.create") continue; // a type template, not a payload (decision log B8)
    const input = structuredClone(doc);
    const lines = lists(input.products);
    const hasLines = lines.length > 0 && lines.every((l) => l && typeof l === "object" && "rate" in l);
    if (hasLines) for (const l of lines) delete l.amount;
    if (input.orderSummary) for (const k of ["subTotal", "totalTax", "totalDiscount", "grandTotal", "payablePerCycle"]) delete input.orderSummary[k];
    if ("grandTotal" in input) delete input.grandTotal;
    const built = build(id, input, { now: null, skipValidation: true }).payload;
    lists(doc.products).forEach((l, i) => {
      if (l && "amount" in l) assert.equal(exact(lists(built.products)[i].amount), exact(l.amount), `${id} products.${i}.amount`);
    });
    for (const [k, v] of Object.entries(doc.orderSummary ?? {})) assert.equal(exact(built.orderSummary[k]), exact(v), `${id} orderSummary.${k}`);
    if ("grandTotal" in doc) assert.equal(exact(built.grandTotal), exact(doc.grandTotal), `${id} grandTotal`);
    compared++;
  }
  assert.ok(compared >= 30, `compared ${compared}`);
});

test("long text crosses into WebAssembly whole, ASCII or not (the glue's encodeInto path, over 128 characters)", () => {
  const texts = ["x".repeat(129), "Åse Ødegård 😀 ".repeat(20), "a".repeat(200) + "😀", "😀" + "b".repeat(300), "\u00e9".repeat(5000), "ß\u0000ÿ".repeat(100)];
  for (const note of texts) {
    // build() answers the body it was given: the note must come back unchanged.
    assert.equal(ordersCancel({ cancellationNote: note }).payload.cancellationNote, note);
  }
});
