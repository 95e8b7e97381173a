// The built package from Deno, imported by name from node_modules, with no permissions at all
// (`deno test --no-prompt`): the .wasm is loaded through Deno's native WebAssembly imports.
import { assertEquals } from "./assert.ts";
import { parseTerminalCallback, signCallback, verifyCallback } from "fpgo";

const SECRET = "deno-secret";
/** A complete order callback: fpgo refuses one without every documented field. */
const order = (timestamp: number): Array<[string, string | number]> => [["orderUuid", "ODR1"], ["status", "PAID"], ["createdAt", 1755764131], ["paymentMethod", "Visa"], ["amount", "100.00"], ["timestamp", timestamp]];

Deno.test("sign then verify an order callback", () => {
  const q = signCallback(order(Math.floor(Date.now() / 1000)), SECRET);
  const r = verifyCallback(`https://merchant.example/cb?${q}`, SECRET);
  assertEquals(r.valid, true);
  if (r.valid && r.params.kind === "order") assertEquals(r.params.status, "PAID");
  else throw new Error("expected a verified order callback");
});

Deno.test("rejections carry stable codes", () => {
  const q = signCallback(order(1_000_000_000), SECRET);
  const stale = verifyCallback(q, SECRET);
  assertEquals(stale.valid ? null : stale.error.code, "stale");
  const tampered = verifyCallback(q.replace("orderUuid=ODR1", "orderUuid=ODR2"), SECRET, { toleranceSeconds: 0 });
  assertEquals(tampered.valid ? null : tampered.error.code, "checksum_mismatch");
  const shifted = verifyCallback(q.replace("paymentMethod=Visa&amount=100.00", "paymentMethod=Visa1&amount=00.00"), SECRET, { toleranceSeconds: 0 });
  assertEquals(shifted.valid ? null : shifted.error.code, "malformed_callback");
});

Deno.test("terminal callbacks are unauthenticated", () => {
  const t = parseTerminalCallback("orderUuid=ODR1&status=Approved&type=Payment");
  assertEquals(t.authenticated, false);
  assertEquals(t.status, "Approved");
});
