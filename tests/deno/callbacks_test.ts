// The built package from Deno, imported by name from node_modules, with no permissions at all
// (`deno test --no-prompt`): the .wasm is loaded through Deno's native WebAssembly imports.
import { assertEquals } from "./assert.ts";
import { parseTerminalCallback, signCallback, verifyCallback } from "fpgo";

const SECRET = "deno-secret";

Deno.test("sign then verify an order callback", () => {
  const q = signCallback([["orderUuid", "ODR1"], ["status", "PAID"], ["timestamp", Math.floor(Date.now() / 1000)]], SECRET);
  const r = verifyCallback(`https://merchant.example/cb?${q}`, SECRET);
  assertEquals(r.valid, true);
  if (r.valid && r.params.kind === "order") assertEquals(r.params.status, "PAID");
  else throw new Error("expected a verified order callback");
});

Deno.test("rejections carry stable codes", () => {
  const q = signCallback({ orderUuid: "O", timestamp: 1000 }, SECRET);
  const stale = verifyCallback(q, SECRET);
  assertEquals(stale.valid ? null : stale.error.code, "stale");
  const tampered = verifyCallback(q.replace("orderUuid=O", "orderUuid=P"), SECRET, { toleranceSeconds: 0 });
  assertEquals(tampered.valid ? null : tampered.error.code, "checksum_mismatch");
});

Deno.test("terminal callbacks are unauthenticated", () => {
  const t = parseTerminalCallback("orderUuid=ODR1&status=Approved&type=Payment");
  assertEquals(t.authenticated, false);
  assertEquals(t.status, "Approved");
});
