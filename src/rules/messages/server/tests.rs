//! Reading messages back: the live server's examples, the file's lines, specificity, rewording and
//! bounds on hostile text.

use super::*;

#[test]
fn every_line_names_the_attribute_before_any_other_placeholder() {
    for (key, _, line) in super::super::laravel_en::lines() {
        if let Some((before, _)) = line.split_once(":attribute") {
            assert_eq!(split_line(before).0, [before], "{key}");
        }
    }
}

#[test]
fn globs_and_chunks() {
    assert_eq!(
        split_line(" must be a file of type: :values."),
        (vec![" must be a file of type: ", "."], vec!["values"])
    );
    assert_eq!(
        split_line(" field is required when :other is :value."),
        (
            vec![" field is required when ", " is ", "."],
            vec!["other", "value"]
        )
    );
    assert!(glob(&[" when ", " is ", "."], " when a is b is c.").is_some());
    assert!(glob(&[" when ", " is ", "."], " when  is .").is_some());
    assert!(glob(&[" when ", " is ", "."], " when a was b.").is_none());
    assert!(glob(&[" is ", " is "], " is ").is_none());
    assert!(glob(&[" x."], " x.").is_some());
    // What the placeholders held: the middle chunks are found leftmost.
    assert_eq!(
        glob(&[" when ", " is ", "."], " when a is b is c."),
        Some(vec!["a", "b is c"])
    );
}

#[test]
fn keys_are_read_from_the_shown_path() {
    assert_eq!(
        match_with_keys("products.*.tax", "products.12.tax is"),
        Some((vec!["12"], 15))
    );
    assert_eq!(match_with_keys("a.*", "a.0 must"), Some((vec!["0"], 3)));
    assert_eq!(match_with_keys("a.*.b", "a..b"), None);
    assert_eq!(fill_stars("a.*.b.*", &["1", "x"]), "a.1.b.x");
}

#[test]
fn displayed_attributes_are_laravels() {
    assert_eq!(
        snake_display("customerDetails.personalNumber"),
        "customer details.personal number"
    );
    assert_eq!(snake_display("products.0.tax"), "products.0.tax");
    assert_eq!(snake_display("sendOrderBy.sms"), "send order by.sms");
    assert_eq!(snake_display("ehfID"), "ehf i d");
    assert_eq!(snake_display("order_date"), "order date");
}

fn pair(field: &str, rule: &str) -> Option<(String, String)> {
    Some((field.to_string(), rule.to_string()))
}

#[test]
fn live_server_messages_read_back_to_field_and_rule() {
    let fields = [
        "orderSummary.shippingCost",
        "customerDetails.personalNumber",
        "submitPayment.via",
        "products.*.tax",
        "isB2B",
    ];
    let read = |m: &str| match_server_message(m, &fields);
    // The examples of the live server's answer.
    assert_eq!(
        read("The order summary.shipping cost field is required."),
        pair("orderSummary.shippingCost", "Required")
    );
    assert_eq!(
        read("The customer details.personal number field is required when submit payment.via is invoice."),
        pair("customerDetails.personalNumber", "RequiredIf")
    );
    assert_eq!(
        read("The selected products.3.tax is invalid."),
        pair("products.3.tax", "In")
    );
    assert_eq!(
        read("The products.10.tax must be a number."),
        pair("products.10.tax", "Numeric")
    );
    assert_eq!(
        read("The customer details.personal number must be 11 characters."),
        pair("customerDetails.personalNumber", "Size")
    );
    assert_eq!(
        read("The customer details.personal number must be 11."),
        pair("customerDetails.personalNumber", "Size")
    );
    // Lines of rules fpgo does not run are read too.
    assert_eq!(
        read("The is b2 b must be accepted."),
        pair("isB2B", "Accepted")
    );
    // A server naming fields as sent is understood too.
    assert_eq!(
        read("The customerDetails.personalNumber must be a string."),
        pair("customerDetails.personalNumber", "String")
    );
    assert_eq!(read("The password is incorrect."), None);
    assert_eq!(read("The unknown field field is required."), None);
    assert_eq!(read(&"x".repeat(MAX_MESSAGE_LEN + 1)), None);
    let table = [
        ("kind", "required|string|not_in:test,demo"),
        ("code", "nullable|regex:/^a|b$/"),
    ];
    assert_eq!(
        match_server_message_in_table("The selected kind is invalid.", &table),
        pair("kind", "NotIn")
    );
    assert_eq!(
        match_server_message_in_table("The code format is invalid.", &table),
        pair("code", "Regex")
    );
}

const TABLE: &[TableField] = &[
    ("orderSummary.shippingCost", "nullable|numeric"),
    ("customerDetails.personalNumber", "nullable|string|size:11"),
    ("customerDetails.type", "required|in:private,corporate"),
    ("products.*.tax", "required|numeric|in:0,12,15,25"),
    ("products.*.name", "required|string|max:255"),
];
const NAMES: &[&str] = &[
    "orderSummary.shippingCost",
    "products.*.tax",
    "products.*.name",
];

