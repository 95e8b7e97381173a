//! The wasm-bindgen layer: one thin binding module per capability, each only re-exporting the
//! JSON-text functions of `crate::json_api` (text and numbers in, JSON text out). No JS value is
//! read here: the JS wrappers in `pkg-template/lib/` read the user's values where a throw is caught,
//! so no JS exception ever unwinds through WebAssembly frames. A cargo feature picks the modules a
//! .wasm carries (`wasm-callbacks`, `wasm-validate`, `wasm-full`).

#[cfg(feature = "wasm-callbacks")]
mod callbacks;
#[cfg(feature = "wasm-full")]
mod client;
mod panic;
#[cfg(feature = "wasm-validate")]
mod validate;

