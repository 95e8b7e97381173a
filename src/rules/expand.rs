//! Wildcard expansion and dotted-path access with Laravel 8's semantics.
//!
//! `ValidationRuleParser::explodeWildcardRules` gathers the data under the field's explicit prefix,
//! and (when the field does not end in `*`) `data_set`s `null` at every match, creating missing
//! intermediate arrays. So `products.*.name` yields `products.N.name` for every element N of
//! `products` (present or not, whatever the element is), while a `*` over something that is not an
//! array yields nothing. A field ending in `*` (`products.*`) yields each element that exists.

use serde_json::Value;
#[cfg(test)]
use std::borrow::Cow;

/// A concrete attribute: the field's segments with each `*` replaced by a key of the data (borrowed
/// where possible: expansion runs on every keystroke). `stars` are the positions of the `*`s.
#[cfg(test)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concrete<'a> {
    pub segments: Vec<Cow<'a, str>>,
    pub stars: Vec<usize>,
}

#[cfg(test)]
impl Concrete<'_> {
    /// The dotted name (`products.1.tax`).
    pub fn name(&self) -> String {
        self.segments.join(".")
    }

    /// The keys the `*`s took, in order (for `*` in dependent rule parameters).
    pub fn keys(&self) -> Vec<&str> {
        self.stars
            .iter()
            .filter_map(|&i| self.segments.get(i).map(|s| s.as_ref()))
            .collect()
    }
}

/// `a == b` for object keys, deciding most mismatches on the length and first byte before the
/// library compare (short keys of equal length are common: `name`, `rate`).
#[inline]
fn same_key(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// The child of a PHP array at `key` (list index in canonical decimal form, or object key).
pub fn child<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
        // Payload objects are small: a scan beats hashing the key (this runs on every keystroke).
        Value::Object(o) if o.len() <= 16 => {
            o.iter().find_map(|(k, v)| same_key(k, key).then_some(v))
        }
        Value::Object(o) => o.get(key),
        Value::Array(a) => {
            // PHP turns "12" into the int key 12, but "012", "+1", "-0" stay strings.
            if key == "0"
                || (!key.starts_with('0')
                    && !key.is_empty()
                    && key.bytes().all(|b| b.is_ascii_digit()))
            {
                key.parse::<usize>().ok().and_then(|i| a.get(i))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// `Arr::get($data, $attribute)` on a parsed path; `None` when missing (PHP: `null`).
pub fn get<'a, S: AsRef<str>>(data: &'a Value, segments: &[S]) -> Option<&'a Value> {
    let mut v = data;
    for s in segments {
        v = child(v, s.as_ref())?;
    }
    Some(v)
}

/// `Arr::get` by dotted name.
pub fn get_dotted<'a>(data: &'a Value, name: &str) -> Option<&'a Value> {
    let mut v = data;
    for s in name.split('.') {
        v = child(v, s)?;
    }
    Some(v)
}

/// List indices as strings without allocating, for the usual order sizes (the tests' lists).
#[cfg(test)]
const INDICES: [&str; 32] = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
    "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
];

#[cfg(test)]
fn index_key(i: usize) -> Cow<'static, str> {
    match INDICES.get(i) {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(i.to_string()),
    }
}

/// The concrete attributes a table field applies to in `data` (the checks visit them without
/// collecting: see `for_each`; this list is for the tests).
#[cfg(test)]
pub fn expand<'a>(segs: &'a [String], data: &'a Value) -> Vec<Concrete<'a>> {
    let mut out = Vec::new();
    let (mut path, mut stars) = (Vec::new(), Vec::new());
    for_each(
        segs,
        data,
        &mut path,
        &mut stars,
        &mut |keys: &[Key<'a>], star_positions: &[usize], _| {
            let segments = keys
                .iter()
                .map(|k| match *k {
                    Key::Name(s) => Cow::Borrowed(s),
                    Key::Index(i) => index_key(i),
                })
                .collect();
            out.push(Concrete {
                segments,
                stars: star_positions.to_vec(),
            });
            true
        },
    );
    out
}

/// One key of a concrete attribute's path: a table segment or object key, or a list index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key<'a> {
    Name(&'a str),
    Index(usize),
}

impl Key<'_> {
    /// Appends the key as PHP prints it.
    pub fn push_to(self, out: &mut String) {
        match self {
            Key::Name(s) => out.push_str(s),
            // Digit by digit (a table of the first 32 as `&str` was 256 bytes of pointers).
            Key::Index(i) => crate::text::push_u64(out, i as u64),
        }
    }
}

