//! Reading the API's envelope: `{status_code, status_message, message, is_data, data}` on success,
//! `{status_code, status_message, message, is_error, errors}` on failure (`000:262-298`), plus
//! `metaData` and `links` beside `data` on the list endpoints (`000:5592-5853`).
//!
//! The documents are inconsistent about the flags (P1-D45, P1-D51): `is_data: false` comes with a
//! filled `data` (`000:267`), `is_data: true` with `data: null` (`000:1353`), and 404s use either
//! `is_error/errors` or `is_data/data`. So the HTTP status decides success or failure, never the
//! flags, and `data` is returned as sent: kept as raw JSON text (serde_json's `RawValue` reading) and never built into
//! a tree here, so a large answer costs its text and no more (JS parses it once, with `JSON.parse`,
//! which also keeps a `__proto__` key as plain data).

use super::error::{detail, first_chars, ErrorKind, FieldErrors, FpgoError, OTHER_FIELD};
use super::server_messages::{self, TableField};
use crate::endpoints::StatusInEnvelope;
use crate::json_api::push_json_str;
use crate::rules::messages::Lang;
use serde_json::Value;

/// What the caller of [`parse_response`] knows about the call.
#[derive(Debug, Clone, Copy)]
pub struct ResponseContext<'a> {
    /// The endpoint's table fields (`name`, `rules`), to place the server's 417 messages.
    pub fields: &'a [TableField<'a>],
    /// `None` for English (the server's own text is kept), else the language to word messages in.
    pub lang: Option<Lang>,
    /// Whether the endpoint is a paged list (`metaData` and `links` are read).
    pub paged: bool,
    /// The `Location` header, for a redirect's error.
    pub location: Option<&'a str>,
    /// The `Content-Type` header, to word the error for non-JSON bodies.
    pub content_type: Option<&'a str>,
    /// Set for the endpoints whose answer is in the envelope, not in `data` (see [`status_in_envelope`]).
    pub status_in_envelope: Option<StatusInEnvelope>,
}

/// Whether (and how) `endpoint_id` answers with its status in the envelope (its spec's
/// [`crate::endpoints::Response::status_in_envelope`]).
pub fn status_in_envelope(endpoint_id: &str) -> Option<StatusInEnvelope> {
    crate::endpoints::find(endpoint_id)?
        .response
        .status_in_envelope
}

/// A successful call: the envelope's `data` as JSON text, plus what the envelope said about it.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiResponse {
    /// The HTTP status code.
    pub http_status: u16,
    /// The envelope's `message` (`orderAddedSuccessfully`, `Order Status Retrieved Successfully`).
    pub message: String,
    /// `data`, exactly as the server wrote it (`null` when absent).
    pub data_json: String,
    /// The list endpoints' paging (`{total, perPage, currentPage, lastPage}`), checked.
    pub meta_data: Option<Value>,
    /// The list endpoints' `{previous, next}` links, as sent.
    pub links: Option<Value>,
}

impl ApiResponse {
    /// `data` as a tree (tests and native callers).
    pub fn data(&self) -> Value {
        crate::json::parse(&self.data_json).unwrap_or(Value::Null)
    }
}

/// The envelope's keys, each as its JSON text as sent (`null` counts as absent), checked as JSON
/// when read and parsed again only where used; every other key is checked as JSON and skipped
/// without being built. Size: text slices, not `Value`s, so no drop code for ten trees; an array
/// indexed by the key's position in [`ENVELOPE_KEYS`], so reading needs no dispatch.
#[derive(Default)]
struct Envelope<'a> {
    raw: [Option<&'a str>; KEY_COUNT],
}

// Positions in [`ENVELOPE_KEYS`]; `data`'s text is never built into a tree.
const DATA: usize = 0;
const MESSAGE: usize = 1;
const STATUS_MESSAGE: usize = 2;
const STATUS_CODE: usize = 3;
const IS_ERROR: usize = 4;
const ERRORS: usize = 5;
const META_DATA: usize = 6;
const LINKS: usize = 7;
const ORDER_STATUS: usize = 8;
const REFUND_STATUS: usize = 9;

/// The keys of [`Envelope`], at their positions.
/// (A text, one key a line: no table of addresses in the .wasm.)
const ENVELOPE_KEYS: &str = "data
message
status_message
status_code
is_error
errors
metaData
links
order_status
refund_status";
/// How many keys [`ENVELOPE_KEYS`] holds.
const KEY_COUNT: usize = 10;

