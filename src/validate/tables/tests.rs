use super::{data, Index, MAGIC};
use crate::endpoints::{self, Endpoint};
use crate::rules::codec::{write_set, Interner, Writer};
use crate::rules::RuleSet;

#[allow(dead_code)]
#[path = "../../../tests/common/rng.rs"]
mod rng;

/// Where the generated tables are committed, relative to the crate root.
const OUTPUT: &str = "src/validate/tables/data.rs";

const HEADER: &str = "\
//! GENERATED from the endpoint tables by the rule compiler (src/validate/tables/tests.rs): do not
//! edit. `FPGO_BLESS=1 cargo test -p fpgo --lib tables` rewrites this file; the same test without
//! FPGO_BLESS fails when it is stale. Format: src/validate/tables.rs and src/rules/codec.rs.

";

/// Every endpoint's sets as the native compiler makes them, in the order of `endpoints::all()`.
fn compiled_sets() -> Vec<(&'static Endpoint, [RuleSet; 3])> {
    endpoints::all()
        .enumerate()
        .map(|(i, e)| {
            let c = crate::validate::compile(i, e).unwrap_or_else(|err| panic!("{err}"));
            (e, [c.body, c.path, c.query])
        })
        .collect()
}

/// The tables file (the format of the module's doc).
fn encode(sets: &[(&Endpoint, [RuleSet; 3])]) -> Vec<u8> {
    let mut strings = Interner::default();
    let mut endpoints_part = Writer::default();
    endpoints_part.varint(sets.len());
    for (_, [body, path, query]) in sets {
        let mut record = Writer::default();
        for set in [body, path, query] {
            write_set(set, &mut strings, &mut record);
        }
        endpoints_part.varint(record.bytes.len());
        endpoints_part.bytes.extend(record.bytes);
    }
    let mut out = Writer::default();
    out.bytes.extend_from_slice(MAGIC);
    strings.write_table(&mut out);
    out.bytes.extend(endpoints_part.bytes);
    out.bytes
}

/// The generated Rust file: one byte string, printable ASCII as itself (space and the two
/// characters a byte string escapes excepted, so a continued line never starts with blanks).
fn render(bytes: &[u8]) -> String {
    let mut out = String::from(HEADER);
    out.push_str("#[rustfmt::skip]\npub(super) static TABLES: &[u8] = b\"\\\n");
    let mut width = 0;
    for &b in bytes {
        let piece = if b.is_ascii_graphic() && b != b'\\' && b != b'"' {
            char::from(b).to_string()
        } else {
            format!("\\x{b:02x}")
        };
        if width + piece.len() > 99 {
            out.push_str("\\\n");
            width = 0;
        }
        out.push_str(&piece);
        width += piece.len();
    }
    out.push_str("\";\n");
    out
}

#[test]
fn generated_file_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(OUTPUT);
    let bytes = encode(&compiled_sets());
    let expected = render(&bytes);
    if std::env::var_os("FPGO_BLESS").is_some() {
        std::fs::write(&path, &expected).expect("write the generated file");
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{OUTPUT} is stale: run `FPGO_BLESS=1 cargo test -p fpgo --lib tables` and commit it"
    );
    // The file's literal is these bytes (what the .wasm decodes is what was encoded).
    assert_eq!(data::TABLES, bytes.as_slice());
}

/// Debug shows every field of a set, the private ones (flags, compiled patterns) included.
fn shown(set: &RuleSet) -> String {
    format!("{set:?}")
}

#[test]
fn decoding_the_committed_tables_gives_the_compiled_sets() {
    let index = Index::read(data::TABLES).expect("the committed tables decode");
    let sets = compiled_sets();
    assert!(sets.len() > 40, "{}", sets.len());
    let mut regexes = 0;
    for (i, (e, compiled)) in sets.iter().enumerate() {
        let decoded = index
            .sets(i, e)
            .unwrap_or_else(|err| panic!("{}: {}", e.id, err.0));
        for (d, c) in decoded.iter().zip(compiled) {
            assert_eq!(shown(d), shown(c), "{}", e.id);
            regexes += c
                .fields
                .iter()
                .flat_map(|f| &f.rules)
                .filter(|r| r.pcre.is_some())
                .count();
        }
        // The counts are checked: another endpoint's record does not decode as this one's (unless
        // both tables have the same shape).
        let other = &sets[(i + 1) % sets.len()].0;
        let same_shape = |a: &Endpoint, b: &Endpoint| {
            let shape = |e: &Endpoint| {
                e.fields
                    .iter()
                    .map(|f| (f.location, crate::rules::parse::split_rules(f.rules).len()))
                    .collect::<Vec<_>>()
            };
            shape(a) == shape(b)
        };
        if !same_shape(e, other) {
            assert!(index.sets(i, other).is_err(), "{} as {}", e.id, other.id);
        }
    }
    assert!(regexes > 20, "{regexes}");
    assert!(index.sets(sets.len(), sets[0].0).is_err());
}