/// The dotted name of a path (`products.1.tax`).
pub fn path_name(path: &[Key<'_>]) -> String {
    let mut out = String::with_capacity(path.len() * 8);
    for (i, k) in path.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        k.push_to(&mut out);
    }
    out
}

/// The visitor of [`for_each`]: the path, the positions of its `*`s and the value there (`None` when
/// missing); it answers whether to go on.
pub trait Visit<'a>: FnMut(&[Key<'a>], &[usize], Option<&'a Value>) -> bool {}
impl<'a, F: FnMut(&[Key<'a>], &[usize], Option<&'a Value>) -> bool> Visit<'a> for F {}

/// Calls `visit` for each concrete attribute of the table field `segs` in `data`, in Laravel's
/// order, without allocating per attribute (`path` and `stars` are the caller's reusable buffers).
/// Returns `false` when `visit` asked to stop.
pub fn for_each<'a>(
    segs: &'a [String],
    data: &'a Value,
    path: &mut Vec<Key<'a>>,
    stars: &mut Vec<usize>,
    visit: &mut impl Visit<'a>,
) -> bool {
    path.clear();
    stars.clear();
    if !segs.iter().any(|s| s == "*") {
        path.extend(segs.iter().map(|s| Key::Name(s.as_str())));
        return visit(path, stars, get(data, segs));
    }
    let ends_with_star = segs.last().is_some_and(|s| s == "*");
    walk(Some(data), segs, ends_with_star, path, stars, visit)
}

/// The recursion of [`for_each`], with the visitor behind `dyn`: one body in the module for
/// every caller's closure (an indirect call per attribute costs nothing measurable).
fn walk<'a>(
    v: Option<&'a Value>,
    rest: &'a [String],
    ends_with_star: bool,
    path: &mut Vec<Key<'a>>,
    stars: &mut Vec<usize>,
    visit: &mut dyn Visit<'a>,
) -> bool {
    let Some((seg, tail)) = rest.split_first() else {
        // Field ending in `*`: the element exists (we came from its parent's entries).
        return visit(path, stars, v);
    };
    if seg == "*" {
        // `data_set` replaces a non-array with []: no elements, nothing to expand.
        let mut step = |key: Key<'a>,
                        child_value: &'a Value,
                        path: &mut Vec<Key<'a>>,
                        stars: &mut Vec<usize>| {
            stars.push(path.len());
            path.push(key);
            let more = walk(Some(child_value), tail, ends_with_star, path, stars, visit);
            path.pop();
            stars.pop();
            more
        };
        match v {
            Some(Value::Array(a)) => {
                for (i, child_value) in a.iter().enumerate() {
                    if !step(Key::Index(i), child_value, path, stars) {
                        return false;
                    }
                }
            }
            Some(Value::Object(o)) => {
                for (k, child_value) in o.iter() {
                    if !step(Key::Name(k.as_str()), child_value, path, stars) {
                        return false;
                    }
                }
            }
            _ => {}
        }
        return true;
    }
    path.push(Key::Name(seg.as_str()));
    let next = v.and_then(|v| child(v, seg));
    let go_on = if tail.is_empty() {
        // `data_set(..., null)` creates the leaf: the attribute exists for the rules, present or not.
        visit(path, stars, next)
    } else if ends_with_star && next.is_none() {
        // No `data_set` for a trailing `*`: only existing paths are walked.
        true
    } else {
        // Missing intermediates become [] (and then a later `*` finds no elements).
        walk(next, tail, ends_with_star, path, stars, visit)
    };
    path.pop();
    go_on
}

/// Whether the expansion of the table field `segs` over `data` yields the attribute `name`, without
/// expanding it (what [`for_each`] would visit, decided along `name` alone).
pub fn expands_to(segs: &[String], data: &Value, name: &str) -> bool {
    let mut parts = name.split('.');
    if !segs.iter().any(|s| s == "*") {
        return segs.iter().all(|s| parts.next() == Some(s.as_str())) && parts.next().is_none();
    }
    let ends_with_star = segs.last().is_some_and(|s| s == "*");
    let mut v = Some(data);
    for (i, seg) in segs.iter().enumerate() {
        let Some(part) = parts.next() else {
            return false;
        };
        if seg == "*" {
            // An element of an array or object, under the key `part` (list keys are canonical).
            match v {
                Some(cur @ (Value::Array(_) | Value::Object(_))) => v = child(cur, part),
                _ => return false,
            }
            if v.is_none() {
                return false;
            }
        } else {
            if seg != part {
                return false;
            }
            if i + 1 == segs.len() {
                break;
            }
            v = v.and_then(|x| child(x, seg));
            if ends_with_star && v.is_none() {
                return false;
            }
        }
    }
    parts.next().is_none()
}

