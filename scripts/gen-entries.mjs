// Writes the package's entry files into pkg/: one per entry (fpgo, fpgo/callbacks, fpgo/validate,
// fpgo/client) and runtime (browser, node, workerd, edge-light, deno, inline), their CommonJS
// bundles (esbuild), the two bundles `fpgo`'s Node entries load on first use (DEFERRED below),
// their declarations, and package.json's `exports`. Generated rather than hand-kept: 6 runtimes x
// 4 entries would drift. Run by scripts/build-pkg.sh after the .wasm files.
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const pkg = process.argv[2] ?? "pkg";
// Relative to the working directory (build-pkg.sh runs from the repository root), or absolute.
const { BUILDERS } = await import(pathToFileURL(resolve(pkg, "lib/validate.js")).href);
const { clientApi } = await import(pathToFileURL(resolve(pkg, "lib/client.js")).href);

const CALLBACKS = ["verifyCallback", "signCallback", "parseTerminalCallback"];
/** A partial build (FPGO_MODULES, the panic test) may lack the callbacks module. */
const HAS_CALLBACKS_MODULE = existsSync(join(pkg, "wasm/callbacks_bg.wasm"));
const VALIDATE = ["validate", "endpoints", "computeTotals", "build", "reservationWarnings", ...BUILDERS.map(([name]) => name)];
/** entry file stem -> its .wasm (wasm/<name>_bg.wasm), its APIs, its exported names. */
const ENTRIES = {
  callbacks: { wasm: "callbacks", apis: ["callbacks"], names: CALLBACKS },
  validate: { wasm: "validate", apis: ["validate"], names: VALIDATE },
  client: { wasm: "full", apis: ["client"], names: ["FpgoClient"] },
  index: { wasm: "full", apis: ["callbacks", "validate", "client"], names: [...CALLBACKS, ...VALIDATE, "FpgoClient"] },
};

const BROWSER_HINT = "call `await init()` once before using fpgo in a browser (it fetches the .wasm); in a bundle that cannot carry a file, import the \\\"/inline\\\" entry";
/** How each runtime gets the .wasm: import lines, the `load` expression and, for browsers, the
 *  URL `init()` fetches (written as `new URL(..., import.meta.url)`, which bundlers follow). */
const RUNTIMES = {
  browser: (w) => ({ head: "", load: "() => undefined", url: `() => new URL("./wasm/${w}_bg.wasm", import.meta.url)`, hint: BROWSER_HINT }),
  node: (w) => ({
    head: "",
    // Node's modules through process.getBuiltinModule on first use (lib/instance.js, nodeReadFile):
    // a static `import ... from "node:fs"` costs a fresh process about 1.5 ms at import.
    load: `cachedLoader(() => nodeReadFile(import.meta.url, "wasm/${w}_bg.wasm"), "wasm/${w}_bg.wasm")`,
  }),
  cjs: (w) => ({
    head: `import { readFileSync } from "node:fs";\n`,
    load: `cachedLoader(() => readFileSync(__dirname + "/wasm/${w}_bg.wasm"), "wasm/${w}_bg.wasm")`,
  }),
  workerd: (w) => ({ head: `import wasmModule from "./wasm/${w}_bg.wasm";\n`, load: "() => wasmModule" }),
  edge: (w) => ({ head: `import wasmModule from "./wasm/${w}_bg.wasm?module";\n`, load: "() => wasmModule" }),
  inline: (w) => ({ head: `import wasmBase64 from "./wasm/${w}.inline.js";\n`, load: `cachedLoader(() => base64Bytes(wasmBase64), "inline")` }),
};

/** `fpgo`'s Node entries (ESM and CommonJS) load the validation, and the client with the full
 *  module's glue, on first use from these CommonJS bundles beside them (lib/deferred.js; start-up:
 *  docs/performance.md): file -> its source. Apart, so that a first `validate()` of a valid
 *  payload (answered in JS) compiles neither the client nor the glue. */
