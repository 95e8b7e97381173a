// The built package's FpgoClient inside workerd (Cloudflare's runtime), against fpgo-sandbox on
// 127.0.0.1: every endpoint once, and the fault kinds.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startWorker } from "../support/workerd.mjs";
import { ENDPOINT_IDS } from "./workers/client-scenario.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const TOKEN = "workerd-token-123";
let sandbox, base, worker;

before(async () => {
  const bin = `${root}/target/debug/fpgo-sandbox`;
  // Always through cargo: a no-op when fresh, and never a stale sandbox.
  execFileSync("cargo", ["build", "--quiet", "-p", "fpgo-sandbox"], { cwd: root, stdio: "inherit" });
  sandbox = spawn(bin, ["--listen", "127.0.0.1:0", "--token", TOKEN, "--secret", "s", "--quiet"], { stdio: ["ignore", "pipe", "inherit"] });
  base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("sandbox did not start")), 10_000);
    sandbox.stdout.once("data", (chunk) => { clearTimeout(timer); resolve(String(chunk).trim().replace("fpgo-sandbox listening on ", "")); });
  });
  worker = await startWorker({
    entry: new URL("./workers/client-worker.js", import.meta.url).pathname,
    bindings: { FPGO_TOKEN: TOKEN, SANDBOX_URL: base },
    allowLocalNetwork: true,
  });
});
after(() => { worker?.stop(); sandbox?.kill(); });

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
