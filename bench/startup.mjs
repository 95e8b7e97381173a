// Node start-up of an entry: a fresh process imports it and makes its first call; the time from
// before the import to after the call, median of 10 processes (issue 9 §3 budgets: fpgo/callbacks
// <= 3 ms, fpgo <= 8 ms). Printed, never asserted (speeds are not tests).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const cwd = fileURLToPath(new URL("../tests/js/", import.meta.url)); // has node_modules/fpgo -> pkg
const RUNS = 10;
const CASES = [
  { entry: "fpgo/callbacks", budgetMs: 3, call: `m.verifyCallback("orderUuid=O&checksum=" + "0".repeat(64), "s")` },
  { entry: "fpgo/validate", budgetMs: null, call: `m.validate("orders.cancel", { cancellationNote: "x" })` },
  { entry: "fpgo", budgetMs: 8, call: `m.verifyCallback("orderUuid=O&checksum=" + "0".repeat(64), "s")` },
  { entry: "fpgo (validate)", spec: "fpgo", budgetMs: null, call: `m.validate("orders.cancel", { cancellationNote: "x" })` },
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const { entry, spec = entry, budgetMs, call } of CASES) {
  const script = `const t0 = performance.now(); const m = await import(${JSON.stringify(spec)}); ${call}; console.log(performance.now() - t0);`;
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    times.push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd, encoding: "utf8" }).trim()));
  }
  const m = median(times);
  const verdict = budgetMs === null ? "" : m <= budgetMs ? ` (budget ${budgetMs} ms: met)` : ` (budget ${budgetMs} ms: OVER)`;
  console.log(`startup ${entry}: import + first call, median of ${RUNS} processes: ${m.toFixed(2)} ms${verdict}  [min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}]`);
}

// Where the first call's time goes: compiling each .wasm in a fresh process, synchronously
// (`new WebAssembly.Module`, what the Node entries do on first use) and asynchronously
// (`WebAssembly.compile`), then instantiating it; median of 10 processes each.
const pkgDir = fileURLToPath(new URL("../pkg/wasm/", import.meta.url));
for (const wasm of ["callbacks", "validate", "full"]) {
  const file = JSON.stringify(`${pkgDir}${wasm}_bg.wasm`);
  const script = `import { readFileSync } from "node:fs";
const bytes = readFileSync(${file});
const t0 = performance.now(); const sync = new WebAssembly.Module(bytes); const t1 = performance.now();
const asyncModule = await WebAssembly.compile(bytes); const t2 = performance.now();
// A module with imports (wasm-bindgen's) is not instantiated bare: its compile times only.
const bare = WebAssembly.Module.imports(sync).length === 0;
if (bare) new WebAssembly.Instance(sync, {});
const t3 = performance.now();
console.log(JSON.stringify([t1 - t0, t2 - t1, bare ? t3 - t2 : null]));`;
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })));
  const [sync, asyncMs, instantiate] = [0, 1, 2].map((k) => (runs[0][k] === null ? null : median(runs.map((r) => r[k]))));
  const inst = instantiate === null ? "" : `, instantiate ${instantiate.toFixed(2)} ms`;
  console.log(`compile ${wasm}_bg.wasm: new WebAssembly.Module ${sync.toFixed(2)} ms, WebAssembly.compile ${asyncMs.toFixed(2)} ms${inst} (median of ${RUNS})`);
}
