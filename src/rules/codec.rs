//! A compact binary form of compiled [`RuleSet`]s, so that the WebAssembly modules carry the rule
//! tables already compiled instead of the rule-string parser (`parse`, the `regex:` pattern parser
//! and compiler): about 25 KB of code that only turned constant text into constant structures.
//!
//! The rule strings themselves are not stored: the decoder is handed the same `(field, rule
//! string)` table as [`RuleSet::compile`], splits each string into its rules as the compiler does
//! (`parse::split_rules`, Laravel's `explode('|')`, a few dozen bytes of code) and takes every
//! rule's raw text from it; fields listed twice merge as they do there. What is stored is what the
//! parser decides about each rule: its kind, its name and parameters when they are not the obvious
//! ones, and (`regex:`/`not_regex:`) the compiled pattern. The rules' bounds, lists and paths are
//! computed from those by the code the parser's output goes through ([`Rule::assemble`], which the
//! engine needs at run time anyway: the tax-rate `in:` list is read by `InList::new` too). What
//! [`RuleSet::assemble`] computes per set (each field's flags, shared parent and `boolean` lookups,
//! whether fields overlap) is stored instead (`flags` is `FieldFlags::pack`'s number, `overlapping`
//! 0 or 1): measured in the validate module, about 2 KB raw of code out for as much data in, and
//! 0.5 KB less gzip (the flags compress well). The tests check that a decoded set is the compiled
//! set, field by field.
//!
//! Encoding: unsigned LEB128 varints (at most 5 bytes, `u32`); `str` is an index into the string
//! table of the enclosing file (names and parameters that cannot be read off the rule's text); a
//! count is a varint no larger than the bytes left (every counted item takes at least one byte),
//! so no length field makes the decoder allocate more than its input allows. Every read is
//! checked; counts must match the table's: bad input is a [`DecodeError`], never a panic.
//!
//! ```text
//! set    = count overlapping:u8 field*   one per distinct field name, in table order
//! field  = flags:varint count rule*      one per rule of the field's rule strings, in order
//! rule   = head:u8 [name:str] [count param:str*] [has_pattern:u8 pattern]
//! head   = kind (bits 0-4) | name given (bit 5) | parameters (bits 6-7)
//! ```
//! The name, unless given, is `Kind::laravel_name`. Parameters: 0 none, 1 the text after the first
//! `:` split on `,` (`str_getcsv` without quotes), 2 the whole text after the `:` (`regex:`), 3
//! given. The pattern (regex kinds only, `pattern::codec`) is there when `has_pattern` is 1. The
//! files holding sets are written and checked by `crate::validate::tables` (native tests only); only
//! the decoder ships.

use super::parse::{Kind, Rule};
use super::pattern::Pcre;
use super::RuleSet;

/// Why bytes are not a valid encoding (a stale or damaged generated file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DecodeError(pub(crate) &'static str);

const TRUNCATED: DecodeError = DecodeError("truncated rule tables");

/// Reads an encoding front to back; every read is bounds-checked.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, pos: 0 }
    }

    pub(crate) fn byte(&mut self) -> Result<u8, DecodeError> {
        let b = *self.bytes.get(self.pos).ok_or(TRUNCATED)?;
        self.pos += 1;
        Ok(b)
    }

    /// An unsigned LEB128 number of at most 5 bytes that fits a `u32`.
    pub(crate) fn varint(&mut self) -> Result<u32, DecodeError> {
        let mut value: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(value).map_err(|_| DecodeError("number too large"));
            }
        }
        Err(DecodeError("number too long"))
    }

    /// A count of items that take at least one byte each: never more than the bytes left.
    pub(crate) fn count(&mut self) -> Result<usize, DecodeError> {
        let n = self.varint()? as usize;
        if n > self.bytes.len() - self.pos {
            return Err(TRUNCATED);
        }
        Ok(n)
    }

    /// The next `n` bytes.
    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        let end = self.pos.checked_add(n).ok_or(TRUNCATED)?;
        let out = self.bytes.get(self.pos..end).ok_or(TRUNCATED)?;
        self.pos = end;
        Ok(out)
    }

    pub(crate) fn is_at_end(&self) -> bool {
        self.pos == self.bytes.len()
    }
}

