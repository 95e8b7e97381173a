//! Every endpoint's rule tables compiled at build time, for the WebAssembly modules: they decode
//! an endpoint's sets from `data::TABLES` on its first use instead of parsing its rule strings, so
//! the rule-string parser and the `regex:` compiler are not in the .wasm. Native builds compile the
//! tables at run time (the parser is the reference, and the public API keeps it).
//!
//! `data.rs` is generated: the test `generated_file_is_up_to_date` fails when it is stale (an
//! endpoint table or the compiler changed); `FPGO_BLESS=1 cargo test -p fpgo --lib tables`
//! rewrites it. File format (the sets' own in `crate::rules::codec`):
//!
//! ```text
//! file     = "FPGOT1" strings count endpoint*
//! endpoint = id:str length:varint (body:set path:set query:set)   `length` bytes
//! ```
//! The endpoints are in the order of `endpoints::all()`; the decoder checks each id.

use crate::rules::codec::{read_set, DecodeError, Reader, Strings};
use crate::rules::RuleSet;

mod data;

const MAGIC: &[u8] = b"FPGOT1";

/// A tables file read up to the endpoints' records (each decoded on its own first use).
pub(super) struct Index<'a> {
    strings: Strings<'a>,
    /// Each endpoint's id and encoded sets.
    endpoints: Vec<(&'a str, &'a [u8])>,
}

impl<'a> Index<'a> {
    pub(super) fn read(bytes: &'a [u8]) -> Result<Index<'a>, DecodeError> {
        let mut r = Reader::new(bytes);
        if r.take(MAGIC.len()) != Ok(MAGIC) {
            return Err(DecodeError("not a rule tables file"));
        }
        let strings = Strings::read(&mut r)?;
        let n = r.count()?;
        let mut endpoints = Vec::with_capacity(n);
        for _ in 0..n {
            let id = strings.next(&mut r)?;
            let len = r.varint()? as usize;
            endpoints.push((id, r.take(len)?));
        }
        if !r.is_at_end() {
            return Err(DecodeError("trailing bytes after the rule tables"));
        }
        Ok(Index { strings, endpoints })
    }

    /// The body, path and query sets of the endpoint at `position` in `endpoints::all()`, which
    /// must have the id `id`.
    pub(super) fn sets(&self, position: usize, id: &str) -> Result<[RuleSet; 3], DecodeError> {
        let (stored_id, record) = self
            .endpoints
            .get(position)
            .copied()
            .ok_or(DecodeError("endpoint missing from the rule tables"))?;
        if stored_id != id {
            return Err(DecodeError("rule tables list another endpoint"));
        }
        let mut r = Reader::new(record);
        let sets = [
            read_set(&mut r, &self.strings)?,
            read_set(&mut r, &self.strings)?,
            read_set(&mut r, &self.strings)?,
        ];
        if !r.is_at_end() {
            return Err(DecodeError(
                "trailing bytes after an endpoint's rule tables",
            ));
        }
        Ok(sets)
    }
}

/// The committed tables, read once.
#[cfg(target_arch = "wasm32")]
pub(super) fn built() -> Result<&'static Index<'static>, DecodeError> {
    static INDEX: std::sync::OnceLock<Result<Index<'static>, DecodeError>> =
        std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| Index::read(data::TABLES))
        .as_ref()
        .map_err(|e| *e)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
