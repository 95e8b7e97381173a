//! The FPGO Connect client: a pure core that builds requests from the endpoint table
//! ([`crate::endpoints`]), reads the API's envelope into data or an [`FpgoError`], and decides on
//! retries; plus, on wasm32 only, the fetch transport that sends them (`transport`).
//!
//! Nothing here sends anything natively, reads a clock or draws random numbers: a transport (the
//! wasm one, or a test) drives [`Client::prepare`], sends the [`HttpRequest`], hands the answer to
//! [`parse_response`] and asks [`RetryPolicy`] whether to go again.
//!
//! POST and PUT are never retried automatically: the API has no idempotency keys, and a retry of
//! a request that may have reached the server could create a second order or a second refund.

pub mod dts;
mod error;
mod request;
mod response;
mod retry;
#[cfg(all(target_arch = "wasm32", feature = "wasm-full"))]
pub mod transport;

pub use error::{ErrorKind, FieldErrors, FpgoError};
pub use request::{
    build_request, normalize_base_url, Environment, HttpRequest, RequestInput, Token,
    DEMO_BASE_URL, PRODUCTION_BASE_URL,
};
pub use response::{parse_response, ApiResponse};
pub use retry::{RetryPolicy, MAX_RETRIES_LIMIT};

use crate::endpoints::{self, Endpoint};

/// Default time allowed for one attempt, headers and body together.
pub const DEFAULT_TIMEOUT_MS: u32 = 30_000;

/// A configured client: where to send, with which token, and how patiently.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub token: Token,
    /// Normalized base URL (see [`normalize_base_url`]).
    pub base_url: String,
    pub timeout_ms: u32,
    pub retry: RetryPolicy,
    /// Run the endpoint's rules over the body before sending (on by default).
    pub validate_bodies: bool,
}

impl ClientConfig {
    /// A config for `environment` (or `base_url`, which overrides it).
    pub fn new(
        token: &str,
        environment: Environment,
        base_url: Option<&str>,
    ) -> Result<ClientConfig, FpgoError> {
        let token = Token::new(token)?;
        let base_url = normalize_base_url(base_url.unwrap_or(environment.base_url()))?;
        Ok(ClientConfig {
            token,
            base_url,
            timeout_ms: DEFAULT_TIMEOUT_MS,
            retry: RetryPolicy::default(),
            validate_bodies: true,
        })
    }
}

/// A client over a config. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Client {
    pub config: ClientConfig,
}

impl Client {
    pub fn new(config: ClientConfig) -> Client {
        Client { config }
    }

    /// Looks up the endpoint, checks the body against its rules (unless turned off) and builds
    /// the request. Every failure is an [`FpgoError`] with `attempts == 0`: nothing was sent.
    pub fn prepare(
        &self,
        endpoint_id: &str,
        input: &RequestInput,
    ) -> Result<(&'static Endpoint, HttpRequest), FpgoError> {
        let endpoint = endpoints::find(endpoint_id).ok_or_else(|| {
            FpgoError::config(
                "unknown_endpoint",
                format!("unknown endpoint id `{endpoint_id}`"),
            )
            .with_endpoint(endpoint_id)
        })?;
        // Structural mistakes (a missing path parameter, a non-object body) first, with their own
        // codes; then the endpoint's rules.
        let request = build_request(endpoint, &self.config.base_url, &self.config.token, input)?;
        if self.config.validate_bodies {
            validation::check(endpoint, input)?;
        }
        Ok((endpoint, request))
    }
}

mod validation {
    //! Local validation before sending: the endpoint's rules over the path parameters, the query
    //! and the body (`crate::validate::validate_request`), rejected with the same map.
    use super::{Endpoint, ErrorKind, FieldErrors, FpgoError, RequestInput};
    use crate::validate::{validate_request, ValidateOptions};
    use serde_json::{Map, Value};
    use std::collections::BTreeMap;

    /// Path and query values as the server's router and `$_GET` see them: strings.
    fn strings(map: &Map<String, Value>) -> BTreeMap<String, String> {
        map.iter()
            .filter_map(|(k, v)| {
                let s = match v {
                    Value::String(s) => s.clone(),
                    Value::Number(n) => n.to_string(),
                    Value::Bool(b) => b.to_string(),
                    _ => return None,
                };
                Some((k.clone(), s))
            })
            .collect()
    }

    pub fn check(endpoint: &Endpoint, input: &RequestInput) -> Result<(), FpgoError> {
        let body = input
            .body
            .clone()
            .unwrap_or_else(|| Value::Object(Map::new()));
        let report = validate_request(
            endpoint.id,
            &strings(&input.path_params),
            &strings(&input.query),
            &body,
            &ValidateOptions::default(),
        )
        .map_err(|e| {
            FpgoError::config("unknown_endpoint", e.to_string()).with_endpoint(endpoint.id)
        })?;
        if report.valid {
            return Ok(());
        }
        let errors: FieldErrors = report
            .errors
            .iter()
            .map(|(field, issues)| {
                (
                    field.clone(),
                    issues.iter().map(|i| i.message.clone()).collect(),
                )
            })
            .collect();
        let fields: Vec<&str> = errors.keys().map(String::as_str).take(5).collect();
        let mut e = FpgoError::new(
            ErrorKind::Validation,
            "payload_validation_errors",
            format!(
                "the request breaks the rules of `{}` at {}; nothing was sent",
                endpoint.id,
                fields.join(", ")
            ),
        );
        e.errors = Some(errors);
        // The full `validate()` map, with the failed rule names (`Required`, `In`, ...).
        e.details = serde_json::to_value(&report.errors).ok();
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
            (e.kind, e.code.as_str(), e.attempts),
            (ErrorKind::Validation, "payload_validation_errors", 0)
        );
        assert!(
            e.errors
                .as_ref()
                .is_some_and(|m| m.contains_key("cancellationNote")),
            "{e:?}"
        );
        let details = e.details.unwrap();
        assert_eq!(details["cancellationNote"][0]["rule"], "Required");
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
            (e.kind, e.code.as_str(), e.attempts),
            (ErrorKind::Config, "unknown_endpoint", 0)
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
}
