// Types of fpgo: every capability.
export * from "./callbacks.js";
export * from "./validate.js";
export * from "./client-api.js";
export { FpgoError, isFpgoError, init, initSync } from "./common.js";
// The generated endpoint types' id union wins over any other declaration of the name.
export type { FpgoEndpointId } from "./endpoints.js";
