//! Exact money. Amounts are never `f64`: a [`Decimal`] is an integer mantissa and a power-of-ten
//! scale, a [`Money`] is a whole number of øre (minor units), and a [`Ratio`] is an exact fraction
//! used while dividing by `1 + tax/100`, so nothing is rounded until the final totals.
//!
//! Everything is `i128` with checked arithmetic: an input too large to compute with is a typed
//! [`MoneyError::Overflow`], never a wrap-around or a panic.
//!
//! Parsing accepts what users and the documents send: JSON numbers, numeric strings (`"51"`,
//! `"51.00"`, `"4017.86"`), Norwegian comma decimals (`"4500,50"`) and space-grouped thousands
//! (`"4 500,50"`). Anything else is a typed error. The rounding rule is half away from zero (what
//! PHP's `round()`, and so Front Payment's Laravel back end, does); see
//! `docs/decisions/money-totals-builders.md`.

use crate::rules::messages::Lang;
use crate::text::{self, Texts};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;

/// The most decimal places a [`Decimal`] keeps. Quantities and tax rates may be fractional, but no
/// document shows more than two places; 12 leaves room and keeps products far from `i128::MAX`.
pub const MAX_SCALE: u32 = 12;

/// The longest amount string we read (characters). Longer input is refused, not scanned.
const MAX_INPUT_LEN: usize = 64;

/// Why a value is not an amount we can compute with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum MoneyError {
    /// An empty (or all-blank) string.
    Empty,
    /// Not a number: letters, two separators, a stray sign, `1,000.50`, ...
    Invalid {
        /// The text as given.
        input: String,
    },
    /// More decimal places than allowed (two for money, [`MAX_SCALE`] otherwise).
    TooManyDecimals {
        /// The text as given.
        input: String,
        /// The most decimal places allowed.
        max: u32,
    },
    /// Too large (or too precise) to compute with exactly.
    Overflow,
    /// A JSON value that is neither a number nor a string (`null`, `true`, an object, ...).
    WrongType {
        /// The JSON type found (`null`, `boolean`, `object`, `array`).
        found: &'static str,
    },
}

impl MoneyError {
    /// The stable snake_case code.
    pub fn code(&self) -> &'static str {
        // One text, a line each in the variants' order (a `match` of `&str`s kept a table of them).
        const CODES: &str = concat!(
            "empty\n",
            "invalid\n",
            "too_many_decimals\n",
            "overflow\n",
            "wrong_type"
        );
        let line = match self {
            MoneyError::Empty => 0,
            MoneyError::Invalid { .. } => 1,
            MoneyError::TooManyDecimals { .. } => 2,
            MoneyError::Overflow => 3,
            MoneyError::WrongType { .. } => 4,
        };
        crate::text::nth_line(CODES, line)
    }
}

impl MoneyError {
    /// The message in `lang` (English: what [`Display`](fmt::Display) prints).
    pub fn message(&self, lang: Lang) -> String {
        let (texts, input, max): (&Texts, &str, u32) = match self {
            MoneyError::Empty => (&EMPTY, "", 0),
            MoneyError::Invalid { input } if looks_like_date(input) => (&A_DATE, input, 0),
            MoneyError::Invalid { input } => (&NOT_A_NUMBER, input, 0),
            MoneyError::TooManyDecimals { input, max } => (&TOO_MANY_DECIMALS, input, *max),
            MoneyError::Overflow => (&TOO_LARGE, "", 0),
            MoneyError::WrongType { found } => {
                let found = json_type(found, lang);
                return text::fill(&WRONG_TYPE, lang, &[("found", found)]);
            }
        };
        let max = text::uint(max as usize);
        text::fill(texts, lang, &[("input", input), ("max", &max)])
    }
}

const EMPTY: Texts = text::texts![
    "expected a number, got an empty string",
    "forventet et tall, fikk en tom streng",
    "förväntade ett tal, fick en tom sträng",
    "forventede et tal, fik en tom streng",
    "Zahl erwartet, leere Zeichenkette erhalten",
];
const A_DATE: Texts = text::texts![
    "`:input` is a date, not an amount: amounts are numbers or numeric strings (a JS Date becomes such a string in JSON)",
    "`:input` er en dato, ikke et beløp: beløp er tall eller numeriske strenger (en JS Date blir en slik streng i JSON)",
    "`:input` är ett datum, inte ett belopp: belopp är tal eller numeriska strängar (ett JS Date blir en sådan sträng i JSON)",
    "`:input` er en dato, ikke et beløb: beløb er tal eller numeriske strenge (en JS Date bliver en sådan streng i JSON)",
    "`:input` ist ein Datum, kein Betrag: Beträge sind Zahlen oder numerische Zeichenketten (ein JS-Date wird in JSON zu einer solchen Zeichenkette)",
];
const NOT_A_NUMBER: Texts = text::texts![
    "`:input` is not a number (use digits with `.` or `,` as the decimal separator, e.g. \"4500.50\" or \"4500,50\")",
    "`:input` er ikke et tall (bruk sifre med `.` eller `,` som desimaltegn, f.eks. \"4500.50\" eller \"4500,50\")",
    "`:input` är inte ett tal (använd siffror med `.` eller `,` som decimaltecken, t.ex. \"4500.50\" eller \"4500,50\")",
    "`:input` er ikke et tal (brug cifre med `.` eller `,` som decimaltegn, f.eks. \"4500.50\" eller \"4500,50\")",
    "`:input` ist keine Zahl (verwenden Sie Ziffern mit `.` oder `,` als Dezimaltrennzeichen, z. B. \"4500.50\" oder \"4500,50\")",
];
const TOO_MANY_DECIMALS: Texts = text::texts![
    "`:input` has more than :max decimal places",
    "`:input` har mer enn :max desimaler",
    "`:input` har fler än :max decimaler",
    "`:input` har mere end :max decimaler",
    "`:input` hat mehr als :max Nachkommastellen",
];
const TOO_LARGE: Texts = text::texts![
    "the number is too large to compute with exactly",
    "tallet er for stort til å regne nøyaktig med",
    "talet är för stort för att räkna exakt med",
    "tallet er for stort til at regne nøjagtigt med",
    "die Zahl ist zu groß, um exakt damit zu rechnen",
];
const WRONG_TYPE: Texts = text::texts![
    "expected a number or a numeric string, got :found",
    "forventet et tall eller en numerisk streng, fikk :found",
    "förväntade ett tal eller en numerisk sträng, fick :found",
    "forventede et tal eller en numerisk streng, fik :found",
    "Zahl oder numerische Zeichenkette erwartet, erhalten: :found",
];

