// Serves the site (www/site) and the built npm package (pkg/, under /pkg/) from workerd disk services
// bound as SITE and PKG. workerd's disk service does not set content types; browsers insist on them
// for module scripts (and for streaming .wasm compilation), so they are set here by extension.
const TYPES = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json; charset=utf-8",
  wasm: "application/wasm",
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
  txt: "text/plain; charset=utf-8",
};

export async function serveStatic(request, env) {
  if (request.method !== "GET" && request.method !== "HEAD") return new Response("method not allowed", { status: 405 });
  const url = new URL(request.url);
  let path = url.pathname;
  // No directory listings, no dot files, no way out of the two roots.
  if (path.split("/").some((seg) => seg.startsWith("."))) return notFound();
  let service = env.SITE;
  if (path.startsWith("/pkg/")) {
    service = env.PKG;
    path = path.slice("/pkg".length);
  }
  if (path.endsWith("/")) path += "index.html";
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  if (!TYPES[ext]) return notFound();
  const res = await service.fetch(new URL(path, "http://disk/"), { method: request.method });
  if (!res.ok) return notFound();
  const headers = new Headers({ "content-type": TYPES[ext], "cache-control": "no-cache", "x-content-type-options": "nosniff" });
  if (ext === "html") {
    // The page needs its own scripts, its wasm (WebAssembly.instantiateStreaming needs
    // 'wasm-unsafe-eval') and same-origin fetches; nothing else.
    headers.set(
      "content-security-policy",
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    headers.set("referrer-policy", "no-referrer");
  }
  return new Response(res.body, { status: 200, headers });
}

function notFound() {
  return new Response("not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
