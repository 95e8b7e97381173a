// What every fpgo entry exports besides its functions: init, initSync, FpgoError, isFpgoError.

/** Stable codes shared by every entry (areas add their own: see each function's docs). */
export type FpgoErrorCode =
  | "invalid_argument" | "invalid_payload" | "payload_too_large" | "unknown_endpoint" | "not_initialized" | "internal"
  | (string & {});

/** Every failure of fpgo. `code` is stable; the other fields are set only where they apply. */
export declare class FpgoError extends Error {
  constructor(fields: {
    code: string; message?: string; kind?: string; httpStatus?: number; errors?: unknown;
    serverMessages?: string[]; details?: unknown; cause?: unknown; [field: string]: unknown;
  });
  name: "FpgoError";
  code: FpgoErrorCode;
  kind?: string;
  httpStatus?: number;
  errors?: unknown;
  serverMessages?: string[];
  details?: unknown;
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