#[test]
fn the_most_specific_line_wins_and_sizes_keep_their_type() {
    let matcher = ServerMatcher::for_table(TABLE);
    let cases = [
        (
            "The customer details.personal number must be a string.",
            "customerDetails.personalNumber",
            "String",
            "",
        ),
        (
            "The customer details.personal number must be 11 characters.",
            "customerDetails.personalNumber",
            "Size",
            "string",
        ),
        (
            "The products.12.name must not be greater than 255 characters.",
            "products.12.name",
            "Max",
            "string",
        ),
        (
            "The selected customer details.type is invalid.",
            "customerDetails.type",
            "In",
            "",
        ),
    ];
    for (message, field, rule, size_type) in cases {
        let m = matcher
            .read(message)
            .map(|m| (m.field, m.rule, m.size_type));
        assert_eq!(
            m,
            Some((field.to_string(), rule.to_string(), size_type)),
            "{message}"
        );
    }
    assert_eq!(
        match_server_message("The order summary.shipping cost field is required.", NAMES),
        pair("orderSummary.shippingCost", "Required")
    );
}

#[test]
fn messages_that_name_no_field_or_no_line_are_unmatched() {
    for msg in [
        "The unknown field is required.",
        "The products.x.y.tax must be a number.",
        "Order could not be created.",
        "The order summary.shipping cost field is required",
        "",
    ] {
        assert_eq!(match_server_message(msg, NAMES), None, "{msg}");
    }
}

#[test]
fn captures_hold_what_each_placeholder_showed() {
    let matcher = ServerMatcher::for_table(TABLE);
    let m = matcher
        .read("The customer details.personal number field is required when submit payment.via is invoice.")
        .unwrap();
    assert_eq!(
        m.captures,
        [
            ("attribute", "customer details.personal number".to_string()),
            ("other", "submit payment.via".to_string()),
            ("value", "invoice".to_string()),
        ]
    );
    let m = matcher
        .read("The products.2.name must not be greater than 255 characters.")
        .unwrap();
    assert_eq!(
        m.captures,
        [
            ("attribute", "products.2.name".to_string()),
            ("max", "255".to_string())
        ]
    );
}

#[test]
fn matches_are_reworded_into_each_language() {
    let matcher = ServerMatcher::for_table(TABLE);
    let reword = |msg: &str, lang| matcher.read(msg).and_then(|m| m.reword(lang));
    let size = "The customer details.personal number must be 11 characters.";
    // English rewords to the server's own text, byte for byte.
    assert_eq!(reword(size, Lang::En).as_deref(), Some(size));
    assert_eq!(
        reword(size, Lang::No),
        Some(
            template_of(Lang::No, Kind::Size, SizeType::String)
                .replace(":attribute", "customer details.personal number")
                .replace(":size", "11")
        )
    );
    let required_if =
        "The customer details.personal number field is required when submit payment.via is invoice.";
    let de = reword(required_if, Lang::De).unwrap();
    assert!(
        de.contains("customer details.personal number")
            && de.contains("submit payment.via")
            && de.contains("invoice")
            && !de.contains(':'),
        "{de}"
    );
    // Rules fpgo has no line for, and file sizes, keep the server's English.
    let accepted = ServerMatcher::new([("isB2B", None)])
        .read("The is b2 b must be accepted.")
        .unwrap();
    assert_eq!(accepted.reword(Lang::Sv), None);
    let file = ServerMatch {
        field: "doc".into(),
        rule: "Max".into(),
        size_type: "file",
        captures: vec![("attribute", "doc".into()), ("max", "2".into())],
    };
    assert_eq!(file.reword(Lang::Da), None);
    // A line that needs a placeholder the match did not carry is not filled with a guess.
    let missing = ServerMatch {
        captures: vec![("attribute", "doc".into())],
        size_type: "numeric",
        ..file
    };
    assert_eq!(missing.reword(Lang::En), None);
}

#[test]
fn long_and_hostile_messages_are_bounded() {
    // Thousands of occurrences of a literal: the middle chunks are found leftmost, once.
    let long = format!(
        "The products.1.tax field is required when{} is .",
        " is".repeat(1_300)
    );
    assert!(long.len() <= MAX_MESSAGE_LEN);
    assert_eq!(
        match_server_message(&long, NAMES),
        pair("products.1.tax", "RequiredIf")
    );
    assert_eq!(
        match_server_message(&"x".repeat(MAX_MESSAGE_LEN + 1), NAMES),
        None
    );
    // Fields that stand at the start of any text: each line is compared once per field. Twenty
    // such fields stay within the step budget; more than the budget end the search, and the
    // message is left unmatched rather than guessed.
    let everywhere = |n: usize| ServerMatcher::new((0..n).map(|_| ("*", None)));
    let number = "The x must be a number.";
    assert_eq!(
        everywhere(20).read(number).map(|m| (m.field, m.rule)),
        pair("x", "Numeric")
    );
    assert_eq!(everywhere(STEP_BUDGET as usize + 1).read(number), None);
}