impl<'a> Envelope<'a> {
    /// The envelope of `body`, or `None` when it is not a JSON object, names a known key twice
    /// (as a derived `Deserialize` refuses a duplicate field) or holds a known key that is not JSON.
    fn read(body: &'a str) -> Option<Envelope<'a>> {
        // Each member's value as its raw text (`crate::json::members`, serde_json's own reading of
        // `(String, &RawValue)` entries); each known value is then read from its text.
        let members = crate::json::members(body)?;
        let mut env = Envelope::default();
        let mut seen = [false; KEY_COUNT];
        for (key, raw) in members {
            let Some(at) = ENVELOPE_KEYS.split('\n').position(|k| k == key) else {
                continue;
            };
            if std::mem::replace(&mut seen[at], true) {
                return None;
            }
            // `data` is kept as sent; every other known value must be JSON the reader takes, unless
            // it is too large to be read at all (`MAX_TREE_BYTES`: checking it would build the
            // tree that limit keeps out of memory).
            if at != DATA && raw.len() <= MAX_TREE_BYTES {
                crate::json::parse(raw).ok()?;
            }
            env.raw[at] = (raw != "null").then_some(raw);
        }
        Some(env)
    }
}

/// The kind of failure an HTTP status means for this API.
fn kind_for(status: u16, message: &str) -> ErrorKind {
    match status {
        401 | 403 => ErrorKind::Auth,
        404 => ErrorKind::NotFound,
        417 | 422 => ErrorKind::Validation,
        // 400 is "Conflict of Business Logic" (`000:1383-1404`), except the reservation pages' "400
        // Bad Request" for validation (`000:3499`), recognisable by its message.
        400 if message == "payloadValidationErrors" => ErrorKind::Validation,
        400 | 409 => ErrorKind::BusinessRule,
        429 => ErrorKind::RateLimited,
        500..=599 => ErrorKind::Server,
        _ => ErrorKind::InvalidRequest,
    }
}

/// Every item of `items` as a string, or `None` when one is not a string (a plain loop: a
/// `collect::<Option<Vec<_>>>` is a `GenericShunt` of its own per call site).
fn strings(items: &[Value]) -> Option<Vec<String>> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(item.as_str()?.to_string());
    }
    Some(out)
}

/// The server's `errors` as a field map: the live server's array of Laravel messages, or a
/// `{"field": ["msg", ...]}` / `{"field": "msg"}` map. Also returns the array as sent.
fn field_errors(
    errors: &Value,
    ctx: &ResponseContext,
) -> Option<(FieldErrors, Option<Vec<String>>)> {
    match errors {
        Value::Array(items) if !items.is_empty() => {
            let list = strings(items)?;
            Some((
                server_messages::field_errors(&list, ctx.fields, ctx.lang),
                Some(list),
            ))
        }
        Value::Object(map) if !map.is_empty() => {
            let mut out = FieldErrors::new();
            let mut reader = server_messages::Reader::new(ctx.fields, ctx.lang);
            for (i, (field, messages)) in map.iter().enumerate() {
                let list = match messages {
                    Value::String(s) => vec![s.clone()],
                    Value::Array(items) => strings(items)?,
                    _ => return None,
                };
                let field = if i < server_messages::MAX_FIELDS {
                    field.clone()
                } else {
                    OTHER_FIELD.to_string()
                };
                // Each message still names its rule (and is worded in `lang`) when it is a Laravel line.
                let issues = out.issues_mut(field);
                for (_, mut found) in reader.field_errors(&list) {
                    issues.append(&mut found);
                }
            }
            Some((out, None))
        }
        _ => None,
    }
}

/// Appends `value` as JSON text (the crate's writer; parsed JSON always writes). One shared body
/// for the five values the client's answers copy (`inline(never)`: each site was a writer call,
/// a `push_str` and a drop).
#[inline(never)]
pub(crate) fn push_json(out: &mut String, value: &Value) {
    out.push_str(&crate::json::to_string(value).unwrap_or_default());
}

/// The most JSON text of one envelope value (`errors`, `metaData`, `links`) read into a tree: a
/// tree takes many times its text (a hostile 9 MB `errors` of empty strings grew memory by 800 MB
/// and took 5 s), and the live API's largest, a 417 list, is a few hundred messages. `data` is
/// never read into a tree: it is handed on as its text.
pub const MAX_TREE_BYTES: usize = 1 << 20;

/// A known envelope value as a tree (its text was checked when the envelope was read); `None` when
/// absent or larger than [`MAX_TREE_BYTES`].
fn value(raw: Option<&str>) -> Option<Value> {
    crate::json::parse(raw.filter(|r| r.len() <= MAX_TREE_BYTES)?).ok()
}

/// What an error says of an envelope value it did not read (see [`MAX_TREE_BYTES`]).
fn not_read(key: &str, raw: &str) -> String {
    let mut bytes = String::new();
    crate::text::push_u64(&mut bytes, raw.len() as u64);
    crate::text::concat(&[
        "the answer's `",
        key,
        "` (",
        &bytes,
        " bytes of JSON) is larger than the 1 MiB fpgo reads of it; not read",
    ])
}

/// A known envelope value when it is a string.
fn text(raw: Option<&str>) -> Option<String> {
    match value(raw)? {
        Value::String(s) => Some(s),
        _ => None,
    }
}

fn invalid_response(http_status: u16, code: &str, message: String) -> Box<FpgoError> {
    let mut e = FpgoError::new(ErrorKind::InvalidResponse, code, message);
    e.http_status = Some(http_status);
    e
}

