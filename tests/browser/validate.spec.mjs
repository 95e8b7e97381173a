// validate() and endpoints() in the browser build: the same verdicts as natively and in Node
// (tests/artifacts/validate-verdicts.json from tests/validate_verdicts.rs, else the committed copy).
const eq = (a, b, what) => { if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`); };
const fixture = async (p) => (await fetch(`/tests/fixtures/${p}`)).json();

export default {
  async "every stored native verdict is reproduced"(fpgo) {
    const fresh = await fetch("/tests/artifacts/validate-verdicts.json");
    const { cases } = fresh.ok ? await fresh.json() : await fixture("validate-verdicts.json");
    if (cases.length < 100) throw new Error(`only ${cases.length} cases`);
    for (const c of cases) {
      const r = fpgo.validate(c.endpoint, c.payload, { lang: c.lang });
      eq(r.valid, c.valid, `${c.endpoint} / ${c.case} valid`);
      eq(r.errors, c.errors, `${c.endpoint} / ${c.case} errors`);
    }
  },
  async "tax rates and typed errors"(fpgo) {
    const p = await fixture("examples/orders.sendPaymentLink.json");
    p.products[0].tax = 8;
    eq(fpgo.validate("orders.sendPaymentLink", p).errors["products.0.tax"][0].rule, "In", "default rates");
    eq(fpgo.validate("orders.sendPaymentLink", p, { taxRates: [8] }).errors["products.0.tax"], undefined, "merchant rates");
    let code;
    try { fpgo.validate("orders.nope", p); } catch (e) { code = `${e.name}:${e.code}`; }
    eq(code, "FpgoError:unknown_endpoint", "unknown endpoint");
  },
  "endpoints() lists 52 endpoints"(fpgo) {
    const list = fpgo.endpoints();
    eq(list.length, 52, "count");
    const link = list.find((e) => e.id === "orders.sendPaymentLink");
    eq(`${link.method} ${link.path}`, "POST /api/v1/connect/orders/payment-link/create", "method and path");
  },
};
