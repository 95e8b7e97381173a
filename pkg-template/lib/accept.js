// The fast path of validate(): answers "certainly valid" for a payload it can prove passes every
// rule of the endpoint and every totals check, and "don't know" (undefined) for anything else,
// which the WebAssembly engine then answers: the engine stays the authority. What is provable is
// decided in Rust (src/accept/, generating lib/accept-plans.js); this file only executes the plans.
//
// A plan is [totals kind, [[field, spec index], ...]]. A spec says which values certainly pass
// every rule of its field; a missing key means "never" (don't know):
//   a absent, z null, b blank string (PHP trim), e empty list/object: 1 (always) or a list of
//     conditions on other fields, all of which must hold: ["if", other, strings other than these |
//     null, null ok, true ok, false ok] (required_if), ["w", fields] (required_with: all empty),
//     ["wo", fields] (required_without: all filled);
//   c a non-empty list/object; s non-blank strings: 1, {i: exact values} or {r: [[pattern, flags]],
//     l: [min, max code points]}; n numbers: 1 (finite), "k" (safe integer) or [exact values];
//   f false, t true; so the server-only rules reported when the field is present.
// The whole payload is read here, inside the caller's try/catch, as JSON.stringify would write it:
// plain objects and arrays only, no toJSON, no lone surrogate, no `__proto__` key, bounded depth and
// size. Anything else, and any throw (a getter), is "don't know". Numbers in the totals are exact
// integers (a product or sum that is not a safe integer is "don't know"), never floating point.

import { PLANS, SPECS } from "./accept-plans.js";

/** Thrown to stop at the first doubt; the caller catches every throw as "don't know". */
const DOUBT = Symbol("doubt");
const doubt = () => {
  throw DOUBT;
};

const hasOwn = Object.prototype.hasOwnProperty;
const MAX_DEPTH = 64;
/** An upper bound of the JSON text's UTF-8 bytes must stay within the payload limit. */
const MAX_BYTES = 1_048_576;
/** The engine stops collecting server-only entries at 1,000 (`truncated`). */
const MAX_SERVER_ONLY = 999;
const INDEX_KEY = /^(?:0|[1-9][0-9]{0,8})$/;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const wellFormed =
  typeof String.prototype.isWellFormed === "function" ? (s) => s.isWellFormed() : (s) => !LONE_SURROGATE.test(s);

/** PHP's trim() characters: a string of only these is skipped by every non-implicit rule. */
function blank(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0 && c !== 11) return false;
  }
  return true;
}

