//! The tricky cases of Laravel 8's semantics, one assertion per case, each checked against the real
//! Laravel too: tests/laravel/regressions.jsonl holds the same (rules, payload) pairs, so the
//! differential test (tests/laravel_diff.rs) proves these expectations are Laravel's.

use fpgo::__private::RuleSet;
use serde_json::{json, Value};
use std::collections::BTreeSet;

fn failed(rules: &[(&str, &str)], payload: Value) -> BTreeSet<String> {
    let set = RuleSet::compile(rules.iter().copied()).expect("rules parse");
    set.check(&payload, None)
        .failures
        .iter()
        .map(|f| format!("{}:{}", f.attribute, f.rule_name()))
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// (rules, payload, expected failed `field:Rule` pairs).
type Case = (Vec<(&'static str, &'static str)>, Value, Vec<&'static str>);

/// Every case. Shared with the Laravel regression file.
pub fn cases() -> Vec<Case> {
    vec![
        // required on null beats nullable; implicit failure stops the other rules
        (
            vec![("a", "required|nullable|string")],
            json!({"a": null}),
            vec!["a:Required"],
        ),
        // nullable skips later rules on null, but a missing field skips them anyway
        (
            vec![("a", "nullable|string|size:11")],
            json!({"a": null}),
            vec![],
        ),
        (
            vec![("a", "string|size:11")],
            json!({"a": null}),
            vec!["a:String", "a:Size"],
        ),
        (vec![("a", "string|size:11")], json!({}), vec![]),
        // empty and blank strings run only implicit rules
        (
            vec![("a", "string|min:3|email")],
            json!({"a": "   "}),
            vec![],
        ),
        (
            vec![("a", "required|string")],
            json!({"a": " \t"}),
            vec!["a:Required"],
        ),
        // numeric strings
        (vec![("a", "numeric")], json!({"a": " 12"}), vec![]),
        (vec![("a", "numeric")], json!({"a": "1e3"}), vec![]),
        (
            vec![("a", "numeric")],
            json!({"a": "0x1A"}),
            vec!["a:Numeric"],
        ),
        (
            vec![("a", "numeric")],
            json!({"a": "1,5"}),
            vec!["a:Numeric"],
        ),
        (
            vec![("a", "integer")],
            json!({"a": "1e3"}),
            vec!["a:Integer"],
        ),
        (vec![("a", "integer")], json!({"a": 1.0}), vec![]),
        // boolean accepts true, false, 0, 1, "0", "1" only
        (
            vec![
                ("a", "boolean"),
                ("b", "boolean"),
                ("c", "boolean"),
                ("d", "boolean"),
            ],
            json!({"a": "1", "b": "true", "c": 1.0, "d": 0}),
            vec!["b:Boolean", "c:Boolean"],
        ),
        // size: length of strings, value of numerics, count of arrays
        (vec![("a", "size:3")], json!({"a": "abc"}), vec![]),
        (vec![("a", "numeric|size:3")], json!({"a": "3"}), vec![]),
        (vec![("a", "size:3")], json!({"a": 123}), vec![]),
        (
            vec![("a", "numeric|size:3")],
            json!({"a": 123}),
            vec!["a:Size"],
        ),
        (
            vec![("a", "array|max:2")],
            json!({"a": [1, 2, 3]}),
            vec!["a:Max"],
        ),
        (vec![("a", "string|size:2")], json!({"a": "øå"}), vec![]),
        // in: loose comparison on the string cast
        (vec![("t", "in:0,12,15,25")], json!({"t": "12.0"}), vec![]),
        (vec![("t", "in:0,12,15,25")], json!({"t": 12.0}), vec![]),
        (vec![("t", "in:0,12,15,25")], json!({"t": " 12"}), vec![]),
        (
            vec![("t", "in:0,12,15,25")],
            json!({"t": false}),
            vec!["t:In"],
        ),
        (
            vec![("t", "in:0,12,15,25")],
            json!({"t": [12]}),
            vec!["t:In"],
        ),
        (
            vec![("t", "in:private,corporate")],
            json!({"t": "Private"}),
            vec!["t:In"],
        ),
        // required_if: loose comparison, and only when the other field is present
        (
            vec![("o", "required_if:t,corporate")],
            json!({"t": "corporate"}),
            vec!["o:RequiredIf"],
        ),
        (
            vec![("o", "required_if:i,0")],
            json!({"i": "0.0"}),
            vec!["o:RequiredIf"],
        ),
        (vec![("o", "required_if:i,0")], json!({}), vec![]),
        (
            vec![("o", "required_if:b,true"), ("b", "boolean")],
            json!({"b": true}),
            vec!["o:RequiredIf"],
        ),
        (vec![("o", "required_if:b,1")], json!({"b": true}), vec![]),
        // wildcards: concrete indices, missing leaves, non-arrays
        (
            vec![("p.*.tax", "required|numeric|in:0,12,15,25")],
            json!({"p": [{"tax": 12}, {"tax": "8"}, {}]}),
            vec!["p.1.tax:In", "p.2.tax:Required"],
        ),
        (vec![("p.*.tax", "required")], json!({"p": "x"}), vec![]),
        (
            vec![("p.*.t", "required_if:p.*.k,a")],
            json!({"p": [{"k": "b"}, {"k": "a"}]}),
            vec!["p.1.t:RequiredIf"],
        ),
        // sometimes: only when present
        (vec![("i", "sometimes|numeric|in:0,1,2")], json!({}), vec![]),
        (
            vec![("i", "sometimes|numeric|in:0,1,2")],
            json!({"i": null}),
            vec!["i:Numeric", "i:In"],
        ),
        // regex: PCRE's $ allows a final newline
        (
            vec![("n", "regex:/^\\d{11}$/")],
            json!({"n": "12345678901\n"}),
            vec![],
        ),
        (
            vec![("n", "regex:/^\\d{11}$/")],
            json!({"n": 12345678901u64}),
            vec![],
        ),
        // present and filled
        (vec![("a", "present")], json!({"a": null}), vec![]),
        (vec![("a", "present")], json!({}), vec!["a:Present"]),
        (vec![("a", "filled")], json!({}), vec![]),
        (vec![("a", "filled")], json!({"a": ""}), vec!["a:Filled"]),
        // required_with / required_without
        (
            vec![("a", "required_with:b")],
            json!({"b": "x"}),
            vec!["a:RequiredWith"],
        ),
        (
            vec![("a", "required_without:b")],
            json!({"b": ""}),
            vec!["a:RequiredWithout"],
        ),
        // digits, between, date_format, url, email
        (vec![("d", "digits:4")], json!({"d": "0123"}), vec![]),
        (
            vec![("d", "digits:4")],
            json!({"d": "12.3"}),
            vec!["d:Digits"],
        ),
        (
            vec![("d", "digits_between:2,3")],
            json!({"d": 1234}),
            vec!["d:DigitsBetween"],
        ),
        (
            vec![("d", "between:1,3")],
            json!({"d": "abcd"}),
            vec!["d:Between"],
        ),
        (
            vec![("d", "date_format:Y-m-d")],
            json!({"d": "2023-02-29"}),
            vec!["d:DateFormat"],
        ),
        (
            vec![("u", "url")],
            json!({"u": "www.example.com"}),
            vec!["u:Url"],
        ),
        (
            vec![("e", "email")],
            json!({"e": "kari@example..com"}),
            vec!["e:Email"],
        ),
        // array of an object; bail stops after the first failure
        (vec![("a", "array")], json!({"a": {"x": 1}}), vec![]),
        (
            vec![("a", "bail|string|min:3")],
            json!({"a": 1}),
            vec!["a:String"],
        ),
        (
            vec![("a", "string|min:3")],
            json!({"a": 1}),
            vec!["a:String", "a:Min"],
        ),
        // not_in is `! in`, so an array (without the array rule) always passes it (found by the
        // differential test on the synthetic table)
        (
            vec![("k", "required|string|not_in:test,demo")],
            json!({"k": ["corporate"]}),
            vec!["k:String"],
        ),
        (
            vec![("k", "not_in:test,demo")],
            json!({"k": " test"}),
            vec![],
        ),
        (
            vec![("k", "not_in:0,1")],
            json!({"k": "0.0"}),
            vec!["k:NotIn"],
        ),
        // date_format:U is PHP's round trip with a loose comparison
        (vec![("t", "date_format:U")], json!({"t": "+5"}), vec![]),
        (
            vec![("t", "date_format:U")],
            json!({"t": " 5"}),
            vec!["t:DateFormat"],
        ),
        (
            vec![("t", "date_format:U")],
            json!({"t": 1754556624}),
            vec![],
        ),
        (
            vec![("t", "date_format:U")],
            json!({"t": 1.5}),
            vec!["t:DateFormat"],
        ),
        // a trailing regex keeps its `|` (the tables' array form)
        (
            vec![("s", "nullable|string|regex:/^(SENT|PAID)$/i")],
            json!({"s": "paid"}),
            vec![],
        ),
        (
            vec![("s", "nullable|string|regex:/^(SENT|PAID)$/i")],
            json!({"s": "PAIDX"}),
            vec!["s:Regex"],
        ),
    ]
}

#[test]
fn tricky_cases_have_laravels_verdicts() {
    for (rules, payload, expected) in cases() {
        assert_eq!(
            failed(&rules, payload.clone()),
            set(&expected),
            "rules {rules:?} on {payload}"
        );
    }
}

/// Keeps tests/laravel/regressions.jsonl in step with [`cases`], so Laravel checks every one of them.
#[test]
fn every_tricky_case_is_a_laravel_regression_case() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/laravel/regressions.jsonl"
    ))
    .expect("regressions");
    let kept: Vec<(Value, String)> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("json line");
            (
                v["rules"].clone(),
                v["payload"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let mut missing = Vec::new();
    for (rules, payload, _) in cases() {
        let r: serde_json::Map<String, Value> = rules
            .iter()
            .map(|(f, r)| (f.to_string(), Value::String(r.to_string())))
            .collect();
        let p = serde_json::to_string(&payload).expect("json");
        if !kept
            .iter()
            .any(|(kr, kp)| kr == &Value::Object(r.clone()) && kp == &p)
        {
            missing.push(
                json!({"found": "tests/rules_semantics.rs", "rules": r, "payload": p}).to_string(),
            );
        }
    }
    assert!(
        missing.is_empty(),
        "add these lines to tests/laravel/regressions.jsonl:\n{}",
        missing.join("\n")
    );
}
