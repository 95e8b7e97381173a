//! The wasm-bindgen layer: one thin binding module per capability, each only re-exporting the
//! JSON-text functions of `crate::json_api` (`&str`, numbers and bools in, a JSON `String` out;
//! the glue copies the text across). No JS value is read here: the JS wrappers in `pkg-template/lib/` read the user's
//! values where a throw is caught, so no JS exception ever unwinds through WebAssembly frames. A
//! cargo feature picks the modules a .wasm carries (`wasm-callbacks`, `wasm-validate`, `wasm-full`).

#[cfg(feature = "wasm-callbacks")]
mod callbacks;
#[cfg(feature = "wasm-full")]
mod client;
mod panic;
#[cfg(all(test, feature = "wasm-full"))]
mod tests;
#[cfg(feature = "wasm-validate")]
mod validate;

/// The callbacks-only module uses a small free-list allocator instead of the standard dlmalloc
/// (about 3 KB gzip less, measured in docs/performance.md): a verification makes a few dozen
/// allocations, all bounded by the URL limit, where a free list's O(free blocks) search is cheap.
/// The larger modules use the region allocator below.
#[cfg(all(feature = "wasm-callbacks", not(feature = "wasm-validate")))]
#[global_allocator]
// SAFETY: a WebAssembly instance of this crate runs on one thread (no threads feature, no atomics).
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// The validate and full modules bump small blocks out of pages recycled when all their blocks are
/// freed (a `validate()` call allocates a few hundred small blocks and frees them all), and take
/// large ones (over 8 KB: a megabyte payload's text and arrays, a few per call) from `lol_alloc`'s
/// address-ordered, coalescing free list instead of dlmalloc (about 3 KB gzip less). See
/// `crate::region` and docs/performance.md.
#[cfg(feature = "wasm-validate")]
#[global_allocator]
static ALLOCATOR: crate::region::Region<crate::region::WasmPages, lol_alloc::FreeListAllocator> =
    crate::region::Region::new(
        crate::region::WasmPages,
        lol_alloc::FreeListAllocator::new(),
    );