const DEFERRED = {
  "index.node.validate.cjs": `export { validateApi } from "./lib/validate.js";\n`,
  "index.node.client.cjs": `export { clientApi } from "./lib/client.js";\nexport * as glue from "./wasm/full.js";\n`,
};
/** The deferred functions' parameter lists (their \`length\` is kept); builders take (input, options). */
const PARAMETERS = { validate: "endpoint, payload, options", endpoints: "", computeTotals: "lines, options", build: "endpoint, input, options", reservationWarnings: "endpoint, payload, details, options" };

/** FpgoClient's prototype methods (name -> parameter count), read from the real class: the
 *  deferred class of the Node entries forwards each. Accessors and statics would need more than
 *  forwarding: the build stops if the class gets any. */
function clientMethods() {
  const { FpgoClient } = clientApi(() => {
    throw new Error("not called");
  });
  const statics = Object.getOwnPropertyNames(FpgoClient).filter((k) => !["length", "name", "prototype"].includes(k));
  if (statics.length > 0 || Object.getOwnPropertySymbols(FpgoClient).length > 0) throw new Error(`FpgoClient has statics (${statics}): teach gen-entries.mjs and lib/deferred.js to forward them`);
  const methods = {};
  const proto = FpgoClient.prototype;
  if (Object.getOwnPropertySymbols(proto).length > 0) throw new Error("FpgoClient.prototype has symbol keys: teach lib/deferred.js to forward them");
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === "constructor") continue;
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (typeof d.value !== "function") throw new Error(`FpgoClient.prototype.${name} is not a method: teach lib/deferred.js to forward it`);
    methods[name] = d.value.length;
  }
  return methods;
}

/** `fpgo` for Node (runtime "node": ESM; "cjs": CommonJS): the callbacks API and its small module
 *  in the entry; the validation, the client and the full module's glue from DEFERRED on first use.
 *  Both evaluate their own copies (lib/deferred.js, evaluateBundle) with their own errors module:
 *  each entry has its own instance of the full module, as every entry does. */
function splitNodeEntrySource(runtime) {
  const { names } = ENTRIES.index;
  const r = RUNTIMES[runtime]("full");
  const small = RUNTIMES[runtime]("callbacks");
  // Both read the bundle and evaluate it with the entry's errors module (lib/deferred.js).
  const load = (file) => `() => evaluateBundle(${runtime === "node" ? `besideModule(import.meta.url, "${file}")` : `__dirname + "/${file}"`}, errors)`;
  const deferredNames = names.filter((n) => !CALLBACKS.includes(n));
  const lines = [
    `// Generated by scripts/gen-entries.mjs: fpgo for ${runtime === "node" ? "node (ESM)" : "node (CommonJS)"}; validation and client from ${Object.keys(DEFERRED).join(" and ")} on first use.`,
    r.head.trimEnd(),
    `import * as callbacksGlue from "./wasm/callbacks.js";`,
    `import { wasmGetter, cachedLoader, nodeReadFile, callbacksFirst, besideModule } from "./lib/instance.js";`,
    `import { deferredBundle, deferredClient, evaluateBundle, once } from "./lib/deferred.js";`,
    `import * as errors from "./lib/errors.js";`,
    `export { FpgoError, isFpgoError } from "./lib/errors.js";`,
    `import { callbacksApi } from "./lib/callbacks.js";`,
    `const validation = deferredBundle(${load("index.node.validate.cjs")}, "index.node.validate.cjs");`,
    `const client = deferredBundle(${load("index.node.client.cjs")}, "index.node.client.cjs");`,
    `const getWasm = wasmGetter({ load: ${r.load}, hint: "fpgo's WebAssembly is not loaded", glue: () => client().glue });`,
    `/** Loads the .wasm now (options as wasm-bindgen's init takes them). Optional in Node. */`,
    `export const init = getWasm.init;`,
    `export const initSync = getWasm.initSync;`,
    `const getCallbacksWasm = wasmGetter({ load: ${small.load}, hint: "fpgo's WebAssembly is not loaded", glue: callbacksGlue });`,
    `export const { ${CALLBACKS.join(", ")} } = callbacksApi(callbacksFirst(getWasm, getCallbacksWasm));`,
    `const later = once(() => validation().validateApi(getWasm));`,
    // The client validates in the core (clientPrepareRequest): it needs no validateApi.
    `const clientLater = once(() => client().clientApi(getWasm));`,
  ];
  for (const name of deferredNames) {
    if (name === "FpgoClient") lines.push(`export const FpgoClient = deferredClient(() => clientLater().FpgoClient, ${JSON.stringify(clientMethods())});`);
    else if (name in PARAMETERS) lines.push(`export function ${name}(${PARAMETERS[name]}) { return later().${name}(${PARAMETERS[name]}); }`);
  }
  const builders = deferredNames.filter((n) => !(n in PARAMETERS) && n !== "FpgoClient");
  lines.push(`const builder = (name) => (input, options) => later()[name](input, options);`);
  lines.push(`export const ${builders.map((n) => `${n} = builder("${n}")`).join(", ")};`);
  return lines.filter(Boolean).join("\n") + "\n";
}

