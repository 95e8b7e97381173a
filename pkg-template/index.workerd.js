// Cloudflare Workers (workerd) and other worker runtimes that import .wasm files as compiled
// WebAssembly.Module objects: instantiate synchronously at import, so no init() call is needed.
import wasmModule from "./web/fpgo_bg.wasm";
import { initSync } from "./web/fpgo.js";

initSync({ module: wasmModule });

export * from "./web/fpgo.js";
export { default as init } from "./web/fpgo.js";

// FpgoClient: the JS transport over the core's client exports (lib/client.js).
import * as fpgoWasm from "./web/fpgo.js";
import { clientApi } from "./lib/client.js";
export { FpgoError, isFpgoError } from "./lib/errors.js";
export const { FpgoClient } = clientApi(() => fpgoWasm);
