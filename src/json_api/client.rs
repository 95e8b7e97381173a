//! The JSON-text API of the client (see the module docs of `json_api`). The JS `FpgoClient`
//! (`pkg-template/lib/client.js`) calls these around its own `fetch`:
//!
//! - [`client_config`]`(config_json)`: checks the options once, at `new FpgoClient(...)`;
//! - [`client_endpoints`]`()`: every endpoint id, method and whether it is a paged list;
//! - [`prepare_request`]`(endpoint_id, request_json, config_json)`: method, URL, path, query,
//!   headers and body text of one call, after local validation;
//! - [`read_response`]`(endpoint_id, status, headers_json, body_text, config_json)`: the data (and
//!   paging) of the answer, or a typed, redacted error.
//!
//! `config_json` is `{"token", "environment"?, "baseUrl"?, "validate"?, "lang"?, "runtime"?,
//! "userAgent"?}`; `request_json` is `{"pathParams"?, "query"?, "body"?, "headers"?}`;
//! `headers_json` is `{"location"?, "content-type"?}` (lower-case names).

use super::{ok_json, push_issue_lists, push_json_str};
use crate::callbacks::push_i64;
use crate::client::{
    find_endpoint, first_chars, push_json, ApiResponse, Client, ClientConfig, Environment,
    FpgoError, RequestInput,
};
use crate::endpoints;
use crate::validate::Lang;
use serde_json::{Map, Value};

// Size: the readers and writers below work on `serde_json::Value` (which the validate code links
// anyway) and push text by hand, instead of serde derives and `json!` trees: each derive and each
// `collect` into a `BTreeMap` is a monomorphisation of its own in `full_bg.wasm` (see
// docs/performance.md, "The client's bytes").

/// A request's JSON text over this is refused before parsing: the live API sits behind nginx,
/// whose default body limit is 1 MB, and the rest of the request is small.
pub const MAX_REQUEST_JSON: usize = 1_048_576 + 64 * 1024;

/// The option keys `lib/client.js` sends; any other key is refused (a typo is not ignored).
const CONFIG_KEYS: [&str; 7] = [
    "token",
    "environment",
    "baseUrl",
    "validate",
    "lang",
    "runtime",
    "userAgent",
];

/// `{"error":<the error>}`: the error as its `Serialize` writes it (camelCase keys, absent fields
/// left out), written by hand (a test compares both).
fn error_answer(e: &FpgoError) -> String {
    let mut out = String::with_capacity(e.message.len() + 96);
    out.push_str("{\"error\":{\"kind\":");
    push_json_str(&mut out, e.kind.as_str());
    out.push_str(",\"code\":");
    push_json_str(&mut out, &e.code);
    out.push_str(",\"message\":");
    push_json_str(&mut out, &e.message);
    if let Some(status) = e.http_status {
        out.push_str(",\"httpStatus\":");
        push_i64(&mut out, i64::from(status));
    }
    if let Some(sm) = &e.status_message {
        out.push_str(",\"statusMessage\":");
        push_json_str(&mut out, sm);
    }
    if let Some(errors) = &e.errors {
        out.push_str(",\"errors\":");
        push_issue_lists(
            &mut out,
            errors.iter().map(|(field, issues)| {
                let pairs = issues.iter().map(|i| (i.rule.as_str(), i.message.as_str()));
                (field.as_str(), pairs)
            }),
        );
    }
    if let Some(list) = &e.server_messages {
        out.push_str(",\"serverMessages\":");
        push_str_list(&mut out, list.iter().map(String::as_str));
    }
    if let Some(details) = &e.details {
        out.push_str(",\"details\":");
        push_json(&mut out, details);
    }
    if let Some(id) = &e.endpoint_id {
        out.push_str(",\"endpointId\":");
        push_json_str(&mut out, id);
    }
    out.push_str("}}");
    out
}

/// `["a","b"]`.
fn push_str_list<'a>(out: &mut String, items: impl Iterator<Item = &'a str>) {
    out.push('[');
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_json_str(out, item);
    }
    out.push(']');
}

/// Which options are booleans (the others are strings), in [`CONFIG_KEYS`]' order.
const CONFIG_BOOLS: [bool; 7] = [false, false, false, true, false, false, true];

