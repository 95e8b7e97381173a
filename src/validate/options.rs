//! [`ValidateOptions::from_json`]: the options of `validate()` as the JS wrapper hands them over
//! (`JSON.stringify(options)`), checked here so that every entry answers a bad option alike.

use super::{Lang, ValidateOptions};
use serde_json::{Map, Value};

/// Options JSON longer than this is refused before it is parsed (options are a few short fields).
pub const MAX_OPTIONS_BYTES: usize = 1_048_576;

/// A bad option: the wrong type or an unknown value. Its code is always `invalid_argument`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionsError {
    /// Which option is wrong and why.
    pub message: String,
}

impl OptionsError {
    fn new(message: impl Into<String>) -> OptionsError {
        OptionsError {
            message: message.into(),
        }
    }

    /// The stable snake_case code.
    pub fn code(&self) -> &'static str {
        "invalid_argument"
    }
}

impl std::fmt::Display for OptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for OptionsError {}

const RATES: &str = "options.taxRates must be an array of numbers or numeric strings";

impl ValidateOptions {
    /// Reads `{ lang, taxRates, attributes }` from JSON text; the empty string or `null` means the defaults.
    /// `lang` is one of the API's languages (see [`Lang::parse`]); each tax rate a number or a
    /// numeric string (PHP's `is_numeric`). Absent or `null` fields keep their defaults; other keys
    /// are left to their readers.
    pub fn from_json(options_json: &str) -> Result<ValidateOptions, OptionsError> {
        if options_json.trim().is_empty() {
            return Ok(ValidateOptions::default());
        }
        if options_json.len() > MAX_OPTIONS_BYTES {
            return Err(OptionsError::new("options are larger than 1 MB"));
        }
        let value: Value = crate::json::parse(options_json).map_err(|_| {
            OptionsError::new("options must be a JSON object like { lang, taxRates }")
        })?;
        match value {
            Value::Null => Ok(ValidateOptions::default()),
            Value::Object(o) => ValidateOptions::from_map(&o),
            _ => Err(OptionsError::new(
                "options must be an object like { lang, taxRates }",
            )),
        }
    }

    /// [`ValidateOptions::from_json`] of an options object already parsed.
    pub fn from_map(options: &Map<String, Value>) -> Result<ValidateOptions, OptionsError> {
        let mut out = ValidateOptions::default();
        match options.get("lang") {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) => {
                out.lang = Lang::parse(s).ok_or_else(|| {
                    OptionsError::new(crate::text::concat(&[
                        "options.lang `",
                        s,
                        "` is not one of en, no, sv, da, de",
                    ]))
                })?;
            }
            Some(_) => return Err(OptionsError::new("options.lang must be a string")),
        }
        match options.get("taxRates") {
            None | Some(Value::Null) => {}
            Some(Value::Array(rates)) => out.tax_rates = ValidateOptions::tax_rates_from(rates)?,
            Some(_) => return Err(OptionsError::new(RATES)),
        }
        out.attributes = crate::rules::messages::parse_attributes(options.get("attributes"))
            .map_err(OptionsError::new)?;
        Ok(out)
    }
}

impl ValidateOptions {
    /// Reads a `taxRates` array: each a number or a numeric string, as the decimal string the
    /// `in:` list compares.
    pub fn tax_rates_from(rates: &[Value]) -> Result<Vec<String>, OptionsError> {
        // A plain loop: `collect::<Result<..>>()` is a GenericShunt of its own in the .wasm.
        let mut out = Vec::with_capacity(rates.len());
        for rate in rates {
            out.push(tax_rate(rate)?);
        }
        Ok(out)
    }
}

/// One tax rate as the decimal string the `in:` list compares (`12`, `12.5`).
fn tax_rate(rate: &Value) -> Result<String, OptionsError> {
    let text = match rate {
        Value::String(s) => s.clone(),
        Value::Number(n) => crate::json::number_text(n),
        _ => return Err(OptionsError::new(RATES)),
    };
    if crate::rules::php::numeric_string(&text).is_none() {
        return Err(OptionsError::new(crate::text::concat(&[
            "options.taxRates: `",
            &text,
            "` is not a number",
        ])));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_null_mean_the_defaults() {
        assert_eq!(
            ValidateOptions::from_json("").unwrap(),
            ValidateOptions::default()
        );
        assert_eq!(
            ValidateOptions::from_json("null").unwrap(),
            ValidateOptions::default()
        );
        assert_eq!(
            ValidateOptions::from_json(r#"{"lang":null,"taxRates":null}"#).unwrap(),
            ValidateOptions::default()
        );
    }

    #[test]
    fn lang_and_tax_rates_are_read() {
        let o = ValidateOptions::from_json(r#"{"lang":"NB","taxRates":[8,"12.5"," 3 "]}"#).unwrap();
        assert_eq!(o.lang, Lang::No);
        assert_eq!(o.tax_rates, ["8", "12.5", " 3 "]);
        let o = ValidateOptions::from_json(r#"{"taxRates":[12.5, 0]}"#).unwrap();
        assert_eq!(o.tax_rates, ["12.5", "0"]);
    }

    #[test]
    fn option_messages_name_the_value() {
        let message = |json: &str| ValidateOptions::from_json(json).unwrap_err().message;
        assert_eq!(
            message(r#"{"lang":"fr"}"#),
            "options.lang `fr` is not one of en, no, sv, da, de"
        );
        assert_eq!(
            message(r#"{"taxRates":["1x"]}"#),
            "options.taxRates: `1x` is not a number"
        );
        assert_eq!(
            ValidateOptions::from_json(r#"{"taxRates":[12.50, 1e2, -3]}"#)
                .unwrap()
                .tax_rates,
            ["12.5", "100.0", "-3"]
        );
    }

    #[test]
    fn bad_options_are_invalid_argument() {
        for bad in [
            r#"{"lang":"fr"}"#,
            r#"{"lang":1}"#,
            r#"{"taxRates":[null]}"#,
            r#"{"taxRates":"12"}"#,
            r#"{"taxRates":["x"]}"#,
            r#"{"taxRates":[[1]]}"#,
            "[1]",
            "1",
            "\"en\"",
            "{",
            "{\"lang\":\"en\"} x",
        ] {
            let e = ValidateOptions::from_json(bad).unwrap_err();
            assert_eq!(e.code(), "invalid_argument", "{bad}");
            assert!(!e.message.is_empty());
        }
    }
}
