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

// Errors are `FpgoError`s, large by design and only built on failure (see `crate::client`).
#![allow(clippy::result_large_err)]

use super::{ok_json, push_json_str};
use crate::client::{
    find_endpoint, is_paged, ApiResponse, Client, ClientConfig, Environment, FpgoError,
    RequestInput,
};
use crate::endpoints;
use crate::validate::Lang;
use serde::Deserialize;
use serde_json::{Map, Value};

/// A request's JSON text over this is refused before parsing: the live API sits behind nginx,
/// whose default body limit is 1 MB, and the rest of the request is small.
pub const MAX_REQUEST_JSON: usize = 1_048_576 + 64 * 1024;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct ConfigInput {
    token: Option<String>,
    environment: Option<String>,
    base_url: Option<String>,
    validate: Option<bool>,
    lang: Option<String>,
    runtime: Option<String>,
    user_agent: Option<bool>,
}

fn error_answer(e: &FpgoError) -> String {
    let value = serde_json::to_string(e).unwrap_or_else(|_| "{}".into());
    let mut out = String::with_capacity(value.len() + 10);
    out.push_str("{\"error\":");
    out.push_str(&value);
    out.push('}');
    out
}

fn parse_config(config_json: &str) -> Result<ClientConfig, FpgoError> {
    let input: ConfigInput = serde_json::from_str(config_json).map_err(|e| {
        FpgoError::invalid_argument(format!(
            "the client options are not valid: {}",
            without_input(&e)
        ))
    })?;
    let token = input
        .token
        .ok_or_else(|| FpgoError::invalid_argument("`token` is required"))?;
    let environment = match input.environment.as_deref() {
        None => Environment::Demo,
        Some(e) => Environment::parse(e).ok_or_else(|| {
            FpgoError::invalid_argument("`environment` must be \"demo\" or \"production\"")
        })?,
    };
    let mut config = ClientConfig::new(&token, environment, input.base_url.as_deref())?;
    if let Some(v) = input.validate {
        config.validate_bodies = v;
    }
    if let Some(lang) = input.lang {
        config.lang = Lang::parse(&lang).ok_or_else(|| {
            FpgoError::invalid_argument("`lang` must be one of en, no, sv, da, de")
        })?;
    }
    config.runtime = input.runtime.unwrap_or_default();
    config.send_user_agent = input.user_agent.unwrap_or(false);
    Ok(config)
}

/// serde's message names the offending field, never the value (the token could be one).
fn without_input(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.find(" at line ") {
        Some(at) => text[..at].chars().take(200).collect(),
        None => text.chars().take(200).collect(),
    }
}

/// Checks the client options; answers `{"ok":{"baseUrl","lang"}}`.
pub fn client_config(config_json: &str) -> String {
    match parse_config(config_json) {
        Ok(c) => {
            let mut out = String::from("{\"baseUrl\":");
            push_json_str(&mut out, &c.base_url);
            out.push_str(",\"lang\":");
            push_json_str(&mut out, &format!("{:?}", c.lang).to_ascii_lowercase());
            out.push('}');
            ok_json(&out)
        }
        Err(e) => error_answer(&e),
    }
}

/// `{"ok":[{"id":"orders.cancel","method":"POST","paged":false}, ...]}`.
pub fn client_endpoints() -> String {
    let list: Vec<Value> = endpoints::all()
        .map(|e| serde_json::json!({ "id": e.id, "method": e.method.as_str(), "paged": is_paged(e.id) }))
        .collect();
    ok_json(&Value::Array(list).to_string())
}

fn object(value: Option<Value>, key: &str) -> Result<Map<String, Value>, FpgoError> {
    match value {
        None | Some(Value::Null) => Ok(Map::new()),
        Some(Value::Object(m)) => Ok(m),
        Some(_) => Err(FpgoError::invalid_argument(format!(
            "`{key}` must be an object"
        ))),
    }
}

