//! Conformance with the documents' own PHP: the verification code of seed 000 (lines 6394-6425, the
//! `continue` variant, and 8542-8558, the `break` variant) runs in php-cli on generated callback URLs,
//! hostile ones included, and `fpgo::callbacks::verify` must agree:
//!
//! - the checksum verdict (`verify_checksum_only`): wherever the PHP code reaches a verdict
//!   (`hash_equals`), the same verdict as the `continue` code, except that fpgo refuses values that
//!   are not UTF-8 after decoding (stricter, decision C5); wherever PHP errors out (a TypeError: no
//!   checksum, `checksum[]`), fpgo rejects too;
//! - the full verdict (`verify`, with the case's `expect`): where PHP accepts, fpgo accepts or adds
//!   exactly one kind of rejection, `malformed_callback` (the documented shape, decision C10), and
//!   only for a checksum PHP accepted; where PHP rejects, fpgo rejects for a checksum reason;
//! - against the `break` code, every disagreement is a parameter after `checksum` (decision C1).
//!
//! Half the cases are documented callbacks (an order, or a company check), so both "valid in both"
//! and "PHP valid, shape refused" occur often.
//!
//! `make test-php-callbacks` runs it with FPGO_REQUIRE_PHP=1, so a missing php-cli fails the test.

use fpgo::callbacks::{verify, verify_checksum_only, ErrorCode, Expect, VerifyOptions};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::process::{Command, Stdio};

const CASES: usize = 2500;
const SEED: u64 = 0x5eed_f990;

/// SplitMix64: a fixed seed gives the same cases on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const KEYS: &[&str] = &[
    "orderUuid",
    "status",
    "paymentMethod",
    "amount",
    "createdAt",
    "timestamp",
    "companyCheckUuid",
    "score",
    "note",
    "x",
];
const VALUE_PARTS: &[&str] = &[
    "ODR123",
    "PAID",
    "RESEVRED",
    "Visa",
    "100",
    "4500.00",
    "1755764131",
    " ",
    "+",
    "&",
    "=",
    "%",
    "ø",
    "Bøe",
    "€",
    "a b",
    "#",
    "?",
    "Kari Nordmann",
    "",
    "0",
    "-1",
    "\u{1F600}",
];

