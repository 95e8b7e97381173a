# Demo and examples (issue 6): `make demo` runs the demo site on 127.0.0.1; its end-to-end test drives
# it in Chromium; every example in examples/ runs in its own runtime.
SANDBOX_BIN := $(CURDIR)/target/release/fpgo-sandbox
export FPGO_SANDBOX_BIN ?= $(SANDBOX_BIN)

TEST_TARGETS += test-demo-e2e test-examples

.PHONY: demo sandbox-bin link-demo test-demo-e2e test-examples

demo: setup build sandbox-bin ## run the demo (sandbox, edge worker, site) on 127.0.0.1; Ctrl-C stops it
	node www/demo.mjs

sandbox-bin:
	cargo build --quiet --release -p fpgo-sandbox

# The built package, installed by link into the demo tests and the examples, as `npm link` would.
link-demo:
	@mkdir -p tests/demo/node_modules tests/examples/node_modules www/node_modules
	@ln -sfn ../../../pkg tests/demo/node_modules/fpgo
	@ln -sfn ../../../pkg tests/examples/node_modules/fpgo
	@ln -sfn ../../pkg www/node_modules/fpgo

test-demo-e2e: sandbox-bin link-demo ## the demo: its worker over HTTP, and the whole flow in Chromium (screenshots in tests/artifacts/demo-e2e/)
	node --test --test-concurrency=1 tests/demo/

test-examples: sandbox-bin link-demo ## every example in examples/ in its runtime
	node --test --test-concurrency=1 tests/examples/
