//! The TypeScript declarations of the JS client, generated from the endpoint table so that every
//! endpoint has a typed method (`client.orders.cancel({ pathParams: { orderUuid }, body })`).
//! `src/wasm/client.d.ts` holds the output; a test fails when it is out of date
//! (`FPGO_UPDATE_DTS=1 cargo test --lib client::dts` rewrites it).

use crate::endpoints::{self, Location};
use std::fmt::Write;

const PREAMBLE: &str = r#"/** What the `onRequest` hook receives before each attempt (never the token, headers or bodies). */
export interface FpgoRequestEvent {
  endpointId: FpgoEndpointId;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** The path without host or query string. */
  path: string;
  /** 0 for the first request, 1 for the first retry, ... */
  attempt: number;
}

/** What the `onResponse` hook receives after each attempt. */
export interface FpgoResponseEvent extends FpgoRequestEvent {
  /** The HTTP status, when a response arrived. */
  status?: number;
  durationMs: number;
  /** The error's code when the attempt failed. */
  errorCode?: string;
}

/** Options for `new FpgoClient(...)`. */
export interface FpgoClientOptions {
  /** The merchant's bearer token (a secret: never ship it to browsers). */
  token: string;
  /** `demo` (the default, https://demo-api.frontpayment.no) or `production`. */
  environment?: "demo" | "production";
  /** Overrides `environment`: a sandbox (`http://127.0.0.1:PORT`) or a proxy. */
  baseUrl?: string;
  /** Time allowed for each attempt, headers and body together (default 30000). */
  timeoutMs?: number;
  /** Retries for GET requests on network errors, timeouts, 429 and 5xx (default 2, at most 10). POST and PUT are never retried. */
  maxRetries?: number;
  /** A fetch implementation to use instead of the global one. */
  fetch?: (request: Request) => Promise<Response>;
  /** Allow use in a browser window, where the token is visible to every visitor. */
  dangerouslyAllowBrowser?: boolean;
  /** Check bodies against the endpoint's rules before sending (default true). */
  validate?: boolean;
  /** The language of error messages: en (default; the server's own text is kept), no, sv, da, de. */
  lang?: "en" | "no" | "nb" | "nn" | "sv" | "da" | "de";
  /** The largest response body read, in bytes (default 10 MB); a larger one is `response_too_large`. */
  maxResponseBytes?: number;
  /** Called before each attempt. */
  onRequest?: (event: FpgoRequestEvent) => void;
  /** Called after each attempt. */
  onResponse?: (event: FpgoResponseEvent) => void;
}

/** Path parameters, query parameters and JSON body of one call, and its per-request options. */
export interface FpgoRequestOptions {
  pathParams?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: Record<string, unknown>;
  /** Extra headers (the client's own, such as `Authorization`, cannot be replaced). */
  headers?: Record<string, string>;
  /** Aborts the call (and `.all()`): it rejects with `kind: "aborted"`. */
  signal?: AbortSignal;
  /** This call's time per attempt, instead of the client's. */
  timeoutMs?: number;
}

/** Per-request options every method accepts beside its parameters. */
export type FpgoCallOptions = Pick<FpgoRequestOptions, "headers" | "signal" | "timeoutMs">;

/** The envelope's `data`, unwrapped. */
export type FpgoData = Record<string, unknown> | unknown[] | null;

/** One page of a list endpoint (000:5592-5853). */
export interface FpgoPage<T> {
  data: T[];
  /** `null` when the server sent no paging information (then there is one page). */
  metaData: { total: number; perPage: number; currentPage: number; lastPage: number } | null;
  links: { previous: string | null; next: string | null } | null;
}

/** A list method: one page, or `.all()` for every item of every page. */
export interface FpgoListMethod<I, T> {
  (input?: I): Promise<FpgoPage<T>>;
  /** Every item of every page, one page requested at a time; stops at the last page. */
  all(input?: I): AsyncIterableIterator<T>;
}

/** An item of Get Subscription List (000:5670-5700). */
export interface FpgoSubscriptionListItem {
  subscriptionUuid: string;
  orderUuid: string;
  repeats: number;
  frequency: string;
  amount: number;
  currency: string;
  createdAt: string;
  customerName: string;
  clientName: string;
  customerEmail: string;
  countryCode: string;
  msisdn: string;
  status: string;
  isPaid: boolean;
  isRefundable: boolean;
  numberOfPaidCycles: number;
  [field: string]: unknown;
}

/** `data` of the order-creating endpoints: the new order's uuid (not `orderUuid`) and its customer. */
export interface FpgoCreatedOrder {
  uuid: string;
  customerUuid: string;
}

