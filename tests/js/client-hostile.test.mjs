// The built package's FpgoClient against hostile servers and broken proxies on 127.0.0.1 (issue 12
// §3), the live server's 417 array (§1), paging (§2) and what stripe-node users expect (§4):
// per-request options, FpgoError, hooks and identification headers. One node:http server plays
// every part; each test sets what it answers and reads what it received.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { inspect } from "node:util";
import { FpgoClient, FpgoError, isFpgoError } from "fpgo";

const TOKEN = "sk_test_HOSTILE_TOKEN_4242";
const MB = 1024 * 1024;
let server, base;
let handler = () => {};
const received = [];

before(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => { body += c; });
    req.on("end", () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body });
      handler(req, res, body);
    });
  });
  // Sockets a test leaves open (an endless body) must not keep the process alive.
  server.keepAliveTimeout = 100;
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => { server.closeAllConnections(); server.close(); });

const reset = (h) => { received.length = 0; handler = h; };
const client = (opts = {}) => new FpgoClient({ token: TOKEN, baseUrl: base, maxRetries: 0, timeoutMs: 3000, ...opts });
const json = (res, status, value, headers = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(value));
};
const ok = (data, extra = {}) => ({ status_code: 200, status_message: "OK", message: "ok", is_data: true, data, ...extra });
async function rejects(promise) {
  try { await promise; } catch (e) { return e; }
  assert.fail("expected a rejection");
}
const cancel = (c, extra = {}) => c.orders.cancel({ pathParams: { orderUuid: "ODR1" }, body: { cancellationNote: "n" }, ...extra });

/** Every place an error could carry text: none may hold the token. */
function assertNoToken(e) {
  const places = { message: e.message, code: e.code, statusMessage: e.statusMessage, details: JSON.stringify(e.details),
    errors: JSON.stringify(e.errors), string: String(e), stack: e.stack, json: JSON.stringify(e), cause: String(e.cause?.message) };
  for (const [where, text] of Object.entries(places)) {
    assert.ok(!String(text).includes(TOKEN), `token in ${where}: ${text}`);
    assert.ok(!/bearer\s+(?!\[redacted\])\S/i.test(String(text)), `a bearer value in ${where}: ${text}`);
  }
}

test("3xx is never followed nor resent: an invalid_response with the Location, for POST and GET", async () => {
  for (const status of [301, 302, 303, 307, 308]) {
    reset((req, res) => {
      if (req.url === "/elsewhere") return json(res, 200, ok({ stolen: true }));
      res.writeHead(status, { location: `${base}/elsewhere` });
      res.end();
    });
    const e = await rejects(cancel(client({ maxRetries: 3 })));
    assert.ok(e instanceof FpgoError);
    assert.deepEqual([e.kind, e.code, e.httpStatus, e.attempts], ["invalid_response", "unexpected_redirect", status, 1], String(status));
    assert.equal(e.details.location, `${base}/elsewhere`);
    const get = await rejects(client({ maxRetries: 3 }).orders.listStatuses());
    assert.equal(get.code, "unexpected_redirect");
    assert.deepEqual(received.map((r) => [r.method, r.url]), [["POST", "/api/v1/connect/orders/cancel/ODR1"], ["GET", "/api/v1/connect/orders/status"]], `HTTP ${status}`);
  }
});

