//! `FPGO_CALLBACK_SECRET=... cargo run -p fpgo-example-axum` (PORT, default 3000; 0 picks a free one).
//! Listens on 127.0.0.1; the first line printed is `listening on http://ADDR`.

use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let Ok(secrets) = std::env::var("FPGO_CALLBACK_SECRET") else {
        eprintln!("set FPGO_CALLBACK_SECRET (several, comma-separated, during a key rotation)");
        return ExitCode::from(2);
    };
    let secrets: Vec<String> = secrets
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let port: u16 = std::env::var("PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(3000);
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("cannot listen on 127.0.0.1:{port}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Ok(addr) = listener.local_addr() {
        println!("listening on http://{addr}");
    }
    let app = fpgo_example_axum::router(fpgo_example_axum::AppState::new(secrets));
    match axum::serve(listener, app)
        .with_graceful_shutdown(async { tokio::signal::ctrl_c().await.unwrap_or(()) })
        .await
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("server error: {e}");
            ExitCode::FAILURE
        }
    }
}
