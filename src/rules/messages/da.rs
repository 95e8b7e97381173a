//! Danish.

use super::Key;
use crate::rules::checks::SizeType::{Array as A, Numeric as N, String as S};
use crate::rules::Kind::*;

pub fn template(key: Key) -> &'static str {
    match key {
        Key::Rule(Required) => "Feltet :attribute er påkrævet.",
        Key::Rule(Present) => "Feltet :attribute skal være til stede.",
        Key::Rule(Filled) => "Feltet :attribute skal have en værdi.",
        Key::Rule(String) => ":attribute skal være en tekst.",
        Key::Rule(Numeric) => ":attribute skal være et tal.",
        Key::Rule(Integer) => ":attribute skal være et heltal.",
        Key::Rule(Boolean) => "Feltet :attribute skal være sand eller falsk.",
        Key::Rule(Array) => ":attribute skal være en liste.",
        Key::Rule(Email) => ":attribute skal være en gyldig e-mailadresse.",
        Key::Rule(Url) => ":attribute skal være en gyldig URL.",
        Key::Rule(In) | Key::Rule(NotIn) => "Den valgte :attribute er ugyldig.",
        Key::Rule(Digits) => ":attribute skal have :digits cifre.",
        Key::Rule(DigitsBetween) => ":attribute skal have mellem :min og :max cifre.",
        Key::Rule(Regex) | Key::Rule(NotRegex) => "Formatet af :attribute er ugyldigt.",
        Key::Rule(DateFormat) => ":attribute matcher ikke formatet :format.",
        Key::Rule(RequiredIf) => "Feltet :attribute er påkrævet, når :other er :value.",
        Key::Rule(RequiredUnless) => {
            "Feltet :attribute er påkrævet, medmindre :other er en af :values."
        }
        Key::Rule(RequiredWith) => "Feltet :attribute er påkrævet, når :values er angivet.",
        Key::Rule(RequiredWithAll) => "Feltet :attribute er påkrævet, når alle :values er angivet.",
        Key::Rule(RequiredWithout) => "Feltet :attribute er påkrævet, når :values ikke er angivet.",
        Key::Rule(RequiredWithoutAll) => {
            "Feltet :attribute er påkrævet, når ingen af :values er angivet."
        }
        Key::Sized(Size, N) => ":attribute skal være :size.",
        Key::Sized(Size, S) => ":attribute skal være :size tegn.",
        Key::Sized(Size, A) => ":attribute skal indeholde :size elementer.",
        Key::Sized(Min, N) => ":attribute skal være mindst :min.",
        Key::Sized(Min, S) => ":attribute skal være mindst :min tegn.",
        Key::Sized(Min, A) => ":attribute skal have mindst :min elementer.",
        Key::Sized(Max, N) => ":attribute må ikke være større end :max.",
        Key::Sized(Max, S) => ":attribute må ikke være længere end :max tegn.",
        Key::Sized(Max, A) => ":attribute må ikke have flere end :max elementer.",
        Key::Sized(_, N) => ":attribute skal være mellem :min og :max.",
        Key::Sized(_, S) => ":attribute skal være mellem :min og :max tegn.",
        Key::Sized(_, A) => ":attribute skal have mellem :min og :max elementer.",
        Key::Rule(_) => ":attribute er ugyldig.",
    }
}
