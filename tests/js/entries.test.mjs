// Every subpath entry from Node, ESM and CommonJS, file-based and inline: each exports its
// capability's functions and nothing of the others', and they work.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const CALLBACKS = ["verifyCallback", "signCallback", "parseTerminalCallback"];
const VALIDATE = ["validate", "endpoints", "computeTotals", "build", "reservationWarnings", "ordersSendPaymentLink"];

function check(name, m, has, hasNot) {
  for (const f of [...has, "init", "initSync", "isFpgoError"]) assert.equal(typeof m[f], "function", `${name}: ${f}`);
  for (const f of hasNot) assert.equal(m[f], undefined, `${name} must not carry ${f}`);
  if (has.includes("verifyCallback")) {
    const q = m.signCallback({ orderUuid: "ODR1", status: "PAID", createdAt: 1755764131, paymentMethod: "Visa", amount: "1", timestamp: 1755764131 }, "s");
    assert.equal(m.verifyCallback(q, "s", { toleranceSeconds: 0 }).valid, true, name);
  }
  if (has.includes("validate")) assert.equal(m.validate("orders.cancel", { cancellationNote: "x" }).valid, true, name);
  assert.throws(() => { throw new m.FpgoError({ code: "x", message: "y" }); }, (e) => m.isFpgoError(e) && e.code === "x");
}

test("fpgo/callbacks, fpgo/validate, fpgo/client and fpgo, import and require, file and inline", async () => {
  for (const suffix of ["", "/inline"]) {
    check(`callbacks${suffix}`, await import(`fpgo/callbacks${suffix}`), CALLBACKS, [...VALIDATE, "FpgoClient"]);
    check(`validate${suffix}`, await import(`fpgo/validate${suffix}`), VALIDATE, [...CALLBACKS, "FpgoClient"]);
    check(`fpgo${suffix}`, await import(`fpgo${suffix}`), [...CALLBACKS, ...VALIDATE, "FpgoClient"], []);
    check(`require callbacks${suffix}`, require(`fpgo/callbacks${suffix}`), CALLBACKS, VALIDATE);
    check(`require fpgo${suffix}`, require(`fpgo${suffix}`), [...CALLBACKS, ...VALIDATE], []);
    const client = await import(`fpgo/client${suffix}`);
    assert.equal(typeof client.FpgoClient, "function");
    assert.equal(client.validate, undefined);
  }
});

test("the .wasm subpaths resolve to the modules", () => {
  for (const name of ["callbacks", "validate", "fpgo"]) assert.match(require.resolve(`fpgo/${name}.wasm`), /_bg\.wasm$/);
});

test("the browser entry before init(): not_initialized naming init()", async () => {
  const m = await import("../../pkg/callbacks.browser.js");
  assert.throws(() => m.signCallback({ a: "1" }, "s"), (e) => e.code === "not_initialized" && /init\(\)/.test(e.message));
  const r = m.verifyCallback("a=1", "s");
  assert.equal(r.valid, false);
  assert.equal(r.error.code, "not_initialized");
});

test("one FpgoError class across the entries, ESM and CommonJS (each bundles lib/errors.js; the class is registered once per realm)", async () => {
  const [callbacks, validate, index] = await Promise.all([import("fpgo/callbacks"), import("fpgo/validate"), import("fpgo")]);
  assert.equal(callbacks.FpgoError, validate.FpgoError);
  assert.equal(callbacks.FpgoError, index.FpgoError);
  assert.throws(() => validate.build("orders.cancel", 5), (e) => e instanceof callbacks.FpgoError);
  assert.equal(callbacks.FpgoError.name, "FpgoError");
  assert.equal(require("fpgo/callbacks").FpgoError, callbacks.FpgoError);
});

