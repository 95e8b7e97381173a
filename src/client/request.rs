//! Building a request from an endpoint of the table: the URL (base + path with encoded path
//! parameters + query), the headers with the bearer token, and the JSON body. Pure: nothing is sent.

use super::error::{detail, ErrorKind, FpgoError};
use super::ClientConfig;
use crate::endpoints::{Endpoint, Method};
use crate::text;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::{Map, Value};
use std::fmt;

/// The documents' base URL (every example, e.g. `000:17`).
pub const DEMO_BASE_URL: &str = "https://demo-api.frontpayment.no";
/// Not in the documents; inferred from `demo-api.` / `stg-api.` (see docs/decisions/client-sandbox.md).
pub const PRODUCTION_BASE_URL: &str = "https://api.frontpayment.no";

/// Everything except RFC 3986 unreserved characters is percent-encoded, in path segments and in
/// query keys and values alike (so `PARTIAL REFUNDED` becomes `PARTIAL%20REFUNDED`, `/` cannot
/// escape a path segment and `&`/`=` cannot forge a query parameter).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn encode(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).collect()
}

/// Which FPGO environment to talk to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Environment {
    /// The demo (test) environment.
    #[default]
    Demo,
    /// The production environment: real money.
    Production,
}

impl Environment {
    /// Reads `demo` or `production`.
    pub fn parse(s: &str) -> Option<Environment> {
        match s {
            "demo" => Some(Environment::Demo),
            "production" => Some(Environment::Production),
            _ => None,
        }
    }

    /// The environment's base URL.
    pub fn base_url(self) -> &'static str {
        match self {
            Environment::Demo => DEMO_BASE_URL,
            Environment::Production => PRODUCTION_BASE_URL,
        }
    }
}

/// The merchant's bearer token. Its `Debug` and `Display` never show the value.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// Rejects an empty token and one with whitespace or control characters (which would break,
    /// or inject into, the `Authorization` header). The error never contains the token.
    pub fn new(token: &str) -> Result<Token, Box<FpgoError>> {
        if token.is_empty() {
            return Err(FpgoError::invalid_argument("`token` is empty"));
        }
        // By bytes: an ASCII char is whitespace or control exactly when it is <= 0x20 or 0x7f,
        // and every byte of a non-ASCII char is >= 0x80.
        if token.bytes().any(|b| b <= 0x20 || b >= 0x7f) {
            return Err(FpgoError::invalid_argument(
                "`token` contains whitespace, control or non-ASCII characters",
            ));
        }
        Ok(Token(token.to_string()))
    }

    fn header_value(&self) -> String {
        text::concat(&["Bearer ", &self.0])
    }

    /// The secret itself, for redaction only.
    pub(crate) fn secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

/// Checks and normalizes a base URL: `http(s)://host[:port][/prefix]`, without a trailing slash.
pub fn normalize_base_url(base: &str) -> Result<String, Box<FpgoError>> {
    let trimmed = base.trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"))
        .ok_or_else(|| {
            FpgoError::invalid_argument("`baseUrl` must start with https:// or http://")
        })?;
    // By bytes (each of these characters is one ASCII byte, which no other character's UTF-8
    // holds): the same answers as `split('/')`, `contains([..])` and `contains('@')`, without
    // std's char pattern searchers.
    let host_len = rest.bytes().position(|b| b == b'/').unwrap_or(rest.len());
    let host = rest.as_bytes().get(..host_len).unwrap_or_default();
    if host.is_empty()
        || rest.bytes().any(|b| matches!(b, b'?' | b'#' | b' '))
        || host.contains(&b'@')
    {
        return Err(FpgoError::invalid_argument(
            "`baseUrl` must be scheme://host[:port][/path] without credentials, query or fragment",
        ));
    }
    Ok(trimmed.to_string())
}

/// What the caller gives for one call: path parameters, query parameters, the JSON body and extra
/// headers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestInput {
    /// Values for the path's `{placeholders}`, by name.
    pub path_params: Map<String, Value>,
    /// Query parameters, by name.
    pub query: Map<String, Value>,
    /// The JSON body, for endpoints that take one.
    pub body: Option<Value>,
    /// Extra request headers (`Idempotency-Key`, tracing headers); the ones the client sets itself
    /// cannot be replaced.
    pub headers: Vec<(String, String)>,
}

