//! PHP's `$_GET`, reproduced: the documents' verification code (000:6394-6425, 000:8540-8558) hashes
//! the values of `$_GET`, so the checksum is defined by how PHP parses a query string, not by a URL
//! standard. This follows `php_default_treat_data` and `php_register_variable_ex` (PHP 8):
//!
//! - pairs are split on `&`; empty pieces are skipped; a piece without `=` has the value `""`;
//! - keys and values are `urldecode`d: `+` is a space, `%XX` is decoded, a `%` not followed by two
//!   hex digits stays as it is;
//! - in a key, leading spaces are dropped, and `.` and ` ` become `_`; the key ends at a NUL byte; an
//!   empty key drops the pair;
//! - a key with a matched `[` ... `]` makes the value an array (it contributes the word `Array` when
//!   concatenated, as PHP's `.=` does); an unmatched `[` becomes `_`, and so do `.`, ` ` and `[` after it;
//! - a repeated key keeps its first position and takes its last value.

/// A value of the parsed query: PHP gives a string, or an array for bracketed keys.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PhpValue {
    /// A string value (bytes: PHP strings are binary).
    Str(Vec<u8>),
    /// An array (a bracketed key such as `a[]=`).
    Array,
}

impl PhpValue {
    /// What PHP's `.=` appends for this value.
    pub fn concat_bytes(&self) -> &[u8] {
        match self {
            PhpValue::Str(bytes) => bytes,
            PhpValue::Array => b"Array",
        }
    }
}

/// `$_GET` as an ordered list of unique keys (bytes, since PHP keys are binary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PhpQuery {
    /// The keys and values in `$_GET`'s order.
    pub entries: Vec<(Vec<u8>, PhpValue)>,
}

impl PhpQuery {
    /// The value of `key`, if present.
    pub fn get(&self, key: &[u8]) -> Option<&PhpValue> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Parses a raw query string (without the leading `?`).
    pub fn parse(query: &str) -> PhpQuery {
        let mut out = PhpQuery::default();
        for piece in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = match piece.split_once('=') {
                Some((k, v)) => (k, v),
                None => (piece, ""),
            };
            let Some((key, is_array)) = mangle_key(&urldecode(raw_key.as_bytes())) else {
                continue;
            };
            let value = if is_array {
                PhpValue::Array
            } else {
                PhpValue::Str(urldecode(raw_value.as_bytes()))
            };
            out.insert(key, value);
        }
        out
    }

    fn insert(&mut self, key: Vec<u8>, value: PhpValue) {
        match self.entries.iter_mut().find(|(k, _)| *k == key) {
            // An existing key keeps its position. A later array element turns a string into an
            // array; a later plain value replaces whatever was there.
            Some((_, existing)) => *existing = value,
            None => self.entries.push((key, value)),
        }
    }
}

/// PHP's `php_url_decode`.
pub fn urldecode(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        match input[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < input.len() => {
                match (hex_value(input[i + 1]), hex_value(input[i + 2])) {
                    (Some(hi), Some(lo)) => {
                        out.push(hi * 16 + lo);
                        i += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    out
}

/// The value of a hex digit of either case.
pub(crate) fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// The name PHP registers for a decoded key, and whether it is an array; `None` drops the pair.
pub(crate) fn mangle_key(decoded: &[u8]) -> Option<(Vec<u8>, bool)> {
    // The C code works on a NUL-terminated string: the name ends at the first NUL byte.
    let name = decoded.split(|&b| b == 0).next().unwrap_or_default();
    let start = name.iter().position(|&b| b != b' ').unwrap_or(name.len());
    let name = &name[start..];
    let mut out = Vec::with_capacity(name.len());
    // Set at the first `[` with no `]` after it: PHP 8 turns it and every later ` `, `.` or `[`
    // into `_` (a later `[` has no `]` after it either, so it is never an index).
    let mut unmatched = false;
    for (i, &b) in name.iter().enumerate() {
        if b == b'[' && !unmatched {
            if name.get(i + 1..).unwrap_or_default().contains(&b']') {
                // `a[...]`: an array element of `a` (an empty base name drops the pair).
                return (!out.is_empty()).then_some((out, true));
            }
            unmatched = true;
        }
        out.push(if matches!(b, b' ' | b'.' | b'[') {
            b'_'
        } else {
            b
        });
    }
    if out.is_empty() {
        None
    } else {
        Some((out, false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(q: &str) -> Vec<(String, String)> {
        PhpQuery::parse(q)
            .entries
            .into_iter()
            .map(|(k, v)| {
                (
                    String::from_utf8_lossy(&k).into_owned(),
                    String::from_utf8_lossy(v.concat_bytes()).into_owned(),
                )
            })
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    // Each expectation is the `$_GET` PHP 8.2 gives (spec catalog part 2, section 9.4).
    #[test]
    fn decodes_plus_and_percent() {
        assert_eq!(
            parsed("name=Kari+Nordmann&x=%2B47&y=a%26b"),
            pairs(&[("name", "Kari Nordmann"), ("x", "+47"), ("y", "a&b")])
        );
    }

    #[test]
    fn keeps_invalid_escapes_literally() {
        assert_eq!(
            parsed("a=%zz&b=%4&c=%"),
            pairs(&[("a", "%zz"), ("b", "%4"), ("c", "%")])
        );
        assert_eq!(parsed("e=%E2%82%AC"), pairs(&[("e", "€")]));
    }

    #[test]
    fn duplicate_keeps_first_position_and_last_value() {
        assert_eq!(parsed("a=1&b=2&a=3"), pairs(&[("a", "3"), ("b", "2")]));
    }

    #[test]
    fn mangles_dots_and_spaces_in_keys() {
        assert_eq!(
            parsed("pay.method=Visa&pay%20method=X"),
            pairs(&[("pay_method", "X")])
        );
        assert_eq!(
            parsed("%20%20lead=1&trail%20=2"),
            pairs(&[("lead", "1"), ("trail_", "2")])
        );
        assert_eq!(
            parsed("a[b=1&c[d.e[f=2"),
            pairs(&[("a_b", "1"), ("c_d_e_f", "2")])
        );
    }

    #[test]
    fn bracketed_keys_are_arrays() {
        assert_eq!(
            parsed("a[]=1&a[]=2&b[x]=3"),
            pairs(&[("a", "Array"), ("b", "Array")])
        );
        assert_eq!(parsed("a=1&a[]=2"), pairs(&[("a", "Array")]));
        assert_eq!(parsed("a[]=1&a=2"), pairs(&[("a", "2")]));
        assert_eq!(parsed("[]=1&[x]=2"), pairs(&[]));
    }

    #[test]
    fn keys_without_value_and_empty_keys() {
        assert_eq!(
            parsed("flag&orderUuid=O1"),
            pairs(&[("flag", ""), ("orderUuid", "O1")])
        );
        assert_eq!(parsed("=value&&x=1&"), pairs(&[("x", "1")]));
        assert_eq!(parsed("a%00b=1"), pairs(&[("a", "1")]));
    }

    #[test]
    fn only_the_first_equals_sign_splits() {
        assert_eq!(parsed("a=b=c"), pairs(&[("a", "b=c")]));
    }
}
