//! # fpgo
//!
//! The SDK for FPGO Connect, the API of Front Payment Go. A pure Rust core that compiles and tests
//! natively, with a thin WebAssembly binding layer (`src/wasm/`, only on `wasm32`) for the npm package.
//!
//! The data flows one way: the documents (`../shared/seeds/`) are transcribed into endpoint tables
//! ([`endpoints`]), which are then used to validate ([`validate`]), build ([`builders`]), send
//! ([`client`]) and emulate (the `fpgo-sandbox` crate) requests. Every contradiction in the documents
//! that changes behaviour has a decision in `docs/spec-decisions.md`.

pub mod builders;
pub mod callbacks;
pub mod client;
pub mod endpoints;
pub mod json_api;
pub mod money;
pub mod rules;
pub mod totals;
#[cfg(test)]
mod typescript;
pub mod validate;

#[cfg(all(target_arch = "wasm32", any(feature = "wasm-callbacks", feature = "wasm-validate")))]
mod wasm;
