// POST /orders: creates a payment link at FPGO with fpgo/client, in the edge runtime. The token stays
// in this route's environment. FpgoClient validates the body before sending: field errors come back
// as 422 without a request to FPGO. Authenticate this route in a real shop.
import { FpgoClient, isFpgoError } from "fpgo/client";

export const runtime = "edge";

export async function POST(request: Request) {
  const client = new FpgoClient({ token: process.env.FPGO_TOKEN ?? "", baseUrl: process.env.FPGO_BASE_URL || undefined });
  const body = await request.json();
  body.callback = { callbackUrl: `${new URL(request.url).origin}/fpgo/callback` };
  try {
    // FPGO texts or emails the payment link to the customer (body.sendOrderBy).
    const { uuid, customerUuid } = await client.orders.sendPaymentLink({ body });
    return Response.json({ orderUuid: uuid, customerUuid }, { status: 201 });
  } catch (err) {
    if (!isFpgoError(err)) throw err;
    return Response.json({ kind: err.kind, code: err.code, errors: err.errors ?? null }, { status: err.kind === "validation" ? 422 : 502 });
  }
}
