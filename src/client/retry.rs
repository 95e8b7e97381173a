//! When to retry and how long to wait. Only GET is ever retried: the API has no idempotency keys,
//! so repeating a POST or PUT that may have reached the server could create a second order, a
//! second refund or a second charge. A GET is retried on network errors, timeouts, 429 and 5xx,
//! with exponential backoff and jitter. Pure: the caller passes the random number.

use super::error::{ErrorKind, FpgoError};
use crate::endpoints::Method;

/// Retry settings. `max_retries` counts retries, not attempts (2 means up to 3 requests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub max_retries: u32,
    pub base_delay_ms: u32,
    pub max_delay_ms: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            base_delay_ms: 300,
            max_delay_ms: 8_000,
        }
    }
}

/// The most retries a client may be configured with (bounds the worst-case wait).
pub const MAX_RETRIES_LIMIT: u32 = 10;

impl RetryPolicy {
    /// Whether a failed attempt number `attempt` (0 for the first request) should be retried.
    pub fn should_retry(&self, method: Method, error: &FpgoError, attempt: u32) -> bool {
        if method != Method::Get || attempt >= self.max_retries {
            return false;
        }
        match error.kind {
            ErrorKind::Network
            | ErrorKind::Timeout
            | ErrorKind::RateLimited
            | ErrorKind::Server => true,
            // An HTML page from a proxy in front of a failing server (502/503/504).
            ErrorKind::InvalidResponse => matches!(error.http_status, Some(429) | Some(500..=599)),
            _ => false,
        }
    }

    /// Milliseconds to wait before retry number `attempt + 1`: "equal jitter" over an
    /// exponentially growing window, `window/2 + random*window/2`, where `window =
    /// min(max, base * 2^attempt)`. A server's `Retry-After` (seconds) raises the wait, up to the cap.
    /// `random` is in `[0, 1)`; values outside are clamped.
    pub fn delay_ms(&self, attempt: u32, random: f64, retry_after_secs: Option<u32>) -> u32 {
        let factor = 1u64.checked_shl(attempt.min(31)).unwrap_or(u64::MAX);
        let window = u64::from(self.base_delay_ms)
            .saturating_mul(factor)
            .min(u64::from(self.max_delay_ms));
        let random = if random.is_finite() {
            random.clamp(0.0, 1.0)
        } else {
            0.0
        };
        // `window` is at most u32::MAX, so the float product fits back exactly enough.
        let jitter = (window as f64 / 2.0 * random) as u64;
        let backoff = window / 2 + jitter;
        let server = retry_after_secs
            .map_or(0, |s| u64::from(s).saturating_mul(1000))
            .min(u64::from(self.max_delay_ms));
        u32::try_from(backoff.max(server)).unwrap_or(u32::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(kind: ErrorKind, status: Option<u16>) -> FpgoError {
        let mut e = FpgoError::new(kind, "x", "x");
        e.http_status = status;
        e
    }

    #[test]
    fn only_get_is_retried() {
        let p = RetryPolicy::default();
        for m in [Method::Post, Method::Put, Method::Delete] {
            assert!(!p.should_retry(m, &err(ErrorKind::Network, None), 0));
            assert!(!p.should_retry(m, &err(ErrorKind::Server, Some(500)), 0));
            assert!(!p.should_retry(m, &err(ErrorKind::Timeout, None), 0));
        }
        assert!(p.should_retry(Method::Get, &err(ErrorKind::Network, None), 0));
        assert!(p.should_retry(Method::Get, &err(ErrorKind::Timeout, None), 1));
        assert!(p.should_retry(Method::Get, &err(ErrorKind::Server, Some(510)), 0));
        assert!(p.should_retry(Method::Get, &err(ErrorKind::RateLimited, Some(429)), 0));
        assert!(p.should_retry(Method::Get, &err(ErrorKind::InvalidResponse, Some(502)), 0));
    }

    #[test]
    fn client_errors_are_not_retried_and_retries_stop_at_the_limit() {
        let p = RetryPolicy {
            max_retries: 2,
            ..Default::default()
        };
        for k in [
            ErrorKind::NotFound,
            ErrorKind::Validation,
            ErrorKind::Auth,
            ErrorKind::BusinessRule,
            ErrorKind::Config,
        ] {
            assert!(!p.should_retry(Method::Get, &err(k, Some(400)), 0), "{k:?}");
        }
        assert!(!p.should_retry(Method::Get, &err(ErrorKind::InvalidResponse, Some(200)), 0));
        assert!(p.should_retry(Method::Get, &err(ErrorKind::Network, None), 1));
        assert!(!p.should_retry(Method::Get, &err(ErrorKind::Network, None), 2));
        let none = RetryPolicy {
            max_retries: 0,
            ..Default::default()
        };
        assert!(!none.should_retry(Method::Get, &err(ErrorKind::Network, None), 0));
    }

    #[test]
    fn backoff_grows_exponentially_with_bounded_jitter() {
        let p = RetryPolicy {
            max_retries: 5,
            base_delay_ms: 100,
            max_delay_ms: 1_000,
        };
        assert_eq!(p.delay_ms(0, 0.0, None), 50);
        assert_eq!(p.delay_ms(0, 1.0, None), 100);
        assert_eq!(p.delay_ms(1, 0.0, None), 100);
        assert_eq!(p.delay_ms(2, 0.5, None), 300);
        assert_eq!(p.delay_ms(10, 1.0, None), 1_000);
        assert_eq!(p.delay_ms(u32::MAX, 0.99, None), 995);
        assert_eq!(p.delay_ms(0, f64::NAN, None), 50);
        assert_eq!(p.delay_ms(0, -3.0, None), 50);
    }

    #[test]
    fn retry_after_raises_the_wait_up_to_the_cap() {
        let p = RetryPolicy {
            max_retries: 5,
            base_delay_ms: 100,
            max_delay_ms: 5_000,
        };
        assert_eq!(p.delay_ms(0, 0.0, Some(2)), 2_000);
        assert_eq!(p.delay_ms(0, 0.0, Some(3_600)), 5_000);
        assert_eq!(p.delay_ms(0, 0.0, Some(u32::MAX)), 5_000);
    }
}
