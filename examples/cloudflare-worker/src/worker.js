// A Cloudflare Worker with fpgo: it verifies FPGO's callbacks and creates payment links. The token
// and the checksum secret are secrets of the worker (`wrangler secret put FPGO_TOKEN`), never code.
import { FpgoClient, verifyCallback } from "fpgo";

export default {
  async fetch(request, env) {
    const url = new URL(request.url);

    // FPGO calls this with a signed GET when an order changes status.
    if (url.pathname === "/fpgo/callback") {
      const result = verifyCallback(request.url, env.FPGO_CALLBACK_SECRET, { toleranceSeconds: 300 });
      if (!result.valid) return Response.json(result.error, { status: 400 });
      const { orderUuid, status } = result.params;
      console.log(`order ${orderUuid} is now ${status}`); // record it: KV, D1, a Durable Object...
      return Response.json({ orderUuid, status });
    }

    // Your shop's backend asks for a payment link (authenticate this route in a real shop).
    if (url.pathname === "/orders" && request.method === "POST") {
      const client = new FpgoClient({ token: env.FPGO_TOKEN, baseUrl: env.FPGO_BASE_URL || undefined });
      try {
        const body = await request.json();
        body.callback = { callbackUrl: `${url.origin}/fpgo/callback` };
        // FPGO texts or emails the payment link to the customer (body.sendOrderBy).
        const { uuid, customerUuid } = await client.orders.sendPaymentLink({ body });
        return Response.json({ orderUuid: uuid, customerUuid }, { status: 201 });
      } catch (err) {
        if (err?.name !== "FpgoError") throw err;
        return Response.json({ kind: err.kind, code: err.code, errors: err.errors ?? null }, { status: err.kind === "validation" ? 422 : 502 });
      }
    }
    return new Response("not found", { status: 404 });
  },
};
