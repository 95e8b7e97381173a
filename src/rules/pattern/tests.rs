use super::*;

/// The tables' patterns (`grep -o 'regex:[^"]*' src/endpoints/*.rs | sort -u`) on inputs whose
/// PCRE verdicts were checked with `php -r 'var_dump(preg_match(...));'` (PHP 8.2, PCRE2) and are
/// compared with PHP itself by `tests/pattern_pcre.rs`.
#[test]
fn the_tables_patterns_match_as_pcre_does() {
    let cases: &[(&str, &str, bool)] = &[
        (r"/^[A-Z]{2}$/", "NO", true),
        (r"/^[A-Z]{2}$/", "NO\n", true),
        (r"/^[A-Z]{2}$/", "NO\n\n", false),
        (r"/^[A-Z]{2}$/", "NO\r\n", false),
        (r"/^[A-Z]{2}$/", "\nNO", false),
        (r"/^[A-Z]{2}$/", "no", false),
        (r"/^[A-Z]{2}$/", "N", false),
        (r"/^[A-Z]{2}$/", "NOR", false),
        (r"/^[A-Z]{2}$/", "ÅÅ", false),
        (r"/^[A-Z]{2}$/", "Å", false),
        (r"/^\d+$/", "0123", true),
        (r"/^\d+$/", "12\n", true),
        (r"/^\d+$/", "", false),
        (r"/^\d+$/", "\n", false),
        (r"/^\d+$/", "١٢", false),
        (r"/^\d+$/", "1 2", false),
        (r"/^\d+$/", "-1", false),
        (r"/^[0-9]+$/", "42", true),
        (r"/^[0-9]+$/", "4.2", false),
        (r"/^[a-zA-Z0-9]+$/", "Ab9", true),
        (r"/^[a-zA-Z0-9]+$/", "Ab-9", false),
        (r"/^[a-zA-Z0-9]+$/", "Abø", false),
        (r"/^\d{11}$/", "12345678901", true),
        (r"/^\d{11}$/", "12345678901\n", true),
        (r"/^\d{11}$/", "1234567890", false),
        (r"/^\d{11}$/", "123456789012", false),
        (r"/^(SENT|PAID)$/i", "paid", true),
        (r"/^(SENT|PAID)$/i", "Sent\n", true),
        (r"/^(SENT|PAID)$/i", "SENTPAID", false),
        (r"/^(SENT|PAID)$/i", "SEN", false),
        (r"/^(SENT|PAID)$/i", " PAID", false),
        (
            r"/^(SENT|PAID|CANCELLED|EXPIRED|INVOICED|REFUNDED|PARTIAL REFUNDED)$/i",
            "partial refunded",
            true,
        ),
        (
            r"/^(SENT|PAID|CANCELLED|EXPIRED|INVOICED|REFUNDED|PARTIAL REFUNDED)$/i",
            "PARTIAL  REFUNDED",
            false,
        ),
        (
            r"/^(SENT|PAID|CANCELLED|EXPIRED|INVOICED|REFUNDED|PARTIAL REFUNDED)$/i",
            "REFUNDED\n",
            true,
        ),
    ];
    for &(pattern, subject, expected) in cases {
        let p = Pcre::compile(pattern).unwrap();
        assert_eq!(p.is_match(subject), expected, "{pattern} on {subject:?}");
    }
}

#[test]
fn flags_delimiters_and_anchors() {
    let m = |p: &str, s: &str| Pcre::compile(p).unwrap().is_match(s);
    assert!(!m(r"/^\d{11}$/D", "12345678901\n"));
    assert!(m(r"/^\d{11}$/D", "12345678901"));
    assert!(m("#^ab$#i", "AB"));
    assert!(m("{^a{2}}", "aa"), "bracket delimiters nest");
    assert!(m("(^(a|b)$)", "b"));
    assert!(
        m(" \x0b/^a$/ \n\r", "a"),
        "PHP skips leading whitespace, ignores ` \\n\\r` flags"
    );
    assert!(m(r"/^a\/b$/", "a/b"));
    assert!(m("/^x/", "xyz"), "no `$`: a prefix");
    assert!(m("/b/", "abc"), "no `^`: anywhere");
    assert!(m("/c$/", "abc\n"));
    assert!(!m("/a$b/", "ab"));
    assert!(m("/^a|b$/", "xb"), "`|` binds loosest: (^a)|(b$)");
    assert!(!m("/^a|b$/", "xa"));
    assert!(m("/^(?:ab)+$/", "abab"));
    assert!(!m("/^(?:ab)+$/", "aba"));
    assert!(m("/^[a-c-]{2,}$/", "a-c"));
    assert!(m(r"/^[\d.]{1,3}$/", "1.5"));
    assert!(m("/^a?b*c{0,2}$/", ""));
    assert!(m("/^a?b*c{0,2}$/", "abbbcc"));
    assert!(!m("/^a?b*c{0,2}$/", "abccc"));
    assert!(
        m("/^(a|)+$/", "aaa"),
        "an empty alternative inside a loop ends"
    );
    assert!(m(r"/^\$\^\(\{$/", "$^({"));
    // `$` is zero-width before a final `\n` (php: preg_match('/$^/', "\n") is 1, and
    // preg_match('/a$^/', "a\n") is 0): a `^` after it still sees the start.
    assert!(m("/$^/", "\n"));
    assert!(!m("/a$^/", "a\n"));
}

