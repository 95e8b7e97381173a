//! Secret redaction for everything an error carries. A hostile server, or a proxy that echoes the
//! request (a 401 or 502 page quoting `Authorization: Bearer ...`), must not get the token into an
//! error's message, code, details or field errors, where it would end up in logs.

use super::error::{FieldErrors, FpgoError};
use serde_json::{Map, Value};

/// What replaces a secret.
pub const REDACTED: &str = "[redacted]";

/// Tokens shorter than this are not searched for verbatim (a one-letter test token would blank
/// every occurrence of that letter); `Bearer <anything>` is always redacted.
const MIN_VERBATIM_TOKEN_LEN: usize = 8;

/// Characters that end a bearer value (whitespace, quotes, markup and separators).
fn ends_bearer_value(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '\'' | '<' | '>' | ',' | ';' | '\\' | '`' | ')' | ']' | '}'
        )
}

/// `s` with every `Bearer <value>` (any case) replaced by `Bearer [redacted]`.
fn redact_bearer(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    // Cut by `split_at_checked`/`get`, never `&s[a..b]` (a slice that may panic links std's
    // `{:?}` of a char into the .wasm); every cut follows ASCII, so each is a boundary.
    while let Some(at) = find_ascii_ci(rest, "bearer") {
        let Some((word, after)) = rest.split_at_checked(at + 6) else {
            break;
        };
        let value = after.trim_start_matches([' ', '\t', '+']);
        let value_start = after.len() - value.len();
        out.push_str(word);
        if value_start == 0 {
            rest = after;
            continue;
        }
        // A value already redacted (the token itself was) counts as part of the value: redacted
        // once, with anything that follows it (`[redacted]]` before).
        let done = if value.starts_with(REDACTED) {
            REDACTED.len()
        } else {
            0
        };
        let tail = value.get(done..).unwrap_or_default();
        let tail_len = tail.find(ends_bearer_value).unwrap_or(tail.len());
        out.push_str(after.get(..value_start).unwrap_or_default());
        if done + tail_len > 0 {
            out.push_str(REDACTED);
        }
        rest = tail.get(tail_len..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// Byte offset of the first ASCII-case-insensitive occurrence of `needle` (ASCII) in `haystack`.
fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (0..h.len().saturating_sub(n.len() - 1)).find(|&i| {
        h.get(i..i + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
    })
}

/// `s` without the token and without any `Bearer ...` value.
pub fn redact_text(s: &str, token: &str) -> String {
    // `crate::text`'s scan, not `str::contains`/`replace` (std's two-way `StrSearcher`).
    let s = if token.len() >= MIN_VERBATIM_TOKEN_LEN {
        crate::text::replace(s, token, REDACTED)
    } else {
        s.to_string()
    };
    redact_bearer(&s)
}

/// Every string (and object key) in `value`, redacted.
fn redact_value(value: &mut Value, token: &str) {
    match value {
        Value::String(s) => *s = redact_text(s, token),
        Value::Array(items) => items.iter_mut().for_each(|v| redact_value(v, token)),
        Value::Object(map) => {
            let entries = std::mem::take(map);
            let mut clean = Map::with_capacity(entries.len());
            for (k, mut v) in entries {
                redact_value(&mut v, token);
                clean.insert(redact_text(&k, token), v);
            }
            *map = clean;
        }
        _ => {}
    }
}

/// The error with the token and every bearer value removed from each text it carries.
pub fn redact_error(mut e: Box<FpgoError>, token: &str) -> Box<FpgoError> {
    e.code = redact_text(&e.code, token);
    e.message = redact_text(&e.message, token);
    e.status_message = e.status_message.map(|s| redact_text(&s, token));
    if let Some(d) = e.details.as_mut() {
        redact_value(d, token);
    }
    if let Some(list) = e.server_messages.as_mut() {
        list.iter_mut().for_each(|m| *m = redact_text(m, token));
    }
    if let Some(errors) = e.errors.take() {
        // Inserted one by one at their places (no sort); a field that reads as another once
        // redacted replaces it (the later in field order wins, as a map's insert does).
        let mut clean = FieldErrors::new();
        for (field, mut issues) in errors {
            for issue in &mut issues {
                issue.message = redact_text(&issue.message, token);
            }
            *clean.issues_mut(redact_text(&field, token)) = issues;
        }
        e.errors = Some(clean);
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::ErrorKind;
    use serde_json::json;

    const TOKEN: &str = "sk_live_SECRET_42";

    #[test]
    fn a_bearer_token_is_redacted_once() {
        for (text, expected) in [
            (
                "Authorization: Bearer sk_live_SECRET_42",
                "Authorization: Bearer [redacted]",
            ),
            ("'Bearer sk_live_SECRET_42'", "'Bearer [redacted]'"),
            ("Bearer [redacted]", "Bearer [redacted]"),
            ("Bearer [redacted]tail", "Bearer [redacted]"),
            ("Bearer [redacted]] x", "Bearer [redacted]] x"),
        ] {
            assert_eq!(redact_text(text, TOKEN), expected, "{text}");
        }
    }

    #[test]
    fn bearer_values_are_redacted_in_any_case_and_context() {
        assert_eq!(
            redact_bearer("Authorization: Bearer abc.def"),
            "Authorization: Bearer [redacted]"
        );
        assert_eq!(
            redact_bearer("<b>bearer\tX1</b>"),
            "<b>bearer\t[redacted]</b>"
        );
        assert_eq!(
            redact_bearer(r#"{"a":"BEARER q=="}"#),
            r#"{"a":"BEARER [redacted]"}"#
        );
        assert_eq!(redact_bearer("Bearer"), "Bearer");
        assert_eq!(redact_bearer("bearers of news"), "bearers of news");
        assert_eq!(redact_bearer("ø Bearer ø"), "ø Bearer [redacted]");
    }

    #[test]
    fn the_token_is_removed_from_every_text_of_an_error() {
        let mut e = FpgoError::new(
            ErrorKind::Auth,
            format!("bad {TOKEN}"),
            format!("echo {TOKEN}"),
        );
        e.status_message = Some(format!("Bearer {TOKEN}"));
        e = e.with_details(
            json!({ "headers": { "authorization": format!("Bearer {TOKEN}") }, TOKEN: [TOKEN] }),
        );
        e.server_messages = Some(vec![format!("x{TOKEN}x")]);
        let e = redact_error(e, TOKEN);
        let shown = serde_json::to_string(&e).unwrap() + &e.to_string();
        assert!(!shown.contains("SECRET"), "{shown}");
        assert_eq!(e.code, "bad [redacted]");
    }

    #[test]
    fn verbatim_tokens_are_replaced_as_std_replaces_them() {
        for text in [
            "",
            TOKEN,
            "ø sk_live_SECRET_42sk_live_SECRET_42 é",
            "sk_live_SECRET_4",
            "xsk_live_SECRET_42\u{1F600}",
        ] {
            assert_eq!(
                redact_text(text, TOKEN),
                redact_bearer(&text.replace(TOKEN, REDACTED))
            );
        }
        assert_eq!(redact_bearer("é bearer\u{a0}x"), "é bearer\u{a0}x");
        assert_eq!(redact_bearer("Bearer +é\"ø"), "Bearer +[redacted]\"ø");
        assert_eq!(redact_bearer("BEARERbearer"), "BEARERbearer");
    }

    #[test]
    fn short_tokens_are_only_redacted_after_bearer() {
        assert_eq!(redact_text("a t b", "t"), "a t b");
        assert_eq!(redact_text("Bearer t", "t"), "Bearer [redacted]");
    }
}
