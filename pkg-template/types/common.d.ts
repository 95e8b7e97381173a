// What every fpgo entry exports besides its functions: init, initSync, FpgoError, isFpgoError.

/** Stable codes shared by every entry (areas add their own: see each function's docs). */
export type FpgoErrorCode =
  | "invalid_argument" | "invalid_payload" | "payload_too_large" | "unknown_endpoint" | "not_initialized" | "internal"
  | (string & {});

/** What kind of failure an FpgoError of the client is (`client` errors always carry one). */
export type FpgoErrorKind =
  | "validation" | "auth" | "not_found" | "business_rule" | "rate_limited" | "invalid_request"
  | "server" | "network" | "timeout" | "invalid_response" | "config" | "aborted";

/** One failed rule at one field, as `validate()` reports it. */
export interface FpgoFieldIssue {
  /** The Laravel rule (`Required`, `Size`, ...); `Unknown` for a server message no Laravel line matches. */
  rule: string;
  message: string;
}

/** Every failure of fpgo. `code` is stable; the other fields are set only where they apply. */
export declare class FpgoError extends Error {
  constructor(fields: {
    code: string; message?: string; kind?: FpgoErrorKind; httpStatus?: number; errors?: Record<string, FpgoFieldIssue[]>;
    serverMessages?: string[]; details?: unknown; cause?: unknown; [field: string]: unknown;
  });
  name: "FpgoError";
  /** Our snake_case code (`invalid_argument`, `timeout`, ...) or the API's message key (`orderNotFound`). */
  code: FpgoErrorCode;
  /** The client's classification of the failure. */
  kind?: FpgoErrorKind;
  /** The HTTP status of the answer that failed. */
  httpStatus?: number;
  /** The envelope's `status_message` (`Conflict of Business Logic`). */
  statusMessage?: string;
  /** Field errors, the map `validate()` returns; server messages that name no field are under `_other`. */
  errors?: Record<string, FpgoFieldIssue[]>;
  /** The live server's 417 `errors` array, exactly as sent. */
  serverMessages?: string[];
  /** A redirect's `{ location }`, a 500's details, the path parameter at fault, ... */
  details?: unknown;
  /** The client's endpoint id of the failed call. */
  endpointId?: string;
  /** Requests sent: 0 when rejected locally, more than 1 after GET retries. */
  attempts?: number;
  /** The underlying error (a network failure), or a totals error's code. */
  cause?: unknown;
  /** Area fields: `line`, `field`, `endpoint`, `warnings`, ... */
  [field: string]: unknown;
  toJSON(): { name: "FpgoError"; message: string; code: string; [field: string]: unknown };
}
/** True for an FpgoError, also one from another copy of the package (ESM and CommonJS). */
export declare function isFpgoError(e: unknown): e is FpgoError;

/** What `init` and `initSync` accept: wasm-bindgen's options (the .wasm's URL, bytes or Module). */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
/** Loads the .wasm now. Needed once in browsers (it fetches the file); optional elsewhere. */
export declare function init(options?: { module_or_path?: InitInput | Promise<InitInput> }): Promise<void>;
/** Instantiates from bytes or a compiled module you already have (e.g. `import m from "fpgo/callbacks.wasm?module"`). */
export declare function initSync(options?: { module: BufferSource | WebAssembly.Module }): void;