/// The API never redirects: a 3xx is a proxy, a misconfigured base URL or an attacker. It is never
/// followed (the POST and its token would go wherever `Location` says). Status 0 is a browser's
/// opaque redirect (`redirect: "manual"` hides the status and `Location`).
fn redirect_error(status: u16, location: Option<&str>) -> Box<FpgoError> {
    invalid_response(status, "unexpected_redirect", {
        let mut message = String::from("the server answered with a redirect (HTTP ");
        crate::text::push_u64(&mut message, u64::from(status));
        message.push_str(
            "); the API never redirects, so it was not followed and nothing was sent again",
        );
        message
    })
    .with_details(detail(
        "location",
        location.map_or(Value::Null, |l| Value::String(l.to_string())),
    ))
}

/// `metaData` as documented: four non-negative integers.
fn check_meta_data(meta: &Value) -> bool {
    ["total", "perPage", "currentPage", "lastPage"]
        .iter()
        .all(|k| meta.get(k).is_some_and(Value::is_u64))
}

fn success(
    status: u16,
    env: Envelope,
    message: String,
    ctx: &ResponseContext,
) -> Result<ApiResponse, Box<FpgoError>> {
    let data_json = match ctx.status_in_envelope {
        Some(spec) => status_answer(status, spec, &env, &message)?,
        None => env.raw[DATA].map_or_else(|| "null".to_string(), str::to_string),
    };
    let (mut meta_data, mut links) = (None, None);
    if ctx.paged {
        for (key, at) in [("metaData", META_DATA), ("links", LINKS)] {
            if let Some(raw) = env.raw[at].filter(|r| r.len() > MAX_TREE_BYTES) {
                return Err(invalid_response(
                    status,
                    "invalid_response",
                    not_read(key, raw),
                ));
            }
        }
        if let Some(meta) = value(env.raw[META_DATA]) {
            if !check_meta_data(&meta) {
                return Err(invalid_response(status, "invalid_response", "the list's `metaData` is not {total, perPage, currentPage, lastPage} as integers".into()));
            }
            meta_data = Some(meta);
        }
        links = value(env.raw[LINKS]).filter(Value::is_object);
    }
    Ok(ApiResponse {
        http_status: status,
        message,
        data_json,
        meta_data,
        links,
    })
}

/// `{<key>: status, message, ...data's fields}` for a [`StatusInEnvelope`] endpoint. The envelope's
/// status and message win over same-named fields of `data`; a status found in neither (or not a
/// string) is `invalid_response`, since the answer would not say what it is for.
fn status_answer(
    http_status: u16,
    spec: StatusInEnvelope,
    env: &Envelope,
    message: &str,
) -> Result<String, Box<FpgoError>> {
    let mut data_fields = serde_json::Map::new();
    if let Some(raw) = env.raw[DATA] {
        if let Ok(Value::Object(fields)) = crate::json::parse(raw) {
            data_fields = fields;
        }
    }
    let from_envelope = match spec.envelope_key {
        "order_status" => env.raw[ORDER_STATUS],
        "refund_status" => env.raw[REFUND_STATUS],
        _ => None,
    };
    let Some(status) = value(from_envelope)
        .filter(Value::is_string)
        .or_else(|| data_fields.get(spec.key).filter(|v| v.is_string()).cloned())
    else {
        return Err(invalid_response(
            http_status,
            "invalid_response",
            crate::text::concat(&[
                "the answer has no `",
                spec.envelope_key,
                "` (a string) in the envelope or in `data`",
            ]),
        ));
    };
    // Written as text: the status, the message, then `data`'s other fields in their order.
    let mut answer = String::with_capacity(64 + message.len());
    answer.push('{');
    push_json_str(&mut answer, spec.key);
    answer.push(':');
    push_json(&mut answer, &status);
    answer.push_str(",\"message\":");
    push_json_str(&mut answer, message);
    for (k, v) in &data_fields {
        if k != spec.key && k != "message" {
            answer.push(',');
            push_json_str(&mut answer, k);
            answer.push(':');
            push_json(&mut answer, v);
        }
    }
    answer.push('}');
    Ok(answer)
}

fn failure(
    http_status: u16,
    env: Envelope,
    message: String,
    ctx: &ResponseContext,
    cut: usize,
) -> Box<FpgoError> {
    // A 2xx whose envelope says `is_error: true` is treated by the envelope's own status_code.
    let status = if (200..300).contains(&http_status) {
        value(env.raw[STATUS_CODE])
            .as_ref()
            .and_then(Value::as_u64)
            .and_then(|s| u16::try_from(s).ok())
            .unwrap_or(500)
    } else {
        http_status
    };
    let kind = kind_for(status, &message);
    let code = if message.is_empty() {
        let mut code = String::from("http_");
        crate::text::push_u64(&mut code, u64::from(status));
        code
    } else {
        first_chars(&message, cut).to_string()
    };
    let status_message = text(env.raw[STATUS_MESSAGE]);
    let mut e = FpgoError::new(
        kind,
        code,
        match &status_message {
            Some(sm) if !message.is_empty() => crate::text::concat(&[sm, ": ", &message]),
            Some(sm) => sm.clone(),
            None if !message.is_empty() => message.clone(),
            None => {
                let mut shown = String::from("HTTP ");
                crate::text::push_u64(&mut shown, u64::from(status));
                shown
            }
        },
    );
    e.http_status = Some(http_status);
    e.status_message = status_message;
    let raw_errors = value(env.raw[ERRORS]);
    // Field errors come with validation and business-rule answers; a 500's `errors` is
    // `{happenedAt, internalErrorDetails}` (`000:283-285`), which is not about fields.
    if matches!(kind, ErrorKind::Validation | ErrorKind::BusinessRule) {
        if let Some((errors, sent)) = raw_errors.as_ref().and_then(|r| field_errors(r, ctx)) {
            e.errors = Some(errors);
            e.server_messages = sent;
        }
    }
    if e.errors.is_none() {
        e.details = raw_errors.map(Box::new);
    }
    if let Some(raw) = env.raw[ERRORS].filter(|r| r.len() > MAX_TREE_BYTES) {
        e.details = Some(Box::new(Value::String(not_read("errors", raw))));
    }
    e
}

