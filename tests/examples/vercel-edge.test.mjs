// examples/vercel-edge: its two edge functions in Vercel's Edge Runtime, against the sandbox.
import { test, before, after } from "node:test";
import { join } from "node:path";
import { linkPackage, root, run, serverContract, startSandbox, waitForHttp } from "./support.mjs";

const dir = join(root, "examples/vercel-edge");
let sandbox, server, url;
before(async () => {
  linkPackage(dir);
  sandbox = await startSandbox();
  server = run(process.execPath, [join(root, "tests/examples/vercel-edge-runner.mjs"), dir], {
    env: { ...process.env, PORT: "0", FPGO_TOKEN: sandbox.token, FPGO_CALLBACK_SECRET: sandbox.secret, FPGO_BASE_URL: sandbox.url },
  });
  const deadline = Date.now() + 30000;
  while (!/listening on (\S+)/.test(server.output())) {
    if (server.child.exitCode !== null || Date.now() > deadline) throw new Error(`the edge runtime did not start:\n${server.output()}`);
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
