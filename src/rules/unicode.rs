//! The Unicode general-category distinctions the `url` and `email` rules need (`\pL`, `\pN`, `\pS`,
//! and egulias' `\p{C}`), from a compact generated table (tests/unicode_classes.rs checks it against
//! the Unicode database for every code point).

#[path = "unicode_table.rs"]
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
    let i = table::RANGES.partition_point(|&e| e <= key);
    match i
        .checked_sub(1)
        .and_then(|i| table::RANGES.get(i))
        .map(|e| e & 7)
    {
        Some(0) => Class::Letter,
        Some(1) => Class::Number,
        Some(2) => Class::Symbol,
        Some(3) => Class::Other,
        _ => Class::Rest,
    }
}