/// Sets of hand-written tables with every kind, both pattern matchers and merged fields make the
/// round trip too (the endpoint tables need not use every shape).
#[test]
fn every_rule_shape_round_trips() {
    let table = [
        ("a", "required|string|max:25|regex:/^[a-z]{1,3}$/i"),
        ("a", "not_regex:/^(SENT)$/D"),
        ("b.*.c", "nullable|numeric|in:0,12,\"1,5\"|not_in:7|between:0.5,1e3"),
        ("b.*.d", "required_if:b.*.c,1|required_unless:x,y|required_with:a,b.*.c"),
        (
            "e",
            "required_with_all:a|required_without:a|required_without_all:a|digits:11|digits_between:1,3",
        ),
        ("f", "sometimes|bail|present|filled|integer|boolean|array:x,y|email|url"),
        ("g", "size:3|min:-1|date_format:Y-m-d|exists:orders,uuid|unique:t,c|int|bool"),
        ("h", "regex:/a+(b|c)*$/"),
        ("i", "regex:/^\\d{11}$/"),
        ("b.0.c", "boolean"),
    ];
    let set = RuleSet::compile(table).expect("the table compiles");
    let mut strings = Interner::default();
    let mut record = Writer::default();
    write_set(&set, &mut strings, &mut record);
    let mut file = Writer::default();
    strings.write_table(&mut file);
    file.bytes.extend(&record.bytes);
    let mut r = crate::rules::codec::Reader::new(&file.bytes);
    let strings = crate::rules::codec::Strings::read(&mut r).expect("strings");
    let decoded = crate::rules::codec::read_set(&mut r, &strings, table).expect("set");
    assert!(r.is_at_end());
    assert_eq!(shown(&decoded), shown(&set));
    let payload = serde_json::json!({"a": "ab", "b": [{"c": "1"}, {"c": 2}], "h": "xaab", "i": "12345678901"});
    assert_eq!(decoded.check(&payload, None), set.check(&payload, None));
}

#[test]
fn bad_files_are_errors() {
    assert!(Index::read(b"").is_err());
    assert!(Index::read(b"FPGOT0\x00\x00").is_err());
    // The format before the stored flags.
    assert!(Index::read(b"FPGOT2\x00\x00").is_err());
    assert!(Index::read(b"FPGOT3\x00\x00").is_ok());
    // A count larger than the bytes left, a varint that never ends, trailing bytes.
    assert!(Index::read(b"FPGOT3\xff\xff\xff\xff\x0f").is_err());
    assert!(Index::read(b"FPGOT3\x80\x80\x80\x80\x80\x80").is_err());
    assert!(Index::read(b"FPGOT3\x00\x00\x00").is_err());
    // A string that is not UTF-8.
    assert!(Index::read(b"FPGOT3\x01\x01\xff\x00").is_err());
}

/// Truncated and garbled tables decode to an error or to sets, never a panic; and any decoded set
/// can be run (its patterns are well-formed programs).
#[test]
fn damaged_tables_never_panic() {
    let original = data::TABLES;
    let all: Vec<&Endpoint> = endpoints::all().collect();
    let payload = serde_json::json!({
        "a": "x", "products": [{"tax": 12, "name": "n"}], "customerDetails": {"type": "corporate"}
    });
    let mut rng = rng::Rng(0x7ab1e5);
    let (mut decoded, mut refused) = (0, 0);
    for round in 0..400 {
        let mut bytes = original.to_vec();
        if round % 4 == 0 {
            bytes.truncate(rng.below(bytes.len()));
        } else {
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(bytes.len());
                bytes[at] ^= 1 << rng.below(8);
            }
        }
        let Ok(index) = Index::read(&bytes) else {
            refused += 1;
            continue;
        };
        for (i, e) in all.iter().enumerate() {
            match index.sets(i, e) {
                Ok(sets) => {
                    decoded += 1;
                    for set in &sets {
                        let _ = set.check(&payload, None);
                    }
                }
                Err(_) => refused += 1,
            }
        }
    }
    assert!(decoded > 1000 && refused > 100, "{decoded} {refused}");
}

/// Garbled single records (the parts a flip most often lands in) are refused or decoded, and the
/// decoded ones run: flips aimed at each endpoint's record.
#[test]
fn damaged_records_never_panic() {
    let index = Index::read(data::TABLES).expect("the committed tables decode");
    let payload = serde_json::json!({"a": "1", "b": [1, "x"], "amount": "5"});
    let mut rng = rng::Rng(42);
    let mut outcomes = [0usize; 2];
    for (i, e) in endpoints::all().enumerate() {
        let record = index.endpoints[i];
        for _ in 0..20 {
            let mut bytes = record.to_vec();
            if bytes.is_empty() {
                continue;
            }
            let at = rng.below(bytes.len());
            bytes[at] = rng.next() as u8;
            let garbled = Index {
                strings: index.strings.clone(),
                endpoints: vec![bytes.as_slice()],
            };
            match garbled.sets(0, e) {
                Ok(sets) => {
                    outcomes[0] += 1;
                    for set in &sets {
                        let _ = set.check(&payload, None);
                    }
                }
                Err(_) => outcomes[1] += 1,
            }
        }
    }
    assert!(outcomes[0] > 100 && outcomes[1] > 100, "{outcomes:?}");
}
