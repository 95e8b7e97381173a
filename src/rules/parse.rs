//! Parsing Laravel rule strings (`required_if:customerDetails.type,corporate|nullable|string`) into
//! [`Rule`]s, once per table: `explode('|')`, `name:params`, `Str::studly` names and `str_getcsv`
//! parameters, exactly as `ValidationRuleParser` does. Unknown rules are an error, never ignored;
//! rules only the server can check (`exists:`, `unique:`) are kept as [`Kind::ServerOnly`].

use super::pattern::Pcre;

/// What a rule checks. The Laravel name (for `failed()`) is [`Kind::laravel_name`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Laravel's `required`.
    Required,
    /// Laravel's `nullable`.
    Nullable,
    /// Laravel's `sometimes`.
    Sometimes,
    /// Laravel's `bail`.
    Bail,
    /// Laravel's `present`.
    Present,
    /// Laravel's `filled`.
    Filled,
    /// Laravel's `string`.
    String,
    /// Laravel's `numeric`.
    Numeric,
    /// Laravel's `integer`.
    Integer,
    /// Laravel's `boolean`.
    Boolean,
    /// Laravel's `array`.
    Array,
    /// Laravel's `email`.
    Email,
    /// Laravel's `url`.
    Url,
    /// Laravel's `in`.
    In,
    /// Laravel's `not_in`.
    NotIn,
    /// Laravel's `size`.
    Size,
    /// Laravel's `min`.
    Min,
    /// Laravel's `max`.
    Max,
    /// Laravel's `between`.
    Between,
    /// Laravel's `digits`.
    Digits,
    /// Laravel's `digits_between`.
    DigitsBetween,
    /// Laravel's `regex`.
    Regex,
    /// Laravel's `not_regex`.
    NotRegex,
    /// Laravel's `date_format`.
    DateFormat,
    /// Laravel's `required_if`.
    RequiredIf,
    /// Laravel's `required_unless`.
    RequiredUnless,
    /// Laravel's `required_with`.
    RequiredWith,
    /// Laravel's `required_with_all`.
    RequiredWithAll,
    /// Laravel's `required_without`.
    RequiredWithout,
    /// Laravel's `required_without_all`.
    RequiredWithoutAll,
    /// Needs the server's database (`exists`, `unique`): listed, never evaluated here.
    /// Laravel's `server_only`.
    ServerOnly,
}

impl Kind {
    /// Every kind, in declaration order (`Kind::ALL[k as usize] == k`): the build-time tables
    /// (`crate::rules::codec`) store a kind as its index.
    #[cfg(any(test, target_arch = "wasm32"))]
    pub(crate) const ALL: [Kind; 31] = {
        use Kind::*;
        [
            Required,
            Nullable,
            Sometimes,
            Bail,
            Present,
            Filled,
            String,
            Numeric,
            Integer,
            Boolean,
            Array,
            Email,
            Url,
            In,
            NotIn,
            Size,
            Min,
            Max,
            Between,
            Digits,
            DigitsBetween,
            Regex,
            NotRegex,
            DateFormat,
            RequiredIf,
            RequiredUnless,
            RequiredWith,
            RequiredWithAll,
            RequiredWithout,
            RequiredWithoutAll,
            ServerOnly,
        ]
    };

    /// `Str::studly` of the rule name, as `Validator::failed()` reports it.
    pub fn laravel_name(self) -> &'static str {
        // One text, a name per line in declaration order (a `match` kept a table of 31 `&str`).
        const NAMES: &str = "Required\nNullable\nSometimes\nBail\nPresent\nFilled\nString\n\
            Numeric\nInteger\nBoolean\nArray\nEmail\nUrl\nIn\nNotIn\nSize\nMin\nMax\nBetween\n\
            Digits\nDigitsBetween\nRegex\nNotRegex\nDateFormat\nRequiredIf\nRequiredUnless\n\
            RequiredWith\nRequiredWithAll\nRequiredWithout\nRequiredWithoutAll\nServerOnly";
        crate::text::nth_line(NAMES, self as usize)
    }

    /// `Validator::$implicitRules` (the subset fpgo supports): run even on missing or empty values.
    pub fn is_implicit(self) -> bool {
        use Kind::*;
        matches!(
            self,
            Required
                | Filled
                | Present
                | RequiredIf
                | RequiredUnless
                | RequiredWith
                | RequiredWithAll
                | RequiredWithout
                | RequiredWithoutAll
        )
    }

    /// `Validator::$dependentRules` (the subset fpgo supports): `*` in parameters takes the field's indices.
    pub fn is_dependent(self) -> bool {
        use Kind::*;
        matches!(
            self,
            RequiredIf
                | RequiredUnless
                | RequiredWith
                | RequiredWithAll
                | RequiredWithout
                | RequiredWithoutAll
        )
    }

    /// The kind of a `Str::studly` rule name (`RequiredIf`); `None` for rules fpgo does not run.
    pub fn from_studly(name: &str) -> Option<Kind> {
        use Kind::*;
        Some(match name {
            "Required" => Required,
            "Nullable" => Nullable,
            "Sometimes" => Sometimes,
            "Bail" => Bail,
            "Present" => Present,
            "Filled" => Filled,
            "String" => String,
            "Numeric" => Numeric,
            "Integer" | "Int" => Integer,
            "Boolean" | "Bool" => Boolean,
            "Array" => Array,
            "Email" => Email,
            "Url" => Url,
            "In" => In,
            "NotIn" => NotIn,
            "Size" => Size,
            "Min" => Min,
            "Max" => Max,
            "Between" => Between,
            "Digits" => Digits,
            "DigitsBetween" => DigitsBetween,
            "Regex" => Regex,
            "NotRegex" => NotRegex,
            "DateFormat" => DateFormat,
            "RequiredIf" => RequiredIf,
            "RequiredUnless" => RequiredUnless,
            "RequiredWith" => RequiredWith,
            "RequiredWithAll" => RequiredWithAll,
            "RequiredWithout" => RequiredWithout,
            "RequiredWithoutAll" => RequiredWithoutAll,
            "Exists" | "Unique" => ServerOnly,
            _ => return None,
        })
    }
}