/// Characters of the server's text an error keeps in `code` (its `message`) and in `details` (a
/// body that is not the envelope).
pub const CUT_CHARS: usize = 200;

/// Reads one HTTP answer into data or an [`FpgoError`] (not yet redacted: see
/// [`super::redact::redact_error`]).
pub fn parse_response(
    http_status: u16,
    body: &str,
    ctx: &ResponseContext,
) -> Result<ApiResponse, Box<FpgoError>> {
    read_answer(http_status, body, ctx, CUT_CHARS)
}

/// [`parse_response`] with its error redacted of `token`: the texts are cut after redaction, so a
/// token that a hostile server places across the cut is still found whole (cut first, its first
/// part would stay).
pub(crate) fn parse_response_redacted(
    http_status: u16,
    body: &str,
    ctx: &ResponseContext,
    token: &str,
) -> Result<ApiResponse, Box<FpgoError>> {
    read_answer(http_status, body, ctx, CUT_CHARS + token.chars().count()).map_err(|e| {
        let mut e = super::redact::redact_error(e, token);
        e.code = first_chars(&e.code, CUT_CHARS).to_string();
        if let Some(Value::String(details)) = e.details.as_deref_mut() {
            *details = first_chars(details, CUT_CHARS).to_string();
        }
        e
    })
}

