//! German.

use super::Key;
use crate::rules::checks::SizeType::{Array as A, Numeric as N, String as S};
use crate::rules::Kind::*;

pub fn template(key: Key) -> &'static str {
    match key {
        Key::Rule(Required) => "Das Feld :attribute ist erforderlich.",
        Key::Rule(Present) => "Das Feld :attribute muss vorhanden sein.",
        Key::Rule(Filled) => "Das Feld :attribute muss einen Wert haben.",
        Key::Rule(String) => ":attribute muss ein Text sein.",
        Key::Rule(Numeric) => ":attribute muss eine Zahl sein.",
        Key::Rule(Integer) => ":attribute muss eine ganze Zahl sein.",
        Key::Rule(Boolean) => "Das Feld :attribute muss wahr oder falsch sein.",
        Key::Rule(Array) => ":attribute muss eine Liste sein.",
        Key::Rule(Email) => ":attribute muss eine gültige E-Mail-Adresse sein.",
        Key::Rule(Url) => ":attribute muss eine gültige URL sein.",
        Key::Rule(In) | Key::Rule(NotIn) => "Der gewählte Wert für :attribute ist ungültig.",
        Key::Rule(Digits) => ":attribute muss :digits Ziffern haben.",
        Key::Rule(DigitsBetween) => ":attribute muss zwischen :min und :max Ziffern haben.",
        Key::Rule(Regex) | Key::Rule(NotRegex) => "Das Format von :attribute ist ungültig.",
        Key::Rule(DateFormat) => ":attribute entspricht nicht dem Format :format.",
        Key::Rule(RequiredIf) => "Das Feld :attribute ist erforderlich, wenn :other :value ist.",
        Key::Rule(RequiredUnless) => {
            "Das Feld :attribute ist erforderlich, außer :other ist einer von :values."
        }
        Key::Rule(RequiredWith) => {
            "Das Feld :attribute ist erforderlich, wenn :values angegeben ist."
        }
        Key::Rule(RequiredWithAll) => {
            "Das Feld :attribute ist erforderlich, wenn :values alle angegeben sind."
        }
        Key::Rule(RequiredWithout) => {
            "Das Feld :attribute ist erforderlich, wenn :values nicht angegeben ist."
        }
        Key::Rule(RequiredWithoutAll) => {
            "Das Feld :attribute ist erforderlich, wenn keines von :values angegeben ist."
        }
        Key::Sized(Size, N) => ":attribute muss gleich :size sein.",
        Key::Sized(Size, S) => ":attribute muss :size Zeichen lang sein.",
        Key::Sized(Size, A) => ":attribute muss :size Elemente enthalten.",
        Key::Sized(Min, N) => ":attribute muss mindestens :min sein.",
        Key::Sized(Min, S) => ":attribute muss mindestens :min Zeichen lang sein.",
        Key::Sized(Min, A) => ":attribute muss mindestens :min Elemente haben.",
        Key::Sized(Max, N) => ":attribute darf nicht größer als :max sein.",
        Key::Sized(Max, S) => ":attribute darf nicht länger als :max Zeichen sein.",
        Key::Sized(Max, A) => ":attribute darf nicht mehr als :max Elemente haben.",
        Key::Sized(_, N) => ":attribute muss zwischen :min und :max liegen.",
        Key::Sized(_, S) => ":attribute muss zwischen :min und :max Zeichen lang sein.",
        Key::Sized(_, A) => ":attribute muss zwischen :min und :max Elemente haben.",
        Key::Rule(_) => ":attribute ist ungültig.",
    }
}
