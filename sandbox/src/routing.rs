//! Routes generated from the endpoint table: an incoming method and path are matched against
//! every endpoint's documented path. Matching ignores empty segments, so a path printed with a
//! double slash (`/api/v1/connect//credit/check/list`, `000:8293`) answers with or without it.

use fpgo::endpoints::{self, Endpoint};
use percent_encoding::percent_decode_str;
use std::collections::BTreeMap;

/// Decoded path parameters by placeholder name.
pub type PathParams = BTreeMap<String, String>;

pub enum RouteMatch {
    /// One or more endpoints at this method and path (two for the terminal cancel path, told
    /// apart by the body's `type`, `000:7501-7618` and `000:8011-8116`).
    Found(Vec<(&'static Endpoint, PathParams)>),
    /// The path exists, with another method.
    WrongMethod,
    NotFound,
}

fn segments(path: &str) -> impl Iterator<Item = &str> {
    path.split('/').filter(|s| !s.is_empty())
}

fn match_path(template: &str, path: &str) -> Option<PathParams> {
    let mut params = PathParams::new();
    let mut given = segments(path);
    for seg in segments(template) {
        let placeholder = seg.strip_prefix('{').and_then(|s| s.strip_suffix('}'));
        match (placeholder, given.next()) {
            (None, Some(g)) if g == seg => {}
            (None, _) => return None,
            (Some(name), Some(g)) => {
                let value = percent_decode_str(g).decode_utf8().ok()?.into_owned();
                params.insert(name.trim_end_matches('?').to_string(), value);
            }
            (Some(name), None) if name.ends_with('?') => {}
            (Some(_), None) => return None,
        }
    }
    if given.next().is_some() {
        return None;
    }
    Some(params)
}

pub fn route(method: &str, path: &str) -> RouteMatch {
    let mut found = Vec::new();
    let mut path_exists = false;
    for endpoint in endpoints::all() {
        if let Some(params) = match_path(endpoint.path, path) {
            path_exists = true;
            if endpoint.method.as_str() == method {
                found.push((endpoint, params));
            }
        }
    }
    // A literal segment beats a placeholder (`/orders/status` vs `/orders/status/{orderUuid}`
    // cannot collide, but `/subscriptions/failed/list` vs `/subscriptions/list/{status?}` could).
    match (found.is_empty(), path_exists) {
        (false, _) => RouteMatch::Found(found),
        (true, true) => RouteMatch::WrongMethod,
        (true, false) => RouteMatch::NotFound,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_match_decoded_segments() {
        let p = match_path(
            "/api/v1/connect/orders/cancel/{orderUuid}",
            "/api/v1/connect/orders/cancel/ODR%201",
        )
        .unwrap();
        assert_eq!(p["orderUuid"], "ODR 1");
        assert!(match_path(
            "/api/v1/connect/orders/cancel/{orderUuid}",
            "/api/v1/connect/orders/cancel"
        )
        .is_none());
        assert!(match_path(
            "/api/v1/connect/orders/cancel/{orderUuid}",
            "/api/v1/connect/orders/cancel/a/b"
        )
        .is_none());
    }

    #[test]
    fn optional_segments_and_double_slashes() {
        assert!(match_path(
            "/api/v1/connect/subscriptions/list/{status?}",
            "/api/v1/connect/subscriptions/list"
        )
        .unwrap()
        .is_empty());
        let p = match_path(
            "/api/v1/connect/subscriptions/list/{status?}",
            "/api/v1/connect/subscriptions/list/ACTIVE",
        )
        .unwrap();
        assert_eq!(p["status"], "ACTIVE");
        assert!(match_path(
            "/api/v1/connect//credit/check/list",
            "/api/v1/connect/credit/check/list"
        )
        .is_some());
    }
}