/// `vsprintf(str_replace('*', '%s', $param), $keys)` with the keys the `*`s of `path` took.
pub fn replace_star_keys(param: &str, path: &[Key<'_>], stars: &[usize]) -> String {
    let mut out = String::with_capacity(param.len() + 4);
    let mut ks = stars.iter().filter_map(|&i| path.get(i).copied());
    for c in param.chars() {
        if c == '*' {
            match ks.next() {
                Some(k) => k.push_to(&mut out),
                None => out.push('*'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// `vsprintf(str_replace('*', '%s', $param), $keys)`: the field's indices into a parameter.
#[cfg(test)]
pub fn replace_stars(param: &str, keys: &[&str]) -> String {
    if !param.contains('*') {
        return param.to_string();
    }
    let mut out = String::with_capacity(param.len());
    let mut ks = keys.iter();
    for c in param.chars() {
        if c == '*' {
            out.push_str(ks.next().copied().unwrap_or("*"));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn names(field: &str, data: &Value) -> Vec<String> {
        let segs: Vec<String> = field.split('.').map(str::to_string).collect();
        expand(&segs, data).into_iter().map(|c| c.name()).collect()
    }

    #[test]
    fn middle_star_creates_missing_leaves() {
        let d = json!({"products": [{"name": "a"}, {}, "x", null, []]});
        assert_eq!(
            names("products.*.name", &d),
            [
                "products.0.name",
                "products.1.name",
                "products.2.name",
                "products.3.name",
                "products.4.name"
            ]
        );
        assert!(names("products.*.name", &json!({"products": "abc"})).is_empty());
        assert!(names("products.*.name", &json!({})).is_empty());
        assert!(names("products.*.name", &json!({"products": {}})).is_empty());
        assert_eq!(
            names("products.*.name", &json!({"products": {"k": 1}})),
            ["products.k.name"]
        );
    }

    #[test]
    fn nested_stars_and_trailing_star() {
        let d = json!({"a": [{"b": [1, 2]}, {"b": "x"}, {}]});
        assert_eq!(names("a.*.b.*", &d), ["a.0.b.0", "a.0.b.1"]);
        assert_eq!(names("a.*.c.d", &d), ["a.0.c.d", "a.1.c.d", "a.2.c.d"]);
        assert_eq!(
            names("a.*", &json!({"a": [null, [], 3]})),
            ["a.0", "a.1", "a.2"]
        );
    }

    #[test]
    fn list_keys_are_canonical_integers() {
        let d = json!({"a": [10, 20]});
        assert_eq!(get_dotted(&d, "a.1"), Some(&json!(20)));
        assert_eq!(get_dotted(&d, "a.01"), None);
        assert!((0..40).all(|i| index_key(i) == i.to_string()));
        assert_eq!(replace_stars("products.*.type", &["3"]), "products.3.type");
        let segs: Vec<String> = "a.*.b.*".split('.').map(str::to_string).collect();
        let d = json!({"a": {"x": {"b": [7]}}});
        assert_eq!(expand(&segs, &d)[0].keys(), ["x", "0"]);
    }

    #[test]
    fn expands_to_agrees_with_the_expansion() {
        let d = json!({"a": [{"b": [1, 2]}, {"b": "x"}, {}], "o": {"01": {"c": 1}}, "s": "x"});
        for field in [
            "a.*.b.*", "a.*.c.d", "a.*", "a.*.b", "o.*.c", "o.*", "s.*", "m.*", "m.*.x", "a.0.b.*",
            "plain.x",
        ] {
            let segs: Vec<String> = field.split('.').map(str::to_string).collect();
            let produced = names(field, &d);
            for name in [
                "a.0.b.0", "a.0.b.1", "a.1.b.0", "a.0.c.d", "a.2.c.d", "a.3.c.d", "a.0", "a.01",
                "a.2", "a.1.b", "o.01.c", "o.1.c", "o.01", "s.0", "m.0", "m.0.x", "plain.x", "a",
            ] {
                assert_eq!(
                    expands_to(&segs, &d, name),
                    produced.iter().any(|p| p == name),
                    "{field} {name}"
                );
            }
        }
    }
}