/// Every message of [`MoneyError::message`] (for the tests of the tables).
#[cfg(test)]
pub(crate) const MESSAGES: [&Texts; 6] = [
    &EMPTY,
    &A_DATE,
    &NOT_A_NUMBER,
    &TOO_MANY_DECIMALS,
    &TOO_LARGE,
    &WRONG_TYPE,
];

/// The JSON type a [`MoneyError::WrongType`] names (`a boolean`, ...), in `lang`.
fn json_type(found: &'static str, lang: Lang) -> &'static str {
    let texts = match found {
        "null" => return "null",
        "a boolean" => text::texts![
            "a boolean",
            "en boolsk verdi",
            "ett booleskt värde",
            "en boolesk værdi",
            "einen Wahrheitswert",
        ],
        "an array" => text::texts!["an array", "en liste", "en lista", "en liste", "eine Liste"],
        "an object" => text::texts![
            "an object",
            "et objekt",
            "ett objekt",
            "et objekt",
            "ein Objekt",
        ],
        other => return other,
    };
    texts.get(lang)
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for MoneyError {}

/// `2024-08-22...`: what `JSON.stringify` makes of a JS `Date`, so the message can say so.
fn looks_like_date(input: &str) -> bool {
    let b = input.trim().as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
}

fn pow10(exp: u32) -> Result<i128, MoneyError> {
    10i128.checked_pow(exp).ok_or(MoneyError::Overflow)
}

fn json_type_name(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// An exact decimal number: `units / 10^scale`. It keeps the scale it was written with, so
/// `"51.00"` prints back as `51.00` and `"51"` as `51`.
#[derive(Debug, Clone, Copy, Eq)]
pub struct Decimal {
    units: i128,
    scale: u32,
}

impl Default for Decimal {
    fn default() -> Self {
        Decimal::ZERO
    }
}

impl PartialEq for Decimal {
    /// Equal in value: `51` equals `51.00`.
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    /// Exact, without overflow: the value with fewer places is brought to the other's scale; if
    /// that overflows, its magnitude exceeds every `i128`, so its sign alone decides.
    fn cmp(&self, other: &Self) -> Ordering {
        if self.scale == other.scale {
            return self.units.cmp(&other.units);
        }
        let (fewer, more, flipped) = if self.scale < other.scale {
            (self, other, false)
        } else {
            (other, self, true)
        };
        let widened = pow10(more.scale - fewer.scale)
            .ok()
            .and_then(|f| fewer.units.checked_mul(f));
        let ord = match widened {
            Some(units) => units.cmp(&more.units),
            None if fewer.units < 0 => Ordering::Less,
            None => Ordering::Greater,
        };
        if flipped {
            ord.reverse()
        } else {
            ord
        }
    }
}

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal { units: 0, scale: 0 };

    /// `units / 10^scale`; `None` when `scale` exceeds [`MAX_SCALE`].
    pub fn new(units: i128, scale: u32) -> Option<Decimal> {
        (scale <= MAX_SCALE).then_some(Decimal { units, scale })
    }

    /// An integer as a decimal without places.
    pub fn from_int(n: i64) -> Decimal {
        Decimal {
            units: n as i128,
            scale: 0,
        }
    }

    /// A whole number without places.
    pub(crate) fn from_units(units: i128) -> Decimal {
        Decimal { units, scale: 0 }
    }

    /// The unscaled integer: the value is `units / 10^scale`.
    pub fn units(&self) -> i128 {
        self.units
    }

    /// The number of decimal places as written.
    pub fn scale(&self) -> u32 {
        self.scale
    }

    /// Below zero.
    pub fn is_negative(&self) -> bool {
        self.units < 0
    }

    /// Exactly zero (at any scale).
    pub fn is_zero(&self) -> bool {
        self.units == 0
    }

    /// The same value written with `scale` places (only ever adds zeros).
    fn rescaled(&self, scale: u32) -> Result<Decimal, MoneyError> {
        if scale < self.scale {
            return Err(MoneyError::Overflow);
        }
        let f = pow10(scale - self.scale)?;
        let units = self.units.checked_mul(f).ok_or(MoneyError::Overflow)?;
        Ok(Decimal { units, scale })
    }

    /// The exact sum; [`MoneyError::Overflow`] when it does not fit.
    pub fn checked_add(&self, other: &Decimal) -> Result<Decimal, MoneyError> {
        let scale = self.scale.max(other.scale);
        let (a, b) = (self.rescaled(scale)?, other.rescaled(scale)?);
        let units = a.units.checked_add(b.units).ok_or(MoneyError::Overflow)?;
        Ok(Decimal { units, scale })
    }

    /// The exact difference; [`MoneyError::Overflow`] when it does not fit.
    pub fn checked_sub(&self, other: &Decimal) -> Result<Decimal, MoneyError> {
        let neg = Decimal {
            units: other.units.checked_neg().ok_or(MoneyError::Overflow)?,
            scale: other.scale,
        };
        self.checked_add(&neg)
    }

    /// Exact product; its scale is the sum of the scales (capped at [`MAX_SCALE`]: beyond it, an
    /// error, since the product would no longer be exact).
    pub fn checked_mul(&self, other: &Decimal) -> Result<Decimal, MoneyError> {
        let units = self
            .units
            .checked_mul(other.units)
            .ok_or(MoneyError::Overflow)?;
        let d = Decimal {
            units,
            scale: self.scale + other.scale,
        };
        d.normalized_to_max_scale()
    }

    /// Drops trailing zeros until the scale fits [`MAX_SCALE`].
    fn normalized_to_max_scale(mut self) -> Result<Decimal, MoneyError> {
        while self.scale > MAX_SCALE {
            if self.units % 10 != 0 {
                return Err(MoneyError::Overflow);
            }
            self.units /= 10;
            self.scale -= 1;
        }
        Ok(self)
    }

    /// The same value without trailing fractional zeros (`12.00` -> `12`), as Laravel's `in:`
    /// rule compares strings.
    pub fn normalized(&self) -> Decimal {
        let mut scale = self.scale;
        // On i64 when the units fit: i128 division is a software routine (on wasm32 too).
        if let Ok(mut units) = i64::try_from(self.units) {
            while scale > 0 && units % 10 == 0 {
                units /= 10;
                scale -= 1;
            }
            return Decimal {
                units: i128::from(units),
                scale,
            };
        }
        let mut units = self.units;
        while scale > 0 && units % 10 == 0 {
            units /= 10;
            scale -= 1;
        }
        Decimal { units, scale }
    }

    /// Number of decimal places actually needed (`51.00` -> 0, `4017.86` -> 2).
    pub fn significant_scale(&self) -> u32 {
        self.normalized().scale
    }

    /// Parses a numeric string: optional `-`, digits, and at most one decimal separator (`.` or
    /// `,`). Thousands may be grouped with spaces (`4 500,50`, also no-break and thin spaces) when
    /// every group after the first has three digits. Surrounding blanks are ignored.
    pub fn parse(input: &str) -> Result<Decimal, MoneyError> {
        if input.len() > MAX_INPUT_LEN {
            return Err(MoneyError::Overflow);
        }
        let s = input.trim();
        if s.is_empty() {
            return Err(MoneyError::Empty);
        }
        let invalid = || MoneyError::Invalid {
            input: input.to_string(),
        };
        let (negative, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        // Cut by `split_once`, never `&s[a..b]` (a slice that may panic links std's formatting
        // of the panic message into the .wasm); a second separator is in the fraction.
        let (int_part, frac_part) = body.split_once(['.', ',']).unwrap_or((body, ""));
        if frac_part.contains(['.', ',']) {
            return Err(invalid());
        }
        let int_digits = ungroup(int_part).ok_or_else(invalid)?;
        if int_digits.is_empty() || !frac_part.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        if body.len() != int_part.len() && frac_part.is_empty() {
            return Err(invalid()); // "51." or "51,"
        }
        let scale = u32::try_from(frac_part.len()).map_err(|_| MoneyError::Overflow)?;
        if scale > MAX_SCALE {
            return Err(MoneyError::TooManyDecimals {
                input: input.to_string(),
                max: MAX_SCALE,
            });
        }
        let mut units = append_digits(0, int_digits.as_bytes())?;
        units = append_digits(units, frac_part.as_bytes())?;
        if negative {
            units = -units;
        }
        Ok(Decimal { units, scale })
    }

    /// Reads a JSON number or numeric string. JSON numbers that are not integers are read through
    /// their shortest round-trip text (`4017.86`, not the binary double's expansion), which is
    /// what the sender wrote.
    pub fn from_json(value: &serde_json::Value) -> Result<Decimal, MoneyError> {
        match value {
            serde_json::Value::String(s) => Decimal::parse(s),
            serde_json::Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Ok(Decimal {
                        units: i128::from(i),
                        scale: 0,
                    })
                } else if let Some(u) = n.as_u64() {
                    Ok(Decimal {
                        units: i128::from(u),
                        scale: 0,
                    })
                } else {
                    parse_json_float_text(&crate::json::number_text(n))
                }
            }
            other => Err(MoneyError::WrongType {
                found: json_type_name(other),
            }),
        }
    }

    /// The exact product as a fraction. Unlike [`Decimal::checked_mul`] its scale may exceed
    /// [`MAX_SCALE`] (up to 24 places), so tiny factors (`0.000000000001 × 0.01`) are exact, not
    /// an overflow; only a product beyond `i128` is [`MoneyError::Overflow`].
    pub fn exact_product(&self, other: &Decimal) -> Result<Ratio, MoneyError> {
        let units = self
            .units
            .checked_mul(other.units)
            .ok_or(MoneyError::Overflow)?;
        let den = pow10(self.scale + other.scale)?;
        Ratio::new(units, den).ok_or(MoneyError::Overflow)
    }

    /// Reads a string as PHP 8's `is_numeric` does (and so Laravel's `numeric` rule and the
    /// server): blanks around, a `+` or `-`, `.5`, `5.`, an exponent (`1e3`). Also accepts what
    /// [`Decimal::parse`] does (`4500,50`, `4 500`). `None` when the text is not numeric at all;
    /// `Some(Err)` when it is numeric but not representable (`1e300`, more than [`MAX_SCALE`]
    /// places after dropping trailing zeros).
    pub fn parse_php_numeric(input: &str) -> Option<Result<Decimal, MoneyError>> {
        if let Ok(d) = Decimal::parse(input) {
            return Some(Ok(d));
        }
        let s = input.trim_matches([' ', '\t', '\n', '\r', '\u{b}', '\u{c}']);
        let (negative, s) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s.strip_prefix('+').unwrap_or(s)),
        };
        let (mantissa, exponent) = match s.split_once(['e', 'E']) {
            Some((m, e)) => (m, Some(e)),
            None => (s, None),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
        if (int.is_empty() && frac.is_empty()) || !all_digits(int) || !all_digits(frac) {
            return None;
        }
        let exponent = match exponent {
            None => Ok(0),
            Some(e) => {
                let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
                if digits.is_empty() || !all_digits(digits) {
                    return None;
                }
                e.trim_start_matches('+')
                    .parse::<i64>()
                    .map_err(|_| MoneyError::Overflow)
            }
        };
        if input.len() > MAX_INPUT_LEN {
            return Some(Err(MoneyError::Overflow));
        }
        Some(exponent.and_then(|exp| from_digits(negative, int, frac, exp)))
    }
}