/** `data` of Get Order Details By UUID. */
export interface FpgoOrderDetails {
  type: string;
  orderUuid: string;
  invoiceNumber: string | null;
  status: string;
  orderDate: string | null;
  paymentLinkDueDate: string | null;
  productList: Array<{
    /** The order product id that refunds refer to. */
    id?: number;
    name: string;
    productId: string | null;
    quantity: number | string;
    rate: number | string;
    discount: number | string | null;
    tax: number | string;
    amount: number | string;
  }>;
  orderSummary: Record<string, string | number> | null;
  customerDetails: Record<string, unknown> | null;
}

export type FpgoErrorKind =
  | "validation" | "auth" | "not_found" | "business_rule" | "rate_limited" | "invalid_request"
  | "server" | "network" | "timeout" | "invalid_response" | "config" | "aborted";

/** One failed rule at one field, as `validate()` reports it. */
export interface FpgoFieldIssue {
  /** The Laravel rule (`Required`, `Size`, ...); `Unknown` for a server message no Laravel line matches. */
  rule: string;
  message: string;
}

/** What every failed call rejects with. */
export declare class FpgoError extends Error {
  name: "FpgoError";
  kind?: FpgoErrorKind;
  /** The API's message key (`orderNotFound`) or our own snake_case code (`timeout`, `response_too_large`). */
  code: string;
  httpStatus?: number;
  statusMessage?: string;
  /** Field errors, as `validate()` reports them; server messages that name no field are under `_other`. */
  errors?: Record<string, FpgoFieldIssue[]>;
  /** The live server's 417 `errors` array, exactly as sent. */
  serverMessages?: string[];
  /** A redirect's `{ location }`, a 500's details, the path parameter at fault, ... */
  details?: unknown;
  endpointId?: string;
  /** Requests sent: 0 when rejected locally, more than 1 after GET retries. */
  attempts?: number;
  /** The underlying error of a network failure. */
  cause?: unknown;
  toJSON(): Record<string, unknown>;
}

/** Whether `e` is an `FpgoError`. */
export declare function isFpgoError(e: unknown): e is FpgoError;
"#;

/// The documented `data` of each endpoint whose page shows one, with its seed lines. Endpoints not
/// listed resolve to `FpgoData` (their pages show no usable example).
const RESPONSE_TYPES: &[(&str, &str, &str)] = &[
    ("orders.sendPaymentLink", "FpgoCreatedOrder", "000:262-273"),
    ("orders.sendInvoice", "FpgoCreatedOrder", "000:596-611"),
    ("orders.sendEFaktura", "FpgoCreatedOrder", "000:912-927"),
    ("orders.sendEhfInvoice", "FpgoCreatedOrder", "000:1219-1234"),
    ("orders.resendPaymentLink", "null", "000:1346-1356"),
    ("orders.cancel", "null", "000:1473-1483"),
    ("orders.refund", "null", "000:1616-1626"),
    ("orders.listStatuses", "Array<{ uuid: string; status: string }>", "000:1761-1780"),
    ("orders.getStatus", "{ uuid: string; status: string; orderAmount: number; refundedAmount: number }", "000:1822-1837"),
    ("orders.getDetails", "FpgoOrderDetails", "000:1895-1946"),
    ("orders.getInvoiceNumber", "{ orderUuid: string; invoiceNumber: string | null; status: string }", "000:2009-2023"),
    ("orders.delayedCharge", "null", "000:2073-2081"),
    ("checkout.createSession", "{ orderUuid: string; customerUuid: string; paymentUrl: string }", "000:2405-2420"),
    ("checkout.createInvoiceSession", "{ orderUuid: string; customerUuid: string; bankIdUrl: string }", "000:2743-2757"),
    ("checkout.createHostedPaymentLink", "{ orderUuid: string; customerUuid: string; paymentUrl: string }", "000:3083-3097"),
    ("reservations.submit", "{ customerUuid: string; reservationUuid: string; checkoutUrl: string }", "000:3479-3493"),
    ("reservations.createSession", "{ customerUuid: string; reservationUuid: string; paymentUrl: string }", "000:3879-3893"),
    ("reservations.getDetails", "{ status: string; [field: string]: unknown }", "000:3975-4087"),
    ("reservations.capture", "{ uuid: string }", "000:4204-4216"),
    ("reservations.charge", "{ uuid: string }", "000:4397-4409"),
    ("reservations.cancel", "null", "000:4548-4558"),
    ("reservations.complete", "null", "000:4689-4699"),
    ("reservations.resend", "null", "000:4832-4842"),
    ("reservations.refund", "null", "000:4996-5006"),
    ("reservations.getHistory", "Array<{ uuid: string; title: string; datetime: string; sentTo: string; actionBy: string | null; note: string | null }>", "000:5099-5161"),
    ("subscriptions.list", "FpgoSubscriptionListItem", "000:5670-5700"),
    ("subscriptions.listFailedPayments", "Record<string, unknown>", "000:5741-5853"),
    ("subscriptions.create", "{ paymentLink: string; subscriptionUuid: string; orderUuid: string; [field: string]: unknown }", "000:5383-5394"),
    ("customers.getDetails", "{ uuid: string; [field: string]: unknown }", "000:6460-6493"),
    ("terminal.createOrder", "{ orderUuid: string }", "000:7409-7417"),
];

