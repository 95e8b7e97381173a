# Validation: the Laravel-compatible rule engine, validate(), its JS bindings.
# test-rules-native: unit tests of the engine and validate() plus the tricky-case table.
# test-laravel: the differential test against Laravel 8's own Validator (php + php-illuminate-*),
#   >= 10,000 generated payloads per run with a fixed seed, plus tests/laravel/regressions.jsonl;
#   and the `regex:` matcher's verdicts against PHP's preg_match (tests/pattern_pcre.rs).
# test-php-floats: PHP's `(string) $float` (rules::php::float_to_string) against live php on ~3,000
#   doubles, and against the committed table of PHP's output (src/rules/php/float/php_table.tsv).
# The built package's validate()/endpoints() (tests/js/validate.test.mjs) run in core's test-pkg-node.
TEST_TARGETS += test-rules-native test-laravel test-php-floats
BENCH_TARGETS += bench-validate

.PHONY: test-rules-native test-laravel test-php-floats bench-validate
test-rules-native:
	cargo test --lib rules::
	cargo test --lib validate::
	cargo test --test rules_semantics --test validate_verdicts
	cargo test --release --test rules_no_panic --test unicode_classes

test-php-floats: ## float_to_string against live php (required here: a missing php fails)
	FPGO_REQUIRE_PHP=1 cargo test --lib rules::php::float::tests::matches_

test-laravel:
	cargo test --release --test laravel_diff -- --include-ignored --nocapture
	FPGO_REQUIRE_PHP=1 cargo test --release --test pattern_pcre

bench-validate: ## validations/s of a payment-link payload: fpgo (wasm, Node) vs zod and valibot; native engine time
	node bench/validate.mjs
	cargo run --quiet --release --example bench_validate_native
