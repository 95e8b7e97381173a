//! What a bug looks like from JS. The release build aborts on a panic (`panic = "abort"`), which
//! WebAssembly shows as a bare `unreachable` trap; the hook installed at start-up keeps the panic's
//! message first, so the JS wrapper that catches the trap can throw a readable
//! `FpgoError { code: "internal" }` and then start a fresh instance (a trapped instance has leaked
//! its stack).

use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Runs when the module is instantiated: installs the hook that records the panic message.
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        LAST_PANIC.with(|last| {
            if let Ok(mut last) = last.try_borrow_mut() {
                *last = message;
            }
        });
    }));
}

/// The message of the last panic (empty when none), for the JS wrapper that caught the trap.
#[wasm_bindgen]
pub fn take_panic_message() -> String {
    LAST_PANIC.with(|last| {
        last.try_borrow_mut()
            .map(|mut last| std::mem::take(&mut *last))
            .unwrap_or_default()
    })
}

/// Panics on purpose: only in the test build (`wasm-test-panic`), never in a shipped .wasm.
#[cfg(feature = "wasm-test-panic")]
#[wasm_bindgen]
pub fn test_panic(message: &str) -> String {
    panic!("test panic: {message}");
}
