// Until lib/client.js (the client helper's `clientApi(getWasm, validateApi)`) exists, `FpgoClient`
// is the full module's own class, made to initialise the instance before its first use.

/** `{ FpgoClient }` over the full module's glue. */
export function interimClientApi(getWasm, GlueClient) {
  class FpgoClient extends GlueClient {
    constructor(options) {
      getWasm();
      super(options);
    }
  }
  return { FpgoClient };
}