function entrySource(stem, runtime) {
  if (stem === "index" && (runtime === "node" || runtime === "cjs") && HAS_CALLBACKS_MODULE) return splitNodeEntrySource(runtime);
  const { wasm, apis, names } = ENTRIES[stem];
  const r = RUNTIMES[runtime](wasm);
  const lines = [`// Generated by scripts/gen-entries.mjs: fpgo${stem === "index" ? "" : "/" + stem} for ${runtime}.`, r.head.trimEnd()];
  // The module's wasm-bindgen glue (scripts/build-pkg.sh keeps it as wasm/<module>.js): its
  // functions are the API. Bundled into the entry below: each entry has its own instance.
  lines.push(`import * as glue from "./wasm/${wasm}.js";`);
  lines.push(`import { wasmGetter, cachedLoader, base64Bytes, nodeReadFile } from "./lib/instance.js";`);
  lines.push(`export { FpgoError, isFpgoError } from "./lib/errors.js";`);
  if (apis.includes("callbacks")) lines.push(`import { callbacksApi } from "./lib/callbacks.js";`);
  if (apis.includes("validate") || apis.includes("client")) lines.push(`import { validateApi } from "./lib/validate.js";`);
  if (apis.includes("client")) lines.push(`import { clientApi } from "./lib/client.js";`);
  const options = [`load: ${r.load}`, r.url && `url: ${r.url}`, `hint: "${r.hint || "fpgo's WebAssembly is not loaded"}"`, "glue"].filter(Boolean);
  lines.push(`const getWasm = wasmGetter({ ${options.join(", ")} });`);
  lines.push(`/** Loads the .wasm now (browsers: fetches it; options as wasm-bindgen's init takes them). Elsewhere optional. */`);
  lines.push(`export const init = getWasm.init;`, `export const initSync = getWasm.initSync;`);
  // Node entries on the full module give the callback functions the small callbacks module until
  // the full one runs (lib/instance.js, callbacksFirst): a callback-only service compiles 40 KB.
  let callbacksGetter = "getWasm";
  if (wasm === "full" && apis.includes("callbacks") && (runtime === "node" || runtime === "cjs") && HAS_CALLBACKS_MODULE) {
    const small = RUNTIMES[runtime]("callbacks");
    lines.push(`import * as callbacksGlue from "./wasm/callbacks.js";`, `import { callbacksFirst } from "./lib/instance.js";`);
    lines.push(`const getCallbacksWasm = wasmGetter({ load: ${small.load}, hint: "fpgo's WebAssembly is not loaded", glue: callbacksGlue });`);
    callbacksGetter = "callbacksFirst(getWasm, getCallbacksWasm)";
  }
  const parts = apis.map((a) => (a === "client" ? "clientApi(getWasm, validateApi)" : a === "callbacks" ? `callbacksApi(${callbacksGetter})` : `${a}Api(getWasm)`));
  lines.push(`const api = Object.assign({}, ${parts.join(", ")});`);
  lines.push(`export const { ${names.join(", ")} } = api;`);
  return lines.filter(Boolean).join("\n") + "\n";
}

