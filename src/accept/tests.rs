use super::derive::{engine_passes, Numbers, Spec, Strings, When};
use super::*;
use crate::rules::RuleSet;
use serde_json::{json, Value};

#[test]
fn generated_file_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(OUTPUT);
    let expected = plans_js();
    if std::env::var_os("FPGO_BLESS").is_some() {
        std::fs::write(&path, &expected).expect("write the generated file");
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{OUTPUT} is stale: run `FPGO_BLESS=1 cargo test -p fpgo --lib accept` and commit it"
    );
}

/// A fixed-seed xorshift: the samples are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn endpoint_plan(id: &str) -> Plan {
    let e = endpoints::find(id).unwrap_or_else(|| panic!("no endpoint {id}"));
    plan(e).unwrap_or_else(|| panic!("{id} has no plan"))
}

fn spec_of<'p>(p: &'p Plan, field: &str) -> &'p Spec {
    &p.fields
        .iter()
        .find(|(name, _)| name == field)
        .unwrap_or_else(|| panic!("no field {field}"))
        .1
}

#[test]
fn every_endpoint_with_a_body_has_a_plan() {
    for e in endpoints::all() {
        if e.fields_at(Location::Body).next().is_some() {
            assert!(plan(e).is_some(), "{} has no plan", e.id);
        }
    }
}

#[test]
fn the_payment_links_specs_say_what_its_rules_say() {
    let p = endpoint_plan("orders.sendPaymentLink");
    assert_eq!(p.totals, "o");
    let tax = spec_of(&p, "products.*.tax");
    assert_eq!(tax.numbers, Numbers::Set(vec![0, 12, 15, 25]));
    assert_eq!(
        tax.strings,
        Strings::Set(vec!["0".into(), "12".into(), "15".into(), "25".into()])
    );
    assert_eq!(
        (tax.absent.clone(), tax.blank.clone()),
        (When::Never, When::Never)
    );
    let sms = spec_of(&p, "sendOrderBy.sms");
    assert!(sms.true_ && sms.false_);
    assert_eq!(sms.numbers, Numbers::Set(vec![0, 1]));
    assert_eq!(sms.null, When::Always);
    let org = spec_of(&p, "customerDetails.organizationId");
    assert_eq!(
        org.absent,
        When::If(vec![derive::Condition::NotIf {
            other: "customerDetails.type".into(),
            strings_except: Some(vec!["corporate".into()]),
            null: true,
            true_: true,
            false_: true,
        }])
    );
    let country_code = spec_of(&p, "customerDetails.countryCode");
    assert_eq!(
        country_code.null,
        When::If(vec![derive::Condition::AllFilled(vec![
            "customerDetails.email".into()
        ])])
    );
    assert!(spec_of(&p, "products").filled_container);
    assert_eq!(spec_of(&p, "products").empty, When::Never);
    assert_eq!(spec_of(&p, "customerDetails.name").strings, Strings::Any);
}

#[test]
fn table_regexes_translate_only_the_plain_subset() {
    use patterns::table_regex;
    assert_eq!(
        table_regex("/^[A-Z]{2}$/").map(|j| j.source),
        Some("^[A-Z]{2}$".into())
    );
    assert_eq!(
        table_regex(r"/^\d{11}$/").map(|j| j.source),
        Some(r"^\d{11}$".into())
    );
    assert_eq!(table_regex("/^(SENT|PAID)$/i").map(|j| j.flags), Some("i"));
    for refused in [
        "/^a.b$/",
        r"/^\w+$/",
        "/^[A-Z]{2}$/u",
        "/^[A-Z]{2}$/x",
        "/[A-Z]{2}$/",
        "/^[A-Z]{2}/",
        "/^(?=a)a$/",
        r"/^a\$/",
        "/^[^a]$/",
        "^abc$",
    ] {
        assert_eq!(table_regex(refused), None, "{refused}");
    }
}

/// The fields' rules with their specs, each distinct (rules, spec) once.
fn distinct_fields() -> Vec<(String, String, Spec)> {
    let mut out: Vec<(String, String, Spec)> = Vec::new();
    for e in endpoints::all() {
        let Some(p) = plan(e) else { continue };
        for (name, spec) in p.fields {
            let rules = e
                .fields_at(Location::Body)
                .find(|f| f.name == name)
                .map_or("", |f| f.rules)
                .to_string();
            let last = |n: &str| n.rsplit('.').next().map(str::to_string);
            if !out
                .iter()
                .any(|(n, r, s)| *r == rules && *s == spec && last(n) == last(&name))
            {
                out.push((name, rules, spec));
            }
        }
    }
    out
}

