// computeTotals from the built package (Node ESM), imported by name as an installed dependency.
import { test } from "node:test";
import assert from "node:assert/strict";
import { computeTotals } from "fpgo";

test("the documented example comes out exactly (000:2162-2211)", () => {
  const r = computeTotals([{ name: "Test Product", quantity: 1, rate: 4500, tax: 12 }]);
  assert.deepEqual(r.orderSummary, { subTotal: "4017.86", totalTax: "482.14", totalDiscount: "0.00", grandTotal: "4500.00" });
  assert.deepEqual(r.lines, [{ name: "Test Product", quantity: 1, rate: 4500, tax: 12, amount: "4500.00" }]);
  assert.deepEqual(r.warnings, []);
});

test("strings, Norwegian commas and discounts; float-hostile values stay exact", () => {
  const r = computeTotals([
    { quantity: "3", rate: "0,10", tax: "0" },
    { quantity: 2, rate: 1000, discount: "100", tax: 25 },
  ]);
  assert.equal(r.lines[0].amount, "0.30"); // 3 * 0.1 in floats is 0.30000000000000004
  assert.equal(r.lines[1].amount, "1900.00");
  assert.deepEqual(r.orderSummary, { subTotal: "1600.30", totalTax: "400.00", totalDiscount: "100.00", grandTotal: "1900.30" });
});

test("subTotal + totalTax - totalDiscount = grandTotal, in øre, for many carts", () => {
  const ore = (s) => BigInt(s.replace(".", ""));
  let seed = 7;
  const rnd = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let i = 0; i < 300; i++) {
    const lines = Array.from({ length: 1 + rnd(25) }, () => {
      const rate = `${rnd(100000)}.${String(rnd(100)).padStart(2, "0")}`;
      return { quantity: 1 + rnd(20), rate, tax: [0, 12, 15, 25][rnd(4)], discount: rnd(3) === 0 ? "0.01" : 0 };
    }).filter((l) => Number(l.rate) * l.quantity >= 0.01);
    if (lines.length === 0) continue;
    const s = computeTotals(lines).orderSummary;
    assert.equal(ore(s.subTotal) + ore(s.totalTax) - ore(s.totalDiscount), ore(s.grandTotal), JSON.stringify(lines));
    const reversed = computeTotals([...lines].reverse()).orderSummary;
    assert.deepEqual(reversed, s);
  }
});

test("more than 20 lines is a warning, not an error", () => {
  const r = computeTotals(Array.from({ length: 21 }, () => ({ quantity: 1, rate: 1, tax: 0 })));
  assert.equal(r.orderSummary.grandTotal, "21.00");
  assert.equal(r.warnings[0].code, "more_lines_than_forms_allow");
});

test("bad carts throw an FpgoError with a code, the line and the field", () => {
  const cases = [
    [[[]], "no_lines"],
    [[{}], "not_a_list"],
    [["x"], "not_a_list"],
    [[[1]], "line_not_an_object"],
    [[[{ quantity: 1, tax: 0 }]], "missing_field", 0, "rate"],
    [[[{ quantity: 0, rate: 1, tax: 0 }]], "quantity_not_positive", 0, "quantity"],
    [[[{ quantity: 1, rate: 1, tax: 0 }, { quantity: 1, rate: -1, tax: 0 }]], "negative_amount", 1, "rate"],
    [[[{ quantity: 1, rate: 10, discount: 11, tax: 0 }]], "discount_exceeds_line", 0, "discount"],
    [[[{ quantity: 1, rate: 10, tax: 13 }]], "tax_not_allowed", 0, "tax"],
    [[[{ quantity: 1, rate: 10, tax: 101 }], { taxRates: null }], "tax_out_of_range", 0, "tax"],
    [[[{ quantity: 1, rate: "ten", tax: 0 }]], "invalid_amount", 0, "rate"],
    [[[{ quantity: 1, rate: NaN, tax: 0 }]], "invalid_amount"],
    [[[{ quantity: 1, rate: 10n, tax: 0 }]], "invalid_amount"],
    [[[{ quantity: 1, rate: new Date(0), tax: 0 }]], "invalid_amount", 0, "rate"],
    [[[{ quantity: 1, rate: { valueOf: () => 5 }, tax: 0 }]], "invalid_amount", 0, "rate"],
    [[[{ quantity: 1, rate: 1, tax: 0 }], { taxRates: "all" }], "invalid_argument"],
    [[[{ quantity: 1, rate: 1, tax: 0 }], 5], "invalid_argument"],
  ];
  for (const [args, code, line, field] of cases) {
    assert.throws(() => computeTotals(...args), (e) => {
      assert.equal(e.name, "FpgoError");
      assert.equal(e.code, code, `${code}: ${e.message}`);
      if (line !== undefined) assert.equal(e.line, line);
      if (field !== undefined) assert.equal(e.field, field);
      assert.ok(e.message.length > 0);
      return true;
    });
  }
});

test("configured tax rates are accepted", () => {
  const r = computeTotals([{ quantity: 1, rate: 113, tax: 13 }], { taxRates: [0, "13"] });
  assert.deepEqual(r.orderSummary, { subTotal: "100.00", totalTax: "13.00", totalDiscount: "0.00", grandTotal: "113.00" });
});

test("a Date is not an amount, and says so", () => {
  assert.throws(() => computeTotals([{ quantity: 1, rate: new Date(0), tax: 0 }]), (e) => {
    assert.equal(e.code, "invalid_amount");
    assert.match(e.message, /is a date, not an amount/);
    return true;
  });
});

test("tiny values are exact, not an overflow (issue 10 §5)", () => {
  const r = computeTotals([{ quantity: "0.000000000001", rate: "0.01", tax: 0 }, { quantity: 1, rate: 10, tax: 0 }]);
  assert.equal(r.lines[0].amount, "0.00");
  assert.equal(r.orderSummary.grandTotal, "10.00");
});

test("messages in the requested language, as validate() has them", () => {
  assert.throws(() => computeTotals([{ quantity: 1, rate: 10, discount: 11, tax: 0 }], { lang: "sv" }), (e) => {
    assert.equal(e.code, "discount_exceeds_line");
    assert.equal(e.message, "rad 0: `discount` är större än antal × pris");
    return true;
  });
  assert.throws(() => computeTotals([{ quantity: 1, rate: 1, tax: 0 }], { lang: "fr" }), (e) => e.code === "invalid_argument");
});