#[test]
fn constructs_outside_the_subset_are_errors() {
    let rejected = [
        ("", "empty pattern"),
        ("abc", "delimiter"),
        ("/abc", "no ending delimiter"),
        ("/a/u", "modifier `u`"),
        ("/a/m", "modifier `m`"),
        ("/a/x", "modifier `x`"),
        ("/^.+$/", "`.`"),
        ("/^[^a]$/", "negated"),
        (r"/^\w+$/", r"`\w`"),
        (r"/^\s$/", r"`\s`"),
        (r"/^\D$/", r"`\D`"),
        ("/^a+?$/", "lazy"),
        ("/^a++$/", "possessive"),
        ("/^a**$/", "lazy or possessive"),
        ("/^*a/", "quantifier after `^`"),
        ("/+a/", "nothing to repeat"),
        ("/^a{/", "not a count"),
        ("/^a{x}/", "not a count"),
        ("/^a{,3}$/", "not a count"),
        ("/^a{3,2}$/", "n > m"),
        ("/^a{1001}$/", "count above"),
        ("/^(a$/", "missing `)`"),
        ("/^a)$/", "unmatched `)`"),
        ("/^(?=a)/", "groups"),
        ("/^[ab/", "missing `]`"),
        ("/^[z-a]$/", "out of order"),
        (r"/^[a-\d]$/", "must end in a character"),
        (r"/^[\d-z]$/", r"start at `\d`"),
        ("/^[]a]$/", "`]` first"),
        ("/^[[:alpha:]]$/", "`[` in a class"),
        ("/^é$/", "non-ASCII"),
        ("/^a\\", "no ending delimiter"),
        (
            "/^((((((((((((((((((a))))))))))))))))))$/",
            "nested too deeply",
        ),
        ("/^(a{1000}){1000}$/", "too large"),
    ];
    for (pattern, reason) in rejected {
        match Pcre::compile(pattern) {
            Ok(_) => panic!("{pattern:?} compiled"),
            Err(e) => assert!(e.contains(reason), "{pattern:?}: {e}"),
        }
    }
}

#[test]
fn the_byte_loop_agrees_with_the_nfa() {
    let patterns = [
        r"/^[A-Z]{2}$/",
        r"/^\d+$/",
        r"/^[0-9]+$/",
        r"/^[a-zA-Z0-9]+$/",
        r"/^\d{11}$/",
        r"/^[a-c]{1,3}$/",
        r"/^[A-Z]{2}$/D",
        r"/^[A-Z]{2}$/i",
        r"/^a$/",
        r"/^[a-z]*$/",
        r"/^[a-z]{2,}$/",
    ];
    let inputs = [
        "",
        "NO",
        "no",
        "N",
        "NOR",
        "NO\n",
        "NO\n\n",
        "\nNO",
        "N\u{d8}",
        "12345678901",
        "12345678901\n",
        "1234567890",
        "\u{661}\u{662}",
        "abc",
        "abcd",
        "aB9",
        "a-b",
        "a b",
        "0",
        "٣",
        "ÅÅ",
        "\n",
        "a",
    ];
    for pattern in patterns {
        let pcre = Pcre::compile(pattern).unwrap();
        let Matcher::Run(_) = pcre.matcher else {
            panic!("{pattern} is not on the byte loop");
        };
        let (body, flags) = split_delimiters(pattern).unwrap();
        let node = syntax::parse(body, flags.contains('i')).unwrap();
        let nfa = nfa::Program::compile(&node, flags.contains('D')).unwrap();
        for s in inputs {
            assert_eq!(
                pcre.is_match(s),
                nfa.is_match(s.as_bytes()),
                "{pattern} on {s:?}"
            );
        }
    }
    for pattern in [r"/^(SENT|PAID)$/i", "/[a-z]+$/", "/^[a-z]+/", "/^ab$/"] {
        let pcre = Pcre::compile(pattern).unwrap();
        assert!(matches!(pcre.matcher, Matcher::Nfa(_)), "{pattern}");
    }
}

#[test]
fn matching_is_linear_on_patterns_that_make_backtrackers_explode() {
    // `(a|a)*b` and `(a*)*b` on 20,000 `a`s: exponential for a backtracker; here a few states
    // per byte (a hang would stop the test run).
    let subject = "a".repeat(20_000);
    for pattern in ["/(a|a)*b/", "/(a*)*b/", "/^(a|aa)+$/D"] {
        let p = Pcre::compile(pattern).unwrap();
        assert_eq!(p.is_match(&subject), pattern.ends_with("/D"), "{pattern}");
    }
}

