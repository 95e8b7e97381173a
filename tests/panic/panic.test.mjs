// A bug that panics in Rust is FpgoError `internal` (the shipped modules are built with
// `panic = "immediate-abort"`: the panic is a bare `unreachable` trap and no message is kept), and
// the module keeps working: the wrapper replaces the trapped instance with a fresh one. Runs against
// the test-only build of `make test-pkg-panic` (cargo feature `wasm-test-panic`, never shipped).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";

const dir = new URL("../../target/pkg-panic/", import.meta.url);
// Kept apart from tests/js/ so that no other suite picks up a stale build of it.
assert.ok(existsSync(new URL("wasm/callbacks_bg.wasm", dir)), "run `make test-pkg-panic`, which builds target/pkg-panic first");

test("a Rust panic becomes FpgoError internal, and the instance is replaced", async () => {
  const { wasmGetter, cachedLoader } = await import(new URL("lib/instance.js", dir));
  const { wasmCaller } = await import(new URL("lib/boundary.js", dir));
  const { callbacksApi } = await import(new URL("lib/callbacks.js", dir));
  const glue = await import(new URL("wasm/callbacks.js", dir));
  const { readFileSync } = await import("node:fs");
  const getWasm = wasmGetter({ load: cachedLoader(() => readFileSync(new URL("wasm/callbacks_bg.wasm", dir)), "test"), hint: "", glue });
  const call = wasmCaller(getWasm);
  const api = callbacksApi(getWasm);
  const q = api.signCallback({ orderUuid: "ODR1", status: "PAID", createdAt: 1755764131, paymentMethod: "Visa", amount: "1", timestamp: 1755764131 }, "s");
  for (let i = 0; i < 3000; i++) {
    assert.throws(
      () => call("test_panic", `bug ${i}`),
      (e) =>
        e.name === "FpgoError" &&
        e.code === "internal" &&
        e.message.startsWith("fpgo hit a bug: a panic in its WebAssembly (unreachable") &&
        !e.message.includes(`bug ${i}`) &&
        e.message.includes("restarted") &&
        e.cause instanceof WebAssembly.RuntimeError,
    );
  }
  assert.equal(api.verifyCallback(q, "s", { toleranceSeconds: 0 }).valid, true);
  assert.equal(getWasm().take_panic_message, undefined, "no panic hook in a module built with immediate-abort");
});
