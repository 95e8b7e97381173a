// examples/cloudflare-worker: built with its own `npm run build` command, run by workerd with its own
// config.capnp (only the port is changed), against the sandbox.
import { test, before, after } from "node:test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bin, freePort, linkPackage, root, run, serverContract, startSandbox, waitForHttp } from "./support.mjs";

const dir = join(root, "examples/cloudflare-worker");
let sandbox, server, url;
before(async () => {
  linkPackage(dir);
  const { build } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts;
  execFileSync("sh", ["-c", build], { cwd: dir, env: { ...process.env, PATH: `${join(root, "node_modules/.bin")}:${process.env.PATH}` }, stdio: "inherit" });
  sandbox = await startSandbox();
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = run(bin("workerd"), ["serve", "config.capnp", "--socket-addr", `http=127.0.0.1:${port}`, "--verbose"], {
    cwd: dir,
    env: { ...process.env, FPGO_TOKEN: sandbox.token, FPGO_CALLBACK_SECRET: sandbox.secret, FPGO_BASE_URL: sandbox.url },
  });
  await waitForHttp(url, server);
});
after(() => {
  server?.stop();
  sandbox?.stop();
});

serverContract(test, () => ({ url, sandbox, output: () => server.output() }));
