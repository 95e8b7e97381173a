//! The FPGO Connect client core: builds requests from the endpoint table ([`crate::endpoints`]) and
//! reads the API's answers into data or an [`FpgoError`]. Pure: nothing here sends anything, reads
//! a clock or draws random numbers.
//!
//! The transport is JavaScript (`pkg-template/lib/client.js`): it reads the caller's values, calls
//! [`crate::json_api::client::prepare_request`], sends with the caller's `fetch` (or the global
//! one), reads the body as a stream up to a limit, and hands status, headers and body text to
//! [`crate::json_api::client::read_response`]. It also owns timeouts, aborts and the GET-only
//! retries. Keeping `fetch` out of WebAssembly means no JS exception from a user's `fetch` or a
//! hostile `Response` ever unwinds through wasm frames (see docs/client.md).

// A failure is a `Box<FpgoError>` (the whole report, built once per failure): a `Result` of the
// client moves one pointer (see `FpgoError::new`).

pub mod dts;
mod error;
mod redact;
mod request;
mod response;
pub mod server_messages;

pub use crate::endpoints::StatusInEnvelope;
pub(crate) use error::first_chars;
pub use error::{ErrorKind, FieldErrors, FieldIssue, FpgoError, OTHER_FIELD};
pub use redact::{redact_error, redact_text, REDACTED};
pub use request::{
    build_request, normalize_base_url, Environment, HttpRequest, RequestInput, Token,
    DEMO_BASE_URL, PRODUCTION_BASE_URL,
};
pub(crate) use response::push_json;
pub use response::{parse_response, status_in_envelope, ApiResponse, ResponseContext};

use crate::endpoints::{self, Endpoint, Location};
use crate::validate::Lang;

/// Whether `endpoint_id` is a paged list: its answer carries `metaData` and `links` beside `data`,
/// and pages with `?page=N` (its spec's [`endpoints::Response::paged`]: Get Subscription List
/// `000:5592-5740`, Get Failed Payment List `000:5741-5853`).
pub fn is_paged(endpoint_id: &str) -> bool {
    endpoints::find(endpoint_id).is_some_and(|e| e.response.paged)
}

/// A configured client: where to send, with which token, in which language.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// The API token (its `Debug` is redacted).
    pub token: Token,
    /// Normalized base URL (see [`normalize_base_url`]).
    pub base_url: String,
    /// Run the endpoint's rules over the body before sending (on by default).
    pub validate_bodies: bool,
    /// The language of error messages; English keeps the server's own text.
    pub lang: Lang,
    /// The JS runtime, for `X-Fpgo-Client: fpgo/<version> (<runtime>)` (`node/v22.1.0`, `workerd`).
    pub runtime: String,
    /// Send `User-Agent` too (browsers refuse to let scripts set it).
    pub send_user_agent: bool,
}

impl ClientConfig {
    /// A config for `environment` (or `base_url`, which overrides it).
    pub fn new(
        token: &str,
        environment: Environment,
        base_url: Option<&str>,
    ) -> Result<ClientConfig, Box<FpgoError>> {
        let token = Token::new(token)?;
        let base_url = normalize_base_url(base_url.unwrap_or(environment.base_url()))?;
        Ok(ClientConfig {
            token,
            base_url,
            validate_bodies: true,
            lang: Lang::En,
            runtime: "unknown".into(),
            send_user_agent: false,
        })
    }

    /// `fpgo/<version> (<runtime>)`, the runtime cut to visible ASCII without parentheses.
    pub fn client_id(&self) -> String {
        // By bytes in a plain loop: a graphic ASCII char is one byte, and no byte of a non-ASCII
        // char is graphic ASCII.
        let mut runtime = String::new();
        for b in self.runtime.bytes() {
            if runtime.len() == 64 {
                break;
            }
            if b.is_ascii_graphic() && !matches!(b, b'(' | b')') {
                runtime.push(char::from(b));
            }
        }
        let runtime = if runtime.is_empty() {
            "unknown".into()
        } else {
            runtime
        };
        crate::text::concat(&["fpgo/", env!("CARGO_PKG_VERSION"), " (", &runtime, ")"])
    }

    /// The message language for server answers: `None` keeps the server's English text.
    pub fn message_language(&self) -> Option<crate::rules::messages::Lang> {
        (self.lang != crate::rules::messages::Lang::En).then_some(self.lang)
    }
}

