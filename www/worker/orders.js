// POST /api/orders: the browser sends what the user typed; the worker never trusts it. It fills what
// only the merchant decides (the order date, the callback URL, the totals from the lines), validates
// the payload again with the same rules the page used, and sends it to FPGO through FpgoClient with
// the token it holds. The browser gets back the order's UUID and the checkout URL, nothing more.
import { json } from "./http.js";

export const ENDPOINT = "orders.sendPaymentLink";
const LANGS = new Set(["en", "no", "sv", "da", "de"]);
const MAX_BODY_BYTES = 64 * 1024;

export async function createOrder(request, env, { fpgo, orders, publicUrl }) {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return json({ code: "too_large", message: "the order is larger than 64 KiB" }, 413);
  let input;
  try {
    input = JSON.parse(text);
  } catch {
    return json({ code: "invalid_json", message: "the body is not JSON" }, 400);
  }
  if (!isObject(input) || !isObject(input.order)) return json({ code: "invalid_body", message: "expected { order, lang }" }, 400);
  const lang = LANGS.has(input.lang) ? input.lang : "en";
  const missing = ["computeTotals", "validate", "FpgoClient"].filter((name) => typeof fpgo[name] !== "function");
  if (missing.length) return json({ code: "not_in_this_build", message: `this build of fpgo lacks ${missing.join(", ")}` }, 501);

  const prepared = preparePayload(fpgo, input.order, { lang, callbackUrl: `${publicUrl}/fpgo/callback`, now: Date.now() });
  if (prepared.errors) return json({ code: "invalid_order", message: "the order has errors", errors: prepared.errors }, 422);
  const payload = prepared.payload;

  const report = fpgo.validate(ENDPOINT, payload, { lang });
  if (!report.valid) return json({ code: "invalid_order", message: "the order has errors", errors: messagesOf(report.errors) }, 422);

  const client = new fpgo.FpgoClient({ token: env.FPGO_TOKEN, baseUrl: env.FPGO_BASE_URL, timeoutMs: 10000 });
  let data;
  try {
    data = await client.orders.sendPaymentLink({ body: payload });
  } catch (err) {
    // An FpgoError: typed, and free of the token by design. Field errors (the API's 417) go back to
    // the form like local ones.
    const status = err?.kind === "validation" ? 422 : 502;
    return json({ code: err?.code ?? "send_failed", kind: err?.kind ?? null, message: err?.message ?? "sending failed", errors: err?.errors ?? null }, status);
  }
  // Send Payment Link answers with the order's `uuid` only (000:262-273): FPGO texts or emails the
  // link to the customer (sendOrderBy). The demo shows the customer's page itself: the sandbox serves
  // it at {base}/checkout/{uuid} (docs/decisions/demo.md, DEMO-1). A `paymentUrl` is used if present.
  const orderUuid = data?.uuid ?? data?.orderUuid;
  if (typeof orderUuid !== "string" || orderUuid === "") {
    return json({ code: "invalid_response", message: "FPGO answered without the order's uuid" }, 502);
  }
  const checkoutUrl = typeof data?.paymentUrl === "string" ? data.paymentUrl : `${String(env.FPGO_BASE_URL).replace(/\/+$/, "")}/checkout/${encodeURIComponent(orderUuid)}`;
  orders.set(orderUuid, {
    orderUuid,
    checkoutUrl,
    status: "SENT",
    statusTimestamp: 0,
    sentFromThisDemo: true,
    orderSummary: payload.orderSummary,
    history: [{ status: "SENT", timestamp: Math.floor(Date.now() / 1000) }],
  });
  return json({ orderUuid, checkoutUrl, status: "SENT", orderSummary: payload.orderSummary }, 201);
}

// The payload FPGO expects, from the user's input: line amounts and the order summary come from
// computeTotals (exact arithmetic; never the browser's numbers), the date and callback from here.
export function preparePayload(fpgo, order, { lang, callbackUrl, now }) {
  const payload = structuredClone(order);
  delete payload.orderSummary;
  delete payload.callback;
  payload.orderDate = String(Math.floor(now / 1000));
  payload.callback = { callbackUrl };
  if (isObject(payload.customerDetails)) payload.customerDetails.preferredLanguage = lang;
  if (Array.isArray(payload.products)) {
    const totals = totalsOf(fpgo, payload.products);
    if (totals.error) return { errors: { products: [totals.error.message] } };
    payload.products = totals.lines;
    payload.orderSummary = totals.orderSummary;
  }
  return { payload };
}

// computeTotals reports a cart it cannot total (a missing rate, a discount above the line) as an
// error; both the throwing and the result-object styles are accepted.
export function totalsOf(fpgo, lines) {
  try {
    const r = fpgo.computeTotals(lines);
    if (r && r.error) return { error: r.error };
    return r;
  } catch (err) {
    return { error: { code: err?.code ?? "invalid_lines", message: err?.message ?? String(err) } };
  }
}

// validate() reports { field: [{ rule, message }] }; the page wants the messages.
function messagesOf(errors) {
  const out = {};
  for (const [field, issues] of Object.entries(errors ?? {})) out[field] = issues.map((i) => (typeof i === "string" ? i : i.message));
  return out;
}

function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