/// An option's string, borrowed from the parsed options (`None` when absent or `null`; its type
/// was checked).
fn config_str(value: Option<&Value>) -> Option<&str> {
    match value {
        Some(Value::String(s)) => Some(s),
        _ => None,
    }
}

/// An option's boolean (`None` when absent or `null`; its type was checked).
fn config_bool(value: Option<&Value>) -> Option<bool> {
    match value {
        Some(Value::Bool(b)) => Some(*b),
        _ => None,
    }
}

/// `the client options are not valid: <why>`; the parts name keys, never values (the token could
/// be one).
fn options_not_valid(why: &[&str]) -> Box<FpgoError> {
    let mut message = String::from("the client options are not valid: ");
    why.iter().for_each(|part| message.push_str(part));
    FpgoError::invalid_argument(message)
}

fn parse_config(config_json: &str) -> Result<ClientConfig, Box<FpgoError>> {
    let Ok(Value::Object(fields)) = crate::json::parse(config_json) else {
        return Err(options_not_valid(&["expected a JSON object"]));
    };
    // Borrowed, not moved out of the map: no drop code per slot on each way out.
    let mut slots: [Option<&Value>; 7] = [None; 7];
    for (key, value) in &fields {
        let Some(at) = CONFIG_KEYS.iter().position(|k| k == key) else {
            return Err(options_not_valid(&[
                "unknown field `",
                first_chars(key, 64),
                "`, expected one of `token`, `environment`, `baseUrl`, `validate`, `lang`, `runtime`, `userAgent`",
            ]));
        };
        slots[at] = Some(value);
    }
    // Each option's type, in the keys' order (the first wrong one is named); one error site.
    // Indexed, not zipped (no array iterator).
    for (at, slot) in slots.iter().enumerate() {
        let (key, is_bool) = (CONFIG_KEYS[at], CONFIG_BOOLS[at]);
        let fits = match slot {
            None | Some(Value::Null) => true,
            Some(Value::String(_)) => !is_bool,
            Some(Value::Bool(_)) => is_bool,
            Some(_) => false,
        };
        if !fits {
            let must = if is_bool {
                "` must be a boolean"
            } else {
                "` must be a string"
            };
            return Err(options_not_valid(&["`", key, must]));
        }
    }
    let [token, environment, base_url, validate, lang, runtime, user_agent] = slots;
    let (token, environment, base_url) = (
        config_str(token),
        config_str(environment),
        config_str(base_url),
    );
    let (validate, lang) = (config_bool(validate), config_str(lang));
    let (runtime, user_agent) = (config_str(runtime), config_bool(user_agent));
    let token = token.ok_or_else(|| FpgoError::invalid_argument("`token` is required"))?;
    let environment = match environment {
        None => Environment::Demo,
        Some(e) => Environment::parse(e).ok_or_else(|| {
            FpgoError::invalid_argument("`environment` must be \"demo\" or \"production\"")
        })?,
    };
    let mut config = ClientConfig::new(token, environment, base_url)?;
    if let Some(v) = validate {
        config.validate_bodies = v;
    }
    if let Some(lang) = lang {
        config.lang = Lang::parse(lang).ok_or_else(|| {
            FpgoError::invalid_argument("`lang` must be one of en, no, sv, da, de")
        })?;
    }
    config.runtime = runtime.unwrap_or_default().to_string();
    config.send_user_agent = user_agent.unwrap_or(false);
    Ok(config)
}

/// Checks the client options; answers `{"ok":{"baseUrl","lang"}}`.
pub fn client_config(config_json: &str) -> String {
    match parse_config(config_json) {
        Ok(c) => {
            let mut out = String::from("{\"baseUrl\":");
            push_json_str(&mut out, &c.base_url);
            out.push_str(",\"lang\":");
            push_json_str(&mut out, c.lang.code());
            out.push('}');
            ok_json(&out)
        }
        Err(e) => error_answer(&e),
    }
}

/// `{"ok":[{"id":"orders.cancel","method":"POST","paged":false}, ...]}`.
pub fn client_endpoints() -> String {
    let mut out = String::from("{\"ok\":[");
    for (i, e) in endpoints::all().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"id\":");
        push_json_str(&mut out, e.id);
        out.push_str(",\"method\":");
        push_json_str(&mut out, e.method.as_str());
        out.push_str(if e.response.paged {
            ",\"paged\":true}"
        } else {
            ",\"paged\":false}"
        });
    }
    out.push_str("]}");
    out
}

