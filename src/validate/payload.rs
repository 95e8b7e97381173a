//! The payload's JSON text into a `serde_json::Value`, with exactly `serde_json::from_str`'s
//! result.
//!
//! The reading itself is `crate::json::parse` (serde_json's algorithm without its generic
//! machinery, each object's map made with its size: faster, and about 20 KB less WebAssembly;
//! docs/performance.md). The WebAssembly exports call it directly; this public function keeps its
//! `serde_json::Error` for the crate's native users by asking serde_json again for a text that is
//! not JSON (same message, tested in `crate::json`).

use serde_json::Value;

/// `serde_json::from_str::<Value>(text)`, faster for ordinary payloads (see the module docs).
pub fn parse(text: &str) -> Result<Value, serde_json::Error> {
    match crate::json::parse(text) {
        Ok(value) => Ok(value),
        Err(_) => serde_json::from_str(text),
    }
}

// Native only: proptest has no wasm32 entropy source.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Both parsers' results as text (serialization keeps key order; `Value`'s `==` would not).
    fn both(text: &str) -> (String, String) {
        let show = |r: Result<Value, serde_json::Error>| match r {
            Ok(v) => format!("ok {}", serde_json::to_string(&v).expect("serializable")),
            Err(e) => format!("error {e}"),
        };
        (show(parse(text)), show(serde_json::from_str(text)))
    }

    fn same(text: &str) {
        let (ours, theirs) = both(text);
        assert_eq!(ours, theirs, "input {text:?}");
    }

    #[test]
    fn escapes_are_decoded() {
        assert_eq!(parse("\"a\\\"b\"").expect("JSON"), Value::from("a\"b"));
    }

    #[test]
    fn stringified_payloads_give_the_same_value() {
        let example =
            std::fs::read_to_string("tests/fixtures/examples/orders.sendPaymentLink.json")
                .expect("the documented example");
        let value: Value = serde_json::from_str(&example).expect("JSON");
        for text in [
            example.clone(),
            serde_json::to_string(&value).expect("text"),
        ] {
            same(&text);
        }
    }

    #[test]
    fn hand_picked_inputs_match_serde_json() {
        let inputs = [
            "0",
            "-0",
            "-0.0",
            "1",
            "-1",
            "01",
            "1.",
            ".5",
            "1e5",
            "1E+2",
            "1e-2",
            "-",
            "1.5e",
            "18446744073709551615",
            "18446744073709551616",
            "9999999999999999999",
            "99999999999999999999",
            "-9223372036854775808",
            "-9223372036854775809",
            "1e400",
            "-1e400",
            "4.9e-324",
            "0.1",
            "123456789.123456789",
            "2.2250738585072011e-308",
            "true",
            "false",
            "null",
            "nul",
            "tru",
            "True",
            "\"\"",
            "\"a\\\"b\"",
            "\"\\u00e9\"",
            "\"\\ud83d\\ude00\"",
            "\"\\ud83d\"",
            "\"\\ude00\"",
            "\"\\ud83dx\"",
            "\"\\u12\"",
            "\"\\x\"",
            "\"tab\there\"",
            "\"ctl\u{1}\"",
            "\"æøå 😀\"",
            "\"\\/\\b\\f\\n\\r\\t\"",
            "{}",
            "[]",
            "{ }",
            "[ ]",
            " {\"a\" : 1 , \"b\":[1, 2 ,3]} ",
            "{\"a\":1,}",
            "[1,]",
            "[1 2]",
            "{\"a\" 1}",
            "{a:1}",
            "{\"a\":1,\"b\":2,\"a\":3}",
            "{\"b\":1,\"a\":2}",
            "[1]x",
            "",
            " ",
            "\u{feff}{}",
            "[1]\n",
            "{\"a\":{\"b\":{\"c\":[null,true]}}}",
            "[-]",
            "[--1]",
            "[1e]",
            "[1e+]",
            "{\"\":\"\"}",
            "\"unterminated",
            "[\"a\",",
        ];
        for text in inputs {
            same(text);
        }
    }

    #[test]
    fn nesting_depth_matches_serde_json_at_its_limit() {
        for depth in [63, 64, 65, 127, 128, 129, 200] {
            same(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
            let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
            same(&objects);
        }
    }

    /// JSON-like text: tokens of every kind, valid or not, in random order.
    fn jsonish() -> impl Strategy<Value = String> {
        let token = prop_oneof![
            Just("{".to_string()),
            Just("}".to_string()),
            Just("[".to_string()),
            Just("]".to_string()),
            Just(",".to_string()),
            Just(":".to_string()),
            Just(" ".to_string()),
            Just("\"k\"".to_string()),
            Just("null".to_string()),
            Just("true".to_string()),
            "-?[0-9]{1,22}(\\.[0-9]{1,5})?([eE][+-]?[0-9]{1,3})?",
            "\"([a-z]|\\\\[\"\\\\/bfnrtu]|\\\\u[0-9a-fA-F]{4}|é)*\"",
        ];
        prop::collection::vec(token, 0..24).prop_map(|t| t.concat())
    }

    /// Valid JSON documents (as text, so that objects can repeat keys), nesting every scalar.
    fn document() -> impl Strategy<Value = String> {
        let text = |v: Value| v.to_string();
        let leaf = prop_oneof![
            Just("null".to_string()),
            any::<bool>().prop_map(move |b| text(Value::Bool(b))),
            any::<u64>().prop_map(move |n| text(Value::from(n))),
            any::<i64>().prop_map(move |n| text(Value::from(n))),
            any::<f64>().prop_map(move |f| text(Value::from(f))),
            "[a-c]{0,3}|\\PC{0,4}".prop_map(move |s| text(Value::String(s))),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6)
                    .prop_map(|items| format!("[{}]", items.join(","))),
                prop::collection::vec(("[a-c]{1,2}", inner), 0..6).prop_map(|entries| {
                    let body: Vec<String> = entries
                        .iter()
                        .map(|(k, v)| format!("\"{k}\" : {v}"))
                        .collect();
                    format!("{{{}}}", body.join(","))
                }),
            ]
        })
    }

    proptest! {
        #[test]
        fn generated_text_matches_serde_json(text in jsonish()) {
            let (ours, theirs) = both(&text);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn generated_documents_match_serde_json(text in document()) {
            let (ours, theirs) = both(&text);
            prop_assert_eq!(ours, theirs);
        }
    }
}
