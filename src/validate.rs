//! `validate(endpoint_id, payload, options)`: the server-parity verdicts of the rule engine
//! (Laravel's rules, reimplemented) over an endpoint's table ([`crate::endpoints`]), plus warnings
//! for checks the server does not document (totals, from [`crate::totals`]).
//!
//! Conventions: the rule tables are compiled once per endpoint (on first use) and cached (the
//! WebAssembly modules decode them, compiled at build time: `validate/tables.rs`); the merchant's tax rates
//! ([`ValidateOptions::tax_rates`]) replace the `in:` list of every field whose last segment is
//! `tax` (`products.*.tax`), because the documents allow "other configuration" (002:29).

use crate::endpoints::{self, Endpoint};
use crate::rules::checks::InList;
use crate::rules::messages::{self, Attributes};
use crate::rules::{self, RuleSet};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

mod options;
pub mod payload;
#[cfg(any(test, target_arch = "wasm32"))]
mod tables;
pub use options::OptionsError;

/// The message language (one type for the whole crate, defined with the messages).
pub use crate::rules::messages::Lang;

/// One failed rule at one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// The rule name as Laravel's `Validator::failed()` reports it (`Required`, `In`, ...), or, for
    /// warnings, the name of our own check.
    pub rule: String,
    /// Human-readable message in the requested language.
    pub message: String,
}

/// Field path with concrete indices (`products.1.tax`) -> the rules it failed, in rule order. The
/// fields are in Laravel's order (`$validator->errors()->all()`: table order with wildcard
/// expansion), which is also the order of the live server's message array. An ordered map (it
/// derefs to [`indexmap::IndexMap`]); its hasher has no state, which keeps the map (and every
/// error type carrying two of them) small; at most a thousand errors are ever collected.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct IssueMap(indexmap::IndexMap<String, Vec<Issue>, IssueHasher>);

/// The stateless hasher of [`IssueMap`].
pub type IssueHasher = std::hash::BuildHasherDefault<std::collections::hash_map::DefaultHasher>;

impl IssueMap {
    /// An empty map (allocates nothing).
    pub fn new() -> IssueMap {
        IssueMap::default()
    }
}

impl std::ops::Deref for IssueMap {
    type Target = indexmap::IndexMap<String, Vec<Issue>, IssueHasher>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for IssueMap {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl IntoIterator for IssueMap {
    type Item = (String, Vec<Issue>);
    type IntoIter = indexmap::map::IntoIter<String, Vec<Issue>>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a IssueMap {
    type Item = (&'a String, &'a Vec<Issue>);
    type IntoIter = indexmap::map::Iter<'a, String, Vec<Issue>>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl FromIterator<(String, Vec<Issue>)> for IssueMap {
    fn from_iter<I: IntoIterator<Item = (String, Vec<Issue>)>>(iter: I) -> IssueMap {
        IssueMap(iter.into_iter().collect())
    }
}

/// The outcome of validating one payload.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// `true` when `errors` is empty (warnings do not make a payload invalid).
    pub valid: bool,
    /// The failed rules per field, in Laravel's order, as the server reports them.
    pub errors: IssueMap,
    /// Checks the server does not document (totals, line counts), per field: never make the
    /// payload invalid.
    pub warnings: IssueMap,
    /// Rules only the server can check (`exists:`, `unique:`), per present field: not checked here,
    /// so a payload can be `valid` and still be rejected for them.
    pub server_only: BTreeMap<String, Vec<String>>,
    /// Checking stopped after 1,000 errors (the engine's bound on work): `errors` holds the first
    /// ones only, and `warnings` is empty (not computed).
    pub truncated: bool,
}

/// Options for [`validate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidateOptions {
    /// The language of the messages.
    pub lang: Lang,
    /// The merchant's configured VAT rates, as decimal strings; the documents' set by default.
    pub tax_rates: Vec<String>,
    /// Custom attribute names for messages, as Laravel's: field or table pattern -> name
    /// (`{"customerDetails.personalNumber": "Personal number"}`); read with
    /// [`ValidateOptions::from_json`].
    pub attributes: Attributes,
}

impl Default for ValidateOptions {
    fn default() -> Self {
        ValidateOptions {
            lang: Lang::En,
            tax_rates: ["0", "12", "15", "25"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            attributes: Attributes::new(),
        }
    }
}

/// Why validation could not run at all (as opposed to a payload that fails its rules).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ValidateError {
    /// No endpoint has this id.
    UnknownEndpoint {
        /// The id as given.
        id: String,
    },
    /// An endpoint table holds a rule the engine cannot interpret (a defect, caught by the tests).
    InvalidRuleTable {
        /// The endpoint's id.
        id: String,
        /// The field whose rule string is wrong.
        field: String,
        /// Why it cannot be interpreted.
        reason: String,
    },
}

impl ValidateError {
    /// The message of the error (its `Display` text), written without `core::fmt`: the JSON
    /// answers of the WebAssembly modules use it too.
    pub fn message(&self) -> String {
        match self {
            ValidateError::UnknownEndpoint { id } => {
                crate::text::concat(&["unknown endpoint id `", id, "`"])
            }
            ValidateError::InvalidRuleTable { id, field, reason } => crate::text::concat(&[
                "endpoint `",
                id,
                "`: the rule of `",
                field,
                "` cannot be interpreted: ",
                reason,
            ]),
        }
    }
}

impl std::fmt::Display for ValidateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ValidateError {}

impl ValidateError {
    /// The stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
            ValidateError::UnknownEndpoint { .. } => "unknown_endpoint",
            ValidateError::InvalidRuleTable { .. } => "invalid_rule_table",
        }
    }
}