/// An input member that was checked to be an object (or absent, or `null`).
fn object(value: Option<Value>) -> Map<String, Value> {
    match value {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

/// The first wrong shape among a call's input members (in [`REQUEST_KEYS`]' order), checked in
/// the order the members are used: `headers` (and each of its values), `pathParams`, `query`.
/// One error site, before anything is moved out.
fn request_shape_error(slots: &[Option<Value>; 4]) -> Option<&'static str> {
    let is_object = |v: &Option<Value>| matches!(v, None | Some(Value::Null | Value::Object(_)));
    let [path_params, query, _, headers] = slots;
    if !is_object(headers) {
        return Some("`headers` must be an object");
    }
    if let Some(Value::Object(h)) = headers {
        if h.values().any(|v| !v.is_string()) {
            return Some("every value of `headers` must be a string");
        }
    }
    if !is_object(path_params) {
        return Some("`pathParams` must be an object");
    }
    if !is_object(query) {
        return Some("`query` must be an object");
    }
    None
}

/// The keys of a call's input, in the order [`parse_request`] reads their values.
const REQUEST_KEYS: [&str; 4] = ["pathParams", "query", "body", "headers"];

fn parse_request(request_json: &str) -> Result<RequestInput, Box<FpgoError>> {
    if request_json.len() > MAX_REQUEST_JSON {
        return Err(FpgoError::config("payload_too_large", {
            let mut message = String::from("the request is ");
            crate::text::push_u64(&mut message, request_json.len() as u64);
            message.push_str(" bytes of JSON; the API accepts about 1 MB");
            message
        }));
    }
    let value: Value = crate::json::parse(request_json)
        .map_err(|_| FpgoError::config("invalid_payload", "the call's input is not JSON"))?;
    let Value::Object(fields) = value else {
        return Err(FpgoError::invalid_argument(
            "the call's input must be { pathParams?, query?, body?, headers? }",
        ));
    };
    // One pass: the first unknown key is refused (nothing else can fail while the keys are read).
    let mut slots: [Option<Value>; 4] = Default::default();
    for (key, value) in fields {
        let Some(at) = REQUEST_KEYS.iter().position(|k| *k == key) else {
            let mut message = String::from("unknown input key `");
            message.push_str(first_chars(&key, 64));
            message.push_str("` (known: pathParams, query, body, headers, signal, timeoutMs)");
            return Err(FpgoError::invalid_argument(message));
        };
        slots[at] = Some(value);
    }
    if let Some(why) = request_shape_error(&slots) {
        return Err(FpgoError::invalid_argument(why));
    }
    // Every shape was checked: what follows cannot fail.
    let [path_params, query, body, headers_value] = slots;
    let mut headers = Vec::new();
    for (k, v) in object(headers_value) {
        if let Value::String(s) = v {
            headers.push((k, s));
        }
    }
    Ok(RequestInput {
        path_params: object(path_params),
        query: object(query),
        body: body.filter(|b| !b.is_null()),
        headers,
    })
}

/// Builds one call; answers `{"ok":{"method","url","path","query","headers":[[name,value]...],
/// "body":text|null,"paged"}}`.
pub fn prepare_request(endpoint_id: &str, request_json: &str, config_json: &str) -> String {
    let prepared = || -> Result<String, Box<FpgoError>> {
        let client = Client::new(parse_config(config_json)?);
        let input = parse_request(request_json).map_err(|e| e.with_endpoint(endpoint_id))?;
        let (endpoint, req) = client.prepare(endpoint_id, &input)?;
        let body_len = req.body.as_ref().map_or(0, String::len);
        let mut out = String::with_capacity(2 * req.url.len() + body_len + 256);
        out.push_str("{\"ok\":{\"method\":");
        push_json_str(&mut out, req.method.as_str());
        out.push_str(",\"url\":");
        push_json_str(&mut out, &req.url);
        out.push_str(",\"path\":");
        push_json_str(&mut out, &req.path);
        out.push_str(",\"query\":");
        push_json_str(&mut out, &req.query);
        out.push_str(",\"headers\":[");
        for (i, (name, value)) in req.headers.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('[');
            push_json_str(&mut out, name);
            out.push(',');
            push_json_str(&mut out, value);
            out.push(']');
        }
        out.push_str("],\"body\":");
        match &req.body {
            Some(body) => push_json_str(&mut out, body),
            None => out.push_str("null"),
        }
        out.push_str(if endpoint.response.paged {
            ",\"paged\":true}}"
        } else {
            ",\"paged\":false}}"
        });
        Ok(out)
    };
    prepared().unwrap_or_else(|e| error_answer(&e))
}

