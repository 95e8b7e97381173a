//! Dotted Laravel field names -> a tree of objects, arrays and scalars, rendered as TypeScript
//! interfaces (`customerDetails.address.street` -> `customerDetails: ...CustomerDetails` whose
//! `address` is `...CustomerDetailsAddress`; `products.*.tax` -> `products: FpgoList<...ProductsItem>`).

use super::leaf::{self, has_rule, presence};
use crate::endpoints::Field;

/// One segment of the field names: its own rule (if the table gives one), named children and the
/// element of an array (`*`).
#[derive(Debug, Default)]
pub struct Node {
    pub name: String,
    pub field: Option<&'static Field>,
    pub children: Vec<Node>,
    pub item: Option<Box<Node>>,
}

impl Node {
    /// The tree of `fields` (all at one location), in table order.
    pub fn of(fields: impl Iterator<Item = &'static Field>) -> Node {
        let mut root = Node::default();
        for field in fields {
            root.insert(field.name.split('.'), field);
        }
        root
    }

    fn insert<'a>(&mut self, mut segments: impl Iterator<Item = &'a str>, field: &'static Field) {
        let Some(segment) = segments.next() else {
            self.field = Some(field);
            return;
        };
        let child = if segment == "*" {
            self.item.get_or_insert_with(|| {
                Box::new(Node {
                    name: "*".into(),
                    ..Node::default()
                })
            })
        } else {
            match self.children.iter().position(|c| c.name == segment) {
                Some(i) => &mut self.children[i],
                None => {
                    self.children.push(Node {
                        name: segment.to_string(),
                        ..Node::default()
                    });
                    self.children.last_mut().expect("just pushed")
                }
            }
        };
        child.insert(segments, field);
    }

    fn rules(&self) -> &'static str {
        self.field.map_or("", |f| f.rules)
    }

    /// Must be present: its own `required`, or a required member (Laravel checks `a.b` even when
    /// `a` is absent, so a required member makes its object required). Array elements do not count:
    /// an empty list has no elements to check.
    pub fn required(&self) -> bool {
        presence(self.rules()).required || self.children.iter().any(Node::required)
    }

    /// True when the node has required members or elements, i.e. `{}` is not a valid value.
    pub fn has_required(&self) -> bool {
        self.children.iter().any(Node::required)
    }
}

/// Renders types: `interfaces` collects every named interface, parents before their members' types.
pub struct Renderer {
    pub interfaces: Vec<String>,
    /// What the tree is, for nested interfaces' doc comments (e.g. "the body of `orders.cancel`").
    pub context: String,
}

impl Renderer {
    /// The TypeScript type of `node` (without `| null`); object nodes become an interface `name`.
    pub fn type_of(&mut self, node: &Node, name: &str, path: &str) -> String {
        if let Some(item) = &node.item {
            let element = self.type_of(item, &format!("{name}Item"), &format!("{path}.*"));
            return format!("FpgoList<{element}>");
        }
        if !node.children.is_empty() {
            let doc = format!("`{path}` in {}.", self.context);
            self.interface(node, name, &doc, path);
            return name.to_string();
        }
        leaf::value_type(&node.name, node.rules())
    }

    /// `export interface <name> { ...members }` for an object node.
    pub fn interface(&mut self, node: &Node, name: &str, doc: &str, path: &str) {
        let slot = self.interfaces.len();
        self.interfaces.push(String::new());
        let mut text = format!("/** {} */\nexport interface {name} {{\n", comment(doc));
        for child in &node.children {
            let child_type = format!("{name}{}", pascal(&child.name));
            let child_path = match path {
                "" => child.name.clone(),
                _ => format!("{path}.{}", child.name),
            };
            let value = self.type_of(child, &child_type, &child_path);
            text.push_str(&member(child, &value));
        }
        text.push_str("}\n");
        self.interfaces[slot] = text;
    }
}

/// One interface member with its doc comment: rules, conditions and seed lines.
pub fn member(node: &Node, value: &str) -> String {
    member_as(node, value, node.required(), None)
}

