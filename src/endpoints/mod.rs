//! The endpoint table: every FPGO Connect endpoint, with its method, path and parameter rules, as
//! data that reads like the documents. One module per chapter of the documents. Every table and every
//! field cites the seed lines it comes from (`"000:7-306"` = seed `000_*.txt`, lines 7 to 306), so a
//! reader can check each rule against the document.
//!
//! Rules are Laravel rule strings (`"required|nullable|string|in:private,corporate"`), interpreted by
//! the crate's Laravel-compatible rule engine.
//!
//! Each endpoint's const is its one spec: besides the rules it holds the builder's recipe
//! ([`Endpoint::body`]: amounts, dates, documented defaults) and the answer
//! ([`Endpoint::response`]: the TypeScript type of `data`). The validator, the builders, the totals
//! warnings, the client, the generated TypeScript and the sandbox all read it. Only what cannot be
//! data is keyed by the endpoint's id elsewhere: the typed Rust bodies (`builders::bodies`) and the
//! sandbox's handlers, each with a test that every endpoint has one.

pub mod checkout;
pub mod company;
pub mod credit;
pub mod customers;
pub mod orders;
mod recipe;
pub mod refunds;
pub mod reservations;
mod response;
pub mod subscriptions;
pub mod terminal;

pub use recipe::{
    defaults_to, DateField, DateRule, DefaultField, DefaultValue, Lines, Recipe, LANG_NO,
    ORDER_AND_DUE, ORDER_DATE, SUBSCRIPTION_DATES,
};
pub use response::{Response, StatusInEnvelope};

use serde::Serialize;

/// The HTTP method an endpoint is documented with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
#[non_exhaustive]
pub enum Method {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `PUT`.
    Put,
    /// `DELETE`.
    Delete,
}

impl Method {
    /// The method as HTTP writes it (`GET`).
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Location {
    /// A `{placeholder}` in the path.
    Path,
    /// A query-string parameter.
    Query,
    /// A field of the JSON body (dotted path, `*` for every element of an array).
    Body,
}

/// One documented parameter and its rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Field {
    /// Where the parameter travels.
    pub location: Location,
    /// Dotted Laravel field name, e.g. `products.*.tax`; for a path parameter, its placeholder name.
    pub name: &'static str,
    /// Laravel rule string, e.g. `required|numeric|in:0,12,15,25`.
    pub rules: &'static str,
    /// Seed lines this rule is transcribed from, e.g. `000:98-102` (`002:45` for seed 002). Not
    /// in WebAssembly (see [`cite`]): no call there prints it, and an empty `&str` per field was
    /// still 8 bytes of the module's data for each of the tables' fields.
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
}

/// A citation of seed lines (`"000:98-102"`) as the tables keep it: the text natively (tests, the
/// TypeScript generator and the docs read it), empty in WebAssembly, where no call prints one and the
/// tables' citations would otherwise ship in every module's data (measured in docs/performance.md).
/// `Endpoint::source` goes through it; `Field::source` and a response's TypeScript type, note and
/// citation are left out of the WebAssembly build altogether (`cfg`), since even an empty `&str`
/// costs each table record 8 bytes.
pub const fn cite(lines: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        lines
    }
}

/// A body field.
pub const fn body(name: &'static str, rules: &'static str, source: &'static str) -> Field {
    // Unused in WebAssembly (no `source` there).
    let _ = source;
    Field {
        location: Location::Body,
        name,
        rules,
        #[cfg(not(target_arch = "wasm32"))]
        source,
    }
}

/// A path parameter (the name is the placeholder in [`Endpoint::path`], without braces).
pub const fn path(name: &'static str, rules: &'static str, source: &'static str) -> Field {
    // Unused in WebAssembly (no `source` there).
    let _ = source;
    Field {
        location: Location::Path,
        name,
        rules,
        #[cfg(not(target_arch = "wasm32"))]
        source,
    }
}

/// A query-string parameter.
pub const fn query(name: &'static str, rules: &'static str, source: &'static str) -> Field {
    // Unused in WebAssembly (no `source` there).
    let _ = source;
    Field {
        location: Location::Query,
        name,
        rules,
        #[cfg(not(target_arch = "wasm32"))]
        source,
    }
}

impl Field {
    /// The rules of [`Field::rules`], one by one (see [`split_rules`]).
    pub fn rule_list(&self) -> impl Iterator<Item = &'static str> {
        split_rules(self.rules)
    }
}

