//! Each rule's check, transcribed from `Illuminate\Validation\Concerns\ValidatesAttributes` (8.83).
//! `value` is `None` when the field is missing (PHP sees `null`).

use super::expand::get_dotted;
use super::parse::{Kind, Rule};
use super::php::{self, Num, Param};
use serde_json::Value;
use std::cmp::Ordering;

/// What the attribute's rule list says about how to read its value.
#[derive(Debug, Clone, Copy, Default)]
pub struct Flags {
    /// Has `numeric` or `integer`: sizes of numeric values are the values themselves.
    pub numeric: bool,
    /// Has `array`: `in` checks each element.
    pub array: bool,
    pub nullable: bool,
}

/// How size rules measured the value (and so how their message is worded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeType {
    Numeric,
    String,
    Array,
}

pub struct Ctx<'a> {
    pub data: &'a Value,
    pub value: Option<&'a Value>,
    pub flags: Flags,
    /// Whether a concrete attribute's rule list contains the literal `boolean` (`shouldConvertToBoolean`).
    pub is_boolean_field: &'a dyn Fn(&str) -> bool,
    /// A per-call replacement of an `in:` list (the merchant's tax rates), else the rule's own.
    pub in_list: Option<&'a InList>,
    /// The rule's parameters split on `.` ([`Rule::param_paths`]) when they are the parameters
    /// checked (no `*` replaced); `None` makes the checks split the names themselves.
    pub param_paths: Option<&'a [Vec<String>]>,
}

impl<'a> Ctx<'a> {
    /// `Arr::get($data, $params[i])`: through the pre-split path when there is one.
    fn other(&self, i: usize, name: &str) -> Option<&'a Value> {
        match self.param_paths.and_then(|p| p.get(i)) {
            Some(path) => super::expand::get(self.data, path),
            None => get_dotted(self.data, name),
        }
    }
}

/// One item of an `in:` list: its text and, when it is a numeric string, its number (PHP 8's
/// `==` compares two numeric strings as numbers, anything else as bytes).
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    pub text: String,
    pub num: Option<Num>,
}

/// An `in:`/`not_in:` list read once, so that a check parses the value once and no item again.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InList {
    pub items: Vec<ListItem>,
}

impl InList {
    /// Reads each item's numeric form (`php::numeric_string`).
    pub fn new<S: AsRef<str>>(items: &[S]) -> InList {
        InList {
            items: items
                .iter()
                .map(|t| ListItem {
                    text: t.as_ref().to_string(),
                    num: php::numeric_string(t.as_ref()),
                })
                .collect(),
        }
    }

    /// The items' texts (the rule's parameters, for messages).
    pub fn texts(&self) -> Vec<String> {
        self.items.iter().map(|i| i.text.clone()).collect()
    }

    /// Whether `(string) $value == item` (PHP 8 loose) for some item.
    fn loosely_contains(&self, v: &Value) -> bool {
        // Equal texts are equally numeric, so a numeric cast only ever equals a numeric item, and a
        // non-numeric one only an item of the same bytes.
        if let Some(num) = php::cast_numeric(v) {
            return self.items.iter().any(|item| {
                item.num
                    .is_some_and(|b| num.compare(b) == Some(Ordering::Equal))
            });
        }
        let Some(text) = php::to_php_string(v) else {
            return false;
        };
        self.items.iter().any(|item| *item.text == *text)
    }

    /// Whether `(string) $value === item` for some item (`array_diff`).
    fn strictly_contains(&self, v: &Value) -> bool {
        php::to_php_string(v).is_some_and(|s| self.items.iter().any(|i| *i.text == *s))
    }
}

/// `getAttributeType`: the wording of size messages follows the rules (`numeric`/`integer`, then
/// `array`), not the value.
pub fn size_type(flags: Flags) -> SizeType {
    if flags.numeric {
        SizeType::Numeric
    } else if flags.array {
        SizeType::Array
    } else {
        SizeType::String
    }
}

const NULL: Value = Value::Null;

/// `validateRequired`.
pub fn required(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => false,
        Some(Value::String(s)) => !php::is_blank(s),
        Some(v) if php::is_array(v) => php::count(v) > 0,
        Some(_) => true,
    }
}

/// `getSize`.
fn size(value: &Value, flags: Flags) -> Num {
    if flags.numeric {
        if let Some(n) = php::numeric(value) {
            return n;
        }
    }
    if php::is_array(value) {
        return Num::Int(php::count(value) as i64);
    }
    Num::Int(php::mb_strlen(value) as i64)
}

fn cmp(a: Num, b: Num) -> Option<Ordering> {
    a.compare(b)
}

/// Laravel's `preg_match('/[^0-9]/', $value)` precondition of `digits` and its length.
fn digit_string(value: &Value) -> Option<usize> {
    let s = php::to_php_string(value)?;
    s.bytes().all(|b| b.is_ascii_digit()).then_some(s.len())
}

fn all_failing_required(ctx: &Ctx<'_>, keys: &[String]) -> bool {
    keys.iter()
        .enumerate()
        .all(|(i, k)| !required(ctx.other(i, k)))
}

fn any_failing_required(ctx: &Ctx<'_>, keys: &[String]) -> bool {
    keys.iter()
        .enumerate()
        .any(|(i, k)| !required(ctx.other(i, k)))
}

/// `parseDependentRuleParameters` + `in_array($other, $values, is_bool($other) || is_null($other))`.
fn other_matches(params: &[String], ctx: &Ctx<'_>) -> bool {
    let Some((other_name, values)) = params.split_first() else {
        return false;
    };
    let other = ctx.other(0, other_name).unwrap_or(&NULL);
    let to_bool = other.is_boolean() || (ctx.is_boolean_field)(other_name);
    values.iter().any(|v| {
        let param = if to_bool && v == "true" {
            Param::Bool(true)
        } else if to_bool && v == "false" {
            Param::Bool(false)
        } else if other.is_null() && v.eq_ignore_ascii_case("null") {
            Param::Null
        } else {
            Param::Str(v)
        };
        php::dependent_param_matches(other, &param)
    })
}

