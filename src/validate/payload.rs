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

// The reader itself is tested against serde_json in `crate::json` (hand-picked, generated and
// mutated texts); these tests cover what this wrapper adds.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Both parsers' results as text (serialization keeps key order; `Value`'s `==` would not).
    fn both(text: &str) -> (String, String) {
        let show = |r: Result<Value, serde_json::Error>| match r {
            Ok(v) => format!("ok {}", serde_json::to_string(&v).expect("serializable")),
            Err(e) => format!("error {e}"),
        };
        (show(parse(text)), show(serde_json::from_str(text)))
    }

    #[test]
    fn the_documented_example_reads_as_with_serde_json() {
        let example =
            std::fs::read_to_string("tests/fixtures/examples/orders.sendPaymentLink.json")
                .expect("the documented example");
        let value: Value = serde_json::from_str(&example).expect("JSON");
        for text in [
            example.clone(),
            serde_json::to_string(&value).expect("text"),
        ] {
            let (ours, theirs) = both(&text);
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn a_text_that_is_not_json_gets_serde_jsons_own_error() {
        for text in ["", "{", "[1,]", "{\"a\":01}", "\"\\ud800\"", "nul"] {
            let (ours, theirs) = both(text);
            assert!(ours.starts_with("error "), "{text:?}: {ours}");
            assert_eq!(ours, theirs, "{text:?}");
        }
    }
}
