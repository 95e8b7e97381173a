//! The TypeScript of every endpoint, generated from the endpoint specs ([`crate::endpoints`]), the
//! one source of each endpoint's facts: `FpgoEndpointId`, one body, path-parameter and query
//! interface per endpoint (nested fields as nested interfaces, each member citing its rule and seed
//! lines), and the maps `FpgoBodies`, `FpgoPathParams`, `FpgoQueries` and `FpgoRequests` from id to
//! type, which `validate`, the builders and the client's methods are typed with, what each builder
//! takes (`FpgoBuilderInputs`, from the recipe in the spec's `body`, see [`inputs`]) and what each
//! endpoint answers (`FpgoResponses`, from the spec's `response`, see [`responses`]).
//!
//! The output is committed as `pkg-template/types/endpoints.d.ts`. The test
//! `generated_file_is_up_to_date` fails when it is stale; `FPGO_BLESS=1 cargo test -p fpgo --lib
//! typescript` rewrites it. Only tests compile this module: nothing of it ships in the crate or the
//! .wasm.

mod inputs;
mod leaf;
mod responses;
pub(crate) mod tree;

use crate::endpoints::{self, Endpoint, Location};
use std::fmt::Write;
use tree::{comment, pascal, Node, Renderer};

/// Where the generated declarations are committed, relative to the crate root.
pub const OUTPUT: &str = "pkg-template/types/endpoints.d.ts";

const HEADER: &str = "\
// GENERATED from the endpoint tables (src/endpoints/*.rs) by src/typescript/: do not edit.
// `FPGO_BLESS=1 cargo test -p fpgo --lib typescript` rewrites this file; the same test without
// FPGO_BLESS fails when it is stale.
//
// Rules map to the values Laravel 8 accepts: `numeric` -> number | string, `boolean` -> boolean |
// 0 | 1 | \"0\" | \"1\", `in:` -> literals, `nullable` -> | null, `required` -> not optional (and not
// null). Conditional rules (`required_if`, `required_with`, ...) are optional members whose doc
// comment states the condition: validate() checks them. Each member cites its seed lines.

/** What a part an endpoint does not have accepts: nothing but `{}`. */
export type FpgoNone = { readonly [key: string]: never };

/**
 * A list (`array` with `*` members): the documents show JSON arrays; Laravel's `array` rule also
 * accepts an object keyed by index (`{ \"0\": ... }`), as some documents' examples are written.
 */
export type FpgoList<T> = readonly T[] | { readonly [index: `${number}`]: T };

/**
 * A body being filled in (a form as you type, a value read from JSON): every member optional and
 * any JSON scalar accepted as a value, but only the endpoint's field names. `validate()` takes this:
 * reporting what is missing or wrong is its job, while the builders and the client take the body.
 */
export type FpgoDraft<T> =
  T extends readonly (infer I)[] ? FpgoList<FpgoDraft<I>>
  : T extends object ? { [K in keyof T]?: FpgoDraft<T[K]> }
  : string | number | boolean | null;

/** A date a builder converts: a `Date`, an ISO 8601 string or Unix seconds (sent as Unix seconds in a string). */
export type FpgoDateInput = Date | string | number;
";

/// The whole generated file.
pub fn endpoints_dts() -> String {
    let mut out = String::from(HEADER);
    let ids: Vec<String> = endpoints::all()
        .map(|e| format!("\n  | \"{}\"", e.id))
        .collect();
    let _ = writeln!(
        out,
        "\n/** Every documented endpoint id ({}), `<area>.<name>`. */\nexport type FpgoEndpointId ={};",
        ids.len(),
        ids.concat()
    );
    let mut maps = Maps::default();
    for endpoint in endpoints::all() {
        out.push_str(&endpoint_types(endpoint, &mut maps));
    }
    out.push_str(&maps.render());
    out.push_str(&inputs::inputs_dts());
    out.push_str(&responses::responses_dts());
    out
}

/// Per id: the type of each part (or `FpgoNone`) and the call input.
#[derive(Default)]
struct Maps {
    bodies: String,
    path_params: String,
    queries: String,
    requests: String,
}

impl Maps {
    fn render(&self) -> String {
        let map = |doc: &str, name: &str, rows: &str| {
            format!("\n/** {doc} */\nexport interface {name} {{\n{rows}}}\n")
        };
        [
            map("Every endpoint id -> its JSON body (`FpgoNone` without one).", "FpgoBodies", &self.bodies),
            map("Every endpoint id -> its path parameters (`FpgoNone` without).", "FpgoPathParams", &self.path_params),
            map("Every endpoint id -> its query parameters (`FpgoNone` without).", "FpgoQueries", &self.queries),
            map(
                "Every endpoint id -> what a call takes: `pathParams`, `query` and `body`, only the parts the endpoint has, each required when a member is.",
                "FpgoRequests",
                &self.requests,
            ),
        ]
        .concat()
            + "\n/** The ids whose call input may be left out (no required path parameter, query or body field). */\nexport type FpgoInputOptionalId = {\n  [E in FpgoEndpointId]: {} extends FpgoRequests[E] ? E : never;\n}[FpgoEndpointId];\n"
    }
}

