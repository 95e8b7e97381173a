// examples/deno: `deno run` with the permissions its header names (network, four env vars; no read
// permission: Deno imports fpgo's .wasm natively), type-checked, against the sandbox.
import { test, before, after } from "node:test";
import { join } from "node:path";
import { bin, linkPackage, root, run, serverContract, startSandbox, waitForHttp } from "./support.mjs";

const dir = join(root, "examples/deno");
let sandbox, server, url;
before(async () => {
  linkPackage(dir);
  sandbox = await startSandbox();
  server = run(bin("deno"), ["run", "--check", "--allow-net=127.0.0.1", "--allow-env=FPGO_TOKEN,FPGO_CALLBACK_SECRET,FPGO_BASE_URL,PORT", "main.ts"], {
    cwd: dir,
    env: { ...process.env, PORT: "0", FPGO_TOKEN: sandbox.token, FPGO_CALLBACK_SECRET: sandbox.secret, FPGO_BASE_URL: sandbox.url, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
  });
  const deadline = Date.now() + 60000;
  while (!/listening on (\S+)/.test(server.output())) {
    if (server.child.exitCode !== null || Date.now() > deadline) throw new Error(`deno did not start:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  url = server.output().match(/listening on (\S+)/)[1];
  await waitForHttp(url, server);
});
after(() => {
  server?.stop();
  sandbox?.stop();
});

serverContract(test, () => ({ url, sandbox, output: () => server.output() }));
