//! The acceptance plans of `validate()`'s JS fast path, generated from the compiled rule tables:
//! per endpoint, per body field (`*` for every element), what certainly passes every rule of the
//! field ([`derive::Spec`]), and which totals warnings the payload must be proven free of. The JS
//! interpreter (`pkg-template/lib/accept.js`) answers "certainly valid" only when every field's
//! value is in its spec and the totals are exact; otherwise the WebAssembly engine answers, as it
//! is the authority. Rust decides what is provable here; the JS only executes it.
//!
//! The output is committed as `pkg-template/lib/accept-plans.js`. The test
//! `generated_file_is_up_to_date` fails when it is stale; `FPGO_BLESS=1 cargo test -p fpgo --lib
//! accept` rewrites it. Only tests compile this module: nothing of it ships in the crate or the .wasm.

mod derive;
mod patterns;
#[cfg(test)]
mod tests;

use crate::endpoints::{self, Endpoint, Lines, Location};
use crate::rules::RuleSet;
use derive::{Condition, Numbers, Spec, Strings, When};
use std::fmt::Write;

/// Where the generated plans are committed, relative to the crate root.
pub const OUTPUT: &str = "pkg-template/lib/accept-plans.js";

const HEADER: &str = "\
// GENERATED from the endpoint tables and the rule engine by src/accept/: do not edit.
// `FPGO_BLESS=1 cargo test -p fpgo --lib accept` rewrites this file; the same test without
// FPGO_BLESS fails when it is stale. lib/accept.js reads it (format in its comments).
";

/// One endpoint's plan: its totals kind and its fields with their specs.
pub struct Plan {
    pub id: &'static str,
    pub totals: &'static str,
    pub fields: Vec<(String, Spec)>,
}

/// The totals the warnings check (`totals::payload_warnings`), as the JS knows them.
fn totals_kind(e: &Endpoint) -> &'static str {
    match e.body.as_ref().map_or(Lines::None, |r| r.lines) {
        Lines::Order | Lines::Subscription => "o",
        Lines::Reservation => "r",
        Lines::Charge => "c",
        Lines::PartialAmounts => "p",
        Lines::None => "",
    }
}

/// Whether two field patterns can name the same attribute (their rules would merge).
fn may_overlap(a: &str, b: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split('.').collect(), b.split('.').collect());
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(x, y)| x == y || *x == "*" || *y == "*")
}

/// The plan of one endpoint, or `None` when its table has a shape the interpreter does not walk:
/// overlapping patterns, a field listed twice, a numeric segment (a list index) or an empty one.
pub fn plan(e: &'static Endpoint) -> Option<Plan> {
    let fields: Vec<_> = e.fields_at(Location::Body).collect();
    let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
    for (i, a) in names.iter().enumerate() {
        let bad_segment = a
            .split('.')
            .any(|s| s.is_empty() || s == "__proto__" || s.bytes().all(|b| b.is_ascii_digit()));
        if bad_segment || names[i + 1..].iter().any(|b| may_overlap(a, b)) {
            return None;
        }
    }
    let set = RuleSet::compile(fields.iter().map(|f| (f.name, f.rules))).ok()?;
    let specs = set
        .fields
        .iter()
        .zip(&fields)
        .map(|(compiled, f)| (f.name.to_string(), derive::spec(compiled, f.rules)))
        .collect();
    Some(Plan {
        id: e.id,
        totals: totals_kind(e),
        fields: specs,
    })
}

/// Every endpoint's plan (those with a walkable table).
pub fn plans() -> Vec<Plan> {
    endpoints::all().filter_map(plan).collect()
}

