//! Conversions shared by the bindings.
