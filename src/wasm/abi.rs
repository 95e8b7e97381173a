//! The calling convention of every text export, without wasm-bindgen: a string argument is two
//! numbers (the address and length of its UTF-8 bytes, copied in by `pkg-template/lib/instance.js`
//! through [`fpgo_alloc`]); an answer is a `String` whose address, length and capacity the export
//! leaves in [`ANSWER`] and whose address it returns, for JS to read and hand back to [`fpgo_free`].
//!
//! Why not wasm-bindgen: every export takes text and numbers and answers text, which needs none of
//! its machinery, and leaving it out saves its per-module JS glue and the shims it adds to the .wasm
//! (measured in docs/performance.md). One small JS loader serves every module.

use std::alloc::{alloc, dealloc, Layout};

/// Address, length and capacity of the last answer, for JS to read after the call.
static mut ANSWER: [usize; 3] = [0, 0, 0];

/// `len` bytes for JS to write an argument into (null when memory is exhausted); a zero length
/// gets a dangling non-null address and no allocation.
#[no_mangle]
pub extern "C" fn fpgo_alloc(len: usize) -> *mut u8 {
    if len == 0 {
        return std::ptr::NonNull::dangling().as_ptr();
    }
    match Layout::from_size_align(len, 1) {
        // SAFETY: the layout has a non-zero size.
        Ok(layout) => unsafe { alloc(layout) },
        Err(_) => std::ptr::null_mut(),
    }
}

/// Frees what [`fpgo_alloc`] gave (`len` as asked) or an answer (`len` = its capacity).
///
/// # Safety
/// `ptr` must come from [`fpgo_alloc`] with this `len`, or be an answer's address with its
/// capacity, and be freed once.
#[no_mangle]
pub unsafe extern "C" fn fpgo_free(ptr: *mut u8, len: usize) {
    if len != 0 && !ptr.is_null() {
        dealloc(ptr, Layout::from_size_align_unchecked(len, 1));
    }
}

/// The text argument at `ptr`/`len`; `Err` (an `invalid_argument` answer) when it is not UTF-8,
/// which the JS loader's `TextEncoder` never writes.
///
/// # Safety
/// `ptr`/`len` must be bytes JS wrote through [`fpgo_alloc`], alive for the call.
pub unsafe fn text<'a>(ptr: *const u8, len: usize) -> Result<&'a str, String> {
    let bytes = if len == 0 {
        &[][..]
    } else {
        std::slice::from_raw_parts(ptr, len)
    };
    std::str::from_utf8(bytes)
        .map_err(|_| crate::json_api::error_json("invalid_argument", "an argument is not UTF-8"))
}

/// Leaves `answer` for JS (see the module docs) and returns the address of [`ANSWER`].
pub fn answer(answer: Result<String, String>) -> *const usize {
    let answer = std::mem::ManuallyDrop::new(answer.unwrap_or_else(|e| e).into_bytes());
    let slot = std::ptr::addr_of_mut!(ANSWER);
    // SAFETY: WebAssembly runs one call at a time; JS reads the slot before the next call.
    unsafe {
        *slot = [answer.as_ptr() as usize, answer.len(), answer.capacity()];
        slot as *const usize
    }
}
