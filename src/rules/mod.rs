//! The Laravel-compatible rule engine: interprets Laravel 8 rule strings over a JSON payload with
//! the semantics of `Illuminate\Validation\Validator` (the reference is its source, Debian's
//! php-illuminate-validation 8.83), and reports the failed `(field, rule)` pairs exactly as
//! `Validator::failed()` names them.
//!
//! - [`parse`]: rule strings -> [`Rule`]s (once per table).
//! - [`expand`]: `products.*.tax` -> `products.0.tax`, `products.1.tax` (Laravel's `data_set` +
//!   `Arr::dot` expansion, including the "missing leaf becomes null" behaviour).
//! - this module: the `passes()` loop with implicit rules, `nullable`, `sometimes`, `bail` and the
//!   "stop after a failed implicit rule" behaviour; [`checks`]: each rule.
//! - [`messages`]: the messages in en, no, sv, da, de.
//!
//! It knows nothing about endpoints: callers hand it `(field, rule string)` pairs.

pub mod checks;
pub mod date;
pub mod email;
pub mod expand;
pub mod messages;
pub mod parse;
pub mod pattern;
pub mod php;
pub mod url;

pub use parse::{Kind, ParseError, Rule};

use serde_json::Value;
use std::collections::HashMap;

/// One table field with its parsed rules.
#[derive(Debug, Clone)]
pub struct FieldRules {
    /// The field as written in the table (`products.*.tax`).
    pub field: String,
    pub segments: Vec<String>,
    pub rules: Vec<Rule>,
}

/// A compiled rule table: parse once, check many payloads.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub fields: Vec<FieldRules>,
}

/// A table field whose rule string cannot be interpreted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub field: String,
    pub error: ParseError,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "field `{}`: {}", self.field, self.error)
    }
}

/// One failed rule at one concrete field, as `Validator::failed()` reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// Concrete field path (`products.1.tax`).
    pub attribute: String,
    /// The table field it was expanded from (`products.*.tax`).
    pub field: String,
    pub kind: Kind,
    /// The rule's parameters after `*` replacement (`customerDetails.type`, `corporate`).
    pub params: Vec<String>,
    /// What the message needs to know about the value: size rules word it per type.
    pub size_type: checks::SizeType,
}

impl Failure {
    /// The rule name `Validator::failed()` uses.
    pub fn rule_name(&self) -> &'static str {
        self.kind.laravel_name()
    }
}

/// A rule only the server can check, at a concrete field that is present in the payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerOnly {
    pub attribute: String,
    /// The rule as written (`exists:orders,uuid`).
    pub rule: String,
}

/// Result of checking one payload.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    pub failures: Vec<Failure>,
    pub server_only: Vec<ServerOnly>,
}

/// Per-call replacement of a field's `in:` list (for example the merchant's tax rates).
pub type InOverride<'a> = &'a dyn Fn(&str) -> Option<&'a [String]>;

