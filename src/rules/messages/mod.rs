//! Validation messages in the API's `preferredLanguage` values: en (Laravel's default English
//! messages), no (bokmål), sv, da, de. Placeholders as in Laravel: `:attribute`, `:other`, `:value`,
//! `:values`, `:size`, `:min`, `:max`, `:digits`, `:format`.

mod da;
mod de;
mod en;
mod no;
mod sv;

use super::checks::SizeType;
use super::{Failure, Kind};

/// The message languages (mirrors `crate::validate::Lang`, which this module does not know about).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    En,
    No,
    Sv,
    Da,
    De,
}

/// A message template key: the rule, and for size rules the measured type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Rule(Kind),
    Sized(Kind, SizeType),
}

fn template(lang: Language, key: Key) -> &'static str {
    match lang {
        Language::En => en::template(key),
        Language::No => no::template(key),
        Language::Sv => sv::template(key),
        Language::Da => da::template(key),
        Language::De => de::template(key),
    }
}

/// The message for one failure, with Laravel's replacements.
pub fn message(lang: Language, f: &Failure) -> String {
    let key = match f.kind {
        Kind::Size | Kind::Min | Kind::Max | Kind::Between => Key::Sized(f.kind, f.size_type),
        k => Key::Rule(k),
    };
    let p = |i: usize| f.params.get(i).cloned().unwrap_or_default();
    let rest = || f.params.get(1..).map(|r| r.join(", ")).unwrap_or_default();
    let mut out = template(lang, key).replace(":attribute", &f.attribute);
    let replacements: Vec<(&str, String)> = match f.kind {
        Kind::Size => vec![(":size", p(0))],
        Kind::Min => vec![(":min", p(0))],
        Kind::Max => vec![(":max", p(0))],
        Kind::Between | Kind::DigitsBetween => vec![(":min", p(0)), (":max", p(1))],
        Kind::Digits => vec![(":digits", p(0))],
        Kind::DateFormat => vec![(":format", p(0))],
        Kind::RequiredIf => vec![(":other", p(0)), (":value", p(1))],
        Kind::RequiredUnless => vec![(":other", p(0)), (":values", rest())],
        Kind::RequiredWith | Kind::RequiredWithAll | Kind::RequiredWithout | Kind::RequiredWithoutAll => {
            vec![(":values", f.params.join(" / "))]
        }
        _ => Vec::new(),
    };
    for (from, to) in replacements {
        out = out.replace(from, &to);
    }
    out
}

/// Every key, for the completeness test of each language.
#[cfg(test)]
fn all_keys() -> Vec<Key> {
    use Kind::*;
    let mut keys: Vec<Key> = [
        Required, Present, Filled, String, Numeric, Integer, Boolean, Array, Email, Url, In, NotIn, Digits, DigitsBetween, Regex, NotRegex,
        DateFormat, RequiredIf, RequiredUnless, RequiredWith, RequiredWithAll, RequiredWithout, RequiredWithoutAll,
    ]
    .into_iter()
    .map(Key::Rule)
    .collect();
    for k in [Size, Min, Max, Between] {
        for t in [SizeType::Numeric, SizeType::String, SizeType::Array] {
            keys.push(Key::Sized(k, t));
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message_with_its_placeholders() {
        for lang in [Language::En, Language::No, Language::Sv, Language::Da, Language::De] {
            for key in all_keys() {
                let t = template(lang, key);
                assert!(t.contains(":attribute"), "{lang:?} {key:?}: {t}");
                let en = template(Language::En, key);
                for ph in [":other", ":value", ":values", ":size", ":min", ":max", ":digits", ":format"] {
                    // `:value` is a prefix of `:values`; count exact placeholders only.
                    let count = |s: &str| s.match_indices(ph).filter(|(i, _)| !s[i + ph.len()..].starts_with('s')).count();
                    assert_eq!(count(t), count(en), "{lang:?} {key:?} placeholder {ph}: {t}");
                }
                if lang != Language::En {
                    assert_ne!(t, en, "{lang:?} {key:?} is untranslated");
                }
            }
        }
    }
}
