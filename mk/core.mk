# Core: native tests, wasm-bindgen tests (Node and Chromium), the built package in Node (ESM, CJS),
# Deno, workerd and Chromium, the callback conformance test against the documents' PHP, benchmarks.
WASM_TEST := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --target wasm32-unknown-unknown -p fpgo --lib --features wasm-full

TEST_TARGETS += test-native test-wasm-node test-wasm-browser test-php-callbacks test-pkg-node test-pkg-types test-pkg-deno test-pkg-browser test-pkg-sizes test-pkg-panic

.PHONY: test-pkg-sizes test-pkg-panic bench-startup test-native test-wasm-node test-wasm-browser test-php-callbacks test-pkg-node test-pkg-types test-pkg-deno test-pkg-browser link-pkg bench-callbacks

test-native: ## native cargo tests of the whole workspace (unit, property, integration)
	cargo test --workspace --quiet

test-wasm-node: ## wasm-bindgen-test in Node
	$(WASM_TEST)

test-wasm-browser: ## wasm-bindgen-test in headless Chromium
	WASM_BINDGEN_USE_BROWSER=1 $(WASM_TEST)

test-php-callbacks: ## the documents' own PHP verification code against ours on generated callbacks
	FPGO_REQUIRE_PHP=1 cargo test --quiet --test php_callback_conformance -- --nocapture

# The package is installed by link into the test projects' node_modules, as `npm link` would.
link-pkg:
	@mkdir -p tests/js/node_modules tests/deno/node_modules
	@ln -sfn ../../../pkg tests/js/node_modules/fpgo
	@ln -sfn ../../../pkg tests/deno/node_modules/fpgo

test-pkg-node: link-pkg ## the built package from Node ESM and CJS, and inside workerd (tests/js)
	node --test --test-concurrency=1 tests/js/

test-pkg-types: link-pkg ## the package's TypeScript declarations: strict, no `any`, ESM and CJS
	tsc -p tests/js/types/tsconfig.json
	node tests/js/types/no-any.mjs pkg

test-pkg-deno: link-pkg ## the built package from Deno (no permissions)
	cd tests/deno && deno test --quiet --no-prompt

test-pkg-browser: link-pkg ## the built package in headless Chromium (tests/browser/*.spec.mjs)
	node tests/browser/run.mjs

test-pkg-sizes: link-pkg ## gzip of each entry's .wasm + JS glue within its budget (callbacks 25 KB, validate 100 KB, fpgo 120 KB)
	node --test tests/js/package-sizes.test.mjs

# A test-only build of the callbacks module with a hidden export that panics (cargo feature
# wasm-test-panic), into target/pkg-panic: never the shipped pkg/.
test-pkg-panic: ## a Rust panic is FpgoError internal (no message: immediate-abort), and the instance is replaced
	FPGO_PKG_DIR=target/pkg-panic FPGO_MODULES=callbacks FPGO_FEATURES_EXTRA=wasm-test-panic bash scripts/build-pkg.sh
	node --test tests/panic/

BENCH_TARGETS += bench-startup
bench-startup: link-pkg ## Node: fresh process, import + first call, median of 11 (fpgo/callbacks <= 3 ms, fpgo <= 8 ms)
	node bench/startup.mjs

BENCH_TARGETS += bench-callbacks
bench-callbacks: ## verifications per second: fpgo (wasm) vs node:crypto vs WebCrypto vs native Rust; package sizes
	node bench/callbacks.mjs

.PHONY: demo-callbacks
demo-callbacks: link-pkg ## sign a callback and have a workerd worker on 127.0.0.1 verify it
	node scripts/demo-callbacks.mjs
