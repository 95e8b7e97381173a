//! `computeTotals`' error messages in the API's five languages (the `lang` option, as
//! `validate()` has). English is the errors' `Display`; the others follow it phrase for phrase and
//! keep the field names (`quantity`, `tax`) as the payload spells them.

use super::messages::Lang;
use super::TotalsError;
use crate::money::MoneyError;

/// "line 3" in each language (zero-based, as the error's `line`).
fn line_word(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "line",
        Lang::No | Lang::Da => "linje",
        Lang::Sv => "rad",
        Lang::De => "Position",
    }
}

impl TotalsError {
    /// The message in `lang` (English: the same as `to_string()`).
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        let at = |line: &usize| format!("{} {line}", line_word(lang));
        match self {
            TotalsError::NoLines => pick(
                lang,
                [
                    "",
                    "handlekurven har ingen linjer",
                    "varukorgen har inga rader",
                    "kurven har ingen linjer",
                    "der Warenkorb hat keine Positionen",
                ],
            ),
            TotalsError::NotAList => pick(
                lang,
                [
                    "",
                    "linjene må være en liste",
                    "raderna måste vara en lista",
                    "linjerne skal være en liste",
                    "die Positionen müssen eine Liste sein",
                ],
            ),
            TotalsError::NotAnObject { line } => {
                let rest = pick(
                    lang,
                    [
                        "",
                        "er ikke et objekt",
                        "är inte ett objekt",
                        "er ikke et objekt",
                        "ist kein Objekt",
                    ],
                );
                format!("{} {rest}", at(line))
            }
            TotalsError::Missing { line, field } => {
                let rest = pick(
                    lang,
                    ["", "er påkrevd", "krävs", "er påkrævet", "ist erforderlich"],
                );
                format!("{}: `{field}` {rest}", at(line))
            }
            TotalsError::InvalidNumber { line, field, cause } => {
                format!("{}: `{field}`: {}", at(line), money_message(cause, lang))
            }
            TotalsError::Negative { line, field } => {
                let rest = pick(
                    lang,
                    [
                        "",
                        "kan ikke være negativ",
                        "får inte vara negativ",
                        "må ikke være negativ",
                        "darf nicht negativ sein",
                    ],
                );
                format!("{}: `{field}` {rest}", at(line))
            }
            TotalsError::QuantityNotPositive { line } => {
                let rest = pick(
                    lang,
                    [
                        "",
                        "må være større enn 0",
                        "måste vara större än 0",
                        "skal være større end 0",
                        "muss größer als 0 sein",
                    ],
                );
                format!("{}: `quantity` {rest}", at(line))
            }
            TotalsError::DiscountExceedsLine { line } => {
                let rest = pick(
                    lang,
                    [
                        "",
                        "er større enn antall × pris",
                        "är större än antal × pris",
                        "er større end antal × pris",
                        "ist größer als Menge × Preis",
                    ],
                );
                format!("{}: `discount` {rest}", at(line))
            }
            TotalsError::TaxOutOfRange { line } => {
                let rest = pick(
                    lang,
                    [
                        "",
                        "må være mellom 0 og 100",
                        "måste vara mellan 0 och 100",
                        "skal være mellem 0 og 100",
                        "muss zwischen 0 und 100 liegen",
                    ],
                );
                format!("{}: `tax` {rest}", at(line))
            }
            TotalsError::TaxNotAllowed { line, allowed } => {
                let list = allowed.join(", ");
                let rest = match lang {
                    Lang::No => format!("må være en av {list} (oppgi de konfigurerte satsene deres for å tillate andre)"),
                    Lang::Sv => format!("måste vara en av {list} (ange era konfigurerade satser för att tillåta andra)"),
                    Lang::Da => format!("skal være en af {list} (angiv jeres konfigurerede satser for at tillade andre)"),
                    Lang::De => format!("muss einer von {list} sein (übergeben Sie Ihre konfigurierten Sätze, um andere zu erlauben)"),
                    Lang::En => String::new(),
                };
                format!("{}: `tax` {rest}", at(line))
            }
            TotalsError::Overflow => pick(
                lang,
                [
                    "",
                    "handlekurven er for stor til å beregnes nøyaktig",
                    "varukorgen är för stor för att beräknas exakt",
                    "kurven er for stor til at beregnes nøjagtigt",
                    "der Warenkorb ist zu groß, um exakt berechnet zu werden",
                ],
            ),
        }
    }
}

