//! PHP value semantics over `serde_json::Value`, as Laravel sees a payload after PHP's
//! `json_decode($body, true)`: objects and lists are both PHP arrays, integers that fit an `i64` are
//! ints and every other number is a float (`1e3`, `1.0`, `9223372036854775808`), strings are strings.
//! The helpers reproduce the PHP 8.2 functions the validator calls (`is_numeric`, `trim`, `(string)`,
//! `==`, `filter_var(FILTER_VALIDATE_INT)`), so verdicts match the server's byte for byte.

use serde_json::Value;
use std::borrow::Cow;

mod big;
mod decimal_to_f64;
mod float;
pub(crate) use decimal_to_f64::pow10;
pub use float::float_to_string;

/// A PHP number: `int` or `float` (PHP compares int with int exactly and everything else as floats).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Num {
    Int(i64),
    Float(f64),
}

impl Num {
    pub fn as_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }

    /// PHP 8's numeric comparison (`<=>`): ints exactly, anything else as doubles.
    pub fn compare(self, other: Num) -> Option<std::cmp::Ordering> {
        match (self, other) {
            (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
            (a, b) => a.as_f64().partial_cmp(&b.as_f64()),
        }
    }
}

/// The PHP number a JSON number decodes to.
pub fn json_number(n: &serde_json::Number) -> Num {
    match n.as_i64() {
        Some(i) => Num::Int(i),
        None => Num::Float(n.as_f64().unwrap_or(0.0)),
    }
}

/// `is_array($value)`: JSON objects and lists.
pub fn is_array(v: &Value) -> bool {
    matches!(v, Value::Array(_) | Value::Object(_))
}

/// `count($value)` for arrays.
pub fn count(v: &Value) -> usize {
    match v {
        Value::Array(a) => a.len(),
        Value::Object(o) => o.len(),
        _ => 0,
    }
}

/// The characters PHP's `trim()` strips by default (the engine asks [`is_blank`]; this is for the
/// tests and the fast path's plan generator).
#[cfg(test)]
pub fn trim(s: &str) -> &str {
    s.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r' | '\0' | '\x0B'))
}

/// `trim($s) === ''` without trimming: every byte is one that `trim()` strips (all ASCII, so no
/// byte of a multi-byte character is one). Decided on the first byte for nearly every real value.
pub fn is_blank(s: &str) -> bool {
    s.bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\0' | b'\x0B'))
}

fn is_php_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C')
}

/// PHP 8's numeric-string grammar: optional leading and trailing whitespace, a sign, digits with an
/// optional fraction (`1.`, `.5`), an optional exponent. No hex, no `INF`, no underscores.
/// Answers the trimmed text and whether it is a float (has a fraction or an exponent).
fn numeric_grammar(s: &str) -> Option<(&str, bool)> {
    let b = s.as_bytes();
    let mut start = 0;
    while start < b.len() && is_php_space(b[start]) {
        start += 1;
    }
    let mut end = b.len();
    while end > start && is_php_space(b[end - 1]) {
        end -= 1;
    }
    let body = s.get(start..end)?;
    let bytes = body.as_bytes();
    let mut i = 0;
    if i < bytes.len() && (bytes[i] == b'+' || bytes[i] == b'-') {
        i += 1;
    }
    let int_start = i;
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    let mut frac_digits = 0;
    let mut is_float = false;
    if i < bytes.len() && bytes[i] == b'.' {
        is_float = true;
        i += 1;
        let f = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        frac_digits = i - f;
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
        let mut j = i + 1;
        if j < bytes.len() && (bytes[j] == b'+' || bytes[j] == b'-') {
            j += 1;
        }
        let e = j;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        if j == e {
            return None;
        }
        is_float = true;
        i = j;
    }
    (i == bytes.len()).then_some((body, is_float))
}

/// `is_numeric($string)` without computing the number (the `numeric` rule needs only the answer).
pub fn is_numeric_string(s: &str) -> bool {
    plain_numeric(s) || numeric_grammar(s).is_some()
}

/// The common case of [`is_numeric_string`] decided in one pass: digits with at most one `.` and
/// at least one digit (`51.00`, `1`, `.5`, `1.`). `false` says nothing: the grammar decides.
fn plain_numeric(s: &str) -> bool {
    let (mut digits, mut dots) = (0usize, 0usize);
    for b in s.bytes() {
        match b {
            b'0'..=b'9' => digits += 1,
            b'.' => dots += 1,
            _ => return false,
        }
    }
    digits > 0 && dots <= 1
}

