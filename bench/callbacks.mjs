// `make bench` (callbacks): callback verifications in one run, for
//   fpgo (the built package, wasm, from Node), a plain JS implementation on node:crypto, one on
//   WebCrypto (crypto.subtle), and the native Rust functions (benches/callbacks.rs),
// printed with the ratios between them; then the size of every .wasm in the package, raw and gzipped.
//
// The Node figures are measured interleaved (short bursts of each implementation in turn) and in
// CPU time, so that the load of a shared machine falls on every implementation alike: a ratio is
// only meaningful between figures of the same run.
import { nodeCryptoVerify, peerValues } from "./peers/node-crypto-verify.mjs";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
// The `fpgo/callbacks` entry (its own small module), as an edge function would import it.
const pkg = await import("../pkg/callbacks.node.js");
const SECRET = "bench-secret";
const NOW = 1755764131;
const url = "https://merchant.example/fpgo/callback?" + pkg.signCallback(
  [["orderUuid", "ODR1755764131"], ["status", "PAID"], ["paymentMethod", "Visa"], ["amount", "4500.00"], ["createdAt", "1755764131"], ["timestamp", "1755764131"]],
  SECRET,
);

// The peers (bench/peers/node-crypto-verify.mjs) do the same work or less.
const nodeCryptoVerifyBench = (u) => nodeCryptoVerify(u, SECRET, NOW);
const encoder = new TextEncoder();
async function webCryptoVerify(u) {
  const { values, checksum, timestamp } = peerValues(u);
  if (!checksum || checksum.length !== 64) return false;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(values + SECRET)));
  let hex = "";
  for (const b of digest) hex += b.toString(16).padStart(2, "0");
  let diff = 0;
  for (let i = 0; i < 64; i++) diff |= hex.charCodeAt(i) ^ checksum.charCodeAt(i);
  return diff === 0 && Math.abs(NOW - timestamp) <= 300;
}
const fpgoVerify = (u) => pkg.verifyCallback(u, SECRET, { now: NOW }).valid;

const sync = { "fpgo (wasm, Node)": fpgoVerify, "node:crypto (plain JS)": nodeCryptoVerifyBench };
for (const [name, fn] of Object.entries(sync)) if (!fn(url)) throw new Error(`${name} does not verify the bench URL`);
if (!(await webCryptoVerify(url))) throw new Error("WebCrypto does not verify the bench URL");

/** Verifications per CPU-second of each function, in interleaved bursts. */
function interleaved(fns, ms) {
  const cpu = Object.fromEntries(Object.keys(fns).map((k) => [k, 0]));
  const runs = Object.fromEntries(Object.keys(fns).map((k) => [k, 0]));
  const burst = (name, fn) => {
    const start = process.cpuUsage();
    for (let i = 0; i < 1000; i++) fn(url);
    const used = process.cpuUsage(start);
    cpu[name] += used.user + used.system;
    runs[name] += 1000;
  };
  for (const [name, fn] of Object.entries(fns)) burst(name, fn); // warm-up
  Object.keys(cpu).forEach((k) => { cpu[k] = 0; runs[k] = 0; });
  const end = performance.now() + ms;
  while (performance.now() < end) for (const [name, fn] of Object.entries(fns)) burst(name, fn);
  return Object.fromEntries(Object.keys(fns).map((k) => [k, runs[k] / (cpu[k] / 1e6)]));
}

async function asyncRate(fn) {
  const run = async (ms) => {
    let n = 0;
    const start = process.cpuUsage();
    const end = performance.now() + ms;
    while (performance.now() < end) {
      for (let i = 0; i < 200; i++) await fn(url);
      n += 200;
    }
    const used = process.cpuUsage(start);
    return n / ((used.user + used.system) / 1e6);
  };
  await run(300);
  return run(1500);
}

const rates = interleaved(sync, 4000);
rates["WebCrypto crypto.subtle"] = await asyncRate(webCryptoVerify);
const native = JSON.parse(execFileSync("cargo", ["bench", "--quiet", "--bench", "callbacks"], { cwd: root, encoding: "utf8" }).trim().split("\n").pop());
rates["native Rust (JSON answer)"] = native.native_per_sec;
rates["native Rust (core only)"] = native.core_per_sec;

const ours = rates["fpgo (wasm, Node)"];
console.log("\ncallback verification (one run, same URL, same machine; Node figures per CPU-second, interleaved)");
console.log("  implementation                 verifications/s     µs   fpgo vs it");
for (const [name, r] of Object.entries(rates)) {
  console.log(`  ${name.padEnd(30)} ${Math.round(r).toLocaleString("en").padStart(15)} ${(1e6 / r).toFixed(2).padStart(6)}   ${(ours / r).toFixed(2).padStart(9)}x`);
}

console.log("\npackage size (every .wasm in pkg/, and the browser entries: each one file with its glue)");
const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = `${dir}/${f}`;
  return statSync(p).isDirectory() ? walk(p) : [p];
});
const pkgDir = fileURLToPath(new URL("../pkg", import.meta.url));
const files = walk(pkgDir).filter((f) => f.endsWith(".wasm") || /\/(callbacks|validate|index)\.browser\.js$/.test(f));
for (const file of files.sort()) {
  const bytes = readFileSync(file);
  console.log(`  ${file.slice(pkgDir.length + 1).padEnd(36)} ${String(bytes.length).padStart(8)} B raw ${String(gzipSync(bytes, { level: 9 }).length).padStart(8)} B gzip`);
}
