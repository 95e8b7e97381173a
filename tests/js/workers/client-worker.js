// A worker that uses FpgoClient against fpgo-sandbox, as a merchant's edge function would: the token
// is a binding. POST / with { fixtures } runs the every-endpoint scenario and the fault checks.
import { FpgoClient } from "fpgo";
import { callEveryEndpoint } from "./client-scenario.mjs";

async function kindOf(promise) {
  try {
    await promise;
    return "resolved";
  } catch (e) {
    return `${e.name}:${e.kind}:${e.code}:${e.attempts}`;
  }
}

export default {
  async fetch(request, env) {
    const sandbox = env.SANDBOX_URL;
    const fault = (f) => fetch(`${sandbox}/__sandbox/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(f) });
    try {
      const { fixtures } = await request.json();
      const client = new FpgoClient({ token: env.FPGO_TOKEN, baseUrl: sandbox, maxRetries: 0 });
      const counts = await callEveryEndpoint(client, { fixtures, sandbox });
      const faults = {};
      const quick = new FpgoClient({ token: env.FPGO_TOKEN, baseUrl: sandbox, maxRetries: 0, timeoutMs: 300 });
      for (const kind of ["slow", "slow_body", "500", "510", "html"]) {
        await fault({ kind, endpoint: "credit.listChecks", delayMs: 1500 });
        faults[kind] = await kindOf(quick.credit.listChecks());
      }
      // A dropped connection on a reused keep-alive connection: workerd itself resends a GET once on
      // a fresh connection, so the fault is armed for more than one request.
      await fault({ kind: "drop", endpoint: "credit.listChecks", times: 2 });
      faults.dropTwice = await kindOf(quick.credit.listChecks());
      await fetch(`${sandbox}/__sandbox/faults`, { method: "DELETE" });
      // A POST whose connection drops must reach the sandbox once: counted there.
      await fetch(`${sandbox}/__sandbox/requests`, { method: "DELETE" });
      await fault({ kind: "drop", endpoint: "orders.sendPaymentLink", times: 5 });
      const body = { ...fixtures["orders.sendPaymentLink"], orderDate: String(Math.floor(Date.now() / 1000)) };
      faults.postDrop = await kindOf(quick.orders.sendPaymentLink({ body }));
      faults.postDropCount = (await (await fetch(`${sandbox}/__sandbox/requests`)).json()).counts["orders.sendPaymentLink"];
      await fetch(`${sandbox}/__sandbox/faults`, { method: "DELETE" });
      await fault({ kind: "500", endpoint: "credit.listChecks", times: 2 });
      const retrying = new FpgoClient({ token: env.FPGO_TOKEN, baseUrl: sandbox, maxRetries: 2 });
      faults.retried = await kindOf(retrying.credit.listChecks());
      return Response.json({ ok: true, counts, faults });
    } catch (e) {
      return Response.json({ ok: false, error: String(e), kind: e.kind, code: e.code }, { status: 500 });
    }
  },
};
