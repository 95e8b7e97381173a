//! The TypeScript declarations of the JS client, generated from the endpoint table so that every
//! endpoint has a typed method (`client.orders.cancel({ pathParams: { orderUuid }, body })`).
//! `src/wasm/client.d.ts` holds the output; a test fails when it is out of date
//! (`FPGO_UPDATE_DTS=1 cargo test --lib client::dts` rewrites it).

use crate::endpoints::{self, Location};
use std::fmt::Write;

const PREAMBLE: &str = r#"/** Options for `new FpgoClient(...)`. */
export interface FpgoClientOptions {
  /** The merchant's bearer token (a secret: never ship it to browsers). */
  token: string;
  /** `demo` (the default, https://demo-api.frontpayment.no) or `production`. */
  environment?: "demo" | "production";
  /** Overrides `environment`: a sandbox (`http://127.0.0.1:PORT`) or a proxy. */
  baseUrl?: string;
  /** Time allowed for each attempt, headers and body together (default 30000). */
  timeoutMs?: number;
  /** Retries for GET requests on network errors, timeouts, 429 and 5xx (default 2, at most 10). POST and PUT are never retried. */
  maxRetries?: number;
  /** A fetch implementation to use instead of the global one. */
  fetch?: (request: Request) => Promise<Response>;
  /** Allow use in a browser window, where the token is visible to every visitor. */
  dangerouslyAllowBrowser?: boolean;
  /** Check bodies against the endpoint's rules before sending (default true). */
  validate?: boolean;
}

/** Path parameters, query parameters and JSON body of one call. */
export interface FpgoRequestOptions {
  pathParams?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: Record<string, unknown>;
}

/** The envelope's `data`, unwrapped. */
export type FpgoData = Record<string, unknown> | unknown[] | null;

export type FpgoErrorKind =
  | "validation" | "auth" | "not_found" | "business_rule" | "rate_limited" | "invalid_request"
  | "server" | "network" | "timeout" | "invalid_response" | "config";

/** What every failed call rejects with (an `Error` whose `name` is `"FpgoError"`). */
export interface FpgoError extends Error {
  name: "FpgoError";
  kind: FpgoErrorKind;
  /** The API's message key (`orderNotFound`) or our own snake_case code (`timeout`). */
  code: string;
  httpStatus?: number;
  statusMessage?: string;
  /** Field errors, as `validate()` and the API's 417 report them. */
  errors?: Record<string, string[]>;
  details?: unknown;
  endpointId?: string;
  /** Requests sent: 0 when rejected locally, more than 1 after GET retries. */
  attempts: number;
}
"#;

fn pascal(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

/// The whole declaration text.
pub fn typescript() -> String {
    let mut out = String::from(PREAMBLE);
    let ids: Vec<String> = endpoints::all().map(|e| format!("\"{}\"", e.id)).collect();
    let ids = if ids.is_empty() { "never".to_string() } else { ids.join(" | ") };
    let _ = writeln!(out, "\n/** Every endpoint id of the table. */\nexport type FpgoEndpointId = {ids};");
    let mut areas: Vec<&str> = Vec::new();
    for e in endpoints::all() {
        if !areas.contains(&e.area()) {
            areas.push(e.area());
        }
    }
    for area in &areas {
        let _ = writeln!(out, "\n/** `client.{area}.*` */\nexport interface Fpgo{}Methods {{", pascal(area));
        for e in endpoints::all().filter(|e| e.area() == *area) {
            let method = e.id.split_once('.').map_or(e.id, |(_, m)| m);
            let params: Vec<String> = e
                .path
                .split('/')
                .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
                .map(|p| match p.strip_suffix('?') {
                    Some(name) => format!("{name}?: string | number"),
                    None => format!("{p}: string | number"),
                })
                .collect();
            let mut input = Vec::new();
            if !params.is_empty() {
                input.push(format!("pathParams: {{ {} }}", params.join("; ")));
            }
            if e.fields_at(Location::Query).next().is_some() {
                input.push("query?: FpgoRequestOptions[\"query\"]".to_string());
            }
            if e.fields_at(Location::Body).next().is_some() {
                input.push("body: Record<string, unknown>".to_string());
            }
            let required = !input.is_empty() && input.iter().any(|p| !p.contains("?:"));
            let arg = if input.is_empty() {
                "input?: Record<string, never>".to_string()
            } else {
                format!("input{}: {{ {} }}", if required { "" } else { "?" }, input.join("; "))
            };
            let _ = writeln!(
                out,
                "  /** {} — `{} {}` (seed {}) */\n  {method}({arg}): Promise<FpgoData>;",
                e.name,
                e.method.as_str(),
                e.path,
                e.source
            );
        }
        out.push_str("}\n");
    }
    out.push_str("\n/** The FPGO Connect client. */\nexport class FpgoClient {\n  constructor(options: FpgoClientOptions);\n");
    out.push_str("  /** Calls any endpoint by id. */\n  request(endpointId: FpgoEndpointId, input?: FpgoRequestOptions): Promise<FpgoData>;\n");
    for area in &areas {
        let _ = writeln!(out, "  readonly {area}: Fpgo{}Methods;", pascal(area));
    }
    out.push_str("  free(): void;\n}\n");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn checked_in_declarations_match_the_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/wasm/client.d.ts");
        let expected = super::typescript();
        if std::env::var_os("FPGO_UPDATE_DTS").is_some() {
            std::fs::write(path, &expected).unwrap();
        }
        let actual = std::fs::read_to_string(path).unwrap_or_default();
        assert!(actual == expected, "src/wasm/client.d.ts is stale: run FPGO_UPDATE_DTS=1 cargo test --lib client::dts");
    }
}
