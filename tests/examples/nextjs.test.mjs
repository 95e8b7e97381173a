// examples/nextjs as its README says: `npm ci` from its own lock (the package copied in from pkg/, as
// an install from the registry would), `next build`, then `next start` on 127.0.0.1 against the
// sandbox. The edge routes meet every server example's contract; in Chromium the form shows a field's
// error as the user types, sends the payment link, and the customer's payment brings FPGO's callback
// back to the edge route, which verifies it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { validate } from "fpgo";
import { freePort, root, run, serverContract, startSandbox, waitForHttp } from "./support.mjs";
import { launchChromium, screenshots } from "../demo/browser.mjs";

const dir = join(root, "examples/nextjs");
const next = join(dir, "node_modules/.bin/next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const shot = screenshots("nextjs");
let sandbox, server, url, browser, page;
const wasmLoaded = []; // byte sizes of the .wasm files the page fetched

before(async () => {
  execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, env, stdio: "inherit" });
  execFileSync(next, ["build"], { cwd: dir, env, stdio: ["ignore", "inherit", "inherit"] });
  sandbox = await startSandbox();
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = run(next, ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: dir,
    env: { ...env, FPGO_TOKEN: sandbox.token, FPGO_CALLBACK_SECRET: sandbox.secret, FPGO_BASE_URL: sandbox.url },
  });
  await waitForHttp(url, server, 60000);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("pageerror", (err) => console.error("page error:", err.message));
  page.on("response", async (res) => {
    if (new URL(res.url()).pathname.endsWith(".wasm")) wasmLoaded.push((await res.body()).length);
  });
});
after(async () => {
  await browser?.close();
  server?.stop();
  sandbox?.stop();
});

test("next build compiles both routes for the edge runtime", () => {
  const manifest = JSON.parse(readFileSync(join(dir, ".next/server/middleware-manifest.json"), "utf8"));
  const edge = Object.keys(manifest.functions ?? {});
  for (const route of ["/orders/route", "/fpgo/callback/route"]) assert.ok(edge.includes(route), `${route} is not an edge function: ${edge}`);
});

serverContract(test, () => ({ url, sandbox, output: () => server.output() }));

const errorAt = (path) => page.locator(`.error[data-for="${path}"]`);
async function expectError(path, message) {
  await page.waitForFunction(([p, m]) => document.querySelector(`.error[data-for="${p}"]`)?.textContent === m, [path, message], { timeout: 10000 })
    .catch(async () => assert.fail(`${path}: expected «${message}», the page shows «${await errorAt(path).textContent()}»`));
}

test("in Chromium: a field error as you type, the payment link sent, paid, and its callback verified at the edge", async () => {
  await page.goto(url);
  await page.waitForSelector("form[data-ready=true]", { timeout: 20000 });
  // The page loads fpgo/validate's module only, not the one with the client and callbacks.
  const installed = join(dir, "node_modules/fpgo");
  const { exports } = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  const target = (entry) => (typeof entry === "string" ? entry : target(entry.import ?? entry.default ?? Object.values(entry)[0]));
  const validateWasm = statSync(join(installed, target(exports["./validate.wasm"]))).size;
  assert.deepEqual(wasmLoaded, [validateWasm]);

  // The message fpgo/validate gives in the browser is the one validate() gives here.
  await page.fill('[name="customerDetails.email"]', "kari(at)example");
  const expected = validate("orders.sendPaymentLink", { customerDetails: { email: "kari(at)example" } }).errors["customerDetails.email"][0].message;
  await expectError("customerDetails.email", expected);
  assert.equal(await page.getAttribute('[name="customerDetails.email"]', "aria-invalid"), "true");
  assert.equal(await errorAt("customerDetails.name").textContent(), "", "untouched fields stay quiet");
  await shot(page, "error-while-typing");

  // Send with fields missing: every error shows, nothing is sent.
  await page.click("#send");
  const missing = validate("orders.sendPaymentLink", { customerDetails: {} }).errors["customerDetails.name"][0].message;
  await expectError("customerDetails.name", missing);

  for (const [name, value] of [["customerDetails.firstName", "Kari"], ["customerDetails.name", "Nordmann"], ["customerDetails.email", "kari@example.no"],
    ["customerDetails.msisdn", "40000000"], ["customerDetails.address.street", "Karl Johans gate 1"], ["customerDetails.address.zip", "0154"],
    ["customerDetails.address.city", "Oslo"], ["products.0.name", "Consulting"], ["products.0.quantity", "1"], ["products.0.rate", "4500"]]) {
    await page.fill(`[name="${name}"]`, value);
  }
  await page.selectOption('[name="products.0.tax"]', "12");
  assert.deepEqual(await page.$$eval("form .error", (els) => els.map((e) => e.textContent).filter(Boolean)), []);
  await shot(page, "valid");
  await page.click("#send");
  const orderUuid = (await page.locator("#order-uuid").textContent({ timeout: 15000 })).trim();
  assert.match(orderUuid, /^\S{8,}$/);
  await shot(page, "sent");

  // The customer opens the link FPGO texted them (the sandbox's checkout page) and pays 4500 NOK.
  await page.goto(`${sandbox.url}/checkout/${encodeURIComponent(orderUuid)}`);
  assert.match(await page.textContent("body"), /4500\.00 NOK/);
  await page.click("#pay");
  await page.waitForSelector("#done");
  await shot(page, "paid");

  // FPGO's signed callback reached the edge route, which verified it and answered 200.
  const line = `order ${orderUuid} is now PAID`;
  const deadline = Date.now() + 15000;
  while (!server.output().includes(line)) {
    assert.ok(Date.now() < deadline, `the edge route never logged «${line}»:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const { callbacks } = await (await fetch(`${sandbox.url}/__sandbox/callbacks`)).json();
  // Next gives the edge route its own origin as http://localhost:PORT, so that is where FPGO calls.
  const ours = callbacks.filter((c) => {
    const sent = new URL(c.url);
    return sent.port === new URL(url).port && sent.pathname === "/fpgo/callback" && sent.searchParams.get("orderUuid") === orderUuid;
  });
  assert.equal(ours.length, 1, JSON.stringify(callbacks));
  assert.equal(ours[0].responseStatus, 200);
});
