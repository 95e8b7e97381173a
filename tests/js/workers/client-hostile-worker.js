// A worker that runs the hostile-server checks (client-hostile-scenario.mjs) from workerd.
import { FpgoClient } from "fpgo";
import { runHostileScenario } from "./client-hostile-scenario.mjs";

export default {
  async fetch(request, env) {
    try {
      return Response.json({ ok: true, result: await runHostileScenario(FpgoClient, { base: env.HOSTILE_URL, token: env.FPGO_TOKEN }) });
    } catch (e) {
      return Response.json({ ok: false, error: String(e), stack: e.stack }, { status: 500 });
    }
  },
};
