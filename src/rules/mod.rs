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
#[cfg(any(test, target_arch = "wasm32"))]
pub(crate) mod codec;
pub mod date;
pub mod email;
pub mod expand;
mod ip;
pub mod messages;
pub mod parse;
pub mod pattern;
pub mod php;
pub mod unicode;
pub mod url;

pub use parse::{Kind, ParseError, Rule};

use expand::Key;

use serde_json::Value;

/// One table field with its parsed rules.
#[derive(Debug, Clone)]
pub struct FieldRules {
    /// The field as written in the table (`products.*.tax`).
    pub field: String,
    pub segments: Vec<String>,
    pub rules: Vec<Rule>,
    /// What the rule list says, computed once (`hasRule` lookups of the Validator).
    flags: FieldFlags,
    /// Neither this field nor the one before it has a `*`, and both have the same parent
    /// (`customerDetails.name` after `customerDetails.email`): the parent is looked up once.
    shares_parent: bool,
    /// Some `required_if`/`required_unless` of this field names a field that may carry the literal
    /// `boolean` (else `shouldConvertToBoolean` is known to be false without looking).
    other_may_be_boolean: bool,
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
    /// The value shapes on which no rule of the list can fail or add a server-only entry (see
    /// [`skips_on`]): the attribute is done without looking at its rules.
    skip_on: u16,
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
            skip_on: rules
                .iter()
                .fold(u16::MAX, |on, r| on & skips_on(r.kind, has(Kind::Nullable))),
        }
    }

    /// The flags, a field's `shares_parent` and `other_may_be_boolean` as one number (the
    /// build-time tables store it: `codec`): the answers in bits 0-9, `skip_on` above them.
    #[cfg(test)]
    fn pack(self, shares_parent: bool, other_may_be_boolean: bool) -> u32 {
        let bits = [
            self.numeric,
            self.array,
            self.nullable,
            self.sometimes,
            self.bail,
            self.implicit,
            self.boolean_literal,
            self.wildcard,
            shares_parent,
            other_may_be_boolean,
        ];
        let answers = bits
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | u32::from(b) << i);
        // `skip_on`'s bits above the nine shapes are all set (a list of `nullable`, `sometimes`
        // and `bail` only) or all clear: one bit for them keeps the number in three bytes.
        let low = u32::from(self.skip_on & SHAPES);
        answers | low << 10 | u32::from(self.skip_on & !SHAPES != 0) << 19
    }

    /// What [`FieldFlags::pack`] packed: the flags, `shares_parent`, `other_may_be_boolean`.
    #[cfg(any(test, target_arch = "wasm32"))]
    fn unpack(packed: u32) -> (FieldFlags, bool, bool) {
        let bit = |i: u32| packed >> i & 1 != 0;
        let high = if bit(19) { !SHAPES } else { 0 };
        let flags = FieldFlags {
            numeric: bit(0),
            array: bit(1),
            nullable: bit(2),
            sometimes: bit(3),
            bail: bit(4),
            implicit: bit(5),
            boolean_literal: bit(6),
            wildcard: bit(7),
            skip_on: (packed >> 10) as u16 & SHAPES | high,
        };
        (flags, bit(8), bit(9))
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
            // Merged rule lists: done early only where each list is.
            skip_on: self.skip_on & o.skip_on,
        }
    }
}

/// A compiled rule table: parse once, check many payloads.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    /// The table's fields with their parsed rules, in table order.
    pub fields: Vec<FieldRules>,
    /// Some two fields may expand to the same attribute (their rules then merge).
    overlapping: bool,
    /// The fields whose rules hold the literal `boolean` (for `required_if`'s conversions).
    boolean_fields: Vec<usize>,
}

/// A table field whose rule string cannot be interpreted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    /// The field's name in the table.
    pub field: String,
    /// What is wrong with its rule string.
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

/// At most this many failures (and as many server-only entries) are collected per check: a 1 MB
/// payload of `{"products":[0,0,...]}` would otherwise make half a million of them.
pub const MAX_FAILURES: usize = 1000;

