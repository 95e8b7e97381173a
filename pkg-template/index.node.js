// Node ESM: the .wasm is read next to this file and instantiated synchronously at import, so no
// init() call is needed. (`init` is still exported, as a no-op, for code shared with browsers.)
import { readFileSync } from "node:fs";
import { initSync } from "./web/fpgo.js";

initSync({ module: readFileSync(new URL("./web/fpgo_bg.wasm", import.meta.url)) });

export * from "./web/fpgo.js";
export { default as init } from "./web/fpgo.js";

// FpgoClient: the JS transport over the core's client exports (lib/client.js).
import * as fpgoWasm from "./web/fpgo.js";
import { clientApi } from "./lib/client.js";
export { FpgoError, isFpgoError } from "./lib/errors.js";
export const { FpgoClient } = clientApi(() => fpgoWasm);
