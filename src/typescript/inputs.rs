//! What each builder takes (`FpgoBuilderInputs`): the endpoint's body with the fields its recipe
//! (the spec's [`crate::endpoints::Endpoint::body`]) fills made optional (line amounts, the order
//! summary or the top-level `grandTotal`, an `orderDate` that defaults to now, the documented
//! defaults) and its date fields accepting a `Date`, an ISO 8601 string or Unix seconds
//! (`FpgoDateInput`).
//!
//! Objects the recipe does not touch reuse the body's interfaces, so an input differs from its body
//! only where the builder fills or converts something.

use super::leaf;
use super::tree::{comment, member_as, pascal, Node};
use crate::builders::recipes::{self, Recipe};
use crate::endpoints::Location;
use std::fmt::Write;

/// What a recipe changes in its body's type, as dotted paths (`*` for every line).
#[derive(Debug, Default)]
pub struct Fills {
    /// Filled when absent: optional in the input.
    pub optional: Vec<&'static str>,
    /// Converted from a `Date`, an ISO 8601 string or Unix seconds.
    pub dates: Vec<&'static str>,
}

impl Fills {
    /// The fields `recipe` fills or converts.
    pub fn of(recipe: &Recipe) -> Fills {
        let mut optional: Vec<&'static str> = recipe.lines.filled().to_vec();
        if recipe.order_date_defaults_to_now {
            optional.push("orderDate");
        }
        optional.extend(recipe.defaults.iter().map(|(path, _, _)| *path));
        Fills {
            optional,
            dates: recipe.dates.iter().map(|(path, _)| *path).collect(),
        }
    }

    /// True when `path` or a field under it is filled or converted.
    fn touches(&self, path: &str) -> bool {
        self.optional.iter().chain(&self.dates).any(|p| {
            path.is_empty()
                || *p == path
                || (p.starts_with(path) && p[path.len()..].starts_with('.'))
        })
    }
}

/// The builders' input interfaces and the `FpgoBuilderInputs` map, every endpoint with a recipe.
pub fn inputs_dts() -> String {
    let mut out = String::new();
    let mut rows = String::new();
    for (e, recipe) in recipes::all() {
        let base = format!("Fpgo{}", e.id.split('.').map(pascal).collect::<String>());
        let body = format!("{base}Body");
        let root = Node::of(e.fields_at(Location::Body));
        let fills = Fills::of(recipe);
        let input_type = if root.children.is_empty() {
            "FpgoNone".to_string()
        } else if !fills.touches("") {
            body.clone()
        } else {
            let mut renderer = InputRenderer {
                fills: &fills,
                input_base: format!("{base}Input"),
                body_base: body.clone(),
                context: format!("the builder input of `{}`", e.id),
                interfaces: Vec::new(),
            };
            let doc = format!(
                "What `build(\"{}\")` takes: `{body}` with the fields it fills optional and its dates as `FpgoDateInput`.",
                e.id
            );
            let name = renderer.input_base.clone();
            renderer.interface(&root, &name, &doc, "");
            out.push('\n');
            out.push_str(&renderer.interfaces.join("\n"));
            name
        };
        let _ = writeln!(rows, "  \"{}\": {input_type};", e.id);
    }
    out + "\n/** Every endpoint id with a builder -> what its builder takes: the body, less what the builder fills. */\nexport interface FpgoBuilderInputs {\n"
        + &rows
        + "}\n"
}

struct InputRenderer<'a> {
    fills: &'a Fills,
    input_base: String,
    body_base: String,
    context: String,
    interfaces: Vec<String>,
}

impl InputRenderer<'_> {
    fn type_of(&mut self, node: &Node, name: &str, path: &str) -> String {
        if let Some(item) = &node.item {
            let element = self.type_of(item, &format!("{name}Item"), &format!("{path}.*"));
            return format!("FpgoList<{element}>");
        }
        if self.fills.dates.contains(&path) {
            return "FpgoDateInput".to_string();
        }
        if !node.children.is_empty() {
            if !self.fills.touches(path) {
                // Untouched: the body's own interface.
                return name.replacen(&self.input_base, &self.body_base, 1);
            }
            let doc = format!("`{path}` in {}.", self.context);
            self.interface(node, name, &doc, path);
            return name.to_string();
        }
        leaf::value_type(&node.name, node.field.map_or("", |f| f.rules))
    }

    /// Required unless the builder fills it, or every required member is filled.
    fn required(&self, node: &Node, path: &str) -> bool {
        if self.fills.optional.contains(&path) {
            return false;
        }
        let own = node.field.is_some_and(|f| leaf::presence(f.rules).required);
        own || node
            .children
            .iter()
            .any(|c| self.required(c, &join(path, &c.name)))
    }

    fn interface(&mut self, node: &Node, name: &str, doc: &str, path: &str) {
        let slot = self.interfaces.len();
        self.interfaces.push(String::new());
        let mut text = format!("/** {} */\nexport interface {name} {{\n", comment(doc));
        for child in &node.children {
            let child_path = join(path, &child.name);
            let value = self.type_of(
                child,
                &format!("{name}{}", pascal(&child.name)),
                &child_path,
            );
            let filled = self.fills.optional.contains(&child_path.as_str());
            let note = filled.then_some("Filled in by the builder when absent.");
            let required = self.required(child, &child_path);
            text.push_str(&member_as(child, &value, required, note));
        }
        text.push_str("}\n");
        self.interfaces[slot] = text;
    }
}

