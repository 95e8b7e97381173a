// computeTotals and the builders in the browser build: the same results as in Node and natively.
const eq = (a, b, what) => { if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`); };
const throwsCode = (fn, code, what) => {
  try { fn(); } catch (e) { eq([e.name, e.code], ["FpgoError", code], what); return e; }
  throw new Error(`${what}: did not throw`);
};

export default {
  "the documented example comes out exactly (000:2162-2211)"(fpgo) {
    const r = fpgo.computeTotals([{ quantity: 1, rate: 4500, tax: 12 }]);
    eq(r.orderSummary, { subTotal: "4017.86", totalTax: "482.14", totalDiscount: "0.00", grandTotal: "4500.00" }, "summary");
    eq(r.lines[0].amount, "4500.00", "amount");
  },
  "the identity holds in øre and the order of lines does not matter"(fpgo) {
    const ore = (s) => BigInt(s.replace(".", ""));
    const lines = [
      { quantity: 3, rate: "0,10", tax: 0 }, { quantity: 7, rate: "10", tax: 12 },
      { quantity: 2, rate: 1000, discount: "100", tax: 25 }, { quantity: 1, rate: "99.99", tax: 15 },
    ];
    const s = fpgo.computeTotals(lines).orderSummary;
    eq(ore(s.subTotal) + ore(s.totalTax) - ore(s.totalDiscount) === ore(s.grandTotal), true, "identity");
    eq(fpgo.computeTotals([...lines].reverse()).orderSummary, s, "order");
    eq(s, { subTotal: "1749.75", totalTax: "420.54", totalDiscount: "100.00", grandTotal: "2070.29" }, "values"); // checked with Python fractions
  },
  "typed errors"(fpgo) {
    const e = throwsCode(() => fpgo.computeTotals([{ quantity: 1, rate: 10, discount: 11, tax: 0 }]), "discount_exceeds_line", "discount");
    eq([e.line, e.field], [0, "discount"], "where");
    throwsCode(() => fpgo.computeTotals([{ quantity: 1, rate: 10, tax: 13 }]), "tax_not_allowed", "tax");
    throwsCode(() => fpgo.build("orders.delayedCharge", {}), "no_body", "no body");
  },
  "builders: Date objects, computed amounts, documented defaults, nulls kept"(fpgo) {
    const built = fpgo.ordersSendInvoice({
      products: [{ name: "A", quantity: 1, rate: 4500, tax: 12 }],
      orderDate: new Date("2023-12-20T02:53:32Z"),
      referenceNo: null,
    }, { skipValidation: true });
    const p = built.payload;
    eq([p.orderDate, p.products[0].amount, p.orderSummary.totalTax], ["1703040812", "4500.00", "482.14"], "filled");
    eq([p.invoiceFeeApplicable, p.invoiceInterval, p.separateInvoices], [true, 0, true], "defaults");
    eq(p.referenceNo, null, "null kept");
    eq(fpgo.reservationsCapture({ products: [{ id: 298, amount: 5 }, { id: 299, amount: 50 }] }).payload.grandTotal, "55.00", "capture");
  },
  async "documented examples: amounts and totals recomputed equal to the documents"(fpgo) {
    const ids = ["orders.sendPaymentLink", "orders.sendInvoice", "checkout.createSession", "checkout.createInvoiceSession",
      "reservations.submit", "reservations.createSession", "reservations.capture", "reservations.charge",
      "subscriptions.createSession", "terminal.createOrder", "orders.refund", "terminal.refund"];
    const value = (v) => { const [i, f = ""] = String(v).split("."); return BigInt(i + f.padEnd(6, "0")); };
    const lists = (p) => (Array.isArray(p) ? p : Object.values(p ?? {}));
    for (const id of ids) {
      const doc = await (await fetch(`/tests/fixtures/examples/${id}.json`)).json();
      const input = structuredClone(doc);
      if (lists(input.products).every((l) => "rate" in l)) for (const l of lists(input.products)) delete l.amount;
      for (const k of ["subTotal", "totalTax", "totalDiscount", "grandTotal", "payablePerCycle"]) if (input.orderSummary) delete input.orderSummary[k];
      delete input.grandTotal;
      const built = fpgo.build(id, input, { now: null, skipValidation: true }).payload;
      lists(doc.products).forEach((l, i) => eq(value(lists(built.products)[i].amount) === value(l.amount), true, `${id} products.${i}.amount`));
      for (const [k, v] of Object.entries(doc.orderSummary ?? {})) eq(value(built.orderSummary[k]) === value(v), true, `${id} orderSummary.${k}`);
      if ("grandTotal" in doc) eq(value(built.grandTotal) === value(doc.grandTotal), true, `${id} grandTotal`);
    }
  },
};
