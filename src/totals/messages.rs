//! Messages for the totals warnings in the API's five languages. The rule names are ours (the
//! server documents none of these checks), chosen not to collide with Laravel's rule names.

/// The message language (the one of the rule engine and `validate`).
pub use crate::rules::messages::Lang;

use crate::text::{self, Texts};

/// One warning, with what it needs to say.
pub(crate) enum Warning<'a> {
    /// `products.N.amount` is not `quantity * rate - discount`.
    LineAmount { given: &'a str, expected: &'a str },
    /// An `orderSummary` field does not match the lines.
    OrderSummary {
        field: &'a str,
        given: &'a str,
        expected: &'a str,
    },
    /// `subTotal + totalTax - totalDiscount` is not `grandTotal`.
    SummaryIdentity { computed: &'a str, given: &'a str },
    /// More lines than Front Payment's forms allow.
    MaxLines { count: usize },
    /// `grandTotal` is not the sum of the products' amounts.
    GrandTotal { given: &'a str, expected: &'a str },
    /// The same product id twice in one capture or refund.
    DuplicateProduct { id: &'a str },
    /// A capture, charge or refund amount of zero or less.
    PositiveAmount { given: &'a str },
    /// A product id the reservation does not have.
    UnknownProduct { id: &'a str },
    /// More captured than is still reserved for the product.
    CaptureExceedsReserved { given: &'a str, available: &'a str },
    /// A `reference` that is no capture or charge of the reservation.
    UnknownReference { reference: &'a str },
    /// More refunded than is left of the capture or charge.
    RefundExceedsPayment { given: &'a str, available: &'a str },
}

impl Warning<'_> {
    /// The rule name reported in `warnings`.
    pub(crate) fn rule(&self) -> &'static str {
        // One text, a line each in the variants' order (a `match` of `&str`s kept a table of them).
        const RULES: &str = concat!(
            "LineAmount\n",
            "OrderSummary\n",
            "SummaryIdentity\n",
            "MaxLines\n",
            "GrandTotal\n",
            "DuplicateProduct\n",
            "PositiveAmount\n",
            "UnknownProduct\n",
            "CaptureExceedsReserved\n",
            "UnknownReference\n",
            "RefundExceedsPayment"
        );
        let line = match self {
            Warning::LineAmount { .. } => 0,
            Warning::OrderSummary { .. } => 1,
            Warning::SummaryIdentity { .. } => 2,
            Warning::MaxLines { .. } => 3,
            Warning::GrandTotal { .. } => 4,
            Warning::DuplicateProduct { .. } => 5,
            Warning::PositiveAmount { .. } => 6,
            Warning::UnknownProduct { .. } => 7,
            Warning::CaptureExceedsReserved { .. } => 8,
            Warning::UnknownReference { .. } => 9,
            Warning::RefundExceedsPayment { .. } => 10,
        };
        crate::text::nth_line(RULES, line)
    }

    pub(crate) fn message(&self, lang: Lang) -> String {
        let count;
        let (texts, args): (&Texts, [(&str, &str); 3]) = match self {
            Warning::LineAmount { given, expected } => (
                &LINE_AMOUNT,
                [("given", given), ("expected", expected), ("", "")],
            ),
            Warning::OrderSummary {
                field,
                given,
                expected,
            } => (
                &ORDER_SUMMARY,
                [("field", field), ("given", given), ("expected", expected)],
            ),
            Warning::SummaryIdentity { computed, given } => (
                &SUMMARY_IDENTITY,
                [("computed", computed), ("given", given), ("", "")],
            ),
            Warning::MaxLines { count: n } => {
                count = text::uint(*n);
                (&MAX_LINES, [("count", &count), ("", ""), ("", "")])
            }
            Warning::GrandTotal { given, expected } => (
                &GRAND_TOTAL,
                [("given", given), ("expected", expected), ("", "")],
            ),
            Warning::DuplicateProduct { id } => {
                (&DUPLICATE_PRODUCT, [("id", id), ("", ""), ("", "")])
            }
            Warning::PositiveAmount { given } => {
                (&POSITIVE_AMOUNT, [("given", given), ("", ""), ("", "")])
            }
            Warning::UnknownProduct { id } => (&UNKNOWN_PRODUCT, [("id", id), ("", ""), ("", "")]),
            Warning::CaptureExceedsReserved { given, available } => (
                &CAPTURE_EXCEEDS_RESERVED,
                [("given", given), ("available", available), ("", "")],
            ),
            Warning::UnknownReference { reference } => (
                &UNKNOWN_REFERENCE,
                [("reference", reference), ("", ""), ("", "")],
            ),
            Warning::RefundExceedsPayment { given, available } => (
                &REFUND_EXCEEDS_PAYMENT,
                [("given", given), ("available", available), ("", "")],
            ),
        };
        text::fill(texts, lang, &args)
    }
}

const LINE_AMOUNT: Texts = text::texts![
    "The line amount :given does not equal quantity × rate − discount (:expected).",
    "Linjebeløpet :given er ikke lik antall × pris − rabatt (:expected).",
    "Radbeloppet :given är inte lika med antal × pris − rabatt (:expected).",
    "Linjebeløbet :given er ikke lig med antal × pris − rabat (:expected).",
    "Der Positionsbetrag :given entspricht nicht Menge × Preis − Rabatt (:expected).",
];
const ORDER_SUMMARY: Texts = text::texts![
    ":field is :given, but the order lines give :expected.",
    ":field er :given, men ordrelinjene gir :expected.",
    ":field är :given, men orderraderna ger :expected.",
    ":field er :given, men ordrelinjerne giver :expected.",
    ":field ist :given, die Bestellpositionen ergeben jedoch :expected.",
];
const SUMMARY_IDENTITY: Texts = text::texts![
    "subTotal + totalTax − totalDiscount (:computed) does not equal grandTotal (:given).",
    "subTotal + totalTax − totalDiscount (:computed) er ikke lik grandTotal (:given).",
    "subTotal + totalTax − totalDiscount (:computed) är inte lika med grandTotal (:given).",
    "subTotal + totalTax − totalDiscount (:computed) er ikke lig med grandTotal (:given).",
    "subTotal + totalTax − totalDiscount (:computed) entspricht nicht grandTotal (:given).",
];
const MAX_LINES: Texts = text::texts![
    ":count order lines: Front Payment's own forms allow at most 20 (the API documents no limit).",
    ":count ordrelinjer: Front Payments egne skjemaer tillater høyst 20 (API-et dokumenterer ingen grense).",
    ":count orderrader: Front Payments egna formulär tillåter högst 20 (API:et dokumenterar ingen gräns).",
    ":count ordrelinjer: Front Payments egne formularer tillader højst 20 (API'et dokumenterer ingen grænse).",
    ":count Bestellpositionen: Die Formulare von Front Payment erlauben höchstens 20 (die API dokumentiert kein Limit).",
];
const GRAND_TOTAL: Texts = text::texts![
    "grandTotal :given does not equal the sum of the products' amounts (:expected).",
    "grandTotal :given er ikke lik summen av produktenes beløp (:expected).",
    "grandTotal :given är inte lika med summan av produkternas belopp (:expected).",
    "grandTotal :given er ikke lig med summen af produkternes beløb (:expected).",
    "grandTotal :given entspricht nicht der Summe der Produktbeträge (:expected).",
];
const DUPLICATE_PRODUCT: Texts = text::texts![
    "Product id :id appears more than once.",
    "Produkt-id :id forekommer mer enn én gang.",
    "Produkt-id :id förekommer mer än en gång.",
    "Produkt-id :id forekommer mere end én gang.",
    "Die Produkt-ID :id kommt mehr als einmal vor.",
];
const POSITIVE_AMOUNT: Texts = text::texts![
    "The amount :given is not greater than zero.",
    "Beløpet :given er ikke større enn null.",
    "Beloppet :given är inte större än noll.",
    "Beløbet :given er ikke større end nul.",
    "Der Betrag :given ist nicht größer als null.",
];
const UNKNOWN_PRODUCT: Texts = text::texts![
    "The reservation has no product with id :id.",
    "Reservasjonen har ikke noe produkt med id :id.",
    "Reservationen har ingen produkt med id :id.",
    "Reservationen har intet produkt med id :id.",
    "Die Reservierung hat kein Produkt mit der ID :id.",
];
const CAPTURE_EXCEEDS_RESERVED: Texts = text::texts![
    "Capturing :given, but only :available is still reserved for this product.",
    "Trekker :given, men bare :available er fortsatt reservert for dette produktet.",
    "Drar :given, men bara :available är fortfarande reserverat för denna produkt.",
    "Hæver :given, men kun :available er stadig reserveret til dette produkt.",
    "Es werden :given eingezogen, für dieses Produkt sind aber nur noch :available reserviert.",
];
const UNKNOWN_REFERENCE: Texts = text::texts![
    ":reference is no capture or charge of this reservation.",
    ":reference er ikke et uttak eller en belastning på denne reservasjonen.",
    ":reference är inget uttag eller debitering av denna reservation.",
    ":reference er ikke en hævning eller opkrævning på denne reservation.",
    ":reference ist keine Einziehung oder Belastung dieser Reservierung.",
];
const REFUND_EXCEEDS_PAYMENT: Texts = text::texts![
    "Refunding :given, but only :available of this payment can still be refunded.",
    "Refunderer :given, men bare :available av denne betalingen kan fortsatt refunderes.",
    "Återbetalar :given, men bara :available av denna betalning kan fortfarande återbetalas.",
    "Refunderer :given, men kun :available af denne betaling kan stadig refunderes.",
    "Es werden :given erstattet, von dieser Zahlung können aber nur noch :available erstattet werden.",
];

/// Every message of [`Warning::message`] (for the tests of the tables).
#[cfg(test)]
pub(super) const MESSAGES: [&Texts; 11] = [
    &LINE_AMOUNT,
    &ORDER_SUMMARY,
    &SUMMARY_IDENTITY,
    &MAX_LINES,
    &GRAND_TOTAL,
    &DUPLICATE_PRODUCT,
    &POSITIVE_AMOUNT,
    &UNKNOWN_PRODUCT,
    &CAPTURE_EXCEEDS_RESERVED,
    &UNKNOWN_REFERENCE,
    &REFUND_EXCEEDS_PAYMENT,
];

#[cfg(test)]
mod tests {
    use super::Warning;

    /// The rule names as the `match` of `&str`s gave them (before they became one text).
    #[test]
    fn rule_names_are_the_stable_ones() {
        let (a, b) = ("1", "2");
        let warnings = [
            Warning::LineAmount {
                given: a,
                expected: b,
            },
            Warning::OrderSummary {
                field: a,
                given: a,
                expected: b,
            },
            Warning::SummaryIdentity {
                computed: a,
                given: b,
            },
            Warning::MaxLines { count: 21 },
            Warning::GrandTotal {
                given: a,
                expected: b,
            },
            Warning::DuplicateProduct { id: a },
            Warning::PositiveAmount { given: a },
            Warning::UnknownProduct { id: a },
            Warning::CaptureExceedsReserved {
                given: a,
                available: b,
            },
            Warning::UnknownReference { reference: a },
            Warning::RefundExceedsPayment {
                given: a,
                available: b,
            },
        ];
        let names: Vec<&str> = warnings.iter().map(Warning::rule).collect();
        assert_eq!(
            names,
            [
                "LineAmount",
                "OrderSummary",
                "SummaryIdentity",
                "MaxLines",
                "GrandTotal",
                "DuplicateProduct",
                "PositiveAmount",
                "UnknownProduct",
                "CaptureExceedsReserved",
                "UnknownReference",
                "RefundExceedsPayment",
            ]
        );
    }
}