/// Result of checking one payload.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    /// In Laravel's order: table order with wildcard expansion, then rule order.
    pub failures: Vec<Failure>,
    pub server_only: Vec<ServerOnly>,
    /// More failures than the limit exist: checking stopped at the first one beyond it.
    pub truncated: bool,
}

/// Per-call replacement of a field's `in:` list (for example the merchant's tax rates).
pub type InOverride<'a> = &'a dyn Fn(&str) -> Option<&'a checks::InList>;

impl RuleSet {
    /// Parses `(field, rule string)` pairs. Fields listed twice have their rules merged, as PHP's
    /// rules array would.
    pub fn compile<'a>(
        fields: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<RuleSet, CompileError> {
        let mut out: Vec<(String, Vec<Rule>)> = Vec::new();
        for (field, rules) in fields {
            let parsed = parse::parse_rules(rules).map_err(|error| CompileError {
                field: field.to_string(),
                error,
            })?;
            for r in &parsed {
                if r.kind.is_dependent() {
                    let stars = field.matches('*').count();
                    if r.params.iter().any(|p| p.matches('*').count() > stars) {
                        return Err(CompileError {
                            field: field.to_string(),
                            error: ParseError {
                                rule: r.raw.clone(),
                                reason: "more `*` in the parameter than in the field".into(),
                            },
                        });
                    }
                }
            }
            match out.iter_mut().find(|(f, _)| f == field) {
                Some((_, existing)) => existing.extend(parsed),
                None => out.push((field.to_string(), parsed)),
            }
        }
        Ok(RuleSet::assemble(out))
    }

    /// The set of these fields (each listed once, with its rules in order) and what is computed
    /// once from them (flags, shared parents, overlaps, the `boolean` fields): the one place both
    /// [`RuleSet::compile`] and the decoder of the build-time tables (`codec`) make a set.
    pub(crate) fn assemble(fields: Vec<(String, Vec<Rule>)>) -> RuleSet {
        let mut out: Vec<FieldRules> = fields
            .into_iter()
            .map(|(field, rules)| {
                let segments = split_owned(&field, '.');
                FieldRules {
                    flags: FieldFlags::of(&segments, &rules),
                    field,
                    segments,
                    rules,
                    shares_parent: false,
                    other_may_be_boolean: false,
                }
            })
            .collect();
        for i in 1..out.len() {
            fn parent(f: &FieldRules) -> Option<&[String]> {
                (!f.flags.wildcard && f.segments.len() >= 2)
                    .then(|| &f.segments[..f.segments.len() - 1])
            }
            let shared =
                matches!((parent(&out[i - 1]), parent(&out[i])), (Some(a), Some(b)) if a == b);
            out[i].shares_parent = shared;
        }
        let overlapping = out.iter().enumerate().any(|(i, a)| {
            out.iter()
                .skip(i + 1)
                .any(|b| may_overlap(&a.segments, &b.segments))
        });
        let boolean_fields: Vec<usize> = out
            .iter()
            .enumerate()
            .filter(|(_, f)| f.flags.boolean_literal)
            .map(|(i, _)| i)
            .collect();
        let boolean_segments: Vec<Vec<String>> = boolean_fields
            .iter()
            .map(|&i| out[i].segments.clone())
            .collect();
        for f in &mut out {
            f.other_may_be_boolean = f
                .rules
                .iter()
                .filter(|r| matches!(r.kind, Kind::RequiredIf | Kind::RequiredUnless))
                .any(|r| {
                    let other: Vec<String> = r
                        .params
                        .first()
                        .map_or_else(Vec::new, |p| split_owned(p, '.'));
                    boolean_segments.iter().any(|b| may_overlap(b, &other))
                });
        }
        RuleSet {
            fields: out,
            overlapping,
            boolean_fields,
        }
    }

