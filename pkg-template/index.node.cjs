// Node CommonJS: wasm-bindgen's nodejs glue instantiates the shared .wasm synchronously on require.
"use strict";
const fpgo = require("./node/fpgo.js");
module.exports = { ...fpgo, init: async () => undefined, initSync: () => undefined };
