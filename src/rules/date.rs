//! `date_format:` for the formats the documents use: PHP's `DateTime::createFromFormat('!'.$format)`
//! followed by `format($format) == $value`. That round trip accepts a value exactly when it is the
//! canonical rendering of a real calendar date/time, which is what is checked here. Format letters
//! outside the supported set are rejected when the table is parsed (never silently passed).

const SUPPORTED: &str = "djmnYyHGis";

/// Table-time check that every letter of `format` is supported (`U` only on its own).
pub fn check_format_supported(format: &str) -> Result<(), String> {
    if format == "U" {
        return Ok(());
    }
    let mut escaped = false;
    for c in format.chars() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c.is_ascii_alphabetic() && !crate::text::ascii_in(SUPPORTED, c) {
            return Err(format!("date_format letter `{c}` is not supported"));
        }
    }
    Ok(())
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// `U` (Unix seconds): PHP parses `[+-]?\d+` into an int and compares `format('U') == $value`
/// loosely, so `+5`, `05` and `-0` pass and anything with spaces, a fraction or an overflow fails.
fn unix_seconds(value: &str) -> bool {
    let digits = value.strip_prefix(['+', '-']).unwrap_or(value);
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && value
            .strip_prefix('+')
            .unwrap_or(value)
            .parse::<i64>()
            .is_ok()
}

/// Whether `value` is a valid rendering of `format`.
pub fn matches(format: &str, value: &str) -> bool {
    if format == "U" {
        return unix_seconds(value);
    }
    let v = value.as_bytes();
    let mut pos = 0usize;
    let (mut year, mut month, mut day, mut hour, mut minute, mut second) =
        (1970i64, 1i64, 1i64, 0i64, 0i64, 0i64);
    let mut canonical = String::with_capacity(value.len());
    let mut escaped = false;
    let take_digits = |pos: &mut usize, min: usize, max: usize| -> Option<i64> {
        let start = *pos;
        while *pos < v.len() && *pos - start < max && v[*pos].is_ascii_digit() {
            *pos += 1;
        }
        if *pos - start < min {
            return None;
        }
        // At most 4 ASCII digits: no overflow.
        let digits = value.get(start..*pos)?.bytes();
        Some(digits.fold(0i64, |n, d| n * 10 + i64::from(d - b'0')))
    };
    let mut tokens = Vec::new();
    for c in format.chars() {
        if escaped {
            tokens.push((c, true));
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else {
            tokens.push((c, false));
        }
    }
    for &(c, literal) in &tokens {
        if literal || !crate::text::ascii_in(SUPPORTED, c) {
            let mut buf = [0u8; 4];
            let lit = c.encode_utf8(&mut buf).as_bytes();
            if v.get(pos..pos + lit.len()) != Some(lit) {
                return false;
            }
            pos += lit.len();
            continue;
        }
        let parsed = match c {
            'd' | 'j' | 'm' | 'n' | 'H' | 'G' => take_digits(&mut pos, 1, 2),
            'Y' => take_digits(&mut pos, 1, 4),
            'y' | 'i' | 's' => take_digits(&mut pos, 2, 2),
            _ => None,
        };
        let Some(n) = parsed else { return false };
        match c {
            'd' | 'j' => day = n,
            'm' | 'n' => month = n,
            'Y' => year = n,
            'y' => year = if n < 70 { 2000 + n } else { 1900 + n },
            'H' | 'G' => hour = n,
            'i' => minute = n,
            's' => second = n,
            _ => {}
        }
    }
    if pos != v.len() {
        return false;
    }
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return false;
    }
    for &(c, literal) in &tokens {
        if literal || !crate::text::ascii_in(SUPPORTED, c) {
            canonical.push(c);
            continue;
        }
        // Every value was read from ASCII digits, so none is negative (`as u128` is exact);
        // written digit by digit, zero-padded to the width PHP's `format` gives each letter.
        let (n, width) = match c {
            'd' => (day, 2),
            'j' => (day, 1),
            'm' => (month, 2),
            'n' => (month, 1),
            'Y' => (year, 4),
            'y' => (year % 100, 2),
            'H' => (hour, 2),
            'G' => (hour, 1),
            'i' => (minute, 2),
            's' => (second, 2),
            _ => continue,
        };
        crate::text::push_digits(&mut canonical, n as u128, width);
    }
    canonical == value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_semantics() {
        assert!(matches("Y-m-d", "2024-02-29"));
        assert!(!matches("Y-m-d", "2023-02-29"));
        assert!(!matches("Y-m-d", "2024-2-01"));
        assert!(!matches("Y-m-d", "24-02-01"));
        assert!(!matches("Y-m-d", "2024-02-01 "));
        assert!(matches("Y-m-d H:i:s", "2024-02-01 23:59:59"));
        assert!(!matches("Y-m-d H:i:s", "2024-02-01 24:00:00"));
        assert!(matches("j.n.Y", "1.2.2024"));
        assert!(check_format_supported("Y-m-d\\TH:i").is_ok());
        assert!(check_format_supported("D, d M Y").is_err());
        assert!(check_format_supported("U").is_ok());
        assert!(check_format_supported("U-Y").is_err());
        for ok in [
            "1754556624",
            "0",
            "-5",
            "+5",
            "05",
            "-0",
            "00",
            "9223372036854775807",
            "-9223372036854775808",
        ] {
            assert!(matches("U", ok), "{ok:?}");
        }
        for bad in [
            " 5",
            "5 ",
            "1e3",
            "99999999999999999999",
            "1.5",
            "",
            "abc",
            "1754556624\n",
            "9223372036854775808",
            "+-5",
        ] {
            assert!(!matches("U", bad), "{bad:?}");
        }
    }
}
