use super::*;
use crate::rules::RuleSet;
use serde_json::json;

#[test]
fn every_language_has_every_message_with_its_placeholders() {
    for lang in [Lang::En, Lang::No, Lang::Sv, Lang::Da, Lang::De] {
        for key in all_keys() {
            let t = template(lang, key);
            assert!(t.contains(":attribute"), "{lang:?} {key:?}: {t}");
            let en = template(Lang::En, key);
            for ph in [
                ":other", ":value", ":values", ":size", ":min", ":max", ":digits", ":format",
            ] {
                // `:value` is a prefix of `:values`; count exact placeholders only.
                let count = |s: &str| {
                    s.match_indices(ph)
                        .filter(|(i, _)| !s[i + ph.len()..].starts_with('s'))
                        .count()
                };
                assert_eq!(
                    count(t),
                    count(en),
                    "{lang:?} {key:?} placeholder {ph}: {t}"
                );
            }
            if lang != Lang::En {
                assert_ne!(t, en, "{lang:?} {key:?} is untranslated");
            }
        }
    }
}

/// The file's line for a template key: `validation.{snake rule}` or `validation.{rule}.{type}`.
fn laravel_line(key: Key) -> Option<&'static str> {
    let (kind, size_type) = match key {
        Key::Rule(k) => (k, ""),
        Key::Sized(k, SizeType::Numeric) => (k, "numeric"),
        Key::Sized(k, SizeType::String) => (k, "string"),
        Key::Sized(k, SizeType::Array) => (k, "array"),
    };
    let snake_rule = display::snake(kind.laravel_name());
    laravel_en::LINES
        .iter()
        .find(|(k, t, _)| *k == snake_rule && *t == size_type)
        .map(|(_, _, line)| *line)
}

#[test]
fn english_templates_are_laravels_lines() {
    for key in all_keys() {
        assert_eq!(Some(template(Lang::En, key)), laravel_line(key), "{key:?}");
    }
}

#[test]
fn lang_parses_codes_and_prints_them_back() {
    assert_eq!(Lang::parse("NB"), Some(Lang::No));
    assert_eq!(Lang::parse("nn"), Some(Lang::No));
    assert_eq!(Lang::parse("fr"), None);
    for lang in [Lang::En, Lang::No, Lang::Sv, Lang::Da, Lang::De] {
        assert_eq!(Lang::parse(lang.code()), Some(lang));
    }
    assert_eq!(Lang::default(), Lang::En);
}

/// Checks `data` against `table` and words every failure.
fn messages(
    lang: Lang,
    table: &[(&str, &str)],
    data: &Value,
    attributes: &Attributes,
) -> Vec<(String, String)> {
    let set = RuleSet::compile(table.iter().copied()).expect("table compiles");
    let format = Formatter::new(
        lang,
        data,
        set.fields.iter().map(|f| f.field.as_str()),
        attributes,
    );
    set.check(data, None)
        .failures
        .iter()
        .map(|f| (f.attribute.clone(), format.message(f)))
        .collect()
}

fn only(lang: Lang, table: &[(&str, &str)], data: Value, attributes: &Attributes) -> String {
    let all = messages(lang, table, &data, attributes);
    assert_eq!(all.len(), 1, "{all:?}");
    all[0].1.clone()
}

// The expected strings below are what Laravel 8.83 prints for the same rules and data
// (tests/laravel/failed.php); the differential test checks thousands more.

#[test]
fn fields_show_as_laravel_shows_them() {
    let none = Attributes::new();
    let table = [("customerDetails.personalNumber", "nullable|string|size:11")];
    assert_eq!(
        only(
            Lang::En,
            &table,
            json!({"customerDetails": {"personalNumber": "123"}}),
            &none
        ),
        "The customer details.personal number must be 11 characters."
    );
    // A wildcard field's attributes are shown as written (`implicitAttributes`).
    let table = [("products.*.unitPrice", "required|numeric")];
    assert_eq!(
        only(Lang::En, &table, json!({"products": [{}]}), &none),
        "The products.0.unitPrice field is required."
    );
    assert_eq!(
        only(Lang::No, &table, json!({"products": [{}]}), &none),
        "Feltet products.0.unitPrice er påkrevd."
    );
}

#[test]
fn other_fields_and_values_show_as_laravel_shows_them() {
    let none = Attributes::new();
    let table = [
        ("submitPayment.via", "nullable|string"),
        (
            "customerDetails.personalNumber",
            "required_if:submitPayment.via,invoice",
        ),
    ];
    assert_eq!(
        only(Lang::En, &table, json!({"submitPayment": {"via": "invoice"}}), &none),
        "The customer details.personal number field is required when submit payment.via is invoice."
    );
    // `:value` is the other field's value, as PHP prints it, not the rule's parameter.
    let table = [
        ("isB2B", "nullable|boolean"),
        ("ref", "required_if:isB2B,true"),
        ("n", "required_if:level,1.5"),
    ];
    let all = messages(
        Lang::En,
        &table,
        &json!({"isB2B": true, "level": "1.50"}),
        &none,
    );
    assert_eq!(all[0].1, "The ref field is required when is b2 b is true.");
    assert_eq!(all[1].1, "The n field is required when level is 1.50.");
    // `:other` inside a wildcard: shown as written only when its pattern is a field of the table.
    let table = [
        ("items.*.a", "nullable"),
        ("items.*.b", "required_with:items.*.a,items.*.extraNote"),
    ];
    let data = json!({"items": [{"a": 1}]});
    assert_eq!(
        only(Lang::En, &table, data, &none),
        "The items.0.b field is required when items.0.a / items.0.extra note is present."
    );
    let table = [("x", "required_unless:kindOf,a,b")];
    assert_eq!(
        only(Lang::En, &table, json!({}), &none),
        "The x field is required unless kind of is in a, b."
    );
}

