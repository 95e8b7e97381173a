//! Checkout Order (seed 000 lines 2107-3150, with the two interleaved scrapes 002 and 003): checkout
//! sessions for card and wallet payments, invoice sessions with BankID, and hosted payment links.
//!
//! Where 002 and 003 quote the server's own Laravel rule strings for a field that 000 still documents,
//! the rule string is used (both are cited); 000 is the current version and wins on presence, paths
//! and fields that the old pages no longer have. Every such choice is in
//! `docs/decisions/orders-checkout-reservations.md`.

use super::DefaultValue::Str;
use super::{body, cite, defaults_to, Endpoint, Method, Recipe, Response, ORDER_AND_DUE};

/// The checkout endpoints, in the documents' order.
pub const ENDPOINTS: &[Endpoint] = &[
    CREATE_SESSION,
    CREATE_INVOICE_SESSION,
    CREATE_HOSTED_PAYMENT_LINK,
];

/// Create Checkout Session (card, Vipps, Apple Pay, Google Pay): returns a payment URL to redirect the
/// customer to (000:2111-2472; 002 is an older scrape of the same page). Customer fields are required
/// only when `withCustomer` is true (000:2312-2374).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const CREATE_SESSION: Endpoint = Endpoint {
    id: "checkout.createSession",
    name: "Create Checkout Session - Card, Vipps, Apple & Google Pay",
    method: Method::Post,
    path: "/api/v1/connect/orders/regular/submit",
    fields: &[
        body("products", "required|array", "000:2227-2259; 002:135"),
        body("products.*.name", "required|string", "000:2227-2229; 002:23"),
        body("products.*.productId", "nullable|string", "000:2232-2234; 002:24"),
        body("products.*.quantity", "required|numeric", "000:2237-2239; 002:25"),
        body("products.*.rate", "required|numeric", "000:2242-2244; 002:26"),
        body("products.*.discount", "nullable|numeric", "000:2247-2249; 002:27"),
        body("products.*.tax", "required|numeric|in:0,12,15,25", "000:2252-2254; 002:28"),
        body("products.*.amount", "required|numeric", "000:2257-2259; 002:29"),
        body("orderSummary.subTotal", "required|numeric", "000:2262-2264; 002:30"),
        body("orderSummary.totalTax", "required|numeric", "000:2267-2269; 002:31"),
        body("orderSummary.totalDiscount", "required|numeric", "000:2272-2274; 002:32"),
        body("orderSummary.grandTotal", "required|numeric", "000:2277-2279; 002:33"),
        body("orderSummary.shippingCost", "nullable|numeric", "000:2282-2284"),
        body("orderDate", "required|string|date_format:U", "000:2287-2289; 002:34"),
        body("referenceNo", "nullable|string", "000:2292-2294"),
        body("customerReference", "nullable|string", "000:2297-2299"),
        body("orderFrom", "required_with:fpgoUuid|nullable|string|in:PARTNER", "000:2302-2304"),
        body("fpgoUuid", "nullable|string|exists:orders,uuid", "000:2307-2309; 003:107"),
        body("withCustomer", "required|boolean", "000:2312-2314; 002:166"),
        body("customerDetails.type", "required_if:withCustomer,true|nullable|string|in:private,corporate", "000:2317-2319; 002:42"),
        body("customerDetails.countryCode", "required_if:withCustomer,true|nullable|string", "000:2322-2324; 002:43"),
        body("customerDetails.msisdn", "required_if:withCustomer,true|nullable|string", "000:2327-2329; 002:44"),
        body("customerDetails.email", "required_if:withCustomer,true|nullable|email", "000:2332-2334; 002:45"),
        body("customerDetails.name", "required_if:withCustomer,true|nullable|string", "000:2337-2339; 002:46"),
        body("customerDetails.preferredLanguage", "nullable|string|in:en,no,sv,da,de", "000:2342-2344; 002:47"),
        body("customerDetails.personalNumber", "nullable|string|size:11", "000:2347-2349; 002:48"),
        body("customerDetails.organizationId", "required_if:customerDetails.type,corporate|nullable|string|regex:/^[a-zA-Z0-9]+$/", "000:2352-2354; 002:49"),
        body("customerDetails.address.street", "required_if:withCustomer,true|nullable|string", "000:2357-2359; 002:51"),
        body("customerDetails.address.zip", "required_if:withCustomer,true|nullable|string", "000:2362-2364; 002:52"),
        body("customerDetails.address.city", "required_if:withCustomer,true|nullable|string", "000:2367-2369; 002:53"),
        body("customerDetails.address.country", "required_if:withCustomer,true|nullable|string|regex:/^[A-Z]{2}$/", "000:2372-2374; 002:54"),
        body("submitPayment.via", "required|string|in:vipps,visa,mastercard,applepay,googlepay", "000:2377-2379; 002:65"),
        body("callback.callbackUrl", "required|string|url", "000:2382-2384; 002:67"),
        body("callback.success", "required|string|url", "000:2387-2389; 002:68"),
        body("callback.failure", "required|string|url", "000:2392-2394; 002:69"),
    ],
    source: cite("000:2111-2472; 002:1-263"),
    body: Some(Recipe::order(&[defaults_to("customerDetails.preferredLanguage", Str("no"), "000:2344")])),
    response: Response::data("{ orderUuid: string; customerUuid: string; paymentUrl: string }", "000:2405-2420"),
};

