//! One field's rule string -> its TypeScript value type and the words of its doc comment.
//!
//! The mapping follows what Laravel 8 accepts for each rule, so a value the server accepts always
//! type-checks (the types may be wider than the rules, never narrower):
//! - `string`, `email`, `url`: `string` (Laravel's email and url checks fail on non-strings);
//! - `numeric`, `integer`: `number | string` (Laravel accepts numeric strings);
//! - `boolean`: `boolean | 0 | 1 | "0" | "1"` (Laravel's `validateBoolean` list);
//! - `in:a,b`: a union of literals, each number also as its string when the field is numeric;
//! - `date_format`, `digits`, `regex`, `size`, `max` alone: `string | number` (Laravel casts);
//! - no type rule at all: `unknown`.

use crate::endpoints::{rule_name, split_rules};

/// What the rules of one field say about presence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Presence {
    /// `required`: the field must be present and not null (Laravel's `required` fails on null).
    pub required: bool,
    /// `nullable`: null is accepted (only meaningful when not required).
    pub nullable: bool,
    /// Sentences for conditional rules (`required_if`, `required_with`, ...), for the doc comment.
    pub conditions: Vec<String>,
}

/// Reads the presence rules of a rule string.
pub fn presence(rules: &str) -> Presence {
    let mut out = Presence::default();
    for rule in split_rules(rules) {
        let params = rule.split_once(':').map_or("", |(_, p)| p);
        match rule_name(rule) {
            "required" => out.required = true,
            "nullable" => out.nullable = true,
            "required_if" => out.conditions.push(required_if(params)),
            "required_unless" => out
                .conditions
                .push(format!("Required unless {}.", is_one_of(params))),
            "required_with" => out
                .conditions
                .push(format!("Required when {} is present.", either(params))),
            "required_with_all" => out
                .conditions
                .push(format!("Required when {} are all present.", both(params))),
            "required_without" => out
                .conditions
                .push(format!("Required when {} is absent.", either(params))),
            "required_without_all" => out
                .conditions
                .push(format!("Required when {} are all absent.", both(params))),
            "sometimes" => out
                .conditions
                .push("Checked only when present.".to_string()),
            _ => {}
        }
    }
    out
}

fn required_if(params: &str) -> String {
    format!("Required when {}.", is_one_of(params))
}

/// `type,private,corporate` -> "`type` is \"private\" or \"corporate\"".
fn is_one_of(params: &str) -> String {
    let mut parts = params.split(',');
    let field = parts.next().unwrap_or_default();
    let values: Vec<String> = parts.map(|v| format!("\"{v}\"")).collect();
    format!("`{field}` is {}", values.join(" or "))
}

fn either(params: &str) -> String {
    fields(params).join(" or ")
}

fn both(params: &str) -> String {
    fields(params).join(" and ")
}

fn fields(params: &str) -> Vec<String> {
    params.split(',').map(|f| format!("`{f}`")).collect()
}

/// True when the rule string has the rule `name` (e.g. `array`).
pub fn has_rule(rules: &str, name: &str) -> bool {
    split_rules(rules).any(|rule| rule_name(rule) == name)
}

/// The TypeScript type of a scalar field's value (without `| null`), from its rules. `name` is the
/// field's last segment: a `tax` field's `in:` list is the documented default that the merchant's
/// `taxRates` option replaces (the validator's rule), so it is not narrowed to literals.
pub fn value_type(name: &str, rules: &str) -> String {
    let has = |n: &str| has_rule(rules, n);
    let numeric = has("numeric") || has("integer");
    if has("boolean") {
        return r#"boolean | 0 | 1 | "0" | "1""#.to_string();
    }
    if let Some(values) = split_rules(rules).find_map(|r| r.strip_prefix("in:")) {
        if !(name == "tax" && numeric) {
            return literals(values, numeric && !has("string"));
        }
    }
    if has("array") {
        return "readonly unknown[] | { readonly [key: string]: unknown }".to_string();
    }
    if has("string") || has("email") || has("url") {
        return "string".to_string();
    }
    if numeric {
        return "number | string".to_string();
    }
    let casts = [
        "date_format",
        "digits",
        "digits_between",
        "regex",
        "size",
        "max",
        "min",
    ];
    if casts.iter().any(|n| has(n)) {
        return "string | number".to_string();
    }
    "unknown".to_string()
}

/// `in:` values as TypeScript literals: strings, plus each number as a number for numeric fields.
fn literals(values: &str, numeric: bool) -> String {
    let mut out = Vec::new();
    for value in values.split(',') {
        if numeric && is_plain_number(value) {
            out.push(value.to_string());
        }
        out.push(string_literal(value));
    }
    out.join(" | ")
}

fn is_plain_number(value: &str) -> bool {
    let digits = value.strip_prefix('-').unwrap_or(value);
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().filter(|c| *c == '.').count() <= 1
        && !digits.starts_with('.')
        && !digits.ends_with('.')
        && (digits == "0" || !digits.starts_with('0') || digits.starts_with("0."))
}

/// A TypeScript string literal (JSON escaping is valid TypeScript).
pub fn string_literal(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_rules_map_to_what_laravel_accepts() {
        assert_eq!(value_type("name", "required|string"), "string");
        assert_eq!(value_type("rate", "required|numeric"), "number | string");
        assert_eq!(value_type("page", "nullable|integer"), "number | string");
        assert_eq!(
            value_type("x", "nullable|boolean"),
            r#"boolean | 0 | 1 | "0" | "1""#
        );
        assert_eq!(value_type("email", "required|email"), "string");
        assert_eq!(
            value_type("d", "nullable|date_format:Y-m-d"),
            "string | number"
        );
        assert_eq!(value_type("x", "required"), "unknown");
        assert_eq!(
            value_type("type", "required|string|in:private,corporate"),
            r#""private" | "corporate""#
        );
        assert_eq!(
            value_type("invoiceInterval", "nullable|numeric|in:0,1,2"),
            r#"0 | "0" | 1 | "1" | 2 | "2""#
        );
        // the merchant's taxRates replace a tax field's in: list, so it stays wide
        assert_eq!(
            value_type("tax", "required|numeric|in:0,12,15,25"),
            "number | string"
        );
        assert_eq!(value_type("id", "nullable|string|numeric"), "string");
    }

    #[test]
    fn presence_reads_required_nullable_and_conditions() {
        let p =
            presence(r"required_if:customerDetails.type,corporate|nullable|string|regex:/^\d+$/");
        assert!(!p.required && p.nullable);
        assert_eq!(
            p.conditions,
            ["Required when `customerDetails.type` is \"corporate\"."]
        );
        let p = presence("required_without:email|required_with:msisdn|nullable|string");
        assert_eq!(
            p.conditions,
            [
                "Required when `email` is absent.",
                "Required when `msisdn` is present."
            ]
        );
        assert!(presence("required|nullable|string").required);
    }

    #[test]
    fn literals_escape_and_numbers_are_plain() {
        assert_eq!(string_literal(r#"a"b\c"#), r#""a\"b\\c""#);
        assert!(is_plain_number("12") && is_plain_number("0") && is_plain_number("2.5"));
        assert!(!is_plain_number("012") && !is_plain_number("1e3") && !is_plain_number(""));
        assert!(!is_plain_number("PARTNER"));
    }
}
