//! Reading a live server's English message back to its field and rule. The live API answers a
//! failed validation with a flat list of Laravel's messages (no field names), so a client that
//! wants to show them next to form fields has to recognise them: each message is matched against
//! every line of Laravel 8's English file ([`super::laravel_en::LINES`]) with `:attribute` standing
//! for a displayed field of the endpoint (snake display, or the raw path for a wildcard field) and
//! the other placeholders for any text.

use super::display::snake_display;
use super::laravel_en::{rule_name, LINES};

/// Longest message read (bytes): longer text is not a validation message of these tables.
const MAX_MESSAGE_LEN: usize = 4_096;

/// The field (with concrete indices, `products.1.tax`) and the Laravel rule name (`Required`,
/// `RequiredIf`, `Size`, ...) of a live server's English validation message, given the endpoint's
/// fields as the tables write them (`products.*.tax`). `None` when no line of Laravel 8's English
/// file matches with one of the fields, or for lines that name no field ("The password is
/// incorrect."). Lines that read the same for several rules ("The selected :attribute is invalid."
/// is `in`, `not_in`, `exists` and `enum`) give the most common (`In`, `Regex`); use
/// [`match_server_message_in_table`] to choose by the field's own rules.
pub fn match_server_message(message: &str, fields: &[&str]) -> Option<(String, String)> {
    best_match(message, fields.iter().map(|f| (*f, None)))
}

/// As [`match_server_message`], with each field's rule string (`required|string|in:a,b`): among the
/// lines that match, one whose rule the field has wins.
pub fn match_server_message_in_table(
    message: &str,
    table: &[(&str, &str)],
) -> Option<(String, String)> {
    best_match(message, table.iter().map(|(f, r)| (*f, Some(*r))))
}

/// One way a message reads as a line of the file.
struct Candidate {
    field: String,
    key: &'static str,
    /// The field's rules include this line's rule.
    own_rule: bool,
    /// Characters of the line outside placeholders: the more, the more specific the match.
    literal_len: usize,
    shown_len: usize,
    tie_rank: usize,
}

impl Candidate {
    fn rank(&self) -> (bool, usize, usize, std::cmp::Reverse<usize>) {
        (
            self.own_rule,
            self.literal_len,
            self.shown_len,
            std::cmp::Reverse(self.tie_rank),
        )
    }
}

fn best_match<'a>(
    message: &str,
    fields: impl Iterator<Item = (&'a str, Option<&'a str>)>,
) -> Option<(String, String)> {
    if message.len() > MAX_MESSAGE_LEN {
        return None;
    }
    // Each field's displays and rule names, once per message.
    let fields: Vec<(&str, String, Option<Vec<String>>)> = fields
        .map(|(f, rules)| (f, snake_display(f), rules.map(rule_names)))
        .collect();
    let mut best: Option<Candidate> = None;
    for (key, _, line) in LINES {
        let Some((before, after)) = line.split_once(":attribute") else {
            continue;
        };
        let Some(rest_of_message) = message.strip_prefix(before) else {
            continue;
        };
        let after_chunks = literal_chunks(after);
        let literal_len = before.len() + after_chunks.iter().map(|c| c.len()).sum::<usize>();
        for (field, snaked, rules) in &fields {
            for (concrete, shown_len) in shown_field_at(field, snaked, rest_of_message) {
                if !glob(&after_chunks, &rest_of_message[shown_len..]) {
                    continue;
                }
                let name = rule_name(key);
                let candidate = Candidate {
                    field: concrete,
                    key,
                    own_rule: rules.as_ref().is_some_and(|r| r.contains(&name)),
                    literal_len,
                    shown_len,
                    tie_rank: tie_rank(key),
                };
                if best.as_ref().map_or(true, |b| candidate.rank() > b.rank()) {
                    best = Some(candidate);
                }
            }
        }
    }
    best.map(|b| (b.field, rule_name(b.key)))
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

/// `Str::studly` names of a rule string's rules (`required_if:a,b|nullable` -> `RequiredIf`, `Nullable`).
fn rule_names(rules: &str) -> Vec<String> {
    rules
        .split('|')
        .map(|r| rule_name(r.split(':').next().unwrap_or("").trim()))
        .collect()
}

/// The literal text between a line's placeholders (`:other`, `:values`, ...: a colon and lowercase
/// letters; `type: :values` keeps its `: `).
fn literal_chunks(text: &str) -> Vec<&str> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b':' && bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase) {
            chunks.push(&text[start..i]);
            i += 1;
            while bytes.get(i).is_some_and(u8::is_ascii_lowercase) {
                i += 1;
            }
            start = i;
        } else {
            i += 1;
        }
    }
    chunks.push(&text[start..]);
    chunks
}

