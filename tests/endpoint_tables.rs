//! The endpoint tables, all 52 endpoints, against the documents: ids, methods and paths as
//! documented (or as decided in `docs/decisions/`), path placeholders and path fields, rule strings
//! in the Laravel subset the rule engine implements, source citations inside the seeds (and, where
//! the seeds are on disk, at lines that name the field), the documented example payloads in
//! `tests/fixtures/examples/`, and those examples under Laravel's own Validator.

mod common;

use common::{BARE_RULES, ISSUE_RULES};
use fpgo::endpoints::{self, rule_name, split_rules, terminal, Endpoint, Field, Location, Method};
use serde_json::Value;
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

/// The 52 endpoints, transcribed again here from the seeds' endpoint lines so a slip in either
/// place shows, in the documents' order. Orders, checkout and reservations: 000:17, 354, 688, 993,
/// 1288, 1426, 1548, 1728, 1806, 1880, 1993, 2059, 2145, 2486, 2842, 3205, 3583, 3961, 4132, 4311,
/// 4500, 4641, 4772, 4915, 5112. The rest as commented (placeholders in camelCase).
const DOCUMENTED: &[(&str, Method, &str)] = &[
    (
        "orders.sendPaymentLink",
        Method::Post,
        "/api/v1/connect/orders/payment-link/create",
    ),
    (
        "orders.sendInvoice",
        Method::Post,
        "/api/v1/connect/orders/invoice/create",
    ),
    (
        "orders.sendEFaktura",
        Method::Post,
        "/api/v1/connect/orders/faktura/create",
    ),
    (
        "orders.sendEhfInvoice",
        Method::Post,
        "/api/v1/connect/orders/ehf/create",
    ),
    (
        "orders.resendPaymentLink",
        Method::Post,
        "/api/v1/connect/orders/resend/{orderUuid}",
    ),
    (
        "orders.cancel",
        Method::Post,
        "/api/v1/connect/orders/cancel/{orderUuid}",
    ),
    (
        "orders.refund",
        Method::Post,
        "/api/v1/connect/orders/refund/{orderUuid}",
    ),
    (
        "orders.listStatuses",
        Method::Get,
        "/api/v1/connect/orders/status",
    ),
    (
        "orders.getStatus",
        Method::Get,
        "/api/v1/connect/orders/status/{orderUuid}",
    ),
    (
        "orders.getDetails",
        Method::Get,
        "/api/v1/connect/orders/details/{orderUuid}",
    ),
    (
        "orders.getInvoiceNumber",
        Method::Get,
        "/api/v1/connect/orders/invoice-number/{orderUuid}",
    ),
    (
        "orders.delayedCharge",
        Method::Post,
        "/api/v1/connect/orders/delayed/charge/{orderUuid}",
    ),
    (
        "checkout.createSession",
        Method::Post,
        "/api/v1/connect/orders/regular/submit",
    ),
    (
        "checkout.createInvoiceSession",
        Method::Post,
        "/api/v1/connect/orders/invoice/submit",
    ),
    (
        "checkout.createHostedPaymentLink",
        Method::Post,
        "/api/v1/connect/hosted/orders/payment-link/create",
    ),
    (
        "reservations.submit",
        Method::Post,
        "/api/v1/connect/reservations/submit",
    ),
    (
        "reservations.createSession",
        Method::Post,
        "/api/v1/connect/reservations/create",
    ),
    (
        "reservations.getDetails",
        Method::Get,
        "/api/v1/connect/reservations/details/{reservationUuid}",
    ),
    (
        "reservations.capture",
        Method::Post,
        "/api/v1/connect/reservations/capture/{reservationUuid}",
    ),
    (
        "reservations.charge",
        Method::Post,
        "/api/v1/connect/reservations/charge/{reservationUuid}",
    ),
    (
        "reservations.cancel",
        Method::Get,
        "/api/v1/connect/reservations/cancel/{reservationUuid}",
    ),
    (
        "reservations.complete",
        Method::Post,
        "/api/v1/connect/reservations/complete/{reservationUuid}",
    ),
    (
        "reservations.resend",
        Method::Post,
        "/api/v1/connect/reservations/resend/{reservationUuid}",
    ),
    (
        "reservations.refund",
        Method::Post,
        "/api/v1/connect/reservations/refund/{reservationUuid}",
    ),
    (
        "reservations.getHistory",
        Method::Get,
        "/api/v1/connect/reservations/history/{startTimestamp}/{endTimestamp}",
    ),
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

/// Endpoints with a body but no documented example: Refund Subscription Cycle gives only rule
/// strings (6286-6287).
const NO_EXAMPLE: &[&str] = &["subscriptions.refundCycles"];

/// Lines per seed (`str::lines`; the files end without a newline, so `wc -l` says one less). The
/// seeds' README describes them; when the files are on disk, `seed_lengths_match_the_files` checks
/// these numbers.
const SEED_LINES: &[(&str, usize)] = &[
    ("000", 8700),
    ("001", 2010),
    ("002", 264),
    ("003", 236),
    ("004", 300),
];

const SEED_FILES: &[(&str, &str)] = &[
    ("000", "000_db4e2f9c8f21c34d.txt"),
    ("001", "001_3150b0f4bcfc0cae.txt"),
    ("002", "002_6e22fd9408e630bc.txt"),
    ("003", "003_68dc048bbbe5bcd4.txt"),
    ("004", "004_38c5bc7fb56bc00f.txt"),
];

fn endpoint(id: &str) -> &'static Endpoint {
    match endpoints::find(id) {
        Some(e) => e,
        None => panic!("no endpoint {id}"),
    }
}

