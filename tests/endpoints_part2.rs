//! The endpoint tables of part 2 (seed 000 lines 5163-8699: subscriptions, customers, refunds,
//! terminal, credit, company) against the documents: ids, methods and paths as documented (or as
//! decided in docs/decisions/subscriptions-customers-refunds-terminal-credit-company.md), rule
//! strings in the Laravel subset the rule engine implements, source citations inside the seeds, and
//! the documented example payloads in tests/fixtures/examples/.

mod common;

use common::ISSUE_RULES;
use fpgo::endpoints::{self, terminal, Endpoint, Field, Location, Method};
use serde_json::Value;
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

/// The 27 endpoints of catalog part 2, in the documents' order, with the method and path of the seed
/// line that prints them (placeholders in camelCase).
const PART2: &[(&str, Method, &str)] = &[
    // 5174, 5410-5411 (singular `subscription`), 5617, 5767, 5872, 6099, 6190, 6228, 6284
    (
        "subscriptions.create",
        Method::Post,
        "/api/v1/connect/subscriptions/submit",
    ),
    (
        "subscriptions.createSession",
        Method::Post,
        "/api/v1/connect/subscription/create",
    ),
    (
        "subscriptions.list",
        Method::Get,
        "/api/v1/connect/subscriptions/list/{status?}",
    ),
    (
        "subscriptions.listFailedPayments",
        Method::Get,
        "/api/v1/connect/subscriptions/failed/list/{status?}",
    ),
    (
        "subscriptions.getDetails",
        Method::Get,
        "/api/v1/connect/subscriptions/details/{subscriptionUuid}",
    ),
    (
        "subscriptions.getFailedPaymentDetails",
        Method::Get,
        "/api/v1/connect/subscriptions/failed/details/{orderUuid}",
    ),
    (
        "subscriptions.resend",
        Method::Post,
        "/api/v1/connect/subscriptions/resend/{subscriptionUuid}",
    ),
    (
        "subscriptions.cancel",
        Method::Post,
        "/api/v1/connect/subscriptions/cancel/{subscriptionUuid}",
    ),
    (
        "subscriptions.refundCycles",
        Method::Post,
        "/api/v1/connect/subscriptions/cycles/refund/{subscriptionUuid}",
    ),
    // 6443, 6532, 6695
    (
        "customers.getDetails",
        Method::Get,
        "/api/v1/connect/customers/details/{customerUuid}",
    ),
    (
        "customers.updatePrivate",
        Method::Put,
        "/api/v1/connect/customers/update/private/{customerUuid}",
    ),
    (
        "customers.updateCorporate",
        Method::Put,
        "/api/v1/connect/customers/update/corporate/{customerUuid}",
    ),
    // 6901: no `/connect`, as documented (decision P2-61)
    (
        "refunds.requestApproval",
        Method::Post,
        "/api/v1/orders/refund/request/approval/{orderUuid}",
    ),
    // 7092, 7147, 7510, 7630, 7695, 7790, 7947, 8021
    (
        "terminal.listTerminals",
        Method::Get,
        "/api/v1/connect/terminal/lists/{organizationUuid}",
    ),
    (
        "terminal.createOrder",
        Method::Post,
        "/api/v1/connect/terminal/orders/create",
    ),
    (
        "terminal.cancelOrder",
        Method::Post,
        "/api/v1/connect/terminal/orders/cancel/{orderUuid}",
    ),
    (
        "terminal.resendOrder",
        Method::Post,
        "/api/v1/connect/terminal/orders/resend/{orderUuid}",
    ),
    (
        "terminal.getPaymentStatus",
        Method::Get,
        "/api/v1/connect/terminal/orders/payment-status/{orderUuid}",
    ),
    (
        "terminal.refund",
        Method::Post,
        "/api/v1/connect/terminal/orders/refund/{orderUuid}",
    ),
    (
        "terminal.getRefundStatus",
        Method::Post,
        "/api/v1/connect/terminal/orders/refund-status/{orderUuid}",
    ),
    (
        "terminal.cancelRefund",
        Method::Post,
        "/api/v1/connect/terminal/orders/cancel/{orderUuid}",
    ),
    // 8132, 8223, 8302 print `/connect//credit`; single slash by decision P2-80
    (
        "credit.checkPrivate",
        Method::Post,
        "/api/v1/connect/credit/check/private",
    ),
    (
        "credit.checkCorporate",
        Method::Post,
        "/api/v1/connect/credit/check/corporate",
    ),
    (
        "credit.listChecks",
        Method::Get,
        "/api/v1/connect/credit/check/list",
    ),
    // 8392, 8575, 8651
    (
        "company.requestCheck",
        Method::Post,
        "/api/v1/connect/company/check",
    ),
    (
        "company.getDetails",
        Method::Get,
        "/api/v1/connect/company/details/{companyId}",
    ),
    (
        "company.getInvoiceFee",
        Method::Get,
        "/api/v1/connect/company/invoice-fee/{companyId}",
    ),
];