/// One parsed rule of a field.
#[derive(Debug, Clone)]
pub struct Rule {
    /// What the rule checks.
    pub kind: Kind,
    /// The rule's name as written, studly-cased (`Exists` for a server-only rule).
    pub name: String,
    /// Parameters as `str_getcsv` splits them (one unsplit parameter for `regex`/`not_regex`).
    pub params: Vec<String>,
    /// The piece of the rule string this came from (`boolean`, `in:0,12`), as Laravel keeps it.
    pub raw: String,
    /// Numeric parameters of size rules, parsed once.
    pub bounds: Vec<super::php::Num>,
    /// Compiled pattern of `regex`/`not_regex` (boxed: rules are scanned in a loop, and a small
    /// `Rule` keeps that loop in cache).
    pub pcre: Option<Box<Pcre>>,
    /// The list of `in`/`not_in` with each item's numeric reading, parsed once.
    pub list: super::checks::InList,
    /// For dependent rules (`required_with:a.b`), each parameter split on `.` once, so that a check
    /// looks the other field up without splitting its name (used when no `*` needs replacing).
    pub param_paths: Vec<Vec<String>>,
}

/// A rule string that cannot be interpreted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The rule as written.
    pub rule: String,
    /// Why it cannot be interpreted.
    pub reason: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "rule `{}`: {}", self.rule, self.reason)
    }
}

/// `Str::studly`: `required_if` -> `RequiredIf`, `digits_between` -> `DigitsBetween` (PHP's
/// `ucwords` only upper-cases ASCII letters).
fn studly(s: &str) -> String {
    s.split(['_', '-', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// `str_getcsv($parameter)`: comma-separated, double quotes group, `""` escapes a quote.
fn getcsv(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_quotes = false;
    let mut chars = s.chars().peekable();
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    cur.push('"');
                    chars.next();
                } else {
                    in_quotes = false;
                }
            } else {
                cur.push(c);
            }
        } else if c == ',' {
            out.push(std::mem::take(&mut cur));
            at_start = true;
            continue;
        } else if c == '"' && at_start {
            in_quotes = true;
        } else {
            cur.push(c);
        }
        at_start = false;
    }
    out.push(cur);
    out
}

fn required_params(kind: Kind) -> usize {
    use Kind::*;
    match kind {
        Size | Min | Max | Digits | Regex | NotRegex | DateFormat => 1,
        Between | DigitsBetween | RequiredIf | RequiredUnless => 2,
        RequiredWith | RequiredWithAll | RequiredWithout | RequiredWithoutAll | In | NotIn => 1,
        _ => 0,
    }
}

/// Parses one rule (`in:0,12,15,25`).
pub fn parse_rule(raw: &str) -> Result<Rule, ParseError> {
    let err = |reason: &str| ParseError {
        rule: raw.to_string(),
        reason: reason.to_string(),
    };
    let (name, param_str) = match raw.split_once(':') {
        Some((n, p)) => (n, Some(p)),
        None => (raw, None),
    };
    let studly_name = studly(name.trim());
    let kind = Kind::from_studly(&studly_name).ok_or_else(|| err("unknown rule"))?;
    let lower = name.to_ascii_lowercase();
    let params = match param_str {
        None => Vec::new(),
        Some(p) if matches!(lower.as_str(), "regex" | "not_regex" | "notregex") => {
            vec![p.to_string()]
        }
        Some(p) => getcsv(p),
    };
    if params.len() < required_params(kind) {
        return Err(err("too few parameters"));
    }
    let pcre = match kind {
        Kind::Regex | Kind::NotRegex => Some(Box::new(
            Pcre::compile(params.first().map(String::as_str).unwrap_or("")).map_err(|e| err(&e))?,
        )),
        Kind::DateFormat => {
            for f in &params {
                super::date::check_format_supported(f).map_err(|e| err(&e))?;
            }
            None
        }
        _ => None,
    };
    Rule::assemble(kind, studly_name, raw.to_string(), params, pcre).map_err(err)
}

