// `make bench` (callbacks): verifications per second in one run, for
//   fpgo (the built package, wasm, from Node), a plain JS implementation on node:crypto, one on
//   WebCrypto (crypto.subtle), and the native Rust function (benches/callbacks.rs),
// printed with the ratios between them; then the package's sizes, raw and gzipped.
import { createHash, timingSafeEqual } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { signCallback, verifyCallback } from "../pkg/index.node.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const SECRET = "bench-secret";
const NOW = 1755764131;
const url = "https://merchant.example/fpgo/callback?" + signCallback(
  [["orderUuid", "ODR1755764131"], ["status", "PAID"], ["paymentMethod", "Visa"], ["amount", "4500.00"], ["createdAt", "1755764131"], ["timestamp", "1755764131"]],
  SECRET,
);

// The peers do the same work: parse the query (URLSearchParams; simpler than PHP's $_GET rules,
// which favours them), concatenate the values but the checksum, hash with the secret, compare in
// constant time, check the timestamp.
function peerValues(u) {
  const params = new URL(u).searchParams;
  let values = "", checksum = null, timestamp = null;
  for (const [k, v] of params) {
    if (k === "checksum") checksum = v; else values += v;
    if (k === "timestamp") timestamp = Number(v);
  }
  return { values, checksum, timestamp };
}
function nodeCryptoVerify(u) {
  const { values, checksum, timestamp } = peerValues(u);
  if (!checksum || checksum.length !== 64) return false;
  const expected = createHash("sha256").update(values + SECRET).digest("hex");
  return timingSafeEqual(Buffer.from(expected), Buffer.from(checksum)) && Math.abs(NOW - timestamp) <= 300;
}
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
const fpgoVerify = (u) => verifyCallback(u, SECRET, { now: NOW }).valid;

async function rate(fn, isAsync = false) {
  if (!(isAsync ? await fn(url) : fn(url))) throw new Error(`${fn.name} does not verify the bench URL`);
  const run = async (ms) => {
    let n = 0;
    const end = performance.now() + ms;
    while (performance.now() < end) {
      for (let i = 0; i < 200; i++) isAsync ? await fn(url) : fn(url);
      n += 200;
    }
    return n / (ms / 1000);
  };
  await run(300); // warm-up
  return run(1500);
}

const rates = {
  "fpgo (wasm, Node)": await rate(fpgoVerify),
  "node:crypto (plain JS)": await rate(nodeCryptoVerify),
  "WebCrypto crypto.subtle": await rate(webCryptoVerify, true),
  "native Rust (fpgo crate)": JSON.parse(execFileSync("cargo", ["bench", "--quiet", "--bench", "callbacks"], { cwd: root, encoding: "utf8" }).trim().split("\n").pop()).native_per_sec,
};
const ours = rates["fpgo (wasm, Node)"];
console.log("\ncallback verification (one run, same URL, same machine)");
console.log("  implementation               verifications/s   fpgo wasm vs it");
for (const [name, r] of Object.entries(rates)) {
  console.log(`  ${name.padEnd(28)} ${Math.round(r).toLocaleString("en").padStart(15)}   ${(ours / r).toFixed(2)}x`);
}

console.log("\npackage size (what a browser or worker loads)");
for (const file of ["web/fpgo_bg.wasm", "web/fpgo.js", "index.browser.js"]) {
  const bytes = readFileSync(new URL(`../pkg/${file}`, import.meta.url));
  console.log(`  ${file.padEnd(20)} ${String(bytes.length).padStart(8)} B raw ${String(gzipSync(bytes, { level: 9 }).length).padStart(8)} B gzip`);
}
