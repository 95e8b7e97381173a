// The hostile-server checks shared by the workerd and Chromium runs (the full set runs in Node,
// tests/js/client-hostile.test.mjs). Returns one line per check, compared by the test.
export async function runHostileScenario(FpgoClient, { base, token, dangerouslyAllowBrowser = false }) {
  const client = (mode, opts = {}) => new FpgoClient({ token, baseUrl: `${base}/${mode}`, maxRetries: 0, timeoutMs: 5000, dangerouslyAllowBrowser, ...opts });
  const outcome = async (promise) => {
    try { return { ok: await promise }; } catch (e) { return { e }; }
  };
  const out = {};
  const hitsBefore = (await (await fetch(`${base}/hits`)).json()).length;
  const cancel = { pathParams: { orderUuid: "ODR1" }, body: { cancellationNote: "n" } };
  const redirected = await outcome(client("redirect", { maxRetries: 2 }).orders.cancel(cancel));
  out.redirect = `${redirected.e?.name}:${redirected.e?.kind}:${redirected.e?.code}:${redirected.e?.attempts}`;
  const echoed = await outcome(client("echo").orders.listStatuses());
  const e = echoed.e;
  const carried = [e?.message, e?.code, e?.statusMessage, JSON.stringify(e?.errors), String(e), e?.stack, JSON.stringify(e)].join("\n");
  out.echo = `${e?.kind}:${carried.includes(token) ? "LEAKED" : "clean"}:${carried.includes("[redacted]")}`;
  const huge = await outcome(client("huge", { maxResponseBytes: 1024 * 1024 }).orders.listStatuses());
  out.huge = `${huge.e?.kind}:${huge.e?.code}`;
  const proto = await outcome(client("proto").orders.getStatus({ pathParams: { orderUuid: "ODR1" } }));
  out.proto = proto.e ? `${proto.e.code}: ${proto.e.message}` : `${Object.getPrototypeOf(proto.ok) === Object.prototype}:${proto.ok.isAdmin}:${Object.keys(proto.ok).join(",")}`;
  const ident = await outcome(client("ident").orders.listStatuses({ headers: { "X-Trace-Id": "t-1" } }));
  out.ident = `${/^fpgo\/\d+\.\d+\.\d+ \(/.test(ident.ok?.[0]?.uuid)}:${ident.ok?.[0]?.status}`;
  const dots = await outcome(client("proto").orders.cancel({ ...cancel, pathParams: { orderUuid: ".." } }));
  out.dots = `${dots.e?.code}:${dots.e?.attempts}`;
  out.hits = (await (await fetch(`${base}/hits`)).json()).slice(hitsBefore);
  return out;
}
