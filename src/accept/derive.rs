//! One field's acceptance spec from its parsed rules: which values certainly pass every rule.
//!
//! Values fall in classes. For the finite ones (booleans, the items of an `in:` list, `0`/`1` of
//! `boolean`) the engine itself is asked, value by value, with the field alone: for a present,
//! non-empty value a field's verdict depends on that value only (the dependent `required_*` rules
//! pass when the field is filled), so that answer is exact. The infinite classes (strings of a
//! shape, any number) and the empty ones (absent, `null`, a blank string, an empty list) are
//! derived from the rules' semantics, conservatively; the tests check those against the engine.

use super::patterns::{self, Js};
use crate::rules::{FieldRules, Kind, Rule};
use crate::validate::{validate_with_rules, ValidateOptions};
use serde_json::{json, Value};

/// When an empty value (absent, `null`, blank, `[]`) passes: never, always, or when every
/// condition on other fields holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    Never,
    Always,
    If(Vec<Condition>),
}

/// A condition under which a dependent `required_*` rule does not require the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// `required_if:other,values`: `other` is absent, or one of the forms listed here.
    NotIf {
        other: String,
        /// A string other than these (byte comparison: no value is numeric, `true`, `false`,
        /// `null` or empty); `None`: no string qualifies.
        strings_except: Option<Vec<String>>,
        null: bool,
        true_: bool,
        false_: bool,
    },
    /// `required_with:fields`: every field is absent, `null` or a blank string.
    AllEmpty(Vec<String>),
    /// `required_without:fields`: every field is a non-blank string, a number or a boolean.
    AllFilled(Vec<String>),
}

/// Which non-blank strings certainly pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Strings {
    None,
    Any,
    /// Exactly these (each checked by the engine).
    Set(Vec<String>),
    /// Those matching every pattern, with a length in code points within the bounds.
    Match {
        patterns: Vec<Js>,
        min: usize,
        max: Option<usize>,
    },
}

/// Which JS numbers certainly pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Numbers {
    None,
    /// Any finite number.
    Any,
    /// Safe integers (`Number.isSafeInteger`).
    SafeInt,
    /// Exactly these (each checked by the engine).
    Set(Vec<i64>),
}

/// What certainly passes every rule of one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    pub absent: When,
    pub null: When,
    pub blank: When,
    /// An empty list or object.
    pub empty: When,
    /// A non-empty list or object.
    pub filled_container: bool,
    pub strings: Strings,
    pub numbers: Numbers,
    pub false_: bool,
    pub true_: bool,
    /// The server-only rules as written, reported when the field is present.
    pub server_only: Vec<String>,
}

/// Rules that never fail and change nothing but what is derived here.
fn neutral(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Nullable | Kind::Sometimes | Kind::Bail | Kind::ServerOnly
    )
}

/// The engine's verdict on `value` (`None`: absent) at `field` with its rules alone.
pub fn engine_passes(field: &str, rules: &str, value: Option<Value>) -> bool {
    let mut payload = value;
    for segment in field.split('.').rev() {
        payload = Some(match (segment, payload) {
            ("*", Some(v)) => json!([v]),
            ("*", None) => json!([]),
            (name, Some(v)) => json!({ name: v }),
            (_, None) => json!({}),
        });
    }
    let payload = payload.unwrap_or(Value::Null);
    validate_with_rules([(field, rules)], &payload, &ValidateOptions::default())
        .is_ok_and(|r| r.errors.is_empty())
}

