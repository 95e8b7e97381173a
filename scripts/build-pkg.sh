#!/usr/bin/env bash
# Builds the npm package `fpgo` into pkg/: three WebAssembly modules from the same crate (cargo
# features `wasm-callbacks`, `wasm-validate`, `wasm-full`), optimised by npm's wasm-opt (Debian's
# v108 produces modules that fail at load time; see shared/notes/toolchain.md), then the JS wrappers
# of pkg-template/ and the entries scripts/gen-entries.mjs writes, minified by esbuild.
#
# Each module goes through the wasm-bindgen CLI (`--target web`); its glue is kept as
# wasm/<module>.js, which the entries import (pkg-template/lib/instance.js calls its functions).
#
# FPGO_WASM_OPT overrides the wasm-opt flags (default `-Oz --low-memory-unused`: measured in
# docs/performance.md). `--low-memory-unused` lets wasm-opt fold address arithmetic into load and
# store offsets, assuming no pointer lies in the first 1024 bytes: rustc's wasm32 layout puts the
# 1 MiB stack below the static data (at 1 MiB) and the heap above it, so only a stack nearly 1 MiB
# deep would reach them, which the crate's bounded recursion never builds (JSON depth <= 128).
# -370 B gzip of the validate module, -48 B of the callbacks module.
# FPGO_PKG_DIR builds elsewhere than pkg/; FPGO_FEATURES_EXTRA adds cargo features (the panic test).
#
# The modules are built by the machine's nightly toolchain with `-Zbuild-std` and std's
# `optimize_for_size` feature: std itself compiled for size, with LTO across std and the crate
# (validate module -14.6 KB gzip, measured in docs/performance.md, "Toolchain"). The crate stays
# stable Rust: native builds and every other cargo command use the default toolchain.
# FPGO_WASM_TOOLCHAIN=stable builds with the prebuilt std instead (larger; the size test fails).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

