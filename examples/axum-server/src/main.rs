//! `FPGO_TOKEN=... FPGO_CALLBACK_SECRET=... cargo run -p fpgo-example-axum`
//! Optional: `FPGO_BASE_URL` (a sandbox), `PUBLIC_URL` (how FPGO reaches this server; default the
//! local address), `PORT` (default 3000; 0 picks a free one). Listens on 127.0.0.1; the first line
//! printed is `listening on http://ADDR`.

use fpgo_example_axum::{router, AppState, Settings};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let Some(secrets) = env("FPGO_CALLBACK_SECRET") else {
        eprintln!("set FPGO_CALLBACK_SECRET (several, comma-separated, during a key rotation)");
        return ExitCode::from(2);
    };
    let port: u16 = env("PORT").and_then(|p| p.parse().ok()).unwrap_or(3000);
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("cannot listen on 127.0.0.1:{port}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let local = match listener.local_addr() {
        Ok(addr) => format!("http://{addr}"),
        Err(e) => {
            eprintln!("no local address: {e}");
            return ExitCode::FAILURE;
        }
    };
    let settings = Settings {
        token: env("FPGO_TOKEN"),
        base_url: env("FPGO_BASE_URL"),
        callback_secrets: secrets
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        callback_url: format!(
            "{}/fpgo/callback",
            env("PUBLIC_URL")
                .unwrap_or_else(|| local.clone())
                .trim_end_matches('/')
        ),
    };
    let state = match AppState::new(settings) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("bad settings: {}", e.message);
            return ExitCode::from(2);
        }
    };
    println!("listening on {local}");
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    match axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("server error: {e}");
            ExitCode::FAILURE
        }
    }
}
