//! Property tests: the rule engine never panics, whatever the payload and whatever the rule string
//! (a rule string it cannot interpret is a typed error), and its verdicts do not depend on object
//! key order or on how often it runs.

use fpgo::__private::RuleSet;
use proptest::prelude::*;
use serde_json::{Map, Value};

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        prop_oneof![
            Just(" 12"),
            Just("1e3"),
            Just("-0"),
            Just("12345678901\n"),
            Just("https://a.no"),
            Just("a@b.no")
        ]
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("a"),
                        Just("b"),
                        Just("0"),
                        Just("1"),
                        Just("c.d"),
                        Just("*")
                    ],
                    inner
                ),
                0..4
            )
            .prop_map(|kv| Value::Object(
                kv.into_iter()
                    .map(|(k, v)| (k.to_string(), v))
                    .collect::<Map<_, _>>()
            )),
        ]
    })
}

fn rule_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("required".to_string()),
        Just("nullable".to_string()),
        Just("sometimes".to_string()),
        Just("bail".to_string()),
        Just("present".to_string()),
        Just("filled".to_string()),
        Just("string".to_string()),
        Just("numeric".to_string()),
        Just("integer".to_string()),
        Just("boolean".to_string()),
        Just("array".to_string()),
        Just("email".to_string()),
        Just("url".to_string()),
        Just("in:0,12,a".to_string()),
        Just("not_in:x".to_string()),
        Just("size:3".to_string()),
        Just("min:1".to_string()),
        Just("max:2.5".to_string()),
        Just("between:1,3".to_string()),
        Just("digits:2".to_string()),
        Just("digits_between:1,3".to_string()),
        Just("regex:/^(a|b)+$/i".to_string()),
        Just("date_format:Y-m-d".to_string()),
        Just("date_format:U".to_string()),
        Just("required_if:a,1,true,null".to_string()),
        Just("required_unless:a.*.b,x".to_string()),
        Just("required_with:a,b".to_string()),
        Just("required_without:a".to_string()),
        Just("exists:t,c".to_string()),
        "[a-z_:,|/]{0,10}",
    ]
}

fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("a"),
        Just("b"),
        Just("a.b"),
        Just("a.*"),
        Just("a.*.b"),
        Just("*.b"),
        Just("a.*.b.*"),
        Just("c.d")
    ]
    .prop_map(str::to_string)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_is_deterministic(
        table in prop::collection::vec((field(), prop::collection::vec(rule_piece(), 0..5)), 1..5),
        data in json_value(),
    ) {
        let rules: Vec<(String, String)> = table.into_iter().map(|(f, r)| (f, r.join("|"))).collect();
        let Ok(set) = RuleSet::compile(rules.iter().map(|(f, r)| (f.as_str(), r.as_str()))) else { return Ok(()) };
        let first = set.check(&data, None);
        let second = set.check(&data, None);
        prop_assert_eq!(first, second);
    }

    #[test]
    fn object_key_order_does_not_change_the_failed_set(data in json_value()) {
        let set = RuleSet::compile([("a", "required|string|size:3"), ("b", "required_if:a,x|numeric"), ("a.*", "integer")]).expect("rules");
        let reversed = match &data {
            Value::Object(o) => Value::Object(o.iter().rev().map(|(k, v)| (k.clone(), v.clone())).collect()),
            other => other.clone(),
        };
        let pairs = |v: &Value| {
            let mut p: Vec<(String, String)> = set.check(v, None).failures.into_iter().map(|f| (f.attribute.clone(), f.rule_name().to_string())).collect();
            p.sort();
            p
        };
        prop_assert_eq!(pairs(&data), pairs(&reversed));
    }
}
