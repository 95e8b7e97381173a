//! A region allocator for the validate and full WebAssembly modules: small allocations are bumped
//! out of 64 KiB pages, each page counting its live allocations, and a page whose count falls to
//! zero is reused from its start. Large or over-aligned allocations go to the fallback allocator
//! (`lol_alloc`'s free list in the modules, see `src/wasm/mod.rs`).
//!
//! Why: a `validate()` call allocates a few hundred small blocks (the parsed payload's keys,
//! strings and maps, the engine's and the totals' buffers, the answer) and frees every one of them
//! before the next call; dlmalloc's bins and the frees were about a fifth of a call's time in
//! WebAssembly (docs/performance.md, "Validation"). Here an allocation is an add and a compare, a
//! free a decrement, and the whole page is recycled when the call's last block (the answer, freed
//! by the glue after reading it) goes.
//!
//! Safe by construction, with no notion of a call: memory is reused only when every block of its
//! page has been freed. A block that lives on (a table compiled on first use into a `OnceLock`, a
//! cached text, the panic hook) keeps its page alive and nothing else; the page is retired when it
//! is full and the next one is taken, so long-lived blocks cost at most one page each, and the work
//! and memory of a call stay those of its own allocations (the 1 MB worst case's large arrays go to
//! the fallback).
//!
//! Debug builds (the wasm-bindgen tests) fill recycled memory with `0xA5`, so that a block used
//! after its page was recycled shows up as garbage in a test rather than passing silently.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;

/// The page size of WebAssembly memory, and the size of a region page.
pub const PAGE: usize = 65_536;
/// Bytes at the start of each page: the live count (`u32`) at 0, the free list's link (`usize`) at 8.
const HEADER: usize = 16;
/// Largest allocation served from a page; larger ones go to the fallback (a growing `Vec`'s old
/// buffers would otherwise stay in the page until the page is recycled).
const MAX_SMALL: usize = 8 * 1024;
/// Largest alignment served from a page (the header keeps page payloads 16-aligned).
const MAX_ALIGN: usize = 16;
/// Pages the membership bitmap covers: all of a 32-bit address space.
const PAGES: usize = 1 << 16;
/// The byte recycled memory is filled with in debug builds.
const POISON: u8 = 0xA5;

/// Where pages come from: fresh, `PAGE`-aligned, `PAGE` bytes, never given back.
pub trait Pages {
    /// The lowest address a page can have (0 in WebAssembly).
    fn base(&self) -> usize;
    /// A new page's address, or `None` when memory is exhausted.
    fn grow(&self) -> Option<usize>;
}

/// WebAssembly's own memory: one `memory.grow` of one page per region page.
#[cfg(target_arch = "wasm32")]
pub struct WasmPages;

#[cfg(target_arch = "wasm32")]
impl Pages for WasmPages {
    fn base(&self) -> usize {
        0
    }

    fn grow(&self) -> Option<usize> {
        let previous = core::arch::wasm32::memory_grow(0, 1);
        (previous != usize::MAX).then(|| previous * PAGE)
    }
}

struct State {
    /// The page allocations are bumped from (0 before the first).
    current: usize,
    /// Next free byte of `current`.
    next: usize,
    /// First page of the list of empty pages (0 for none), linked through their headers.
    free: usize,
    /// One bit per page of the address space: set for the region's pages.
    owned: [u32; PAGES / 32],
}

/// The allocator: region pages from `P`, large blocks from `F`.
pub struct Region<P: Pages, F: GlobalAlloc> {
    pages: P,
    fallback: F,
    state: UnsafeCell<State>,
}

// SAFETY: a WebAssembly instance of this crate runs on one thread (no threads feature, no
// atomics); native tests use a `Region` from one thread only.
unsafe impl<P: Pages, F: GlobalAlloc> Sync for Region<P, F> {}

impl<P: Pages, F: GlobalAlloc> Region<P, F> {
    /// A region with no page yet.
    pub const fn new(pages: P, fallback: F) -> Self {
        Region {
            pages,
            fallback,
            state: UnsafeCell::new(State {
                current: 0,
                next: 0,
                free: 0,
                owned: [0; PAGES / 32],
            }),
        }
    }

    /// The index of the page holding `ptr` in the bitmap, when it could be a region page.
    fn page_index(&self, ptr: usize) -> Option<usize> {
        let index = ptr.wrapping_sub(self.pages.base()) / PAGE;
        (index < PAGES).then_some(index)
    }

