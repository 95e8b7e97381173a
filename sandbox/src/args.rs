//! The command line. The token and secret are kept out of `Debug` output.

use std::fmt;
use std::net::SocketAddr;

pub const USAGE: &str =
    "usage: fpgo-sandbox --listen 127.0.0.1:PORT --token TOKEN --secret SECRET [--quiet]

  --listen ADDR    address to listen on (PORT 0 picks a free port; the first line printed
                   on stdout is `fpgo-sandbox listening on http://ADDR`)
  --token TOKEN    the bearer token every API call must carry (401 otherwise)
  --secret SECRET  the checksum secret used to sign callbacks
  --quiet          do not log one line per request on stderr";

pub struct Args {
    pub listen: SocketAddr,
    pub token: String,
    pub secret: String,
    pub quiet: bool,
}

impl fmt::Debug for Args {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Args")
            .field("listen", &self.listen)
            .field("token", &"<redacted>")
            .field("secret", &"<redacted>")
            .finish()
    }
}

impl Args {
    pub fn parse(mut argv: impl Iterator<Item = String>) -> Result<Args, String> {
        let (mut listen, mut token, mut secret, mut quiet) = (None, None, None, false);
        while let Some(flag) = argv.next() {
            let mut value = |name: &str| argv.next().ok_or_else(|| format!("{name} needs a value"));
            match flag.as_str() {
                "--listen" => listen = Some(value("--listen")?),
                "--token" => token = Some(value("--token")?),
                "--secret" => secret = Some(value("--secret")?),
                "--quiet" => quiet = true,
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
        })
    }
}