/// A request ready for a transport. `Debug` redacts the `Authorization` header.
#[derive(Clone, PartialEq)]
pub struct HttpRequest {
    /// The HTTP method.
    pub method: Method,
    /// Base URL + path + `?query` (no trailing `&`).
    pub url: String,
    /// The path alone (for logging hooks: no query, no host).
    pub path: String,
    /// The query string without `?` (empty when there is none).
    pub query: String,
    /// Every header to send, `Authorization` included.
    pub headers: Vec<(String, String)>,
    /// The JSON body as text.
    pub body: Option<String>,
}

impl fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(k, v)| {
                let shown = if k.eq_ignore_ascii_case("authorization") {
                    "<redacted>"
                } else {
                    v
                };
                (k.as_str(), shown)
            })
            .collect();
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &headers)
            .field("body", &self.body)
            .finish()
    }
}

/// A structural mistake in one parameter; `details.param` names it.
fn invalid_input(code: &str, field: &str, message: String) -> Box<FpgoError> {
    FpgoError::new(ErrorKind::Validation, code, message)
        .with_details(detail("param", Value::String(field.to_string())))
}

/// A path segment the URL parser would resolve away (`.`, `..`) or an empty one: the request would
/// go to another path (`orders/cancel/..` is `orders/`), so it is refused whatever the rules say.
fn escaping_segment(name: &str, value: &str) -> Option<Box<FpgoError>> {
    matches!(value, "" | "." | "..").then(|| {
        FpgoError::new(
            ErrorKind::InvalidRequest,
            "invalid_request",
            text::concat(&[
                "path parameter `",
                name,
                "` is empty, `.` or `..`, which would change the request's path; nothing was sent",
            ]),
        )
        .with_details(detail("param", Value::String(name.to_string())))
    })
}

/// A scalar as it goes into a URL: strings as they are, numbers and booleans as JSON writes them.
pub(super) fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(crate::json::number_text(n)),
        Value::Bool(b) => Some(if *b { "true" } else { "false" }.into()),
        _ => None,
    }
}

/// A path segment's placeholder: `{name}` or `{name?}` (optional) as `(name, optional)`.
fn placeholder(segment: &str) -> Option<(&str, bool)> {
    let name = segment.strip_prefix('{')?.strip_suffix('}')?;
    Some(match name.strip_suffix('?') {
        Some(name) => (name, true),
        None => (name, false),
    })
}

/// The path with every `{placeholder}` replaced by its encoded value. An optional placeholder
/// (`{status?}`) left out drops its segment.
fn fill_path(endpoint: &Endpoint, params: &Map<String, Value>) -> Result<String, Box<FpgoError>> {
    // The names as `Endpoint::path_params` lists them, by the one segment reader below.
    let mut known: Vec<&str> = Vec::new();
    for segment in endpoint.path.split('/') {
        if let Some((name, _)) = placeholder(segment) {
            known.push(name);
        }
    }
    if let Some(unknown) = params.keys().find(|k| !known.contains(&k.as_str())) {
        return Err(invalid_input(
            "unknown_path_param",
            unknown,
            text::concat(&[
                "`",
                endpoint.id,
                "` has no path parameter `",
                unknown,
                "` (it has: ",
                &text::join(&known, ", "),
                ")",
            ]),
        ));
    }
    let mut out = String::with_capacity(endpoint.path.len() + 16);
    for (i, segment) in endpoint.path.split('/').enumerate() {
        let Some((name, optional)) = placeholder(segment) else {
            if i > 0 {
                out.push('/');
            }
            out.push_str(segment);
            continue;
        };
        match params.get(name).filter(|v| !v.is_null()) {
            None if optional => {}
            None => {
                return Err(invalid_input(
                    "missing_path_param",
                    name,
                    text::concat(&["`", endpoint.id, "` needs the path parameter `", name, "`"]),
                ))
            }
            Some(v) => {
                let value = scalar(v).ok_or_else(|| {
                    invalid_input(
                        "invalid_path_param",
                        name,
                        text::concat(&["path parameter `", name, "` must be a string or a number"]),
                    )
                })?;
                if let Some(e) = escaping_segment(name, &value) {
                    return Err(e);
                }
                out.push('/');
                out.push_str(&encode(&value));
            }
        }
    }
    Ok(out)
}