    fn owns(&self, state: &State, ptr: usize) -> bool {
        self.page_index(ptr)
            .is_some_and(|i| state.owned[i / 32] & (1 << (i % 32)) != 0)
    }

    /// A fresh or recycled empty page made current; false when memory is exhausted.
    ///
    /// # Safety
    /// `state` is this region's state, with no other reference to it alive.
    unsafe fn take_page(&self, state: &mut State) -> bool {
        let page = if state.free != 0 {
            let page = state.free;
            state.free = *((page + 8) as *const usize);
            page
        } else {
            let Some(page) = self.pages.grow() else {
                return false;
            };
            let Some(index) = self.page_index(page) else {
                return false;
            };
            state.owned[index / 32] |= 1 << (index % 32);
            page
        };
        *(page as *mut u32) = 0;
        state.current = page;
        state.next = page + HEADER;
        true
    }

    /// Frees a block of a region page: the page is recycled when it was the last one.
    ///
    /// # Safety
    /// `ptr` is a live block of this region; `state` as for `take_page`.
    unsafe fn release(&self, state: &mut State, ptr: usize) {
        let page = ptr & !(PAGE - 1);
        let live = page as *mut u32;
        *live -= 1;
        if *live != 0 {
            return;
        }
        if page == state.current {
            poison(page + HEADER, state.next);
            state.next = page + HEADER;
        } else {
            poison(page + HEADER, page + PAGE);
            *((page + 8) as *mut usize) = state.free;
            state.free = page;
        }
    }
}

/// Fills `[from, to)` with `POISON` in debug builds.
///
/// # Safety
/// The range is memory of a region page that no live block uses.
#[inline]
unsafe fn poison(from: usize, to: usize) {
    if cfg!(debug_assertions) {
        std::ptr::write_bytes(from as *mut u8, POISON, to - from);
    }
}

