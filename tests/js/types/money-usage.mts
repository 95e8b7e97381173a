// Type-level test of the money, totals and builder declarations (tsc --strict, no emit): what a
// frontend developer writes must compile, and obvious mistakes must not.
import { computeTotals, build, ordersSendPaymentLink, ordersRefund, ordersCancel, checkoutCreateSession, reservationsCapture } from "fpgo";
import type { TotalsResult, Built, BodyPayloads, BuildError, TotalsError } from "fpgo";

const totals: TotalsResult = computeTotals([{ name: "Hair Wash", quantity: 1, rate: "4500,00", tax: 12 }]);
const sub: string = totals.orderSummary.subTotal;
const lineAmount: string | undefined = totals.lines[0]?.amount;
computeTotals([{ quantity: 1, rate: 1, tax: 0 }], { taxRates: [0, "12.5"] });
computeTotals([{ quantity: 1, rate: 1, tax: 0 }], { taxRates: null });

const link: Built<BodyPayloads["orders.sendPaymentLink"]> = ordersSendPaymentLink(
  {
    products: [{ name: "A", quantity: 2, rate: 100, tax: 25 }],
    invoiceAsPaymentOption: true,
    orderDate: new Date(),
    customerDetails: {
      type: "private", name: "Kari", countryCode: "+47", msisdn: "41234567",
      address: { street: "Gate 1", zip: "0150", city: "Oslo", country: "NO" },
    },
  },
  { lang: "no", now: null },
);
// The builder input is the body less what the builder fills: orderDate as Unix seconds or ISO text,
// no orderSummary, no line amounts.
ordersSendPaymentLink({ ...link.payload, orderDate: 1754560800, orderSummary: undefined, products: [{ name: "A", quantity: 1, rate: 1, tax: 0 }] });
ordersSendPaymentLink({ ...link.payload, orderDate: "2025-08-07" });
// @ts-expect-error: customerDetails is required by the documents (the builder does not fill it)
ordersSendPaymentLink({ products: [{ name: "A", quantity: 2, rate: 100, tax: 25 }], invoiceAsPaymentOption: true });
// @ts-expect-error: a misspelled field of the input
ordersSendPaymentLink({ ...link.payload, orderDat: 1 });
const grand: number | string = link.payload.orderSummary.grandTotal;
const sentDate: string | undefined = link.payload.orderDate;

checkoutCreateSession({
  products: [{ name: "Test Product", quantity: 1, rate: 4500, tax: 12 }],
  withCustomer: false,
  submitPayment: { via: "vipps" },
  callback: { callbackUrl: "https://x", success: "https://x/ok", failure: "https://x/no" },
});
reservationsCapture({ products: { "0": { id: 298, amount: 5 } } });
const cancel = build("orders.cancel", { cancellationNote: "no longer needed" });
const note: string = cancel.payload.cancellationNote;
const refunded: number | string = build("reservations.capture", { products: [{ id: 1, amount: 5 }] }).payload.grandTotal;
// @ts-expect-error: the input must match the endpoint id
build("orders.cancel", { note: "wrong field for this endpoint" });

try {
  ordersRefund({ type: "regular", products: [{ id: 1, amount: 10 }] });
} catch (e) {
  const err = e as BuildError;
  const map = err.errors ?? {};
  for (const [field, issues] of Object.entries(map)) console.log(field, issues[0]?.rule, issues[0]?.message);
  const t = e as TotalsError;
  console.log(t.code, t.line);
}

// @ts-expect-error: the type of an order refund is "regular" or "invoiced"
ordersRefund({ type: "reservation", products: [] });
// @ts-expect-error: a submitPayment.via outside the documented list
checkoutCreateSession({ products: [], withCustomer: false, submitPayment: { via: "cash" } });
// @ts-expect-error: lang is one of the five languages
ordersCancel({ cancellationNote: "x" }, { lang: "fr" });

export { sub, lineAmount, grand, sentDate, note, refunded };
