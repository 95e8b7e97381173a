// POST /orders (see vercel.json): creates a payment link; the token stays in this function's env.
// Authenticate this route in a real shop.
import { FpgoClient } from "../lib/fpgo.js";

export const config = { runtime: "edge" };

export default async function handler(request) {
  if (request.method !== "POST") return new Response("method not allowed", { status: 405 });
  const client = new FpgoClient({ token: process.env.FPGO_TOKEN, baseUrl: process.env.FPGO_BASE_URL || undefined });
  const body = await request.json();
  body.callback = { callbackUrl: `${new URL(request.url).origin}/fpgo/callback` };
  try {
    // FPGO texts or emails the payment link to the customer (body.sendOrderBy).
    const { uuid, customerUuid } = await client.orders.sendPaymentLink({ body });
    return Response.json({ orderUuid: uuid, customerUuid }, { status: 201 });
  } catch (err) {
    if (err?.name !== "FpgoError") throw err;
    return Response.json({ kind: err.kind, code: err.code, errors: err.errors ?? null }, { status: err.kind === "validation" ? 422 : 502 });
  }
}