const AREAS: &[&str] = &[
    "subscriptions",
    "customers",
    "refunds",
    "terminal",
    "credit",
    "company",
];

/// Endpoints with a body but no documented example: Refund Subscription Cycle gives only rule
/// strings (6286-6287).
const NO_EXAMPLE: &[&str] = &["subscriptions.refundCycles"];

/// Line counts of the seed files (`wc -l`, as the brief states them), for citations.
const SEED_LINES: &[(&str, usize)] = &[
    ("000", 8699),
    ("001", 2009),
    ("002", 263),
    ("003", 235),
    ("004", 299),
];

/// Part 2 covers these lines of seed 000.
const PART2_LINES: (usize, usize) = (5163, 8699);

fn part2() -> impl Iterator<Item = &'static Endpoint> {
    endpoints::all().filter(|e| AREAS.contains(&e.area()))
}

fn endpoint(id: &str) -> &'static Endpoint {
    match endpoints::find(id) {
        Some(e) => e,
        None => panic!("no endpoint {id}"),
    }
}

// ---------------------------------------------------------------------------------------------
// (a) ids, methods and paths

#[test]
fn every_part2_endpoint_exists_with_its_documented_method_and_path() {
    for &(id, method, path) in PART2 {
        let e = endpoint(id);
        assert_eq!(e.method, method, "{id}: method");
        assert_eq!(e.path, path, "{id}: path");
        assert!(!e.name.is_empty(), "{id}: name");
    }
    let listed: BTreeSet<&str> = PART2.iter().map(|(id, _, _)| *id).collect();
    let tabled: BTreeSet<&str> = part2().map(|e| e.id).collect();
    assert_eq!(listed.len(), 27);
    assert_eq!(
        tabled, listed,
        "the six part-2 areas hold exactly the 27 catalogued endpoints"
    );
    // And in the documents' order.
    let order: Vec<&str> = part2().map(|e| e.id).collect();
    let expected: Vec<&str> = PART2.iter().map(|(id, _, _)| *id).collect();
    assert_eq!(order, expected);
}

#[test]
fn paths_are_relative_with_camel_case_placeholders_matching_path_fields() {
    for e in part2() {
        assert!(e.path.starts_with("/api/v1/"), "{}: {}", e.id, e.path);
        assert!(!e.path.contains("//"), "{}: empty path segment", e.id);
        assert!(!e.path.contains("{{"), "{}: double-brace placeholder", e.id);
        let placeholders: BTreeSet<&str> = e.path_params().collect();
        let fields: BTreeSet<&str> = e.fields_at(Location::Path).map(|f| f.name).collect();
        assert_eq!(
            placeholders, fields,
            "{}: path placeholders vs path fields",
            e.id
        );
        for p in &placeholders {
            let camel = p.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && p.chars().all(|c| c.is_ascii_alphanumeric());
            assert!(camel, "{}: placeholder {p} is not camelCase", e.id);
        }
        if e.method == Method::Get {
            assert_eq!(
                e.fields_at(Location::Body).count(),
                0,
                "{}: GET with a body",
                e.id
            );
        }
    }
}

