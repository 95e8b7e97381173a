//! The command line. The token and secret are kept out of `Debug` output.

use std::fmt;
use std::net::SocketAddr;
use std::time::Duration;

pub const USAGE: &str =
    "usage: fpgo-sandbox --listen 127.0.0.1:PORT --token TOKEN --secret SECRET [--quiet]
                    [--per-page N] [--header-timeout-ms MS]

  --listen ADDR    address to listen on (PORT 0 picks a free port; the first line printed
                   on stdout is `fpgo-sandbox listening on http://ADDR`)
  --token TOKEN    the bearer token every API call must carry (401 otherwise)
  --secret SECRET  the checksum secret used to sign callbacks
  --quiet          do not log one line per request on stderr
  --per-page N     items per page of the list endpoints (1 to 1000; default 50, as documented)
  --header-timeout-ms MS
                   close a connection whose request head is not complete within MS
                   milliseconds (100 to 600000; default 10000)";

/// Items per page of the list endpoints by default (`metaData.perPage` in `000:5728`).
pub const DEFAULT_PER_PAGE: u64 = 50;

/// How long a connection may take to send a complete request head by default.
pub const DEFAULT_HEADER_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Args {
    pub listen: SocketAddr,
    pub token: String,
    pub secret: String,
    pub quiet: bool,
    pub per_page: u64,
    pub header_timeout: Duration,
}

impl fmt::Debug for Args {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Args")
            .field("listen", &self.listen)
            .field("token", &"<redacted>")
            .field("secret", &"<redacted>")
            .field("per_page", &self.per_page)
            .field("header_timeout", &self.header_timeout)
            .finish()
    }
}

impl Args {
    pub fn parse(mut argv: impl Iterator<Item = String>) -> Result<Args, String> {
        let (mut listen, mut token, mut secret, mut quiet) = (None, None, None, false);
        let (mut per_page, mut header_timeout_ms) = (DEFAULT_PER_PAGE, None);
        while let Some(flag) = argv.next() {
            let mut value = |name: &str| argv.next().ok_or_else(|| format!("{name} needs a value"));
            match flag.as_str() {
                "--listen" => listen = Some(value("--listen")?),
                "--token" => token = Some(value("--token")?),
                "--secret" => secret = Some(value("--secret")?),
                "--quiet" => quiet = true,
                "--per-page" => per_page = number("--per-page", &value("--per-page")?, 1, 1000)?,
                "--header-timeout-ms" => {
                    let ms = number(
                        "--header-timeout-ms",
                        &value("--header-timeout-ms")?,
                        100,
                        600_000,
                    )?;
                    header_timeout_ms = Some(ms);
                }
                "-h" | "--help" => return Err("help".into()),
                other => return Err(format!("unknown argument `{other}`")),
            }
        }
        let listen = listen.ok_or("--listen is required")?;
        let listen: SocketAddr = listen
            .parse()
            .map_err(|_| format!("--listen `{listen}` is not an IP:PORT address"))?;
        let token = token
            .filter(|t| !t.is_empty())
            .ok_or("--token is required")?;
        let secret = secret
            .filter(|s| !s.is_empty())
            .ok_or("--secret is required")?;
        Ok(Args {
            listen,
            token,
            secret,
            quiet,
            per_page,
            header_timeout: header_timeout_ms.map_or(DEFAULT_HEADER_TIMEOUT, Duration::from_millis),
        })
    }
}

/// A whole number in `min..=max`.
fn number(flag: &str, text: &str, min: u64, max: u64) -> Result<u64, String> {
    text.parse::<u64>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| format!("{flag} `{text}` is not a whole number from {min} to {max}"))
}
