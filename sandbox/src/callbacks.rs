//! Callbacks to the merchant. Order callbacks (`000:6353-6428`) carry `orderUuid`, `status`,
//! `createdAt`, `paymentMethod`, `amount`, `timestamp` and `checksum`, signed by
//! `fpgo::callbacks::sign`; query parameters already in the merchant's URL are read as PHP's `$_GET`
//! reads them (the core's parser) and kept in front, covered by the checksum, since the documented
//! verifier hashes every parameter but `checksum`. Terminal callbacks (`000:7435-7499`) are not
//! signed. Company-check callbacks are built by the checkout page.
//!
//! Each callback is one `GET` over hyper's HTTP/1.1 client, in the background, within
//! [`CALLBACK_TIMEOUT`]; the merchant's answer is read up to [`ANSWER_LIMIT`] bytes and the
//! connection is closed after that, so a merchant that answers endlessly costs nothing. Only
//! `http://` URLs: the sandbox runs next to the merchant's development server.

use crate::state::{lock, now, SentCallback, Shared, TerminalOrder};
use axum::body::Bytes;
use fpgo::callbacks::php_query::{PhpQuery, PhpValue};
use http_body_util::{BodyExt, Empty};
use hyper_util::rt::TokioIo;
use std::time::Duration;
use tokio::net::TcpStream;
use tokio::task::JoinHandle;

/// The most bytes of a merchant's answer the sandbox reads (only the status matters).
pub const ANSWER_LIMIT: u64 = 64 * 1024;

/// How long one callback (connect, send, read the answer) may take.
pub const CALLBACK_TIMEOUT: Duration = Duration::from_secs(10);

/// The callback URL with the signed parameters: `base?existing&orderUuid=...&checksum=...`.
pub fn signed_url(
    callback_url: &str,
    params: &[(&str, String)],
    secret: &str,
) -> Result<String, String> {
    let without_fragment = callback_url.split('#').next().unwrap_or(callback_url);
    let (base, existing) = without_fragment
        .split_once('?')
        .unwrap_or((without_fragment, ""));
    let mut pairs: Vec<(String, String)> = PhpQuery::parse(existing)
        .entries
        .into_iter()
        .filter_map(|(k, v)| match v {
            PhpValue::Str(v) => Some((lossy(k), lossy(v))),
            PhpValue::Array => None, // `a[]=`: PHP makes it an array, which cannot be signed
        })
        .filter(|(k, _)| k != "checksum" && !params.iter().any(|(name, _)| name == k))
        .collect();
    pairs.extend(params.iter().map(|(k, v)| (k.to_string(), v.clone())));
    let query = fpgo::callbacks::sign(&pairs, secret).map_err(|e| e.to_string())?;
    Ok(format!("{base}?{query}"))
}

fn lossy(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// What the merchant answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    /// Bytes of the body read, at most [`ANSWER_LIMIT`].
    pub bytes: u64,
    /// The body was longer than [`ANSWER_LIMIT`]; the rest was not read.
    pub truncated: bool,
}