test("a 401 or a 502 page echoing Authorization never puts the token in the error", async () => {
  const echo = (req) => `Authorization: ${req.headers.authorization}; token ${TOKEN}`;
  for (const answer of [
    (req, res) => json(res, 401, { status_code: 401, status_message: echo(req), message: echo(req), is_error: true, errors: { header: [echo(req)], [TOKEN]: echo(req) } }),
    (req, res) => { res.writeHead(502, { "content-type": "text/html" }); res.end(`<html><pre>${echo(req)}</pre></html>`); },
    (req, res) => json(res, 500, { message: `Bearer ${TOKEN}`, errors: { happenedAt: echo(req), internalErrorDetails: [echo(req)] } }),
  ]) {
    reset(answer);
    const e = await rejects(client().orders.listStatuses());
    assert.equal(received[0].headers.authorization, `Bearer ${TOKEN}`, "the token was sent");
    assertNoToken(e);
    assert.ok(JSON.stringify(e).includes("[redacted]"), JSON.stringify(e));
  }
  // A custom fetch whose error quotes the header: the message and the kept cause are redacted too.
  const leaky = client({ fetch: (r) => { throw new TypeError(`cannot send ${r.headers.get("authorization")}`); } });
  const e = await rejects(leaky.orders.listStatuses());
  assert.equal(e.kind, "network");
  assertNoToken(e);
  assert.ok(e.cause instanceof Error);
  // The token in what hangs on the error (an HTTP library's `config.headers`, a nested cause):
  // what console.log would print of the error holds no token, and the copy keeps its story.
  const deep = client({
    fetch: (r) => {
      const inner = new Error(`socket closed after ${r.headers.get("authorization")}`);
      throw Object.assign(new TypeError("fetch failed", { cause: inner }), { code: "ECONNRESET", config: { headers: { Authorization: r.headers.get("authorization") } } });
    },
  });
  const d = await rejects(deep.orders.listStatuses());
  assertNoToken(d);
  for (const shown of [inspect(d, { depth: 10 }), inspect(d.cause, { depth: 10 })]) assert.ok(!shown.includes(TOKEN), shown);
  assert.deepEqual([d.cause.name, d.cause.code, d.cause.message], ["TypeError", "ECONNRESET", "fetch failed"]);
  assert.match(d.cause.cause.message, /^socket closed after Bearer \[redacted\]$/);
  // A thrown string is redacted too.
  const thrown = await rejects(client({ fetch: (r) => { throw `no route for ${r.headers.get("authorization")}`; } }).orders.listStatuses());
  assertNoToken(thrown);
  assert.equal(thrown.cause, "no route for Bearer [redacted]");
  // An error that holds no secret is kept as it was thrown.
  const plain = new TypeError("fetch failed");
  const p = await rejects(client({ fetch: () => { throw plain; } }).orders.listStatuses());
  assert.equal(p.cause, plain);
});

function streamBody(res, { totalBytes, contentLength }) {
  res.writeHead(200, { "content-type": "application/json", ...(contentLength ? { "content-length": String(totalBytes) } : {}) });
  const chunk = Buffer.alloc(64 * 1024, 0x30);
  let sent = 0;
  const pump = () => {
    while (sent < totalBytes && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return res.once("drain", pump);
    }
    if (!res.destroyed) res.end();
  };
  res.on("close", () => { sent = totalBytes; });
  pump();
}

test("100 MB and endless bodies are response_too_large, read no further, with memory bounded", async () => {
  const rssBefore = process.memoryUsage().rss;
  for (const [name, answer] of [
    ["100 MB declared", (req, res) => streamBody(res, { totalBytes: 100 * MB, contentLength: true })],
    ["100 MB chunked", (req, res) => streamBody(res, { totalBytes: 100 * MB, contentLength: false })],
    ["endless", (req, res) => streamBody(res, { totalBytes: Number.MAX_SAFE_INTEGER, contentLength: false })],
  ]) {
    reset(answer);
    const e = await rejects(client({ timeoutMs: 20_000 }).orders.listStatuses());
    assert.deepEqual([e.kind, e.code], ["invalid_response", "response_too_large"], name);
  }
  const grown = (process.memoryUsage().rss - rssBefore) / MB;
  assert.ok(grown < 120, `memory grew by ${grown.toFixed(0)} MB`);
  // A smaller limit is an option.
  reset((req, res) => json(res, 200, ok("x".repeat(2000))));
  assert.equal((await rejects(client({ maxResponseBytes: 1000 }).orders.listStatuses())).code, "response_too_large");
});

test("a 9 MB JSON array of zeros (within the limit) resolves: no trap, and the module keeps working", async () => {
  const zeros = `{"status_code":200,"message":"ok","data":[${"0,".repeat(4.5 * MB - 1)}0]}`;
  assert.ok(zeros.length > 9 * MB && zeros.length < 10 * MB);
  reset((req, res) => { res.writeHead(200, { "content-type": "application/json" }); res.end(zeros); });
  const data = await client({ timeoutMs: 30_000 }).orders.listStatuses();
  assert.equal(data.length, 4.5 * MB);
  reset((req, res) => json(res, 200, ok([{ uuid: "ODR1", status: "SENT" }])));
  assert.deepEqual(await client().orders.listStatuses(), [{ uuid: "ODR1", status: "SENT" }]);
});

