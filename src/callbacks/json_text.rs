//! The little JSON the callbacks' JSON API reads: the JS wrapper's `JSON.stringify` of a list of
//! secrets, of `[key, value]` pairs and of a flat options object. Hand-written so that the callbacks
//! .wasm carries no serde_json; anything it does not understand is refused (`None`), never guessed.

/// A flat JSON value: objects and arrays inside an options object are not needed and are refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scalar<'a> {
    Str(String),
    /// The number's JSON text, as written.
    Number(&'a str),
    Null,
    Bool(bool),
}

/// `["a","b"]`.
pub fn string_array(text: &str) -> Option<Vec<String>> {
    let mut r = Reader::new(text);
    let mut out = Vec::new();
    r.list(b'[', b']', |r| {
        out.push(r.string()?);
        Some(())
    })?;
    r.end().then_some(out)
}

/// `[["k","v"],...]`.
pub fn string_pairs(text: &str) -> Option<Vec<(String, String)>> {
    let mut r = Reader::new(text);
    let mut out = Vec::new();
    r.list(b'[', b']', |r| {
        // Exactly `[ string , string ]`: read in sequence, no list of two.
        r.byte(b'[')?;
        let key = r.string()?;
        r.byte(b',')?;
        let value = r.string()?;
        r.byte(b']')?;
        out.push((key, value));
        Some(())
    })?;
    r.end().then_some(out)
}

