//! Wildcard expansion and dotted-path access with Laravel 8's semantics.
//!
//! `ValidationRuleParser::explodeWildcardRules` gathers the data under the field's explicit prefix,
//! and (when the field does not end in `*`) `data_set`s `null` at every match, creating missing
//! intermediate arrays. So `products.*.name` yields `products.N.name` for every element N of
//! `products` (present or not, whatever the element is), while a `*` over something that is not an
//! array yields nothing. A field ending in `*` (`products.*`) yields each element that exists.

use serde_json::Value;
use std::borrow::Cow;

/// A concrete attribute: the field's segments with each `*` replaced by a key of the data (borrowed
/// where possible: expansion runs on every keystroke). `stars` are the positions of the `*`s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concrete<'a> {
    pub segments: Vec<Cow<'a, str>>,
    pub stars: Vec<usize>,
}

impl Concrete<'_> {
    /// The dotted name (`products.1.tax`).
    pub fn name(&self) -> String {
        self.segments.join(".")
    }

    /// The keys the `*`s took, in order (for `*` in dependent rule parameters).
    pub fn keys(&self) -> Vec<&str> {
        self.stars.iter().filter_map(|&i| self.segments.get(i).map(|s| s.as_ref())).collect()
    }
}

/// The child of a PHP array at `key` (list index in canonical decimal form, or object key).
pub fn child<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
        // Payload objects are small: a scan beats hashing the key (this runs on every keystroke).
        Value::Object(o) if o.len() <= 16 => o.iter().find_map(|(k, v)| (k == key).then_some(v)),
        Value::Object(o) => o.get(key),
        Value::Array(a) => {
            // PHP turns "12" into the int key 12, but "012", "+1", "-0" stay strings.
            if key == "0" || (!key.starts_with('0') && !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit())) {
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

/// List indices as strings without allocating, for the usual order sizes.
const INDICES: [&str; 32] = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21",
    "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
];

fn index_key(i: usize) -> Cow<'static, str> {
    match INDICES.get(i) {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(i.to_string()),
    }
}

/// The elements of a PHP array with their keys.
fn entries(v: &Value) -> Vec<(Cow<'_, str>, &Value)> {
    match v {
        Value::Object(o) => o.iter().map(|(k, v)| (Cow::Borrowed(k.as_str()), v)).collect(),
        Value::Array(a) => a.iter().enumerate().map(|(i, v)| (index_key(i), v)).collect(),
        _ => Vec::new(),
    }
}

/// The concrete attributes a table field applies to in `data`.
pub fn expand<'a>(segs: &'a [String], data: &'a Value) -> Vec<Concrete<'a>> {
    if !segs.iter().any(|s| s == "*") {
        return vec![Concrete { segments: segs.iter().map(|s| Cow::Borrowed(s.as_str())).collect(), stars: Vec::new() }];
    }
    let ends_with_star = segs.last().is_some_and(|s| s == "*");
    let mut out = Vec::new();
    let mut path = Concrete { segments: Vec::with_capacity(segs.len()), stars: Vec::new() };
    walk(Some(data), segs, ends_with_star, &mut path, &mut out);
    out
}

fn walk<'a>(v: Option<&'a Value>, rest: &'a [String], ends_with_star: bool, path: &mut Concrete<'a>, out: &mut Vec<Concrete<'a>>) {
    let Some((seg, tail)) = rest.split_first() else {
        // Field ending in `*`: the element must exist (it does, we came from `entries`).
        out.push(path.clone());
        return;
    };
    if seg == "*" {
        // `data_set` replaces a non-array with []: no elements, nothing to expand.
        let Some(v) = v else { return };
        for (k, child_value) in entries(v) {
            path.stars.push(path.segments.len());
            path.segments.push(k);
            walk(Some(child_value), tail, ends_with_star, path, out);
            path.segments.pop();
            path.stars.pop();
        }
        return;
    }
    path.segments.push(Cow::Borrowed(seg.as_str()));
    if tail.is_empty() {
        // `data_set(..., null)` creates the leaf: the attribute exists for the rules, present or not.
        out.push(path.clone());
    } else {
        let next = v.and_then(|v| child(v, seg));
        if ends_with_star {
            // No `data_set` for a trailing `*`: only existing paths are walked.
            if next.is_some() {
                walk(next, tail, ends_with_star, path, out);
            }
        } else {
            // Missing intermediates become [] (and then a later `*` finds no elements).
            walk(next, tail, ends_with_star, path, out);
        }
    }
    path.segments.pop();
}

/// `vsprintf(str_replace('*', '%s', $param), $keys)`: the field's indices into a parameter.
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
        assert_eq!(names("products.*.name", &d), ["products.0.name", "products.1.name", "products.2.name", "products.3.name", "products.4.name"]);
        assert!(names("products.*.name", &json!({"products": "abc"})).is_empty());
        assert!(names("products.*.name", &json!({})).is_empty());
        assert!(names("products.*.name", &json!({"products": {}})).is_empty());
        assert_eq!(names("products.*.name", &json!({"products": {"k": 1}})), ["products.k.name"]);
    }

    #[test]
    fn nested_stars_and_trailing_star() {
        let d = json!({"a": [{"b": [1, 2]}, {"b": "x"}, {}]});
        assert_eq!(names("a.*.b.*", &d), ["a.0.b.0", "a.0.b.1"]);
        assert_eq!(names("a.*.c.d", &d), ["a.0.c.d", "a.1.c.d", "a.2.c.d"]);
        assert_eq!(names("a.*", &json!({"a": [null, [], 3]})), ["a.0", "a.1", "a.2"]);
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
}
