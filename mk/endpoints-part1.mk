# Endpoint tables, part 1 (orders, checkout, reservations): ids, methods, paths, example fixtures,
# rule names and seed citations. Native only: the tables are plain data.
TEST_TARGETS += test-endpoints-part1

.PHONY: test-endpoints-part1
test-endpoints-part1:
	cargo test --test endpoints_part1
	cargo test --lib endpoints::
