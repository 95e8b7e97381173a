# Endpoint tables, all 52 endpoints: ids, methods, paths, rule strings, seed citations, the
# documented example payloads, and those examples under Laravel's own Validator (PHP from
# `make setup`; FPGO_REQUIRE_PHP makes a missing PHP an error instead of a skip).
TEST_TARGETS += test-endpoint-tables

.PHONY: test-endpoint-tables
test-endpoint-tables: ## the endpoint tables against the documents and under Laravel's Validator
	FPGO_REQUIRE_PHP=1 cargo test --test endpoint_tables
	cargo test --lib endpoints::