// A partial build (FPGO_MODULES, the panic test) has only some modules: entries of the others are left out.
for (const [stem, { wasm }] of Object.entries(ENTRIES)) if (!existsSync(join(pkg, `wasm/${wasm}_bg.wasm`))) delete ENTRIES[stem];
const files = [];
for (const stem of Object.keys(ENTRIES)) {
  for (const runtime of ["browser", "node", "workerd", "edge", "inline"]) {
    writeFileSync(join(pkg, `${stem}.${runtime}.js`), entrySource(stem, runtime));
    files.push(`${stem}.${runtime}.js`);
  }
  // Deno: the inline entry (no read permission needed, no init() call).
  writeFileSync(join(pkg, `${stem}.deno.js`), `// Generated: Deno uses the inline entry (no read permission, no init()).\nexport * from "./${stem}.inline.js";\n`);
  // CommonJS: one bundle per entry (the shared lib is ESM), reading the .wasm beside it.
  mkdirSync(join(pkg, ".cjs-src"), { recursive: true });
  for (const [runtime, out] of [["cjs", `${stem}.node.cjs`], ["inline", `${stem}.inline.cjs`]]) {
    const src = join(pkg, `.cjs-src-${stem}-${runtime}.mjs`);
    writeFileSync(src, entrySource(stem, runtime));
    await build({ entryPoints: [src], bundle: true, minify: true, format: "cjs", platform: "node", logLevel: "error", outfile: join(pkg, out) });
    rmSync(src);
  }
}
// The bundles fpgo's Node entries load on first use (lib/deferred.js, evaluateBundle): CommonJS
// text that both entries evaluate synchronously. Their `./errors.js` is the entry's own module,
// passed in as `__fpgo_errors`, so the entry and its bundles throw one FpgoError class whatever
// the realm allows (the registry of lib/errors.js needs a writable globalThis).
const entryErrors = {
  name: "entry-errors",
  setup(b) {
    b.onResolve({ filter: /^\.\/errors\.js$/ }, () => ({ path: "entry-errors", namespace: "fpgo" }));
    b.onLoad({ filter: /^entry-errors$/, namespace: "fpgo" }, () => ({ contents: "module.exports = __fpgo_errors;", loader: "js" }));
  },
};
if (ENTRIES.index && HAS_CALLBACKS_MODULE) {
  for (const [file, source] of Object.entries(DEFERRED)) {
    const src = join(pkg, ".deferred-src.mjs");
    writeFileSync(src, source);
    // Strict, as the ES modules they were written as (lib/deferred.js compiles the text as a
    // function body, whose directive prologue this is).
    await build({ entryPoints: [src], bundle: true, minify: true, format: "cjs", platform: "node", logLevel: "error", outfile: join(pkg, file), plugins: [entryErrors], banner: { js: '"use strict";' } });
    rmSync(src);
  }
}
rmSync(join(pkg, ".cjs-src"), { recursive: true, force: true });