/// `±int.frac × 10^exp` exactly, trailing fractional zeros dropped to fit [`MAX_SCALE`].
fn from_digits(negative: bool, int: &str, frac: &str, exp: i64) -> Result<Decimal, MoneyError> {
    let mut digits = Vec::with_capacity(int.len() + frac.len());
    digits.extend_from_slice(int.as_bytes());
    digits.extend_from_slice(frac.as_bytes());
    if digits.iter().all(|b| *b == b'0') {
        return Ok(Decimal::ZERO);
    }
    let mut scale = i64::try_from(frac.len())
        .ok()
        .and_then(|len| len.checked_sub(exp))
        .ok_or(MoneyError::Overflow)?;
    while scale > i64::from(MAX_SCALE) && digits.last() == Some(&b'0') {
        digits.pop();
        scale -= 1;
    }
    if scale > i64::from(MAX_SCALE) {
        let mut input = crate::text::concat(&[int, ".", frac, "e"]);
        crate::callbacks::push_i64(&mut input, exp);
        return Err(MoneyError::TooManyDecimals {
            input,
            max: MAX_SCALE,
        });
    }
    let mut units = append_digits(0, &digits)?;
    if scale < 0 {
        let f = pow10(u32::try_from(-scale).map_err(|_| MoneyError::Overflow)?)?;
        units = units.checked_mul(f).ok_or(MoneyError::Overflow)?;
        scale = 0;
    }
    let scale = u32::try_from(scale).map_err(|_| MoneyError::Overflow)?;
    Ok(Decimal {
        units: if negative { -units } else { units },
        scale,
    })
}