test("`..`, `.` and empty path parameters are invalid_request and nothing is sent", async () => {
  reset((req, res) => json(res, 200, ok(null)));
  for (const orderUuid of ["..", ".", ""]) {
    for (const validate of [true, false]) {
      const e = await rejects(client({ validate }).orders.cancel({ pathParams: { orderUuid }, body: { cancellationNote: "n" } }));
      assert.deepEqual([e.kind, e.code, e.attempts, e.details.param], ["invalid_request", "invalid_request", 0, "orderUuid"], JSON.stringify(orderUuid));
    }
  }
  assert.equal(received.length, 0);
});

test("a Response whose status or headers getter throws rejects with a typed error within the timeout", async () => {
  const hostile = (getter) => async () => {
    const r = new Response("{}");
    Object.defineProperty(r, getter, { get() { throw new Error(`boom ${getter}`); } });
    return r;
  };
  for (const getter of ["status", "headers"]) {
    const started = Date.now();
    const e = await rejects(client({ fetch: hostile(getter), timeoutMs: 500 }).orders.listStatuses());
    assert.deepEqual([e.kind, e.code], ["invalid_response", "invalid_response"], getter);
    assert.ok(Date.now() - started < 500, `${getter}: ${Date.now() - started} ms`);
  }
  // A body that never ends, from a fetch that ignores the abort signal: the timeout still answers.
  const never = async () => new Response(new ReadableStream({ pull() { return new Promise(() => {}); } }));
  const started = Date.now();
  const e = await rejects(client({ fetch: never, timeoutMs: 300 }).orders.listStatuses());
  assert.equal(e.kind, "timeout");
  assert.ok(Date.now() - started < 1500);
  // A revoked Proxy as the Response: awaiting it throws, as a failed fetch would.
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const revoked = await rejects(client({ fetch: async () => proxy }).orders.listStatuses());
  assert.deepEqual([revoked.name, revoked.kind], ["FpgoError", "network"]);
});

test("a `__proto__` key in data stays plain data", async () => {
  reset((req, res) => { res.writeHead(200, { "content-type": "application/json" }); res.end('{"status_code":200,"data":{"__proto__":{"isAdmin":true},"uuid":"ODR1"}}'); });
  const data = await client().orders.getStatus({ pathParams: { orderUuid: "ODR1" } });
  assert.equal(Object.getPrototypeOf(data), Object.prototype);
  assert.equal(data.isAdmin, undefined);
  assert.deepEqual(Object.keys(data), ["__proto__", "uuid"]);
  assert.deepEqual(data.__proto__, { isAdmin: true }); // eslint-disable-line no-proto
});

/** A paged subscriptions list of `items`, `perPage` per page; `ignorePage` answers page 1 always. */
function pagedList(items, perPage, { ignorePage = false } = {}) {
  return (req, res) => {
    const url = new URL(req.url, base);
    const lastPage = Math.max(1, Math.ceil(items.length / perPage));
    const page = ignorePage ? 1 : Number(url.searchParams.get("page") ?? 1);
    const data = items.slice((page - 1) * perPage, page * perPage);
    const link = (p) => (p >= 1 && p <= lastPage ? `https://fpgo-backend.test${url.pathname}?page=${p}` : null);
    json(res, 200, ok(data, { metaData: { total: items.length, perPage, currentPage: page, lastPage }, links: { previous: link(page - 1), next: link(page + 1) } }));
  };
}

test("list endpoints return the page, and .all() iterates every item of every page", async () => {
  const items = Array.from({ length: 5 }, (_, i) => ({ subscriptionUuid: `SUB${i}` }));
  reset(pagedList(items, 2));
  const page = await client().subscriptions.list();
  assert.deepEqual(page.data, items.slice(0, 2));
  assert.deepEqual(page.metaData, { total: 5, perPage: 2, currentPage: 1, lastPage: 3 });
  assert.equal(page.links.next, "https://fpgo-backend.test/api/v1/connect/subscriptions/list?page=2");
  assert.equal(received[0].url, "/api/v1/connect/subscriptions/list", "no stray `?` or `&`");
  received.length = 0;
  const seen = [];
  for await (const s of client().subscriptions.list.all({ pathParams: { status: "ACTIVE" } })) seen.push(s.subscriptionUuid);
  assert.deepEqual(seen, ["SUB0", "SUB1", "SUB2", "SUB3", "SUB4"]);
  assert.deepEqual(received.map((r) => r.url), [1, 2, 3].map((p) => `/api/v1/connect/subscriptions/list/ACTIVE?page=${p}`));
  // The failed-payment list pages the same way.
  reset(pagedList(items, 4));
  const failed = [];
  for await (const s of client().subscriptions.listFailedPayments.all()) failed.push(s);
  assert.equal(failed.length, 5);
  // A server that ignores `page` ends in an error, not an endless loop.
  reset(pagedList(items, 2, { ignorePage: true }));
  const e = await rejects((async () => { for await (const s of client().subscriptions.list.all()) void s; })());
  assert.equal(e.code, "invalid_response");
  // A first answer that is the last page of something else: refused before any item is given.
  for (const [currentPage, lastPage] of [[5, 5], [0, 0]]) {
    reset((req, res) => json(res, 200, ok(items.slice(0, 2), { metaData: { total: 5, perPage: 2, currentPage, lastPage } })));
    const given = [];
    const wrong = await rejects((async () => { for await (const s of client().subscriptions.list.all()) given.push(s); })());
    assert.deepEqual([wrong.code, given.length], ["invalid_response", 0], `${currentPage}/${lastPage}`);
  }
  // The signal stops the iteration.
  reset(pagedList(items, 1));
  const controller = new AbortController();
  const got = [];
  const stopped = await rejects((async () => {
    for await (const s of client().subscriptions.list.all({ signal: controller.signal })) {
      got.push(s);
      if (got.length === 2) controller.abort();
    }
  })());
  assert.deepEqual([stopped.kind, stopped.code, got.length, received.length], ["aborted", "aborted", 2, 2]);
});

