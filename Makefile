# fpgo: `make demo` runs the demo on the local sandbox, `make test` runs every test, `make bench`
# prints the benchmarks. Each area adds its own test targets in mk/<area>.mk (TEST_TARGETS += ...),
# so areas never edit each other's rules.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Headless Chromium as root on a closed network: these flags keep it from dialling out.
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON := $(CURDIR)/tests/support/webdriver.json
export FPGO_CHROMIUM ?= /usr/bin/chromium

TEST_TARGETS :=
BENCH_TARGETS :=
include $(sort $(wildcard mk/*.mk))

.PHONY: help setup build test bench demo clean
help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | sort

setup: ## install what a fresh machine lacks (toolchains, Chromium, PHP, npm tools)
	bash .ci/setup

build: setup ## build the npm package into pkg/
	bash scripts/build-pkg.sh

test: setup build ## run every test (native, wasm in Node and Chromium, package in Node/Deno/workerd/Chromium, PHP and Laravel conformance)
	@$(MAKE) --no-print-directory $(TEST_TARGETS)
	@echo "all test suites passed: $(TEST_TARGETS)"

bench: setup build ## print the benchmarks (ratios against peers, sizes)
	@$(MAKE) --no-print-directory $(BENCH_TARGETS)

# The demo of the whole library (issue 6) replaces this; until then it shows callback verification.
demo: build ## run the demo on 127.0.0.1
	@$(MAKE) --no-print-directory demo-callbacks

clean:
	rm -rf pkg target/wasm32-unknown-unknown tests/artifacts bench/results
