// The generated endpoint types (pkg-template/types/endpoints.d.ts) compiled under `strict: true`
// and under Next.js's `strict: false` (tsconfig.strict.json, tsconfig.loose.json). Each
// `@ts-expect-error` is a mistake the types must reject: tsc fails if the line compiles.
import type {
  FpgoBodies,
  FpgoDraft,
  FpgoEndpointId,
  FpgoInputOptionalId,
  FpgoPathParams,
  FpgoQueries,
  FpgoRequests,
} from "../../pkg-template/types/endpoints.js";

// A generic call shaped like the client's `request(id, input)` and `build(id, body)`.
declare function request<E extends FpgoEndpointId>(id: E, input: FpgoRequests[E]): void;
declare function body<E extends FpgoEndpointId>(id: E, body: FpgoBodies[E]): void;
declare function draft<E extends FpgoEndpointId>(id: E, payload: FpgoDraft<FpgoBodies[E]>): void;

// --- ids ---
const id: FpgoEndpointId = "orders.cancel";
// @ts-expect-error an unknown endpoint id
const typo: FpgoEndpointId = "orders.cancell";
// @ts-expect-error an unknown endpoint id in a call
request("order.cancel", { pathParams: { orderUuid: "ODR1" }, body: { cancellationNote: "x" } });

// Every id is a key of every map (no id falls through to an index signature).
type Missing = Exclude<FpgoEndpointId, keyof FpgoBodies | keyof FpgoPathParams | keyof FpgoQueries | keyof FpgoRequests>;
const noneMissing: [Missing] extends [never] ? true : false = true;

// --- bodies: required, misspelled, literals ---
body("orders.cancel", { cancellationNote: "Customer changed their mind" });
// @ts-expect-error cancellationNote is required (000:1462-1464)
body("orders.cancel", {});
// @ts-expect-error a misspelled field
body("orders.cancel", { cancelationNote: "x" });
request("orders.cancel", { pathParams: { orderUuid: "ODR1" }, body: { cancellationNote: "x" } });
// @ts-expect-error the path parameter is required
request("orders.cancel", { body: { cancellationNote: "x" } });
// @ts-expect-error a misspelled path parameter
request("orders.cancel", { pathParams: { orderUUID: "ODR1" }, body: { cancellationNote: "x" } });

const link: FpgoBodies["orders.sendPaymentLink"] = {
  products: [{ name: "Test Product", quantity: 1, rate: "4500", tax: 12, amount: 4500 }],
  orderSummary: { subTotal: "4017.86", totalTax: "482.14", totalDiscount: 0, grandTotal: 4500 },
  orderDate: "1755764131",
  customerDetails: {
    email: "kari@example.no",
    name: "Kari Nordmann",
    type: "private",
    address: { street: "Gate 1", zip: "0150", city: "Oslo", country: "NO" },
  },
  invoiceAsPaymentOption: "0",
  sendOrderBy: { sms: 1, email: true },
  referenceNo: null,
};
const linkCustomer = { ...link.customerDetails, type: "corporate" as const, organizationId: "123456789" };
// @ts-expect-error `in:private,corporate` is a literal union
const wrongType: FpgoBodies["orders.sendPaymentLink"]["customerDetails"]["type"] = "company";
// @ts-expect-error a misspelled nested field
const wrongNested: FpgoBodies["orders.sendPaymentLink"]["customerDetails"] = { ...linkCustomer, adress: link.customerDetails.address };
// @ts-expect-error `required|boolean` takes no other string
const wrongBool: FpgoBodies["orders.sendPaymentLink"]["invoiceAsPaymentOption"] = "yes";
// @ts-expect-error products are a list of lines
const wrongList: FpgoBodies["orders.sendPaymentLink"]["products"] = { name: "x" };
// @ts-expect-error a line's required name
const wrongLine: FpgoBodies["orders.sendPaymentLink"]["products"][number] = { quantity: 1, rate: 1, tax: 0, amount: 1 };
// Laravel's `array` also takes an object keyed by index, as the builders accept it.
const keyed: FpgoBodies["orders.sendPaymentLink"]["products"] = { "0": { name: "A", quantity: 1, rate: 1, tax: 0, amount: 1 } };
// @ts-expect-error ... but not a misspelled line inside it
const keyedWrong: FpgoBodies["orders.sendPaymentLink"]["products"] = { "0": { nme: "A", quantity: 1, rate: 1, tax: 0, amount: 1 } };
const interval: FpgoBodies["orders.sendInvoice"]["invoiceInterval"] = "2";
// @ts-expect-error `in:0,1,2`
const wrongInterval: FpgoBodies["orders.sendInvoice"]["invoiceInterval"] = 3;

// A user's own interfaces (mutable arrays, no index signature) fit: no Record<string, unknown> trap.
interface MyLine { name: string; quantity: number; rate: number; tax: 0 | 12 | 15 | 25; amount: number }
interface MyAddress { street: string; zip: string; city: string; country: string }
interface MyCustomer { email: string; name: string; type: "private" | "corporate"; address: MyAddress }
interface MyPaymentLink {
  products: MyLine[];
  orderSummary: { subTotal: number; totalTax: number; totalDiscount: number; grandTotal: number };
  orderDate: string;
  customerDetails: MyCustomer;
  invoiceAsPaymentOption: boolean;
}
declare const mine: MyPaymentLink;
body("orders.sendPaymentLink", mine);
request("orders.sendPaymentLink", { body: mine });
interface MyCancel { cancellationNote: string }
declare const myCancel: MyCancel;
request("orders.cancel", { pathParams: { orderUuid: "ODR1" }, body: myCancel });
interface MyIncomplete { orderDate: string }
declare const incomplete: MyIncomplete;
// @ts-expect-error a user's interface that lacks required fields does not fit
body("orders.sendPaymentLink", incomplete);

// --- parts an endpoint does not have, optional inputs, queries ---
body("orders.listStatuses", {});
// @ts-expect-error a GET without a body takes no body fields
body("orders.listStatuses", { status: "PAID" });
const optional: FpgoInputOptionalId = "orders.listStatuses";
// @ts-expect-error orders.cancel needs its path parameter and body
const notOptional: FpgoInputOptionalId = "orders.cancel";
request("subscriptions.list", { pathParams: { status: "active" }, query: { page: 2 } });
request("subscriptions.list", {});
// @ts-expect-error a misspelled query parameter
request("subscriptions.list", { query: { pages: 2 } });

// --- drafts (validate's payload): nothing required, names still checked ---
draft("orders.sendPaymentLink", { products: [{ name: "Test" }], customerDetails: { type: "company" } });
draft("orders.cancel", {});
// @ts-expect-error a misspelled field in a draft
draft("orders.cancel", { cancelationNote: "x" });
declare const fromJson: any;
draft("orders.sendPaymentLink", fromJson);
declare const formData: Record<string, FormDataEntryValue>;
draft("orders.cancel", formData);

export { keyed, keyedWrong, id, typo, noneMissing, wrongType, wrongNested, wrongBool, wrongList, wrongLine, interval, wrongInterval, optional, notOptional };
