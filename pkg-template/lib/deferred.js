// `fpgo`'s Node entries load only what a first call needs (start-up: docs/performance.md): the
// callbacks API with the entry; on first use, synchronously, from CommonJS bundles beside the
// entry (written by scripts/gen-entries.mjs), the validation (lib/validate.js, lib/accept*.js:
// `index.node.validate.cjs`) and the client with the full module's glue (lib/client.js:
// `index.node.client.cjs`). Node compiles and runs a module's whole text at import, so the 68 KB
// of one entry cost a fresh process time that a service verifying callbacks never needed. The
// deferred functions get the entry's own `getWasm`: one instance serves the entry's callbacks,
// validation and client.

import { fail } from "./errors.js";
import { nodeBuiltin } from "./instance.js";

/** The exports of the CommonJS bundle at `path` (beside a Node entry), a fresh copy of it, with
 *  the entry's own `lib/errors.js` module (`errors`) as the bundle's: read and compiled through
 *  `process.getBuiltinModule` (as lib/instance.js's nodeReadFile reads the .wasm) without
 *  `require`: a process started from ES modules pays about 1.5 ms for its first `require` (Node's
 *  CommonJS loader starting), and a static `import "node:module"` costs 0.8 ms at import. Its own
 *  copy, not the `require` cache's: the bundle holds the full module's glue, and each entry has its
 *  own instance. The bundle's `import ... from "./errors.js"` reads `__fpgo_errors` (written so by
 *  scripts/gen-entries.mjs): one FpgoError class for the entry and its bundles even where the
 *  realm-wide registry cannot be written (a frozen `globalThis`). */
export function evaluateBundle(path, errors) {
  const source = nodeBuiltin("node:fs").readFileSync(path, "utf8");
  const module = { exports: {} };
  const parameters = ["exports", "module", "__filename", "__fpgo_errors"];
  nodeBuiltin("node:vm").compileFunction(source, parameters, { filename: path })(module.exports, module, path, errors);
  return module.exports;
}

/** `bundle()`: the exports of the deferred bundle `file`, loaded by `load()` on first use. A
 *  bundle that cannot be read (an app bundle that copied only the entry) is `not_initialized`
 *  naming what to do, as a missing .wasm is (lib/instance.js, cachedLoader). */
export function deferredBundle(load, file) {
  let exports;
  return function bundle() {
    if (exports === undefined) {
      try {
        exports = load();
      } catch (e) {
        throw fail("not_initialized", `fpgo could not load ${file} (beside its entry): ${e && e.message}. When bundling, use the "/inline" entry or keep the package's files together.`, e);
      }
    }
    return exports;
  };
}

/** `make()`'s value, made on the first call. */
export function once(make) {
  let value;
  return () => (value ??= make());
}

/** The entry's `FpgoClient` before lib/client.js is loaded: constructing one loads it and builds
 *  the real client on this class's prototype (`Reflect.construct` with `new.target`), so
 *  `instanceof FpgoClient` and `class X extends FpgoClient` hold as for the class itself; the
 *  methods (`methods`: name -> parameter count, taken from the real class by gen-entries.mjs) run
 *  the real class's on the instance, whose private fields the real constructor set. */
export function deferredClient(realClient, methods) {
  class FpgoClient {
    constructor(options) {
      return Reflect.construct(realClient(), [options], new.target);
    }
  }
  // Its name survives minification, as FpgoError's does (lib/errors.js).
  Object.defineProperty(FpgoClient, "name", { value: "FpgoClient" });
  for (const [name, parameters] of Object.entries(methods)) {
    const method = {
      [name](...args) {
        return realClient().prototype[name].apply(this, args);
      },
    }[name];
    Object.defineProperty(method, "length", { value: parameters });
    Object.defineProperty(FpgoClient.prototype, name, { value: method, writable: true, configurable: true, enumerable: false });
  }
  return FpgoClient;
}