/// The interfaces of one endpoint, and its rows in the maps.
fn endpoint_types(e: &'static Endpoint, maps: &mut Maps) -> String {
    let base = format!("Fpgo{}", e.id.split('.').map(pascal).collect::<String>());
    let mut out = String::new();
    let mut request = Vec::new();
    // Path parameters first, as a call reads: where, then what.
    let parts = [
        (
            Location::Path,
            "PathParams",
            "pathParams",
            &mut maps.path_params,
        ),
        (Location::Query, "Query", "query", &mut maps.queries),
        (Location::Body, "Body", "body", &mut maps.bodies),
    ];
    for (location, suffix, member, map) in parts {
        let root = Node::of(e.fields_at(location));
        let name = format!("{base}{suffix}");
        if root.children.is_empty() {
            let _ = writeln!(map, "  \"{}\": FpgoNone;", e.id);
            continue;
        }
        let what = match location {
            Location::Body => "the body",
            Location::Path => "the path parameters",
            Location::Query => "the query parameters",
        };
        let context = format!("{what} of `{}`", e.id);
        let doc = format!(
            "{} {} of `{}`: {}, `{} {}` (seed {}).",
            upper_first(what),
            if location == Location::Body {
                "(JSON)"
            } else {
                "(strings in the URL)"
            },
            e.id,
            e.name,
            e.method.as_str(),
            e.path,
            e.source
        );
        let mut renderer = Renderer {
            interfaces: Vec::new(),
            context,
        };
        renderer.interface(&root, &name, &doc, "");
        out.push('\n');
        out.push_str(&renderer.interfaces.join("\n"));
        let _ = writeln!(map, "  \"{}\": {name};", e.id);
        let optional = if root.has_required() { "" } else { "?" };
        request.push(format!("{member}{optional}: {name}"));
    }
    let input = if request.is_empty() {
        "FpgoNone".to_string()
    } else {
        format!("{{ {} }}", request.join("; "))
    };
    let _ = writeln!(
        maps.requests,
        "  /** {} */\n  \"{}\": {input};",
        comment(&format!("{} `{} {}`", e.name, e.method.as_str(), e.path)),
        e.id
    );
    out
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or(String::new(), |f| {
        f.to_ascii_uppercase().to_string() + c.as_str()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_file_is_up_to_date() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(OUTPUT);
        let expected = endpoints_dts();
        if std::env::var_os("FPGO_BLESS").is_some() {
            std::fs::write(&path, &expected).expect("write the generated file");
        }
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            actual == expected,
            "{OUTPUT} is stale: run `FPGO_BLESS=1 cargo test -p fpgo --lib typescript` and commit it"
        );
    }

    #[test]
    fn every_endpoint_is_in_every_map() {
        let ts = endpoints_dts();
        for e in endpoints::all() {
            let row = format!("  \"{}\": ", e.id);
            assert_eq!(
                ts.matches(&row).count(),
                5 + usize::from(crate::client::is_paged(e.id))
                    + usize::from(crate::builders::recipes::find(e.id).is_ok()),
                "{} is not in the five maps (and FpgoListItems when paged, FpgoBuilderInputs with a builder) (bodies, path parameters, queries, requests, responses)",
                e.id
            );
            assert!(
                ts.contains(&format!("\n  | \"{}\"", e.id)),
                "{} is not in FpgoEndpointId",
                e.id
            );
        }
    }

    #[test]
    fn the_documents_required_fields_are_required() {
        let ts = endpoints_dts();
        // orders.cancel: cancellationNote is required (000:1446-1448)
        let cancel = section(&ts, "export interface FpgoOrdersCancelBody {");
        assert!(cancel.contains("  cancellationNote: string;"), "{cancel}");
        assert!(ts.contains("\"orders.cancel\": { pathParams: FpgoOrdersCancelPathParams; body: FpgoOrdersCancelBody };"));
        let link = section(&ts, "export interface FpgoOrdersSendPaymentLinkBody {");
        assert!(
            link.contains("  products: FpgoList<FpgoOrdersSendPaymentLinkBodyProductsItem>;"),
            "{link}"
        );
        assert!(link.contains("  referenceNo?: string | null;"), "{link}");
        let customer = section(
            &ts,
            "export interface FpgoOrdersSendPaymentLinkBodyCustomerDetails {",
        );
        assert!(
            customer.contains("  type: \"private\" | \"corporate\";"),
            "{customer}"
        );
        assert!(
            customer.contains("  organizationId?: string | null;"),
            "{customer}"
        );
    }

    fn section<'a>(ts: &'a str, start: &str) -> &'a str {
        let from = ts.find(start).unwrap_or_else(|| panic!("no {start}"));
        let rest = &ts[from..];
        &rest[..rest.find("\n}\n").map_or(rest.len(), |i| i + 3)]
    }
}
