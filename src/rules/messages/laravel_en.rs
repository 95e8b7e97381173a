//! Every line of Laravel 8's default English validation file (laravel/laravel 8.x,
//! `resources/lang/en/validation.php`; the copy tested against is
//! tests/laravel/laravel-8-en-validation.php), for reading a live server's messages back
//! ([`super::match_server_message`]). Only the client links this table; `validate` uses the lines of
//! its own rules (en.rs), which a test keeps identical to these.

/// `(key, size type or "", line)` in the file's order. The file's `custom` example entry and its
/// empty `attributes` list are not rule lines and are left out.
pub const LINES: &[(&str, &str, &str)] = &[
    ("accepted", "", "The :attribute must be accepted."),
    (
        "accepted_if",
        "",
        "The :attribute must be accepted when :other is :value.",
    ),
    ("active_url", "", "The :attribute is not a valid URL."),
    ("after", "", "The :attribute must be a date after :date."),
    (
        "after_or_equal",
        "",
        "The :attribute must be a date after or equal to :date.",
    ),
    ("alpha", "", "The :attribute must only contain letters."),
    (
        "alpha_dash",
        "",
        "The :attribute must only contain letters, numbers, dashes and underscores.",
    ),
    (
        "alpha_num",
        "",
        "The :attribute must only contain letters and numbers.",
    ),
    ("array", "", "The :attribute must be an array."),
    ("before", "", "The :attribute must be a date before :date."),
    (
        "before_or_equal",
        "",
        "The :attribute must be a date before or equal to :date.",
    ),
    (
        "between",
        "numeric",
        "The :attribute must be between :min and :max.",
    ),
    (
        "between",
        "file",
        "The :attribute must be between :min and :max kilobytes.",
    ),
    (
        "between",
        "string",
        "The :attribute must be between :min and :max characters.",
    ),
    (
        "between",
        "array",
        "The :attribute must have between :min and :max items.",
    ),
    ("boolean", "", "The :attribute field must be true or false."),
    (
        "confirmed",
        "",
        "The :attribute confirmation does not match.",
    ),
    ("current_password", "", "The password is incorrect."),
    ("date", "", "The :attribute is not a valid date."),
    (
        "date_equals",
        "",
        "The :attribute must be a date equal to :date.",
    ),
    (
        "date_format",
        "",
        "The :attribute does not match the format :format.",
    ),
    ("declined", "", "The :attribute must be declined."),
    (
        "declined_if",
        "",
        "The :attribute must be declined when :other is :value.",
    ),
    (
        "different",
        "",
        "The :attribute and :other must be different.",
    ),
    ("digits", "", "The :attribute must be :digits digits."),
    (
        "digits_between",
        "",
        "The :attribute must be between :min and :max digits.",
    ),
    (
        "dimensions",
        "",
        "The :attribute has invalid image dimensions.",
    ),
    (
        "distinct",
        "",
        "The :attribute field has a duplicate value.",
    ),
    ("email", "", "The :attribute must be a valid email address."),
    (
        "ends_with",
        "",
        "The :attribute must end with one of the following: :values.",
    ),
    ("enum", "", "The selected :attribute is invalid."),
    ("exists", "", "The selected :attribute is invalid."),
    ("file", "", "The :attribute must be a file."),
    ("filled", "", "The :attribute field must have a value."),
    (
        "gt",
        "numeric",
        "The :attribute must be greater than :value.",
    ),
    (
        "gt",
        "file",
        "The :attribute must be greater than :value kilobytes.",
    ),
    (
        "gt",
        "string",
        "The :attribute must be greater than :value characters.",
    ),
    (
        "gt",
        "array",
        "The :attribute must have more than :value items.",
    ),
    (
        "gte",
        "numeric",
        "The :attribute must be greater than or equal to :value.",
    ),
    (
        "gte",
        "file",
        "The :attribute must be greater than or equal to :value kilobytes.",
    ),
    (
        "gte",
        "string",
        "The :attribute must be greater than or equal to :value characters.",
    ),
    (
        "gte",
        "array",
        "The :attribute must have :value items or more.",
    ),
    ("image", "", "The :attribute must be an image."),
    ("in", "", "The selected :attribute is invalid."),
    (
        "in_array",
        "",
        "The :attribute field does not exist in :other.",
    ),
    ("integer", "", "The :attribute must be an integer."),
    ("ip", "", "The :attribute must be a valid IP address."),
    ("ipv4", "", "The :attribute must be a valid IPv4 address."),
    ("ipv6", "", "The :attribute must be a valid IPv6 address."),
    ("json", "", "The :attribute must be a valid JSON string."),
    ("lt", "numeric", "The :attribute must be less than :value."),
    (
        "lt",
        "file",
        "The :attribute must be less than :value kilobytes.",
    ),
    (
        "lt",
        "string",
        "The :attribute must be less than :value characters.",
    ),
    (
        "lt",
        "array",
        "The :attribute must have less than :value items.",
    ),
    (
        "lte",
        "numeric",
        "The :attribute must be less than or equal to :value.",
    ),
    (
        "lte",
        "file",
        "The :attribute must be less than or equal to :value kilobytes.",
    ),
    (
        "lte",
        "string",
        "The :attribute must be less than or equal to :value characters.",
    ),
    (
        "lte",
        "array",
        "The :attribute must not have more than :value items.",
    ),
    (
        "mac_address",
        "",
        "The :attribute must be a valid MAC address.",
    ),
    (
        "max",
        "numeric",
        "The :attribute must not be greater than :max.",
    ),
    (
        "max",
        "file",
        "The :attribute must not be greater than :max kilobytes.",
    ),
    (
        "max",
        "string",
        "The :attribute must not be greater than :max characters.",
    ),
    (
        "max",
        "array",
        "The :attribute must not have more than :max items.",
    ),
    (
        "mimes",
        "",
        "The :attribute must be a file of type: :values.",
    ),
    (
        "mimetypes",
        "",
        "The :attribute must be a file of type: :values.",
    ),
    ("min", "numeric", "The :attribute must be at least :min."),
    (
        "min",
        "file",
        "The :attribute must be at least :min kilobytes.",
    ),
    (
        "min",
        "string",
        "The :attribute must be at least :min characters.",
    ),
    (
        "min",
        "array",
        "The :attribute must have at least :min items.",
    ),
    (
        "multiple_of",
        "",
        "The :attribute must be a multiple of :value.",
    ),
    ("not_in", "", "The selected :attribute is invalid."),
    ("not_regex", "", "The :attribute format is invalid."),
    ("numeric", "", "The :attribute must be a number."),
    ("password", "", "The password is incorrect."),
    ("present", "", "The :attribute field must be present."),
    ("prohibited", "", "The :attribute field is prohibited."),
    (
        "prohibited_if",
        "",
        "The :attribute field is prohibited when :other is :value.",
    ),
    (
        "prohibited_unless",
        "",
        "The :attribute field is prohibited unless :other is in :values.",
    ),
    (
        "prohibits",
        "",
        "The :attribute field prohibits :other from being present.",
    ),
    ("regex", "", "The :attribute format is invalid."),
    ("required", "", "The :attribute field is required."),
    (
        "required_array_keys",
        "",
        "The :attribute field must contain entries for: :values.",
    ),
    (
        "required_if",
        "",
        "The :attribute field is required when :other is :value.",
    ),
    (
        "required_unless",
        "",
        "The :attribute field is required unless :other is in :values.",
    ),
    (
        "required_with",
        "",
        "The :attribute field is required when :values is present.",
    ),
    (
        "required_with_all",
        "",
        "The :attribute field is required when :values are present.",
    ),
    (
        "required_without",
        "",
        "The :attribute field is required when :values is not present.",
    ),
    (
        "required_without_all",
        "",
        "The :attribute field is required when none of :values are present.",
    ),
    ("same", "", "The :attribute and :other must match."),
    ("size", "numeric", "The :attribute must be :size."),
    ("size", "file", "The :attribute must be :size kilobytes."),
    ("size", "string", "The :attribute must be :size characters."),
    ("size", "array", "The :attribute must contain :size items."),
    (
        "starts_with",
        "",
        "The :attribute must start with one of the following: :values.",
    ),
    ("string", "", "The :attribute must be a string."),
    ("timezone", "", "The :attribute must be a valid timezone."),
    ("unique", "", "The :attribute has already been taken."),
    ("uploaded", "", "The :attribute failed to upload."),
    ("url", "", "The :attribute must be a valid URL."),
    ("uuid", "", "The :attribute must be a valid UUID."),
];

