//! The Unicode general-category distinctions the `url` and `email` rules need (`\pL`, `\pN`, `\pS`,
//! and egulias' `\p{C}`), from a compact generated table (tests/unicode_classes.rs checks it against
//! the Unicode database for every code point).

// Generated eight entries to a line (`FPGO_BLESS=1 cargo test --test unicode_classes`): rustfmt
// leaves it as generated.
#[path = "unicode_table.rs"]
#[rustfmt::skip]
mod table;

/// A code point's class, as far as the rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Class {
    /// `\pL`
    Letter = 0,
    /// `\pN`
    Number = 1,
    /// `\pS`
    Symbol = 2,
    /// `\p{C}`: control, format, surrogate, private use, unassigned.
    Other = 3,
    /// Marks, punctuation, separators.
    Rest = 4,
}

/// The class of `c` (from the compact table generated from the Unicode general categories).
pub fn class_of(c: char) -> Class {
    // URLs and emails are nearly all ASCII: answer those without searching the table.
    if c.is_ascii() {
        return match c {
            'a'..='z' | 'A'..='Z' => Class::Letter,
            '0'..='9' => Class::Number,
            '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' => Class::Symbol,
            '\0'..='\x1f' | '\x7f' => Class::Other,
            _ => Class::Rest,
        };
    }
    let key = ((c as u32) << 3) | 7;
    let ranges = ranges();
    let i = ranges.partition_point(|&e| e <= key);
    match i.checked_sub(1).and_then(|i| ranges.get(i)).map(|e| e & 7) {
        Some(0) => Class::Letter,
        Some(1) => Class::Number,
        Some(2) => Class::Symbol,
        Some(3) => Class::Other,
        _ => Class::Rest,
    }
}

/// The table as `start << 3 | class` entries, decoded from its varints on the first non-ASCII
/// lookup (a few µs, once).
fn ranges() -> &'static [u32] {
    static RANGES: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
    RANGES.get_or_init(|| {
        let mut out = Vec::with_capacity(table::RANGES);
        let (mut start, mut value, mut shift) = (0u32, 0u32, 0u32);
        for &byte in table::ENCODED {
            value |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 != 0 {
                // A generated table's varints hold at most 24 bits; the cap keeps the shift valid.
                shift = (shift + 7).min(28);
                continue;
            }
            start += value >> 3;
            out.push((start << 3) | (value & 7));
            (value, shift) = (0, 0);
        }
        out
    })
}
