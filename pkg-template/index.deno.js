// Deno: Deno imports .wasm files natively (the WebAssembly ESM integration), resolving the module's
// imports from ./web/fpgo_bg.js. Instantiated at import: no init() call and no read permission needed.
export * from "./web/fpgo.esm-integration.js";
export const init = async () => undefined;
export const initSync = () => undefined;

// FpgoClient: the JS transport over the core's client exports (lib/client.js).
import * as fpgoWasm from "./web/fpgo.esm-integration.js";
import { clientApi } from "./lib/client.js";
export { FpgoError, isFpgoError } from "./lib/errors.js";
export const { FpgoClient } = clientApi(() => fpgoWasm);
