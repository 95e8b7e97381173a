//! The live server's 417 answer: `errors` is Laravel's `$validator->errors()->all()`, an array of
//! English messages such as `The customer details.personal number field is required.`. Each is
//! read back to its field and rule by the engine's server-message matcher (every Laravel 8
//! line, the endpoint's fields with concrete indices for `*`), and here put into the client's
//! [`FieldErrors`] map, so a form can show the server's errors at its fields.

use super::error::{FieldErrors, FieldIssue, OTHER_FIELD};
use crate::rules::messages::{Lang, ServerMatcher};

pub use crate::rules::messages::TableField;

/// Server messages read per answer, all fields together; the rest are kept as sent, unmatched
/// (`_other` in a list, their own field in a map), so that a hostile answer of a million messages
/// costs a million copies, not a million readings (each reading is itself bounded by the
/// matcher's length limit and step budget).
pub const MAX_MESSAGES: usize = 1_000;

/// Fields of an object-shaped `errors` (`{"field": ["msg", ...]}`) kept at their own names; the
/// rest are put under `_other`. A real answer names at most the endpoint's fields; the bound keeps
/// the sorted [`FieldErrors`] filled in bounded time whatever order a hostile server sends.
pub const MAX_FIELDS: usize = 1_000;

/// The server's messages as a field map: each matched message at its field (in `lang`, or as sent
/// when `lang` is `None`, i.e. English, or when `lang` has no line for the rule), the rest under
/// `_other` with rule `Unknown`.
pub fn field_errors(
    server_messages: &[String],
    fields: &[TableField],
    lang: Option<Lang>,
) -> FieldErrors {
    Reader::new(fields, lang).field_errors(server_messages)
}

/// Reads one answer's messages with one matcher (built once: it prepares every Laravel line for
/// the endpoint's fields) and one [`MAX_MESSAGES`] budget, however many lists the answer holds.
pub struct Reader<'t> {
    matcher: ServerMatcher<'t>,
    lang: Option<Lang>,
    left: usize,
}

impl<'t> Reader<'t> {
    /// A reader for the endpoint's `fields`, wording matched messages in `lang`.
    pub fn new(fields: &[TableField<'t>], lang: Option<Lang>) -> Self {
        Reader {
            matcher: ServerMatcher::for_table(fields),
            lang,
            left: MAX_MESSAGES,
        }
    }

    /// `server_messages` as a field map (see [`field_errors`]), reading at most what is left of
    /// the answer's budget.
    pub fn field_errors(&mut self, server_messages: &[String]) -> FieldErrors {
        let mut out = FieldErrors::new();
        for text in server_messages {
            let matched = if self.left > 0 {
                self.left -= 1;
                self.matcher.read(text)
            } else {
                None
            };
            let (field, issue) = match matched {
                Some(m) => {
                    let message = self
                        .lang
                        .and_then(|l| m.reword(l))
                        .unwrap_or_else(|| text.clone());
                    let issue = FieldIssue {
                        rule: m.rule,
                        message,
                    };
                    (m.field, issue)
                }
                None => (
                    OTHER_FIELD.to_string(),
                    FieldIssue {
                        rule: "Unknown".into(),
                        message: text.clone(),
                    },
                ),
            };
            out.issues_mut(field).push(issue);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[TableField] = &[
        ("orderSummary.shippingCost", "nullable|numeric"),
        ("customerDetails.personalNumber", "nullable|string|size:11"),
        ("products.*.tax", "required|numeric|in:0,12,15,25"),
    ];

    #[test]
    fn hostile_messages_are_bounded() {
        // Many occurrences of every literal: nothing to place at a field, nothing matched.
        let msg = format!(
            "The {} field is required when {} is {}.",
            " is".repeat(150),
            " is".repeat(100),
            " is".repeat(80)
        );
        let out = field_errors(&vec![msg; 50], FIELDS, None);
        assert_eq!(out[OTHER_FIELD].len(), 50);
        let many: Vec<String> = (0..MAX_MESSAGES + 5)
            .map(|_| "The products.0.tax must be a number.".to_string())
            .collect();
        let out = field_errors(&many, FIELDS, None);
        assert_eq!(
            (out["products.0.tax"].len(), out[OTHER_FIELD].len()),
            (MAX_MESSAGES, 5)
        );
    }

    #[test]
    fn matched_messages_are_worded_in_lang_and_the_rest_kept_as_sent() {
        let sent = vec![
            "The customer details.personal number must be 11 characters.".to_string(),
            "The is b2 b must be accepted.".to_string(),
            "Something only the server knows.".to_string(),
        ];
        let out = field_errors(&sent, FIELDS, Some(Lang::Sv));
        let issue = &out["customerDetails.personalNumber"][0];
        assert_eq!(issue.rule, "Size");
        assert_eq!(
            issue.message,
            "customer details.personal number måste vara 11 tecken."
        );
        assert_eq!(
            out[OTHER_FIELD]
                .iter()
                .map(|i| i.message.as_str())
                .collect::<Vec<_>>(),
            [sent[1].as_str(), sent[2].as_str()]
        );
        let english = field_errors(&sent[..1], FIELDS, None);
        assert_eq!(
            english["customerDetails.personalNumber"][0].message,
            sent[0]
        );
    }
}
