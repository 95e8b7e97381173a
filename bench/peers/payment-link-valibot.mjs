// A peer of `bench/validate.mjs` and `bench/startup.mjs`: a valibot schema expressing the rules of a
// payment link (orders.sendPaymentLink, 000:7-306) as closely as valibot can (no messages, no Laravel
// or PHP semantics, no totals). Both benches import it from here, so the speed and the start-up
// figures compare the same schema. A module of its own, so that its start-up loads only valibot.
import * as v from "valibot";
import { NUMERIC, TAX } from "./payment-link-rules.mjs";

const vNumeric = v.union([v.number(), v.pipe(v.string(), v.regex(NUMERIC))]);
const vBool = v.union([v.boolean(), v.literal(0), v.literal(1), v.literal("0"), v.literal("1")]);
const vOptStr = v.nullish(v.string());
export const valibot = v.object({
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

export const valibotAccepts = (p) => v.safeParse(valibot, p).success;