/// The string table of an encoding: `count (len:varint bytes)*`, each valid UTF-8.
#[derive(Clone)]
pub(crate) struct Strings<'a>(Vec<&'a str>);

impl<'a> Strings<'a> {
    pub(crate) fn read(r: &mut Reader<'a>) -> Result<Strings<'a>, DecodeError> {
        let n = r.count()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let len = r.varint()? as usize;
            let text = std::str::from_utf8(r.take(len)?)
                .map_err(|_| DecodeError("rule tables hold a string that is not UTF-8"))?;
            out.push(text);
        }
        Ok(Strings(out))
    }

    /// The string whose index is the next varint.
    pub(crate) fn next(&self, r: &mut Reader<'_>) -> Result<&'a str, DecodeError> {
        let i = r.varint()? as usize;
        self.0
            .get(i)
            .copied()
            .ok_or(DecodeError("string index out of range"))
    }
}

/// The rules of each distinct field of `table`, raw, as [`RuleSet::compile`] sees them: a field
/// listed twice gets the rules of both strings.
fn raw_fields<'t>(
    table: impl IntoIterator<Item = (&'t str, &'t str)>,
) -> Vec<(&'t str, Vec<&'t str>)> {
    let mut out: Vec<(&str, Vec<&str>)> = Vec::new();
    for (field, rules) in table {
        let pieces = super::parse::split_rules(rules);
        match out.iter_mut().find(|(f, _)| *f == field) {
            Some((_, existing)) => existing.extend(pieces),
            None => out.push((field, pieces)),
        }
    }
    out
}

const PARAMS_SPLIT: u8 = 1;
const PARAMS_WHOLE: u8 = 2;
const PARAMS_GIVEN: u8 = 3;
const NAME_GIVEN: u8 = 1 << 5;
// A kind fits the head's five bits.
const _: () = assert!(Kind::ALL.len() <= 32);

/// Decodes the set of `table` (the `(field, rule string)` pairs it was encoded from).
pub(crate) fn read_set<'t>(
    r: &mut Reader<'_>,
    strings: &Strings<'_>,
    table: impl IntoIterator<Item = (&'t str, &'t str)>,
) -> Result<RuleSet, DecodeError> {
    let raw = raw_fields(table);
    let mismatch = DecodeError("rule tables do not match the endpoint tables");
    if r.count()? != raw.len() {
        return Err(mismatch);
    }
    let overlapping = r.byte()? != 0;
    let mut fields = Vec::with_capacity(raw.len());
    for (field, pieces) in raw {
        let packed = r.varint()?;
        if r.count()? != pieces.len() {
            return Err(mismatch);
        }
        // A plain loop: `collect::<Result<..>>` links a `GenericShunt` iterator of its own.
        let mut rules = Vec::with_capacity(pieces.len());
        for piece in pieces {
            rules.push(read_rule(r, strings, piece)?);
        }
        fields.push((field.to_string(), rules, packed));
    }
    Ok(RuleSet::from_parts(fields, overlapping))
}

fn read_rule(r: &mut Reader<'_>, strings: &Strings<'_>, raw: &str) -> Result<Rule, DecodeError> {
    let head = r.byte()?;
    let kind = *Kind::ALL
        .get(usize::from(head & 0x1f))
        .ok_or(DecodeError("unknown rule kind"))?;
    let name = match head & NAME_GIVEN {
        0 => kind.laravel_name(),
        _ => strings.next(r)?,
    };
    let after_colon = raw.split_once(':').map_or("", |(_, p)| p);
    let params: Vec<String> = match head >> 6 {
        PARAMS_SPLIT => super::split_owned(after_colon, ','),
        PARAMS_WHOLE => vec![after_colon.to_string()],
        PARAMS_GIVEN => {
            let n = r.count()?;
            let mut given = Vec::with_capacity(n);
            for _ in 0..n {
                given.push(strings.next(r)?.to_string());
            }
            given
        }
        _ => Vec::new(),
    };
    let pcre = match kind {
        Kind::Regex | Kind::NotRegex if r.byte()? != 0 => Some(Box::new(Pcre::read(r)?)),
        _ => None,
    };
    Rule::assemble(kind, name.to_string(), raw.to_string(), params, pcre).map_err(DecodeError)
}