fn body_field(e: &'static Endpoint, name: &str) -> &'static Field {
    match e.fields_at(Location::Body).find(|f| f.name == name) {
        Some(f) => f,
        None => panic!("{}: no body field {name}", e.id),
    }
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/examples")
}

fn read_fixture(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()))
}

/// The seeds directory, if it is on this machine: `$FPGO_SEEDS`, or `shared/seeds` next to the
/// repository (`/work/main` and `/work/wt/<name>` both find `/work/shared/seeds`).
fn seeds_dir() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::var_os("FPGO_SEEDS")
        .map(PathBuf::from)
        .into_iter()
        .chain([
            manifest.join("../shared/seeds"),
            manifest.join("../../shared/seeds"),
        ])
        .find(|dir| dir.join(SEED_FILES[0].1).is_file())
}

// ---------------------------------------------------------------------------------------------
// ids, methods and paths

#[test]
fn every_documented_endpoint_is_in_the_table_with_its_method_and_path() {
    for &(id, method, path) in DOCUMENTED {
        let e = endpoint(id);
        assert_eq!(e.method, method, "{id}: method");
        assert_eq!(e.path, path, "{id}: path");
        assert!(!e.name.is_empty(), "{id}: no name");
    }
    let documented: Vec<&str> = DOCUMENTED.iter().map(|(id, _, _)| *id).collect();
    let listed: Vec<&str> = endpoints::all().map(|e| e.id).collect();
    assert_eq!(documented.len(), 52);
    assert_eq!(
        documented.iter().collect::<BTreeSet<_>>().len(),
        52,
        "ids are unique"
    );
    assert_eq!(
        listed, documented,
        "the tables list exactly the documented endpoints, in the documents' order"
    );
}

#[test]
fn paths_are_relative_with_camel_case_placeholders_matching_path_fields() {
    for e in endpoints::all() {
        assert!(e.path.starts_with("/api/v1/"), "{}: {}", e.id, e.path);
        assert!(!e.path.contains("//"), "{}: empty path segment", e.id);
        assert!(!e.path.contains("{{"), "{}: double-brace placeholder", e.id);
        // In order: the path fields are exactly the placeholders.
        let placeholders: Vec<&str> = e.path_params().collect();
        let fields: Vec<&str> = e.fields_at(Location::Path).map(|f| f.name).collect();
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
        if e.method == Method::Get && !GET_WITH_BODY.contains(&e.id) {
            assert_eq!(
                e.fields_at(Location::Body).count(),
                0,
                "{}: GET with a body",
                e.id
            );
        }
    }
}

/// Documented as GET with a JSON body (000:4500, 000:4517-4521), kept as documented (decision
/// P1-D57 in docs/decisions/orders-checkout-reservations.md).
const GET_WITH_BODY: &[&str] = &["reservations.cancel"];

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

// ---------------------------------------------------------------------------------------------
// the documented example payloads

