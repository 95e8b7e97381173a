//! The `regex:` matcher (src/rules/pattern/) against the tables and against PHP itself.
//!
//! - Every `regex:`/`not_regex:` pattern of every endpoint table compiles: a pattern outside the
//!   supported subset fails here, naming the endpoint, the field and what is unsupported.
//! - Every table pattern, a list of patterns covering each supported construct and 400 generated
//!   ones (fixed seed) give `preg_match`'s verdict on tricky and generated subjects (final `\n`,
//!   CRLF, empty, non-ASCII digits, multi-byte letters, case), asked of `php` in one process.
//!   Without `php` the comparison is skipped (an error with `FPGO_REQUIRE_PHP=1`).

use fpgo::__private::parse::parse_rule;
use fpgo::endpoints::{all, rule_name, split_rules};
use std::io::Write;
use std::process::{Command, Stdio};

/// The `regex:`/`not_regex:` rules of every table: (endpoint id, field, rule).
fn table_regex_rules() -> Vec<(&'static str, &'static str, &'static str)> {
    let mut out = Vec::new();
    for endpoint in all() {
        for field in endpoint.fields {
            for rule in split_rules(field.rules) {
                if matches!(rule_name(rule), "regex" | "not_regex") {
                    out.push((endpoint.id, field.name, rule));
                }
            }
        }
    }
    out
}

#[test]
fn every_table_pattern_is_in_the_supported_subset() {
    let rules = table_regex_rules();
    assert!(rules.len() >= 30, "only {} regex rules found", rules.len());
    for (endpoint, field, rule) in rules {
        let compiled = parse_rule(rule).unwrap_or_else(|e| {
            panic!(
                "{endpoint} {field}: `{rule}` is outside the pattern subset of \
                 src/rules/pattern/syntax.rs ({}); rewrite it with the supported constructs \
                 or extend the matcher and its tests",
                e.reason
            )
        });
        assert!(compiled.pcre.is_some(), "{endpoint} {field}: `{rule}`");
    }
}

/// Patterns covering each supported construct (the tables use only some of them).
const CONSTRUCTS: &[&str] = &[
    "/^x/",
    "/b/",
    "/c$/",
    "/^a|b$/",
    "/^(?:ab)+$/",
    "/^(a|b)+$/i",
    "/^[a-c-]{2,}$/D",
    r"/^[\d.]{1,3}$/",
    r"/^\d{9}$/",
    "/^[A-Z]{2}$/i",
    "/^[A-Z]{2}$/D",
    "/^a?b*c{0,2}$/",
    "/^(a|)+$/",
    r"/^\$\^\(\{$/",
    "#^ab$#i",
    "{^a{2}}",
    "(^(a|b)$)",
    " /^a$/ \n\r",
    r"/^a\/b$/",
    "/^$/",
    "/$/",
    "/^ $/",
];

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

const ATOMS: &[&str] = &[
    "a", "b", "A", "B", "0", "9", "-", " ", r"\d", r"\.", r"\-", r"\(", r"\$", "[a-c]", "[A-Z0-9]",
    r"[\d-]", "[ab-]", "[-x]", "[0-5a]", "^", "$",
];
const QUANTIFIERS: &[&str] = &["", "", "", "*", "+", "?", "{2}", "{1,3}", "{0,}", "{2,}"];

/// A random pattern body of the subset: items, some of them groups of alternatives.
fn generated_body(rng: &mut Rng, depth: u32) -> String {
    let mut body = String::new();
    for _ in 0..rng.below(5) {
        if depth < 2 && rng.below(4) == 0 {
            let alternatives: Vec<String> = (0..1 + rng.below(3))
                .map(|_| generated_body(rng, depth + 1))
                .collect();
            let open = if rng.below(2) == 0 { "(" } else { "(?:" };
            body += &format!("{open}{}){}", alternatives.join("|"), rng.pick(QUANTIFIERS));
        } else {
            let atom = *rng.pick(ATOMS);
            body += atom;
            if atom != "^" && atom != "$" {
                body += *rng.pick(QUANTIFIERS);
            }
        }
    }
    body
}

const TRICKY: &[&str] = &[
    "",
    "\n",
    "\r\n",
    "NO",
    "no",
    "No",
    "NO\n",
    "NO\n\n",
    "NO\r\n",
    "\nNO",
    "N",
    "NOR",
    "ÅÅ",
    "Å",
    "N\u{d8}",
    "0123",
    "12\n",
    "12\r\n",
    "١٢",
    "٣",
    "１２",
    "1 2",
    "-1",
    "4.2",
    "1e3",
    "Ab9",
    "Ab-9",
    "Abø",
    "12345678901",
    "12345678901\n",
    "1234567890",
    "123456789",
    "paid",
    "PAID",
    "Sent\n",
    "SENTPAID",
    "sent ",
    " PAID",
    "partial refunded",
    "PARTIAL  REFUNDED",
    "REFUNDED\n",
    "ǅ",
    "ß",
    "K",
    "\u{212a}",
    "a/b",
    "$^({",
    "x",
    "xyz",
    "abc\n",
    "ab",
    "aa",
    "aB",
    "a-c",
    "1.5",
    "abbbcc",
    "abccc",
    " ",
    "a\u{0}b",
];