/// The endpoint's table fields as `(name, rules)`, for placing the server's messages.
pub fn table_fields(endpoint: &Endpoint) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::with_capacity(endpoint.fields.len());
    for at in [Location::Body, Location::Query, Location::Path] {
        for f in endpoint.fields_at(at) {
            out.push((f.name, f.rules));
        }
    }
    out
}

/// Looks up an endpoint, as a typed error when it is not in the table.
pub fn find_endpoint(endpoint_id: &str) -> Result<&'static Endpoint, Box<FpgoError>> {
    endpoints::find(endpoint_id).ok_or_else(|| {
        FpgoError::config(
            "unknown_endpoint",
            crate::text::concat(&["unknown endpoint id `", first_chars(endpoint_id, 100), "`"]),
        )
    })
}

/// A client over a config. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Client {
    /// Where to send, with which token, in which language.
    pub config: ClientConfig,
}

impl Client {
    /// A client over `config`.
    pub fn new(config: ClientConfig) -> Client {
        Client { config }
    }

    /// Looks up the endpoint, builds the request and checks it against the endpoint's rules
    /// (unless turned off). Every failure is an [`FpgoError`]: nothing was sent.
    pub fn prepare(
        &self,
        endpoint_id: &str,
        input: &RequestInput,
    ) -> Result<(&'static Endpoint, HttpRequest), Box<FpgoError>> {
        let endpoint = find_endpoint(endpoint_id)?;
        // Structural mistakes (a missing path parameter, a dot segment, a non-object body) first,
        // with their own codes; then the endpoint's rules.
        let request = build_request(endpoint, &self.config, input)?;
        if self.config.validate_bodies {
            validation::check(endpoint, input, self.config.lang)?;
        }
        Ok((endpoint, request))
    }

    /// Reads one answer to a call of `endpoint`: data, or a redacted [`FpgoError`].
    pub fn read(
        &self,
        endpoint: &Endpoint,
        status: u16,
        location: Option<&str>,
        content_type: Option<&str>,
        body: &str,
    ) -> Result<ApiResponse, Box<FpgoError>> {
        let fields = table_fields(endpoint);
        let ctx = ResponseContext {
            fields: &fields,
            lang: self.config.message_language(),
            // The endpoint's own spec, not a second and third lookup by id.
            paged: endpoint.response.paged,
            location,
            content_type,
            status_in_envelope: endpoint.response.status_in_envelope,
        };
        response::parse_response_redacted(status, body, &ctx, self.config.token.secret())
            .map_err(|e| e.with_endpoint(endpoint.id))
    }
}

mod validation {
    //! Local validation before sending: the endpoint's rules over the path parameters, the query
    //! and the body (`crate::validate::validate_request`), rejected with the same map.
    use super::{Endpoint, ErrorKind, FieldErrors, FpgoError, Lang, RequestInput};
    use crate::validate::{validate_request, ValidateOptions};
    use serde_json::{Map, Value};
    use std::collections::BTreeMap;