/// `units` followed by the ASCII `digits` (`units * 10^len + digits`), checked. One loop for
/// every digit reader (a `chain` of two byte iterators was an iterator of its own in the .wasm).
fn append_digits(mut units: i128, digits: &[u8]) -> Result<i128, MoneyError> {
    for b in digits {
        units = units
            .checked_mul(10)
            .and_then(|u| u.checked_add(i128::from(b - b'0')))
            .ok_or(MoneyError::Overflow)?;
    }
    Ok(units)
}

/// Removes space grouping from the integer part: `4 500` -> `4500`. `None` if the part has
/// anything but digits and well-placed group spaces. Plain digits are borrowed, not copied.
fn ungroup(part: &str) -> Option<std::borrow::Cow<'_, str>> {
    if part.bytes().all(|b| b.is_ascii_digit()) {
        return Some(std::borrow::Cow::Borrowed(part));
    }
    let groups: Vec<&str> = part.split([' ', '\u{a0}', '\u{202f}']).collect();
    let well_formed = groups
        .iter()
        .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && groups.iter().skip(1).all(|g| g.len() == 3)
        && groups
            .first()
            .is_some_and(|g| groups.len() == 1 || g.len() <= 3);
    well_formed.then(|| std::borrow::Cow::Owned(crate::text::concat(&groups)))
}

/// JSON float text (`4017.86`, `1e-7`, `1.5E+3`) -> Decimal.
fn parse_json_float_text(text: &str) -> Result<Decimal, MoneyError> {
    let (mantissa, exp) = match text.split_once(['e', 'E']) {
        Some((mantissa, exp)) => {
            // Read as the i64 that `parse_php_numeric` reads (one `FromStr` in the .wasm, not
            // two), then narrowed: the same texts fail.
            let exp = exp
                .trim_start_matches('+')
                .parse::<i64>()
                .ok()
                .and_then(|e| i32::try_from(e).ok())
                .ok_or(MoneyError::Overflow)?;
            (mantissa, exp)
        }
        None => (text, 0),
    };
    let d = Decimal::parse(mantissa)?;
    let scale = i64::from(d.scale) - i64::from(exp);
    if scale < 0 {
        let f = pow10(u32::try_from(-scale).map_err(|_| MoneyError::Overflow)?)?;
        let units = d.units.checked_mul(f).ok_or(MoneyError::Overflow)?;
        Ok(Decimal { units, scale: 0 })
    } else {
        let scale = u32::try_from(scale).map_err(|_| MoneyError::Overflow)?;
        if scale > MAX_SCALE {
            return Err(MoneyError::TooManyDecimals {
                input: text.to_string(),
                max: MAX_SCALE,
            });
        }
        Ok(Decimal {
            units: d.units,
            scale,
        })
    }
}

impl Decimal {
    /// The text [`Display`](fmt::Display) prints, written without `core::fmt` (no u128
    /// formatting or padding machinery in the .wasm).
    pub fn to_text(&self) -> String {
        let mut out = String::with_capacity(24);
        self.push_text(&mut out);
        out
    }

    /// Appends [`Decimal::to_text`] to `out`.
    pub(crate) fn push_text(&self, out: &mut String) {
        if self.units < 0 {
            out.push('-');
        }
        let scale = self.scale as usize;
        crate::text::push_digits(out, self.units.unsigned_abs(), scale + 1);
        if scale > 0 {
            // The digits are ASCII: the byte index is a char boundary.
            out.insert(out.len() - scale, '.');
        }
    }
}

impl fmt::Display for Decimal {
    /// Prints with the scale the value carries, `.` as the separator, no grouping.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

impl std::str::FromStr for Decimal {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Decimal::parse(s)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_text())
    }
}

impl<'de> Deserialize<'de> for Decimal {
    /// From a JSON number or a numeric string, as [`Decimal::from_json`].
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_json::Value::deserialize(d)?;
        Decimal::from_json(&v).map_err(serde::de::Error::custom)
    }
}

