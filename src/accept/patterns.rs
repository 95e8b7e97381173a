//! The JS regular expressions of the acceptance plans: for each rule that checks a string's shape,
//! a pattern that accepts only strings the engine's check accepts too (a subset, never more).
//! Every pattern is anchored, ASCII-only and uses only what JS `RegExp` and regex-lite read alike
//! (classes, `{n,m}`, `(?:...)`, `|`); the tests sample strings against regex-lite's reading of it
//! and the engine's verdict.

/// A JS pattern: its source and flags (`""` or `"i"`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Js {
    pub source: String,
    pub flags: &'static str,
}

impl Js {
    fn new(source: impl Into<String>) -> Js {
        Js {
            source: source.into(),
            flags: "",
        }
    }
}

/// PHP's `is_numeric` for plain decimals only (`12`, `-0.5`): no blanks, `+`, `.5`, `1.` or
/// exponent, which PHP also accepts but which the fast path leaves to the engine.
pub fn numeric() -> Js {
    Js::new(r"^-?[0-9]+(?:\.[0-9]+)?$")
}

/// `filter_var(FILTER_VALIDATE_INT)` for canonical integers that fit an i64 (at most 18 digits).
pub fn integer() -> Js {
    Js::new(r"^(?:0|-?[1-9][0-9]{0,17})$")
}

/// `digits:n`.
pub fn digits(n: u32) -> Js {
    Js::new(format!("^[0-9]{{{n}}}$"))
}

/// egulias' RFC validation for dot-atom local parts of `[A-Za-z0-9_+-]` and domains of LDH labels
/// (1 to 63 characters, no `-` at either end); the caller bounds the length (253 for the domain).
pub fn email() -> Js {
    let label = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    Js::new(format!(
        r"^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@{label}(?:\.{label})*$"
    ))
}

/// Laravel's `url` for `http(s)://` + an LDH host with an alphabetic top label + optional port +
/// path segments, query and fragment of unreserved and sub-delimiter characters (no `%`).
pub fn url() -> Js {
    let path_char = r"A-Za-z0-9._~!$&'()*+,;=:@";
    Js::new(format!(
        r"^https?://[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*\.[A-Za-z]{{2,63}}(?::[0-9]{{1,5}})?(?:/[{path_char}-]*)*(?:\?[{path_char}/?-]*)?(?:#[{path_char}/?-]*)?$"
    ))
}

/// `date_format:<format>` for the formats the tables use: `U` (PHP reads `[+-]?\d+` that fits an
/// i64) and `Y-m-d` with days 1-28 in every month, 29-30 outside February and 31 in the long
/// months (29 February is left to the engine: it needs the leap-year rule).
pub fn date_format(format: &str) -> Option<Js> {
    match format {
        "U" => Some(Js::new(r"^-?[0-9]{1,18}$")),
        "Y-m-d" => Some(Js::new(
            r"^[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)$",
        )),
        _ => None,
    }
}

/// A table's `regex:/.../flags` as a JS pattern, when it is written in the plain subset read the
/// same way by PCRE and JS: anchored with `^...$` (JS's `$` is stricter than PCRE's, which also
/// matches before a final newline: a subset), ASCII letters, digits, space, `\d`, classes with
/// ranges, groups, `|`, `+ * ? {n,m}`, and no flag but `i` (without `u`, JS folds ASCII letters
/// only, as PCRE does without `u`). `None` for anything else: those fields go to the engine.
pub fn table_regex(rule_param: &str) -> Option<Js> {
    let rest = rule_param.strip_prefix('/')?;
    let end = rest.rfind('/')?;
    let (body, flags) = (&rest[..end], &rest[end + 1..]);
    let flags = match flags {
        "" => "",
        "i" => "i",
        _ => return None,
    };
    let inner = body.strip_prefix('^')?.strip_suffix('$')?;
    if inner.ends_with('\\') {
        return None;
    }
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        let plain = c.is_ascii_alphanumeric() || " []{}(),|+*?-".contains(c);
        if c == '\\' {
            if chars.next() != Some('d') {
                return None;
            }
        } else if !plain {
            return None;
        }
    }
    Some(Js {
        source: body.to_string(),
        flags,
    })
}
