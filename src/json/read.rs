//! [`parse`]: JSON text into a `serde_json::Value`, with exactly `serde_json::from_str`'s result
//! (serde_json 1.0.154 with `preserve_order` and `raw_value`, without `float_roundtrip` or
//! `arbitrary_precision`): the same values, the same refusals, the same error text and position.
//!
//! Why not serde_json's own: its deserializer is generic machinery (visitors, `serde_core`'s
//! expectation texts, boxed errors) that made up about 20 KB of the validate module. This is the
//! same algorithm, step by step (the comments name the serde_json function each part follows), so
//! that identity holds by construction; `tests` checks it against serde_json on generated text.

use super::number::f64_from_parts;
use super::ParseError;
use serde_json::{Map, Number, Value};

/// Code texts of serde_json's `ErrorCode` (its `Display`).
pub(super) mod code {
    pub const EOF_LIST: &str = "EOF while parsing a list";
    pub const EOF_OBJECT: &str = "EOF while parsing an object";
    pub const EOF_STRING: &str = "EOF while parsing a string";
    pub const EOF_VALUE: &str = "EOF while parsing a value";
    pub const COLON: &str = "expected `:`";
    pub const LIST_COMMA_OR_END: &str = "expected `,` or `]`";
    pub const OBJECT_COMMA_OR_END: &str = "expected `,` or `}`";
    pub const IDENT: &str = "expected ident";
    pub const VALUE: &str = "expected value";
    pub const ESCAPE: &str = "invalid escape";
    pub const NUMBER: &str = "invalid number";
    pub const OUT_OF_RANGE: &str = "number out of range";
    pub const CODE_POINT: &str = "invalid unicode code point";
    pub const CONTROL: &str = "control character (\\u0000-\\u001F) found while parsing a string";
    pub const KEY: &str = "key must be a string";
    pub const LONE_SURROGATE: &str = "lone leading surrogate in hex escape";
    pub const TRAILING_COMMA: &str = "trailing comma";
    pub const TRAILING: &str = "trailing characters";
    pub const HEX_END: &str = "unexpected end of hex escape";
    pub const DEPTH: &str = "recursion limit exceeded";
}

/// The first key of an object that serde_json (feature `raw_value`) reads as "this object is the
/// JSON text in my string value" (`serde_json::value::de`'s `KeyClass::RawValue`).
const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

type Result<T> = std::result::Result<T, ParseError>;

/// `serde_json::from_str::<Value>(text)`.
pub fn parse(text: &str) -> Result<Value> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        index: 0,
        remaining_depth: 128,
        entries: Vec::new(),
    };
    let value = reader.parse_value()?;
    // `Deserializer::end`.
    match reader.parse_whitespace() {
        Some(_) => Err(reader.peek_error(code::TRAILING)),
        None => Ok(value),
    }
}

/// serde_json's `Deserializer<StrRead>`.
struct Reader<'a> {
    bytes: &'a [u8],
    index: usize,
    /// serde_json's recursion limit: 128 levels of `[`/`{`, the 128th refused.
    remaining_depth: u8,
    /// Entries of the objects being read, innermost last: each object's map is then made with its
    /// size (faster than growing it entry by entry; same map, since insertion order is kept).
    entries: Vec<(String, Value)>,
}

enum ParsedNumber {
    F64(f64),
    U64(u64),
    I64(i64),
}

