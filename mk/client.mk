# Client and sandbox: the client core's and the sandbox's native tests (the sandbox binary spawned
# on 127.0.0.1:0), then the built package's FpgoClient from Node against the sandbox
# (tests/js/client.test.mjs; test-pkg-node runs it again with the other package tests).
TEST_TARGETS += test-client-native test-client-js

.PHONY: test-client-native test-client-js

test-client-native: ## client core and fpgo-sandbox native tests (sandbox spawned on 127.0.0.1:0)
	cargo test --quiet -p fpgo --lib client
	cargo test --quiet -p fpgo-sandbox

test-client-js: link-pkg ## the package's FpgoClient from Node against fpgo-sandbox: every endpoint, faults, retries, full flow
	cargo build --quiet -p fpgo-sandbox
	node --test tests/js/client.test.mjs
