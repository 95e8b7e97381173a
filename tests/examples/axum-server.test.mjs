// examples/axum-server: the release binary (fpgo natively, no WebAssembly) on 127.0.0.1, against the
// sandbox: the same contract as the JS examples.
import { test, before, after } from "node:test";
import { join } from "node:path";
import { root, serverContract, startExampleServer, startSandbox } from "./support.mjs";

const binary = process.env.FPGO_AXUM_BIN ?? join(root, "target/debug/fpgo-example-axum");
let sandbox, server, url;
before(async () => {
  sandbox = await startSandbox();
  ({ server, url } = await startExampleServer(binary, [], { sandbox, what: "the axum example" }));
});
after(() => {
  server?.stop();
  sandbox?.stop();
});

serverContract(test, () => ({ url, sandbox, output: () => server.output() }));
