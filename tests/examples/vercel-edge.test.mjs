// examples/vercel-edge: its two edge functions in Vercel's Edge Runtime, against the sandbox.
import { test, before, after } from "node:test";
import { join } from "node:path";
import { linkPackage, root, serverContract, startExampleServer, startSandbox } from "./support.mjs";

const dir = join(root, "examples/vercel-edge");
let sandbox, server, url;
before(async () => {
  linkPackage(dir);
  sandbox = await startSandbox();
  ({ server, url } = await startExampleServer(process.execPath, [join(root, "tests/examples/vercel-edge-runner.mjs"), dir], {
    sandbox,
    what: "the edge runtime",
    timeoutMs: 30000,
  }));
});
after(() => {
  server?.stop();
  sandbox?.stop();
});

serverContract(test, () => ({ url, sandbox, output: () => server.output() }));
