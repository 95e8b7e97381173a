//! Everything the sandbox remembers, shared by the API handlers, the checkout pages and the
//! test-only endpoints: the store, the armed faults, the callbacks sent, and the settings given on
//! the command line. This module imports nothing of the sandbox, so every other module can depend
//! on it without a cycle.

mod faults;
mod store;

pub use faults::{Fault, FaultKind, Faults};
pub use store::{CompanyCheck, Customer, Kind, Order, Product, Store, TerminalOrder};

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{SystemTime, UNIX_EPOCH};
use subtle::ConstantTimeEq;

/// The whole sandbox state, behind an [`Arc`] in every handler.
pub struct App {
    /// The bearer token every API call must carry; never logged (see [`App::authorized`]).
    token: String,
    /// The checksum secret callbacks are signed with.
    pub secret: String,
    /// `http://ADDR` as bound: checkout URLs and paging links point here.
    pub base_url: String,
    pub quiet: bool,
    /// Items per page of the list endpoints (`metaData.perPage`, 50 in `000:5728`).
    pub per_page: u64,
    pub store: Mutex<Store>,
    pub faults: Mutex<Faults>,
    pub sent_callbacks: Mutex<Vec<SentCallback>>,
}

/// The state as every handler holds it.
pub type Shared = Arc<App>;

impl App {
    /// A fresh, empty sandbox.
    pub fn new(token: String, secret: String, base_url: String, quiet: bool, per_page: u64) -> App {
        App {
            token,
            secret,
            base_url,
            quiet,
            per_page,
            store: Mutex::new(Store::default()),
            faults: Mutex::new(Faults::default()),
            sent_callbacks: Mutex::new(Vec::new()),
        }
    }

    /// Whether an `Authorization` header value is `Bearer <token>` (compared in constant time).
    pub fn authorized(&self, authorization: Option<&[u8]>) -> bool {
        let expected = format!("Bearer {}", self.token);
        authorization.is_some_and(|given| given.ct_eq(expected.as_bytes()).into())
    }
}

/// One callback that was sent (or tried), for `GET /__sandbox/callbacks`.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SentCallback {
    pub url: String,
    /// The merchant's HTTP status, or `None` when it could not be reached.
    pub response_status: Option<u16>,
    /// Bytes of the merchant's answer that were read (at most the sandbox's limit).
    pub response_bytes: u64,
    /// The answer was longer than the limit: the rest was not read and the connection was closed.
    pub response_truncated: bool,
    pub error: Option<String>,
}

/// Locks a mutex, recovering the data if a previous holder panicked (state stays usable).
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Now, in Unix seconds.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}
