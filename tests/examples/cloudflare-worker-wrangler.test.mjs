// examples/cloudflare-worker with Cloudflare's own tool: `wrangler deploy --dry-run` bundles it as a
// deploy would (the upload sizes it prints are asserted against the package's budgets), and
// `wrangler dev` runs it locally on 127.0.0.1 against the sandbox.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bin, freePort, linkPackage, root, run, serverContract, startSandbox } from "./support.mjs";

const dir = join(root, "examples/cloudflare-worker");
// wrangler asks no questions and sends nothing (CI), and the `Request.cf` lookup it cannot make
// offline is only a warning.
const env = { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false" };
// Budgets of issue 9 (gzip of an entry's .wasm and JS glue, KB = 1024 bytes as in
// tests/js/package-sizes.test.mjs), plus the example's own few lines. wrangler prints KiB.
const KIB = 1024;
const OWN_CODE = 2 * KIB;
const BUDGET = { fpgo: 120 * KIB, "fpgo/callbacks": 25 * KIB };
// The full module is not yet within its budget (docs/performance.md): until it is, the whole worker
// is held to a ceiling at today's upload (140.26 KiB measured with the example's own code; 173.70
// KiB at the start of the day's third session, 229.97 KiB before this size work of
// 2026-11-30), which may only come down.
const CEILING = { fpgo: 139 * KIB };

/** `wrangler deploy --dry-run` of `script` (default: wrangler.toml's main): { raw, gzip, files } in bytes. */
function dryRun(script) {
  const outdir = mkdtempSync(join(tmpdir(), "fpgo-wrangler-"));
  try {
    const out = execFileSync(bin("wrangler"), ["deploy", "--dry-run", "--outdir", outdir, ...(script ? [script] : [])], { cwd: dir, env, encoding: "utf8" });
    const m = out.match(/Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/);
    assert.ok(m, `wrangler printed no upload size:\n${out}`);
    return { raw: Number(m[1]) * KIB, gzip: Number(m[2]) * KIB, files: readdirSync(outdir) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

let sandbox, dev, url;
before(async () => {
  linkPackage(dir);
  sandbox = await startSandbox();
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  dev = run(bin("wrangler"), [
    "dev", "--ip", "127.0.0.1", "--port", String(port), "--inspector-ip", "127.0.0.1", "--inspector-port", String(await freePort()),
    "--show-interactive-dev-session=false", "--var", `FPGO_TOKEN:${sandbox.token}`, `FPGO_CALLBACK_SECRET:${sandbox.secret}`, `FPGO_BASE_URL:${sandbox.url}`,
  ], { cwd: dir, env });
  const deadline = Date.now() + 60000;
  while (!dev.output().includes(`Ready on ${url}`)) {
    if (dev.child.exitCode !== null || Date.now() > deadline) throw new Error(`wrangler dev did not start:\n${dev.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
});
after(async () => {
  // SIGTERM lets wrangler stop the workerd it started.
  if (dev && dev.child.exitCode === null) {
    const exited = new Promise((r) => dev.child.once("exit", r));
    dev.stop();
    await exited;
  }
  sandbox?.stop();
});

test("wrangler's dry run uploads the worker with one .wasm, within its ceiling (fpgo's budget not yet met)", () => {
  const { gzip, files } = dryRun();
  assert.equal(files.filter((f) => f.endsWith(".wasm")).length, 1, files.join(", "));
  console.log(`wrangler upload ${(gzip / KIB).toFixed(2)} KiB gzip; budget ${(BUDGET.fpgo + OWN_CODE) / KIB} KiB, ceiling ${(CEILING.fpgo + OWN_CODE) / KIB} KiB`);
  assert.ok(gzip <= CEILING.fpgo + OWN_CODE, `upload ${(gzip / KIB).toFixed(2)} KiB gzip, ceiling ${(CEILING.fpgo + OWN_CODE) / KIB} KiB`);
});

test("a worker that only verifies callbacks uploads only fpgo/callbacks, within its budget", () => {
  const callbacksOnly = dryRun("src/callback-worker.js");
  const whole = dryRun();
  assert.equal(callbacksOnly.files.filter((f) => f.endsWith(".wasm")).length, 1, callbacksOnly.files.join(", "));
  assert.ok(callbacksOnly.gzip <= BUDGET["fpgo/callbacks"] + OWN_CODE, `upload ${(callbacksOnly.gzip / KIB).toFixed(2)} KiB gzip, budget ${(BUDGET["fpgo/callbacks"] + OWN_CODE) / KIB} KiB`);
  assert.ok(callbacksOnly.gzip < whole.gzip / 2, `callbacks only: ${callbacksOnly.gzip} B gzip, the whole worker: ${whole.gzip} B`);
});

serverContract(test, () => ({ url, sandbox, output: () => dev.output() }));
