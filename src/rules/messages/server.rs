//! Reading a live server's English message back to its field and rule. The live API answers a
//! failed validation with HTTP 417 and a flat list of Laravel's messages (no field names), so a
//! client that wants to show them next to form fields has to recognise them: each message is
//! matched against every line of Laravel 8's English file ([`super::laravel_en::lines`]) with
//! `:attribute` standing for a displayed field of the endpoint (snake display, or the raw path for a
//! wildcard field) and the other placeholders for any text. The match keeps what each placeholder
//! held, so [`ServerMatch::reword`] can say the same thing in another [`Lang`]. Decision M10.
//!
//! Work is bounded, whatever the server sends: a message over [`MAX_MESSAGE_LEN`] bytes is not
//! read, and one whose reading would take more than [`STEP_BUDGET`] line comparisons is left
//! unmatched rather than guessed.

use super::display::snake_display;
use super::laravel_en::rule_name;
use super::{template_of, Lang};
use crate::rules::checks::SizeType;
use crate::rules::parse::split_rules;
use crate::rules::Kind;
use crate::text;

/// Longest message read (bytes): longer text is not a validation message of these tables.
pub const MAX_MESSAGE_LEN: usize = 4_096;
/// Comparisons of the message's tail with a line, per message: each is linear in the message, so a
/// message costs at most this many times [`MAX_MESSAGE_LEN`]. A real message needs a few hundred
/// (one or two ways to place a field under each of Laravel's 100 lines).
pub const STEP_BUDGET: u32 = 2_000;

/// A field of an endpoint's table: its name as written (`products.*.tax`) and its rule string
/// (`required|numeric|in:0,12,15,25`).
pub type TableField<'a> = (&'a str, &'a str);

/// A message read back: the concrete field, Laravel's rule name, the size type of the line, and
/// what each placeholder held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerMatch {
    /// The field with concrete indices (`products.1.tax`).
    pub field: String,
    /// `Str::studly` of the line's key, as `Validator::failed()` reports it (`RequiredIf`, `Size`).
    pub rule: String,
    /// `numeric`, `file`, `string` or `array` for the lines of size rules, else empty.
    pub size_type: &'static str,
    /// `(placeholder without its colon, text)` in the line's order, `attribute` first.
    pub captures: Vec<(&'static str, String)>,
}

impl ServerMatch {
    /// The same message in `lang`: that language's line for the rule, its placeholders filled with
    /// what the server's message held (displayed attributes stay as the server showed them, as
    /// every language displays them alike). `None` when `lang` has no line of its own for the rule
    /// (rules fpgo does not run, `file` sizes) or its line needs a placeholder the English one did
    /// not carry: the server's English text is then the message to keep.
    pub fn reword(&self, lang: Lang) -> Option<String> {
        let kind = Kind::from_studly(&self.rule).filter(|k| *k != Kind::ServerOnly)?;
        let size_type = match self.size_type {
            "" | "numeric" => SizeType::Numeric,
            "string" => SizeType::String,
            "array" => SizeType::Array,
            _ => return None,
        };
        let template = template_of(lang, kind, size_type);
        let (_, needed) = split_line(template);
        if !needed
            .iter()
            .all(|n| self.captures.iter().any(|(c, _)| c == n))
        {
            return None;
        }
        // `:attribute` first, then the others in the line's order, as Laravel replaces them.
        // By `crate::text` (no `format!`, no `&str` searcher in the .wasm); `:name` is never empty.
        let mut out = template.to_string();
        for (name, text) in &self.captures {
            out = text::replace(&out, &text::concat(&[":", name]), text);
        }
        Some(out)
    }
}

