//! Reading the API's envelope: `{status_code, status_message, message, is_data, data}` on success,
//! `{status_code, status_message, message, is_error, errors}` on failure (`000:262-298`).
//!
//! The documents are inconsistent about the flags (P1-D45, P1-D51): `is_data: false` comes with a
//! filled `data` (`000:267`), `is_data: true` with `data: null` (`000:1353`), and 404s use either
//! `is_error/errors` or `is_data/data`. So the HTTP status decides success or failure, never the
//! flags, and `data` is returned as sent.

use super::error::{ErrorKind, FieldErrors, FpgoError};
use serde::Serialize;
use serde_json::{Map, Value};

/// A successful call: the envelope's `data`, plus what the envelope said about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiResponse {
    pub http_status: u16,
    /// The envelope's `message` (`orderAddedSuccessfully`, `Order Status Retrieved Successfully`).
    pub message: String,
    pub data: Value,
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

/// `errors` as a field map when it is one (`{"field": ["msg", ...]}` or `{"field": "msg"}`).
fn field_errors(errors: &Value) -> Option<FieldErrors> {
    let map = errors.as_object()?;
    if map.is_empty() {
        return None;
    }
    let mut out = FieldErrors::new();
    for (field, messages) in map {
        let list = match messages {
            Value::String(s) => vec![s.clone()],
            Value::Array(items) => items
                .iter()
                .map(|m| m.as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>()?,
            _ => return None,
        };
        out.insert(field.clone(), list);
    }
    Some(out)
}

fn text(envelope: &Map<String, Value>, key: &str) -> Option<String> {
    envelope
        .get(key)
        .and_then(Value::as_str)
        .map(str::to_string)
}

fn invalid_response(http_status: u16, message: String) -> FpgoError {
    let mut e = FpgoError::new(ErrorKind::InvalidResponse, "invalid_response", message);
    e.http_status = Some(http_status);
    e
}

/// Parses one HTTP answer. `content_type` is only used to word the error for non-JSON bodies.
pub fn parse_response(
    http_status: u16,
    content_type: Option<&str>,
    body: &str,
) -> Result<ApiResponse, FpgoError> {
    let parsed: Value = match serde_json::from_str(body) {
        Ok(v) => v,
        Err(_) => {
            let what = content_type.unwrap_or("no content type");
            let mut e = invalid_response(
                http_status,
                format!(
                    "expected the JSON envelope, got a {}-byte body ({what})",
                    body.len()
                ),
            );
            // A proxy's 502/503 page is still a server failure for the retry policy; the kind says
            // what the caller can rely on: the body was not the API's.
            e.details = Some(Value::String(body.chars().take(200).collect()));
            return Err(e);
        }
    };
    let Value::Object(envelope) = parsed else {
        return Err(invalid_response(
            http_status,
            "expected a JSON object envelope".into(),
        ));
    };
    let message = text(&envelope, "message").unwrap_or_default();
    let is_error = envelope.get("is_error").and_then(Value::as_bool) == Some(true);
    if (200..300).contains(&http_status) && !is_error {
        let data = envelope.get("data").cloned().unwrap_or(Value::Null);
        return Ok(ApiResponse {
            http_status,
            message,
            data,
        });
    }
    // A 2xx whose envelope says `is_error: true` is treated by the envelope's own status_code.
    let status = if (200..300).contains(&http_status) {
        envelope
            .get("status_code")
            .and_then(Value::as_u64)
            .and_then(|s| u16::try_from(s).ok())
            .unwrap_or(500)
    } else {
        http_status
    };
    let kind = kind_for(status, &message);
    let code = if message.is_empty() {
        format!("http_{status}")
    } else {
        message.clone()
    };
    let status_message = text(&envelope, "status_message");
    let mut e = FpgoError::new(
        kind,
        code,
        match &status_message {
            Some(sm) if !message.is_empty() => format!("{sm}: {message}"),
            Some(sm) => sm.clone(),
            None if !message.is_empty() => message.clone(),
            None => format!("HTTP {status}"),
        },
    );
    e.http_status = Some(http_status);
    e.status_message = status_message;
    let raw_errors = envelope.get("errors").filter(|v| !v.is_null());
    // Field maps come with validation and business-rule answers; a 500's `errors` is
    // `{happenedAt, internalErrorDetails}` (`000:283-285`), which is not about fields.
    if matches!(kind, ErrorKind::Validation | ErrorKind::BusinessRule) {
        e.errors = raw_errors.and_then(field_errors);
    }
    if e.errors.is_none() {
        e.details = raw_errors.cloned();
    }
    Err(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn success_returns_data_even_when_is_data_is_false() {
        // 000:262-273: 201 with is_data false and a filled data object.
        let body = r#"{"status_code":201,"status_message":"OK","message":"orderAddedSuccessfully","is_data":false,"data":{"uuid":"ODR3506777330","customerUuid":"CSRT3463048878"}}"#;
        let r = parse_response(201, Some("application/json"), body).unwrap();
        assert_eq!(r.message, "orderAddedSuccessfully");
        assert_eq!(r.data["uuid"], "ODR3506777330");
        // 000:1346-1356: 202 with is_data true and data null.
        let r = parse_response(
            202,
            None,
            r#"{"status_code":202,"message":"resentOrderSuccessfully","is_data":true,"data":null}"#,
        )
        .unwrap();
        assert_eq!(r.data, Value::Null);
    }

    #[test]
    fn both_404_shapes_are_not_found() {
        for body in [
            r#"{"status_code":404,"status_message":"Not Found","message":"orderNotFound","is_error":false,"errors":null}"#,
            r#"{"status_code":404,"status_message":"Not Found","message":"orderNotFound","is_data":false,"data":null}"#,
        ] {
            let e = parse_response(404, None, body).unwrap_err();
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
        let e = parse_response(400, None, body).unwrap_err();
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
        let e = parse_response(417, None, &body).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Validation);
        let errors = e.errors.unwrap();
        assert_eq!(
            errors["cancellationNote"],
            vec!["The cancellation note field is required."]
        );
        assert_eq!(errors["x"], vec!["single"]);
        let e = parse_response(
            400,
            None,
            r#"{"message":"payloadValidationErrors","errors":{"a":["b"]}}"#,
        )
        .unwrap_err();
        assert_eq!(e.kind, ErrorKind::Validation);
    }

    #[test]
    fn server_errors_500_and_510_keep_details() {
        let e = parse_response(500, None, r#"{"status_code":500,"status_message":"Internal Dependency Error","message":"internalErrorOccurredPleaseTryAgainLater","is_error":true,"errors":{"happenedAt":"x","internalErrorDetails":[]}}"#).unwrap_err();
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
        let e = parse_response(510, None, r#"{"status_code":510,"status_message":"Execution Exception Occurred","message":"Something Went Wrong","is_error":true,"errors":[]}"#).unwrap_err();
        assert_eq!(
            (e.kind, e.code.as_str(), e.http_status),
            (ErrorKind::Server, "Something Went Wrong", Some(510))
        );
    }

    #[test]
    fn html_and_garbage_bodies_are_invalid_response_not_a_crash() {
        let e = parse_response(
            502,
            Some("text/html"),
            "<html><body>Bad gateway</body></html>",
        )
        .unwrap_err();
        assert_eq!(
            (e.kind, e.http_status),
            (ErrorKind::InvalidResponse, Some(502))
        );
        assert!(e.message.contains("text/html"));
        let e = parse_response(200, None, "<html>").unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidResponse);
        for body in ["", "{\"status_code\":20", "[1,2]", "\"ok\"", "null"] {
            assert_eq!(
                parse_response(200, None, body).unwrap_err().kind,
                ErrorKind::InvalidResponse,
                "{body}"
            );
        }
    }

    #[test]
    fn auth_rate_limit_and_unknown_statuses() {
        assert_eq!(
            parse_response(401, None, "{}").unwrap_err().kind,
            ErrorKind::Auth
        );
        assert_eq!(
            parse_response(401, None, "{}").unwrap_err().code,
            "http_401"
        );
        assert_eq!(
            parse_response(429, None, "{}").unwrap_err().kind,
            ErrorKind::RateLimited
        );
        assert_eq!(
            parse_response(405, None, "{}").unwrap_err().kind,
            ErrorKind::InvalidRequest
        );
        // 2xx that says is_error: the envelope's status code wins.
        let e = parse_response(
            200,
            None,
            r#"{"status_code":404,"message":"orderNotFound","is_error":true}"#,
        )
        .unwrap_err();
        assert_eq!(e.kind, ErrorKind::NotFound);
    }
}
