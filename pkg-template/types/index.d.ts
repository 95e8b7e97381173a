// Types of fpgo: every capability.
export * from "./callbacks.js";
export * from "./validate.js";
export * from "./client-api.js";
export { FpgoError, isFpgoError, init, initSync } from "./common.js";
