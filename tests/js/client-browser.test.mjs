// The built package's FpgoClient in headless Chromium, against fpgo-sandbox on 127.0.0.1. The page
// is served under the sandbox's own origin (Playwright answers /__test/* from pkg/ and
// tests/js/workers/), so the client's calls are same-origin, as behind a merchant's own proxy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extname } from "node:path";
import { startSandbox } from "../support/sandbox.mjs";
import { launchChromium } from "../support/chromium.mjs";
import { ENDPOINT_IDS } from "./workers/client-scenario.mjs";
import { startHostileServer, assertHostileScenario } from "./workers/client-hostile-server.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const TOKEN = "browser-token-123";
let sandbox, base, browser, page;

const types = { ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".html": "text/html" };

before(async () => {
  sandbox = await startSandbox({ token: TOKEN, secret: "s" });
  base = sandbox.url;
  browser = await launchChromium();
  page = await browser.newPage();
  await page.route(`${base}/__test/**`, serveTestFiles);
  await page.goto(`${base}/__test/index.html`);
  await page.evaluate(async () => {
    const m = await import("/__test/pkg/index.browser.js");
    await m.init();
    window.fpgo = m;
    window.scenario = await import("/__test/client-scenario.mjs");
  });
});
after(async () => { await browser?.close(); sandbox?.stop(); });

/** Answers /__test/* from pkg/ and tests/js/workers/, so test pages share the origin they call. */
function serveTestFiles(route) {
  const path = new URL(route.request().url()).pathname.replace("/__test/", "");
  if (path === "index.html") return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>fpgo client</title>" });
  const file = path.startsWith("pkg/") ? `${root}/${path}` : `${root}/tests/js/workers/${path}`;
  if (!existsSync(file)) return route.fulfill({ status: 404, body: "not found" });
  return route.fulfill({ contentType: types[extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
}

test("in a browser window the client refuses to send without dangerouslyAllowBrowser", async () => {
  const error = await page.evaluate((token) => {
    try { new window.fpgo.FpgoClient({ token }); return null; } catch (e) { return { name: e.name, kind: e.kind, code: e.code, message: e.message }; }
  }, TOKEN);
  assert.equal(error.name, "FpgoError");
  assert.equal(error.code, "browser_not_allowed");
  assert.match(error.message, /server or an edge function/);
  assert.ok(!error.message.includes(TOKEN));
});

test("every endpoint from Chromium", async () => {
  const fixtures = {};
  for (const id of ENDPOINT_IDS) {
    const path = `${root}/tests/fixtures/examples/${id}.json`;
    fixtures[id] = existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
  }
  const counts = await page.evaluate(async ({ token, base, fixtures }) => {
    const c = new window.fpgo.FpgoClient({ token, baseUrl: base, maxRetries: 0, dangerouslyAllowBrowser: true });
    return window.scenario.callEveryEndpoint(c, { fixtures, sandbox: base });
  }, { token: TOKEN, base, fixtures });
  for (const id of ENDPOINT_IDS) assert.ok(counts[id] >= 1, `${id} was not called from Chromium`);
});

test("fault kinds, GET retries and POST sent once in Chromium", async () => {
  const privateCheck = JSON.parse(readFileSync(`${root}/tests/fixtures/examples/credit.checkPrivate.json`, "utf8"));
  const result = await page.evaluate(async ({ token, base, privateCheck }) => {
    const fault = (f) => fetch(`${base}/__sandbox/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(f) });
    const kindOf = async (p) => { try { await p; return "resolved"; } catch (e) { return `${e.kind}:${e.code}:${e.attempts}`; } };
    const quick = new window.fpgo.FpgoClient({ token, baseUrl: base, maxRetries: 0, timeoutMs: 300, dangerouslyAllowBrowser: true });
    const out = {};
    for (const kind of ["slow", "slow_body", "500", "510", "drop", "html"]) {
      await fault({ kind, endpoint: "credit.listChecks", delayMs: 1500, times: kind === "drop" ? 2 : 1 });
      out[kind] = await kindOf(quick.credit.listChecks());
      await fetch(`${base}/__sandbox/faults`, { method: "DELETE" });
    }
    await fetch(`${base}/__sandbox/requests`, { method: "DELETE" });
    await fault({ kind: "500", endpoint: "credit.listChecks", times: 2 });
    const retrying = new window.fpgo.FpgoClient({ token, baseUrl: base, maxRetries: 2, dangerouslyAllowBrowser: true });
    out.retried = await kindOf(retrying.credit.listChecks());
    await fault({ kind: "500", endpoint: "credit.checkPrivate", times: 5 });
    out.post = await kindOf(retrying.credit.checkPrivate({ body: privateCheck }));
    out.counts = (await (await fetch(`${base}/__sandbox/requests`)).json()).counts;
    return out;
  }, { token: TOKEN, base, privateCheck });
  assert.equal(result.slow, "timeout:timeout:1");
  assert.equal(result.slow_body, "timeout:timeout:1");
  assert.equal(result["500"], "server:internalErrorOccurredPleaseTryAgainLater:1");
  assert.equal(result["510"], "server:somethingWentWrong:1");
  assert.equal(result.drop, "network:network_error:1");
  assert.equal(result.html, "invalid_response:invalid_response:1");
  assert.equal(result.retried, "resolved");
  assert.equal(result.counts["credit.listChecks"], 3);
  assert.equal(result.post.split(":")[2], "1");
  assert.equal(result.counts["credit.checkPrivate"], 1);
});

test("hostile servers from Chromium: the opaque redirect is an error, token redacted, body limit, plain data", async () => {
  // Chromium blocks a page's requests to another loopback origin: the page is served by the
  // hostile server's own origin.
  const hostile = await startHostileServer();
  const hostilePage = await browser.newPage();
  try {
    await hostilePage.route(`${hostile.url}/__test/**`, serveTestFiles);
    await hostilePage.goto(`${hostile.url}/__test/index.html`);
    const answer = await hostilePage.evaluate(async ({ base, token }) => {
      const m = await import("/__test/pkg/index.browser.js");
      await m.init();
      const { runHostileScenario } = await import("/__test/client-hostile-scenario.mjs");
      return runHostileScenario(m.FpgoClient, { base, token, dangerouslyAllowBrowser: true });
    }, { base: hostile.url, token: TOKEN });
    assertHostileScenario(answer);
  } finally {
    await hostilePage.close();
    hostile.stop();
  }
});
