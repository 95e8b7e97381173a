// Node CommonJS: wasm-bindgen's nodejs glue instantiates the shared .wasm synchronously on require.
"use strict";
const fpgo = require("./node/fpgo.js");
// FpgoClient is the ESM lib/client.js, loaded with require(esm) (Node 20.19+).
const { clientApi } = require("./lib/client.js");
const { FpgoError, isFpgoError } = require("./lib/errors.js");
const { FpgoClient } = clientApi(() => fpgo);
module.exports = { ...fpgo, FpgoClient, FpgoError, isFpgoError, init: async () => undefined, initSync: () => undefined };