/// The number a PHP 8 numeric string denotes (see [`numeric_grammar`]); `None` when not numeric.
pub fn numeric_string(s: &str) -> Option<Num> {
    let (body, is_float) = numeric_grammar(s)?;
    if !is_float {
        if let Ok(n) = body.parse::<i64>() {
            return Some(Num::Int(n));
        }
    }
    // Every remaining form ("1.", ".5", "+1e3"), correctly rounded as PHP's zend_strtod does.
    decimal_to_f64::decimal_to_f64(body).map(Num::Float)
}

/// `is_numeric($value)` with the number it denotes.
pub fn numeric(v: &Value) -> Option<Num> {
    match v {
        Value::Number(n) => Some(json_number(n)),
        Value::String(s) => numeric_string(s),
        _ => None,
    }
}

/// `(string) $value` for scalars, borrowed where PHP's cast is the text itself (strings, `null`,
/// booleans); arrays give `None` (PHP would raise "Array to string conversion").
pub fn to_php_string(v: &Value) -> Option<Cow<'_, str>> {
    match v {
        Value::Null | Value::Bool(false) => Some(Cow::Borrowed("")),
        Value::Bool(true) => Some(Cow::Borrowed("1")),
        Value::Number(n) => Some(Cow::Owned(match json_number(n) {
            Num::Int(i) => i.to_string(),
            Num::Float(f) => float_to_string(f),
        })),
        Value::String(s) => Some(Cow::Borrowed(s)),
        Value::Array(_) | Value::Object(_) => None,
    }
}

/// The number PHP's loose `==` sees in `(string) $value` (`None`: the cast is not a numeric string).
/// Integers are their own cast; a float goes through PHP's 14-digit `(string)` first, as PHP does.
pub fn cast_numeric(v: &Value) -> Option<Num> {
    match v {
        Value::Number(n) => match json_number(n) {
            Num::Int(i) => Some(Num::Int(i)),
            Num::Float(f) => numeric_string(&float_to_string(f)),
        },
        Value::Bool(true) => Some(Num::Int(1)),
        Value::String(s) => numeric_string(s),
        _ => None,
    }
}

/// PHP 8 `$a == $b` between two strings: numerically when both are numeric strings, else bytewise.
pub fn loose_eq_strings(a: &str, b: &str) -> bool {
    match (numeric_string(a), numeric_string(b)) {
        (Some(x), Some(y)) => x.compare(y) == Some(std::cmp::Ordering::Equal),
        _ => a == b,
    }
}

/// A rule parameter after Laravel's conversions for `required_if`/`required_unless` (`"true"` ->
/// `true` when the other field is boolean, `"null"` -> `null` when the other value is null).
#[derive(Debug, Clone, PartialEq)]
pub enum Param<'a> {
    Str(&'a str),
    Bool(bool),
    Null,
}

/// One step of `in_array($other, $values, $strict)` as `validateRequiredIf` calls it: strict when
/// the other value is a bool or null, PHP 8 loose `==` otherwise.
pub fn dependent_param_matches(other: &Value, p: &Param<'_>) -> bool {
    if matches!(other, Value::Bool(_) | Value::Null) {
        return match (other, p) {
            (Value::Bool(a), Param::Bool(b)) => a == b,
            (Value::Null, Param::Null) => true,
            _ => false,
        };
    }
    match p {
        Param::Str(s) => loose_eq(other, s),
        // Only reachable for non-strict comparisons with converted params: `x == true` / `x == null`.
        Param::Bool(b) => to_bool(other) == *b,
        Param::Null => !to_bool(other),
    }
}