fn parse_request(request_json: &str) -> Result<RequestInput, FpgoError> {
    if request_json.len() > MAX_REQUEST_JSON {
        return Err(FpgoError::config(
            "payload_too_large",
            format!(
                "the request is {} bytes of JSON; the API accepts about 1 MB",
                request_json.len()
            ),
        ));
    }
    let value: Value = serde_json::from_str(request_json)
        .map_err(|_| FpgoError::config("invalid_payload", "the call's input is not JSON"))?;
    let Value::Object(mut fields) = value else {
        return Err(FpgoError::invalid_argument(
            "the call's input must be { pathParams?, query?, body?, headers? }",
        ));
    };
    if let Some(k) = fields
        .keys()
        .find(|k| !["pathParams", "query", "body", "headers"].contains(&k.as_str()))
    {
        return Err(FpgoError::invalid_argument(format!(
            "unknown input key `{}` (known: pathParams, query, body, headers, signal, timeoutMs)",
            k.chars().take(64).collect::<String>()
        )));
    }
    let mut headers = Vec::new();
    for (k, v) in object(fields.remove("headers"), "headers")? {
        match v {
            Value::String(s) => headers.push((k, s)),
            _ => {
                return Err(FpgoError::invalid_argument(
                    "every value of `headers` must be a string",
                ))
            }
        }
    }
    Ok(RequestInput {
        path_params: object(fields.remove("pathParams"), "pathParams")?,
        query: object(fields.remove("query"), "query")?,
        body: fields.remove("body").filter(|b| !b.is_null()),
        headers,
    })
}

/// Builds one call; answers `{"ok":{"method","url","path","query","headers":[[name,value]...],
/// "body":text|null,"paged"}}`.
pub fn prepare_request(endpoint_id: &str, request_json: &str, config_json: &str) -> String {
    let prepared = || -> Result<String, FpgoError> {
        let client = Client::new(parse_config(config_json)?);
        let input = parse_request(request_json).map_err(|e| e.with_endpoint(endpoint_id))?;
        let (endpoint, req) = client.prepare(endpoint_id, &input)?;
        let answer = serde_json::json!({
            "method": req.method.as_str(),
            "url": req.url,
            "path": req.path,
            "query": req.query,
            "headers": req.headers,
            "body": req.body,
            "paged": is_paged(endpoint.id),
        });
        Ok(ok_json(&answer.to_string()))
    };
    prepared().unwrap_or_else(|e| error_answer(&e))
}

fn success_answer(r: &ApiResponse) -> String {
    let mut out = String::with_capacity(r.data_json.len() + r.message.len() + 96);
    out.push_str("{\"httpStatus\":");
    out.push_str(&r.http_status.to_string());
    out.push_str(",\"message\":");
    push_json_str(&mut out, &r.message);
    if let Some(meta) = &r.meta_data {
        out.push_str(",\"metaData\":");
        out.push_str(&meta.to_string());
        out.push_str(",\"links\":");
        out.push_str(
            &r.links
                .as_ref()
                .map_or_else(|| "null".to_string(), Value::to_string),
        );
    }
    out.push_str(",\"data\":");
    out.push_str(&r.data_json);
    out.push('}');
    ok_json(&out)
}

/// Reads one answer; `{"ok":{"httpStatus","message","data","metaData"?,"links"?}}` or the error.
pub fn read_response(
    endpoint_id: &str,
    status: u32,
    headers_json: &str,
    body_text: &str,
    config_json: &str,
) -> String {
    let read = || -> Result<String, FpgoError> {
        let client = Client::new(parse_config(config_json)?);
        let endpoint = find_endpoint(endpoint_id)?;
        let headers: Map<String, Value> = serde_json::from_str(headers_json)
            .map_err(|_| FpgoError::invalid_argument("headers_json must be a JSON object"))?;
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
        let mut answer = success_answer(&response);
        if response.meta_data.is_none() && is_paged(endpoint.id) {
            // A list without paging information is one page: say so, so `.all()` stops.
            answer = answer.replacen("{\"ok\":{", "{\"ok\":{\"metaData\":null,\"links\":null,", 1);
        }
        Ok(answer)
    };
    read().unwrap_or_else(|e| error_answer(&e))
}

#[cfg(test)]
mod tests {
    use super::*;
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
}
