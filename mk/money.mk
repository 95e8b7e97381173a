# Money, totals and builders (issue 4): unit tests, property tests, documented examples rebuilt
# through their builders.
TEST_TARGETS += test-money-native

.PHONY: test-money-native
test-money-native: ## money/totals/builders: unit, property and documented-example tests (native)
	cargo test --lib -- money:: totals:: builders::
	cargo test --test money_totals_props --test builders_examples
