// Starts a workerd worker on 127.0.0.1 for a test: bundles `entry` the way wrangler does (esbuild with
// the `workerd` condition, .wasm imports kept as CompiledWasm modules), writes a capnp config, waits
// for the port, and returns { url, stop }. workerd is killed on stop() and when the test process exits.
import { build } from "esbuild";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const workerdBin = join(root, "node_modules/.bin/workerd");

export async function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** bindings: { NAME: "text value" } become text bindings (env.NAME) of the worker. */
/** allowLocalNetwork lets the worker's fetch reach 127.0.0.1 (workerd's default outbound allows public addresses only). */
export async function startWorker({ entry, bindings = {}, timeoutMs = 15000, allowLocalNetwork = false }) {
  const dir = mkdtempSync(join(tmpdir(), "fpgo-workerd-"));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    external: ["*.wasm"],
    outdir: dir,
    entryNames: "worker",
    metafile: true,
    logLevel: "silent",
  });
  // Each external .wasm import becomes a wasm module named exactly as the bundle imports it.
  const bundle = readFileSync(join(dir, "worker.js"), "utf8");
  const wasmImports = [...bundle.matchAll(/from\s+"([^"]+\.wasm)"/g)].map((m) => m[1]);
  const modules = [`(name = "worker.js", esModule = embed "worker.js")`];
  for (const spec of new Set(wasmImports)) {
    const source = resolveWasm(spec, result.metafile);
    const name = spec.replace(/^\.\//, "");
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    copyFileSync(source, join(dir, name));
    modules.push(`(name = "${name}", wasm = embed "${name}")`);
  }
  const port = await freePort();
  const bindingLines = Object.entries(bindings).map(([k, v]) => `(name = ${JSON.stringify(k)}, text = ${JSON.stringify(String(v))})`);
  writeFileSync(
    join(dir, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker)${allowLocalNetwork ? `, (name = "internet", network = (allow = ["public", "private", "local"]))` : ""} ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ ${modules.join(",\n    ")} ],
  bindings = [ ${bindingLines.join(",\n    ")} ],
  compatibilityDate = "2025-01-01",
  compatibilityFlags = ["nodejs_compat"],
);
`,
  );
  const child = spawn(workerdBin, ["serve", join(dir, "config.capnp"), "--verbose"], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const kill = () => child.kill("SIGKILL");
  process.on("exit", kill);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`workerd exited (${child.exitCode}):\n${log}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        kill();
        throw new Error(`workerd did not listen on ${url} within ${timeoutMs} ms:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, log: () => log, stop: () => { kill(); process.off("exit", kill); } };
}

// The metafile lists inputs; the external .wasm path is resolved against the importing package file.
function resolveWasm(spec, metafile) {
  for (const input of Object.keys(metafile.inputs)) {
    for (const imp of metafile.inputs[input].imports ?? []) {
      if (imp.external && imp.path === spec) return resolve(dirname(resolve(input)), spec);
    }
  }
  throw new Error(`cannot find the file behind ${spec}`);
}
