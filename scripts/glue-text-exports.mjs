// Rewrites a wasm-bindgen glue file (`--target web`, run by scripts/build-pkg.sh) so that every
// export taking only strings and returning a string shares one body: wasm-bindgen writes the same
// 20-40 lines for each (copy the strings in, call, read the return pointer, free), which cost the
// `fpgo` entry about 0.5 KB of gzip across its 11 such exports. The shared body does exactly what
// each generated one does, in the same order.
//
// Guarded: an export is rewritten only when its text is, byte for byte, what this script expects
// wasm-bindgen to have written for its parameters; any other export, except those listed in KEPT,
// stops the build ("unexpected glue"), so a new wasm-bindgen is noticed rather than half-rewritten.
// KEPT are left as generated: `start` (no answer), and the two exports with number arguments,
// `verify_callback` (its speed is a budget figure: no array or spread in its call) and
// `clientReadResponse`.
import { readFileSync, writeFileSync } from "node:fs";

const KEPT = new Set(["start", "verify_callback", "clientReadResponse"]);
const I = "    ";

/** The text wasm-bindgen 0.2 writes for `export function name(params...)`, all of them `&str`,
 *  returning a `String` through the return pointer (no multivalue). */
function generated(name, params) {
  const k = params.length;
  const d = `deferred${k + 1}`;
  const lines = [`export function ${name}(${params.join(", ")}) {`, `${I}let ${d}_0;`, `${I}let ${d}_1;`, `${I}try {`];
  lines.push(`${I}${I}const retptr = wasm.__wbindgen_add_to_stack_pointer(-16) >>> 0;`);
  const pass = (i) => `passStringToWasm0(${params[i]}, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);`;
  if (k === 1) {
    lines.push(`${I}${I}const ptr0 = ${pass(0)}`, `${I}${I}const len0 = WASM_VECTOR_LEN;`);
  } else if (k > 1) {
    lines.push(`${I}${I}let ${params.map((_, i) => `ptr${i}, len${i}`).join(", ")};`, `${I}${I}try {`);
    for (let i = 0; i < k; i++) lines.push(`${I}${I}${I}ptr${i} = ${pass(i)}`, `${I}${I}${I}len${i} = WASM_VECTOR_LEN;`);
    lines.push(`${I}${I}} catch (e) {`);
    for (let i = k - 1; i >= 0; i--) lines.push(`${I}${I}${I}if (ptr${i}) { wasm.__wbindgen_free(ptr${i}, len${i} * 1, 1); }`);
    lines.push(`${I}${I}${I}throw e;`, `${I}${I}}`);
  }
  const args = ["retptr", ...params.map((_, i) => `ptr${i}, len${i}`)].join(", ");
  lines.push(
    `${I}${I}wasm.${name}(${args});`,
    `${I}${I}var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);`,
    `${I}${I}var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);`,
    `${I}${I}${d}_0 = r0;`,
    `${I}${I}${d}_1 = r1;`,
    `${I}${I}return getStringFromWasm0(r0, r1);`,
    `${I}} finally {`,
    `${I}${I}wasm.__wbindgen_add_to_stack_pointer(16);`,
    `${I}${I}wasm.__wbindgen_free(${d}_0, ${d}_1, 1);`,
    `${I}}`,
    `}`,
  );
  return lines.join("\n");
}

/** The one body: the generated code above, with the strings in a list. */
const SHARED = `
/** fpgo (scripts/glue-text-exports.mjs): the body of every export taking strings and returning a
 *  string, as wasm-bindgen writes it for each: copy \`args\` in, call \`name\`, read the answer. */
function __fpgo_text(name, args) {
    let deferred_0;
    let deferred_1;
    try {
        const retptr = wasm.__wbindgen_add_to_stack_pointer(-16) >>> 0;
        const passed = [retptr];
        try {
            for (let i = 0; i < args.length; i++) passed.push(passStringToWasm0(args[i], wasm.__wbindgen_malloc, wasm.__wbindgen_realloc), WASM_VECTOR_LEN);
        } catch (e) {
            for (let i = passed.length - 2; i > 0; i -= 2) if (passed[i]) wasm.__wbindgen_free(passed[i], passed[i + 1] * 1, 1);
            throw e;
        }
        wasm[name](...passed);
        var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
        var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
        deferred_0 = r0;
        deferred_1 = r1;
        return getStringFromWasm0(r0, r1);
    } finally {
        wasm.__wbindgen_add_to_stack_pointer(16);
        wasm.__wbindgen_free(deferred_0, deferred_1, 1);
    }
}
`;

const file = process.argv[2];
let text = readFileSync(file, "utf8");
let rewritten = 0;
text = text.replace(/^export function (\w+)\(([^)]*)\) \{\n[\s\S]*?\n\}(?=\n)/gm, (whole, name, list) => {
  if (KEPT.has(name)) return whole;
  const params = list === "" ? [] : list.split(", ");
  if (whole !== generated(name, params)) {
    console.error(`unexpected glue: export ${name} in ${file} is not the expected string export`);
    process.exit(1);
  }
  rewritten++;
  return `export function ${name}(${list}) {\n${I}return __fpgo_text(${JSON.stringify(name)}, [${list}]);\n}`;
});
if (rewritten === 0) {
  console.error(`unexpected glue: no string export found in ${file}`);
  process.exit(1);
}
writeFileSync(file, text + SHARED);
