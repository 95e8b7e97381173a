// The validation suite, given the module an app imported (fpgo/validate or fpgo/validate/inline): see
// validate.mjs and validate-inline.mjs, which ../bundlers.test.mjs runs and bundles (the fixture too).
import { test } from "node:test";
import assert from "node:assert/strict";
import example from "../../fixtures/examples/orders.sendPaymentLink.json" with { type: "json" };

export function validateSuite({ computeTotals, endpoints, validate }) {
  test("the documented Send Payment Link example is valid", () => {
    const r = validate("orders.sendPaymentLink", example);
    assert.equal(r.valid, true, JSON.stringify(r.errors));
  });

  test("field errors come with Laravel's rule names and messages, in the chosen language", () => {
    const payload = structuredClone(example);
    payload.products.push({ ...payload.products[0], tax: "8" });
    delete payload.products[1].name;
    const r = validate("orders.sendPaymentLink", payload);
    assert.equal(r.valid, false);
    assert.deepEqual(r.errors["products.1.tax"], [{ rule: "In", message: "The selected products.1.tax is invalid." }]);
    assert.deepEqual(r.errors["products.1.name"], [{ rule: "Required", message: "The products.1.name field is required." }]);
    assert.equal(validate("orders.sendPaymentLink", {}, { lang: "no" }).errors.orderDate[0].message, "Feltet orderDate er påkrevd.");
  });

  test("an unknown endpoint is a typed FpgoError", () => {
    assert.throws(() => validate("orders.nope", {}), (e) => e instanceof Error && e.name === "FpgoError" && e.code === "unknown_endpoint");
  });

  test("exact totals of the documented example (000:2162-2211)", () => {
    const r = computeTotals([{ name: "Test Product", quantity: 1, rate: 4500, tax: 12 }]);
    assert.deepEqual(r.orderSummary, { subTotal: "4017.86", totalTax: "482.14", totalDiscount: "0.00", grandTotal: "4500.00" });
    assert.equal(computeTotals([{ quantity: "3", rate: "0,10", tax: "0" }]).lines[0].amount, "0.30");
  });

  test("endpoints() lists the 52 documented endpoints", () => {
    assert.equal(endpoints().length, 52);
  });
}
