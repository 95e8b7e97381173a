//! Starts `fpgo-sandbox` on 127.0.0.1:0 for one test and kills it when the test ends.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub const TOKEN: &str = "test-token-abc";
pub const SECRET: &str = "test-secret-xyz";

/// A documented example body (tests/fixtures/examples), with `orderDate` moved to now; `{}` for
/// an endpoint without one.
pub fn fixture(id: &str) -> serde_json::Value {
    let path = format!(
        "{}/../tests/fixtures/examples/{id}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        return serde_json::json!({});
    };
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("fixture JSON");
    if v.get("orderDate").is_some() {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_secs();
        v["orderDate"] = serde_json::json!(now.to_string());
    }
    v
}

pub struct Sandbox {
    child: Child,
    pub base: String,
}

impl Sandbox {
    pub fn start() -> Sandbox {
        Sandbox::start_with(&[])
    }

    /// Starts the sandbox with extra flags (`--per-page 2`, `--header-timeout-ms 300`).
    pub fn start_with(extra: &[&str]) -> Sandbox {
        let mut child = Command::new(env!("CARGO_BIN_EXE_fpgo-sandbox"))
            .args([
                "--listen",
                "127.0.0.1:0",
                "--token",
                TOKEN,
                "--secret",
                SECRET,
                "--quiet",
            ])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn fpgo-sandbox");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("first line");
        let base = line
            .trim()
            .strip_prefix("fpgo-sandbox listening on ")
            .expect("listening line")
            .to_string();
        Sandbox { child, base }
    }

    fn agent() -> ureq::Agent {
        ureq::AgentBuilder::new()
            .timeout(Duration::from_secs(10))
            .redirects(0)
            .build()
    }

    /// Any request; returns (status, body text). Error statuses are returned, not raised.
    pub fn call(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<serde_json::Value>,
    ) -> (u16, String) {
        let mut req = Self::agent().request(method, &format!("{}{}", self.base, path));
        if let Some(t) = token {
            req = req.set("Authorization", &format!("Bearer {t}"));
        }
        let res = match body {
            Some(b) => req.send_json(b),
            None => req.call(),
        };
        match res {
            Ok(r) | Err(ureq::Error::Status(_, r)) => {
                let status = r.status();
                (status, r.into_string().unwrap_or_default())
            }
            Err(e) => panic!("transport error: {e}"),
        }
    }

    pub fn api(
        &self,
        method: &str,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let (status, text) = self.call(method, path, Some(TOKEN), body);
        (
            status,
            serde_json::from_str(&text).unwrap_or(serde_json::Value::Null),
        )
    }

    /// The callbacks sent so far, waiting (at most 10 s) until there are at least `n`.
    pub fn callbacks(&self, n: usize) -> Vec<serde_json::Value> {
        for _ in 0..200 {
            let (_, text) = self.call("GET", "/__sandbox/callbacks", None, None);
            let body: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
            let list = body["callbacks"].as_array().cloned().unwrap_or_default();
            if list.len() >= n {
                return list;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("fewer than {n} callbacks were sent within 10 s");
    }

    pub fn form(&self, path: &str, pairs: &[(&str, &str)]) -> (u16, String) {
        match Self::agent()
            .post(&format!("{}{}", self.base, path))
            .send_form(pairs)
        {
            Ok(r) | Err(ureq::Error::Status(_, r)) => {
                (r.status(), r.into_string().unwrap_or_default())
            }
            Err(e) => panic!("transport error: {e}"),
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
