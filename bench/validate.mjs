// Validations per second of a payment-link payload (orders.sendPaymentLink, 000:7-306) in Node:
// fpgo's validate() (WebAssembly, Laravel semantics, messages built) against zod and valibot schemas
// expressing the same rules, in one run, printed as ratios. Two payloads: the documented example
// (1 line) and a 10-line order. Every validator must accept both payloads and reject a broken one,
// so the numbers compare equivalent work.
import { validate } from "../pkg/index.node.js";
import * as z from "zod";
import * as v from "valibot";
import { readFileSync } from "node:fs";

const example = JSON.parse(readFileSync(new URL("../tests/fixtures/examples/orders.sendPaymentLink.json", import.meta.url), "utf8"));
const tenLines = structuredClone(example);
tenLines.products = Array.from({ length: 10 }, (_, i) => ({ ...example.products[0], name: `Line ${i + 1}`, productId: `P${i}` }));
const broken = structuredClone(tenLines);
broken.products[3].tax = "8";
delete broken.customerDetails.name;

// Laravel's `numeric` (PHP 8 is_numeric), `boolean`, `date_format:U`, `digits:11`, `url` (simplified).
const NUMERIC = /^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$/;
const TAX = [0, 12, 15, 25];

const zNumeric = z.union([z.number(), z.string().regex(NUMERIC)]);
const zBool = z.union([z.boolean(), z.literal(0), z.literal(1), z.literal("0"), z.literal("1")]);
const zOptStr = z.string().nullable().optional();
const zod = z
  .object({
    products: z.array(
      z.object({
        name: z.string().min(1),
        productId: zOptStr,
        quantity: zNumeric,
        rate: zNumeric,
        discount: zNumeric.nullable().optional(),
        tax: zNumeric.refine((t) => TAX.includes(Number(t))),
        amount: zNumeric,
      }),
    ).min(1),
    orderSummary: z.object({ subTotal: zNumeric, totalTax: zNumeric, totalDiscount: zNumeric, grandTotal: zNumeric }),
    sendOrderBy: z.object({ sms: zBool.nullable().optional(), email: zBool.nullable().optional() }).optional(),
    orderDate: z.string().regex(/^[+-]?\d+$/),
    customerDetails: z.object({
      countryCode: zOptStr,
      msisdn: zOptStr,
      email: z.email().nullable().optional(),
      firstName: zOptStr,
      name: z.string().min(1),
      preferredLanguage: z.enum(["en", "no", "sv", "da", "de"]).nullable().optional(),
      type: z.enum(["private", "corporate"]),
      personalNumber: z.string().regex(/^\d{11}$/).nullable().optional(),
      organizationId: z.string().regex(/^\d+$/).nullable().optional(),
      address: z.object({ street: z.string().min(1), zip: z.string().min(1), city: z.string().min(1), country: z.string().regex(/^[A-Z]{2}$/) }),
    })
      .refine((c) => c.email || (c.countryCode && c.msisdn))
      .refine((c) => c.type !== "corporate" || c.organizationId),
    invoiceAsPaymentOption: zBool,
    referenceNo: zOptStr,
    customerReference: zOptStr,
    secureDetails: zBool.nullable().optional(),
    callback: z.object({ callbackUrl: z.url().nullable().optional() }).optional(),
  });

const vNumeric = v.union([v.number(), v.pipe(v.string(), v.regex(NUMERIC))]);
const vBool = v.union([v.boolean(), v.literal(0), v.literal(1), v.literal("0"), v.literal("1")]);
const vOptStr = v.nullish(v.string());
const valibot = v.object({
  products: v.pipe(
    v.array(
      v.object({
        name: v.pipe(v.string(), v.minLength(1)),
        productId: vOptStr,
        quantity: vNumeric,
        rate: vNumeric,
        discount: v.nullish(vNumeric),
        tax: v.pipe(vNumeric, v.check((t) => TAX.includes(Number(t)))),
        amount: vNumeric,
      }),
    ),
    v.minLength(1),
  ),
  orderSummary: v.object({ subTotal: vNumeric, totalTax: vNumeric, totalDiscount: vNumeric, grandTotal: vNumeric }),
  sendOrderBy: v.optional(v.object({ sms: v.nullish(vBool), email: v.nullish(vBool) })),
  orderDate: v.pipe(v.string(), v.regex(/^[+-]?\d+$/)),
  customerDetails: v.pipe(
    v.object({
      countryCode: vOptStr,
      msisdn: vOptStr,
      email: v.nullish(v.pipe(v.string(), v.email())),
      firstName: vOptStr,
      name: v.pipe(v.string(), v.minLength(1)),
      preferredLanguage: v.nullish(v.picklist(["en", "no", "sv", "da", "de"])),
      type: v.picklist(["private", "corporate"]),
      personalNumber: v.nullish(v.pipe(v.string(), v.regex(/^\d{11}$/))),
      organizationId: v.nullish(v.pipe(v.string(), v.regex(/^\d+$/))),
      address: v.object({
        street: v.pipe(v.string(), v.minLength(1)),
        zip: v.pipe(v.string(), v.minLength(1)),
        city: v.pipe(v.string(), v.minLength(1)),
        country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
      }),
    }),
    v.check((c) => Boolean(c.email || (c.countryCode && c.msisdn))),
    v.check((c) => c.type !== "corporate" || Boolean(c.organizationId)),
  ),
  invoiceAsPaymentOption: vBool,
  referenceNo: vOptStr,
  customerReference: vOptStr,
  secureDetails: v.nullish(vBool),
  callback: v.optional(v.object({ callbackUrl: v.nullish(v.pipe(v.string(), v.url())) })),
});

const contenders = {
  fpgo: (p) => validate("orders.sendPaymentLink", p).valid,
  zod: (p) => zod.safeParse(p).success,
  valibot: (p) => v.safeParse(valibot, p).success,
};

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
      `fpgo takes ${(1e6 / results.fpgo).toFixed(1)} µs per validation`,
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