/// The text for `lang` from `[en, no, sv, da, de]`.
fn pick(lang: Lang, texts: [&str; 5]) -> String {
    let i = match lang {
        Lang::En => 0,
        Lang::No => 1,
        Lang::Sv => 2,
        Lang::Da => 3,
        Lang::De => 4,
    };
    texts[i].to_string()
}

/// Why a value is not an amount, in `lang`.
fn money_message(e: &MoneyError, lang: Lang) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        MoneyError::Empty => pick(
            lang,
            [
                "",
                "forventet et tall, fikk en tom streng",
                "förväntade ett tal, fick en tom sträng",
                "forventede et tal, fik en tom streng",
                "Zahl erwartet, leere Zeichenkette erhalten",
            ],
        ),
        MoneyError::Invalid { input } if e.to_string().contains("is a date") => {
            let rest = pick(lang, [
                "",
                "er en dato, ikke et beløp: beløp er tall eller numeriske strenger (en JS Date blir en slik streng i JSON)",
                "är ett datum, inte ett belopp: belopp är tal eller numeriska strängar (ett JS Date blir en sådan sträng i JSON)",
                "er en dato, ikke et beløb: beløb er tal eller numeriske strenge (en JS Date bliver en sådan streng i JSON)",
                "ist ein Datum, kein Betrag: Beträge sind Zahlen oder numerische Zeichenketten (ein JS-Date wird in JSON zu einer solchen Zeichenkette)",
            ]);
            format!("`{input}` {rest}")
        }
        MoneyError::Invalid { input } => {
            let rest = pick(lang, [
                "",
                "er ikke et tall (bruk sifre med `.` eller `,` som desimaltegn, f.eks. \"4500.50\" eller \"4500,50\")",
                "är inte ett tal (använd siffror med `.` eller `,` som decimaltecken, t.ex. \"4500.50\" eller \"4500,50\")",
                "er ikke et tal (brug cifre med `.` eller `,` som decimaltegn, f.eks. \"4500.50\" eller \"4500,50\")",
                "ist keine Zahl (verwenden Sie Ziffern mit `.` oder `,` als Dezimaltrennzeichen, z. B. \"4500.50\" oder \"4500,50\")",
            ]);
            format!("`{input}` {rest}")
        }
        MoneyError::TooManyDecimals { input, max } => match lang {
            Lang::No => format!("`{input}` har mer enn {max} desimaler"),
            Lang::Sv => format!("`{input}` har fler än {max} decimaler"),
            Lang::Da => format!("`{input}` har mere end {max} decimaler"),
            _ => format!("`{input}` hat mehr als {max} Nachkommastellen"),
        },
        MoneyError::Overflow => pick(
            lang,
            [
                "",
                "tallet er for stort til å regne nøyaktig med",
                "talet är för stort för att räkna exakt med",
                "tallet er for stort til at regne nøjagtigt med",
                "die Zahl ist zu groß, um exakt damit zu rechnen",
            ],
        ),
        MoneyError::WrongType { found } => {
            let expected = pick(
                lang,
                [
                    "",
                    "forventet et tall eller en numerisk streng, fikk",
                    "förväntade ett tal eller en numerisk sträng, fick",
                    "forventede et tal eller en numerisk streng, fik",
                    "Zahl oder numerische Zeichenkette erwartet, erhalten:",
                ],
            );
            format!("{expected} {}", json_type(found, lang))
        }
    }
}

/// The JSON type a [`MoneyError::WrongType`] names, in `lang`.
fn json_type(found: &str, lang: Lang) -> String {
    let texts = match found {
        "null" => ["", "null", "null", "null", "null"],
        "a boolean" => [
            "",
            "en boolsk verdi",
            "ett booleskt värde",
            "en boolesk værdi",
            "einen Wahrheitswert",
        ],
        "an array" => ["", "en liste", "en lista", "en liste", "eine Liste"],
        "an object" => ["", "et objekt", "ett objekt", "et objekt", "ein Objekt"],
        other => return other.to_string(),
    };
    pick(lang, texts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_error() -> Vec<TotalsError> {
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