/// PHP's truthiness (`(bool) $value`).
pub fn to_bool(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => json_number(n).as_f64() != 0.0,
        Value::String(s) => !(s.is_empty() || s == "0"),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// PHP 8 `$value == "param"` for a decoded JSON value against a string.
pub fn loose_eq(v: &Value, s: &str) -> bool {
    match v {
        Value::String(a) => loose_eq_strings(a, s),
        Value::Number(n) => match numeric_string(s) {
            Some(p) => json_number(n).compare(p) == Some(std::cmp::Ordering::Equal),
            None => to_php_string(v).as_deref() == Some(s),
        },
        Value::Bool(b) => *b != (s.is_empty() || s == "0"),
        Value::Null => s.is_empty(),
        Value::Array(_) | Value::Object(_) => false,
    }
}

/// `filter_var($value, FILTER_VALIDATE_INT) !== false`.
pub fn filter_int(v: &Value) -> bool {
    if let Value::Number(n) = v {
        if n.is_i64() {
            return true;
        }
    }
    let Some(s) = to_php_string(v) else {
        return false;
    };
    let t = s.trim_matches(|c| matches!(c, ' ' | '\t' | '\r' | '\x0B' | '\n'));
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    if digits.len() > 1 && digits.starts_with('0') {
        return false;
    }
    t.strip_prefix('+').unwrap_or(t).parse::<i64>().is_ok()
}

/// `mb_strlen((string) $value)`: length in code points.
pub fn mb_strlen(v: &Value) -> usize {
    if let Value::String(s) = v {
        return s.chars().count();
    }
    match to_php_string(v) {
        Some(s) => s.chars().count(),
        None => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn plain_numbers_are_numeric_strings() {
        for s in ["0", "51.00", "1.", ".5", "007", "1234567890123456789012345"] {
            assert!(plain_numeric(s) && numeric_grammar(s).is_some(), "{s}");
        }
        for s in ["", ".", "1..2", "1.2.3", "-1", "+1", " 1", "1e3", "1,5"] {
            assert!(!plain_numeric(s), "{s}");
        }
    }

    #[test]
    fn blank_is_empty_after_trim() {
        for s in [
            "",
            " ",
            "\t\n\r\0\x0B",
            " a ",
            "\x0C",
            "\u{a0}",
            "\u{2003}",
            "0",
            " \0x",
            "é",
        ] {
            assert_eq!(is_blank(s), trim(s).is_empty(), "{s:?}");
        }
        assert!(is_blank(" \t\0"));
        assert!(!is_blank("\x0C"), "PHP's trim() keeps the form feed");
    }

    #[test]
    fn floats_print_like_php() {
        for (f, s) in [
            (0.1 + 0.2, "0.3"),
            (1e20, "1.0E+20"),
            (1e14, "1.0E+14"),
            (123456789012345.0, "1.2345678901234E+14"),
            (0.0001, "0.0001"),
            (0.00001, "1.0E-5"),
            (-0.0, "-0"),
            (1.5e-7, "1.5E-7"),
            (4017.86, "4017.86"),
            (1000.0, "1000"),
            (12.5, "12.5"),
        ] {
            assert_eq!(float_to_string(f), s, "{f}");
        }
    }

    #[test]
    fn numeric_strings_follow_php8() {
        for yes in [
            " 12", "12 ", "\x0C12", "\x0B12", "12\x0C", "1.", ".5", "-.5e-3", "+1", "1e3", "\t5\n",
        ] {
            assert!(numeric_string(yes).is_some(), "{yes:?} should be numeric");
        }
        for no in [
            ".", "1e", "", " ", "0x1A", "5\0", "1_000", "INF", "1 2", "--1",
        ] {
            assert!(numeric_string(no).is_none(), "{no:?} should not be numeric");
        }
        assert_eq!(numeric_string("1e3"), Some(Num::Float(1000.0)));
        assert_eq!(
            numeric_string("9223372036854775808"),
            Some(Num::Float(9223372036854775808.0))
        );
    }

    #[test]
    fn filter_int_matches_php() {
        for yes in [
            json!("-0"),
            json!("+0"),
            json!("0"),
            json!(" 5"),
            json!("5 "),
            json!("\t5\n"),
            json!("\x0B5"),
            json!("+5"),
            json!("9223372036854775807"),
            json!(1.0),
            json!(true),
        ] {
            assert!(filter_int(&yes), "{yes} should be an int");
        }
        for no in [
            json!("\x0C5"),
            json!("5\0"),
            json!("05"),
            json!("9223372036854775808"),
            json!("1e3"),
            json!(1e20),
            json!(false),
            json!(2.5),
            json!("0x1A"),
            json!(null),
            json!([1]),
        ] {
            assert!(!filter_int(&no), "{no} should not be an int");
        }
    }

    #[test]
    fn loose_equality_is_php8() {
        assert!(loose_eq_strings("12.0", "12"));
        assert!(loose_eq_strings(" 12", "12"));
        assert!(loose_eq_strings("1e1", "10"));
        assert!(!loose_eq_strings("abc", "ABC"));
        assert!(!loose_eq(&json!(0), ""));
        assert!(!loose_eq(&json!(12), "12abc"));
        assert!(loose_eq(&json!(12.0), "12"));
        assert!(loose_eq(&json!(true), "corporate"));
    }
}