/// Aborts the connection's driver task (closing the socket) however the exchange ends.
struct AbortOnDrop(JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Sends `GET url` and reads the answer up to the limit, within [`CALLBACK_TIMEOUT`].
pub async fn send(url: &str) -> Result<Answer, String> {
    tokio::time::timeout(CALLBACK_TIMEOUT, exchange(url))
        .await
        .map_err(|_| format!("no answer within {} s", CALLBACK_TIMEOUT.as_secs()))?
}

async fn exchange(url: &str) -> Result<Answer, String> {
    let uri: hyper::Uri = url.parse().map_err(|e| format!("not a URL: {e}"))?;
    if uri.scheme_str() != Some("http") {
        return Err("the sandbox only calls http:// callback URLs".into());
    }
    let authority = uri.authority().ok_or("the URL has no host")?.clone();
    let host = authority
        .host()
        .trim_start_matches('[')
        .trim_end_matches(']');
    let stream = TcpStream::connect((host, authority.port_u16().unwrap_or(80)))
        .await
        .map_err(|e| format!("connect {authority}: {e}"))?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| e.to_string())?;
    let _driver = AbortOnDrop(tokio::spawn(async move {
        let _ = connection.await;
    }));
    // `http://host:port` and `http://host:port?x=1` have no path: the request target is `/`.
    let target = match uri.query() {
        Some(q) => format!("{}?{q}", origin_path(&uri)),
        None => origin_path(&uri).to_string(),
    };
    let request = hyper::Request::get(target)
        .header(hyper::header::HOST, authority.as_str())
        .header(hyper::header::USER_AGENT, "fpgo-sandbox")
        .body(Empty::<Bytes>::new())
        .map_err(|e| e.to_string())?;
    let response = sender
        .send_request(request)
        .await
        .map_err(|e| e.to_string())?;
    let status = response.status().as_u16();
    let (bytes, truncated) = read_limited(response.into_body()).await;
    Ok(Answer {
        status,
        bytes,
        truncated,
    })
}

fn origin_path(uri: &hyper::Uri) -> &str {
    match uri.path() {
        "" => "/",
        path => path,
    }
}

/// Reads and discards the body up to [`ANSWER_LIMIT`] bytes: `(bytes read, cut at the limit)`.
/// A body that fails midway counts as what arrived.
async fn read_limited(mut body: hyper::body::Incoming) -> (u64, bool) {
    let mut read: u64 = 0;
    while let Some(Ok(frame)) = body.frame().await {
        let len = frame
            .data_ref()
            .map_or(0, |d| u64::try_from(d.len()).unwrap_or(u64::MAX));
        read = read.saturating_add(len);
        if read > ANSWER_LIMIT {
            return (ANSWER_LIMIT, true);
        }
    }
    (read, false)
}

/// Sends the signed callback for an order's current status, if it has a `callbackUrl`.
pub fn notify(app: Shared, uuid: &str) {
    let (callback_url, params) = {
        let store = lock(&app.store);
        let Some(order) = store.orders.get(uuid) else {
            return;
        };
        let Some(callback_url) = order.callback_url.clone() else {
            return;
        };
        let params = vec![
            ("orderUuid", order.uuid.clone()),
            ("status", order.status.clone()),
            ("createdAt", order.created_at.to_string()),
            (
                "paymentMethod",
                order.payment_method.clone().unwrap_or_default(),
            ),
            ("amount", order.grand_total.to_string()),
            ("timestamp", now().to_string()),
        ];
        (callback_url, params)
    };
    send_signed(app, &callback_url, &params);
}

/// Signs `params` onto `callback_url` and sends the GET in the background, recording the outcome.
pub fn send_signed(app: Shared, callback_url: &str, params: &[(&str, String)]) {
    match signed_url(callback_url, params, &app.secret) {
        Ok(url) => deliver(app, url),
        Err(error) => record(&app, String::new(), Err(error)),
    }
}

