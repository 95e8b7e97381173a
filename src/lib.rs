//! # fpgo
//!
//! The SDK for FPGO Connect, the API of Front Payment Go. A pure Rust core that compiles and tests
//! natively, with a thin WebAssembly binding layer (`src/wasm/`, only on `wasm32`) for the npm package.
//!
//! The data flows one way: the documents (`../shared/seeds/`) are transcribed into endpoint tables
//! ([`endpoints`]), which are then used to validate ([`validate`]), build ([`builders`]), send
//! ([`client`]) and emulate (the `fpgo-sandbox` crate) requests. Every contradiction in the documents
//! that changes behaviour has a decision in `docs/spec-decisions.md`.

#![warn(missing_docs)]

pub mod builders;
pub mod callbacks;
pub mod client;
pub mod endpoints;
pub mod json_api;
pub mod money;
mod rules;
pub mod totals;
#[cfg(test)]
mod typescript;
pub mod validate;

/// **Unstable.** The rule engine's internals, for this crate's own tests, benchmarks and the
/// differential test against Laravel. Not part of the public API: anything here may change or
/// disappear in any release. Use [`validate::validate`] and [`endpoints`] instead.
#[doc(hidden)]
pub mod __private {
    /// The compiled rule set of one endpoint table and what it reports.
    pub use crate::rules::{CompileError, Kind, RuleSet};

    /// Laravel's messages and the matching of the server's messages to fields.
    pub mod messages {
        pub use crate::rules::messages::{
            match_server_message, match_server_message_in_table, Formatter,
        };
    }

    /// The rule-string parser (`required|string|max:50` into rules).
    pub mod parse {
        pub use crate::rules::parse::{parse_rule, parse_rules, split_rules, ParseError, Rule};
    }

    /// The Unicode general categories the `alpha*` rules and PCRE classes use.
    pub mod unicode {
        pub use crate::rules::unicode::{class_of, Class};
    }
}

#[cfg(all(
    target_arch = "wasm32",
    any(feature = "wasm-callbacks", feature = "wasm-validate")
))]
mod wasm;