/// How a value is written into the URL: each way decodes to the same string in PHP.
fn encode(rng: &mut Rng, value: &str) -> String {
    let mut out = String::new();
    for ch in value.chars() {
        let mut buf = [0u8; 4];
        let bytes = ch.encode_utf8(&mut buf).as_bytes();
        match ch {
            ' ' if rng.chance(50) => out.push('+'),
            c if c.is_ascii_alphanumeric() && rng.chance(85) => out.push(c),
            c if !c.is_ascii() && rng.chance(30) => out.push(c), // raw UTF-8 in the query
            _ => {
                for b in bytes {
                    if rng.chance(50) {
                        out.push_str(&format!("%{b:02X}"));
                    } else {
                        out.push_str(&format!("%{b:02x}"));
                    }
                }
            }
        }
    }
    out
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// One generated case: a query string, the secret the verifier holds, the kind it expects.
struct Case {
    query: String,
    secret: String,
    expect: Expect,
    /// A parameter was placed after `checksum`.
    after_checksum: bool,
}

/// A documented order callback, in one of the documents' three orders (000:6362-6368, 6371,
/// 6383-6388), with values in their documented forms.
fn order_pairs(rng: &mut Rng) -> Vec<(String, String)> {
    let method = rng.pick(&["Visa", "visa", "Master Card", "Bøe kort", "Vipps", ""]);
    let amount = rng.pick(&["100", "4500.00", "0.5", "0"]);
    let status = rng.pick(&["PAID", "success", "RESEVRED", "invoiced", "CHARGED"]);
    let uuid = format!(
        "{}{}",
        rng.pick(&["ODR", "RES", "SUB"]),
        rng.below(1_000_000_000)
    );
    let fields: [(&str, String); 6] = [
        ("orderUuid", uuid),
        ("status", status.into()),
        ("createdAt", "1755764131".into()),
        ("paymentMethod", method.into()),
        ("amount", amount.into()),
        ("timestamp", "1755764190".into()),
    ];
    let orders: [[usize; 6]; 3] = [[0, 1, 2, 3, 4, 5], [0, 1, 3, 4, 2, 5], [0, 1, 2, 4, 3, 5]];
    orders[rng.below(3)]
        .iter()
        .map(|&i| (fields[i].0.to_string(), fields[i].1.clone()))
        .collect()
}

/// A documented company check: its uuid, `createdAt`, and some of its other fields.
fn company_check_pairs(rng: &mut Rng) -> Vec<(String, String)> {
    let mut pairs = vec![(
        "companyCheckUuid".to_string(),
        format!("COMCHK{}", rng.below(1_000_000_000)),
    )];
    for (key, value) in [
        ("companyId", "023451"),
        ("companyName", "Lorem & Co AS"),
        ("score", "650"),
        ("riskLevel", "Moderate"),
        ("personalNumber", "04123456785"),
    ] {
        if rng.chance(60) {
            pairs.push((key.into(), value.into()));
        }
    }
    pairs.push(("createdAt".into(), "1755764131".into()));
    pairs
}

fn generate(rng: &mut Rng) -> Case {
    let secret = format!("secret-{}", rng.below(1000));
    let (mut pairs, expect) = match rng.below(10) {
        0..=3 => (order_pairs(rng), Expect::Order),
        4 => (company_check_pairs(rng), Expect::CompanyCheck),
        kind => {
            let n = 1 + rng.below(7);
            let pairs = (0..n)
                .map(|_| {
                    let key = rng.pick(KEYS).to_string();
                    (
                        key,
                        (0..rng.below(4)).map(|_| rng.pick(VALUE_PARTS)).collect(),
                    )
                })
                .collect();
            (
                pairs,
                if kind == 5 {
                    Expect::CompanyCheck
                } else {
                    Expect::Order
                },
            )
        }
    };
    if pairs.is_empty() {
        pairs.push(("x".into(), String::new()));
    }
    // The sender: PHP-style semantics for duplicates (first position, last value), values only.
    let mut canonical: Vec<(String, String)> = Vec::new();
    for (k, v) in &pairs {
        match canonical.iter_mut().find(|(ck, _)| ck == k) {
            Some(slot) => slot.1 = v.clone(),
            None => canonical.push((k.clone(), v.clone())),
        }
    }
    let mut preimage: Vec<u8> = canonical
        .iter()
        .flat_map(|(_, v)| v.as_bytes().to_vec())
        .collect();
    preimage.extend_from_slice(secret.as_bytes());
    let mut checksum = sha256_hex(&preimage);

    let mut pieces: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(rng, k), encode(rng, v)))
        .collect();
    let mut checksum_key = "checksum".to_string();
    let mut verifier_secret = secret.clone();
    let mut after_checksum = false;
    let mut tail: Vec<String> = Vec::new();

    match rng.below(20) {
        0 => checksum = checksum.to_uppercase(),
        1 => checksum.truncate(rng.below(64)),
        2 => checksum_key = "checksum[]".into(),
        3 => checksum_key = "Checksum".into(),
        4 => verifier_secret.push('x'),
        5 => {
            // Tamper: change one value after signing.
            let i = rng.below(pieces.len());
            pieces[i].push('1');
        }
        6 => {
            after_checksum = true;
            let (key, value) = (rng.pick(KEYS), rng.pick(VALUE_PARTS));
            tail.push(format!("{key}={}", encode(rng, value)));
        }
        7 => pieces.insert(
            rng.below(pieces.len() + 1),
            format!(
                "{}=1",
                rng.pick(&["a[]", "a[x]", "b[", "c.d", "e f", "=v", "", "flag"])
            ),
        ),
        8 => pieces.insert(
            rng.below(pieces.len() + 1),
            rng.pick(&["bad=%zz", "bad=%4", "bad=%", "bad=%%41", "k%00ey=1"])
                .to_string(),
        ),
        9 => pieces.insert(rng.below(pieces.len() + 1), "inv=%FF%FE".to_string()),
        10 => pieces.clear(),
        11 => {
            // A duplicate of an existing key (first position, last value).
            let key = pairs[rng.below(pairs.len())].0.clone();
            let value = rng.pick(VALUE_PARTS);
            pieces.push(format!("{}={}", encode(rng, &key), encode(rng, value)));
        }
        _ => {}
    }
    let mut all = pieces;
    if !(rng.chance(3)) {
        all.push(format!("{checksum_key}={checksum}"));
    }
    all.extend(tail);
    let mut query = all.join("&");
    if rng.chance(10) {
        query = format!("https://merchant.example/callback?{query}");
    }
    Case {
        query,
        secret: verifier_secret,
        expect,
        after_checksum,
    }
}

fn php_verdicts(cases: &[Case]) -> Option<Vec<(String, String)>> {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/php/callback_conformance.php"
    );
    let mut child = Command::new("php")
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut input = String::new();
    for c in cases {
        // PHP's parse_str gets the query part only, as $_GET does.
        let q = c.query.split_once('?').map(|(_, q)| q).unwrap_or(&c.query);
        input.push_str(&serde_json::json!({ "query": q, "secret": c.secret }).to_string());
        input.push('\n');
    }
    // Write from a thread: PHP's answers would fill the stdout pipe while we still write.
    let mut stdin = child.stdin.take()?;
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    assert!(
        out.status.success(),
        "php failed: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let lines = String::from_utf8(out.stdout).ok()?;
    Some(
        lines
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("php prints JSON lines");
                (
                    v["continue"].as_str().unwrap().to_string(),
                    v["break"].as_str().unwrap().to_string(),
                )
            })
            .collect(),
    )
}