fn pascal(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// The whole declaration text.
pub fn typescript() -> String {
    let mut out = String::from(PREAMBLE);
    let ids: Vec<String> = endpoints::all().map(|e| format!("\"{}\"", e.id)).collect();
    let ids = if ids.is_empty() {
        "never".to_string()
    } else {
        ids.join(" | ")
    };
    let _ = writeln!(
        out,
        "\n/** Every endpoint id of the table. */\nexport type FpgoEndpointId = {ids};"
    );
    let mut areas: Vec<&str> = Vec::new();
    for e in endpoints::all() {
        if !areas.contains(&e.area()) {
            areas.push(e.area());
        }
    }
    for area in &areas {
        let _ = writeln!(
            out,
            "\n/** `client.{area}.*` */\nexport interface Fpgo{}Methods {{",
            pascal(area)
        );
        for e in endpoints::all().filter(|e| e.area() == *area) {
            let method = e.id.split_once('.').map_or(e.id, |(_, m)| m);
            let params: Vec<String> = e
                .path
                .split('/')
                .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
                .map(|p| match p.strip_suffix('?') {
                    Some(name) => format!("{name}?: string | number"),
                    None => format!("{p}: string | number"),
                })
                .collect();
            let mut input = Vec::new();
            if !params.is_empty() {
                let all_optional = params.iter().all(|p| p.contains("?:"));
                let key = if all_optional {
                    "pathParams?"
                } else {
                    "pathParams"
                };
                input.push(format!("{key}: {{ {} }}", params.join("; ")));
            }
            if e.fields_at(Location::Query).next().is_some() {
                input.push("query?: FpgoRequestOptions[\"query\"]".to_string());
            }
            if e.fields_at(Location::Body).next().is_some() {
                input.push("body: Record<string, unknown>".to_string());
            }
            let required = !input.is_empty() && input.iter().any(|p| !p.contains("?:"));
            let arg = if input.is_empty() {
                "input?: FpgoCallOptions".to_string()
            } else {
                format!(
                    "input{}: {{ {} }}",
                    if required { "" } else { "?" },
                    input.join("; ")
                )
            };
            let data = RESPONSE_TYPES
                .iter()
                .find(|(id, _, _)| *id == e.id)
                .map_or("FpgoData", |(_, t, _)| *t);
            let doc = format!(
                "  /** {} — `{} {}` (seed {}) */",
                e.name,
                e.method.as_str(),
                e.path,
                e.source
            );
            if crate::client::is_paged(e.id) {
                let input = format!("{{ {} }} & FpgoCallOptions", input.join("; "));
                let _ = writeln!(
                    out,
                    "{doc}\n  readonly {method}: FpgoListMethod<{input}, {data}>;"
                );
            } else {
                let arg = arg.replacen(": {", ": FpgoCallOptions & {", 1);
                let _ = writeln!(out, "{doc}\n  {method}({arg}): Promise<{data}>;");
            }
        }
        out.push_str("}\n");
    }
    out.push_str("\n/** The FPGO Connect client. */\nexport class FpgoClient {\n  constructor(options: FpgoClientOptions);\n");
    out.push_str("  /** Calls any endpoint by id (a list endpoint resolves to its `FpgoPage`). */\n  request<T = FpgoData>(endpointId: FpgoEndpointId, input?: FpgoRequestOptions): Promise<T>;\n");
    for area in &areas {
        let _ = writeln!(out, "  readonly {area}: Fpgo{}Methods;", pascal(area));
    }
    out.push_str("  free(): void;\n}\n");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn response_types_name_real_endpoints() {
        for (id, _, source) in super::RESPONSE_TYPES {
            assert!(
                crate::endpoints::find(id).is_some(),
                "{id} is not in the table"
            );
            assert!(source.starts_with("000:"), "{id} cites no seed lines");
        }
    }

    #[test]
    fn checked_in_declarations_match_the_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/wasm/client.d.ts");
        let expected = super::typescript();
        if std::env::var_os("FPGO_UPDATE_DTS").is_some() {
            std::fs::write(path, &expected).unwrap();
        }
        let actual = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            actual == expected,
            "src/wasm/client.d.ts is stale: run FPGO_UPDATE_DTS=1 cargo test --lib client::dts"
        );
    }
}
