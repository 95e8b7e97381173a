// Type-level test of the CommonJS declarations (`require("fpgo")`).
import fpgo = require("fpgo");

const r = fpgo.verifyCallback(fpgo.signCallback({ orderUuid: "O" }, "s"), "s", { toleranceSeconds: 0 });
if (!r.valid) {
  const code: fpgo.CallbackErrorCode = r.error.code;
  void code;
}
void fpgo.init();