    /// A set from its fields with what [`RuleSet::assemble`] computes already computed (the
    /// build-time tables store it: `codec`), so that the WebAssembly modules need no
    /// `assemble`. `packed` is [`FieldFlags::pack`]'s number per field.
    #[cfg(any(test, target_arch = "wasm32"))]
    pub(crate) fn from_parts(fields: Vec<(String, Vec<Rule>, u32)>, overlapping: bool) -> RuleSet {
        let mut out = Vec::with_capacity(fields.len());
        let mut boolean_fields = Vec::new();
        for (field, rules, packed) in fields {
            let (flags, shares_parent, other_may_be_boolean) = FieldFlags::unpack(packed);
            if flags.boolean_literal {
                boolean_fields.push(out.len());
            }
            out.push(FieldRules {
                segments: split_owned(&field, '.'),
                field,
                rules,
                flags,
                shares_parent,
                other_may_be_boolean,
            });
        }
        RuleSet {
            fields: out,
            overlapping,
            boolean_fields,
        }
    }

    /// [`FieldFlags::pack`] of each field and whether fields overlap: what
    /// [`RuleSet::from_parts`] is given back.
    #[cfg(test)]
    pub(crate) fn parts(&self) -> (Vec<u32>, bool) {
        let packed = self
            .fields
            .iter()
            .map(|f| f.flags.pack(f.shares_parent, f.other_may_be_boolean))
            .collect();
        (packed, self.overlapping)
    }

    /// Checks `data` (the decoded JSON body) and returns the failures in Laravel's order, at most
    /// [`MAX_FAILURES`] of them.
    pub fn check(&self, data: &Value, in_override: Option<InOverride<'_>>) -> Outcome {
        let mut run = Run {
            set: self,
            data,
            in_override,
            outcome: Outcome::default(),
        };
        if self.overlapping {
            run.merged();
        } else {
            run.streamed();
        }
        run.outcome
    }

    /// Whether the concrete attribute `name` has the literal `boolean` among its rules
    /// (`shouldConvertToBoolean`): some field with it expands to `name` in `data`.
    fn is_boolean_field(&self, data: &Value, name: &str) -> bool {
        self.boolean_fields
            .iter()
            .filter_map(|&i| self.fields.get(i))
            .any(|f| expand::expands_to(&f.segments, data, name))
    }

    /// Every `(field, rule)` of the table that only the server can check.
    pub fn server_only_rules(&self) -> impl Iterator<Item = (&str, &str)> {
        self.fields.iter().flat_map(|f| {
            f.rules
                .iter()
                .filter(|r| r.kind == Kind::ServerOnly)
                .map(move |r| (f.field.as_str(), r.raw.as_str()))
        })
    }
}

/// One check of one payload: Laravel's `passes()` loop.
struct Run<'d, 'o> {
    set: &'d RuleSet,
    data: &'d Value,
    in_override: Option<InOverride<'o>>,
    outcome: Outcome,
}

/// A concrete attribute: its path, the positions of the `*`s in it, and the table fields whose rules
/// apply to it (one, unless two patterns expand to the same attribute).
struct Attribute<'p, 'k> {
    /// Empty for a field without `*` (its name is `plain`: no path is built for it).
    path: &'p [Key<'k>],
    /// The field's name as written, when it has no `*` (then it is the attribute's name).
    plain: Option<&'p str>,
    stars: &'p [usize],
    fields: &'p [usize],
    flags: FieldFlags,
}

impl Attribute<'_, '_> {
    /// The dotted name (`products.1.tax`), built only for a failure or a server-only entry.
    fn name(&self) -> String {
        match self.plain {
            Some(name) => name.to_string(),
            None => expand::path_name(self.path),
        }
    }
}

/// Attribute name -> its place in `merged`'s list. Natively a `HashMap` with std's random keys
/// (object keys under a wildcard come from the payload: no hash flooding); in WebAssembly an
/// IndexMap with the issue maps' hasher, whose table code the modules carry already (a `HashMap`
/// of its own was 1 KB more), where std has no random source anyway (wasm32-unknown-unknown's
/// keys are two allocation addresses).
#[cfg(not(target_arch = "wasm32"))]
type PathIndex = std::collections::HashMap<String, usize>;
#[cfg(target_arch = "wasm32")]
type PathIndex = indexmap::IndexMap<String, usize, crate::validate::IssueHasher>;

