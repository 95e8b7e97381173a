//! Wildcard expansion and dotted-path access with Laravel 8's semantics.
//!
//! `ValidationRuleParser::explodeWildcardRules` gathers the data under the field's explicit prefix,
//! and (when the field does not end in `*`) `data_set`s `null` at every match, creating missing
//! intermediate arrays. So `products.*.name` yields `products.N.name` for every element N of
//! `products` (present or not, whatever the element is), while a `*` over something that is not an
//! array yields nothing. A field ending in `*` (`products.*`) yields each element that exists.

use serde_json::Value;

/// A concrete attribute and the keys its `*`s took (for `*` in dependent rule parameters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concrete {
    pub segments: Vec<String>,
    pub keys: Vec<String>,
}

/// The child of a PHP array at `key` (list index in canonical decimal form, or object key).
pub fn child<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
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
    get(data, &name.split('.').collect::<Vec<_>>())
}

fn entries(v: &Value) -> Vec<(String, &Value)> {
    match v {
        Value::Object(o) => o.iter().map(|(k, v)| (k.clone(), v)).collect(),
        Value::Array(a) => a.iter().enumerate().map(|(i, v)| (i.to_string(), v)).collect(),
        _ => Vec::new(),
    }
}

/// The concrete attributes a table field applies to in `data`.
pub fn expand<S: AsRef<str>>(segments: &[S], data: &Value) -> Vec<Concrete> {
    let segs: Vec<&str> = segments.iter().map(|s| s.as_ref()).collect();
    if !segs.contains(&"*") {
        return vec![Concrete { segments: segs.iter().map(|s| s.to_string()).collect(), keys: Vec::new() }];
    }
    let ends_with_star = segs.last() == Some(&"*");
    let mut out = Vec::new();
    let mut path = Vec::new();
    let mut keys = Vec::new();
    walk(Some(data), &segs, ends_with_star, &mut path, &mut keys, &mut out);
    out
}

fn walk(
    v: Option<&Value>,
    rest: &[&str],
    ends_with_star: bool,
    path: &mut Vec<String>,
    keys: &mut Vec<String>,
    out: &mut Vec<Concrete>,
) {
    let Some((&seg, tail)) = rest.split_first() else {
        // Field ending in `*`: the element must exist (it does, we came from `entries`).
        out.push(Concrete { segments: path.clone(), keys: keys.clone() });
        return;
    };
    if seg == "*" {
        // `data_set` replaces a non-array with []: no elements, nothing to expand.
        let Some(v) = v else { return };
        for (k, child_value) in entries(v) {
            path.push(k.clone());
            keys.push(k);
            walk(Some(child_value), tail, ends_with_star, path, keys, out);
            path.pop();
            keys.pop();
        }
        return;
    }
    path.push(seg.to_string());
    if tail.is_empty() {
        // `data_set(..., null)` creates the leaf: the attribute exists for the rules, present or not.
        out.push(Concrete { segments: path.clone(), keys: keys.clone() });
    } else {
        let next = v.and_then(|v| child(v, seg));
        if ends_with_star {
            // No `data_set` for a trailing `*`: only existing paths are walked.
            if next.is_some() {
                walk(next, tail, ends_with_star, path, keys, out);
            }
        } else {
            // Missing intermediates become [] (and then a later `*` finds no elements).
            walk(next, tail, ends_with_star, path, keys, out);
        }
    }
    path.pop();
}

/// `vsprintf(str_replace('*', '%s', $param), $keys)`: the field's indices into a parameter.
pub fn replace_stars(param: &str, keys: &[String]) -> String {
    if !param.contains('*') {
        return param.to_string();
    }
    let mut out = String::with_capacity(param.len());
    let mut ks = keys.iter();
    for c in param.chars() {
        if c == '*' {
            out.push_str(ks.next().map(String::as_str).unwrap_or("*"));
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
        let segs: Vec<&str> = field.split('.').collect();
        expand(&segs, data).into_iter().map(|c| c.segments.join(".")).collect()
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
        assert_eq!(replace_stars("products.*.type", &["3".into()]), "products.3.type");
    }
}