#[test]
fn every_fixture_is_a_json_object_naming_an_endpoint_with_a_body() {
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(fixtures_dir()).expect("tests/fixtures/examples") {
        let path = entry.expect("directory entry").path();
        let Some(id) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".json"))
        else {
            panic!("{} is not a .json fixture", path.display());
        };
        let e =
            endpoints::find(id).unwrap_or_else(|| panic!("fixture {id}.json names no endpoint"));
        assert!(
            e.fields_at(Location::Body).next().is_some(),
            "{id}: example for an endpoint without body"
        );
        assert!(
            read_fixture(&path).is_object(),
            "{id}.json is not a JSON object"
        );
        seen.push(e.id);
    }
    assert!(seen.len() >= 31, "only {} fixtures", seen.len());
}

#[test]
fn every_endpoint_with_a_body_has_its_example_and_no_other_has_one() {
    for e in endpoints::all() {
        let has_body = e.fields_at(Location::Body).next().is_some();
        let file = fixtures_dir().join(format!("{}.json", e.id));
        if has_body && !NO_EXAMPLE.contains(&e.id) {
            assert!(file.is_file(), "{}: missing {}", e.id, file.display());
        } else {
            assert!(!file.exists(), "{}: unexpected {}", e.id, file.display());
        }
    }
}

/// Values at a dotted Laravel path, `*` stepping into every element of an array or object
/// (the documents send `products` both as a JSON array and as an object keyed "0", "1").
fn values_at<'a>(value: &'a Value, path: &str) -> Vec<&'a Value> {
    let mut current = vec![value];
    for segment in path.split('.') {
        current = current
            .into_iter()
            .flat_map(|v| -> Vec<&Value> {
                match (segment, v) {
                    ("*", Value::Array(items)) => items.iter().collect(),
                    ("*", Value::Object(map)) => map.values().collect(),
                    (key, Value::Object(map)) => map.get(key).into_iter().collect(),
                    _ => Vec::new(),
                }
            })
            .collect();
    }
    current
}

