// examples/node-server: `node server.mjs` as its README says, against the sandbox.
import { test, before, after } from "node:test";
import { join } from "node:path";
import { linkPackage, root, serverContract, startExampleServer, startSandbox } from "./support.mjs";

const dir = join(root, "examples/node-server");
let sandbox, server, url;
before(async () => {
  linkPackage(dir);
  sandbox = await startSandbox();
  ({ server, url } = await startExampleServer(process.execPath, ["server.mjs"], { sandbox, what: "the server", cwd: dir }));
});
after(() => {
  server?.stop();
  sandbox?.stop();
});

serverContract(test, () => ({ url, sandbox, output: () => server.output() }));
