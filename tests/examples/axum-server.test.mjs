// examples/axum-server: the release binary (fpgo natively, no WebAssembly) on 127.0.0.1, against the
// sandbox: the same contract as the JS examples.
import { test, before, after } from "node:test";
import { join } from "node:path";
import { root, run, serverContract, startSandbox, waitForHttp } from "./support.mjs";

const binary = process.env.FPGO_AXUM_BIN ?? join(root, "target/debug/fpgo-example-axum");
let sandbox, server, url;
before(async () => {
  sandbox = await startSandbox();
  server = run(binary, [], {
    env: { ...process.env, PORT: "0", FPGO_TOKEN: sandbox.token, FPGO_CALLBACK_SECRET: sandbox.secret, FPGO_BASE_URL: sandbox.url },
  });
  const deadline = Date.now() + 15000;
  while (!/listening on (\S+)/.test(server.output())) {
    if (server.child.exitCode !== null || Date.now() > deadline) throw new Error(`the axum example did not start:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  url = server.output().match(/listening on (\S+)/)[1];
  await waitForHttp(url, server);
});
after(() => {
  server?.stop();
  sandbox?.stop();
});

serverContract(test, () => ({ url, sandbox, output: () => server.output() }));