/// An endpoint's tables, parsed once.
struct Compiled {
    body: RuleSet,
    path: RuleSet,
    query: RuleSet,
}

#[cfg(not(target_arch = "wasm32"))]
fn compile_at(e: &Endpoint, at: endpoints::Location) -> Result<RuleSet, ValidateError> {
    RuleSet::compile(e.fields_at(at).map(|f| (f.name, f.rules))).map_err(|err| {
        ValidateError::InvalidRuleTable {
            id: e.id.to_string(),
            field: err.field,
            reason: err.error.to_string(),
        }
    })
}

/// Native builds parse the endpoint's rule strings (the reference compiler).
#[cfg(not(target_arch = "wasm32"))]
fn compile(_position: usize, e: &Endpoint) -> Result<Compiled, ValidateError> {
    Ok(Compiled {
        body: compile_at(e, endpoints::Location::Body)?,
        path: compile_at(e, endpoints::Location::Path)?,
        query: compile_at(e, endpoints::Location::Query)?,
    })
}

/// The WebAssembly modules decode the sets compiled at build time (`tables`): no rule-string
/// parser in the .wasm. `position` is the endpoint's index in [`endpoints::all`].
#[cfg(target_arch = "wasm32")]
fn compile(position: usize, e: &Endpoint) -> Result<Compiled, ValidateError> {
    let decoded = tables::built().and_then(|t| t.sets(position, e));
    let [body, path, query] = decoded.map_err(|err| ValidateError::InvalidRuleTable {
        id: e.id.to_string(),
        field: String::new(),
        reason: err.0.to_string(),
    })?;
    Ok(Compiled { body, path, query })
}

/// Each endpoint's compiled tables, compiled on its first use (so that the first call of one
/// endpoint does not pay for all 52) and kept for the life of the process, in the order of
/// [`endpoints::all`]. The id is found by a scan of the 52 ids (length first, then bytes): cheaper
/// than hashing it, and no hash map code in the module for it.
fn cache() -> &'static [OnceLock<Result<Compiled, ValidateError>>] {
    static CACHE: [OnceLock<Result<Compiled, ValidateError>>; endpoints::COUNT] =
        [const { OnceLock::new() }; endpoints::COUNT];
    &CACHE
}