#[test]
fn only_the_two_terminal_cancels_share_a_method_and_path_and_type_tells_them_apart() {
    let mut seen: Vec<(Method, &str, &str)> = Vec::new();
    let mut shared = Vec::new();
    for e in endpoints::all() {
        if let Some((_, _, other)) = seen.iter().find(|(m, p, _)| *m == e.method && *p == e.path) {
            shared.push((*other, e.id));
        }
        seen.push((e.method, e.path, e.id));
    }
    assert_eq!(
        shared,
        vec![("terminal.cancelOrder", "terminal.cancelRefund")]
    );

    // Their `type` rules are disjoint, and `for_cancel_type` routes each documented value.
    let type_rule = |id: &str| body_field(endpoint(id), "type").rules;
    assert_eq!(
        type_rule("terminal.cancelOrder"),
        "required|string|in:payment"
    );
    assert_eq!(
        type_rule("terminal.cancelRefund"),
        "required|string|in:refund"
    );
    assert_eq!(
        terminal::for_cancel_type("payment").map(|e| e.id),
        Some("terminal.cancelOrder")
    );
    assert_eq!(
        terminal::for_cancel_type("refund").map(|e| e.id),
        Some("terminal.cancelRefund")
    );
    for other in ["", "Payment", "REFUND", "regular", "payment "] {
        assert!(terminal::for_cancel_type(other).is_none(), "{other:?}");
    }
}

fn body_field(e: &'static Endpoint, name: &str) -> &'static Field {
    match e.fields_at(Location::Body).find(|f| f.name == name) {
        Some(f) => f,
        None => panic!("{}: no body field {name}", e.id),
    }
}

// ---------------------------------------------------------------------------------------------
// (b) the documented example payloads

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/examples")
}

fn read_fixture(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()))
}

#[test]
fn every_fixture_parses_and_names_an_endpoint_with_a_body() {
    let mut count = 0;
    for entry in std::fs::read_dir(fixtures_dir()).expect("tests/fixtures/examples") {
        let path = entry.expect("directory entry").path();
        if path.extension().and_then(|x| x.to_str()) != Some("json") {
            continue;
        }
        let id = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 file name");
        let e =
            endpoints::find(id).unwrap_or_else(|| panic!("fixture {id}.json names no endpoint"));
        assert!(
            e.fields_at(Location::Body).count() > 0,
            "{id}: example for an endpoint without body"
        );
        assert!(
            read_fixture(&path).is_object(),
            "{id}.json is not a JSON object"
        );
        count += 1;
    }
    assert!(count >= 14, "only {count} fixtures");
}

#[test]
fn every_part2_endpoint_with_a_body_has_its_example() {
    for e in part2() {
        let has_body = e.fields_at(Location::Body).count() > 0;
        let file = fixtures_dir().join(format!("{}.json", e.id));
        if has_body && !NO_EXAMPLE.contains(&e.id) {
            assert!(file.is_file(), "{}: missing {}", e.id, file.display());
        } else {
            assert!(!file.exists(), "{}: unexpected {}", e.id, file.display());
        }
    }
}

/// Every value at a dotted Laravel path (`*` is every element of an array or object).
fn values_at<'a>(v: &'a Value, path: &[&str], out: &mut Vec<&'a Value>) {
    let Some((head, rest)) = path.split_first() else {
        out.push(v);
        return;
    };
    match (v, *head) {
        (Value::Array(items), "*") => items.iter().for_each(|i| values_at(i, rest, out)),
        (Value::Object(map), "*") => map.values().for_each(|i| values_at(i, rest, out)),
        (Value::Object(map), key) => {
            if let Some(i) = map.get(key) {
                values_at(i, rest, out)
            }
        }
        _ => {}
    }
}