out=${FPGO_PKG_DIR:-pkg}
opt=${FPGO_WASM_OPT:--Oz --low-memory-unused}
extra=${FPGO_FEATURES_EXTRA:-}
modules=${FPGO_MODULES:-callbacks validate full}
wasm=${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/fpgo.wasm
toolchain=${FPGO_WASM_TOOLCHAIN:-nightly}
# Without the multivalue feature (on by default since Rust 1.82), wasm-bindgen returns strings
# through a return pointer, so that every export's signature is i32s alone: V8 then calls them all
# through its generic JS-to-wasm wrapper instead of compiling one per signature with the module
# (callbacks module 1.9 -> 1.0 ms to compile in a fresh Node; docs/performance.md, "Start-up").
export RUSTFLAGS="${RUSTFLAGS:-} -Ctarget-feature=-multivalue"
std_flags=()
[ "$toolchain" = stable ] || std_flags=(-Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size)
# Panic locations left out (file, line and column of every possible panic site: 2 KB gzip of the
# validate module), and panics abort at once (`panic = "immediate-abort"`): no panic message is
# formatted, so std's panic machinery and the last users of core::fmt leave the modules (callbacks
# -2.0, validate -3.2, full -3.3 KB gzip; docs/performance.md, "Panics"). A panic (always a bug)
# is still FpgoError `internal` and a fresh instance; its text is reproduced natively, where the
# same core panics with its message and location.
[ "$toolchain" = stable ] || RUSTFLAGS="$RUSTFLAGS -Zlocation-detail=none -Zunstable-options -Cpanic=immediate-abort"

rm -rf "$out" && mkdir -p "$out/wasm"
# opt-level per module (decision in docs/performance.md, "opt-level per module"): the callbacks
# module keeps the profile's "s" (verifyCallback's speed budget is its figure); the validate and
# full modules are built with "z": 10 and 19 KB gzip smaller, their WebAssembly engine path about
# 2x slower (valid payloads take the JS fast path, which no opt-level changes). FPGO_OPT_LEVEL
# sets one level for every module.
opt_level_of() { if [ -n "${FPGO_OPT_LEVEL:-}" ]; then echo "$FPGO_OPT_LEVEL"; elif [ "$1" = callbacks ]; then echo s; else echo z; fi; }

for module in $modules; do
  # The crate is an rlib for native users; only this build asks for the cdylib.
  CARGO_PROFILE_RELEASE_OPT_LEVEL=$(opt_level_of "$module") cargo "+$toolchain" rustc --quiet --release --target wasm32-unknown-unknown -p fpgo --lib --crate-type cdylib --features "wasm-$module${extra:+,$extra}" "${std_flags[@]}"
  wasm-bindgen --target web --no-typescript --out-dir "$out/wasm" --out-name "$module" "$wasm"
  # After a trap (a Rust panic) the wrapper starts a fresh instance of the same module: the glue's
  # initSync returns early while `wasm` is set, so it gets a way to forget the old instance.
  grep -q '^let wasmModule, wasmInstance, wasm;$' "$out/wasm/$module.js" || { echo "unexpected glue for $module" >&2; exit 1; }
  echo 'export function __fpgo_reset() { const module = wasmModule; wasm = undefined; return module; }' >> "$out/wasm/$module.js"
  # The entries instantiate through initSync only. Without the async default init, the glue holds no
  # `new URL("<module>_bg.wasm", import.meta.url)`: bundled into an entry at the package root
  # (scripts/gen-entries.mjs), that URL would name a file beside the entry that is not there.
  grep -q '^export { initSync, __wbg_init as default };$' "$out/wasm/$module.js" || { echo "unexpected glue exports for $module" >&2; exit 1; }
  sed -i 's/^export { initSync, __wbg_init as default };$/export { initSync };/' "$out/wasm/$module.js"
  # Text longer than 128 characters (payloads, callback URLs) is copied in by
  # TextEncoder.encodeInto, not by the glue's per-character loop: 0.14 against 1.3 µs for the 719
  # characters of the documented example (docs/performance.md, "Validation"); +8% verifications
  # per second for a 180-character callback query, for 71 bytes of gzip in fpgo/callbacks.
  grep -q '^function passStringToWasm0(arg, malloc, realloc) {$' "$out/wasm/$module.js" || { echo "unexpected passStringToWasm0 in $module" >&2; exit 1; }
  sed -i '/^function passStringToWasm0(arg, malloc, realloc) {$/r scripts/glue-long-strings.js' "$out/wasm/$module.js"
  # Every export of strings in and a string out shares one body instead of wasm-bindgen's copy
  # each (fpgo -0.5 KB gzip); the script stops the build on any export it does not recognise.
  node scripts/glue-text-exports.mjs "$out/wasm/$module.js"
  # Code for callers and runtimes fpgo never has, each step guarded as above:
  # - TextEncoder's encodeInto polyfill: every runtime that can run these modules has encodeInto
  #   (they need reference types: Chrome 96, Firefox 79, Safari 15; encodeInto is Chrome 74,
  #   Firefox 66, Safari 14.1; Node, Deno, workerd);
  # - passStringToWasm0's branch for a missing `realloc`: every call passes wasm.__wbindgen_realloc;
  # - initSync's older form (the source itself, with a deprecation warning): lib/instance.js, its
  #   only caller in the package, always passes `{ module }`.
  glue_trim() {
    grep -q "$1" "$out/wasm/$module.js" || { echo "unexpected glue for $module: no '$1'" >&2; exit 1; }
    sed -i "$2" "$out/wasm/$module.js"
  }
  glue_trim "^if (!('encodeInto' in cachedTextEncoder)) {\$" "/^if (!('encodeInto' in cachedTextEncoder)) {\$/,/^}\$/d"
  glue_trim '^    if (realloc === undefined) {$' '/^    if (realloc === undefined) {$/,/^    }$/d'
  glue_trim '^            console.warn(.using deprecated parameters for `initSync()`' '/^    if (module !== undefined) {$/,/^    }$/c\    ({module} = module);'
  wasm-opt $opt --strip-debug --strip-producers "$out/wasm/${module}_bg.wasm" -o "$out/wasm/${module}_bg.wasm.opt"
  mv "$out/wasm/${module}_bg.wasm.opt" "$out/wasm/${module}_bg.wasm"
  # The inline entries carry the .wasm as base64 text, for bundles that cannot carry a file.
  printf 'export default "%s";\n' "$(base64 -w0 "$out/wasm/${module}_bg.wasm")" > "$out/wasm/$module.inline.js"
done

cp -r pkg-template/. "$out/"
rm -f "$out"/index.*.js "$out"/index.*.cjs "$out"/index.d.ts "$out"/index.d.cts
if [ -f src/wasm/client.d.ts ]; then cp src/wasm/client.d.ts "$out/types/client-api.d.ts"; fi
node scripts/gen-entries.mjs "$out"
# lib/ and the glue minified in place (gen-entries.mjs has bundled each runtime entry into one file).
mapfile -t js < <(ls "$out"/lib/*.js; ls "$out"/wasm/*.js | grep -v '\.inline\.js$')
esbuild "${js[@]}" --minify --log-level=warning --allow-overwrite --outbase="$out" --outdir="$out"
# CommonJS declarations: the same text, importing the .cjs twins.
# Deno resolves the `.js` an import names, then its sibling declarations: each gets an empty module.
for f in "$out"/types/*.d.ts; do
  sed 's/\.js";/.cjs";/' "$f" > "${f%.d.ts}.d.cts"
  printf '// @ts-self-types="./%s"\nexport {};\n' "$(basename "$f")" > "${f%.d.ts}.js"
done
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
sed -i "s/\"version\": \"0.0.0-template\"/\"version\": \"$version\"/" "$out/package.json"
cp LICENSE* "$out/" 2>/dev/null || true
for module in $modules; do
  printf 'built %s/wasm/%s_bg.wasm: %s bytes, %s gzip\n' "$out" "$module" "$(stat -c %s "$out/wasm/${module}_bg.wasm")" "$(gzip -9c "$out/wasm/${module}_bg.wasm" | wc -c)"
done
