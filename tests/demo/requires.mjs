// The demo and the examples use what other areas add: package exports (validate, computeTotals,
// FpgoClient) and the fpgo-sandbox binary. On a branch where one has not landed yet, the tests that
// need it are reported as SKIPPED with what is missing, never passed; with the whole library they run.
import * as fpgo from "fpgo";
import { spawnSync } from "node:child_process";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
let sandboxChecked;

/** A `node:test` options object: `{}` when everything is there, `{ skip: reason }` otherwise. */
export function requires(...names) {
  const missing = names.filter((n) => typeof fpgo[n] !== "function").map((n) => `${n} (not in this build of fpgo)`);
  if (!sandboxIsReal()) missing.push("fpgo-sandbox (a placeholder in this tree)");
  if (missing.length === 0) return {};
  console.log(`# missing: ${missing.join(", ")}`);
  return { skip: `needs ${missing.join(", ")}` };
}

// The real sandbox prints its usage for --help; the placeholder does nothing.
function sandboxIsReal() {
  if (sandboxChecked === undefined) {
    const bin = process.env.FPGO_SANDBOX_BIN ?? join(root, "target/release/fpgo-sandbox");
    const r = spawnSync(bin, ["--help"], { encoding: "utf8", timeout: 10000 });
    sandboxChecked = `${r.stdout}${r.stderr}`.includes("--listen");
  }
  return sandboxChecked;
}