fn read_answer(
    http_status: u16,
    body: &str,
    ctx: &ResponseContext,
    cut: usize,
) -> Result<ApiResponse, Box<FpgoError>> {
    if http_status == 0 || (300..400).contains(&http_status) {
        return Err(redirect_error(http_status, ctx.location));
    }
    // Only an object is an envelope (serde would also read a struct from an array).
    let parsed = if body.trim_start().starts_with('{') {
        Envelope::read(body)
    } else {
        None
    };
    let envelope = match parsed {
        Some(v) => v,
        None => {
            let what = ctx.content_type.unwrap_or("no content type");
            let mut e = invalid_response(http_status, "invalid_response", {
                let mut message = String::from("expected the JSON envelope, got a ");
                crate::text::push_u64(&mut message, body.len() as u64);
                crate::text::concat(&[&message, "-byte body (", what, ")"])
            });
            // A proxy's 502/503 page is still a server failure for the retry policy; the kind says
            // what the caller can rely on: the body was not the API's.
            e.details = Some(Box::new(Value::String(first_chars(body, cut).to_string())));
            return Err(e);
        }
    };
    // A boolean's text is exactly `true` or `false`.
    let is_error = envelope.raw[IS_ERROR] == Some("true");
    // Read once for both ways.
    let message = text(envelope.raw[MESSAGE]).unwrap_or_default();
    if (200..300).contains(&http_status) && !is_error {
        return success(http_status, envelope, message, ctx);
    }
    Err(failure(http_status, envelope, message, ctx, cut))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::FieldIssue;
    use serde_json::json;

    const FIELDS: &[TableField] = &[
        ("cancellationNote", "required|string"),
        ("orderSummary.shippingCost", "nullable|numeric"),
        (
            "customerDetails.personalNumber",
            "nullable|required_if:submitPayment.via,invoice|digits:11",
        ),
        ("products.*.tax", "required|numeric|in:0,12,15,25"),
    ];

    #[test]
    fn envelope_keys_sit_at_their_positions() {
        let keys: Vec<&str> = ENVELOPE_KEYS.split('\n').collect();
        assert_eq!(keys.len(), KEY_COUNT);
        for (at, key) in [
            (DATA, "data"),
            (MESSAGE, "message"),
            (STATUS_MESSAGE, "status_message"),
            (STATUS_CODE, "status_code"),
            (IS_ERROR, "is_error"),
            (ERRORS, "errors"),
            (META_DATA, "metaData"),
            (LINKS, "links"),
            (ORDER_STATUS, "order_status"),
            (REFUND_STATUS, "refund_status"),
        ] {
            assert_eq!(keys[at], key);
        }
    }

    fn ctx() -> ResponseContext<'static> {
        ResponseContext {
            fields: FIELDS,
            lang: None,
            paged: false,
            location: None,
            content_type: None,
            status_in_envelope: None,
        }
    }

    fn parse(status: u16, body: &str) -> Result<ApiResponse, Box<FpgoError>> {
        parse_response(status, body, &ctx())
    }

    #[test]
    fn success_returns_data_even_when_is_data_is_false() {
        // 000:262-273: 201 with is_data false and a filled data object.
        let body = r#"{"status_code":201,"status_message":"OK","message":"orderAddedSuccessfully","is_data":false,"data":{"uuid":"ODR3506777330","customerUuid":"CSRT3463048878"}}"#;
        let r = parse(201, body).unwrap();
        assert_eq!(r.message, "orderAddedSuccessfully");
        assert_eq!(r.data()["uuid"], "ODR3506777330");
        // 000:1346-1356: 202 with is_data true and data null.
        let r = parse(
            202,
            r#"{"status_code":202,"message":"resentOrderSuccessfully","is_data":true,"data":null}"#,
        )
        .unwrap();
        assert_eq!(r.data(), Value::Null);
    }

    #[test]
    fn both_404_shapes_are_not_found() {
        for body in [
            r#"{"status_code":404,"status_message":"Not Found","message":"orderNotFound","is_error":false,"errors":null}"#,
            r#"{"status_code":404,"status_message":"Not Found","message":"orderNotFound","is_data":false,"data":null}"#,
        ] {
            let e = parse(404, body).unwrap_err();
            assert_eq!(
                (e.kind, e.code.as_str(), e.http_status),
                (ErrorKind::NotFound, "orderNotFound", Some(404))
            );
            assert_eq!(e.status_message.as_deref(), Some("Not Found"));
        }
    }

    #[test]
    fn business_rule_rejections_keep_their_code() {
        let body = r#"{"status_code":400,"status_message":"Conflict of Business Logic","message":"refundRejectionForWeeklyThresholdExceed","is_error":true,"errors":null}"#;
        let e = parse(400, body).unwrap_err();
        assert_eq!(e.kind, ErrorKind::BusinessRule);
        assert_eq!(e.code, "refundRejectionForWeeklyThresholdExceed");
        assert_eq!(e.errors, None);
        assert_eq!(e.details, None);
    }

    #[test]
    fn validation_errors_carry_the_field_map() {
        let body = json!({"status_code":417,"status_message":"Client Error","message":"payloadValidationErrors","is_error":true,
            "errors":{"cancellationNote":["The cancellation note field is required."],"x":"single"}})
        .to_string();
        let e = parse(417, &body).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Validation);
        let errors = e.errors.unwrap();
        assert_eq!(
            errors["cancellationNote"],
            vec![FieldIssue {
                rule: "Required".into(),
                message: "The cancellation note field is required.".into()
            }]
        );
        assert_eq!(
            errors["x"],
            vec![FieldIssue {
                rule: "Unknown".into(),
                message: "single".into()
            }]
        );
        assert_eq!(e.server_messages, None);
        let e = parse(
            400,
            r#"{"message":"payloadValidationErrors","errors":{"a":["b"]}}"#,
        )
        .unwrap_err();
        assert_eq!(e.kind, ErrorKind::Validation);
    }

    #[test]
    fn envelope_values_over_a_mebibyte_are_not_read_into_trees() {
        // 2 MB of `errors` (700,000 empty strings): kept out of the tree, said in `details`.
        let errors = format!("[{}\"\"]", "\"\",".repeat(700_000));
        let body = format!(
            r#"{{"status_code":417,"message":"payloadValidationErrors","is_error":true,"errors":{errors}}}"#
        );
        let e = parse(417, &body).unwrap_err();
        assert_eq!(
            (e.kind, e.code.as_str()),
            (ErrorKind::Validation, "payloadValidationErrors")
        );
        assert_eq!((&e.errors, &e.server_messages), (&None, &None));
        let details = e.details.unwrap();
        assert!(
            details.as_str().unwrap().starts_with(
                "the answer's `errors` (2100004 bytes of JSON) is larger than the 1 MiB"
            ),
            "{details}"
        );
        // Just within the limit, it is read as before.
        let n = (MAX_TREE_BYTES - 2) / 3;
        let errors = format!("[{}\"\"]", "\"\",".repeat(n - 1));
        assert!(errors.len() <= MAX_TREE_BYTES);
        let body = format!(
            r#"{{"status_code":417,"message":"payloadValidationErrors","is_error":true,"errors":{errors}}}"#
        );
        assert_eq!(
            parse(417, &body)
                .unwrap_err()
                .server_messages
                .map(|m| m.len()),
            Some(n)
        );
        // A paged list's metaData or links over the limit: invalid_response.
        let mut paged = ctx();
        paged.paged = true;
        let big = format!(r#"{{"x":"{}"}}"#, "a".repeat(MAX_TREE_BYTES));
        for key in ["metaData", "links"] {
            let body = format!(
                r#"{{"status_code":200,"message":"ok","is_data":true,"data":[],"{key}":{big}}}"#
            );
            let e = parse_response(200, &body, &paged).unwrap_err();
            assert_eq!(e.code, "invalid_response", "{key}");
            assert!(e.message.contains(key), "{}", e.message);
        }
    }

    #[test]
    fn a_token_across_the_cut_is_redacted_whole() {
        // A hostile server puts the token so that the 200-character cut of `code` (its `message`)
        // and of `details` (a body that is not the envelope) would fall inside it.
        let token = "12|Ab+c/d=eSecretToken01234567";
        for at in [150, 185, 199, 200] {
            let message = format!("{}{token}", "x".repeat(at));
            let body = json!({"status_code":400,"message":message,"is_error":true}).to_string();
            let e = parse_response_redacted(400, &body, &ctx(), token).unwrap_err();
            assert!(
                !e.code.contains("SecretToken") && !e.code.contains("12|Ab"),
                "{at}: {}",
                e.code
            );
            assert!(e.code.chars().count() <= CUT_CHARS, "{at}");
            let page = format!("<html>{}{token}</html>", "y".repeat(at));
            let e = parse_response_redacted(502, &page, &ctx(), token).unwrap_err();
            let details = e.details.unwrap().as_str().unwrap().to_string();
            assert!(
                !details.contains("SecretToken") && !details.contains("12|Ab"),
                "{at}: {details}"
            );
            assert!(details.chars().count() <= CUT_CHARS, "{at}");
        }
        // Cut first, as before: the token's first part stayed in `code`.
        let message = format!("{}{token}", "x".repeat(185));
        let body = json!({"status_code":400,"message":message,"is_error":true}).to_string();
        let e = crate::client::redact_error(parse(400, &body).unwrap_err(), token);
        assert!(e.code.ends_with("12|Ab+c/d=eSecr"), "{}", e.code);
    }

    #[test]
    fn a_hostile_errors_object_is_read_in_bounded_work() {
        // 3,000 fields in descending order (each would be inserted at the front of the sorted
        // map), each with two Laravel lines: at most MAX_FIELDS keep their name, at most
        // MAX_MESSAGES messages are read by the matcher, every message is kept.
        let n = 3_000;
        let mut errors = serde_json::Map::new();
        for i in (0..n).rev() {
            let line = Value::String("The cancellation note field is required.".into());
            errors.insert(format!("f{i:05}"), Value::Array(vec![line.clone(), line]));
        }
        let body = json!({"status_code":417,"message":"payloadValidationErrors","is_error":true,"errors":errors}).to_string();
        let e = parse(417, &body).unwrap_err();
        let errors = e.errors.unwrap();
        assert_eq!(errors.len(), server_messages::MAX_FIELDS + 1);
        assert_eq!(
            errors[OTHER_FIELD].len(),
            2 * (n - server_messages::MAX_FIELDS)
        );
        let issues: Vec<&FieldIssue> = errors.iter().flat_map(|(_, list)| list).collect();
        assert_eq!(issues.len(), 2 * n);
        let read = issues.iter().filter(|i| i.rule != "Unknown").count();
        assert_eq!(read, server_messages::MAX_MESSAGES);
        assert!(issues
            .iter()
            .all(|i| i.message == "The cancellation note field is required."));
        // The first fields in the server's order keep their names (the last in field order).
        assert_eq!(errors.keys().next().map(String::as_str), Some("_other"));
        assert!(errors.get(&format!("f{:05}", n - 1)).is_some());
        assert!(errors.get("f00000").is_none());
    }

    #[test]
    fn server_errors_500_and_510_keep_details() {
        let e = parse(500, r#"{"status_code":500,"status_message":"Internal Dependency Error","message":"internalErrorOccurredPleaseTryAgainLater","is_error":true,"errors":{"happenedAt":"x","internalErrorDetails":[]}}"#).unwrap_err();
        assert_eq!(
            (e.kind, e.code.as_str()),
            (
                ErrorKind::Server,
                "internalErrorOccurredPleaseTryAgainLater"
            )
        );
        assert_eq!(e.errors, None);
        assert_eq!(e.details.unwrap()["happenedAt"], "x");
        // 000:1406-1416: 510 with a sentence as message.
        let e = parse(510, r#"{"status_code":510,"status_message":"Execution Exception Occurred","message":"Something Went Wrong","is_error":true,"errors":[]}"#).unwrap_err();
        assert_eq!(
            (e.kind, e.code.as_str(), e.http_status),
            (ErrorKind::Server, "Something Went Wrong", Some(510))
        );
    }

    #[test]
    fn html_and_garbage_bodies_are_invalid_response_not_a_crash() {
        let html = ResponseContext {
            content_type: Some("text/html"),
            ..ctx()
        };
        let e = parse_response(502, "<html><body>Bad gateway</body></html>", &html).unwrap_err();
        assert_eq!(
            (e.kind, e.http_status),
            (ErrorKind::InvalidResponse, Some(502))
        );
        assert!(e.message.contains("text/html"));
        let e = parse(200, "<html>").unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidResponse);
        for body in ["", "{\"status_code\":20", "[1,2]", "\"ok\"", "null"] {
            assert_eq!(
                parse(200, body).unwrap_err().kind,
                ErrorKind::InvalidResponse,
                "{body}"
            );
        }
    }

    #[test]
    fn the_envelope_is_read_as_a_derived_deserialize_read_it() {
        // A known key twice is no envelope; an unknown one twice is skipped; escaped keys count.
        let twice = r#"{"message":"a","message":"b","data":1}"#;
        assert_eq!(
            parse(200, twice).unwrap_err().kind,
            ErrorKind::InvalidResponse
        );
        let r = parse(
            200,
            r#"{"x":1,"x":2,"d\u0061ta":{"k":[1,2.5,"\n"]},"message":null}"#,
        )
        .unwrap();
        assert_eq!(
            (r.data_json.as_str(), r.message.as_str()),
            (r#"{"k":[1,2.5,"\n"]}"#, "")
        );
        let r = parse(200, r#"{ "data" : null , "extra": {"deep": [[]]} }"#).unwrap();
        assert_eq!(r.data_json, "null");
        for bad in [
            r#"{"data":[1,}"#,
            r#"{"x":tru}"#,
            r#"{"data":1} x"#,
            r#"{"data":1"#,
        ] {
            assert_eq!(
                parse(200, bad).unwrap_err().kind,
                ErrorKind::InvalidResponse,
                "{bad}"
            );
        }
    }

    #[test]
    fn auth_rate_limit_and_unknown_statuses() {
        assert_eq!(parse(401, "{}").unwrap_err().kind, ErrorKind::Auth);
        assert_eq!(parse(401, "{}").unwrap_err().code, "http_401");
        assert_eq!(parse(429, "{}").unwrap_err().kind, ErrorKind::RateLimited);
        assert_eq!(
            parse(405, "{}").unwrap_err().kind,
            ErrorKind::InvalidRequest
        );
        // 2xx that says is_error: the envelope's status code wins.
        let e = parse(
            200,
            r#"{"status_code":404,"message":"orderNotFound","is_error":true}"#,
        )
        .unwrap_err();
        assert_eq!(e.kind, ErrorKind::NotFound);
    }

    #[test]
    fn the_live_servers_417_array_becomes_the_field_map() {
        let body = json!({"status_code":417,"status_message":"Client Error","message":"payloadValidationErrors","is_error":true,
            "errors":["The order summary.shipping cost field is required.",
                      "The customer details.personal number field is required when submit payment.via is invoice.",
                      "The products.1.tax must be a number.",
                      "The selected products.0.tax is invalid.",
                      "The customer details.personal number must be 11 digits.",
                      "Something only the server knows."]}).to_string();
        let e = parse(417, &body).unwrap_err();
        assert_eq!(
            (e.kind, e.code.as_str()),
            (ErrorKind::Validation, "payloadValidationErrors")
        );
        let errors = e.errors.clone().unwrap();
        let rules = |f: &str| {
            errors[f]
                .iter()
                .map(|i| i.rule.as_str())
                .collect::<Vec<_>>()
        };
        // Required although the table says nullable: the live server's rules can differ.
        assert_eq!(rules("orderSummary.shippingCost"), ["Required"]);
        assert_eq!(
            rules("customerDetails.personalNumber"),
            ["RequiredIf", "Digits"]
        );
        assert_eq!(rules("products.1.tax"), ["Numeric"]);
        // `in`, `not_in`, `exists` share the line: the table's rule wins.
        assert_eq!(rules("products.0.tax"), ["In"]);
        assert_eq!(
            errors["_other"],
            vec![FieldIssue {
                rule: "Unknown".into(),
                message: "Something only the server knows.".into()
            }]
        );
        // English keeps the server's text byte for byte; the array is kept as sent.
        assert_eq!(
            errors["orderSummary.shippingCost"][0].message,
            "The order summary.shipping cost field is required."
        );
        assert_eq!(e.server_messages.as_ref().unwrap().len(), 6);
        assert_eq!(e.details, None);
        // In another language the messages are reworded from the server's placeholders.
        let no = ResponseContext {
            lang: Some(Lang::No),
            ..ctx()
        };
        let e = parse_response(417, &body, &no).unwrap_err();
        let errors = e.errors.unwrap();
        assert_eq!(
            errors["customerDetails.personalNumber"][1].message,
            "customer details.personal number må ha 11 sifre."
        );
        assert_eq!(
            errors["_other"][0].message,
            "Something only the server knows."
        );
        assert_eq!(
            e.server_messages.unwrap()[4],
            "The customer details.personal number must be 11 digits."
        );
    }

    #[test]
    fn redirects_are_errors_with_the_location_and_never_data() {
        for status in [0u16, 301, 302, 303, 307, 308] {
            let c = ResponseContext {
                location: Some("https://evil.example/x"),
                ..ctx()
            };
            let e = parse_response(status, r#"{"data":{"stolen":true}}"#, &c).unwrap_err();
            assert_eq!(
                (e.kind, e.code.as_str()),
                (ErrorKind::InvalidResponse, "unexpected_redirect"),
                "{status}"
            );
            assert_eq!(e.details.unwrap()["location"], "https://evil.example/x");
        }
        // No `Location` (a browser's opaque redirect): `{"location":null}`, as `json!` wrote it.
        let e = parse_response(0, "", &ctx()).unwrap_err();
        assert_eq!(e.details.unwrap().to_string(), r#"{"location":null}"#);
    }

    #[test]
    fn list_pages_keep_meta_data_and_links() {
        let paged = ResponseContext {
            paged: true,
            ..ctx()
        };
        let body = r#"{"status_code":200,"message":"subscriptionRetrieveSuccessfully","is_data":true,"data":[{"subscriptionUuid":"SUB1"}],
            "metaData":{"total":3,"perPage":1,"currentPage":1,"lastPage":3},"links":{"previous":null,"next":"https://x/list?page=2"}}"#;
        let r = parse_response(200, body, &paged).unwrap();
        assert_eq!(r.meta_data.unwrap()["lastPage"], 3);
        assert_eq!(r.links.unwrap()["next"], "https://x/list?page=2");
        assert_eq!(r.data_json, r#"[{"subscriptionUuid":"SUB1"}]"#);
        let bad = body.replace(r#""lastPage":3"#, r#""lastPage":"3""#);
        assert_eq!(
            parse_response(200, &bad, &paged).unwrap_err().code,
            "invalid_response"
        );
        assert_eq!(parse(200, body).unwrap().meta_data, None);
    }

    #[test]
    fn data_is_kept_as_sent_text_including_proto_keys() {
        let r = parse(
            200,
            r#"{"data": {"__proto__": {"admin": true}, "a": [1, 2.50]}}"#,
        )
        .unwrap();
        assert_eq!(
            r.data_json,
            r#"{"__proto__": {"admin": true}, "a": [1, 2.50]}"#
        );
        // Deep nesting is skipped over without recursion: no stack overflow, kept as sent.
        let deep = format!(
            "{{\"data\":{}{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert_eq!(parse(200, &deep).unwrap().data_json.len(), 200_000);
    }

    fn status_ctx(id: &str) -> ResponseContext<'static> {
        ResponseContext {
            status_in_envelope: status_in_envelope(id),
            ..ctx()
        }
    }

    #[test]
    fn terminal_statuses_are_read_from_the_envelope() {
        // 000:7711-7720: the status is beside `data`, which is null.
        let body = r#"{"status_code":200,"status_message":"OK","order_status":"PAID","message":"orderPaymentConfirmed","is_data":false,"data":null}"#;
        let r = parse_response(200, body, &status_ctx("terminal.getPaymentStatus")).unwrap();
        assert_eq!(
            r.data(),
            json!({"orderStatus": "PAID", "message": "orderPaymentConfirmed"})
        );
        assert_eq!(r.message, "orderPaymentConfirmed");
        // 000:7963-7972.
        let body = r#"{"status_code":200,"status_message":"OK","refund_status":"REFUNDED","message":"orderRefundedSuccessfully","is_data":false,"data":null}"#;
        let r = parse_response(200, body, &status_ctx("terminal.getRefundStatus")).unwrap();
        assert_eq!(
            r.data(),
            json!({"refundStatus": "REFUNDED", "message": "orderRefundedSuccessfully"})
        );
        // Other endpoints still answer `data` only, even with a status beside it.
        assert_eq!(parse(200, body).unwrap().data(), Value::Null);
    }

    #[test]
    fn terminal_status_keeps_data_fields_and_refuses_a_missing_status() {
        let ctx = status_ctx("terminal.getPaymentStatus");
        let body = r#"{"order_status":"CANCELLED","message":"orderPaymentFailed","data":{"orderUuid":"ODR1","message":"ignored","orderStatus":"X"}}"#;
        let r = parse_response(200, body, &ctx).unwrap();
        assert_eq!(
            r.data_json,
            r#"{"orderStatus":"CANCELLED","message":"orderPaymentFailed","orderUuid":"ODR1"}"#
        );
        // A status only inside `data` is still found.
        let r = parse_response(
            200,
            r#"{"message":"m","data":{"orderStatus":"PAID"}}"#,
            &ctx,
        )
        .unwrap();
        assert_eq!(r.data()["orderStatus"], "PAID");
        for body in [
            r#"{"message":"m","data":null}"#,
            r#"{"order_status":null,"message":"m","data":null}"#,
            r#"{"order_status":7,"message":"m","data":[1]}"#,
            r#"{"refund_status":"REFUNDED","message":"m","data":null}"#,
        ] {
            let e = parse_response(200, body, &ctx).unwrap_err();
            assert_eq!(
                (e.kind, e.code.as_str()),
                (ErrorKind::InvalidResponse, "invalid_response"),
                "{body}"
            );
        }
        // Failures are read as before.
        let e = parse_response(
            404,
            r#"{"message":"orderNotFound","is_error":false,"errors":null}"#,
            &ctx,
        )
        .unwrap_err();
        assert_eq!(e.kind, ErrorKind::NotFound);
    }
}
