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
// (`new WebAssembly.Module`, what the Node entries do on first use) or asynchronously
// (`WebAssembly.compile`), each in its own processes (the first compile of a process also starts
// V8's WebAssembly engine), then instantiating it; medians of 10 processes.
const pkgDir = fileURLToPath(new URL("../pkg/wasm/", import.meta.url));
const compileScript = (file, sync) => `import { readFileSync } from "node:fs";
const bytes = readFileSync(${JSON.stringify(file)});
const t0 = performance.now();
const module = ${sync ? "new WebAssembly.Module(bytes)" : "await WebAssembly.compile(bytes)"};
const t1 = performance.now();
// A module with imports (wasm-bindgen's) is not instantiated bare: its compile time only.
const bare = WebAssembly.Module.imports(module).length === 0;
if (bare) new WebAssembly.Instance(module, {});
console.log(JSON.stringify([t1 - t0, bare ? performance.now() - t1 : null]));`;
for (const wasm of ["callbacks", "validate", "full"]) {
  const file = `${pkgDir}${wasm}_bg.wasm`;
  const figures = [true, false].map((sync) => {
    const runs = Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", compileScript(file, sync)], { encoding: "utf8" })));
    return [median(runs.map((r) => r[0])), runs[0][1] === null ? null : median(runs.map((r) => r[1]))];
  });
  const inst = figures[0][1] === null ? "" : `, then instantiate ${figures[0][1].toFixed(2)} ms`;
  console.log(`compile ${wasm}_bg.wasm: new WebAssembly.Module ${figures[0][0].toFixed(2)} ms, await WebAssembly.compile ${figures[1][0].toFixed(2)} ms${inst} (medians of ${RUNS} processes)`);
}
