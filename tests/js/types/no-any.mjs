// Fails when any declaration file the package ships mentions `any`: every public signature has a
// real type (the `unknown` of raw wasm exports is fine; `any` is not).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2] ?? "pkg";
const offenders = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.d\.c?ts$/.test(name)) {
      readFileSync(path, "utf8").split("\n").forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, "").replace(/\/\*.*?\*\//g, "");
        if (/\bany\b/.test(code) && !/^\s*\*/.test(line)) offenders.push(`${path}:${i + 1}: ${line.trim()}`);
      });
    }
  }
};
walk(root);
if (offenders.length) {
  console.error(`\`any\` in the package's public types:\n${offenders.join("\n")}`);
  process.exit(1);
}
console.log(`no \`any\` in the declarations under ${root}/`);
