//! The signed callback GET to an order's `callbackUrl` (`000:6353-6428`): `orderUuid`, `status`,
//! `createdAt`, `paymentMethod`, `amount`, `timestamp` and `checksum`, signed by
//! `fpgo::callbacks::sign`. Query parameters already in the merchant's URL are kept in front and
//! covered by the checksum, since the documented verifier hashes every parameter but `checksum`.

use percent_encoding::percent_decode_str;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// One callback that was sent (or tried), for `/__sandbox/callbacks`.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SentCallback {
    pub url: String,
    /// The merchant's HTTP status, or `None` when it could not be reached.
    pub response_status: Option<u16>,
    pub error: Option<String>,
}

fn decode(s: &str) -> String {
    percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

/// The callback URL with the signed parameters: `base?existing&orderUuid=...&checksum=...`.
pub fn signed_url(
    callback_url: &str,
    params: &[(&str, String)],
    secret: &str,
) -> Result<String, String> {
    let (base, existing) = callback_url.split_once('?').unwrap_or((callback_url, ""));
    let base = base.split('#').next().unwrap_or(base);
    let mut pairs: Vec<(String, String)> = existing
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .filter(|(k, _)| !params.iter().any(|(name, _)| name == k))
        .collect();
    pairs.extend(params.iter().map(|(k, v)| (k.to_string(), v.clone())));
    let query = fpgo::callbacks::sign(&pairs, secret).map_err(|e| e.to_string())?;
    Ok(format!("{base}?{query}"))
}

/// Sends `GET url` over plain HTTP/1.1 and returns the status. Only `http://` URLs: the sandbox
/// runs next to the merchant's development server.
pub async fn send(url: &str) -> Result<u16, String> {
    let rest = url
        .strip_prefix("http://")
        .ok_or("the sandbox only calls http:// callback URLs")?;
    let (authority, path) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, "/"),
    };
    let address = if authority.contains(':') {
        authority.to_string()
    } else {
        format!("{authority}:80")
    };
    let exchange = async {
        let mut stream = TcpStream::connect(&address)
            .await
            .map_err(|e| format!("connect {address}: {e}"))?;
        let request = format!("GET {path} HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: fpgo-sandbox\r\nConnection: close\r\n\r\n");
        stream
            .write_all(request.as_bytes())
            .await
            .map_err(|e| e.to_string())?;
        let mut head = Vec::new();
        stream
            .read_to_end(&mut head)
            .await
            .map_err(|e| e.to_string())?;
        let line = String::from_utf8_lossy(&head);
        line.split_whitespace()
            .nth(1)
            .and_then(|s| s.parse::<u16>().ok())
            .ok_or_else(|| "no HTTP status line".to_string())
    };
    tokio::time::timeout(Duration::from_secs(10), exchange)
        .await
        .map_err(|_| "timed out after 10 s".to_string())?
}

#[cfg(test)]
mod tests {
    use super::*;
    use fpgo::callbacks::{verify, verify_checksum_only, ErrorCode, VerifyOptions};

    #[test]
    fn signed_urls_verify_with_the_library_including_merchant_params() {
        let params = [
            ("orderUuid", "ODR1".to_string()),
            ("status", "PAID".to_string()),
            ("createdAt", "1755764131".to_string()),
            ("paymentMethod", "visa".to_string()),
            ("amount", "51.00".to_string()),
            ("timestamp", "1755764131".to_string()),
        ];
        let url = signed_url("http://127.0.0.1:9/cb?shop=a+b&x=%2B47", &params, "s3cret").unwrap();
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
        let plain = signed_url("http://127.0.0.1:9/cb", &params, "s3cret").unwrap();
        let verified = verify(&plain, &["s3cret"], &VerifyOptions::at(1755764131)).unwrap();
        assert!(verified
            .raw
            .iter()
            .any(|(k, v)| k == "status" && v == "PAID"));
        assert!(verify(&plain, &["other"], &VerifyOptions::at(1755764131)).is_err());
    }
}
