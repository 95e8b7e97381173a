# Runs the worker locally in workerd (Cloudflare's open-source runtime), as `wrangler dev` would:
#   npm run build   (bundles src/worker.js into dist/ with the `workerd` condition)
#   FPGO_TOKEN=... FPGO_CALLBACK_SECRET=... npx workerd serve config.capnp
# Listens on 127.0.0.1:8788 (override: --socket-addr http=127.0.0.1:PORT).
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    # Outbound fetches: the public internet (FPGO) and 127.0.0.1 (a local sandbox).
    (name = "internet", network = (allow = ["public", "local"])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:8788", http = (), service = "main") ],
);

const worker :Workerd.Worker = (
  modules = [
    (name = "worker.js", esModule = embed "dist/worker.js"),
    # fpgo's workerd entry imports its .wasm (the one with everything, as the worker imports `fpgo`);
    # workerd hands it over as a compiled module.
    (name = "wasm/full_bg.wasm", wasm = embed "node_modules/fpgo/wasm/full_bg.wasm"),
  ],
  bindings = [
    (name = "FPGO_TOKEN", fromEnvironment = "FPGO_TOKEN"),
    (name = "FPGO_CALLBACK_SECRET", fromEnvironment = "FPGO_CALLBACK_SECRET"),
    (name = "FPGO_BASE_URL", fromEnvironment = "FPGO_BASE_URL"),
  ],
  globalOutbound = "internet",
  compatibilityDate = "2025-01-01",
);
