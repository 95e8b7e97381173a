// GET /fpgo/callback: FPGO's signed callback when an order changes status, verified with
// fpgo/callbacks in the edge runtime (checksum and timestamp; never throws).
import { verifyCallback } from "fpgo/callbacks";

export const runtime = "edge";

export function GET(request: Request) {
  const result = verifyCallback(request.url, process.env.FPGO_CALLBACK_SECRET ?? "", { toleranceSeconds: 300 });
  if (!result.valid) return Response.json(result.error, { status: 400 });
  const { orderUuid, status } = result.params;
  console.log(`order ${orderUuid} is now ${status}`); // record it: a database, Vercel KV, ...
  return Response.json({ orderUuid, status });
}
