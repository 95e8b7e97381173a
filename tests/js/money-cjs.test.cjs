// computeTotals and a builder from the built package through CommonJS `require`.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { computeTotals, ordersRefund } = require("fpgo");

test("CommonJS: the documented example and a builder", () => {
  const r = computeTotals([{ quantity: "1", rate: "4500", tax: "12" }]);
  assert.deepEqual(r.orderSummary, { subTotal: "4017.86", totalTax: "482.14", totalDiscount: "0.00", grandTotal: "4500.00" });
  const built = ordersRefund({ type: "regular", products: [{ id: 5410, amount: 10 }] });
  assert.deepEqual(built.payload, { type: "regular", products: [{ id: 5410, amount: 10 }], grandTotal: "10.00" });
  assert.throws(() => computeTotals([]), (e) => e.name === "FpgoError" && e.code === "no_lines");
});
