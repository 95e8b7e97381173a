//! Shared by the endpoint-table tests (`tests/endpoint_tables.rs`).
#![allow(dead_code)]

/// The rules the tables may use: the Laravel subset the engine implements, plus `exists`,
/// which the engine reports as server-only.
pub const ISSUE_RULES: &[&str] = &[
    "required",
    "nullable",
    "sometimes",
    "present",
    "filled",
    "string",
    "numeric",
    "integer",
    "boolean",
    "array",
    "email",
    "url",
    "in",
    "size",
    "min",
    "max",
    "between",
    "digits",
    "digits_between",
    "regex",
    "date_format",
    "required_if",
    "required_unless",
    "required_with",
    "required_without",
    "exists",
];

/// Rules of that list that take no parameter; every other one needs one.
pub const BARE_RULES: &[&str] = &[
    "required",
    "nullable",
    "sometimes",
    "present",
    "filled",
    "string",
    "numeric",
    "integer",
    "boolean",
    "array",
    "email",
    "url",
];
