//! One pass over a query string: PHP's `$_GET` (see [`super::php_query`]) built and hashed as it is
//! read. Keys and values borrow from the query unless PHP's decoding changes them, so a typical
//! callback costs one small `Vec` of entries and no copies of its text.

use super::php_query::{mangle_key, urldecode};
use super::shape::{key_code, CHECKSUM, UNKNOWN};
use super::Hasher;
use super::{CallbackError, ErrorCode, MAX_PARAMS};
use std::borrow::Cow;

/// One parameter of `$_GET`: its (mangled) name and its value, `None` for an array (`a[]=`), which
/// PHP's `.=` turns into the word `Array`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'a> {
    pub key: Cow<'a, str>,
    pub value: Option<Cow<'a, str>>,
    /// The key's index in `shape::KEYS` (a documented key, or `checksum`), else `shape::UNKNOWN`.
    pub code: u8,
}

impl Entry<'_> {
    /// What PHP's `.=` appends for this value.
    pub fn concat_str(&self) -> &str {
        self.value.as_deref().unwrap_or("Array")
    }
}

/// A parsed query and the SHA-256 state of its values (every one but `checksum`, in `$_GET` order),
/// ready for the secret to be appended.
pub struct Scanned<'a> {
    pub entries: Vec<Entry<'a>>,
    pub values_hash: Hasher,
}

impl<'a> Scanned<'a> {
    /// The entry of the known key `code`, if present.
    pub fn get(&self, code: u8) -> Option<&Entry<'a>> {
        self.entries.iter().find(|e| e.code == code)
    }
}

/// Parses `query` as PHP fills `$_GET` and hashes the values on the way. A repeated key keeps its
/// first position and takes its last value, which changes the hashed sequence: then (rarely) the
/// hash is recomputed from the entries at the end.
pub fn scan(query: &str) -> Result<Scanned<'_>, CallbackError> {
    let mut entries: Vec<Entry<'_>> = Vec::with_capacity(8);
    let mut hasher = Hasher::new();
    let mut rehash = false;
    let mut pieces = 0usize;
    for piece in query
        .as_bytes()
        .split(|&b| b == b'&')
        .filter(|p| !p.is_empty())
    {
        pieces += 1;
        if pieces > MAX_PARAMS {
            return Err(CallbackError::new(
                ErrorCode::MalformedQuery,
                "more than 1000 parameters (PHP would drop the rest)",
            ));
        }
        // `&` and `=` are ASCII, so these byte ranges are on character boundaries of `query`.
        let start = piece.as_ptr() as usize - query.as_ptr() as usize;
        let eq = piece.iter().position(|&b| b == b'=');
        let raw_key = query
            .get(start..start + eq.unwrap_or(piece.len()))
            .unwrap_or_default();
        let raw_value = eq
            .and_then(|eq| query.get(start + eq + 1..start + piece.len()))
            .unwrap_or_default();
        let Some((key, is_array)) = decode_key(raw_key)? else {
            continue;
        };
        let value = if is_array {
            None
        } else {
            Some(decode_value(raw_value, &key)?)
        };
        // Known keys are told apart by their code; only unknown ones need comparing.
        let code = key_code(&key);
        match entries
            .iter_mut()
            .find(|e| e.code == code && (code != UNKNOWN || e.key == key))
        {
            Some(existing) => {
                existing.value = value;
                rehash = true;
            }
            None => {
                if code != CHECKSUM {
                    hasher.update(value.as_deref().unwrap_or("Array").as_bytes());
                }
                entries.push(Entry { key, value, code });
            }
        }
    }
    if rehash {
        hasher = Hasher::new();
        for entry in entries.iter().filter(|e| e.code != CHECKSUM) {
            hasher.update(entry.concat_str().as_bytes());
        }
    }
    Ok(Scanned {
        entries,
        values_hash: hasher,
    })
}

/// The name PHP registers and whether it is an array; `None` when PHP drops the pair.
fn decode_key(raw: &str) -> Result<Option<(Cow<'_, str>, bool)>, CallbackError> {
    // Fast path: nothing PHP would decode, rename or drop (an empty name is dropped).
    if !raw.is_empty()
        && !raw
            .bytes()
            .any(|b| matches!(b, b'%' | b'+' | b'.' | b' ' | b'[' | 0))
    {
        return Ok(Some((Cow::Borrowed(raw), false)));
    }
    let Some((bytes, is_array)) = mangle_key(&urldecode(raw.as_bytes())) else {
        return Ok(None);
    };
    let key = String::from_utf8(bytes).map_err(|_| {
        CallbackError::new(
            ErrorCode::MalformedQuery,
            "a parameter name is not valid UTF-8 after decoding",
        )
    })?;
    Ok(Some((Cow::Owned(key), is_array)))
}

/// The `urldecode`d value; invalid UTF-8 after decoding is refused (stricter than PHP: decision C5).
fn decode_value<'a>(raw: &'a str, key: &str) -> Result<Cow<'a, str>, CallbackError> {
    if !raw.bytes().any(|b| b == b'%' || b == b'+') {
        return Ok(Cow::Borrowed(raw));
    }
    String::from_utf8(urldecode(raw.as_bytes()))
        .map(Cow::Owned)
        .map_err(|_| {
            let mut message = String::from("the value of ");
            super::push_quoted_name(&mut message, key);
            message.push_str(" is not valid UTF-8 after decoding");
            CallbackError::new(ErrorCode::MalformedQuery, message)
        })
}