    /// Path and query values as the server's router and `$_GET` see them: strings. (Inserted one
    /// by one: `collect` into a `BTreeMap` sorts first, and the sort is 10 KB of wasm.)
    fn strings(map: &Map<String, Value>) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (k, v) in map {
            // The text the URL gets (the request builder's one reader of scalars).
            let Some(s) = super::request::scalar(v) else {
                continue;
            };
            *out.entry(k.clone()).or_default() = s;
        }
        out
    }

    pub fn check(
        endpoint: &Endpoint,
        input: &RequestInput,
        lang: Lang,
    ) -> Result<(), Box<FpgoError>> {
        // Borrowed, not cloned: the body is only read.
        let empty;
        let body = match &input.body {
            Some(body) => body,
            None => {
                empty = Value::Object(Map::new());
                &empty
            }
        };
        let options = ValidateOptions {
            lang,
            ..ValidateOptions::default()
        };
        let report = validate_request(
            endpoint.id,
            &strings(&input.path_params),
            &strings(&input.query),
            body,
            &options,
        )
        .map_err(|e| {
            FpgoError::config("unknown_endpoint", e.message()).with_endpoint(endpoint.id)
        })?;
        if report.valid {
            return Ok(());
        }
        let mut errors = FieldErrors::new();
        for (field, issues) in report.errors.iter() {
            *errors.issues_mut(field.clone()) = issues.clone();
        }
        let fields = crate::text::join(errors.keys().take(5), ", ");
        let mut e = FpgoError::new(
            ErrorKind::Validation,
            "payload_validation_errors",
            crate::text::concat(&[
                "the request breaks the rules of `",
                endpoint.id,
                "` at ",
                &fields,
                "; nothing was sent",
            ]),
        );
        e.errors = Some(errors);
        Err(e.with_endpoint(endpoint.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn client() -> Client {
        Client::new(
            ClientConfig::new("tok_SECRET", Environment::Demo, Some("http://127.0.0.1:9/"))
                .unwrap(),
        )
    }

    #[test]
    fn prepare_builds_from_the_real_table() {
        let input = RequestInput {
            path_params: json!({"orderUuid": "ODR1"})
                .as_object()
                .cloned()
                .unwrap_or_default(),
            body: Some(json!({"cancellationNote": "n"})),
            ..Default::default()
        };
        let (endpoint, req) = client().prepare("orders.cancel", &input).unwrap();
        assert_eq!(endpoint.id, "orders.cancel");
        assert_eq!(
            req.url,
            "http://127.0.0.1:9/api/v1/connect/orders/cancel/ODR1"
        );
        assert!(!format!("{req:?}").contains("tok_SECRET"));
    }

    #[test]
    fn every_endpoint_builds_with_placeholder_params() {
        let mut lax = client();
        lax.config.validate_bodies = false; // building only; the bodies are empty
        for e in endpoints::all() {
            let mut params = serde_json::Map::new();
            for p in e.path_params() {
                params.insert(p.to_string(), json!("X1"));
            }
            let input = RequestInput {
                path_params: params,
                ..Default::default()
            };
            let (_, req) = lax
                .prepare(e.id, &input)
                .unwrap_or_else(|err| panic!("{}: {err}", e.id));
            assert!(!req.url.contains('{'), "{}: {}", e.id, req.url);
            assert_eq!(req.method, e.method);
        }
    }

    #[test]
    fn invalid_bodies_are_rejected_locally_with_the_validate_map_unless_turned_off() {
        let input = RequestInput {
            path_params: json!({"orderUuid": "ODR1"})
                .as_object()
                .cloned()
                .unwrap_or_default(),
            body: Some(json!({})),
            ..Default::default()
        };
        let e = client().prepare("orders.cancel", &input).unwrap_err();
        assert_eq!(
            (e.kind, e.code.as_str()),
            (ErrorKind::Validation, "payload_validation_errors")
        );
        assert_eq!(e.errors.unwrap()["cancellationNote"][0].rule, "Required");
        let mut lax = client();
        lax.config.validate_bodies = false;
        assert!(lax.prepare("orders.cancel", &input).is_ok());
    }

    #[test]
    fn unknown_endpoints_and_environments() {
        let e = client()
            .prepare("orders.nope", &RequestInput::default())
            .unwrap_err();
        assert_eq!(
            (e.kind, e.code.as_str()),
            (ErrorKind::Config, "unknown_endpoint")
        );
        let prod = ClientConfig::new("t", Environment::Production, None).unwrap();
        assert_eq!(prod.base_url, PRODUCTION_BASE_URL);
        assert_eq!(
            ClientConfig::new("t", Environment::Demo, None)
                .unwrap()
                .base_url,
            DEMO_BASE_URL
        );
    }
    #[test]
    fn tokens_and_runtimes_are_read_by_bytes_as_by_chars() {
        let old_bad = |t: &str| {
            t.chars()
                .any(|c| c.is_whitespace() || c.is_control() || !c.is_ascii())
        };
        for code in (0u32..0x3100).chain([0x1680, 0x2028, 0x3000, 0xfeff, 0x1f600]) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let token = format!("tok{c}en");
            assert_eq!(Token::new(&token).is_err(), old_bad(&token), "U+{code:04X}");
        }
        let old_runtime = |r: &str| -> String {
            r.chars()
                .filter(|c| c.is_ascii_graphic() && !matches!(c, '(' | ')'))
                .take(64)
                .collect()
        };
        for runtime in [
            "",
            "node/v22",
            "deno (1.4)",
            "ærø\u{1f600} bun\t1",
            &"x(".repeat(80),
            &"é".repeat(70),
        ] {
            let mut config = client().config;
            config.runtime = runtime.to_string();
            let shown = old_runtime(runtime);
            let shown = if shown.is_empty() {
                "unknown".into()
            } else {
                shown
            };
            assert_eq!(
                config.client_id(),
                format!("fpgo/{} ({shown})", env!("CARGO_PKG_VERSION")),
                "{runtime}"
            );
        }
    }
}