impl ParsedNumber {
    fn into_number(self) -> Number {
        match self {
            ParsedNumber::U64(n) => Number::from(n),
            ParsedNumber::I64(n) => Number::from(n),
            // Always finite here: infinity is refused as out of range.
            ParsedNumber::F64(f) => Number::from_f64(f).unwrap_or_else(|| Number::from(0u8)),
        }
    }
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.index).copied()
    }

    fn peek_or_null(&self) -> u8 {
        self.peek().unwrap_or(0)
    }

    fn eat_char(&mut self) {
        self.index += 1;
    }

    fn next_char(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.index += 1;
        Some(b)
    }

    /// An error at the last byte read (serde_json's `error`).
    fn error(&self, message: &'static str) -> ParseError {
        ParseError::at(self.bytes, self.index, message)
    }

    /// An error at the next byte (serde_json's `peek_error`).
    fn peek_error(&self, message: &'static str) -> ParseError {
        ParseError::at(self.bytes, (self.index + 1).min(self.bytes.len()), message)
    }

    fn parse_whitespace(&mut self) -> Option<u8> {
        loop {
            match self.peek() {
                Some(b' ' | b'\n' | b'\t' | b'\r') => self.eat_char(),
                other => return other,
            }
        }
    }

    /// `deserialize_any` with `Value`'s visitor.
    fn parse_value(&mut self) -> Result<Value> {
        let peek = match self.parse_whitespace() {
            Some(b) => b,
            None => return Err(self.peek_error(code::EOF_VALUE)),
        };
        if let Some(scalar) = self.parse_scalar(peek) {
            return scalar;
        }
        match peek {
            b'"' => {
                self.eat_char();
                Ok(Value::String(self.parse_str()?))
            }
            b'[' | b'{' => {
                self.remaining_depth -= 1;
                if self.remaining_depth == 0 {
                    return Err(self.peek_error(code::DEPTH));
                }
                self.eat_char();
                let value = if peek == b'[' {
                    self.parse_seq()
                } else {
                    self.parse_map()
                };
                self.remaining_depth += 1;
                let value = value?;
                self.end_container(peek)?;
                Ok(value)
            }
            _ => Err(self.peek_error(code::VALUE)),
        }
    }

    /// `null`, `true`, `false` or a number, whose first byte is `peek` (not yet read), as
    /// `deserialize_any` reads them; `None` for any other first byte. One body for `parse_value`
    /// and `invalid_type`, which read them alike (in the WebAssembly modules, where bytes count).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn parse_scalar(&mut self, peek: u8) -> Option<Result<Value>> {
        Some(match peek {
            b'n' => self.parse_literal(b"ull", Value::Null),
            b't' => self.parse_literal(b"rue", Value::Bool(true)),
            b'f' => self.parse_literal(b"alse", Value::Bool(false)),
            b'-' => {
                self.eat_char();
                self.parse_integer(false)
                    .map(|n| Value::Number(n.into_number()))
            }
            b'0'..=b'9' => self
                .parse_integer(true)
                .map(|n| Value::Number(n.into_number())),
            _ => return None,
        })
    }

    fn parse_literal(&mut self, rest: &[u8], value: Value) -> Result<Value> {
        self.eat_char();
        self.parse_ident(rest)?;
        Ok(value)
    }

    fn parse_ident(&mut self, ident: &[u8]) -> Result<()> {
        for &expected in ident {
            match self.next_char() {
                None => return Err(self.error(code::EOF_VALUE)),
                Some(next) if next != expected => return Err(self.error(code::IDENT)),
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// `end_seq` / `end_map` after the container's items were read without error.
    fn end_container(&mut self, open: u8) -> Result<()> {
        let (close, eof) = if open == b'[' {
            (b']', code::EOF_LIST)
        } else {
            (b'}', code::EOF_OBJECT)
        };
        match self.parse_whitespace() {
            Some(b) if b == close => {
                self.eat_char();
                Ok(())
            }
            Some(b',') if open == b'[' => {
                self.eat_char();
                match self.parse_whitespace() {
                    Some(b']') => Err(self.peek_error(code::TRAILING_COMMA)),
                    _ => Err(self.peek_error(code::TRAILING)),
                }
            }
            Some(b',') => Err(self.peek_error(code::TRAILING_COMMA)),
            Some(_) => Err(self.peek_error(code::TRAILING)),
            None => Err(self.peek_error(eof)),
        }
    }

    /// `visit_seq` through serde_json's `SeqAccess` (`has_next_element`).
    fn parse_seq(&mut self) -> Result<Value> {
        let mut items = Vec::new();
        loop {
            let peek = match self.parse_whitespace() {
                Some(b) => b,
                None => return Err(self.peek_error(code::EOF_LIST)),
            };
            if peek == b']' {
                return Ok(Value::Array(items));
            }
            if !items.is_empty() {
                if peek != b',' {
                    return Err(self.peek_error(code::LIST_COMMA_OR_END));
                }
                self.eat_char();
                match self.parse_whitespace() {
                    Some(b']') => return Err(self.peek_error(code::TRAILING_COMMA)),
                    Some(_) => {}
                    None => return Err(self.peek_error(code::EOF_VALUE)),
                }
            }
            items.push(self.parse_value()?);
        }
    }

    /// `visit_map` through serde_json's `MapAccess` (`has_next_key`, `parse_object_colon`).
    fn parse_map(&mut self) -> Result<Value> {
        let base = self.entries.len();
        let result = self.parse_entries(base);
        let entries = self.entries.split_off(base);
        if let Some(raw) = result? {
            return Ok(raw);
        }
        let mut map = Map::with_capacity(entries.len());
        for (key, value) in entries {
            // A repeated key keeps its first position and takes the last value, as serde_json's
            // map does.
            map.insert(key, value);
        }
        Ok(Value::Object(map))
    }

    /// Reads the entries onto `self.entries`; `Some` when the object is serde_json's raw-value
    /// form, whose value is then the whole object's.
    fn parse_entries(&mut self, base: usize) -> Result<Option<Value>> {
        loop {
            let first = self.entries.len() == base;
            let peek = match self.parse_whitespace() {
                Some(b) => b,
                None => return Err(self.peek_error(code::EOF_OBJECT)),
            };
            if peek == b'}' {
                return Ok(None);
            }
            if !first {
                if peek != b',' {
                    return Err(self.peek_error(code::OBJECT_COMMA_OR_END));
                }
                self.eat_char();
                match self.parse_whitespace() {
                    Some(b'"') => {}
                    Some(b'}') => return Err(self.peek_error(code::TRAILING_COMMA)),
                    Some(_) => return Err(self.peek_error(code::KEY)),
                    None => return Err(self.peek_error(code::EOF_VALUE)),
                }
            } else if peek != b'"' {
                return Err(self.peek_error(code::KEY));
            }
            self.eat_char();
            let key = self.parse_str()?;
            self.parse_object_colon()?;
            if first && key == RAW_VALUE_TOKEN {
                return self.parse_raw_value().map(Some);
            }
            let value = self.parse_value()?;
            self.entries.push((key, value));
        }
    }

    fn parse_object_colon(&mut self) -> Result<()> {
        match self.parse_whitespace() {
            Some(b':') => {
                self.eat_char();
                Ok(())
            }
            Some(_) => Err(self.peek_error(code::COLON)),
            None => Err(self.peek_error(code::EOF_OBJECT)),
        }
    }

    /// serde_json's `KeyClass::RawValue`: the value must be a string, whose content is parsed as
    /// JSON text of its own (its errors kept as they are).
    fn parse_raw_value(&mut self) -> Result<Value> {
        match self.parse_whitespace() {
            None => Err(self.peek_error(code::EOF_VALUE)),
            Some(b'"') => {
                self.eat_char();
                let text = self.parse_str()?;
                parse(&text)
            }
            Some(_) => Err(self.invalid_type("raw value")),
        }
    }

    /// `peek_invalid_type` followed by `fix_position`: what a value that is not a string is
    /// reported as where a string is expected.
    fn invalid_type(&mut self, expected: &str) -> ParseError {
        let peek = self.peek_or_null();
        let found = match self.parse_scalar(peek) {
            Some(scalar) => scalar,
            None => match peek {
                b'[' => Ok(Value::Array(Vec::new())),
                b'{' => Ok(Value::Object(Map::new())),
                _ => return self.peek_error(code::VALUE),
            },
        };
        let unexpected = match found {
            Ok(value) => super::unexpected(&value),
            Err(e) => return e,
        };
        let message =
            crate::text::concat(&["invalid type: ", &unexpected, ", expected ", expected]);
        ParseError::at_with(self.bytes, self.index, message)
    }

    /// `parse_integer` (and `parse_number`): after the sign.
    fn parse_integer(&mut self, positive: bool) -> Result<ParsedNumber> {
        let next = match self.next_char() {
            Some(b) => b,
            None => return Err(self.error(code::EOF_VALUE)),
        };
        let mut significand = match next {
            b'0' => {
                if self.peek_or_null().is_ascii_digit() {
                    return Err(self.peek_error(code::NUMBER));
                }
                0
            }
            c @ b'1'..=b'9' => u64::from(c - b'0'),
            _ => return Err(self.error(code::NUMBER)),
        };
        if next != b'0' {
            while let c @ b'0'..=b'9' = self.peek_or_null() {
                let digit = u64::from(c - b'0');
                if overflows(significand, digit, u64::MAX) {
                    return self
                        .parse_long_integer(positive, significand)
                        .map(ParsedNumber::F64);
                }
                self.eat_char();
                significand = significand * 10 + digit;
            }
        }
        Ok(match self.peek_or_null() {
            b'.' => ParsedNumber::F64(self.parse_decimal(positive, significand, 0)?),
            b'e' | b'E' => ParsedNumber::F64(self.parse_exponent(positive, significand, 0)?),
            _ if positive => ParsedNumber::U64(significand),
            _ => {
                let negated = (significand as i64).wrapping_neg();
                // A float on `-0` and below `i64::MIN`, as serde_json does.
                if negated >= 0 {
                    ParsedNumber::F64(-(significand as f64))
                } else {
                    ParsedNumber::I64(negated)
                }
            }
        })
    }

    /// Digits beyond `u64`: counted as a power of ten, not kept.
    fn parse_long_integer(&mut self, positive: bool, significand: u64) -> Result<f64> {
        let mut exponent = 0;
        loop {
            match self.peek_or_null() {
                b'0'..=b'9' => {
                    self.eat_char();
                    exponent += 1;
                }
                b'.' => return self.parse_decimal(positive, significand, exponent),
                b'e' | b'E' => return self.parse_exponent(positive, significand, exponent),
                _ => return self.finish(positive, significand, exponent),
            }
        }
    }

    fn parse_decimal(&mut self, positive: bool, mut significand: u64, before: i32) -> Result<f64> {
        self.eat_char();
        let mut after = 0;
        while let c @ b'0'..=b'9' = self.peek_or_null() {
            let digit = u64::from(c - b'0');
            if overflows(significand, digit, u64::MAX) {
                // `parse_decimal_overflow`: further digits are ignored.
                while self.peek_or_null().is_ascii_digit() {
                    self.eat_char();
                }
                return self.after_digits(positive, significand, before + after);
            }
            self.eat_char();
            significand = significand * 10 + digit;
            after -= 1;
        }
        if after == 0 {
            return Err(match self.peek() {
                Some(_) => self.peek_error(code::NUMBER),
                None => self.peek_error(code::EOF_VALUE),
            });
        }
        self.after_digits(positive, significand, before + after)
    }

    fn after_digits(&mut self, positive: bool, significand: u64, exponent: i32) -> Result<f64> {
        match self.peek_or_null() {
            b'e' | b'E' => self.parse_exponent(positive, significand, exponent),
            _ => self.finish(positive, significand, exponent),
        }
    }

    fn parse_exponent(&mut self, positive: bool, significand: u64, starting: i32) -> Result<f64> {
        self.eat_char();
        let positive_exp = match self.peek_or_null() {
            b'+' => {
                self.eat_char();
                true
            }
            b'-' => {
                self.eat_char();
                false
            }
            _ => true,
        };
        let mut exp = match self.next_char() {
            None => return Err(self.error(code::EOF_VALUE)),
            Some(c @ b'0'..=b'9') => i32::from(c - b'0'),
            Some(_) => return Err(self.error(code::NUMBER)),
        };
        while let c @ b'0'..=b'9' = self.peek_or_null() {
            self.eat_char();
            let digit = i32::from(c - b'0');
            if overflows(exp as u64, digit as u64, i32::MAX as u64) {
                // `parse_exponent_overflow`: infinity is an error, zero stays zero.
                if significand != 0 && positive_exp {
                    return Err(self.error(code::OUT_OF_RANGE));
                }
                while self.peek_or_null().is_ascii_digit() {
                    self.eat_char();
                }
                return Ok(if positive { 0.0 } else { -0.0 });
            }
            exp = exp * 10 + digit;
        }
        let exponent = if positive_exp {
            starting.saturating_add(exp)
        } else {
            starting.saturating_sub(exp)
        };
        self.finish(positive, significand, exponent)
    }

    fn finish(&self, positive: bool, significand: u64, exponent: i32) -> Result<f64> {
        f64_from_parts(positive, significand, exponent)
            .ok_or_else(|| self.error(code::OUT_OF_RANGE))
    }

    /// `StrRead::parse_str` after the opening quote: escapes decoded, control characters and lone
    /// surrogates refused.
    fn parse_str(&mut self) -> Result<String> {
        let mut scratch: Vec<u8> = Vec::new();
        let mut start = self.index;
        loop {
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.index += 1;
            }
            let Some(b) = self.peek() else {
                return Err(self.error(code::EOF_STRING));
            };
            let run = self.bytes.get(start..self.index).unwrap_or_default();
            self.index += 1;
            match b {
                b'"' => {
                    scratch.extend_from_slice(run);
                    // Always UTF-8: runs end at ASCII bytes of a `&str`, escapes are chars.
                    return String::from_utf8(scratch).map_err(|_| self.error(code::CODE_POINT));
                }
                b'\\' => {
                    scratch.extend_from_slice(run);
                    self.parse_escape(&mut scratch)?;
                    start = self.index;
                }
                _ => return Err(self.error(code::CONTROL)),
            }
        }
    }

    fn parse_escape(&mut self, scratch: &mut Vec<u8>) -> Result<()> {
        let byte = match self.next_char() {
            Some(b'"') => b'"',
            Some(b'\\') => b'\\',
            Some(b'/') => b'/',
            Some(b'b') => 0x08,
            Some(b'f') => 0x0c,
            Some(b'n') => b'\n',
            Some(b'r') => b'\r',
            Some(b't') => b'\t',
            Some(b'u') => return self.parse_unicode_escape(scratch),
            Some(_) => return Err(self.error(code::ESCAPE)),
            None => return Err(self.error(code::EOF_STRING)),
        };
        scratch.push(byte);
        Ok(())
    }

    fn parse_unicode_escape(&mut self, scratch: &mut Vec<u8>) -> Result<()> {
        let n = self.decode_hex_escape()?;
        if (0xDC00..=0xDFFF).contains(&n) {
            return Err(self.error(code::LONE_SURROGATE));
        }
        let code_point = if (0xD800..=0xDBFF).contains(&n) {
            for want in [b'\\', b'u'] {
                match self.next_char() {
                    None => return Err(self.error(code::EOF_STRING)),
                    Some(b) if b != want => return Err(self.error(code::HEX_END)),
                    Some(_) => {}
                }
            }
            let n2 = self.decode_hex_escape()?;
            if !(0xDC00..=0xDFFF).contains(&n2) {
                return Err(self.error(code::LONE_SURROGATE));
            }
            (((u32::from(n) - 0xD800) << 10) | (u32::from(n2) - 0xDC00)) + 0x1_0000
        } else {
            u32::from(n)
        };
        let c = char::from_u32(code_point).ok_or_else(|| self.error(code::CODE_POINT))?;
        scratch.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        Ok(())
    }

    fn decode_hex_escape(&mut self) -> Result<u16> {
        let Some(digits) = self.bytes.get(self.index..self.index + 4) else {
            self.index = self.bytes.len();
            return Err(self.error(code::EOF_STRING));
        };
        self.index += 4;
        let mut n = 0u16;
        for &d in digits {
            let value = match d {
                b'0'..=b'9' => d - b'0',
                b'a'..=b'f' => d - b'a' + 10,
                b'A'..=b'F' => d - b'A' + 10,
                _ => return Err(self.error(code::ESCAPE)),
            };
            n = n * 16 + u16::from(value);
        }
        Ok(n)
    }
}

/// serde_json's `overflow!(a * 10 + b, c)`.
fn overflows(a: u64, b: u64, c: u64) -> bool {
    a >= c / 10 && (a > c / 10 || b > c % 10)
}

/// `serde_json::from_str` of a map visited as `(String, &RawValue)` entries: the members of the
/// object that `text` is, in order, each value as its exact text (what `RawValue::get` gives);
/// `None` where serde_json refuses the text. Keys are read as strings (escapes checked); values
/// are skipped as serde_json's `ignore_value` skips them: no depth limit (it keeps a stack of
/// open brackets), and escapes and numbers are checked for their syntax only.
pub fn members(text: &str) -> Option<Vec<(String, &str)>> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        index: 0,
        remaining_depth: 128,
        entries: Vec::new(),
    };
    if reader.parse_whitespace()? != b'{' {
        return None;
    }
    reader.eat_char();
    let mut members = Vec::new();
    loop {
        // `MapAccess::next_key_seed`: `}` ends the map; after a member, a `,` comes first.
        match reader.parse_whitespace()? {
            b'}' => break,
            b',' if !members.is_empty() => {
                reader.eat_char();
                if reader.parse_whitespace()? != b'"' {
                    return None;
                }
            }
            b'"' if members.is_empty() => {}
            _ => return None,
        }
        reader.eat_char();
        let key = reader.parse_str().ok()?;
        reader.parse_object_colon().ok()?;
        reader.parse_whitespace()?;
        let start = reader.index;
        reader.ignore_value()?;
        members.push((key, text.get(start..reader.index)?));
    }
    reader.eat_char();
    // `Deserializer::end`: nothing but whitespace after the object.
    reader.parse_whitespace().is_none().then_some(members)
}