/// Splits a rule string into its rules, as the tables write them.
///
/// Laravel splits a rule string on every `|`, which breaks a `regex:` whose pattern contains `|`
/// (Laravel's docs say to use the array form then). The tables keep their strings readable instead:
/// a `regex:` rule is always the **last** rule of its string and runs to the end of it, `|` included.
/// `"nullable|string|regex:/^(SENT|PAID)$/i"` is `["nullable", "string", "regex:/^(SENT|PAID)$/i"]`;
/// whoever hands a table to PHP passes this list (the array form), never the raw string.
pub fn split_rules(rules: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(rules);
    std::iter::from_fn(move || {
        let current = rest?;
        if current.starts_with("regex:") {
            rest = None;
            return Some(current);
        }
        match current.split_once('|') {
            Some((rule, tail)) => {
                rest = Some(tail);
                Some(rule)
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
    .filter(|rule| !rule.is_empty())
}

/// The name of one rule: the part before the first `:` (`in:0,12` -> `in`).
pub fn rule_name(rule: &str) -> &str {
    rule.split_once(':').map_or(rule, |(name, _)| name)
}

/// One endpoint of the API, exactly as documented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Endpoint {
    /// Stable id, `<area>.<name>`, e.g. `orders.sendPaymentLink`; also the client's method path.
    pub id: &'static str,
    /// The documents' heading, e.g. `Send Payment Link`.
    pub name: &'static str,
    /// The documented HTTP method.
    pub method: Method,
    /// Path without the host, placeholders in braces: `/api/v1/connect/orders/cancel/{orderUuid}`.
    pub path: &'static str,
    /// Body, path and query parameters with their rules.
    pub fields: &'static [Field],
    /// Seed lines of the whole section (empty in WebAssembly, see [`cite`]).
    pub source: &'static str,
    /// What `build()` does with the request body; `None` when the documents show no body.
    #[serde(skip)]
    pub body: Option<Recipe>,
    /// What the endpoint answers (its texts are empty in WebAssembly).
    #[serde(skip)]
    pub response: Response,
}

impl Endpoint {
    /// The area (chapter) this endpoint belongs to: the part of [`Endpoint::id`] before the dot.
    pub fn area(&self) -> &'static str {
        self.id.split('.').next().unwrap_or(self.id)
    }

    /// Fields at one location, in table order.
    pub fn fields_at(&self, location: Location) -> impl Iterator<Item = &'static Field> {
        self.fields.iter().filter(move |f| f.location == location)
    }

    /// The placeholder names of the path, in order. An optional segment is written `{status?}`
    /// (as the documents do) and listed without the `?`.
    pub fn path_params(&self) -> impl Iterator<Item = &'static str> {
        self.path.split('/').filter_map(|seg| {
            let name = seg.strip_prefix('{')?.strip_suffix('}')?;
            Some(name.strip_suffix('?').unwrap_or(name))
        })
    }
}

/// Every chapter's table, in the documents' order.
const AREAS: &[&[Endpoint]] = &[
    orders::ENDPOINTS,
    checkout::ENDPOINTS,
    reservations::ENDPOINTS,
    subscriptions::ENDPOINTS,
    customers::ENDPOINTS,
    refunds::ENDPOINTS,
    terminal::ENDPOINTS,
    credit::ENDPOINTS,
    company::ENDPOINTS,
];

/// How many endpoints the chapters document (the length of [`all`]).
pub(crate) const COUNT: usize = {
    let (mut n, mut i) = (0, 0);
    while i < AREAS.len() {
        n += AREAS[i].len();
        i += 1;
    }
    n
};

/// The chapters' tables one after another, concatenated at compile time: every caller walks one
/// slice (a `flat_map` over the chapters was an iterator state machine inlined at each caller).
static ALL: [Endpoint; COUNT] = {
    let mut out = [AREAS[0][0]; COUNT];
    let (mut n, mut area) = (0, 0);
    while area < AREAS.len() {
        let mut i = 0;
        while i < AREAS[area].len() {
            out[n] = AREAS[area][i];
            n += 1;
            i += 1;
        }
        area += 1;
    }
    out
};

/// Every documented endpoint, in the documents' order.
pub fn all() -> impl Iterator<Item = &'static Endpoint> {
    ALL.iter()
}

/// The endpoint with this id, if any.
pub fn find(id: &str) -> Option<&'static Endpoint> {
    all().find(|e| e.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn all_is_every_chapter_in_order() {
        let chapters: Vec<&Endpoint> = AREAS.iter().flat_map(|area| area.iter()).collect();
        assert_eq!(all().collect::<Vec<_>>(), chapters);
    }

    #[test]
    fn ids_are_unique_and_area_prefixed() {
        let mut seen = HashSet::new();
        for e in all() {
            assert!(seen.insert(e.id), "duplicate endpoint id {}", e.id);
            assert!(e.id.contains('.'), "id {} has no area prefix", e.id);
        }
    }

    #[test]
    fn every_path_placeholder_has_a_path_field() {
        for e in all() {
            for p in e.path_params() {
                assert!(
                    e.fields_at(Location::Path).any(|f| f.name == p),
                    "{}: path placeholder {{{}}} has no rule",
                    e.id,
                    p
                );
            }
        }
    }

    #[test]
    fn split_rules_keeps_a_trailing_regex_whole() {
        let rules: Vec<_> = split_rules("nullable|string|regex:/^(SENT|PAID)$/i").collect();
        assert_eq!(rules, ["nullable", "string", "regex:/^(SENT|PAID)$/i"]);
        let rules: Vec<_> = split_rules("required|numeric|in:0,12,15,25").collect();
        assert_eq!(rules, ["required", "numeric", "in:0,12,15,25"]);
        assert_eq!(split_rules("").count(), 0);
        assert_eq!(
            rule_name("required_if:customerDetails.type,corporate"),
            "required_if"
        );
        assert_eq!(rule_name("string"), "string");
    }

    // Citations exist natively only (see `cite`).
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_field_cites_its_source() {
        for e in all() {
            assert!(e.source.contains(':'), "{} cites no source", e.id);
            for (path, _, source) in e.body.map_or(&[][..], |recipe| recipe.defaults) {
                assert!(
                    source.starts_with("000:"),
                    "{}: default of {path} cites no source",
                    e.id
                );
            }
            for f in e.fields {
                assert!(
                    f.source.contains(':'),
                    "{}.{} cites no source",
                    e.id,
                    f.name
                );
            }
        }
    }
}
