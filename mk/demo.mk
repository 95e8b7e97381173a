# Demo and examples (issue 6): `make demo` runs the demo site on 127.0.0.1; its tests drive it in
# Chromium; every example in examples/ runs in its own runtime. Tests use the debug binaries that
# `cargo test --workspace` builds anyway; `make demo` the release sandbox.
DEMO_TEST_BINS := FPGO_SANDBOX_BIN=$(CURDIR)/target/debug/fpgo-sandbox FPGO_AXUM_BIN=$(CURDIR)/target/debug/fpgo-example-axum

TEST_TARGETS += test-demo-e2e test-examples

.PHONY: demo link-demo test-demo-e2e test-examples

demo: setup build ## run the demo (sandbox, edge worker, site) on 127.0.0.1; Ctrl-C stops it
	cargo build --quiet --release -p fpgo-sandbox
	FPGO_SANDBOX_BIN=$(CURDIR)/target/release/fpgo-sandbox node www/demo.mjs

# The built package, installed by link into the demo tests and the examples, as `npm link` would.
link-demo:
	@mkdir -p tests/demo/node_modules tests/examples/node_modules www/node_modules
	@ln -sfn ../../../pkg tests/demo/node_modules/fpgo
	@ln -sfn ../../../pkg tests/examples/node_modules/fpgo
	@ln -sfn ../../pkg www/node_modules/fpgo

test-demo-e2e: link-demo ## the demo: launcher, worker over HTTP, the whole flow in Chromium (screenshots in tests/artifacts/demo-e2e/)
	cargo build --quiet -p fpgo-sandbox
	$(DEMO_TEST_BINS) node --test --test-concurrency=1 tests/demo/

# The Next.js example installs its own dependencies (`npm ci` from examples/nextjs/package-lock.json);
# the Cloudflare worker runs both in workerd with its capnp config and in `wrangler dev`.
test-examples: link-demo ## every example in its real tool against the sandbox (wrangler and workerd, next build/start + Chromium, Deno, Node, Vite + Chromium, axum)
	cargo build --quiet -p fpgo-sandbox -p fpgo-example-axum
	$(DEMO_TEST_BINS) node --test --test-concurrency=1 tests/examples/
