//! The pattern language the tables may use, parsed into a [`Node`] tree. Anything outside it is an
//! error naming the construct, so a new table pattern that this matcher would get wrong fails when
//! the table is compiled (and in `tests/pattern_pcre.rs`), never silently.
//!
//! Supported, with PCRE's meaning when PHP compiles without the `u` modifier (bytes, "C" tables):
//! ASCII literals, `\` before ASCII punctuation (a literal), `\d` (ASCII digits), classes `[...]`
//! of literals, ranges and `\d` (`-` first or last is a literal), `^`, `$`, groups `(...)` and
//! `(?:...)`, alternation `|`, and the quantifiers `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (greedy;
//! only whether the pattern matches is asked, so greediness does not matter). The `i` flag folds
//! ASCII letters. Not supported: `.`, negated classes, other escapes, lazy or possessive
//! quantifiers, look-around, back-references, non-ASCII pattern characters.

/// The largest count a `{n,m}` may give (PCRE allows 65535; the tables use 11).
pub(super) const MAX_COUNT: u32 = 1000;
/// How deeply groups may nest (the parser recurses once per group).
const MAX_DEPTH: usize = 16;

/// A set of bytes: bit `b` set when byte `b` matches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct ByteSet(pub(super) [u64; 4]);

impl ByteSet {
    pub(super) fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b >> 6)] & (1u64 << (b & 63)) != 0
    }

    fn insert(&mut self, b: u8) {
        self.0[usize::from(b >> 6)] |= 1u64 << (b & 63);
    }

    fn insert_range(&mut self, lo: u8, hi: u8) {
        for b in lo..=hi {
            self.insert(b);
        }
    }

    /// Adds the other case of every ASCII letter in the set (PCRE's caseless matching with the
    /// default "C" character tables).
    fn fold_ascii_case(&mut self) {
        for b in b'A'..=b'Z' {
            if self.contains(b) || self.contains(b.to_ascii_lowercase()) {
                self.insert(b);
                self.insert(b.to_ascii_lowercase());
            }
        }
    }
}

/// A parsed pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Node {
    /// One byte of the set.
    Byte(ByteSet),
    /// `^`: the start of the subject.
    Start,
    /// `$`: the end of the subject, or before a final `\n` unless `D` is given.
    End,
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    /// `node{min,max}`; `max` is `None` for no upper bound.
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
    },
}

/// Parses a pattern body (between the delimiters).
pub(super) fn parse(body: &str, caseless: bool) -> Result<Node, String> {
    let mut p = Parser {
        bytes: body.as_bytes(),
        pos: 0,
        caseless,
        depth: 0,
    };
    let node = p.alternation()?;
    if p.pos < p.bytes.len() {
        return Err("unmatched `)`".into());
    }
    Ok(node)
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
    caseless: bool,
    depth: usize,
}

