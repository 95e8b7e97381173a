// Deno: Deno imports .wasm files natively (the WebAssembly ESM integration), resolving the module's
// imports from ./web/fpgo_bg.js. Instantiated at import: no init() call and no read permission needed.
export * from "./web/fpgo.esm-integration.js";
export const init = async () => undefined;
export const initSync = () => undefined;
