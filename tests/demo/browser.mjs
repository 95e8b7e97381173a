// Debian's Chromium driven by playwright-core (never a downloaded browser), with the flags of
// tests/support/webdriver.json so it stays off the network; screenshots go to tests/artifacts/.
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const flags = JSON.parse(readFileSync(join(root, "tests/support/webdriver.json"), "utf8"))["goog:chromeOptions"].args;

export async function launchChromium() {
  return chromium.launch({
    executablePath: process.env.FPGO_CHROMIUM || "/usr/bin/chromium",
    // playwright adds its own headless switch; the rest are the project's flags.
    args: flags.filter((f) => !f.startsWith("--headless")),
    headless: true,
    timeout: 30000,
  });
}

/** A screenshot keeper for one test: shot("fill-errors") writes NN-fill-errors.png. */
export function screenshots(name) {
  const dir = join(root, "tests/artifacts", name);
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (page, step) => {
    n += 1;
    const file = join(dir, `${String(n).padStart(2, "0")}-${step}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };
}