/// The terminal callback's parameters (`000:7435-7499`): no checksum, no timestamp.
pub fn terminal_params(t: &TerminalOrder) -> Vec<(String, String)> {
    let total = match &t.amount {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    vec![
        ("orderUuid".into(), t.uuid.clone()),
        ("status".into(), t.status.clone()),
        ("type".into(), "payment".into()),
        ("totalAmount".into(), total),
        ("currency".into(), "NOK".into()),
    ]
}

/// Sends an unsigned callback (terminal orders carry no checksum).
pub fn send_unsigned(app: Shared, callback_url: &str, params: &[(String, String)]) {
    let enc = |s: &str| {
        percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
    };
    let query: Vec<String> = params
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect();
    let sep = if callback_url.contains('?') { '&' } else { '?' };
    deliver(app, format!("{callback_url}{sep}{}", query.join("&")));
}

fn deliver(app: Shared, url: String) {
    tokio::spawn(async move {
        let outcome = send(&url).await;
        record(&app, url, outcome);
    });
}

fn record(app: &Shared, url: String, outcome: Result<Answer, String>) {
    let sent = match outcome {
        Ok(answer) => SentCallback {
            url,
            response_status: Some(answer.status),
            response_bytes: answer.bytes,
            response_truncated: answer.truncated,
            error: None,
        },
        Err(error) => SentCallback {
            url,
            response_status: None,
            response_bytes: 0,
            response_truncated: false,
            error: Some(error),
        },
    };
    if !app.quiet {
        let shown = sent
            .response_status
            .map_or_else(|| sent.error.clone().unwrap_or_default(), |s| s.to_string());
        eprintln!(
            "CALLBACK {} {shown}",
            sent.url.split('?').next().unwrap_or("")
        );
    }
    lock(&app.sent_callbacks).push(sent);
}

#[cfg(test)]
mod tests {
    use super::*;
    use fpgo::callbacks::{verify, verify_checksum_only, ErrorCode, VerifyOptions};

    fn params() -> [(&'static str, String); 6] {
        [
            ("orderUuid", "ODR1".to_string()),
            ("status", "PAID".to_string()),
            ("createdAt", "1755764131".to_string()),
            ("paymentMethod", "visa".to_string()),
            ("amount", "51.00".to_string()),
            ("timestamp", "1755764131".to_string()),
        ]
    }

    #[test]
    fn signed_urls_verify_with_the_library_including_merchant_params() {
        let url = signed_url(
            "http://127.0.0.1:9/cb?shop=a+b&x=%2B47",
            &params(),
            "s3cret",
        )
        .unwrap();
        assert!(
            url.starts_with("http://127.0.0.1:9/cb?shop=a%20b&x=%2B47&orderUuid=ODR1"),
            "{url}"
        );
        // The checksum covers the merchant's own parameters, but fpgo refuses keys an order callback
        // does not document (docs/decisions/callbacks.md, C10): `shop` is named.
        assert!(verify_checksum_only(&url, &["s3cret"]).is_ok());
        let refused = verify(&url, &["s3cret"], &VerifyOptions::at(1755764131)).unwrap_err();
        assert_eq!(
            (refused.code, refused.field.as_deref()),
            (ErrorCode::MalformedCallback, Some("shop"))
        );
        let plain = signed_url("http://127.0.0.1:9/cb", &params(), "s3cret").unwrap();
        let verified = verify(&plain, &["s3cret"], &VerifyOptions::at(1755764131)).unwrap();
        assert!(verified
            .raw
            .iter()
            .any(|(k, v)| k == "status" && v == "PAID"));
        assert!(verify(&plain, &["other"], &VerifyOptions::at(1755764131)).is_err());
    }

    #[test]
    fn merchant_params_are_read_as_php_reads_them() {
        // A repeated key keeps its last value, as `$_GET` does; a stale checksum is replaced.
        let url = signed_url(
            "http://127.0.0.1:9?shop=first&shop=last&checksum=old#top",
            &params(),
            "k",
        )
        .unwrap();
        assert!(
            url.starts_with("http://127.0.0.1:9?shop=last&orderUuid=ODR1"),
            "{url}"
        );
        assert_eq!(url.matches("checksum=").count(), 1);
        // Signed over every parameter (the merchant's too), though fpgo refuses the undocumented `shop`.
        assert!(verify_checksum_only(&url, &["k"]).is_ok());
    }

    #[test]
    fn a_url_without_a_path_is_requested_at_the_root() {
        let uri: hyper::Uri = "http://127.0.0.1:9?orderUuid=ODR1".parse().unwrap();
        assert_eq!(
            (origin_path(&uri), uri.query()),
            ("/", Some("orderUuid=ODR1"))
        );
        let uri: hyper::Uri = "http://127.0.0.1:9".parse().unwrap();
        assert_eq!(origin_path(&uri), "/");
    }
}
