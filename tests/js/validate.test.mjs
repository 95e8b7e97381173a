// validate() and endpoints() from the built package in Node ESM, imported by name as an installed
// dependency. The verdicts must equal the native ones: tests/artifacts/validate-verdicts.json, written
// by tests/validate_verdicts.rs earlier in `make test` (the committed tests/fixtures copy otherwise).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { validate, endpoints } from "fpgo";

const fixture = (p) => JSON.parse(readFileSync(new URL(`../fixtures/${p}`, import.meta.url), "utf8"));
const fresh = new URL("../artifacts/validate-verdicts.json", import.meta.url);
const verdicts = (existsSync(fresh) ? JSON.parse(readFileSync(fresh, "utf8")) : fixture("validate-verdicts.json")).cases;
const example = fixture("examples/orders.sendPaymentLink.json");

test("every stored native verdict is reproduced (errors, rule names, messages, in all five languages)", () => {
  assert.ok(verdicts.length > 100);
  for (const c of verdicts) {
    const r = validate(c.endpoint, c.payload, { lang: c.lang });
    assert.equal(r.valid, c.valid, `${c.endpoint} / ${c.case}`);
    assert.deepEqual(r.errors, c.errors, `${c.endpoint} / ${c.case}`);
  }
});

test("result shape: concrete indices, Laravel rule names, messages", () => {
  const payload = structuredClone(example);
  payload.products.push({ ...payload.products[0], tax: "8" });
  delete payload.products[1].name;
  const r = validate("orders.sendPaymentLink", payload);
  assert.equal(r.valid, false);
  assert.deepEqual(r.errors["products.1.tax"], [{ rule: "In", message: "The selected products.1.tax is invalid." }]);
  assert.deepEqual(r.errors["products.1.name"], [{ rule: "Required", message: "The products.1.name field is required." }]);
  assert.equal(typeof r.warnings, "object");
  assert.equal(typeof r.serverOnly, "object");
  assert.deepEqual(Object.keys(r).sort(), ["errors", "serverOnly", "truncated", "valid", "warnings"]);
  assert.equal(r.truncated, false);
});

test("errors come in Laravel's order (table order, wildcards expanded), as the server's message array", () => {
  const r = validate("orders.sendPaymentLink", { products: [{ name: "a", quantity: 1, rate: 1, tax: 8, amount: 1 }, {}] });
  const fields = Object.keys(r.errors);
  const table = Object.keys(endpoints().find((e) => e.id === "orders.sendPaymentLink").rules);
  const pattern = (field) => field.replace(/\.\d+(?=\.|$)/g, ".*");
  const positions = fields.map((f) => table.indexOf(pattern(f)));
  assert.ok(positions.every((p) => p >= 0), fields.join(", "));
  assert.deepEqual(positions, [...positions].sort((a, b) => a - b), fields.join(", "));
  // Laravel expands field by field: every line's name, then every line's quantity, ...
  assert.ok(fields.indexOf("products.1.name") < fields.indexOf("products.0.tax"), fields.join(", "));
});

test("bounded work: 1,000 errors at most (truncated), and a payload over 1 MB is refused at once", () => {
  const r = validate("orders.sendPaymentLink", { products: new Array(200_000).fill(0) });
  const count = Object.values(r.errors).reduce((n, list) => n + list.length, 0);
  assert.equal(count, 1000);
  assert.equal(r.truncated, true);
  assert.equal(r.valid, false);
  assert.ok("products.999.name" in r.errors && !("products.1000.name" in r.errors));
  const huge = { products: new Array(600_000).fill(0) };
  assert.throws(() => validate("orders.sendPaymentLink", huge), (e) => e.code === "payload_too_large");
  assert.equal(validate("orders.sendPaymentLink", example).valid, true, "the module still works");
});

test("taxRates replace the in: list of tax fields; numbers and strings both work", () => {
  const payload = structuredClone(example);
  payload.products[0].tax = 8;
  assert.ok(validate("orders.sendPaymentLink", payload).errors["products.0.tax"]);
  assert.equal(validate("orders.sendPaymentLink", payload, { taxRates: [0, 8, 25] }).errors["products.0.tax"], undefined);
  assert.equal(validate("orders.sendPaymentLink", payload, { taxRates: ["8"] }).errors["products.0.tax"], undefined);
  payload.products[0].tax = 25;
  assert.deepEqual(validate("orders.sendPaymentLink", payload, { taxRates: ["8"] }).errors["products.0.tax"][0].rule, "In");
});

