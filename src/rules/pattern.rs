//! `regex:/.../flags` patterns: PHP's PCRE patterns translated once to `regex-lite`.
//!
//! What changes in translation, so that `preg_match` and we agree:
//! - the delimiters and the flags `i`, `m`, `s`, `x`, `u`, `D` are read as PCRE reads them;
//! - an unescaped `$` outside a class means "end, or before a final newline" unless `D` or `m` is
//!   given (PCRE's default), so `/^\d{11}$/` accepts `"12345678901\n"` exactly as the server does.
//!   `\d`, `\w`, `\s` are ASCII in both engines. Without `u` PCRE matches bytes, `regex-lite` code
//!   points: `.` on a non-ASCII character is the one difference (docs/decisions/rules.md).

use regex_lite::Regex;

#[derive(Debug, Clone)]
pub struct Pcre {
    regex: Regex,
    /// The tables' common shape `^[class]{n,m}$` matched without the regex engine.
    anchored_class: Option<AnchoredClass>,
}

/// `/^C{min,max}$/` (also `+` and `{n}`) where `C` is `\d` or a bracket class of ASCII characters
/// and ranges, without flags: the whole string (less one final newline, PCRE's `$`) is `min` to
/// `max` characters of the class. Anything else goes to the regex engine.
#[derive(Debug, Clone)]
struct AnchoredClass {
    /// Bit `c` is set when the ASCII character `c` is in the class.
    ascii: u128,
    min: usize,
    max: usize,
}

impl AnchoredClass {
    fn parse(body: &str, flags: &str) -> Option<AnchoredClass> {
        if !flags.is_empty() {
            return None;
        }
        let inner = body.strip_prefix('^')?.strip_suffix('$')?;
        let mut ascii = 0u128;
        let range = |lo: u8, hi: u8| (lo..=hi).fold(0u128, |bits, c| bits | 1u128 << c);
        let rest = if let Some(rest) = inner.strip_prefix("\\d") {
            ascii = range(b'0', b'9');
            rest
        } else {
            let (class, rest) = inner.strip_prefix('[')?.split_once(']')?;
            let b = class.as_bytes();
            if b.is_empty()
                || b[0] == b'^'
                || !b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
            {
                return None;
            }
            let mut i = 0;
            while i < b.len() {
                if b.get(i + 1) == Some(&b'-') && i + 2 < b.len() {
                    let (lo, hi) = (b[i], b[i + 2]);
                    if lo > hi || b[i + 2] == b'-' {
                        return None;
                    }
                    ascii |= range(lo, hi);
                    i += 3;
                } else if b[i] == b'-' {
                    return None;
                } else {
                    ascii |= range(b[i], b[i]);
                    i += 1;
                }
            }
            rest
        };
        let (min, max) = match rest {
            "+" => (1, usize::MAX),
            _ => {
                let counts = rest.strip_prefix('{')?.strip_suffix('}')?;
                let (lo, hi) = counts.split_once(',').unwrap_or((counts, counts));
                (lo.parse().ok()?, hi.parse().ok()?)
            }
        };
        (min <= max).then_some(AnchoredClass { ascii, min, max })
    }

    fn is_match(&self, s: &str) -> bool {
        let s = s.strip_suffix('\n').unwrap_or(s);
        let b = s.as_bytes();
        (self.min..=self.max).contains(&b.len())
            && b.iter().all(|&c| c < 128 && self.ascii & (1u128 << c) != 0)
    }
}

fn closing_delimiter(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '<' => '>',
        c => c,
    }
}

