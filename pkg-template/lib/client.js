// FpgoClient: the FPGO Connect client. The Rust core (through the wasm exports clientConfig,
// clientEndpoints, clientPrepareRequest, clientReadResponse; text in, text out) builds each request
// and reads each answer; this module does the sending: the caller's `fetch` or the global one,
// `redirect: "manual"`, the body read as a stream and cut at `maxResponseBytes`, a timeout per
// attempt that covers everything a `fetch` or its Response can do, AbortSignals, GET-only retries
// with backoff and jitter, hooks, and the identification headers.
//
// Every value of the caller is read here, inside try/catch, and checked before it is copied into
// WebAssembly; no JS exception ever unwinds through wasm frames (docs/client.md).
import { FpgoError, isFpgoError, fromWasm } from "./errors.js";

const OPTION_KEYS = ["token", "environment", "baseUrl", "timeoutMs", "maxRetries", "fetch", "validate",
  "dangerouslyAllowBrowser", "lang", "maxResponseBytes", "onRequest", "onResponse"];
const INPUT_KEYS = ["pathParams", "query", "body", "headers", "signal", "timeoutMs"];
const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_TIMEOUT_MS = 600_000;
const DEFAULT_MAX_RETRIES = 2;
const MAX_RETRIES_LIMIT = 10;
const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
const MAX_RESPONSE_BYTES_LIMIT = 1024 * 1024 * 1024;
// The retry backoff ("equal jitter"): window = min(MAX, BASE * 2^attempt), wait = window/2 +
// random * window/2; a server's Retry-After (seconds) raises the wait, up to MAX.
const RETRY_BASE_DELAY_MS = 300;
const RETRY_MAX_DELAY_MS = 8_000;
// The live API sits behind nginx (1 MB body limit); the rest of a request is small.
const MAX_REQUEST_JSON = 1_048_576 + 64 * 1024;
// `.all()` stops after this many pages whatever the server says.
const MAX_PAGES = 10_000;
const MAX_SHORT_TEXT = 4096;

const fail = (fields) => new FpgoError(fields);
const badArgument = (message) => fail({ code: "invalid_argument", kind: "config", message });

/** Reads `object[key]` where a getter or a revoked Proxy may throw. */
function read(object, key, what) {
  try {
    return object[key];
  } catch {
    throw badArgument(`${what}: \`${key}\` could not be read (a throwing getter or a revoked Proxy)`);
  }
}

function ownKeys(object, what) {
  try {
    return Object.keys(object);
  } catch {
    throw badArgument(`${what} could not be read (a revoked Proxy?)`);
  }
}

function checkInteger(value, key, min, max) {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badArgument(`\`${key}\` must be an integer from ${min} to ${max}`);
  }
  return value;
}

function checkString(value, key) {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.length > MAX_SHORT_TEXT) {
    throw badArgument(`\`${key}\` must be a string of at most ${MAX_SHORT_TEXT} characters`);
  }
  return value;
}

function checkFunction(value, key) {
  if (value !== undefined && typeof value !== "function") throw badArgument(`\`${key}\` must be a function`);
  return value;
}

function checkBoolean(value, key) {
  if (value !== undefined && typeof value !== "boolean") throw badArgument(`\`${key}\` must be a boolean`);
  return value;
}

/** The JS runtime, for `X-Fpgo-Client` (and whether it lets a script set `User-Agent`). */
function detectRuntime() {
  const g = globalThis;
  try {
    if (typeof g.Deno?.version?.deno === "string") return { name: `deno/${g.Deno.version.deno}`, userAgent: true };
    if (typeof g.Bun?.version === "string") return { name: `bun/${g.Bun.version}`, userAgent: true };
    if (typeof g.EdgeRuntime === "string") return { name: "edge-light", userAgent: true };
    if (g.navigator?.userAgent === "Cloudflare-Workers") return { name: "workerd", userAgent: true };
    if (typeof g.process?.versions?.node === "string") return { name: `node/${g.process.versions.node}`, userAgent: true };
    if (typeof g.window?.document === "object") return { name: "browser", userAgent: false };
  } catch {
    // A hostile global: fall through.
  }
  return { name: "unknown", userAgent: false };
}

function inBrowserWindow() {
  try {
    return typeof globalThis.window === "object" && typeof globalThis.window?.document === "object";
  } catch {
    return false;
  }
}

