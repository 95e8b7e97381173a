//! Message text without `core::fmt`: the money code's messages are data (one [`Texts`] per
//! message, `[en, no, sv, da, de]`, with `:name` placeholders) filled by [`fill`], and integers
//! are written digit by digit. Every `format!` pulls the Formatter machinery into the .wasm; these
//! two functions are all the totals and builders messages need.

use crate::rules::messages::Lang;

/// One message in the five languages (`[en, no, sv, da, de]`, in `Lang`'s order), kept as one
/// text with the languages on five lines ([`texts!`]): an array of five `&str` was 40 bytes of
/// pointers and lengths per message in the .wasm's data, which gzip cannot shrink.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Texts(pub(crate) &'static str);

impl Texts {
    /// The template in `lang`.
    pub(crate) fn get(self, lang: Lang) -> &'static str {
        nth_line(self.0, lang as usize)
    }

    /// The five templates, in `Lang`'s order (for the tests of the tables).
    #[cfg(test)]
    pub(crate) fn all(self) -> Vec<&'static str> {
        self.0.split('\n').collect()
    }
}

/// Line `n` (from 0) of `text`, without its `\n`; empty past the last line. Tables of texts are
/// kept as one text with a line each (a `&str` per entry is 8 bytes of pointer and length).
pub(crate) fn nth_line(text: &'static str, n: usize) -> &'static str {
    let mut rest = text;
    for _ in 0..n {
        rest = rest.split_once('\n').map_or("", |(_, tail)| tail);
    }
    rest.split_once('\n').map_or(rest, |(line, _)| line)
}

/// `texts!["en", "no", "sv", "da", "de"]`: one message's [`Texts`], written as the five templates.
macro_rules! texts {
    ($en:literal, $no:literal, $sv:literal, $da:literal, $de:literal $(,)?) => {
        $crate::text::Texts(concat!($en, "\n", $no, "\n", $sv, "\n", $da, "\n", $de))
    };
}
pub(crate) use texts;

/// The template of `texts` for `lang` with every `:name` of `args` replaced by its value. A `:`
/// not followed by the name of an argument (`API:et`, `line 3: ...`) stays as written; values are
/// inserted as given, never scanned for placeholders themselves.
pub(crate) fn fill(texts: &Texts, lang: Lang, args: &[(&str, &str)]) -> String {
    let template = texts.get(lang);
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    // Cut with `split_once`/`split_at_checked`, never `&s[a..b]`: a slice that may panic links
    // `str::slice_error_fail`, whose `{:?}` of a char keeps `char::escape_debug` and the Unicode
    // printable tables in the .wasm.
    while let Some((before, after)) = rest.split_once(':') {
        out.push_str(before);
        let name_len = after
            .bytes()
            .position(|b| !b.is_ascii_alphabetic())
            .unwrap_or(after.len());
        // ASCII letters end on a character boundary: the split always succeeds.
        let (name, tail) = after.split_at_checked(name_len).unwrap_or((after, ""));
        match args.iter().find(|(n, _)| *n == name && !name.is_empty()) {
            Some((_, value)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push(':');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `parts` one after another: `[a, b].concat()` without the slice `Join` machinery.
pub(crate) fn concat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    parts.iter().for_each(|p| out.push_str(p));
    out
}

/// The items with `separator` between them: `items.join(separator)`, one small loop instead of
/// the slice `Join` machinery.
pub(crate) fn join<S: AsRef<str>>(items: impl IntoIterator<Item = S>, separator: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(item.as_ref());
    }
    out
}

/// Whether `c` is one of the ASCII characters of `set`: `set.contains(c)` without the `&str`
/// search that `str::contains` links for a `char` (std searches a non-ASCII char as its UTF-8 text).
pub(crate) fn ascii_in(set: &str, c: char) -> bool {
    c.is_ascii() && set.as_bytes().contains(&(c as u8))
}

/// The byte offset of the first `needle` in `haystack`: `haystack.find(needle)` for the short
/// texts of messages, by a plain scan (no `StrSearcher`, the two-way search std uses for `&str`
/// patterns). The empty needle is found at 0, as std finds it.
pub(crate) fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (0..=h.len().checked_sub(n.len())?).find(|&i| h.get(i..i + n.len()) == Some(n))
}

/// `text.replace(from, to)` for a non-empty `from`: every non-overlapping `from`, left to right,
/// replaced (by the scan of [`find`]). A match always starts and ends on a character boundary:
/// `from` is UTF-8 itself, so its first byte never matches a continuation byte.
/// With an empty `from` the text comes back unchanged (every caller replaces a placeholder).
pub(crate) fn replace(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = find(rest, from).filter(|_| !from.is_empty()) {
        out.push_str(rest.get(..at).unwrap_or_default());
        out.push_str(to);
        rest = rest.get(at + from.len()..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// The `:name`s of a template, in order (for the tests that compare the languages).
#[cfg(test)]
pub(crate) fn placeholders(template: &str) -> Vec<&str> {
    template
        .split(':')
        .skip(1)
        .map(|s| {
            let end = s
                .bytes()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(s.len());
            &s[..end]
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// Appends the decimal digits of `n`, at least `min_digits` of them (zeros in front). On i64-sized
/// values the loop divides u64s (an i128 division is a software routine on wasm32).
pub(crate) fn push_digits(out: &mut String, mut n: u128, min_digits: usize) {
    // The lowest digits of a value beyond u64, peeled off first (u128::MAX has 39 digits).
    let mut tail = [0u8; 20];
    let mut start = tail.len();
    while n > u128::from(u64::MAX) {
        start -= 1;
        tail[start] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    let mut buffer = [0; 20];
    let head = u64_digits(n as u64, &mut buffer);
    // `get`: no index panic path.
    let tail = tail.get(start..).unwrap_or_default();
    // `min_digits` is a scale (at most `money::MAX_SCALE` + 1): zeros in front up to it.
    for _ in head.len() + tail.len()..min_digits {
        out.push('0');
    }
    out.push_str(head);
    tail.iter().for_each(|&d| out.push(char::from(d)));
}

/// Appends the decimal digits of `n` (the one integer writer of the small callbacks module too:
/// no `core::fmt`, no u128 division).
pub(crate) fn push_u64(out: &mut String, n: u64) {
    let mut buffer = [0; 20];
    out.push_str(u64_digits(n, &mut buffer));
}

/// The decimal digits of `n`, written at the end of `buffer`.
pub(crate) fn u64_digits(mut n: u64, buffer: &mut [u8; 20]) -> &str {
    let mut start = buffer.len();
    loop {
        start -= 1;
        buffer[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // ASCII digits only.
    std::str::from_utf8(buffer.get(start..).unwrap_or_default()).unwrap_or_default()
}

/// `n` in decimal digits.
pub(crate) fn uint(n: usize) -> String {
    let mut out = String::new();
    push_digits(&mut out, n as u128, 1);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_named_placeholders_only() {
        let texts: Texts = texts![
            "line :line: `:field` is :given (API:et :)",
            "b",
            "c",
            "d",
            ":given:given",
        ];
        let args = [("line", "3"), ("field", "rate"), ("given", ":line")];
        assert_eq!(
            fill(&texts, Lang::En, &args),
            "line 3: `rate` is :line (API:et :)"
        );
        assert_eq!(fill(&texts, Lang::De, &args), ":line:line");
        assert_eq!(fill(&texts, Lang::No, &args), "b");
        assert_eq!(
            placeholders(texts.get(Lang::En)),
            ["line", "field", "given", "et"]
        );
    }

    #[test]
    fn digits_as_display_writes_them() {
        for n in [
            0u128,
            7,
            10,
            4500,
            u128::from(u64::MAX),
            u128::from(u64::MAX) + 1,
            u128::MAX,
        ] {
            let mut s = String::new();
            push_digits(&mut s, n, 1);
            assert_eq!(s, n.to_string());
        }
        let mut s = String::new();
        push_digits(&mut s, 5, 3);
        assert_eq!(s, "005");
        assert_eq!(uint(21), "21");
        for n in [0, 9, 10, 1_755_764_131, u64::MAX] {
            let mut s = String::new();
            push_u64(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }

    #[test]
    fn join_concat_find_and_replace_as_std() {
        assert_eq!(concat(&["products.", "1", ".amount"]), "products.1.amount");
        assert_eq!(concat(&[]), "");
        for items in [&[][..], &["a"][..], &["a", "", "ç"][..]] {
            assert_eq!(join(items, ", "), items.join(", "));
        }
        let texts = [
            "",
            "a",
            ":a",
            "x:attribute y :attribute",
            "é:valuesé",
            "::::",
            "ab",
        ];
        for text in texts {
            for needle in [":attribute", ":", "::", "é", "ab", "abc", "b"] {
                assert_eq!(find(text, needle), text.find(needle), "{text} {needle}");
                for to in ["", "Ø", ":attribute"] {
                    assert_eq!(replace(text, needle, to), text.replace(needle, to));
                }
            }
            assert_eq!(find(text, ""), Some(0));
            for c in text.chars().chain(['*', 'é', '\0']) {
                assert_eq!(ascii_in("!#*:a", c), "!#*:a".contains(c), "{c}");
            }
            assert_eq!(replace(text, "", "x"), text);
        }
    }
}