impl<'d> Run<'d, '_> {
    /// No two fields expand to the same attribute: each field's attributes are checked as the
    /// expansion visits them, with no list of attributes built.
    fn streamed(&mut self) {
        let set = self.set;
        let data = self.data;
        let (mut path, mut stars) = (Vec::with_capacity(8), Vec::with_capacity(2));
        let mut parent: Option<&'d Value> = None;
        for (fi, f) in set.fields.iter().enumerate() {
            let fields = [fi];
            if let (false, Some((last, init))) = (f.flags.wildcard, f.segments.split_last()) {
                if !f.shares_parent {
                    parent = expand::get(data, init);
                }
                let value = parent.and_then(|p| expand::child(p, last));
                self.attribute(
                    &Attribute {
                        path: &[],
                        plain: Some(&f.field),
                        stars: &[],
                        fields: &fields,
                        flags: f.flags,
                    },
                    value,
                );
                if self.outcome.truncated {
                    break;
                }
                continue;
            }
            let go_on = expand::for_each(
                &f.segments,
                data,
                &mut path,
                &mut stars,
                &mut |p: &[Key<'d>], st: &[usize], value| {
                    self.attribute(
                        &Attribute {
                            path: p,
                            plain: None,
                            stars: st,
                            fields: &fields,
                            flags: f.flags,
                        },
                        value,
                    );
                    !self.outcome.truncated
                },
            );
            if !go_on {
                break;
            }
        }
    }

    /// Some patterns overlap (`a.*`, `a.0`): `$this->rules` after expansion is built first, the rules
    /// of fields expanding to one attribute merged in the order PHP's array gets them.
    fn merged(&mut self) {
        struct Merged<'k> {
            path: Vec<Key<'k>>,
            stars: Vec<usize>,
            fields: Vec<usize>,
            flags: FieldFlags,
            value: Option<&'k Value>,
        }
        let set = self.set;
        let data = self.data;
        let mut attributes: Vec<Merged<'d>> = Vec::new();
        let mut index = PathIndex::default();
        let (mut path, mut stars) = (Vec::new(), Vec::new());
        for (fi, f) in set.fields.iter().enumerate() {
            expand::for_each(
                &f.segments,
                data,
                &mut path,
                &mut stars,
                &mut |p: &[Key<'d>], st: &[usize], value| {
                    let name = expand::path_name(p);
                    match index.get(&name).and_then(|&i| attributes.get_mut(i)) {
                        Some(a) => {
                            a.fields.push(fi);
                            a.flags = a.flags.or(f.flags);
                        }
                        None => {
                            index.insert(name, attributes.len());
                            attributes.push(Merged {
                                path: p.to_vec(),
                                stars: st.to_vec(),
                                fields: vec![fi],
                                flags: f.flags,
                                value,
                            });
                        }
                    }
                    true
                },
            );
        }
        for a in &attributes {
            self.attribute(
                &Attribute {
                    path: &a.path,
                    plain: None,
                    stars: &a.stars,
                    fields: &a.fields,
                    flags: a.flags,
                },
                a.value,
            );
            if self.outcome.truncated {
                break;
            }
        }
    }

    /// The rules of one attribute, in order, with Laravel's skipping and stopping.
    fn attribute(&mut self, a: &Attribute<'_, '_>, value: Option<&'d Value>) {
        let set = self.set;
        let data = self.data;
        let flags = checks::Flags {
            numeric: a.flags.numeric,
            array: a.flags.array,
            nullable: a.flags.nullable,
        };
        let present = value.is_some();
        if a.flags.sometimes && !present {
            return;
        }
        // Validator::isValidatable, the parts that do not depend on the rule: a missing value and a
        // blank string are checked by the implicit rules only, and so is `null` under `nullable`.
        let shape = shape_of(value);
        if a.flags.skip_on & shape != 0 {
            return;
        }
        let implicit_only = shape & (MISSING | BLANK) != 0 || (flags.nullable && shape == NULL);
        // Asked by `required_if`/`required_unless` only.
        let is_boolean_field = |name: &str| {
            a.fields
                .iter()
                .filter_map(|&fi| set.fields.get(fi))
                .any(|f| f.other_may_be_boolean)
                && set.is_boolean_field(data, name)
        };
        // The kinds that failed at this attribute so far, one bit each (`Validator::failed()` keeps
        // one entry per rule name).
        let mut failed_kinds: u64 = 0;
        let fields = a.fields.iter().filter_map(|&fi| set.fields.get(fi));
        'rules: for f in fields {
            for rule in &f.rules {
                let kind = rule.kind;
                // A rule that passes changes nothing below: the ones that pass on any value of
                // this shape (`required|string` on a non-blank string) are not looked at.
                if passes_on(kind) & shape != 0 {
                    continue;
                }
                if kind == Kind::ServerOnly {
                    if present {
                        if self.outcome.server_only.len() >= MAX_FAILURES {
                            self.outcome.truncated = true;
                            return;
                        }
                        self.outcome.server_only.push(ServerOnly {
                            attribute: a.name(),
                            rule: rule.raw.clone(),
                        });
                    }
                    continue;
                }
                let implicit = kind.is_implicit();
                if implicit_only && !implicit {
                    continue;
                }
                let replaced: Vec<String>;
                let (params, param_paths): (&[String], _) =
                    if kind.is_dependent() && !a.stars.is_empty() {
                        replaced = rule
                            .params
                            .iter()
                            .map(|p| expand::replace_star_keys(p, a.path, a.stars))
                            .collect();
                        (&replaced, None)
                    } else {
                        (&rule.params, Some(rule.param_paths.as_slice()))
                    };
                let in_list = match kind {
                    Kind::In => self.in_override.and_then(|o| o(&f.field)),
                    _ => None,
                };
                let ctx = checks::Ctx {
                    data,
                    value,
                    flags,
                    is_boolean_field: &is_boolean_field,
                    in_list,
                    param_paths,
                };
                if checks::passes(rule, params, &ctx) {
                    continue;
                }
                let bit = kind_bit(kind);
                if failed_kinds & bit != 0 {
                    // Reported already; and the stops below were decided when it was.
                    continue;
                }
                if self.outcome.failures.len() >= MAX_FAILURES {
                    self.outcome.truncated = true;
                    return;
                }
                failed_kinds |= bit;
                self.outcome.failures.push(Failure {
                    attribute: a.name(),
                    field: f.field.clone(),
                    kind,
                    params: in_list.map_or_else(|| params.to_vec(), checks::InList::texts),
                    size_type: checks::size_type(flags),
                });
                // Validator::shouldStopValidating: `bail` after any failure, and every attribute
                // with an implicit rule after an implicit one failed. Both can only become true
                // when a failure is added, so they are checked here only.
                if a.flags.bail || implicit {
                    break 'rules;
                }
            }
        }
    }
}