fn generated_subject(rng: &mut Rng) -> String {
    const PIECES: &[&str] = &[
        "a", "b", "A", "B", "0", "9", "-", " ", ".", "(", "$", "^", "{", "\n", "\r", "é", "٣",
    ];
    (0..rng.below(9)).map(|_| *rng.pick(PIECES)).collect()
}

fn php_available() -> bool {
    let found = Command::new("php")
        .arg("-v")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found && std::env::var_os("FPGO_REQUIRE_PHP").is_some() {
        panic!("php is required (FPGO_REQUIRE_PHP is set)");
    }
    found
}

/// `preg_match` of every (pattern, subject) pair: 1, 0, -1 when PHP refuses the pattern, -2 when
/// PCRE gives up on that subject (its backtracking limits).
fn php_verdicts(cases: &[(String, Vec<String>)]) -> Vec<Vec<i64>> {
    const SCRIPT: &str = r#"
        $cases = json_decode(stream_get_contents(STDIN), true);
        $out = [];
        foreach ($cases as [$pattern, $subjects]) {
            $row = [];
            $compiles = @preg_match($pattern, '') !== false;
            foreach ($subjects as $s) {
                $r = @preg_match($pattern, $s);
                $row[] = !$compiles ? -1 : ($r === false ? -2 : $r);
            }
            $out[] = $row;
        }
        echo json_encode($out);
    "#;
    let mut child = Command::new("php")
        .args(["-r", SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run php");
    let input = serde_json::to_vec(cases).expect("cases as JSON");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&input)
        .expect("write to php");
    let output = child.wait_with_output().expect("php output");
    assert!(output.status.success(), "php failed");
    serde_json::from_slice(&output.stdout).expect("php's verdicts as JSON")
}

#[test]
fn verdicts_are_preg_match_verdicts() {
    if !php_available() {
        eprintln!("php missing: the comparison with preg_match is skipped");
        return;
    }
    let mut rng = Rng(0x5EED_0509);
    let mut patterns: Vec<String> = table_regex_rules()
        .iter()
        .filter_map(|(_, _, rule)| rule.split_once(':').map(|(_, p)| p.to_string()))
        .collect();
    patterns.sort();
    patterns.dedup();
    let tables = patterns.clone();
    patterns.extend(CONSTRUCTS.iter().map(|p| p.to_string()));
    for _ in 0..400 {
        let flags = ["", "", "i", "D", "iD"][rng.below(5)];
        patterns.push(format!("/{}/{flags}", generated_body(&mut rng, 0)));
    }
    let cases: Vec<(String, Vec<String>)> = patterns
        .into_iter()
        .map(|p| {
            let mut subjects: Vec<String> = TRICKY.iter().map(|s| s.to_string()).collect();
            subjects.extend((0..30).map(|_| generated_subject(&mut rng)));
            (p, subjects)
        })
        .collect();
    let verdicts = php_verdicts(&cases);
    let mut compared = 0;
    let mut gave_up = Vec::new();
    for ((pattern, subjects), php) in cases.iter().zip(&verdicts) {
        let rule = parse_rule(&format!("regex:{pattern}"))
            .unwrap_or_else(|e| panic!("{pattern:?} does not compile: {}", e.reason));
        let ours = rule.pcre.expect("a compiled pattern");
        for (s, &expected) in subjects.iter().zip(php) {
            assert_ne!(expected, -1, "PHP refuses {pattern:?}, which fpgo accepts");
            if expected == -2 {
                // PCRE's backtracking hit its limit (preg_match returns false, so Laravel fails
                // the rule); this matcher has no such limit. Never on a table's pattern.
                assert!(
                    !tables.contains(pattern),
                    "{pattern:?} on {s:?}: PCRE gave up"
                );
                gave_up.push(format!("{pattern:?} on {s:?}"));
                continue;
            }
            assert_eq!(
                i64::from(ours.is_match(s)),
                expected,
                "{pattern:?} on {s:?}: preg_match gives {expected}"
            );
            compared += 1;
        }
    }
    assert!(compared > 20_000, "only {compared} verdicts compared");
    assert!(gave_up.len() < 20, "PCRE gave up too often: {gave_up:#?}");
    eprintln!("{compared} verdicts equal to preg_match's; PCRE gave up on {gave_up:?}");
}
