//! `regex:/.../flags` patterns, matched as PHP's `preg_match` matches them, by a small matcher of
//! our own (no regex crate in the .wasm: `regex-lite` was 37 KB of it for 7 distinct patterns).
//!
//! - The delimiters and the flags are read as PHP reads them; the flags `i` (ASCII case folding)
//!   and `D` are supported, PHP's ignored ` `, `\n` and `\r` too; any other flag is an error.
//! - The pattern language is a subset of PCRE ([`syntax`]); a construct outside it is an error when
//!   the table is compiled, never a silent difference.
//! - Without `u` PCRE matches bytes: classes and `\d` are ASCII, so a multi-byte character never
//!   matches them (`٣` is not a digit), exactly as here.
//! - `$` means "end, or before a final `\n`" unless `D` is given (PCRE's default), so `/^\d{11}$/`
//!   accepts `"12345678901\n"` exactly as the server does.
//!
//! `^C{min,max}$` for one class `C` (the tables' common shape) is a byte loop; everything else
//! runs on a Pike VM ([`nfa`]), linear in the input.

#[cfg(any(test, target_arch = "wasm32"))]
pub(crate) mod codec;
mod nfa;
mod syntax;
#[cfg(test)]
mod tests;

use syntax::{ByteSet, Node};

/// A compiled `regex:` pattern.
#[derive(Debug, Clone)]
pub struct Pcre {
    matcher: Matcher,
}

#[derive(Debug, Clone)]
enum Matcher {
    Run(AnchoredRun),
    Nfa(nfa::Program),
}

/// `^C{min,max}$`: the whole subject (less one final `\n`, unless `D`) is `min` to `max` bytes of
/// the set `C`.
#[derive(Debug, Clone)]
struct AnchoredRun {
    set: ByteSet,
    min: usize,
    max: usize,
    dollar_endonly: bool,
}

impl AnchoredRun {
    fn of(node: &Node, dollar_endonly: bool) -> Option<AnchoredRun> {
        let Node::Concat(items) = node else {
            return None;
        };
        let (set, min, max) = match items.as_slice() {
            [Node::Start, Node::Byte(set), Node::End] => (*set, 1, Some(1)),
            [Node::Start, Node::Repeat { node, min, max }, Node::End] => match **node {
                Node::Byte(set) => (set, *min, *max),
                _ => return None,
            },
            _ => return None,
        };
        Some(AnchoredRun {
            set,
            min: min as usize,
            max: max.map_or(usize::MAX, |m| m as usize),
            dollar_endonly,
        })
    }

    fn is_match(&self, subject: &[u8]) -> bool {
        let run = |s: &[u8]| {
            (self.min..=self.max).contains(&s.len()) && s.iter().all(|&b| self.set.contains(b))
        };
        run(subject) || (!self.dollar_endonly && subject.strip_suffix(b"\n").is_some_and(run))
    }
}

fn closing_delimiter(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        b'{' => b'}',
        b'<' => b'>',
        c => c,
    }
}

/// Splits `/body/flags` as PHP's `pcre_get_compiled_regex_cache` does: leading whitespace skipped,
/// the body ends at the first unescaped closing delimiter (bracket delimiters nest).
fn split_delimiters(pattern: &str) -> Result<(&str, &str), String> {
    let trimmed = pattern.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let bytes = trimmed.as_bytes();
    let open = *bytes.first().ok_or("empty pattern")?;
    if open.is_ascii_alphanumeric() || open == b'\\' || open == 0 || !open.is_ascii() {
        return Err("the delimiter must be ASCII and not alphanumeric, backslash or NUL".into());
    }
    let close = closing_delimiter(open);
    let mut depth = 1;
    let mut i = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b if b == close => {
                depth -= 1;
                if depth == 0 {
                    return Ok((&trimmed[1..i], &trimmed[i + 1..]));
                }
            }
            b if b == open => depth += 1,
            _ => {}
        }
        i += 1;
    }
    Err("no ending delimiter".into())
}

impl Pcre {
    /// Compiles a PHP pattern such as `/^[a-zA-Z0-9]+$/` (delimiters and flags included); an
    /// error names what is outside the supported subset.
    pub fn compile(pattern: &str) -> Result<Pcre, String> {
        let (body, flags) = split_delimiters(pattern)?;
        let (mut caseless, mut dollar_endonly) = (false, false);
        for f in flags.chars() {
            match f {
                'i' => caseless = true,
                'D' => dollar_endonly = true,
                ' ' | '\n' | '\r' => {}
                other => return Err(format!("unsupported modifier `{other}`")),
            }
        }
        let node = syntax::parse(body, caseless)?;
        let matcher = match AnchoredRun::of(&node, dollar_endonly) {
            Some(run) => Matcher::Run(run),
            None => Matcher::Nfa(nfa::Program::compile(&node, dollar_endonly)?),
        };
        Ok(Pcre { matcher })
    }

    /// Whether `preg_match` finds the pattern in `s` (the value as PHP casts it to a string).
    pub fn is_match(&self, s: &str) -> bool {
        match &self.matcher {
            Matcher::Run(run) => run.is_match(s.as_bytes()),
            Matcher::Nfa(program) => program.is_match(s.as_bytes()),
        }
    }
}
