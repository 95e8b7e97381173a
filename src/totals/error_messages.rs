//! `computeTotals`' error messages in the API's five languages (the `lang` option, as
//! `validate()` has), as data: one `[en, no, sv, da, de]` template per error, filled by
//! [`text::fill`]. English is the errors' `Display`; the others follow it phrase for phrase and
//! keep the field names (`quantity`, `tax`) as the payload spells them.

use super::messages::Lang;
use super::TotalsError;
use crate::text::{self, Texts};

impl TotalsError {
    /// The message in `lang` (English: the same as `to_string()`).
    pub fn message(&self, lang: Lang) -> String {
        let line = self.line().map(text::uint).unwrap_or_default();
        let (texts, field, detail): (&Texts, &str, String) = match self {
            TotalsError::NoLines => (&NO_LINES, "", String::new()),
            TotalsError::NotAList => (&NOT_A_LIST, "", String::new()),
            TotalsError::NotAnObject { .. } => (&NOT_AN_OBJECT, "", String::new()),
            TotalsError::Missing { field, .. } => (&MISSING, field, String::new()),
            TotalsError::InvalidNumber { field, cause, .. } => {
                (&INVALID_NUMBER, field, cause.message(lang))
            }
            TotalsError::Negative { field, .. } => (&NEGATIVE, field, String::new()),
            TotalsError::QuantityNotPositive { .. } => (&QUANTITY_NOT_POSITIVE, "", String::new()),
            TotalsError::DiscountExceedsLine { .. } => (&DISCOUNT_EXCEEDS_LINE, "", String::new()),
            TotalsError::TaxOutOfRange { .. } => (&TAX_OUT_OF_RANGE, "", String::new()),
            TotalsError::TaxNotAllowed { allowed, .. } => {
                // A loop, not `[String]::join` (whose machinery was inlined here).
                let mut list = String::new();
                for (i, rate) in allowed.iter().enumerate() {
                    if i > 0 {
                        list.push_str(", ");
                    }
                    list.push_str(rate);
                }
                (&TAX_NOT_ALLOWED, "", list)
            }
            TotalsError::Overflow => (&OVERFLOW, "", String::new()),
        };
        text::fill(
            texts,
            lang,
            &[
                ("line", &line),
                ("field", field),
                ("cause", &detail),
                ("list", &detail),
            ],
        )
    }
}