fn success_answer(r: &ApiResponse, one_page: bool) -> String {
    let mut out = String::with_capacity(r.data_json.len() + r.message.len() + 128);
    out.push_str("{\"ok\":{");
    if one_page {
        // A list without paging information is one page: say so, so `.all()` stops.
        out.push_str("\"metaData\":null,\"links\":null,");
    }
    out.push_str("\"httpStatus\":");
    push_i64(&mut out, i64::from(r.http_status));
    out.push_str(",\"message\":");
    push_json_str(&mut out, &r.message);
    if let Some(meta) = &r.meta_data {
        out.push_str(",\"metaData\":");
        push_json(&mut out, meta);
        out.push_str(",\"links\":");
        match &r.links {
            Some(links) => push_json(&mut out, links),
            None => out.push_str("null"),
        }
    }
    out.push_str(",\"data\":");
    out.push_str(&r.data_json);
    out.push_str("}}");
    out
}

/// Reads one answer; `{"ok":{"httpStatus","message","data","metaData"?,"links"?}}` or the error.
pub fn read_response(
    endpoint_id: &str,
    status: u32,
    headers_json: &str,
    body_text: &str,
    config_json: &str,
) -> String {
    let read = || -> Result<String, Box<FpgoError>> {
        let client = Client::new(parse_config(config_json)?);
        let endpoint = find_endpoint(endpoint_id)?;
        let Ok(Value::Object(headers)) = crate::json::parse(headers_json) else {
            return Err(FpgoError::invalid_argument(
                "headers_json must be a JSON object",
            ));
        };
        let header = |name: &str| headers.get(name).and_then(Value::as_str);
        let status = u16::try_from(status)
            .ok()
            .filter(|s| *s <= 999)
            .unwrap_or(999);
        let response = client.read(
            endpoint,
            status,
            header("location"),
            header("content-type"),
            body_text,
        )?;
        let one_page = response.meta_data.is_none() && endpoint.response.paged;
        Ok(success_answer(&response, one_page))
    };
    read().unwrap_or_else(|e| error_answer(&e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::FieldErrors;
    use serde_json::json;

    const CONFIG: &str = r#"{"token":"sk_test_TOKEN_123","baseUrl":"http://127.0.0.1:9","runtime":"node/v22","userAgent":true}"#;

    fn parse(answer: &str) -> Value {
        serde_json::from_str(answer).unwrap_or_else(|e| panic!("{e}: {answer}"))
    }

    #[test]
    fn options_are_checked_and_every_bad_one_is_invalid_argument() {
        assert_eq!(
            parse(&client_config(CONFIG))["ok"]["baseUrl"],
            "http://127.0.0.1:9"
        );
        for bad in [
            r#"{}"#,
            r#"{"token":"t","environment":"staging"}"#,
            r#"{"token":"t","timeout":5}"#,
            r#"{"token":"t","baseUrl":"ftp://x"}"#,
            r#"{"token":"has space secret"}"#,
            r#"{"token":"t","lang":"fr"}"#,
            r#"not json"#,
        ] {
            let e = parse(&client_config(bad));
            assert_eq!(e["error"]["code"], "invalid_argument", "{bad}");
            assert!(!e.to_string().contains("secret"), "{e}");
        }
    }

    #[test]
    fn prepare_gives_everything_fetch_needs() {
        let a = parse(&prepare_request(
            "subscriptions.list",
            r#"{"pathParams":{"status":"ACTIVE"},"query":{"page":2},"headers":{"X-Trace":"t"}}"#,
            CONFIG,
        ));
        let ok = &a["ok"];
        assert_eq!(ok["method"], "GET");
        assert_eq!(
            ok["url"],
            "http://127.0.0.1:9/api/v1/connect/subscriptions/list/ACTIVE?page=2"
        );
        assert_eq!(
            (ok["path"].as_str(), ok["query"].as_str()),
            (
                Some("/api/v1/connect/subscriptions/list/ACTIVE"),
                Some("page=2")
            )
        );
        assert_eq!(ok["paged"], true);
        assert_eq!(ok["body"], Value::Null);
        let headers: Vec<(String, String)> = serde_json::from_value(ok["headers"].clone()).unwrap();
        let version = env!("CARGO_PKG_VERSION");
        for expected in [
            ("Authorization", "Bearer sk_test_TOKEN_123".to_string()),
            ("X-Fpgo-Client", format!("fpgo/{version} (node/v22)")),
            ("User-Agent", format!("fpgo/{version} (node/v22)")),
            ("X-Trace", "t".to_string()),
        ] {
            assert!(
                headers.contains(&(expected.0.to_string(), expected.1.clone())),
                "{expected:?} in {headers:?}"
            );
        }
    }

    #[test]
    fn prepare_rejects_bad_inputs_with_typed_codes() {
        let code = |id: &str, req: &str| {
            parse(&prepare_request(id, req, CONFIG))["error"]["code"]
                .as_str()
                .unwrap()
                .to_string()
        };
        assert_eq!(
            code(
                "orders.cancel",
                r#"{"pathParams":{"orderUuid":".."},"body":{"cancellationNote":"x"}}"#
            ),
            "invalid_request"
        );
        assert_eq!(
            code(
                "orders.cancel",
                r#"{"pathParams":{"orderUuid":"O1"},"body":{}}"#
            ),
            "payload_validation_errors"
        );
        assert_eq!(code("orders.cancel", r#"{"bogus":1}"#), "invalid_argument");
        assert_eq!(
            code("orders.cancel", r#"{"pathParams":[1]}"#),
            "invalid_argument"
        );
        assert_eq!(code("orders.cancel", "{"), "invalid_payload");
        assert_eq!(code("orders.nope", "{}"), "unknown_endpoint");
        let big = format!(r#"{{"body":{{"x":"{}"}}}}"#, "a".repeat(MAX_REQUEST_JSON));
        assert_eq!(code("orders.cancel", &big), "payload_too_large");
    }

    #[test]
    fn read_unwraps_pages_and_redacts_errors() {
        let body = json!({"status_code":200,"message":"ok","data":[{"__proto__":{"x":1}}],
            "metaData":{"total":2,"perPage":1,"currentPage":1,"lastPage":2},"links":{"previous":null,"next":null}}).to_string();
        let a = parse(&read_response(
            "subscriptions.list",
            200,
            "{}",
            &body,
            CONFIG,
        ));
        assert_eq!(a["ok"]["metaData"]["lastPage"], 2);
        assert_eq!(a["ok"]["data"][0]["__proto__"]["x"], 1);
        let a = parse(&read_response(
            "subscriptions.list",
            200,
            "{}",
            r#"{"data":[]}"#,
            CONFIG,
        ));
        assert_eq!(a["ok"]["metaData"], Value::Null);
        let echo = "<html>Authorization: Bearer sk_test_TOKEN_123</html>";
        let a = read_response(
            "orders.listStatuses",
            502,
            r#"{"content-type":"text/html"}"#,
            echo,
            CONFIG,
        );
        assert!(!a.contains("TOKEN_123"), "{a}");
        assert_eq!(parse(&a)["error"]["kind"], "invalid_response");
        let a = parse(&read_response(
            "orders.cancel",
            307,
            r#"{"location":"http://127.0.0.1:9/x"}"#,
            "",
            CONFIG,
        ));
        assert_eq!(a["error"]["code"], "unexpected_redirect");
        assert_eq!(a["error"]["details"]["location"], "http://127.0.0.1:9/x");
        assert_eq!(a["error"]["endpointId"], "orders.cancel");
    }

    #[test]
    fn errors_are_written_as_their_serialize_writes_them() {
        use crate::client::{ErrorKind, FieldIssue};
        let plain = FpgoError::invalid_argument("a \"quoted\" \\ line\n");
        let mut full = FpgoError::new(ErrorKind::Validation, "payloadValidationErrors", "ø");
        full.http_status = Some(417);
        full.status_message = Some("Client Error".into());
        let issue = |rule: &str, message: &str| FieldIssue {
            rule: rule.into(),
            message: message.into(),
        };
        let mut errors = FieldErrors::new();
        *errors.issues_mut("b".to_string()) = vec![issue("Required", "x"), issue("Size", "y")];
        errors.issues_mut("a".to_string());
        full.errors = Some(errors);
        full.server_messages = Some(vec!["m1".into(), "\u{1}".into()]);
        let mut details = FpgoError::new(ErrorKind::Server, "http_500", "HTTP 500")
            .with_details(json!({"happenedAt": "now", "list": [1, 2.5, null, true]}))
            .with_endpoint("orders.cancel");
        details.http_status = Some(0);
        for e in [plain, full.with_endpoint("orders.cancel"), details] {
            let expected = format!("{{\"error\":{}}}", serde_json::to_string(&e).unwrap());
            assert_eq!(error_answer(&e), expected);
        }
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 10, 999, 65_535, u32::MAX] {
            let mut out = String::new();
            push_i64(&mut out, i64::from(n));
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn options_of_the_wrong_type_or_unknown_name_the_key_and_never_the_value() {
        for (bad, key) in [
            (r#"{"token":5}"#, "`token`"),
            (r#"{"token":"t","validate":"yes-secret"}"#, "`validate`"),
            (r#"{"token":"t","userAgent":1}"#, "`userAgent`"),
            (r#"{"token":"t","secretKey":"x"}"#, "`secretKey`"),
        ] {
            let e = parse(&client_config(bad));
            assert_eq!(e["error"]["code"], "invalid_argument", "{bad}");
            let message = e["error"]["message"].as_str().unwrap();
            assert!(
                message.contains(key) && !message.contains("yes-secret"),
                "{message}"
            );
        }
        let nulls = r#"{"token":"t","environment":null,"lang":null,"validate":null}"#;
        assert_eq!(parse(&client_config(nulls))["ok"]["lang"], "en");
        let sv = r#"{"token":"t","lang":"SV"}"#;
        assert_eq!(parse(&client_config(sv))["ok"]["lang"], "sv");
    }

    #[test]
    fn endpoints_are_listed_with_their_paging() {
        let a = parse(&client_endpoints());
        let list = a["ok"].as_array().unwrap();
        assert_eq!(list.len(), endpoints::all().count());
        let paged: Vec<&str> = list
            .iter()
            .filter(|e| e["paged"] == true)
            .map(|e| e["id"].as_str().unwrap())
            .collect();
        assert_eq!(
            paged,
            ["subscriptions.list", "subscriptions.listFailedPayments"]
        );
    }

    #[test]
    fn terminal_status_checks_answer_the_envelopes_status() {
        // 000:7711-7720 and 000:7963-7972, byte for byte apart from the quotes.
        let paid = r#"{"status_code":200,"status_message":"OK","order_status":"PAID","message":"orderPaymentConfirmed","is_data":false,"data":null}"#;
        let a = parse(&read_response(
            "terminal.getPaymentStatus",
            200,
            "{}",
            paid,
            CONFIG,
        ));
        assert_eq!(
            a["ok"]["data"],
            json!({"orderStatus": "PAID", "message": "orderPaymentConfirmed"})
        );
        let refunded = r#"{"status_code":200,"status_message":"OK","refund_status":"REFUNDED","message":"orderRefundedSuccessfully","is_data":false,"data":null}"#;
        let a = parse(&read_response(
            "terminal.getRefundStatus",
            200,
            "{}",
            refunded,
            CONFIG,
        ));
        assert_eq!(
            a["ok"]["data"],
            json!({"refundStatus": "REFUNDED", "message": "orderRefundedSuccessfully"})
        );
        let a = parse(&read_response(
            "terminal.getRefundStatus",
            200,
            "{}",
            paid,
            CONFIG,
        ));
        assert_eq!(a["error"]["code"], "invalid_response");
        assert_eq!(a["error"]["endpointId"], "terminal.getRefundStatus");
    }

    /// The exact texts of the client's messages and of what it writes into URLs and answers
    /// (written without `core::fmt` in the WebAssembly modules).
    #[test]
    fn client_messages_and_texts_are_exact() {
        let message = |id: &str, req: &str| {
            let a = parse(&prepare_request(id, req, CONFIG));
            a["error"]["message"]
                .as_str()
                .map(String::from)
                .unwrap_or_else(|| a.to_string())
        };
        let cancel = "orders.cancel";
        for (id, req, text) in [
            (cancel, r#"{"pathParams":{"orderUuid":".."}}"#, "path parameter `orderUuid` is empty, `.` or `..`, which would change the request's path; nothing was sent"),
            (cancel, r#"{"pathParams":{"x":"1"}}"#, "`orders.cancel` has no path parameter `x` (it has: orderUuid)"),
            (cancel, r#"{}"#, "`orders.cancel` needs the path parameter `orderUuid`"),
            (cancel, r#"{"pathParams":{"orderUuid":[1]}}"#, "path parameter `orderUuid` must be a string or a number"),
            (cancel, r#"{"pathParams":{"orderUuid":"O1"},"body":{}}"#, "the request breaks the rules of `orders.cancel` at cancellationNote; nothing was sent"),
            ("subscriptions.list", r#"{"query":{"page":[1]}}"#, "query parameter `page` must be a string, a number or a boolean"),
            (cancel, r#"{"pathParams":{"orderUuid":"O1"},"headers":{"X-A":"a\u0001"}}"#, "the value of header `X-A` holds control characters or is over 8192 bytes"),
            (cancel, r#"{"pathParams":{"orderUuid":"O1"},"headers":{"Accept":"x"}}"#, "header `Accept` is set by the client and cannot be replaced"),
            ("orders.nope", "{}", "unknown endpoint id `orders.nope`"),
        ] {
            assert_eq!(message(id, req), text, "{req}");
        }
        let big = format!(r#"{{"body":{{"x":"{}"}}}}"#, "a".repeat(MAX_REQUEST_JSON));
        assert_eq!(
            message(cancel, &big),
            format!(
                "the request is {} bytes of JSON; the API accepts about 1 MB",
                big.len()
            )
        );
        let a = parse(&prepare_request(
            "subscriptions.list",
            r#"{"pathParams":{"status":12.5},"query":{"page":2,"perPage":true,"q":"a b&c/ø"}}"#,
            CONFIG,
        ));
        assert_eq!(
            a["ok"]["url"],
            "http://127.0.0.1:9/api/v1/connect/subscriptions/list/12.5?page=2&perPage=true&q=a%20b%26c%2F%C3%B8",
            "{a}"
        );
        let read = |status: u32, headers: &str, body: &str| {
            let a = parse(&read_response(
                "orders.cancel",
                status,
                headers,
                body,
                CONFIG,
            ));
            (a["error"]["code"].clone(), a["error"]["message"].clone())
        };
        assert_eq!(
            read(307, "{}", "").1,
            "the server answered with a redirect (HTTP 307); the API never redirects, so it was not followed and nothing was sent again"
        );
        assert_eq!(
            read(502, r#"{"content-type":"text/html"}"#, "<html>").1,
            "expected the JSON envelope, got a 6-byte body (text/html)"
        );
        assert_eq!(
            read(500, "{}", r#"{"status_code":500}"#),
            (json!("http_500"), json!("HTTP 500"))
        );
        assert_eq!(
            read(
                422,
                "{}",
                r#"{"status_message":"Unprocessable","message":"bad thing"}"#
            )
            .1,
            "Unprocessable: bad thing"
        );
        let a = parse(&read_response(
            "terminal.getPaymentStatus",
            200,
            "{}",
            r#"{"status_code":200,"order_status":"PAID","message":"m","data":{"n":1.50,"o":{"a":[true,null]},"s":"x\"y"}}"#,
            CONFIG,
        ));
        assert_eq!(
            a["ok"]["data"].to_string(),
            r#"{"orderStatus":"PAID","message":"m","n":1.5,"o":{"a":[true,null]},"s":"x\"y"}"#
        );
        let a = read_response(
            "terminal.getPaymentStatus",
            200,
            "{}",
            r#"{"status_code":200,"message":"m","data":{}}"#,
            CONFIG,
        );
        assert_eq!(
            parse(&a)["error"]["message"],
            "the answer has no `order_status` (a string) in the envelope or in `data`"
        );
    }
    #[test]
    fn option_type_errors_name_the_first_wrong_key_in_key_order() {
        let cases = [
            (r#"{"token":5}"#, "`token` must be a string"),
            (r#"{"token":"tok_12345678","userAgent":"yes","lang":true}"#, "`lang` must be a string"),
            (r#"{"userAgent":1,"validate":"no","token":"t"}"#, "`validate` must be a boolean"),
            (r#"{"token":"t","runtime":{},"environment":null}"#, "`runtime` must be a string"),
            (r#"{"token":"t","userAgent":[]}"#, "`userAgent` must be a boolean"),
            (r#"{"baseUrl":false,"token":null}"#, "`baseUrl` must be a string"),
            (r#"{"environment":1,"nope":1}"#, "unknown field `nope`, expected one of `token`, `environment`, `baseUrl`, `validate`, `lang`, `runtime`, `userAgent`"),
            (r#"{"token":null}"#, "`token` is required"),
        ];
        for (config, why) in cases {
            let e = parse(&client_config(config));
            let expected = if why.starts_with("`token` is") {
                why.to_string()
            } else {
                format!("the client options are not valid: {why}")
            };
            assert_eq!(e["error"]["message"], expected.as_str(), "{config}");
            assert_eq!(e["error"]["code"], "invalid_argument", "{config}");
        }
    }

    #[test]
    fn request_shape_errors_are_checked_in_their_order() {
        let cases = [
            (r#"{"headers":[],"pathParams":1}"#, "`headers` must be an object"),
            (r#"{"pathParams":1,"headers":{"a":1}}"#, "every value of `headers` must be a string"),
            (r#"{"query":2,"pathParams":"x","headers":{"a":"b"}}"#, "`pathParams` must be an object"),
            (r#"{"query":[],"pathParams":null,"body":5}"#, "`query` must be an object"),
            (r#"{"query":{},"zz":1,"headers":3}"#, "unknown input key `zz` (known: pathParams, query, body, headers, signal, timeoutMs)"),
        ];
        for (input, message) in cases {
            let e = parse(&prepare_request("subscriptions.list", input, CONFIG));
            assert_eq!(e["error"]["message"], message, "{input}");
            assert_eq!(e["error"]["code"], "invalid_argument", "{input}");
            assert_eq!(e["error"]["endpointId"], "subscriptions.list", "{input}");
        }
    }

    /// Every answer below, byte for byte, as recorded from the client before the size work of
    /// branch `clientlean` (`client_answers.txt`, one answer a line): field maps in key order,
    /// a 417's live message list (matched, reworded, unmatched under `_other`), an object-shaped
    /// `errors` whose keys collide once redacted, and the local validation's map.
    #[test]
    fn answers_are_pinned_byte_for_byte() {
        const SV: &str =
            r#"{"token":"sk_test_TOKEN_123","baseUrl":"http://127.0.0.1:9","lang":"sv"}"#;
        const EN: &str = r#"{"token":"sk_test_TOKEN_123","baseUrl":"http://127.0.0.1:9"}"#;
        let live = r#"{"status_code":417,"status_message":"Expectation Failed","message":"payloadValidationErrors","is_error":true,"errors":["The products.1.tax must be a number.","The customer details.personal number must be 11 digits.","Something only the server knows sk_test_TOKEN_123.","The products.0.tax field is required.","The order summary.shipping cost must be a number.","The products.0.tax must be a number."]}"#;
        let map = r#"{"status_code":422,"message":"payloadValidationErrors","errors":{"zeta":["The zeta field is required.","x"],"alpha":"The products.0.tax field is required.","a sk_test_TOKEN_123 b":"first","a [redacted] b":["second"],"Bearer q":"third"}}"#;
        let mut answers = Vec::new();
        for cfg in [EN, SV] {
            for id in ["orders.sendPaymentLink", "orders.cancel"] {
                answers.push(read_response(id, 417, "{}", live, cfg));
                answers.push(read_response(id, 422, "{}", map, cfg));
            }
            answers.push(prepare_request(
                "orders.sendPaymentLink",
                r#"{"body":{"products":[{"tax":"x"},{}],"customerDetails":{"personalNumber":"1"}}}"#,
                cfg,
            ));
            answers.push(prepare_request(
                "subscriptions.list",
                r#"{"pathParams":{"status":"NOPE"},"query":{"page":"x","perPage":-1}}"#,
                cfg,
            ));
        }
        let expected: Vec<&str> = include_str!("client_answers.txt").lines().collect();
        assert_eq!(answers.len(), expected.len());
        for (answer, expected) in answers.iter().zip(expected) {
            assert_eq!(answer, expected);
        }
    }
}