test("each module is bound by its wasm-bindgen glue: text functions only, no JS value imported", () => {
  const EXPORTS = { callbacks: ["verify_callback", "sign_callback", "parse_terminal_callback"], validate: ["validate", "endpoints", "compute_totals", "build", "reservation_warnings"] };
  for (const [name, functions] of Object.entries(EXPORTS)) {
    const module = new WebAssembly.Module(readFileSync(require.resolve(`fpgo/${name}.wasm`)));
    // The glue's only import initialises the externref table; no function reads a JS value.
    assert.deepEqual(WebAssembly.Module.imports(module).map((i) => i.name), ["__wbindgen_init_externref_table"], name);
    const exports = WebAssembly.Module.exports(module).map((e) => e.name);
    for (const needed of ["memory", "__wbindgen_start", ...functions]) assert.ok(exports.includes(needed), `${name} exports ${needed}`);
    // Built with panic = "immediate-abort" (scripts/build-pkg.sh): no panic message is kept.
    assert.ok(!exports.includes("take_panic_message"), `${name}: no panic hook`);
    assert.ok(!exports.includes("fpgo_alloc"), `${name}: no hand-rolled calling convention left`);
  }
});

test("a browser entry's init()/initSync() take bytes, a WebAssembly.Module or { module_or_path } as wasm-bindgen's did", async () => {
  const bytes = readFileSync(require.resolve("fpgo/validate.wasm"));
  const cases = [
    (m) => m.init(bytes),
    (m) => m.init({ module_or_path: new WebAssembly.Module(bytes) }),
    (m) => m.initSync({ module: new WebAssembly.Module(bytes) }),
    (m) => m.initSync(bytes),
  ];
  for (const [i, initialise] of cases.entries()) {
    const m = await import(`../../pkg/validate.browser.js?case=${i}`);
    assert.throws(() => m.endpoints(), (e) => e.code === "not_initialized", `case ${i} before init`);
    await initialise(m);
    assert.equal(m.validate("orders.cancel", { cancellationNote: "x" }).valid, true, `case ${i}`);
    assert.equal(m.validate("orders.cancel", {}).errors.cancellationNote.length, 1, `case ${i}`);
  }
});

test("text crossing: non-ASCII and empty strings arrive whole, and repeated calls free their memory", async () => {
  for (const name of ["callbacks", "validate"]) {
    // A fresh copy of the module's glue (the query makes it a separate ES module) and its instance.
    const wasm = await import(`../../pkg/wasm/${name}.js?crossing`);
    const exports = wasm.initSync({ module: new WebAssembly.Module(readFileSync(require.resolve(`fpgo/${name}.wasm`))) });
    const grown = [];
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 2000; i++) {
        if (name === "callbacks") {
          const answer = JSON.parse(wasm.sign_callback(JSON.stringify([["name", `Åse 😀 ${i} ${"x".repeat(2000)}`], ["empty", ""]]), "søcret"));
          assert.ok(answer.ok.includes("name=%C3%85se%20%F0%9F%98%80"), answer.ok.slice(0, 80));
        } else {
          const answer = JSON.parse(wasm.validate("orders.cancel", JSON.stringify({ cancellationNote: `Åse 😀 ${i} ${"x".repeat(2000)}` }), ""));
          assert.equal(answer.ok.valid, true);
        }
      }
      grown.push(exports.memory.buffer.byteLength);
    }
    assert.equal(grown[1], grown[0], `${name}: a second round of 2,000 calls grows no memory (${grown})`);
  }
});

/** The .wasm files a fresh Node process reads for `steps` (a script over `m`, the imported
 *  `spec`), in order; `hidden` files fail to read (as in a bundle that did not copy them). */
