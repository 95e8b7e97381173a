//! Differential tests: [`parse`] against `serde_json::from_str`, [`to_string`] against
//! `serde_json::to_string`, on hand-picked, generated and mutated texts.

use super::*;
use proptest::prelude::*;

/// Both readers' results as text: the value written by serde_json (key order kept; `Value`'s `==`
/// would ignore it), or the error's full text.
fn both(text: &str) -> (String, String) {
    let ours = match parse(text) {
        Ok(v) => format!("ok {}", serde_json::to_string(&v).expect("serializable")),
        Err(e) => format!("error {e}"),
    };
    let theirs = match serde_json::from_str::<Value>(text) {
        Ok(v) => format!("ok {}", serde_json::to_string(&v).expect("serializable")),
        Err(e) => format!("error {e}"),
    };
    (ours, theirs)
}

fn same(text: &str) {
    let (ours, theirs) = both(text);
    assert_eq!(ours, theirs, "input {text:?}");
}

fn same_text(value: &Value) {
    let ours = to_string(value).expect("writable");
    let theirs = serde_json::to_string(value).expect("writable");
    assert_eq!(ours, theirs);
}

const RAW: &str = "$serde_json::private::RawValue";

#[test]
fn hand_picked_inputs_read_as_serde_json_reads_them() {
    let raw = |rest: &str| format!("{{\"{RAW}\"{rest}");
    let mut inputs: Vec<String> = [
        "0",
        "-0",
        "-0.0",
        "1",
        "-1",
        "01",
        "-01",
        "1.",
        "1.e5",
        ".5",
        "1e5",
        "1E+2",
        "1e-2",
        "-",
        "1.5e",
        "1e+",
        "1e-",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "1e400",
        "-1e400",
        "1e-400",
        "0e999999999999",
        "1e999999999999",
        "1e-999999999999",
        "-1e-99999999999",
        "4.9e-324",
        "0.1",
        "5e-324",
        "123456789.123456789",
        "2.2250738585072011e-308",
        "1.7976931348623157e308",
        "1.7976931348623159e308",
        "123456789012345678901234567890",
        "0.123456789012345678901234567",
        "1234567890123456789012.5e-3",
        "true",
        "false",
        "null",
        "nul",
        "tru",
        "fals",
        "nulx",
        "True",
        "\"\"",
        "\"a\\\"b\"",
        "\"\\u00e9\"",
        "\"\\ud83d\\ude00\"",
        "\"\\ud83d\"",
        "\"\\ude00\"",
        "\"\\ud83dx\"",
        "\"\\ud83d\\n\"",
        "\"\\ud83d\\ud83d\"",
        "\"\\ud83d\\u12\"",
        "\"\\u12\"",
        "\"\\u12",
        "\"\\u00zz\"",
        "\"\\x\"",
        "\"\\",
        "\"tab\there\"",
        "\"ctl\u{1}\"",
        "\"æøå 😀\"",
        "\"\\/\\b\\f\\n\\r\\t\"",
        "\"\\u0000\"",
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
        "{\"a\":1 \"b\":2}",
        "{\"a\":1,\"b\":2,\"a\":3}",
        "{\"b\":1,\"a\":2}",
        "[1]x",
        "",
        " ",
        "\u{feff}{}",
        "[1]\n",
        "[1]\n\n x",
        "{\"a\":{\"b\":{\"c\":[null,true]}}}",
        "[-]",
        "[--1]",
        "[1e]",
        "[1e+]",
        "{\"\":\"\"}",
        "\"unterminated",
        "[\"a\",",
        "[",
        "{",
        "{\"a\"",
        "{\"a\":",
        "{\"a\":1",
        "{\"a\":1,",
        "[1,",
        "[,1]",
        "{,}",
        "{\"a\":1,,}",
        "[1,,2]",
        "[1 , ]",
        "{\"a\":1 , }",
        "\n\n  [1,\n  2,\n  x]",
        "[\"é\", x]",
        "[\"é😀\"\n,\"ü\" y]",
        "[tru]",
        "[nulll]",
        "{\"a\":tx}",
        "-a",
        "- 1",
        "[0x1]",
        "1.2.3",
        "[1.2e3.4]",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for rest in [
        ":\"[1,2]\"}",
        ":\"{\\\"a\\\":1}\"}",
        ":\"[1,\"}",
        ":\"1\"  }",
        ":\"1\",\"b\":2}",
        ":\"1\" x}",
        ":\"1\"",
        ":1}",
        ":-1.5}",
        ":-0}",
        ":18446744073709551616}",
        ":true}",
        ":false}",
        ":null}",
        ":nul}",
        ":[1]}",
        ":{}}",
        ":x}",
        ":",
        "}",
        ":\"\\\"tru\\\"\"}",
    ] {
        inputs.push(raw(rest));
    }
    inputs.push(format!("{{\"a\":1,\"{RAW}\":\"2\"}}"));
    inputs.push(format!("[{{\"{RAW}\":\"{{\\\"{RAW}\\\":\\\"[3]\\\"}}\"}}]"));
    for text in &inputs {
        same(text);
    }
}

#[test]
fn nesting_depth_is_refused_where_serde_json_refuses_it() {
    for depth in [63, 64, 65, 126, 127, 128, 129, 200] {
        same(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
        same(&format!(
            "{}1{}",
            "{\"a\":".repeat(depth),
            "}".repeat(depth)
        ));
        same(&"[".repeat(depth));
    }
}

#[test]
fn the_documented_example_reads_and_writes_as_with_serde_json() {
    let example = std::fs::read_to_string("tests/fixtures/examples/orders.sendPaymentLink.json")
        .expect("the documented example");
    same(&example);
    same_text(&parse(&example).expect("JSON"));
}

#[test]
fn floats_and_escapes_are_written_as_serde_json_writes_them() {
    for f in [
        0.0,
        -0.0,
        1.0,
        0.1,
        1e20,
        1e21,
        1e-7,
        123456.789,
        f64::MAX,
        f64::MIN_POSITIVE,
        5e-324,
    ] {
        same_text(&Value::from(f));
    }
    same_text(&Value::from("\u{0}\u{8}\u{c}\u{1f}\u{7f}\"\\/\n\r\té😀"));
    same_text(&serde_json::json!({"b":[1,-2,{"c":null}],"a":true,"":[]}));
    assert_eq!(to_string(&f64::NAN).expect("writable"), "null");
    assert_eq!(to_string(&f32::INFINITY).expect("writable"), "null");
    assert_eq!(
        to_string(&1.5f32).expect("writable"),
        serde_json::to_string(&1.5f32).unwrap()
    );
}

#[test]
fn typed_values_are_written_as_serde_json_writes_them() {
    use std::collections::BTreeMap;
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct S {
        name: String,
        some_count: Option<u8>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<i32>,
        pair: (i128, u128),
        keys: BTreeMap<i32, char>,
        bytes: serde_bytes_like::Bytes,
        e: Vec<E>,
    }
    #[derive(serde::Serialize)]
    enum E {
        Unit,
        New(i8),
        Tuple(u16, bool),
        Struct { x: f32 },
    }
    mod serde_bytes_like {
        pub struct Bytes(pub Vec<u8>);
        impl serde::Serialize for Bytes {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(&self.0)
            }
        }
    }
    let s = S {
        name: "n\u{8}".into(),
        some_count: None,
        skipped: None,
        pair: (i128::MIN, u128::MAX),
        keys: [(-1, 'a'), (7, '"')].into_iter().collect(),
        bytes: serde_bytes_like::Bytes(vec![0, 255]),
        e: vec![E::Unit, E::New(-8), E::Tuple(9, true), E::Struct { x: 0.5 }],
    };
    assert_eq!(to_string(&s).unwrap(), serde_json::to_string(&s).unwrap());
    let bad_key: BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into_iter().collect();
    assert!(to_string(&bad_key).is_err());
    assert!(serde_json::to_string(&bad_key).is_err());
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
        Just("\n".to_string()),
        Just("\"k\"".to_string()),
        Just(format!("\"{RAW}\"")),
        Just("null".to_string()),
        Just("true".to_string()),
        Just("fal".to_string()),
        "-?[0-9]{1,22}(\\.[0-9]{0,5})?([eE][+-]?[0-9]{0,3})?",
        "\"([a-z]|\\\\[\"\\\\/bfnrtux]|\\\\u[0-9a-fA-F]{0,4}|\\\\u[dD][89abAB][0-9a-f]{2}|é|\t)*\"?",
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
        "-?[0-9]{1,3}(\\.[0-9]{1,25})?([eE][+-]?[0-9]{1,3})?",
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
    fn generated_text_reads_as_with_serde_json(text in jsonish()) {
        let (ours, theirs) = both(&text);
        prop_assert_eq!(ours, theirs);
    }

    #[test]
    fn generated_documents_read_as_with_serde_json(text in document()) {
        let (ours, theirs) = both(&text);
        prop_assert_eq!(ours, theirs);
    }

    /// A valid document with one byte removed, replaced or inserted: mostly errors, whose text
    /// and position must be serde_json's.
    #[test]
    fn mutated_documents_read_as_with_serde_json(
        text in document(),
        at in any::<prop::sample::Index>(),
        how in 0..3u8,
        byte in prop::sample::select(b"{}[],:\" \n\\-.eE0123456789abfnrtu".to_vec()),
    ) {
        let mut bytes = text.into_bytes();
        let i = at.index(bytes.len() + 1);
        match how {
            0 if i < bytes.len() => { bytes.remove(i); }
            1 if i < bytes.len() => bytes[i] = byte,
            _ => bytes.insert(i, byte),
        }
        // Only texts that are still UTF-8 (the exports take `&str`).
        if let Ok(text) = String::from_utf8(bytes) {
            let (ours, theirs) = both(&text);
            prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn generated_values_are_written_as_serde_json_writes_them(text in document()) {
        // Numbers beyond f64 (`1e310`) make some generated documents errors.
        if let Ok(value) = serde_json::from_str::<Value>(&text) {
            prop_assert_eq!(to_string(&value).expect("writable"), serde_json::to_string(&value).expect("writable"));
        }
    }
}

/// serde_json's reading of an object as `(String, &RawValue)` entries (the envelope reader's
/// former visitor): the reference of [`members`].
fn serde_members(text: &str) -> Option<Vec<(String, String)>> {
    use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
    use serde_json::value::RawValue;
    struct Members(Vec<(String, String)>);
    impl<'de> Deserialize<'de> for Members {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Visit;
            impl<'de> Visitor<'de> for Visit {
                type Value = Members;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Members, M::Error> {
                    let mut members = Vec::new();
                    while let Some((k, v)) = map.next_entry::<String, &'de RawValue>()? {
                        members.push((k, v.get().to_string()));
                    }
                    Ok(Members(members))
                }
            }
            deserializer.deserialize_map(Visit)
        }
    }
    serde_json::from_str::<Members>(text).ok().map(|m| m.0)
}

fn same_members(text: &str) -> Result<(), TestCaseError> {
    let ours = members(text).map(|m| {
        m.into_iter()
            .map(|(k, v)| (k, v.to_string()))
            .collect::<Vec<_>>()
    });
    prop_assert_eq!(ours, serde_members(text), "input {:?}", text);
    Ok(())
}

#[test]
fn members_are_read_as_serde_json_reads_raw_values() {
    let deep = format!("{{\"a\": {}{}}}", "[".repeat(2000), "]".repeat(2000));
    let inputs = [
        "{}",
        " { } ",
        "{\"a\":1}",
        "{\"a\" : [1, {\"b\": null}] , \"c\":\"x\" }\n",
        "{\"a\":1,\"a\":2}",
        "{\"a\":1,}",
        "{,}",
        "{\"a\":1 \"b\":2}",
        "{\"a\":1}x",
        "[1]",
        "\"s\"",
        "",
        "{\"a\":\"\\ud800\"}",
        "{\"\\ud800\":1}",
        "{\"a\":1e999}",
        "{\"a\":01}",
        "{\"a\":-}",
        "{\"a\":1.}",
        "{\"a\":1e}",
        "{\"a\":[1,]}",
        "{\"a\":{\"b\"}}",
        "{\"a\":{\"b\":1,}}",
        "{\"a\":\"\t\"}",
        "{\"a\":\"\\x\"}",
        "{\"a\":\"\\u12\"}",
        "{\"a\":nul}",
        "{\"a\":truex}",
        "{\"a\":{}}",
        "{\"a\":[[],[{}]]}",
        &deep,
    ];
    for text in inputs {
        same_members(text).unwrap_or_else(|e| panic!("{e}"));
    }
}

proptest! {
    #[test]
    fn generated_members_read_as_with_serde_json(text in jsonish()) {
        same_members(&text)?;
        same_members(&format!("{{\"k\":{text}}}"))?;
    }

    #[test]
    fn documents_as_members_read_as_with_serde_json(
        text in document(),
        at in any::<prop::sample::Index>(),
        byte in prop::sample::select(b"{}[],:\" \\-.eE019afnu".to_vec()),
    ) {
        let object = format!("{{\"a\": {text} , \"b\":{text}}}");
        same_members(&object)?;
        let mut bytes = object.into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        if let Ok(mutated) = String::from_utf8(bytes) {
            same_members(&mutated)?;
        }
    }
}

#[test]
fn number_text_is_serde_jsons_display() {
    let numbers = [
        "0",
        "-0",
        "7",
        "-7",
        "18446744073709551615",
        "-9223372036854775808",
        "12.5",
        "-0.0",
        "1e300",
        "1.0",
        "0.1",
        "4500.50",
        "1e-7",
        "123456789012345678901234567890",
    ];
    for text in numbers {
        let Value::Number(n) = serde_json::from_str::<Value>(text).unwrap() else {
            panic!("{text} is a number");
        };
        assert_eq!(super::number_text(&n), n.to_string(), "{text}");
    }
}

#[test]
fn parse_error_messages_are_their_display() {
    for text in [
        "",
        "{",
        "[1,]",
        "{\"a\" 1}",
        "\n\n  x",
        "{\"$serde_json::private::RawValue\":5}",
    ] {
        let ours = parse(text).unwrap_err();
        assert_eq!(ours.message(), ours.to_string());
        assert_eq!(
            ours.to_string(),
            serde_json::from_str::<Value>(text).unwrap_err().to_string()
        );
    }
}
