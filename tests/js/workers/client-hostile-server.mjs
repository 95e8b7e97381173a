// A hostile server on 127.0.0.1 for the workerd and Chromium runs of the client: the first path
// segment picks the misbehaviour (the client's baseUrl is `http://127.0.0.1:PORT/<mode>`). CORS is
// open so a page on another origin can call it. `GET /hits` tells what reached it.
import { createServer } from "node:http";
import assert from "node:assert/strict";

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "authorization, content-type, accept, x-fpgo-client, x-trace-id",
  "access-control-allow-methods": "GET, POST, PUT, DELETE",
  "access-control-expose-headers": "location",
};

export async function startHostileServer() {
  const hits = [];
  const server = createServer((req, res) => {
    if (req.method === "OPTIONS") { res.writeHead(204, CORS); return res.end(); }
    const send = (status, body, headers = {}) => { res.writeHead(status, { ...CORS, ...headers }); res.end(body); };
    if (req.url === "/hits") return send(200, JSON.stringify(hits), { "content-type": "application/json" });
    hits.push(`${req.method} ${req.url}`);
    const mode = req.url.split("/")[1];
    const json = (status, value) => send(status, JSON.stringify(value), { "content-type": "application/json" });
    switch (mode) {
      case "redirect": return send(307, "", { location: "/elsewhere" });
      case "echo": return json(401, { status_code: 401, status_message: `Authorization: ${req.headers.authorization}`, message: `echo ${req.headers.authorization}`, is_error: true, errors: { header: [req.headers.authorization] } });
      case "proto": return send(200, '{"status_code":200,"data":{"__proto__":{"isAdmin":true},"uuid":"ODR1","status":"SENT"}}', { "content-type": "application/json" });
      case "ident": return json(200, { status_code: 200, data: [{ uuid: req.headers["x-fpgo-client"] ?? "none", status: req.headers["x-trace-id"] ?? "none" }] });
      case "huge": {
        res.writeHead(200, { ...CORS, "content-type": "application/json" });
        const chunk = Buffer.alloc(64 * 1024, 0x30);
        let left = 320; // 20 MB, stopped when the client goes away
        const pump = () => { while (left-- > 0 && !res.destroyed) if (!res.write(chunk)) return res.once("drain", pump); if (!res.destroyed) res.end(); };
        res.on("close", () => { left = 0; });
        return pump();
      }
      default: return json(404, { message: "notFound" });
    }
  });
  server.keepAliveTimeout = 100;
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, hits, stop: () => { server.closeAllConnections(); server.close(); } };
}

/** Checks what `runHostileScenario` answered in a runtime, and what reached the server: the same
 *  verdicts everywhere (in browsers too, where a script cannot set User-Agent but X-Fpgo-Client is
 *  sent); a redirect never followed, a POST never sent again. */
export function assertHostileScenario({ hits, ...result }) {
  assert.deepEqual(result, {
    redirect: "FpgoError:invalid_response:unexpected_redirect:1",
    echo: "auth:clean:true",
    huge: "invalid_response:response_too_large",
    proto: "true:undefined:__proto__,uuid,status",
    ident: "true:t-1",
    dots: "invalid_request:0",
  });
  assert.equal(hits.filter((h) => h.includes("elsewhere")).length, 0, `the redirect was followed: ${JSON.stringify(hits)}`);
  assert.equal(hits.filter((h) => h.startsWith("POST /redirect/")).length, 1, `the POST was sent again: ${JSON.stringify(hits)}`);
}
