//! The live server's 417 answer: `errors` is Laravel's `$validator->errors()->all()`, an array of
//! English messages such as `The customer details.personal number field is required.`. Each
//! message is matched against every Laravel 8 line ([`super::laravel_lines`]), and its displayed
//! attribute against the fields of the endpoint's table (`*` standing for any concrete index), so
//! a form can show the server's errors at its fields.
//!
//! [`match_server_message`] is the one entry point with the shape the shared message module is to
//! offer (`rules::messages::match_server_message(message, fields)`); until that lands, this module
//! holds the matching. Work is bounded: messages over [`MAX_MESSAGE_LEN`] bytes and matches that
//! would take more than [`STEP_BUDGET`] steps are left unmatched (kept under `_other`).

use super::error::{FieldErrors, FieldIssue, OTHER_FIELD};
use super::laravel_lines::LINES;
use crate::rules::checks::SizeType;
use crate::rules::messages::{self, Lang};
use crate::rules::Kind;

/// Longer messages are not matched (no Laravel line with a field name comes close).
pub const MAX_MESSAGE_LEN: usize = 1_000;
/// Matching steps allowed per message and line (the backtracking over where a placeholder ends).
pub const STEP_BUDGET: u32 = 2_000;
/// Server messages read per answer; the rest go to `_other` unmatched.
pub const MAX_MESSAGES: usize = 1_000;

/// A message matched to a field: the concrete field path, the rule, and what the placeholders held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerMatch {
    pub field: String,
    /// Index of the table field in the list the match was made against.
    pub table_index: usize,
    pub rule: &'static str,
    /// `numeric`, `string`, `array`, `file` for size rules, else empty.
    pub size_type: &'static str,
    /// `(placeholder without the colon, text)` in line order, `attribute` first.
    pub captures: Vec<(&'static str, String)>,
}

/// Laravel's displayed attribute: `str_replace('_', ' ', Str::snake($attribute))`
/// (`customerDetails.personalNumber` -> `customer details.personal number`).
pub fn display_attribute(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 8);
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out.replace('_', " ")
}

/// The concrete path of the table field `pattern` (`products.*.tax`) whose displayed form is
/// `shown` (`products.0.tax`), if any.
fn concrete_field(pattern: &str, shown: &str) -> Option<String> {
    let (want, got): (Vec<&str>, Vec<&str>) =
        (pattern.split('.').collect(), shown.split('.').collect());
    if want.len() != got.len() {
        return None;
    }
    let concrete: Vec<&str> = want
        .iter()
        .zip(&got)
        .map(|(w, g)| if *w == "*" { *g } else { *w })
        .collect();
    if want
        .iter()
        .zip(&got)
        .any(|(w, g)| *w == "*" && g.is_empty())
    {
        return None;
    }
    let concrete = concrete.join(".");
    // A server that names fields as sent (`customerDetails.personalNumber`) is understood too.
    (concrete == shown || display_attribute(&concrete) == shown).then_some(concrete)
}

/// A table field: its name (`products.*.tax`) and its rule string (`required|numeric`).
pub type TableField<'a> = (&'a str, &'a str);

fn field_for(shown: &str, fields: &[TableField]) -> Option<(usize, String)> {
    fields
        .iter()
        .enumerate()
        .find_map(|(i, f)| concrete_field(f.0, shown).map(|c| (i, c)))
}

