//! Swedish.

use super::Key;
use crate::rules::checks::SizeType::{Array as A, Numeric as N, String as S};
use crate::rules::Kind::*;

pub fn template(key: Key) -> &'static str {
    match key {
        Key::Rule(Required) => "Fältet :attribute är obligatoriskt.",
        Key::Rule(Present) => "Fältet :attribute måste finnas med.",
        Key::Rule(Filled) => "Fältet :attribute måste ha ett värde.",
        Key::Rule(String) => ":attribute måste vara en text.",
        Key::Rule(Numeric) => ":attribute måste vara ett tal.",
        Key::Rule(Integer) => ":attribute måste vara ett heltal.",
        Key::Rule(Boolean) => "Fältet :attribute måste vara sant eller falskt.",
        Key::Rule(Array) => ":attribute måste vara en lista.",
        Key::Rule(Email) => ":attribute måste vara en giltig e-postadress.",
        Key::Rule(Url) => ":attribute måste vara en giltig URL.",
        Key::Rule(In) | Key::Rule(NotIn) => "Valt :attribute är ogiltigt.",
        Key::Rule(Digits) => ":attribute måste ha :digits siffror.",
        Key::Rule(DigitsBetween) => ":attribute måste ha mellan :min och :max siffror.",
        Key::Rule(Regex) | Key::Rule(NotRegex) => "Formatet på :attribute är ogiltigt.",
        Key::Rule(DateFormat) => ":attribute matchar inte formatet :format.",
        Key::Rule(RequiredIf) => "Fältet :attribute är obligatoriskt när :other är :value.",
        Key::Rule(RequiredUnless) => {
            "Fältet :attribute är obligatoriskt om inte :other är en av :values."
        }
        Key::Rule(RequiredWith) => "Fältet :attribute är obligatoriskt när :values är angivet.",
        Key::Rule(RequiredWithAll) => {
            "Fältet :attribute är obligatoriskt när alla :values är angivna."
        }
        Key::Rule(RequiredWithout) => {
            "Fältet :attribute är obligatoriskt när :values inte är angivet."
        }
        Key::Rule(RequiredWithoutAll) => {
            "Fältet :attribute är obligatoriskt när ingen av :values är angiven."
        }
        Key::Sized(Size, N) => ":attribute måste vara :size.",
        Key::Sized(Size, S) => ":attribute måste vara :size tecken.",
        Key::Sized(Size, A) => ":attribute måste innehålla :size element.",
        Key::Sized(Min, N) => ":attribute måste vara minst :min.",
        Key::Sized(Min, S) => ":attribute måste vara minst :min tecken.",
        Key::Sized(Min, A) => ":attribute måste ha minst :min element.",
        Key::Sized(Max, N) => ":attribute får inte vara större än :max.",
        Key::Sized(Max, S) => ":attribute får inte vara längre än :max tecken.",
        Key::Sized(Max, A) => ":attribute får inte ha fler än :max element.",
        Key::Sized(_, N) => ":attribute måste vara mellan :min och :max.",
        Key::Sized(_, S) => ":attribute måste vara mellan :min och :max tecken.",
        Key::Sized(_, A) => ":attribute måste ha mellan :min och :max element.",
        Key::Rule(_) => ":attribute är ogiltigt.",
    }
}
