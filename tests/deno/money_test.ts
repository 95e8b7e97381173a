// computeTotals and the builders from Deno (no permissions), typed through the package's .d.ts.
import { assertEquals } from "./assert.ts";
import { computeTotals, ordersRefund, reservationsCharge } from "fpgo";

Deno.test("the documented example comes out exactly (000:2162-2211)", () => {
  const r = computeTotals([{ quantity: "1", rate: "4500", tax: "12" }]);
  assertEquals(r.orderSummary, { subTotal: "4017.86", totalTax: "482.14", totalDiscount: "0.00", grandTotal: "4500.00" });
});

Deno.test("a builder fills grandTotal; a bad cart throws a typed error", () => {
  assertEquals(ordersRefund({ type: "regular", products: [{ id: 5410, amount: 10 }] }).payload.grandTotal, "10.00");
  const charge = reservationsCharge({ products: [{ name: "Charge QA", rate: 150, tax: "0" }] }, { skipValidation: true });
  assertEquals(charge.payload.grandTotal, "150.00");
  let code = "";
  try {
    computeTotals([{ quantity: 0, rate: 1, tax: 0 }]);
  } catch (e) {
    code = (e as { code: string }).code;
  }
  assertEquals(code, "quantity_not_positive");
});