/// [`member`] with its presence decided by the caller (a builder fills the field) and an extra
/// sentence for the doc comment.
pub fn member_as(node: &Node, value: &str, required: bool, note: Option<&str>) -> String {
    let rules = node.rules();
    let p = presence(rules);
    let nullable = p.nullable && !required;
    let mut doc = Vec::new();
    match node.field {
        Some(field) => doc.push(format!("`{}` (seed {}).", field.rules, field.source)),
        None if required => {
            doc.push("No rule of its own: required because a member is.".to_string())
        }
        None => doc.push("No rule of its own.".to_string()),
    }
    doc.extend(p.conditions);
    doc.extend(note.map(str::to_string));
    if node.name == "tax" && has_rule(rules, "in") && has_rule(rules, "numeric") {
        doc.push("The documented rates; the `taxRates` option replaces them.".to_string());
    }
    format!(
        "  /** {} */\n  {}{}: {}{};\n",
        comment(&doc.join(" ")),
        property(&node.name),
        if required { "" } else { "?" },
        value,
        if nullable { " | null" } else { "" }
    )
}

/// Text safe inside `/** ... */`.
pub fn comment(text: &str) -> String {
    text.replace("*/", "*\\/")
}

/// Whether `name` can stand bare as a JS/TS property name (an ASCII identifier); also read by the
/// fast path's plan generator (`crate::accept`).
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// A property name, quoted unless it is an identifier.
pub fn property(name: &str) -> String {
    if is_identifier(name) {
        name.to_string()
    } else {
        leaf::string_literal(name)
    }
}

/// `sendPaymentLink` -> `SendPaymentLink`, `e-faktura` -> `EFaktura`.
pub fn pascal(s: &str) -> String {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut c = part.chars();
            c.next().map_or(String::new(), |f| {
                f.to_ascii_uppercase().to_string() + c.as_str()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoints::{body, Field};

    const FIELDS: &[Field] = &[
        body("products", "required|array", "t:1"),
        body("products.*.name", "required|string", "t:2"),
        body("products.*.tax", "required|numeric|in:0,12", "t:3"),
        body("customerDetails.address.street", "required|string", "t:4"),
        body("customerDetails.email", "nullable|email", "t:5"),
        body("settings", "nullable|array", "t:6"),
        body("settings.secure", "nullable|boolean", "t:7"),
        body("note", "required_if:type,x|nullable|string", "t:8"),
    ];

    fn render() -> String {
        let root = Node::of(FIELDS.iter());
        let mut r = Renderer {
            interfaces: Vec::new(),
            context: "the test body".into(),
        };
        r.interface(&root, "Body", "Test body.", "");
        r.interfaces.concat()
    }

    #[test]
    fn nested_names_become_nested_interfaces() {
        let ts = render();
        assert!(
            ts.contains("  products: FpgoList<BodyProductsItem>;"),
            "{ts}"
        );
        assert!(ts.contains("export interface BodyProductsItem {"), "{ts}");
        assert!(ts.contains("  name: string;"), "{ts}");
        assert!(ts.contains("  tax: number | string;"), "{ts}");
        // required because its member address.street is
        assert!(
            ts.contains("  customerDetails: BodyCustomerDetails;"),
            "{ts}"
        );
        assert!(
            ts.contains("  address: BodyCustomerDetailsAddress;"),
            "{ts}"
        );
        assert!(ts.contains("  email?: string | null;"), "{ts}");
        assert!(ts.contains("  settings?: BodySettings | null;"), "{ts}");
        assert!(
            ts.contains(r#"  secure?: boolean | 0 | 1 | "0" | "1" | null;"#),
            "{ts}"
        );
        assert!(ts.contains("  note?: string | null;"), "{ts}");
        assert!(ts.contains("Required when `type` is \"x\"."), "{ts}");
        assert!(ts.contains("(seed t:4)"), "{ts}");
        assert!(
            ts.contains("/** `customerDetails.address` in the test body. */"),
            "{ts}"
        );
        assert!(ts.contains("/** `products.*` in the test body. */"), "{ts}");
    }

    #[test]
    fn names_and_comments_are_safe() {
        assert_eq!(property("orderUuid"), "orderUuid");
        assert_eq!(property("a-b"), "\"a-b\"");
        assert_eq!(property("1st"), "\"1st\"");
        assert_eq!(comment("regex:/^a*/"), "regex:/^a*\\/");
        assert_eq!(pascal("sendEFaktura"), "SendEFaktura");
        assert_eq!(pascal("e-faktura"), "EFaktura");
    }
}
