// The built package's FpgoClient typed from the generated endpoint maps (compiled by
// tsconfig.pkg.{strict,loose}.json against pkg/, linked as `fpgo`): each method takes
// `FpgoRequests[id] & FpgoCallOptions` and resolves to `FpgoResponses[id]`. Each
// `@ts-expect-error` is a mistake the types must reject: tsc fails if the line compiles.
import { FpgoClient, FpgoError, isFpgoError, ordersSendPaymentLink } from "fpgo";
import type {
  FpgoCallInput,
  FpgoCreatedOrder,
  FpgoEndpointId,
  FpgoErrorKind,
  FpgoFieldIssue,
  FpgoListItems,
  FpgoPage,
  FpgoResponses,
  FpgoSubscriptionListItem,
  FpgoFailedSubscriptionPayment,
} from "fpgo";
import { FpgoClient as ClientOnly } from "fpgo/client";
import type { FpgoResponses as ClientResponses, FpgoRequests as ClientRequests } from "fpgo/client";

const client = new FpgoClient({ token: "t" });
const controller = new AbortController();

// --- inputs: the endpoint's parts, checked; per-request options beside them ---
await client.orders.cancel({ pathParams: { orderUuid: "ODR1" }, body: { cancellationNote: "changed mind" }, signal: controller.signal });
await client.orders.cancel({ pathParams: { orderUuid: "ODR1" }, body: { cancellationNote: "x" }, timeoutMs: 500, headers: { "X-Trace": "1" } });
// @ts-expect-error cancellationNote is required by the documents (000:1446-1448)
await client.orders.cancel({ pathParams: { orderUuid: "ODR1" }, body: {} });
// @ts-expect-error a misspelled body field
await client.orders.cancel({ pathParams: { orderUuid: "ODR1" }, body: { cancelationNote: "x" } });
// @ts-expect-error the path parameter is required
await client.orders.cancel({ body: { cancellationNote: "x" } });
// @ts-expect-error a misspelled part of the input
await client.orders.cancel({ pathParams: { orderUuid: "ODR1" }, bdy: { cancellationNote: "x" } });
// @ts-expect-error the input is required when a part of it is
await client.orders.cancel();
// @ts-expect-error a per-request option of the wrong type
await client.orders.getStatus({ pathParams: { orderUuid: "ODR1" }, timeoutMs: "500" });

// A user's own interface that fits is accepted (no index-signature trap).
interface MyCancellation {
  cancellationNote: string;
}
const mine: MyCancellation = { cancellationNote: "out of stock" };
await client.orders.cancel({ pathParams: { orderUuid: "ODR1" }, body: mine });
interface MyRefundLine {
  id: number;
  amount: number;
}
declare const lines: MyRefundLine[];

// Optional inputs: nothing required, or nothing at all; the options alone.
await client.orders.listStatuses();
await client.orders.listStatuses({ signal: controller.signal });
await client.credit.listChecks();
await client.credit.listChecks({ timeoutMs: 1000, signal: controller.signal });
// @ts-expect-error an endpoint without parameters takes no `body`
await client.credit.listChecks({ body: {} });
// @ts-expect-error the organization is a required path parameter
await client.terminal.listTerminals();

// --- request(id, input): the same types by id ---
const link = ordersSendPaymentLink({
  products: [{ name: "Test Product", quantity: 1, rate: 4500, tax: 12 }],
  invoiceAsPaymentOption: false,
  customerDetails: { type: "private", name: "Kari", email: "kari@example.no", address: { street: "Gate 1", zip: "0150", city: "Oslo", country: "NO" } },
});
const created: FpgoCreatedOrder = await client.request("orders.sendPaymentLink", { body: link.payload });
const newUuid: string = created.uuid;
const cancelled: null = await client.request("orders.cancel", { pathParams: { orderUuid: newUuid }, body: mine });
await client.request("orders.listStatuses");
// @ts-expect-error an unknown endpoint id
await client.request("orders.cancell", { pathParams: { orderUuid: "ODR1" }, body: mine });
// @ts-expect-error a misspelled body field through request()
await client.request("orders.cancel", { pathParams: { orderUuid: "ODR1" }, body: { cancelationNote: "x" } });
// @ts-expect-error request() of an id with required parts needs the input
await client.request("orders.cancel");
declare const someId: string;
// @ts-expect-error an id of type string must be checked first
await client.request(someId);
const input: FpgoCallInput<"orders.getDetails"> = { pathParams: { orderUuid: "ODR1" }, signal: controller.signal };

