// Every subpath entry from Node, ESM and CommonJS, file-based and inline: each exports its
// capability's functions and nothing of the others', and they work.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

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
    for (const needed of ["memory", "__wbindgen_start", "take_panic_message", ...functions]) assert.ok(exports.includes(needed), `${name} exports ${needed}`);
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
    fs.readFileSync = function (path, ...rest) {
      const name = String(path).replace(/^.*[\\\\/]/, "");
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
    console.log(JSON.stringify({ files, results, compiles }));`;
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
  assert.deepEqual(wasmReads("fpgo/validate", valid + valid), { files: ["validate_bg.wasm"], results: [true, true], compiles: 0 });
  assert.deepEqual(wasmReads("fpgo/validate", valid + invalid + invalid), { files: ["validate_bg.wasm"], results: [true, false, false], compiles: 1 });
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