unsafe impl<P: Pages, F: GlobalAlloc> GlobalAlloc for Region<P, F> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let size = layout.size().max(1);
        let align = layout.align();
        if size > MAX_SMALL || align > MAX_ALIGN {
            return self.fallback.alloc(layout);
        }
        let state = &mut *self.state.get();
        loop {
            if state.current != 0 {
                let start = (state.next + align - 1) & !(align - 1);
                if start + size <= state.current + PAGE {
                    state.next = start + size;
                    *(state.current as *mut u32) += 1;
                    return start as *mut u8;
                }
            }
            if !self.take_page(state) {
                return self.fallback.alloc(layout);
            }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let state = &mut *self.state.get();
        if self.owns(state, ptr as usize) {
            self.release(state, ptr as usize);
        } else {
            self.fallback.dealloc(ptr, layout);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let state = &mut *self.state.get();
        let at = ptr as usize;
        if !self.owns(state, at) {
            return self.fallback.realloc(ptr, layout, new_size);
        }
        let old_size = layout.size().max(1);
        let fits = new_size.max(1) <= MAX_SMALL && at + new_size.max(1) <= state.current + PAGE;
        if at + old_size == state.next && fits {
            // The last block of the current page grows or shrinks in place.
            state.next = at + new_size.max(1);
            return ptr;
        }
        if new_size <= old_size {
            return ptr;
        }
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        let moved = self.alloc(new_layout);
        if !moved.is_null() {
            std::ptr::copy_nonoverlapping(ptr, moved, old_size.min(new_size));
            let state = &mut *self.state.get();
            self.release(state, at);
        }
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::System;
    use std::cell::Cell;

    /// Pages carved out of one aligned block of the system allocator (leaked: a test's memory).
    struct TestPages {
        block: usize,
        used: Cell<usize>,
        count: usize,
    }

    impl TestPages {
        fn new(count: usize) -> Self {
            let layout = Layout::from_size_align(count * PAGE, PAGE).expect("a layout");
            // SAFETY: a non-zero size.
            let block = unsafe { System.alloc(layout) } as usize;
            assert_ne!(block, 0);
            TestPages {
                block,
                used: Cell::new(0),
                count,
            }
        }
    }

    impl Pages for TestPages {
        fn base(&self) -> usize {
            self.block
        }

        fn grow(&self) -> Option<usize> {
            let n = self.used.get();
            (n < self.count).then(|| {
                self.used.set(n + 1);
                self.block + n * PAGE
            })
        }
    }

    fn region(pages: usize) -> Box<Region<TestPages, System>> {
        Box::new(Region::new(TestPages::new(pages), System))
    }

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).expect("a layout")
    }

    #[test]
    fn blocks_are_aligned_distinct_and_the_page_is_reused_when_all_are_freed() {
        let r = region(4);
        unsafe {
            let a = r.alloc(layout(3, 1));
            let b = r.alloc(layout(8, 8));
            let c = r.alloc(layout(100, 16));
            assert_eq!(b as usize % 8, 0);
            assert_eq!(c as usize % 16, 0);
            assert!(a < b && b < c, "bumped in order");
            std::ptr::write_bytes(c, 7, 100);
            r.dealloc(a, layout(3, 1));
            r.dealloc(c, layout(100, 16));
            // One block is still live: nothing is reused, `b` keeps its bytes.
            *b = 42;
            let d = r.alloc(layout(8, 8));
            assert!(d > c);
            assert_eq!(*b, 42);
            r.dealloc(b, layout(8, 8));
            r.dealloc(d, layout(8, 8));
            // All freed: the page starts over, and the old bytes are poisoned (debug).
            let e = r.alloc(layout(3, 1));
            assert_eq!(e, a);
            if cfg!(debug_assertions) {
                assert_eq!(*c.add(50), POISON);
            }
            r.dealloc(e, layout(3, 1));
            assert_eq!(r.pages.used.get(), 1, "one page served it all");
        }
    }

    #[test]
    fn a_long_lived_block_retires_its_page_and_full_pages_are_recycled() {
        let r = region(8);
        unsafe {
            let kept = r.alloc(layout(64, 8));
            *kept = 9;
            // Calls that each allocate and free 6 KB: the first page fills, then the second is
            // used and recycled call after call.
            for _ in 0..100 {
                let blocks: Vec<*mut u8> = (0..6).map(|_| r.alloc(layout(1024, 8))).collect();
                for &b in &blocks {
                    std::ptr::write_bytes(b, 1, 1024);
                }
                for b in blocks {
                    r.dealloc(b, layout(1024, 8));
                }
            }
            assert_eq!(*kept, 9, "the long-lived block was never reused");
            assert!(r.pages.used.get() <= 3, "{} pages", r.pages.used.get());
            r.dealloc(kept, layout(64, 8));
        }
    }

    #[test]
    fn large_and_over_aligned_blocks_go_to_the_fallback() {
        let r = region(2);
        unsafe {
            let big = r.alloc(layout(MAX_SMALL + 1, 8));
            let aligned = r.alloc(layout(16, 64));
            let state = &*r.state.get();
            assert!(!r.owns(state, big as usize) && !r.owns(state, aligned as usize));
            assert_eq!(r.pages.used.get(), 0);
            r.dealloc(big, layout(MAX_SMALL + 1, 8));
            r.dealloc(aligned, layout(16, 64));
        }
    }

    #[test]
    fn realloc_grows_the_last_block_in_place_and_moves_others() {
        let r = region(4);
        unsafe {
            let a = r.alloc(layout(16, 1));
            std::ptr::copy_nonoverlapping(b"0123456789abcdef".as_ptr(), a, 16);
            let a2 = r.realloc(a, layout(16, 1), 64);
            assert_eq!(a2, a, "the last block grows in place");
            let b = r.alloc(layout(8, 1));
            let a3 = r.realloc(a2, layout(64, 1), 128);
            assert_ne!(a3, a2, "not the last block: moved");
            assert_eq!(std::slice::from_raw_parts(a3, 16), b"0123456789abcdef");
            // Growing past the small limit moves the block to the fallback.
            let a4 = r.realloc(a3, layout(128, 1), MAX_SMALL * 2);
            assert_eq!(std::slice::from_raw_parts(a4, 16), b"0123456789abcdef");
            assert!(!r.owns(&*r.state.get(), a4 as usize));
            r.dealloc(a4, layout(MAX_SMALL * 2, 1));
            r.dealloc(b, layout(8, 1));
            // Everything freed: the page starts over.
            assert_eq!(r.alloc(layout(1, 1)), a);
        }
    }

    #[test]
    fn exhausted_pages_fall_back() {
        let r = region(1);
        unsafe {
            let blocks: Vec<*mut u8> = (0..20).map(|_| r.alloc(layout(8000, 8))).collect();
            assert!(blocks.iter().all(|b| !b.is_null()));
            let state = &*r.state.get();
            let owned = blocks
                .iter()
                .filter(|&&b| r.owns(state, b as usize))
                .count();
            assert_eq!(owned, 8, "one page holds eight blocks of 8000 bytes");
            for b in blocks {
                r.dealloc(b, layout(8000, 8));
            }
        }
    }
}
