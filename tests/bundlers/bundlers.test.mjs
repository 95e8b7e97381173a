// The callbacks and validation suites (suites/) run against the built package (pkg/) the ways a Node
// app meets it: as they are in Node and in Bun (each entry, and its /inline twin), and bundled by
// esbuild (--platform=node, ESM and CJS) and by `bun build` (for Node and for Bun). Bundles import the
// /inline entries, which carry the .wasm inside the JavaScript (a bundler copies no .wasm file for a
// Node target). A bundle runs from an empty temporary directory with only the files the bundler
// wrote: no node_modules and no package beside it, as when it is deployed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const bin = (name) => join(root, "node_modules/.bin", name);
// suite -> [the entry an unbundled app imports, the /inline entry a bundled app imports]
const SUITES = {
  callbacks: ["callbacks.mjs", "callbacks-inline.mjs"],
  validate: ["validate.mjs", "validate-inline.mjs"],
  require: ["require.cjs", "require-inline.cjs"],
};

/** Each way to run a suite: `build` writes the bundle into `outdir` and returns its file name. */
const WAYS = {
  node: { runner: "node" },
  bun: { runner: "bun" },
  "esbuild --format=esm": {
    runner: "node",
    // esbuild's ESM output cannot `require` Node's built-ins: CommonJS apps bundle to CommonJS.
    esmSourcesOnly: true,
    build: (src, outdir) => esbuild(src, outdir, "esm", ".mjs"),
  },
  "esbuild --format=cjs": {
    runner: "node",
    build: (src, outdir) => esbuild(src, outdir, "cjs", ".cjs"),
  },
  "bun build --target=node": {
    runner: "node",
    build: (src, outdir) => bunBuild(src, outdir, "node"),
  },
  "bun build --target=bun": {
    runner: "bun",
    build: (src, outdir) => bunBuild(src, outdir, "bun"),
  },
};

function esbuild(src, outdir, format, ext) {
  const name = basename(src).replace(/\.[cm]js$/, ext);
  execFileSync(bin("esbuild"), [src, "--bundle", "--platform=node", `--format=${format}`, `--outfile=${join(outdir, name)}`, "--log-level=warning"], { stdio: "inherit" });
  return name;
}

function bunBuild(src, outdir, target) {
  const name = basename(src).replace(/\.[cm]js$/, ".mjs"); // bun build writes ESM
  execFileSync(bin("bun"), ["build", src, `--target=${target}`, `--outfile=${join(outdir, name)}`], { stdio: ["ignore", "ignore", "inherit"] });
  return name;
}

/** Runs one test file with node's or Bun's runner; returns { passed, failed, output }. */
function runSuite(runner, file, cwd) {
  const args = runner === "node" ? [process.execPath, ["--test", file]] : [bin("bun"), ["test", `./${file}`]];
  // A child `node --test` started from inside a test would otherwise defer to this runner.
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  const r = spawnSync(args[0], args[1], { cwd, env, encoding: "utf8", timeout: 60000 });
  const output = `${r.stdout}${r.stderr}`;
  const count = (re) => Number(output.match(re)?.[1] ?? NaN);
  const [passed, failed] = runner === "node" ? [count(/^# pass (\d+)/m), count(/^# fail (\d+)/m)] : [count(/^\s*(\d+) pass/m), count(/^\s*(\d+) fail/m)];
  return { status: r.status, passed, failed, output };
}

// tests in each suite, as Node counts them when it runs the suite unbundled (the reference).
const expected = {};

for (const [suite, [plain, inline]] of Object.entries(SUITES)) {
  for (const [way, { runner, build, esmSourcesOnly }] of Object.entries(WAYS)) {
    // Unbundled: both entries; bundled: the /inline one.
    for (const source of build ? [inline] : [plain, inline]) {
      if (esmSourcesOnly && source.endsWith(".cjs")) continue;
      test(`${source}: ${way}`, () => {
        let cwd = join(here, "suites");
        let file = source;
        if (build) {
          const outdir = mkdtempSync(join(tmpdir(), "fpgo-bundle-"));
          file = build(join(here, "suites", source), outdir);
          cwd = mkdtempSync(join(tmpdir(), "fpgo-run-")); // the bundle alone, far from pkg/ and node_modules
          cpSync(outdir, cwd, { recursive: true });
          rmSync(outdir, { recursive: true, force: true });
        }
        try {
          const r = runSuite(runner, file, cwd);
          assert.equal(r.failed, 0, r.output);
          assert.equal(r.status, 0, r.output);
          if (way === "node" && source === plain) expected[suite] = r.passed;
          assert.ok(r.passed > 0, r.output);
          assert.equal(r.passed, expected[suite], `${way} ran ${r.passed} of the ${expected[suite]} tests:\n${r.output}`);
        } finally {
          if (build) rmSync(cwd, { recursive: true, force: true });
        }
      });
    }
  }
}

test("a bundle of the file-reading entry, run without its .wasm, fails with not_initialized naming /inline", () => {
  const outdir = mkdtempSync(join(tmpdir(), "fpgo-bundle-"));
  try {
    const file = esbuild(join(here, "suites/callbacks.mjs"), outdir, "esm", ".mjs");
    const r = runSuite("node", file, outdir);
    assert.notEqual(r.status, 0, r.output);
    // A typed FpgoError that says what to do, not a bare fs error.
    assert.match(r.output, /FpgoError/, r.output);
    assert.match(r.output, /not_initialized/, r.output);
    assert.match(r.output, /"\/inline" entry/, r.output);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
});
