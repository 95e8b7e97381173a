// Type-level tests of FpgoClient's declarations (strict): pages, .all(), per-request options,
// FpgoError. The expect-error lines must be errors.
import { FpgoClient, FpgoError, isFpgoError } from "fpgo";
import type { FpgoPage, FpgoSubscriptionListItem, FpgoResponseEvent } from "fpgo";

const client = new FpgoClient({
  token: "t", lang: "no", maxResponseBytes: 1_000_000,
  onResponse: (e: FpgoResponseEvent) => void e.durationMs,
});
const controller = new AbortController();
const page: FpgoPage<FpgoSubscriptionListItem> = await client.subscriptions.list({ query: { page: 2 }, signal: controller.signal });
const last: number | undefined = page.metaData?.lastPage;
for await (const s of client.subscriptions.list.all({ pathParams: { status: "ACTIVE" } })) {
  const uuid: string = s.subscriptionUuid;
  void uuid;
}
await client.orders.cancel({ pathParams: { orderUuid: "O" }, body: { cancellationNote: "n" }, timeoutMs: 500, headers: { "X-Trace": "1" } });
// @ts-expect-error: cancellationNote is required
await client.orders.cancel({ pathParams: { orderUuid: "O" }, body: {} });
try {
  await client.orders.listStatuses();
} catch (e) {
  if (isFpgoError(e)) {
    const rule: string | undefined = e.errors?.["x"]?.[0]?.rule;
    const sent: string[] | undefined = e.serverMessages;
    void rule, sent;
  }
  if (e instanceof FpgoError) void e.code;
}
void last;
// @ts-expect-error: lang is one of the message languages
new FpgoClient({ token: "t", lang: "fr" });
// @ts-expect-error: a list page's data is a list, not one item
const wrong: FpgoSubscriptionListItem = page.data;
void wrong;