impl RuleSet {
    /// Parses `(field, rule string)` pairs. Fields listed twice have their rules merged, as PHP's
    /// rules array would.
    pub fn compile<'a>(fields: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<RuleSet, CompileError> {
        let mut out: Vec<FieldRules> = Vec::new();
        for (field, rules) in fields {
            let parsed = parse::parse_rules(rules).map_err(|error| CompileError { field: field.to_string(), error })?;
            for r in &parsed {
                if r.kind.is_dependent() {
                    let stars = field.matches('*').count();
                    if r.params.iter().any(|p| p.matches('*').count() > stars) {
                        return Err(CompileError {
                            field: field.to_string(),
                            error: ParseError { rule: r.raw.clone(), reason: "more `*` in the parameter than in the field".into() },
                        });
                    }
                }
            }
            match out.iter_mut().find(|f| f.field == field) {
                Some(existing) => existing.rules.extend(parsed),
                None => out.push(FieldRules {
                    field: field.to_string(),
                    segments: field.split('.').map(str::to_string).collect(),
                    rules: parsed,
                }),
            }
        }
        Ok(RuleSet { fields: out })
    }

    /// Checks `data` (the decoded JSON body) and returns the failures in Laravel's order.
    pub fn check(&self, data: &Value, in_override: Option<InOverride<'_>>) -> Outcome {
        // `$this->rules` after wildcard expansion: concrete attribute -> rules (merged), in order.
        let mut attributes: Vec<Attribute<'_>> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for (fi, f) in self.fields.iter().enumerate() {
            for concrete in expand::expand(&f.segments, data) {
                let name = concrete.segments.join(".");
                let slot = match index.get(&name) {
                    Some(&i) => i,
                    None => {
                        index.insert(name.clone(), attributes.len());
                        attributes.push(Attribute { name, segments: concrete.segments, keys: concrete.keys, rules: Vec::new() });
                        attributes.len() - 1
                    }
                };
                if let Some(a) = attributes.get_mut(slot) {
                    a.rules.extend(f.rules.iter().map(|r| (fi, r)));
                }
            }
        }
        let boolean_fields: HashMap<&str, bool> =
            attributes.iter().map(|a| (a.name.as_str(), a.rules.iter().any(|(_, r)| r.raw == "boolean"))).collect();
        let mut outcome = Outcome::default();
        for a in &attributes {
            self.check_attribute(a, data, &boolean_fields, in_override, &mut outcome);
        }
        outcome
    }

    fn check_attribute(
        &self,
        a: &Attribute<'_>,
        data: &Value,
        boolean_fields: &HashMap<&str, bool>,
        in_override: Option<InOverride<'_>>,
        outcome: &mut Outcome,
    ) {
        let has = |k: Kind| a.rules.iter().any(|(_, r)| r.kind == k);
        let flags = checks::Flags {
            numeric: has(Kind::Numeric) || has(Kind::Integer),
            array: has(Kind::Array),
            nullable: has(Kind::Nullable),
        };
        let has_implicit = a.rules.iter().any(|(_, r)| r.kind.is_implicit());
        let bail = has(Kind::Bail);
        let value = expand::get(data, &a.segments);
        let present = value.is_some();
        if has(Kind::Sometimes) && !present {
            return;
        }
        let mut failed: Vec<usize> = Vec::new();
        let start = outcome.failures.len();
        for &(fi, rule) in &a.rules {
            let field = self.fields.get(fi).map(|f| f.field.as_str()).unwrap_or("");
            if rule.kind == Kind::ServerOnly {
                if present {
                    outcome.server_only.push(ServerOnly { attribute: a.name.clone(), rule: rule.raw.clone() });
                }
                continue;
            }
            let implicit = rule.kind.is_implicit();
            // Validator::isValidatable
            let blank_string = matches!(value, Some(Value::String(s)) if php::trim(s).is_empty());
            let present_or_implicit = if blank_string { implicit } else { present || implicit };
            let not_null_if_nullable = implicit || !flags.nullable || !matches!(value, Some(Value::Null));
            if !(present_or_implicit && not_null_if_nullable) {
                continue;
            }
            let params: Vec<String> = if rule.kind.is_dependent() {
                rule.params.iter().map(|p| expand::replace_stars(p, &a.keys)).collect()
            } else if rule.kind == Kind::In {
                match in_override.and_then(|f| f(field)) {
                    Some(list) => list.to_vec(),
                    None => rule.params.clone(),
                }
            } else {
                rule.params.clone()
            };
            let ctx = checks::Ctx { data, value, flags, boolean_fields };
            if !checks::passes(rule, &params, &ctx) {
                if !failed.iter().any(|&i| outcome.failures.get(i).map(|f| f.kind) == Some(rule.kind)) {
                    failed.push(outcome.failures.len());
                    outcome.failures.push(Failure {
                        attribute: a.name.clone(),
                        field: field.to_string(),
                        kind: rule.kind,
                        params,
                        size_type: checks::size_type(value, flags),
                    });
                }
            }
            // Validator::shouldStopValidating
            let any_failed = outcome.failures.len() > start;
            if bail && any_failed {
                break;
            }
            if has_implicit && outcome.failures[start..].iter().any(|f| f.kind.is_implicit()) {
                break;
            }
        }
    }

    /// Every `(field, rule)` of the table that only the server can check.
    pub fn server_only_rules(&self) -> impl Iterator<Item = (&str, &str)> {
        self.fields
            .iter()
            .flat_map(|f| f.rules.iter().filter(|r| r.kind == Kind::ServerOnly).map(move |r| (f.field.as_str(), r.raw.as_str())))
    }
}

/// One concrete attribute with the rules of every table field that expanded to it.
struct Attribute<'a> {
    name: String,
    segments: Vec<String>,
    keys: Vec<String>,
    rules: Vec<(usize, &'a Rule)>,
}
