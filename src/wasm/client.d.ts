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
}

/** Path parameters, query parameters and JSON body of one call. */
export interface FpgoRequestOptions {
  pathParams?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: Record<string, unknown>;
}

/** The envelope's `data`, unwrapped. */
export type FpgoData = Record<string, unknown> | unknown[] | null;

export type FpgoErrorKind =
  | "validation" | "auth" | "not_found" | "business_rule" | "rate_limited" | "invalid_request"
  | "server" | "network" | "timeout" | "invalid_response" | "config";

/** What every failed call rejects with (an `Error` whose `name` is `"FpgoError"`). */
export interface FpgoError extends Error {
  name: "FpgoError";
  kind: FpgoErrorKind;
  /** The API's message key (`orderNotFound`) or our own snake_case code (`timeout`). */
  code: string;
  httpStatus?: number;
  statusMessage?: string;
  /** Field errors, as `validate()` and the API's 417 report them. */
  errors?: Record<string, string[]>;
  details?: unknown;
  endpointId?: string;
  /** Requests sent: 0 when rejected locally, more than 1 after GET retries. */
  attempts: number;
}

/** Every endpoint id of the table. */
export type FpgoEndpointId = never;

/** The FPGO Connect client. */
export class FpgoClient {
  constructor(options: FpgoClientOptions);
  /** Calls any endpoint by id. */
  request(endpointId: FpgoEndpointId, input?: FpgoRequestOptions): Promise<FpgoData>;
  free(): void;
}