#[cfg(test)]
pub(crate) use writer::{write_set, Interner, Writer};

/// The encoder: native tests only (they write the generated file and check it is current).
#[cfg(test)]
mod writer {
    use super::{Kind, Rule, RuleSet, NAME_GIVEN, PARAMS_GIVEN, PARAMS_SPLIT, PARAMS_WHOLE};
    use std::collections::HashMap;

    /// Appends to an encoding.
    #[derive(Default)]
    pub(crate) struct Writer {
        pub(crate) bytes: Vec<u8>,
    }

    impl Writer {
        pub(crate) fn byte(&mut self, b: u8) {
            self.bytes.push(b);
        }

        pub(crate) fn varint(&mut self, value: usize) {
            let mut v = u32::try_from(value).expect("rule tables hold numbers below 2^32");
            loop {
                let low = (v & 0x7f) as u8;
                v >>= 7;
                if v == 0 {
                    self.bytes.push(low);
                    return;
                }
                self.bytes.push(low | 0x80);
            }
        }
    }

    /// The string table being built: each distinct string once, in order of first use.
    #[derive(Default)]
    pub(crate) struct Interner {
        strings: Vec<String>,
        index: HashMap<String, usize>,
    }

    impl Interner {
        /// Writes the index of `s` (added to the table if new).
        pub(crate) fn write(&mut self, s: &str, w: &mut Writer) {
            let next = self.strings.len();
            let i = *self.index.entry(s.to_string()).or_insert(next);
            if i == next {
                self.strings.push(s.to_string());
            }
            w.varint(i);
        }

        /// The table, in the form `Strings::read` reads.
        pub(crate) fn write_table(&self, w: &mut Writer) {
            w.varint(self.strings.len());
            for s in &self.strings {
                w.varint(s.len());
                w.bytes.extend_from_slice(s.as_bytes());
            }
        }
    }

    /// Encodes one set (the module's grammar), compiled from a table that [`super::read_set`] is
    /// given again to decode it.
    pub(crate) fn write_set(set: &RuleSet, strings: &mut Interner, w: &mut Writer) {
        let (packed, overlapping) = set.parts();
        w.varint(set.fields.len());
        w.byte(u8::from(overlapping));
        for (f, packed) in set.fields.iter().zip(packed) {
            w.varint(packed as usize);
            w.varint(f.rules.len());
            for rule in &f.rules {
                write_rule(rule, strings, w);
            }
        }
    }

    fn write_rule(rule: &Rule, strings: &mut Interner, w: &mut Writer) {
        let after_colon = rule.raw.split_once(':').map(|(_, p)| p);
        let params = if rule.params.is_empty() {
            0
        } else if after_colon
            .is_some_and(|p| p.split(',').eq(rule.params.iter().map(String::as_str)))
        {
            PARAMS_SPLIT
        } else if after_colon.is_some_and(|p| rule.params == [p]) {
            PARAMS_WHOLE
        } else {
            PARAMS_GIVEN
        };
        let name_given = rule.name != rule.kind.laravel_name();
        w.byte(rule.kind as u8 | if name_given { NAME_GIVEN } else { 0 } | params << 6);
        if name_given {
            strings.write(&rule.name, w);
        }
        if params == PARAMS_GIVEN {
            w.varint(rule.params.len());
            for p in &rule.params {
                strings.write(p, w);
            }
        }
        if matches!(rule.kind, Kind::Regex | Kind::NotRegex) {
            w.byte(u8::from(rule.pcre.is_some()));
            if let Some(p) = &rule.pcre {
                p.write(w);
            }
        }
    }
}