/// The field (with concrete indices, `products.1.tax`) and the Laravel rule name (`Required`,
/// `RequiredIf`, `Size`, ...) of a live server's English validation message, given the endpoint's
/// fields as the tables write them (`products.*.tax`). `None` when no line of Laravel 8's English
/// file matches with one of the fields, or for lines that name no field ("The password is
/// incorrect."). Lines that read the same for several rules ("The selected :attribute is invalid."
/// is `in`, `not_in`, `exists` and `enum`) give the most common (`In`, `Regex`); use
/// [`match_server_message_in_table`] to choose by the field's own rules.
pub fn match_server_message(message: &str, fields: &[&str]) -> Option<(String, String)> {
    ServerMatcher::new(fields.iter().map(|f| (*f, None)))
        .read(message)
        .map(|m| (m.field, m.rule))
}

/// As [`match_server_message`], with each field's rule string (`required|string|in:a,b`): among the
/// lines that match, one whose rule the field has wins.
pub fn match_server_message_in_table(
    message: &str,
    table: &[TableField],
) -> Option<(String, String)> {
    ServerMatcher::for_table(table)
        .read(message)
        .map(|m| (m.field, m.rule))
}

/// Reads messages against one endpoint's fields: built once per answer, it prepares each field's
/// display and rule names and each line's pieces once.
pub struct ServerMatcher<'t> {
    fields: Vec<KnownField<'t>>,
    lines: Vec<Line>,
}

struct KnownField<'t> {
    name: &'t str,
    snaked: String,
    /// The field's rule names (`Required`, `In`), when its rule string is known.
    rules: Option<Vec<String>>,
}

/// One line of the file, split around its placeholders.
struct Line {
    key: &'static str,
    size_type: &'static str,
    /// The text before `:attribute` (`The `, `The selected `).
    before: &'static str,
    /// The literal text after `:attribute`, between the other placeholders.
    chunks: Vec<&'static str>,
    /// The placeholders between the chunks (`other`, `value`), one fewer than the chunks.
    slots: Vec<&'static str>,
    /// Characters of the line outside placeholders: the more, the more specific the match.
    literal_len: usize,
}

/// Where a field can stand as the message's `:attribute`.
struct Placement {
    field: usize,
    concrete: String,
    shown_len: usize,
}

/// One way a message reads as a line of the file.
struct Candidate<'m> {
    line: usize,
    concrete: String,
    texts: Vec<&'m str>,
    /// The field's rules include this line's rule.
    own_rule: bool,
    shown_len: usize,
}

impl<'t> ServerMatcher<'t> {
    /// A matcher over `fields`, each with its rule string when known.
    pub fn new(fields: impl IntoIterator<Item = (&'t str, Option<&'t str>)>) -> Self {
        let fields = fields
            .into_iter()
            .map(|(name, rules)| KnownField {
                name,
                snaked: snake_display(name),
                rules: rules.map(rule_names),
            })
            .collect();
        // A plain loop (an iterator chain over the lines was a function of its own).
        let mut lines = Vec::with_capacity(100);
        for (key, size_type, line) in super::laravel_en::lines() {
            // Lines that name no field (`The password is incorrect.`) are left out.
            let Some((before, after)) =
                text::find(line, ":attribute").and_then(|at| line.split_at_checked(at))
            else {
                continue;
            };
            let after = after.get(":attribute".len()..).unwrap_or_default();
            let (chunks, slots) = split_line(after);
            let mut literal_len = before.len();
            for chunk in &chunks {
                literal_len += chunk.len();
            }
            lines.push(Line {
                key,
                size_type,
                before,
                chunks,
                slots,
                literal_len,
            });
        }
        ServerMatcher { fields, lines }
    }

