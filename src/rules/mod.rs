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
    /// Some two fields may expand to the same attribute (their rules then merge).
    overlapping: bool,
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
        let overlapping = out
            .iter()
            .enumerate()
            .any(|(i, a)| out.iter().skip(i + 1).any(|b| may_overlap(&a.segments, &b.segments)));
        Ok(RuleSet { fields: out, overlapping })
    }

    /// Checks `data` (the decoded JSON body) and returns the failures in Laravel's order.
    pub fn check(&self, data: &Value, in_override: Option<InOverride<'_>>) -> Outcome {
        // `$this->rules` after wildcard expansion: concrete attribute -> rules, in order. Two table
        // fields can only expand to the same attribute when their patterns overlap (`a.*`, `a.0`):
        // then their rules merge, as in PHP's array; otherwise no index is needed.
        let mut attributes: Vec<Attribute<'_>> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for (fi, f) in self.fields.iter().enumerate() {
            for concrete in expand::expand(&f.segments, data) {
                if self.overlapping {
                    let name = concrete.name();
                    if let Some(&i) = index.get(&name) {
                        if let Some(a) = attributes.get_mut(i) {
                            a.rules.extend(f.rules.iter().map(|r| (fi, r)));
                        }
                        continue;
                    }
                    index.insert(name, attributes.len());
                }
                attributes.push(Attribute { concrete, rules: f.rules.iter().map(|r| (fi, r)).collect() });
            }
        }
        let mut outcome = Outcome::default();
        for a in &attributes {
            self.check_attribute(a, data, &attributes, in_override, &mut outcome);
        }
        outcome
    }

    fn check_attribute(
        &self,
        a: &Attribute<'_>,
        data: &Value,
        all: &[Attribute<'_>],
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
        let value = expand::get(data, &a.concrete.segments);
        let present = value.is_some();
        if has(Kind::Sometimes) && !present {
            return;
        }
        // `shouldConvertToBoolean($other)`: the other attribute's rules contain the literal `boolean`.
        let is_boolean_field = |name: &str| {
            all.iter().any(|o| o.rules.iter().any(|(_, r)| r.raw == "boolean") && segments_equal(&o.concrete.segments, name))
        };
        let start = outcome.failures.len();
        for &(fi, rule) in &a.rules {
            let field = self.fields.get(fi).map(|f| f.field.as_str()).unwrap_or("");
            if rule.kind == Kind::ServerOnly {
                if present {
                    outcome.server_only.push(ServerOnly { attribute: a.concrete.name(), rule: rule.raw.clone() });
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
            let replaced: Vec<String>;
            let params: &[String] = if rule.kind.is_dependent() && !a.concrete.stars.is_empty() {
                let keys = a.concrete.keys();
                replaced = rule.params.iter().map(|p| expand::replace_stars(p, &keys)).collect();
                &replaced
            } else if rule.kind == Kind::In {
                match in_override.and_then(|f| f(field)) {
                    Some(list) => list,
                    None => &rule.params,
                }
            } else {
                &rule.params
            };
            let ctx = checks::Ctx { data, value, flags, is_boolean_field: &is_boolean_field };
            let already = outcome.failures.get(start..).unwrap_or(&[]).iter().any(|f| f.kind == rule.kind);
            if !checks::passes(rule, params, &ctx) && !already {
                outcome.failures.push(Failure {
                    attribute: a.concrete.name(),
                    field: field.to_string(),
                    kind: rule.kind,
                    params: params.to_vec(),
                    size_type: checks::size_type(value, flags),
                });
            }
            // Validator::shouldStopValidating
            let mine = outcome.failures.get(start..).unwrap_or(&[]);
            if bail && !mine.is_empty() {
                break;
            }
            if has_implicit && mine.iter().any(|f| f.kind.is_implicit()) {
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
    concrete: expand::Concrete<'a>,
    rules: Vec<(usize, &'a Rule)>,
}

/// Whether `segments` joined with `.` equal `name`, without building the string.
fn segments_equal<S: AsRef<str>>(segments: &[S], name: &str) -> bool {
    let mut parts = name.split('.');
    segments.iter().all(|s| parts.next() == Some(s.as_ref())) && parts.next().is_none()
}

/// Whether two field patterns can expand to the same concrete attribute.
fn may_overlap(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y || x == "*" || y == "*")
}