function wasmReads(spec, steps, hidden = []) {
  const script = `
    const fs = process.getBuiltinModule("node:fs");
    const read = fs.readFileSync;
    const files = [];
    let compiles = 0;
    const Module = WebAssembly.Module;
    WebAssembly.Module = class extends Module {
      constructor(...args) {
        super(...args);
        compiles++;
      }
    };
    const hidden = ${JSON.stringify(hidden)};
    const deferred = []; // fpgo's deferred bundles the entry read (lib/deferred.js, evaluateBundle)
    const loaded = () => deferred.slice();
    fs.readFileSync = function (path, ...rest) {
      const name = String(path).replace(/^.*[\\\\/]/, "");
      if (/^index\\.node\\.[a-z]+\\.cjs$/.test(name)) deferred.push(name);
      if (name.endsWith(".wasm")) {
        files.push(name);
        if (hidden.includes(name)) throw Object.assign(new Error("ENOENT: " + name), { code: "ENOENT" });
      }
      return read.call(this, path, ...rest);
    };
    const m = ${spec.endsWith(".cjs") ? `require(${JSON.stringify(spec)})` : `await import(${JSON.stringify(spec)})`};
    const signed = m.signCallback && m.signCallback({ orderUuid: "ODR1", status: "PAID", createdAt: 1755764131, paymentMethod: "Visa", amount: "1", timestamp: 1755764131 }, "s");
    const verify = () => m.verifyCallback(signed, "s", { now: 1755764131 }).valid;
    const results = [];
    ${steps}
    console.log(JSON.stringify({ files, results, compiles, deferred: loaded() }));`;
  const cjs = spec.endsWith(".cjs");
  const out = execFileSync(process.execPath, cjs ? ["-e", script] : ["--input-type=module", "-e", script], { cwd: new URL(".", import.meta.url), encoding: "utf8" });
  return JSON.parse(out);
}

test("fpgo in Node verifies callbacks on the small callbacks module until the full one runs (ESM and CommonJS)", () => {
  const steps = `results.push(verify()); results.push(m.validate("orders.cancel", { cancellationNote: 5 }).valid); results.push(verify());`;
  for (const spec of ["fpgo", require.resolve("fpgo").replace(/\.js$/, ".cjs")]) {
    const { files, results } = wasmReads(spec, steps);
    assert.deepEqual(results, [true, false, true], spec);
    // signCallback and the first verifyCallback: the callbacks module; validate() of an invalid
    // payload: the full one, which the callback functions then use (no second read).
    assert.deepEqual(files, ["callbacks_bg.wasm", "full_bg.wasm"], spec);
  }
});

test("fpgo in Node verifies callbacks on the full module when the callbacks module cannot be read", () => {
  const { files, results } = wasmReads("fpgo", "results.push(verify());", ["callbacks_bg.wasm"]);
  assert.deepEqual(results, [true]);
  assert.deepEqual(files, ["callbacks_bg.wasm", "full_bg.wasm"]);
});

test("validate() of a valid payload compiles no WebAssembly (the JS fast path); an invalid one compiles its module once", () => {
  const valid = `results.push(m.validate("orders.cancel", { cancellationNote: "x" }).valid);`;
  const invalid = `results.push(m.validate("orders.cancel", { cancellationNote: 5 }).valid);`;
  assert.deepEqual(wasmReads("fpgo/validate", valid + valid), { files: ["validate_bg.wasm"], results: [true, true], compiles: 0, deferred: [] });
  assert.deepEqual(wasmReads("fpgo/validate", valid + invalid + invalid), { files: ["validate_bg.wasm"], results: [true, false, false], compiles: 1, deferred: [] });
});

test("a Node without process.getBuiltinModule gets not_initialized naming the Node version, not a crash at import", () => {
  const script = `
    process.getBuiltinModule = undefined;
    const m = await import("fpgo/callbacks");
    try {
      m.signCallback({ a: "1" }, "s");
      console.log("no error");
    } catch (e) {
      console.log(JSON.stringify({ code: e.code, message: e.message }));
    }`;
  const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: new URL(".", import.meta.url), encoding: "utf8" }));
  assert.equal(out.code, "not_initialized");
  assert.match(out.message, /Node\.js 20\.16/);
});

