# Bundlers and package linters (issue 11): the callbacks and validation suites run against pkg/ in
# Node and Bun and bundled by esbuild (ESM, CJS) and `bun build`; publint and arethetypeswrong
# check the package's exports map and types and must report nothing.
TEST_TARGETS += test-bundlers test-pkg-lint

.PHONY: link-bundlers test-bundlers test-pkg-lint

link-bundlers:
	@mkdir -p tests/bundlers/suites/node_modules
	@ln -sfn ../../../../pkg tests/bundlers/suites/node_modules/fpgo

test-bundlers: link-bundlers ## the callbacks and validation suites in Node, Bun, and bundled by esbuild (ESM, CJS) and bun build
	node --test --test-concurrency=1 tests/bundlers/

test-pkg-lint: ## publint (strict) and @arethetypeswrong/cli on pkg/: nothing reported
	publint --strict pkg
	attw --pack pkg
