// One WebAssembly instance per entry: created on first use (or by init()), replaced after a trap.

import { fail } from "./errors.js";

/** `getWasm()` for the wasm-bindgen glue module `glue` (its namespace): the glue's exports once the
 *  instance exists. `load()` gives the .wasm (a WebAssembly.Module or bytes) or `undefined` when
 *  this runtime needs `await init()` first; `hint` says how to initialise. */
export function wasmGetter(glue, load, hint) {
  const initSync = (source) => glue.initSync({ module: sameRealmModule(source) });
  let ready = false;
  function getWasm() {
    if (!ready) {
      const source = load();
      if (source === undefined) throw fail("not_initialized", hint);
      initSync(source);
      ready = true;
    }
    return glue;
  }
  /** `await init()`: in browsers fetches the .wasm (options as wasm-bindgen's init takes them). */
  getWasm.init = async (options) => {
    if (ready) return;
    const source = options === undefined ? load() : undefined;
    if (source !== undefined) initSync(source);
    else await glue.default(options);
    ready = true;
  };
  getWasm.initSync = (options) => {
    if (ready) return;
    if (options === undefined) initSync(load());
    else glue.initSync(options);
    ready = true;
  };
  /** A fresh instance of the same compiled module (after a trap); false when there is none. */
  getWasm.reset = () => {
    if (typeof glue.__fpgo_reset !== "function") return false;
    const module = glue.__fpgo_reset();
    if (!(module instanceof WebAssembly.Module)) return false;
    initSync(module);
    return true;
  };
  return getWasm;
}

/** A loader that reads the .wasm once (`read()` gives bytes or a Module) and turns a failure into
 *  `not_initialized` naming what to do. */
export function cachedLoader(read, what) {
  let module;
  return () => {
    if (module === undefined) {
      let source;
      try {
        source = read();
      } catch (e) {
        throw fail("not_initialized", `fpgo could not load its WebAssembly (${what}): ${e && e.message}. When bundling, use the "/inline" entry (the .wasm embedded) or copy the package's wasm/ folder next to the bundle.`);
      }
      source = sameRealmModule(source);
      module = source instanceof WebAssembly.Module ? source : new WebAssembly.Module(source);
    }
    return module;
  };
}

/** A compiled module from another JS realm (Next.js hands edge routes their `?module` import so)
 *  fails `instanceof WebAssembly.Module`, and wasm-bindgen's initSync would then try to compile it
 *  as bytes ("Argument 0 must be a buffer source"). Such a module is given this realm's prototype. */
function sameRealmModule(source) {
  if (!(source instanceof WebAssembly.Module) && Object.prototype.toString.call(source) === "[object WebAssembly.Module]") {
    Object.setPrototypeOf(source, WebAssembly.Module.prototype);
  }
  return source;
}

/** Bytes of base64 text (the inline entries). */
export function base64Bytes(text) {
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