fn compiled(endpoint_id: &str) -> Result<&'static Compiled, ValidateError> {
    let found = endpoints::all()
        .enumerate()
        .find(|(_, e)| e.id == endpoint_id)
        .and_then(|(i, e)| cache().get(i).map(|cell| (i, e, cell)));
    let Some((position, endpoint, cell)) = found else {
        return Err(ValidateError::UnknownEndpoint {
            id: endpoint_id.to_string(),
        });
    };
    match cell.get_or_init(|| compile(position, endpoint)) {
        Ok(c) => Ok(c),
        Err(e) => Err(e.clone()),
    }
}

/// The `in:` list of the tax fields for these options: the documents' default list is read once.
fn tax_list(tax_rates: &[String]) -> std::borrow::Cow<'static, InList> {
    static DEFAULT: OnceLock<InList> = OnceLock::new();
    let default = DEFAULT.get_or_init(|| InList::new(&ValidateOptions::default().tax_rates));
    if default
        .items
        .iter()
        .map(|i| i.text.as_str())
        .eq(tax_rates.iter().map(String::as_str))
    {
        std::borrow::Cow::Borrowed(default)
    } else {
        std::borrow::Cow::Owned(InList::new(tax_rates))
    }
}

/// Runs one rule set and adds its failures to the report.
fn run(set: &RuleSet, data: &serde_json::Value, options: &ValidateOptions, report: &mut Report) {
    let taxes = std::cell::OnceCell::new();
    let tax_override = |field: &str| -> Option<&InList> {
        // The last segment is `tax` (`products.*.tax`): no splitting, this runs per `in:` rule.
        (field == "tax" || field.ends_with(".tax"))
            .then(|| &**taxes.get_or_init(|| tax_list(&options.tax_rates)))
    };
    let outcome = set.check(data, Some(&tax_override));
    report.truncated |= outcome.truncated;
    if !outcome.failures.is_empty() {
        let fields = set.fields.iter().map(|f| f.field.as_str());
        let format = messages::Formatter::new(options.lang, data, fields, &options.attributes);
        for f in &outcome.failures {
            report
                .errors
                .entry(f.attribute.clone())
                .or_default()
                .push(Issue {
                    rule: f.rule_name().to_string(),
                    message: format.message(f),
                });
        }
    }
    for s in outcome.server_only {
        report
            .server_only
            .entry(s.attribute)
            .or_default()
            .push(s.rule);
    }
}

/// Adds the totals warnings, unless checking was cut short: a payload with more than a thousand
/// errors gets no warnings (they would be noise, and the work would be unbounded).
fn finish(
    mut report: Report,
    endpoint_id: &str,
    payload: &serde_json::Value,
    options: &ValidateOptions,
) -> Report {
    if !report.truncated {
        for (field, w) in crate::totals::payload_warnings(endpoint_id, payload, options.lang) {
            report.warnings.entry(field).or_default().push(Issue {
                rule: w.rule,
                message: w.message,
            });
        }
    }
    report.valid = report.errors.is_empty();
    report
}

/// Validates a request body against the endpoint's body rules, with the server's (Laravel's)
/// verdicts in `errors` and fpgo's own consistency checks (totals) in `warnings`.
pub fn validate(
    endpoint_id: &str,
    payload: &serde_json::Value,
    options: &ValidateOptions,
) -> Result<Report, ValidateError> {
    let c = compiled(endpoint_id)?;
    let mut report = Report::default();
    run(&c.body, payload, options, &mut report);
    Ok(finish(report, endpoint_id, payload, options))
}