/// A money amount in øre (1/100 NOK). Prints with exactly two decimals (`4017.86`, `0.00`), as the
/// documents send order summaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(i128);

impl Money {
    /// Zero kroner.
    pub const ZERO: Money = Money(0);

    /// An amount in øre (`150` is 1.50).
    pub fn from_minor(ore: i128) -> Money {
        Money(ore)
    }

    /// The amount in øre.
    pub fn minor(&self) -> i128 {
        self.0
    }

    /// Below zero.
    pub fn is_negative(&self) -> bool {
        self.0 < 0
    }

    /// A decimal with at most two places; more is [`MoneyError::TooManyDecimals`].
    pub fn from_decimal(d: Decimal) -> Result<Money, MoneyError> {
        if d.significant_scale() > 2 {
            return Err(MoneyError::TooManyDecimals {
                input: d.to_text(),
                max: 2,
            });
        }
        // At most two significant places: the øre are exact, no rounding happens.
        let d = d.normalized();
        pow10(2 - d.scale)?
            .checked_mul(d.units)
            .map(Money)
            .ok_or(MoneyError::Overflow)
    }

    /// Reads an amount written with at most two decimals (`"4017.86"`, `"12,5"`, `"100"`).
    ///
    /// ```
    /// use fpgo::money::{Money, MoneyError};
    ///
    /// assert_eq!(Money::parse("4017.86")?.minor(), 401_786);
    /// assert_eq!(Money::parse("12,5")?.to_string(), "12.50");
    /// assert!(matches!(Money::parse("1.005"), Err(MoneyError::TooManyDecimals { .. })));
    /// # Ok::<(), MoneyError>(())
    /// ```
    pub fn parse(input: &str) -> Result<Money, MoneyError> {
        let d = Decimal::parse(input)?;
        if d.significant_scale() > 2 {
            return Err(MoneyError::TooManyDecimals {
                input: input.to_string(),
                max: 2,
            });
        }
        Money::from_decimal(d)
    }

    /// Reads an amount from a JSON number or string, as [`Money::parse`].
    pub fn from_json(value: &serde_json::Value) -> Result<Money, MoneyError> {
        Money::from_decimal(Decimal::from_json(value)?)
    }

    /// The amount in kroner as a decimal with two places.
    pub fn to_decimal(&self) -> Decimal {
        Decimal {
            units: self.0,
            scale: 2,
        }
    }

    /// The amount with two decimals (`4017.86`), as [`Display`](fmt::Display) prints it.
    pub fn to_text(&self) -> String {
        self.to_decimal().to_text()
    }

    /// The exact sum; [`MoneyError::Overflow`] when it does not fit.
    pub fn checked_add(&self, other: Money) -> Result<Money, MoneyError> {
        self.0
            .checked_add(other.0)
            .map(Money)
            .ok_or(MoneyError::Overflow)
    }

    /// The exact difference; [`MoneyError::Overflow`] when it does not fit.
    pub fn checked_sub(&self, other: Money) -> Result<Money, MoneyError> {
        self.0
            .checked_sub(other.0)
            .map(Money)
            .ok_or(MoneyError::Overflow)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

impl std::str::FromStr for Money {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Money::parse(s)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_text())
    }
}

/// How an exact value becomes a number of minor units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rounding {
    /// 0.005 -> 0.01, -0.005 -> -0.01 (PHP `round()`, commercial rounding). fpgo's rule.
    HalfAwayFromZero,
    /// 0.005 -> 0.00, 0.015 -> 0.02 (banker's rounding). Offered for callers that need it.
    HalfEven,
}

/// An exact fraction `num / den`, `den > 0`, always in lowest terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ratio {
    num: i128,
    den: i128,
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    // Works on magnitudes; callers never pass i128::MIN (it is refused at construction).
    a = a.checked_abs().unwrap_or(i128::MAX);
    b = b.checked_abs().unwrap_or(i128::MAX);
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

impl From<Decimal> for Ratio {
    fn from(d: Decimal) -> Ratio {
        // 10^MAX_SCALE always fits; the fallback is unreachable by construction of Decimal.
        let den = 10i128.checked_pow(d.scale).unwrap_or(1);
        Ratio::reduced(d.units, den).unwrap_or(Ratio { num: d.units, den })
    }
}

impl From<Money> for Ratio {
    fn from(m: Money) -> Ratio {
        Ratio::from(m.to_decimal())
    }
}