// The shapes of a value, one bit each, for `passes_on`.
const MISSING: u16 = 1;
const NULL: u16 = 1 << 1;
const BOOL: u16 = 1 << 2;
/// A JSON number that is an `i64` (PHP's int).
const INT: u16 = 1 << 3;
/// Any other JSON number (a float to PHP).
const OTHER_NUMBER: u16 = 1 << 4;
/// A string that PHP's `trim()` empties.
const BLANK: u16 = 1 << 5;
const NON_BLANK: u16 = 1 << 6;
const LIST: u16 = 1 << 7;
const OBJECT: u16 = 1 << 8;
const PRESENT: u16 = !MISSING;
/// Every shape's bit.
#[cfg(any(test, target_arch = "wasm32"))]
const SHAPES: u16 = (1 << 9) - 1;

/// The shape of a value (`None`: missing).
fn shape_of(value: Option<&Value>) -> u16 {
    match value {
        None => MISSING,
        Some(Value::Null) => NULL,
        Some(Value::Bool(_)) => BOOL,
        Some(Value::Number(n)) if n.is_i64() => INT,
        Some(Value::Number(_)) => OTHER_NUMBER,
        Some(Value::String(s)) if php::is_blank(s) => BLANK,
        Some(Value::String(_)) => NON_BLANK,
        Some(Value::Array(_)) => LIST,
        Some(Value::Object(_)) => OBJECT,
    }
}