fn join(path: &str, name: &str) -> String {
    match path {
        "" => name.to_string(),
        _ => format!("{path}.{name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A recipe naming a field its endpoint's table does not have is a drift between the two.
    #[test]
    fn every_filled_field_is_in_its_body() {
        for (e, recipe) in recipes::all() {
            let names: Vec<&str> = e.fields_at(Location::Body).map(|f| f.name).collect();
            let fills = Fills::of(recipe);
            for path in fills.optional.iter().chain(&fills.dates) {
                let under = format!("{path}.");
                assert!(
                    names.iter().any(|n| n == path || n.starts_with(&under)),
                    "{}: `{path}` is filled but not in the body table",
                    e.id
                );
            }
        }
    }

    /// What the types call filled, `fill()` really fills: every listed path is present after
    /// filling a body that leaves it out.
    #[test]
    fn filled_fields_are_filled_by_the_builder() {
        use crate::builders::{fill, BuildOptions};
        use serde_json::json;
        let options = BuildOptions {
            now: Some(1_754_560_800),
            ..BuildOptions::default()
        };
        for (e, recipe) in recipes::all() {
            let line = match recipe.lines {
                recipes::Lines::PartialAmounts => json!({"id": 1, "amount": 5}),
                _ => json!({"name": "A", "quantity": 2, "rate": 100, "tax": 25}),
            };
            let input = json!({"products": [line], "customerDetails": {}});
            let body = fill(e.id, &input, &options).expect("fills");
            for path in Fills::of(recipe).optional {
                let pointer = format!("/{}", path.replace(".*.", ".0.").replace('.', "/"));
                assert!(
                    body.pointer(&pointer).is_some_and(|v| !v.is_null()),
                    "{}: `{path}` is not filled: {body}",
                    e.id
                );
            }
        }
    }

    #[test]
    fn filled_fields_are_optional_and_dates_convert() {
        let ts = inputs_dts();
        let link = section(&ts, "export interface FpgoOrdersSendPaymentLinkInput {");
        assert!(
            link.contains("  orderSummary?: FpgoOrdersSendPaymentLinkInputOrderSummary;"),
            "{link}"
        );
        assert!(link.contains("  orderDate?: FpgoDateInput;"), "{link}");
        // required in the body, filled by nobody: still required
        assert!(
            link.contains("  customerDetails: FpgoOrdersSendPaymentLinkInputCustomerDetails;"),
            "{link}"
        );
        let item = section(
            &ts,
            "export interface FpgoOrdersSendPaymentLinkInputProductsItem {",
        );
        assert!(item.contains("  amount?: number | string;"), "{item}");
        assert!(item.contains("  rate: number | string;"), "{item}");
        // untouched objects reuse the body's interfaces
        let customer = section(
            &ts,
            "export interface FpgoOrdersSendPaymentLinkInputCustomerDetails {",
        );
        assert!(
            customer.contains("  address: FpgoOrdersSendPaymentLinkBodyCustomerDetailsAddress;"),
            "{customer}"
        );
        assert!(ts.contains("  \"orders.cancel\": FpgoOrdersCancelBody;"));
        let hosted = section(
            &ts,
            "export interface FpgoCheckoutCreateHostedPaymentLinkInput {",
        );
        assert!(
            hosted.contains("  dueDateForPaymentLink: FpgoDateInput;"),
            "{hosted}"
        );
        let cancel = section(&ts, "export interface FpgoTerminalCancelOrderInput {");
        assert!(cancel.contains("  type?: "), "{cancel}");
        for (e, _) in recipes::all() {
            assert!(
                ts.contains(&format!("  \"{}\": Fpgo", e.id)),
                "{} has no builder input",
                e.id
            );
        }
    }

    fn section<'a>(ts: &'a str, start: &str) -> &'a str {
        let from = ts.find(start).unwrap_or_else(|| panic!("no {start}"));
        let rest = &ts[from..];
        &rest[..rest.find("\n}\n").map_or(rest.len(), |i| i + 3)]
    }
}
