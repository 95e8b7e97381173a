//! Norwegian (bokmål).

use super::Key;
use crate::rules::checks::SizeType::{Array as A, Numeric as N, String as S};
use crate::rules::Kind::*;

pub fn template(key: Key) -> &'static str {
    match key {
        Key::Rule(Required) => "Feltet :attribute er påkrevd.",
        Key::Rule(Present) => "Feltet :attribute må være til stede.",
        Key::Rule(Filled) => "Feltet :attribute må ha en verdi.",
        Key::Rule(String) => ":attribute må være en tekst.",
        Key::Rule(Numeric) => ":attribute må være et tall.",
        Key::Rule(Integer) => ":attribute må være et heltall.",
        Key::Rule(Boolean) => "Feltet :attribute må være sant eller usant.",
        Key::Rule(Array) => ":attribute må være en liste.",
        Key::Rule(Email) => ":attribute må være en gyldig e-postadresse.",
        Key::Rule(Url) => ":attribute må være en gyldig URL.",
        Key::Rule(In) | Key::Rule(NotIn) => "Valgt :attribute er ugyldig.",
        Key::Rule(Digits) => ":attribute må ha :digits sifre.",
        Key::Rule(DigitsBetween) => ":attribute må ha mellom :min og :max sifre.",
        Key::Rule(Regex) | Key::Rule(NotRegex) => "Formatet på :attribute er ugyldig.",
        Key::Rule(DateFormat) => ":attribute samsvarer ikke med formatet :format.",
        Key::Rule(RequiredIf) => "Feltet :attribute er påkrevd når :other er :value.",
        Key::Rule(RequiredUnless) => {
            "Feltet :attribute er påkrevd med mindre :other er en av :values."
        }
        Key::Rule(RequiredWith) => "Feltet :attribute er påkrevd når :values er angitt.",
        Key::Rule(RequiredWithAll) => "Feltet :attribute er påkrevd når :values alle er angitt.",
        Key::Rule(RequiredWithout) => "Feltet :attribute er påkrevd når :values ikke er angitt.",
        Key::Rule(RequiredWithoutAll) => {
            "Feltet :attribute er påkrevd når ingen av :values er angitt."
        }
        Key::Sized(Size, N) => ":attribute må være :size.",
        Key::Sized(Size, S) => ":attribute må være :size tegn.",
        Key::Sized(Size, A) => ":attribute må inneholde :size elementer.",
        Key::Sized(Min, N) => ":attribute må være minst :min.",
        Key::Sized(Min, S) => ":attribute må være minst :min tegn.",
        Key::Sized(Min, A) => ":attribute må ha minst :min elementer.",
        Key::Sized(Max, N) => ":attribute kan ikke være større enn :max.",
        Key::Sized(Max, S) => ":attribute kan ikke være lengre enn :max tegn.",
        Key::Sized(Max, A) => ":attribute kan ikke ha flere enn :max elementer.",
        Key::Sized(_, N) => ":attribute må være mellom :min og :max.",
        Key::Sized(_, S) => ":attribute må være mellom :min og :max tegn.",
        Key::Sized(_, A) => ":attribute må ha mellom :min og :max elementer.",
        Key::Rule(_) => ":attribute er ugyldig.",
    }
}
