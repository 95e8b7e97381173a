//! Validation messages in the API's `preferredLanguage` values: en (Laravel 8's default English
//! lines, byte for byte), no (bokmål), sv, da, de. Placeholders and their replacement follow
//! Laravel's `FormatsMessages`/`ReplacesAttributes`: `:attribute` (and `:other`, and the fields of
//! `:values`) is the displayed attribute ([`Formatter::display_attribute`]), `:value` of
//! `required_if` is the other field's actual value, `:size`, `:min`, `:max`, `:digits`, `:format`
//! the rule's parameters. Decisions: docs/decisions/rules.md (M1-M8).
//!
//! [`match_server_message`] goes the other way: a live server's English message back to its field
//! and rule.

mod da;
mod de;
mod display;
mod en;
pub mod laravel_en;
mod no;
mod server;
mod sv;

pub use server::{match_server_message, match_server_message_in_table, ServerMatcher, TableField};

use super::checks::SizeType;
use super::{expand, Failure, Kind};
use crate::text;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// The API's `preferredLanguage` values; messages exist in each. (`crate::validate::Lang` is this
/// type.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Lang {
    /// English (`en`), the server's own language: messages byte for byte as Laravel 8 words them.
    #[default]
    En,
    /// Norwegian (`no`).
    No,
    /// Swedish (`sv`).
    Sv,
    /// Danish (`da`).
    Da,
    /// German (`de`).
    De,
}

impl Lang {
    /// Parses `en`, `no` (also `nb`/`nn`), `sv`, `da`, `de`, case-insensitively.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "no" | "nb" | "nn" => Some(Lang::No),
            "sv" => Some(Lang::Sv),
            "da" => Some(Lang::Da),
            "de" => Some(Lang::De),
            _ => None,
        }
    }

    /// The code [`Lang::parse`] reads back (`en`, `no`, `sv`, `da`, `de`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::No => "no",
            Lang::Sv => "sv",
            Lang::Da => "da",
            Lang::De => "de",
        }
    }
}

/// Custom attribute names, as Laravel's `$customAttributes`: a field (`customerDetails.personalNumber`,
/// `products.1.name`) or a table pattern (`products.*.name`) -> the name messages show.
pub type Attributes = BTreeMap<String, String>;

/// Most custom attribute names accepted, and the longest key or name (bytes): options are bounded.
pub const MAX_ATTRIBUTES: usize = 1_000;
/// See [`MAX_ATTRIBUTES`].
pub const MAX_ATTRIBUTE_LEN: usize = 1_000;

/// Reads the `attributes` option: a JSON object of strings (`null` or absent: none). `Err` holds the
/// message of an `invalid_argument` error.
pub fn parse_attributes(value: Option<&Value>) -> Result<Attributes, String> {
    let object = match value {
        None | Some(Value::Null) => return Ok(Attributes::new()),
        Some(Value::Object(o)) => o,
        Some(_) => {
            return Err("options.attributes must be an object of field -> name strings".into())
        }
    };
    if object.len() > MAX_ATTRIBUTES {
        let mut message = String::from("options.attributes has more than ");
        text::push_u64(&mut message, MAX_ATTRIBUTES as u64);
        message.push_str(" entries");
        return Err(message);
    }
    let mut out = Attributes::new();
    for (field, name) in object {
        let Value::String(name) = name else {
            // The key as a JSON string (no `Debug` formatting, whose escape tables would be
            // linked for this one message).
            let mut message = String::from("options.attributes[");
            crate::json::push_string(&mut message, field);
            message.push_str("] must be a string");
            return Err(message);
        };
        if field.len() > MAX_ATTRIBUTE_LEN || name.len() > MAX_ATTRIBUTE_LEN {
            let mut message = String::from("options.attributes: keys and names are at most ");
            text::push_u64(&mut message, MAX_ATTRIBUTE_LEN as u64);
            message.push_str(" bytes");
            return Err(message);
        }
        out.insert(field.clone(), name.clone());
    }
    Ok(out)
}

/// A message template key: the rule, and for size rules the measured type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Rule(Kind),
    Sized(Kind, SizeType),
}

/// The message template of `kind` in `lang`, placeholders unreplaced (`size_type` picks the line of
/// the size rules). The client rewords the live server's English messages with it.
pub fn template_of(lang: Lang, kind: Kind, size_type: SizeType) -> &'static str {
    let key = match kind {
        Kind::Size | Kind::Min | Kind::Max | Kind::Between => Key::Sized(kind, size_type),
        k => Key::Rule(k),
    };
    template(lang, key)
}

