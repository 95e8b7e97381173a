//! Dates as the documents send them: Unix seconds in a string (`"1703040812"`, 000:160).
//! Builders accept Unix seconds (a number or a numeric string), ISO 8601 / RFC 3339 strings
//! (`2024-08-22`, `2024-08-22T10:15:00Z`, `2024-08-22T12:15:00+02:00`) and, from JS, `Date`
//! objects (converted by the binding). An ISO time without an offset is read as UTC: the core
//! never guesses a time zone.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A point in time as whole Unix seconds; serializes as the documents' string form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

/// Why a value is not a date we can convert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum DateError {
    /// Neither Unix seconds nor an ISO 8601 date.
    InvalidDate {
        /// The text as given.
        input: String,
    },
    /// A JSON value that cannot be a date (`true`, an object, a fractional number, ...).
    WrongType,
}

impl DateError {
    /// The message of the error (its `Display` text), written without `core::fmt`.
    pub fn message(&self) -> String {
        match self {
            DateError::InvalidDate { input } => crate::text::concat(&[
                "`",
                input,
                "` is not a date: use Unix seconds or ISO 8601 (e.g. \"2024-08-22T10:15:00Z\")",
            ]),
            DateError::WrongType => "expected Unix seconds, an ISO 8601 string or a Date".into(),
        }
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for DateError {}

impl Timestamp {
    /// A point in time from whole Unix seconds.
    pub fn from_unix(seconds: i64) -> Timestamp {
        Timestamp(seconds)
    }

    /// Whole seconds since the Unix epoch.
    pub fn unix(&self) -> i64 {
        self.0
    }

    /// The UTC calendar date and clock time of this instant: `(year, month, day, hour, minute,
    /// second)`. For printing dates the way the API shows them (`21.01.2024 04:00`, 000:5099-5161);
    /// used by the sandbox.
    pub fn to_utc(&self) -> (i64, u32, u32, u32, u32, u32) {
        let (days, secs) = (self.0.div_euclid(86_400), self.0.rem_euclid(86_400));
        let (year, month, day) = civil_from_days(days);
        let clock = |n: i64| u32::try_from(n).unwrap_or(0); // 0..86_400: always fits
        (
            year,
            month,
            day,
            clock(secs / 3600),
            clock(secs % 3600 / 60),
            clock(secs % 60),
        )
    }

    /// Unix seconds (`"1703040812"`) or an ISO 8601 date or date-time.
    pub fn parse(input: &str) -> Result<Timestamp, DateError> {
        let s = input.trim();
        let invalid = || DateError::InvalidDate {
            input: input.to_string(),
        };
        if !s.is_empty() && s.len() <= 12 {
            if let Some(seconds) = digits(s, s.len()) {
                return Ok(Timestamp(seconds));
            }
        }
        parse_iso(s).map(Timestamp).ok_or_else(invalid)
    }

    /// Reads a JSON number (whole seconds) or string.
    pub fn from_json(value: &serde_json::Value) -> Result<Timestamp, DateError> {
        match value {
            serde_json::Value::Number(n) => n.as_i64().map(Timestamp).ok_or(DateError::WrongType),
            serde_json::Value::String(s) => Timestamp::parse(s),
            _ => Err(DateError::WrongType),
        }
    }
}

impl Timestamp {
    /// The documents' form, Unix seconds as text (`"1703040812"`), written without `core::fmt`.
    pub fn to_text(&self) -> String {
        let mut out = String::with_capacity(12);
        crate::callbacks::push_i64(&mut out, self.0);
        out
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_text())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_json::Value::deserialize(d)?;
        Timestamp::from_json(&v).map_err(serde::de::Error::custom)
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`),
/// the inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days.saturating_add(719_468);
    let (era, doe) = (z.div_euclid(146_097), z.rem_euclid(146_097));
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let small = |n: i64| u32::try_from(n).unwrap_or(0); // 1..=31 and 1..=12: always fit
    (
        yoe + era * 400 + i64::from(month <= 2),
        small(month),
        small(day),
    )
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// `s` as a whole number when it is exactly `len` ASCII digits (at most 12: no overflow), read
/// digit by digit (`str::parse` is a general routine the .wasm need not carry).
fn digits(s: &str, len: usize) -> Option<i64> {
    if s.len() != len {
        return None;
    }
    s.bytes().try_fold(0i64, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0'))
    })
}

/// `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]][Z|±HH:MM|±HHMM]]` -> Unix seconds.
fn parse_iso(s: &str) -> Option<i64> {
    let (date, time) = match s.find(['T', 't', ' ']) {
        Some(i) => (s.get(..i)?, Some(s.get(i + 1..)?)),
        None => (s, None),
    };
    let mut parts = date.split('-');
    let (y, m, d) = (
        digits(parts.next()?, 4)?,
        digits(parts.next()?, 2)?,
        digits(parts.next()?, 2)?,
    );
    if parts.next().is_some() || !(1..=12).contains(&m) {
        return None;
    }
    let month_days = [
        31,
        if is_leap(y) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if d < 1 || d > *month_days.get(usize::try_from(m - 1).ok()?)? {
        return None;
    }
    let days = days_from_civil(y, m, d);
    let Some(time) = time else {
        return Some(days * 86_400);
    };
    // Split the offset off: Z, or the last + / - in the time part.
    let (clock, offset) = if let Some(c) = time.strip_suffix(['Z', 'z']) {
        (c, 0)
    } else if let Some(i) = time.rfind(['+', '-']) {
        let (c, o) = time.split_at_checked(i)?; // `+`/`-`: always a boundary
        let sign = if o.starts_with('-') { -1 } else { 1 };
        // `HH:MM` or `HHMM` (every `:` dropped, then exactly four digits).
        let mut hhmm = [0i64; 4];
        let mut count = 0;
        for b in o.bytes().skip(1).filter(|b| *b != b':') {
            if count == 4 || !b.is_ascii_digit() {
                return None;
            }
            hhmm[count] = i64::from(b - b'0');
            count += 1;
        }
        if count != 4 {
            return None;
        }
        let (oh, om) = (hhmm[0] * 10 + hhmm[1], hhmm[2] * 10 + hhmm[3]);
        if oh > 23 || om > 59 {
            return None;
        }
        (c, sign * (oh * 3600 + om * 60))
    } else {
        (time, 0)
    };
    let clock = clock.split(['.', ',']).next()?; // fractions of a second are dropped (floor)
    let mut hms = clock.split(':');
    let (h, mi) = (digits(hms.next()?, 2)?, digits(hms.next()?, 2)?);
    let sec = match hms.next() {
        Some(x) => digits(x, 2)?,
        None => 0,
    };
    if hms.next().is_some() || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    Some(days * 86_400 + h * 3600 + mi * 60 + sec - offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_seconds_and_iso_dates() {
        assert_eq!(Timestamp::parse("1703040812").unwrap().unix(), 1703040812);
        assert_eq!(Timestamp::parse("1970-01-01").unwrap().unix(), 0);
        assert_eq!(
            Timestamp::parse("2023-12-20T02:53:32Z").unwrap().unix(),
            1703040812
        );
        assert_eq!(
            Timestamp::parse("2023-12-20T03:53:32+01:00")
                .unwrap()
                .unix(),
            1703040812
        );
        assert_eq!(
            Timestamp::parse("2023-12-19T21:53:32-0500").unwrap().unix(),
            1703040812
        );
        assert_eq!(
            Timestamp::parse("2023-12-20T02:53:32.999Z").unwrap().unix(),
            1703040812
        );
        assert_eq!(
            Timestamp::parse("2023-12-20 02:53:32").unwrap().unix(),
            1703040812
        );
        assert_eq!(
            Timestamp::parse("2024-02-29T00:00").unwrap().unix(),
            1709164800
        );
        assert_eq!(Timestamp::parse("1969-12-31T23:59:59Z").unwrap().unix(), -1);
        assert_eq!(
            serde_json::to_value(Timestamp::from_unix(1754556624)).unwrap(),
            serde_json::json!("1754556624")
        );
    }

    /// Exact answers at the cut points (multi-byte characters next to `T`, the offset's sign and
    /// digits, trailing text), recorded from the parser before it cut without `split_at`.
    #[test]
    fn cut_points_answer_as_before() {
        let cases = [
            ("", "Err(InvalidDate { input: \"\" })"),
            ("é", "Err(InvalidDate { input: \"é\" })"),
            (
                "2023-12-20Té",
                "Err(InvalidDate { input: \"2023-12-20Té\" })",
            ),
            (
                "2023-12-20T02:53+é",
                "Err(InvalidDate { input: \"2023-12-20T02:53+é\" })",
            ),
            (
                "2023-12-20T02:53é+01:00",
                "Err(InvalidDate { input: \"2023-12-20T02:53é+01:00\" })",
            ),
            (
                "2023-12-20T02:53-01:0é",
                "Err(InvalidDate { input: \"2023-12-20T02:53-01:0é\" })",
            ),
            (
                "2023-12-20T02:53:32+01:00é",
                "Err(InvalidDate { input: \"2023-12-20T02:53:32+01:00é\" })",
            ),
            (
                "2023-12-20T02:53:32-",
                "Err(InvalidDate { input: \"2023-12-20T02:53:32-\" })",
            ),
            (
                "2023-12-20T02:53:32+",
                "Err(InvalidDate { input: \"2023-12-20T02:53:32+\" })",
            ),
            (
                "2023-12-20T-01:00",
                "Err(InvalidDate { input: \"2023-12-20T-01:00\" })",
            ),
            (
                "2023-12-20T02:53:32ZZ",
                "Err(InvalidDate { input: \"2023-12-20T02:53:32ZZ\" })",
            ),
            ("2023-12-20é", "Err(InvalidDate { input: \"2023-12-20é\" })"),
            ("é2023-12-20", "Err(InvalidDate { input: \"é2023-12-20\" })"),
            ("2023-12-20T02:53:32.é+01:00", "Ok(1703037212)"),
            ("2023-12-20 02:53:32 ", "Ok(1703040812)"),
            (" 2023-12-20t02:53:32z ", "Ok(1703040812)"),
            (
                "2023-12-20T02:53:32+0100x",
                "Err(InvalidDate { input: \"2023-12-20T02:53:32+0100x\" })",
            ),
            (
                "2023-12-20T02:53:32+01:00:00",
                "Err(InvalidDate { input: \"2023-12-20T02:53:32+01:00:00\" })",
            ),
            ("+1703040812", "Err(InvalidDate { input: \"+1703040812\" })"),
            ("-1", "Err(InvalidDate { input: \"-1\" })"),
        ];
        for (input, answer) in cases {
            let t = Timestamp::parse(input).map(|t| t.unix());
            assert_eq!(format!("{t:?}"), answer, "{input}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for bad in [
            "",
            "tomorrow",
            "07 Apr, 2024",
            "2023-02-29",
            "2023-13-01",
            "2023-12-20T25:00Z",
            "2023-12-20T10:00+2",
            "1677047770.652",
            "２０２４-01-01",
            "2024-01-01T10:00:00:00",
        ] {
            assert!(
                matches!(Timestamp::parse(bad), Err(DateError::InvalidDate { .. })),
                "{bad}"
            );
        }
        assert_eq!(
            Timestamp::from_json(&serde_json::json!(1.5)).unwrap_err(),
            DateError::WrongType
        );
        assert_eq!(
            Timestamp::from_json(&serde_json::json!(null)).unwrap_err(),
            DateError::WrongType
        );
    }
}

/// A date field of a typed body: a [`Timestamp`] (sent as Unix seconds), or text the documents
/// show in another form (`"21 Feb, 2023"`, `"1677047770.652"`), sent as given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum DateValue {
    /// A point in time, sent as Unix seconds in a string.
    Time(Timestamp),
    /// Text sent as given.
    Text(String),
}

impl From<Timestamp> for DateValue {
    fn from(t: Timestamp) -> Self {
        DateValue::Time(t)
    }
}

impl From<i64> for DateValue {
    /// Unix seconds.
    fn from(seconds: i64) -> Self {
        DateValue::Time(Timestamp::from_unix(seconds))
    }
}
