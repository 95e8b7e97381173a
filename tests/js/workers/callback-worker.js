// An edge worker that verifies FPGO callbacks, as a merchant would deploy it: the secret is a binding
// (never in code), the callback's query decides the answer.
import { verifyCallback } from "fpgo";

export default {
  async fetch(request, env) {
    const result = verifyCallback(request.url, env.FPGO_CALLBACK_SECRET.split(","), {
      toleranceSeconds: Number(env.TOLERANCE_SECONDS ?? 300),
    });
    if (!result.valid) return Response.json(result.error, { status: 400 });
    return Response.json(result.params, { status: 200 });
  },
};
