// GET /fpgo/callback (see vercel.json): FPGO's signed callback when an order changes status.
import { verifyCallback } from "../lib/fpgo.js";

export const config = { runtime: "edge" };

export default function handler(request) {
  const result = verifyCallback(request.url, process.env.FPGO_CALLBACK_SECRET, { toleranceSeconds: 300 });
  if (!result.valid) return Response.json(result.error, { status: 400 });
  const { orderUuid, status } = result.params;
  console.log(`order ${orderUuid} is now ${status}`); // record it: Vercel KV, Postgres, ...
  return Response.json({ orderUuid, status });
}