/// Create Session for Invoice Order: creates an invoice order and returns a BankID verification URL
/// (000:2474-2792; 003 is an older scrape that gives the path `/orders/regular/invoice/submit`, 003:24,
/// while 000:2486 gives `/orders/invoice/submit`: 000 is used, see the decision log).
#[rustfmt::skip] // one line per field, like the documents' tables
pub const CREATE_INVOICE_SESSION: Endpoint = Endpoint {
    id: "checkout.createInvoiceSession",
    name: "Create Session for Invoice Order",
    method: Method::Post,
    path: "/api/v1/connect/orders/invoice/submit",
    fields: &[
        body("products", "required|array", "000:2505-2537"),
        body("products.*.name", "required|string", "000:2505-2507; 003:35"),
        body("products.*.productId", "nullable|string|max:25", "000:2510-2512; 003:36; 003:32"),
        body("products.*.quantity", "required|numeric", "000:2515-2517; 003:37"),
        body("products.*.rate", "required|numeric", "000:2520-2522; 003:38"),
        body("products.*.discount", "nullable|numeric", "000:2525-2527; 003:39"),
        body("products.*.tax", "required|numeric|in:0,12,15,25", "000:2530-2532; 003:40"),
        body("products.*.amount", "required|numeric", "000:2535-2537; 003:41"),
        body("orderSummary.subTotal", "required|numeric", "000:2540-2542; 003:42"),
        body("orderSummary.totalTax", "required|numeric", "000:2545-2547; 003:43"),
        body("orderSummary.totalDiscount", "required|numeric", "000:2550-2552; 003:44"),
        body("orderSummary.grandTotal", "required|numeric", "000:2555-2557; 003:45"),
        body("orderSummary.shippingCost", "nullable|numeric", "003:92"),
        body("orderDate", "required|string|date_format:U", "000:2560-2562; 003:46"),
        body("referenceNo", "nullable|string", "000:2565-2567; 003:96"),
        body("customerReference", "nullable|string", "000:2570-2572; 003:97"),
        body("orderFrom", "required_with:fpgoUuid|nullable|string|in:PARTNER", "000:2575-2577; 003:106"),
        body("fpgoUuid", "nullable|string|exists:orders,uuid", "000:2580-2582; 003:107"),
        body("invoiceInterval", "sometimes|numeric|in:0,1,2", "000:2585-2587; 003:77"),
        body("separateInvoices", "sometimes|boolean", "000:2590-2592; 003:78"),
        body("invoiceFeeApplicable", "required|boolean", "000:2595-2597; 003:100"),
        body("invoiceMaturity", "nullable|numeric", "000:2600-2602; 003:101"),
        body("settings.secureDetails", "nullable|boolean", "000:2605-2607; 003:105"),
        body("customerDetails.type", "required|nullable|string|in:private,corporate", "000:2610-2612; 003:53"),
        body("customerDetails.countryCode", "required|nullable|string", "000:2615-2617; 003:54"),
        body("customerDetails.msisdn", "required|nullable|string", "000:2620-2622; 003:55"),
        body("customerDetails.email", "required|nullable|email", "000:2625-2627; 003:56"),
        body("customerDetails.name", "required|string", "000:2630-2632; 003:57"),
        body("customerDetails.personalNumber", r"nullable|required_if:customerDetails.type,private|string|regex:/^\d{11}$/", "000:2635-2637; 003:59"),
        body("customerDetails.organizationId", "required_if:customerDetails.type,corporate|nullable|string|regex:/^[a-zA-Z0-9]+$/", "000:2640-2642; 003:60"),
        body("customerDetails.preferredLanguage", "nullable|string|in:en,no,sv,da,de", "000:2645-2647; 003:58; 003:114"),
        body("customerDetails.address.street", "required|string", "000:2650-2652; 003:62"),
        body("customerDetails.address.zip", "required|string", "000:2655-2657; 003:63"),
        body("customerDetails.address.city", "required|string", "000:2660-2662; 003:64"),
        body("customerDetails.address.country", "required|string|regex:/^[A-Z]{2}$/", "000:2665-2667; 003:65"),
        body("callback.callbackUrl", "required|string|url", "000:2670-2672; 003:102"),
        body("callback.success", "required|string|url", "000:2675-2677; 003:80"),
        body("callback.failure", "required|string|url", "000:2680-2682; 003:81"),
    ],
    source: cite("000:2474-2792; 003:1-236"),
    body: Some(Recipe::order(&[defaults_to("customerDetails.preferredLanguage", Str("no"), "000:2647")])),
    response: Response::data("{ orderUuid: string; customerUuid: string; bankIdUrl: string }", "000:2743-2757"),
};