/** `s` without the token and without any `Bearer <value>`. */
function redact(s, token) {
  let out = String(s);
  if (token && token.length >= 8) out = out.split(token).join("[redacted]");
  // A value already redacted (the token itself was) counts as part of the value: redacted once,
  // with anything that follows it (`[redacted]]` before).
  return out.replace(/(bearer[ \t+]+)(?:\[redacted\][^\s"'<>,;\\`)\]}]*|[^\s"'<>,;\\`)\]}]+)/gi, "$1[redacted]");
}

/** Whether `value` (an error and what hangs on it: its message, stack, own data properties such
 *  as an HTTP library's `config.headers`, its `cause`s) holds a secret anywhere a log line
 *  (`console.log(error)`, which inspects own properties) could show it. Bounded: at most 4 levels
 *  and 2,000 values; getters are not called; anything that cannot be read, or too much to read,
 *  counts as holding one. */
function holdsSecret(value, token) {
  const seen = new Set();
  let budget = 2000;
  const visit = (v, depth) => {
    if (typeof v === "string") return redact(v, token) !== v;
    if (v === null || (typeof v !== "object" && typeof v !== "function") || seen.has(v)) return false;
    if (depth > 4 || --budget < 0) return true;
    seen.add(v);
    for (const key of Reflect.ownKeys(v)) {
      if (typeof key === "string" && visit(key, depth)) return true;
      const d = Reflect.getOwnPropertyDescriptor(v, key);
      if (d && "value" in d && visit(d.value, depth + 1)) return true;
    }
    return false;
  };
  try {
    // V8 keeps `stack` behind an accessor of its own: read it as the old check did.
    return visit(value, 0) || visit(value.stack, 1);
  } catch {
    return true; // a revoked Proxy, a throwing trap or getter
  }
}

/** A plain copy of `error` with its name, code, message and stack redacted, and its causes copied
 *  the same way (3 at most): none of its other properties. */
function redactedCopy(error, token, depth = 0) {
  // Read as a logger reads them (through the prototype chain, `stack` by V8's accessor).
  const read = (key) => {
    try {
      return error[key];
    } catch {
      return undefined;
    }
  };
  const text = (v) => (typeof v === "string" ? redact(v, token) : undefined);
  const copy = new Error(text(read("message")) ?? "");
  copy.name = text(read("name")) ?? "Error";
  const code = text(read("code"));
  if (code !== undefined) copy.code = code;
  copy.stack = text(read("stack")) ?? `${copy.name}: ${copy.message}`;
  const cause = read("cause");
  if (cause !== undefined && depth < 3) copy.cause = typeof cause === "object" && cause !== null ? redactedCopy(cause, token, depth + 1) : text(String(cause));
  return copy;
}

/** The underlying error of a network failure, or a redacted copy when it holds a secret. */
function safeCause(error, token) {
  if (typeof error === "string") return redact(error, token);
  if (error === null || (typeof error !== "object" && typeof error !== "function")) return error;
  return holdsSecret(error, token) ? redactedCopy(error, token) : error;
}

function causeMessage(error) {
  try {
    return String(error?.message ?? error);
  } catch {
    return "unknown error";
  }
}

/** Calls a wasm export; its answer text becomes the value or a thrown FpgoError. */
function callWasm(getWasm, call) {
  const wasm = getWasm();
  let answer;
  try {
    answer = call(wasm);
  } catch (e) {
    if (isFpgoError(e)) throw e;
    throw fail({ code: "internal", kind: "config", message: `the WebAssembly module failed (was it initialised with init()?): ${causeMessage(e)}` });
  }
  return fromWasm(answer);
}

function readOptions(options) {
  if (options === null || typeof options !== "object") {
    throw badArgument("new FpgoClient(options) needs an options object with `token`");
  }
  for (const key of ownKeys(options, "the options")) {
    if (!OPTION_KEYS.includes(key)) throw badArgument(`unknown option \`${key.slice(0, 64)}\` (known: ${OPTION_KEYS.join(", ")})`);
  }
  const get = (key) => read(options, key, "the options");
  const token = checkString(get("token"), "token");
  if (token === undefined) throw badArgument("`token` is required");
  return {
    token,
    environment: checkString(get("environment"), "environment"),
    baseUrl: checkString(get("baseUrl"), "baseUrl"),
    lang: checkString(get("lang"), "lang"),
    validate: checkBoolean(get("validate"), "validate"),
    allowBrowser: checkBoolean(get("dangerouslyAllowBrowser"), "dangerouslyAllowBrowser"),
    timeoutMs: checkInteger(get("timeoutMs"), "timeoutMs", 1, MAX_TIMEOUT_MS) ?? DEFAULT_TIMEOUT_MS,
    maxRetries: checkInteger(get("maxRetries"), "maxRetries", 0, MAX_RETRIES_LIMIT) ?? DEFAULT_MAX_RETRIES,
    maxResponseBytes: checkInteger(get("maxResponseBytes"), "maxResponseBytes", 1, MAX_RESPONSE_BYTES_LIMIT) ?? DEFAULT_MAX_RESPONSE_BYTES,
    fetch: checkFunction(get("fetch"), "fetch"),
    onRequest: checkFunction(get("onRequest"), "onRequest"),
    onResponse: checkFunction(get("onResponse"), "onResponse"),
  };
}

function isSignal(value) {
  try {
    return typeof value === "object" && value !== null && typeof value.aborted === "boolean" && typeof value.addEventListener === "function";
  } catch {
    return false;
  }
}

function readHeaders(headers) {
  if (headers === undefined || headers === null) return undefined;
  if (typeof headers !== "object") throw badArgument("`headers` must be an object of strings");
  const out = {};
  for (const key of ownKeys(headers, "`headers`")) {
    const value = read(headers, key, "`headers`");
    if (typeof value !== "string" || value.length > 8192 || key.length > 256) {
      throw badArgument("every header in `headers` must be a string of at most 8192 characters");
    }
    out[key] = value;
  }
  return out;
}

/** One call's input, read and checked; `requestJson` is what the core is given. */
function readInput(input) {
  if (input === undefined || input === null) return { requestJson: "{}" };
  if (typeof input !== "object") throw badArgument("the call's input must be { pathParams?, query?, body?, headers?, signal?, timeoutMs? }");
  const keys = ownKeys(input, "the call's input");
  const unknown = keys.find((k) => !INPUT_KEYS.includes(k));
  if (unknown !== undefined) throw badArgument(`unknown input key \`${unknown.slice(0, 64)}\` (known: ${INPUT_KEYS.join(", ")})`);
  const get = (key) => read(input, key, "the call's input");
  const signal = get("signal");
  if (signal !== undefined && !isSignal(signal)) throw badArgument("`signal` must be an AbortSignal");
  const timeoutMs = checkInteger(get("timeoutMs"), "timeoutMs", 1, MAX_TIMEOUT_MS);
  const payload = { pathParams: get("pathParams"), query: get("query"), body: get("body"), headers: readHeaders(get("headers")) };
  let requestJson;
  try {
    requestJson = JSON.stringify(payload);
  } catch (e) {
    throw fail({ code: "invalid_payload", kind: "config", message: `the call's pathParams, query or body cannot be written as JSON: ${causeMessage(e)}` });
  }
  if (requestJson.length > MAX_REQUEST_JSON) {
    throw fail({ code: "payload_too_large", kind: "config", message: `the request is over ${MAX_REQUEST_JSON} characters of JSON; the API accepts about 1 MB` });
  }
  return { requestJson, signal, timeoutMs };
}

const timeoutError = (ms) => fail({ code: "timeout", kind: "timeout", message: `no complete response within ${ms} ms; the request was aborted` });
const abortError = () => fail({ code: "aborted", kind: "aborted", message: "the request was aborted by its AbortSignal" });
const tooLarge = (max) => fail({ code: "response_too_large", kind: "invalid_response", message: `the response body is over the ${max}-byte limit (maxResponseBytes); it was not read further` });
const notAResponse = (what, e) => fail({ code: "invalid_response", kind: "invalid_response", message: `${what}${e ? `: ${causeMessage(e)}` : ""}` });

/** The body as text, read as a stream and cut at `max` bytes. */
async function readBody(response, body, max) {
  if (body === null || body === undefined) {
    // No stream: a 204, or a Response-like object of the caller's fetch.
    const text = typeof response.text === "function" ? await response.text() : "";
    if (typeof text !== "string") throw notAResponse("the Response's text() did not give a string");
    if (text.length > max) throw tooLarge(max);
    return text;
  }
  const reader = body.getReader();
  const decoder = new TextDecoder("utf-8");
  const parts = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!ArrayBuffer.isView(value)) throw notAResponse("the Response's body stream gave something other than bytes");
    total += value.byteLength;
    if (total > max) {
      reader.cancel().catch(() => {});
      throw tooLarge(max);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join("");
}

/** Sends one prepared request and reads the answer: `{ status, headers, retryAfter, text }`. */
async function exchange(prepared, abortSignal, fetchFn, max, token) {
  let request;
  try {
    request = new Request(prepared.url, {
      method: prepared.method, headers: prepared.headers, body: prepared.body ?? undefined, redirect: "manual", signal: abortSignal,
    });
  } catch (e) {
    throw fail({ code: "invalid_request", kind: "invalid_request", message: `the runtime refused to build the request: ${redact(causeMessage(e), token)}` });
  }
  let response;
  try {
    response = await fetchFn(request);
  } catch (e) {
    if (abortSignal.aborted) throw e; // the deadline or the caller's signal already answered
    throw fail({ code: "network_error", kind: "network", message: `the request failed: ${redact(causeMessage(e), token)}`, cause: safeCause(e, token) });
  }
  let status, type, headers, body, contentLength, retryAfter;
  try {
    status = response.status;
    type = response.type;
    const h = response.headers;
    headers = { location: h.get("location"), "content-type": h.get("content-type") };
    contentLength = h.get("content-length");
    retryAfter = h.get("retry-after");
    body = response.body;
  } catch (e) {
    throw notAResponse("fetch did not give a readable Response (status or headers)", e);
  }
  if (type === "opaqueredirect") status = 0; // a browser hides the redirect's status and Location
  if (!Number.isInteger(status) || status < 0 || status > 999) throw notAResponse("the Response's status is not an HTTP status");
  if (status === 0 || (status >= 300 && status < 400)) {
    body?.cancel?.().catch?.(() => {});
    return { status, headers, retryAfter, text: "" };
  }
  if (contentLength !== null && Number(contentLength) > max) {
    body?.cancel?.().catch?.(() => {});
    throw tooLarge(max);
  }
  return { status, headers, retryAfter, text: await readBody(response, body, max) };
}

/** `exchange`, bounded by the timeout and the caller's signal whatever the fetch does. */
async function sendOnce(prepared, { fetchFn, timeoutMs, signal, max, token }) {
  const controller = new AbortController();
  let timer, onAbort;
  const stop = new Promise((_, reject) => {
    timer = setTimeout(() => { reject(timeoutError(timeoutMs)); controller.abort(); }, timeoutMs);
    if (signal) {
      onAbort = () => { reject(abortError()); controller.abort(); };
      if (signal.aborted) onAbort();
      else signal.addEventListener("abort", onAbort, { once: true });
    }
  });
  const work = exchange(prepared, controller.signal, fetchFn, max, token);
  work.catch(() => {}); // settled after `stop` won: nobody listens any more
  try {
    return await Promise.race([work, stop]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener("abort", onAbort);
    controller.abort();
  }
}

function retryable(error) {
  if (["network", "timeout", "rate_limited", "server"].includes(error.kind)) return true;
  return error.code === "invalid_response" && error.httpStatus >= 500;
}

function retryDelay(attempt, retryAfter) {
  const window = Math.min(RETRY_MAX_DELAY_MS, RETRY_BASE_DELAY_MS * 2 ** Math.min(attempt, 30));
  const wait = window / 2 + Math.random() * (window / 2);
  const seconds = /^\s*\d+\s*$/.test(retryAfter ?? "") ? Number(retryAfter) : 0;
  return Math.min(RETRY_MAX_DELAY_MS, Math.max(wait, seconds * 1000));
}

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const onAbort = () => { clearTimeout(timer); reject(abortError()); };
    const timer = setTimeout(() => { signal?.removeEventListener("abort", onAbort); resolve(); }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function callHook(hook, event) {
  if (!hook) return;
  try {
    const result = hook(event);
    if (result && typeof result.catch === "function") result.catch(() => {});
  } catch {
    // A logging hook must not break the call.
  }
}

const now = () => (typeof performance === "object" && typeof performance.now === "function" ? performance.now() : Date.now());

export function clientApi(getWasm, validateApi) {
  void validateApi; // local validation runs in the core (clientPrepareRequest), in the client's `lang`
  let endpointList;
  const endpoints = () => (endpointList ??= callWasm(getWasm, (w) => w.clientEndpoints()));

  class FpgoClient {
    #settings;
    #configJson;

    constructor(options) {
      const settings = readOptions(options);
      if (inBrowserWindow() && settings.allowBrowser !== true) {
        throw fail({
          code: "browser_not_allowed", kind: "config",
          message: "FpgoClient refuses to run in a browser window: the bearer token is a merchant secret and every visitor could read it. " +
            "Call FPGO Connect from a server or an edge function; pass dangerouslyAllowBrowser: true only if you accept that risk.",
        });
      }
      const runtime = detectRuntime();
      this.#configJson = JSON.stringify({
        token: settings.token, environment: settings.environment, baseUrl: settings.baseUrl, validate: settings.validate,
        lang: settings.lang, runtime: runtime.name, userAgent: runtime.userAgent,
      });
      callWasm(getWasm, (w) => w.clientConfig(this.#configJson));
      this.#settings = settings;
      const areas = {};
      for (const e of endpoints()) {
        const [area, name] = e.id.split(".");
        const method = (input) => this.request(e.id, input);
        if (e.paged) method.all = (input) => this.#all(e.id, input);
        (areas[area] ??= {})[name] = method;
      }
      for (const [area, methods] of Object.entries(areas)) {
        Object.defineProperty(this, area, { value: Object.freeze(methods), enumerable: true });
      }
    }

    /** Calls any endpoint by id: `request("orders.cancel", { pathParams, body })`. */
    async request(endpointId, input) {
      if (typeof endpointId !== "string" || endpointId.length > 100) {
        throw fail({ code: "unknown_endpoint", kind: "config", message: "the endpoint id must be a string such as \"orders.cancel\"" });
      }
      try {
        return await this.#call(endpointId, input);
      } catch (e) {
        if (isFpgoError(e)) {
          e.endpointId ??= endpointId;
          e.attempts ??= 0; // rejected before anything was sent
        }
        throw e;
      }
    }

    /** Kept from the wasm-bindgen class: nothing to free any more. */
    free() {}

    async #call(endpointId, input) {
      const { requestJson, signal, timeoutMs } = readInput(input);
      const prepared = callWasm(getWasm, (w) => w.clientPrepareRequest(endpointId, requestJson, this.#configJson));
      const s = this.#settings;
      const context = { fetchFn: s.fetch ?? globalThis.fetch, timeoutMs: timeoutMs ?? s.timeoutMs, signal, max: s.maxResponseBytes, token: s.token };
      if (typeof context.fetchFn !== "function") throw badArgument("there is no global fetch; pass `fetch` in the options");
      const event = { endpointId, method: prepared.method, path: prepared.path };
      for (let attempt = 0; ; attempt++) {
        if (signal?.aborted) throw Object.assign(abortError(), { attempts: attempt });
        callHook(s.onRequest, { ...event, attempt });
        const started = now();
        let status, result, error, retryAfter;
        try {
          const answer = await sendOnce(prepared, context);
          ({ status, retryAfter } = answer);
          result = callWasm(getWasm, (w) => w.clientReadResponse(endpointId, answer.status, JSON.stringify(answer.headers), answer.text, this.#configJson));
        } catch (e) {
          error = isFpgoError(e) ? e : fail({ code: "internal", kind: "config", message: redact(causeMessage(e), s.token) });
        }
        callHook(s.onResponse, { ...event, attempt, status, durationMs: now() - started, ...(error ? { errorCode: error.code } : {}) });
        if (!error) return prepared.paged ? { data: result.data, metaData: result.metaData, links: result.links } : result.data;
        if (prepared.method === "GET" && attempt < s.maxRetries && retryable(error)) {
          await sleep(retryDelay(attempt, retryAfter), signal);
          continue;
        }
        error.attempts = attempt + 1;
        throw error;
      }
    }

    /** Every item of every page, fetched one page at a time (`for await (const s of ...all())`). */
    async *#all(endpointId, input) {
      const base = input ?? {};
      if (typeof base !== "object") throw badArgument("the call's input must be an object");
      const query = read(base, "query", "the call's input") ?? {};
      let page = 1;
      try {
        page = Number(query.page ?? 1);
      } catch {
        throw badArgument("`query.page` could not be read");
      }
      if (!Number.isInteger(page) || page < 1) throw badArgument("`query.page` must be a positive integer");
      for (let fetched = 0; fetched < MAX_PAGES; fetched++) {
        const result = await this.request(endpointId, { ...base, query: { ...query, page } });
        if (!Array.isArray(result.data)) throw notAResponse(`page ${page} of ${endpointId} has no list in \`data\``);
        const meta = result.metaData;
        // Checked before any item is given: a page not asked for is not the list's.
        if (meta && meta.currentPage !== page) {
          throw notAResponse(`asked ${endpointId} for page ${page}, the server answered page ${meta.currentPage}`);
        }
        yield* result.data;
        if (!meta || result.data.length === 0 || meta.currentPage >= meta.lastPage) return;
        page += 1;
      }
    }
  }

  // Its name survives minification, as FpgoError's does (lib/errors.js).
  Object.defineProperty(FpgoClient, "name", { value: "FpgoClient" });
  return { FpgoClient };
}
