// Headless Debian Chromium through playwright-core (never a downloaded browser), with the flags that
// keep it off the closed network.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const flags = JSON.parse(readFileSync(new URL("./webdriver.json", import.meta.url), "utf8"))["goog:chromeOptions"].args
  .filter((a) => !a.startsWith("--headless"));

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.FPGO_CHROMIUM ?? "/usr/bin/chromium", headless: true, args: flags });
}
