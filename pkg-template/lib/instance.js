// One WebAssembly instance per entry: created on first use (or by init()), replaced after a trap.
// The entry's wasm-bindgen glue (`wasm/<module>.js`, `--target web`) instantiates it and its
// exported functions are the API: they take strings, numbers and booleans and return the answer's
// JSON text (the glue copies the text across; no JS value is read inside WebAssembly).

import { fail } from "./errors.js";

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

/** `getWasm()`: the glue's exports (`glue`, the namespace of the entry's wasm-bindgen glue) once its
 *  instance exists, created on first use. `load()` gives the .wasm (a WebAssembly.Module or bytes)
 *  or `undefined` when this runtime needs `await init()` first; `url()` is where `init()` fetches
 *  it from; `hint` says how to initialise. The glue's start function installs the panic hook.
 *  `glue` may be a function giving the namespace when the instance starts (`fpgo`'s Node entries
 *  load the full module's glue with their deferred code: lib/deferred.js). */
export function wasmGetter({ load, url, hint, glue: given }) {
  let module;
  let ready = false;
  let glue = typeof given === "function" ? undefined : given;
  function start(compiled) {
    glue ??= given();
    glue.initSync({ module: compiled });
    module = compiled;
    ready = true;
    return glue;
  }
  const asModule = (source) => {
    source = sameRealmModule(source);
    return source instanceof WebAssembly.Module ? source : new WebAssembly.Module(source);
  };
  function getWasm() {
    if (ready) return glue;
    const source = load();
    if (source === undefined) throw fail("not_initialized", hint);
    return start(asModule(source));
  }
  /** `await init()`: in browsers fetches the .wasm (options as wasm-bindgen's init took them). */
  getWasm.init = async (options) => {
    if (ready) return;
    const given = sourceOf(options);
    const source = given === undefined ? load() : given;
    start(await compileFrom(source === undefined ? url() : source));
  };
  getWasm.initSync = (options) => {
    if (ready) return;
    const given = sourceOf(options);
    start(asModule(given === undefined ? load() : given));
  };
  /** Whether the instance is running (no load, no compile). */
  getWasm.started = () => ready;
  /** Whether a call can run without `init()`: the instance exists, or this runtime loads the .wasm
   *  itself. Never compiles: `validate()`'s JS fast path asks this instead of `getWasm()`, so that a
   *  process whose payloads are all proven valid never compiles the module (start-up). */
  getWasm.available = () => ready || (load.available ? load.available() : load() !== undefined);
  /** A fresh instance of the same compiled module (after a trap); false when there is none. */
  getWasm.reset = () => {
    if (!module || typeof glue.__fpgo_reset !== "function") return false;
    glue.__fpgo_reset();
    start(module);
    return true;
  };
  return getWasm;
}

/** A loader that reads the .wasm once (`read()` gives bytes or a Module) and turns a failure into
 *  `not_initialized` naming what to do. `load.available()` reads without compiling. */
export function cachedLoader(read, what) {
  let source;
  let module;
  function readOnce() {
    if (source === undefined) {
      try {
        source = sameRealmModule(read());
      } catch (e) {
        throw fail("not_initialized", `fpgo could not load its WebAssembly (${what}): ${e && e.message}. When bundling, use the "/inline" entry (the .wasm embedded) or copy the package's wasm/ folder next to the bundle.`);
      }
    }
    return source;
  }
  function load() {
    if (module === undefined) {
      const bytes = readOnce();
      module = bytes instanceof WebAssembly.Module ? bytes : new WebAssembly.Module(bytes);
      source = module; // the bytes are not needed once compiled
    }
    return module;
  }
  load.available = () => {
    try {
      readOnce();
      return true;
    } catch {
      return false;
    }
  };
  return load;
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

/** Node's module `name` (`node:fs`, ...) from `process.getBuiltinModule`, or an Error naming the
 *  Node version fpgo needs (read where the caller turns it into `not_initialized`). */
export function nodeBuiltin(name) {
  const builtin = typeof process === "object" && process !== null ? process.getBuiltinModule : undefined;
  if (typeof builtin !== "function") throw new Error("this Node.js has no process.getBuiltinModule; fpgo needs Node.js 20.16 or later");
  return builtin(name);
}

/** The path of `file` beside the ES module at `moduleUrl`. */
export function besideModule(moduleUrl, file) {
  return nodeBuiltin("node:url").fileURLToPath(moduleUrl).replace(/[^\\/]*$/, "") + file;
}

/** The bytes of `file`, a path relative to the directory of the module at `moduleUrl` (the Node
 *  entries). Node's modules come from `process.getBuiltinModule` (Node >= 20.16, Bun) when the
 *  .wasm is first needed, not from a static import: importing `node:fs` as an ES module costs a
 *  fresh process about 1.5 ms. A path built with fileURLToPath, not `new URL(...)`: bundlers
 *  (Next.js) rewrite `new URL(x, import.meta.url)` into URLs that fs cannot read. */
export function nodeReadFile(moduleUrl, file) {
  return nodeBuiltin("node:fs").readFileSync(besideModule(moduleUrl, file));
}

/** Bytes of base64 text (the inline entries). */
export function base64Bytes(text) {
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The callback functions' getter in an entry on the full module whose runtime reads .wasm files
 *  (Node): the small callbacks module until the full one is running, so that a service that only
 *  verifies callbacks never compiles the full module (start-up: docs/performance.md). Both are
 *  built from the same core at the same commit; the full module is used when the small one cannot
 *  be read (a bundle that copied only the full .wasm). */
export function callbacksFirst(getFull, getCallbacks) {
  const pick = () => (getFull.started() || !getCallbacks.available() ? getFull : getCallbacks);
  const getWasm = () => pick()();
  getWasm.reset = () => pick().reset();
  return getWasm;
}
