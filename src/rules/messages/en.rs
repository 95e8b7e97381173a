//! English: Laravel 8's default `resources/lang/en/validation.php`.

use super::Key;
use crate::rules::checks::SizeType::{Array as A, Numeric as N, String as S};
use crate::rules::Kind::*;

pub fn template(key: Key) -> &'static str {
    match key {
        Key::Rule(Required) => "The :attribute field is required.",
        Key::Rule(Present) => "The :attribute field must be present.",
        Key::Rule(Filled) => "The :attribute field must have a value.",
        Key::Rule(String) => "The :attribute must be a string.",
        Key::Rule(Numeric) => "The :attribute must be a number.",
        Key::Rule(Integer) => "The :attribute must be an integer.",
        Key::Rule(Boolean) => "The :attribute field must be true or false.",
        Key::Rule(Array) => "The :attribute must be an array.",
        Key::Rule(Email) => "The :attribute must be a valid email address.",
        Key::Rule(Url) => "The :attribute must be a valid URL.",
        Key::Rule(In) | Key::Rule(NotIn) => "The selected :attribute is invalid.",
        Key::Rule(Digits) => "The :attribute must be :digits digits.",
        Key::Rule(DigitsBetween) => "The :attribute must be between :min and :max digits.",
        Key::Rule(Regex) | Key::Rule(NotRegex) => "The :attribute format is invalid.",
        Key::Rule(DateFormat) => "The :attribute does not match the format :format.",
        Key::Rule(RequiredIf) => "The :attribute field is required when :other is :value.",
        Key::Rule(RequiredUnless) => {
            "The :attribute field is required unless :other is in :values."
        }
        Key::Rule(RequiredWith) => "The :attribute field is required when :values is present.",
        Key::Rule(RequiredWithAll) => "The :attribute field is required when :values are present.",
        Key::Rule(RequiredWithout) => {
            "The :attribute field is required when :values is not present."
        }
        Key::Rule(RequiredWithoutAll) => {
            "The :attribute field is required when none of :values are present."
        }
        Key::Sized(Size, N) => "The :attribute must be :size.",
        Key::Sized(Size, S) => "The :attribute must be :size characters.",
        Key::Sized(Size, A) => "The :attribute must contain :size items.",
        Key::Sized(Min, N) => "The :attribute must be at least :min.",
        Key::Sized(Min, S) => "The :attribute must be at least :min characters.",
        Key::Sized(Min, A) => "The :attribute must have at least :min items.",
        Key::Sized(Max, N) => "The :attribute must not be greater than :max.",
        Key::Sized(Max, S) => "The :attribute must not be greater than :max characters.",
        Key::Sized(Max, A) => "The :attribute must not have more than :max items.",
        Key::Sized(_, N) => "The :attribute must be between :min and :max.",
        Key::Sized(_, S) => "The :attribute must be between :min and :max characters.",
        Key::Sized(_, A) => "The :attribute must have between :min and :max items.",
        Key::Rule(_) => "The :attribute is invalid.",
    }
}
