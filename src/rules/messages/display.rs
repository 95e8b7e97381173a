//! How Laravel 8 names things inside a message (`FormatsMessages`, Debian's
//! php-illuminate-validation 8.83): the displayed attribute (`getDisplayableAttribute`), the
//! displayed value (`getDisplayableValue`) and `Str::snake`. See docs/decisions/rules.md (M1-M5).

use crate::rules::expand;
use crate::rules::php;
use serde_json::Value;

/// `str_replace('_', ' ', Str::snake($attribute))`: Laravel's display of an attribute that is
/// neither a custom attribute nor the expansion of a wildcard field
/// (`customerDetails.personalNumber` -> `customer details.personal number`, `VATNumber` ->
/// `v a t number`, `products.0.tax` unchanged).
pub fn snake_display(name: &str) -> String {
    snake(name).replace('_', " ")
}

/// `Str::snake($value)` (delimiter `_`) of PHP 8.2: `ucwords`, then every PCRE Unicode whitespace
/// removed, then `_` after each character followed by an ASCII capital, then `mb_strtolower`.
pub fn snake(value: &str) -> String {
    // ucwords (ASCII-only since PHP 8.2) and the `/\s+/u` removal, in one pass.
    let mut chars: Vec<char> = Vec::with_capacity(value.len());
    let mut word_start = true;
    for c in value.chars() {
        let c = if word_start {
            c.to_ascii_uppercase()
        } else {
            c
        };
        word_start = matches!(c, ' ' | '\t' | '\r' | '\n' | '\x0b' | '\x0c');
        if !is_pcre_space(c) {
            chars.push(c);
        }
    }
    // `preg_replace('/(.)(?=[A-Z])/u', '$1_')` then `mb_strtolower` (per character: PHP 8.2 has no
    // final-sigma rule). `.` never matches `\n`, but every `\n` was removed above.
    let mut out = String::with_capacity(value.len() + 4);
    for (i, c) in chars.iter().enumerate() {
        out.extend(c.to_lowercase());
        if chars.get(i + 1).is_some_and(char::is_ascii_uppercase) {
            out.push('_');
        }
    }
    out
}

/// `\s` of PCRE2 with PHP's `/u` (which sets UCP): `\p{Z}`, `\h` and `\v`.
fn is_pcre_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r' | ' ' | '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{180e}' | '\u{2000}'..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// `getDisplayableValue` without custom values: `true`/`false`, `empty` for null (and for a missing
/// field, which `Arr::get` reads as null), PHP's `(string)` otherwise (`1.0E+20` for floats,
/// `Array` for arrays, as PHP prints them with a warning).
pub fn value_display(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => "empty".into(),
        Some(Value::Bool(b)) => if *b { "true" } else { "false" }.into(),
        Some(v) => php::to_php_string(v).map_or_else(|| "Array".into(), |s| s.into_owned()),
    }
}

/// Whether the concrete attribute `name` is one of the attributes Laravel expanded the wildcard
/// field `pattern` to (`ValidationRuleParser::explodeWildcardRules`, which records it in
/// `Validator::$implicitAttributes`): same walk as [`expand::expand`], for one name.
pub fn in_expansion(pattern: &[&str], names: &[&str], data: &Value) -> bool {
    if names.len() != pattern.len() {
        // Includes data keys holding a dot: Laravel stores them with its dot placeholder, so the
        // restored name never equals a recorded one.
        return false;
    }
    // A one-segment pattern (`*`) records PHP array keys, which are ints for integer-like keys;
    // `getPrimaryAttribute` compares strictly with the string name: never equal.
    if pattern.len() == 1 && is_php_int_key(names[0]) {
        return false;
    }
    let ends_with_star = pattern.last() == Some(&"*");
    let mut current = Some(data);
    for (i, (p, n)) in pattern.iter().zip(names).enumerate() {
        if *p == "*" {
            current = current.and_then(|v| expand::child(v, n));
            if current.is_none() {
                return false;
            }
        } else if p != n {
            return false;
        } else if i + 1 == pattern.len() {
            return true;
        } else {
            current = current.and_then(|v| expand::child(v, p));
            if ends_with_star && current.is_none() {
                return false;
            }
        }
    }
    true
}