// Each ESM runtime entry becomes one minified file: fewer modules for Node to load at start-up
// (each costs about 0.4 ms), and only the code the entry reaches. lib/errors.js is bundled into
// each; FpgoError is still one class whichever entries an app imports (the class is registered
// once per realm: lib/errors.js). Each module's glue is bundled in too, so each entry has its own
// instance: an app that imports both `fpgo` and `fpgo/client` instantiates the full module twice
// (about 1.4 ms and its memory each), and every app saves the glue's module at import (about 0.5 ms;
// docs/performance.md, "Start-up"). The .wasm and the inline base64 stay apart; the Deno entries
// re-export the inline ones. `fpgo`'s Node entries are the exception to one file: their
// validation and client come from the DEFERRED bundles on first use.
const wasmFilesApart = {
  name: "wasm-files-apart",
  setup(b) {
    b.onResolve({ filter: /^\.\/wasm\// }, ({ path }) => (/^\.\/wasm\/[a-z]+\.js$/.test(path) ? undefined : { path, external: true }));
  },
};
await build({
  entryPoints: files.map((f) => join(pkg, f)),
  outdir: pkg,
  allowOverwrite: true,
  bundle: true,
  format: "esm",
  minify: true,
  external: ["node:*"],
  plugins: [wasmFilesApart],
  logLevel: "warning",
});

// Declarations: every entry file gets a sibling (.d.ts / .d.cts) re-exporting its entry's types.
for (const stem of Object.keys(ENTRIES)) {
  for (const runtime of ["browser", "node", "workerd", "edge", "inline", "deno"]) {
    writeFileSync(join(pkg, `${stem}.${runtime}.d.ts`), `export * from "./types/${stem}.js";\n`);
  }
  for (const runtime of ["node", "inline"]) writeFileSync(join(pkg, `${stem}.${runtime}.d.cts`), `export * from "./types/${stem}.cjs";\n`);
}

// Builder declarations, one per endpoint, from the same table as the functions.
// Each takes its endpoint's generated builder input (`FpgoBuilderInputs` in endpoints.d.ts).
const builderDecls = BUILDERS.map(
  ([name, id]) => `/** Builds the body of \`${id}\`; throws an FpgoError with the validation's \`errors\` map. */\nexport declare function ${name}(input: BodyInputs["${id}"], options?: BuildOptions | null): Built<BodyPayloads["${id}"]>;`,
).join("\n");
const typesDir = join(pkg, "types");
const validateTypes = !existsSync(join(typesDir, "validate.d.ts")) ? "" : readFileSync(join(typesDir, "validate.d.ts"), "utf8").replace("// @builders@", builderDecls);
writeFileSync(join(typesDir, "validate.d.ts"), validateTypes);

// package.json `exports`.
const conditions = (stem) => ({
  workerd: `./${stem}.workerd.js`,
  worker: `./${stem}.workerd.js`,
  "edge-light": `./${stem}.edge.js`,
  deno: `./${stem}.deno.js`,
  browser: `./${stem}.browser.js`,
  node: { import: `./${stem}.node.js`, require: `./${stem}.node.cjs` },
  import: `./${stem}.browser.js`,
  require: `./${stem}.node.cjs`,
  default: `./${stem}.browser.js`,
});
const inline = (stem) => ({ import: `./${stem}.inline.js`, require: `./${stem}.inline.cjs`, default: `./${stem}.inline.js` });
// Typed for both module systems (attw reads `types` under `require` as CommonJS declarations).
const wasmPath = (w) => ({
  import: { types: "./types/wasm-module.d.ts", default: `./wasm/${w}_bg.wasm` },
  require: { types: "./types/wasm-module.d.cts", default: `./wasm/${w}_bg.wasm` },
});
const exportsMap = { ".": conditions("index"), "./inline": inline("index") };
for (const stem of ["callbacks", "validate", "client"]) {
  exportsMap[`./${stem}`] = conditions(stem);
  exportsMap[`./${stem}/inline`] = inline(stem);
}
for (const [name, w] of [["callbacks", "callbacks"], ["validate", "validate"], ["fpgo", "full"]]) {
  exportsMap[`./${name}.wasm`] = wasmPath(w);
  exportsMap[`./${name}.wasm?module`] = wasmPath(w);
}
exportsMap["./fpgo_bg.wasm"] = wasmPath("full");
exportsMap["./package.json"] = "./package.json";
const manifest = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
manifest.exports = exportsMap;
// TypeScript's node10 resolution ignores `exports`: typesVersions maps each subpath to its types.
const typesFor = (subpath) => (subpath.includes(".wasm") ? ["./types/wasm-module.d.ts"] : [`./types/${subpath === "inline" ? "index" : subpath.split("/")[0]}.d.ts`]);
manifest.typesVersions = {
  "*": Object.fromEntries(Object.keys(exportsMap).filter((k) => k !== "." && k !== "./package.json").map((k) => [k.slice(2), typesFor(k.slice(2))])),
};
writeFileSync(join(pkg, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`entries: ${files.length} ESM files, ${2 * Object.keys(ENTRIES).length} CommonJS bundles`);
