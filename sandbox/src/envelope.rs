//! The documented response envelopes (`000:262-298`).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

/// A JSON answer with its HTTP status.
pub struct Reply {
    pub status: u16,
    pub body: Value,
}

impl Reply {
    /// `{status_code, status_message: "OK", message, is_data, data}`. `is_data` follows the
    /// documents' example for the endpoint, which is not always `data != null` (P1-D51).
    pub fn ok(status: u16, message: &str, is_data: bool, data: Value) -> Reply {
        Reply {
            status,
            body: json!({"status_code": status, "status_message": "OK", "message": message, "is_data": is_data, "data": data}),
        }
    }

    /// 200 with a status beside `data`, which is `null`: `{status_code, status_message, <key>:
    /// status, message, is_data: false, data: null}` (`000:7711-7720`, `000:7963-7972`).
    pub fn status_in_envelope(key: &str, status: &str, message: &str) -> Reply {
        let mut body = json!({"status_code": 200, "status_message": "OK"});
        body[key] = json!(status);
        body["message"] = json!(message);
        body["is_data"] = json!(false);
        body["data"] = Value::Null;
        Reply { status: 200, body }
    }

    /// `{status_code, status_message, message, is_error, errors}`.
    pub fn error(
        status: u16,
        status_message: &str,
        message: &str,
        is_error: bool,
        errors: Value,
    ) -> Reply {
        Reply {
            status,
            body: json!({"status_code": status, "status_message": status_message, "message": message, "is_error": is_error, "errors": errors}),
        }
    }

    /// 404 in the `is_error: false, errors: null` shape (`000:1359-1369`).
    pub fn not_found(message: &str) -> Reply {
        Reply::error(404, "Not Found", message, false, Value::Null)
    }

    /// 404 in the `is_data: false, data: null` shape (`000:1486-1496`).
    pub fn not_found_data(message: &str) -> Reply {
        Reply {
            status: 404,
            body: json!({"status_code": 404, "status_message": "Not Found", "message": message, "is_data": false, "data": null}),
        }
    }

    /// 400 "Conflict of Business Logic" (`000:1383-1404`).
    pub fn conflict(message: &str) -> Reply {
        Reply::error(
            400,
            "Conflict of Business Logic",
            message,
            false,
            Value::Null,
        )
    }

    /// 417 `payloadValidationErrors` as the live server sends it: `errors` is the array of English
    /// messages in Laravel's order (`$validator->errors()->all()`), not the field map `000:1371-1381`
    /// shows (issue 12 §1; docs/decisions/client-sandbox.md SB-2).
    pub fn invalid(messages: Vec<String>) -> Reply {
        Reply::error(
            417,
            "Client Error",
            "payloadValidationErrors",
            true,
            json!(messages),
        )
    }

    /// 404 for a path no endpoint has, in the documented 404 shape (`000:1359-1369`).
    pub fn route_not_found() -> Reply {
        Reply::not_found("routeNotFound")
    }

    /// 405 for a documented path called with another method.
    pub fn method_not_allowed() -> Reply {
        Reply::error(
            405,
            "Method Not Allowed",
            "methodNotAllowed",
            true,
            Value::Null,
        )
    }

    /// 429 (the `Retry-After` header is added by the fault handler).
    pub fn too_many_requests() -> Reply {
        Reply::error(
            429,
            "Too Many Requests",
            "tooManyRequests",
            true,
            Value::Null,
        )
    }

    /// 401 for a missing or wrong bearer token (`000:3498`: "Missing or invalid Bearer token").
    pub fn unauthorized() -> Reply {
        Reply::error(401, "Unauthorized", "unauthenticated", true, Value::Null)
    }

    /// 500 as documented (`000:281-288`).
    pub fn internal(happened_at: &str) -> Reply {
        Reply::error(
            500,
            "Internal Dependency Error",
            "internalErrorOccurredPleaseTryAgainLater",
            true,
            json!({"happenedAt": happened_at, "internalErrorDetails": ["sandbox fault injection"]}),
        )
    }

    /// 510 as documented (`000:290-298`).
    pub fn execution_exception() -> Reply {
        Reply::error(
            510,
            "Execution Exception Occurred",
            "somethingWentWrong",
            true,
            json!(["sandbox fault injection"]),
        )
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        (status, axum::Json(self.body)).into_response()
    }
}
