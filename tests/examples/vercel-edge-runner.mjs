// Runs examples/vercel-edge in Vercel's Edge Runtime (npm `edge-runtime`, the VM Vercel uses for
// `vercel dev`): each api/*.js is bundled as Vercel does (esbuild, `edge-light`/`worker`/`browser`
// conditions, `.wasm?module` imports become a WebAssembly.Module compiled inside the runtime's realm),
// routed by file name with vercel.json's rewrites, and served on 127.0.0.1.
import { build } from "esbuild";
import { EdgeRuntime, runServer } from "edge-runtime";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const dir = resolve(process.argv[2]);
const wasmBytes = readFileSync(join(dir, "node_modules/fpgo/web/fpgo_bg.wasm"));
const routes = readdirSync(join(dir, "api")).filter((f) => f.endsWith(".js")).map((f) => f.slice(0, -3));
const rewrites = JSON.parse(readFileSync(join(dir, "vercel.json"), "utf8")).rewrites ?? [];

// One script: every function's default export, keyed by its route, and a fetch listener routing to it.
const entry = `${routes.map((r, i) => `import h${i} from "./api/${r}.js";`).join("\n")}
const routes = { ${routes.map((r, i) => `"/api/${r}": h${i}`).join(", ")} };
const rewrites = ${JSON.stringify(rewrites)};
addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  const path = rewrites.find((r) => r.source === url.pathname)?.destination ?? url.pathname;
  const handler = routes[path];
  event.respondWith(handler ? Promise.resolve(handler(event.request)) : new Response("not found", { status: 404 }));
});`;
const wasmModule = {
  name: "vercel-wasm-module",
  setup(b) {
    b.onResolve({ filter: /\.wasm(\?module)?$/ }, (args) => ({ path: args.path, namespace: "wasm-module" }));
    b.onLoad({ filter: /.*/, namespace: "wasm-module" }, () => ({
      contents: "export default new WebAssembly.Module(globalThis.__FPGO_WASM_BYTES__);",
      loader: "js",
    }));
  },
};
const result = await build({
  stdin: { contents: entry, resolveDir: dir, loader: "js" },
  bundle: true,
  format: "iife",
  platform: "neutral",
  conditions: ["edge-light", "worker", "browser"],
  mainFields: ["module", "main"],
  plugins: [wasmModule],
  write: false,
  logLevel: "silent",
});
const runtime = new EdgeRuntime({
  initialCode: result.outputFiles[0].text,
  extend(context) {
    context.__FPGO_WASM_BYTES__ = new Uint8Array(wasmBytes);
    context.process = { env: { FPGO_TOKEN: process.env.FPGO_TOKEN, FPGO_CALLBACK_SECRET: process.env.FPGO_CALLBACK_SECRET, FPGO_BASE_URL: process.env.FPGO_BASE_URL } };
    return context;
  },
});
const server = await runServer({ runtime, host: "127.0.0.1", port: Number(process.env.PORT ?? 0) });
console.log(`listening on ${server.url.replace(/\/$/, "")}`);
const stop = async () => { await server.close(); process.exit(0); };
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
