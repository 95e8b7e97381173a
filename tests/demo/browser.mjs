// Chromium for the demo and example tests (the project's launcher: Debian's Chromium via playwright-core,
// off the network), and a keeper of step screenshots under tests/artifacts/ (git-ignored).
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export { launchChromium } from "../support/chromium.mjs";
export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** A screenshot keeper for one test: shot(page, "fill-errors") writes NN-fill-errors.png. */
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