fn json(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn json_list(items: &[String]) -> String {
    format!(
        "[{}]",
        items.iter().map(|s| json(s)).collect::<Vec<_>>().join(",")
    )
}

fn flag(b: bool) -> u8 {
    u8::from(b)
}

fn condition_js(c: &Condition) -> String {
    match c {
        Condition::NotIf {
            other,
            strings_except,
            null,
            true_,
            false_,
        } => format!(
            "[\"if\",{},{},{},{},{}]",
            json(other),
            strings_except.as_deref().map_or("null".into(), json_list),
            flag(*null),
            flag(*true_),
            flag(*false_)
        ),
        Condition::AllEmpty(paths) => format!("[\"w\",{}]", json_list(paths)),
        Condition::AllFilled(paths) => format!("[\"wo\",{}]", json_list(paths)),
    }
}

fn when_js(w: &When) -> Option<String> {
    match w {
        When::Never => None,
        When::Always => Some("1".into()),
        When::If(conditions) => Some(format!(
            "[{}]",
            conditions
                .iter()
                .map(condition_js)
                .collect::<Vec<_>>()
                .join(",")
        )),
    }
}

fn strings_js(s: &Strings) -> Option<String> {
    match s {
        Strings::None => None,
        Strings::Any => Some("1".into()),
        Strings::Set(items) => Some(format!("{{i:{}}}", json_list(items))),
        Strings::Match { patterns, min, max } => {
            // A pattern without flags is its source alone; the length bounds are left out when
            // they bound nothing ([0, null]).
            let r: Vec<String> = patterns
                .iter()
                .map(|p| match p.flags {
                    "" => json(&p.source),
                    flags => format!("[{},{}]", json(&p.source), json(flags)),
                })
                .collect();
            let bounds = match (min, max) {
                (0, None) => String::new(),
                (min, max) => format!(
                    ",l:[{min},{}]",
                    max.map_or("null".into(), |m| m.to_string())
                ),
            };
            Some(format!("{{r:[{}]{bounds}}}", r.join(",")))
        }
    }
}

fn numbers_js(n: &Numbers) -> Option<String> {
    match n {
        Numbers::None => None,
        Numbers::Any => Some("1".into()),
        Numbers::SafeInt => Some("\"k\"".into()),
        Numbers::Set(items) => Some(format!(
            "[{}]",
            items
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(",")
        )),
    }
}

/// A spec as a JS object literal (absent keys: never). When absent, null and blank pass on the same
/// conditions (most fields), they are written once as `w`.
fn spec_js(s: &Spec) -> String {
    let mut parts = Vec::new();
    let mut push = |key: &str, value: Option<String>| {
        if let Some(v) = value {
            parts.push(format!("{key}:{v}"));
        }
    };
    let (absent, null, blank) = (when_js(&s.absent), when_js(&s.null), when_js(&s.blank));
    if absent.is_some() && absent == null && absent == blank {
        push("w", absent);
    } else {
        push("a", absent);
        push("z", null);
        push("b", blank);
    }
    push("e", when_js(&s.empty));
    push("c", s.filled_container.then(|| "1".into()));
    push("s", strings_js(&s.strings));
    push("n", numbers_js(&s.numbers));
    push("f", s.false_.then(|| "1".into()));
    push("t", s.true_.then(|| "1".into()));
    push(
        "so",
        (!s.server_only.is_empty()).then(|| json_list(&s.server_only)),
    );
    format!("{{{}}}", parts.join(","))
}

/// One node of a plan's field tree: the spec index of the field it names (if it is one) and its
/// members by segment, in table order.
#[derive(Default)]
struct Node {
    spec: Option<usize>,
    kids: Vec<(String, Node)>,
}

impl Node {
    fn insert(&mut self, path: &str, spec: usize) {
        let mut node = self;
        for segment in path.split('.') {
            let at = match node.kids.iter().position(|(name, _)| name == segment) {
                Some(at) => at,
                None => {
                    node.kids.push((segment.to_string(), Node::default()));
                    node.kids.len() - 1
                }
            };
            node = &mut node.kids[at].1;
        }
        node.spec = Some(spec);
    }

    /// `{member: node, ...}`; a node is its spec index (a field with no members), its members'
    /// object (no field of its own) or `[index, {members}]`.
    fn members_js(&self) -> String {
        let members: Vec<String> = self
            .kids
            .iter()
            .map(|(name, kid)| format!("{}:{}", key_js(name), kid.node_js()))
            .collect();
        format!("{{{}}}", members.join(","))
    }

    fn node_js(&self) -> String {
        match (self.spec, self.kids.is_empty()) {
            (Some(index), true) => index.to_string(),
            (Some(index), false) => format!("[{index},{}]", self.members_js()),
            (None, _) => self.members_js(),
        }
    }
}

/// An object literal's key: bare when it is an identifier, quoted otherwise. (`__proto__`, which
/// would set the literal's prototype, is never a plan's segment: see [`plan`].)
fn key_js(name: &str) -> String {
    if crate::typescript::tree::is_identifier(name) {
        name.to_string()
    } else {
        json(name)
    }
}

/// The whole generated file: `SPECS` (each distinct spec once) and `PLANS` (id -> `[totals, field
/// tree]`, the tree's leaves indices into `SPECS`).
pub fn plans_js() -> String {
    let mut specs: Vec<String> = Vec::new();
    let mut out = String::from(HEADER);
    let mut plans_text = String::new();
    for p in plans() {
        let mut root = Node::default();
        for (name, spec) in &p.fields {
            let text = spec_js(spec);
            let index = specs.iter().position(|s| *s == text).unwrap_or_else(|| {
                specs.push(text);
                specs.len() - 1
            });
            root.insert(name, index);
        }
        let _ = writeln!(
            plans_text,
            "  {}: [{}, {}],",
            json(p.id),
            json(p.totals),
            root.members_js()
        );
    }
    // One function, called on the first fast-path attempt: importing an entry only pre-parses its
    // body, so the tables cost nothing to a process that never validates (start-up).
    out.push_str(
        "\n/** The tables, built on first use: `SPECS` (field specs, shared by the plans) and `PLANS`\n * (endpoint id -> [totals kind, field tree with indices into SPECS]). See lib/accept.js. */\nexport function acceptTables() {\n  const SPECS = [\n",
    );
    for s in &specs {
        let _ = writeln!(out, "    {s},");
    }
    out.push_str("  ];\n  const PLANS = {\n");
    for line in plans_text.lines() {
        let _ = writeln!(out, "  {line}");
    }
    out.push_str("  };\n  return { SPECS, PLANS };\n}\n");
    out
}
