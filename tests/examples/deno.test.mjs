// examples/deno: `deno run` with the permissions its header names (network, four env vars; no read
// permission: Deno imports fpgo's .wasm natively), type-checked, against the sandbox.
import { test, before, after } from "node:test";
import { join } from "node:path";
import { bin, linkPackage, root, serverContract, startExampleServer, startSandbox } from "./support.mjs";

const dir = join(root, "examples/deno");
let sandbox, server, url;
before(async () => {
  linkPackage(dir);
  sandbox = await startSandbox();
  ({ server, url } = await startExampleServer(
    bin("deno"),
    ["run", "--check", "--allow-net=127.0.0.1", "--allow-env=FPGO_TOKEN,FPGO_CALLBACK_SECRET,FPGO_BASE_URL,PORT", "main.ts"],
    { sandbox, what: "deno", cwd: dir, env: { NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" }, timeoutMs: 60000 },
  ));
});
after(() => {
  server?.stop();
  sandbox?.stop();
});

serverContract(test, () => ({ url, sandbox, output: () => server.output() }));