/// A cross-check of field names: each unconditionally required body field of a table is in its
/// documented example (a misspelt field name in the table would fail here).
#[test]
fn examples_carry_every_unconditionally_required_field() {
    for e in part2() {
        let file = fixtures_dir().join(format!("{}.json", e.id));
        if !file.is_file() {
            continue;
        }
        let example = read_fixture(&file);
        for f in e.fields_at(Location::Body) {
            if !rule_names(f.rules).contains(&"required") {
                continue;
            }
            let segments: Vec<&str> = f.name.split('.').collect();
            let mut found = Vec::new();
            values_at(&example, &segments, &mut found);
            assert!(
                !found.is_empty(),
                "{}: required {} is not in the example",
                e.id,
                f.name
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// (c) rule strings

/// Splits a rule string into (name, parameter) pairs. `regex:` takes the rest of the string, since
/// a pattern may contain `|`; so it must be the last rule.
fn parse_rules(rules: &str) -> Vec<(&str, Option<&str>)> {
    let mut out = Vec::new();
    let mut rest = rules;
    while !rest.is_empty() {
        if let Some(pattern) = rest.strip_prefix("regex:") {
            out.push(("regex", Some(pattern)));
            break;
        }
        let (rule, tail) = rest.split_once('|').unwrap_or((rest, ""));
        out.push(match rule.split_once(':') {
            Some((name, params)) => (name, Some(params)),
            None => (rule, None),
        });
        rest = tail;
    }
    out
}

fn rule_names(rules: &str) -> Vec<&str> {
    parse_rules(rules).into_iter().map(|(n, _)| n).collect()
}

fn is_uint(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn check_rule(e: &Endpoint, name: &str, params: Option<&str>) -> Result<(), String> {
    if !ISSUE_RULES.contains(&name) {
        return Err(format!("rule {name:?} is not in the engine's list"));
    }
    let list: Vec<&str> = params.map(|p| p.split(',').collect()).unwrap_or_default();
    let field_exists = |n: &str| e.fields.iter().any(|g| g.name == n);
    let ok = match name {
        "required" | "nullable" | "sometimes" | "present" | "filled" | "string" | "numeric"
        | "integer" | "boolean" | "array" | "email" | "url" => params.is_none(),
        "in" => !list.is_empty() && list.iter().all(|v| !v.is_empty()),
        "size" | "min" | "max" | "digits" => list.len() == 1 && is_uint(list[0]),
        "between" | "digits_between" => {
            list.len() == 2
                && list.iter().all(|v| is_uint(v))
                && list[0].parse::<u64>().ok() <= list[1].parse().ok()
        }
        "regex" => {
            params.is_some_and(|p| p.len() > 2 && p.starts_with('/') && p.rfind('/') > Some(0))
        }
        "date_format" => params.is_some_and(|p| !p.is_empty()),
        "required_if" | "required_unless" => list.len() >= 2 && field_exists(list[0]),
        "required_with" | "required_without" => {
            !list.is_empty() && list.iter().all(|n| field_exists(n))
        }
        // Server-only: a uuid that must exist in the server's database.
        "exists" => {
            list.len() == 2 && !is_uint(list[0]) && !list[0].is_empty() && list[1] == "uuid"
        }
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!("malformed {name}:{}", params.unwrap_or("")))
    }
}

#[test]
fn every_rule_string_uses_only_the_engines_rules() {
    for e in part2() {
        for f in e.fields {
            assert!(!f.rules.is_empty(), "{}.{}: no rules", e.id, f.name);
            let parsed = parse_rules(f.rules);
            let mut names = HashSet::new();
            for (name, params) in &parsed {
                if let Err(msg) = check_rule(e, name, *params) {
                    panic!("{}.{} {:?}: {msg}", e.id, f.name, f.rules);
                }
                assert!(names.insert(*name), "{}.{}: {name} twice", e.id, f.name);
            }
            // Exactly one of the presence conventions (decision: Optional is `nullable`).
            let presence = ["required", "nullable", "required_if", "required_with"];
            assert!(
                parsed.iter().any(|(n, _)| presence.contains(n)),
                "{}.{} {:?}: neither required nor nullable",
                e.id,
                f.name,
                f.rules
            );
            assert!(
                !names.contains("sometimes"),
                "{}.{}: Optional is written nullable here",
                e.id,
                f.name
            );
            // Path and query values arrive as strings.
            if f.location != Location::Body {
                assert!(
                    !names.contains("array") && !names.contains("boolean"),
                    "{}.{}",
                    e.id,
                    f.name
                );
            }
        }
    }
}

#[test]
fn the_rule_parser_keeps_pipes_inside_a_final_regex() {
    assert_eq!(
        parse_rules("nullable|string|regex:/^(a|b)$/"),
        vec![
            ("nullable", None),
            ("string", None),
            ("regex", Some("/^(a|b)$/"))
        ]
    );
    assert_eq!(
        parse_rules("required_if:type,reservation"),
        vec![("required_if", Some("type,reservation"))]
    );
    let e = endpoint("refunds.requestApproval");
    assert!(check_rule(e, "required_if", Some("nosuchfield,x")).is_err());
    assert!(check_rule(e, "unique", Some("orders,uuid")).is_err());
    assert!(check_rule(e, "size", Some("eleven")).is_err());
    assert!(check_rule(e, "exists", Some("orders,id")).is_err());
}

/// The document's own Laravel strings (Refund Subscription Cycle, 6286-6287) are kept verbatim.
#[test]
fn documented_rule_strings_are_verbatim() {
    let e = endpoint("subscriptions.refundCycles");
    assert_eq!(body_field(e, "cycles").rules, "required|array");
    assert_eq!(body_field(e, "amount").rules, "required|numeric");
}

// ---------------------------------------------------------------------------------------------
// (d) source citations

/// Parses `000:5244-5246; 000:5341` into (seed, first line, last line) triples.
fn citations(source: &str) -> Vec<(&str, usize, usize)> {
    source
        .split("; ")
        .map(|c| {
            let (seed, range) = c
                .split_once(':')
                .unwrap_or_else(|| panic!("citation {c:?}"));
            let (a, b) = range.split_once('-').unwrap_or((range, range));
            let parse = |s: &str| {
                s.parse::<usize>()
                    .unwrap_or_else(|_| panic!("citation {c:?}"))
            };
            (seed, parse(a), parse(b))
        })
        .collect()
}

#[test]
fn every_citation_is_inside_its_seed_and_its_section() {
    for e in part2() {
        let section = citations(e.source);
        assert_eq!(section.len(), 1, "{}: one section range", e.id);
        let (seed, first, last) = section[0];
        assert_eq!(seed, "000", "{}", e.id);
        assert!(
            PART2_LINES.0 <= first && first <= last && last <= PART2_LINES.1,
            "{}: {}",
            e.id,
            e.source
        );
        for f in e.fields {
            let cited = citations(f.source);
            for &(s, a, b) in &cited {
                let len = SEED_LINES.iter().find(|(n, _)| *n == s).map(|(_, l)| *l);
                let len = len.unwrap_or_else(|| panic!("{}.{}: unknown seed {s}", e.id, f.name));
                assert!(
                    1 <= a && a <= b && b <= len,
                    "{}.{}: {s}:{a}-{b} outside 1-{len}",
                    e.id,
                    f.name
                );
            }
            // The first citation is the table row itself, inside the endpoint's section.
            let (s, a, b) = cited[0];
            assert!(
                s == seed && first <= a && b <= last,
                "{}.{}: {} outside {}",
                e.id,
                f.name,
                f.source,
                e.source
            );
        }
    }
}

/// With the seeds at hand (`FPGO_SEEDS`, or `../shared/seeds` next to the repository), each field's
/// first citation really mentions the field: its last name segment, ignoring case and `_`
/// (`{CUSTOMER_UUID}` for `customerUuid`, `products.*id` for `products.*.id`).
#[test]
fn cited_lines_mention_their_field() {
    let dir = std::env::var_os("FPGO_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"));
    let file = dir.join("000_db4e2f9c8f21c34d.txt");
    let Ok(text) = std::fs::read_to_string(&file) else {
        eprintln!(
            "skipped: seed not found at {} (set FPGO_SEEDS)",
            file.display()
        );
        return;
    };
    // `wc -l` counts 8699 newlines; the file's last line (`---`, 8700) has none.
    assert_eq!(text.matches('\n').count(), 8699, "seed 000 line count");
    let lines: Vec<&str> = text.lines().collect();
    let squash = |s: &str| s.to_ascii_lowercase().replace('_', "");
    for e in part2() {
        for f in e.fields {
            let (_, a, b) = citations(f.source)[0];
            let cited = squash(&lines[a - 1..b].join("\n"));
            let last = f.name.rsplit('.').next().unwrap_or(f.name);
            assert!(
                cited.contains(&squash(last)),
                "{}.{}: 000:{a}-{b} does not mention {last}",
                e.id,
                f.name
            );
            // A row of an HTML rules table names the field exactly, but for the two misprints the
            // decision log records (P2-63: `products.*id`, `products.*rate`).
            let row = lines[a - 1];
            if row.contains("<td><code>") {
                let printed = match f.name {
                    "products.*.id" if row.contains("products.*id") => "products.*id",
                    "products.*.rate" if row.contains("products.*rate") => "products.*rate",
                    name => name,
                };
                let cell = format!("<td><code>{printed}</code></td>");
                assert!(
                    row.contains(&cell),
                    "{}.{}: row 000:{a} is {row:?}",
                    e.id,
                    f.name
                );
            }
        }
        // The section starts with the endpoint's heading.
        let (_, first, _) = citations(e.source)[0];
        assert_eq!(
            lines[first - 1],
            format!("# {}", e.name),
            "{}: heading at {}",
            e.id,
            first
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The documented examples under Laravel's own Validator

/// What Laravel's Validator reports for each documented example under our rules: nothing, but for
/// the example values the decision log records as breaking the documents' own rules.
/// `subscriptions.create` is left out: its "example" is a type template (decision log, fixtures).
const EXPECTED_EXAMPLE_FAILURES: &[(&str, &[(&str, &str)])] = &[
    // D-24: "[email protected]" (5457); D-23: "Norway" (5466).
    (
        "subscriptions.createSession",
        &[
            ("customerDetails.email", "Email"),
            ("customerDetails.address.country", "Regex"),
        ],
    ),
    // D-57: 9-digit personalNumber (6548).
    ("customers.updatePrivate", &[("personalNumber", "Digits")]),
    // D-58: organizationId sent as a JSON number (6711).
    ("customers.updateCorporate", &[("organizationId", "String")]),
];

/// Runs tests/php/part2_examples.php (Laravel 8 from Debian's php-illuminate-validation, installed by
/// .ci/setup). Without `php` the test is skipped, unless `FPGO_REQUIRE_PHP=1` (set by
/// `make test-tables-part2`).
#[test]
fn documented_examples_under_laravel() {
    use std::process::Command;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tables: Vec<&Endpoint> = part2().filter(|e| e.id != "subscriptions.create").collect();
    let tables_file =
        std::env::temp_dir().join(format!("fpgo-part2-tables-{}.json", std::process::id()));
    std::fs::write(
        &tables_file,
        serde_json::to_vec(&tables).expect("tables serialize"),
    )
    .expect("write tables");
    let output = Command::new("php")
        .arg(root.join("tests/php/part2_examples.php"))
        .arg(&tables_file)
        .arg(fixtures_dir())
        .output();
    let _ = std::fs::remove_file(&tables_file);
    let output = match output {
        Ok(o) => o,
        Err(e) if std::env::var_os("FPGO_REQUIRE_PHP").is_none() => {
            eprintln!("skipped: php not runnable ({e}); set FPGO_REQUIRE_PHP=1 to require it");
            return;
        }
        Err(e) => panic!("php: {e}"),
    };
    assert!(
        output.status.success(),
        "php failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let verdicts: Value = serde_json::from_slice(&output.stdout).expect("php output is JSON");
    let verdicts = verdicts.as_object().expect("an object");

    let mut checked = 0;
    for e in &tables {
        let Some(failed) = verdicts.get(e.id) else {
            continue;
        };
        let mut got: Vec<(String, String)> = Vec::new();
        for (field, rules) in failed.as_object().expect("failed() map") {
            for rule in rules.as_array().expect("rule list") {
                got.push((field.clone(), rule.as_str().unwrap_or_default().to_owned()));
            }
        }
        got.sort();
        let mut want: Vec<(String, String)> = EXPECTED_EXAMPLE_FAILURES
            .iter()
            .find(|(id, _)| *id == e.id)
            .map(|(_, pairs)| {
                pairs
                    .iter()
                    .map(|(f, r)| (f.to_string(), r.to_string()))
                    .collect()
            })
            .unwrap_or_default();
        want.sort();
        assert_eq!(
            got, want,
            "{}: Laravel's failed() on the documented example",
            e.id
        );
        checked += 1;
    }
    assert_eq!(checked, 13, "examples checked");
}