/// The condition of one dependent rule, or `None` when the plan cannot state it (the field must
/// then be filled).
fn condition(rule: &Rule) -> Option<Condition> {
    let plain_path = |p: &str| {
        !p.is_empty()
            && p.split('.')
                .all(|s| !s.is_empty() && s != "*" && !s.bytes().all(|b| b.is_ascii_digit()))
    };
    let paths = || {
        rule.params
            .iter()
            .all(|p| plain_path(p))
            .then(|| rule.params.clone())
    };
    match rule.kind {
        Kind::RequiredIf => {
            let (other, values) = rule.params.split_first()?;
            if !plain_path(other) {
                return None;
            }
            let simple = values.iter().all(|v| {
                !v.is_empty()
                    && crate::rules::php::numeric_string(v).is_none()
                    && v != "true"
                    && v != "false"
                    && !v.eq_ignore_ascii_case("null")
            });
            Some(Condition::NotIf {
                other: other.clone(),
                strings_except: simple.then(|| values.to_vec()),
                null: !values.iter().any(|v| v.eq_ignore_ascii_case("null")),
                true_: !values.iter().any(|v| v == "true"),
                false_: !values.iter().any(|v| v == "false"),
            })
        }
        Kind::RequiredWith => paths().map(Condition::AllEmpty),
        Kind::RequiredWithout => paths().map(Condition::AllFilled),
        _ => None,
    }
}

/// When an empty value passes the implicit rules (`required` and the dependent ones).
fn implicit_when(rules: &[Rule]) -> When {
    let mut conditions = Vec::new();
    for r in rules.iter().filter(|r| r.kind.is_implicit()) {
        match condition(r) {
            Some(c) => conditions.push(c),
            None => return When::Never,
        }
    }
    if conditions.is_empty() {
        When::Always
    } else {
        When::If(conditions)
    }
}

/// Whether some rule is one the plan does not model at all (the field is then never accepted).
fn unsupported(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::RequiredUnless
            | Kind::RequiredWithAll
            | Kind::RequiredWithoutAll
            | Kind::Present
            | Kind::Filled
    )
}

/// The acceptance spec of one table field (`rules` is its rule string, for the engine).
pub fn spec(field: &FieldRules, rules: &str) -> Spec {
    let server_only: Vec<String> = field
        .rules
        .iter()
        .filter(|r| r.kind == Kind::ServerOnly)
        .map(|r| r.raw.clone())
        .collect();
    let never = Spec {
        absent: When::Never,
        null: When::Never,
        blank: When::Never,
        empty: When::Never,
        filled_container: false,
        strings: Strings::None,
        numbers: Numbers::None,
        false_: false,
        true_: false,
        server_only: server_only.clone(),
    };
    if field.rules.iter().any(|r| unsupported(r.kind)) {
        return never;
    }
    let has = |k: Kind| field.rules.iter().any(|r| r.kind == k);
    let value_rules: Vec<&Rule> = field
        .rules
        .iter()
        .filter(|r| !neutral(r.kind) && !r.kind.is_implicit())
        .collect();
    let implicit = implicit_when(&field.rules);
    let only_array = value_rules
        .iter()
        .all(|r| r.kind == Kind::Array && r.params.is_empty());
    let field_name = field.field.as_str();
    let accepts = |v: Value| engine_passes(field_name, rules, Some(v));
    Spec {
        absent: if has(Kind::Sometimes) {
            When::Always
        } else {
            implicit.clone()
        },
        null: if value_rules.is_empty() || has(Kind::Nullable) {
            implicit.clone()
        } else {
            When::Never
        },
        blank: implicit.clone(),
        empty: if only_array { implicit } else { When::Never },
        filled_container: only_array && accepts(json!([1])) && accepts(json!({"k": 1})),
        strings: strings(field, &value_rules, &accepts),
        numbers: numbers(&value_rules, &accepts),
        false_: accepts(json!(false)),
        true_: accepts(json!(true)),
        server_only,
    }
}

/// The items of an `in:` list, and for a `tax` field the default tax rates that replace it.
fn list_items(field: &FieldRules, rule: &Rule) -> Vec<String> {
    let mut items = rule.list.texts();
    if field.segments.last().is_some_and(|s| s == "tax") {
        items.extend(ValidateOptions::default().tax_rates);
    }
    items
}