/// `Str::studly` of a rule name (`required_if` -> `RequiredIf`).
fn studly(rule: &str) -> String {
    rule.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Whether the table's rule string for a field names `rule` (a studly Laravel name).
fn field_has_rule(rules: &str, rule: &str) -> bool {
    crate::endpoints::split_rules(rules).any(|r| studly(crate::endpoints::rule_name(r)) == rule)
}

enum Part {
    Text(&'static str),
    Slot(&'static str),
}

/// A line split into literal text and `:placeholder` slots.
fn parts(line: &'static str) -> Vec<Part> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find(':') {
        let name_len = rest[at + 1..]
            .find(|c: char| !c.is_ascii_lowercase() && c != '_')
            .unwrap_or(rest.len() - at - 1);
        if name_len == 0 {
            // A colon that starts no placeholder (`of type: :values`): literal text.
            let (text, tail) = rest.split_at(at + 1);
            out.push(Part::Text(text));
            rest = tail;
            continue;
        }
        if at > 0 {
            out.push(Part::Text(&rest[..at]));
        }
        out.push(Part::Slot(&rest[at + 1..at + 1 + name_len]));
        rest = &rest[at + 1 + name_len..];
    }
    if !rest.is_empty() {
        out.push(Part::Text(rest));
    }
    out
}

/// What a slot captured: `(placeholder, text)`.
type Captures<'m> = Vec<(&'static str, &'m str)>;

/// Matches `msg` against `parts`, each slot taking a non-empty text that ends where the next
/// literal occurs (trying each occurrence), until `accept` takes the captures.
fn match_parts<'m>(
    parts: &[Part],
    msg: &'m str,
    caps: &mut Captures<'m>,
    budget: &mut u32,
    accept: &mut dyn FnMut(&Captures<'m>) -> bool,
) -> bool {
    if *budget == 0 {
        return false;
    }
    *budget -= 1;
    match parts.split_first() {
        None => msg.is_empty() && accept(caps),
        Some((Part::Text(t), rest)) => msg
            .strip_prefix(t)
            .is_some_and(|m| match_parts(rest, m, caps, budget, accept)),
        Some((Part::Slot(name), rest)) => {
            let next = match rest.first() {
                Some(Part::Text(t)) => *t,
                _ => {
                    caps.push((name, msg));
                    let ok = !msg.is_empty() && match_parts(rest, "", caps, budget, accept);
                    caps.pop();
                    return ok;
                }
            };
            for (end, _) in msg.match_indices(next).filter(|(i, _)| *i > 0) {
                caps.push((name, &msg[..end]));
                let ok = match_parts(rest, &msg[end..], caps, budget, accept);
                caps.pop();
                if ok {
                    return true;
                }
                if *budget == 0 {
                    return false;
                }
            }
            false
        }
    }
}

/// The Laravel lines, most specific (longest literal text) first, so that `must be a string.`
/// is `String` rather than `Size` with `:size` = "a string".
fn lines_by_specificity() -> Vec<(usize, Vec<Part>)> {
    let mut lines: Vec<(usize, Vec<Part>)> = LINES
        .iter()
        .enumerate()
        .map(|(i, l)| (i, parts(l.2)))
        .collect();
    let literal = |p: &[Part]| -> usize {
        p.iter()
            .map(|x| if let Part::Text(t) = x { t.len() } else { 0 })
            .sum()
    };
    lines.sort_by_key(|(i, p)| (std::cmp::Reverse(literal(p)), *i));
    lines
}

fn try_line(
    index: usize,
    parts: &[Part],
    message: &str,
    fields: &[TableField],
) -> Option<ServerMatch> {
    let (rule, size_type, _) = LINES[index];
    let mut found = None;
    let mut budget = STEP_BUDGET;
    let mut caps = Vec::new();
    let mut accept = |caps: &Captures| {
        let shown = caps
            .iter()
            .find(|(n, _)| *n == "attribute")
            .map(|(_, v)| *v);
        match shown.and_then(|s| field_for(s, fields)) {
            Some((table_index, field)) => {
                let captures = caps.iter().map(|(n, v)| (*n, v.to_string())).collect();
                found = Some(ServerMatch {
                    field,
                    table_index,
                    rule,
                    size_type,
                    captures,
                });
                true
            }
            None => false,
        }
    };
    match_parts(parts, message, &mut caps, &mut budget, &mut accept);
    found
}

/// The field and Laravel rule of one server message, or `None` when it matches no line at a field
/// of `fields` (the endpoint's table field names, `*` for array indices).
pub fn match_server_message(message: &str, fields: &[&str]) -> Option<(String, &'static str)> {
    let fields: Vec<TableField> = fields.iter().map(|f| (*f, "")).collect();
    match_detailed(message, &fields, &lines_by_specificity()).map(|m| (m.field, m.rule))
}

fn match_detailed(
    message: &str,
    fields: &[TableField],
    lines: &[(usize, Vec<Part>)],
) -> Option<ServerMatch> {
    if message.len() > MAX_MESSAGE_LEN {
        return None;
    }
    let mut matches = lines
        .iter()
        .filter_map(|(i, p)| try_line(*i, p, message, fields));
    let best = matches.next()?;
    // Several rules share a line (`in`, `not_in`, `exists`, `enum`: "The selected :attribute is
    // invalid."): prefer the one the field's table rules name.
    let same_text: Vec<ServerMatch> = std::iter::once(best.clone())
        .chain(matches.filter(|m| m.captures == best.captures && m.size_type == best.size_type))
        .collect();
    Some(
        same_text
            .iter()
            .find(|m| field_has_rule(fields[m.table_index].1, m.rule))
            .cloned()
            .unwrap_or(best),
    )
}

/// The kind and size type [`messages::message`] words a matched rule with, when it has the rule.
fn kind_of(rule: &str, size_type: &str) -> Option<(Kind, SizeType)> {
    use Kind::*;
    let size = match size_type {
        "numeric" | "" => SizeType::Numeric,
        "string" => SizeType::String,
        "array" => SizeType::Array,
        _ => return None,
    };
    let kinds = [
        Required,
        Present,
        Filled,
        String,
        Numeric,
        Integer,
        Boolean,
        Array,
        Email,
        Url,
        In,
        NotIn,
        Size,
        Min,
        Max,
        Between,
        Digits,
        DigitsBetween,
        Regex,
        NotRegex,
        DateFormat,
        RequiredIf,
        RequiredUnless,
        RequiredWith,
        RequiredWithAll,
        RequiredWithout,
        RequiredWithoutAll,
    ];
    kinds
        .into_iter()
        .find(|k| k.laravel_name() == rule)
        .map(|k| (k, size))
}

/// The message of a match in `lang`: that language's line for the rule, filled with the texts the
/// server put in its placeholders; `None` when a placeholder of the line was not captured (the
/// English text is then kept).
fn translate(m: &ServerMatch, lang: Lang) -> Option<String> {
    let (kind, size_type) = kind_of(m.rule, m.size_type)?;
    let mut out = messages::template_of(lang, kind, size_type).to_string();
    // Captures are in line order, `attribute` first, as Laravel replaces them.
    for (name, text) in &m.captures {
        out = out.replace(&format!(":{name}"), text);
    }
    let unfilled = ["attribute", "size", "min", "max", "digits", "format", "other", "value", "values"]
        .iter()
        .any(|p| out.contains(&format!(":{p}")));
    (!unfilled).then_some(out)
}

/// The server's messages as a field map: each matched message at its field (in `lang`, or as sent
/// when `lang` is `None`, i.e. English), the rest under `_other` with rule `Unknown`.
pub fn field_errors(
    server_messages: &[String],
    fields: &[TableField],
    lang: Option<Lang>,
) -> FieldErrors {
    let lines = lines_by_specificity();
    let mut out = FieldErrors::new();
    for (i, text) in server_messages.iter().enumerate() {
        let matched = (i < MAX_MESSAGES)
            .then(|| match_detailed(text, fields, &lines))
            .flatten();
        let (field, issue) = match matched {
            Some(m) => {
                let message = lang
                    .and_then(|l| translate(&m, l))
                    .unwrap_or_else(|| text.clone());
                (
                    m.field,
                    FieldIssue {
                        rule: m.rule.to_string(),
                        message,
                    },
                )
            }
            None => (
                OTHER_FIELD.to_string(),
                FieldIssue {
                    rule: "Unknown".into(),
                    message: text.clone(),
                },
            ),
        };
        out.entry(field).or_default().push(issue);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[TableField] = &[
        ("orderSummary.shippingCost", "nullable|numeric"),
        ("customerDetails.personalNumber", "nullable|string|size:11"),
        ("customerDetails.type", "required|in:private,corporate"),
        ("products.*.tax", "required|numeric|in:0,12,15,25"),
        ("products.*.name", "required|string|max:255"),
    ];
    const NAMES: &[&str] = &[
        "orderSummary.shippingCost",
        "products.*.tax",
        "products.*.name",
    ];

    #[test]
    fn displayed_attributes_are_laravels() {
        assert_eq!(
            display_attribute("customerDetails.personalNumber"),
            "customer details.personal number"
        );
        assert_eq!(display_attribute("products.0.tax"), "products.0.tax");
        assert_eq!(display_attribute("sendOrderBy.sms"), "send order by.sms");
        assert_eq!(display_attribute("ehfID"), "ehf i d");
        assert_eq!(display_attribute("order_date"), "order date");
    }

    #[test]
    fn the_most_specific_line_wins_and_sizes_keep_their_type() {
        let m = |msg: &str| {
            match_detailed(msg, FIELDS, &lines_by_specificity())
                .map(|m| (m.field, m.rule, m.size_type))
        };
        assert_eq!(
            m("The customer details.personal number must be a string."),
            Some(("customerDetails.personalNumber".into(), "String", ""))
        );
        assert_eq!(
            m("The customer details.personal number must be 11 characters."),
            Some(("customerDetails.personalNumber".into(), "Size", "string"))
        );
        assert_eq!(
            m("The products.12.name must not be greater than 255 characters."),
            Some(("products.12.name".into(), "Max", "string"))
        );
        assert_eq!(
            m("The selected customer details.type is invalid."),
            Some(("customerDetails.type".into(), "In", ""))
        );
        assert_eq!(
            match_server_message("The order summary.shipping cost field is required.", NAMES),
            Some(("orderSummary.shippingCost".into(), "Required"))
        );
    }

    #[test]
    fn messages_that_name_no_field_or_no_line_are_unmatched() {
        for msg in [
            "The unknown field is required.",
            "The products.x.y.tax must be a number.",
            "Order could not be created.",
            "The order summary.shipping cost field is required",
            "",
        ] {
            assert_eq!(match_server_message(msg, NAMES), None, "{msg}");
        }
    }

    #[test]
    fn hostile_messages_are_bounded() {
        // Many occurrences of every literal: the step budget ends the search.
        let msg = format!(
            "The {} field is required when {} is {}.",
            " is".repeat(150),
            " is".repeat(100),
            " is".repeat(80)
        );
        let started = std::time::Instant::now();
        let out = field_errors(&vec![msg; 50], FIELDS, None);
        assert_eq!(out[OTHER_FIELD].len(), 50);
        assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
        assert_eq!(
            match_server_message(&"x".repeat(MAX_MESSAGE_LEN + 1), NAMES),
            None
        );
        let many: Vec<String> = (0..MAX_MESSAGES + 5)
            .map(|_| "The products.0.tax must be a number.".to_string())
            .collect();
        let out = field_errors(&many, FIELDS, None);
        assert_eq!(
            (out["products.0.tax"].len(), out[OTHER_FIELD].len()),
            (MAX_MESSAGES, 5)
        );
    }
}
