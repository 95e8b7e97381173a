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
                '$' if !in_class && !multiline && !dollar_endonly => translated.push_str(r"(?:\n?\z)"),
                _ => translated.push(c),
            }
        }
        let regex = Regex::new(&translated).map_err(|e| format!("pattern does not compile: {e}"))?;
        Ok(Pcre { regex })
    }

    pub fn is_match(&self, s: &str) -> bool {
        self.regex.is_match(s)
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
        assert!(!p.is_match("١٢٣٤٥٦٧٨٩٠١"), "\\d is ASCII-only in PCRE without /u");
        let d = Pcre::compile(r"/^\d{11}$/D").unwrap();
        assert!(!d.is_match("12345678901\n"));
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
