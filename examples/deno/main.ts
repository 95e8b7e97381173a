// Deno with fpgo: verifies FPGO's callbacks and creates payment links.
//   deno run --allow-net --allow-env=FPGO_TOKEN,FPGO_CALLBACK_SECRET,FPGO_BASE_URL,PORT main.ts
// (the package comes from npm: `deno install` with this deno.json puts it in node_modules/).
import { type FpgoBodies, FpgoClient, verifyCallback } from "fpgo";

/** The body FPGO takes for a payment link (generated from its documented rules). */
type PaymentLinkBody = FpgoBodies["orders.sendPaymentLink"];

export interface Config {
  token: string;
  callbackSecret: string;
  baseUrl?: string;
}

export function handler(config: Config): (request: Request) => Promise<Response> {
  const client = new FpgoClient({ token: config.token, baseUrl: config.baseUrl || undefined });
  return async (request) => {
    const url = new URL(request.url);

    // FPGO calls this with a signed GET when an order changes status.
    if (url.pathname === "/fpgo/callback") {
      const result = verifyCallback(request.url, config.callbackSecret, { toleranceSeconds: 300 });
      if (!result.valid) return Response.json(result.error, { status: 400 });
      if (result.params.kind !== "order") return Response.json({ kind: result.params.kind });
      const { orderUuid, status } = result.params;
      console.log(`order ${orderUuid} is now ${status}`); // record it in your database
      return Response.json({ orderUuid, status });
    }

    // Your shop asks for a payment link (authenticate this route in a real shop).
    if (url.pathname === "/orders" && request.method === "POST") {
      // The shop's JSON, typed as the body it should be: the client validates it against the
      // endpoint's rules before sending (an invalid one throws an FpgoError of kind "validation").
      const body: PaymentLinkBody = { ...await request.json() as PaymentLinkBody, callback: { callbackUrl: `${url.origin}/fpgo/callback` } };
      try {
        // FPGO texts or emails the payment link to the customer (body.sendOrderBy).
        const { uuid, customerUuid } = await client.orders.sendPaymentLink({ body });
        return Response.json({ orderUuid: uuid, customerUuid }, { status: 201 });
      } catch (err) {
        const e = err as { name?: string; kind?: string; code?: string; errors?: unknown };
        if (e?.name !== "FpgoError") throw err;
        return Response.json({ kind: e.kind, code: e.code, errors: e.errors ?? null }, { status: e.kind === "validation" ? 422 : 502 });
      }
    }
    return new Response("not found", { status: 404 });
  };
}

if (import.meta.main) {
  const token = Deno.env.get("FPGO_TOKEN");
  const callbackSecret = Deno.env.get("FPGO_CALLBACK_SECRET");
  if (!token || !callbackSecret) {
    console.error("set FPGO_TOKEN and FPGO_CALLBACK_SECRET");
    Deno.exit(2);
  }
  Deno.serve(
    { hostname: "127.0.0.1", port: Number(Deno.env.get("PORT") ?? 8000), onListen: ({ port }) => console.log(`listening on http://127.0.0.1:${port}`) },
    handler({ token, callbackSecret, baseUrl: Deno.env.get("FPGO_BASE_URL") }),
  );
}
