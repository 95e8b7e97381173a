//! The payload's JSON text into a `serde_json::Value`, faster than `serde_json::from_str` and
//! with exactly its result: a direct parser for the text a `JSON.stringify` gives, and serde_json
//! itself for everything else.
//!
//! Why: the parse was the largest part of a `validate()` call in WebAssembly (docs/performance.md,
//! "Validation"). serde_json builds each object by inserting into an empty `IndexMap`, which grows
//! and rehashes its table as keys arrive, through its generic visitor machinery. Here each
//! object's entries are collected first (on one stack shared by the whole parse) and inserted into
//! a map made with the right capacity.
//!
//! Same result by construction: the direct parser accepts a subset of JSON (the grammar, nesting
//! up to 64 levels, strings without escapes, non-negative integers of up to 19 digits parsed
//! here, every other number parsed by serde_json itself) and gives up on anything else, in which case the
//! whole text goes to `serde_json::from_str`: a malformed payload gets serde_json's own error
//! message, and an input the direct parser does not handle gets serde_json's value. The tests
//! compare both on generated and hand-picked inputs, key order included.

use serde_json::{Map, Number, Value};

/// Containers nested deeper than this are left to serde_json, which decides (its recursion limit
/// refuses 128 levels); no payload of the documents comes near.
const MAX_DEPTH: usize = 64;

/// `serde_json::from_str::<Value>(text)`, faster for ordinary payloads (see the module docs).
pub fn parse(text: &str) -> Result<Value, serde_json::Error> {
    match parse_direct(text) {
        Some(value) => Ok(value),
        None => serde_json::from_str(text),
    }
}

/// The direct parser alone: `None` where it leaves the text to serde_json.
pub(crate) fn parse_direct(text: &str) -> Option<Value> {
    let mut parser = Parser {
        bytes: text.as_bytes(),
        text,
        at: 0,
        entries: Vec::new(),
    };
    parser.skip_space();
    let value = parser.value(0)?;
    parser.skip_space();
    (parser.at == parser.bytes.len()).then_some(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    text: &'a str,
    at: usize,
    /// Entries of the objects being parsed, innermost last.
    entries: Vec<(String, Value)>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// The byte after optional whitespace, consumed when it is `want`.
    fn eat(&mut self, want: u8) -> bool {
        self.skip_space();
        let found = self.peek() == Some(want);
        if found {
            self.at += 1;
        }
        found
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        match self.peek()? {
            b'{' => self.object(depth + 1),
            b'[' => self.array(depth + 1),
            b'"' => self.string().map(Value::String),
            b't' => self.literal(b"true", Value::Bool(true)),
            b'f' => self.literal(b"false", Value::Bool(false)),
            b'n' => self.literal(b"null", Value::Null),
            b'-' | b'0'..=b'9' => self.number().map(Value::Number),
            _ => None,
        }
    }

    fn literal(&mut self, word: &[u8], value: Value) -> Option<Value> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word).then(|| {
            self.at = end;
            value
        })
    }

    fn object(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.at += 1;
        if self.eat(b'}') {
            return Some(Value::Object(Map::new()));
        }
        let base = self.entries.len();
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return None;
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return None;
            }
            self.skip_space();
            let value = self.value(depth)?;
            self.entries.push((key, value));
            if self.eat(b',') {
                continue;
            }
            if !self.eat(b'}') {
                return None;
            }
            break;
        }
        let mut map = Map::with_capacity(self.entries.len() - base);
        for (key, value) in self.entries.drain(base..) {
            // A repeated key keeps its first position and takes the last value, as serde_json's
            // (and PHP's json_decode's) map does.
            map.insert(key, value);
        }
        Some(Value::Object(map))
    }

    fn array(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.at += 1;
        if self.eat(b']') {
            return Some(Value::Array(Vec::new()));
        }
        // Its own vector, not a shared stack: the 1 MB worst case (`[0,0,...]`, half a million
        // elements) would otherwise be held twice at the end.
        let mut items = Vec::new();
        loop {
            self.skip_space();
            let value = self.value(depth)?;
            items.push(value);
            if self.eat(b',') {
                continue;
            }
            if !self.eat(b']') {
                return None;
            }
            break;
        }
        Some(Value::Array(items))
    }

    /// A string at `"` without escapes. A string with one (`JSON.stringify` writes them only for
    /// `"`, `\\` and control characters) sends the whole text to serde_json: rare, and it keeps
    /// escape decoding (surrogate pairs, its errors) in one place and out of the .wasm twice.
    fn string(&mut self) -> Option<String> {
        let start = self.at + 1;
        let rest = self.bytes.get(start..)?;
        let len = rest
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        if rest.get(len) != Some(&b'"') {
            return None;
        }
        let text = self.text.get(start..start + len)?;
        self.at = start + len + 1;
        Some(text.to_owned())
    }

    /// A number: JSON's grammar checked here; small non-negative integers converted here, every
    /// other number by serde_json (its float parsing, its `-0`, its range errors).
    fn number(&mut self) -> Option<Number> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let int_start = self.at;
        match self.peek()? {
            b'0' => self.at += 1,
            b'1'..=b'9' => self.skip_digits(),
            _ => return None,
        }
        let int_end = self.at;
        let mut plain = !negative;
        if self.peek() == Some(b'.') {
            plain = false;
            self.at += 1;
            if !self.peek()?.is_ascii_digit() {
                return None;
            }
            self.skip_digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            plain = false;
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if !self.peek()?.is_ascii_digit() {
                return None;
            }
            self.skip_digits();
        }
        if plain && int_end - int_start <= 19 {
            let digits = self.bytes.get(int_start..int_end)?;
            let n = digits
                .iter()
                .fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
            return Some(Number::from(n));
        }
        // Through serde_json's `Value` parser (already linked for the fallback) rather than
        // `Number`'s own: one copy of serde_json's number code in the .wasm.
        match serde_json::from_str(self.text.get(start..self.at)?) {
            Ok(Value::Number(n)) => Some(n),
            _ => None,
        }
    }

    fn skip_digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
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
    fn escapes_go_to_serde_json() {
        assert!(parse_direct("\"a\\\"b\"").is_none());
        assert_eq!(parse("\"a\\\"b\"").expect("JSON"), Value::from("a\"b"));
    }

    #[test]
    fn stringified_payloads_take_the_direct_path_with_the_same_value() {
        let example =
            std::fs::read_to_string("tests/fixtures/examples/orders.sendPaymentLink.json")
                .expect("the documented example");
        let value: Value = serde_json::from_str(&example).expect("JSON");
        for text in [
            example.clone(),
            serde_json::to_string(&value).expect("text"),
        ] {
            assert!(parse_direct(&text).is_some(), "direct path for {text}");
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
            if !text.contains('\\') {
                prop_assert!(parse_direct(&text).is_some(), "valid JSON without escapes takes the direct path");
            }
            let (ours, theirs) = both(&text);
            prop_assert_eq!(ours, theirs);
        }
    }
}
