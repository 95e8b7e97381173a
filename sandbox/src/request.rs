//! What an API request carries, read the way the Laravel back end reads it: the query string as
//! PHP's `$_GET` (the core's parser, `fpgo::callbacks::php_query`: `+` is a space, a repeated key
//! keeps its **last** value), and the input as `$request->all()` (the JSON body, plus the query
//! parameters the body does not have).

use crate::routing::PathParams;
use fpgo::callbacks::php_query::{PhpQuery, PhpValue};
use fpgo::endpoints::Endpoint;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The decoded query string. Bracketed keys (`a[]=1`, PHP arrays) are left out: no documented
/// endpoint takes an array in its query.
pub fn query_map(raw: Option<&str>) -> BTreeMap<String, String> {
    PhpQuery::parse(raw.unwrap_or(""))
        .entries
        .into_iter()
        .filter_map(|(key, value)| match value {
            PhpValue::Str(bytes) => Some((lossy(key), lossy(bytes))),
            // An array (`a[]=`), or any future kind of value: not a plain parameter.
            _ => None,
        })
        .collect()
}

fn lossy(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The request's input: the JSON body's members, then the query parameters the body does not have
/// (Laravel's `input()` is `json()->all() + query->all()`). An empty body is an empty object;
/// `None` when the body is not a JSON object.
pub fn payload(query: &BTreeMap<String, String>, body: &[u8]) -> Option<Value> {
    let mut object = if body.iter().all(u8::is_ascii_whitespace) {
        Map::new()
    } else {
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(m)) => m,
            _ => return None,
        }
    };
    for (key, value) in query {
        object
            .entry(key.clone())
            .or_insert_with(|| Value::String(value.clone()));
    }
    Some(Value::Object(object))
}

/// Of several endpoints at one method and path, the one whose `type` rule admits the body's
/// `type` (Cancel Terminal Order `type: payment` vs Cancel Refund Request `type: refund`,
/// `000:7501-7618` and `000:8011-8116`); the first when none does.
pub fn pick(
    mut candidates: Vec<(&'static Endpoint, PathParams)>,
    payload: &Value,
) -> Option<(&'static Endpoint, PathParams)> {
    let wanted = payload.get("type").and_then(Value::as_str).unwrap_or("");
    let admits = |e: &Endpoint| {
        e.fields.iter().any(|f| {
            f.name == "type"
                && f.rule_list().any(|r| {
                    r.strip_prefix("in:")
                        .is_some_and(|opts| opts.split(',').any(|o| o == wanted))
                })
        })
    };
    let index = candidates.iter().position(|(e, _)| admits(e)).unwrap_or(0);
    (index < candidates.len()).then(|| candidates.swap_remove(index))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn repeated_query_keys_keep_the_last_value_as_php_does() {
        let q = query_map(Some("note=first&note=last&a+b=c%20d&x[]=1"));
        assert_eq!(q["note"], "last");
        assert_eq!(q["a_b"], "c d", "PHP turns a space in a key into `_`");
        assert!(!q.contains_key("x"), "array parameters are left out");
    }

    #[test]
    fn the_body_wins_over_the_query_and_non_objects_are_refused() {
        let q = query_map(Some("note=from-query&page=2"));
        let p = payload(&q, br#"{"note":"from-body"}"#).unwrap();
        assert_eq!(p, json!({"note": "from-body", "page": "2"}));
        assert_eq!(payload(&q, b"  ").unwrap()["note"], "from-query");
        assert!(payload(&q, b"[1,2]").is_none());
        assert!(payload(&q, b"{not json").is_none());
    }
}