test("the live server's 417 array becomes the field map, in the client's lang, with serverMessages as sent", async () => {
  const messages = [
    "The order summary.shipping cost field is required.",
    "The customer details.personal number field is required when submit payment.via is invoice.",
    "The products.0.tax must be a number.",
    "Internal rule we do not know.",
  ];
  reset((req, res) => json(res, 417, { status_code: 417, status_message: "Client Error", message: "payloadValidationErrors", is_error: true, errors: messages }));
  const create = (c) => c.request("checkout.createSession", { body: {} });
  const e = await rejects(create(client({ validate: false })));
  assert.deepEqual([e.kind, e.code, e.httpStatus], ["validation", "payloadValidationErrors", 417]);
  assert.deepEqual(e.serverMessages, messages);
  assert.deepEqual(e.errors["orderSummary.shippingCost"], [{ rule: "Required", message: messages[0] }]);
  assert.deepEqual(e.errors["customerDetails.personalNumber"], [{ rule: "RequiredIf", message: messages[1] }]);
  assert.deepEqual(e.errors["products.0.tax"], [{ rule: "Numeric", message: messages[2] }]);
  assert.deepEqual(e.errors._other, [{ rule: "Unknown", message: messages[3] }]);
  const no = await rejects(create(client({ validate: false, lang: "no" })));
  assert.match(no.errors["orderSummary.shippingCost"][0].message, /påkrevd/);
  assert.deepEqual(no.serverMessages, messages);
  // A field map still works.
  reset((req, res) => json(res, 417, { message: "payloadValidationErrors", errors: { cancellationNote: ["The cancellation note field is required."] } }));
  const map = await rejects(cancel(client({ validate: false })));
  assert.deepEqual(map.errors, { cancellationNote: [{ rule: "Required", message: "The cancellation note field is required." }] });
});

