// fpgo in Vercel's Edge Runtime: Vercel compiles a `.wasm?module` import into a WebAssembly.Module
// (edge functions cannot fetch or read files at start-up), which `initSync` instantiates once.
import wasm from "fpgo/fpgo_bg.wasm?module";
import { initSync } from "fpgo";

initSync({ module: wasm });

export { FpgoClient, verifyCallback } from "fpgo";
