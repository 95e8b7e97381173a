// Starts the demo on 127.0.0.1: the FPGO sandbox (fpgo-sandbox) and the edge worker in workerd, which
// also serves the site and the npm package. The token and the callback secret are fresh random values
// for each run, handed to the sandbox and to the worker's bindings, never to the browser.
//
//   node www/demo.mjs [--port 8787]     (what `make demo` runs; Ctrl-C stops everything)
//   import { startDemo } from "./www/demo.mjs"   (the end-to-end test: port 0 picks free ports)
import { build } from "esbuild";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export async function startDemo({ port = 0, sandboxBin, quiet = false, timeoutMs = 20000 } = {}) {
  const bin = sandboxBin ?? process.env.FPGO_SANDBOX_BIN ?? join(root, "target/release/fpgo-sandbox");
  if (!existsSync(bin)) throw new Error(`no sandbox binary at ${bin}: run \`cargo build --release -p fpgo-sandbox\``);
  if (!existsSync(join(root, "pkg/index.browser.js"))) throw new Error("no npm package in pkg/: run `make build`");
  const token = `demo_${randomBytes(24).toString("hex")}`;
  const secret = randomBytes(32).toString("hex");
  const children = [];
  const dir = mkdtempSync(join(tmpdir(), "fpgo-demo-"));
  const stop = () => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
    process.off("exit", stop);
  };
  process.on("exit", stop);
  try {
    // 1. The sandbox: its first stdout line names the address it bound.
    const sandbox = spawn(bin, ["--listen", "127.0.0.1:0", "--token", token, "--secret", secret, ...(quiet ? ["--quiet"] : [])], {
      stdio: ["ignore", "pipe", quiet ? "ignore" : "inherit"],
    });
    children.push(sandbox);
    const sandboxUrl = await firstLine(sandbox, /listening on (http:\/\/127\.0\.0\.1:\d+)/, timeoutMs, "fpgo-sandbox");

    // 2. The worker, bundled as wrangler would (the package's `workerd` condition), in workerd.
    const sitePort = port || (await freePort());
    const url = `http://127.0.0.1:${sitePort}`;
    const config = await bundleWorker(dir, {
      port: sitePort,
      bindings: { FPGO_TOKEN: token, FPGO_CALLBACK_SECRET: secret, FPGO_BASE_URL: sandboxUrl, PUBLIC_URL: url },
    });
    const workerd = spawn(join(root, "node_modules/.bin/workerd"), ["serve", config], { stdio: ["ignore", quiet ? "ignore" : "inherit", quiet ? "ignore" : "inherit"] });
    children.push(workerd);
    await waitForHttp(url, workerd, timeoutMs);
    // token and secret are returned for tests (which check they never reach the browser).
    return { url, sandboxUrl, token, secret, stop };
  } catch (err) {
    stop();
    throw err;
  }
}

// The worker imports `fpgo` as an installed package: pkg/ linked into www/node_modules, as `npm link` would.
export function linkPackage() {
  const link = join(root, "www/node_modules/fpgo");
  mkdirSync(dirname(link), { recursive: true });
  rmSync(link, { force: true });
  symlinkSync("../../pkg", link);
}

async function bundleWorker(dir, { port, bindings }) {
  linkPackage();
  const result = await build({
    entryPoints: [join(root, "www/worker/worker.js")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    external: ["*.wasm"],
    outfile: join(dir, "worker.js"),
    metafile: true,
    logLevel: "silent",
  });
  const bundle = readFileSync(join(dir, "worker.js"), "utf8");
  const modules = [`(name = "worker.js", esModule = embed "worker.js")`];
  for (const spec of new Set([...bundle.matchAll(/from\s+"([^"]+\.wasm)"/g)].map((m) => m[1]))) {
    const name = spec.replace(/^(\.\.?\/)+/, "").replaceAll("/", "_");
    copyFileSync(resolveWasm(spec, result.metafile), join(dir, name));
    modules.push(`(name = ${JSON.stringify(spec)}, wasm = embed ${JSON.stringify(name)})`);
  }
  const text = Object.entries(bindings).map(([k, v]) => `(name = ${JSON.stringify(k)}, text = ${JSON.stringify(v)})`);
  const file = join(dir, "config.capnp");
  writeFileSync(
    file,
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "site", disk = (path = ${JSON.stringify(join(root, "www/site"))})),
    (name = "pkg", disk = (path = ${JSON.stringify(join(root, "pkg"))})),
    # The worker may only reach 127.0.0.1 (the sandbox); nothing else.
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ ${modules.join(",\n    ")} ],
  bindings = [
    ${text.join(",\n    ")},
    (name = "SITE", service = "site"),
    (name = "PKG", service = "pkg"),
  ],
  globalOutbound = "loopback",
  compatibilityDate = "2025-01-01",
  compatibilityFlags = ["nodejs_compat"],
);
`,
  );
  return file;
}

function resolveWasm(spec, metafile) {
  for (const [input, meta] of Object.entries(metafile.inputs)) {
    for (const imp of meta.imports ?? []) if (imp.external && imp.path === spec) return resolve(dirname(resolve(input)), spec);
  }
  throw new Error(`cannot find the file behind ${spec}`);
}

export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

function firstLine(child, pattern, timeoutMs, name) {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`${name} did not start within ${timeoutMs} ms`)), timeoutMs);
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      const m = line.match(pattern);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`${name} exited (${code}) before listening`));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`workerd exited (${child.exitCode})`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`workerd did not listen on ${url} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--port");
  const port = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.DEMO_PORT ?? 8787);
  const demo = await startDemo({ port });
  const bye = () => {
    console.log("\nstopping the demo (sandbox, worker)");
    demo.stop();
    process.exit(0);
  };
  process.on("SIGINT", bye);
  process.on("SIGTERM", bye);
  console.log(`
  fpgo demo running on 127.0.0.1
    open      ${demo.url}
    sandbox   ${demo.sandboxUrl} (the FPGO API; checkout pages are served here)
  Ctrl-C stops everything.
`);
}
