// `make demo`'s launcher (node www/demo.mjs): prints the URL to open, serves the site and the sandbox
// there, and on Ctrl-C (SIGINT) stops the sandbox and workerd and exits.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { freePort } from "../../www/demo.mjs";
import { root } from "./browser.mjs";

test("prints the URL, serves the demo, and stops everything on Ctrl-C", async () => {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, "www/demo.mjs"), "--port", String(port)], { stdio: ["ignore", "pipe", "pipe"] });
  process.on("exit", () => child.kill("SIGKILL"));
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const deadline = Date.now() + 30000;
  while (!/sandbox\s+(http:\/\/127\.0\.0\.1:\d+)/.test(out)) {
    assert.ok(child.exitCode === null && Date.now() < deadline, `the demo did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const url = out.match(/open\s+(http:\/\/127\.0\.0\.1:\d+)/)[1];
  const sandboxUrl = out.match(/sandbox\s+(http:\/\/127\.0\.0\.1:\d+)/)[1];
  assert.equal(url, `http://127.0.0.1:${port}`);
  assert.equal((await fetch(url)).status, 200);
  // The sandbox is up and wants its token.
  assert.equal((await fetch(`${sandboxUrl}/api/v1/connect/orders/status`)).status, 401);
  const exited = new Promise((r) => child.on("exit", r));
  child.kill("SIGINT");
  await exited;
  assert.match(out, /stopping the demo/);
  for (const u of [url, sandboxUrl]) {
    await assert.rejects(fetch(u, { signal: AbortSignal.timeout(2000) }), `${u} still answers after Ctrl-C`);
  }
});
