//! What a bug looks like from JS. A panic in WebAssembly is a trap (`unreachable`); the JS wrapper
//! that catches it throws `FpgoError { code: "internal" }` and starts a fresh instance (a trapped
//! instance has leaked its stack).
//!
//! The shipped modules are built with `panic = "immediate-abort"` (scripts/build-pkg.sh): no panic
//! message is formatted at all, which keeps std's panic machinery and `core::fmt` out of them
//! (2-3.3 KB gzip per module). Builds with a panic runtime (the stable toolchain's
//! `panic = "abort"`, the wasm-bindgen-test runs) install the hook below at start-up, which keeps
//! the panic's message for the wrapper (`take_panic_message`).

#[cfg(not(panic = "immediate-abort"))]
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[cfg(not(panic = "immediate-abort"))]
thread_local! {
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Runs when an instance starts (the glue's `initSync` calls it): installs the hook that records
/// the panic message.
#[cfg(not(panic = "immediate-abort"))]
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        // `<message> at <file>:<line>:<column>`, written by hand: `PanicHookInfo`'s `Display`
        // links integer formatting and `Formatter::pad` (0.3 KB gzip of the callbacks module).
        // std has already formatted the message into the payload when the hook runs.
        let payload = info.payload();
        let text = payload.downcast_ref::<&str>().copied();
        let text = text.or_else(|| payload.downcast_ref::<String>().map(String::as_str));
        let mut message = String::from(text.unwrap_or("a panic without a message"));
        // Built with `-Zlocation-detail=none` (scripts/build-pkg.sh), a location is line 0 of
        // `<redacted>`: left out of the message then.
        if let Some(location) = info.location().filter(|l| l.line() != 0) {
            message.push_str(" at ");
            message.push_str(location.file());
            for n in [location.line(), location.column()] {
                message.push(':');
                crate::text::push_u64(&mut message, u64::from(n));
            }
        }
        LAST_PANIC.with(|last| {
            if let Ok(mut last) = last.try_borrow_mut() {
                *last = message;
            }
        });
    }));
}

/// The message of the last panic (empty when none), for the JS wrapper that caught the trap.
#[cfg(not(panic = "immediate-abort"))]
#[wasm_bindgen(js_name = take_panic_message)]
pub fn take_panic_message() -> String {
    LAST_PANIC.with(|last| {
        last.try_borrow_mut()
            .map(|mut last| std::mem::take(&mut *last))
            .unwrap_or_default()
    })
}

/// Panics on purpose: only in the test build (`wasm-test-panic`), never in a shipped .wasm.
#[cfg(feature = "wasm-test-panic")]
#[wasm_bindgen(js_name = test_panic)]
pub fn test_panic(message: &str) -> String {
    panic!("test panic: {message}");
}