function codePoints(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

function own(o, key) {
  return o !== null && typeof o === "object" && !Array.isArray(o) && hasOwn.call(o, key) ? o[key] : undefined;
}

/** A member of an object the walk has found plain. */
function member(o, key) {
  return hasOwn.call(o, key) ? o[key] : undefined;
}

function lookup(root, segments) {
  let v = root;
  for (const s of segments) {
    v = own(v, s);
    if (v === undefined) return undefined;
  }
  return v;
}

// ---- the per-call state ----

function charge(ctx, bytes) {
  if ((ctx.left -= bytes) < 0) doubt();
}

function plainObject(v) {
  const proto = Object.getPrototypeOf(v);
  if ((proto !== Object.prototype && proto !== null) || v.toJSON !== undefined) doubt();
}

function plainArray(v) {
  if (Object.getPrototypeOf(v) !== Array.prototype || v.toJSON !== undefined) doubt();
}

function scalar(ctx, v) {
  switch (typeof v) {
    case "string":
      if (!wellFormed(v)) doubt();
      charge(ctx, 6 * v.length + 3);
      return;
    case "number":
      if (!Number.isFinite(v)) doubt();
      charge(ctx, 26);
      return;
    case "boolean":
      charge(ctx, 6);
      return;
    default:
      if (v !== null) doubt();
      charge(ctx, 5);
  }
}

function key(ctx, k) {
  if (k === "__proto__" || !wellFormed(k)) doubt();
  charge(ctx, 6 * k.length + 4);
}

/** Any JSON value no rule looks at: only its shape and size are checked. */
function anyValue(ctx, v, depth) {
  if (v === null || typeof v !== "object") return scalar(ctx, v);
  if (depth > MAX_DEPTH) doubt();
  charge(ctx, 2);
  if (Array.isArray(v)) {
    plainArray(v);
    for (let i = 0; i < v.length; i++) {
      const e = v[i];
      if (e === undefined) doubt();
      anyValue(ctx, e, depth + 1);
    }
    return;
  }
  plainObject(v);
  for (const k in v) {
    if (!hasOwn.call(v, k)) doubt();
    const e = v[k];
    if (e === undefined) continue;
    key(ctx, k);
    anyValue(ctx, e, depth + 1);
  }
}

// ---- specs ----

const regexCache = new Map();
function regex(source, flags) {
  const id = flags + "/" + source;
  let r = regexCache.get(id);
  if (r === undefined) regexCache.set(id, (r = new RegExp(source, flags)));
  return r;
}

function compileWhen(w) {
  if (w === undefined) return false;
  if (w === 1) return true;
  return w.map((c) => {
    if (c[0] === "if") return { kind: 0, other: c[1].split("."), except: c[2], z: c[3] === 1, t: c[4] === 1, f: c[5] === 1 };
    return { kind: c[0] === "w" ? 1 : 2, fields: c[1].map((f) => f.split(".")) };
  });
}

function compileStrings(s) {
  if (s === undefined) return false;
  if (s === 1) return true;
  if (s.i) {
    const set = new Set(s.i);
    return (v) => set.has(v);
  }
  const patterns = s.r.map(([source, flags]) => regex(source, flags));
  const [min, max] = s.l;
  if (patterns.length === 1 && min === 0 && max === null) {
    const only = patterns[0];
    return (v) => only.test(v);
  }
  return (v) => {
    for (let i = 0; i < patterns.length; i++) if (!patterns[i].test(v)) return false;
    if (min === 0 && max === null) return true;
    const n = codePoints(v);
    return n >= min && (max === null || n <= max);
  };
}

function compileNumbers(n) {
  if (n === undefined) return false;
  if (n === 1) return true;
  if (n === "k") return (v) => Number.isSafeInteger(v);
  return (v) => Number.isSafeInteger(v) && n.includes(v);
}

function compileSpec(spec, field) {
  return {
    absent: compileWhen(spec.a),
    nil: compileWhen(spec.z),
    blank: compileWhen(spec.b),
    empty: compileWhen(spec.e),
    filled: spec.c === 1,
    strings: compileStrings(spec.s),
    numbers: compileNumbers(spec.n),
    f: spec.f === 1,
    t: spec.t === 1,
    serverOnly: spec.so || null,
    path: field.split("."),
  };
}

/** `required` of the engine on a value read by a condition (lists and objects: undecided). */
function emptyValue(v) {
  return v === undefined || v === null || (typeof v === "string" && blank(v));
}
function filledValue(v) {
  return (typeof v === "string" && !blank(v)) || typeof v === "number" || typeof v === "boolean";
}

function holds(when, ctx) {
  if (when === true || when === false) return when;
  for (const c of when) {
    if (c.kind === 0) {
      const o = lookup(ctx.root, c.other);
      const ok =
        o === undefined ||
        (o === null ? c.z : typeof o === "boolean" ? (o ? c.t : c.f) : typeof o === "string" && c.except !== null && !c.except.includes(o));
      if (!ok) return false;
    } else {
      const test = c.kind === 1 ? emptyValue : filledValue;
      for (const f of c.fields) if (!test(lookup(ctx.root, f))) return false;
    }
  }
  return true;
}

function countKeys(o) {
  let n = 0;
  for (const k of Object.keys(o)) if (o[k] !== undefined) n++;
  return n;
}

function passes(spec, v, ctx) {
  if (v === undefined) return holds(spec.absent, ctx);
  if (spec.serverOnly !== null) serverOnly(spec, ctx);
  if (v === null) return holds(spec.nil, ctx);
  switch (typeof v) {
    case "string":
      if (blank(v)) return holds(spec.blank, ctx);
      return spec.strings === true || (spec.strings !== false && spec.strings(v));
    case "number":
      return Number.isFinite(v) && (spec.numbers === true || (spec.numbers !== false && spec.numbers(v)));
    case "boolean":
      return v ? spec.t : spec.f;
    case "object": {
      const count = Array.isArray(v) ? v.length : countKeys(v);
      return count === 0 ? holds(spec.empty, ctx) : spec.filled;
    }
    default:
      return false;
  }
}

function serverOnly(spec, ctx) {
  let star = 0;
  const name = spec.path.map((s) => (s === "*" ? ctx.keys[star++] : s)).join(".");
  if (ctx.serverOnly === null) ctx.serverOnly = [];
  if (ctx.serverOnly.length >= MAX_SERVER_ONLY) doubt();
  ctx.serverOnly.push([name, spec.serverOnly]);
}

// ---- the walk ----

function node(bit = 0) {
  return { spec: null, kids: new Map(), names: [], star: null, bit };
}

/** Checks `v` (undefined: absent) at a node of the table's tree and everything under it. */
function visit(n, v, ctx, depth) {
  // A scalar's shape and size first: no pattern ever runs on a string too long for the payload.
  const isScalar = v !== undefined && (v === null || typeof v !== "object");
  if (isScalar) scalar(ctx, v);
  if (n.spec !== null && !passes(n.spec, v, ctx)) doubt();
  if (v === undefined) {
    for (const name of n.names) visit(n.kids.get(name), undefined, ctx, depth + 1);
    return;
  }
  if (isScalar) {
    for (const name of n.names) visit(n.kids.get(name), undefined, ctx, depth + 1);
    return;
  }
  if (depth > MAX_DEPTH) doubt();
  charge(ctx, 2);
  if (Array.isArray(v)) {
    plainArray(v);
    for (let i = 0; i < v.length; i++) {
      const e = v[i];
      if (e === undefined) doubt();
      if (n.star === null) anyValue(ctx, e, depth + 1);
      else {
        ctx.keys.push(String(i));
        visit(n.star, e, ctx, depth + 1);
        ctx.keys.pop();
      }
    }
    // A list has no named members (table names are never list indices).
    for (const name of n.names) visit(n.kids.get(name), undefined, ctx, depth + 1);
    return;
  }
  plainObject(v);
  let seen = 0;
  let mask = 0;
  for (const k in v) {
    // An inherited enumerable property (a polluted prototype) is no JSON member: doubt.
    if (!hasOwn.call(v, k)) doubt();
    const e = v[k];
    if (e === undefined) continue;
    const kid = n.kids.get(k);
    if (kid !== undefined) {
      // A table name: ASCII, never `__proto__`, never a list index (so no element of a `*`).
      if (n.star !== null) doubt();
      charge(ctx, 6 * k.length + 4);
      seen++;
      mask |= kid.bit;
      visit(kid, e, ctx, depth + 1);
      continue;
    }
    key(ctx, k);
    if (n.star === null) anyValue(ctx, e, depth + 1);
    else {
      if (!INDEX_KEY.test(k)) doubt();
      ctx.keys.push(k);
      visit(n.star, e, ctx, depth + 1);
      ctx.keys.pop();
    }
  }
  if (seen < n.names.length) {
    // The members this object does not have are absent (`bit` is 0 past 30 members: looked up).
    for (const name of n.names) {
      const kid = n.kids.get(name);
      if ((mask & kid.bit) === 0 && (kid.bit !== 0 || !hasOwn.call(v, name) || v[name] === undefined)) visit(kid, undefined, ctx, depth + 1);
    }
  }
}

function compilePlan([totals, fields]) {
  const root = node();
  for (const [field, index] of fields) {
    let n = root;
    for (const s of field.split(".")) {
      if (s === "*") n = n.star || (n.star = node());
      else {
        let kid = n.kids.get(s);
        if (kid === undefined) {
          n.kids.set(s, (kid = node(n.names.length < 30 ? 1 << n.names.length : 0)));
          n.names.push(s);
        }
        n = kid;
      }
    }
    n.spec = compileSpec(SPECS[index], field);
  }
  return { root, totals };
}

// ---- totals (src/totals/warnings.rs), exactly, on safe integers ----

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

function totals(kind, root) {
  if (kind === "o") orderTotals(root, false, false);
  else if (kind === "r") orderTotals(root, true, false);
  else if (kind === "c") orderTotals(root, true, true);
  else if (kind === "p") partialTotals(root);
}

// ---- entry ----

const compiled = new Map();

/** The engine's answer for `payload` at `id` when it is certainly valid (a fresh object), else
 *  undefined. Never throws; only for the default options (no `lang`, `taxRates`, `attributes`). */
export function acceptedReport(id, payload) {
  let plan = compiled.get(id);
  if (plan === undefined) {
    plan = hasOwn.call(PLANS, id) ? compilePlan(PLANS[id]) : null;
    compiled.set(id, plan);
  }
  if (plan === null || payload === null || typeof payload !== "object" || Array.isArray(payload)) return undefined;
  const ctx = { root: payload, left: MAX_BYTES, keys: [], serverOnly: null };
  try {
    visit(plan.root, payload, ctx, 0);
    totals(plan.totals, payload);
  } catch {
    return undefined;
  }
  const found = {};
  if (ctx.serverOnly !== null) {
    ctx.serverOnly.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [name, rules] of ctx.serverOnly) found[name] = rules.slice();
  }
  return { valid: true, errors: {}, warnings: {}, serverOnly: found, truncated: false };
}