// --- responses: typed from the documents, no casts ---
const details = await client.orders.getDetails(input);
const firstLine: string | undefined = details.productList[0]?.name;
// @ts-expect-error a misspelled response field
void details.orderUid;
const status = await client.orders.getStatus({ pathParams: { orderUuid: "ODR1" } });
const amount: number = status.orderAmount;
const terminals = await client.terminal.listTerminals({ pathParams: { organizationUuid: "ORG1" } });
const terminalName: string | undefined = terminals[0]?.name;
const paymentStatus: string = (await client.terminal.getPaymentStatus({ pathParams: { orderUuid: "ODR1" } })).orderStatus;
const refundState = await client.terminal.getRefundStatus({ pathParams: { orderUuid: "ODR1" } });
const refundStatus: string = refundState.refundStatus;
const refundMessage: string = refundState.message;
// @ts-expect-error the refund check answers `refundStatus`, not `orderStatus`
void refundState.orderStatus;
const customer = await client.customers.getDetails({ pathParams: { customerUuid: "CSRT1" } });
const billingCity: string = customer.addresses.billing.city;
const checks = await client.credit.listChecks();
const score: number | undefined = checks[0]?.score;
const fee = await client.company.getInvoiceFee({ pathParams: { companyId: "920058272" } });
const b2b: number | undefined = Array.isArray(fee) ? fee[0]?.B2BInvoiceFee : (fee as Exclude<typeof fee, readonly unknown[]>).B2BInvoiceFee;
const nothing: null = await client.orders.refund({ pathParams: { orderUuid: "ODR1" }, body: { type: "regular", grandTotal: 100, products: lines } });
// Every id has an answer in the map, none an index signature or `any`.
type Missing = Exclude<FpgoEndpointId, keyof FpgoResponses>;
const noneMissing: [Missing] extends [never] ? true : false = true;
type IsAny<T> = 0 extends 1 & T ? true : false;
type AnyAnswers = { [E in FpgoEndpointId]: IsAny<FpgoResponses[E]> extends true ? E : never }[FpgoEndpointId];
const noAny: [AnyAnswers] extends [never] ? true : false = true;

// --- paged lists: the page, and `.all()` over the items ---
const page: FpgoPage<FpgoSubscriptionListItem> = await client.subscriptions.list({ query: { page: 2 }, signal: controller.signal });
const samePage: FpgoResponses["subscriptions.list"] = page;
const last: number | undefined = page.metaData?.lastPage;
const next: string | null | undefined = page.links?.next;
for await (const s of client.subscriptions.list.all({ pathParams: { status: "ACTIVE" } })) {
  const uuid: string = s.subscriptionUuid;
  void uuid;
}
for await (const f of client.subscriptions.listFailedPayments.all()) {
  const failed: FpgoFailedSubscriptionPayment = f;
  const item: FpgoListItems["subscriptions.listFailedPayments"] = f;
  void failed, item;
}
// @ts-expect-error a page's data is a list, not one item
const wrong: FpgoSubscriptionListItem = page.data;
// @ts-expect-error .all() yields items, not pages
for await (const p of client.subscriptions.list.all()) void p.metaData;
// @ts-expect-error only the paged lists have .all()
client.orders.listStatuses.all();

// --- the subpath entry: the same class and maps ---
const only = new ClientOnly({ token: "t", baseUrl: "http://127.0.0.1:8080" });
const sub: ClientResponses["orders.getStatus"] = await only.orders.getStatus({ pathParams: { orderUuid: "O" } });
const req: ClientRequests["orders.getStatus"] = { pathParams: { orderUuid: "O" } };

// --- errors: every field the class carries; isFpgoError narrows ---
try {
  await client.orders.listStatuses();
} catch (e) {
  if (isFpgoError(e)) {
    const code: string = e.code;
    const kind: FpgoErrorKind | undefined = e.kind;
    const http: number | undefined = e.httpStatus;
    const issues: FpgoFieldIssue[] | undefined = e.errors?.["products.0.tax"];
    const rule: string | undefined = issues?.[0]?.rule;
    const sent: string[] | undefined = e.serverMessages;
    const details: unknown = e.details;
    const cause: unknown = e.cause;
    const attempts: number | undefined = e.attempts;
    const json: string = e.toJSON().message;
    // @ts-expect-error kind is one of the documented kinds
    const badKind: "teapot" = e.kind;
    void code, kind, http, rule, sent, details, cause, attempts, json, badKind;
  }
  if (e instanceof FpgoError) void e.code;
}
const made = new FpgoError({ code: "invalid_argument", kind: "config", message: "m" });

export {
  firstLine, amount, terminalName, billingCity, score, b2b, nothing, noneMissing, noAny, samePage, last, next, wrong,
  sub, req, made, cancelled,
};
