// Size budgets of the package's entries (issue 9 §3), deterministic: gzip (level 9) of each entry's
// .wasm plus the JS it loads in a browser (the entry, the wasm-bindgen glue, the lib/ wrappers).
// KB = 1024 bytes. Prints every figure, so `make test` output shows where each entry stands.
//
// An entry not yet within its budget has a ceiling: what it weighs at the commit that set it,
// rounded up. It may only come down (lower it as the entry shrinks; remove it once the budget
// holds). The test then fails on any growth, and prints how far the entry still is from its budget.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const pkg = new URL("./node_modules/fpgo/", import.meta.url);
const KB = 1024;
// Measured 2026-11-30 (validate 198.2 KB, fpgo 258.8 KB; after the regex matcher, the float
// formatting and the region allocator: validate 176.9 KB, fpgo 239.4 KB; after the client's size
// work: fpgo 227.7 KB; after the engine's native work, which also dropped the endpoint HashMap:
// validate 176.0 KB, fpgo 226.3 KB; after building std for size with nightly -Zbuild-std:
// validate 159.4 KB, fpgo 207.3 KB; after the money code's tables, JSON text without serde_json's
// machinery and the compact Unicode table: validate 146.0 KB, fpgo 195.4 KB; after the rule tables
// compiled at build time and exports of i32s alone: validate 141.5 KB, fpgo 192.3 KB; after
// opt-level "z" for the validate and full modules: validate 131.8 KB, fpgo 173.8 KB; after the
// full glue bundled and panic locations left out: validate 129.4 KB, fpgo 170.7 KB; after core::fmt
// left out of the messages: validate 126.8 KB, fpgo 168.3 KB; after string slices that cannot
// panic and client details without json!: validate 125.7 KB, fpgo 164.2 KB; after float parsing
// without core's dec2flt: validate 110.2 KB, fpgo 149.4 KB; after PHP's float layout without
// split_at: validate 106.8 KB, fpgo 146.0 KB; after engine code shared and the tables' flags
// stored: validate 105.4 KB, fpgo 144.6 KB; after the money, totals and builders code shared:
// validate 99.9 KB (102,281 B: within its budget, by 119 B), fpgo 138.5 KB; after the IP
// addresses without std's parser and wasm-opt's --low-memory-unused: validate 99.1 KB, its ceiling
// removed, fpgo 137.5 KB; after the client's code shared, 134.7 KB; after the entries' JS diet
// (glue exports sharing one body, plans as field trees): validate 97.7 KB, fpgo 133.9 KB; after
// the client's boxed errors, sorted-Vec field map and Laravel's lines as one text: fpgo 131.3 KB;
// after the validate core's tables as texts: validate 94.7 KB, fpgo 128.4 KB; after the callbacks
// core's cuts: callbacks 20.7 KB, fpgo 127.5 KB; after panic = "immediate-abort": callbacks 18.6 KB,
// validate 91.6 KB, fpgo 124.1 KB; after the client's hostile-server fixes: fpgo 124.8 KB): see
// docs/performance.md.
const CEILING = { full: 125 };
const ENTRIES = [
  { entry: "fpgo/callbacks", stem: "callbacks", wasm: "callbacks", budgetKb: 25 },
  { entry: "fpgo/validate", stem: "validate", wasm: "validate", budgetKb: 100 },
  { entry: "fpgo", stem: "index", wasm: "full", budgetKb: 120, ceilingKb: CEILING.full },
];

/** The entry's browser file and every relative module it imports, transitively. */
function jsFiles(start) {
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    for (const [, spec] of readFileSync(url, "utf8").matchAll(/(?:import|export)[^"']*?from\s*["'](\.[^"']+)["']/g)) {
      if (spec.endsWith(".js")) visit(new URL(spec, url));
    }
  };
  visit(new URL(start, pkg));
  return [...seen].map((href) => new URL(href));
}

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

for (const { entry, stem, wasm, budgetKb, ceilingKb } of ENTRIES) {
  const limitKb = ceilingKb ?? budgetKb;
  const name = ceilingKb ? `${entry}: gzip of .wasm + JS glue <= ${ceilingKb} KB (its ceiling; budget ${budgetKb} KB not yet met)` : `${entry}: gzip of .wasm + JS glue <= ${budgetKb} KB`;
  test(name, () => {
    const wasmGz = gz(readFileSync(new URL(`wasm/${wasm}_bg.wasm`, pkg)));
    const files = jsFiles(`${stem}.browser.js`);
    const jsGz = gz(Buffer.concat(files.map((f) => readFileSync(f))));
    const total = wasmGz + jsGz;
    console.log(`size ${entry}: wasm ${(wasmGz / KB).toFixed(1)} KB + js ${(jsGz / KB).toFixed(1)} KB (${files.length} files) = ${(total / KB).toFixed(1)} KB gzip; budget ${budgetKb} KB`);
    if (ceilingKb) console.log(`size ${entry}: NOT within budget: ${((total - budgetKb * KB) / KB).toFixed(1)} KB over ${budgetKb} KB`);
    assert.ok(total <= limitKb * KB, `${entry} is ${(total / KB).toFixed(1)} KB gzip, over its ${ceilingKb ? "ceiling" : "budget"} of ${limitKb} KB`);
  });
}