impl Reader<'_> {
    /// serde_json's `ignore_value`: one value of any depth, its brackets kept on a stack.
    fn ignore_value(&mut self) -> Option<()> {
        let mut open: Vec<u8> = Vec::new();
        loop {
            match self.parse_whitespace()? {
                b'n' => self.ignore_ident(b"null")?,
                b't' => self.ignore_ident(b"true")?,
                b'f' => self.ignore_ident(b"false")?,
                b'-' => {
                    self.eat_char();
                    self.ignore_integer()?;
                }
                b'0'..=b'9' => self.ignore_integer()?,
                b'"' => {
                    self.eat_char();
                    self.ignore_str()?;
                }
                bracket @ (b'[' | b'{') => {
                    self.eat_char();
                    open.push(bracket);
                    if self.close_brackets(&mut open, false)? {
                        return Some(());
                    }
                    continue;
                }
                _ => return None,
            }
            if self.close_brackets(&mut open, true)? {
                return Some(());
            }
        }
    }

    /// After a value (`after_value`) or an opening bracket: closes what ends here; `true` when the
    /// outermost value is done, else positioned at the next value (an object's key and colon read).
    fn close_brackets(&mut self, open: &mut Vec<u8>, after_value: bool) -> Option<bool> {
        let mut accept_comma = after_value;
        let Some(&frame) = open.last() else {
            return Some(true);
        };
        let mut frame = frame;
        loop {
            match self.parse_whitespace()? {
                b',' if accept_comma => {
                    self.eat_char();
                    break;
                }
                b']' if frame == b'[' => {}
                b'}' if frame == b'{' => {}
                _ if accept_comma => return None,
                _ => break,
            }
            self.eat_char();
            open.pop();
            let Some(&outer) = open.last() else {
                return Some(true);
            };
            frame = outer;
            accept_comma = true;
        }
        if frame == b'{' {
            if self.parse_whitespace()? != b'"' {
                return None;
            }
            self.eat_char();
            self.ignore_str()?;
            self.parse_object_colon().ok()?;
        }
        Some(false)
    }

    fn ignore_ident(&mut self, ident: &[u8]) -> Option<()> {
        let end = self.index + ident.len();
        (self.bytes.get(self.index..end)? == ident).then(|| self.index = end)
    }

    /// `ignore_integer`, `ignore_decimal`, `ignore_exponent`: the number's syntax only.
    fn ignore_integer(&mut self) -> Option<()> {
        match self.next_char()? {
            b'0' if self.peek_or_null().is_ascii_digit() => return None,
            b'0' => {}
            b'1'..=b'9' => self.skip_digits(),
            _ => return None,
        }
        if self.peek_or_null() == b'.' {
            self.eat_char();
            if !self.peek_or_null().is_ascii_digit() {
                return None;
            }
            self.skip_digits();
        }
        if matches!(self.peek_or_null(), b'e' | b'E') {
            self.eat_char();
            if matches!(self.peek_or_null(), b'+' | b'-') {
                self.eat_char();
            }
            if !self.next_char()?.is_ascii_digit() {
                return None;
            }
            self.skip_digits();
        }
        Some(())
    }

    fn skip_digits(&mut self) {
        while self.peek_or_null().is_ascii_digit() {
            self.eat_char();
        }
    }

    /// `ignore_str` after the opening quote: escapes checked for their syntax only (a lone
    /// surrogate passes, as it does for serde_json's raw values).
    fn ignore_str(&mut self) -> Option<()> {
        loop {
            match self.next_char()? {
                b'"' => return Some(()),
                b'\\' => match self.next_char()? {
                    b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => {}
                    b'u' => {
                        self.decode_hex_escape().ok()?;
                    }
                    _ => return None,
                },
                b if b < 0x20 => return None,
                _ => {}
            }
        }
    }
}
