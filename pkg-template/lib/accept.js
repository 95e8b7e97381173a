// The fast path of validate(): answers "certainly valid" for a payload it can prove passes every
// rule of the endpoint and every totals check, and "don't know" (undefined) for anything else,
// which the WebAssembly engine then answers: the engine stays the authority. What is provable is
// decided in Rust (src/accept/, generating lib/accept-plans.js); this file only executes the plans.
//
// A plan is [totals kind, field tree]: a tree is {segment: node, ...} ("*" for every element), a
// node the index of its field's spec (a field with no members), a tree (no field of its own) or
// [spec index, tree]. A spec says which values certainly pass every rule of its field; a missing
// key means "never" (don't know):
//   a absent, z null, b blank string (PHP trim), w all three alike, e empty list/object: 1 (always) or a list of
//     conditions on other fields, all of which must hold: ["if", other, strings other than these |
//     null, null ok, true ok, false ok] (required_if), ["w", fields] (required_with: all empty),
//     ["wo", fields] (required_without: all filled);
//   c a non-empty list/object; s non-blank strings: 1, {i: exact values} or {r: [pattern source or
//     [source, flags]], l: [min, max code points] (absent: any)}; n numbers: 1 (finite), "k" (safe
//     integer) or [exact values];
//   f false, t true; so the server-only rules reported when the field is present.
// The whole payload is read here, inside the caller's try/catch, as JSON.stringify would write it:
// plain objects and arrays only, no toJSON, no lone surrogate, no `__proto__` key, bounded depth and
// size. Anything else, and any throw (a getter), is "don't know". Numbers in the totals are exact
// integers (a product or sum that is not a safe integer is "don't know"), never floating point:
// lib/accept-totals.js.

import { acceptTables } from "./accept-plans.js";
import { doubt, hasOwn, own, totals } from "./accept-totals.js";

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
  const patterns = s.r.map((p) => (typeof p === "string" ? regex(p, "") : regex(p[0], p[1])));
  const [min, max] = s.l || [0, null];
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

function compileSpec(spec, path) {
  const alike = compileWhen(spec.w);
  return {
    absent: spec.w ? alike : compileWhen(spec.a),
    nil: spec.w ? alike : compileWhen(spec.z),
    blank: spec.w ? alike : compileWhen(spec.b),
    empty: compileWhen(spec.e),
    filled: spec.c === 1,
    strings: compileStrings(spec.s),
    numbers: compileNumbers(spec.n),
    f: spec.f === 1,
    t: spec.t === 1,
    serverOnly: spec.so || null,
    path,
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

function compilePlan([totals, tree]) {
  const root = node();
  grow(root, tree, []);
  return { root, totals };
}

/** Adds the members of `tree` (the plan format above) under `n`, whose field path is `path`. */
function grow(n, tree, path) {
  for (const s of Object.keys(tree)) {
    let kid;
    if (s === "*") kid = n.star = node();
    else {
      n.kids.set(s, (kid = node(n.names.length < 30 ? 1 << n.names.length : 0)));
      n.names.push(s);
    }
    const at = path.concat(s);
    const value = tree[s];
    if (typeof value === "number") kid.spec = compileSpec(tables().SPECS[value], at);
    else if (Array.isArray(value)) {
      kid.spec = compileSpec(tables().SPECS[value[0]], at);
      grow(kid, value[1], at);
    } else grow(kid, value, at);
  }
}

// ---- entry ----

const compiled = new Map();
let builtTables;
/** The generated tables, built on the first fast-path attempt (not at import: start-up). */
const tables = () => (builtTables ??= acceptTables());

/** The engine's answer for `payload` at `id` when it is certainly valid (a fresh object), else
 *  undefined. Never throws; only for the default options (no `lang`, `taxRates`, `attributes`). */
export function acceptedReport(id, payload) {
  let plan = compiled.get(id);
  if (plan === undefined) {
    const { PLANS } = tables();
    plan = hasOwn.call(PLANS, id) ? compilePlan(PLANS[id]) : null;
    compiled.set(id, plan);
  }
  if (plan === null || payload === null || typeof payload !== "object") return undefined;
  const ctx = { root: payload, left: MAX_BYTES, keys: [], serverOnly: null };
  try {
    // Inside the try: `Array.isArray` throws for a revoked Proxy.
    if (Array.isArray(payload)) return undefined;
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