/// Hosted Checkout, step 1: creates a payment link to Front Payment's hosted checkout page, where the
/// customer pays by card, wallet or invoice (000:2794-3150). The address is optional here.
#[rustfmt::skip] // one line per field, like the documents' tables
pub const CREATE_HOSTED_PAYMENT_LINK: Endpoint = Endpoint {
    id: "checkout.createHostedPaymentLink",
    name: "Hosted Checkout - Create a Payment Link",
    method: Method::Post,
    path: "/api/v1/connect/hosted/orders/payment-link/create",
    fields: &[
        body("products", "required|array", "000:2918-2950"),
        body("products.*.name", "required|string", "000:2918-2920"),
        body("products.*.productId", "nullable|string", "000:2923-2925"),
        body("products.*.quantity", "required|numeric", "000:2928-2930"),
        body("products.*.rate", "required|numeric", "000:2933-2935"),
        body("products.*.discount", "nullable|numeric", "000:2938-2940"),
        body("products.*.tax", "required|numeric|in:0,12,15,25", "000:2943-2945"),
        body("products.*.amount", "required|numeric", "000:2948-2950"),
        body("orderSummary.subTotal", "required|numeric", "000:2953-2955"),
        body("orderSummary.totalTax", "required|numeric", "000:2958-2960"),
        body("orderSummary.totalDiscount", "required|numeric", "000:2963-2965"),
        body("orderSummary.grandTotal", "required|numeric", "000:2968-2970"),
        body("orderDate", "required|string|date_format:U", "000:2973-2975"),
        body("dueDateForPaymentLink", "required|string|date_format:U", "000:2978-2980"),
        body("orderFrom", "required_with:fpgoUuid|nullable|string|in:PARTNER", "000:2983-2985"),
        body("fpgoUuid", "nullable|string|exists:orders,uuid", "000:2988-2990; 003:107"),
        body("customerDetails.type", "required|string|in:private,corporate", "000:2993-2995"),
        body("customerDetails.countryCode", "required|string", "000:2998-3000"),
        body("customerDetails.msisdn", "required|string", "000:3003-3005"),
        body("customerDetails.email", "required|email", "000:3008-3010"),
        body("customerDetails.name", "required|string", "000:3013-3015"),
        body("customerDetails.personalNumber", "nullable|string|size:11", "000:3018-3020"),
        body("customerDetails.organizationId", "required_if:customerDetails.type,corporate|nullable|numeric", "000:3023-3025"),
        body("customerDetails.address.street", "nullable|string", "000:3028-3030"),
        body("customerDetails.address.zip", "nullable|string", "000:3033-3035"),
        body("customerDetails.address.city", "nullable|string", "000:3038-3040"),
        body("customerDetails.address.country", "nullable|string|regex:/^[A-Z]{2}$/", "000:3043-3045"),
        body("checkoutLanguage", "nullable|string|in:en,no,sv,da,de", "000:3048-3050"),
        body("referencesNo", "nullable|string", "000:3053-3055"),
        body("customerNotes", "nullable|string", "000:3058-3060"),
        body("callback.callbackUrl", "required|string|url", "000:3063-3065"),
        body("callback.success", "required|string|url", "000:3068-3070"),
        body("callback.failure", "required|string|url", "000:3073-3075"),
    ],
    source: cite("000:2794-3150"),
    body: Some(Recipe {
        dates: ORDER_AND_DUE,
        ..Recipe::order(&[defaults_to("checkoutLanguage", Str("no"), "000:3050")])
    }),
    response: Response::data("{ orderUuid: string; customerUuid: string; paymentUrl: string }", "000:3083-3097"),
};
