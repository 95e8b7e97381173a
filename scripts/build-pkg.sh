#!/usr/bin/env bash
# Builds the npm package `fpgo` into pkg/ from the release .wasm and pkg-template/.
#
# One wasm-bindgen `--target web` output serves ESM everywhere (browser, Node ESM, Deno, workerd):
# each runtime's entry file only differs in how it hands the .wasm to `initSync`/`init`. Node's
# `require` gets the `--target nodejs` glue (CommonJS). Both .wasm files are optimised with npm's
# binaryen (Debian's v108 produces modules that fail at load time; see shared/notes/toolchain.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

wasm=target/wasm32-unknown-unknown/release/fpgo.wasm
cargo build --quiet --release --target wasm32-unknown-unknown -p fpgo --lib

rm -rf pkg && mkdir -p pkg
wasm-bindgen --target web --out-dir pkg/web --out-name fpgo "$wasm"
wasm-bindgen --target nodejs --out-dir pkg/node --out-name fpgo "$wasm"
wasm-bindgen --target bundler --out-dir pkg/bundler --out-name fpgo "$wasm"
rm -f pkg/web/package.json pkg/node/package.json pkg/web/.gitignore pkg/node/.gitignore
# The three targets emit the same .wasm; ship it once. The CommonJS glue is pointed at it, and the
# bundler glue (for Deno's native .wasm imports, which need no read permission) moves next to it:
# its fpgo_bg.js is exactly the module the .wasm imports.
for t in node bundler; do
  cmp -s pkg/web/fpgo_bg.wasm pkg/$t/fpgo_bg.wasm || { echo "web and $t .wasm differ" >&2; exit 1; }
done
rm pkg/node/fpgo_bg.wasm pkg/node/fpgo_bg.wasm.d.ts
mv pkg/bundler/fpgo_bg.js pkg/web/fpgo_bg.js
mv pkg/bundler/fpgo.js pkg/web/fpgo.esm-integration.js
rm -r pkg/bundler
sed -i 's|`${__dirname}/fpgo_bg.wasm`|`${__dirname}/../web/fpgo_bg.wasm`|' pkg/node/fpgo.js
grep -q '/../web/fpgo_bg.wasm' pkg/node/fpgo.js || { echo "could not repoint the nodejs glue" >&2; exit 1; }
# The package is "type": "module"; the nodejs glue is CommonJS.
echo '{ "type": "commonjs" }' > pkg/node/package.json

# The raw wasm exports (InitOutput) are typed `any` by wasm-bindgen; nothing public should be.
sed -i '/^export interface InitOutput {/,/^}/ s/\bany\b/unknown/g' pkg/web/fpgo.d.ts
sed -i 's/\bany\b/unknown/g' pkg/web/fpgo_bg.wasm.d.ts

wasm-opt -Oz --strip-debug --strip-producers pkg/web/fpgo_bg.wasm -o pkg/web/fpgo_bg.wasm.opt
mv pkg/web/fpgo_bg.wasm.opt pkg/web/fpgo_bg.wasm

cp -r pkg-template/. pkg/
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
sed -i "s/\"version\": \"0.0.0-template\"/\"version\": \"$version\"/" pkg/package.json
cp LICENSE* pkg/ 2>/dev/null || true
printf 'built pkg/ (fpgo %s): .wasm %s bytes\n' "$version" "$(stat -c %s pkg/web/fpgo_bg.wasm)"