/// `{"k":scalar,...}` in order (a repeated key appears twice; JSON.stringify never writes one).
pub fn flat_object(text: &str) -> Option<Vec<(String, Scalar<'_>)>> {
    let mut r = Reader::new(text);
    let mut out = Vec::new();
    r.list(b'{', b'}', |r| {
        let key = r.string()?;
        r.byte(b':')?;
        out.push((key, r.scalar()?));
        Some(())
    })?;
    r.end().then_some(out)
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Self {
        Reader { text, at: 0 }
    }

    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.text.as_bytes().get(self.at) {
            self.at += 1;
        }
        self.text.as_bytes().get(self.at).copied()
    }

    fn byte(&mut self, expected: u8) -> Option<()> {
        (self.peek()? == expected).then(|| self.at += 1)
    }

    fn end(&mut self) -> bool {
        self.peek().is_none()
    }

    /// `open item (, item)* close`, or `open close`.
    fn list(
        &mut self,
        open: u8,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Option<()>,
    ) -> Option<()> {
        self.byte(open)?;
        if self.byte(close).is_some() {
            return Some(());
        }
        loop {
            item(self)?;
            if self.byte(close).is_some() {
                return Some(());
            }
            self.byte(b',')?;
        }
    }

    fn scalar(&mut self) -> Option<Scalar<'a>> {
        match self.peek()? {
            b'"' => self.string().map(Scalar::Str),
            b'-' | b'0'..=b'9' => {
                let rest = self.text.get(self.at..)?;
                let len = rest
                    .bytes()
                    .take_while(|b| matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'))
                    .count();
                self.at += len;
                rest.get(..len).map(Scalar::Number)
            }
            _ => [
                ("null", Scalar::Null),
                ("true", Scalar::Bool(true)),
                ("false", Scalar::Bool(false)),
            ]
            .into_iter()
            .find(|(word, _)| {
                self.text
                    .get(self.at..)
                    .is_some_and(|rest| rest.starts_with(word))
            })
            .map(|(word, value)| {
                self.at += word.len();
                value
            }),
        }
    }

    fn string(&mut self) -> Option<String> {
        self.byte(b'"')?;
        let mut out = String::new();
        loop {
            let rest = self.text.get(self.at..)?;
            let run = rest.bytes().position(|b| b == b'"' || b == b'\\')?;
            out.push_str(rest.get(..run)?);
            self.at += run + 1;
            if rest.as_bytes().get(run) == Some(&b'"') {
                return Some(out);
            }
            self.escape(&mut out)?;
        }
    }

    fn escape(&mut self, out: &mut String) -> Option<()> {
        let c = *self.text.as_bytes().get(self.at)?;
        self.at += 1;
        let simple = match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(out),
            _ => return None,
        };
        out.push(simple);
        Some(())
    }

    /// `\uXXXX`, with surrogate pairs; a lone surrogate (which JSON.stringify writes as `\udXXX`)
    /// becomes U+FFFD, as JS's TextEncoder would encode it.
    fn unicode_escape(&mut self, out: &mut String) -> Option<()> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first)
            && self
                .text
                .get(self.at..)
                .is_some_and(|rest| rest.starts_with("\\u"))
        {
            let save = self.at;
            self.at += 2;
            match self.hex4()? {
                low @ 0xDC00..=0xDFFF => 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00),
                _ => {
                    self.at = save;
                    0xFFFD
                }
            }
        } else {
            first
        };
        out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
        Some(())
    }

    fn hex4(&mut self) -> Option<u32> {
        // By bytes: a non-ASCII character has no hex-digit byte, so this refuses what
        // `chars().to_digit(16)` refuses, without its Unicode code.
        let digits = self.text.as_bytes().get(self.at..self.at + 4)?;
        let value = digits.iter().try_fold(0u32, |n, &d| {
            Some(n * 16 + u32::from(super::php_query::hex_value(d)?))
        })?;
        self.at += 4;
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_json_stringify_writes() {
        assert_eq!(
            string_array(r#"["a","b\"c\\\u00e9\ud83d\ude00"]"#),
            Some(vec!["a".into(), "b\"c\\é😀".into()])
        );
        assert_eq!(string_array(" [ ] "), Some(vec![]));
        assert_eq!(
            string_pairs(r#" [ [ "k" , "v" ] ] "#),
            Some(vec![("k".into(), "v".into())])
        );
        assert_eq!(
            string_pairs(r#"[["k","v"],["x",""]]"#),
            Some(vec![("k".into(), "v".into()), ("x".into(), "".into())])
        );
        let o = flat_object(
            r#"{"toleranceSeconds":300,"now":-1.5,"expect":"order","x":null,"y":true}"#,
        )
        .unwrap();
        assert_eq!(o[0], ("toleranceSeconds".into(), Scalar::Number("300")));
        assert_eq!(o[1], ("now".into(), Scalar::Number("-1.5")));
        assert_eq!(o[2], ("expect".into(), Scalar::Str("order".into())));
        assert_eq!(o[3].1, Scalar::Null);
        assert_eq!(o[4].1, Scalar::Bool(true));
        // A lone surrogate (JSON.stringify("\ud800")) becomes U+FFFD.
        assert_eq!(
            string_array(r#"["\ud800x"]"#),
            Some(vec!["\u{FFFD}x".into()])
        );
    }

    #[test]
    fn refuses_everything_else() {
        for bad in [
            "",
            "[",
            "[1]",
            r#"["a",]"#,
            r#"["a"] x"#,
            r#"["\q"]"#,
            r#"["\u12"]"#,
            "{}",
            "null",
        ] {
            assert_eq!(string_array(bad), None, "{bad}");
        }
        for bad in [
            r#"[["k"]]"#,
            r#"[["k","v","w"]]"#,
            r#"[["k",1]]"#,
            r#"{"k":"v"}"#,
            "[[]]",
            r#"[["k","v",]]"#,
            r#"[["k",]]"#,
            r#"[["k","v"]"#,
        ] {
            assert_eq!(string_pairs(bad), None, "{bad}");
        }
        for bad in [
            r#"{"a":{}}"#,
            r#"{"a":[]}"#,
            r#"{"a"}"#,
            r#"{"a":1,}"#,
            "[]",
            r#"{"a":nul}"#,
        ] {
            assert_eq!(flat_object(bad), None, "{bad}");
        }
    }

    #[test]
    fn hex4_reads_bytes_as_chars_to_digit_did() {
        let by_chars = |text: &str| {
            text.get(..4)?
                .chars()
                .try_fold(0u32, |n, c| Some(n * 16 + c.to_digit(16)?))
        };
        let alphabet = ["0", "9", "a", "F", "g", "é", "\"", "٣"];
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .filter(|t| t.len() <= 6)
                .collect();
            texts = longer;
            for text in &texts {
                let mut r = Reader::new(text);
                assert_eq!(r.hex4(), by_chars(text), "{text:?}");
            }
        }
    }
}