/// The shapes on which `checks::passes` is `true` for this kind whatever the value and the rest of
/// the payload (a subset: `numeric` on a numeric string is left to the check). Tested against
/// `checks::passes` for every kind and shape.
fn passes_on(kind: Kind) -> u16 {
    match kind {
        Kind::Nullable | Kind::Sometimes | Kind::Bail => u16::MAX,
        // The `required_*` rules pass whenever `required` does, whatever the other fields hold.
        Kind::Required
        | Kind::RequiredIf
        | Kind::RequiredUnless
        | Kind::RequiredWith
        | Kind::RequiredWithAll
        | Kind::RequiredWithout
        | Kind::RequiredWithoutAll => BOOL | INT | OTHER_NUMBER | NON_BLANK,
        Kind::Present => PRESENT,
        Kind::Filled => MISSING | BOOL | INT | OTHER_NUMBER | NON_BLANK,
        Kind::String => BLANK | NON_BLANK,
        Kind::Numeric => INT | OTHER_NUMBER,
        Kind::Integer => INT,
        Kind::Boolean => BOOL,
        _ => 0,
    }
}

/// The shapes on which a rule of a field's list neither fails nor adds a server-only entry: where
/// its check passes ([`passes_on`]), and where the loop does not run it (a non-implicit rule on a
/// missing value or a blank string, and on `null` when the list has `nullable`; a server-only rule
/// on a missing value).
fn skips_on(kind: Kind, nullable: bool) -> u16 {
    let not_run = match kind {
        Kind::ServerOnly => MISSING,
        _ if kind.is_implicit() => 0,
        _ if nullable => MISSING | BLANK | NULL,
        _ => MISSING | BLANK,
    };
    passes_on(kind) | not_run
}

/// One bit per rule kind (for the kinds failed at one attribute).
fn kind_bit(kind: Kind) -> u64 {
    1u64 << (kind as u32)
}

// `Kind::ServerOnly` is the last kind: every kind has a bit of a `u64`.
const _: () = assert!((Kind::ServerOnly as u32) < 64);

/// `text` split on `sep` into owned pieces (field segments, parameter paths, `in:` parameters):
/// one body in the module for the tables' decoder and compiler, which split in several places.
#[inline(never)]
pub(crate) fn split_owned(text: &str, sep: char) -> Vec<String> {
    text.split(sep).map(str::to_string).collect()
}