/// `Str::studly($key)`: the rule name `Validator::failed()` reports (`required_if` -> `RequiredIf`).
pub fn rule_name(key: &str) -> String {
    key.split(['_', '-'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of the PHP file, parsed: `'key' => 'line',` and one level of `'key' => [ ... ],`.
    fn php_file_lines() -> Vec<(String, String, String)> {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/laravel/laravel-8-en-validation.php"
        );
        let text = std::fs::read_to_string(path).expect("the Laravel lang file");
        let mut out = Vec::new();
        let mut group: Option<String> = None;
        for line in text.lines().map(str::trim) {
            let quoted: Vec<&str> = line.split('\'').collect();
            if line == "]," {
                group = None;
            } else if line.ends_with("=> [") && quoted.len() == 3 {
                group = Some(quoted[1].to_string());
            } else if quoted.len() == 5 && line.ends_with("',") {
                match &group {
                    Some(g) => out.push((g.clone(), quoted[1].to_string(), quoted[3].to_string())),
                    None => out.push((quoted[1].to_string(), String::new(), quoted[3].to_string())),
                }
            }
        }
        // The `custom` example (`'attribute-name' => ['rule-name' => 'custom-message']`).
        out.retain(|(k, _, _)| k != "attribute-name");
        out
    }

    #[test]
    fn the_table_is_the_laravel_file() {
        let file = php_file_lines();
        let table: Vec<(String, String, String)> = LINES
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        assert_eq!(table, file);
        assert_eq!(LINES.len(), 100);
    }

    #[test]
    fn rule_names_are_studly() {
        assert_eq!(rule_name("required_if"), "RequiredIf");
        assert_eq!(rule_name("ipv4"), "Ipv4");
        assert_eq!(rule_name("mac_address"), "MacAddress");
        assert_eq!(rule_name("size"), "Size");
    }
}
