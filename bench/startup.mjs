// Node start-up of an entry: a fresh process imports it and makes its first call; the time from
// before the import to after the call, median of 11 processes (issue 9 §3 budgets: fpgo/callbacks
// <= 3 ms, fpgo <= 8 ms). Printed beside peers measured the same way in the same run, never
// asserted (speeds are not tests):
// - an empty ES module: what any dynamic `import()` of a file costs a fresh Node process (the ESM
//   loader starting), the floor under every figure here;
// - an empty npm package (bench/peers/empty-package: a package.json with `exports` and an empty
//   module), imported by its bare name from the node_modules directory fpgo is imported from, a
//   symlink as fpgo's is: the floor of any npm package (Node's package resolution on top of the
//   empty ES module);
// - a one-function WebAssembly module (tests/fixtures/empty-wasm.mjs): the floor under any
//   WebAssembly library (an ES module, V8's first compile of a module with code, an instance, a call);
// - the plain node:crypto verifier of bench/callbacks.mjs (importing node:crypto is part of it);
// - the zod and valibot schemas of bench/validate.mjs, parsing the documented payment link.
// The processes of all cases are interleaved (one of each case per round), so that the load of a
// shared machine falls on every case alike.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cwd = fileURLToPath(new URL("../tests/js/", import.meta.url)); // has node_modules/fpgo -> pkg
// The empty npm package beside fpgo in that node_modules directory, linked as `make link-pkg` links fpgo.
const EMPTY_PACKAGE = "fpgo-bench-empty-package";
if (!existsSync(`${cwd}node_modules/${EMPTY_PACKAGE}`)) {
  mkdirSync(`${cwd}node_modules`, { recursive: true });
  symlinkSync("../../../bench/peers/empty-package", `${cwd}node_modules/${EMPTY_PACKAGE}`, "dir");
}
const peer = (file) => JSON.stringify(fileURLToPath(new URL(`peers/${file}`, import.meta.url)));
const EXAMPLE = fileURLToPath(new URL("../tests/fixtures/examples/orders.sendPaymentLink.json", import.meta.url));
const RUNS = 11;
const CALLBACK = `"https://merchant.example/cb?orderUuid=O&timestamp=1&checksum=" + "0".repeat(64)`;
const VERIFY = `m.verifyCallback(${CALLBACK}.split("?")[1], "s")`;
const VALIDATE = `m.validate("orders.sendPaymentLink", example)`;
// `spec` is what is imported, `call` the first call (`m` is the module, `example` the payload).
const CASES = [
  { name: "fpgo/callbacks", spec: '"fpgo/callbacks"', call: VERIFY, budgetMs: 3, peers: ["empty ES module", "empty npm package", "one-function wasm module", "node:crypto verifier"] },
  { name: "fpgo (verifyCallback)", spec: '"fpgo"', call: VERIFY, budgetMs: 8, peers: ["empty ES module", "empty npm package", "one-function wasm module", "node:crypto verifier"] },
  { name: "fpgo/validate", spec: '"fpgo/validate"', call: VALIDATE, peers: ["empty npm package", "zod schema", "valibot schema"] },
  { name: "fpgo (validate)", spec: '"fpgo"', call: VALIDATE, peers: ["empty npm package", "zod schema", "valibot schema"] },
  { name: "empty ES module", spec: JSON.stringify(fileURLToPath(new URL("../tests/fixtures/empty.mjs", import.meta.url))), call: "m" },
  { name: "empty npm package", spec: JSON.stringify(EMPTY_PACKAGE), call: "m" },
  { name: "one-function wasm module", spec: JSON.stringify(fileURLToPath(new URL("../tests/fixtures/empty-wasm.mjs", import.meta.url))), call: "m.add(1, 2)" },
  { name: "node:crypto verifier", spec: peer("node-crypto-verify.mjs"), call: `m.nodeCryptoVerify(${CALLBACK}, "s", 1)` },
  { name: "zod schema", spec: peer("payment-link-zod.mjs"), call: "m.zodAccepts(example)" },
  { name: "valibot schema", spec: peer("payment-link-valibot.mjs"), call: "m.valibotAccepts(example)" },
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const script = ({ spec, call }) =>
  `import { readFileSync } from "node:fs"; const example = JSON.parse(readFileSync(${JSON.stringify(EXAMPLE)}, "utf8"));` +
  `const t0 = performance.now(); const m = await import(${spec}); ${call}; console.log(performance.now() - t0);`;
const times = new Map(CASES.map((c) => [c.name, []]));
for (let i = 0; i < RUNS; i++) {
  for (const c of CASES) {
    times.get(c.name).push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", script(c)], { cwd, encoding: "utf8" }).trim()));
  }
}
const medians = new Map([...times].map(([name, xs]) => [name, median(xs)]));
for (const { name, budgetMs, peers = [] } of CASES) {
  const m = medians.get(name);
  const verdict = budgetMs === undefined ? "" : m <= budgetMs ? ` (budget ${budgetMs} ms: met)` : ` (budget ${budgetMs} ms: OVER)`;
  // A ratio as everywhere in `make bench`: fpgo's rate over the peer's (> 1: fpgo is faster).
  const ratios = peers.map((p) => `${(medians.get(p) / m).toFixed(2)}x ${p}`).join(", ");
  const xs = times.get(name);
  console.log(
    `startup ${name}: import + first call, median of ${RUNS} processes: ${m.toFixed(2)} ms${verdict}` +
      `  [min ${Math.min(...xs).toFixed(2)}, max ${Math.max(...xs).toFixed(2)}]${ratios ? `; ${ratios}` : ""}`,
  );
}
// Where the first call's time goes: compiling each .wasm in a fresh process, synchronously
// (`new WebAssembly.Module`, what the Node entries do on first use) or asynchronously
// (`WebAssembly.compile`), each in its own processes (the first compile of a process also starts
// V8's WebAssembly engine), then instantiating it; medians of 11 processes.
const pkgDir = fileURLToPath(new URL("../pkg/wasm/", import.meta.url));
const compileScript = (file, sync) => `import { readFileSync } from "node:fs";
const bytes = readFileSync(${JSON.stringify(file)});
const t0 = performance.now();
const module = ${sync ? "new WebAssembly.Module(bytes)" : "await WebAssembly.compile(bytes)"};
const t1 = performance.now();
// A module with imports (wasm-bindgen's) is not instantiated bare: its compile time only.
const bare = WebAssembly.Module.imports(module).length === 0;
if (bare) new WebAssembly.Instance(module, {});
console.log(JSON.stringify([t1 - t0, bare ? performance.now() - t1 : null]));`;
for (const wasm of ["callbacks", "validate", "full"]) {
  const file = `${pkgDir}${wasm}_bg.wasm`;
  const figures = [true, false].map((sync) => {
    const runs = Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", compileScript(file, sync)], { encoding: "utf8" })));
    return [median(runs.map((r) => r[0])), runs[0][1] === null ? null : median(runs.map((r) => r[1]))];
  });
  const inst = figures[0][1] === null ? "" : `, then instantiate ${figures[0][1].toFixed(2)} ms`;
  console.log(`compile ${wasm}_bg.wasm: new WebAssembly.Module ${figures[0][0].toFixed(2)} ms, await WebAssembly.compile ${figures[1][0].toFixed(2)} ms${inst} (medians of ${RUNS} processes)`);
}