const NO_LINES: Texts = text::texts![
    "the cart has no lines",
    "handlekurven har ingen linjer",
    "varukorgen har inga rader",
    "kurven har ingen linjer",
    "der Warenkorb hat keine Positionen",
];
const NOT_A_LIST: Texts = text::texts![
    "the lines must be a list",
    "linjene må være en liste",
    "raderna måste vara en lista",
    "linjerne skal være en liste",
    "die Positionen müssen eine Liste sein",
];
const NOT_AN_OBJECT: Texts = text::texts![
    "line :line is not an object",
    "linje :line er ikke et objekt",
    "rad :line är inte ett objekt",
    "linje :line er ikke et objekt",
    "Position :line ist kein Objekt",
];
const MISSING: Texts = text::texts![
    "line :line: `:field` is required",
    "linje :line: `:field` er påkrevd",
    "rad :line: `:field` krävs",
    "linje :line: `:field` er påkrævet",
    "Position :line: `:field` ist erforderlich",
];
const INVALID_NUMBER: Texts = text::texts![
    "line :line: `:field`: :cause",
    "linje :line: `:field`: :cause",
    "rad :line: `:field`: :cause",
    "linje :line: `:field`: :cause",
    "Position :line: `:field`: :cause",
];
const NEGATIVE: Texts = text::texts![
    "line :line: `:field` must not be negative",
    "linje :line: `:field` kan ikke være negativ",
    "rad :line: `:field` får inte vara negativ",
    "linje :line: `:field` må ikke være negativ",
    "Position :line: `:field` darf nicht negativ sein",
];
const QUANTITY_NOT_POSITIVE: Texts = text::texts![
    "line :line: `quantity` must be greater than 0",
    "linje :line: `quantity` må være større enn 0",
    "rad :line: `quantity` måste vara större än 0",
    "linje :line: `quantity` skal være større end 0",
    "Position :line: `quantity` muss größer als 0 sein",
];
const DISCOUNT_EXCEEDS_LINE: Texts = text::texts![
    "line :line: `discount` is larger than quantity × rate",
    "linje :line: `discount` er større enn antall × pris",
    "rad :line: `discount` är större än antal × pris",
    "linje :line: `discount` er større end antal × pris",
    "Position :line: `discount` ist größer als Menge × Preis",
];
const TAX_OUT_OF_RANGE: Texts = text::texts![
    "line :line: `tax` must be between 0 and 100",
    "linje :line: `tax` må være mellom 0 og 100",
    "rad :line: `tax` måste vara mellan 0 och 100",
    "linje :line: `tax` skal være mellem 0 og 100",
    "Position :line: `tax` muss zwischen 0 und 100 liegen",
];
const TAX_NOT_ALLOWED: Texts = text::texts![
    "line :line: `tax` must be one of :list (pass your configured rates to allow others)",
    "linje :line: `tax` må være en av :list (oppgi de konfigurerte satsene deres for å tillate andre)",
    "rad :line: `tax` måste vara en av :list (ange era konfigurerade satser för att tillåta andra)",
    "linje :line: `tax` skal være en af :list (angiv jeres konfigurerede satser for at tillade andre)",
    "Position :line: `tax` muss einer von :list sein (übergeben Sie Ihre konfigurierten Sätze, um andere zu erlauben)",
];
const OVERFLOW: Texts = text::texts![
    "the cart is too large to compute exactly",
    "handlekurven er for stor til å beregnes nøyaktig",
    "varukorgen är för stor för att beräknas exakt",
    "kurven er for stor til at beregnes nøjagtigt",
    "der Warenkorb ist zu groß, um exakt berechnet zu werden",
];