/// `k=v&k2=v2`, every key and value encoded; pairs joined, never a trailing `&`.
fn query_string(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(&encode(k));
        out.push('=');
        out.push_str(&encode(v));
    }
    out
}

/// Headers the client sets itself: a caller's `headers` cannot replace them.
/// One per line (a text, not a table of `&str`: no addresses in the .wasm).
const RESERVED_HEADERS: &str = "authorization
accept
content-type
content-length
host
user-agent
x-fpgo-client
cookie
transfer-encoding
connection";

/// Checks one caller header: an HTTP token as name, no control characters in the value.
fn check_header(name: &str, value: &str) -> Result<(), Box<FpgoError>> {
    let token_char = |c: char| c.is_ascii_alphanumeric() || text::ascii_in("!#$%&'*+-.^_`|~", c);
    if name.is_empty() || name.len() > 256 || !name.chars().all(token_char) {
        return Err(FpgoError::invalid_argument(
            "a header name in `headers` is not a valid HTTP header name",
        ));
    }
    if value.len() > 8_192 || value.chars().any(|c| c.is_control() && c != '\t') {
        return Err(FpgoError::invalid_argument(text::concat(&[
            "the value of header `",
            name,
            "` holds control characters or is over 8192 bytes",
        ])));
    }
    // The list is lower-case ASCII: the same answer as comparing `to_ascii_lowercase()`, without it.
    if RESERVED_HEADERS
        .split('\n')
        .any(|r| r.eq_ignore_ascii_case(name))
    {
        return Err(FpgoError::invalid_argument(text::concat(&[
            "header `",
            name,
            "` is set by the client and cannot be replaced",
        ])));
    }
    Ok(())
}

const JSON_TYPE: &str = "application/json";

/// Appends one header (one body for every header: each pair was two copies inlined).
fn push_header(out: &mut Vec<(String, String)>, name: &str, value: &str) {
    out.push((name.to_string(), value.to_string()));
}

/// The headers of every request: JSON in and out, the token, who is calling, the caller's extras.
fn headers(
    config: &ClientConfig,
    input: &RequestInput,
    has_body: bool,
) -> Result<Vec<(String, String)>, Box<FpgoError>> {
    let client_id = config.client_id();
    let mut out = Vec::with_capacity(5 + input.headers.len());
    push_header(&mut out, "Accept", JSON_TYPE);
    push_header(&mut out, "Authorization", &config.token.header_value());
    push_header(&mut out, "X-Fpgo-Client", &client_id);
    if config.send_user_agent {
        push_header(&mut out, "User-Agent", &client_id);
    }
    if has_body {
        push_header(&mut out, "Content-Type", JSON_TYPE);
    }
    for (k, v) in &input.headers {
        check_header(k, v)?;
        push_header(&mut out, k, v);
    }
    Ok(out)
}

fn query_pairs(
    query: &Map<String, Value>,
    source: &str,
) -> Result<Vec<(String, String)>, Box<FpgoError>> {
    let mut pairs = Vec::with_capacity(query.len());
    for (k, v) in query {
        if v.is_null() {
            continue; // an absent filter, as `undefined` would be
        }
        let value = scalar(v).ok_or_else(|| {
            invalid_input(
                "invalid_query_param",
                k,
                text::concat(&[
                    source,
                    " parameter `",
                    k,
                    "` must be a string, a number or a boolean",
                ]),
            )
        })?;
        pairs.push((k.clone(), value));
    }
    Ok(pairs)
}

