// examples/vite-form: `vite build`, served by `vite preview`, driven in Chromium: the errors appear at
// their fields as the user types (the messages validate() gives, in the chosen language) and Save
// unlocks when the form passes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { validate } from "fpgo";
import { bin, freePort, linkPackage, root, run, waitForHttp } from "./support.mjs";
import { launchChromium, screenshots } from "../demo/browser.mjs";

const dir = join(root, "examples/vite-form");
const shot = screenshots("vite-form");
let preview, browser, page;
before(async () => {
  linkPackage(dir);
  execFileSync(bin("vite"), ["build", "--logLevel", "warn"], { cwd: dir, stdio: "inherit" });
  const port = await freePort();
  preview = run(bin("vite"), ["preview", "--port", String(port), "--strictPort"], { cwd: dir });
  await waitForHttp(`http://127.0.0.1:${port}/`, preview);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("pageerror", (err) => console.error("page error:", err.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
});
after(async () => {
  await browser?.close();
  preview?.stop();
});

test("the build emits fpgo's .wasm as an asset", () => {
  assert.ok(readdirSync(join(dir, "dist/assets")).some((f) => f.endsWith(".wasm")));
  assert.ok(existsSync(join(dir, "dist/index.html")));
});

test("errors appear at their fields as the user types, in the chosen language", async () => {
  await page.fill('[name="email"]', "kari(at)example");
  await page.fill('[name="addresses.billing.country"]', "Norway");
  const body = { preferredLanguage: "en", addresses: { billing: { country: "Norway" } }, countryCode: "+47", email: "kari(at)example" };
  const en = validate("customers.updatePrivate", body, { lang: "en" }).errors;
  assert.equal(await page.textContent('.error[data-for="email"]'), en.email[0].message);
  assert.equal(await page.textContent('.error[data-for="addresses.billing.country"]'), en["addresses.billing.country"][0].message);
  assert.equal(await page.textContent('.error[data-for="name"]'), "", "untouched fields stay quiet");
  await page.selectOption("#lang", "sv");
  const sv = validate("customers.updatePrivate", { ...body, preferredLanguage: "sv" }, { lang: "sv" }).errors;
  assert.equal(await page.textContent('.error[data-for="email"]'), sv.email[0].message);
  assert.notEqual(sv.email[0].message, en.email[0].message);
  assert.equal(await page.isDisabled("#save"), true);
  await shot(page, "errors");
});

test("a valid form unlocks Save and gives the payload", async () => {
  for (const [name, value] of [["name", "Kari Nordmann"], ["email", "kari@example.no"], ["msisdn", "40000000"],
    ["addresses.billing.street", "Karl Johans gate 1"], ["addresses.billing.zip", "0154"], ["addresses.billing.city", "Oslo"], ["addresses.billing.country", "NO"]]) {
    await page.fill(`[name="${name}"]`, value);
  }
  assert.deepEqual(await page.$$eval(".error", (els) => els.map((e) => e.textContent).filter(Boolean)), []);
  assert.equal(await page.isDisabled("#save"), false);
  await page.click("#save");
  const payload = JSON.parse(await page.textContent("#payload"));
  assert.equal(payload.addresses.billing.city, "Oslo");
  assert.equal(validate("customers.updatePrivate", payload, { lang: "en" }).valid, true);
  await shot(page, "valid");
});
