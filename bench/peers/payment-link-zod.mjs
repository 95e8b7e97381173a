// A peer of `bench/validate.mjs` and `bench/startup.mjs`: a zod schema expressing the rules of a
// payment link (orders.sendPaymentLink, 000:7-306) as closely as zod can (no messages, no Laravel
// or PHP semantics, no totals). Both benches import it from here, so the speed and the start-up
// figures compare the same schema. A module of its own, so that its start-up loads only zod.
import * as z from "zod";
import { NUMERIC, TAX } from "./payment-link-rules.mjs";

const zNumeric = z.union([z.number(), z.string().regex(NUMERIC)]);
const zBool = z.union([z.boolean(), z.literal(0), z.literal(1), z.literal("0"), z.literal("1")]);
const zOptStr = z.string().nullable().optional();
export const zod = z
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

export const zodAccepts = (p) => zod.safeParse(p).success;
