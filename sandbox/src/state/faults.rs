//! Fault injection and request counting, for tests of the client's error handling and retries.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FaultKind {
    /// Wait `delayMs` before answering at all.
    Slow,
    /// Send the status and headers at once, then wait `delayMs` before the body.
    SlowBody,
    /// The documented 500 envelope.
    #[serde(rename = "500")]
    Status500,
    /// The documented 510 envelope.
    #[serde(rename = "510")]
    Status510,
    /// 429 with `Retry-After: 1`.
    #[serde(rename = "429")]
    Status429,
    /// Close the connection without answering.
    Drop,
    /// A 502 HTML page, as a proxy in front of the API would send.
    Html,
}

/// One armed fault: applies to the next `times` requests for `endpoint` (an endpoint id), or to
/// any endpoint when `endpoint` is absent.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Fault {
    pub kind: FaultKind,
    #[serde(default)]
    pub endpoint: Option<String>,
    #[serde(default = "one")]
    pub times: u32,
    #[serde(default = "default_delay")]
    pub delay_ms: u64,
}

fn one() -> u32 {
    1
}

fn default_delay() -> u64 {
    2_000
}

#[derive(Debug, Default)]
pub struct Faults {
    armed: Vec<Fault>,
    /// Requests per endpoint id, counted on arrival (before auth and before any fault), so a
    /// dropped or failed request is still counted: tests use this to prove a POST went out once.
    pub counts: BTreeMap<String, u64>,
}

impl Faults {
    pub fn arm(&mut self, fault: Fault) {
        self.armed.push(fault);
    }

    pub fn clear(&mut self) {
        self.armed.clear();
    }

    pub fn count(&mut self, endpoint_id: &str) {
        *self.counts.entry(endpoint_id.to_string()).or_insert(0) += 1;
    }

    /// Takes the first armed fault matching this endpoint, if any.
    pub fn take(&mut self, endpoint_id: &str) -> Option<Fault> {
        let i = self
            .armed
            .iter()
            .position(|f| f.endpoint.as_deref().is_none_or(|e| e == endpoint_id))?;
        let fault = self.armed.get_mut(i)?;
        fault.times = fault.times.saturating_sub(1);
        let taken = fault.clone();
        if fault.times == 0 {
            self.armed.remove(i);
        }
        Some(taken)
    }
}
