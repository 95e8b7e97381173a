# Endpoint tables, part 1 (orders, checkout, reservations): ids, methods, paths, example fixtures,
# rule names, seed citations, and the documented examples under Laravel's own Validator (PHP from
# `make setup`; FPGO_REQUIRE_PHP makes a missing PHP an error instead of a skip).
TEST_TARGETS += test-endpoints-part1

.PHONY: test-endpoints-part1
test-endpoints-part1:
	FPGO_REQUIRE_PHP=1 cargo test --test endpoints_part1
	cargo test --lib endpoints::
