// Shared by the example tests: the sandbox on 127.0.0.1, the package linked into an example as an
// install would, a free port, waiting for a server, and the contract every server example meets.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { signCallback } from "fpgo";
import { freePort } from "../../www/demo.mjs";
import { startSandbox as startProjectSandbox } from "../support/sandbox.mjs";

export { freePort };
export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const bin = (name) => join(root, "node_modules/.bin", name);

const running = new Set();
process.on("exit", () => running.forEach((c) => c.kill("SIGKILL")));

/** Spawns a process that is killed when the test process exits; its output is kept in `output()`. */
export function run(cmd, args, options = {}) {
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
  running.add(child);
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  child.on("exit", () => running.delete(child));
  return { child, output: () => out, stop: () => child.kill("SIGTERM") };
}

/** fpgo-sandbox on a free port (the project's one helper), with a fresh token and secret. */
export async function startSandbox() {
  const token = `tok_${randomBytes(16).toString("hex")}`;
  const secret = randomBytes(24).toString("hex");
  const sandbox = await startProjectSandbox({ token, secret });
  return { url: sandbox.url, token, secret, stop: sandbox.stop };
}

/** Links pkg/ as node_modules/fpgo of an example, as `npm install fpgo` would place it. */
export function linkPackage(exampleDir) {
  const link = join(exampleDir, "node_modules/fpgo");
  mkdirSync(dirname(link), { recursive: true });
  rmSync(link, { recursive: true, force: true });
  symlinkSync(relative(dirname(link), join(root, "pkg")), link);
}

/**
 * Starts an example server the way its README says, with the sandbox's token, secret and URL in its
 * environment and PORT=0, waits for its `listening on URL` line and for HTTP, and returns
 * { server, url }. `what` names it in the error when it does not start within `timeoutMs`.
 */
export async function startExampleServer(cmd, args, { sandbox, what, cwd, env = {}, timeoutMs = 15000 }) {
  const server = run(cmd, args, {
    cwd,
    env: { ...process.env, PORT: "0", FPGO_TOKEN: sandbox.token, FPGO_CALLBACK_SECRET: sandbox.secret, FPGO_BASE_URL: sandbox.url, ...env },
  });
  const deadline = Date.now() + timeoutMs;
  while (!/listening on (\S+)/.test(server.output())) {
    if (server.child.exitCode !== null || Date.now() > deadline) throw new Error(`${what} did not start:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = server.output().match(/listening on (\S+)/)[1];
  await waitForHttp(url, server);
  return { server, url };
}

export async function waitForHttp(url, proc, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc.child.exitCode !== null) throw new Error(`server exited (${proc.child.exitCode}):\n${proc.output()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`no server on ${url} within ${timeoutMs} ms:\n${proc.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** A complete Send Payment Link body: 1 x 4500 NOK at 12 % VAT (spec/README.md: 4017.86 + 482.14). */
export function paymentLinkBody() {
  return {
    products: [{ name: "Consulting", productId: "C-1", quantity: "1", rate: "4500", discount: "0", tax: "12", amount: "4500.00" }],
    orderSummary: { subTotal: "4017.86", totalTax: "482.14", totalDiscount: "0.00", grandTotal: "4500.00" },
    sendOrderBy: { sms: false, email: true },
    orderDate: String(Math.floor(Date.now() / 1000)),
    customerDetails: {
      type: "private", name: "Nordmann", firstName: "Kari", email: "kari@example.no", countryCode: "+47", msisdn: "40000000",
      preferredLanguage: "en", address: { street: "Karl Johans gate 1", zip: "0154", city: "Oslo", country: "NO" },
    },
    invoiceAsPaymentOption: false,
  };
}

const now = () => Math.floor(Date.now() / 1000);

/**
 * The contract of every server example: GET /fpgo/callback verifies (200 with orderUuid and status,
 * 400 with the reason), POST /orders creates a payment link at the sandbox (201 with the orderUuid;
 * field errors as 422), and paying on the sandbox's page for that link (what the customer gets by SMS
 * or email) brings the signed callback back to the example, which logs `order <uuid> is now PAID`.
 */
/** A complete order callback: fpgo refuses one without every documented field (decision C10). */
const fullOrder = (status, timestamp) => [["orderUuid", "ODR7001"], ["status", status], ["createdAt", 1755764131], ["paymentMethod", "Visa"], ["amount", "10.00"], ["timestamp", timestamp]];

export function serverContract(test, get) {
  const env = () => get();
  test("a signed callback is accepted with its order and status", async () => {
    const { url, sandbox } = env();
    const q = signCallback(fullOrder("PAID", now()), sandbox.secret);
    const res = await fetch(`${url}/fpgo/callback?${q}`);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.orderUuid, "ODR7001");
    assert.equal(body.status, "PAID");
  });
  test("tampered, foreign and stale callbacks are refused with their reason", async () => {
    const { url, sandbox } = env();
    const q = signCallback(fullOrder("PAID", now()), sandbox.secret);
    for (const [query, code] of [
      [q.replace("PAID", "CANCELLED"), "checksum_mismatch"],
      [signCallback(fullOrder("PAID", now()), "someone-else"), "checksum_mismatch"],
      [signCallback(fullOrder("PAID", now() - 3600), sandbox.secret), "stale"],
      ["orderUuid=ODR7001&status=PAID", "missing_checksum"],
    ]) {
      const res = await fetch(`${url}/fpgo/callback?${query}`);
      assert.equal(res.status, 400, query);
      assert.equal((await res.json()).code, code, query);
    }
  });
  test("a payment link is created at the sandbox, paid, and its callback verified", async () => {
    const { url, sandbox, output } = env();
    const res = await fetch(`${url}/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(paymentLinkBody()) });
    const created = await res.json();
    assert.equal(res.status, 201, JSON.stringify(created));
    assert.match(created.orderUuid, /^\S{8,}$/);
    const paid = await fetch(`${sandbox.url}/checkout/${encodeURIComponent(created.orderUuid)}/pay`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "paymentMethod=visa&outcome=success" });
    assert.equal(paid.status, 200);
    const line = `order ${created.orderUuid} is now PAID`;
    const deadline = Date.now() + 10000;
    while (!output().includes(line)) {
      assert.ok(Date.now() < deadline, `the example never logged «${line}»:\n${output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  test("an invalid order comes back with the fields to fix", async () => {
    const { url } = env();
    const body = paymentLinkBody();
    delete body.customerDetails.name;
    body.customerDetails.email = "not-an-email";
    const res = await fetch(`${url}/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    assert.equal(res.status, 422);
    const { errors } = await res.json();
    assert.ok(errors["customerDetails.name"]?.length, JSON.stringify(errors));
    assert.ok(errors["customerDetails.email"]?.length, JSON.stringify(errors));
  });
}