/// Whether `text` is the chunks with any text (possibly empty) between each two: the first chunk a
/// prefix, the last a suffix, the middle ones found leftmost in order (exact for `*`-only globs).
fn glob(chunks: &[&str], text: &str) -> bool {
    let (first, last) = match chunks {
        [] => return text.is_empty(),
        [only] => return text == *only,
        [first, .., last] => (*first, *last),
    };
    let Some(mut rest) = text.strip_prefix(first) else {
        return false;
    };
    for middle in &chunks[1..chunks.len() - 1] {
        match rest.find(middle) {
            Some(at) => rest = &rest[at + middle.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

/// The ways `field` can be shown at the start of `text`: Laravel's snake display (fields without
/// `*`), the raw path with concrete keys (fields with `*`, which Laravel shows as written), or the
/// snake display with concrete keys. Each as (concrete field, length of the shown text).
fn shown_field_at(field: &str, snaked: &str, text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for shown in [field, snaked] {
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
    let mut at = 0;
    let mut pieces = shown.split('*');
    let first = pieces.next().unwrap_or("");
    text.get(at..)?.strip_prefix(first)?;
    at += first.len();
    for piece in pieces {
        let rest = text.get(at..)?;
        let key_len = rest
            .find(|c: char| c == '.' || c.is_whitespace())
            .unwrap_or(rest.len());
        if key_len == 0 {
            return None;
        }
        keys.push(&rest[..key_len]);
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
mod tests {
    use super::*;

    #[test]
    fn every_line_names_the_attribute_before_any_other_placeholder() {
        for (key, _, line) in LINES {
            if let Some((before, _)) = line.split_once(":attribute") {
                assert_eq!(literal_chunks(before), [before], "{key}");
            }
        }
    }

    #[test]
    fn globs_and_chunks() {
        assert_eq!(
            literal_chunks(" must be a file of type: :values."),
            [" must be a file of type: ", "."]
        );
        assert_eq!(
            literal_chunks(" field is required when :other is :value."),
            [" field is required when ", " is ", "."]
        );
        assert!(glob(&[" when ", " is ", "."], " when a is b is c."));
        assert!(glob(&[" when ", " is ", "."], " when  is ."));
        assert!(!glob(&[" when ", " is ", "."], " when a was b."));
        assert!(!glob(&[" is ", " is "], " is "));
        assert!(glob(&[" x."], " x."));
    }

    #[test]
    fn keys_are_read_from_the_shown_path() {
        assert_eq!(
            match_with_keys("products.*.tax", "products.12.tax is"),
            Some((vec!["12"], 15))
        );
        assert_eq!(match_with_keys("a.*", "a.0 must"), Some((vec!["0"], 3)));
        assert_eq!(match_with_keys("a.*.b", "a..b"), None);
        assert_eq!(fill_stars("a.*.b.*", &["1", "x"]), "a.1.b.x");
    }

    fn pair(field: &str, rule: &str) -> Option<(String, String)> {
        Some((field.to_string(), rule.to_string()))
    }

    #[test]
    fn live_server_messages_read_back_to_field_and_rule() {
        let fields = [
            "orderSummary.shippingCost",
            "customerDetails.personalNumber",
            "submitPayment.via",
            "products.*.tax",
            "isB2B",
        ];
        let read = |m: &str| match_server_message(m, &fields);
        // The examples of the live server's answer.
        assert_eq!(
            read("The order summary.shipping cost field is required."),
            pair("orderSummary.shippingCost", "Required")
        );
        assert_eq!(
            read("The customer details.personal number field is required when submit payment.via is invoice."),
            pair("customerDetails.personalNumber", "RequiredIf")
        );
        assert_eq!(
            read("The selected products.3.tax is invalid."),
            pair("products.3.tax", "In")
        );
        assert_eq!(
            read("The products.10.tax must be a number."),
            pair("products.10.tax", "Numeric")
        );
        assert_eq!(
            read("The customer details.personal number must be 11 characters."),
            pair("customerDetails.personalNumber", "Size")
        );
        assert_eq!(
            read("The customer details.personal number must be 11."),
            pair("customerDetails.personalNumber", "Size")
        );
        // Lines of rules fpgo does not run are read too.
        assert_eq!(
            read("The is b2 b must be accepted."),
            pair("isB2B", "Accepted")
        );
        assert_eq!(read("The password is incorrect."), None);
        assert_eq!(read("The unknown field field is required."), None);
        assert_eq!(read(&"x".repeat(MAX_MESSAGE_LEN + 1)), None);
        let table = [
            ("kind", "required|string|not_in:test,demo"),
            ("code", "nullable|regex:/^a|b$/"),
        ];
        assert_eq!(
            match_server_message_in_table("The selected kind is invalid.", &table),
            pair("kind", "NotIn")
        );
        assert_eq!(
            match_server_message_in_table("The code format is invalid.", &table),
            pair("code", "Regex")
        );
    }
}
