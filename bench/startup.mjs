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
