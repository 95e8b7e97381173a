//! Every line of Laravel 8's default English validation file (laravel/laravel 8.x,
//! `resources/lang/en/validation.php`; the copy tested against is
//! tests/laravel/laravel-8-en-validation.php), for reading a live server's messages back
//! ([`super::match_server_message`]). Only the client links this table; `validate` uses the lines of
//! its own rules (en.rs), which a test keeps identical to these.

/// `key|size type|line` lines (size type empty but for the size rules), in the file's order. The
/// file's `custom` example entry and its empty `attributes` list are not rule lines and are left
/// out. One text, read by [`lines`]: it was a `LINES` table of 100 `(&str, &str, &str)` until
/// branch `clientlean`, whose 2.4 KB of addresses cost the full .wasm 0.5 KB gzip more than this
/// text (the lines shared with en.rs are now stored twice, and still cost less).
pub const LINES_TEXT: &str = "\
accepted||The :attribute must be accepted.\n\
accepted_if||The :attribute must be accepted when :other is :value.\n\
active_url||The :attribute is not a valid URL.\n\
after||The :attribute must be a date after :date.\n\
after_or_equal||The :attribute must be a date after or equal to :date.\n\
alpha||The :attribute must only contain letters.\n\
alpha_dash||The :attribute must only contain letters, numbers, dashes and underscores.\n\
alpha_num||The :attribute must only contain letters and numbers.\n\
array||The :attribute must be an array.\n\
before||The :attribute must be a date before :date.\n\
before_or_equal||The :attribute must be a date before or equal to :date.\n\
between|numeric|The :attribute must be between :min and :max.\n\
between|file|The :attribute must be between :min and :max kilobytes.\n\
between|string|The :attribute must be between :min and :max characters.\n\
between|array|The :attribute must have between :min and :max items.\n\
boolean||The :attribute field must be true or false.\n\
confirmed||The :attribute confirmation does not match.\n\
current_password||The password is incorrect.\n\
date||The :attribute is not a valid date.\n\
date_equals||The :attribute must be a date equal to :date.\n\
date_format||The :attribute does not match the format :format.\n\
declined||The :attribute must be declined.\n\
declined_if||The :attribute must be declined when :other is :value.\n\
different||The :attribute and :other must be different.\n\
digits||The :attribute must be :digits digits.\n\
digits_between||The :attribute must be between :min and :max digits.\n\
dimensions||The :attribute has invalid image dimensions.\n\
distinct||The :attribute field has a duplicate value.\n\
email||The :attribute must be a valid email address.\n\
ends_with||The :attribute must end with one of the following: :values.\n\
enum||The selected :attribute is invalid.\n\
exists||The selected :attribute is invalid.\n\
file||The :attribute must be a file.\n\
filled||The :attribute field must have a value.\n\
gt|numeric|The :attribute must be greater than :value.\n\
gt|file|The :attribute must be greater than :value kilobytes.\n\
gt|string|The :attribute must be greater than :value characters.\n\
gt|array|The :attribute must have more than :value items.\n\
gte|numeric|The :attribute must be greater than or equal to :value.\n\
gte|file|The :attribute must be greater than or equal to :value kilobytes.\n\
gte|string|The :attribute must be greater than or equal to :value characters.\n\
gte|array|The :attribute must have :value items or more.\n\
image||The :attribute must be an image.\n\
in||The selected :attribute is invalid.\n\
in_array||The :attribute field does not exist in :other.\n\
integer||The :attribute must be an integer.\n\
ip||The :attribute must be a valid IP address.\n\
ipv4||The :attribute must be a valid IPv4 address.\n\
ipv6||The :attribute must be a valid IPv6 address.\n\
json||The :attribute must be a valid JSON string.\n\
lt|numeric|The :attribute must be less than :value.\n\
lt|file|The :attribute must be less than :value kilobytes.\n\
lt|string|The :attribute must be less than :value characters.\n\
lt|array|The :attribute must have less than :value items.\n\
lte|numeric|The :attribute must be less than or equal to :value.\n\
lte|file|The :attribute must be less than or equal to :value kilobytes.\n\
lte|string|The :attribute must be less than or equal to :value characters.\n\
lte|array|The :attribute must not have more than :value items.\n\
mac_address||The :attribute must be a valid MAC address.\n\
max|numeric|The :attribute must not be greater than :max.\n\
max|file|The :attribute must not be greater than :max kilobytes.\n\
max|string|The :attribute must not be greater than :max characters.\n\
max|array|The :attribute must not have more than :max items.\n\
mimes||The :attribute must be a file of type: :values.\n\
mimetypes||The :attribute must be a file of type: :values.\n\
min|numeric|The :attribute must be at least :min.\n\
min|file|The :attribute must be at least :min kilobytes.\n\
min|string|The :attribute must be at least :min characters.\n\
min|array|The :attribute must have at least :min items.\n\
multiple_of||The :attribute must be a multiple of :value.\n\
not_in||The selected :attribute is invalid.\n\
not_regex||The :attribute format is invalid.\n\
numeric||The :attribute must be a number.\n\
password||The password is incorrect.\n\
present||The :attribute field must be present.\n\
prohibited||The :attribute field is prohibited.\n\
prohibited_if||The :attribute field is prohibited when :other is :value.\n\
prohibited_unless||The :attribute field is prohibited unless :other is in :values.\n\
prohibits||The :attribute field prohibits :other from being present.\n\
regex||The :attribute format is invalid.\n\
required||The :attribute field is required.\n\
required_array_keys||The :attribute field must contain entries for: :values.\n\
required_if||The :attribute field is required when :other is :value.\n\
required_unless||The :attribute field is required unless :other is in :values.\n\
required_with||The :attribute field is required when :values is present.\n\
required_with_all||The :attribute field is required when :values are present.\n\
required_without||The :attribute field is required when :values is not present.\n\
required_without_all||The :attribute field is required when none of :values are present.\n\
same||The :attribute and :other must match.\n\
size|numeric|The :attribute must be :size.\n\
size|file|The :attribute must be :size kilobytes.\n\
size|string|The :attribute must be :size characters.\n\
size|array|The :attribute must contain :size items.\n\
starts_with||The :attribute must start with one of the following: :values.\n\
string||The :attribute must be a string.\n\
timezone||The :attribute must be a valid timezone.\n\
unique||The :attribute has already been taken.\n\
uploaded||The :attribute failed to upload.\n\
url||The :attribute must be a valid URL.\n\
uuid||The :attribute must be a valid UUID.\n";

