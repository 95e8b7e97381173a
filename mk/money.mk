# Money, totals and builders (issue 4): unit tests, property tests, documented examples rebuilt
# through their builders (native), and the TypeScript declarations of computeTotals and the
# builders type-checked against a usage file. The built package itself is tested from Node ESM and
# CJS by test-pkg-node (tests/js/totals.test.mjs, builders.test.mjs, money-cjs.test.cjs), and the
# bindings by test-wasm-node / test-wasm-browser (src/wasm/builders.rs tests).
TEST_TARGETS += test-money-native test-money-types

.PHONY: test-money-native test-money-types

test-money-native: ## money/totals/builders: unit, property and documented-example tests (native)
	cargo test --lib -- money:: totals:: builders::
	cargo test --test money_totals_props --test builders_examples

# lib esnext.disposable: wasm-bindgen declares `[Symbol.dispose]` on every exported class.
test-money-types: link-pkg ## money/totals/builders: the .d.ts compiles strict and rejects wrong inputs
	cd tests/js && tsc --noEmit --strict --target es2022 --lib es2022,dom,esnext.disposable \
	  --module nodenext --moduleResolution nodenext types/money-usage.ts