/// PHP turns a string array key into an int when it is a canonical decimal integer in range.
fn is_php_int_key(key: &str) -> bool {
    let digits = key.strip_prefix('-').unwrap_or(key);
    let canonical = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    canonical && key != "-0" && key.parse::<i64>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Expected values printed by Laravel 8.83 on PHP 8.2:
    /// `str_replace('_', ' ', Illuminate\Support\Str::snake($name))`.
    #[test]
    fn snake_display_is_laravels() {
        let cases = [
            (
                "customerDetails.personalNumber",
                "customer details.personal number",
            ),
            ("orderSummary.shippingCost", "order summary.shipping cost"),
            ("submitPayment.via", "submit payment.via"),
            ("products.0.tax", "products.0.tax"),
            ("ABCDef", "a b c def"),
            ("a_b", "a b"),
            ("a.B", "a. b"),
            ("x__Y", "x   y"),
            ("1A", "1 a"),
            ("foo bar", "foo bar"),
            ("already_snake Case", "already snake case"),
            (" lead", "lead"),
            ("a\nB", "a b"),
            ("a\u{0b}b", "a b"),
            ("a\u{1c}b", "a\u{1c}b"),
            ("a\u{a0}b\u{2003}c", "abc"),
            ("foo\u{a0}bar", "foobar"),
            ("a\u{85}b", "ab"),
            ("a\u{180e}b", "ab"),
            ("a\u{200b}b", "a\u{200b}b"),
            ("ÆrligNavn", "ærlig navn"),
            ("ΣΑΣ", "σασ"),
            ("İx", "i\u{307}x"),
            ("émile Zola", "émile zola"),
            ("", ""),
        ];
        for (name, want) in cases {
            assert_eq!(snake_display(name), want, "{name:?}");
        }
    }

    #[test]
    fn values_display_as_laravel_prints_them() {
        assert_eq!(value_display(None), "empty");
        assert_eq!(value_display(Some(&json!(null))), "empty");
        assert_eq!(value_display(Some(&json!(true))), "true");
        assert_eq!(value_display(Some(&json!(false))), "false");
        assert_eq!(value_display(Some(&json!(1.0))), "1");
        assert_eq!(value_display(Some(&json!(1e20))), "1.0E+20");
        assert_eq!(value_display(Some(&json!("1.50"))), "1.50");
        assert_eq!(value_display(Some(&json!([1]))), "Array");
    }

    fn split(name: &str) -> Vec<&str> {
        name.split('.').collect()
    }

    #[test]
    fn expansion_membership_follows_the_data() {
        let d = json!({"a": [{"b": 1}, "x"], "o": {"k": {"b": 2}}, "s": "str", "list": [1, 2]});
        assert!(in_expansion(&["a", "*", "b"], &split("a.0.b"), &d));
        assert!(
            in_expansion(&["a", "*", "b"], &split("a.1.b"), &d),
            "a non-array element still gets its leaf"
        );
        assert!(!in_expansion(&["a", "*", "b"], &split("a.2.b"), &d));
        assert!(!in_expansion(&["a", "*", "b"], &split("a.01.b"), &d));
        assert!(in_expansion(&["o", "*", "b"], &split("o.k.b"), &d));
        assert!(!in_expansion(&["s", "*", "b"], &split("s.0.b"), &d));
        assert!(!in_expansion(&["a", "*", "b"], &split("a.0.c"), &d));
        assert!(in_expansion(&["list", "*"], &split("list.1"), &d));
        assert!(!in_expansion(&["list", "*"], &split("list.2"), &d));
        assert!(in_expansion(&["*"], &split("list"), &json!({"list": 1})));
        assert!(
            !in_expansion(&["*"], &split("5"), &json!({"5": 1})),
            "an int key is never equal to the name"
        );
        assert!(in_expansion(&["*"], &split("05"), &json!({"05": 1})));
        // A field ending in `*` only walks existing paths.
        assert!(!in_expansion(&["m", "n", "*"], &split("m.n.0"), &json!({})));
    }
}
