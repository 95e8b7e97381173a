//! Messages for the totals warnings in the API's five languages. The rule names are ours (the
//! server documents none of these checks), chosen not to collide with Laravel's rule names.

/// The message language (the one of the rule engine and `validate`).
pub use crate::rules::messages::Lang;

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
        match self {
            Warning::LineAmount { .. } => "LineAmount",
            Warning::OrderSummary { .. } => "OrderSummary",
            Warning::SummaryIdentity { .. } => "SummaryIdentity",
            Warning::MaxLines { .. } => "MaxLines",
            Warning::GrandTotal { .. } => "GrandTotal",
            Warning::DuplicateProduct { .. } => "DuplicateProduct",
            Warning::PositiveAmount { .. } => "PositiveAmount",
            Warning::UnknownProduct { .. } => "UnknownProduct",
            Warning::CaptureExceedsReserved { .. } => "CaptureExceedsReserved",
            Warning::UnknownReference { .. } => "UnknownReference",
            Warning::RefundExceedsPayment { .. } => "RefundExceedsPayment",
        }
    }

    pub(crate) fn message(&self, lang: Lang) -> String {
        use Lang::*;
        match self {
            Warning::LineAmount { given, expected } => match lang {
                En => format!("The line amount {given} does not equal quantity × rate − discount ({expected})."),
                No => format!("Linjebeløpet {given} er ikke lik antall × pris − rabatt ({expected})."),
                Sv => format!("Radbeloppet {given} är inte lika med antal × pris − rabatt ({expected})."),
                Da => format!("Linjebeløbet {given} er ikke lig med antal × pris − rabat ({expected})."),
                De => format!("Der Positionsbetrag {given} entspricht nicht Menge × Preis − Rabatt ({expected})."),
            },
            Warning::OrderSummary { field, given, expected } => match lang {
                En => format!("{field} is {given}, but the order lines give {expected}."),
                No => format!("{field} er {given}, men ordrelinjene gir {expected}."),
                Sv => format!("{field} är {given}, men orderraderna ger {expected}."),
                Da => format!("{field} er {given}, men ordrelinjerne giver {expected}."),
                De => format!("{field} ist {given}, die Bestellpositionen ergeben jedoch {expected}."),
            },
            Warning::SummaryIdentity { computed, given } => match lang {
                En => format!("subTotal + totalTax − totalDiscount ({computed}) does not equal grandTotal ({given})."),
                No => format!("subTotal + totalTax − totalDiscount ({computed}) er ikke lik grandTotal ({given})."),
                Sv => format!("subTotal + totalTax − totalDiscount ({computed}) är inte lika med grandTotal ({given})."),
                Da => format!("subTotal + totalTax − totalDiscount ({computed}) er ikke lig med grandTotal ({given})."),
                De => format!("subTotal + totalTax − totalDiscount ({computed}) entspricht nicht grandTotal ({given})."),
            },
            Warning::MaxLines { count } => match lang {
                En => format!("{count} order lines: Front Payment's own forms allow at most 20 (the API documents no limit)."),
                No => format!("{count} ordrelinjer: Front Payments egne skjemaer tillater høyst 20 (API-et dokumenterer ingen grense)."),
                Sv => format!("{count} orderrader: Front Payments egna formulär tillåter högst 20 (API:et dokumenterar ingen gräns)."),
                Da => format!("{count} ordrelinjer: Front Payments egne formularer tillader højst 20 (API'et dokumenterer ingen grænse)."),
                De => format!("{count} Bestellpositionen: Die Formulare von Front Payment erlauben höchstens 20 (die API dokumentiert kein Limit)."),
            },
            Warning::GrandTotal { given, expected } => match lang {
                En => format!("grandTotal {given} does not equal the sum of the products' amounts ({expected})."),
                No => format!("grandTotal {given} er ikke lik summen av produktenes beløp ({expected})."),
                Sv => format!("grandTotal {given} är inte lika med summan av produkternas belopp ({expected})."),
                Da => format!("grandTotal {given} er ikke lig med summen af produkternes beløb ({expected})."),
                De => format!("grandTotal {given} entspricht nicht der Summe der Produktbeträge ({expected})."),
            },
            Warning::DuplicateProduct { id } => match lang {
                En => format!("Product id {id} appears more than once."),
                No => format!("Produkt-id {id} forekommer mer enn én gang."),
                Sv => format!("Produkt-id {id} förekommer mer än en gång."),
                Da => format!("Produkt-id {id} forekommer mere end én gang."),
                De => format!("Die Produkt-ID {id} kommt mehr als einmal vor."),
            },
            Warning::PositiveAmount { given } => match lang {
                En => format!("The amount {given} is not greater than zero."),
                No => format!("Beløpet {given} er ikke større enn null."),
                Sv => format!("Beloppet {given} är inte större än noll."),
                Da => format!("Beløbet {given} er ikke større end nul."),
                De => format!("Der Betrag {given} ist nicht größer als null."),
            },
            Warning::UnknownProduct { id } => match lang {
                En => format!("The reservation has no product with id {id}."),
                No => format!("Reservasjonen har ikke noe produkt med id {id}."),
                Sv => format!("Reservationen har ingen produkt med id {id}."),
                Da => format!("Reservationen har intet produkt med id {id}."),
                De => format!("Die Reservierung hat kein Produkt mit der ID {id}."),
            },
            Warning::CaptureExceedsReserved { given, available } => match lang {
                En => format!("Capturing {given}, but only {available} is still reserved for this product."),
                No => format!("Trekker {given}, men bare {available} er fortsatt reservert for dette produktet."),
                Sv => format!("Drar {given}, men bara {available} är fortfarande reserverat för denna produkt."),
                Da => format!("Hæver {given}, men kun {available} er stadig reserveret til dette produkt."),
                De => format!("Es werden {given} eingezogen, für dieses Produkt sind aber nur noch {available} reserviert."),
            },
            Warning::UnknownReference { reference } => match lang {
                En => format!("{reference} is no capture or charge of this reservation."),
                No => format!("{reference} er ikke et uttak eller en belastning på denne reservasjonen."),
                Sv => format!("{reference} är inget uttag eller debitering av denna reservation."),
                Da => format!("{reference} er ikke en hævning eller opkrævning på denne reservation."),
                De => format!("{reference} ist keine Einziehung oder Belastung dieser Reservierung."),
            },
            Warning::RefundExceedsPayment { given, available } => match lang {
                En => format!("Refunding {given}, but only {available} of this payment can still be refunded."),
                No => format!("Refunderer {given}, men bare {available} av denne betalingen kan fortsatt refunderes."),
                Sv => format!("Återbetalar {given}, men bara {available} av denna betalning kan fortfarande återbetalas."),
                Da => format!("Refunderer {given}, men kun {available} af denne betaling kan stadig refunderes."),
                De => format!("Es werden {given} erstattet, von dieser Zahlung können aber nur noch {available} erstattet werden."),
            },
        }
    }
}
