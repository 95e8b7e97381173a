// Validations per second of a payment-link payload (orders.sendPaymentLink, 000:7-306) in Node:
// fpgo's validate() (its JS fast path for a payload it proves valid, else the WebAssembly engine with
// Laravel semantics and messages built) against zod and valibot schemas
// expressing the same rules, in one run, printed as ratios. Two payloads: the documented example
// (1 line) and a 10-line order. Every validator must accept both payloads and reject a broken one,
// so the numbers compare equivalent work.
import { validate } from "../pkg/index.node.js";
import { zodAccepts } from "./peers/payment-link-zod.mjs";
import { valibotAccepts } from "./peers/payment-link-valibot.mjs";
import { readFileSync } from "node:fs";

const example = JSON.parse(readFileSync(new URL("../tests/fixtures/examples/orders.sendPaymentLink.json", import.meta.url), "utf8"));
const tenLines = structuredClone(example);
tenLines.products = Array.from({ length: 10 }, (_, i) => ({ ...example.products[0], name: `Line ${i + 1}`, productId: `P${i}` }));
// Ten lines of 51 at 0 % VAT: the summary a sender would compute (with the example's 51.00 it would
// be a payload with totals warnings, which is not the valid order this figure is about).
tenLines.orderSummary = { subTotal: "510.00", totalTax: "0.00", totalDiscount: "0.00", grandTotal: "510.00" };
const broken = structuredClone(tenLines);
broken.products[3].tax = "8";
delete broken.customerDetails.name;

// Options other than `lang` send a call to the WebAssembly engine (the JS fast path of lib/accept.js
// answers only calls whose options cannot change a clean report): "fpgo (engine)" is what every
// payload the fast path cannot prove costs.
const ENGINE = { lang: "en", attributes: {} };
const contenders = {
  fpgo: (p) => validate("orders.sendPaymentLink", p).valid,
  "fpgo (engine)": (p) => validate("orders.sendPaymentLink", p, ENGINE).valid,
  zod: zodAccepts,
  valibot: valibotAccepts,
};

for (const payload of [example, tenLines]) {
  const report = validate("orders.sendPaymentLink", payload);
  if (!report.valid || Object.keys(report.warnings).length > 0) throw new Error("the valid payloads must have no errors and no warnings");
}
for (const [name, ok] of Object.entries(contenders)) {
  if (!ok(example) || !ok(tenLines) || ok(broken)) throw new Error(`${name} does not express the same rules`);
}

function opsPerSecond(fn, payload, ms = 600) {
  for (let i = 0; i < 200; i++) fn(payload);
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 100; i++) fn(payload);
    n += 100;
    elapsed = performance.now() - start;
  }
  return (n / elapsed) * 1000;
}

for (const [label, payload] of [["documented example (1 line)", example], ["10-line order", tenLines], ["10-line order with 2 errors", broken]]) {
  const results = Object.fromEntries(Object.entries(contenders).map(([name, fn]) => [name, opsPerSecond(fn, payload)]));
  const line = Object.entries(results).map(([name, ops]) => `${name} ${Math.round(ops).toLocaleString("en")}/s`).join(", ");
  console.log(`bench-validate, ${label}: ${line}`);
  console.log(
    `  ratios: fpgo/zod ${(results.fpgo / results.zod).toFixed(2)}, fpgo/valibot ${(results.fpgo / results.valibot).toFixed(2)}; ` +
      `fpgo takes ${(1e6 / results.fpgo).toFixed(1)} µs per validation; ` +
      `the engine path ${(1e6 / results["fpgo (engine)"]).toFixed(1)} µs (fpgo (engine)/zod ${(results["fpgo (engine)"] / results.zod).toFixed(2)})`,
  );
}

// Bounded work: the worst case of a payload the server could receive (nginx's default 1 MB body
// limit), `{"products":[0,0,...]}` of 1 MB: every line fails every line rule, so error collection
// stops after 1,000 (`truncated`). And a payload just over 1 MB is refused before it is copied.
const WORST_LINES = (1_048_576 - 14) / 2;
const worst = { products: new Array(WORST_LINES).fill(0) };
if (JSON.stringify(worst).length > 1_048_576) throw new Error("the worst case must stay within 1 MB");
const worstTimes = [];
let worstResult;
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  worstResult = validate("orders.sendPaymentLink", worst);
  worstTimes.push(performance.now() - start);
}
const errorCount = Object.values(worstResult.errors).reduce((n, list) => n + list.length, 0);
if (!worstResult.truncated || errorCount !== 1000) throw new Error("the worst case must stop at 1,000 errors with truncated");
const tooLarge = { products: new Array(WORST_LINES + 1).fill(0) };
const refusedStart = performance.now();
let refusedCode;
try {
  validate("orders.sendPaymentLink", tooLarge);
} catch (e) {
  refusedCode = e.code;
}
const refusedMs = performance.now() - refusedStart;
if (refusedCode !== "payload_too_large") throw new Error(`a payload over 1 MB must be payload_too_large, got ${refusedCode}`);
console.log(
  `bench-validate, worst case of a 1 MB payload ({"products":[0 x ${WORST_LINES}]}): ` +
    `${Math.max(...worstTimes).toFixed(1)} ms max, ${[...worstTimes].sort((a, b) => a - b)[2].toFixed(1)} ms median of 5 ` +
    `(budget 200 ms; ${errorCount} errors, truncated); just over 1 MB: payload_too_large in ${refusedMs.toFixed(1)} ms`,
);
