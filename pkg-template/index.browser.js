// Browsers and bundlers (Vite, webpack, esbuild): call `await init()` once before using the other
// exports. The .wasm is loaded from `new URL("fpgo_bg.wasm", import.meta.url)`, which bundlers
// rewrite to the emitted asset; `init({ module_or_path })` overrides the location.
export * from "./web/fpgo.js";
export { default as init } from "./web/fpgo.js";

// FpgoClient: the JS transport over the core's client exports (lib/client.js).
import * as fpgoWasm from "./web/fpgo.js";
import { clientApi } from "./lib/client.js";
export { FpgoError, isFpgoError } from "./lib/errors.js";
export const { FpgoClient } = clientApi(() => fpgoWasm);