// fpgo's Node entries (index.node.js, index.node.cjs) carry the callbacks API; the validation and
// the client (with the full module's glue) come from index.node.validate.cjs and
// index.node.client.cjs beside them, on first use (lib/deferred.js; start-up).
const NODE_ENTRIES = ["fpgo", require.resolve("fpgo").replace(/\.js$/, ".cjs")];

test("fpgo's Node entries load the validation and the client on first use, once, on one instance of the full module (ESM and CommonJS)", () => {
  const steps = `
    results.push(verify(), loaded());
    results.push(m.validate("orders.cancel", { cancellationNote: "x" }).valid, loaded());
    const client = new m.FpgoClient({ token: "t", environment: "demo" });
    results.push(client instanceof m.FpgoClient, loaded());
    results.push(m.validate("orders.cancel", { cancellationNote: 5 }).valid, m.ordersCancel({ cancellationNote: "y" }).payload.cancellationNote, verify(), loaded());`;
  for (const spec of NODE_ENTRIES) {
    const { files, results, compiles, deferred } = wasmReads(spec, steps);
    const validation = ["index.node.validate.cjs"];
    const both = ["index.node.validate.cjs", "index.node.client.cjs"];
    assert.deepEqual(results, [true, [], true, validation, true, both, false, "y", true, both], spec);
    assert.deepEqual(deferred, both, `${spec}: each bundle loaded once`);
    // The callbacks module for signCallback, the full one once for the client, validate(), the
    // builder and the callbacks after it: one instance.
    assert.deepEqual(files, ["callbacks_bg.wasm", "full_bg.wasm"], spec);
    assert.equal(compiles, 2, spec);
  }
});

test("fpgo's Node entries: initSync() starts the full module (its glue comes with the client), which every function then uses", () => {
  const steps = `
    m.initSync();
    results.push(loaded());
    results.push(verify(), m.validate("orders.cancel", { cancellationNote: 5 }).valid, m.computeTotals([{ quantity: 1, rate: 100, tax: 25 }]).orderSummary.grandTotal, loaded());`;
  for (const spec of NODE_ENTRIES) {
    const { files, results, compiles } = wasmReads(spec, steps);
    assert.deepEqual(results, [["index.node.client.cjs"], true, false, "100.00", ["index.node.client.cjs", "index.node.validate.cjs"]], spec);
    // The callbacks module for the signCallback before the steps; the full one once.
    assert.deepEqual(files, ["callbacks_bg.wasm", "full_bg.wasm"], spec);
    assert.equal(compiles, 2, spec);
  }
});

test("fpgo's Node entries throw one FpgoError class from their deferred bundles, also in a realm whose globalThis cannot be extended", () => {
  // The registry of lib/errors.js cannot be written there: the bundles take the entry's errors
  // module instead (lib/deferred.js, evaluateBundle).
  for (const spec of NODE_ENTRIES) {
    const load = spec.endsWith(".cjs") ? `require(${JSON.stringify(spec)})` : `await import(${JSON.stringify(spec)})`;
    const script = `
      Object.preventExtensions(globalThis);
      const m = ${load};
      const caught = (f) => { try { f(); return "no error"; } catch (e) { return [e.code, e instanceof m.FpgoError, m.isFpgoError(e)]; } };
      console.log(JSON.stringify([
        caught(() => m.validate("nope", {})),
        caught(() => m.computeTotals("x")),
        caught(() => new m.FpgoClient({})),
        caught(() => m.signCallback({ a: "1" }, "")),
        m.FpgoClient.name,
      ]));`;
    const args = spec.endsWith(".cjs") ? ["-e", script] : ["--input-type=module", "-e", script];
    const out = JSON.parse(execFileSync(process.execPath, args, { cwd: new URL(".", import.meta.url), encoding: "utf8" }));
    assert.deepEqual(out, [["unknown_endpoint", true, true], ["not_a_list", true, true], ["invalid_argument", true, true], ["missing_secret", true, true], "FpgoClient"], spec);
  }
});