fn digits() -> ByteSet {
    let mut set = ByteSet::default();
    set.insert_range(b'0', b'9');
    set
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        self.pos += usize::from(hit);
        hit
    }

    fn alternation(&mut self) -> Result<Node, String> {
        let mut alternatives = vec![self.concatenation()?];
        while self.eat(b'|') {
            alternatives.push(self.concatenation()?);
        }
        Ok(match alternatives.len() {
            1 => alternatives.swap_remove(0),
            _ => Node::Alt(alternatives),
        })
    }

    fn concatenation(&mut self) -> Result<Node, String> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == b'|' || c == b')' {
                break;
            }
            let is_group = c == b'(';
            let atom = self.atom()?;
            let Some((min, max)) = self.quantifier()? else {
                items.push(atom);
                continue;
            };
            if !is_group && matches!(atom, Node::Start | Node::End) {
                return Err("a quantifier after `^` or `$`".into());
            }
            if matches!(self.peek(), Some(b'?' | b'+' | b'*')) {
                return Err("lazy or possessive quantifiers are not supported".into());
            }
            items.push(Node::Repeat {
                node: Box::new(atom),
                min,
                max,
            });
        }
        Ok(match items.len() {
            1 => items.swap_remove(0),
            _ => Node::Concat(items),
        })
    }

    fn atom(&mut self) -> Result<Node, String> {
        let Some(c) = self.peek() else {
            return Err("unexpected end of pattern".into());
        };
        self.pos += 1;
        match c {
            b'^' => Ok(Node::Start),
            b'$' => Ok(Node::End),
            b'(' => self.group(),
            b'[' => Ok(Node::Byte(self.class()?)),
            b'\\' => match self.escape()? {
                Escaped::Digit => Ok(Node::Byte(digits())),
                Escaped::Literal(b) => Ok(self.literal(b)),
            },
            b'.' => Err("`.` is not supported: write a class such as `[a-z]`".into()),
            b'*' | b'+' | b'?' | b'{' => Err(format!(
                "`{}` with nothing to repeat (escape a literal one)",
                char::from(c)
            )),
            c if !c.is_ascii() => Err(
                "non-ASCII characters in a pattern are not supported (PCRE without `u` reads bytes)"
                    .into(),
            ),
            c => Ok(self.literal(c)),
        }
    }

    fn literal(&self, b: u8) -> Node {
        let mut set = ByteSet::default();
        set.insert(b);
        if self.caseless {
            set.fold_ascii_case();
        }
        Node::Byte(set)
    }

    fn group(&mut self) -> Result<Node, String> {
        if self.eat(b'?') && !self.eat(b':') {
            return Err("only `(...)` and `(?:...)` groups are supported".into());
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("groups nested too deeply".into());
        }
        let inner = self.alternation()?;
        self.depth -= 1;
        if !self.eat(b')') {
            return Err("missing `)`".into());
        }
        Ok(inner)
    }

    /// After a `\`: `\d` or an escaped ASCII punctuation character.
    fn escape(&mut self) -> Result<Escaped, String> {
        let Some(c) = self.peek() else {
            return Err("`\\` at the end of the pattern".into());
        };
        self.pos += 1;
        match c {
            b'd' => Ok(Escaped::Digit),
            c if c.is_ascii_punctuation() => Ok(Escaped::Literal(c)),
            c if c.is_ascii_graphic() => Err(format!(
                "the escape `\\{}` is not supported (only `\\d` and escaped punctuation)",
                char::from(c)
            )),
            _ => Err("`\\` before a space, control or non-ASCII character".into()),
        }
    }

    /// `*`, `+`, `?`, `{n}`, `{n,}` or `{n,m}` after an atom, if one follows.
    fn quantifier(&mut self) -> Result<Option<(u32, Option<u32>)>, String> {
        let counts = match self.peek() {
            Some(b'*') => (0, None),
            Some(b'+') => (1, None),
            Some(b'?') => (0, Some(1)),
            Some(b'{') => return self.counted(),
            _ => return Ok(None),
        };
        self.pos += 1;
        Ok(Some(counts))
    }

    fn counted(&mut self) -> Result<Option<(u32, Option<u32>)>, String> {
        let rest = &self.bytes[self.pos + 1..];
        let Some(close) = rest.iter().position(|&b| b == b'}') else {
            return Err("a `{` that is not a count (escape a literal one)".into());
        };
        let inside = std::str::from_utf8(&rest[..close]).unwrap_or("");
        let number = |s: &str| -> Option<u32> {
            (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let counts = match inside.split_once(',') {
            None => number(inside).map(|n| (n, Some(n))),
            Some((lo, "")) => number(lo).map(|n| (n, None)),
            Some((lo, hi)) => number(lo).zip(number(hi)).map(|(lo, hi)| (lo, Some(hi))),
        };
        let Some((min, max)) = counts else {
            return Err("a `{` that is not a count (escape a literal one)".into());
        };
        if min > MAX_COUNT || max.is_some_and(|m| m > MAX_COUNT) {
            return Err(format!("a count above {MAX_COUNT}"));
        }
        if max.is_some_and(|m| m < min) {
            return Err("a count `{n,m}` with n > m".into());
        }
        self.pos += close + 2;
        Ok(Some((min, max)))
    }

    /// A class after its `[`: literals, ranges and `\d`.
    fn class(&mut self) -> Result<ByteSet, String> {
        if self.peek() == Some(b'^') {
            return Err("negated classes `[^...]` are not supported".into());
        }
        if self.peek() == Some(b']') {
            return Err("`]` first in a class: escape it".into());
        }
        let mut set = ByteSet::default();
        loop {
            let lo = match self.class_item()? {
                ClassItem::End => break,
                ClassItem::Digit => {
                    if self.peek() == Some(b'-') && self.bytes.get(self.pos + 1) != Some(&b']') {
                        return Err("a class range cannot start at `\\d`".into());
                    }
                    set.insert_range(b'0', b'9');
                    continue;
                }
                ClassItem::Byte(b) => b,
            };
            let is_range = self.peek() == Some(b'-') && self.bytes.get(self.pos + 1) != Some(&b']');
            if !is_range {
                set.insert(lo);
                continue;
            }
            self.pos += 1;
            match self.class_item()? {
                ClassItem::Byte(hi) if lo <= hi => set.insert_range(lo, hi),
                ClassItem::Byte(_) => return Err("a class range out of order".into()),
                _ => return Err("a class range must end in a character".into()),
            }
        }
        if self.caseless {
            set.fold_ascii_case();
        }
        Ok(set)
    }

    fn class_item(&mut self) -> Result<ClassItem, String> {
        let Some(c) = self.peek() else {
            return Err("missing `]`".into());
        };
        self.pos += 1;
        match c {
            b']' => Ok(ClassItem::End),
            b'\\' => Ok(match self.escape()? {
                Escaped::Digit => ClassItem::Digit,
                Escaped::Literal(b) => ClassItem::Byte(b),
            }),
            b'[' => Err("`[` in a class: escape it".into()),
            c if !c.is_ascii() => Err(
                "non-ASCII characters in a pattern are not supported (PCRE without `u` reads bytes)"
                    .into(),
            ),
            c => Ok(ClassItem::Byte(c)),
        }
    }
}

enum Escaped {
    Digit,
    Literal(u8),
}

enum ClassItem {
    End,
    Digit,
    Byte(u8),
}
