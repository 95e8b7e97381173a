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
pub mod unicode;
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
    /// What the rule list says, computed once (`hasRule` lookups of the Validator).
    flags: FieldFlags,
}

/// The `hasRule(...)` answers the `passes()` loop needs, per field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct FieldFlags {
    numeric: bool,
    array: bool,
    nullable: bool,
    sometimes: bool,
    bail: bool,
    implicit: bool,
    /// The rule list holds the literal `boolean` (`shouldConvertToBoolean`).
    boolean_literal: bool,
    wildcard: bool,
}

impl FieldFlags {
    fn of(segments: &[String], rules: &[Rule]) -> FieldFlags {
        let has = |k: Kind| rules.iter().any(|r| r.kind == k);
        FieldFlags {
            numeric: has(Kind::Numeric) || has(Kind::Integer),
            array: has(Kind::Array),
            nullable: has(Kind::Nullable),
            sometimes: has(Kind::Sometimes),
            bail: has(Kind::Bail),
            implicit: rules.iter().any(|r| r.kind.is_implicit()),
            boolean_literal: rules.iter().any(|r| r.raw == "boolean"),
            wildcard: segments.iter().any(|s| s == "*"),
        }
    }

    fn or(self, o: FieldFlags) -> FieldFlags {
        FieldFlags {
            numeric: self.numeric || o.numeric,
            array: self.array || o.array,
            nullable: self.nullable || o.nullable,
            sometimes: self.sometimes || o.sometimes,
            bail: self.bail || o.bail,
            implicit: self.implicit || o.implicit,
            boolean_literal: self.boolean_literal || o.boolean_literal,
            wildcard: self.wildcard || o.wildcard,
        }
    }
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
                    flags: FieldFlags::default(),
                }),
            }
        }
        for f in &mut out {
            f.flags = FieldFlags::of(&f.segments, &f.rules);
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
        let mut attributes: Vec<Attribute<'_>> = Vec::with_capacity(self.fields.len());
        let mut index: HashMap<String, usize> = HashMap::new();
        for (fi, f) in self.fields.iter().enumerate() {
            let paths: Vec<AttrPath<'_>> = if f.flags.wildcard {
                expand::expand(&f.segments, data).into_iter().map(AttrPath::Expanded).collect()
            } else {
                vec![AttrPath::Plain(&f.segments)]
            };
            for path in paths {
                if self.overlapping {
                    let name = path.name();
                    if let Some(&i) = index.get(&name) {
                        if let Some(a) = attributes.get_mut(i) {
                            a.more.push(fi);
                            a.flags = a.flags.or(f.flags);
                        }
                        continue;
                    }
                    index.insert(name, attributes.len());
                }
                attributes.push(Attribute { path, first: fi, more: Vec::new(), flags: f.flags });
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
        let flags = checks::Flags { numeric: a.flags.numeric, array: a.flags.array, nullable: a.flags.nullable };
        let value = a.path.get(data);
        let present = value.is_some();
        if a.flags.sometimes && !present {
            return;
        }
        // `shouldConvertToBoolean($other)`: the other attribute's rules contain the literal `boolean`.
        let is_boolean_field = |name: &str| all.iter().any(|o| o.flags.boolean_literal && o.path.is_named(name));
        let start = outcome.failures.len();
        let rules = std::iter::once(a.first)
            .chain(a.more.iter().copied())
            .flat_map(|fi| self.fields.get(fi).into_iter().flat_map(move |f| f.rules.iter().map(move |r| (f, r))));
        for (f, rule) in rules {
            if rule.kind == Kind::ServerOnly {
                if present {
                    outcome.server_only.push(ServerOnly { attribute: a.path.name(), rule: rule.raw.clone() });
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
            let params: &[String] = match &a.path {
                AttrPath::Expanded(c) if rule.kind.is_dependent() => {
                    let keys = c.keys();
                    replaced = rule.params.iter().map(|p| expand::replace_stars(p, &keys)).collect();
                    &replaced
                }
                _ if rule.kind == Kind::In => match in_override.and_then(|o| o(&f.field)) {
                    Some(list) => list,
                    None => &rule.params,
                },
                _ => &rule.params,
            };
            let ctx = checks::Ctx { data, value, flags, is_boolean_field: &is_boolean_field };
            if !checks::passes(rule, params, &ctx) {
                let already = outcome.failures.get(start..).unwrap_or(&[]).iter().any(|x| x.kind == rule.kind);
                if !already {
                    outcome.failures.push(Failure {
                        attribute: a.path.name(),
                        field: f.field.clone(),
                        kind: rule.kind,
                        params: params.to_vec(),
                        size_type: checks::size_type(flags),
                    });
                }
            }
            // Validator::shouldStopValidating
            let mine = outcome.failures.get(start..).unwrap_or(&[]);
            if a.flags.bail && !mine.is_empty() {
                break;
            }
            if a.flags.implicit && mine.iter().any(|x| x.kind.is_implicit()) {
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

/// One concrete attribute and the table fields whose rules apply to it (usually one).
struct Attribute<'a> {
    path: AttrPath<'a>,
    first: usize,
    more: Vec<usize>,
    flags: FieldFlags,
}

/// A concrete attribute's path: a field without `*` is its own path (no allocation).
enum AttrPath<'a> {
    Plain(&'a [String]),
    Expanded(expand::Concrete<'a>),
}

impl AttrPath<'_> {
    fn get<'v>(&self, data: &'v Value) -> Option<&'v Value> {
        match self {
            AttrPath::Plain(s) => expand::get(data, s),
            AttrPath::Expanded(c) => expand::get(data, &c.segments),
        }
    }

    fn name(&self) -> String {
        match self {
            AttrPath::Plain(s) => s.join("."),
            AttrPath::Expanded(c) => c.name(),
        }
    }

    fn is_named(&self, name: &str) -> bool {
        match self {
            AttrPath::Plain(s) => segments_equal(s, name),
            AttrPath::Expanded(c) => segments_equal(&c.segments, name),
        }
    }
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