impl Pcre {
    /// Compiles a PHP pattern such as `/^[a-zA-Z0-9]+$/` (delimiters and flags included).
    pub fn compile(pattern: &str) -> Result<Pcre, String> {
        let trimmed = pattern.trim_start();
        let mut chars = trimmed.chars();
        let open = chars.next().ok_or("empty pattern")?;
        if open.is_alphanumeric() || open == '\\' {
            return Err("delimiter must not be alphanumeric or backslash".into());
        }
        let close = closing_delimiter(open);
        let rest = &trimmed[open.len_utf8()..];
        // The body ends at the first unescaped closing delimiter.
        let mut end = None;
        let mut escaped = false;
        for (i, c) in rest.char_indices() {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == close {
                end = Some(i);
                break;
            }
        }
        let end = end.ok_or("no ending delimiter")?;
        let body = &rest[..end];
        let flags = &rest[end + close.len_utf8()..];
        let mut inline = String::new();
        let (mut multiline, mut dollar_endonly) = (false, false);
        for f in flags.chars() {
            match f {
                'i' | 's' | 'x' => inline.push(f),
                'm' => {
                    multiline = true;
                    inline.push('m')
                }
                'D' => dollar_endonly = true,
                'u' | '\n' | ' ' => {}
                other => return Err(format!("unsupported modifier `{other}`")),
            }
        }
        let mut translated = String::with_capacity(body.len() + 16);
        if !inline.is_empty() {
            translated.push_str(&format!("(?{inline})"));
        }
        let mut in_class = false;
        let mut escaped = false;
        for c in body.chars() {
            if escaped {
                escaped = false;
                translated.push('\\');
                translated.push(c);
                continue;
            }
            match c {
                '\\' => escaped = true,
                '[' if !in_class => {
                    in_class = true;
                    translated.push(c)
                }
                ']' if in_class => {
                    in_class = false;
                    translated.push(c)
                }
                '$' if !in_class && !multiline && !dollar_endonly => {
                    translated.push_str(r"(?:\n?\z)")
                }
                _ => translated.push(c),
            }
        }
        let regex =
            Regex::new(&translated).map_err(|e| format!("pattern does not compile: {e}"))?;
        let anchored_class =
            AnchoredClass::parse(body, flags.trim_matches(|c| c == '\n' || c == ' '));
        Ok(Pcre {
            regex,
            anchored_class,
        })
    }

    pub fn is_match(&self, s: &str) -> bool {
        match &self.anchored_class {
            Some(fast) => fast.is_match(s),
            None => self.regex.is_match(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollar_accepts_a_final_newline_like_pcre() {
        let p = Pcre::compile(r"/^\d{11}$/").unwrap();
        assert!(p.is_match("12345678901"));
        assert!(p.is_match("12345678901\n"));
        assert!(!p.is_match("12345678901\n\n"));
        assert!(!p.is_match("1234567890"));
        assert!(
            !p.is_match("١٢٣٤٥٦٧٨٩٠١"),
            "\\d is ASCII-only in PCRE without /u"
        );
        let d = Pcre::compile(r"/^\d{11}$/D").unwrap();
        assert!(!d.is_match("12345678901\n"));
    }

    #[test]
    fn the_anchored_class_shortcut_agrees_with_the_regex() {
        let patterns = [
            r"/^[A-Z]{2}$/",
            r"/^\d+$/",
            r"/^[0-9]+$/",
            r"/^[a-zA-Z0-9]+$/",
            r"/^\d{11}$/",
            r"/^[a-c]{1,3}$/",
            r"/^[A-Z]{2}$/D",
            r"/^[A-Z]{2}$/i",
        ];
        let inputs = [
            "",
            "NO",
            "no",
            "N",
            "NOR",
            "NO\n",
            "NO\n\n",
            "\nNO",
            "N\u{d8}",
            "12345678901",
            "12345678901\n",
            "1234567890",
            "\u{661}\u{662}",
            "abc",
            "abcd",
            "aB9",
            "a-b",
            "a b",
            "0",
            "٣",
            "ÅÅ",
        ];
        for p in patterns {
            let pcre = Pcre::compile(p).unwrap();
            let shortcut = ["/D", "/i"].iter().all(|f| !p.ends_with(f));
            assert_eq!(pcre.anchored_class.is_some(), shortcut, "{p}");
            for s in inputs {
                assert_eq!(pcre.is_match(s), pcre.regex.is_match(s), "{p} on {s:?}");
            }
        }
        for not_simple in [
            r"/^(SENT|PAID)$/i",
            r"/^[^a]+$/",
            r"/^[a-]+$/",
            r"/^[\w]+$/",
            r"/^[a-z]*$/",
            r"/^[z-a]+$/",
            r"/[a-z]+$/",
        ] {
            assert!(
                Pcre::compile(not_simple).map_or(true, |p| p.anchored_class.is_none()),
                "{not_simple}"
            );
        }
    }

    #[test]
    fn delimiters_and_flags() {
        assert!(Pcre::compile("#^ab$#i").unwrap().is_match("AB"));
        assert!(Pcre::compile("{^a}").unwrap().is_match("a"));
        assert!(Pcre::compile("/^[a-zA-Z0-9]+$/").unwrap().is_match("Ab9"));
        assert!(!Pcre::compile("/^[a-zA-Z0-9]+$/").unwrap().is_match("Ab-9"));
        assert!(Pcre::compile("abc").is_err());
        assert!(Pcre::compile("/abc").is_err());
    }
}
