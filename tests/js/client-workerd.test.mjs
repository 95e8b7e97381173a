// The built package's FpgoClient inside workerd (Cloudflare's runtime), against fpgo-sandbox on
// 127.0.0.1: every endpoint once, and the fault kinds.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startSandbox } from "../support/sandbox.mjs";
import { startWorker } from "../support/workerd.mjs";
import { ENDPOINT_IDS } from "./workers/client-scenario.mjs";
import { startHostileServer, assertHostileScenario } from "./workers/client-hostile-server.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const TOKEN = "workerd-token-123";
let sandbox, base, worker;

before(async () => {
  sandbox = await startSandbox({ token: TOKEN, secret: "s" });
  base = sandbox.url;
  worker = await startWorker({
    entry: new URL("./workers/client-worker.js", import.meta.url).pathname,
    bindings: { FPGO_TOKEN: TOKEN, SANDBOX_URL: base },
    allowLocalNetwork: true,
  });
});
after(() => { worker?.stop(); sandbox?.stop(); });

test("every endpoint and every fault kind from a workerd worker", async () => {
  const fixtures = {};
  for (const id of ENDPOINT_IDS) {
    const path = `${root}/tests/fixtures/examples/${id}.json`;
    fixtures[id] = existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
  }
  const res = await fetch(worker.url, { method: "POST", body: JSON.stringify({ fixtures }) });
  const result = await res.json();
  assert.equal(result.ok, true, JSON.stringify(result) + worker.log());
  for (const id of ENDPOINT_IDS) assert.ok(result.counts[id] >= 1, `${id} was not called from workerd`);
  assert.deepEqual(result.faults, {
    slow: "FpgoError:timeout:timeout:1",
    slow_body: "FpgoError:timeout:timeout:1",
    500: "FpgoError:server:internalErrorOccurredPleaseTryAgainLater:1",
    510: "FpgoError:server:somethingWentWrong:1",
    html: "FpgoError:invalid_response:invalid_response:1",
    // workerd resends a GET once by itself when a reused connection drops; the second drop is ours.
    dropTwice: "FpgoError:network:network_error:1",
    postDrop: "FpgoError:network:network_error:1",
    postDropCount: 1,
    retried: "resolved",
  });
});

test("hostile servers from a workerd worker: no redirect followed, token redacted, body limit, plain data", async () => {
  const hostile = await startHostileServer();
  const w = await startWorker({
    entry: new URL("./workers/client-hostile-worker.js", import.meta.url).pathname,
    bindings: { FPGO_TOKEN: TOKEN, HOSTILE_URL: hostile.url },
    allowLocalNetwork: true,
  });
  try {
    const answer = await (await fetch(w.url)).json();
    assert.equal(answer.ok, true, JSON.stringify(answer) + w.log());
    assertHostileScenario(answer.result);
  } finally {
    w.stop();
    hostile.stop();
  }
});