impl Rule {
    /// A rule from its parsed parts, with what is read once from the parameters (size bounds, the
    /// `in:` list, the dependent rules' paths) added: the one place both the parser and the
    /// decoder of the build-time tables (`crate::rules::codec`) make a [`Rule`].
    pub(crate) fn assemble(
        kind: Kind,
        name: String,
        raw: String,
        params: Vec<String>,
        pcre: Option<Box<Pcre>>,
    ) -> Result<Rule, &'static str> {
        let bounds = if matches!(
            kind,
            Kind::Size | Kind::Min | Kind::Max | Kind::Between | Kind::Digits | Kind::DigitsBetween
        ) {
            // A plain loop: `collect::<Option<..>>` links a `GenericShunt` iterator of its own.
            let mut bounds = Vec::with_capacity(params.len());
            for p in &params {
                bounds.push(super::php::numeric_string(p).ok_or("non-numeric size parameter")?);
            }
            bounds
        } else {
            Vec::new()
        };
        let list = match kind {
            Kind::In | Kind::NotIn => super::checks::InList::new(&params),
            _ => super::checks::InList::default(),
        };
        let param_paths = if kind.is_dependent() {
            params.iter().map(|p| super::split_owned(p, '.')).collect()
        } else {
            Vec::new()
        };
        Ok(Rule {
            kind,
            name,
            params,
            raw,
            bounds,
            pcre,
            list,
            param_paths,
        })
    }
}

/// Splits a rule string into rules as the endpoint tables write them (`crate::endpoints::split_rules`):
/// on `|`, except that a `regex:` rule runs to the end of the string, `|` included
/// (`nullable|regex:/^(SENT|PAID)$/i`). That is Laravel's array form, which the server needs for such
/// patterns; for every other string it is exactly Laravel's `explode('|')`.
pub fn split_rules(rules: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = rules;
    loop {
        if rest.starts_with("regex:") {
            out.push(rest);
            break;
        }
        match rest.split_once('|') {
            Some((rule, tail)) => {
                out.push(rule);
                rest = tail;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.retain(|r| !r.trim().is_empty());
    out
}

/// Parses a whole rule string (`required|numeric|in:0,12,15,25`, see [`split_rules`]); empty pieces
/// are skipped as Laravel skips them.
pub fn parse_rules(rules: &str) -> Result<Vec<Rule>, ParseError> {
    split_rules(rules).into_iter().map(parse_rule).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_studly_like_laravel() {
        let r =
            parse_rules("required_if:customerDetails.type,corporate|nullable|digits_between:1,3")
                .unwrap();
        let names: Vec<_> = r.iter().map(|r| r.kind.laravel_name()).collect();
        assert_eq!(names, ["RequiredIf", "Nullable", "DigitsBetween"]);
        assert_eq!(r[0].params, ["customerDetails.type", "corporate"]);
    }

    #[test]
    fn regex_keeps_commas_and_csv_handles_quotes() {
        let r = parse_rule("regex:/^[a-z]{1,3}$/").unwrap();
        assert_eq!(r.params, ["/^[a-z]{1,3}$/"]);
        let r = parse_rule("in:\"a,b\",c").unwrap();
        assert_eq!(r.params, ["a,b", "c"]);
    }

    #[test]
    fn a_trailing_regex_keeps_its_bars() {
        assert_eq!(
            split_rules("nullable|string|regex:/^(SENT|PAID)$/i"),
            ["nullable", "string", "regex:/^(SENT|PAID)$/i"]
        );
        assert_eq!(split_rules("required||numeric"), ["required", "numeric"]);
        let r = parse_rules("nullable|regex:/^(SENT|PAID)$/i").unwrap();
        assert!(r[1].pcre.as_ref().unwrap().is_match("paid"));
    }

    #[test]
    fn unknown_rules_and_missing_parameters_are_errors() {
        assert!(parse_rule("uuidish").is_err());
        assert!(parse_rule("size").is_err());
        assert!(parse_rule("between:1").is_err());
        assert!(parse_rule("max:ten").is_err());
        assert_eq!(
            parse_rule("exists:orders,uuid").unwrap().kind,
            Kind::ServerOnly
        );
        assert_eq!(parse_rule("int").unwrap().kind.laravel_name(), "Integer");
    }

    #[test]
    fn laravel_names_are_the_kinds_names() {
        // Every kind's name is its variant's (`Str::studly` of Laravel's rule name).
        for k in Kind::ALL {
            assert_eq!(k.laravel_name(), format!("{k:?}"));
        }
    }

    #[test]
    fn all_kinds_are_listed_at_their_index() {
        for (i, k) in Kind::ALL.iter().enumerate() {
            assert_eq!(*k as usize, i, "{k:?}");
        }
        assert_eq!(Kind::ALL.len(), Kind::ServerOnly as usize + 1);
    }
}
