// Every JavaScript/TypeScript code sample of README.md and pkg-template/README.md, type-checked
// against the built package (`fpgo` -> pkg/, linked by `make link-types`) under `strict: true` and
// under Next.js's `strict: false`. The samples are extracted verbatim on every run (so they cannot
// drift): each becomes tests/types/.readme/<readme>-<line>.mjs, checked as JavaScript with
// `checkJs` (what an editor does for a .js file). A sample's free variables (`form`, `env`, `body`,
// ...) are declared in readme-prelude.d.ts with the types a user would have; a sample with a
// top-level `return` is wrapped in an async function. Exit status: tsc's.
//
// Run: node tests/types/readme-samples.mjs  (from the repository root, after building pkg/)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const out = join(here, ".readme");
const READMES = ["README.md", "pkg-template/README.md"];
const LANGS = new Set(["js", "javascript", "mjs", "ts", "typescript"]);

/** Fenced blocks of `text` in the languages above, with the line of their opening fence. */
export function samples(text) {
  const found = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`unclosed fence at line ${i + 1}`);
    if (LANGS.has(open[1])) found.push({ line: i + 1, lang: open[1], code: lines.slice(i + 1, end).join("\n") });
    i = end;
  }
  return found;
}

/** A sample as a module: imports first, the rest in an async function unless it is a module itself. */
export function asModule(code, origin) {
  const lines = code.split("\n");
  const imports = lines.filter((l) => /^import\s/.test(l));
  const rest = lines.filter((l) => !/^import\s/.test(l));
  const isModule = rest.some((l) => /^export\s/.test(l));
  const body = isModule ? rest.join("\n") : `export async function sample() {\n${rest.join("\n")}\n}`;
  return `// @ts-check\n// ${origin}: extracted by tests/types/readme-samples.mjs on every run; edit the README.\n${imports.join("\n")}\n${body}\n`;
}

function main() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = [];
  for (const readme of READMES) {
    const text = readFileSync(join(root, readme), "utf8");
    const fences = text.split("\n").filter((l) => /^```(js|javascript|mjs|ts|typescript)\s*$/.test(l)).length;
    const found = samples(text);
    if (found.length !== fences || found.length === 0) {
      throw new Error(`${readme}: ${fences} code fences but ${found.length} samples extracted`);
    }
    for (const s of found) {
      const name = `${readme.replace(/[^A-Za-z0-9]+/g, "-")}-${s.line}.mjs`;
      writeFileSync(join(out, name), asModule(s.code, `${readme}:${s.line}`));
      files.push(name);
    }
  }
  writeFileSync(join(out, "prelude.d.ts"), readFileSync(join(here, "readme-prelude.d.ts")));
  let failed = false;
  for (const setting of ["strict", "loose"]) {
    const config = {
      extends: `../tsconfig.${setting}.json`,
      // JavaScript has no parameter annotations (`fetch(request, env)`): implicit `any` is what a
      // JS user writes. Every other check of the setting applies.
      compilerOptions: { allowJs: true, checkJs: true, noEmit: true, noImplicitAny: false },
      include: ["*.mjs", "prelude.d.ts"],
    };
    writeFileSync(join(out, `tsconfig.${setting}.json`), JSON.stringify(config, null, 2));
    const tsc = join(root, "node_modules", ".bin", "tsc");
    const run = spawnSync(tsc, ["-p", join(out, `tsconfig.${setting}.json`)], { encoding: "utf8" });
    const ok = run.status === 0;
    console.log(`${ok ? "ok" : "FAILED"}: ${files.length} README samples under ${setting} (${relative(root, out)})`);
    if (!ok) {
      failed = true;
      process.stdout.write(run.stdout + run.stderr);
    }
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
