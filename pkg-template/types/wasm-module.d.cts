// `import wasm from "fpgo/callbacks.wasm?module"` (Vercel Edge, Next.js, Cloudflare): a compiled
// module to pass to `initSync({ module: wasm })`.
declare const wasmModule: WebAssembly.Module;
export default wasmModule;