/// `array_diff($value, $list)` is empty, for an array without nested arrays (which fail at once).
fn all_listed<'v>(elems: impl Iterator<Item = &'v Value> + Clone, list: &InList) -> bool {
    !elems.clone().any(php::is_array) && elems.into_iter().all(|e| list.strictly_contains(e))
}

/// `validateIn`: with the `array` rule every element must be listed (`array_diff` compares
/// `(string) $a === (string) $b`); otherwise a scalar's string cast is compared loosely (`in_array`).
fn in_list(v: &Value, list: &InList, flags: Flags) -> bool {
    if php::is_array(v) && flags.array {
        return match v {
            Value::Array(a) => all_listed(a.iter(), list),
            Value::Object(o) => all_listed(o.values(), list),
            _ => false,
        };
    }
    if php::is_array(v) {
        return false;
    }
    list.loosely_contains(v)
}

/// Whether `rule` (with `params`, after `*` replacement) passes.
pub fn passes(rule: &Rule, params: &[String], ctx: &Ctx<'_>) -> bool {
    let value = ctx.value;
    let v = value.unwrap_or(&NULL);
    match rule.kind {
        Kind::Required => required(value),
        Kind::Nullable | Kind::Sometimes | Kind::Bail | Kind::ServerOnly => true,
        Kind::Present => value.is_some(),
        Kind::Filled => value.is_none() || required(value),
        Kind::String => v.is_string(),
        Kind::Numeric => match v {
            Value::Number(_) => true,
            Value::String(s) => php::is_numeric_string(s),
            _ => false,
        },
        Kind::Integer => php::filter_int(v),
        Kind::Boolean => match v {
            Value::Bool(_) => true,
            Value::Number(n) => matches!(php::json_number(n), Num::Int(0 | 1)),
            Value::String(s) => s == "0" || s == "1",
            _ => false,
        },
        Kind::Array => match v {
            Value::Array(a) => {
                params.is_empty()
                    || a.is_empty()
                    || (0..a.len()).all(|i| {
                        let mut digits = [0; 20];
                        let index = crate::text::u64_digits(i as u64, &mut digits);
                        params.iter().any(|p| p == index)
                    })
            }
            Value::Object(o) => params.is_empty() || o.keys().all(|k| params.contains(k)),
            _ => false,
        },
        Kind::Email => v.as_str().is_some_and(super::email::is_email),
        Kind::Url => v.as_str().is_some_and(super::url::is_url),
        // validateNotIn is `! validateIn(...)`, arrays included.
        Kind::In => in_list(v, ctx.in_list.unwrap_or(&rule.list), ctx.flags),
        Kind::NotIn => !in_list(v, ctx.in_list.unwrap_or(&rule.list), ctx.flags),
        Kind::Size | Kind::Min | Kind::Max | Kind::Between => {
            let n = size(v, ctx.flags);
            let b = &rule.bounds;
            let (Some(&first), second) = (b.first(), b.get(1).copied()) else {
                return false;
            };
            match rule.kind {
                Kind::Size => cmp(n, first) == Some(Ordering::Equal),
                Kind::Min => matches!(cmp(n, first), Some(Ordering::Greater | Ordering::Equal)),
                Kind::Max => matches!(cmp(n, first), Some(Ordering::Less | Ordering::Equal)),
                _ => {
                    let Some(second) = second else { return false };
                    matches!(cmp(n, first), Some(Ordering::Greater | Ordering::Equal))
                        && matches!(cmp(n, second), Some(Ordering::Less | Ordering::Equal))
                }
            }
        }
        Kind::Digits | Kind::DigitsBetween => {
            let Some(len) = digit_string(v) else {
                return false;
            };
            let len = Num::Int(len as i64);
            let b = &rule.bounds;
            match (rule.kind, b.first(), b.get(1)) {
                (Kind::Digits, Some(&d), _) => cmp(len, d) == Some(Ordering::Equal),
                (Kind::DigitsBetween, Some(&lo), Some(&hi)) => {
                    matches!(cmp(len, lo), Some(Ordering::Greater | Ordering::Equal))
                        && matches!(cmp(len, hi), Some(Ordering::Less | Ordering::Equal))
                }
                _ => false,
            }
        }
        Kind::Regex | Kind::NotRegex => {
            if !v.is_string() && php::numeric(v).is_none() {
                return false;
            }
            let Some(s) = php::to_php_string(v) else {
                return false;
            };
            let Some(p) = &rule.pcre else { return false };
            p.is_match(&s) == (rule.kind == Kind::Regex)
        }
        Kind::DateFormat => {
            if !v.is_string() && php::numeric(v).is_none() {
                return false;
            }
            let Some(s) = php::to_php_string(v) else {
                return false;
            };
            params.iter().any(|f| super::date::matches(f, &s))
        }
        Kind::RequiredIf => {
            let Some(other) = params.first() else {
                return true;
            };
            if ctx.other(0, other).is_none() {
                return true;
            }
            !other_matches(params, ctx) || required(value)
        }
        Kind::RequiredUnless => other_matches(params, ctx) || required(value),
        Kind::RequiredWith => all_failing_required(ctx, params) || required(value),
        Kind::RequiredWithAll => any_failing_required(ctx, params) || required(value),
        Kind::RequiredWithout => !any_failing_required(ctx, params) || required(value),
        Kind::RequiredWithoutAll => !all_failing_required(ctx, params) || required(value),
    }
}
