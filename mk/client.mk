# Client and sandbox: the client core's and the sandbox's native tests (the sandbox binary spawned
# on 127.0.0.1:0), then the built package's FpgoClient from Node against the sandbox
# (tests/js/client.test.mjs), inside workerd (client-workerd.test.mjs) and in headless Chromium
# (client-browser.test.mjs). test-pkg-node runs them again with the other package tests.
# test-client-js is for running these alone: `make test` runs the same files in test-pkg-node.
TEST_TARGETS += test-client-native

.PHONY: test-client-native test-client-js

test-client-native: ## client core and fpgo-sandbox native tests (sandbox spawned on 127.0.0.1:0)
	cargo test --quiet -p fpgo --lib client
	cargo test --quiet -p fpgo-sandbox

test-client-js: link-pkg ## the package's FpgoClient against fpgo-sandbox from Node, workerd and Chromium: every endpoint, faults, retries, full flow
	cargo build --quiet -p fpgo-sandbox
	node --test --test-concurrency=1 tests/js/client.test.mjs tests/js/client-hostile.test.mjs tests/js/client-workerd.test.mjs tests/js/client-browser.test.mjs
