// The demo's edge function (a Cloudflare Worker, run by workerd). It is the only place that holds the
// FPGO token and the callback secret (bindings, never code, never sent to the browser):
//   POST /api/orders           validate the order again, send it through FpgoClient, return UUID + checkout URL
//   GET  /api/orders/:uuid     the order's status as the verified callbacks reported it
//   GET  /api/callbacks        the last callbacks received, with the verifier's verdict
//   GET  /fpgo/callback?...    the URL the sandbox calls: verifyCallback, then record the status
//   anything else              the static site (www/site) and the npm package (/pkg/), from disk services
import * as fpgo from "fpgo";
import { createOrder } from "./orders.js";
import { serveStatic } from "./static.js";
import { json } from "./http.js";

// In-memory records: enough for a single-isolate demo. A production worker keeps them in a Durable
// Object or KV, keyed by orderUuid, exactly as here.
const orders = new Map();
const callbacks = [];
const MAX_CALLBACKS = 50;
const MAX_ORDERS = 1000; // the oldest go first: a demo must not grow without bound

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    try {
      if (url.pathname === "/fpgo/callback") return receiveCallback(request, env);
      if (url.pathname === "/api/orders" && request.method === "POST") {
        const res = await createOrder(request, env, { fpgo, orders, publicUrl: publicUrl(env, url) });
        trim(orders);
        return res;
      }
      const match = url.pathname.match(/^\/api\/orders\/([A-Za-z0-9_-]{1,100})$/);
      if (match && request.method === "GET") {
        const order = orders.get(match[1]);
        return order ? json(order) : json({ code: "unknown_order", message: "no order with this UUID was sent from this demo" }, 404);
      }
      if (url.pathname === "/api/callbacks") return json(callbacks);
      if (url.pathname.startsWith("/api/")) return json({ code: "not_found", message: `no route ${request.method} ${url.pathname}` }, 404);
      return await serveStatic(request, env);
    } catch (err) {
      // Never echo the error object: it could carry request details. The name is enough to debug.
      console.error("worker error", err?.name, err?.message);
      return json({ code: "internal_error", message: "the demo worker failed; see its log" }, 500);
    }
  },
};

// The address the sandbox can reach the worker at (a deployed worker would use its public hostname).
function publicUrl(env, url) {
  return (env.PUBLIC_URL || url.origin).replace(/\/+$/, "");
}

function receiveCallback(request, env) {
  const secrets = String(env.FPGO_CALLBACK_SECRET || "").split(",").filter(Boolean);
  const result = fpgo.verifyCallback(request.url, secrets, { toleranceSeconds: Number(env.CALLBACK_TOLERANCE_SECONDS || 300) });
  const entry = { receivedAt: new Date().toISOString(), valid: result.valid };
  if (result.valid) {
    const p = result.params;
    Object.assign(entry, { kind: p.kind, orderUuid: p.orderUuid, status: p.status, amount: p.amount, paymentMethod: p.paymentMethod });
    if (p.kind === "order") record(p);
  } else {
    Object.assign(entry, { code: result.error.code, message: result.error.message });
  }
  callbacks.unshift(entry);
  callbacks.length = Math.min(callbacks.length, MAX_CALLBACKS);
  // FPGO only needs a 2xx for an accepted callback; a rejected one gets a 400 with the reason.
  return result.valid ? json({ ok: true }) : json(result.error, 400);
}

// Records a verified status. Callbacks can arrive out of order: the newest `timestamp` wins.
function record(p) {
  const order = orders.get(p.orderUuid) ?? { orderUuid: p.orderUuid, sentFromThisDemo: false, history: [] };
  const at = p.timestamp ?? 0;
  order.history.push({ status: p.status, timestamp: at, paymentMethod: p.paymentMethod ?? null, amount: p.amount ?? null });
  if (at >= (order.statusTimestamp ?? 0)) {
    order.status = p.status;
    order.statusTimestamp = at;
    order.paymentMethod = p.paymentMethod || order.paymentMethod || null;
  }
  orders.set(p.orderUuid, order);
  trim(orders);
}

export function trim(map) {
  for (const key of map.keys()) {
    if (map.size <= MAX_ORDERS) break;
    map.delete(key);
  }
}
