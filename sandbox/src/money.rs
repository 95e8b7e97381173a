//! Amounts in øre (integer minor units), parsed exactly from the API's numbers and strings.

use serde_json::Value;

/// `51`, `51.5`, `"51.00"` -> 5100 / 5150 / 5100. More than two decimals, signs other than a
/// leading `-`, or anything else gives `None`.
pub fn minor(value: &Value) -> Option<i64> {
    let text = match value {
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.trim().to_string(),
        _ => return None,
    };
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty()
        || frac.len() > 2
        || !whole
            .bytes()
            .chain(frac.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let frac: i64 = format!("{frac:0<2}").parse().ok()?;
    let amount = whole.checked_mul(100)?.checked_add(frac)?;
    Some(if negative { -amount } else { amount })
}

/// 5100 -> `"51.00"`.
pub fn format(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// 5100 -> `51` and 5150 -> `51.5` as a JSON number (the documents' numeric amounts).
pub fn number(minor: i64) -> Value {
    if minor % 100 == 0 {
        Value::from(minor / 100)
    } else {
        format(minor)
            .parse::<f64>()
            .map(Value::from)
            .unwrap_or(Value::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_exactly() {
        assert_eq!(minor(&json!(51)), Some(5100));
        assert_eq!(minor(&json!("51.00")), Some(5100));
        assert_eq!(minor(&json!("0.1")), Some(10));
        assert_eq!(minor(&json!(10.25)), Some(1025));
        assert_eq!(minor(&json!("1.234")), None);
        assert_eq!(minor(&json!("abc")), None);
        assert_eq!(minor(&json!("99999999999999999999")), None);
        assert_eq!(format(5150), "51.50");
        assert_eq!(number(5100), json!(51));
    }
}
