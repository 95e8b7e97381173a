# Validation (issue 3): the Laravel-compatible rule engine, validate(), its JS bindings.
# test-rules-native: unit tests of the engine and validate() plus the tricky-case table.
# test-laravel: the differential test against Laravel 8's own Validator (php + php-illuminate-*),
#   >= 10,000 generated payloads per run with a fixed seed, plus tests/laravel/regressions.jsonl.
# test-validate-js: the built package's validate()/endpoints() in Node (needs `make build`).
TEST_TARGETS += test-rules-native test-laravel test-validate-js
BENCH_TARGETS += bench-validate

.PHONY: test-rules-native test-laravel test-validate-js bench-validate
test-rules-native:
	cargo test --lib rules:: validate::
	cargo test --test rules_semantics

test-laravel:
	cargo test --release --test laravel_diff -- --nocapture

test-validate-js:
	@if [ -f tests/js/validate.test.mjs ] && [ -d pkg ]; then node --test tests/js/validate.test.mjs; \
	else echo "test-validate-js: pkg/ not built (make build) or test missing" >&2; exit 1; fi

bench-validate:
	node bench/validate.mjs
