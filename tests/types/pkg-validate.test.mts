// The built package's validate, build/builders and verifyCallback, typed from the generated
// endpoint types (compiled by tsconfig.pkg.{strict,loose}.json against pkg/, linked as `fpgo`).
import { validate, build, ordersCancel, ordersSendPaymentLink, verifyCallback } from "fpgo";
import type { FpgoBodies, FpgoEndpointId, ValidationIssue } from "fpgo";
import { validate as validateOnly } from "fpgo/validate";
import type { FpgoBodies as SubpathBodies } from "fpgo/validate";
import { verifyCallback as verifyOnly } from "fpgo/callbacks";

// --- validate: the id is checked, field names are checked, anything else is validate's job ---
const form = { products: [{ name: "Test", quantity: "1", rate: "4500", tax: "12" }], customerDetails: { type: "company" } };
const checked = validate("orders.sendPaymentLink", form, { lang: "no" });
validateOnly("orders.cancel", {});
// @ts-expect-error an unknown endpoint id
validate("orders.sendPaymentLnk", {});
// @ts-expect-error a misspelled body field
validate("orders.cancel", { cancelationNote: "x" });
declare const parsed: any;
validate("orders.cancel", parsed);
declare const someId: string;
// @ts-expect-error an id of type string must be checked first (`as FpgoEndpointId` after a lookup)
validate(someId, {});
validate(someId as FpgoEndpointId, {});

// The result narrows on `valid`, with `!` too, under both settings.
if (!checked.valid) {
  const issues: ValidationIssue[] | undefined = checked.errors["products.0.tax"];
  const rule: string | undefined = issues?.[0]?.rule;
} else {
  const none: never | undefined = checked.errors["products.0.tax"];
}
const { valid, errors, warnings } = validate("orders.sendPaymentLink", form);

// --- builders: the input's required fields, the payload is the endpoint's body ---
const cancel = ordersCancel({ cancellationNote: "Customer changed their mind" });
const cancelBody: FpgoBodies["orders.cancel"] = cancel.payload;
const sameBody: SubpathBodies["orders.cancel"] = cancel.payload;
// @ts-expect-error cancellationNote is required
ordersCancel({});
// @ts-expect-error a misspelled field
build("orders.cancel", { cancelationNote: "x" });
// @ts-expect-error an unknown endpoint id
build("orders.cancell", { cancellationNote: "x" });
const link = ordersSendPaymentLink({
  products: [{ name: "Test Product", quantity: 1, rate: 4500, tax: 12 }],
  invoiceAsPaymentOption: false,
  customerDetails: { type: "private", name: "Kari", email: "kari@example.no", address: { street: "Gate 1", zip: "0150", city: "Oslo", country: "NO" } },
});
const grandTotal: number | string = link.payload.orderSummary.grandTotal;
const linkBody: FpgoBodies["orders.sendPaymentLink"] = link.payload;

// --- verifyCallback: narrows on valid under both settings; params read without a cast ---
declare const request: Request;
const result = verifyCallback(request.url, ["current", "previous"]);
if (!result.valid) {
  const code: string = result.error.code;
} else {
  const { orderUuid, status, amount } = result.params;
  const uuid: string | undefined = orderUuid;
  if (result.params.kind === "order") {
    const sure: string = result.params.orderUuid;
  }
}
const again = verifyOnly(request.url, "secret");
const maybeParams = again.valid ? again.params.raw : again.error.message;

export { form, checked, valid, errors, warnings, cancelBody, sameBody, grandTotal, linkBody, maybeParams };