/// Whether two field patterns can expand to the same concrete attribute.
fn may_overlap(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y || x == "*" || y == "*")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Every kind the loop skips on a shape passes `checks::passes` there, for values of every
    /// shape and every combination of the flags the checks read.
    #[test]
    fn rules_skipped_by_shape_pass_their_check() {
        let values = [
            None,
            Some(json!(null)),
            Some(json!(true)),
            Some(json!(false)),
            Some(json!(0)),
            Some(json!(-5)),
            Some(json!(i64::MAX)),
            Some(json!(u64::MAX)),
            Some(json!(1.5)),
            Some(json!(1e300)),
            Some(json!("")),
            Some(json!(" \t\0")),
            Some(json!("a")),
            Some(json!("0")),
            Some(json!(" x ")),
            Some(json!("1e3")),
            Some(json!([])),
            Some(json!([1])),
            Some(json!({})),
            Some(json!({"a": 1})),
        ];
        let rules = parse::parse_rules(
            "required|nullable|sometimes|bail|present|filled|string|numeric|integer|boolean|array|\
             email|url|in:0,1|not_in:0|size:1|min:1|max:1|between:0,1|digits:1|digits_between:1,2|\
             regex:/^a$/",
        )
        .unwrap();
        let more = parse::parse_rules(
            "not_regex:/^a$/|date_format:U|required_if:b,1|required_unless:b,1|required_with:b|\
             required_with_all:b|required_without:b|required_without_all:b|exists:t,c",
        )
        .unwrap();
        let data = json!({"b": 1});
        let mut skipped = 0;
        for rule in rules.iter().chain(&more) {
            for value in &values {
                if passes_on(rule.kind) & shape_of(value.as_ref()) == 0 {
                    continue;
                }
                skipped += 1;
                for bits in 0..8u8 {
                    let ctx = checks::Ctx {
                        data: &data,
                        value: value.as_ref(),
                        flags: checks::Flags {
                            numeric: bits & 1 != 0,
                            array: bits & 2 != 0,
                            nullable: bits & 4 != 0,
                        },
                        is_boolean_field: &|_| false,
                        in_list: None,
                        param_paths: None,
                    };
                    assert!(
                        checks::passes(rule, &rule.params, &ctx),
                        "{} on {value:?}",
                        rule.raw
                    );
                }
            }
        }
        assert!(skipped > 40, "{skipped}");
    }

    /// A field done early by its shape has no failure and no server-only entry when its rules run.
    #[test]
    fn fields_skipped_by_shape_have_nothing_to_report() {
        let lists = [
            "required|string",
            "nullable|string",
            "string",
            "required|numeric",
            "nullable|numeric|in:0,1",
            "nullable|boolean",
            "required|boolean",
            "sometimes|integer",
            "required_without:g|nullable|string",
            "required_if:g,1|nullable|string",
            "required_with:g|string",
            "present|nullable",
            "filled|string",
            "nullable|exists:t,c",
            "string|unique:t,c",
            "nullable|email",
            "array",
            "",
        ];
        let values = [
            json!(null),
            json!(true),
            json!(0),
            json!(u64::MAX),
            json!(2.5),
            json!(""),
            json!(" "),
            json!("a"),
            json!("1"),
            json!([]),
            json!({}),
        ];
        let mut skipped = 0;
        for list in lists {
            let set = RuleSet::compile([("f", list)]).unwrap();
            let flags = set
                .fields
                .first()
                .map_or(FieldFlags::default(), |f| f.flags);
            let cases = values
                .iter()
                .map(|v| json!({"f": v, "g": 1}))
                .chain([json!({"g": 1})]);
            for data in cases {
                if flags.skip_on & shape_of(data.get("f")) == 0 {
                    continue;
                }
                skipped += 1;
                // The same rules through the loop, without the early stop.
                let mut full = set.clone();
                full.fields.iter_mut().for_each(|f| f.flags.skip_on = 0);
                let outcome = full.check(&data, None);
                assert!(
                    outcome.failures.is_empty() && outcome.server_only.is_empty(),
                    "{list} on {data}: {outcome:?}"
                );
                assert_eq!(set.check(&data, None), outcome);
            }
        }
        assert!(skipped > 60, "{skipped}");
    }

    /// The shapes cover every value once: blank strings are the ones `trim()` empties.
    #[test]
    fn shapes_are_exclusive() {
        assert_eq!(shape_of(None), MISSING);
        assert_eq!(shape_of(Some(&json!(" \n"))), BLANK);
        assert_eq!(shape_of(Some(&json!("\u{a0}"))), NON_BLANK);
        assert_eq!(shape_of(Some(&json!(u64::MAX))), OTHER_NUMBER);
        assert_eq!(shape_of(Some(&json!(-1))), INT);
        for v in [json!(null), json!(1), json!("a"), json!([]), json!({})] {
            assert_eq!(shape_of(Some(&v)).count_ones(), 1);
        }
    }
}
