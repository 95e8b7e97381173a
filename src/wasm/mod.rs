//! The wasm-bindgen layer: converts JS values to core types and core results (and errors) back to JS
//! values. It holds no logic of its own. Nothing here may panic: every input is a `JsValue` checked
//! by the core, and every failure becomes a typed result or a thrown `FpgoError`-shaped object.

mod builders;
mod callbacks;
mod client;
mod convert;
mod totals;
mod validate;

#[cfg(test)]
mod tests;
