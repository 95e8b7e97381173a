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
//! file     = "FPGOT3" strings count endpoint*
//! endpoint = length:varint (body:set path:set query:set)   `length` bytes
//! ```
//! The endpoints are in the order of `endpoints::all()`. A set is decoded with the endpoint's
//! table at its location, which holds the rule strings (they are in the .wasm anyway: `endpoints()`
//! lists them): the file holds only what the compiler decided about them.

use crate::endpoints::{Endpoint, Location};
use crate::rules::codec::{read_set, DecodeError, Reader, Strings};
use crate::rules::RuleSet;

mod data;

const MAGIC: &[u8] = b"FPGOT3";

/// A tables file read up to the endpoints' records (each decoded on its own first use).
pub(super) struct Index<'a> {
    strings: Strings<'a>,
    /// Each endpoint's encoded sets.
    endpoints: Vec<&'a [u8]>,
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
            let len = r.varint()? as usize;
            endpoints.push(r.take(len)?);
        }
        if !r.is_at_end() {
            return Err(DecodeError("trailing bytes after the rule tables"));
        }
        Ok(Index { strings, endpoints })
    }

    /// The body, path and query sets of `e`, the endpoint at `position` in `endpoints::all()`.
    pub(super) fn sets(&self, position: usize, e: &Endpoint) -> Result<[RuleSet; 3], DecodeError> {
        let record = self
            .endpoints
            .get(position)
            .ok_or(DecodeError("endpoint missing from the rule tables"))?;
        let mut r = Reader::new(record);
        let mut set = |at: Location| {
            read_set(
                &mut r,
                &self.strings,
                e.fields_at(at).map(|f| (f.name, f.rules)),
            )
        };
        let sets = [
            set(Location::Body)?,
            set(Location::Path)?,
            set(Location::Query)?,
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
