// The totals part of validate()'s fast path (lib/accept.js): src/totals/warnings.rs replicated
// exactly for plain decimals, on safe integers only. Every product and sum is checked with
// Number.isSafeInteger, so an inexact intermediate is a doubt (a throw: "don't know", the engine
// answers), never a wrong "no warning". No floating-point arithmetic. The walk of lib/accept.js has
// already found every object and list of the payload plain.

// Shared with lib/accept.js (one copy in each entry).
export const hasOwn = Object.prototype.hasOwnProperty;

/** Stops at the first doubt; lib/accept.js catches every throw as "don't know". */
const DOUBT = Symbol("doubt");
export const doubt = () => {
  throw DOUBT;
};

/** `o[key]` when `o` is an object (not a list) that has `key` as its own member. */
export function own(o, key) {
  return o !== null && typeof o === "object" && !Array.isArray(o) && hasOwn.call(o, key) ? o[key] : undefined;
}

/** A member of an object the walk has found plain. */
function member(o, key) {
  return hasOwn.call(o, key) ? o[key] : undefined;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const ABSENT = null;

function safe(x) {
  if (!Number.isSafeInteger(x)) doubt();
  return x;
}

/** `{u, s}` = u / 10^s, ABSENT for absent/null; anything but a plain decimal (at most 9 integer
 *  and 6 fraction digits, as a string or a JS number) is a doubt. */
function decimal(v) {
  if (v === undefined || v === null) return ABSENT;
  if (typeof v === "number") {
    if (Number.isInteger(v) && v < 1e9 && v > -1e9) return { u: v === 0 ? 0 : v, s: 0 };
    if (!Number.isFinite(v)) doubt();
    return plainDecimal(String(v));
  }
  if (typeof v !== "string") doubt();
  return plainDecimal(v);
}

/** `-?[0-9]{1,9}(\.[0-9]{1,6})?` read into integer units (at most 15 digits: exact). */
function plainDecimal(t) {
  const n = t.length;
  let i = t.charCodeAt(0) === 45 ? 1 : 0;
  const negative = i === 1;
  let units = 0;
  const start = i;
  for (; i < n; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    units = units * 10 + c;
  }
  if (i === start || i - start > 9) doubt();
  let scale = 0;
  if (i < n) {
    if (t.charCodeAt(i) !== 46) doubt();
    for (i++; i < n; i++) {
      const c = t.charCodeAt(i) - 48;
      if (c < 0 || c > 9) doubt();
      units = units * 10 + c;
      scale++;
    }
    if (scale === 0 || scale > 6) doubt();
  }
  return { u: negative && units !== 0 ? -units : units, s: scale };
}

function at(d, scale) {
  return safe(d.u * POW10[scale - d.s]);
}

/** |a - b| < 0.01 for two integers at `scale` (>= 2). */
function withinOre(a, b, scale) {
  return Math.abs(safe(a - b)) < POW10[scale - 2];
}

function gcd(a, b) {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function lines(products) {
  if (products === undefined || products === null || typeof products !== "object") return null;
  const list = Array.isArray(products) ? products : Object.keys(products).map((k) => products[k]).filter((e) => e !== undefined);
  for (const line of list) if (line === null || typeof line !== "object" || Array.isArray(line)) doubt();
  return list;
}

/** order_lines + summary_matches + identity_holds (+ grand_total_matches for charges). */
function orderTotals(root, impliedQuantity, charge) {
  const list = lines(own(root, "products"));
  if (list === null) return;
  if (list.length > 20) doubt();
  const read = [];
  let sentSum = 0;
  let sumScale = 0;
  let allAmounts = true;
  let scale = 2;
  for (const line of list) {
    const amount = decimal(member(line, "amount"));
    let quantity = decimal(member(line, "quantity"));
    if (quantity === ABSENT) {
      if (!impliedQuantity) doubt();
      quantity = { u: 1, s: 0 };
    }
    const rate = decimal(member(line, "rate"));
    const tax = decimal(member(line, "tax"));
    const discount = decimal(member(line, "discount"));
    if (rate === ABSENT || tax === ABSENT || tax.s !== 0 || tax.u < 0 || tax.u > 100) doubt();
    const own_ = quantity.s + rate.s;
    const lineScale = Math.max(2, own_, discount === ABSENT ? 0 : discount.s, amount === ABSENT ? 0 : amount.s);
    const gross = safe(quantity.u * rate.u);
    if (amount !== ABSENT) {
      const exact = safe(safe(gross * POW10[lineScale - own_]) - (discount === ABSENT ? 0 : at(discount, lineScale)));
      if (!withinOre(at(amount, lineScale), exact, lineScale)) doubt();
      const s = Math.max(sumScale, amount.s);
      sentSum = safe(safe(sentSum * POW10[s - sumScale]) + at(amount, s));
      sumScale = s;
    } else allAmounts = false;
    read.push({ gross, own: own_, tax: tax.u, discount });
    scale = Math.max(scale, own_, discount === ABSENT ? 0 : discount.s);
  }
  if (read.length > 0) {
    const summary = own(root, "orderSummary");
    if (summary !== undefined && summary !== null) {
      if (typeof summary !== "object" || Array.isArray(summary)) doubt();
      summaryTotals(summary, read, scale);
    }
  }
  if (charge && allAmounts) {
    const grand = decimal(own(root, "grandTotal"));
    if (grand !== ABSENT) {
      const s = Math.max(sumScale, grand.s);
      if (at(grand, s) !== safe(sentSum * POW10[s - sumScale])) doubt();
    }
  }
}

const SUMMARY_FIELDS = ["subTotal", "totalTax", "totalDiscount", "grandTotal", "shippingCost"];

function summaryTotals(summary, read, lineScale) {
  const sent = [];
  let scale = lineScale;
  for (let i = 0; i < 5; i++) {
    const d = decimal(member(summary, SUMMARY_FIELDS[i]));
    if (d !== ABSENT && d.s > scale) scale = d.s;
    sent.push(d);
  }
  const sub = sent[0];
  const tax = sent[1];
  const discount = sent[2];
  const grand = sent[3];
  const shipping = sent[4];
  // Σ gross × 100 / (100 + tax) = K + N / L exactly, gross at `scale`: per tax rate, the
  // quotient and remainder of one integer division, the remainders over their common multiple.
  const rates = [];
  const grossByRate = [];
  let grossSum = 0;
  let discountSum = 0;
  for (let i = 0; i < read.length; i++) {
    const l = read[i];
    const g = safe(l.gross * POW10[scale - l.own]);
    grossSum = safe(grossSum + g);
    if (l.discount !== ABSENT) discountSum = safe(discountSum + at(l.discount, scale));
    const r = rates.indexOf(l.tax);
    if (r === -1) {
      rates.push(l.tax);
      grossByRate.push(g);
    } else grossByRate[r] = safe(grossByRate[r] + g);
  }
  let k = 0;
  let lcm = 1;
  for (let i = 0; i < rates.length; i++) {
    const d = 100 + rates[i];
    lcm = safe((lcm / gcd(lcm, d)) * d);
  }
  let n = 0;
  for (let i = 0; i < rates.length; i++) {
    const d = 100 + rates[i];
    const x = safe(grossByRate[i] * 100);
    let r = x % d;
    if (r < 0) r += d;
    k = safe(k + safe(x - r) / d);
    n = safe(n + r * (lcm / d));
  }
  const e = POW10[scale - 2];
  const ship = shipping === ABSENT ? 0 : at(shipping, scale);
  // |given - (K + N/L)| < E  <=>  |(given - K) L - N| < E L (and the tax the same with gross - K).
  if (sub !== ABSENT && !(Math.abs(safe(safe(safe(at(sub, scale) - k) * lcm) - n)) < safe(e * lcm))) doubt();
  if (tax !== ABSENT && !(Math.abs(safe(safe(safe(safe(at(tax, scale) - grossSum) + k) * lcm) + n)) < safe(e * lcm))) doubt();
  if (discount !== ABSENT && !withinOre(at(discount, scale), discountSum, scale)) doubt();
  if (grand !== ABSENT) {
    const g = at(grand, scale);
    const exact = safe(grossSum - discountSum);
    if (!withinOre(g, exact, scale) && !withinOre(g, safe(exact + ship), scale)) doubt();
  }
  // The sender's own identity: subTotal + totalTax - totalDiscount = grandTotal (+ shippingCost).
  if (sub !== ABSENT && tax !== ABSENT && grand !== ABSENT) {
    const computed = safe(safe(at(sub, scale) + at(tax, scale)) - (discount === ABSENT ? 0 : at(discount, scale)));
    const g = at(grand, scale);
    if (g !== computed && g !== safe(computed + ship)) doubt();
  }
}

/** partial_amounts: positive amounts, each product id once, grandTotal = Σ amounts. */
function partialTotals(root) {
  const list = lines(own(root, "products"));
  if (list === null) return;
  let sum = 0;
  let sumScale = 0;
  let allAmounts = true;
  const ids = new Set();
  for (const line of list) {
    const amount = decimal(member(line, "amount"));
    if (amount !== ABSENT) {
      if (amount.u <= 0) doubt();
      const s = Math.max(sumScale, amount.s);
      sum = safe(safe(sum * POW10[s - sumScale]) + at(amount, s));
      sumScale = s;
    } else allAmounts = false;
    const id = member(line, "id");
    if (id !== undefined && id !== null) {
      let text;
      if (typeof id === "string") text = id;
      else if (Number.isSafeInteger(id)) text = String(id);
      else doubt();
      if (ids.has(text)) doubt();
      ids.add(text);
    }
  }
  if (allAmounts) {
    const grand = decimal(own(root, "grandTotal"));
    if (grand !== ABSENT) {
      const s = Math.max(sumScale, grand.s);
      if (at(grand, s) !== safe(sum * POW10[s - sumScale])) doubt();
    }
  }
}

/** Throws unless the payload of an endpoint with totals of `kind` (o order/subscription, r
 *  reservation, c charge, p partial amounts, "" none) certainly gets no totals warning. */
export function totals(kind, root) {
  if (kind === "o") orderTotals(root, false, false);
  else if (kind === "r") orderTotals(root, true, false);
  else if (kind === "c") orderTotals(root, true, true);
  else if (kind === "p") partialTotals(root);
}