test("the package's files carry fpgo's deferred Node bundles (npm pack)", () => {
  const pkg = new URL("../../pkg/", import.meta.url);
  const [{ files }] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: pkg, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  const paths = files.map((f) => f.path);
  for (const file of ["index.node.js", "index.node.cjs", "index.node.validate.cjs", "index.node.client.cjs"]) assert.ok(paths.includes(file), `${file} is packed`);
  // Evaluated as a function body (lib/deferred.js): strict, as the ES modules they were written as.
  for (const file of ["index.node.validate.cjs", "index.node.client.cjs"]) assert.ok(readFileSync(new URL(file, pkg), "utf8").startsWith('"use strict";'), `${file} is strict`);
});

/** What a module exports, as comparable data: each name's type and parameter count, and
 *  FpgoClient's prototype methods with theirs. */
function shape(m) {
  const out = {};
  for (const name of Object.keys(m).sort()) out[name] = [typeof m[name], m[name].length];
  const proto = m.FpgoClient.prototype;
  out["FpgoClient.prototype"] = Object.getOwnPropertyNames(proto).map((k) => [k, typeof proto[k], proto[k].length, Object.getOwnPropertyDescriptor(proto, k).enumerable]);
  out["FpgoClient statics"] = Object.getOwnPropertyNames(m.FpgoClient).sort();
  return out;
}

test("fpgo's Node entries export what fpgo/inline does: the same names, kinds, parameter counts and FpgoClient methods", async () => {
  const reference = shape(await import("fpgo/inline"));
  assert.ok(Object.keys(reference).length > 45, "every function of fpgo");
  assert.deepEqual(shape(await import("fpgo")), reference, "import");
  assert.deepEqual(shape(require("fpgo")), reference, "require");
});

test("FpgoClient of fpgo's Node entries: new, instanceof, a subclass, and its methods on the real client (ESM and CommonJS)", async () => {
  /** A run of the client over `FpgoClient`: a subclass overriding request(), an area method
   *  reaching it, an answer of the server read by the real client (its private state). */
  async function run(FpgoClient, isFpgoError) {
    const seen = [];
    const fetch = async (request) => {
      seen.push([request.method, new URL(request.url).pathname]);
      return new Response(JSON.stringify({ message: "Unauthenticated." }), { status: 401, headers: { "content-type": "application/json" } });
    };
    class Logged extends FpgoClient {
      constructor(options) {
        super({ ...options, fetch });
        this.label = "logged";
      }
      request(endpointId, input) {
        seen.push(endpointId);
        return super.request(endpointId, input);
      }
    }
    const plain = new FpgoClient({ token: "t", environment: "demo", fetch, maxRetries: 0 });
    const logged = new Logged({ token: "t", environment: "demo", maxRetries: 0 });
    let error;
    try {
      await logged.orders.listStatuses();
    } catch (e) {
      error = e;
    }
    let bad;
    try {
      new FpgoClient({ token: "t", environment: "nowhere" });
    } catch (e) {
      bad = e;
    }
    return {
      instance: [plain instanceof FpgoClient, logged instanceof Logged, logged instanceof FpgoClient, Object.getPrototypeOf(plain) === FpgoClient.prototype, logged.label],
      areas: Object.keys(plain),
      seen,
      error: [isFpgoError(error), error.code, error.kind, error.httpStatus, error.endpointId, error.attempts],
      bad: [isFpgoError(bad), bad.code],
      unknown: await FpgoClient.prototype.request.call(plain, "no.such").catch((e) => e.code),
    };
  }
  const inline = await import("fpgo/inline");
  const reference = await run(inline.FpgoClient, inline.isFpgoError);
  assert.deepEqual(reference.instance, [true, true, true, true, "logged"]);
  assert.deepEqual(reference.seen, ["orders.listStatuses", ["GET", "/api/v1/connect/orders/status"]]);
  assert.equal(reference.error[3], 401);
  for (const m of [await import("fpgo"), require("fpgo")]) assert.deepEqual(await run(m.FpgoClient, m.isFpgoError), reference);
});

