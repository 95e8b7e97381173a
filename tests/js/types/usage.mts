// Type-level tests of the package's ESM declarations: this file must compile under `strict`; the
// expect-error lines below must be errors (tsc fails if one is not).
import { verifyCallback, signCallback, parseTerminalCallback, init } from "fpgo";
import type { VerifyCallbackResult, CallbackErrorCode, TerminalCallbackParams } from "fpgo";

await init();
const query: string = signCallback([["orderUuid", "O"], ["amount", 100]], "secret");
const result: VerifyCallbackResult = verifyCallback(query, "secret");
verifyCallback(query, ["old", "new"] as const, { toleranceSeconds: 0, now: new Date() });
if (result.valid) {
  const p = result.params;
  if (p.kind === "order") {
    const uuid: string = p.orderUuid;
    const amount: string | undefined = p.amount;
    void uuid, amount;
  } else if (p.kind === "companyCheck") {
    const score: number | undefined = p.score;
    void score;
  }
} else {
  const code: CallbackErrorCode = result.error.code;
  void code;
}
const t: TerminalCallbackParams = parseTerminalCallback("orderUuid=O");
const authenticated: false = t.authenticated;
void authenticated;

// @ts-expect-error: a result must be narrowed before reading params (they may be undefined)
result.params.raw;
// @ts-expect-error: toleranceSeconds is a number
verifyCallback(query, "s", { toleranceSeconds: "300" });
// @ts-expect-error: unknown error codes are not CallbackErrorCode
const bad: CallbackErrorCode = "nope";
void bad;
