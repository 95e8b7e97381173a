//! Laravel's length-aware paging, as Get Subscription List (`000:5592-5740`) and Get Failed Payment
//! List (`000:5741-5853`) answer: `data` (one page), then `metaData` (`total`, `perPage`,
//! `currentPage`, `lastPage`) and `links` (`previous`, `next`) beside it. The page is the `page`
//! query parameter (default 1; below 1 counts as 1, as Laravel's paginator resolves it); a page past
//! the last is empty. `next` is `null` on the last page (the example at `000:5726-5735` shows a
//! `next` on its only page; docs/decisions/client-sandbox.md SB-3). Links keep the request's other
//! query parameters, so following `next` keeps the filters.

use super::Ctx;
use crate::envelope::Reply;
use serde_json::{json, Value};

/// One page of `items` as the list endpoints answer it.
pub fn page(cx: &Ctx, message: &str, items: Vec<Value>) -> Reply {
    let per_page = cx.per_page.max(1);
    let total = u64::try_from(items.len()).unwrap_or(u64::MAX);
    let last_page = total.div_ceil(per_page).max(1);
    let current = requested_page(cx);
    let start =
        usize::try_from(current.saturating_sub(1).saturating_mul(per_page)).unwrap_or(usize::MAX);
    let take = usize::try_from(per_page).unwrap_or(usize::MAX);
    let data: Vec<Value> = items.into_iter().skip(start).take(take).collect();
    let link = |n: u64| Value::String(page_url(cx, n));
    let previous = if current > 1 {
        link(current - 1)
    } else {
        Value::Null
    };
    let next = if current < last_page {
        link(current + 1)
    } else {
        Value::Null
    };
    let mut reply = Reply::ok(200, message, true, Value::Array(data));
    if let Value::Object(body) = &mut reply.body {
        body.insert(
            "metaData".into(),
            json!({"total": total, "perPage": per_page, "currentPage": current, "lastPage": last_page}),
        );
        body.insert("links".into(), json!({"previous": previous, "next": next}));
    }
    reply
}

/// The `page` query parameter (already validated as an integer), at least 1.
fn requested_page(cx: &Ctx) -> u64 {
    let raw = cx.query.get("page").map(|p| p.trim()).unwrap_or("");
    match raw.parse::<i128>() {
        Ok(n) if n >= 1 => u64::try_from(n).unwrap_or(u64::MAX),
        _ => 1,
    }
}

/// `{base}{path}?{other query parameters}&page=N`, percent-encoded.
fn page_url(cx: &Ctx, page: u64) -> String {
    let mut query: Vec<String> = cx
        .query
        .iter()
        .filter(|(k, _)| k.as_str() != "page")
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    query.push(format!("page={page}"));
    format!("{}{}?{}", cx.base_url, cx.path, query.join("&"))
}

fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}