test("fpgo's ESM Node entry without its deferred bundles: callbacks work, validation is not_initialized naming the file", async () => {
  const { mkdtempSync, cpSync, rmSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join, dirname } = await import("node:path");
  const pkg = dirname(require.resolve("fpgo"));
  const dir = mkdtempSync(join(tmpdir(), "fpgo-entry-"));
  try {
    // The entry and its .wasm files, as an app bundle that copied only those would have them.
    cpSync(join(pkg, "index.node.js"), join(dir, "index.node.js"));
    cpSync(join(pkg, "wasm"), join(dir, "wasm"), { recursive: true });
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
    const script = `
      const m = await import(${JSON.stringify(join(dir, "index.node.js"))});
      const q = m.signCallback({ orderUuid: "ODR1", status: "PAID", createdAt: 1755764131, paymentMethod: "Visa", amount: "1", timestamp: 1755764131 }, "s");
      const out = [m.verifyCallback(q, "s", { now: 1755764131 }).valid];
      for (const call of [() => m.validate("orders.cancel", {}), () => new m.FpgoClient({ token: "t", environment: "demo" })]) {
        try { call(); out.push("no error"); } catch (e) { out.push([m.isFpgoError(e), e.code, e.message]); }
      }
      console.log(JSON.stringify(out));`;
    const [valid, validation, client] = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
    assert.equal(valid, true);
    assert.deepEqual(validation.slice(0, 2), [true, "not_initialized"]);
    assert.match(validation[2], /index\.node\.validate\.cjs/);
    assert.deepEqual(client.slice(0, 2), [true, "not_initialized"]);
    assert.match(client[2], /index\.node\.client\.cjs/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("fpgo's Node entries in Bun (it runs them): callbacks, validation, builders and FpgoClient, import and require", () => {
  const bun = fileURLToPath(new URL("../../node_modules/.bin/bun", import.meta.url));
  const body = (m) => `{
    const q = ${m}.signCallback({ orderUuid: "ODR1", status: "PAID", createdAt: 1755764131, paymentMethod: "Visa", amount: "1", timestamp: 1755764131 }, "s");
    class Sub extends ${m}.FpgoClient {}
    out.push([${m}.verifyCallback(q, "s", { now: 1755764131 }).valid, ${m}.validate("orders.cancel", { cancellationNote: "x" }).valid,
      ${m}.validate("orders.cancel", { cancellationNote: 5 }).valid, ${m}.ordersCancel({ cancellationNote: "y" }).payload.cancellationNote,
      new Sub({ token: "t", environment: "demo" }) instanceof ${m}.FpgoClient, ${m}.FpgoError === globalThis[Symbol.for("fpgo.FpgoError.v1")]]); }`;
  const script = `import * as esm from "fpgo"; import { createRequire } from "node:module";
    const cjs = createRequire(import.meta.url)("fpgo"); const out = [];
    ${body("esm")} ${body("cjs")}
    out.push(esm.FpgoError === cjs.FpgoError, Object.keys(esm).length === Object.keys(cjs).length);
    console.log(JSON.stringify(out));`;
  const cwd = new URL(".", import.meta.url);
  const { writeFileSync, rmSync } = require("node:fs");
  const file = new URL("./.bun-entries.mjs", import.meta.url);
  writeFileSync(file, script);
  try {
    const out = JSON.parse(execFileSync(bun, ["run", "./.bun-entries.mjs"], { cwd, encoding: "utf8" }));
    const each = [true, true, false, "y", true, true];
    assert.deepEqual(out, [each, each, true, true]);
  } finally {
    rmSync(file, { force: true });
  }
});