test("languages: no (and nb), sv, da, de, default en", () => {
  const r = (lang) => validate("orders.sendPaymentLink", {}, lang ? { lang } : undefined).errors["orderDate"][0].message;
  assert.equal(r(), "The order date field is required.");
  assert.equal(r("no"), "Feltet order date er påkrevd.");
  assert.equal(r("nb"), r("no"));
  assert.match(r("sv"), /obligatoriskt/);
  assert.match(r("da"), /påkrævet/);
  assert.match(r("de"), /erforderlich/);
  const named = validate("orders.sendPaymentLink", {}, { attributes: { orderDate: "Order date" } });
  assert.equal(named.errors["orderDate"][0].message, "The Order date field is required.");
  assert.throws(() => validate("orders.sendPaymentLink", {}, { attributes: { orderDate: 1 } }), (e) => e.code === "invalid_argument");
});

test("what JSON.stringify drops is missing, as on the wire", () => {
  const payload = structuredClone(example);
  payload.orderDate = undefined;
  assert.deepEqual(validate("orders.sendPaymentLink", payload).errors["orderDate"][0].rule, "Required");
});

test("calls that cannot be validated throw a typed FpgoError, never a panic", () => {
  const code = (fn) => {
    try {
      fn();
    } catch (e) {
      assert.ok(e instanceof Error);
      assert.equal(e.name, "FpgoError");
      return e.code;
    }
    assert.fail("did not throw");
  };
  assert.equal(code(() => validate("orders.nope", {})), "unknown_endpoint");
  assert.equal(code(() => validate(42, {})), "invalid_argument");
  assert.equal(code(() => validate("orders.sendPaymentLink", {}, { lang: "fr" })), "invalid_argument");
  assert.equal(code(() => validate("orders.sendPaymentLink", {}, { lang: 1 })), "invalid_argument");
  assert.equal(code(() => validate("orders.sendPaymentLink", {}, { taxRates: "25" })), "invalid_argument");
  assert.equal(code(() => validate("orders.sendPaymentLink", {}, { taxRates: ["abc"] })), "invalid_argument");
  assert.equal(code(() => validate("orders.sendPaymentLink", {}, "en")), "invalid_argument");
  assert.equal(code(() => validate("orders.sendPaymentLink", { n: 1n })), "invalid_payload");
  const cyclic = {};
  cyclic.self = cyclic;
  assert.equal(code(() => validate("orders.sendPaymentLink", cyclic)), "invalid_payload");
  // A non-object payload is validated (everything required is missing), not thrown.
  assert.equal(validate("orders.sendPaymentLink", "text").valid, false);
  assert.equal(validate("orders.sendPaymentLink", undefined).valid, false);
});

test("endpoints() lists every documented endpoint with its rules", () => {
  const list = endpoints();
  assert.equal(list.length, 52);
  assert.equal(new Set(list.map((e) => e.id)).size, 52);
  for (const e of list) {
    assert.deepEqual(Object.keys(e), ["id", "name", "method", "path", "pathParams", "query", "rules"]);
    assert.match(e.method, /^(GET|POST|PUT|DELETE)$/);
    assert.match(e.path, /^\/api\/v1\//); // "as documented": one is /api/v1/orders/refund/... (P2 refunds)
    const placeholders = [...e.path.matchAll(/\{(\w+)\??\}/g)].map((m) => m[1]);
    assert.deepEqual(Object.keys(e.pathParams), placeholders, e.id);
    for (const rules of [e.pathParams, e.query, e.rules]) {
      for (const r of Object.values(rules)) assert.equal(typeof r, "string");
    }
  }
  const link = list.find((e) => e.id === "orders.sendPaymentLink");
  assert.equal(`${link.method} ${link.path}`, "POST /api/v1/connect/orders/payment-link/create");
  assert.equal(link.rules["products.*.tax"], "required|numeric|in:0,12,15,25");
});

test("a valid payload's answer (read without JSON.parse) is the whole result, a fresh object each call", async () => {
  const first = validate("orders.sendPaymentLink", example);
  assert.deepEqual(first, { valid: true, errors: {}, warnings: {}, serverOnly: {}, truncated: false });
  first.errors.x = [];
  assert.deepEqual(validate("orders.sendPaymentLink", example).errors, {}, "a caller's change does not leak into the next result");
  // lib/validate.js recognises this exact text of the core (else it parses the answer: same result, slower).
  const glue = await import(new URL("../../pkg/wasm/full.js", import.meta.url));
  glue.initSync({ module: readFileSync(new URL("../../pkg/wasm/full_bg.wasm", import.meta.url)) });
  const answer = glue.validate("orders.sendPaymentLink", JSON.stringify(example), "");
  assert.equal(answer, '{"ok":{"valid":true,"errors":{},"warnings":{},"serverOnly":{},"truncated":false}}');
});