/// The reference: the same pattern translated for `regex-lite` (native tests only). Every set in
/// the subset is ASCII, so regex-lite's code points and PCRE's bytes give the same verdicts.
#[cfg(not(target_arch = "wasm32"))]
mod against_regex_lite {
    use super::*;
    use proptest::prelude::*;

    /// Whether `translate` can differ from PCRE on `body`: without `D`, PCRE's `$` is zero-width
    /// before a final `\n`, and `(?:\n?\z)` consumes it, so a `^` after a `$` (`/$^/` on `"\n"`
    /// matches in PCRE) cannot be expressed in regex-lite, which has no lookahead. PHP's own
    /// `preg_match` judges those patterns in `tests/pattern_pcre.rs`.
    fn translation_is_inexact(body: &str) -> bool {
        let (mut in_class, mut escaped, mut dollar_seen) = (false, false, false);
        for c in body.chars() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '[' => in_class = true,
                ']' => in_class = false,
                '$' if !in_class => dollar_seen = true,
                '^' if !in_class && dollar_seen => return true,
                _ => {}
            }
        }
        false
    }

    fn translate(body: &str, caseless: bool, dollar_endonly: bool) -> String {
        let mut out = String::from(if caseless { "(?i)" } else { "" });
        let (mut in_class, mut escaped) = (false, false);
        for c in body.chars() {
            match c {
                _ if escaped => {
                    escaped = false;
                    out.push(c);
                    continue;
                }
                '\\' => escaped = true,
                '[' => in_class = true,
                ']' => in_class = false,
                '$' if !in_class && dollar_endonly => {
                    out.push_str(r"\z");
                    continue;
                }
                '$' if !in_class => {
                    out.push_str(r"(?:\n?\z)");
                    continue;
                }
                _ => {}
            }
            out.push(c);
        }
        out
    }

    fn atom() -> impl Strategy<Value = String> {
        prop_oneof![prop::sample::select(vec![
            "a", "b", "A", "B", "0", "9", "-", " ", r"\d", r"\.", r"\-", r"\(", r"\$", "[a-c]",
            "[A-Z0-9]", r"[\d-]", "[ab-]", "[-x]", "[0-5a]", "^", "$",
        ])
        .prop_map(str::to_string),]
    }

    fn quantifier() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "", "", "", "*", "+", "?", "{2}", "{1,3}", "{0,}", "{2,}",
        ])
    }

    fn pattern() -> impl Strategy<Value = String> {
        let leaf =
            (atom(), quantifier()).prop_map(|(a, q)| if a == "^" || a == "$" { a } else { a + q });
        let sequence = |item: BoxedStrategy<String>| prop::collection::vec(item, 0..5);
        leaf.boxed().prop_recursive(3, 24, 5, move |inner| {
            let piece = prop_oneof![
                3 => inner.clone(),
                1 => (prop::collection::vec(sequence(inner.clone()), 1..4), quantifier(), any::<bool>())
                    .prop_map(|(alternatives, q, capturing)| {
                        let body: Vec<String> = alternatives.iter().map(|a| a.concat()).collect();
                        let open = if capturing { "(" } else { "(?:" };
                        format!("{open}{}){q}", body.join("|"))
                    }),
            ];
            sequence(piece.boxed()).prop_map(|items| items.concat())
        })
    }

    fn subject() -> impl Strategy<Value = String> {
        let pieces = vec![
            "a", "b", "A", "B", "0", "9", "-", " ", ".", "(", "$", "\n", "\r", "é", "٣",
        ];
        prop::collection::vec(prop::sample::select(pieces), 0..9).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn agrees_with_regex_lite(
            body in pattern(),
            caseless in any::<bool>(),
            dollar_endonly in any::<bool>(),
            subjects in prop::collection::vec(subject(), 8),
        ) {
            prop_assume!(dollar_endonly || !translation_is_inexact(&body));
            let flags = format!("{}{}", if caseless { "i" } else { "" }, if dollar_endonly { "D" } else { "" });
            let ours = Pcre::compile(&format!("/{body}/{flags}"));
            let reference = regex_lite::Regex::new(&translate(&body, caseless, dollar_endonly));
            let (Ok(ours), Ok(reference)) = (ours, reference) else {
                // Only too-large programs may be refused here; everything generated is in the subset.
                let e = Pcre::compile(&format!("/{body}/{flags}")).err().unwrap_or_default();
                prop_assert!(e.contains("too large"), "/{}/{}: {}", body, flags, e);
                return Ok(());
            };
            for s in &subjects {
                prop_assert_eq!(ours.is_match(s), reference.is_match(s), "/{}/{} on {:?}", body, flags, s);
            }
        }
    }
}