    /// A matcher over an endpoint's table: fields with their rule strings.
    pub fn for_table(table: &[TableField<'t>]) -> Self {
        ServerMatcher::new(table.iter().map(|(f, r)| (*f, Some(*r))))
    }

    /// The best reading of `message`: the most specific line at the field whose rules name it
    /// (see decision M10), or `None` (no line at any field, too long, or over the step budget).
    pub fn read(&self, message: &str) -> Option<ServerMatch> {
        if message.len() > MAX_MESSAGE_LEN {
            return None;
        }
        let mut budget = STEP_BUDGET;
        // The fields that can start the text after each distinct `before` (there are two).
        let mut placed: Vec<(&str, Vec<Placement>)> = Vec::new();
        let mut best: Option<Candidate> = None;
        for (index, line) in self.lines.iter().enumerate() {
            let Some(rest) = message.strip_prefix(line.before) else {
                continue;
            };
            if !placed.iter().any(|(b, _)| *b == line.before) {
                placed.push((line.before, self.placements(rest)));
            }
            let placements = placed
                .iter()
                .find(|(b, _)| *b == line.before)
                .map_or(&[][..], |(_, p)| p.as_slice());
            for p in placements {
                if budget == 0 {
                    return None;
                }
                budget -= 1;
                // `get`, never `&s[a..]`: a slice that may panic links std's `{:?}` of a char.
                let Some(texts) = rest.get(p.shown_len..).and_then(|r| glob(&line.chunks, r))
                else {
                    continue;
                };
                let own_rule = self.fields[p.field]
                    .rules
                    .as_ref()
                    .is_some_and(|r| r.contains(&rule_name(line.key)));
                let candidate = Candidate {
                    line: index,
                    concrete: p.concrete.clone(),
                    texts,
                    own_rule,
                    shown_len: p.shown_len,
                };
                if best
                    .as_ref()
                    .is_none_or(|b| self.rank(&candidate) > self.rank(b))
                {
                    best = Some(candidate);
                }
            }
        }
        best.map(|b| self.finish(b, message))
    }

    /// Own rule first, then the most literal text, then the longest field shown, then the rule a
    /// server most likely ran among lines that read the same.
    fn rank(&self, c: &Candidate) -> (bool, usize, usize, std::cmp::Reverse<usize>) {
        let line = &self.lines[c.line];
        (
            c.own_rule,
            line.literal_len,
            c.shown_len,
            std::cmp::Reverse(tie_rank(line.key)),
        )
    }

    fn finish(&self, best: Candidate, message: &str) -> ServerMatch {
        let line = &self.lines[best.line];
        let start = line.before.len();
        let shown = message
            .get(start..start + best.shown_len)
            .unwrap_or_default();
        let mut captures = vec![("attribute", shown.to_string())];
        captures.extend(
            line.slots
                .iter()
                .zip(&best.texts)
                .map(|(slot, text)| (*slot, text.to_string())),
        );
        ServerMatch {
            field: best.concrete,
            rule: rule_name(line.key),
            size_type: line.size_type,
            captures,
        }
    }

    /// Every way a field of the table can be shown at the start of `text`.
    fn placements(&self, text: &str) -> Vec<Placement> {
        let mut out = Vec::new();
        for (index, field) in self.fields.iter().enumerate() {
            for (concrete, shown_len) in shown_field_at(field.name, &field.snaked, text) {
                out.push(Placement {
                    field: index,
                    concrete,
                    shown_len,
                });
            }
        }
        out
    }
}

/// Among lines that read the same, the rule a server most likely ran.
fn tie_rank(key: &str) -> usize {
    match key {
        "not_in" | "not_regex" => 1,
        "exists" => 2,
        "enum" => 3,
        _ => 0,
    }
}

/// `Str::studly` names of a rule string's rules (`required_if:a,b|nullable` -> `RequiredIf`,
/// `Nullable`), split as the tables write them (a `regex:` keeps its `|`).
fn rule_names(rules: &str) -> Vec<String> {
    let rules = split_rules(rules);
    let mut out = Vec::with_capacity(rules.len());
    for r in rules {
        // The name before the first `:` (the whole rule when it has none).
        let name = r.split_once(':').map_or(r, |(name, _)| name);
        out.push(rule_name(name.trim()));
    }
    out
}

/// A line's literal text between its placeholders (`:other`, `:values`, ...: a colon and lowercase
/// letters; `type: :values` keeps its `: `), and the placeholders' names between them.
fn split_line(text: &str) -> (Vec<&str>, Vec<&str>) {
    let (mut chunks, mut names) = (Vec::new(), Vec::new());
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b':' && bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase) {
            // ASCII `:` and letters: every cut is on a character boundary.
            chunks.push(text.get(start..i).unwrap_or_default());
            let name_start = i + 1;
            i += 1;
            while bytes.get(i).is_some_and(u8::is_ascii_lowercase) {
                i += 1;
            }
            names.push(text.get(name_start..i).unwrap_or_default());
            start = i;
        } else {
            i += 1;
        }
    }
    chunks.push(text.get(start..).unwrap_or_default());
    (chunks, names)
}