fn template(lang: Lang, key: Key) -> &'static str {
    let templates = match lang {
        Lang::En => en::TEMPLATES,
        Lang::No => no::TEMPLATES,
        Lang::Sv => sv::TEMPLATES,
        Lang::Da => da::TEMPLATES,
        Lang::De => de::TEMPLATES,
    };
    text::nth_line(templates, line_of(key))
}

/// The line of `key`'s template in every language's `TEMPLATES` (one text per language, a
/// template per line: a table of `&str` was 8 bytes of pointer and length per template).
fn line_of(key: Key) -> usize {
    use crate::rules::checks::SizeType::{Array as A, Numeric as N, String as S};
    use crate::rules::Kind::*;
    match key {
        Key::Rule(Required) => 0,
        Key::Rule(Present) => 1,
        Key::Rule(Filled) => 2,
        Key::Rule(String) => 3,
        Key::Rule(Numeric) => 4,
        Key::Rule(Integer) => 5,
        Key::Rule(Boolean) => 6,
        Key::Rule(Array) => 7,
        Key::Rule(Email) => 8,
        Key::Rule(Url) => 9,
        Key::Rule(In) | Key::Rule(NotIn) => 10,
        Key::Rule(Digits) => 11,
        Key::Rule(DigitsBetween) => 12,
        Key::Rule(Regex) | Key::Rule(NotRegex) => 13,
        Key::Rule(DateFormat) => 14,
        Key::Rule(RequiredIf) => 15,
        Key::Rule(RequiredUnless) => 16,
        Key::Rule(RequiredWith) => 17,
        Key::Rule(RequiredWithAll) => 18,
        Key::Rule(RequiredWithout) => 19,
        Key::Rule(RequiredWithoutAll) => 20,
        Key::Sized(Size, N) => 21,
        Key::Sized(Size, S) => 22,
        Key::Sized(Size, A) => 23,
        Key::Sized(Min, N) => 24,
        Key::Sized(Min, S) => 25,
        Key::Sized(Min, A) => 26,
        Key::Sized(Max, N) => 27,
        Key::Sized(Max, S) => 28,
        Key::Sized(Max, A) => 29,
        Key::Sized(_, N) => 30,
        Key::Sized(_, S) => 31,
        Key::Sized(_, A) => 32,
        Key::Rule(_) => 33,
    }
}

/// Words the failures of one checked payload, as Laravel's `Validator` words them: it needs the
/// payload (for `required_if`'s `:value` and for which attributes came from a wildcard field) and
/// the table's fields in table order. Build one only when there are failures.
pub struct Formatter<'a> {
    lang: Lang,
    data: &'a Value,
    /// The table's wildcard fields, split (`Validator::$implicitAttributes` keys, in order).
    wildcards: Vec<(&'a str, Vec<&'a str>)>,
    attributes: &'a Attributes,
}

