// One WebAssembly instance per entry: created on first use (or by init()), replaced after a trap,
// and the calling convention of its text exports (src/wasm/abi.rs): a string argument is copied
// into the module's memory as UTF-8 and passed as (address, length); the answer is UTF-8 text whose
// address, length and capacity the export leaves in a slot it returns the address of.

import { fail } from "./errors.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Exports that are the convention's machinery, not functions of the API. */
const MACHINERY = new Set(["fpgo_alloc", "fpgo_free", "fpgo_start", "__wbindgen_start"]);

/** The text API of an instance's exports: every exported function as a JS function taking strings,
 *  numbers and booleans and returning the answer's text. Only the fpgo wrappers call these, with
 *  values they have checked; a trap (a Rust panic) propagates with nothing freed, as the instance
 *  is then replaced. */
export function textExports(exports) {
  const { memory, fpgo_alloc: alloc, fpgo_free: free } = exports;
  let bytes = new Uint8Array(memory.buffer);
  const view = () => (bytes.buffer === memory.buffer ? bytes : (bytes = new Uint8Array(memory.buffer)));

  /** Copies `text` in: ASCII fits its length; otherwise at most 3 bytes per UTF-16 unit. */
  function copyIn(text, args, owned) {
    let size = text.length;
    for (;;) {
      const at = alloc(size) >>> 0;
      if (at === 0) throw fail("payload_too_large", "fpgo's WebAssembly memory is exhausted");
      const { read, written } = encoder.encodeInto(text, view().subarray(at, at + size));
      if (read === text.length) {
        args.push(at, written);
        owned.push(at, size);
        return;
      }
      free(at, size);
      size = text.length * 3;
    }
  }

  function call(fn, values) {
    const args = [];
    const owned = [];
    for (const value of values) {
      if (typeof value === "string") copyIn(value, args, owned);
      else args.push(typeof value === "boolean" ? Number(value) : value);
    }
    const slot = fn(...args) >>> 0;
    const [at, length, capacity] = new Uint32Array(memory.buffer, slot, 3);
    const text = decoder.decode(view().subarray(at, at + length));
    free(at, capacity);
    for (let i = 0; i < owned.length; i += 2) free(owned[i], owned[i + 1]);
    return text;
  }

  const api = {};
  for (const [name, fn] of Object.entries(exports)) {
    if (typeof fn === "function" && !MACHINERY.has(name) && !name.startsWith("__")) api[name] = (...values) => call(fn, values);
  }
  return api;
}

/** A compiled module's instance, started (the panic hook installed). `glue` (a wasm-bindgen glue
 *  module, only for a module that still needs one) instantiates it with its imports instead. */
function instantiate(module, glue) {
  const exports = glue ? glue.initSync({ module }) : new WebAssembly.Instance(module, {}).exports;
  exports.fpgo_start();
  return exports;
}

/** What `init(options)` and `initSync(options)` accept as wasm-bindgen's init did: the source
 *  itself or `{ module_or_path }` / `{ module }`. */
function sourceOf(options) {
  if (options && typeof options === "object" && !(options instanceof WebAssembly.Module) && !ArrayBuffer.isView(options) && !(options instanceof ArrayBuffer)) {
    if ("module_or_path" in options) return options.module_or_path;
    if ("module" in options) return options.module;
  }
  return options;
}

/** A compiled module from a Module, bytes, a Response, or a URL/path/Request to fetch. */
async function compileFrom(source) {
  source = sameRealmModule(source);
  if (source instanceof WebAssembly.Module) return source;
  if (ArrayBuffer.isView(source) || source instanceof ArrayBuffer) return WebAssembly.compile(source);
  const response = await (typeof Response === "function" && source instanceof Response ? source : fetch(source));
  if (!response.ok) throw fail("not_initialized", `fpgo could not fetch its WebAssembly (HTTP ${response.status} from ${response.url})`);
  // compileStreaming needs the server's application/wasm type; without it, compile the bytes.
  if (typeof WebAssembly.compileStreaming === "function" && response.headers.get("content-type") === "application/wasm") {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** `getWasm()`: the text API of the entry's instance, created on first use. `load()` gives the
 *  .wasm (a WebAssembly.Module or bytes) or `undefined` when this runtime needs `await init()`
 *  first; `url()` is where `init()` fetches it from; `hint` says how to initialise; `glue` is the
 *  wasm-bindgen glue of a module that still has one (its other exports are kept on the API). */
export function wasmGetter({ load, url, hint, glue }) {
  let module;
  let api;
  function start(compiled) {
    const exports = instantiate(compiled, glue);
    module = compiled;
    api = Object.assign({}, glue, textExports(exports));
    return api;
  }
  const asModule = (source) => {
    source = sameRealmModule(source);
    return source instanceof WebAssembly.Module ? source : new WebAssembly.Module(source);
  };
  function getWasm() {
    if (api) return api;
    const source = load();
    if (source === undefined) throw fail("not_initialized", hint);
    return start(asModule(source));
  }
  /** `await init()`: in browsers fetches the .wasm (options as wasm-bindgen's init took them). */
  getWasm.init = async (options) => {
    if (api) return;
    const given = sourceOf(options);
    const source = given === undefined ? load() : given;
    start(await compileFrom(source === undefined ? url() : source));
  };
  getWasm.initSync = (options) => {
    if (api) return;
    const given = sourceOf(options);
    start(asModule(given === undefined ? load() : given));
  };
  /** A fresh instance of the same compiled module (after a trap); false when there is none. */
  getWasm.reset = () => {
    if (!module) return false;
    if (glue) {
      if (typeof glue.__fpgo_reset !== "function") return false;
      glue.__fpgo_reset();
    }
    start(module);
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
 *  fails `instanceof WebAssembly.Module` and would be taken for bytes ("Argument 0 must be a buffer
 *  source"). Such a module is given this realm's prototype. */
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