impl Ratio {
    /// Zero.
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };

    /// `num / den` in lowest terms; `None` for a zero denominator or an `i128::MIN` operand.
    pub fn new(num: i128, den: i128) -> Option<Ratio> {
        Ratio::reduced(num, den)
    }

    fn reduced(num: i128, den: i128) -> Option<Ratio> {
        if den == 0 || num == i128::MIN || den == i128::MIN {
            return None;
        }
        let g = gcd(num, den).max(1);
        let (mut num, mut den) = (num / g, den / g);
        if den < 0 {
            num = -num;
            den = -den;
        }
        Some(Ratio { num, den })
    }

    /// The numerator, in lowest terms (carries the sign).
    pub fn numer(&self) -> i128 {
        self.num
    }

    /// The denominator, in lowest terms (always positive).
    pub fn denom(&self) -> i128 {
        self.den
    }

    /// The exact sum; [`MoneyError::Overflow`] when it does not fit.
    pub fn checked_add(&self, other: &Ratio) -> Result<Ratio, MoneyError> {
        let g = gcd(self.den, other.den).max(1);
        let (bd, dd) = (self.den / g, other.den / g);
        let num = self
            .num
            .checked_mul(dd)
            .and_then(|a| other.num.checked_mul(bd).and_then(|b| a.checked_add(b)))
            .ok_or(MoneyError::Overflow)?;
        let den = self.den.checked_mul(dd).ok_or(MoneyError::Overflow)?;
        Ratio::reduced(num, den).ok_or(MoneyError::Overflow)
    }

    /// The negation; [`MoneyError::Overflow`] when it does not fit.
    pub fn checked_neg(&self) -> Result<Ratio, MoneyError> {
        Ok(Ratio {
            num: self.num.checked_neg().ok_or(MoneyError::Overflow)?,
            den: self.den,
        })
    }

    /// The exact difference; [`MoneyError::Overflow`] when it does not fit.
    pub fn checked_sub(&self, other: &Ratio) -> Result<Ratio, MoneyError> {
        self.checked_add(&other.checked_neg()?)
    }

    /// The exact product; [`MoneyError::Overflow`] when it does not fit.
    pub fn checked_mul(&self, other: &Ratio) -> Result<Ratio, MoneyError> {
        // Cross-reduce first so intermediate products stay small.
        let g1 = gcd(self.num, other.den).max(1);
        let g2 = gcd(other.num, self.den).max(1);
        let num = (self.num / g1)
            .checked_mul(other.num / g2)
            .ok_or(MoneyError::Overflow)?;
        let den = (self.den / g2)
            .checked_mul(other.den / g1)
            .ok_or(MoneyError::Overflow)?;
        Ratio::reduced(num, den).ok_or(MoneyError::Overflow)
    }

    /// Division; dividing by zero is [`MoneyError::Overflow`] (there is no exact answer).
    pub fn checked_div(&self, other: &Ratio) -> Result<Ratio, MoneyError> {
        let inv = Ratio::reduced(other.den, other.num).ok_or(MoneyError::Overflow)?;
        self.checked_mul(&inv)
    }

    /// Exact comparison; `None` only if cross-multiplication overflows.
    pub fn cmp_exact(&self, other: &Ratio) -> Option<Ordering> {
        let a = self.num.checked_mul(other.den)?;
        let b = other.num.checked_mul(self.den)?;
        Some(a.cmp(&b))
    }

    /// Rounds to `places` decimals and returns the integer number of `10^-places` units.
    pub fn round(&self, places: u32, rule: Rounding) -> Result<i128, MoneyError> {
        // Whole part and remainder first, so a huge value with a small denominator still rounds.
        let factor = pow10(places)?;
        let (whole, rest) = (self.num / self.den, self.num % self.den);
        let scaled_rest = rest.checked_mul(factor).ok_or(MoneyError::Overflow)?;
        let (q, r) = (scaled_rest / self.den, scaled_rest % self.den);
        let q = whole
            .checked_mul(factor)
            .and_then(|w| w.checked_add(q))
            .ok_or(MoneyError::Overflow)?;
        // |r| < den; compare 2|r| with den without overflow: |r| vs den - |r|.
        let rem = r.unsigned_abs();
        let other = self.den.unsigned_abs() - rem;
        let away = match rem.cmp(&other) {
            Ordering::Less => false,
            Ordering::Greater => true,
            Ordering::Equal => match rule {
                Rounding::HalfAwayFromZero => true,
                Rounding::HalfEven => q % 2 != 0,
            },
        };
        if !away || r == 0 {
            return Ok(q);
        }
        let step = if self.num < 0 { -1 } else { 1 };
        q.checked_add(step).ok_or(MoneyError::Overflow)
    }

    /// Rounds to øre with fpgo's rule (half away from zero).
    pub fn round_money(&self) -> Result<Money, MoneyError> {
        self.round(2, Rounding::HalfAwayFromZero).map(Money)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_what_users_and_documents_send() {
        assert_eq!(Decimal::parse("51").unwrap().to_string(), "51");
        assert_eq!(Decimal::parse("51.00").unwrap().to_string(), "51.00");
        assert_eq!(Decimal::parse("4017.86").unwrap().to_string(), "4017.86");
        assert_eq!(Decimal::parse("4500,50").unwrap().to_string(), "4500.50");
        assert_eq!(Decimal::parse(" 4 500,50 ").unwrap().to_string(), "4500.50");
        assert_eq!(
            Decimal::parse("1\u{a0}000\u{a0}000").unwrap().to_string(),
            "1000000"
        );
        assert_eq!(Decimal::parse("-0.5").unwrap().to_string(), "-0.5");
        assert_eq!(Decimal::parse("0.05").unwrap().units(), 5);
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for bad in [
            "abc", "1,000.50", "1.2.3", "51.", ",5", "--1", "+1", "1e3", "12 34", "1 2345", "NaN",
            "Infinity", "0x10", "1_000", "١٢",
        ] {
            let err = Decimal::parse(bad).unwrap_err();
            assert!(matches!(err, MoneyError::Invalid { .. }), "{bad}: {err:?}");
        }
        assert_eq!(Decimal::parse("  ").unwrap_err(), MoneyError::Empty);
        assert_eq!(
            Decimal::parse(&"9".repeat(40)).unwrap_err(),
            MoneyError::Overflow
        );
        assert_eq!(
            Decimal::parse(&"9".repeat(65)).unwrap_err(),
            MoneyError::Overflow
        );
        assert!(matches!(
            Decimal::parse("0.1234567890123").unwrap_err(),
            MoneyError::TooManyDecimals { .. }
        ));
        assert!(matches!(
            Money::parse("1.005").unwrap_err(),
            MoneyError::TooManyDecimals { max: 2, .. }
        ));
        assert_eq!(Money::parse("1.500").unwrap(), Money::from_minor(150));
    }

    #[test]
    fn reads_json_numbers_as_written() {
        assert_eq!(
            Decimal::from_json(&json!(4017.86)).unwrap().to_string(),
            "4017.86"
        );
        assert_eq!(Decimal::from_json(&json!(0.1)).unwrap().to_string(), "0.1");
        assert_eq!(
            Decimal::from_json(&json!(4500)).unwrap().to_string(),
            "4500"
        );
        assert_eq!(
            Decimal::from_json(&json!(1e-7)).unwrap().to_string(),
            "0.0000001"
        );
        assert_eq!(
            Decimal::from_json(&json!(1.5e3)).unwrap(),
            Decimal::from_int(1500)
        );
        assert_eq!(
            Decimal::from_json(&json!(u64::MAX)).unwrap().units(),
            i128::from(u64::MAX)
        );
        assert_eq!(
            Decimal::from_json(&json!(null)).unwrap_err(),
            MoneyError::WrongType { found: "null" }
        );
        assert_eq!(
            Decimal::from_json(&json!(true)).unwrap_err().code(),
            "wrong_type"
        );
        assert_eq!(
            Money::from_json(&json!("51.00")).unwrap().to_string(),
            "51.00"
        );
    }

    #[test]
    fn money_prints_two_decimals() {
        assert_eq!(Money::from_minor(0).to_string(), "0.00");
        assert_eq!(Money::from_minor(5).to_string(), "0.05");
        assert_eq!(Money::from_minor(-5).to_string(), "-0.05");
        assert_eq!(Money::from_minor(450000).to_string(), "4500.00");
        assert_eq!(
            serde_json::to_value(Money::from_minor(401786)).unwrap(),
            json!("4017.86")
        );
    }

    #[test]
    fn rounding_rules() {
        let r = |n, d| Ratio::new(n, d).unwrap();
        // 0.005 and -0.005
        assert_eq!(r(1, 200).round(2, Rounding::HalfAwayFromZero).unwrap(), 1);
        assert_eq!(r(-1, 200).round(2, Rounding::HalfAwayFromZero).unwrap(), -1);
        assert_eq!(r(1, 200).round(2, Rounding::HalfEven).unwrap(), 0);
        assert_eq!(r(3, 200).round(2, Rounding::HalfEven).unwrap(), 2);
        assert_eq!(r(-3, 200).round(2, Rounding::HalfEven).unwrap(), -2);
        // 4500 / 1.12 = 4017.857142...
        assert_eq!(
            r(450000, 112).round_money().unwrap(),
            Money::from_minor(401786)
        );
        assert_eq!(r(1, 3).round(2, Rounding::HalfAwayFromZero).unwrap(), 33);
        assert_eq!(r(-2, 3).round(2, Rounding::HalfAwayFromZero).unwrap(), -67);
    }

    #[test]
    fn ratio_arithmetic_is_exact_and_checked() {
        let third = Ratio::new(1, 3).unwrap();
        let sum = third
            .checked_add(&third)
            .unwrap()
            .checked_add(&third)
            .unwrap();
        assert_eq!(sum, Ratio::new(1, 1).unwrap());
        assert_eq!(
            third.checked_div(&Ratio::ZERO).unwrap_err(),
            MoneyError::Overflow
        );
        let huge = Ratio::new(i128::MAX, 1).unwrap();
        assert_eq!(huge.checked_add(&huge).unwrap_err(), MoneyError::Overflow);
        assert_eq!(huge.checked_mul(&huge).unwrap_err(), MoneyError::Overflow);
        assert!(Ratio::new(1, 0).is_none());
        assert!(Ratio::new(i128::MIN, 1).is_none());
    }

    #[test]
    fn decimals_compare_by_value() {
        assert_eq!(
            Decimal::parse("51").unwrap(),
            Decimal::parse("51.00").unwrap()
        );
        assert!(Decimal::parse("0.5").unwrap() < Decimal::parse("0.51").unwrap());
        assert_eq!(
            Decimal::parse("1.5")
                .unwrap()
                .checked_mul(&Decimal::parse("99.99").unwrap())
                .unwrap()
                .to_string(),
            "149.985"
        );
    }
    #[test]
    fn comparisons_never_overflow() {
        let nines = Decimal::parse(&"9".repeat(38)).unwrap();
        let tiny = Decimal::parse("0.000000000001").unwrap();
        assert_ne!(nines, tiny);
        assert!(nines > tiny);
        assert_eq!(tiny.cmp(&nines), Ordering::Less);
        let negative = Decimal::parse(&format!("-{}", "9".repeat(38))).unwrap();
        assert!(negative < tiny && negative < nines);
        assert!(Decimal::parse("-0.000000000001").unwrap() > negative);
        assert_eq!(
            Decimal::parse("1.000000000000").unwrap(),
            Decimal::from_int(1)
        );
    }

    #[test]
    fn php_numeric_strings() {
        let read = |s: &str| Decimal::parse_php_numeric(s).map(|r| r.map(|d| d.to_string()));
        assert_eq!(read("1e3"), Some(Ok("1000".into())));
        assert_eq!(read(" +5.1E1 "), Some(Ok("51".into())));
        assert_eq!(read("5.10E1"), Some(Ok("51.0".into())));
        assert_eq!(read(".5"), Some(Ok("0.5".into())));
        assert_eq!(read("51."), Some(Ok("51".into())));
        assert_eq!(read("-2.5e-3"), Some(Ok("-0.0025".into())));
        assert_eq!(read("4500,50"), Some(Ok("4500.50".into())));
        assert_eq!(read("0e-999"), Some(Ok("0".into())));
        assert_eq!(
            read("1.50000000000000000"),
            Some(Ok("1.500000000000".into()))
        );
        for not_numeric in [
            "", "e3", "1e", "1e+", "abc", "1.2.3", "0x1A", "--1", ". ", "1 e3",
        ] {
            assert_eq!(read(not_numeric), None, "{not_numeric}");
        }
        assert_eq!(read("1e300"), Some(Err(MoneyError::Overflow)));
        assert_eq!(
            read("1e99999999999999999999"),
            Some(Err(MoneyError::Overflow))
        );
        assert!(matches!(
            read("1e-20"),
            Some(Err(MoneyError::TooManyDecimals { .. }))
        ));
    }

    #[test]
    fn tiny_products_are_exact() {
        let q = Decimal::parse("0.000000000001").unwrap();
        let r = Decimal::parse("0.01").unwrap();
        assert_eq!(q.checked_mul(&r).unwrap_err(), MoneyError::Overflow);
        let exact = q.exact_product(&r).unwrap();
        assert_eq!((exact.numer(), exact.denom()), (1, 10i128.pow(14)));
        assert_eq!(exact.round_money().unwrap(), Money::ZERO);
    }

    #[test]
    fn huge_values_still_round() {
        let nines = Decimal::parse(&"9".repeat(38)).unwrap();
        let r = Ratio::from(nines);
        assert_eq!(
            r.round(0, Rounding::HalfAwayFromZero).unwrap(),
            nines.units()
        );
        assert_eq!(r.round_money().unwrap_err(), MoneyError::Overflow);
        assert_eq!(
            Ratio::new(-7, 2)
                .unwrap()
                .round(0, Rounding::HalfAwayFromZero)
                .unwrap(),
            -4
        );
        assert!(MoneyError::Invalid {
            input: "2024-08-22T10:15:00.000Z".into()
        }
        .to_string()
        .contains("is a date"));
    }

    /// Exact answers at the cut points (multi-byte characters next to the separators, signs and
    /// exponents, empty and trailing text), recorded from the parser before it cut without
    /// `&s[a..b]`: `(input, Decimal::parse, Decimal::parse_php_numeric)` as `{:?}`.
    #[test]
    fn cut_points_answer_as_before() {
        let cases = [
            ("", "Err(Empty)", "None"),
            (" ", "Err(Empty)", "None"),
            ("-", "Err(Invalid { input: \"-\" })", "None"),
            ("+", "Err(Invalid { input: \"+\" })", "None"),
            (".", "Err(Invalid { input: \".\" })", "None"),
            (",", "Err(Invalid { input: \",\" })", "None"),
            ("é", "Err(Invalid { input: \"é\" })", "None"),
            ("é.5", "Err(Invalid { input: \"é.5\" })", "None"),
            ("5.é", "Err(Invalid { input: \"5.é\" })", "None"),
            ("5,é", "Err(Invalid { input: \"5,é\" })", "None"),
            ("5é", "Err(Invalid { input: \"5é\" })", "None"),
            ("-é", "Err(Invalid { input: \"-é\" })", "None"),
            ("+é", "Err(Invalid { input: \"+é\" })", "None"),
            ("é-5", "Err(Invalid { input: \"é-5\" })", "None"),
            ("1.5x", "Err(Invalid { input: \"1.5x\" })", "None"),
            ("1 500.é", "Err(Invalid { input: \"1 500.é\" })", "None"),
            ("1\u{a0}500,25", "Ok(\"1500.25\")", "Some(Ok(\"1500.25\"))"),
            ("1é3", "Err(Invalid { input: \"1é3\" })", "None"),
            ("1e3é", "Err(Invalid { input: \"1e3é\" })", "None"),
            ("1eé", "Err(Invalid { input: \"1eé\" })", "None"),
            ("é1e3", "Err(Invalid { input: \"é1e3\" })", "None"),
            ("1.5e", "Err(Invalid { input: \"1.5e\" })", "None"),
            (
                "1.5E+2",
                "Err(Invalid { input: \"1.5E+2\" })",
                "Some(Ok(\"150\"))",
            ),
            (
                "-.5",
                "Err(Invalid { input: \"-.5\" })",
                "Some(Ok(\"-0.5\"))",
            ),
            (
                "+.5",
                "Err(Invalid { input: \"+.5\" })",
                "Some(Ok(\"0.5\"))",
            ),
            ("5.", "Err(Invalid { input: \"5.\" })", "Some(Ok(\"5\"))"),
            ("-5,", "Err(Invalid { input: \"-5,\" })", "None"),
            (
                ".5e1",
                "Err(Invalid { input: \".5e1\" })",
                "Some(Ok(\"5\"))",
            ),
            ("1.2,3", "Err(Invalid { input: \"1.2,3\" })", "None"),
            ("€5", "Err(Invalid { input: \"€5\" })", "None"),
            ("5€", "Err(Invalid { input: \"5€\" })", "None"),
            ("1 5é0", "Err(Invalid { input: \"1 5é0\" })", "None"),
            (
                "0.000000000001",
                "Ok(\"0.000000000001\")",
                "Some(Ok(\"0.000000000001\"))",
            ),
            (
                "1e-12",
                "Err(Invalid { input: \"1e-12\" })",
                "Some(Ok(\"0.000000000001\"))",
            ),
            (
                "1e-13",
                "Err(Invalid { input: \"1e-13\" })",
                "Some(Err(TooManyDecimals { input: \"1.e-13\", max: 12 }))",
            ),
            ("ünicode.1", "Err(Invalid { input: \"ünicode.1\" })", "None"),
        ];
        for (input, parsed, php) in cases {
            let p = Decimal::parse(input).map(|d| d.to_string());
            let q = Decimal::parse_php_numeric(input).map(|r| r.map(|d| d.to_string()));
            assert_eq!(format!("{p:?}"), parsed, "{input}");
            assert_eq!(format!("{q:?}"), php, "{input}");
        }
        let json_texts = [
            ("4017.86", "Ok(\"4017.86\")"),
            ("1e-7", "Ok(\"0.0000001\")"),
            ("1.5E+3", "Ok(\"1500\")"),
            ("2.5e2", "Ok(\"250\")"),
            ("1e", "Err(Overflow)"),
            ("é", "Err(Invalid { input: \"é\" })"),
            ("1eé", "Err(Overflow)"),
            ("1.5e+é", "Err(Overflow)"),
        ];
        for (text, answer) in json_texts {
            let d = parse_json_float_text(text).map(|d| d.to_string());
            assert_eq!(format!("{d:?}"), answer, "{text}");
        }
    }
}
