# Money, totals and builders (issue 4): unit tests, property tests, documented examples rebuilt
# through their builders (native), and the TypeScript declarations of computeTotals and the
# builders type-checked against a usage file. The built package itself is tested from Node ESM and
# CJS by test-pkg-node (tests/js/totals.test.mjs, builders.test.mjs, money-cjs.test.cjs), in
# Chromium by test-pkg-browser (tests/browser/money.spec.mjs). The JSON-text API the bindings
# re-export (src/json_api/totals.rs, builders.rs) is tested natively here (`totals::`, `builders::`
# match its tests too).
TEST_TARGETS += test-money-native test-money-types

.PHONY: test-money-native test-money-types

test-money-native: ## money/totals/builders: unit, property and documented-example tests (native)
	cargo test --lib -- money:: totals:: builders::
	cargo test --test money_totals_props --test builders_examples

# The same compiler settings as tests/js/types/tsconfig.json (strict, lib es2022 + dom, no @types).
test-money-types: link-pkg ## money/totals/builders: the .d.ts compiles strict and rejects wrong inputs
	tsc -p tests/js/types/money.tsconfig.json