#[test]
fn custom_attributes_replace_fields_and_patterns() {
    let attributes: Attributes = [
        ("customerDetails.personalNumber", "Personal number"),
        ("items.*.price", "unit price"),
        ("items.1.price", "second price"),
        ("contactURL", "Contact :Attribute"),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    let table = [("customerDetails.personalNumber", "nullable|digits:11")];
    assert_eq!(
        only(
            Lang::En,
            &table,
            json!({"customerDetails": {"personalNumber": "1"}}),
            &attributes
        ),
        "The Personal number must be 11 digits."
    );
    assert_eq!(
        only(
            Lang::De,
            &table,
            json!({"customerDetails": {"personalNumber": "1"}}),
            &attributes
        ),
        "Personal number muss 11 Ziffern haben."
    );
    let table = [("items.*.price", "required")];
    let all = messages(Lang::En, &table, &json!({"items": [{}, {}]}), &attributes);
    assert_eq!(all[0].1, "The unit price field is required.");
    assert_eq!(all[1].1, "The second price field is required.");
    let table = [
        ("customerDetails.personalNumber", "nullable"),
        ("y", "required_with:customerDetails.personalNumber"),
    ];
    assert_eq!(
        only(
            Lang::En,
            &table,
            json!({"customerDetails": {"personalNumber": "1"}}),
            &attributes
        ),
        "The y field is required when Personal number is present."
    );
    // `:ATTRIBUTE` and `:Attribute` upper-case ASCII letters only (decision M6): Laravel's
    // mb_strtoupper would give "ÆRE ÆRE :ATTRIBUTE" and "Ære ære :Attribute".
    let names: Attributes = [
        ("a", "ære :ATTRIBUTE"),
        ("b", "ære :Attribute"),
        ("c", "x :Attribute"),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    let table = [("a", "required"), ("b", "required"), ("c", "required")];
    let all = messages(Lang::En, &table, &json!({}), &names);
    assert_eq!(all[0].1, "The ære æRE :ATTRIBUTE field is required.");
    assert_eq!(all[1].1, "The ære ære :Attribute field is required.");
    assert_eq!(all[2].1, "The x X :Attribute field is required.");
    // Placeholders inside a label are replaced as Laravel's sequence of str_replace does.
    let table = [("contactURL", "nullable|url")];
    assert_eq!(
        only(Lang::En, &table, json!({"contactURL": "x"}), &attributes),
        "The Contact Contact :Attribute must be a valid URL."
    );
}

#[test]
fn attributes_option_is_parsed_strictly() {
    assert_eq!(parse_attributes(None), Ok(Attributes::new()));
    assert_eq!(parse_attributes(Some(&json!(null))), Ok(Attributes::new()));
    let a = parse_attributes(Some(&json!({"a.b": "A"}))).expect("an object of strings");
    assert_eq!(a.get("a.b").map(String::as_str), Some("A"));
    assert!(parse_attributes(Some(&json!(["a"]))).is_err());
    assert!(parse_attributes(Some(&json!({"a": 1}))).is_err());
    assert_eq!(
        parse_attributes(Some(&json!({"a": "x".repeat(MAX_ATTRIBUTE_LEN + 1)}))),
        Err("options.attributes: keys and names are at most 1000 bytes".into())
    );
    let many: serde_json::Map<String, Value> = (0..=MAX_ATTRIBUTES)
        .map(|i| (i.to_string(), json!("x")))
        .collect();
    assert_eq!(
        parse_attributes(Some(&Value::Object(many))),
        Err("options.attributes has more than 1000 entries".into())
    );
}

#[test]
fn validate_words_with_the_attributes_option() {
    use crate::validate::{validate, ValidateOptions};
    let Some(e) = crate::endpoints::all().find(|e| {
        e.fields
            .iter()
            .any(|f| f.name == "customerDetails.personalNumber" && f.rules.contains("digits:11"))
    }) else {
        panic!("an endpoint with a digits:11 personal number");
    };
    let payload = json!({"customerDetails": {"personalNumber": "123"}});
    let plain = validate(e.id, &payload, &ValidateOptions::default()).expect("known endpoint");
    assert_eq!(
        plain.errors["customerDetails.personalNumber"][0].message,
        "The customer details.personal number must be 11 digits."
    );
    let attributes = parse_attributes(Some(
        &json!({"customerDetails.personalNumber": "Personal number"}),
    ))
    .expect("valid option");
    let options = ValidateOptions {
        attributes,
        ..ValidateOptions::default()
    };
    let named = validate(e.id, &payload, &options).expect("known endpoint");
    assert_eq!(
        named.errors["customerDetails.personalNumber"][0].message,
        "The Personal number must be 11 digits."
    );
    assert_eq!(
        named.errors["customerDetails.personalNumber"][0].rule,
        "Digits"
    );
}

/// The templates as the five languages' `match` tables gave them, recorded before they became one
/// text per language (`templates_recorded.txt`: language, kind, size type, template): every
/// kind with every size type, in every language, is still the same text.
#[test]
fn templates_are_the_recorded_ones() {
    use crate::rules::checks::SizeType;
    let recorded = include_str!("templates_recorded.txt");
    let mut lines = recorded.lines();
    for lang in [Lang::En, Lang::No, Lang::Sv, Lang::Da, Lang::De] {
        for kind in crate::rules::Kind::ALL {
            for st in [SizeType::Numeric, SizeType::String, SizeType::Array] {
                let now = format!(
                    "{}\t{kind:?}\t{st:?}\t{}",
                    lang.code(),
                    template_of(lang, kind, st)
                );
                assert_eq!(lines.next(), Some(now.as_str()));
            }
        }
    }
    assert_eq!(lines.next(), None);
}