/// The documented examples carry every unconditionally required body field of their table, and
/// not as null. This keeps the tables and the examples (both transcribed from the seeds) honest
/// against each other: a misspelt field name in a table fails here.
#[test]
fn every_example_carries_the_fields_its_table_requires() {
    let mut checked = 0;
    for e in endpoints::all() {
        let file = fixtures_dir().join(format!("{}.json", e.id));
        if !file.is_file() {
            continue;
        }
        let example = read_fixture(&file);
        for f in e.fields_at(Location::Body) {
            if !f.rule_list().any(|r| r == "required") {
                continue;
            }
            let found = values_at(&example, f.name);
            assert!(
                !found.is_empty(),
                "{}: required `{}` is not in the example",
                e.id,
                f.name
            );
            assert!(
                found.iter().all(|v| !v.is_null()),
                "{}: example has null `{}`",
                e.id,
                f.name
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} required fields checked");
}

// ---------------------------------------------------------------------------------------------
// rule strings

/// Checks one field's rule string as the crate splits it; the error says what is wrong.
fn check_rule_string(f: &Field) -> Result<(), String> {
    let fail = |what: String| Err(format!("{}: {what}", f.name));
    let rules: Vec<_> = split_rules(f.rules).collect();
    if rules.is_empty() {
        return fail("no rules".into());
    }
    for rule in &rules {
        let name = rule_name(rule);
        if !ISSUE_RULES.contains(&name) {
            return fail(format!("unknown rule `{rule}`"));
        }
        let param = rule.split_once(':').map(|(_, p)| p);
        match (BARE_RULES.contains(&name), param) {
            (true, Some(_)) => return fail(format!("`{name}` takes no parameter")),
            (false, None) | (false, Some("")) => {
                return fail(format!("`{name}` needs a parameter"))
            }
            _ => {}
        }
        if name == "regex" {
            // The splitter gives the regex the rest of the string, so a rule written after it
            // would end up after the closing `/`, where only PHP's flag letters may stand.
            let pattern = param.unwrap_or_default();
            let body_end = pattern.rfind('/').unwrap_or(0);
            let flags = pattern.get(body_end + 1..).unwrap_or_default();
            if !pattern.starts_with('/') || body_end == 0 {
                return fail(format!("regex `{pattern}` is not /.../"));
            }
            if !flags.chars().all(|c| "imsxuADU".contains(c)) {
                return fail(format!(
                    "`{flags}` after a regex: the regex must be the last rule"
                ));
            }
        }
        if name == "exists" {
            // Server-only: the engine lists it and leaves it to the server.
            if param
                .and_then(|p| p.strip_suffix(",uuid"))
                .is_none_or(|t| t.is_empty())
            {
                return fail(format!("write `exists:<table>,uuid`, not `{rule}`"));
            }
        }
    }
    for dup in ["required", "nullable", "string", "numeric"] {
        if rules.iter().filter(|r| **r == dup).count() > 1 {
            return fail(format!("`{dup}` twice"));
        }
    }
    Ok(())
}

/// Splits a rule string into (name, parameter) pairs, independently of the crate's splitter.
/// `regex:` takes the rest of the string, since a pattern may contain `|`; so it must be the last
/// rule.
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

fn is_uint(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Checks one rule's parameters: their number and form, and that a rule naming another field
/// names one of the table.
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
fn every_rule_string_uses_only_the_engines_rules_well_formed() {
    let mut checked = 0;
    for e in endpoints::all() {
        for f in e.fields {
            if let Err(err) = check_rule_string(f) {
                panic!("{}.{err}", e.id);
            }
            let parsed = parse_rules(f.rules);
            let mut names = HashSet::new();
            for (name, params) in &parsed {
                if let Err(msg) = check_rule(e, name, *params) {
                    panic!("{}.{} {:?}: {msg}", e.id, f.name, f.rules);
                }
                assert!(names.insert(*name), "{}.{}: {name} twice", e.id, f.name);
            }
            // Path and query values arrive as strings.
            if f.location != Location::Body {
                assert!(
                    !names.contains("array") && !names.contains("boolean"),
                    "{}.{}",
                    e.id,
                    f.name
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 450, "only {checked} fields checked");
}

/// In the second part's tables ([`SECOND_PART_AREAS`]) every field says whether it is required:
/// a presence rule, and Optional is written `nullable`, never `sometimes`.
#[test]
fn every_field_has_a_presence_rule_and_optional_is_nullable() {
    for e in endpoints::all().filter(|e| SECOND_PART_AREAS.contains(&e.area())) {
        for f in e.fields {
            let names: Vec<&str> = parse_rules(f.rules).into_iter().map(|(n, _)| n).collect();
            let presence = ["required", "nullable", "required_if", "required_with"];
            assert!(
                names.iter().any(|n| presence.contains(n)),
                "{}.{} {:?}: neither required nor nullable",
                e.id,
                f.name,
                f.rules
            );
            assert!(
                !names.contains(&"sometimes"),
                "{}.{}: Optional is written nullable here",
                e.id,
                f.name
            );
        }
    }
}

#[test]
fn the_rule_checks_reject_what_they_should() {
    let bad =
        |rules: &'static str| check_rule_string(&endpoints::body("x", rules, "000:1")).is_err();
    assert!(bad("required|unique:orders"), "unknown rule");
    assert!(bad("required|in:"), "empty parameter");
    assert!(bad("required|max"), "missing parameter");
    assert!(bad("required:1"), "parameter on a bare rule");
    assert!(bad("regex:/^a$/|required"), "regex not last");
    assert!(bad("exists:orders"), "exists without uuid column");
    assert!(bad("required|string|required"), "duplicate");
    assert!(!bad(r"nullable|string|regex:/^(A|B)$/i"), "a valid string");
    assert!(
        !bad("required_with:fpgoUuid|nullable|string|in:PARTNER"),
        "a valid string"
    );

    let e = endpoint("refunds.requestApproval");
    assert!(check_rule(e, "required_if", Some("nosuchfield,x")).is_err());
    assert!(check_rule(e, "unique", Some("orders,uuid")).is_err());
    assert!(check_rule(e, "size", Some("eleven")).is_err());
    assert!(check_rule(e, "exists", Some("orders,id")).is_err());
}

#[test]
fn rules_with_a_pipe_inside_a_regex_keep_the_regex_whole() {
    let e = endpoint("orders.listStatuses");
    let f = e
        .fields_at(Location::Query)
        .find(|f| f.name == "type")
        .expect("query type");
    let rules: Vec<_> = f.rule_list().collect();
    assert_eq!(rules.len(), 3, "{rules:?}");
    assert!(
        rules[2].starts_with("regex:/^(SENT|PAID|") && rules[2].ends_with(")$/i"),
        "{rules:?}"
    );

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
}

/// The document's own Laravel strings (Refund Subscription Cycle, 6286-6287) are kept verbatim.
#[test]
fn documented_rule_strings_are_verbatim() {
    let e = endpoint("subscriptions.refundCycles");
    assert_eq!(body_field(e, "cycles").rules, "required|array");
    assert_eq!(body_field(e, "amount").rules, "required|numeric");
}

// ---------------------------------------------------------------------------------------------
// source citations

/// One citation: seed id and an inclusive line range.
#[derive(Debug, PartialEq)]
struct Cite {
    seed: String,
    first: usize,
    last: usize,
}

/// Parses `"000:95-97; 002:23"` into citations; an error names what is malformed.
fn parse_source(source: &str) -> Result<Vec<Cite>, String> {
    source
        .split(';')
        .map(|part| {
            let part = part.trim();
            let (seed, lines) = part.split_once(':').ok_or(format!("no seed in `{part}`"))?;
            let (first, last) = lines.split_once('-').unwrap_or((lines, lines));
            let first: usize = first.parse().map_err(|_| format!("bad line in `{part}`"))?;
            let last: usize = last.parse().map_err(|_| format!("bad line in `{part}`"))?;
            Ok(Cite {
                seed: seed.to_string(),
                first,
                last,
            })
        })
        .collect()
}

fn cites(source: &str, what: &str) -> Vec<Cite> {
    parse_source(source).unwrap_or_else(|err| panic!("{what}: {err}"))
}

/// Lower-case letters and digits only: `products.*.rate`'s last part `rate` matches the seed's
/// `products.*rate`, and `orderUuid` matches `{{ORDER_UUID}}`.
fn normalise(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[test]
fn every_citation_is_inside_its_seed() {
    let sources = endpoints::all().flat_map(|e| {
        std::iter::once((e.id, "", e.source))
            .chain(e.fields.iter().map(move |f| (e.id, f.name, f.source)))
    });
    for (id, field, source) in sources {
        for cite in cites(source, &format!("{id}.{field}")) {
            let lines = SEED_LINES
                .iter()
                .find(|(seed, _)| *seed == cite.seed)
                .map(|(_, n)| *n)
                .unwrap_or_else(|| panic!("{id}.{field}: unknown seed {}", cite.seed));
            assert!(
                cite.first >= 1 && cite.first <= cite.last,
                "{id}.{field}: range {source}"
            );
            assert!(
                cite.last <= lines,
                "{id}.{field}: {source} is past seed {} ({lines} lines)",
                cite.seed
            );
        }
    }
}

/// Each endpoint's section starts with a range of seed 000, and each field's first citation (its
/// table row) lies inside one of the endpoint's ranges. The sections of the catalog's second part
/// (subscriptions to company: seed 000 only, lines 5163-8699) are exactly one range.
#[test]
fn every_field_citation_is_inside_its_endpoints_section() {
    for e in endpoints::all() {
        let sections = cites(e.source, e.id);
        assert_eq!(sections[0].seed, "000", "{}: {}", e.id, e.source);
        if SECOND_PART_AREAS.contains(&e.area()) {
            assert_eq!(sections.len(), 1, "{}: one section range", e.id);
            assert!(
                5163 <= sections[0].first && sections[0].last <= 8699,
                "{}: {}",
                e.id,
                e.source
            );
        }
        for f in e.fields {
            let row = &cites(f.source, f.name)[0];
            assert!(
                sections
                    .iter()
                    .any(|s| s.seed == row.seed && s.first <= row.first && row.last <= s.last),
                "{}.{}: {} outside {}",
                e.id,
                f.name,
                f.source,
                e.source
            );
        }
    }
}

/// The areas of the documents' second part (seed 000 lines 5163-8699). Their tables were written
/// to stricter conventions, checked for them only: each endpoint is one section of seed 000, every
/// field has a presence rule with Optional written `nullable` (the first part's tables also use
/// `sometimes`, decision log), and a field's first citation is its own row of the HTML rules table
/// (the first part cites `products` at its first sub-field's row).
const SECOND_PART_AREAS: &[&str] = &[
    "subscriptions",
    "customers",
    "refunds",
    "terminal",
    "credit",
    "company",
];

#[test]
fn citation_parser_reads_ranges_and_single_lines() {
    let parsed = parse_source("000:95-97; 002:23").expect("parses");
    assert_eq!(
        parsed,
        [
            Cite {
                seed: "000".into(),
                first: 95,
                last: 97
            },
            Cite {
                seed: "002".into(),
                first: 23,
                last: 23
            }
        ]
    );
    assert!(parse_source("000").is_err());
    assert!(parse_source("000:a-3").is_err());
}

#[test]
fn seed_lengths_match_the_files() {
    let Some(dir) = seeds_dir() else {
        eprintln!(
            "seeds not found (set FPGO_SEEDS): line counts checked against the README's only"
        );
        return;
    };
    for ((seed, file), (_, lines)) in SEED_FILES.iter().zip(SEED_LINES) {
        let text = std::fs::read_to_string(dir.join(file)).expect("readable seed");
        assert_eq!(text.lines().count(), *lines, "seed {seed}");
        // `wc -l` counts one less: the last line (`---`) has no newline.
        assert_eq!(
            text.matches('\n').count(),
            *lines - 1,
            "seed {seed}: newlines"
        );
    }
}

/// The seeds' lines, normalised, per seed id.
fn read_seeds(dir: &Path) -> Vec<(&'static str, Vec<String>)> {
    SEED_FILES
        .iter()
        .map(|(seed, file)| {
            let text = std::fs::read_to_string(dir.join(file)).expect("readable seed");
            (*seed, text.lines().map(normalise).collect())
        })
        .collect()
}

/// Where the seeds are on disk: a field's first citation (its table row) mentions that field (its
/// last dotted part, compared on letters and digits only), so a citation cannot drift to a
/// neighbouring row. In the first part's tables every further range a field cites does too; the
/// second part's further citations point at prose (`the organization's UUID`, 000:7084).
#[test]
fn every_field_citation_names_its_field() {
    let Some(dir) = seeds_dir() else {
        eprintln!("seeds not found (set FPGO_SEEDS): citation contents not checked");
        return;
    };
    let seeds = read_seeds(&dir);
    let mut checked = 0;
    for e in endpoints::all() {
        for f in e.fields {
            let last = f.name.rsplit('.').next().unwrap_or(f.name);
            let wanted = normalise(last);
            let all_cites = !SECOND_PART_AREAS.contains(&e.area());
            let field_cites = cites(f.source, f.name);
            let checked_cites = if all_cites {
                &field_cites[..]
            } else {
                &field_cites[..1]
            };
            for cite in checked_cites {
                let (_, lines) = seeds
                    .iter()
                    .find(|(s, _)| *s == cite.seed)
                    .expect("known seed");
                let text: String = lines
                    .get(cite.first - 1..cite.last)
                    .expect("in range")
                    .concat();
                assert!(
                    text.contains(&wanted),
                    "{}.{}: {} does not mention `{last}`",
                    e.id,
                    f.name,
                    f.source
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "only {checked} citations checked");
}

/// Where the seeds are on disk: a field's first citation that is a row of an HTML rules table
/// names the field exactly, but for the two misprints the decision log records (P2-63:
/// `products.*id`, `products.*rate`); and each endpoint's section starts with a heading, its own
/// name in the second part ([`SECOND_PART_AREAS`] for both).
#[test]
fn cited_table_rows_name_their_field_and_sections_start_with_their_heading() {
    let Some(dir) = seeds_dir() else {
        eprintln!("seeds not found (set FPGO_SEEDS): table rows and headings not checked");
        return;
    };
    let text = std::fs::read_to_string(dir.join(SEED_FILES[0].1)).expect("readable seed 000");
    let lines: Vec<&str> = text.lines().collect();
    for e in endpoints::all() {
        for f in e.fields {
            let row = &cites(f.source, f.name)[0];
            if row.seed != "000" {
                continue;
            }
            let line = lines[row.first - 1];
            if line.contains("<td><code>") && SECOND_PART_AREAS.contains(&e.area()) {
                let printed = match f.name {
                    "products.*.id" if line.contains("products.*id") => "products.*id",
                    "products.*.rate" if line.contains("products.*rate") => "products.*rate",
                    name => name,
                };
                let cell = format!("<td><code>{printed}</code></td>");
                assert!(
                    line.contains(&cell),
                    "{}.{}: row 000:{} is {line:?}",
                    e.id,
                    f.name,
                    row.first
                );
            }
        }
        let first = cites(e.source, e.id)[0].first;
        let heading = lines[first - 1];
        assert!(heading.starts_with("# "), "{}: heading at {first}", e.id);
        // The first part names some endpoints otherwise than their section (`Hosted Checkout`).
        if SECOND_PART_AREAS.contains(&e.area()) {
            assert_eq!(
                heading,
                format!("# {}", e.name),
                "{}: heading at {first}",
                e.id
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// the documented examples under Laravel's own Validator

/// What Laravel's Validator reports for each documented example under the tables' rules: nothing,
/// but for the example values the decision logs record as breaking the documents' own rules.
/// `subscriptions.create` is left out: its "example" is a type template (decision log, fixtures).
const EXPECTED_EXAMPLE_FAILURES: &[(&str, &[(&str, &str)])] = &[
    // P1-D62: the EHF example's `invoiceMaturity` of 10 (000:1046) against its own rule (000:1191).
    ("orders.sendEhfInvoice", &[("invoiceMaturity", "In")]),
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

/// Examples Laravel does not see: a type template, not a payload.
const NOT_A_PAYLOAD: &[&str] = &["subscriptions.create"];

/// The PHP side of [`documented_examples_under_laravel`] is present on this machine.
fn laravel_available() -> bool {
    Path::new("/usr/share/php/Illuminate/Validation/autoload.php").is_file()
        && std::process::Command::new("php")
            .arg("-v")
            .output()
            .is_ok_and(|o| o.status.success())
}

/// Laravel's own Validator (Debian's php-illuminate-validation, installed by .ci/setup) over every
/// documented example with the tables' body rules, in the array form (a regex with `|` inside
/// stays one rule; server-only `exists:` rules left out). This checks the transcription against
/// the real semantics of the rule strings, independently of fpgo's engine. Without PHP the test is
/// skipped, unless `FPGO_REQUIRE_PHP=1` (set by `make test-endpoint-tables`).
#[test]
fn documented_examples_under_laravel() {
    if !laravel_available() {
        assert!(
            std::env::var_os("FPGO_REQUIRE_PHP").is_none(),
            "php with Illuminate Validation is required"
        );
        eprintln!("php or Illuminate Validation missing: Laravel check skipped");
        return;
    }
    let mut tables = serde_json::Map::new();
    for e in endpoints::all().filter(|e| !NOT_A_PAYLOAD.contains(&e.id)) {
        let mut rules = serde_json::Map::new();
        for f in e.fields_at(Location::Body) {
            let list: Vec<Value> = f
                .rule_list()
                .filter(|r| rule_name(r) != "exists") // server-only
                .map(|r| Value::String(r.to_string()))
                .collect();
            rules.insert(f.name.to_string(), Value::Array(list));
        }
        tables.insert(e.id.to_string(), Value::Object(rules));
    }
    let rules_file =
        std::env::temp_dir().join(format!("fpgo-table-rules-{}.json", std::process::id()));
    std::fs::write(&rules_file, Value::Object(tables).to_string()).expect("write rules");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/php/validate_examples.php");
    let output = std::process::Command::new("php")
        .arg(&script)
        .arg(&rules_file)
        .arg(fixtures_dir())
        .output();
    let _ = std::fs::remove_file(&rules_file);
    let output = output.expect("run php");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "php failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );

    let verdicts: Vec<(&str, &str)> = stdout.lines().filter_map(|l| l.split_once(' ')).collect();
    let with_fixture = endpoints::all()
        .filter(|e| !NOT_A_PAYLOAD.contains(&e.id))
        .filter(|e| fixtures_dir().join(format!("{}.json", e.id)).is_file())
        .count();
    assert_eq!(with_fixture, 31, "examples checked");
    assert_eq!(
        verdicts.len(),
        with_fixture,
        "one verdict per fixture:\n{stdout}"
    );
    for (id, verdict) in verdicts {
        let mut got: Vec<(String, String)> = Vec::new();
        if verdict != "valid" {
            let failed: Value = serde_json::from_str(verdict)
                .unwrap_or_else(|err| panic!("{id}: verdict {verdict:?}: {err}"));
            for (field, rules) in failed.as_object().expect("failed() map") {
                for rule in rules.as_array().expect("rule list") {
                    got.push((field.clone(), rule.as_str().unwrap_or_default().to_owned()));
                }
            }
        }
        got.sort();
        let mut want: Vec<(String, String)> = EXPECTED_EXAMPLE_FAILURES
            .iter()
            .find(|(e, _)| *e == id)
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
            "{id}: Laravel's failed() on the documented example"
        );
    }
}
