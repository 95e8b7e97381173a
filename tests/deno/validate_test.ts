// validate() and endpoints() from the built package in Deno (no permissions): the verdicts the
// native engine gives (tests/rules_semantics.rs, checked against Laravel) for the documented example.
import { assertEquals } from "./assert.ts";
import { endpoints, validate } from "fpgo";
import example from "../fixtures/examples/orders.sendPaymentLink.json" with { type: "json" };

Deno.test("the documented payment-link example and its mutations", () => {
  assertEquals(validate("orders.sendPaymentLink", example).valid, true);
  const p = structuredClone(example);
  p.products.push({ ...p.products[0], tax: "8" });
  const r = validate("orders.sendPaymentLink", p, { lang: "de" });
  assertEquals(r.errors["products.1.tax"]?.[0]?.rule, "In");
  assertEquals(validate("orders.sendPaymentLink", p, { taxRates: [8, 0] }).valid, true);
  const missing = validate("orders.sendPaymentLink", { ...example, orderDate: undefined });
  assertEquals(missing.errors["orderDate"]?.[0]?.message, "The order date field is required.");
});

Deno.test("typed errors and the endpoint list", () => {
  let code = "";
  try {
    // @ts-expect-error: an unknown endpoint id is a compile error too; at run time a typed FpgoError.
    validate("orders.nope", {});
  } catch (e) {
    code = (e as { code: string }).code;
  }
  assertEquals(code, "unknown_endpoint");
  assertEquals(endpoints().length, 52);
});
