// The whole demo flow in Chromium: the form with errors (each message at its field, in the chosen
// language), fixed, sent through the edge worker to the sandbox, paid on the sandbox's checkout page,
// and the order turning PAID from the verified callback; then the callback inspector. Screenshots of
// each step are kept in tests/artifacts/demo-e2e/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { validate } from "fpgo";
import { startDemo } from "../../www/demo.mjs";
import { launchChromium, screenshots } from "./browser.mjs";

let demo, browser, page;
const seen = []; // every response body the browser received: none may hold the token
const shot = screenshots("demo-e2e");

before(async () => {
  demo = await startDemo({ quiet: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("response", async (res) => {
    try {
      seen.push({ url: res.url(), body: await res.text() });
    } catch { /* redirects have no body */ }
  });
  page.on("pageerror", (err) => console.error("page error:", err.message));
  await page.goto(demo.url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
});
after(async () => {
  await browser?.close();
  demo?.stop();
});

const field = (path) => page.locator(`[data-path="${path}"]`);
const errorAt = (path) => page.locator(`.error[data-for="${path}"]`);

// What the page must show: the first message validate() gives for each field, computed here in Node
// from the same package, for the payload the page sends (the worker adds date and callback URL).
function expectedMessages(order, lang) {
  const report = validate("orders.sendPaymentLink", order, { lang });
  return Object.fromEntries(Object.entries(report.errors).map(([k, v]) => [k, v[0].message]));
}

test("errors appear at their fields as the user types, in the chosen language", async () => {
  await shot(page, "empty-form");
  await page.selectOption("#lang", "no");
  await field("customerDetails.name").fill("Nordmann");
  await field("customerDetails.email").fill("kari(at)example");
  await field("customerDetails.address.country").fill("Norway");
  await field("customerDetails.personalNumber").fill("1234");
  await field("products.0.name").fill("Kaffe");
  await field("products.0.quantity").fill("2");
  await field("products.0.rate").fill("12x");
  await field("customerDetails.msisdn").fill("40000000");
  await field("customerDetails.msisdn").fill("");

  const order = {
    products: [{ name: "Kaffe", quantity: "2", rate: "12x", tax: "25", amount: "0" }],
    orderSummary: { subTotal: "0", totalTax: "0", totalDiscount: "0", grandTotal: "0" },
    orderDate: "1700000000",
    callback: { callbackUrl: "http://127.0.0.1/fpgo/callback" },
    sendOrderBy: { sms: true, email: true },
    invoiceAsPaymentOption: false,
    customerDetails: {
      type: "private", name: "Nordmann", email: "kari(at)example", countryCode: "+47", personalNumber: "1234",
      preferredLanguage: "no", address: { country: "Norway" },
    },
  };
  const expected = expectedMessages(order, "no");
  for (const path of ["customerDetails.email", "customerDetails.address.country", "customerDetails.personalNumber", "products.0.rate"]) {
    assert.ok(expected[path], `validate() reports ${path}`);
    await page.waitForFunction(
      ([p, m]) => document.querySelector(`.error[data-for="${p}"]`)?.textContent === m,
      [path, expected[path]],
      { timeout: 5000 },
    ).catch(async () => assert.fail(`${path}: expected «${expected[path]}», the page shows «${await errorAt(path).textContent()}»`));
    assert.equal(await field(path).getAttribute("aria-invalid"), "true", path);
  }
  // Untouched fields stay quiet while typing.
  assert.equal(await errorAt("customerDetails.address.street").textContent(), "");
  await shot(page, "errors-while-typing-no");

  // Switching the language changes the messages at once.
  await page.selectOption("#lang", "de");
  const de = expectedMessages({ ...order, customerDetails: { ...order.customerDetails, preferredLanguage: "de" } }, "de");
  await page.waitForFunction(([p, m]) => document.querySelector(`.error[data-for="${p}"]`)?.textContent === m, ["customerDetails.email", de["customerDetails.email"]]);
  assert.notEqual(de["customerDetails.email"], expected["customerDetails.email"]);
  await page.selectOption("#lang", "en");
});

test("Send with errors shows every error and sends nothing", async () => {
  await page.click("#send");
  for (const path of ["customerDetails.address.street", "customerDetails.address.zip", "customerDetails.address.city"]) {
    assert.notEqual(await errorAt(path).textContent(), "", `${path} shows its error after Send`);
  }
  assert.equal(await page.locator("#result").isHidden(), true);
  assert.equal(seen.filter((r) => r.url.endsWith("/api/orders")).length, 0, "no order was posted");
  await shot(page, "send-with-errors");
});

test("fixing the fields clears the errors and computes the totals", async () => {
  await field("customerDetails.firstName").fill("Kari");
  await field("customerDetails.email").fill("kari@example.no");
  await field("customerDetails.msisdn").fill("40000000");
  await field("customerDetails.personalNumber").fill("");
  await field("customerDetails.address.street").fill("Karl Johans gate 1");
  await field("customerDetails.address.zip").fill("0154");
  await field("customerDetails.address.city").fill("Oslo");
  await field("customerDetails.address.country").fill("NO");
  await field("products.0.rate").fill("100");
  await page.click("#add-line");
  await field("products.1.name").fill("Kopp");
  await field("products.1.quantity").fill("1");
  await field("products.1.rate").fill("80");
  await field("products.1.discount").fill("10");
  await page.selectOption('[data-path="products.1.tax"]', "15");
  await page.waitForFunction(() => document.querySelectorAll(".error[data-for]:not(:empty)").length === 0, null, { timeout: 5000 })
    .catch(async () => assert.fail(`errors left: ${await page.locator(".error[data-for]:not(:empty)").allTextContents()}`));
  // 2 x 100 at 25 % (VAT included) and 1 x 80 - 10 at 15 %: amounts and summary as FPGO computes them.
  assert.deepEqual(await page.locator("#lines .amount").allTextContents(), ["200.00", "70.00"]);
  assert.equal(await page.locator("#sub-total").textContent(), "229.57 NOK");
  assert.equal(await page.locator("#total-tax").textContent(), "50.43 NOK");
  assert.equal(await page.locator("#total-discount").textContent(), "10.00 NOK");
  assert.equal(await page.locator("#grand-total").textContent(), "270.00 NOK");
  assert.match(await page.locator("#validity").textContent(), /Ready to send/);
  await shot(page, "fixed");
});

let orderUuid;
test("Send goes through the worker to the sandbox and returns the UUID and checkout URL", async () => {
  const posted = page.waitForResponse((r) => r.url().endsWith("/api/orders"));
  await page.click("#send");
  const res = await posted;
  assert.equal(res.status(), 201, await res.text());
  await page.waitForSelector("#result:not([hidden])");
  orderUuid = await page.locator("#order-uuid").textContent();
  assert.ok(orderUuid.length > 8, orderUuid);
  assert.equal(await page.locator("#order-status").textContent(), "SENT");
  const href = await page.locator("#checkout-link").getAttribute("href");
  assert.ok(href.startsWith(`${demo.sandboxUrl}/checkout/`), href);
  await shot(page, "sent");
});

test("paying on the checkout page turns the order PAID through the verified callback", async () => {
  const [checkout] = await Promise.all([page.context().waitForEvent("page"), page.click("#checkout-link")]);
  await checkout.waitForLoadState();
  assert.match(await checkout.content(), new RegExp(orderUuid));
  await shot(checkout, "checkout-page");
  await checkout.click("#pay");
  await checkout.waitForLoadState();
  await shot(checkout, "checkout-paid");
  await page.bringToFront();
  await page.waitForFunction(() => document.querySelector("#order-status")?.textContent === "PAID", null, { timeout: 15000 });
  await page.waitForSelector("#callbacks tr.ok", { timeout: 5000 });
  assert.match(await page.locator("#callbacks tr.ok").first().textContent(), new RegExp(`verified.*${orderUuid}.*PAID`));
  await shot(page, "paid");
});

test("the inspector verifies a signed callback and says why a tampered one fails", async () => {
  await page.fill("#inspect-secret", "s3cret-for-the-inspector");
  await page.click("#inspect-example");
  await page.waitForSelector(".verdict.ok");
  await shot(page, "inspector-valid");
  const url = await page.inputValue("#inspect-url");
  await page.fill("#inspect-url", url.replace("status=PAID", "status=CANCELLED"));
  await page.waitForSelector('.verdict.bad [data-code="checksum_mismatch"]');
  await page.fill("#inspect-url", url);
  await page.fill("#inspect-secret", "another secret");
  await page.waitForSelector('.verdict.bad [data-code="checksum_mismatch"]');
  await page.fill("#inspect-url", url.replace(/&checksum=[0-9a-f]+/, ""));
  await page.waitForSelector('.verdict.bad [data-code="missing_checksum"]');
  await shot(page, "inspector-rejected");
});

test("the page loads one .wasm, fetched as a file, and no inline (base64) copy of it", () => {
  const fromPkg = seen.map(({ url }) => new URL(url).pathname).filter((path) => path.startsWith("/pkg/"));
  assert.deepEqual(fromPkg.filter((path) => path.endsWith(".wasm")), ["/pkg/wasm/full_bg.wasm"], fromPkg.join(" "));
  assert.deepEqual(fromPkg.filter((path) => path.includes("inline")), [], fromPkg.join(" "));
});

test("the token and the callback secret never reach the browser", () => {
  assert.ok(seen.length > 5, "responses were recorded");
  for (const { url, body } of seen) {
    assert.ok(!body.includes(demo.token), `the token appears in ${url}`);
    assert.ok(!body.includes(demo.secret), `the secret appears in ${url}`);
  }
});
