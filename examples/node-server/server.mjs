// A plain Node HTTP server (node:http, no framework) with fpgo: it verifies FPGO's callbacks and
// creates payment links. Run: FPGO_TOKEN=... FPGO_CALLBACK_SECRET=... node server.mjs
// (FPGO_BASE_URL points it at a sandbox; PORT=0 picks a free port; it listens on 127.0.0.1.)
import { createServer } from "node:http";
import { FpgoClient, verifyCallback } from "fpgo";

const { FPGO_TOKEN, FPGO_CALLBACK_SECRET, FPGO_BASE_URL, PORT = "3000" } = process.env;
if (!FPGO_TOKEN || !FPGO_CALLBACK_SECRET) {
  console.error("set FPGO_TOKEN and FPGO_CALLBACK_SECRET");
  process.exit(2);
}
const client = new FpgoClient({ token: FPGO_TOKEN, baseUrl: FPGO_BASE_URL || undefined });

const server = createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  const send = (status, body) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

  // FPGO calls this with a signed GET when an order changes status.
  if (url.pathname === "/fpgo/callback") {
    const result = verifyCallback(url.href, FPGO_CALLBACK_SECRET, { toleranceSeconds: 300 });
    if (!result.valid) return send(400, result.error);
    const { orderUuid, status } = result.params;
    console.log(`order ${orderUuid} is now ${status}`); // record it in your database
    return send(200, { orderUuid, status });
  }

  // Your shop asks for a payment link (authenticate this route in a real shop).
  if (url.pathname === "/orders" && req.method === "POST") {
    let body;
    try {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return send(400, { code: "invalid_json" });
    }
    body.callback = { callbackUrl: `http://${req.headers.host}/fpgo/callback` };
    try {
      // FPGO texts or emails the payment link to the customer (body.sendOrderBy).
      const { uuid, customerUuid } = await client.orders.sendPaymentLink({ body });
      return send(201, { orderUuid: uuid, customerUuid });
    } catch (err) {
      if (err?.name !== "FpgoError") throw err;
      return send(err.kind === "validation" ? 422 : 502, { kind: err.kind, code: err.code, errors: err.errors ?? null });
    }
  }
  send(404, { code: "not_found" });
});

server.listen(Number(PORT), "127.0.0.1", () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}`);
});
