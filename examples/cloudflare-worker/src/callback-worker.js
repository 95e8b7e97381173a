// A worker that only verifies FPGO's callbacks needs only `fpgo/callbacks`: its own small .wasm,
// without the validation rules and the client (`wrangler deploy --dry-run src/callback-worker.js`
// prints the upload size). The secret is a worker secret: `wrangler secret put FPGO_CALLBACK_SECRET`.
import { verifyCallback } from "fpgo/callbacks";

export default {
  fetch(request, env) {
    if (new URL(request.url).pathname !== "/fpgo/callback") return new Response("not found", { status: 404 });
    const result = verifyCallback(request.url, env.FPGO_CALLBACK_SECRET, { toleranceSeconds: 300 });
    if (!result.valid) return Response.json(result.error, { status: 400 });
    const { orderUuid, status } = result.params;
    console.log(`order ${orderUuid} is now ${status}`); // record it: KV, D1, a Durable Object...
    return Response.json({ orderUuid, status });
  },
};