/// Builds the request for `endpoint` against `base_url` (already normalized).
///
/// A GET never carries a body: fetch refuses one (`TypeError: Request with GET/HEAD method cannot
/// have body`). The one GET the documents give a body (Cancel Reservation, `000:4500`, body
/// `000:4517-4521`) therefore sends its body fields as query parameters, which Laravel's
/// `$request->input()` reads the same way (see docs/decisions/client-sandbox.md).
pub fn build_request(
    endpoint: &Endpoint,
    config: &ClientConfig,
    input: &RequestInput,
) -> Result<HttpRequest, Box<FpgoError>> {
    let build = || -> Result<HttpRequest, Box<FpgoError>> {
        let path = fill_path(endpoint, &input.path_params)?;
        let mut pairs = query_pairs(&input.query, "query")?;
        let mut body = None;
        match (&input.body, endpoint.method) {
            (None | Some(Value::Null), _) => {}
            (Some(Value::Object(fields)), Method::Get) => {
                pairs.extend(query_pairs(fields, "body")?)
            }
            // The `Value` written, not the `Option` (one writer monomorphisation, shared).
            (Some(object @ Value::Object(_)), _) => body = crate::json::to_string(object).ok(),
            (Some(_), _) => {
                return Err(invalid_input(
                    "invalid_body",
                    "body",
                    "the body must be a JSON object".into(),
                ))
            }
        }
        let query = query_string(&pairs);
        let mut url = text::concat(&[&config.base_url, &path]);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&query);
        }
        Ok(HttpRequest {
            method: endpoint.method,
            url,
            path,
            query,
            headers: headers(config, input, body.is_some())?,
            body,
        })
    };
    build().map_err(|e| e.with_endpoint(endpoint.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoints::{body, path, query, Endpoint, Method, Response};
    use serde_json::json;

    /// Request building reads neither the recipe nor the response.
    const UNTYPED: Response = Response::data("unknown", "");
    const CANCEL: Endpoint = Endpoint {
        id: "orders.cancel",
        name: "Cancel Order",
        method: Method::Post,
        path: "/api/v1/connect/orders/cancel/{orderUuid}",
        fields: &[
            path("orderUuid", "required|string", "000:1426"),
            body("cancellationNote", "required|string", "000:1462"),
        ],
        source: "000:1418-1533",
        body: None,
        response: UNTYPED,
    };
    const STATUS_LIST: Endpoint = Endpoint {
        id: "orders.statusList",
        name: "Get All Order Status",
        method: Method::Get,
        path: "/api/v1/connect/orders/status",
        fields: &[query("type", "nullable|string", "000:1738")],
        source: "000:1719-1793",
        body: None,
        response: UNTYPED,
    };
    const SUBSCRIPTIONS: Endpoint = Endpoint {
        id: "subscriptions.list",
        name: "Get Subscription List",
        method: Method::Get,
        path: "/api/v1/connect/subscriptions/list/{status?}",
        fields: &[path("status", "nullable|string", "000:5600")],
        source: "000:5592-5739",
        body: None,
        response: UNTYPED,
    };
    const CANCEL_RESERVATION: Endpoint = Endpoint {
        id: "reservations.cancel",
        name: "Cancel Reservation",
        method: Method::Get,
        path: "/api/v1/connect/reservations/cancel/{reservationUuid}",
        fields: &[
            path("reservationUuid", "required|string", "000:4500"),
            body("note", "required|string", "000:4517"),
        ],
        source: "000:4483-4620",
        body: None,
        response: UNTYPED,
    };

    fn token() -> Token {
        Token::new("sk_test_SECRET123").unwrap()
    }

    fn build(e: &Endpoint, base: &str, input: RequestInput) -> Result<HttpRequest, Box<FpgoError>> {
        let mut config =
            ClientConfig::new("sk_test_SECRET123", Environment::Demo, Some(base)).unwrap();
        config.runtime = "node/v22".into();
        build_request(e, &config, &input)
    }

    fn input(v: Value) -> RequestInput {
        let obj = |k: &str| {
            v.get(k)
                .and_then(|x| x.as_object())
                .cloned()
                .unwrap_or_default()
        };
        RequestInput {
            path_params: obj("pathParams"),
            query: obj("query"),
            body: v.get("body").cloned(),
            headers: Vec::new(),
        }
    }

    #[test]
    fn post_with_path_param_and_json_body() {
        let req = build(
            &CANCEL,
            DEMO_BASE_URL,
            input(
                json!({"pathParams": {"orderUuid": "ODR123"}, "body": {"cancellationNote": "x"}}),
            ),
        )
        .unwrap();
        assert_eq!(req.method, Method::Post);
        assert_eq!(
            req.url,
            "https://demo-api.frontpayment.no/api/v1/connect/orders/cancel/ODR123"
        );
        assert_eq!(req.body.as_deref(), Some(r#"{"cancellationNote":"x"}"#));
        assert!(req
            .headers
            .contains(&("Authorization".into(), "Bearer sk_test_SECRET123".into())));
        assert!(req
            .headers
            .contains(&("Content-Type".into(), "application/json".into())));
    }

    #[test]
    fn path_params_are_encoded_and_cannot_escape_their_segment() {
        let req = build(
            &CANCEL,
            "http://127.0.0.1:9",
            input(json!({"pathParams": {"orderUuid": "../a b/ø?x=1"}})),
        )
        .unwrap();
        assert_eq!(
            req.url,
            "http://127.0.0.1:9/api/v1/connect/orders/cancel/..%2Fa%20b%2F%C3%B8%3Fx%3D1"
        );
    }

    #[test]
    fn numbers_are_accepted_as_path_params() {
        let req = build(
            &CANCEL,
            "http://h",
            input(json!({"pathParams": {"orderUuid": 42}})),
        )
        .unwrap();
        assert!(req.url.ends_with("/cancel/42"));
    }

    #[test]
    fn missing_unknown_and_empty_path_params_are_typed_errors() {
        let e = build(&CANCEL, "http://h", input(json!({}))).unwrap_err();
        assert_eq!(
            (e.kind, e.code.as_str()),
            (ErrorKind::Validation, "missing_path_param")
        );
        assert_eq!(e.details.unwrap()["param"], "orderUuid");
        assert_eq!(e.endpoint_id.as_deref(), Some("orders.cancel"));
        let e = build(
            &CANCEL,
            "http://h",
            input(json!({"pathParams": {"orderUUID": "x"}})),
        )
        .unwrap_err();
        assert_eq!(e.code, "unknown_path_param");
        let e = build(
            &CANCEL,
            "http://h",
            input(json!({"pathParams": {"orderUuid": {"a": 1}}})),
        )
        .unwrap_err();
        assert_eq!(e.code, "invalid_path_param");
    }

    #[test]
    fn dot_and_empty_segments_are_refused_whatever_the_rules_say() {
        for bad in ["", ".", ".."] {
            let e = build(
                &CANCEL,
                "http://h",
                input(json!({"pathParams": {"orderUuid": bad}})),
            )
            .unwrap_err();
            assert_eq!(
                (e.kind, e.code.as_str()),
                (ErrorKind::InvalidRequest, "invalid_request"),
                "{bad:?}"
            );
            assert_eq!(e.details.unwrap()["param"], "orderUuid");
        }
        // Dots inside a segment are ordinary characters.
        let req = build(
            &CANCEL,
            "http://h",
            input(json!({"pathParams": {"orderUuid": "..."}})),
        )
        .unwrap();
        assert!(req.url.ends_with("/cancel/..."), "{}", req.url);
    }

    #[test]
    fn identification_and_caller_headers() {
        let req = build(
            &STATUS_LIST,
            "http://h",
            RequestInput {
                headers: vec![("X-Trace".into(), "t1".into())],
                ..Default::default()
            },
        )
        .unwrap();
        let version = env!("CARGO_PKG_VERSION");
        assert!(
            req.headers
                .contains(&("X-Fpgo-Client".into(), format!("fpgo/{version} (node/v22)"))),
            "{req:?}"
        );
        assert!(req.headers.contains(&("X-Trace".into(), "t1".into())));
        assert!(!req.headers.iter().any(|(k, _)| k == "User-Agent"));
        for (k, v) in [
            ("Authorization", "Bearer x"),
            ("content-type", "text/plain"),
            ("X-Fpgo-Client", "evil"),
            ("Bad Name", "v"),
            ("X-A", "a\r\nX-B: b"),
        ] {
            let e = build(
                &STATUS_LIST,
                "http://h",
                RequestInput {
                    headers: vec![(k.into(), v.into())],
                    ..Default::default()
                },
            )
            .unwrap_err();
            assert_eq!(e.code, "invalid_argument", "{k}");
        }
    }

    #[test]
    fn query_is_encoded_and_nulls_are_skipped() {
        let req = build(
            &STATUS_LIST,
            "http://h",
            input(json!({"query": {"type": "PARTIAL REFUNDED", "x": null, "a&b": "c=d"}})),
        )
        .unwrap();
        assert_eq!(
            req.url,
            "http://h/api/v1/connect/orders/status?type=PARTIAL%20REFUNDED&a%26b=c%3Dd"
        );
        assert_eq!(req.body, None);
        assert_eq!(req.path, "/api/v1/connect/orders/status");
        assert_eq!(req.query, "type=PARTIAL%20REFUNDED&a%26b=c%3Dd");
        assert!(!req.headers.iter().any(|(k, _)| k == "Content-Type"));
        let req = build(
            &STATUS_LIST,
            "http://h",
            input(json!({"query": {"x": null}})),
        )
        .unwrap();
        assert_eq!(
            (req.url.as_str(), req.query.as_str()),
            ("http://h/api/v1/connect/orders/status", "")
        );
    }

    #[test]
    fn optional_path_segment_is_dropped_when_absent() {
        let req = build(&SUBSCRIPTIONS, "http://h", input(json!({}))).unwrap();
        assert_eq!(req.url, "http://h/api/v1/connect/subscriptions/list");
        let req = build(
            &SUBSCRIPTIONS,
            "http://h",
            input(json!({"pathParams": {"status": "ACTIVE"}})),
        )
        .unwrap();
        assert_eq!(req.url, "http://h/api/v1/connect/subscriptions/list/ACTIVE");
    }

    #[test]
    fn a_get_with_a_documented_body_sends_it_as_query() {
        let req = build(
            &CANCEL_RESERVATION,
            "http://h",
            input(json!({"pathParams": {"reservationUuid": "RSV1"}, "body": {"note": "no show"}})),
        )
        .unwrap();
        assert_eq!(
            req.url,
            "http://h/api/v1/connect/reservations/cancel/RSV1?note=no%20show"
        );
        assert_eq!(req.body, None);
    }

    #[test]
    fn non_object_bodies_are_rejected() {
        let e = build(
            &CANCEL,
            "http://h",
            input(json!({"pathParams": {"orderUuid": "O"}, "body": [1]})),
        )
        .unwrap_err();
        assert_eq!(e.code, "invalid_body");
    }

    #[test]
    fn the_token_never_shows_in_debug_output() {
        let t = token();
        assert_eq!(format!("{t:?}"), "Token(<redacted>)");
        let req = build(
            &CANCEL,
            "http://h",
            input(json!({"pathParams": {"orderUuid": "O"}})),
        )
        .unwrap();
        let shown = format!("{req:?}");
        assert!(!shown.contains("SECRET123"), "{shown}");
        assert!(shown.contains("<redacted>"));
    }

    #[test]
    fn bad_tokens_are_rejected_without_echoing_them() {
        for bad in ["", "abc def", "abc\r\nX-Evil: 1", "tøken"] {
            let e = Token::new(bad).unwrap_err();
            assert_eq!(
                (e.kind, e.code.as_str()),
                (ErrorKind::Config, "invalid_argument")
            );
            assert!(bad.is_empty() || !e.message.contains(bad));
        }
    }

    #[test]
    fn base_urls_are_read_by_bytes_as_by_char_patterns() {
        // The checks as they were written with `split`/`contains` before branch `clientlean`.
        let old_ok = |base: &str| -> bool {
            let trimmed = base.trim_end_matches('/');
            let Some(rest) = trimmed
                .strip_prefix("https://")
                .or_else(|| trimmed.strip_prefix("http://"))
            else {
                return false;
            };
            let host = rest.split('/').next().unwrap_or("");
            !(host.is_empty() || rest.contains(['?', '#', ' ']) || host.contains('@'))
        };
        let parts = [
            "", "/", "h", "ø", "@", "?", "#", " ", "é@x", ":8080", "/p@", "\u{a0}", "//",
        ];
        for scheme in ["https://", "http://", "ftp://", ""] {
            for a in parts {
                for b in parts {
                    for c in parts {
                        let base = format!("{scheme}{a}{b}{c}");
                        let ours = normalize_base_url(&base);
                        assert_eq!(ours.is_ok(), old_ok(&base), "{base:?}");
                        if let Ok(url) = ours {
                            assert_eq!(url, base.trim_end_matches('/'));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn base_urls_are_checked_and_normalized() {
        assert_eq!(
            normalize_base_url("http://127.0.0.1:8080/").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert_eq!(
            normalize_base_url("https://proxy.example/fpgo").unwrap(),
            "https://proxy.example/fpgo"
        );
        for bad in [
            "ftp://x",
            "127.0.0.1:80",
            "https://",
            "https://u:p@h",
            "https://h/?q=1",
        ] {
            assert_eq!(
                normalize_base_url(bad).unwrap_err().code,
                "invalid_argument",
                "{bad}"
            );
        }
        assert_eq!(
            Environment::parse("demo").unwrap().base_url(),
            DEMO_BASE_URL
        );
        assert_eq!(Environment::parse("staging"), None);
    }
}