#[test]
fn documents_php_code_and_fpgo_agree() {
    let mut rng = Rng(SEED);
    let cases: Vec<Case> = (0..CASES).map(|_| generate(&mut rng)).collect();
    let Some(php) = php_verdicts(&cases) else {
        assert!(
            std::env::var("FPGO_REQUIRE_PHP").is_err(),
            "php-cli is required (FPGO_REQUIRE_PHP=1) but could not run"
        );
        eprintln!(
            "php-cli not found: conformance test skipped (make test-php-callbacks requires it)"
        );
        return;
    };
    assert_eq!(php.len(), cases.len());
    let (
        mut agree_true,
        mut agree_false,
        mut php_error,
        mut stricter_utf8,
        mut shape_refused,
        mut break_diffs,
    ) = (0, 0, 0, 0, 0, 0);
    for (case, (cont, brk)) in cases.iter().zip(&php) {
        let secrets = [case.secret.as_str()];
        // 1. The checksum verdict is the documents' PHP verdict.
        let checksum = verify_checksum_only(&case.query, &secrets);
        match (cont.as_str(), &checksum) {
            ("true", Ok(())) | ("false", Err(_)) | ("error", Err(_)) => {}
            ("true", Err(e))
                if e.code == ErrorCode::MalformedQuery && e.message.contains("UTF-8") => {}
            (php, ours) => panic!(
                "checksum disagreement on {:?} (secret {:?}): PHP {php}, fpgo {ours:?}",
                case.query, case.secret
            ),
        }
        // 2. The full verdict adds only the shape check, and only on a checksum PHP accepted.
        let opts = VerifyOptions {
            tolerance_seconds: 0,
            now: 0,
            expect: case.expect,
        };
        let full = verify(&case.query, &secrets, &opts);
        match (cont.as_str(), &full) {
            ("true", Ok(_)) => agree_true += 1,
            ("true", Err(e)) if e.code == ErrorCode::MalformedCallback => {
                assert!(checksum.is_ok() && e.field.is_some(), "{e:?}");
                shape_refused += 1;
            }
            ("true", Err(e))
                if e.code == ErrorCode::MalformedQuery && e.message.contains("UTF-8") =>
            {
                stricter_utf8 += 1
            }
            ("false", Err(e)) if e.code != ErrorCode::MalformedCallback => agree_false += 1,
            ("error", Err(e)) if e.code != ErrorCode::MalformedCallback => php_error += 1,
            (php, ours) => panic!(
                "disagreement on {:?} (secret {:?}): PHP {php}, fpgo {ours:?}",
                case.query, case.secret
            ),
        }
        if (brk == "true") != checksum.is_ok() && brk != cont {
            assert!(
                case.after_checksum,
                "break variant differs without a parameter after checksum: {:?}",
                case.query
            );
            break_diffs += 1;
        }
    }
    println!(
        "php conformance: {CASES} cases: {agree_true} valid in both, {shape_refused} valid checksum but not the documented shape (fpgo stricter), {agree_false} rejected by both, {php_error} PHP errors (fpgo rejects), {stricter_utf8} invalid UTF-8 (fpgo stricter), {break_diffs} break-variant differences (all with parameters after checksum)"
    );
    assert!(
        agree_true > CASES / 8,
        "too few valid cases to mean anything: {agree_true}"
    );
    assert!(
        shape_refused > CASES / 10,
        "too few shape refusals to mean anything: {shape_refused}"
    );
    assert!(
        agree_false > CASES / 20 && php_error > 0 && break_diffs > 0,
        "the hostile mutations must all occur"
    );
}

/// The vendored PHP is the documents' code byte for byte (when the seeds are beside the repo).
#[test]
fn vendored_php_is_the_documents_code() {
    let seed = [
        "../shared/seeds/000_db4e2f9c8f21c34d.txt",
        "../../shared/seeds/000_db4e2f9c8f21c34d.txt",
    ]
    .iter()
    .map(|p| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(p))
    .find(|p| p.exists());
    let Some(seed) = seed else {
        eprintln!("seeds not found beside the repository: vendored PHP not compared");
        return;
    };
    let text = std::fs::read_to_string(seed).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    for (file, from, to) in [
        ("doc_callback_continue.php.txt", 6394, 6425),
        ("doc_callback_break.php.txt", 8542, 8558),
    ] {
        let vendored =
            std::fs::read_to_string(format!("{}/tests/php/{file}", env!("CARGO_MANIFEST_DIR")))
                .unwrap();
        let expected = lines[from - 1..to].join("\n") + "\n";
        assert_eq!(
            vendored, expected,
            "{file} differs from seed 000 lines {from}-{to}"
        );
    }
}