/// Every message of [`TotalsError::message`] (for the tests of the tables).
#[cfg(test)]
pub(super) const MESSAGES: [&Texts; 11] = [
    &NO_LINES,
    &NOT_A_LIST,
    &NOT_AN_OBJECT,
    &MISSING,
    &INVALID_NUMBER,
    &NEGATIVE,
    &QUANTITY_NOT_POSITIVE,
    &DISCOUNT_EXCEEDS_LINE,
    &TAX_OUT_OF_RANGE,
    &TAX_NOT_ALLOWED,
    &OVERFLOW,
];

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::money::MoneyError;

    /// One error of every variant and every amount cause (also the cases of the JSON writer's
    /// tests in `json_api::totals`).
    pub(crate) fn every_error() -> Vec<TotalsError> {
        let cause = |input: &str| MoneyError::Invalid {
            input: input.into(),
        };
        vec![
            TotalsError::NoLines,
            TotalsError::NotAList,
            TotalsError::NotAnObject { line: 1 },
            TotalsError::Missing {
                line: 1,
                field: "rate",
            },
            TotalsError::InvalidNumber {
                line: 1,
                field: "rate",
                cause: cause("ten"),
            },
            TotalsError::InvalidNumber {
                line: 1,
                field: "rate",
                cause: cause("1970-01-01T00:00:00.000Z"),
            },
            TotalsError::InvalidNumber {
                line: 1,
                field: "rate",
                cause: MoneyError::Empty,
            },
            TotalsError::InvalidNumber {
                line: 1,
                field: "rate",
                cause: MoneyError::Overflow,
            },
            TotalsError::InvalidNumber {
                line: 1,
                field: "rate",
                cause: MoneyError::TooManyDecimals {
                    input: "1.123".into(),
                    max: 2,
                },
            },
            TotalsError::InvalidNumber {
                line: 1,
                field: "rate",
                cause: MoneyError::WrongType { found: "a boolean" },
            },
            TotalsError::Negative {
                line: 1,
                field: "rate",
            },
            TotalsError::QuantityNotPositive { line: 1 },
            TotalsError::DiscountExceedsLine { line: 1 },
            TotalsError::TaxOutOfRange { line: 1 },
            TotalsError::TaxNotAllowed {
                line: 1,
                allowed: vec!["0".into(), "12".into()],
            },
            TotalsError::Overflow,
        ]
    }

    /// Every message table (totals errors, amount errors, warnings): five non-empty languages,
    /// each with exactly the English placeholders (`API:et` is Swedish, not a placeholder).
    #[test]
    fn every_message_has_five_languages_with_the_english_placeholders() {
        let tables = MESSAGES
            .iter()
            .chain(&super::super::messages::MESSAGES)
            .chain(&crate::money::MESSAGES);
        let mut count = 0;
        for texts in tables {
            let names = |t: &'static str| {
                let mut names = text::placeholders(t);
                names.retain(|n| *n != "et");
                names.sort_unstable();
                names
            };
            let all = texts.all();
            assert_eq!(all.len(), 5, "{texts:?}");
            for t in &all {
                assert!(!t.trim().is_empty() && !t.contains("  "), "{texts:?}");
                assert_eq!(names(t), names(all[0]), "{t}");
            }
            count += 1;
        }
        assert_eq!(count, 11 + 11 + 6);
        assert_eq!(text::placeholders(MISSING.get(Lang::De)), ["line", "field"]);
    }

    /// The codes as the `match`es of `&str` gave them (before they became one text each): every
    /// totals error with its amount cause's code, in `every_error`'s order.
    #[test]
    fn codes_are_the_stable_ones() {
        let codes: Vec<(&str, Option<&str>)> = every_error()
            .iter()
            .map(|e| match e {
                TotalsError::InvalidNumber { cause, .. } => (e.code(), Some(cause.code())),
                _ => (e.code(), None),
            })
            .collect();
        let invalid = |cause| ("invalid_amount", Some(cause));
        assert_eq!(
            codes,
            [
                ("no_lines", None),
                ("not_a_list", None),
                ("line_not_an_object", None),
                ("missing_field", None),
                invalid("invalid"),
                invalid("invalid"),
                invalid("empty"),
                invalid("overflow"),
                invalid("too_many_decimals"),
                invalid("wrong_type"),
                ("negative_amount", None),
                ("quantity_not_positive", None),
                ("discount_exceeds_line", None),
                ("tax_out_of_range", None),
                ("tax_not_allowed", None),
                ("overflow", None),
            ]
        );
    }

    #[test]
    fn every_error_in_every_language() {
        for e in every_error() {
            assert_eq!(e.message(Lang::En), e.to_string());
            let texts: Vec<String> = [Lang::En, Lang::No, Lang::Sv, Lang::Da, Lang::De]
                .into_iter()
                .map(|l| e.message(l))
                .collect();
            for t in &texts {
                assert!(
                    !t.trim().is_empty() && !t.contains("  ") && !t.ends_with(' '),
                    "{t:?}"
                );
            }
            // Every translation differs from English; Swedish and German from every other
            // (Norwegian and Danish may share a sentence).
            for t in &texts[1..] {
                assert_ne!(t, &texts[0], "{e:?}");
            }
            for i in [2, 4] {
                let same = texts.iter().filter(|t| **t == texts[i]).count();
                assert_eq!(same, 1, "{:?}", texts[i]);
            }
        }
        let tax = TotalsError::TaxNotAllowed {
            line: 2,
            allowed: vec!["0".into(), "12".into()],
        };
        assert_eq!(tax.message(Lang::No), "linje 2: `tax` må være en av 0, 12 (oppgi de konfigurerte satsene deres for å tillate andre)");
        let date = TotalsError::InvalidNumber {
            line: 0,
            field: "rate",
            cause: MoneyError::Invalid {
                input: "2024-08-22".into(),
            },
        };
        assert!(date
            .message(Lang::De)
            .contains("ist ein Datum, kein Betrag"));
    }
}