/// Whether `text` is the chunks with any text (possibly empty) between each two: the first chunk a
/// prefix, the last a suffix, the middle ones found leftmost in order. The texts between, in order.
fn glob<'m>(chunks: &[&str], text: &'m str) -> Option<Vec<&'m str>> {
    let (first, last) = match chunks {
        [] => return text.is_empty().then(Vec::new),
        [only] => return (text == *only).then(Vec::new),
        [first, .., last] => (*first, *last),
    };
    // The suffix first: most lines fail there, before any search.
    if !text.ends_with(last) {
        return None;
    }
    let mut rest = text.strip_prefix(first)?;
    let mut texts = Vec::with_capacity(chunks.len() - 1);
    let middles = chunks.get(1..chunks.len() - 1).unwrap_or_default();
    for middle in middles {
        let at = text::find(rest, middle)?;
        let (before, after) = rest.split_at_checked(at)?;
        texts.push(before);
        rest = after.get(middle.len()..)?;
    }
    texts.push(rest.strip_suffix(last)?);
    Some(texts)
}

/// The ways `field` can be shown at the start of `text`: Laravel's snake display (fields without
/// `*`), the raw path with concrete keys (fields with `*`, which Laravel shows as written; and a
/// server naming fields as sent), or the snake display with concrete keys. Each as (concrete
/// field, length of the shown text).
fn shown_field_at(field: &str, snaked: &str, text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    // The raw path, then the snake display (a range, not an array iterator).
    for pass in 0..2 {
        let shown = if pass == 0 { field } else { snaked };
        if let Some((keys, len)) = match_with_keys(shown, text) {
            if !out.iter().any(|(_, l)| *l == len) {
                out.push((fill_stars(field, &keys), len));
            }
        }
    }
    out
}

/// Matches a shown field whose `*`s stand for keys (one or more characters, no `.` or whitespace)
/// at the start of `text`; the keys taken and the length matched.
fn match_with_keys<'t>(shown: &str, text: &'t str) -> Option<(Vec<&'t str>, usize)> {
    let mut keys = Vec::new();
    let mut pieces = shown.split('*');
    let first = pieces.next().unwrap_or("");
    text.strip_prefix(first)?;
    let mut at = first.len();
    for piece in pieces {
        let rest = text.get(at..)?;
        let key_len = rest
            .find(|c: char| c == '.' || c.is_whitespace())
            .unwrap_or(rest.len());
        if key_len == 0 {
            return None;
        }
        keys.push(rest.get(..key_len)?);
        at += key_len;
        text.get(at..)?.strip_prefix(piece)?;
        at += piece.len();
    }
    Some((keys, at))
}

/// The field with its `*`s replaced by `keys` in order.
fn fill_stars(field: &str, keys: &[&str]) -> String {
    let mut out = String::with_capacity(field.len() + 4);
    let mut keys = keys.iter();
    for (i, piece) in field.split('*').enumerate() {
        if i > 0 {
            out.push_str(keys.next().copied().unwrap_or("*"));
        }
        out.push_str(piece);
    }
    out
}

#[cfg(test)]
mod tests;
