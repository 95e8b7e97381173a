// Starts fpgo-sandbox on 127.0.0.1 (a free port) for a test or the demo, and returns
// { url, stop }. The binary is built through cargo first: a no-op when fresh, never a stale sandbox.
// The sandbox is killed on stop() and when this process exits.
import { spawn, execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export async function startSandbox({ token, secret, quiet = true, timeoutMs = 10_000, args: extraArgs = [] }) {
  execFileSync("cargo", ["build", "--quiet", "-p", "fpgo-sandbox"], { cwd: root, stdio: "inherit" });
  const args = ["--listen", "127.0.0.1:0", "--token", token, "--secret", secret, ...(quiet ? ["--quiet"] : []), ...extraArgs];
  const child = spawn(`${root}/target/debug/fpgo-sandbox`, args, { stdio: ["ignore", "pipe", "inherit"] });
  const kill = () => child.kill();
  process.on("exit", kill);
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fpgo-sandbox did not start within ${timeoutMs} ms`)), timeoutMs);
    child.once("exit", (code) => reject(new Error(`fpgo-sandbox exited with ${code}`)));
    child.stdout.once("data", (chunk) => {
      clearTimeout(timer);
      resolve(String(chunk).trim().replace("fpgo-sandbox listening on ", ""));
    });
  });
  return { url, process: child, stop: () => { kill(); process.off("exit", kill); } };
}