/// `(key, size type or "", line)` in the file's order, read from [`LINES_TEXT`].
pub fn lines() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    LINES_TEXT.lines().filter_map(|l| {
        let (key, rest) = l.split_once('|')?;
        let (size_type, line) = rest.split_once('|')?;
        Some((key, size_type, line))
    })
}

/// The lines as a table, for the tests that look lines up by key.
#[cfg(test)]
pub static LINES: std::sync::LazyLock<Vec<(&str, &str, &str)>> =
    std::sync::LazyLock::new(|| lines().collect());

/// `Str::studly($key)`: the rule name `Validator::failed()` reports (`required_if` -> `RequiredIf`).
/// One pass over the chars: each char after a `_`/`-` (or first) upper-cased (ASCII), the
/// separators dropped (the words split, capitalised and joined, as it was written before).
pub fn rule_name(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut word_start = true;
    for c in key.chars() {
        if c == '_' || c == '-' {
            word_start = true;
        } else if word_start {
            out.push(c.to_ascii_uppercase());
            word_start = false;
        } else {
            out.push(c);
        }
    }
    out
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
    fn rule_names_are_the_split_words_capitalised() {
        let split_words = |key: &str| -> String {
            key.split(['_', '-'])
                .filter(|w| !w.is_empty())
                .map(|w| {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                        .unwrap_or_default()
                })
                .collect()
        };
        let parts = ["", "_", "-", "a", "é", "ab", "x1", "_-", "Z", "ß"];
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in parts {
                        let key = format!("{a}{b}{c}{d}");
                        assert_eq!(rule_name(&key), split_words(&key), "{key:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn rule_names_are_studly() {
        assert_eq!(rule_name("required_if"), "RequiredIf");
        assert_eq!(rule_name("ipv4"), "Ipv4");
        assert_eq!(rule_name("mac_address"), "MacAddress");
        assert_eq!(rule_name("size"), "Size");
    }
}
