# Style and the crate's public face: rustfmt and clippy (warnings are errors) over the whole
# workspace; the documentation builds with every public item documented and no broken links; and
# `cargo publish --dry-run` packs only the library's sources, README, LICENSE and Cargo.toml and
# builds from the packed files.
TEST_TARGETS += test-style test-crate-docs test-crate-package

.PHONY: test-style test-crate-docs test-crate-package

test-style: ## cargo fmt --check and clippy -D warnings over the workspace (all targets)
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --quiet -- -D warnings

test-crate-docs: ## rustdoc of fpgo: every public item documented, no broken intra-doc links
	RUSTDOCFLAGS="-D warnings -D missing_docs" cargo doc --no-deps --quiet -p fpgo

test-crate-package: ## cargo publish --dry-run: a small file list, and the packed crate builds
	@files=$$(cargo package --list --quiet -p fpgo --allow-dirty); \
	  extra=$$(grep -vE '^(src/.*\.(rs|d\.ts)|README\.md|LICENSE|Cargo\.(toml|toml\.orig|lock)|\.cargo_vcs_info\.json)$$' <<<"$$files" || true); \
	  if [ -n "$$extra" ]; then echo "unexpected files in the crate package:"; echo "$$extra"; exit 1; fi; \
	  echo "crate package: $$(wc -l <<<"$$files") files"
	cargo publish --dry-run --quiet -p fpgo --allow-dirty