impl<'a> Formatter<'a> {
    /// `fields`: the table's fields as written (`products.*.tax`), in table order.
    pub fn new(
        lang: Lang,
        data: &'a Value,
        fields: impl IntoIterator<Item = &'a str>,
        attributes: &'a Attributes,
    ) -> Formatter<'a> {
        let wildcards = fields
            .into_iter()
            .filter(|f| f.as_bytes().contains(&b'*'))
            .map(|f| (f, f.split('.').collect()))
            .collect();
        Formatter {
            lang,
            data,
            wildcards,
            attributes,
        }
    }

    /// `getDisplayableAttribute`: a custom name for the field or for the wildcard field it was
    /// expanded from; else the field as written when it was expanded from a wildcard field
    /// (`products.0.name`); else Laravel's snake display (`customer details.personal number`).
    pub fn display_attribute(&self, name: &str) -> String {
        let names: Vec<&str> = name.split('.').collect();
        let primary = self
            .wildcards
            .iter()
            .find(|(_, segs)| display::in_expansion(segs, &names, self.data))
            .map(|(p, _)| *p);
        if let Some(label) = self.attributes.get(name) {
            return label.clone();
        }
        match primary {
            Some(p) => self
                .attributes
                .get(p)
                .cloned()
                .unwrap_or_else(|| name.to_string()),
            None => display::snake_display(name),
        }
    }

    /// The message for one failure: the template, `:attribute` (then `:input`), then the rule's
    /// own placeholders, each a plain `str_replace` in Laravel's order (so a custom name that
    /// contains a placeholder is replaced exactly as Laravel replaces it).
    pub fn message(&self, f: &Failure) -> String {
        let key = match f.kind {
            Kind::Size | Kind::Min | Kind::Max | Kind::Between => Key::Sized(f.kind, f.size_type),
            k => Key::Rule(k),
        };
        let shown = self.display_attribute(&f.attribute);
        // `text::replace`/`text::find`: `str::replace` and `contains` by a plain scan (no
        // two-way `StrSearcher` in the WebAssembly modules for these short templates).
        let mut out = text::replace(template(self.lang, key), ":attribute", &shown);
        // ASCII letters only, where Laravel's `Str::upper` is `mb_strtoupper` (decision M6 in
        // docs/decisions/rules.md): only a custom name holding these placeholders reaches them,
        // and Unicode's case tables were 1.6 KB gzip of every module.
        if text::find(&out, ":ATTRIBUTE").is_some() {
            put(&mut out, ":ATTRIBUTE", &shown.to_ascii_uppercase());
        }
        if text::find(&out, ":Attribute").is_some() {
            put(&mut out, ":Attribute", &ucfirst(&shown));
        }
        if text::find(&out, ":input").is_some() {
            let value = expand::get_dotted(self.data, &f.attribute);
            if !matches!(value, Some(Value::Array(_) | Value::Object(_))) {
                put(&mut out, ":input", &display::value_display(value));
            }
        }
        self.replace_params(f, &mut out);
        out
    }

    /// The rule's `replace*` method of `ReplacesAttributes`: its placeholders replaced in `out`,
    /// in order (each replacement is computed from the failure and the payload alone, so
    /// replacing as they are made is the same as making them all first).
    fn replace_params(&self, f: &Failure, out: &mut String) {
        let p = |i: usize| f.params.get(i).map_or("", String::as_str);
        let rest = || f.params.get(1..).unwrap_or(&[]);
        match f.kind {
            Kind::Size => put(out, ":size", p(0)),
            Kind::Min => put(out, ":min", p(0)),
            Kind::Max => put(out, ":max", p(0)),
            Kind::Between | Kind::DigitsBetween => {
                put(out, ":min", p(0));
                put(out, ":max", p(1));
            }
            Kind::Digits => put(out, ":digits", p(0)),
            Kind::DateFormat => put(out, ":format", p(0)),
            Kind::In | Kind::NotIn => put(out, ":values", &text::join(&f.params, ", ")),
            Kind::RequiredIf => {
                let value = display::value_display(expand::get_dotted(self.data, p(0)));
                put(out, ":other", &self.display_attribute(p(0)));
                put(out, ":value", &value);
            }
            Kind::RequiredUnless => {
                put(out, ":other", &self.display_attribute(p(0)));
                put(out, ":values", &text::join(rest(), ", "));
            }
            Kind::RequiredWith
            | Kind::RequiredWithAll
            | Kind::RequiredWithout
            | Kind::RequiredWithoutAll => {
                let shown = f.params.iter().map(|o| self.display_attribute(o));
                put(out, ":values", &text::join(shown, " / "));
            }
            _ => {}
        }
    }
}

/// `str_replace(placeholder, replacement, out)`, in place; one body for every placeholder.
#[inline(never)]
fn put(out: &mut String, placeholder: &str, replacement: &str) {
    *out = text::replace(out, placeholder, replacement);
}

/// `Str::ucfirst`: the first character upper-cased, the rest unchanged; an ASCII letter only (see
/// the `:ATTRIBUTE` note in [`Formatter::message`]).
fn ucfirst(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// Every key, for the completeness test of each language: derived from [`Kind::ALL`], so that a new
/// rule kind needs its messages.
#[cfg(test)]
fn all_keys() -> Vec<Key> {
    use Kind::*;
    let mut keys = Vec::new();
    for &kind in &Kind::ALL {
        match kind {
            // Rules that never fail with a message of their own.
            Nullable | Sometimes | Bail | ServerOnly => {}
            Size | Min | Max | Between => keys.extend(
                [SizeType::Numeric, SizeType::String, SizeType::Array].map(|t| Key::Sized(kind, t)),
            ),
            _ => keys.push(Key::Rule(kind)),
        }
    }
    keys
}

#[cfg(test)]
mod tests;