test("a 417 field map of 5,000 fields resolves with 1,000 fields kept at their names and every message kept; 40,000 (2 MB) are not read", async () => {
  // Before: a matcher per field and no common budget (13 s for 40,000 fields); now bounded work.
  const errors = {};
  for (let i = 5_000; i > 0; i--) errors[`f${String(i).padStart(5, "0")}`] = ["The cancellation note field is required."];
  reset((req, res) => json(res, 417, { status_code: 417, message: "payloadValidationErrors", is_error: true, errors }));
  const e = await rejects(cancel(client()));
  assert.deepEqual([e.kind, e.code], ["validation", "payloadValidationErrors"]);
  assert.equal(Object.keys(e.errors).length, 1_001);
  assert.equal(e.errors._other.length, 4_000);
  const issues = Object.values(e.errors).flat();
  assert.equal(issues.length, 5_000);
  assert.equal(issues.filter((i) => i.rule === "Required").length, 1_000);
  assert.ok(e.errors.f05000 && !e.errors.f00001);
  // Over 1 MiB of `errors` is not read into a tree (a hostile 9 MB one grew memory by 800 MB).
  for (let i = 40_000; i > 5_000; i--) errors[`f${String(i).padStart(5, "0")}`] = ["The cancellation note field is required."];
  const big = await rejects(cancel(client()));
  assert.deepEqual([big.kind, big.code, big.errors], ["validation", "payloadValidationErrors", undefined]);
  assert.match(big.details, /^the answer's `errors` \(\d+ bytes of JSON\) is larger than the 1 MiB fpgo reads of it; not read$/);
});

test("per-request signal, timeoutMs and headers; identification headers on every request", async () => {
  reset((req, res) => json(res, 200, ok([])));
  await client().orders.listStatuses({ query: { type: "SENT" }, headers: { "X-Trace-Id": "t-1" } });
  const h = received[0].headers;
  assert.equal(h["x-trace-id"], "t-1");
  assert.match(h["x-fpgo-client"], /^fpgo\/\d+\.\d+\.\d+ \(node\/v?\d+/);
  assert.equal(h["user-agent"], h["x-fpgo-client"]);
  assert.equal(received[0].url, "/api/v1/connect/orders/status?type=SENT");
  const reserved = await rejects(client().orders.listStatuses({ headers: { Authorization: "Bearer other" } }));
  assert.deepEqual([reserved.code, received.length], ["invalid_argument", 1]);
  // A slow server: the per-request timeout wins over the client's.
  reset((req, res) => setTimeout(() => json(res, 200, ok([])), 1000));
  const slow = await rejects(client({ timeoutMs: 10_000 }).orders.listStatuses({ timeoutMs: 100 }));
  assert.equal(slow.kind, "timeout");
  const controller = new AbortController();
  const pending = client().orders.listStatuses({ signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  const aborted = await rejects(pending);
  assert.deepEqual([aborted.kind, aborted.code], ["aborted", "aborted"]);
  const already = await rejects(client().orders.listStatuses({ signal: AbortSignal.abort() }));
  assert.deepEqual([already.code, already.attempts], ["aborted", 0]);
  for (const bad of [{ signal: "x" }, { timeoutMs: 0 }, { headers: { "X-A": 1 } }, { nope: 1 }]) {
    assert.equal((await rejects(client().orders.listStatuses(bad))).code, "invalid_argument", JSON.stringify(bad));
  }
});

test("FpgoError: exported class, isFpgoError, cause on network errors, JSON.stringify keeps the message", async () => {
  const closed = createServer();
  await new Promise((r) => closed.listen(0, "127.0.0.1", r));
  const port = closed.address().port;
  await new Promise((r) => closed.close(r));
  const e = await rejects(new FpgoClient({ token: TOKEN, baseUrl: `http://127.0.0.1:${port}`, maxRetries: 0 }).orders.listStatuses());
  assert.ok(e instanceof FpgoError && e instanceof Error && isFpgoError(e));
  assert.equal(isFpgoError(new Error("x")), false);
  assert.deepEqual([e.name, e.kind, e.code, e.attempts], ["FpgoError", "network", "network_error", 1]);
  assert.ok(e.cause instanceof Error, "the underlying error is kept");
  const shown = JSON.parse(JSON.stringify(e));
  assert.equal(shown.message, e.message);
  assert.equal(shown.code, "network_error");
});

test("hooks see method, path, status, duration and attempt, never the token or bodies", async () => {
  let calls = 0;
  reset((req, res) => (++calls < 3 ? json(res, 503, { message: "busy" }) : json(res, 200, ok([{ uuid: "ODR-SECRET-BODY" }]))));
  const events = [];
  const c = client({ maxRetries: 2, onRequest: (e) => events.push(["request", e]), onResponse: (e) => events.push(["response", e]) });
  await c.orders.listStatuses({ query: { type: "SENT" } });
  assert.deepEqual(events.map(([k, e]) => [k, e.attempt, e.status]), [["request", 0, undefined], ["response", 0, 503], ["request", 1, undefined], ["response", 1, 503], ["request", 2, undefined], ["response", 2, 200]]);
  for (const [, e] of events) {
    assert.deepEqual([e.method, e.path, e.endpointId], ["GET", "/api/v1/connect/orders/status", "orders.listStatuses"]);
  }
  assert.ok(events.filter(([k]) => k === "response").every(([, e]) => typeof e.durationMs === "number" && e.durationMs >= 0));
  const text = JSON.stringify(events);
  assert.ok(!text.includes(TOKEN) && !text.includes("SECRET-BODY") && !text.includes("SENT"), text);
  // A throwing hook does not break the call.
  reset((req, res) => json(res, 200, ok([])));
  assert.deepEqual(await client({ onRequest: () => { throw new Error("log down"); } }).orders.listStatuses(), []);
});