fn strings(field: &FieldRules, value_rules: &[&Rule], accepts: &dyn Fn(Value) -> bool) -> Strings {
    if value_rules.is_empty() {
        return Strings::Any;
    }
    let numeric_flag = value_rules
        .iter()
        .any(|r| matches!(r.kind, Kind::Numeric | Kind::Integer));
    let mut candidates: Option<Vec<String>> = None;
    let mut patterns = Vec::new();
    let (mut min, mut max) = (0usize, None::<usize>);
    for r in value_rules {
        let bound = |i: usize| {
            r.params
                .get(i)
                .and_then(|p| p.parse::<usize>().ok())
                .filter(|_| !numeric_flag)
        };
        match r.kind {
            Kind::String => {}
            Kind::Numeric => patterns.push(patterns::numeric()),
            Kind::Integer => patterns.push(patterns::integer()),
            Kind::Email => {
                patterns.push(patterns::email());
                max = Some(max.map_or(254, |m| m.min(254)));
            }
            Kind::Url => {
                patterns.push(patterns::url());
                max = Some(max.map_or(2048, |m| m.min(2048)));
            }
            Kind::Boolean => candidates = Some(vec!["0".into(), "1".into()]),
            Kind::In => candidates = Some(list_items(field, r)),
            Kind::Digits => match bound(0).and_then(|n| u32::try_from(n).ok()) {
                Some(n) => patterns.push(patterns::digits(n)),
                None => return Strings::None,
            },
            Kind::Regex => match r.params.first().and_then(|p| patterns::table_regex(p)) {
                Some(js) => patterns.push(js),
                None => return Strings::None,
            },
            Kind::DateFormat => match r.params.as_slice() {
                [format] => match patterns::date_format(format) {
                    Some(js) => patterns.push(js),
                    None => return Strings::None,
                },
                _ => return Strings::None,
            },
            Kind::Size | Kind::Min | Kind::Max => {
                let Some(n) = bound(0) else {
                    return Strings::None;
                };
                if matches!(r.kind, Kind::Size | Kind::Min) {
                    min = min.max(n);
                }
                if matches!(r.kind, Kind::Size | Kind::Max) {
                    max = Some(max.map_or(n, |m| m.min(n)));
                }
            }
            _ => return Strings::None,
        }
    }
    if let Some(items) = candidates {
        let mut set: Vec<String> = items
            .into_iter()
            .filter(|s| !crate::rules::php::trim(s).is_empty())
            .filter(|s| accepts(Value::String(s.clone())))
            .collect();
        set.sort();
        set.dedup();
        return if set.is_empty() {
            Strings::None
        } else {
            Strings::Set(set)
        };
    }
    patterns.sort();
    patterns.dedup();
    if patterns.is_empty() && min == 0 && max.is_none() {
        return Strings::Any;
    }
    Strings::Match { patterns, min, max }
}

fn numbers(value_rules: &[&Rule], accepts: &dyn Fn(Value) -> bool) -> Numbers {
    if value_rules.is_empty() {
        return Numbers::Any;
    }
    let mut candidates: Option<Vec<i64>> = None;
    let mut safe_int = false;
    for r in value_rules {
        match r.kind {
            Kind::Numeric => {}
            Kind::Integer => safe_int = true,
            Kind::Boolean => candidates = Some(vec![0, 1]),
            Kind::In => {
                let mut ints: Vec<i64> = r
                    .list
                    .items
                    .iter()
                    .filter_map(|i| match i.num {
                        Some(crate::rules::php::Num::Int(n)) => Some(n),
                        _ => None,
                    })
                    .collect();
                // A `tax` field's list is replaced by the default rates: the engine filters.
                ints.extend([0, 12, 15, 25]);
                candidates = Some(ints);
            }
            _ => return Numbers::None,
        }
    }
    if let Some(items) = candidates {
        const SAFE: i64 = (1 << 53) - 1;
        let mut set: Vec<i64> = items
            .into_iter()
            .filter(|n| n.abs() <= SAFE && accepts(json!(n)))
            .collect();
        set.sort_unstable();
        set.dedup();
        return if set.is_empty() {
            Numbers::None
        } else {
            Numbers::Set(set)
        };
    }
    if safe_int {
        Numbers::SafeInt
    } else {
        Numbers::Any
    }
}
