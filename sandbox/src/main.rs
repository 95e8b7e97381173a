//! `fpgo-sandbox`: the FPGO Connect API on 127.0.0.1, for local development and tests.
//!
//! `fpgo-sandbox --listen 127.0.0.1:PORT --token TOKEN --secret SECRET`
//!
//! Every endpoint of fpgo's endpoint table answers at its documented method and path, behind the
//! bearer token, with the documented envelopes; orders, reservations, subscriptions, customers and
//! terminal orders live in memory and move through their documented statuses. Each order has a
//! hosted checkout page (`/checkout/{uuid}`); paying there sends the signed callback GET to the
//! order's `callbackUrl`. Test-only endpoints under `/__sandbox/` trigger status changes, inject
//! faults and count requests. See sandbox/README.md.

mod api;
mod args;
mod callbacks;
mod checkout;
mod envelope;
mod handlers;
mod request;
mod routing;
mod server;
mod state;
mod testing;
mod validation;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = match args::Args::parse(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(message) => {
            eprintln!("fpgo-sandbox: {message}\n\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("fpgo-sandbox: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(server::run(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fpgo-sandbox: {e}");
            ExitCode::FAILURE
        }
    }
}