/// Validates path parameters, query parameters and body together (path and query values are
/// strings, as the server's router and `$_GET` see them). Error keys are the parameter names.
pub fn validate_request(
    endpoint_id: &str,
    path_params: &BTreeMap<String, String>,
    query: &BTreeMap<String, String>,
    body: &serde_json::Value,
    options: &ValidateOptions,
) -> Result<Report, ValidateError> {
    let c = compiled(endpoint_id)?;
    let as_object = |m: &BTreeMap<String, String>| {
        serde_json::Value::Object(
            m.iter()
                .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
                .collect(),
        )
    };
    let mut report = Report::default();
    run(&c.path, &as_object(path_params), options, &mut report);
    run(&c.query, &as_object(query), options, &mut report);
    run(&c.body, body, options, &mut report);
    Ok(finish(report, endpoint_id, body, options))
}

/// Parses an endpoint-independent rule table (field -> Laravel rule string) and validates `payload`
/// against it, with the same semantics and messages as [`validate`]. For rule tables of your own.
/// A `regex:`/`not_regex:` pattern must be in the PCRE subset fpgo matches itself (ASCII literals,
/// `\d`, classes with ranges, `^`, `$`, groups with `|`, `* + ? {n,m}`, flags `i` and `D`): any
/// other construct is a [`rules::CompileError`] naming it, never a silently different verdict.
pub fn validate_with_rules<'a>(
    rules_table: impl IntoIterator<Item = (&'a str, &'a str)>,
    payload: &serde_json::Value,
    options: &ValidateOptions,
) -> Result<Report, rules::CompileError> {
    let set = RuleSet::compile(rules_table)?;
    let mut report = Report::default();
    run(&set, payload, options, &mut report);
    report.valid = report.errors.is_empty();
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoints::Location;
    use serde_json::json;

    #[test]
    fn every_endpoint_table_compiles() {
        for e in endpoints::all() {
            if let Err(err) = compiled(e.id) {
                panic!("{err}");
            }
        }
    }

    #[test]
    fn unknown_endpoint_is_a_typed_error() {
        let err = validate("orders.nope", &json!({}), &ValidateOptions::default()).unwrap_err();
        assert_eq!(err.code(), "unknown_endpoint");
    }

    #[test]
    fn tax_rates_replace_the_in_list_of_tax_fields() {
        let table = [
            ("products.*.tax", "required|numeric|in:0,12,15,25"),
            ("other", "nullable|in:0,12,15,25"),
        ];
        let payload = json!({"products": [{"tax": 12}, {"tax": "8"}], "other": 8});
        let r = validate_with_rules(table, &payload, &ValidateOptions::default()).unwrap();
        assert_eq!(
            r.errors.keys().collect::<Vec<_>>(),
            ["products.1.tax", "other"]
        );
        let options = ValidateOptions {
            tax_rates: vec!["8".into()],
            ..ValidateOptions::default()
        };
        let r = validate_with_rules(table, &payload, &options).unwrap();
        assert_eq!(
            r.errors.keys().collect::<Vec<_>>(),
            ["products.0.tax", "other"]
        );
        assert_eq!(r.errors["products.0.tax"][0].rule, "In");
        assert!(!r.valid);
    }

    #[test]
    fn messages_follow_the_language() {
        let r = validate_with_rules(
            [("name", "required|string")],
            &json!({}),
            &ValidateOptions {
                lang: Lang::No,
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(r.errors["name"][0].message, "Feltet name er påkrevd.");
        let r = validate_with_rules(
            [("name", "required|string")],
            &json!({}),
            &ValidateOptions::default(),
        )
        .unwrap();
        assert_eq!(r.errors["name"][0].message, "The name field is required.");
    }

    #[test]
    fn validate_request_checks_path_and_query_too() {
        // Any endpoint with a path placeholder: a missing or empty one fails its `required`.
        let Some(e) = endpoints::all().find(|e| {
            e.fields_at(Location::Path)
                .any(|f| f.rules.contains("required"))
        }) else {
            panic!("no endpoint with a required path parameter");
        };
        let name = e
            .fields_at(Location::Path)
            .find(|f| f.rules.contains("required"))
            .map(|f| f.name)
            .unwrap_or("");
        let empty = BTreeMap::new();
        let r = validate_request(
            e.id,
            &empty,
            &empty,
            &serde_json::json!({}),
            &ValidateOptions::default(),
        )
        .unwrap();
        assert_eq!(
            r.errors.get(name).map(|v| v[0].rule.as_str()),
            Some("Required"),
            "{}",
            e.id
        );
        let blank: BTreeMap<String, String> = [(name.to_string(), "  ".to_string())].into();
        let r = validate_request(
            e.id,
            &blank,
            &empty,
            &serde_json::json!({}),
            &ValidateOptions::default(),
        )
        .unwrap();
        assert_eq!(
            r.errors.get(name).map(|v| v[0].rule.as_str()),
            Some("Required")
        );
        let unknown = validate_request(
            "nope.nope",
            &empty,
            &empty,
            &serde_json::json!({}),
            &ValidateOptions::default(),
        );
        assert_eq!(unknown.unwrap_err().code(), "unknown_endpoint");
    }

    #[test]
    fn size_messages_are_worded_by_the_rules_like_laravels_get_attribute_type() {
        let o = ValidateOptions::default();
        let msg = |rules: &str, v: serde_json::Value| {
            let r =
                validate_with_rules([("f", rules)], &serde_json::json!({ "f": v }), &o).unwrap();
            r.errors["f"]
                .last()
                .map(|i| i.message.clone())
                .unwrap_or_default()
        };
        assert_eq!(
            msg("numeric|max:3", serde_json::json!(5)),
            "The f must not be greater than 3."
        );
        assert_eq!(
            msg("max:3", serde_json::json!("abcd")),
            "The f must not be greater than 3 characters."
        );
        assert_eq!(
            msg("array|max:1", serde_json::json!([1, 2])),
            "The f must not have more than 1 items."
        );
        // An array without the `array` rule is worded as a string, as Laravel does.
        assert_eq!(
            msg("max:1", serde_json::json!([1, 2])),
            "The f must not be greater than 1 characters."
        );
        let r = validate_with_rules(
            [("f", "required_if:g,x")],
            &serde_json::json!({ "g": "x" }),
            &o,
        )
        .unwrap();
        assert_eq!(
            r.errors["f"][0].message,
            "The f field is required when g is x."
        );
    }

    #[test]
    fn truncated_means_more_errors_than_the_limit() {
        let o = ValidateOptions::default();
        let list = |n: usize| serde_json::Value::Array(vec![json!(1); n]);
        let at_limit = validate_with_rules(
            [("a.*", "string")],
            &json!({ "a": list(rules::MAX_FAILURES) }),
            &o,
        )
        .unwrap();
        assert_eq!(
            (at_limit.errors.len(), at_limit.truncated),
            (rules::MAX_FAILURES, false)
        );
        let over = validate_with_rules(
            [("a.*", "string")],
            &json!({ "a": list(rules::MAX_FAILURES + 1) }),
            &o,
        )
        .unwrap();
        assert_eq!(
            (over.errors.len(), over.truncated),
            (rules::MAX_FAILURES, true)
        );
        assert!(!over.valid);
        // Overlapping patterns (rules merged per attribute) stop at the limit too.
        let merged = validate_with_rules(
            [("a.*", "string"), ("a.0", "string")],
            &json!({ "a": list(5000) }),
            &o,
        )
        .unwrap();
        assert_eq!(
            (merged.errors.len(), merged.truncated),
            (rules::MAX_FAILURES, true)
        );
    }

    #[test]
    fn server_only_rules_are_reported_not_passed() {
        let r = validate_with_rules(
            [("fpgoUuid", "nullable|string|exists:orders,uuid")],
            &json!({"fpgoUuid": "ODR1"}),
            &ValidateOptions::default(),
        )
        .unwrap();
        assert!(r.valid);
        assert_eq!(r.server_only["fpgoUuid"], ["exists:orders,uuid"]);
    }
}
