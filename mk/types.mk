# Types: the TypeScript generated from the endpoint tables (src/typescript/ ->
# pkg-template/types/endpoints.d.ts) is up to date, and the type tests in tests/types/ compile under
# `strict: true` and under Next.js's generated `strict: false`: unknown ids, misspelled fields and
# missing required fields are errors (`@ts-expect-error`), users' own interfaces fit, results narrow.
TSC := node_modules/.bin/tsc
TEST_TARGETS += test-types-generated test-types-endpoints

.PHONY: test-types-generated test-types-endpoints

test-types-generated: ## pkg-template/types/endpoints.d.ts and src/wasm/client.d.ts match the endpoint tables (FPGO_BLESS=1 / FPGO_UPDATE_DTS=1 rewrite them)
	cargo test --quiet -p fpgo --lib typescript
	cargo test --quiet -p fpgo --lib client::dts

test-types-endpoints: ## the generated endpoint types under strict and non-strict tsc (tests/types/*.test.mts)
	$(TSC) -p tests/types/tsconfig.strict.json
	$(TSC) -p tests/types/tsconfig.loose.json

# The package's declarations and the READMEs' code samples against the built package (pkg/),
# extracted on every run.
.PHONY: link-types test-types-pkg test-types-readme
TEST_TARGETS += test-types-pkg test-types-readme
link-types:
	@mkdir -p tests/types/node_modules
	@ln -sfn ../../../pkg tests/types/node_modules/fpgo

test-types-pkg: link-types ## validate, build/builders, verifyCallback and FpgoClient (inputs, responses, FpgoError) of pkg/ typed from the endpoint types, strict and non-strict (tests/types/pkg-*.test.mts)
	$(TSC) -p tests/types/tsconfig.pkg.strict.json
	$(TSC) -p tests/types/tsconfig.pkg.loose.json

test-types-readme: link-types ## every JS sample of README.md and pkg-template/README.md type-checks against pkg/ (strict and non-strict)
	node tests/types/readme-samples.mjs
