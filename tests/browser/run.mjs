// Runs tests/browser/*.spec.mjs against the built package in headless Chromium: the repository is
// served on 127.0.0.1, the page imports /pkg/index.browser.js, and each spec's tests run in the page.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { serveStatic } from "../support/static-server.mjs";
import { launchChromium } from "../support/chromium.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const specs = readdirSync(here).filter((f) => f.endsWith(".spec.mjs")).sort();
const server = await serveStatic(resolve(here, "../.."));
const browser = await launchChromium();
const timer = setTimeout(() => { console.error("browser tests timed out"); process.exit(1); }, 120_000);
let failed = 0, passed = 0;
try {
  const page = await browser.newPage();
  const consoleLines = [];
  page.on("console", (m) => consoleLines.push(m.text()));
  await page.goto(`${server.url}/tests/browser/index.html?specs=${specs.join(",")}`);
  await page.waitForFunction(() => window.__fpgoResults !== undefined, null, { timeout: 100_000 });
  for (const r of await page.evaluate(() => window.__fpgoResults)) {
    if (r.ok) { passed++; console.log(`ok - ${r.spec}: ${r.name}`); }
    else { failed++; console.log(`not ok - ${r.spec}: ${r.name}\n  ${r.error.replace(/\n/g, "\n  ")}`); }
  }
  if (failed) console.log(consoleLines.join("\n"));
} finally {
  clearTimeout(timer);
  await browser.close();
  server.close();
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
