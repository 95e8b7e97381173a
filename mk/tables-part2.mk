# Endpoint tables of part 2 (subscriptions, customers, refunds, terminal, credit, company):
# ids, methods, paths, rule strings, citations and the documented example payloads.
TEST_TARGETS += test-tables-part2

.PHONY: test-tables-part2
test-tables-part2:
	FPGO_REQUIRE_PHP=1 cargo test --test endpoints_part2
