// Types of fpgo/client: FpgoClient (declared in client-api.d.ts, copied from src/wasm/client.d.ts).
export * from "./client-api.js";
export * from "./common.js";
export { FpgoError } from "./common.js";