#[test]
fn unconditional_empty_verdicts_are_the_engines() {
    let mut checked = 0;
    for (field, rules, spec) in distinct_fields() {
        let cases: [(&When, Vec<Option<Value>>); 4] = [
            (&spec.absent, vec![None]),
            (&spec.null, vec![Some(Value::Null)]),
            (&spec.blank, vec![Some(json!("")), Some(json!(" \t\n"))]),
            (&spec.empty, vec![Some(json!([])), Some(json!({}))]),
        ];
        for (when, values) in cases {
            if *when == When::Always {
                for v in values {
                    assert!(
                        engine_passes(&field, &rules, v.clone()),
                        "{field} ({rules}): the plan accepts {v:?}, the engine does not"
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} verdicts checked");
}

/// Strings near the shapes the tables ask for, to mutate.
const SEEDS: &[&str] = &[
    "NO",
    "se",
    "12345678901",
    "123",
    "0",
    "-5",
    "12.50",
    "007",
    "1703040812",
    "-0",
    "2024-02-28",
    "2024-12-31",
    "2023-04-30",
    "1999-01-29",
    "test@yopmail.com",
    "a.b+c@sub.example.no",
    "x_y-z@a-b.co",
    "https://example.com/callback-url",
    "http://a-b.example.co:8080/x/y?q=1&r=2#f",
    "https://wp.frontpayment.no/?order_identifier=rRbl1FWZG59o&order_status=success",
    "SENT",
    "paid",
    "PARTIAL REFUNDED",
    "Refunded",
    "Kari Nordmann",
    "abc123",
    "ABC",
    "private",
    "9223372036854775807",
    "99999999999999999999",
    "00000000000",
    "98765432109",
    "10203040506",
    "55555555555",
];

const ALPHABET: &[char] = &[
    'a', 'Z', 'k', '0', '5', '9', ' ', '.', '-', '_', '@', ':', '/', '?', '#', '+', '%', '&', '=',
    '[', ']', '\n', '\t', '\0', '\u{b}', '\u{c}', 'æ', 'ſ', 'K', 'é', '😀', '\u{a0}', '(', '*',
    '\'', '"', ',', 'e', 'E', 'x', 'n', '-', '1', '2', '3', '7',
];

fn mutate(rng: &mut Rng, seed: &str) -> String {
    let mut chars: Vec<char> = seed.chars().collect();
    for _ in 0..=rng.below(3) {
        let at = rng.below(chars.len() + 1);
        let c = ALPHABET[rng.below(ALPHABET.len())];
        match rng.below(5) {
            0 if at < chars.len() => {
                chars.remove(at);
            }
            1 if at < chars.len() => chars[at] = c,
            2 if at < chars.len() => chars.insert(at, chars[at]),
            3 => chars.truncate(at),
            _ => chars.insert(at, c),
        }
    }
    chars.into_iter().collect()
}

fn compiled(field: &str, rules: &str) -> RuleSet {
    RuleSet::compile([(field, rules)]).expect("the table compiles")
}

/// The engine's verdict for `value` at `field`, the set compiled once.
fn passes(set: &RuleSet, field: &str, value: Value) -> bool {
    let mut payload = value;
    for segment in field.split('.').rev() {
        payload = if segment == "*" {
            json!([payload])
        } else {
            json!({ segment: payload })
        };
    }
    set.check(&payload, None).failures.is_empty()
}

fn js_matches(spec: &Strings, s: &str) -> bool {
    let Strings::Match { patterns, min, max } = spec else {
        return false;
    };
    let len = s.chars().count();
    len >= *min
        && max.is_none_or(|m| len <= m)
        && patterns.iter().all(|p| {
            let source = if p.flags == "i" {
                format!("(?i){}", p.source)
            } else {
                p.source.clone()
            };
            regex_lite::Regex::new(&source)
                .unwrap_or_else(|e| panic!("{source}: {e}"))
                .is_match(s)
        })
}

#[test]
fn strings_the_patterns_accept_pass_the_engine() {
    let mut rng = Rng(0x5eed_acce_97ab_1e55);
    let mut total_matched = 0;
    for (field, rules, spec) in distinct_fields() {
        if !matches!(spec.strings, Strings::Match { .. }) {
            continue;
        }
        let set = compiled(&field, &rules);
        let mut matched = 0;
        for i in 0..4000 {
            let seed = SEEDS[i % SEEDS.len()];
            let s = if i < SEEDS.len() {
                seed.to_string()
            } else {
                mutate(&mut rng, seed)
            };
            if crate::rules::php::trim(&s).is_empty() || !js_matches(&spec.strings, &s) {
                continue;
            }
            matched += 1;
            assert!(
                passes(&set, &field, json!(s)),
                "{field} ({rules}): the plan accepts {s:?}, the engine does not"
            );
        }
        assert!(
            matched >= 20 || rules.contains("regex:/^(SENT"),
            "{field} ({rules}): only {matched} samples matched"
        );
        total_matched += matched;
    }
    assert!(
        total_matched > 5000,
        "only {total_matched} matching samples"
    );
}

#[test]
fn numbers_the_plans_accept_pass_the_engine() {
    let mut rng = Rng(0x0dd_ba11_5eed);
    let mut samples: Vec<f64> = vec![0.0, -0.0, 1.0, -1.0, 0.5, 1e21, 1e300, -1e-300, 5e-324];
    samples.push(9_007_199_254_740_991.0);
    samples.push(-9_007_199_254_740_991.0);
    for _ in 0..300 {
        let bits = rng.next();
        let f = f64::from_bits(bits);
        if f.is_finite() {
            samples.push(f);
        }
        samples.push((rng.next() % 2_000_000) as f64 / 100.0 - 10_000.0);
        samples.push((rng.next() >> 11) as f64);
    }
    let mut checked = 0;
    for (field, rules, spec) in distinct_fields() {
        let set = compiled(&field, &rules);
        for &f in &samples {
            let accepted = match &spec.numbers {
                Numbers::Any => true,
                Numbers::SafeInt => f.fract() == 0.0 && f.abs() <= 9_007_199_254_740_991.0,
                Numbers::Set(items) => items.iter().any(|&n| n as f64 == f),
                Numbers::None => false,
            };
            if !accepted {
                continue;
            }
            // What JSON.stringify writes for the number, as serde_json reads it.
            let value: Value = if f == 0.0 {
                json!(0)
            } else if f.fract() == 0.0 && f.abs() < 1e21 {
                serde_json::from_str(&format!("{f:.0}")).unwrap_or(Value::Null)
            } else {
                json!(f)
            };
            checked += 1;
            assert!(
                passes(&set, &field, value.clone()),
                "{field} ({rules}): the plan accepts {value}, the engine does not"
            );
        }
    }
    assert!(checked > 1000, "only {checked} numbers checked");
}
